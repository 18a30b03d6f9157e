import Foundation

/// The school's own words on a participant's page that may be written again per language:
/// the meeting's purpose, its ground rules, directions to the room, what happens if the call
/// fails, each agenda item's title, and each item in words for the student.
public enum SchoolTextPart: String, Sendable, CaseIterable, Codable {
    case purpose
    case groundRules = "ground_rules"
    case directions
    case fallbackPlan = "fallback_plan"
    /// An agenda item's title (one per item).
    case agendaItem = "agenda"
    /// An agenda item in words for the student (one per item), read only on the student's page.
    case agendaChild = "agenda_child"

    /// One text per agenda item, not per meeting.
    public var isPerItem: Bool { self == .agendaItem || self == .agendaChild }

    /// Written only on the texts page, in English too: the plan has no field for it.
    public var hasNoEnglishOriginal: Bool { self == .directions || self == .agendaChild }

    /// The most characters a school may write.
    public var limit: Int {
        switch self {
        case .agendaItem, .agendaChild: 200
        case .purpose, .directions, .fallbackPlan: 1000
        case .groundRules: 2000
        }
    }
}

/// A school text as one reader gets it: the words, and the language they are in.
public struct SchoolText: Sendable, Equatable {
    public var text: String
    public var language: String

    public init(_ text: String, language: String) {
        self.text = text
        self.language = language
    }
}

/// Which of the school's texts a participant reads, and in which language.
public enum SchoolTexts {
    /// The text in the reader's language when the school wrote one, else the English original
    /// (the page then says the school wrote it in English); nil when there is neither.
    public static func shown(written: String?, english: String?, language: String) -> SchoolText? {
        if let written = present(written) { return SchoolText(written, language: language) }
        return present(english).map { SchoolText($0, language: "en") }
    }

    /// An agenda item's title for one reader. The student reads the words written for them,
    /// in their language first: their language beats child wording in English, since a
    /// title they cannot read helps nobody. Adults and agencies never read the child wording.
    public static func agendaTitle(
        title: String, written: String?, child: String?, englishChild: String?, language: String,
        reader: ParticipantKind
    ) -> SchoolText {
        let forStudent = mayRead(.agendaChild, reader)
        if forStudent, let child = present(child) { return SchoolText(child, language: language) }
        if let written = present(written) { return SchoolText(written, language: language) }
        if forStudent, let child = present(englishChild) { return SchoolText(child, language: "en") }
        return SchoolText(title, language: "en")
    }

    /// Who reads a part: the words for the student only on a student's page; the rest on
    /// every participant's page.
    public static func mayRead(_ part: SchoolTextPart, _ reader: ParticipantKind) -> Bool {
        part == .agendaChild ? reader == .student : true
    }

    /// Ground rules as the school wrote them: one a line, blank lines dropped.
    public static func lines(_ text: String) -> [String] {
        text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
    }

    private static func present(_ text: String?) -> String? {
        guard let trimmed = text?.trimmingCharacters(in: .whitespacesAndNewlines), !trimmed.isEmpty else {
            return nil
        }
        return trimmed
    }
}

/// The texts page's form for one language: each part as typed, checked.
public struct SchoolTextsForm: Sendable, Equatable {
    /// One field: its part, the agenda item it belongs to (per-item parts), and the words.
    public struct Entry: Sendable, Equatable {
        public var part: SchoolTextPart
        public var itemID: UUID?
        public var text: String

        public init(part: SchoolTextPart, itemID: UUID? = nil, text: String) {
            self.part = part
            self.itemID = itemID
            self.text = text
        }

        /// The form field's name: "purpose", "agenda-<id>", "agenda_child-<id>".
        public var field: String { Self.field(part, itemID) }

        public static func field(_ part: SchoolTextPart, _ itemID: UUID?) -> String {
            itemID.map { part.rawValue + "-" + $0.uuidString.lowercased() } ?? part.rawValue
        }
    }

    public var entries: [Entry]

    public init(entries: [Entry]) { self.entries = entries }

    /// Reads the posted fields for the parts this language offers (`parts`) and the
    /// meeting's agenda items (`items`); a field for anything else is ignored.
    public init(fields: [String: String], parts: [SchoolTextPart], items: [UUID]) {
        var entries: [Entry] = []
        for part in parts {
            for itemID in part.isPerItem ? items.map(Optional.some) : [nil] {
                let text = (fields[Entry.field(part, itemID)] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
                entries.append(Entry(part: part, itemID: itemID, text: text))
            }
        }
        self.entries = entries
    }

    /// The entries to store: the ones with words (an empty field means "use the English").
    public var written: [Entry] { entries.filter { !$0.text.isEmpty } }

    public func text(_ part: SchoolTextPart, _ itemID: UUID? = nil) -> String {
        entries.first { $0.part == part && $0.itemID == itemID }?.text ?? ""
    }

    public func check() -> FieldErrors {
        var errors = FieldErrors()
        for entry in entries where entry.text.count > entry.part.limit {
            errors.add(entry.field, "Use \(entry.part.limit) characters or fewer")
        }
        return errors
    }

    /// The parts a language's page offers: in English only what has no English original
    /// elsewhere (directions, words for the student); in another language all of them.
    public static func parts(for language: String, hasCall: Bool) -> [SchoolTextPart] {
        SchoolTextPart.allCases.filter { part in
            (language != "en" || part.hasNoEnglishOriginal) && (part != .fallbackPlan || hasCall)
        }
    }
}

import Foundation

/// A school word and what it means to someone who has never worked in a school.
public struct JargonEntry: Sendable, Equatable, Codable {
    public var term: String
    public var plain: String

    public init(_ term: String, _ plain: String) {
        self.term = term
        self.plain = plain
    }

    /// All capitals ("SALT", "KS2") is matched exactly, so ordinary words ("salt", "ep") are
    /// not flagged; anything else ("SENDCo", "504 plan") is matched in any case.
    public var isAcronym: Bool {
        term.contains(where: \.isLetter) && !term.contains(where: \.isLowercase)
    }
}

public enum Jargon {
    /// A starting list; each school keeps its own copy as text (`parse(lines:)`).
    public static let defaultList: [JargonEntry] = [
        JargonEntry("SENCO", "the teacher who organises extra help for children who need it"),
        JargonEntry("SENCo", "the teacher who organises extra help for children who need it"),
        JargonEntry("SENDCo", "the teacher who organises extra help for children who need it"),
        JargonEntry("EHCP", "a legal plan that says what help a child must get, and who pays for it"),
        JargonEntry("IEP", "a written plan of your child's own learning targets and the help they get"),
        JargonEntry("SEN", "when a child needs more help to learn than most children their age"),
        JargonEntry("SEND", "extra needs or a disability that affect how a child learns"),
        JargonEntry("CAMHS", "the NHS service that helps children with their feelings and mental health"),
        JargonEntry("EP", "educational psychologist: an expert in how children learn and feel"),
        JargonEntry("TA", "teaching assistant: an adult who helps in class"),
        JargonEntry("LSA", "learning support assistant: an adult who helps children who need more support"),
        JargonEntry("SLT", "the school's leaders, such as the headteacher and deputies"),
        JargonEntry("DSL", "the person in school in charge of keeping children safe"),
        JargonEntry("PSP", "a short plan to help a child whose behaviour is making school hard"),
        JargonEntry("KS1", "the first years of primary school, ages 5 to 7"),
        JargonEntry("KS2", "the later years of primary school, ages 7 to 11"),
        JargonEntry("KS3", "the first years of secondary school, ages 11 to 14"),
        JargonEntry("KS4", "the GCSE years, ages 14 to 16"),
        JargonEntry("FSM", "free school meals"),
        JargonEntry("EAL", "when English is not the first language a child learned at home"),
        JargonEntry("OT", "occupational therapist: helps with everyday skills like handwriting or getting dressed"),
        JargonEntry("SALT", "speech and language therapist: helps with talking, listening and understanding"),
        JargonEntry("504 plan", "a plan that says how school will remove barriers for a child with a disability"),
        JargonEntry("PP", "extra money the school gets to support some children"),
        JargonEntry("LAC", "a child in the care of the local council"),
        JargonEntry("CIN", "a child the council's social workers are helping"),
        JargonEntry("EWO", "education welfare officer: helps families when a child is missing school"),
        JargonEntry("differentiation", "changing a lesson so each child can take part at their level"),
        JargonEntry("intervention", "a short spell of extra help, often in a small group"),
        JargonEntry("multidisciplinary", "people from different services working together"),
        JargonEntry("multi-agency", "people from different services working together"),
        JargonEntry("attainment", "how well a child is doing in their school work"),
        JargonEntry("trajectory", "the way a child's progress is heading"),
        JargonEntry("safeguarding", "how the school keeps children safe from harm"),
    ]

    /// The list's terms found in `text`, each once, in the order they first appear.
    public static func hits(in text: String, list: [JargonEntry] = defaultList) -> [JargonEntry] {
        var found: [(position: String.Index, order: Int, entry: JargonEntry)] = []
        var seen = Set<String>()
        for (order, entry) in list.enumerated() where !entry.term.isEmpty && !seen.contains(entry.term) {
            if let position = firstWholeWord(entry.term, in: text, exact: entry.isAcronym) {
                seen.insert(entry.term)
                found.append((position, order, entry))
            }
        }
        found.sort { ($0.position, $0.order) < ($1.position, $1.order) }
        // Two spellings of one word ("SENCO", "SENCo") find the same place: explain it once.
        var places = Set<String.Index>()
        return found.filter { places.insert($0.position).inserted }.map(\.entry)
    }

    private static func firstWholeWord(_ term: String, in text: String, exact: Bool) -> String.Index? {
        var searchFrom = text.startIndex
        while let range = text.range(
            of: term, options: exact ? [] : [.caseInsensitive], range: searchFrom..<text.endIndex)
        {
            var end = range.upperBound
            // "TAs" and "EHCPs" are still the term.
            if exact, end < text.endIndex, text[end] == "s" { end = text.index(after: end) }
            let before = range.lowerBound == text.startIndex ? nil : text[text.index(before: range.lowerBound)]
            let after = end == text.endIndex ? nil : text[end]
            if !isWordCharacter(before) && !isWordCharacter(after) { return range.lowerBound }
            searchFrom = text.index(after: range.lowerBound)
        }
        return nil
    }

    private static func isWordCharacter(_ character: Character?) -> Bool {
        guard let character else { return false }
        return character.isLetter || character.isNumber
    }

    /// A problem with one line of a school's list, numbered from 1 as an editor shows it.
    public struct LineError: Sendable, Equatable {
        public var line: Int
        public var message: String
    }

    /// Reads a list kept as lines of "TERM = plain words". Blank lines and lines starting
    /// with "#" are skipped, so a school can leave itself notes.
    public static func parse(lines: [String]) -> Result<[JargonEntry], ParseErrors> {
        var entries: [JargonEntry] = []
        var errors: [LineError] = []
        for (offset, raw) in lines.enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            let number = offset + 1
            guard let equals = line.firstIndex(of: "=") else {
                errors.append(LineError(line: number, message: "Put = between the word and its meaning"))
                continue
            }
            let term = Text.clean(String(line[..<equals]))
            let plain = Text.clean(String(line[line.index(after: equals)...]))
            if term.isEmpty {
                errors.append(LineError(line: number, message: "Write the school word before the ="))
            } else if plain.isEmpty {
                errors.append(LineError(line: number, message: "Write what “\(term)” means after the ="))
            } else if term.count > 40 {
                errors.append(LineError(line: number, message: "Keep the school word to 40 characters or fewer"))
            } else if plain.count > 300 {
                errors.append(LineError(line: number, message: "Keep the meaning to 300 characters or fewer"))
            } else if entries.contains(where: { $0.term == term }) {
                errors.append(LineError(line: number, message: "“\(term)” is already in the list"))
            } else {
                entries.append(JargonEntry(term, plain))
            }
        }
        return errors.isEmpty ? .success(entries) : .failure(ParseErrors(errors: errors))
    }

    public static func parse(text: String) -> Result<[JargonEntry], ParseErrors> {
        parse(lines: text.components(separatedBy: .newlines))
    }

    /// The list as the editable text `parse` reads back.
    public static func text(for list: [JargonEntry]) -> String {
        list.map { "\($0.term) = \($0.plain)" }.joined(separator: "\n")
    }

    public struct ParseErrors: Error, Sendable, Equatable {
        public var errors: [LineError]

        /// One message for the form: each bad line by number, as an editor shows it.
        public var summary: String {
            errors.prefix(3).map { "Line \($0.line): \($0.message)" }.joined(separator: ". ")
                + (errors.count > 3 ? ". And \(errors.count - 3) more." : "")
        }
    }
}

import Foundation
import RoundtableCore

/// The school's texts for a meeting in one language (`SchoolTextPart`), with the English
/// original beside each field. Participants read them in their language when written here.
public struct MeetingTextsPage: HTMLPage, Sendable, Equatable {
    /// One text to write: its part, the agenda item it belongs to, the English it stands for.
    public struct Field: Sendable, Equatable {
        public var part: SchoolTextPart
        public var itemID: AgendaItemID?
        /// The English original (the plan's words, an item's title); nil when there is none yet.
        public var english: String?
        /// What is stored, or what the planner typed.
        public var value: String

        public init(part: SchoolTextPart, itemID: AgendaItemID? = nil, english: String?, value: String) {
            self.part = part
            self.itemID = itemID
            self.english = english
            self.value = value
        }

        public var name: String { SchoolTextsForm.Entry.field(part, itemID?.rawValue) }
    }

    public var meetingID: MeetingID
    public var type: MeetingType
    public var studentNames: [String]
    /// The language shown, and the languages participants' pages speak (`Catalog.languages`).
    public var textLanguage: String
    public var languages: [String]
    /// Languages with at least one text written.
    public var written: Set<String>
    public var fields: [Field]
    public var notice: SiteRoute.Notice?
    public var errors: FieldErrors

    public init(
        meetingID: MeetingID, type: MeetingType, studentNames: [String], language: String, languages: [String],
        written: Set<String>, fields: [Field], notice: SiteRoute.Notice? = nil, errors: FieldErrors = FieldErrors()
    ) {
        self.meetingID = meetingID
        self.type = type
        self.studentNames = studentNames
        self.textLanguage = language
        self.languages = languages
        self.written = written
        self.fields = fields
        self.notice = notice
        self.errors = errors
    }

    /// A staff page, in English, whatever language the texts on it are in.
    public var language: String { "en" }
    public var title: String { "Texts in other languages" }
    public var hasErrors: Bool { !errors.isEmpty }
    public var area: StaffArea? { .meetings }

    public func content() -> Component {
        ComponentGroup {
            BackLink(route: .meeting(meetingID, .invitation(language: textLanguage)), text: "Back to the invitation")
            NoticeBanner(text: notice?.text)
            ErrorSummary(errors: errors)
            PageHeading(text: title, caption: "\(type.label): \(studentNames.joined(separator: ", "))")
            El("p", .class("lead")) {
                T(
                    "Families and students read why you are meeting, the agenda, the ground rules, how to find the room and what happens if the call fails in their own language when you write it here. Anything you leave empty shows in English, with a note in their language saying you wrote it in English."
                )
            }
            LanguageTabs(languages: languages, current: textLanguage, written: written.union(["en"])) {
                .meeting(meetingID, .texts(language: $0))
            }
            if textLanguage == "en" {
                El("p") {
                    T(
                        "The English purpose, ground rules and agenda are the plan's: change them on the plan and the agenda. Here you write how to find the room, and the agenda in words for the student."
                    )
                }
            }
            PostForm(action: .meeting(meetingID, .texts(language: textLanguage))) {
                for field in fields { fieldView(field) }
                PrimaryButton(text: "Save these texts")
            }
        }
    }

    private func fieldView(_ field: Field) -> Component {
        let error = errors[field.name]
        var items: [AgendaItemID] = []
        for id in fields.compactMap(\.itemID) where !items.contains(id) { items.append(id) }
        let label = Self.label(field.part, number: field.itemID.flatMap { items.firstIndex(of: $0) }.map { $0 + 1 })
        let hint = Self.hint(field.part, language: textLanguage)
        let showsEnglish =
            !(field.english ?? "").isEmpty && (textLanguage != "en" || field.part == .agendaChild)
        let described =
            (hint == nil ? [] : [field.name + "-hint"]) + (showsEnglish ? [field.name + "-english"] : [])
        return El("div", .class("field" + (error != nil ? " field--error" : ""))) {
            El("label", .class("label"), .for(field.name)) { T(label) }
            if let hint {
                El("p", .class("hint"), .id(field.name + "-hint")) { T(hint) }
            }
            if showsEnglish, let english = field.english {
                El("p", .class("hint"), .id(field.name + "-english")) {
                    T(textLanguage == "en" ? "The title: " : "In English: ")
                    El("span", .class("prewrap"), .attr("lang", "en"), .attr("dir", "auto")) { T(english) }
                }
            }
            FieldMessage(field: field.name, error: error)
            El(
                "textarea",
                attributes: [
                    .class("input"), .id(field.name), .name(field.name),
                    .attr("rows", field.part.isPerItem ? "2" : "4"), .attr("lang", textLanguage),
                    .attr("dir", Catalog.isRightToLeft(textLanguage) ? "rtl" : "auto"),
                ] + (described.isEmpty ? [] : [.aria("describedby", described.joined(separator: " "))])
            ) { T(field.value) }
        }
    }

    static func label(_ part: SchoolTextPart, number: Int?) -> String {
        let item = "Agenda item \(number ?? 0)"
        return switch part {
        case .purpose: "Why we are meeting"
        case .groundRules: "Ground rules"
        case .directions: "How to find the room"
        case .fallbackPlan: "If the call does not work"
        case .agendaItem: item
        case .agendaChild: item + " in words for the student"
        }
    }

    static func hint(_ part: SchoolTextPart, language: String) -> String? {
        switch part {
        case .groundRules: "One a line."
        case .directions:
            language == "en"
                ? "Which entrance, which floor, who meets them. Leave it empty if the room's name says enough." : nil
        case .agendaChild:
            "Shown on the student's own page instead of the title. Leave it empty to show the title."
        default: nil
        }
    }
}

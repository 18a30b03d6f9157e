import Foundation
import RoundtableCore

/// The invitation composer: the text in each language participants read, and what the
/// check says about it.
public struct InvitationPage: HTMLPage, Sendable, Equatable {
    /// Someone who reads a language the school has not written the invitation in yet.
    public struct Waiting: Sendable, Equatable {
        public var name: String
        /// The language's code, as `LanguageName.of` reads it.
        public var language: String

        public init(name: String, language: String) {
            self.name = name
            self.language = language
        }
    }

    public var meetingID: MeetingID
    public var type: MeetingType
    public var studentNames: [String]
    /// The language shown, and every language the participants read, English first.
    public var letterLanguage: String
    public var languages: [String]
    public var written: Set<String>
    public var body: String
    /// Whether `body` is what is stored (not a first draft or unsaved text).
    public var saved: Bool
    /// What the invitation check says about `body`.
    public var report: InvitationCheck.Report
    public var waiting: [Waiting]
    /// The meeting may still be shared (otherwise the page leads to its links).
    public var mayShare: Bool
    public var notice: SiteRoute.Notice?
    public var errors: FieldErrors

    public init(
        meetingID: MeetingID, type: MeetingType, studentNames: [String], language: String, languages: [String],
        written: Set<String>, body: String, saved: Bool, report: InvitationCheck.Report, waiting: [Waiting] = [],
        mayShare: Bool, notice: SiteRoute.Notice? = nil, errors: FieldErrors = FieldErrors()
    ) {
        self.meetingID = meetingID
        self.type = type
        self.studentNames = studentNames
        self.letterLanguage = language
        self.languages = languages
        self.written = written
        self.body = body
        self.saved = saved
        self.report = report
        self.waiting = waiting
        self.mayShare = mayShare
        self.notice = notice
        self.errors = errors
    }

    /// A staff page, in English, whatever language the texts on it are in.
    public var language: String { "en" }
    public var title: String { "Invitation" }
    public var hasErrors: Bool { !errors.isEmpty }
    public var area: StaffArea? { .meetings }

    public func content() -> Component {
        ComponentGroup {
            BackLink(route: .meeting(meetingID, .show()), text: "Back to the meeting")
            NoticeBanner(text: notice?.text)
            ErrorSummary(errors: errors)
            PageHeading(text: title, caption: "\(type.label): \(studentNames.joined(separator: ", "))")
            El("p", .class("lead")) {
                T(
                    "Each person gets a short, neutral email with a calendar file and their own link. The link opens their page, where they read this invitation, in their language when you have written it. Roundtable reads it as a worried parent would and says what it leaves them guessing."
                )
            }
            LanguageTabs(languages: languages, current: letterLanguage, written: written) {
                .meeting(meetingID, .invitation(language: $0))
            }
            if !waiting.isEmpty {
                El("div", .class("warning-text"), .attr("role", "note")) {
                    El("strong") { T("Still needs a translation. ") }
                    for person in waiting {
                        El("p") {
                            T(
                                "\(person.name) reads \(LanguageName.of(person.language)). Until that text is written, they will get the English one."
                            )
                        }
                    }
                }
            }
            form
            El("p") {
                El("a", .href(.meeting(meetingID, .texts(language: letterLanguage)))) { T("Texts in other languages") }
                T(
                    ": why you are meeting, the agenda, the ground rules, how to find the room, and the agenda in words for the student."
                )
            }
            check
            El("p") {
                El("a", .class("button button--secondary"), .href(.meeting(meetingID, .share))) {
                    T(mayShare ? "Next: share the meeting" : "Sharing and links")
                }
            }
        }
    }

    private var form: Component {
        PostForm(action: .meeting(meetingID, .invitation(language: letterLanguage))) {
            El("div", .class("field" + (errors["body"] != nil ? " field--error" : ""))) {
                El("label", .class("label"), .for("body")) { T("Invitation in \(LanguageName.of(letterLanguage))") }
                if !saved && letterLanguage == "en" && errors.isEmpty {
                    El("p", .class("hint"), .id("body-hint")) {
                        T("A first draft, written from the plan. Change it to sound like your school.")
                    }
                }
                FieldMessage(field: "body", error: errors["body"])
                El(
                    "textarea",
                    attributes: [
                        .class("input input--tall"), .id("body"), .name("body"), .attr("rows", "16"),
                        .attr("lang", letterLanguage), .attr("dir", letterLanguage == "ar" ? "rtl" : "auto"),
                    ]
                ) { T(body) }
            }
            PrimaryButton(text: "Check and save")
        }
    }

    private var check: Component {
        ComponentGroup {
            El("h2", .class("heading-m"), .id("check")) { T("What a family may still wonder") }
            if body.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                El("p") { T("Nothing written yet.") }
            } else if !report.contentChecked {
                El("p", .class("hint")) {
                    T(
                        "Roundtable checks the wording of English text. For \(LanguageName.of(letterLanguage)) it measures how easy the text is to read."
                    )
                }
            } else if report.findings.isEmpty {
                El("p") { T("Nothing. The invitation answers what families usually ask.") }
            } else {
                El("ul", .class("list check-list")) {
                    for finding in report.findings { El("li") { T(finding.message) } }
                }
            }
            El("p") {
                El("strong") { T("Readability: ") }; T(report.readability.summary)
            }
        }
    }
}

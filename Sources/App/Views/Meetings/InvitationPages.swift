import Foundation
import RoundtableCore
import RoundtableViews

/// The invitation composer: the text in each language participants read, and what the
/// check says about it.
struct InvitationPage: HTMLPage {
    var context: MeetingContext
    var details: Meetings.Details
    var language: String
    var languages: [String]
    var written: Set<String>
    var body: String
    /// Whether `body` is what is stored (not a first draft or unsaved text).
    var saved: Bool
    var facts: InvitationCheck.Facts
    var notice: SiteRoute.Notice? = nil
    var errors = FieldErrors()

    var title: String { "Invitation" }
    var hasErrors: Bool { !errors.isEmpty }
    var area: StaffArea? { .meetings }

    private var id: UUID { context.meeting.id! }

    func content() -> Component {
        let report = InvitationCheck.check(body, language: language, facts: facts)
        let waiting = details.people.filter { person in
            guard let code = person.participant.familyMember?.preferredLanguage else { return false }
            return code != "en" && !written.contains(code)
        }
        return ComponentGroup {
            BackLink(route: .meeting(id), text: "Back to the meeting")
            NoticeBanner(text: notice?.text)
            ErrorSummary(errors: errors)
            PageHeading(
                text: title,
                caption: "\(context.meeting.type.label): \(context.students.map(\.displayName).joined(separator: ", "))"
            )
            El("p", .class("lead")) {
                T(
                    "Each person gets a short, neutral email with a calendar file and their own link. The link opens their page, where they read this invitation, in their language when you have written it. Roundtable reads it as a worried parent would and says what it leaves them guessing."
                )
            }
            El("nav", .class("tabs"), .aria("label", "Languages")) {
                El("ul") {
                    for code in languages {
                        El("li") {
                            El(
                                "a",
                                attributes: [.href(.meetingInvitation(id, language: code))]
                                    + (code == language ? [.aria("current", "page")] : [])
                            ) {
                                T(LanguageName.of(code))
                                T(written.contains(code) ? "" : " (not written yet)")
                            }
                        }
                    }
                }
            }
            if !waiting.isEmpty {
                El("div", .class("warning-text"), .attr("role", "note")) {
                    El("strong") { T("Still needs a translation. ") }
                    for person in waiting {
                        El("p") {
                            T(
                                "\(person.name) reads \(LanguageName.of(person.participant.familyMember!.preferredLanguage)). Until that text is written, they will get the English one."
                            )
                        }
                    }
                }
            }
            PostForm(action: .meetingInvitation(id, language: language)) {
                El("div", .class("field" + (errors["body"] != nil ? " field--error" : ""))) {
                    El("label", .class("label"), .for("body")) { T("Invitation in \(LanguageName.of(language))") }
                    if !saved && language == "en" && errors.isEmpty {
                        El("p", .class("hint"), .id("body-hint")) {
                            T("A first draft, written from the plan. Change it to sound like your school.")
                        }
                    }
                    FieldMessage(field: "body", error: errors["body"])
                    El(
                        "textarea",
                        attributes: [
                            .class("input input--tall"), .id("body"), .name("body"), .attr("rows", "16"),
                            .attr("lang", language), .attr("dir", language == "ar" ? "rtl" : "auto"),
                        ]
                    ) { T(body) }
                }
                PrimaryButton(text: "Check and save")
            }
            El("h2", .class("heading-m"), .id("check")) { T("What a family may still wonder") }
            if body.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                El("p") { T("Nothing written yet.") }
            } else if !report.contentChecked {
                El("p", .class("hint")) {
                    T(
                        "Roundtable checks the wording of English text. For \(LanguageName.of(language)) it measures how easy the text is to read."
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
            El("p") {
                El("a", .class("button button--secondary"), .href(.meetingShare(id))) {
                    T(context.meeting.lifecycle.allows(.share) ? "Next: share the meeting" : "Sharing and links")
                }
            }
        }
    }
}

/// Sharing: what is still missing, or the confirmation, and afterwards the links to hand over.
struct SharePage: HTMLPage {
    var context: MeetingContext
    var details: Meetings.Details
    var problems: [String]
    var handed: [Sharing.HandedLink]
    var confirming = false
    /// Things to know before sharing, which do not stop it.
    var cautions: [String] = []
    /// Whether the viewer can open the outbox.
    var mayReadOutbox = false

    var title: String { context.meeting.lifecycle.allows(.share) ? "Share the meeting" : "The meeting is shared" }
    var hasErrors: Bool { !problems.isEmpty && !confirming }
    var area: StaffArea? { .meetings }

    func content() -> Component {
        let id = context.meeting.id!
        return ComponentGroup {
            BackLink(route: .meeting(id), text: "Back to the meeting")
            PageHeading(text: title, caption: context.students.map(\.displayName).joined(separator: ", "))
            if !problems.isEmpty {
                El("div", .class("warning-text"), .attr("role", "note")) {
                    El("strong") { T("Before you can share it:") }
                    El("ul", .class("list")) { for problem in problems { El("li") { T(problem) } } }
                }
            } else if context.meeting.lifecycle.allows(.share) {
                if !cautions.isEmpty {
                    El("div", .class("warning-text"), .attr("role", "note")) {
                        El("strong") { T("Before you share, think about:") }
                        El("ul", .class("list")) { for caution in cautions { El("li") { T(caution) } } }
                    }
                }
                El("p", .class("lead")) {
                    T(
                        "Everyone invited gets their own email with the invitation, a calendar file and their personal link. People without an email address get a link for you to pass on. After this, changes to the time, place or agenda are sent to everyone as changes."
                    )
                }
                El("ul", .class("list")) {
                    for person in details.people {
                        El("li") {
                            T("\(person.name), \(person.participant.role.lowercased())")
                            if person.isContactRestricted {
                                T(" ")
                                StatusTag(text: "Contact restriction: nothing is sent to them", tone: "red")
                            }
                        }
                    }
                }
                PostForm(action: .meetingShare(id)) {
                    PrimaryButton(text: "Share with everyone")
                }
            } else {
                El("p", .class("lead")) {
                    T(
                        mayReadOutbox
                            ? "The invitations are in the outbox. Each person has their own link."
                            : "The invitations are on their way. Each person has their own link; a school leader can see the emails in the outbox."
                    )
                }
            }
            if !handed.isEmpty {
                El("h2", .class("heading-m")) { T("Links to pass on yourself") }
                El("p") {
                    T(
                        "These people have no email address. Give each their own link, by text message, on paper or in person. It is shown only now; you can make a new one from the meeting page."
                    )
                }
                El("dl", .class("summary-list")) {
                    for link in handed {
                        SummaryRow(key: link.name) { El("code", .class("link-text")) { T(link.url) } }
                    }
                }
            }
        }
    }
}

/// "Are you sure?" before a meeting is cancelled.
struct CancelMeetingPage: HTMLPage {
    var context: MeetingContext

    var title: String { "Cancel the meeting?" }
    var area: StaffArea? { .meetings }

    func content() -> Component {
        ComponentGroup {
            BackLink(route: .meeting(context.meeting.id!), text: "Back to the meeting")
            PageHeading(text: title, caption: context.students.map(\.displayName).joined(separator: ", "))
            El("p") {
                T(
                    !context.meeting.lifecycle.hasBeenShared
                        ? "Nobody has been invited yet, so nobody will be told."
                        : "Everyone invited gets a short email saying it is cancelled, and the event leaves their calendar. Their page will say it is cancelled. Think about telling the family yourself first."
                )
            }
            PostForm(action: .meetingCancel(context.meeting.id!)) {
                El("button", .type("submit"), .class("button button--warning")) { T("Yes, cancel the meeting") }
            }
            El("p") { El("a", .href(.meeting(context.meeting.id!))) { T("No, keep it") } }
        }
    }
}

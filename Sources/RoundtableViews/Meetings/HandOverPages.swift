import Foundation
import RoundtableCore

/// A person's new link, handed over by the lead or a leader instead of emailed: shown once, to
/// copy. Their earlier links stopped working when this one was made.
public struct HandOverLinkPage: HTMLPage, Sendable, Equatable {
    public var meetingID: MeetingID
    public var link: HandedLink
    /// An email still waiting for them was taken back: it will not be sent.
    public var withdrewEmail: Bool

    public init(meetingID: MeetingID, link: HandedLink, withdrewEmail: Bool) {
        self.meetingID = meetingID
        self.link = link
        self.withdrewEmail = withdrewEmail
    }

    public var title: String { "A new link for \(link.name)" }
    public var area: StaffArea? { .meetings }

    public func content() -> Component {
        ComponentGroup {
            BackLink(route: .meeting(meetingID, .show()), text: "Back to the meeting")
            PageHeading(text: title)
            El("p", .class("lead")) {
                T(
                    "Give it to \(link.name) yourself: by text message, in a chat or in person. It opens their own page, so give it to nobody else. It is shown only now."
                )
            }
            El("div", .class("field")) {
                El("label", .class("label"), .for("handed-link")) { T("Their link") }
                // A text area, so the whole link stays visible on a phone and is easy to select.
                El(
                    "textarea", .class("input input--code"), .id("handed-link"), .attr("rows", "3"), .flag("readonly")
                ) { T(link.url) }
            }
            El("p") {
                T(
                    withdrewEmail
                        ? "Any link they had before no longer works, and the email waiting for them will not be sent."
                        : "Any link they had before no longer works."
                )
            }
        }
    }
}

/// The same new link as a letter to print, in the person's own language: who it is from, the
/// address to type, when the meeting is, and that the link is theirs alone. Nothing about the
/// child or the meeting's subject, as in an email: a letter can be read by anyone at home.
public struct HandOverLetterPage: HTMLPage, Sendable, Equatable {
    public var meetingID: MeetingID
    public var catalogLanguage: String
    public var name: String
    public var schoolName: String
    public var url: String
    /// When and where, already written in their language.
    public var when: String?

    public init(
        meetingID: MeetingID, catalogLanguage: String, name: String, schoolName: String, url: String, when: String?
    ) {
        self.meetingID = meetingID
        self.catalogLanguage = catalogLanguage
        self.name = name
        self.schoolName = schoolName
        self.url = url
        self.when = when
    }

    private var t: Localizer { Localizer(catalogLanguage) }

    public var title: String { t(.emailInvitationSubject, ["school": schoolName]) }
    public var language: String { catalogLanguage == Catalog.pseudoLocale ? "en" : catalogLanguage }
    public var isForParticipants: Bool { true }
    public var skipLinkText: String { t(.skipToContent) }
    public var footerText: String { t(.footer) }

    public func content() -> Component {
        ComponentGroup {
            // For the member of staff printing it, in English; not printed.
            El("div", .class("inset screen-only"), .attr("lang", "en"), .attr("dir", "ltr")) {
                El("p") {
                    T(
                        "Print this letter and give it to \(name). Any link they had before no longer works. "
                    )
                    El("a", .href(.meeting(meetingID, .show()))) { T("Back to the meeting") }
                }
            }
            PageHeading(text: title)
            El("p") { T(t(.dear, ["name": name])) }
            El("p") { T(t(.emailInvitation, ["school": schoolName])) }
            El("p", .class("letter-link")) {
                El("bdi", .attr("dir", "ltr")) { T(url) }
            }
            El("p", .class("hint")) { T(t(.letterTypeAddress)) }
            if let when { El("p") { T(t(.emailWhen, ["when": when])) } }
            El("p") { T(t(.letterPrivate)) }
            El("p") { T(schoolName) }
        }
    }
}

/// What "Remind them" did: who gets an email, who was reminded a moment ago (nothing more
/// sent), and a short message in each other person's language to send another way.
public struct RemindResultPage: HTMLPage, Sendable, Equatable {
    public struct Message: Sendable, Equatable {
        public var name: String
        public var language: String
        public var text: String

        public init(name: String, language: String, text: String) {
            self.name = name
            self.language = language
            self.text = text
        }
    }

    public var meetingID: MeetingID
    public var emailed: [String]
    public var alreadyReminded: [String]
    public var toCopy: [Message]

    public init(meetingID: MeetingID, emailed: [String], alreadyReminded: [String], toCopy: [Message]) {
        self.meetingID = meetingID
        self.emailed = emailed
        self.alreadyReminded = alreadyReminded
        self.toCopy = toCopy
    }

    public var title: String { "Reminding who has not replied" }
    public var area: StaffArea? { .meetings }

    public func content() -> Component {
        ComponentGroup {
            BackLink(route: .meeting(meetingID, .show()), text: "Back to the meeting")
            PageHeading(text: title)
            if !emailed.isEmpty {
                El("p", .class("lead")) {
                    T("A short reminder email is on its way to: \(emailed.joined(separator: ", ")).")
                }
            }
            if !alreadyReminded.isEmpty {
                El("p") {
                    T(
                        "Reminded less than \(Int(ReplyChase.interval / 3600)) hours ago, so nothing more was sent: \(alreadyReminded.joined(separator: ", "))."
                    )
                }
            }
            if emailed.isEmpty && alreadyReminded.isEmpty && toCopy.isEmpty {
                El("p", .class("lead")) { T("Everyone invited has replied, so nobody needs a reminder.") }
            }
            if !toCopy.isEmpty {
                El("h2", .class("heading-m")) { T("Send these yourself") }
                El("p") {
                    T(
                        "No email can reach these people from Roundtable. Copy each message into a text message or a chat, or read it to them."
                    )
                }
                for (index, message) in toCopy.enumerated() {
                    El("div", .class("field")) {
                        El("label", .class("label"), .for("remind-\(index)")) { T(message.name) }
                        El(
                            "textarea", .class("input"), .id("remind-\(index)"), .attr("rows", "4"),
                            .attr("lang", message.language), .attr("dir", "auto"), .flag("readonly")
                        ) { T(message.text) }
                    }
                }
            }
        }
    }
}

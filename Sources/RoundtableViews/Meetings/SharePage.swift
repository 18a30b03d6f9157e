import Foundation
import RoundtableCore

/// Sharing: what is still missing, or the confirmation, and afterwards the links to hand over.
/// The same page shows a new personal link made for one person.
public struct SharePage: HTMLPage, Sendable, Equatable {
    /// Someone invited, as the confirmation lists them.
    public struct Person: Sendable, Equatable {
        public var name: String
        public var role: String
        public var isContactRestricted: Bool

        public init(name: String, role: String, isContactRestricted: Bool = false) {
            self.name = name
            self.role = role
            self.isContactRestricted = isContactRestricted
        }
    }

    public var meetingID: MeetingID
    public var studentNames: [String]
    /// The meeting is not shared yet (`MeetingLifecycle` allows `.share`).
    public var mayShare: Bool
    /// What stops sharing; shown as an error after a refused "Share with everyone".
    public var problems: [String]
    /// Asking before sharing (a refused attempt is not).
    public var confirming: Bool
    /// Things to know before sharing, which do not stop it.
    public var cautions: [String]
    public var people: [Person]
    /// Links for people without an email address, right after sharing.
    public var handed: [HandedLink]
    /// Whether the viewer can open the outbox.
    public var mayReadOutbox: Bool
    /// A new link just made for one person from the meeting page: the page shows only that.
    public var newLink: HandedLink?
    /// Whether Roundtable has a mail server: without one, invitations wait in the outbox.
    public var mailConfigured: Bool

    public init(
        meetingID: MeetingID, studentNames: [String], mayShare: Bool, problems: [String] = [],
        confirming: Bool = false, cautions: [String] = [], people: [Person] = [], handed: [HandedLink] = [],
        mayReadOutbox: Bool = false, newLink: HandedLink? = nil, mailConfigured: Bool = true
    ) {
        self.meetingID = meetingID
        self.studentNames = studentNames
        self.mayShare = mayShare
        self.problems = problems
        self.confirming = confirming
        self.cautions = cautions
        self.people = people
        self.handed = handed
        self.mayReadOutbox = mayReadOutbox
        self.newLink = newLink
        self.mailConfigured = mailConfigured
    }

    public var title: String {
        if let newLink { return "A new link for \(newLink.name)" }
        return mayShare ? "Share the meeting" : "The meeting is shared"
    }
    public var hasErrors: Bool { !problems.isEmpty && !confirming }
    public var area: StaffArea? { .meetings }

    public func content() -> Component {
        ComponentGroup {
            BackLink(route: .meeting(meetingID, .show()), text: "Back to the meeting")
            PageHeading(text: title, caption: studentNames.joined(separator: ", "))
            if let newLink {
                newLinkSection(newLink)
            } else {
                sharing
            }
        }
    }

    private var sharing: Component {
        ComponentGroup {
            if !problems.isEmpty {
                El("div", .class("warning-text"), .attr("role", "note")) {
                    El("strong") { T("Before you can share it:") }
                    El("ul", .class("list")) { for problem in problems { El("li") { T(problem) } } }
                }
            } else if mayShare {
                confirmation
            } else {
                El("p", .class("lead")) {
                    T(
                        !mailConfigured
                            ? "Nothing has been sent: Roundtable has no mail server, so the invitations wait in the outbox. Hand each person their link from the meeting page (copy it, or print a letter), or a school leader passes the emails on from the outbox."
                            : mayReadOutbox
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
                links(handed)
            }
        }
    }

    private var confirmation: Component {
        ComponentGroup {
            if !cautions.isEmpty {
                El("div", .class("warning-text"), .attr("role", "note")) {
                    El("strong") { T("Before you share, think about:") }
                    El("ul", .class("list")) { for caution in cautions { El("li") { T(caution) } } }
                }
            }
            El("p", .class("lead")) {
                T(
                    mailConfigured
                        ? "Everyone invited gets their own email with the invitation, a calendar file and their personal link. People without an email address get a link for you to pass on. After this, changes to the time, place or agenda are sent to everyone as changes."
                        : "Roundtable has no mail server, so no email will be sent. Each person gets their own link, which you hand over from the meeting page: copy it, or print a letter."
                )
            }
            El("ul", .class("list")) {
                for person in people {
                    El("li") {
                        T("\(person.name), \(person.role.lowercased())")
                        if person.isContactRestricted {
                            T(" ")
                            StatusTag(text: "Contact restriction: nothing is sent to them", tone: "red")
                        }
                    }
                }
            }
            PostForm(action: .meeting(meetingID, .share)) {
                PrimaryButton(text: "Share with everyone")
            }
        }
    }

    /// Only what happened: one link was made, nothing was sent, and earlier links still open
    /// the page until someone stops them.
    private func newLinkSection(_ link: HandedLink) -> Component {
        ComponentGroup {
            El("p", .class("lead")) {
                T(
                    "You made a new personal link for \(link.name). Give it to them yourself, by text message, on paper or in person. It is shown only now."
                )
            }
            links([link])
            El("p") {
                T(
                    "Any link they had before still works. If one was lost or went to the wrong person, stop their links on the meeting page, then make a new one."
                )
            }
        }
    }

    private func links(_ links: [HandedLink]) -> Component {
        El("dl", .class("summary-list")) {
            for link in links {
                SummaryRow(key: link.name) { El("code", .class("link-text")) { T(link.url) } }
            }
        }
    }
}

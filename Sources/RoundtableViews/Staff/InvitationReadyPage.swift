import Foundation
import RoundtableCore

/// Shown once, right after an invitation is made: the only time the link is visible.
public struct InvitationReadyPage: HTMLPage, Sendable, Equatable {
    public var personID: StaffID
    public var personName: String
    public var personEmail: String
    public var link: String
    public var expiresAt: Date
    /// The server is reached at a loopback address, so the link opens only on its own computer.
    public var onlyWorksHere: Bool
    /// The link went into the outbox, to be emailed (a mail server is configured).
    public var emailed: Bool

    public init(
        personID: StaffID, personName: String, personEmail: String, link: String, expiresAt: Date,
        onlyWorksHere: Bool, emailed: Bool = false
    ) {
        self.personID = personID
        self.personName = personName
        self.personEmail = personEmail
        self.link = link
        self.expiresAt = expiresAt
        self.onlyWorksHere = onlyWorksHere
        self.emailed = emailed
    }

    public var title: String { "Invitation ready" }
    public var area: StaffArea? { .staff }

    public func content() -> Component {
        ComponentGroup {
            El("div", .class("panel"), .attr("role", "status")) {
                El("h1", .class("panel__title")) { T("Invitation ready for \(personName)") }
            }
            El("p", .class("lead")) {
                if emailed {
                    T("We are emailing this link to \(personName) at \(personEmail). ")
                    T("If it does not arrive, send it to them yourself.")
                } else {
                    T("Roundtable has no mail server, so nothing is emailed. Please send this link to \(personName) ")
                    T("yourself, for example from your school email to \(personEmail).")
                }
            }
            El("div", .class("field")) {
                El("label", .class("label"), .for("invitation-link")) { T("Invitation link") }
                El("p", .class("hint"), .id("invitation-link-hint")) {
                    T(
                        "It works once and stops working on \(DateText.dateTime(expiresAt)). We will not show it again; you can make a new one from their page."
                    )
                }
                // A text area, so the whole link stays visible on a phone.
                El(
                    "textarea", .class("input input--code"), .id("invitation-link"), .attr("rows", "4"),
                    .flag("readonly"), .aria("describedby", "invitation-link-hint")
                ) { T(link) }
            }
            if onlyWorksHere {
                El("div", .class("warning-text"), .attr("role", "note")) {
                    El("strong") { T("This link only opens on the computer Roundtable runs on. ") }
                    T(
                        "Roundtable is set up to be reached from this computer alone. To let colleagues use it from their own computers, whoever looks after the server sets ROUNDTABLE_HOST and ROUNDTABLE_PUBLIC_URL, as the README explains."
                    )
                }
            }
            El("p") {
                El("a", .href(.staffMember(personID, .show()))) { T("Go to \(personName)'s page") }
            }
        }
    }
}

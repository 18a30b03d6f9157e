import Foundation
import RoundtableCore

/// Shown once, right after an invitation is made: the only time the link is visible.
struct InvitationReadyPage: HTMLPage {
    var person: User
    var link: String
    var expires: String

    var title: String { "Invitation ready" }
    var area: StaffArea? { .staff }

    func content(csrfToken: String) -> Component {
        ComponentGroup {
            El("div", .class("panel"), .attr("role", "status")) {
                El("h1", .class("panel__title")) { T("Invitation ready for \(person.name)") }
            }
            El("p", .class("lead")) {
                T("Email is not set up on this server yet, so please send this link to \(person.name) yourself, ")
                T("for example from your school email to \(person.email).")
            }
            El("div", .class("field")) {
                El("label", .class("label"), .for("invitation-link")) { T("Invitation link") }
                El("p", .class("hint"), .id("invitation-link-hint")) {
                    T(
                        "It works once and stops working on \(expires). We will not show it again; you can make a new one from their page."
                    )
                }
                Leaf(
                    "input", .class("input input--code"), .id("invitation-link"), .type("text"), .value(link),
                    .flag("readonly"), .aria("describedby", "invitation-link-hint"))
            }
            El("p") {
                El("a", .href(.staffMember(person.id!))) { T("Go to \(person.name)'s page") }
            }
        }
    }
}

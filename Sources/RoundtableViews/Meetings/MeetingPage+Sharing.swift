import Foundation
import RoundtableCore

extension MeetingPage {
    /// The invitation, sharing, and each participant's personal link.
    var sharingSection: Component {
        let mayChange = flags.mayChange
        return ComponentGroup {
            El("h2", .class("heading-m"), .id("sharing")) { T("Invitation and sharing") }
            if !sharing.hasBeenShared {
                El("p") {
                    T("Not shared yet. Families and agencies hear nothing until you share the meeting.")
                }
                if mayChange {
                    El("p", .class("button-row")) {
                        El("a", .class("button"), .href(.meeting(id, .invitation()))) { T("Write the invitation") }
                        T(" ")
                        El("a", .class("button button--secondary"), .href(.meeting(id, .share))) { T("Share") }
                    }
                }
            } else {
                El("p") {
                    T(
                        "Shared \(sharing.sharedAt.map(DateText.dateTime) ?? ""). Changes to the time, place or agenda are sent to everyone in one email."
                    )
                }
                if let sendsAt = sharing.changesToldAt {
                    El("div", .class("inset"), .id("changes")) {
                        El("p") {
                            El("strong") { T("Changes not told yet. ") }
                            if sharing.partMovedFor.isEmpty {
                                T(
                                    "Everyone gets one email with all the changes at \(DateText.time(sendsAt)), 15 minutes after the last one, unless you change something else first."
                                )
                            } else {
                                T(
                                    "\(sharing.partMovedFor.joined(separator: ", ")) will get one email with the new part of the meeting they come for at \(DateText.time(sendsAt)), 15 minutes after the last change. Nobody else is told."
                                )
                            }
                        }
                        if mayChange {
                            PostForm(action: .meeting(id, .tellChanges)) {
                                SecondaryButton(
                                    text: sharing.partMovedFor.isEmpty
                                        ? "Tell everyone about these changes now" : "Tell them now")
                            }
                        }
                    }
                }
                if mayChange {
                    El("p") { El("a", .href(.meeting(id, .invitation()))) { T("See the invitation") } }
                    El("h3", .class("heading-s")) { T("Personal links") }
                    El("p", .class("hint")) {
                        T(
                            "Each person opens their page with their own link. If a link is lost, make a new one; it is shown once."
                        )
                    }
                    El("ul", .class("list list--rows")) {
                        for person in people where person.kind != .staff {
                            El("li") {
                                T("\(person.name), \(person.role.lowercased()) ")
                                if person.isContactRestricted {
                                    StatusTag(text: "Contact restriction", tone: "red")
                                    T(" No links can be made for them.")
                                } else {
                                    linkForms(person)
                                }
                                if person.kind == .student { pageVersionForm(person) }
                            }
                        }
                    }
                }
            }
        }
    }

    /// "Make a new link" and "Stop their links" for one participant.
    private func linkForms(_ person: Person) -> Component {
        ComponentGroup {
            El(
                "form", .class("inline-form"), .postMethod,
                .action(.meeting(id, .link(person.id)))
            ) {
                CSRFField()
                El("button", .type("submit"), .class("button--link")) {
                    T("Make a new link")
                    El("span", .class("visually-hidden")) { T(" for \(person.name)") }
                }
            }
            T(" ")
            El(
                "form", .class("inline-form"), .postMethod,
                .action(.meeting(id, .stopLinks(person.id)))
            ) {
                CSRFField()
                El("button", .type("submit"), .class("button--link")) {
                    T("Stop their links")
                    El("span", .class("visually-hidden")) { T(" for \(person.name)") }
                }
            }
        }
    }

    /// The lead's choice between the simpler page (faces, short words) and the standard one.
    private func pageVersionForm(_ person: Person) -> Component {
        let fieldID = "version-\(person.id.rawValue.uuidString.prefix(8))"
        let chosen = person.pageVersion?.rawValue ?? ""
        return El(
            "form", .class("inline-form page-version"), .postMethod,
            .action(.meeting(id, .pageVersion(person.id)))
        ) {
            CSRFField()
            El("label", .class("label"), .for(fieldID)) { T("Their page") }
            El("select", .class("select"), .id(fieldID), .name("version")) {
                for (value, text) in [
                    ("", "By age (the simpler page until \(PageVersion.standardFromAge))"),
                    (PageVersion.child.rawValue, PageVersion.child.label),
                    (PageVersion.standard.rawValue, PageVersion.standard.label),
                ] {
                    El("option", attributes: [.value(value)] + (value == chosen ? [.flag("selected")] : [])) {
                        T(text)
                    }
                }
            }
            T(" ")
            El("button", .type("submit"), .class("button button--secondary")) { T("Save") }
        }
    }
}

import Foundation
import RoundtableCore

extension MeetingPage {
    /// Each participant's personal link, once shared: stopping it, and which page a student
    /// sees. A new link is made by handing it over (`deliverySection`), so there is one way.
    var linksSection: Component {
        ComponentGroup {
            if sharing.hasBeenShared && flags.mayChange {
                El("h2", .class("heading-m"), .id("links")) { T("Personal links") }
                El("p", .class("hint")) {
                    T(
                        "Each person opens their page with their own link. If a link is lost, hand it over again above: that makes a new one and stops the old ones."
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
                                stopForm(person)
                            }
                            if person.kind == .student { pageVersionForm(person) }
                        }
                    }
                }
            }
        }
    }

    /// "Stop their links" for one participant.
    private func stopForm(_ person: Person) -> Component {
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

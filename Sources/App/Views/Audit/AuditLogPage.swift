import Foundation
import RoundtableCore
import RoundtableViews

struct AuditLogPage: HTMLPage {
    var events: [AuditEvent]
    /// `nil`: the whole organisation (administrators only).
    var school: School?
    var places: [(id: UUID?, name: String)]
    var page: Int
    var hasMore: Bool

    var title: String { "Audit log" }
    var area: StaffArea? { .audit }

    private var placeName: String { school?.name ?? "Whole organisation" }

    func content() -> Component {
        ComponentGroup {
            PageHeading(text: "Audit log", caption: placeName)
            El("p", .class("lead")) {
                T(
                    "Sign-ins, changes to accounts and people, imports, and every look at a student's profile are recorded here. Nobody can change or delete this record."
                )
            }
            if places.count > 1 {
                El("nav", .class("switcher"), .aria("label", "Choose what to show")) {
                    El("ul") {
                        for place in places {
                            El("li") {
                                El(
                                    "a",
                                    attributes: [.href(.audit(school: place.id))]
                                        + (place.id == school?.id ? [.aria("current", "page")] : [])
                                ) { T(place.name) }
                            }
                        }
                    }
                }
            }
            if events.isEmpty {
                El("p") { T(page > 1 ? "There are no older events." : "Nothing has been recorded yet.") }
            } else {
                // Said in words so a printed page says which part of the log it holds.
                El("p", .class("hint")) {
                    T("Page \(page), newest first: ")
                    T(DateText.dateTime(events.last!.occurredAt) + " to " + DateText.dateTime(events.first!.occurredAt))
                    T(hasMore ? ". Older events are on the next page." : ".")
                }
                El("table", .class("table")) {
                    El("caption", .class("visually-hidden")) { T("Audit log for \(placeName), newest first") }
                    El("thead") {
                        El("tr") {
                            El("th", .attr("scope", "col")) { T("When") }
                            El("th", .attr("scope", "col")) { T("Who") }
                            El("th", .attr("scope", "col")) { T("What") }
                            El("th", .attr("scope", "col")) { T("Network address") }
                        }
                    }
                    El("tbody") {
                        for event in events {
                            El("tr") {
                                El("td", .class("nowrap"), .attr("data-label", "When")) {
                                    T(DateText.dateTime(event.occurredAt))
                                }
                                El("td", .attr("data-label", "Who")) {
                                    if let name = event.actorName { Isolated(name) } else { T("Unknown") }
                                }
                                El("td", .attr("data-label", "What")) {
                                    T(event.auditAction?.label ?? event.action)
                                    if let summary = event.summary {
                                        El("span", .class("cell-detail")) { Isolated(summary) }
                                    }
                                }
                                El("td", .attr("data-label", "Network address")) { T(event.ipAddress ?? "") }
                            }
                        }
                    }
                }
            }
            El("nav", .class("pagination"), .aria("label", "Pages")) {
                if page > 1 {
                    El("a", .href(.audit(school: school?.id, page: page - 1))) { T("Newer events") }
                }
                if hasMore {
                    El("a", .href(.audit(school: school?.id, page: page + 1))) { T("Older events") }
                }
            }
        }
    }
}

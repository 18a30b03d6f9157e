import Foundation
import RoundtableCore

/// The audit log of a school, or of the whole organisation for its administrators: one page
/// of events, newest first.
public struct AuditLogPage: HTMLPage, Sendable, Equatable {
    public struct Event: Sendable, Equatable {
        public var occurredAt: Date
        /// The actor's name at the time; `nil` when nobody was signed in.
        public var actorName: String?
        /// The action as stored (an `AuditAction` raw value, or an older one shown as it is).
        public var action: String
        public var summary: String?
        public var ipAddress: String?
        /// For an event about a meeting: its students by name, each one the viewer may see
        /// (`StudentScope`), "a student" for any other; `nil` for other events.
        public var students: String?

        public init(
            occurredAt: Date, actorName: String?, action: String, summary: String?, ipAddress: String?,
            students: String? = nil
        ) {
            self.occurredAt = occurredAt
            self.actorName = actorName
            self.action = action
            self.summary = summary
            self.ipAddress = ipAddress
            self.students = students
        }
    }

    /// A school, or the whole organisation (`id` nil).
    public struct Place: Sendable, Equatable {
        public var id: SchoolID?
        public var name: String

        public init(id: SchoolID?, name: String) {
            self.id = id
            self.name = name
        }
    }

    public var events: [Event]
    /// The school shown; `nil`: the whole organisation (administrators only).
    public var school: Place?
    /// What the viewer may switch between (administrators: the organisation and each school).
    public var places: [Place]
    public var page: Int
    public var hasMore: Bool
    /// The filter as typed, shown again in its form and carried by every link.
    public var filter: AuditFilter
    public var errors: FieldErrors
    /// The staff to choose from: the school's (and the organisation's administrators).
    public var staffChoices: [StaffChoice]

    public struct StaffChoice: Sendable, Equatable {
        public var id: StaffID
        public var name: String

        public init(id: StaffID, name: String) {
            self.id = id
            self.name = name
        }
    }

    public static let pageSize = 100

    public init(
        events: [Event], school: Place?, places: [Place], page: Int, hasMore: Bool,
        filter: AuditFilter = AuditFilter(), errors: FieldErrors = FieldErrors(), staffChoices: [StaffChoice] = []
    ) {
        self.events = events
        self.school = school
        self.places = places
        self.page = page
        self.hasMore = hasMore
        self.filter = filter
        self.errors = errors
        self.staffChoices = staffChoices
    }

    public var title: String { "Audit log" }
    public var area: StaffArea? { .audit }

    private var placeName: String { school?.name ?? "Whole organisation" }

    public func content() -> Component {
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
            if !errors.isEmpty { ErrorSummary(errors: errors) }
            filterForm
            if !errors.isEmpty {
                El("p") { T("Put the filter right to see events.") }
            } else if let newest = events.first, let oldest = events.last {
                // Said in words so a printed page says which part of the log it holds.
                El("p", .class("hint")) {
                    T("Page \(page), newest first\(filter.isEmpty ? "" : ", filtered"): ")
                    T(DateText.dateTime(oldest.occurredAt) + " to " + DateText.dateTime(newest.occurredAt))
                    T(hasMore ? ". Older events are on the next page." : ".")
                }
                El("p") {
                    El("a", .href(.auditExport(school: school?.id, filter: filter))) {
                        T(filter.isEmpty ? "Download as CSV" : "Download these events as CSV")
                    }
                }
                table
            } else if !filter.isEmpty {
                El("p") { T(page > 1 ? "There are no older events like these." : "No events match this filter.") }
            } else {
                El("p") { T(page > 1 ? "There are no older events." : "Nothing has been recorded yet.") }
            }
            El("nav", .class("pagination"), .aria("label", "Pages")) {
                if page > 1 {
                    El("a", .href(.audit(school: school?.id, page: page - 1, filter: filter))) { T("Newer events") }
                }
                if hasMore {
                    El("a", .href(.audit(school: school?.id, page: page + 1, filter: filter))) { T("Older events") }
                }
            }
        }
    }

    private var table: Component {
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
                            T(AuditAction(rawValue: event.action)?.label ?? event.action)
                            if let summary = event.summary {
                                El("span", .class("cell-detail")) { Isolated(summary) }
                            }
                            if let students = event.students {
                                El("span", .class("cell-detail")) {
                                    T("About ")
                                    Isolated(students)
                                }
                            }
                        }
                        El("td", .attr("data-label", "Network address")) { T(event.ipAddress ?? "") }
                    }
                }
            }
        }
    }
}

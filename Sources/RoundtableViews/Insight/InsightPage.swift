import Foundation
import RoundtableCore

/// How meetings are going, for a school's leaders and the organisation's administrators:
/// figures for one fixed period (a school's term, the organisation's school year), each table drawn as bars
/// and downloadable, and the same measures compared across the groups the school records.
/// Nothing on it names a person, and no figure counts fewer than 5 students.
public struct InsightPage: HTMLPage, Sendable, Equatable {
    /// A school, or the whole organisation (`id` nil).
    public struct Place: Sendable, Equatable {
        public var id: SchoolID?
        public var name: String

        public init(id: SchoolID?, name: String) {
            self.id = id
            self.name = name
        }
    }

    public struct Comparison: Sendable, Equatable {
        public var table: InsightTable
        public var sentences: [String]

        public init(table: InsightTable, sentences: [String]) {
            self.table = table
            self.sentences = sentences
        }
    }

    /// When the figures shown were counted, and every how many minutes they are counted again
    /// (nil once the period's meetings can no longer change).
    public struct Counted: Sendable, Equatable {
        public var at: Date
        public var everyMinutes: Int?

        public init(at: Date, everyMinutes: Int?) {
            self.at = at
            self.everyMinutes = everyMinutes
        }
    }

    public var place: Place
    /// What the viewer may switch between (administrators: the organisation and each school).
    public var places: [Place]
    public var kind: InsightPeriod.Kind
    /// A day inside the period shown, carried by the download links.
    public var day: SchoolDay?
    /// "Autumn term 2026–27"; nil when terms were asked for and none are set.
    public var periodLabel: String?
    public var previousDay: SchoolDay?
    public var nextDay: SchoolDay?
    /// Where term dates are set, for a leader of the school shown.
    public var termDates: SiteRoute?
    public var tables: [InsightTable]
    public var comparisons: [Comparison]
    /// The whole period counts fewer than 5 students: nothing is shown.
    public var tooFew: Bool
    public var counted: Counted?
    /// The organisation's figures were asked for and are being counted (a minute or two).
    public var beingCounted: Bool
    /// One year group or type of meeting instead of every meeting.
    public var only: InsightFilter?
    /// What the figures may be narrowed to (the year groups and types with meetings).
    public var choices: [InsightFilter]
    /// Narrowed to a year group or type nobody in the period was in.
    public var noneInGroup: Bool

    public init(
        place: Place, places: [Place], kind: InsightPeriod.Kind, day: SchoolDay?, periodLabel: String?,
        previousDay: SchoolDay? = nil,
        nextDay: SchoolDay? = nil, termDates: SiteRoute? = nil, report: InsightReport?, counted: Counted? = nil,
        beingCounted: Bool = false, only: InsightFilter? = nil
    ) {
        self.counted = counted
        self.beingCounted = beingCounted
        self.place = place
        self.places = places
        self.kind = kind
        self.day = day
        self.periodLabel = periodLabel
        self.previousDay = previousDay
        self.nextDay = nextDay
        self.termDates = termDates
        self.only = only
        self.choices = report.map(InsightFilter.choices(in:)) ?? []
        if let only, let report {
            let figures = only.figures(in: report)
            self.tables = figures.map(InsightTable.narrowed) ?? []
            self.comparisons = []
            self.tooFew = figures?.isHidden ?? false
            self.noneInGroup = figures == nil
        } else {
            self.tables = report.map(InsightTable.all(from:)) ?? []
            self.comparisons = (report?.equality ?? []).map {
                Comparison(table: InsightTable.equality($0), sentences: $0.sentences)
            }
            self.tooFew = report?.overall.isHidden ?? false
            self.noneInGroup = false
        }
    }

    public var title: String { "How meetings are going" }
    public var area: StaffArea? { .insight }

    func query(day: SchoolDay?) -> InsightQuery {
        InsightQuery(school: place.id?.rawValue, period: kind, day: day, only: only)
    }

    public func content() -> Component {
        ComponentGroup {
            PageHeading(text: title, caption: place.name)
            El("p", .class("lead")) {
                T(
                    "Figures for a whole term (for the organisation, a whole school year), never for a person. A group of fewer than 5 students shows as “fewer than 5”, and so may the next smallest, so that no one can be picked out."
                )
            }
            switchers
            if let periodLabel {
                El("p", .class("insight__period"), .id("period")) { T(periodLabel) }
                if beingCounted {
                    El("div", .class("notice"), .attr("role", "status")) {
                        El("p") {
                            T(
                                "These figures are being counted. For a whole organisation this can take a minute or two. Refresh this page shortly to see them."
                            )
                        }
                    }
                } else if noneInGroup || tooFew {
                    narrowing
                    El("p") {
                        if let only, noneInGroup {
                            T("No \(Self.meetings(only)) closed in this period.")
                        } else if let only {
                            T(
                                "Fewer than 5 students had \(Self.meetings(only)) that closed in this period, or their figures would let someone work out a smaller group, so there are none to show."
                            )
                        } else {
                            T(
                                "Fewer than 5 students had meetings that closed in this period, so there are no figures to show yet."
                            )
                        }
                    }
                } else {
                    narrowing
                    El("p", .class("hint")) {
                        T(
                            "Meetings count once they are closed. — means there was nothing to count. To print this as a report, use your browser's Print: it fits A4."
                        )
                    }
                    if let counted {
                        El("p", .class("hint"), .id("counted")) {
                            T("Counted at \(DateText.dateTime(counted.at)). ")
                            if let minutes = counted.everyMinutes {
                                T(
                                    "While this period's meetings can still change, the figures are counted again every \(minutes) minutes."
                                )
                            } else {
                                T("This period's meetings can no longer change, so these figures are final.")
                            }
                        }
                    }
                    for table in tables { InsightTableView(table: table, query: query(day: day), period: periodLabel) }
                    if only == nil { equality }
                }
            } else {
                El("h2", .class("heading-l")) { T("No term dates yet") }
                El("p") {
                    T("Figures by term need the school's term dates. ")
                    if let termDates {
                        El("a", .href(termDates)) { T("Set the term dates") }
                        T(", and this page will show each term's figures.")
                    } else {
                        T("A leader of the school can set them; then this page will show each term's figures.")
                    }
                }
            }
        }
    }

    private var switchers: Component {
        ComponentGroup {
            if places.count > 1 {
                El("nav", .class("switcher"), .aria("label", "Choose a school")) {
                    El("ul") {
                        for other in places {
                            El("li") {
                                El(
                                    "a",
                                    attributes: [
                                        .href(.insight(InsightQuery(school: other.id?.rawValue, period: kind)))
                                    ] + (other.id == place.id ? [.aria("current", "page")] : [])
                                ) { T(other.name) }
                            }
                        }
                    }
                }
            }
            if previousDay != nil || nextDay != nil {
                El("nav", .class("pagination"), .aria("label", "Other periods")) {
                    if let previousDay {
                        El("a", .href(.insight(query(day: previousDay)))) { T("Previous \(kindName)") }
                    }
                    if let nextDay {
                        El("a", .href(.insight(query(day: nextDay)))) { T("Next \(kindName)") }
                    }
                }
            }
        }
    }

    private var kindName: String {
        switch kind {
        case .month: "month"
        case .term: "term"
        case .schoolYear: "school year"
        }
    }

    private var equality: Component {
        El("section", .aria("labelledby", "equality")) {
            El("h2", .class("heading-l"), .id("equality")) { T("Is every family served equally well?") }
            El("p") {
                T(
                    "The same measures for each group the school records, as each student's record stood when the meeting closed. Feedback here is the families' own, leaving out anyone who asked to be counted only in the school's totals."
                )
            }
            for comparison in comparisons {
                InsightTableView(
                    table: comparison.table, query: query(day: day), period: periodLabel ?? "", level: "h3",
                    sentences: comparison.sentences)
            }
        }
    }
}

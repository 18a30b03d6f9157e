import Foundation

/// Insight narrowed to one year group or one type of meeting. A narrowed view shows the very
/// figures of that group's row in the period's own breakdown, every measure of it, and
/// nothing finer: no breakdown inside the group. A new cell (a type of meeting within a year
/// group, a month within a type) could be subtracted from the rows the page already shows to
/// reveal a group `Suppression` hides, so a narrowed view adds no cell, only more measures of
/// one already shown (docs/DECISIONS.md). A row hidden in the breakdown is hidden here too.
public enum InsightFilter: Sendable, Hashable {
    case yearGroup(Int)
    case type(MeetingType)

    /// As the address carries it: "year-7", "type-progress_review".
    public init?(parameter: String) {
        if parameter.hasPrefix("year-"), let year = Int(parameter.dropFirst(5)) {
            self = .yearGroup(year)
        } else if parameter.hasPrefix("type-"), let type = MeetingType(rawValue: String(parameter.dropFirst(5))) {
            self = .type(type)
        } else {
            return nil
        }
    }

    public var parameter: String {
        switch self {
        case .yearGroup(let year): "year-\(year)"
        case .type(let type): "type-\(type.rawValue)"
        }
    }

    public var label: String {
        switch self {
        case .yearGroup(let year): "Year \(year)"
        case .type(let type): type.label
        }
    }

    /// The group's figures as the period's breakdown holds them; nil when nobody in the period
    /// was in it.
    public func figures(in report: InsightReport) -> Suppression.Cell<InsightMeasures>? {
        switch self {
        case .yearGroup(let year): report.byYearGroup.cell(year)
        case .type(let type): report.byType.cell(type)
        }
    }

    /// What a period's figures may be narrowed to: the year groups and types that had meetings,
    /// in the breakdowns' order.
    public static func choices(in report: InsightReport) -> [InsightFilter] {
        report.byYearGroup.groups.map { .yearGroup($0.key) } + report.byType.groups.map { .type($0.key) }
    }
}

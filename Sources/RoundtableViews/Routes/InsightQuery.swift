import Foundation
import RoundtableCore

/// The insight page's choices as they travel in its address: whose figures (a school, or the
/// whole organisation when absent for an administrator), the kind of period, and a day inside
/// the period (absent: the one under way).
public struct InsightQuery: Sendable, Equatable, Codable {
    public var school: UUID?
    public var period: InsightPeriod.Kind?
    public var day: SchoolDay?
    /// One year group or type of meeting instead of all (`InsightFilter`).
    public var only: InsightFilter?

    public init(
        school: UUID? = nil, period: InsightPeriod.Kind? = nil, day: SchoolDay? = nil, only: InsightFilter? = nil
    ) {
        self.school = school
        self.period = period
        self.day = day
        self.only = only
    }

    enum CodingKeys: String, CodingKey {
        case school, period, day, only
    }

    /// Read leniently: a malformed value in an address means "the default", not an error page.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        func text(_ key: CodingKeys) -> String? {
            (try? container.decodeIfPresent(String.self, forKey: key)).flatMap { $0.isEmpty ? nil : $0 }
        }
        school = text(.school).flatMap(UUID.init(uuidString:))
        period = text(.period).flatMap(InsightPeriod.Kind.init(rawValue:))
        day = text(.day).flatMap(SchoolDay.init(iso:))
        only = text(.only).flatMap(InsightFilter.init(parameter:))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(school, forKey: .school)
        try container.encodeIfPresent(period?.rawValue, forKey: .period)
        try container.encodeIfPresent(day?.description, forKey: .day)
        try container.encodeIfPresent(only?.parameter, forKey: .only)
    }

    public var items: [(String, String?)] {
        [
            ("school", school?.uuidString), ("period", period?.rawValue), ("day", day?.description),
            ("only", only?.parameter),
        ]
    }
}

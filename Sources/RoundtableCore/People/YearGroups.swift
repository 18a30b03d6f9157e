import Foundation

/// Year groups as people type them: "7, 8", "9 10 11", "7-9".
public enum YearGroups {
    /// Stored for a student whose roster row had no grade (OneRoster 1.1 allows it) until the
    /// school sets one: outside every range a head of year can lead, never shown as a number.
    public static let unknown = 99

    /// The year group for someone outside Roundtable (the API): nil when it is not known,
    /// never the stored marker.
    public static func known(_ year: Int) -> Int? { year == unknown ? nil : year }

    /// "Year 7", or "Year group unknown".
    public static func label(_ year: Int) -> String { year == unknown ? "Year group unknown" : "Year \(year)" }

    /// The year groups, or nil when the text cannot be read.
    public static func parse(_ text: String) -> [Int]? {
        var years = Set<Int>()
        for part in text.split(whereSeparator: { $0 == "," || $0 == " " || $0 == ";" }) {
            let bounds = part.split(separator: "-", omittingEmptySubsequences: false)
                .map { Int($0.trimmingCharacters(in: .whitespaces)) }
            switch bounds.count {
            case 1:
                guard let year = bounds[0], (-1...14).contains(year) else { return nil }
                years.insert(year)
            case 2:
                guard let low = bounds[0], let high = bounds[1], low <= high, (-1...14).contains(low),
                    (-1...14).contains(high)
                else { return nil }
                years.formUnion(low...high)
            default:
                return nil
            }
        }
        return years.sorted()
    }

    public static func describe(_ years: [Int]) -> String {
        years.map(String.init).joined(separator: ", ")
    }
}

import Foundation

/// The student list's search and filters, as they travel in its address.
public struct StudentListQuery: Sendable, Equatable, Codable {
    public var q: String?
    public var year: Int?
    public var sen: Bool?
    public var disadvantaged: Bool?
    public var eal: Bool?
    public var school: UUID?
    public var page: Int?

    public init(
        q: String? = nil, year: Int? = nil, sen: Bool? = nil, disadvantaged: Bool? = nil, eal: Bool? = nil,
        school: UUID? = nil, page: Int? = nil
    ) {
        self.q = q
        self.year = year
        self.sen = sen
        self.disadvantaged = disadvantaged
        self.eal = eal
        self.school = school
        self.page = page
    }

    /// Read leniently: the search form sends every field, empty ones included, and a
    /// malformed value in an address should mean "no filter", not an error page.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        func text(_ key: CodingKeys) -> String? {
            (try? container.decodeIfPresent(String.self, forKey: key)).flatMap { $0.isEmpty ? nil : $0 }
        }
        q = text(.q)
        year = text(.year).flatMap { Int($0) }
        sen = text(.sen) == "true" ? true : nil
        disadvantaged = text(.disadvantaged) == "true" ? true : nil
        eal = text(.eal) == "true" ? true : nil
        school = text(.school).flatMap(UUID.init(uuidString:))
        page = text(.page).flatMap { Int($0) }
    }

    public var items: [(String, String?)] {
        [
            ("q", q.flatMap { $0.isEmpty ? nil : $0 }), ("year", year.map(String.init)),
            ("sen", sen == true ? "true" : nil), ("disadvantaged", disadvantaged == true ? "true" : nil),
            ("eal", eal == true ? "true" : nil), ("school", school?.uuidString),
            ("page", page.flatMap { $0 > 1 ? String($0) : nil }),
        ]
    }
}

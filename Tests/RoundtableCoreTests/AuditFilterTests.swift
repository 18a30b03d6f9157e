import Foundation
import Testing

@testable import RoundtableCore

@Suite("The audit log's filter, kinds of event and CSV cells")
struct AuditFilterTests {
    @Test("Every recorded action belongs to exactly one kind, and every kind has actions")
    func kinds() {
        for action in AuditAction.allCases {
            #expect(AuditKind.allCases.filter { $0.actions.contains(action) } == [action.kind], "\(action)")
        }
        for kind in AuditKind.allCases {
            #expect(!kind.actions.isEmpty, "\(kind)")
            #expect(!kind.label.isEmpty)
        }
        #expect(AuditAction.auditExported.kind == .downloads)
        #expect(AuditAction.meetingViewed.kind == .lookedAt)
    }

    static let london = TimeZone(identifier: "Europe/London")!

    static func checked(_ filter: AuditFilter, _ zone: TimeZone = london) -> AuditFilter.Checked? {
        try? filter.check(timeZone: zone).get()
    }

    static func errors(_ filter: AuditFilter) -> [String] {
        switch filter.check(timeZone: london) {
        case .success: []
        case .failure(let box): box.errors.items.map(\.field)
        }
    }

    @Test(
        "Bad values are refused by field, not ignored",
        arguments: [
            (AuditFilter(staff: "not-an-id"), ["staff"]),
            (AuditFilter(kind: "picnics"), ["kind"]),
            (AuditFilter(from: "yesterday"), ["from"]),
            (AuditFilter(to: "2026-02-30"), ["to"]),
            (AuditFilter(from: "2026-12-05", to: "2026-12-01"), ["to"]),
            (AuditFilter(staff: UUID().uuidString, kind: "meetings", from: "2026-12-01", to: "2026-12-01"), []),
            (AuditFilter(), []),
        ])
    func refused(filter: AuditFilter, fields: [String]) {
        #expect(Self.errors(filter) == fields)
    }

    @Test("Days run from midnight to midnight in the school's time zone, the last day included")
    func days() throws {
        let summer = try #require(Self.checked(AuditFilter(from: "2026-07-01", to: "2026-07-01")))
        // London is an hour ahead of UTC in July.
        #expect(summer.since == Date(timeIntervalSince1970: 1_782_860_400))  // 2026-06-30T23:00:00Z
        #expect(summer.before == Date(timeIntervalSince1970: 1_782_946_800))  // 2026-07-01T23:00:00Z
        // The days as asked, for the download's line in the log (not the UTC instants).
        #expect(summer.firstDay == SchoolDay(2026, 7, 1) && summer.lastDay == SchoolDay(2026, 7, 1))
        let utc = try #require(Self.checked(AuditFilter(from: "1/12/2026"), TimeZone(identifier: "UTC")!))
        #expect(utc.since == Date(timeIntervalSince1970: 1_796_083_200))  // 2026-12-01T00:00:00Z
        #expect(utc.before == nil)
        let words = try #require(Self.checked(AuditFilter(student: "  Zoë  O'Neil ", kind: "downloads")))
        #expect(words.studentTerms == ["zoe", "o", "neil"])
        #expect(words.kind == .downloads)
    }

    @Test(
        "A cell a spreadsheet would run is kept as text; quotes are doubled",
        arguments: [
            ("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\""),
            ("+44 161", "\"'+44 161\""),
            ("-1", "\"'-1\""),
            ("@SUM(A1)", "\"'@SUM(A1)\""),
            ("\tx", "\"'\tx\""),
            ("Zoë, \"Zo\"", "\"Zoë, \"\"Zo\"\"\""),
            ("Pat = lead", "\"Pat = lead\""),
            ("", "\"\""),
        ])
    func cells(text: String, expected: String) {
        #expect(CSVCell.quoted(text) == expected)
    }
}

import Foundation
import RoundtableCore
import RoundtableViews
import SnapshotTesting
import Testing

/// The insight page for a school leader: a term's figures, a hidden group, a difference in words.
@Suite(.snapshots(record: snapshotRecording))
struct InsightPageSnapshotTests {
    static func id(_ n: Int) -> UUID { UUID(uuidString: String(format: "00000000-0000-0000-0000-%012d", n))! }
    static let larkfield = SchoolID(id(101))
    static let leader = StaffFrame(
        name: "Sam Okafor", roleLabel: "School leader", siteName: "Larkfield Academy",
        areas: [.home, .meetings, .students, .staff, .insight, .audit])
    static let london = TimeZone(identifier: "Europe/London")!
    static let term = SchoolTerm(name: "Autumn term", start: SchoolDay(2026, 9, 2), end: SchoolDay(2026, 12, 18))

    static func meeting(_ n: Int, _ type: MeetingType, interpreter: Bool, score: Int) -> InsightMeeting {
        let start = Date(timeIntervalSince1970: 1_790_000_000 + Double(n) * 86_400)
        return InsightMeeting(
            id: id(n), schoolID: larkfield.rawValue, type: type, requestedBy: n % 3 == 0 ? .family : .school,
            startedAt: start, closedAt: start.addingTimeInterval(40 * 60), boundaryMinutes: 45,
            familyPresence: [n % 4 == 0 ? .absent : .present], studentVoiceGiven: n % 2 == 0,
            interpreterNeeded: interpreter, interpreterUsed: interpreter && n % 5 != 0,
            recordSharedAt: start.addingTimeInterval(86_400),
            students: [
                InsightMeeting.Student(
                    id: id(1000 + n),
                    groups: GroupAttributes(
                        yearGroup: 7 + n % 3, homeLanguage: interpreter ? "pl" : "en", needsInterpreter: interpreter,
                        specialNeeds: n % 4 == 1, separatedParents: false, sex: nil, disadvantaged: n % 2 == 1))
            ],
            answers: [
                InsightMeeting.Answer(
                    scale: .zeroToTen, scores: [.cared: score, .clear: score - (interpreter ? 2 : 0)], totalsOnly: false
                )
            ])
    }

    static var report: InsightReport {
        let meetings =
            (0..<7).map { meeting($0, .progressReview, interpreter: true, score: 7) }
            + (7..<25).map { meeting($0, .progressReview, interpreter: false, score: 9) }
            + (25..<28).map { meeting($0, .behaviourConcern, interpreter: false, score: 8) }
        return InsightReport.make(meetings, period: .term(term), timeZone: london, today: SchoolDay(2026, 12, 5))
    }

    @Test func schoolTerm() {
        let page = InsightPage(
            place: .init(id: Self.larkfield, name: "Larkfield Academy"), places: [], kind: .term,
            day: Self.term.start, periodLabel: "Autumn term 2026–27", previousDay: SchoolDay(2026, 4, 14),
            report: Self.report)
        assertSnapshot(of: PageSnapshot.html(page, staff: Self.leader), as: .lines)
    }

    @Test func narrowedToAYearGroup() {
        let page = InsightPage(
            place: .init(id: Self.larkfield, name: "Larkfield Academy"), places: [], kind: .term,
            day: Self.term.start, periodLabel: "Autumn term 2026–27", report: Self.report, only: .yearGroup(8))
        assertSnapshot(of: PageSnapshot.html(page, staff: Self.leader), as: .lines)
    }

    @Test func noTermDates() {
        let page = InsightPage(
            place: .init(id: Self.larkfield, name: "Larkfield Academy"), places: [], kind: .term, day: nil,
            periodLabel: nil, termDates: .schoolTerms(school: Self.larkfield), report: nil)
        assertSnapshot(of: PageSnapshot.html(page, staff: Self.leader), as: .lines)
    }
}

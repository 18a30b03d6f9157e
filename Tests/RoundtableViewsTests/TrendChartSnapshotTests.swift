import Foundation
import RoundtableCore
import RoundtableViews
import SnapshotTesting
import Testing

/// The trend chart (issue 14): an adult's 0 to 10 answers over three meetings, a child's faces
/// over two, and a single meeting; and the student's page with its section.
@Suite(.snapshots(record: snapshotRecording))
struct TrendChartSnapshotTests {
    static func id(_ n: Int) -> UUID { UUID(uuidString: String(format: "00000000-0000-0000-0000-%012d", n))! }
    /// 3 December 2026 and the weeks before it.
    static func day(_ weeksBefore: Double) -> Date {
        PageSnapshot.now.addingTimeInterval(-weeksBefore * 7 * 86_400)
    }

    static let adult = FeedbackTrend.Line(
        person: .init(kind: .family, id: id(30)), name: "Amira Haddad", role: "Mother", scale: .zeroToTen,
        points: [
            .init(meetingID: id(1), date: day(12), scores: [.cared: 8, .listened: 7, .clear: 9, .kept: 6]),
            .init(meetingID: id(2), date: day(6), scores: [.cared: 7, .listened: 6, .clear: 8]),
            .init(meetingID: id(3), date: day(0), scores: [.cared: 5, .listened: 4, .clear: 6, .kept: 5]),
        ])

    static let child = FeedbackTrend.Line(
        person: .init(kind: .student, id: id(31)), name: "Zoë Haddad", role: "Student", scale: .faces,
        points: [
            .init(meetingID: id(1), date: day(12), scores: [.listened: 4, .spokeFreely: 3, .respectful: 5, .clear: 4]),
            .init(meetingID: id(3), date: day(0), scores: [.listened: 2, .spokeFreely: 2, .respectful: 4]),
        ])

    static let single = FeedbackTrend.Line(
        person: .init(kind: .family, id: id(32)), name: "Karim Haddad", role: "Father", scale: .zeroToTen,
        points: [.init(meetingID: id(3), date: day(0), scores: [.cared: 9, .listened: 8])])

    static func html(_ line: FeedbackTrend.Line) -> String {
        RenderContext.$current.withValue(PageSnapshot.context()) {
            TrendChart(line: line, id: "trend-1").render().replacingOccurrences(of: "><", with: ">\n<")
        }
    }

    @Test func adultOverThreeMeetings() {
        let html = Self.html(Self.adult)
        #expect(html.contains("Amira Haddad's average went from 7.5 to 5.0 out of 10 over 3 meetings"))
        #expect(html.contains(#"role="img""#) && html.contains(#"aria-labelledby="trend-1-title trend-1-desc""#))
        #expect(!html.contains("<script"))
        assertSnapshot(of: html, as: .lines)
    }

    @Test func childWithFaces() {
        let html = Self.html(Self.child)
        #expect(html.contains("Saddest face: Not at all") && html.contains("Happiest face: Yes, a lot"))
        #expect(html.contains("average face went from 4.0 to 2.7 out of 5 over 2 meetings"))
        assertSnapshot(of: html, as: .lines)
    }

    @Test func singleMeeting() {
        let html = Self.html(Self.single)
        #expect(html.contains("Karim Haddad's average was 8.5 out of 10 at 1 meeting"))
        #expect(!html.contains("<polyline"))
        assertSnapshot(of: html, as: .lines)
    }

    @Test func studentPageSection() {
        var page = StudentProfilePageSnapshotTests.bare
        page.trends = [Self.adult, Self.child]
        let html = PageSnapshot.html(page)
        #expect(html.contains("How meetings have felt"))
        assertSnapshot(of: html, as: .lines)
    }

    /// A viewer with no point to see gets no heading at all.
    @Test func noSectionWithoutPoints() {
        let html = PageSnapshot.html(StudentProfilePageSnapshotTests.bare)
        #expect(!html.contains("How meetings have felt"))
        #expect(!html.contains(#"class="trend"#))
    }
}

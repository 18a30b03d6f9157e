import Fluent
import Foundation
import RoundtableViews
import SnapshotTesting
import Testing
import VaporTesting

@testable import App
@testable import RoundtableCore

/// Every calendar file Roundtable makes, compared with a committed snapshot: the file itself
/// with awkward text (escaping, folding, non-ASCII), and the staff calendar feed as its
/// address serves it. The files attached to invitations, change notices and cancellations
/// are in `EmailSnapshotTests`, with their emails.
@Suite("Snapshots of every calendar file", .committedSnapshots)
struct CalendarSnapshotTests {
    static let stamp = Date(timeIntervalSince1970: 1_948_611_600)  // 1 October 2031, 09:00 UTC
    static let start = Date(timeIntervalSince1970: 1_949_758_200)  // 14 October 2031, 15:30 UTC

    static func file(_ method: CalendarFile.Method, sequence: Int) -> CalendarFile {
        CalendarFile(
            method: method, uid: "meeting-4f1c2a9e-0b7d-4c3e-9a55-2d8e6f1b3c70@roundtable", sequence: sequence,
            start: start, lengthMinutes: 45, title: "Meeting at Oak Primary; Élodie's school, \"upper\" site",
            location: "Room 12, Block B\nup the stairs",
            description:
                "Everything about this meeting is on your page: https://meetings.oak.example/p/AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-abcde",
            organizerEmail: "meetings@oak.example", organizerName: "Oak Primary \"Meetings\"",
            attendeeEmail: "wei@mail.example", attendeeName: "陈伟 (Wei Chen)", stamp: stamp)
    }

    @Test("A meeting's file, as sent and as cancelled")
    func single() throws {
        try assertSnapshot(
            of: SnapshotScrubber.calendar(Self.file(.request, sequence: 0).text), as: .lines, named: "request",
            testName: "calendar-file")
        try assertSnapshot(
            of: SnapshotScrubber.calendar(Self.file(.cancel, sequence: 2).text), as: .lines, named: "cancel",
            testName: "calendar-file")
    }

    @Test("A feed of several meetings")
    func feed() throws {
        var online = Self.file(.request, sequence: 1)
        online.uid = "meeting-7a0e5b1c-3d2f-4e6a-8b9c-0d1e2f3a4b5c@roundtable"
        online.location = "Video call"
        online.attendeeEmail = nil
        online.attendeeName = nil
        try assertSnapshot(
            of: SnapshotScrubber.calendar(CalendarFile.feed([Self.file(.cancel, sequence: 3), online])), as: .lines,
            named: "feed", testName: "calendar-file")
    }

    @Test("A member of staff's calendar feed, as its address serves it", arguments: TestDatabase.all)
    func staffFeed(database: TestDatabase) async throws {
        try await withRoundtable(database, environment: EmailScene.environment) { app in
            let scene = try await EmailScene.make(on: app)
            // Shared; cancelled after a change; a draft (never in the feed); an online meeting.
            let shared = try await scene.newMeeting()
            let cancelled = try await scene.newMeeting()
            let draft = try await scene.newMeeting()
            let online = try await scene.newMeeting()
            for (index, meeting) in [shared, cancelled, draft, online].enumerated() {
                meeting.createdAt = Self.stamp.addingTimeInterval(Double(index) * 60)
                meeting.startsAt = Self.start.addingTimeInterval(Double(index) * 7 * 86_400)
            }
            shared.state = .shared
            cancelled.state = .cancelled
            cancelled.calendarSequence = 2
            online.state = .shared
            online.format = .video
            online.$space.id = nil
            for meeting in [shared, cancelled, draft, online] { try await meeting.save(on: app.db) }

            let teacher = TestBrowser(app)
            try await teacher.signIn(scene.people.primaryStaff)
            let made = try await teacher.submit("/calendar-feed", [:])
            let range = try #require(
                made.text.range(
                    of: #"https://meetings\.oak\.example/calendar/[A-Za-z0-9_-]+\.ics"#, options: .regularExpression)
            )
            let path = String(made.text[range].dropFirst("https://meetings.oak.example".count))
            let feed = try await TestBrowser(app).get(path)
            #expect(feed.status == .ok)
            #expect(feed.headers.first(name: .contentType) == "text/calendar; charset=utf-8")
            // The stamp is when the meeting row last changed, which the test cannot fix.
            let text = feed.text.replacingOccurrences(
                of: #"DTSTAMP:[0-9]{8}T[0-9]{6}Z"#, with: "DTSTAMP:20000101T000000Z", options: .regularExpression)
            try assertSnapshot(
                of: SnapshotScrubber.calendar(text), as: .lines, named: "teacher", testName: "staff-feed")
        }
    }
}

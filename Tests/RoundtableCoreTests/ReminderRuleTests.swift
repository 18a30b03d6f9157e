import Foundation
import Testing

@testable import RoundtableCore

@Suite("When a reminder is due")
struct ReminderRuleTests {
    static let london = TimeZone(identifier: "Europe/London")!
    static let newYork = TimeZone(identifier: "America/New_York")!

    static func at(_ text: String) -> Date {
        try! Date(text, strategy: .iso8601)
    }

    /// A meeting on Wednesday 9 December 2026 at 15:30 in London (UTC in winter).
    static let meeting = at("2026-12-09T15:30:00Z")
    /// An action due on Friday 11 December 2026, kept as midnight UTC like every due date.
    static let dueDay = at("2026-12-11T00:00:00Z")

    @Test(
        "A meeting reminder goes in the day before it, to those coming or not yet answered",
        arguments: [
            // (now, reply, the day it is about, or nil: nothing goes now)
            ("2026-12-08T15:29:00Z", nil, nil),
            ("2026-12-08T15:30:00Z", nil, "2026-12-09"),
            ("2026-12-09T09:00:00Z", ParticipantReplyForm.Attendance.coming, "2026-12-09"),
            ("2026-12-09T14:29:00Z", .coming, "2026-12-09"),
            // In the last hour it would only arrive as people set off.
            ("2026-12-09T14:31:00Z", .coming, nil),
            ("2026-12-09T16:00:00Z", nil, nil),
            ("2026-12-09T09:00:00Z", .notComing, nil),
            ("2026-12-09T09:00:00Z", .otherTime, nil),
        ] as [(String, ParticipantReplyForm.Attendance?, String?)])
    func meetingReminder(now: String, reply: ParticipantReplyForm.Attendance?, day: String?) {
        let slot = ReminderRule.due(
            .meeting(startsAt: Self.meeting, reply: reply), now: Self.at(now), timeZone: Self.london)
        #expect(slot?.day == day, "\(now) \(String(describing: reply))")
        if slot != nil { #expect(slot?.dueAt == Self.at("2026-12-08T15:30:00Z")) }
    }

    @Test(
        "An action reminder goes from the morning two days before its due day, while it is open",
        arguments: [
            ("2026-12-09T07:59:00Z", ActionStatus.open, nil),
            ("2026-12-09T08:00:00Z", .open, "2026-12-11"),
            ("2026-12-10T20:00:00Z", .open, "2026-12-11"),
            ("2026-12-11T23:59:00Z", .open, "2026-12-11"),
            // Overdue: the school follows that up in person, not by email.
            ("2026-12-12T00:00:00Z", .open, nil),
            ("2026-12-10T10:00:00Z", .done, nil),
            ("2026-12-10T10:00:00Z", .notDone, nil),
            ("2026-12-10T10:00:00Z", .noLongerNeeded, nil),
        ] as [(String, ActionStatus, String?)])
    func actionReminder(now: String, status: ActionStatus, day: String?) {
        let slot = ReminderRule.due(
            .action(dueDay: Self.dueDay, status: status), now: Self.at(now), timeZone: Self.london)
        #expect(slot?.day == day, "\(now) \(status)")
    }

    @Test("An action's due day is the same day wherever the school is")
    func actionDayInAnotherZone() {
        // 13:00 in New York on the 9th is 08:00 there plus five hours: the window has opened.
        let slot = ReminderRule.due(
            .action(dueDay: Self.dueDay, status: .open), now: Self.at("2026-12-09T13:00:00Z"), timeZone: Self.newYork)
        #expect(slot == ReminderRule.Slot(dueAt: Self.at("2026-12-09T13:00:00Z"), day: "2026-12-11"))
        #expect(
            ReminderRule.due(
                .action(dueDay: Self.dueDay, status: .open), now: Self.at("2026-12-09T12:59:00Z"),
                timeZone: Self.newYork) == nil)
    }

    @Test(
        "Staff lists: daily each morning, weekly on Monday mornings, off never; the day is the school's",
        arguments: [
            // Monday 7 December 2026 in New York (UTC-5).
            ("2026-12-07T12:59:00Z", DigestFrequency.daily, nil),
            ("2026-12-07T13:00:00Z", .daily, "2026-12-07"),
            ("2026-12-07T13:00:00Z", .weekly, "2026-12-07"),
            ("2026-12-07T13:00:00Z", .off, nil),
            // 03:00 on Tuesday in UTC is still Monday evening in New York.
            ("2026-12-08T03:00:00Z", .weekly, "2026-12-07"),
            ("2026-12-08T14:00:00Z", .weekly, nil),
            ("2026-12-08T14:00:00Z", .daily, "2026-12-08"),
        ] as [(String, DigestFrequency, String?)])
    func digest(now: String, frequency: DigestFrequency, day: String?) {
        let slot = ReminderRule.due(.digest(frequency), now: Self.at(now), timeZone: Self.newYork)
        #expect(slot?.day == day, "\(now) \(frequency)")
    }

    @Test("Who hears about a meeting")
    func whoIsReminded() {
        #expect(ReminderRule.remindsOfMeeting(reply: nil))
        #expect(ReminderRule.remindsOfMeeting(reply: .coming))
        #expect(!ReminderRule.remindsOfMeeting(reply: .notComing))
        #expect(!ReminderRule.remindsOfMeeting(reply: .otherTime))
    }

    @Test("A reminder never restarts links someone stopped, nor gives a first one")
    func freshLink() {
        #expect(ReminderRule.mayMakeLink(holdsUnstoppedLink: true))
        #expect(!ReminderRule.mayMakeLink(holdsUnstoppedLink: false))
    }

    @Test("A reminder's link works until a fortnight after the day it is about, to the end of that day")
    func linkExpiry() {
        #expect(ReminderRule.linkExpiry(day: "2026-12-11", timeZone: Self.london) == Self.at("2026-12-26T00:00:00Z"))
        #expect(ReminderRule.linkExpiry(day: "nonsense", timeZone: Self.london) == nil)
    }
}

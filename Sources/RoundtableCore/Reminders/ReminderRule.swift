import Foundation

/// What a reminder is about. Each kind has its own person, moment and words.
public enum ReminderKind: String, Sendable, CaseIterable, Codable {
    /// A family member, a day before a meeting they are coming to.
    case meeting
    /// A family member, shortly before an action they own is due.
    case action
    /// A member of staff's daily or weekly list of what needs them.
    case staffDigest = "staff_digest"
}

/// Where a reminder stands. `sent` means its email joined the outbox (which sends and
/// retries it); `cancelled` means the person turned reminders off, or the reason for it went
/// away, before it went; `skipped` means it could not be sent (no address, a contact
/// restriction, nothing to say).
public enum ReminderStatus: String, Sendable, CaseIterable, Codable {
    case queued, sent, cancelled, skipped
}

/// How often a member of staff wants their list of what needs them. Off until they choose.
public enum DigestFrequency: String, Sendable, CaseIterable, Codable {
    case off, daily, weekly

    public static let initial = DigestFrequency.off

    public var label: String {
        switch self {
        case .off: "No reminder emails"
        case .daily: "Every morning"
        case .weekly: "Monday mornings"
        }
    }

    /// How many days ahead the list looks for meetings, actions and reviews.
    public var horizonDays: Int {
        switch self {
        case .off: 0
        case .daily: 3
        case .weekly: 7
        }
    }
}

/// When each reminder falls due. The one place that answers "should this reminder go now":
/// the background job asks it for every candidate it finds, and a table test pins it down.
public enum ReminderRule {
    /// A meeting reminder goes this long before the meeting starts…
    public static let meetingNotice: TimeInterval = 24 * 3600
    /// …and not in its last hour: by then it would only arrive as people set off.
    public static let meetingTooLate: TimeInterval = 3600
    /// An action reminder goes this many days before its due day.
    public static let actionNoticeDays = 2
    /// Family reminders about actions and staff lists go out from this hour of the school's
    /// morning, never in the night.
    public static let morningHour = 8
    /// A reminder's personal link works until this many days after the day it is about.
    public static let linkDaysAfterDue = 14

    /// What may be reminded of, as the job found it.
    public enum Candidate: Sendable, Equatable {
        /// A family member invited to a meeting that is going ahead, with their reply if any.
        case meeting(startsAt: Date, reply: ParticipantReplyForm.Attendance?)
        /// An action a family member owns: its due day (midnight UTC) and where it stands.
        case action(dueDay: Date, status: ActionStatus)
        /// A member of staff's list, at the frequency they chose.
        case digest(DigestFrequency)
    }

    /// The reminder a candidate gives at `now`: when it was due, and the day it is about
    /// (one reminder per person, subject and day, ever). Nil when nothing should go now.
    public struct Slot: Sendable, Equatable {
        public var dueAt: Date
        /// `2026-12-05`: the meeting's day, the action's due day, or the list's day.
        public var day: String

        public init(dueAt: Date, day: String) {
            self.dueAt = dueAt
            self.day = day
        }
    }

    /// Whether someone is reminded of a meeting: they said they are coming, or have not
    /// answered yet (a reminder helps most those who have not looked). Someone who said they
    /// cannot come, or asked for another time, is not pressed again.
    public static func remindsOfMeeting(reply: ParticipantReplyForm.Attendance?) -> Bool {
        switch reply {
        case nil, .coming: true
        case .notComing, .otherTime: false
        }
    }

    public static func due(_ candidate: Candidate, now: Date, timeZone: TimeZone) -> Slot? {
        switch candidate {
        case .meeting(let start, let reply):
            guard remindsOfMeeting(reply: reply) else { return nil }
            let from = start.addingTimeInterval(-meetingNotice)
            guard now >= from, now < start.addingTimeInterval(-meetingTooLate) else { return nil }
            return Slot(dueAt: from, day: dayKey(start, timeZone: timeZone))
        case .action(let dueDay, let status):
            // Only an open action; an overdue one is for the school to follow up in person.
            guard status == .open else { return nil }
            let key = dayKey(dueDay, timeZone: utc)
            guard let dueStart = startOfDay(key, timeZone: timeZone),
                let from = calendar(timeZone).date(
                    byAdding: DateComponents(day: -actionNoticeDays, hour: morningHour), to: dueStart),
                let end = calendar(timeZone).date(byAdding: .day, value: 1, to: dueStart)
            else { return nil }
            guard now >= from, now < end else { return nil }
            return Slot(dueAt: from, day: key)
        case .digest(let frequency):
            let today = dayKey(now, timeZone: timeZone)
            guard let start = startOfDay(today, timeZone: timeZone),
                let from = calendar(timeZone).date(byAdding: .hour, value: morningHour, to: start)
            else { return nil }
            switch frequency {
            case .off: return nil
            case .daily: break
            // Mondays only: a list missed on Monday waits for the next one.
            case .weekly: guard calendar(timeZone).component(.weekday, from: now) == 2 else { return nil }
            }
            return now >= from ? Slot(dueAt: from, day: today) : nil
        }
    }

    /// Whether a reminder may make a fresh personal link for someone. Only when they still hold
    /// a link nobody stopped (an expired one counts: time ending it is not a decision):
    /// "Stop their links", being taken out of the child's family and a contact restriction
    /// stop every link, and a reminder must not quietly undo that. Nor does a reminder give
    /// anyone a first link: that is the school's to hand out.
    public static func mayMakeLink(holdsUnstoppedLink: Bool) -> Bool { holdsUnstoppedLink }

    /// When a reminder's link stops working: a fortnight after the day it is about.
    public static func linkExpiry(day: String, timeZone: TimeZone) -> Date? {
        startOfDay(day, timeZone: timeZone).flatMap {
            calendar(timeZone).date(byAdding: .day, value: linkDaysAfterDue + 1, to: $0)
        }
    }

    /// `2026-12-05` for the day `date` falls on in `timeZone`.
    public static func dayKey(_ date: Date, timeZone: TimeZone) -> String {
        let parts = calendar(timeZone).dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
    }

    static func startOfDay(_ key: String, timeZone: TimeZone) -> Date? {
        let parts = key.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        return calendar(timeZone).date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2]))
    }

    private static let utc = TimeZone(identifier: "UTC")!

    private static func calendar(_ timeZone: TimeZone) -> Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar
    }
}

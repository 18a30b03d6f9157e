import Foundation

/// How the time looks: the facilitator is nudged, never cut off.
public enum ClockLevel: String, Sendable, CaseIterable, Codable {
    case calm
    case nearEnd = "near_end"
    case over
}

public struct ClockReading: Sendable, Equatable {
    public enum Scope: String, Sendable, Codable {
        case item, meeting
    }

    public var scope: Scope
    public var elapsedSeconds: Int
    public var plannedSeconds: Int
    public var level: ClockLevel

    public init(scope: Scope, elapsedSeconds: Int, plannedSeconds: Int, level: ClockLevel) {
        self.scope = scope
        self.elapsedSeconds = elapsedSeconds
        self.plannedSeconds = plannedSeconds
        self.level = level
    }

    /// When the warning starts, in seconds before the end: what a live clock on the page needs.
    public var warningSeconds: Int {
        scope == .meeting
            ? MeetingClock.meetingWarningSeconds : min(MeetingClock.itemWarningSeconds, plannedSeconds / 5)
    }

    /// The message for each level, as a live clock shows it when it gets there.
    public func message(at level: ClockLevel) -> String {
        var reading = self
        reading.level = level
        if level == .nearEnd { reading.elapsedSeconds = plannedSeconds - warningSeconds }
        return reading.message
    }

    /// Negative once the time has run over.
    public var remainingSeconds: Int { plannedSeconds - elapsedSeconds }

    /// A gentle line for the facilitator. Every choice stays open: going on is allowed.
    public var message: String {
        let left = Self.minutesInWords(max(remainingSeconds, 0))
        switch (scope, level) {
        case (.item, .calm): return "Time in hand for this item"
        case (.item, .nearEnd): return "\(left) left for this item"
        case (.item, .over):
            return
                "This item has gone past its time. You could give it a few more minutes, park it, or plan a follow-up."
        case (.meeting, .calm): return "The meeting is on time"
        case (.meeting, .nearEnd): return "\(left) left before the time everyone agreed to finish"
        case (.meeting, .over):
            return "The meeting has passed the time everyone agreed. Check that people can stay, or plan a follow-up."
        }
    }

    /// "Two minutes", rounded up, so the count never says none while time is left.
    static func minutesInWords(_ seconds: Int) -> String {
        let minutes = max(1, Int((Double(seconds) / 60).rounded(.up)))
        let words = ["One", "Two", "Three", "Four", "Five"]
        let count = minutes <= words.count ? words[minutes - 1] : "\(minutes)"
        return minutes == 1 ? "\(count) minute" : "\(count) minutes"
    }
}

/// The running clock for the facilitator view (PRODUCT.md §3 step 4).
public struct MeetingClock: Sendable, Equatable {
    public var meetingStartedAt: Date
    /// The time boundary everyone agreed when the meeting was planned.
    public var boundaryMinutes: Int

    public static let itemWarningSeconds = 120
    public static let meetingWarningSeconds = 300

    public init(meetingStartedAt: Date, boundaryMinutes: Int) {
        self.meetingStartedAt = meetingStartedAt
        self.boundaryMinutes = boundaryMinutes
    }

    public struct Readings: Sendable, Equatable {
        public var item: ClockReading?
        public var meeting: ClockReading
    }

    /// Both readings at once; `item` is nil between items.
    public func read(
        itemMinutes: Int, extraMinutes: Int = 0, itemStartedAt: Date?, now: Date
    ) -> Readings {
        Readings(
            item: itemStartedAt.map {
                item(plannedMinutes: itemMinutes, extraMinutes: extraMinutes, startedAt: $0, now: now)
            },
            meeting: meeting(now: now))
    }

    public func meeting(now: Date) -> ClockReading {
        reading(.meeting, from: meetingStartedAt, minutes: boundaryMinutes, now: now) { _ in
            Self.meetingWarningSeconds
        }
    }

    /// Short items warn over their last fifth instead, so a five-minute item is not "nearly
    /// over" almost from the start.
    public func item(plannedMinutes: Int, extraMinutes: Int = 0, startedAt: Date, now: Date) -> ClockReading {
        reading(.item, from: startedAt, minutes: plannedMinutes + extraMinutes, now: now) { planned in
            min(Self.itemWarningSeconds, planned / 5)
        }
    }

    private func reading(
        _ scope: ClockReading.Scope, from start: Date, minutes: Int, now: Date, warning: (Int) -> Int
    ) -> ClockReading {
        let planned = max(minutes, 0) * 60
        // A clock set a little ahead of the server's must not show negative time.
        let elapsed = max(0, Int(now.timeIntervalSince(start).rounded(.down)))
        let remaining = planned - elapsed
        let level: ClockLevel =
            remaining <= 0 ? .over : remaining <= warning(planned) ? .nearEnd : .calm
        return ClockReading(scope: scope, elapsedSeconds: elapsed, plannedSeconds: planned, level: level)
    }
}

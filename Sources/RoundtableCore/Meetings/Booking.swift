import Foundation

/// What a meeting holds while it lasts: its room and its staff (the lead and the staff invited).
/// Two meetings clash when their times overlap and they hold the same room or the same person.
public struct Booking: Sendable, Equatable {
    public var meetingID: UUID
    public var state: MeetingState
    public var startsAt: Date
    public var lengthMinutes: Int
    public var spaceID: UUID?
    public var staffIDs: Set<UUID>

    public init(
        meetingID: UUID, state: MeetingState, startsAt: Date, lengthMinutes: Int, spaceID: UUID? = nil,
        staffIDs: Set<UUID> = []
    ) {
        self.meetingID = meetingID
        self.state = state
        self.startsAt = startsAt
        self.lengthMinutes = lengthMinutes
        self.spaceID = spaceID
        self.staffIDs = staffIDs
    }

    public var endsAt: Date { startsAt.addingTimeInterval(TimeInterval(max(0, lengthMinutes)) * 60) }

    /// A cancelled meeting frees its room and its people. Every other state keeps them: a
    /// draft is a plan someone is counting on, and a held meeting really used the room.
    public var holdsItsTime: Bool { !MeetingLifecycle(state).isCancelled && lengthMinutes > 0 }

    /// Half-open intervals: a meeting that ends at 4:30 and one that starts at 4:30 do not overlap.
    public func overlaps(_ other: Booking) -> Bool {
        startsAt < other.endsAt && other.startsAt < endsAt
    }
}

/// Another meeting booked at the same time, and what the two share.
public struct BookingClash: Sendable, Equatable {
    public var other: Booking
    public var sameRoom: Bool
    /// The staff booked at both.
    public var sharedStaff: Set<UUID>

    public init(other: Booking, sameRoom: Bool, sharedStaff: Set<UUID>) {
        self.other = other
        self.sameRoom = sameRoom
        self.sharedStaff = sharedStaff
    }
}

/// Clashes are warnings, never refusals: schools sometimes double-book on purpose (a short
/// check-in inside a longer meeting, a colleague who steps out for ten minutes).
public enum Bookings {
    /// How far before a meeting another one may start and still overlap it: longer than any
    /// meeting may last (`MeetingPlanForm.lengthRange`), so a query can narrow by start time
    /// and leave the exact rule to `clashes`.
    public static let lookBack: TimeInterval = 24 * 60 * 60

    /// The other meetings that hold `meeting`'s room or one of its staff at an overlapping
    /// time, earliest first. None when `meeting` itself holds no time (cancelled).
    public static func clashes(of meeting: Booking, with others: [Booking]) -> [BookingClash] {
        guard meeting.holdsItsTime else { return [] }
        return others.compactMap { other -> BookingClash? in
            guard other.meetingID != meeting.meetingID, other.holdsItsTime, meeting.overlaps(other) else { return nil }
            let sameRoom = meeting.spaceID != nil && meeting.spaceID == other.spaceID
            let shared = meeting.staffIDs.intersection(other.staffIDs)
            guard sameRoom || !shared.isEmpty else { return nil }
            return BookingClash(other: other, sameRoom: sameRoom, sharedStaff: shared)
        }
        .sorted {
            ($0.other.startsAt, $0.other.meetingID.uuidString) < ($1.other.startsAt, $1.other.meetingID.uuidString)
        }
    }

    /// For choosing a room: the other meetings that hold each room at an overlapping time.
    public static func roomsTaken(during meeting: Booking, by others: [Booking]) -> [UUID: [Booking]] {
        guard meeting.holdsItsTime else { return [:] }
        var taken: [UUID: [Booking]] = [:]
        for other in others.sorted(by: { $0.startsAt < $1.startsAt })
        where other.meetingID != meeting.meetingID && other.holdsItsTime && meeting.overlaps(other) {
            if let room = other.spaceID { taken[room, default: []].append(other) }
        }
        return taken
    }
}

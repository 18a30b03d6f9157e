import Foundation
import RoundtableCore

/// Another meeting of the school booked at an overlapping time, as a planner is warned of it.
public struct MeetingClash: Sendable, Equatable {
    public var startsAt: Date
    public var endsAt: Date
    /// "Progress review: Maya Patel", only for a viewer who may open that meeting; otherwise
    /// the page says "another meeting".
    public var subject: String?
    /// The room both meetings hold, by name.
    public var room: String?
    /// The other staff booked at both, by name (the reader is `includesYou`).
    public var staffNames: [String]
    /// The reader is booked at both.
    public var includesYou: Bool

    public init(
        startsAt: Date, endsAt: Date, subject: String? = nil, room: String? = nil, staffNames: [String] = [],
        includesYou: Bool = false
    ) {
        self.startsAt = startsAt
        self.endsAt = endsAt
        self.subject = subject
        self.room = room
        self.staffNames = staffNames
        self.includesYou = includesYou
    }

    /// "12 Mar 2027, 16:00 to 16:45"
    public var when: String { "\(DateText.dateTime(startsAt)) to \(DateText.time(endsAt))" }

    /// "Progress review: Maya Patel (12 Mar 2027, 16:00 to 16:45)"
    public var meetingText: String { "\(subject ?? "another meeting") (\(when))" }

    /// Said to the reader: "You and the room (Room 4) are already booked for another meeting (…)." A
    /// colleague is named, as the reader will need to ask them.
    public var sentence: String {
        // Beside "You", a room's bare name reads like a person: say it is the room.
        let place = room.map { includesYou ? "the room (\($0))" : $0 }
        let held = (includesYou ? ["You"] : []) + (place.map { [$0] } ?? []) + staffNames
        let who = ListText.and(held)
        let verb = held.count == 1 && !includesYou ? "is" : "are"
        return "\(who) \(verb) already booked for \(meetingText)."
    }
}

/// Words joined as people say them: "A", "A and B", "A, B and C".
enum ListText {
    static func and(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " and " + items.last!
    }
}

/// The clashes on the meeting page, near its time and place.
public struct MeetingClashSection: Component, Sendable, Equatable {
    public var meetingID: MeetingID
    public var clashes: [MeetingClash]
    /// Offer to change the time or the room.
    public var mayChange: Bool

    public init(meetingID: MeetingID, clashes: [MeetingClash], mayChange: Bool) {
        self.meetingID = meetingID
        self.clashes = clashes
        self.mayChange = mayChange
    }

    public var body: Component {
        ComponentGroup {
            if !clashes.isEmpty {
                El("div", .class("warning-text"), .id("clashes"), .attr("role", "note")) {
                    El("strong") {
                        T(
                            clashes.count == 1
                                ? "This time clashes with another meeting." : "This time clashes with other meetings.")
                    }
                    El("ul", .class("list")) { for clash in clashes { El("li") { T(clash.sentence) } } }
                    if mayChange {
                        El("p") {
                            T("You can keep it like this if you meant to. Otherwise ")
                            El("a", .href(.meeting(meetingID, .plan))) { T("change the time") }
                            if clashes.contains(where: { $0.room != nil }) {
                                T(" or ")
                                El("a", .href(.meeting(meetingID, .space))) { T("choose another room") }
                            }
                            T(".")
                        }
                    }
                }
            }
        }
    }
}

/// After the time, date or place changed: the letter still states the old one. Shown while the
/// change waits to be told, so the lead can put the letter right before it goes out.
public struct StaleLetterNote: Component, Sendable, Equatable {
    public var meetingID: MeetingID
    /// As the letter writes them: "15:45", "Tuesday", "Room 4".
    public var mentions: [String]
    public var mayChange: Bool

    public init(meetingID: MeetingID, mentions: [String], mayChange: Bool) {
        self.meetingID = meetingID
        self.mentions = mentions
        self.mayChange = mayChange
    }

    public var body: Component {
        ComponentGroup {
            if !mentions.isEmpty {
                El("div", .class("warning-text"), .id("stale-letter"), .attr("role", "note")) {
                    El("strong") { T("The letter still says the old time or place.") }
                    El("p") {
                        T(
                            "It says \(ListText.and(mentions.map { "“\($0)”" })), which the plan no longer says. Participants read the letter on their page, so a change and an old letter would leave them unsure which is right."
                        )
                    }
                    if mayChange {
                        El("p") {
                            El("a", .href(.meeting(meetingID, .invitation()))) { T("Change the letter") }
                            T(" before the change goes out.")
                        }
                    }
                }
            }
        }
    }
}

import Foundation
import RoundtableCore

/// Someone the family brings: a name on the list of who is coming, with how to reach them if
/// the family gave it. No link, no page of their own.
public struct MeetingGuest: Sendable, Equatable {
    public var id: GuestID
    public var name: String
    /// Who they are to the family, in the planner's words: "Advocate", "Family friend".
    public var relationship: String
    public var email: String?
    public var phone: String?
    /// The part of the meeting they come for; nil: all of it.
    public var window: PartWindow?

    public init(
        id: GuestID, name: String, relationship: String, email: String? = nil, phone: String? = nil,
        window: PartWindow? = nil
    ) {
        self.id = id
        self.name = name
        self.relationship = relationship
        self.email = email
        self.phone = phone
        self.window = window
    }

    /// "Email a@b.example, phone 0161 …", or nil.
    public var reach: String? {
        let parts = [email.map { "email \($0)" }, phone.map { "phone \($0)" }].compactMap { $0 }
        return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }
}

/// How staff pages say the part of the meeting someone comes for.
public enum PartWindowText {
    /// "Joins for the first 20 minutes (15:30–15:50)"; nil for the whole meeting.
    public static func staff(_ window: PartWindow?, lengthMinutes: Int, startsAt: Date?) -> String? {
        guard let window else { return nil }
        let clock = { (from: Int, until: Int) -> String? in
            startsAt.map {
                DateText.time($0.addingTimeInterval(Double(from) * 60)) + "–"
                    + DateText.time($0.addingTimeInterval(Double(until) * 60))
            }
        }
        switch window.shape(lengthMinutes: lengthMinutes) {
        case .whole: return nil
        case .first(let minutes):
            return "Joins for the first \(minutes) minutes" + (clock(0, minutes).map { " (\($0))" } ?? "")
        case .last(let minutes):
            return "Joins for the last \(minutes) minutes"
                + (clock(lengthMinutes - minutes, lengthMinutes).map { " (\($0))" } ?? "")
        case .between(let from, let until):
            return clock(from, until).map { "Joins \($0)" } ?? "Joins from minute \(from) to minute \(until)"
        }
    }
}

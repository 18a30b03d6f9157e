import Foundation

/// Changes to a shared meeting collect into one notice per participant, instead of an email
/// (with a new live link) for every agenda item moved. The notice goes when the lead says so,
/// or once the plan has been quiet for a while.
public enum ChangeNotice {
    /// How long after the last change the notice goes by itself.
    public static let quietPeriod: TimeInterval = 15 * 60

    /// When the collected notice will go by itself.
    public static func sendsAt(lastChange: Date) -> Date {
        lastChange.addingTimeInterval(quietPeriod)
    }

    /// Whether the collected notice should go now: there are changes, the plan has been quiet
    /// long enough, and the meeting is still one people are coming to.
    public static func isDue(lastChange: Date?, state: MeetingState, now: Date) -> Bool {
        guard let lastChange, MeetingLifecycle(state).allows(.tellChanges) else { return false }
        return now >= sendsAt(lastChange: lastChange)
    }
}

/// A change to the part of the meeting one person comes for concerns that person only: it is
/// told to them, in the same notice as any change to the plan, and to nobody else.
extension ChangeNotice {
    /// Whether moving someone's part of the meeting is news for them: the meeting has been
    /// shared, nobody has started it, and the part really moved.
    public static func tellsWindowChange(before: PartWindow?, after: PartWindow?, state: MeetingState) -> Bool {
        MeetingLifecycle(state).allows(.tellChanges) && before != after
    }

    /// The last change still to be told, of the plan or of someone's part.
    public static func lastChange(plan: Date?, windows: [Date?]) -> Date? {
        ([plan] + windows).compactMap { $0 }.max()
    }

    /// Who the notice goes to: everyone when the plan changed; otherwise only the people whose
    /// part moved. (Whether a person may be contacted at all is `ContactRule`'s, asked as each
    /// email is made.)
    public static func told<ID: Hashable>(planChanged: Bool, windowChanged: Set<ID>, among people: [ID]) -> [ID] {
        planChanged ? people : people.filter(windowChanged.contains)
    }
}

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

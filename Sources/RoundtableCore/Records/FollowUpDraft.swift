import Foundation

/// A first draft for the meeting that picks up what one meeting did not finish. The lead
/// edits it like any plan; nothing here is sent anywhere.
public enum FollowUpDraft {
    public static let openingTitle = "Where we left off last time"
    public static let closingTitle = "Next steps"
    public static let openingMinutes = 5
    public static let closingMinutes = 5

    /// A short look back, the unfinished items in their old order, and a close that agrees
    /// what happens next. Planned minutes are carried over without the extensions, which
    /// belonged to that meeting.
    public static func agenda(from unfinished: [RunItem]) -> [AgendaItemForm.Checked] {
        var agenda = [AgendaItemForm.Checked(title: openingTitle, minutes: openingMinutes, notes: nil)]
        for item in unfinished {
            let note: String? =
                switch item.state {
                case .parked: "Parked at the last meeting"
                case .current: "We started on this last time"
                default: nil
                }
            agenda.append(AgendaItemForm.Checked(title: item.title, minutes: item.plannedMinutes, notes: note))
        }
        agenda.append(AgendaItemForm.Checked(title: closingTitle, minutes: closingMinutes, notes: nil))
        return agenda
    }

    /// Names a few topics at most: a purpose is read on a phone, and must stay under the
    /// planner's 600 characters.
    public static let topicsNamed = 3

    public static func purpose(preferredName: String, topics: [String]) -> String {
        let name = Text.clean(preferredName)
        let cleaned = topics.map(Text.clean).filter { !$0.isEmpty }
        let opening = "To carry on where we left off for \(name), and agree what happens next"
        guard !cleaned.isEmpty else { return opening + "." }
        var named = cleaned.prefix(topicsNamed).map { String($0.prefix(80)) }
        let rest = cleaned.count - named.count
        if rest > 0 { named.append(rest == 1 ? "one more thing" : "\(rest) more things") }
        return opening + ". We did not have time for: " + list(named) + "."
    }

    /// "a, b and c".
    static func list(_ parts: [String]) -> String {
        guard parts.count > 1 else { return parts.first ?? "" }
        return parts.dropLast().joined(separator: ", ") + " and " + parts.last!
    }
}

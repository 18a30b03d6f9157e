import Foundation

/// A first draft for the meeting that picks up what one meeting did not finish. The lead
/// edits it like any plan; nothing here is sent anywhere.
public enum FollowUpDraft {
    public static let openingTitle = "Where we left off last time"
    /// The opening when the last meeting agreed goals or actions: where each of them stands.
    public static let sinceTitle = "Since last time"
    public static let closingTitle = "Next steps"
    public static let openingMinutes = 5
    public static let closingMinutes = 5

    /// A short look back, the unfinished items in their old order, and a close that agrees
    /// what happens next. Planned minutes are carried over without the extensions, which
    /// belonged to that meeting.
    public static func agenda(from unfinished: [RunItem], carried: [Carried] = []) -> [AgendaItemForm.Checked] {
        var agenda = [
            carried.isEmpty
                ? AgendaItemForm.Checked(title: openingTitle, minutes: openingMinutes, notes: nil)
                : sinceLastTime(carried)
        ]
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

    /// A goal or an action agreed last time, as the follow-up's opening lists it.
    public struct Carried: Sendable, Equatable {
        public var kind: RecordEntryKind
        public var text: String
        public var who: String?
        /// Where it stands, in words ("Going on", "Done").
        public var status: String

        public init(kind: RecordEntryKind, text: String, who: String?, status: String) {
            self.kind = kind
            self.text = text
            self.who = who
            self.status = status
        }
    }

    /// The agenda's notes hold 1,000 characters; what does not fit is counted, not cut mid-line.
    static let notesLimit = 1000

    /// "Since last time": one line per goal and action with where it stands, a minute each
    /// (at least the usual five, at most a quarter of an hour).
    public static func sinceLastTime(_ carried: [Carried]) -> AgendaItemForm.Checked {
        var lines: [String] = []
        var used = 0
        for (index, item) in carried.enumerated() {
            let what = String(Text.clean(item.text).prefix(120))
            let who = item.who.map { ", " + String(Text.clean($0).prefix(60)) } ?? ""
            let line = (item.kind == .goal ? "Goal: " : "Action: ") + what + who + " (\(item.status))"
            let rest = carried.count - index
            let tail = "And \(rest) more: see the last meeting's record."
            if used + line.count + 1 > notesLimit - tail.count - 1 {
                lines.append(tail)
                break
            }
            lines.append(line)
            used += line.count + 1
        }
        return AgendaItemForm.Checked(
            title: sinceTitle, minutes: min(15, max(openingMinutes, carried.count)),
            notes: lines.joined(separator: "\n"))
    }

    /// The staff's planning notes with the topics the last meeting parked among staff, so a
    /// follow-up carries them without putting them on the agenda the family reads. Kept under
    /// the planner's 2,000 characters, counting what does not fit.
    public static func staffNotes(_ topics: [String], before: String?) -> String {
        let heading = "Parked among staff at the last meeting:"
        let existing = before.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) } ?? ""
        var lines = existing.isEmpty ? [] : [existing, ""]
        lines.append(heading)
        var used = lines.joined(separator: "\n").count
        for (index, topic) in topics.enumerated() {
            let line = "- " + String(Text.clean(topic).prefix(300))
            let tail = "And \(topics.count - index) more: see the last meeting's record."
            if used + line.count + tail.count + 2 > 2000 {
                lines.append(tail)
                break
            }
            lines.append(line)
            used += line.count + 1
        }
        return lines.joined(separator: "\n")
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

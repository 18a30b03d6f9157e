import Foundation

/// What closing asks about everything the meeting did not finish: each agenda item not done,
/// each parked topic (whatever its label) and each goal or action carried in and still open.
/// Nothing is dropped silently: each gets an answer, and dropping one needs a reason.
public enum LooseEnds {
    public enum Source: String, Sendable, Codable, CaseIterable {
        case agendaItem = "agenda_item"
        case parked
        case carried
    }

    public enum Outcome: String, Sendable, Codable, CaseIterable {
        case nextMeeting = "next_meeting"
        case done
        case dropped

        public var label: String {
            switch self {
            case .nextMeeting: "To the next meeting"
            case .done: "Done, nothing more to do"
            case .dropped: "Dropped (say why below)"
            }
        }

        /// What closing's answer makes of a carried goal: done is achieved, dropped is stopped;
        /// sent on, it stays as it is.
        public var goalStatus: GoalStatus? {
            switch self {
            case .nextMeeting: nil
            case .done: .achieved
            case .dropped: .stopped
            }
        }

        /// The same for a carried action: done, or no longer needed.
        public var actionStatus: ActionStatus? {
            switch self {
            case .nextMeeting: nil
            case .done: .done
            case .dropped: .noLongerNeeded
            }
        }

        /// How the record says what became of it.
        public var sentence: String {
            switch self {
            case .nextMeeting: "Goes to the next meeting"
            case .done: "Dealt with"
            case .dropped: "Dropped"
            }
        }
    }

    /// One thing left open, as closing lists it.
    public struct Item: Sendable, Equatable {
        public var id: UUID
        public var source: Source
        public var title: String

        public init(id: UUID, source: Source, title: String) {
            self.id = id
            self.source = source
            self.title = title
        }

        public var choiceField: String { "end_\(id.uuidString.lowercased())" }
        public var reasonField: String { "reason_\(id.uuidString.lowercased())" }
    }

    public struct Decided: Sendable, Equatable {
        public var item: Item
        public var outcome: Outcome
        /// Only for a dropped item.
        public var reason: String?

        public init(item: Item, outcome: Outcome, reason: String? = nil) {
            self.item = item
            self.outcome = outcome
            self.reason = reason
        }
    }

    /// The longest reason kept, like any short statement on the record.
    public static let reasonLimit = RecordLimit.statement

    /// Reads each item's answer from the form's fields (`end_<id>`, `reason_<id>`). Every item
    /// needs one; a dropped item needs its reason.
    public static func check(_ items: [Item], fields: [String: String]) -> Result<[Decided], FieldErrorsBox> {
        var errors = FieldErrors()
        var decided: [Decided] = []
        for item in items {
            let raw = fields[item.choiceField]?.trimmingCharacters(in: .whitespaces) ?? ""
            guard let outcome = Outcome(rawValue: raw) else {
                errors.add(item.choiceField, "Choose what happens to \u{201C}\(short(item.title))\u{201D}")
                continue
            }
            let reason = Text.clean(fields[item.reasonField] ?? "")
            guard outcome == .dropped else {
                decided.append(Decided(item: item, outcome: outcome))
                continue
            }
            if reason.isEmpty {
                errors.add(item.reasonField, "Say why \u{201C}\(short(item.title))\u{201D} is dropped")
            } else if reason.count > reasonLimit {
                errors.add(item.reasonField, "Keep the reason to \(reasonLimit) characters")
            } else {
                decided.append(Decided(item: item, outcome: outcome, reason: reason))
            }
        }
        guard errors.isEmpty else { return .failure(FieldErrorsBox(errors)) }
        return .success(decided)
    }

    static func short(_ title: String) -> String {
        let clean = Text.clean(title)
        return clean.count > 60 ? String(clean.prefix(59)) + "\u{2026}" : clean
    }
}

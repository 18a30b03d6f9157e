import Foundation

/// Part of a meeting someone comes for: the special needs coordinator for the first twenty
/// minutes, a young student for the item about them. Kept as minutes from the start, so it
/// stays right when the meeting moves to another day or time.
public struct PartWindow: Sendable, Equatable, Hashable {
    /// Minutes after the start when they join.
    public var from: Int
    /// Minutes after the start when they leave.
    public var until: Int

    public init(from: Int, until: Int) {
        self.from = from
        self.until = until
    }

    /// From what is stored: both ends, or nobody asked for part of the meeting.
    public init?(from: Int?, until: Int?) {
        guard let from, let until else { return nil }
        self.init(from: from, until: until)
    }

    public var minutes: Int { until - from }

    /// How it reads: the first or last minutes, or a stretch in the middle. A meeting that
    /// has since become shorter keeps what still fits, and one that no longer fits at all
    /// reads as the whole meeting (the page asks the planner to look again).
    public enum Shape: Sendable, Equatable {
        case whole
        case first(minutes: Int)
        case last(minutes: Int)
        case between(from: Int, until: Int)
    }

    public func shape(lengthMinutes: Int) -> Shape {
        let until = min(self.until, lengthMinutes)
        guard from >= 0, from < until else { return .whole }
        if from == 0 && until == lengthMinutes { return .whole }
        if from == 0 { return .first(minutes: until) }
        if until == lengthMinutes { return .last(minutes: until - from) }
        return .between(from: from, until: until)
    }

    /// How long they are there, of a meeting of this length.
    public func minutes(within lengthMinutes: Int) -> Int {
        switch shape(lengthMinutes: lengthMinutes) {
        case .whole: lengthMinutes
        case .first(let minutes), .last(let minutes): minutes
        case .between(let from, let until): until - from
        }
    }

    /// Inside the meeting's time, as planned now.
    public func fits(lengthMinutes: Int) -> Bool {
        from >= 0 && until <= lengthMinutes && from < until
    }

    /// The shortest part worth coming for.
    public static let shortest = 5

    /// The planner's two fields, minutes from the start. Both empty, or the whole meeting,
    /// is `nil`: they come for all of it.
    public static func check(from: String, until: String, lengthMinutes: Int) -> Result<PartWindow?, FieldErrorsBox> {
        let fromText = from.trimmingCharacters(in: .whitespaces)
        let untilText = until.trimmingCharacters(in: .whitespaces)
        if fromText.isEmpty && untilText.isEmpty { return .success(nil) }
        var errors = FieldErrors()
        let start = fromText.isEmpty ? 0 : Int(fromText)
        let end = untilText.isEmpty ? lengthMinutes : Int(untilText)
        if start == nil || start! < 0 || start! >= lengthMinutes {
            errors.add("from", "Enter when they join as minutes from the start, from 0 to \(lengthMinutes - 1)")
        }
        if end == nil || end! <= 0 || end! > lengthMinutes {
            errors.add("until", "Enter when they leave as minutes from the start, up to \(lengthMinutes)")
        }
        guard errors.isEmpty, let start, let end else { return .failure(FieldErrorsBox(errors)) }
        if end <= start {
            errors.add("until", "Enter a time after they join: they leave after minute \(start)")
        } else if end - start < shortest {
            errors.add("until", "Give them at least \(shortest) minutes at the meeting")
        }
        guard errors.isEmpty else { return .failure(FieldErrorsBox(errors)) }
        let window = PartWindow(from: start, until: end)
        return .success(window.shape(lengthMinutes: lengthMinutes) == .whole ? nil : window)
    }
}

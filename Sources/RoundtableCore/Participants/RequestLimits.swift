import Foundation

/// How many meeting requests one family link may send. A family with something to say
/// rarely has more than one or two requests waiting; a link sending hundreds (a stuck
/// button, a script, a stolen link) would push real families out of the staff queue.
public enum RequestLimits {
    /// Requests still waiting for an answer, per participant.
    public static let maxOpen = 3
    /// Requests sent in the last 24 hours, per participant, whatever became of them.
    public static let maxPerDay = 10
    public static let day: TimeInterval = 24 * 60 * 60

    public enum Refusal: Equatable, Sendable {
        case tooManyOpen(limit: Int)
        case tooManyToday(limit: Int)

        public var phrase: Phrase {
            switch self {
            case .tooManyOpen: .errorRequestsOpen
            case .tooManyToday: .errorRequestsToday
            }
        }

        public var count: Int {
            switch self {
            case .tooManyOpen(let limit), .tooManyToday(let limit): limit
            }
        }
    }

    /// Whether one more request may be sent, given what this participant already has.
    public static func check(open: Int, sentToday: Int) -> Refusal? {
        if sentToday >= maxPerDay { return .tooManyToday(limit: maxPerDay) }
        if open >= maxOpen { return .tooManyOpen(limit: maxOpen) }
        return nil
    }
}

/// The school's written answer to a family's request, which the family reads on their page.
public enum RequestAnswer {
    public static let limit = 1000

    public struct Problem: Error, Equatable, Sendable {
        public var message: String
    }

    /// The answer as it will be kept, or the message that says what to change. Text over the
    /// limit is refused, never cut: what the family reads is what was written.
    public static func check(_ text: String) -> Result<String, Problem> {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty { return .failure(Problem(message: "Write the answer the family will read.")) }
        if trimmed.count > limit {
            return .failure(
                Problem(message: "Keep the answer to \(limit) characters or fewer; it has \(trimmed.count)."))
        }
        return .success(trimmed)
    }
}

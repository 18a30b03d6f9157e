import Foundation

/// An alert's reasons as stored (`feedback_alerts.reasons`): the question and why, never the
/// participant's own words. The same alerts always encode to the same text, so the database
/// can tell "the same as last time" with `=`.
extension FeedbackAlerts {
    private struct StoredReason: Codable {
        var question: String
        var reason: String
        var score: Int?
        var from: Int?
        var to: Int?
    }

    public static func encode(_ alerts: [Alert]) -> String {
        let stored = alerts.map { alert -> StoredReason in
            switch alert.reason {
            case .low(let score): StoredReason(question: alert.question.rawValue, reason: "low", score: score)
            case .sadFace(let face): StoredReason(question: alert.question.rawValue, reason: "sad_face", score: face)
            case .dropped(let from, let to):
                StoredReason(question: alert.question.rawValue, reason: "dropped", from: from, to: to)
            }
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = (try? encoder.encode(stored)) ?? Data("[]".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    /// The stored alerts; anything not understood is left out rather than guessed at.
    public static func decode(_ text: String) -> [Alert] {
        guard let stored = try? JSONDecoder().decode([StoredReason].self, from: Data(text.utf8)) else { return [] }
        return stored.compactMap { item in
            guard let question = FeedbackQuestion(rawValue: item.question) else { return nil }
            switch (item.reason, item.score, item.from, item.to) {
            case ("low", let score?, _, _): return Alert(question, .low(score: score))
            case ("sad_face", let face?, _, _): return Alert(question, .sadFace(face: face))
            case ("dropped", _, let from?, let to?): return Alert(question, .dropped(from: from, to: to))
            default: return nil
            }
        }
    }
}

extension FeedbackAlerts.Alert {
    /// The answer as staff read it, in words and numbers: "Not really (3 of 10)", or
    /// "Mostly (5 of 10), fell from 8 to 5".
    public func words(on scale: FeedbackScale) -> String {
        switch reason {
        case .low(let score), .sadFace(let score): scale.words(for: score)
        case .dropped(let from, let to): "\(scale.words(for: to)), fell from \(from) to \(to)"
        }
    }

    /// The question as that participant was asked it (a child's own words for faces).
    public func phrase(on scale: FeedbackScale) -> Phrase { question.phrase(on: scale) }
}

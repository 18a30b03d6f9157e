import Fluent
import RoundtableCore
import RoundtableViews
import Vapor

/// Feedback alerts under `/api/v1`, for tokens whose owner may see them: their own as the
/// lead (or planner), the school's for leaders. The question and why, never the participant's
/// own words.
extension APIController {
    struct FeedbackReason: Content {
        var question: String
        /// low | dropped | sad_face
        var reason: String
        var score: Int
        var from: Int?
        /// "A bit (5 of 10), fell from 8 to 5"
        var words: String
    }

    struct FeedbackAlertEntry: Content {
        var id: UUID
        var schoolId: UUID
        var meetingId: UUID
        var participantId: UUID
        var ownerId: UUID
        var participantName: String
        var relationship: String
        var participantKind: String
        var scale: String
        var reasons: [FeedbackReason]
        var nextSteps: [String]
        /// ISO 8601, UTC.
        var raisedAt: String
        /// open | closed
        var state: String
        var closedAt: String?
        var closedBy: String?
        var action: String?
        var actionNote: String?

        init(_ alert: FeedbackAlertRead.Alert) {
            id = alert.id
            schoolId = alert.school.id
            meetingId = alert.meetingID
            participantId = alert.participantID
            ownerId = alert.ownerID
            participantName = alert.person
            relationship = alert.relationship
            participantKind = alert.kind.rawValue
            scale = alert.scale.rawValue
            reasons = alert.alerts.map { item in
                switch item.reason {
                case .low(let score):
                    FeedbackReason(
                        question: item.question.rawValue, reason: "low", score: score,
                        words: item.words(on: alert.scale))
                case .sadFace(let face):
                    FeedbackReason(
                        question: item.question.rawValue, reason: "sad_face", score: face,
                        words: item.words(on: alert.scale))
                case .dropped(let from, let to):
                    FeedbackReason(
                        question: item.question.rawValue, reason: "dropped", score: to, from: from,
                        words: item.words(on: alert.scale))
                }
            }
            nextSteps = alert.nextSteps.map(\.rawValue)
            raisedAt = alert.raisedAt.formatted(.iso8601)
            state = alert.closedAt == nil ? "open" : "closed"
            closedAt = alert.closedAt?.formatted(.iso8601)
            closedBy = alert.closedBy
            action = alert.action?.rawValue
            actionNote = alert.note
        }
    }

    static func feedbackAlerts(_ req: Request) async throws -> Response {
        let staff = try req.requireStaff()
        let raw = req.query[String.self, at: "state"] ?? FeedbackAlertRead.State.open.rawValue
        guard let state = FeedbackAlertRead.State(rawValue: raw) else {
            var errors = FieldErrors()
            errors.add("state", "Give one of: open, closed, all")
            throw AppError.invalid(errors)
        }
        return try await FeedbackAlertRead.list(for: staff, showing: state, on: req.sql).map(FeedbackAlertEntry.init)
            .encodeResponse(for: req)
    }

    static func feedbackAlert(_ req: Request) async throws -> Response {
        try await FeedbackAlertEntry(req.visibleFeedbackAlert()).encodeResponse(for: req)
    }
}

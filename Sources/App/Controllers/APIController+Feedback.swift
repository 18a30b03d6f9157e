import Foundation
import RoundtableCore
import RoundtableViews
import Vapor

/// How a meeting felt for its participants under `/api/v1`: for a token whose owner may read
/// the answers (`FeedbackVisibility`: the meeting's lead and the school's leaders), and "not
/// found" for anyone else, as the record page shows them nothing.
extension APIController {
    struct FeedbackAnswerOutput: Content {
        var participantId: UUID
        var name: String
        /// student, family, staff or agency.
        var kind: String
        /// What they were there as: "Mother", "Speech therapist".
        var role: String
        var scale: String
        /// They asked to count only in the school's totals: `scores`, `better` and `updatedAt`
        /// are then null.
        var totalsOnly: Bool
        /// By question key (`cared`, `spoke_freely`, …); a skipped question is left out.
        var scores: [String: Int]?
        var better: String?
        var answeredAt: String
        var updatedAt: String?

        /// As synthesized, except that what is withheld or missing is sent as `null`, so a
        /// client finds every field the contract names.
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(participantId, forKey: .participantId)
            try container.encode(name, forKey: .name)
            try container.encode(kind, forKey: .kind)
            try container.encode(role, forKey: .role)
            try container.encode(scale, forKey: .scale)
            try container.encode(totalsOnly, forKey: .totalsOnly)
            try container.encode(scores, forKey: .scores)
            try container.encode(better, forKey: .better)
            try container.encode(answeredAt, forKey: .answeredAt)
            try container.encode(updatedAt, forKey: .updatedAt)
        }
    }

    struct FeedbackOutput: Content {
        var meetingId: UUID
        /// How many participants `FeedbackRule` asks (none before the meeting is over).
        var asked: Int
        var answered: Int
        var answers: [FeedbackAnswerOutput]
    }

    static func feedback(_ req: Request) async throws -> Response {
        let context = try await req.visibleMeeting()
        let meeting = context.meeting
        guard FeedbackVisibility.maySee(viewer: context.staff.actor, meeting: meeting.ref) else {
            throw AppError.notFound
        }
        let meetingID = try meeting.requireID()
        let people = try await MeetingPeopleRead.read(meetingID, for: context.viewer, on: req.sql)
        let answers = try await FeedbackAnswers.forStaff(of: meetingID, on: req.sql).answers
        let asked = people.filter {
            FeedbackRule.isAsked(.init(contact: $0.contact, presence: $0.presence), meeting: meeting.lifecycle)
        }
        return try await FeedbackOutput(
            meetingId: meetingID, asked: asked.count, answered: answers.count,
            answers: people.compactMap { person in
                guard let answer = answers[person.id] else { return nil }
                return FeedbackAnswerOutput(
                    participantId: person.id, name: person.name, kind: person.kind.rawValue, role: person.role,
                    scale: answer.scale.rawValue, totalsOnly: answer.totalsOnly,
                    scores: answer.totalsOnly
                        ? nil : Dictionary(uniqueKeysWithValues: answer.scores.map { ($0.key.rawValue, $0.value) }),
                    better: answer.better, answeredAt: answer.createdAt.formatted(.iso8601),
                    updatedAt: answer.updatedAt.map { $0.formatted(.iso8601) })
            }
        ).encodeResponse(for: req)
    }
}

import Fluent
import Foundation
import RoundtableCore
import SQLKit

/// Dealing with a family's request for a meeting. A request is settled once: of two members of
/// staff (or two presses) acting on it at the same moment, one settles it and the other is told
/// it has already been dealt with, so a family never gets two meetings or a meeting and an answer.
enum MeetingRequests {
    static let alreadySettled = "This request has already been dealt with."

    /// Plans a meeting from the request: the family asked, so the meeting says so, and the
    /// family member who asked is invited whatever their parental responsibility (unless a
    /// restriction says they may not be contacted).
    static func accept(
        _ request: MeetingRequest, for student: Student, by staff: StaffContext, context: AuditContext,
        now: Date, on db: any Database
    ) async throws -> Meeting {
        try await db.transaction { db in
            try await claim(request, as: .accepted, answer: nil, now: now, on: db)
            let meeting = try await Meetings.create(.familyRequest, for: student, by: staff, context: context, on: db)
            meeting.purpose = "\(request.familyMember.displayName) asked to meet about: \(request.topic)"
            meeting.requestedBy = .family
            meeting.urgency = request.urgency
            if let times = request.suitableTimes { meeting.inclusionNotes = "Times that suit the family: \(times)" }
            try await meeting.save(on: db)
            let memberID = request.$familyMember.id
            let invited = try await MeetingParticipant.query(on: db).filter(\.$meeting.$id == meeting.requireID())
                .filter(\.$familyMember.$id == memberID).count()
            if invited == 0 && !request.familyMember.isRestricted {
                let relationship = try await StudentFamilyLink.query(on: db).filter(\.$familyMember.$id == memberID)
                    .filter(\.$student.$id == student.requireID()).first()?.relationship
                try await Meetings.participant(
                    meeting.requireID(), .family, role: relationship?.label ?? "Family"
                ) { $0.$familyMember.id = memberID }.create(on: db)
            }
            try await db.sql().update(MeetingRequest.schema).set("meeting_id", to: meeting.requireID())
                .where("id", .equal, request.requireID()).run()
            request.$meeting.id = meeting.id
            return meeting
        }
    }

    /// Answers the request with a message instead of a meeting, and audits who answered.
    static func answer(
        _ request: MeetingRequest, with text: String, about student: Student, context: AuditContext, now: Date,
        on db: any Database
    ) async throws {
        try await db.transaction { db in
            try await claim(request, as: .answered, answer: text, now: now, on: db)
            // Who answered, about which child; the family's words and the answer stay on the request.
            try await AuditLog.record(
                .meetingRequestAnswered, on: db, context: context, schoolID: student.$school.id,
                subjectType: "student", subjectID: student.id, summary: request.familyMember.displayName)
        }
    }

    /// Moves an open request to `status` in one conditional statement; a request that is no
    /// longer open is refused.
    private static func claim(
        _ request: MeetingRequest, as status: MeetingRequest.Status, answer: String?, now: Date, on db: any Database
    ) async throws {
        let claimed = try await db.sql().raw(
            """
            UPDATE meeting_requests SET status = \(bind: status.rawValue), answer = \(bind: answer),
            updated_at = \(bind: now)
            WHERE id = \(bind: request.requireID()) AND status = \(bind: MeetingRequest.Status.open.rawValue)
            RETURNING id
            """
        ).all()
        guard !claimed.isEmpty else { throw AppError.badRequest(alreadySettled) }
        request.status = status
        request.answer = answer
    }
}

import Fluent
import RoundtableCore
import RoundtableViews
import Vapor

/// A meeting as one page needs it: the meeting, who it is about, and what the viewer may do.
struct MeetingContext: Sendable {
    var staff: StaffContext
    var meeting: Meeting
    var students: [Student]
    var mayChange: Bool
    /// How the signed-in person reads the meeting's record.
    var viewer: RecordViewer
}

extension Request {
    /// The meeting named in the address, when the signed-in person may see it; "not found"
    /// otherwise.
    func visibleMeeting() async throws -> MeetingContext {
        let staff = try requireStaff()
        guard let id = parameters.get("meetingID", as: UUID.self),
            let meeting = try await Meeting.query(on: db)
                .filter(\.$id == id)
                .join(School.self, on: \Meeting.$school.$id == \School.$id)
                .first()
        else { throw AppError.notFound }
        meeting.organisationID = try meeting.joined(School.self).$organisation.id
        let userID = try staff.user.requireID()
        let studentIDs = try await MeetingStudent.query(on: db).filter(\.$meeting.$id == id).all(\.$student.$id)
        let scope = StudentDirectory.scope(for: staff)
        var students: [Student] = []
        for studentID in studentIDs {
            if let student = try await StudentDirectory.visibleStudent(studentID, scope: scope, userID: userID, on: db)
            {
                students.append(student)
            }
        }
        let takesPart =
            try await MeetingParticipant.query(on: db).filter(\.$meeting.$id == id)
            .filter(\.$user.$id == userID).count() > 0
        guard
            AccessPolicy.allows(
                staff.actor,
                .viewMeeting(meeting.ref, seesAllStudents: students.count == studentIDs.count, takesPart: takesPart))
        else { throw AppError.notFound }
        if students.count < studentIDs.count {
            // Someone who takes part but does not otherwise reach a student still needs their name.
            students = try await Student.query(on: db).filter(\.$id ~~ studentIDs).all()
        }
        return MeetingContext(
            staff: staff, meeting: meeting, students: students,
            mayChange: AccessPolicy.allows(staff.actor, .changeMeeting(meeting.ref)),
            viewer: .staff(
                isLeadOrOwner: AccessPolicy.isOwnerOrLead(staff.actor, meeting.ref),
                isLeader: staff.actor.role >= .schoolLeader, takesPart: takesPart))
    }

    /// The meeting, when the signed-in person may also change it.
    func changeableMeeting() async throws -> MeetingContext {
        let context = try await visibleMeeting()
        guard context.mayChange else { throw AppError.notFound }
        return context
    }

    /// The meeting, when its plan may still change: once it has started, what happened is the
    /// record's to say, and a changed agenda would rewrite it.
    func plannableMeeting() async throws -> MeetingContext {
        let context = try await changeableMeeting()
        guard !context.meeting.lifecycle.hasStarted else {
            throw AppError.badRequest(
                "This meeting has started, so its plan no longer changes. To correct what was recorded, change the record."
            )
        }
        return context
    }
}

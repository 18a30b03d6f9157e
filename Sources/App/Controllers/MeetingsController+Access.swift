import Fluent
import FluentSQL
import RoundtableCore
import RoundtableViews
import SQLKit
import Vapor

/// A meeting as one page needs it: the meeting, who it is about, and what the viewer may do.
struct MeetingContext: Sendable {
    var staff: StaffContext
    var meeting: Meeting
    var students: [StudentName]
    var mayChange: Bool
    /// How the signed-in person reads the meeting's record.
    var viewer: RecordViewer
    /// Whether the meeting leads them on to its students (`MeetingReach`): not for someone
    /// invited who does not otherwise reach them.
    var reach: MeetingReach = .throughStudents

    /// A student the meeting is about, as its pages name them.
    struct StudentName: Sendable, Decodable {
        var id: UUID
        var preferredName: String?
        var legalGivenName: String
        var legalFamilyName: String

        var firstName: String { preferredName ?? legalGivenName }
        var displayName: String { "\(firstName) \(legalFamilyName)" }
    }
}

extension Request {
    /// The meeting named in the address, when the signed-in person may see it; "not found"
    /// otherwise. Two statements whatever the number of students: the meeting with its
    /// organisation and whether the person takes part, then its students with what
    /// `StudentScope` needs; Core decides.
    func visibleMeeting() async throws -> MeetingContext {
        let staff = try requireStaff()
        let id = try parameters.require(MeetingID.self).rawValue
        let userID = try staff.user.requireID()
        guard
            let row = try await sql.raw(
                """
                SELECT m.*, sc.organisation_id AS access_organisation_id,
                    EXISTS (SELECT 1 FROM meeting_participants p WHERE p.meeting_id = m.id
                        AND p.user_id = \(bind: userID)) AS access_takes_part
                FROM meetings m JOIN schools sc ON sc.id = m.school_id
                WHERE m.id = \(bind: id)
                """
            ).first()
        else { throw AppError.notFound }
        let meeting = try row.decode(fluentModel: Meeting.self)
        meeting.organisationID = try row.decode(column: "access_organisation_id", as: UUID.self)
        let takesPart = try row.decode(column: "access_takes_part", as: Bool.self)

        struct StudentRow: Decodable {
            var id: UUID
            var preferred_name: String?
            var legal_given_name: String
            var legal_family_name: String
            var school_id: UUID
            var organisation_id: UUID
            var year_group: Int
            var has_special_needs: Bool
            var is_linked: Bool
        }
        let students = try await sql.raw(
            """
            SELECT s.id, s.preferred_name, s.legal_given_name, s.legal_family_name, s.school_id,
                sc.organisation_id, s.year_group, s.has_special_needs,
                EXISTS (SELECT 1 FROM staff_student_links l WHERE l.student_id = s.id
                    AND l.user_id = \(bind: userID)) AS is_linked
            FROM meeting_students ms JOIN students s ON s.id = ms.student_id
            JOIN schools sc ON sc.id = s.school_id
            WHERE ms.meeting_id = \(bind: id)
            ORDER BY s.legal_family_name, s.legal_given_name, s.id
            """
        ).all(decoding: StudentRow.self)
        let scope = StudentDirectory.scope(for: staff)
        let seesAll = students.allSatisfy {
            scope.includes(
                StudentFacts(
                    schoolID: $0.school_id, organisationID: $0.organisation_id, yearGroup: $0.year_group,
                    hasSpecialNeeds: $0.has_special_needs),
                isLinked: $0.is_linked)
        }
        guard
            AccessPolicy.allows(staff.actor, .viewMeeting(meeting.ref, seesAllStudents: seesAll, takesPart: takesPart))
        else { throw AppError.notFound }
        let reach = MeetingReach.of(staff.actor, meeting.ref, seesAllStudents: seesAll, takesPart: takesPart)
        // Someone who takes part but does not otherwise reach a student still needs their name.
        return MeetingContext(
            staff: staff, meeting: meeting,
            students: students.map {
                .init(
                    id: $0.id, preferredName: $0.preferred_name, legalGivenName: $0.legal_given_name,
                    legalFamilyName: $0.legal_family_name)
            },
            mayChange: AccessPolicy.allows(staff.actor, .changeMeeting(meeting.ref)),
            viewer: .staff(
                isLeadOrOwner: AccessPolicy.isOwnerOrLead(staff.actor, meeting.ref),
                isLeader: staff.actor.role >= .schoolLeader, takesPart: takesPart), reach: reach)
    }

    /// The meeting, when the signed-in person may also change it.
    func changeableMeeting() async throws -> MeetingContext {
        let context = try await visibleMeeting()
        guard context.mayChange else { throw AppError.notFound }
        return context
    }

    /// The meeting, when its plan may still change (`MeetingAction.changePlan`): once it has
    /// started, what happened is the record's to say, and a changed agenda would rewrite it; a
    /// cancelled meeting is over.
    func plannableMeeting() async throws -> MeetingContext {
        let context = try await changeableMeeting()
        let lifecycle = context.meeting.lifecycle
        guard !lifecycle.hasStarted else {
            throw AppError.badRequest(
                "This meeting has started, so its plan no longer changes. To correct what was recorded, change the record."
            )
        }
        guard lifecycle.allows(.changePlan) else {
            throw AppError.badRequest(
                "This meeting is cancelled, so its plan no longer changes. Plan a new meeting instead.")
        }
        return context
    }
}

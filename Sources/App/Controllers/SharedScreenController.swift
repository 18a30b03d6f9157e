import RoundtableCore
import RoundtableViews
import Vapor

/// The shared screen and the fragment it follows. The revision lives in the database, so a
/// screen served by one process follows a facilitator served by another.
enum SharedScreenController {
    static func show(_ req: Request) async throws -> Response {
        let context = try await req.visibleMeeting()
        let meeting = context.meeting
        // The access check has read the meeting: no second read of it.
        let head = ScreenHead(
            id: try meeting.requireID(), school_id: meeting.$school.id,
            organisation_id: meeting.organisationID ?? UUID(),
            created_by_id: meeting.$createdBy.id, lead_id: meeting.$lead.id, run_revision: meeting.runRevision,
            purpose: meeting.purpose, state: meeting.state, type: meeting.type,
            follow_up_of_id: meeting.$followUpOf.id, started_at: meeting.startedAt, created_at: meeting.createdAt)
        let response = SharedScreenPage(screen: try await SharedScreen.read(head, on: req.sql)).response(for: req)
        response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return response
    }

    /// Asked once a second by every open screen, so the usual answer, "nothing new", is kept
    /// cheap: for the lead or a leader, one read of the meeting decides both access and the
    /// answer, and a new revision costs one read more.
    static func live(_ req: Request) async throws -> Response {
        let staff = try req.requireStaff()
        let id = try req.parameters.require(MeetingID.self).rawValue
        guard let head = try await ScreenHead.read(id, on: req.sql)
        else { throw AppError.notFound }
        // Anyone else (staff at the meeting, staff who work with the student) gets the full check.
        if !AccessPolicy.allows(staff.actor, .viewMeeting(head.ref, seesAllStudents: false, takesPart: false)) {
            _ = try await req.visibleMeeting()
        }
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        if let since = req.query[Int.self, at: "since"], since == head.run_revision {
            return Response(status: .noContent, headers: headers)
        }
        let fragment = try await SharedScreen.read(head, on: req.sql)
        headers.contentType = .html
        headers.replaceOrAdd(name: "X-Revision", value: String(fragment.revision))
        return Response(status: .ok, headers: headers, body: .init(string: fragment.render()))
    }
}

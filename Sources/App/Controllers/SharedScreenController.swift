import Fluent
import RoundtableCore
import RoundtableViews
import Vapor

/// The shared screen and the fragment it follows. The revision lives in the database, so a
/// screen served by one process follows a facilitator served by another.
enum SharedScreenController {
    static func show(_ req: Request) async throws -> Response {
        let context = try await req.visibleMeeting()
        let response = SharedScreenPage(screen: try await screen(context, on: req.db)).response(for: req)
        response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return response
    }

    /// Asked once a second by every open screen, so the usual answer, "nothing new", is kept
    /// cheap: for the lead or a leader, one read of the meeting decides both access and the answer.
    static func live(_ req: Request) async throws -> Response {
        let staff = try req.requireStaff()
        guard let id = req.parameters.get("meetingID", as: UUID.self),
            let meeting = try await Meeting.query(on: req.db).filter(\.$id == id)
                .join(School.self, on: \Meeting.$school.$id == \School.$id).first()
        else { throw AppError.notFound }
        meeting.organisationID = try meeting.joined(School.self).$organisation.id
        let quick = AccessPolicy.allows(
            staff.actor, .viewMeeting(meeting.ref, seesAllStudents: false, takesPart: false))
        // Anyone else (staff at the meeting, staff who work with the student) gets the full check.
        let context = quick ? nil : try await req.visibleMeeting()
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        if let since = req.query[Int.self, at: "since"], since == meeting.runRevision {
            return Response(status: .noContent, headers: headers)
        }
        let full: MeetingContext
        if let context { full = context } else { full = try await req.visibleMeeting() }
        let fragment = try await screen(full, on: req.db)
        headers.contentType = .html
        headers.replaceOrAdd(name: "X-Revision", value: String(fragment.revision))
        return Response(status: .ok, headers: headers, body: .init(string: fragment.render()))
    }

    static func screen(_ context: MeetingContext, on db: any Database) async throws -> SharedScreen {
        let meeting = context.meeting
        return SharedScreen(
            meetingID: try meeting.requireID(), revision: meeting.runRevision,
            names: context.students.map { $0.preferredName ?? $0.legalGivenName }.joined(separator: " and "),
            purpose: meeting.purpose, lifecycle: meeting.lifecycle,
            items: try await MeetingRun.agenda(of: meeting, on: db),
            entries: try await MeetingRecord.entries(of: meeting, for: .sharedScreen, userID: nil, on: db))
    }
}

import Fluent
import RoundtableCore
import RoundtableViews
import Vapor

/// The outbox, for leaders and administrators: what was sent, what waits, what failed. When
/// no mail server is configured, this is where invitations can be read and sent by hand.
enum OutboxController {
    static func list(_ req: Request) async throws -> Response {
        let staff = try req.requireStaff()
        guard
            let page = try await OutboxPage.read(
                for: staff, school: req.query[UUID.self, at: "school"],
                mailConfigured: req.roundtable.sendsMail, on: req.sql)
        else { throw AppError.notFound }
        return page.response(for: req)
    }
}

extension OutboxController {
    /// A message's calendar file, to attach when sending by hand.
    static func calendar(_ req: Request) async throws -> Response {
        let staff = try req.requireStaff()
        let id = try req.parameters.require(OutboxMessageID.self).rawValue
        guard let message = try await OutboxMessage.find(id, on: req.db), let calendar = message.calendar,
            let school = try await Schools.find(message.$school.id, in: staff.organisation.requireID(), on: req.db),
            AccessPolicy.allows(staff.actor, .readOutbox(school.ref))
        else { throw AppError.notFound }
        var headers = HTTPHeaders()
        headers.contentType = HTTPMediaType(type: "text", subType: "calendar", parameters: ["charset": "utf-8"])
        headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"meeting.ics\"")
        // The calendar names the person's page too; it stays hidden here as in the message.
        return Response(
            status: .ok, headers: headers,
            body: .init(string: MailMessage.redactCalendarLinks(calendar, placeholder: "[hidden]")))
    }
}

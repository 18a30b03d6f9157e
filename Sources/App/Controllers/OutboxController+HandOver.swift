import Fluent
import RoundtableCore
import RoundtableViews
import SQLKit
import Vapor

/// A waiting email's personal link or code is shown to nobody, except to a leader who takes the
/// email to pass on themselves. Roundtable then never sends it, the stored copy loses its link,
/// and the choice is audited.
extension OutboxController {
    static func handOver(_ req: Request) async throws -> Response {
        let staff = try req.requireStaff()
        if req.csrfFailed { throw AppError.formExpired }
        let id = try req.parameters.require(OutboxMessageID.self).rawValue
        guard let message = try await OutboxMessage.find(id, on: req.db),
            let school = try await Schools.find(message.$school.id, in: staff.organisation.requireID(), on: req.db),
            AccessPolicy.allows(staff.actor, .readOutbox(school.ref))
        else { throw AppError.notFound }
        guard try await ContactStop.mayStillSend(message, on: req.db) else {
            throw AppError.refused(
                "\(message.toName) has a contact restriction, so this email cannot be passed on by anyone.")
        }
        let full = message.body
        let waiting = OutboxMessage.Status.waiting.map(\.rawValue)
        let taken = try await req.db.transaction { db -> Bool in
            // Conditional, so the sender and a second leader cannot take the same email too.
            let rows = try await db.sql().raw(
                """
                UPDATE \(ident: OutboxMessage.schema) SET \(ident: "status") = \(bind: OutboxMessage.Status.handedOver.rawValue)
                WHERE \(ident: "id") = \(bind: id) AND \(ident: "status") IN (\(binds: waiting))
                RETURNING \(ident: "id")
                """
            ).all()
            guard !rows.isEmpty else { return false }
            let stored = try await OutboxMessage.find(id, on: db) ?? message
            stored.body = MailMessage.redactLinks(full, placeholder: "[handed over]")
            stored.calendar = stored.calendar.map { MailMessage.redactCalendarLinks($0, placeholder: "[handed over]") }
            stored.lastError = nil
            try await stored.save(on: db)
            try await AuditLog.record(
                .emailHandedOver, on: db, context: req.auditContext, schoolID: message.$school.id,
                subjectType: "meeting", subjectID: message.$meeting.id, summary: message.subject)
            return true
        }
        guard taken else {
            throw AppError.refused(
                "This email is no longer waiting: it has been sent, or someone has already taken it.")
        }
        return HandOverPage(toName: message.toName, toEmail: message.toEmail, subject: message.subject, body: full)
            .response(for: req)
    }
}

struct HandOverPage: HTMLPage {
    var toName: String
    var toEmail: String
    var subject: String
    var body: String

    var title: String { "Pass this email on yourself" }
    var area: StaffArea? { .meetings }

    func content() -> Component {
        ComponentGroup {
            BackLink(route: .outbox(), text: "Back to the outbox")
            PageHeading(text: title)
            El("div", .class("warning-text"), .attr("role", "note")) {
                El("strong") { T("Roundtable will not send this email now. ") }
                T(
                    "Send it to \(toName) <\(toEmail)> from your school email, or read it to them. The link in it opens their own page: give it to nobody else. This page shows it once."
                )
            }
            El("p") {
                El("strong") { T("Subject: ") }; T(subject)
            }
            El("pre", .class("message-body")) { T(body) }
        }
    }
}

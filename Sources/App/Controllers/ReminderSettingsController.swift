import Fluent
import RoundtableCore
import RoundtableViews
import Vapor

/// A member of staff's own reminder emails: off (as every account starts), daily or weekly.
enum ReminderSettingsController {
    struct Fields: Content {
        var frequency: String?
    }

    static func show(_ req: Request) async throws -> Response {
        let staff = try req.requireStaff()
        return ReminderSettingsPage(
            frequency: staff.user.reminderDigest, sendsMail: req.roundtable.sendsMail, notice: req.notice
        ).response(for: req)
    }

    static func save(_ req: Request) async throws -> Response {
        let staff = try req.requireStaff()
        let fields = try req.formFields(Fields.self)
        guard let frequency = fields.frequency.flatMap(DigestFrequency.init(rawValue:)) else {
            var errors = FieldErrors()
            errors.add("frequency", "Choose how often you would like it")
            var page = ReminderSettingsPage(frequency: staff.user.reminderDigest, sendsMail: req.roundtable.sendsMail)
            page.errors = errors
            return page.response(for: req, status: .unprocessableEntity)
        }
        let user = staff.user
        if user.reminderDigest != frequency {
            user.reminderDigest = frequency
            try await req.db.transaction { db in
                try await user.save(on: db)
                try await AuditLog.record(
                    .remindersChanged, on: db, context: req.auditContext, schoolID: user.$school.id,
                    subjectType: "user", subjectID: user.id, summary: "Reminder emails: \(frequency.rawValue)")
            }
        }
        return req.redirect(to: SiteRoute.reminderSettings(notice: .remindersSaved).path)
    }
}

import Fluent
import RoundtableCore
import RoundtableViews
import Vapor

extension ParticipantPageController {
    struct ReminderFields: Content {
        var reminders: String?
    }

    /// A family member turns reminders off (or on again) from their page. It is about the
    /// person, not this meeting: their reminders for every meeting and every child stop.
    static func setReminders(_ req: Request) async throws -> Response {
        let resolved = try req.participantLink
        let participant = resolved.participant
        guard participant.kind == .family, let memberID = participant.$familyMember.id,
            let member = try await FamilyMember.find(memberID, on: req.db)
        else { throw AppError.notFound }
        let choice = try req.formFields(ReminderFields.self).reminders
        guard choice == "off" || choice == "on" else { throw AppError.badRequest("Choose on or off.") }
        let off = choice == "off"
        if off != (member.remindersOffAt != nil) {
            member.remindersOffAt = off ? req.roundtable.now : nil
            try await req.db.transaction { db in
                try await member.save(on: db)
                try await AuditLog.record(
                    .remindersChanged, on: db, context: req.auditContext, schoolID: resolved.meeting.$school.id,
                    subjectType: "family_member", subjectID: memberID,
                    summary: off ? "A family member turned reminders off" : "A family member turned reminders on")
            }
        }
        return req.redirect(
            to: SiteRoute.participant(token: resolved.token, .page()).path + "?reminders=saved#reminders-saved")
    }

    /// The page's reminders part: for a family member only (students and agencies get none).
    static func reminderChoice(_ req: Request, _ participant: MeetingParticipant) -> ParticipantReminderSection.Content?
    {
        guard participant.kind == .family, let loaded = participant.$familyMember.value, let member = loaded else {
            return nil
        }
        return ParticipantReminderSection.Content(
            off: member.remindersOffAt != nil, justSaved: req.query[String.self, at: "reminders"] == "saved")
    }
}

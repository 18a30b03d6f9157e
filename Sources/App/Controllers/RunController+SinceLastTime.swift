import Fluent
import RoundtableCore
import RoundtableViews
import Vapor

extension RunController {
    /// A goal or action carried into this meeting: one tap says how it is going (a new line on
    /// the earlier meeting's record), or the lead shares a line kept from a meeting with other
    /// people. The entry must be one this meeting carries in, for this viewer.
    static func sinceLastTime(_ req: Request) async throws -> Response {
        let context = try await req.changeableMeeting()
        let fields = try req.formFields([String: String].self)
        guard let entryID = fields["entry"].flatMap(UUID.init(uuidString:)) else {
            throw AppError.badRequest("Choose a goal or an action from the list.")
        }
        let meetingID = try MeetingID(context.meeting.requireID())
        guard
            let line = try await CarriedRead.lines(
                into: .init(context.meeting), viewer: context.reach.carriedViewer(context.viewer),
                userID: context.staff.user.id, only: entryID,
                on: req.sql
            ).first,
            let entry = try await RecordEntry.find(entryID, on: req.db)
        else { throw AppError.notFound }
        let back = SiteRoute.meeting(meetingID, .run()).path + "#carried" + line.id.fieldSuffix

        if fields["share"] != nil {
            // Already shared (a second press, or another tab): nothing more to do.
            if line.showing == .shared { return req.redirect(to: back) }
            guard CarriedIn.mayShare(line.showing), !context.meeting.lifecycle.isHeld else {
                throw AppError.badRequest("This one cannot be shared from here.")
            }
            try await FollowThroughUpdates.share(
                entryID, with: context.meeting, by: context.staff.user.requireID(), audit: req.auditContext,
                now: req.roundtable.now, on: req.db)
            try await MeetingRun.bump(context.meeting, on: req.db)
            return req.redirect(to: back)
        }

        let suffix = line.id.fieldSuffix
        let said = FollowThroughUpdates.Said(status: fields["status"] ?? "", note: fields["note" + suffix] ?? "")
        guard
            let refused = try await FollowThroughUpdates.say(
                said, about: entry, by: context.staff.user.requireID(), schoolID: context.meeting.$school.id,
                audit: req.auditContext, now: req.roundtable.now, today: req.roundtable.today, on: req.db)
        else {
            // The shared screen shows where each one stands: it follows the change.
            try await MeetingRun.bump(context.meeting, on: req.db)
            return req.redirect(to: back)
        }
        var draft = FollowThroughDraft(entryID: line.id, status: said.status, note: said.note, errors: FieldErrors())
        for problem in refused.items { draft.errors.add(problem.field + suffix, problem.message) }
        var page = try await page(req, context)
        page.sinceDraft = draft
        return page.response(for: req, status: .unprocessableEntity)
    }
}

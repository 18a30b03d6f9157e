import Fluent
import RoundtableCore
import RoundtableViews
import Vapor

extension RunController {
    /// Closing locks the record, so it asks once, on the page, without needing a script; and it
    /// asks what happens to each thing not finished, so nothing is dropped without a word.
    static func close(_ req: Request) async throws -> Response {
        let context = try await req.changeableMeeting()
        let fields = try req.formFields([String: String].self)
        let meetingID = try MeetingID(context.meeting.requireID())
        // Closed already (a second tab, a colleague): its record is where they want to be.
        if context.meeting.lifecycle.isHeld {
            return req.redirect(to: SiteRoute.meeting(meetingID, .record(notice: .meetingClosed)).path)
        }
        guard context.meeting.lifecycle.allows(.close) else {
            throw AppError.badRequest("Only a running meeting can close.")
        }
        let page = try await page(req, context)
        var capture = CaptureState(values: fields)
        let decided: [LooseEnds.Decided]
        switch LooseEnds.check(page.looseEnds, fields: fields) {
        case .success(let answers): decided = answers
        case .failure(let box):
            capture.errors = box.errors
            decided = []
        }
        if fields["confirm_close"] != "true" {
            capture.errors.add("confirm_close", "Tick the box to close the meeting, once each entry's label is right")
        }
        guard capture.errors.isEmpty else {
            var again = page
            again.capture = capture
            return again.response(for: req, status: .unprocessableEntity)
        }
        do {
            try await MeetingRun.close(
                context.meeting, looseEnds: decided, by: context.staff.user.requireID(), context: req.auditContext,
                feedback: try await req.sharingSettings(context.meeting), on: req.db, now: req.roundtable.now)
        } catch is MeetingRun.AlreadyClosed {
            return req.redirect(to: SiteRoute.meeting(meetingID, .record(notice: .meetingClosed)).path)
        }
        req.application.outboxWorker?.wake()
        return req.redirect(to: SiteRoute.meeting(meetingID, .record(notice: .meetingClosed)).path)
    }
}

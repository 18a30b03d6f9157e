import Fluent
import RoundtableCore
import RoundtableViews
import Vapor

/// After a meeting, a member of staff's own reflection on it (`StaffReflectionRule`): asked of
/// the lead and the staff who took part, read by its author alone.
enum StaffReflectionController {
    static func show(_ req: Request) async throws -> Response {
        let context = try await req.reflectingMeeting()
        return try await StaffReflectionPage.read(
            context, notice: req.notice.flatMap { $0 == .reflectionAfterSaved ? $0 : nil }, on: req.sql
        )
        .response(for: req)
    }

    static func save(_ req: Request) async throws -> Response {
        let context = try await req.reflectingMeeting()
        let fields = try req.reshowableFields([String: String].self)
        var form = StaffReflectionForm()
        for prompt in StaffReflectionPrompt.allCases { form.answers[prompt] = fields[prompt.field] }
        for question in FeedbackQuestion.allCases { form.scores[question] = fields[question.field] }
        var checked: StaffReflectionForm.Checked?
        var errors = FieldErrors()
        switch form.check() {
        case .success(let value): checked = value
        case .failure(let box): errors = box.errors
        }
        if req.csrfFailed {
            errors.add(FieldErrors.expiredField, "This page was open a long time. Check and save again.")
        }
        guard errors.isEmpty, let checked else {
            var page = try await StaffReflectionPage.read(context, on: req.sql)
            page.form = form
            page.errors = errors
            return page.response(for: req, status: .unprocessableEntity)
        }
        try await StaffReflections.save(
            checked, meeting: context.meeting, author: try context.staff.user.requireID(),
            context: req.auditContext, now: req.roundtable.now, on: req.db)
        return req.redirect(
            to: SiteRoute.meeting(
                try MeetingID(context.meeting.requireID()), .reflectionAfter(notice: .reflectionAfterSaved)
            ).path)
    }
}

extension Request {
    /// The meeting, when the signed-in person is asked to reflect on it (`StaffReflectionRule`):
    /// the lead or staff who took part, once it is over. "Not found" for everyone else, leaders too.
    func reflectingMeeting() async throws -> MeetingContext {
        let context = try await visibleMeeting()
        let meetingID = try context.meeting.requireID()
        let userID = try context.staff.user.requireID()
        let presences = try await StaffReflections.presences(meetingID: meetingID, userID: userID, on: sql)
        guard
            StaffReflectionRule.isAsked(
                meeting: context.meeting.lifecycle, leadID: context.meeting.$lead.id, viewer: userID,
                presences: presences)
        else { throw AppError.notFound }
        return context
    }
}

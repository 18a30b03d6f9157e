import Fluent
import RoundtableCore
import RoundtableViews
import Vapor

/// Meetings: the list, starting one from a student's page, and its page.
enum MeetingsController {
    static func list(_ req: Request) async throws -> Response {
        let staff = try req.requireStaff()
        return try await MeetingListPage.read(for: staff, work: req.staffWork, now: req.roundtable.now, on: req.sql)
            .response(for: req)
    }

    struct TypeField: Content {
        var type: String?
    }

    static func newForm(_ req: Request) async throws -> Response {
        let (_, student) = try await req.visibleStudent()
        try req.require(.planMeetings(student.schoolRef))
        return try NewMeetingPage.read(student).response(for: req)
    }

    static func create(_ req: Request) async throws -> Response {
        let (staff, student) = try await req.visibleStudent()
        try req.require(.planMeetings(student.schoolRef))
        guard let type = try req.reshowableFields(TypeField.self).type.flatMap(MeetingType.init(rawValue:)) else {
            var errors = FieldErrors()
            errors.add("type", "Choose what kind of meeting this is")
            return try NewMeetingPage.read(student, errors: errors).response(for: req, status: .unprocessableEntity)
        }
        if req.csrfFailed {
            var errors = FieldErrors()
            errors.addExpiredForm()
            return try NewMeetingPage.read(student, selected: type, errors: errors)
                .response(for: req, status: .unprocessableEntity)
        }
        let meeting = try await Meetings.create(type, for: student, by: staff, context: req.auditContext, on: req.db)
        return req.redirect(
            to: SiteRoute.meeting(try MeetingID(meeting.requireID()), .show(notice: .meetingStarted)).path)
    }

    static func show(_ req: Request) async throws -> Response {
        let context = try await req.visibleMeeting()
        // Read before the view is noted: what participants said since this person last opened
        // the meeting is marked new.
        let page = try await read(context, part: nil, req)
        try await AuditLog.record(
            .meetingViewed, on: req.db, context: req.auditContext, schoolID: context.meeting.$school.id,
            subjectType: "meeting", subjectID: context.meeting.id, summary: context.meeting.type.label)
        try await Meetings.recordView(
            try context.meeting.requireID(), by: try context.staff.user.requireID(), on: req.sql,
            now: req.roundtable.now)
        return page.response(for: req)
    }

    /// A part of planning on its own page: who is coming, the agenda, the ground rules and
    /// notes, preparation, the viewer's private reflection. Whoever may open the meeting reads
    /// them; the forms on them are for those who may change it (the reflection is everyone's own).
    static func part(_ part: PlanningTaskKind) -> @Sendable (Request) async throws -> Response {
        { req in
            let context = try await req.visibleMeeting()
            return try await read(context, part: part, req).response(for: req)
        }
    }

    private static func read(
        _ context: MeetingContext, part: PlanningTaskKind?, _ req: Request
    ) async throws
        -> MeetingPage
    {
        try await MeetingPage.read(
            context, part: part, notice: req.notice, now: req.roundtable.now,
            timeZone: req.roundtable.configuration.timeZone, mailConfigured: req.roundtable.sendsMail, on: req.sql)
    }

    struct PlanFields: Content {
        var purpose: String?
        var requested_by: String?
        var urgency: String?
        var format: String?
        var video_link: String?
        var fallback_plan: String?
        var date: String?
        var start_time: String?
        var length_minutes: String?
        var ground_rules: String?
        var views_plan: String?
        var inclusion_notes: String?
        var difficult_notes: String?

        var form: MeetingPlanForm {
            var form = MeetingPlanForm()
            form.purpose = purpose ?? ""
            form.requestedBy = requested_by ?? ""
            form.urgency = urgency ?? ""
            form.format = format ?? ""
            form.videoLink = video_link ?? ""
            form.fallbackPlan = fallback_plan ?? ""
            form.date = date ?? ""
            form.startTime = start_time ?? ""
            form.lengthMinutes = length_minutes ?? ""
            form.groundRules = ground_rules ?? ""
            form.viewsPlan = views_plan ?? ""
            form.inclusionNotes = inclusion_notes ?? ""
            form.difficultNotes = difficult_notes ?? ""
            return form
        }
    }

    static func planForm(_ req: Request) async throws -> Response {
        let context = try await req.plannableMeeting()
        return try MeetingPlanPage.read(context, timeZone: req.roundtable.configuration.timeZone).response(for: req)
    }

    static func updatePlan(_ req: Request) async throws -> Response {
        let context = try await req.plannableMeeting()
        let form = try req.reshowableFields(PlanFields.self).form
        var errors = FieldErrors()
        var checked: MeetingPlanForm.Checked?
        switch form.check(now: req.roundtable.now, timeZone: req.roundtable.configuration.timeZone) {
        case .success(let value): checked = value
        case .failure(let box): errors = box.errors
        }
        if req.csrfFailed { errors.addExpiredForm() }
        guard errors.isEmpty, let checked else {
            return try MeetingPlanPage.read(
                context, form: form, errors: errors, timeZone: req.roundtable.configuration.timeZone
            ).response(for: req, status: .unprocessableEntity)
        }
        let meeting = context.meeting
        let before = (meeting.startsAt, meeting.lengthMinutes, meeting.format, meeting.videoLink)
        try await Meetings.updatePlan(meeting, with: checked, context: req.auditContext, on: req.db)
        try await Sharing.announce(
            meeting, changes: Sharing.changes(before: before, after: meeting), on: req.db, now: req.roundtable.now)
        return req.redirect(to: SiteRoute.meeting(try MeetingID(meeting.requireID()), .show(notice: .planSaved)).path)
    }

    struct PreparationFields: Content {
        var done: [String]?
    }

    static func savePreparation(_ req: Request) async throws -> Response {
        let context = try await req.changeableMeeting()
        if req.csrfFailed { throw AppError.formExpired }
        let done = (try req.formFields(PreparationFields.self).done ?? []).compactMap(PreparationStep.init)
        try await Meetings.setPreparation(done, on: context.meeting, on: req.db)
        return req.redirect(
            to: SiteRoute.meeting(try MeetingID(context.meeting.requireID()), .show(notice: .preparationSaved)).path
                + "#tasks")
    }

    struct BiasFields: Content {
        var text: String?
    }

    /// Anyone who can see the meeting may keep a private reflection on it; only they read it.
    static func saveBiasCheck(_ req: Request) async throws -> Response {
        let context = try await req.visibleMeeting()
        if req.csrfFailed { throw AppError.formExpired }
        try await Meetings.saveBiasCheck(
            try req.formFields(BiasFields.self).text ?? "", on: context.meeting,
            by: context.staff.user.requireID(), on: req.db)
        return req.redirect(
            to: SiteRoute.meeting(try MeetingID(context.meeting.requireID()), .show(notice: .reflectionSaved)).path
                + "#tasks")
    }
}

extension MeetingPlanForm {
    init(_ meeting: Meeting, timeZone: TimeZone) {
        self.init()
        purpose = meeting.purpose
        requestedBy = meeting.requestedBy.rawValue
        urgency = meeting.urgency.rawValue
        format = meeting.format.rawValue
        videoLink = meeting.videoLink ?? ""
        fallbackPlan = meeting.fallbackPlan ?? ""
        if let start = meeting.startsAt {
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = timeZone
            let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: start)
            date = String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
            startTime = String(format: "%02d:%02d", parts.hour!, parts.minute!)
        }
        lengthMinutes = String(meeting.lengthMinutes)
        groundRules = meeting.groundRules.joined(separator: "\n")
        viewsPlan = meeting.viewsPlan ?? ""
        inclusionNotes = meeting.inclusionNotes ?? ""
        difficultNotes = meeting.difficultNotes ?? ""
    }
}

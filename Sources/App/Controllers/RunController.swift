import Fluent
import RoundtableCore
import RoundtableViews
import Vapor

/// Running a meeting from the facilitator's view. Only the lead (or whoever may change the
/// meeting) runs it; every step is logged and raises the revision the shared screen follows.
enum RunController {
    static func show(_ req: Request) async throws -> Response {
        let context = try await req.changeableMeeting()
        return try await page(
            req, context, refusal: req.query[String.self, at: "error"].flatMap(RunRefusal.init(rawValue:))?.message
        )
        .response(for: req)
    }

    static func page(
        _ req: Request, _ context: MeetingContext, capture: CaptureState = CaptureState(), refusal: String? = nil
    ) async throws -> FacilitatorPage {
        try await FacilitatorPage.read(context, capture: capture, refusal: refusal, on: req.sql)
    }

    static func start(_ req: Request) async throws -> Response {
        let context = try await req.changeableMeeting()
        if req.csrfFailed { throw AppError.formExpired }
        try await MeetingRun.start(
            context.meeting, by: context.staff.user.requireID(), context: req.auditContext, on: req.db,
            now: req.roundtable.now)
        return req.redirect(to: SiteRoute.meeting(try MeetingID(context.meeting.requireID()), .run()).path + "#agenda")
    }

    struct StepFields: Content {
        var action: String?
        var item: UUID?
        var minutes: Int?
    }

    static func step(_ req: Request) async throws -> Response {
        let context = try await req.changeableMeeting()
        if req.csrfFailed { throw AppError.formExpired }
        let meetingID = try context.meeting.requireID()
        let fields = try req.formFields(StepFields.self)
        guard context.meeting.lifecycle.allows(.step) else {
            return req.redirect(
                to: SiteRoute.meeting(MeetingID(meetingID), .run(error: RunRefusal.notRunning.rawValue)).path)
        }
        let step: MeetingRun.Step
        switch (fields.action, fields.item) {
        case ("start", let item?): step = .start(item)
        case ("finish", _): step = .finish
        case ("next", let item?): step = .next(item)
        case ("skip", let item?): step = .skip(item)
        case ("park", let item?): step = .park(item)
        case ("extend", let item?): step = .extend(item, minutes: fields.minutes ?? 5)
        case ("up", let item?): step = .move(item, .up)
        case ("down", let item?): step = .move(item, .down)
        default: throw AppError.badRequest("Choose what to do with the agenda item.")
        }
        do {
            try await MeetingRun.step(
                step, meeting: context.meeting, by: context.staff.user.requireID(), on: req.db, now: req.roundtable.now)
        } catch let refusal as RunRefusal {
            return req.redirect(to: SiteRoute.meeting(MeetingID(meetingID), .run(error: refusal.rawValue)).path)
        }
        // Back to the item now being talked about, so a tablet shows it without scrolling.
        let current = try await AgendaItem.query(on: req.db).filter(\.$meeting.$id == meetingID)
            .filter(\.$runState == .current).first()
        return req.redirect(
            to: SiteRoute.meeting(MeetingID(meetingID), .run()).path
                + (current?.id.map { "#item-\($0.uuidString.prefix(8))" } ?? "#agenda"))
    }

    static func attendance(_ req: Request) async throws -> Response {
        let context = try await req.changeableMeeting()
        if req.csrfFailed { throw AppError.formExpired }
        let fields = try req.formFields([String: String].self)
        var marked: [UUID: Attendance] = [:]
        for (key, value) in fields where key.hasPrefix("presence_") {
            guard let id = UUID(uuidString: String(key.dropFirst("presence_".count))),
                let presence = Presence(rawValue: value)
            else { continue }
            let language = (fields["interpreter_\(id.uuidString)"] ?? "").trimmingCharacters(in: .whitespaces)
            marked[id] = Attendance(
                presence: presence, interpreterLanguage: language.isEmpty ? nil : String(language.prefix(60)))
        }
        try await MeetingRun.saveAttendance(marked, meeting: context.meeting, on: req.db)
        return req.redirect(
            to: SiteRoute.meeting(try MeetingID(context.meeting.requireID()), .run()).path + "#attendance-title")
    }

    static func followUp(_ req: Request) async throws -> Response {
        let context = try await req.changeableMeeting()
        if req.csrfFailed { throw AppError.formExpired }
        let name = context.students.first.map { $0.preferredName ?? $0.legalGivenName } ?? "your child"
        let draft = try await MeetingRun.planFollowUp(
            context.meeting, studentName: name, by: context.staff.user.requireID(), context: req.auditContext,
            on: req.db)
        // Once the meeting is over there is nothing to go back to: open the new draft.
        if context.meeting.lifecycle.isHeld {
            return req.redirect(to: SiteRoute.meeting(try MeetingID(draft.requireID()), .show()).path)
        }
        return req.redirect(
            to: SiteRoute.meeting(try MeetingID(context.meeting.requireID()), .run()).path + "#more-time")
    }
}

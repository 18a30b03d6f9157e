import Fluent
import RoundtableCore
import RoundtableViews
import Vapor

/// Coming for part of the meeting, and someone the family brings (issue 13).
extension MeetingsController {
    struct PartTimeFields: Content {
        var from: String?
        var until: String?
        /// "They come for the whole meeting".
        var whole: String?
    }

    /// The participant named in the address, when they are this meeting's and may be contacted.
    private static func partTimePerson(_ context: MeetingContext, _ req: Request) async throws -> MeetingPeopleRead.Row
    {
        let id = try req.parameters.require(ParticipantID.self).rawValue
        let people = try await MeetingPeopleRead.read(
            try context.meeting.requireID(), for: context.viewer, on: req.sql)
        guard let person = people.first(where: { $0.id == id }), ContactRule.contact(person.contact) == nil else {
            throw AppError.notFound
        }
        return person
    }

    private static func partTimePage(
        _ context: MeetingContext, _ person: MeetingPeopleRead.Row, from: String, until: String
    ) throws -> PartTimePage {
        PartTimePage(
            meetingID: MeetingID(try context.meeting.requireID()), participantID: ParticipantID(person.id),
            personName: person.name, lengthMinutes: context.meeting.lengthMinutes, startsAt: context.meeting.startsAt,
            from: from, until: until)
    }

    static func partTimeForm(_ req: Request) async throws -> Response {
        let context = try await req.plannableMeeting()
        let person = try await partTimePerson(context, req)
        let window = person.window
        return try partTimePage(
            context, person, from: window.map { String($0.from) } ?? "", until: window.map { String($0.until) } ?? ""
        ).response(for: req)
    }

    static func savePartTime(_ req: Request) async throws -> Response {
        let context = try await req.plannableMeeting()
        let person = try await partTimePerson(context, req)
        let fields = try req.reshowableFields(PartTimeFields.self)
        var errors = FieldErrors()
        var window: PartWindow?
        if fields.whole == nil {
            switch PartWindow.check(
                from: fields.from ?? "", until: fields.until ?? "", lengthMinutes: context.meeting.lengthMinutes)
            {
            case .success(let value): window = value
            case .failure(let box): errors = box.errors
            }
        }
        if req.csrfFailed { errors.addExpiredForm() }
        guard errors.isEmpty else {
            var page = try partTimePage(context, person, from: fields.from ?? "", until: fields.until ?? "")
            page.errors = errors
            return page.response(for: req, status: .unprocessableEntity)
        }
        guard
            try await Meetings.setPartTime(
                person.id, window, was: person.window, in: context.meeting, context: req.auditContext, on: req.db)
        else { throw AppError.notFound }
        return req.redirect(
            to: SiteRoute.meeting(try MeetingID(context.meeting.requireID()), .show(notice: .peopleSaved)).path)
    }

    struct GuestFields: Content {
        var name: String?
        var relationship: String?
        var email: String?
        var phone: String?
        var from: String?
        var until: String?
    }

    private static func guestsPage(
        _ context: MeetingContext, form: GuestForm, _ req: Request
    ) async throws
        -> GuestsPage
    {
        let meetingID = try context.meeting.requireID()
        return GuestsPage(
            meetingID: MeetingID(meetingID), studentNames: context.students.map(\.displayName),
            guests: try await Meetings.guests(of: meetingID, on: req.sql), form: form,
            lengthMinutes: context.meeting.lengthMinutes, startsAt: context.meeting.startsAt)
    }

    static func guestsForm(_ req: Request) async throws -> Response {
        let context = try await req.plannableMeeting()
        return try await guestsPage(context, form: GuestForm(), req).response(for: req)
    }

    static func addGuest(_ req: Request) async throws -> Response {
        let context = try await req.plannableMeeting()
        let fields = try req.reshowableFields(GuestFields.self)
        let form = GuestForm(
            name: fields.name ?? "", relationship: fields.relationship ?? "", email: fields.email ?? "",
            phone: fields.phone ?? "", from: fields.from ?? "", until: fields.until ?? "")
        var errors = FieldErrors()
        var checked: GuestForm.Checked?
        switch form.check(lengthMinutes: context.meeting.lengthMinutes) {
        case .success(let value): checked = value
        case .failure(let box): errors = box.errors
        }
        if req.csrfFailed { errors.addExpiredForm() }
        if errors.isEmpty, let checked,
            !(try await Meetings.addGuest(
                checked, to: context.meeting, by: context.staff.user.id, context: req.auditContext, on: req.db))
        {
            errors.add("name", "\(checked.name) is already on the list")
        }
        guard errors.isEmpty else {
            var page = try await guestsPage(context, form: form, req)
            page.errors = errors
            return page.response(for: req, status: .unprocessableEntity)
        }
        return req.redirect(
            to: SiteRoute.meeting(try MeetingID(context.meeting.requireID()), .show(notice: .peopleSaved)).path)
    }

    static func removeGuest(_ req: Request) async throws -> Response {
        let context = try await req.plannableMeeting()
        if req.csrfFailed { throw AppError.formExpired }
        let guestID = try req.parameters.require(GuestID.self).rawValue
        guard
            try await Meetings.removeGuest(guestID, from: context.meeting, context: req.auditContext, on: req.db)
        else { throw AppError.notFound }
        return req.redirect(to: SiteRoute.meeting(try MeetingID(context.meeting.requireID()), .guests).path)
    }
}

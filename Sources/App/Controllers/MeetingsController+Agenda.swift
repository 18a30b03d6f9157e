import Fluent
import RoundtableCore
import RoundtableViews
import Vapor

/// Agenda items and who is coming.
extension MeetingsController {
    struct AgendaFields: Content {
        var title: String?
        var minutes: String?
        var notes: String?
        var action: String?
    }

    static func addAgendaItem(_ req: Request) async throws -> Response {
        let context = try await req.plannableMeeting()
        let fields = try req.reshowableFields(AgendaFields.self)
        let form = AgendaItemForm(title: fields.title ?? "", minutes: fields.minutes ?? "", notes: fields.notes ?? "")
        var errors = FieldErrors()
        var checked: AgendaItemForm.Checked?
        switch form.check() {
        case .success(let value): checked = value
        case .failure(let box): errors = box.errors
        }
        if req.csrfFailed { errors.addExpiredForm() }
        guard errors.isEmpty, let checked else {
            return try await MeetingAgendaPage.read(context, form: form, errors: errors, on: req.sql)
                .response(for: req, status: .unprocessableEntity)
        }
        try await Meetings.addAgendaItem(
            checked, to: context.meeting, proposedBy: "School", context: req.auditContext, on: req.db)
        try await Sharing.announce(
            context.meeting, changes: [.agenda], on: req.db, now: req.roundtable.now)
        return req.redirect(to: SiteRoute.meeting(try MeetingID(context.meeting.requireID()), .agenda).path + "#agenda")
    }

    static func changeAgendaItem(_ req: Request) async throws -> Response {
        let context = try await req.plannableMeeting()
        if req.csrfFailed { throw AppError.formExpired }
        let itemID = try req.parameters.require(AgendaItemID.self).rawValue
        guard let action = try req.formFields(AgendaFields.self).action,
            try await Meetings.changeAgendaItem(
                itemID, action: action, in: context.meeting, context: req.auditContext, on: req.db)
        else { throw AppError.notFound }
        return req.redirect(to: SiteRoute.meeting(try MeetingID(context.meeting.requireID()), .agenda).path + "#agenda")
    }

    struct ParticipantFields: Content {
        var invite: [String]?
        var lead: String?
        /// Someone else from the school, from the list beside the circles.
        var colleague: String?
    }

    static func participantsForm(_ req: Request) async throws -> Response {
        let context = try await req.plannableMeeting()
        return try await MeetingParticipantsPage.read(context, on: req.sql).response(for: req)
    }

    static func saveParticipants(_ req: Request) async throws -> Response {
        let context = try await req.plannableMeeting()
        if req.csrfFailed { throw AppError.formExpired }
        let fields = try req.formFields(ParticipantFields.self)
        let options = try await Meetings.participantOptions(for: context, on: req.sql)
        let keys = Set((fields.invite ?? []) + [fields.colleague].compactMap { $0 }.filter { !$0.isEmpty })
        let lead = fields.lead.flatMap(UUID.init(uuidString:))
        // The lead is one of the staff invited: a lead left unticked comes back to be fixed,
        // rather than the page saying "saved" and quietly leading with nobody.
        if !MeetingLead.isAllowed(lead, invitedStaff: options.invitedStaff(keys)) {
            var page = try await MeetingParticipantsPage.read(context, on: req.sql)
            page.options = page.options.map { option in
                var option = option
                option.invited = keys.contains(option.key)
                return option
            }
            page.leadID = lead.map { StaffID($0) }
            page.colleague = fields.colleague
            page.errors.add("lead", "Tick them as invited too, or choose someone invited to lead the meeting.")
            return page.response(for: req, status: .unprocessableEntity)
        }
        try await Meetings.setParticipants(
            keys, lead: lead, options: options, meeting: context.meeting, context: req.auditContext, on: req.db)
        return req.redirect(
            to: SiteRoute.meeting(try MeetingID(context.meeting.requireID()), .show(notice: .peopleSaved)).path)
    }
}

extension MeetingsController {
    /// "Tell everyone about these changes": the collected notice goes now.
    static func tellChanges(_ req: Request) async throws -> Response {
        let context = try await req.changeableMeeting()
        if req.csrfFailed { throw AppError.formExpired }
        let told = try await Sharing.tellChanges(
            context.meeting, settings: try await req.sharingSettings(context.meeting), on: req.db,
            now: req.roundtable.now)
        if told { req.application.outboxWorker?.wake() }
        return req.redirect(
            to: SiteRoute.meeting(
                try MeetingID(context.meeting.requireID()),
                .show(notice: told ? (req.roundtable.sendsMail ? .changesTold : .changesToldUnsent) : nil)
            ).path
                + "#changes")
    }
}

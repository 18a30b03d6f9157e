import Fluent
import RoundtableCore
import RoundtableViews
import Vapor

/// Changing one agenda item: its words, minutes and place, on a page of its own.
extension MeetingsController {
    struct AgendaItemFields: Content {
        var title: String?
        var minutes: String?
        var notes: String?
        var position: String?
    }

    static func agendaItemForm(_ req: Request) async throws -> Response {
        let context = try await req.plannableMeeting()
        let itemID = try req.parameters.require(AgendaItemID.self)
        guard let page = try await AgendaItemPage.read(context, item: itemID, on: req.sql) else {
            throw AppError.notFound
        }
        return page.response(for: req)
    }

    static func saveAgendaItem(_ req: Request) async throws -> Response {
        let context = try await req.plannableMeeting()
        let itemID = try req.parameters.require(AgendaItemID.self)
        let fields = try req.reshowableFields(AgendaItemFields.self)
        guard var page = try await AgendaItemPage.read(context, item: itemID, on: req.sql) else {
            throw AppError.notFound
        }
        var form = AgendaItemEditForm(
            item: AgendaItemForm(title: fields.title ?? "", minutes: fields.minutes ?? "", notes: fields.notes ?? ""),
            position: fields.position ?? "")
        if page.wordsLocked {
            form.item.title = page.form.item.title
            form.item.notes = page.form.item.notes
        }
        var errors = FieldErrors()
        var checked: AgendaItemEditForm.Checked?
        switch form.check(count: page.otherTitles.count + 1) {
        case .success(let value): checked = value
        case .failure(let box): errors = box.errors
        }
        if req.csrfFailed { errors.addExpiredForm() }
        guard errors.isEmpty, let checked else {
            page.form = form
            page.errors = errors
            return page.response(for: req, status: .unprocessableEntity)
        }
        guard
            try await Meetings.changeAgendaItem(
                itemID.rawValue, to: checked, in: context.meeting, context: req.auditContext, on: req.db)
        else { throw AppError.notFound }
        try await Sharing.announce(context.meeting, changes: [.agenda], on: req.db, now: req.roundtable.now)
        return req.redirect(to: SiteRoute.meeting(try MeetingID(context.meeting.requireID()), .agenda).path + "#agenda")
    }
}

import Fluent
import RoundtableCore
import RoundtableViews
import Vapor

/// Capturing the record while the meeting runs, changing entries (with a reason once it is
/// closed), and reading the record.
enum RecordController {
    static func capture(_ req: Request) async throws -> Response {
        let context = try await req.changeableMeeting()
        let meetingID = try context.meeting.requireID()
        var fields = try req.reshowableFields([String: String].self)
        fields["_csrf"] = nil
        guard let kind = fields["kind"].flatMap(RecordEntryKind.init(rawValue:)), kind != .reflection else {
            throw AppError.badRequest("Choose what to capture.")
        }
        let item = fields["item"].flatMap(UUID.init(uuidString:))
        func value(_ name: String) -> String { fields["\(kind.rawValue)_\(name)"] ?? "" }
        // Typed on a page left open after the meeting closed: nothing is added to a locked
        // record, but nothing typed is lost either.
        if context.meeting.lifecycle.isHeld {
            let typed = fields.filter { $0.key.hasPrefix(kind.rawValue + "_") && $0.key != "\(kind.rawValue)_label" }
                .sorted { $0.key < $1.key }.map(\.value).filter { !$0.isEmpty }.joined(separator: "\n")
            return try await recordPage(req, context, kept: typed).response(for: req, status: .conflict)
        }
        let entry = RecordEntry()
        entry.kind = kind
        var found = FieldErrors()
        var owners: [PersonRef] = []
        let people = try await MeetingPeopleRead.read(meetingID, for: context.viewer, on: req.sql).compactMap { row in
            row.person.map { MeetingPerson(person: $0, name: row.name) }
        }
        let ticked = CaptureState.tickedOwners(kind, in: fields)
        switch kind {
        case .note:
            switch NoteForm(text: value("text"), label: value("label")).check() {
            case .success(let checked): (entry.text, entry.label) = (checked.text, checked.label)
            case .failure(let box): found = box.errors
            }
        case .decision:
            switch DecisionForm(what: value("what"), reason: value("reason"), label: value("label")).check() {
            case .success(let checked):
                (entry.text, entry.reason, entry.label) = (checked.what, checked.reason, checked.label)
            case .failure(let box): found = box.errors
            }
        case .goal:
            var form = GoalForm()
            form.what = value("what")
            form.agreement = value("agreement")
            form.imposedBy = value("imposed_by")
            form.whyImposed = value("why_imposed")
            form.measure = value("measure")
            form.target = value("target")
            form.owners = value("owners")
            form.ownerPeople = ticked
            form.reviewDate = value("review_date")
            form.label = value("label")
            switch form.check(today: req.roundtable.today, people: people) {
            case .success(let checked):
                owners = checked.ownerPeople
                entry.text = checked.what
                entry.agreement = checked.agreement
                entry.imposedBy = checked.imposedBy
                entry.reason = checked.whyImposed
                entry.measure = checked.measure
                entry.target = checked.target
                entry.owners = checked.owners
                entry.date = checked.reviewDate
                entry.label = checked.label
            case .failure(let box): found = box.errors
            }
        case .action:
            var form = ActionForm(
                what: value("what"), ownerKind: value("owner_kind"), ownerName: value("owner_name"), due: value("due"),
                label: value("label"))
            form.ownerPeople = ticked
            switch form.check(today: req.roundtable.today, people: people) {
            case .success(let checked):
                owners = checked.ownerPeople
                entry.text = checked.what
                entry.ownerKind = checked.ownerKind
                entry.owners = checked.ownerName
                entry.date = checked.due
                entry.label = checked.label
            case .failure(let box): found = box.errors
            }
        case .parked:
            let text = Text.clean(value("text"))
            if text.isEmpty { found.add("text", "Write the topic to come back to") }
            if text.count > RecordLimit.parked { found.add("text", "Use \(RecordLimit.parked) characters or fewer") }
            entry.text = text
            entry.label = RecordEntryKind.parked.defaultLabel
        case .reflection:
            throw AppError.badRequest("Choose what to capture.")
        }
        var errors = FieldErrors()
        for problem in found.items { errors.add("\(kind.rawValue)_\(problem.field)", problem.message) }
        if req.csrfFailed {
            errors.add(FieldErrors.expiredField, "This page was open a long time. Check and send it again.")
        }
        guard errors.isEmpty else {
            let capture = CaptureState(kind: kind, values: fields, errors: errors)
            return try await RunController.page(req, context, capture: capture)
                .response(for: req, status: .unprocessableEntity)
        }
        try await MeetingRecord.add(
            entry, to: context.meeting, item: item, owners: owners, by: context.staff.user.requireID(), on: req.db)
        let anchor =
            kind == .parked ? "#parking-title" : item.map { "#item-\($0.uuidString.prefix(8))" } ?? "#whole-meeting"
        return req.redirect(to: SiteRoute.meeting(MeetingID(meetingID), .run()).path + anchor)
    }

    static func change(_ req: Request) async throws -> Response {
        let context = try await req.changeableMeeting()
        if req.csrfFailed { throw AppError.formExpired }
        let meeting = context.meeting
        let meetingID = try meeting.requireID()
        let id = try req.parameters.require(RecordEntryID.self).rawValue
        let entry = try await MeetingRecord.entry(
            id, in: meeting, for: context.viewer, userID: context.staff.user.id, on: req.db)
        var fields = try req.formFields([String: String].self)
        // The record page names each entry's fields apart (`text-1a2b3c4d`), so ids stay unique.
        let suffix = RecordEntryID(id).fieldSuffix
        for name in ["text", "label", "reason", "why", "target", "owners", "date"] where fields[name] == nil {
            fields[name] = fields[name + suffix]
        }
        if fields["remove"] == "1" {
            try await MeetingRecord.remove(entry, in: meeting, on: req.db)
            return req.redirect(to: SiteRoute.meeting(MeetingID(meetingID), .run()).path + "#agenda")
        }
        var errors = FieldErrors()
        let form = RecordEditForm(
            kind: entry.kind, text: fields["text"], label: fields["label"], why: fields["why"],
            target: fields["target"],
            owners: fields["owners"], date: fields["date"])
        var edit: RecordEditForm.Checked?
        switch form.check(
            current: .init(text: entry.text, reason: entry.reason, target: entry.target, owners: entry.owners))
        {
        case .success(let checked): edit = checked
        case .failure(let box):
            for problem in box.errors.items { errors.add(problem.field + suffix, problem.message) }
        }
        var reason: String?
        if meeting.lifecycle.recordNeedsReason {
            switch AmendmentForm(reason: fields["reason"] ?? "").check() {
            case .success(let checked): reason = checked.reason
            case .failure(let box):
                for problem in box.errors.items { errors.add("reason" + suffix, problem.message) }
            }
        }
        if !errors.isEmpty {
            return try await recordPage(
                req, context,
                amending: AmendState(
                    entryID: RecordEntryID(id), text: fields["text"] ?? "", label: fields["label"] ?? "",
                    reason: fields["reason"] ?? "", errors: errors, values: fields)
            ).response(for: req, status: .unprocessableEntity)
        }
        try await MeetingRecord.change(
            entry, in: meeting, reason: reason, by: context.staff.user.requireID(), context: req.auditContext,
            on: req.db, now: req.roundtable.now
        ) { entry in
            guard let edit else { return }
            if let text = edit.text { entry.text = text }
            if let label = edit.label { entry.label = label }
            if let why = edit.why { entry.reason = why }
            if let target = edit.target { entry.target = target }
            if let owners = edit.owners { entry.owners = owners }
            if let date = edit.date { entry.date = date }
        }
        if meeting.lifecycle.isRunning {
            return req.redirect(to: SiteRoute.meeting(MeetingID(meetingID), .run()).path + "#agenda")
        }
        return req.redirect(to: SiteRoute.meeting(MeetingID(meetingID), .record(notice: .recordChanged)).path)
    }

    /// How an action went, said after the meeting: a new line in its history, never an edit.
    /// How a goal or an action from the meeting is going: one address for both, the entry's
    /// kind says which form it is.
    static func actionStatus(_ req: Request) async throws -> Response {
        let context = try await req.changeableMeeting()
        let id = try req.parameters.require(RecordEntryID.self)
        let fields = try req.formFields([String: String].self)
        let entry = try await FollowThroughUpdates.entry(id.rawValue, in: context, on: req.db)
        let suffix = id.fieldSuffix
        func value(_ name: String) -> String { fields[name + suffix] ?? "" }
        let meetingID = MeetingID(try context.meeting.requireID())
        let said = FollowThroughUpdates.Said(
            status: value("status"), note: value("note"), observed: value("observed"),
            nextReview: value("next_review"))
        guard
            let refused = try await FollowThroughUpdates.say(
                said, about: entry, in: context, audit: req.auditContext, now: req.roundtable.now,
                today: req.roundtable.today, on: req.db)
        else {
            let notice: SiteRoute.Notice = entry.kind == .goal ? .goalProgressSaved : .actionStatusSaved
            return req.redirect(to: SiteRoute.meeting(meetingID, .record(notice: notice)).path)
        }
        var draft = FollowThroughDraft(
            entryID: id, status: said.status, note: said.note, observed: said.observed, nextReview: said.nextReview,
            errors: FieldErrors())
        for problem in refused.items { draft.errors.add(problem.field + suffix, problem.message) }
        var page = try await recordPage(req, context)
        page.statusDraft = draft
        return page.response(for: req, status: .unprocessableEntity)
    }

    static func show(_ req: Request) async throws -> Response {
        let context = try await req.visibleMeeting()
        try await AuditLog.record(
            .meetingViewed, on: req.db, context: req.auditContext, schoolID: context.meeting.$school.id,
            subjectType: "meeting", subjectID: context.meeting.id, summary: "Record")
        return try await recordPage(req, context).response(for: req)
    }

    static func recordPage(
        _ req: Request, _ context: MeetingContext, amending: AmendState? = nil, kept: String? = nil
    ) async throws -> RecordPage {
        try await RecordPage.read(context, amending: amending, notice: req.notice, kept: kept, on: req.sql)
    }
}

import Fluent
import Foundation
import RoundtableCore
import RoundtableViews
import SQLKit

/// Running a meeting: starting it, moving through the agenda, who took part, planning a
/// follow-up for what did not fit, and closing it. Each change raises the meeting's run
/// revision, which the shared screen watches.
enum MeetingRun {
    enum Step: Sendable {
        case start(UUID)
        case finish
        /// Done with the current item (named, so a stale page cannot finish another), on to the next.
        case next(UUID)
        case skip(UUID)
        case park(UUID)
        case extend(UUID, minutes: Int)
        case move(UUID, MoveDirection)
    }

    static func agenda(of meeting: Meeting, on db: any Database) async throws -> [AgendaItem] {
        try await AgendaItem.query(on: db).filter(\.$meeting.$id == meeting.requireID()).sort(\.$position).all()
    }

    static func runItems(_ items: [AgendaItem]) -> [RunItem] {
        items.map {
            RunItem(
                id: $0.id!, title: $0.title, plannedMinutes: $0.minutes, extraMinutes: $0.extraMinutes,
                state: $0.runState)
        }
    }

    static func start(
        _ meeting: Meeting, by userID: UUID, context: AuditContext, on db: any Database, now: Date
    ) async throws {
        guard let started = meeting.lifecycle.next(after: .start) else {
            throw AppError.badRequest("Only a shared meeting can start.")
        }
        try await db.transaction { db in
            meeting.state = started
            meeting.startedAt = now
            try await meeting.save(on: db)
            var events: [RunEvent] = []
            let items = try await agenda(of: meeting, on: db)
            if let first = items.first(where: { $0.runState == .waiting }) {
                events = try await apply(.start(first.id!), to: meeting, items: items, on: db, now: now)
            }
            try await log(events, meeting: meeting, by: userID, on: db, now: now)
            try await AuditLog.record(
                .meetingStarted, on: db, context: context, schoolID: meeting.$school.id, subjectType: "meeting",
                subjectID: meeting.id, summary: meeting.type.label)
            try await bump(meeting, on: db)
        }
    }

    /// One step through the agenda, as the facilitator asked. Refusals carry a message for them.
    static func step(
        _ step: Step, meeting: Meeting, by userID: UUID, on db: any Database, now: Date
    ) async throws {
        guard meeting.lifecycle.allows(.step) else { throw AppError.badRequest("The meeting is not running.") }
        try await db.transaction { db in
            let items = try await agenda(of: meeting, on: db)
            let events = try await apply(step, to: meeting, items: items, on: db, now: now)
            try await log(events, meeting: meeting, by: userID, on: db, now: now)
            try await bump(meeting, on: db)
        }
    }

    private static func apply(
        _ step: Step, to meeting: Meeting, items: [AgendaItem], on db: any Database, now: Date
    ) async throws -> [RunEvent] {
        var run = AgendaRun(items: runItems(items))
        var events: [RunEvent]
        switch step {
        case .start(let id): events = try run.start(id)
        case .finish: events = run.finish()
        case .next(let id): events = try run.moveOn(from: id)
        case .skip(let id): events = try run.skip(id)
        case .park(let id): events = try run.parkAndMoveOn(id)
        case .extend(let id, let minutes): events = try run.extend(id, by: minutes)
        case .move(let id, let direction): events = try run.move(id, direction)
        }
        let byID = Dictionary(uniqueKeysWithValues: items.map { ($0.id!, $0) })
        for (position, runItem) in run.items.enumerated() {
            guard let item = byID[runItem.id] else { continue }
            if runItem.state == .current && item.runState != .current { item.startedAt = now }
            item.runState = runItem.state
            item.extraMinutes = runItem.extraMinutes
            item.position = position
            if item.hasChanges { try await item.save(on: db) }
        }
        return events
    }

    private static func log(
        _ events: [RunEvent], meeting: Meeting, by userID: UUID, on db: any Database, now: Date
    ) async throws {
        for event in events {
            let line = MeetingRunEvent()
            line.$meeting.id = try meeting.requireID()
            line.at = now
            line.$by.id = userID
            line.sentence = event.sentence
            try await line.create(on: db)
        }
    }

    /// Raised in the database, not in memory, so two processes never lose each other's change.
    static func bump(_ meeting: Meeting, on db: any Database) async throws {
        guard let sql = db as? any SQLDatabase else { return }
        try await sql.update(Meeting.schema).set(SQLIdentifier("run_revision"), to: SQLRaw("run_revision + 1"))
            .where("id", .equal, try meeting.requireID()).run()
    }

    static func revision(of meetingID: UUID, on db: any Database) async throws -> Int? {
        try await Meeting.query(on: db).filter(\.$id == meetingID).field(\.$id).field(\.$runRevision).first()?
            .runRevision
    }

    static func saveAttendance(
        _ attendance: [UUID: Attendance], meeting: Meeting, on db: any Database
    ) async throws {
        try await db.transaction { db in
            for participant in try await MeetingParticipant.query(on: db).filter(\.$meeting.$id == meeting.requireID())
                .all()
            {
                guard let marked = attendance[participant.id!] else { continue }
                participant.presence = marked.presence
                participant.interpreterUsed = marked.interpreterLanguage
                try await participant.save(on: db)
            }
            try await bump(meeting, on: db)
        }
    }

    /// A draft follow-up with the same people, for the items the meeting did not finish.
    static func planFollowUp(
        _ meeting: Meeting, studentName: String, by userID: UUID, context: AuditContext, on db: any Database
    ) async throws -> Meeting {
        guard meeting.lifecycle.allows(.planFollowUp) else {
            throw AppError.badRequest("A follow-up is planned from a meeting that is running or over.")
        }
        return try await db.transaction { db in
            // Everything not done, in agenda order (skipped and parked items too), then the
            // topics in the parking lot.
            // What closing said was done or dropped stays out; closing itself had the last word.
            let settled = Set(
                try await LooseEnd.query(on: db).filter(\.$meeting.$id == meeting.requireID())
                    .filter(\.$outcome != .nextMeeting).all(\.$refID))
            var unfinished = AgendaRun(items: runItems(try await agenda(of: meeting, on: db))).unfinished
                .filter { !settled.contains($0.id) }
            let parkedTopics = try await RecordEntry.query(on: db).filter(\.$meeting.$id == meeting.requireID())
                .filter(\.$kind == .parked).sort(\.$createdAt).all()
                .filter { !settled.contains($0.id ?? UUID()) }
            // A staff-only topic would reach the family on the follow-up's agenda: it goes to
            // the staff's own planning notes instead, so it is not lost either.
            let parked = parkedTopics.filter { $0.effectiveLabel == .shared }
            let keptAmongStaff = parkedTopics.filter { $0.effectiveLabel == .staffOnly }.map(\.text)
            unfinished += parked.map { RunItem(title: String($0.text.prefix(200)), plannedMinutes: 5) }
            // What this meeting agreed, where it stands: only what the family could read here
            // goes on an agenda the family will read.
            var carried = try await FollowThroughUpdates.carried(from: meeting.requireID(), on: db)
            let draft = try await Meetings.draftSibling(
                of: meeting,
                purpose: FollowUpDraft.purpose(preferredName: studentName, topics: unfinished.map(\.title)),
                lengthMinutes: 15, by: userID, on: db)
            draft.$followUpOf.id = try meeting.requireID()
            try await draft.save(on: db)
            // And what this meeting carried in from earlier ones and is still open (closing
            // may have sent it on): those the draft's people may all read, as the rule says.
            let earlier = try await CarriedRead.lines(
                into: .init(draft), viewer: .familyMember, userID: nil, on: db.sql()
            ).filter { $0.meetingID.rawValue != meeting.id && !$0.status.isSettled }
            carried =
                earlier.map {
                    FollowUpDraft.Carried(kind: $0.kind, text: $0.text, who: $0.owners, status: $0.status.label)
                } + carried
            let agenda = FollowUpDraft.agenda(from: unfinished, carried: carried)
            draft.lengthMinutes = max(15, Int((Double(agenda.map(\.minutes).reduce(0, +)) / 5).rounded(.up)) * 5)
            if !keptAmongStaff.isEmpty {
                let note = FollowUpDraft.staffNotes(keptAmongStaff, before: draft.difficultNotes)
                draft.difficultNotes = note
            }
            try await draft.save(on: db)
            for (position, item) in agenda.enumerated() {
                let row = AgendaItem()
                row.$meeting.id = try draft.requireID()
                row.position = position
                row.title = item.title
                row.minutes = item.minutes
                row.notes = item.notes
                row.proposedBy = "School"
                row.addedAfterShare = false
                row.runState = .waiting
                row.extraMinutes = 0
                try await row.create(on: db)
            }
            try await Meetings.audit(meeting, "Planned a follow-up for unfinished items", context: context, on: db)
            try await AuditLog.record(
                .meetingCreated, on: db, context: context, schoolID: meeting.$school.id, subjectType: "meeting",
                subjectID: draft.id, summary: "Follow-up of a \(meeting.type.label.lowercased())")
            return draft
        }
    }

    /// Someone else closed the meeting a moment ago.
    struct AlreadyClosed: Error {}

    /// Closing locks the record: from now on a change needs a reason and keeps the earlier version.
    static func close(
        _ meeting: Meeting, looseEnds: [LooseEnds.Decided] = [], by userID: UUID, context: AuditContext,
        feedback settings: Sharing.Settings? = nil, on db: any Database, now: Date
    ) async throws {
        guard let closed = meeting.lifecycle.next(after: .close) else {
            throw AppError.badRequest("Only a running meeting can close.")
        }
        try await db.transaction { db in
            // Claimed in one conditional statement, so two presses of Close (two tabs, two
            // devices) close it once: the other is told it is already closed.
            let claimed = try await db.sql().raw(
                """
                UPDATE meetings SET state = \(bind: closed.rawValue), closed_at = \(bind: now)
                WHERE id = \(bind: meeting.requireID()) AND state = \(bind: meeting.state.rawValue) RETURNING id
                """
            ).first()
            guard claimed != nil else { throw AlreadyClosed() }
            // The students' groups as they are now, with the close, so later changes to a
            // record do not rewrite the school's insight figures (issue 15).
            try await GroupSnapshots.record(meetings: [meeting.requireID()], on: db.sql(), now: now)
            let items = try await agenda(of: meeting, on: db)
            if let current = items.first(where: { $0.runState == .current }) {
                let events = try await apply(.finish, to: meeting, items: items, on: db, now: now)
                try await log(events, meeting: meeting, by: userID, on: db, now: now)
                // The item in hand is done only if closing said so: sent on, it was set aside
                // for later; dropped, it was not taken up.
                switch looseEnds.first(where: { $0.item.id == current.id })?.outcome {
                case .nextMeeting?: current.runState = .parked
                case .dropped?: current.runState = .skipped
                case .done?, nil: break
                }
                if current.hasChanges { try await current.save(on: db) }
            }
            meeting.state = closed
            meeting.closedAt = now
            try await meeting.save(on: db)
            try await decide(looseEnds, of: meeting, by: userID, context: context, on: db, now: now)
            try await AuditLog.record(
                .meetingClosed, on: db, context: context, schoolID: meeting.$school.id, subjectType: "meeting",
                subjectID: meeting.id, summary: meeting.type.label)
            try await bump(meeting, on: db)
            // Asked how it felt in the same transaction: closed once, asked once.
            if let settings { try await FeedbackAnswers.invite(meeting, settings: settings, on: db, now: now) }
        }
    }
}

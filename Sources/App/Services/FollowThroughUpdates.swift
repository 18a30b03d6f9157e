import Fluent
import Foundation
import RoundtableCore
import RoundtableViews
import SQLKit

/// How the goals and actions agreed at a meeting are going, said after it: each time a new
/// line (never an edit to the record), and each time the meeting's state follows (Core's
/// `FollowThrough`: followed up once everything is settled, back again if one is reopened).
enum FollowThroughUpdates {
    /// Who said it: a member of staff, or a family member or the student from their link.
    enum Author: Sendable {
        case staff(UUID)
        case participant(UUID)

        /// (`by_id`, `by_participant_id`): exactly one is set.
        var ids: (UUID?, UUID?) {
            switch self {
            case .staff(let id): (id, nil)
            case .participant(let id): (nil, id)
            }
        }
    }

    /// The goal or action, if it is one of this meeting's that the viewer may read ("not
    /// found" otherwise), in a meeting that is over (`MeetingAction.followThrough`).
    static func entry(_ entryID: UUID, in context: MeetingContext, on db: any Database) async throws -> RecordEntry {
        let meeting = context.meeting
        let entry = try await MeetingRecord.entry(
            entryID, in: meeting, for: context.viewer, userID: context.staff.user.id, on: db)
        guard entry.kind == .action || entry.kind == .goal else { throw AppError.notFound }
        guard meeting.lifecycle.allows(.followThrough) else {
            throw AppError.badRequest("How a goal or an action is going is said once the meeting is over.")
        }
        return entry
    }

    /// Where the goal or action stands now (`follow_through_current`).
    static func current(of entryID: UUID, on db: any SQLDatabase) async throws -> String? {
        try await db.select().column("status").from("follow_through_current").where("entry_id", .equal, entryID)
            .first(decoding: [String: String].self)?["status"]
    }

    static func currentAction(of entryID: UUID, on db: any SQLDatabase) async throws -> ActionStatus {
        try await current(of: entryID, on: db).flatMap(ActionStatus.init(rawValue:)) ?? .open
    }

    static func currentGoal(of entryID: UUID, on db: any SQLDatabase) async throws -> GoalStatus {
        try await current(of: entryID, on: db).flatMap(GoalStatus.init(rawValue:)) ?? GoalStatus.initial
    }

    /// What a member of staff says about a goal or an action, as typed.
    struct Said: Sendable {
        var status: String
        var note: String
        var observed: String = ""
        var nextReview: String = ""
    }

    /// Checks what was said against the entry's kind and where it stands (Core's forms), and
    /// records it. Returns the problems instead when there are any; nothing is written then.
    /// `today` is the school's day (`req.roundtable.today`): a next review may not come before it.
    static func say(
        _ said: Said, about entry: RecordEntry, in context: MeetingContext, audit: AuditContext, now: Date,
        today: Date, on db: any Database
    ) async throws -> FieldErrors? {
        try await say(
            said, about: entry, by: context.staff.user.requireID(), schoolID: context.meeting.$school.id, audit: audit,
            now: now, today: today, on: db)
    }

    /// As above, for a goal or action of another meeting (one carried into a follow-up).
    static func say(
        _ said: Said, about entry: RecordEntry, by userID: UUID, schoolID: UUID, audit: AuditContext, now: Date,
        today: Date, on db: any Database
    ) async throws -> FieldErrors? {
        let id = try entry.requireID()
        let author = Author.staff(userID)
        if entry.kind == .goal {
            let form = GoalProgressForm(
                status: said.status, note: said.note, observed: said.observed, nextReview: said.nextReview)
            switch form.check(current: try await currentGoal(of: id, on: db.sql()), today: today) {
            case .success(let checked):
                try await record(checked, for: entry, by: author, schoolID: schoolID, audit: audit, now: now, on: db)
                return nil
            case .failure(let box): return box.errors
            }
        }
        let form = ActionStatusForm(status: said.status, note: said.note)
        switch form.check(current: try await currentAction(of: id, on: db.sql())) {
        case .success(let checked):
            try await record(checked, for: entry, by: author, schoolID: schoolID, audit: audit, now: now, on: db)
            return nil
        case .failure(let box): return box.errors
        }
    }

    /// Adds a line to the action's history, audits it, and moves the meeting on if need be.
    /// Returns false, writing nothing, when the line would say nothing new (`add`).
    @discardableResult
    static func record(
        _ checked: ActionStatusForm.Checked, for entry: RecordEntry, by author: Author, schoolID: UUID,
        audit: AuditContext, now: Date, on db: any Database, tellLead settings: Sharing.Settings? = nil
    ) async throws -> Bool {
        let update = ActionStatusUpdate()
        update.$entry.id = try entry.requireID()
        update.status = checked.status
        update.note = checked.note
        update.at = now
        (update.$by.id, update.$byParticipant.id) = author.ids
        return try await add(
            update, .actionStatusRecorded, checked.status.label, about: entry,
            moves: (
                to: checked.status.rawValue, initial: ActionStatus.open.rawValue,
                saysMore: !(checked.note ?? "").isEmpty
            ),
            by: author, schoolID: schoolID, audit: audit, now: now, on: db, tellLead: settings)
    }

    /// Adds a line to the goal's history, audits it, and moves the meeting on if need be.
    /// Returns false, writing nothing, when the line would say nothing new (`add`).
    @discardableResult
    static func record(
        _ checked: GoalProgressForm.Checked, for entry: RecordEntry, by author: Author, schoolID: UUID,
        audit: AuditContext, now: Date, on db: any Database, tellLead settings: Sharing.Settings? = nil
    ) async throws -> Bool {
        let update = GoalProgressUpdate()
        update.$entry.id = try entry.requireID()
        update.status = checked.status
        update.note = checked.note
        update.observed = checked.observed
        update.nextReview = checked.nextReview
        update.at = now
        (update.$by.id, update.$byParticipant.id) = author.ids
        let saysMore = !(checked.note ?? "").isEmpty || !(checked.observed ?? "").isEmpty || checked.nextReview != nil
        return try await add(
            update, .goalProgressRecorded, checked.status.label, about: entry,
            moves: (to: checked.status.rawValue, initial: GoalStatus.initial.rawValue, saysMore: saysMore),
            by: author, schoolID: schoolID, audit: audit, now: now, on: db, tellLead: settings)
    }

    /// One transaction for either kind of line: the line, its audit entry, the meeting's state,
    /// and (when a participant said it) the lead's email. It starts with one conditional
    /// statement on the entry's stored status (`StoreFollowThroughState`): a line that moves
    /// nothing and says nothing more (the same button pressed twice at once) matches no row and
    /// writes nothing, and the row it locks makes a second writer wait for the first and read
    /// what it wrote. (The line's trigger then works the stored status out from the lines.)
    private static func add(
        _ line: some Model, _ action: AuditAction, _ summary: String, about entry: RecordEntry,
        moves: (to: String, initial: String, saysMore: Bool), by author: Author, schoolID: UUID,
        audit: AuditContext, now: Date, on db: any Database, tellLead settings: Sharing.Settings?
    ) async throws -> Bool {
        let entryID = try entry.requireID()
        return try await db.transaction { db in
            let unlessSame: SQLQueryString =
                moves.saysMore ? "" : " AND COALESCE(current_status, \(bind: moves.initial)) <> \(bind: moves.to)"
            let moved = try await db.sql().raw(
                "UPDATE record_entries SET current_status = \(bind: moves.to) WHERE id = \(bind: entryID)\(unlessSame) RETURNING id"
            ).first()
            guard moved != nil else { return false }
            // The same words pressed twice (a re-tap on a slow connection, a second device):
            // the entry's row is locked by the update above, so the last line read here is the
            // other press's, and an identical line adds nothing.
            if moves.saysMore, try await repeatsLast(line, entryID: entryID, on: db) { return false }
            try await line.create(on: db)
            try await AuditLog.record(
                action, on: db, context: audit, schoolID: schoolID, subjectType: "meeting",
                subjectID: entry.$meeting.id, summary: summary)
            try await settle(entry.$meeting.id, on: db)
            if case .participant = author, let settings { try await tellLead(entry.$meeting.id, settings, now, on: db) }
            return true
        }
    }

    /// A family member or the student said something: the lead hears of it by email, neutrally
    /// (no names, no words of theirs), with where to read it once signed in.
    private static func tellLead(
        _ meetingID: UUID, _ settings: Sharing.Settings, _ now: Date, on db: any Database
    )
        async throws
    {
        guard let meeting = try await Meeting.find(meetingID, on: db), let lead = try await meeting.$lead.get(on: db),
            let recipient = Recipient.staff(lead)
        else { return }
        let message = OutboxMessage(
            school: meeting.$school.id, meeting: meetingID, to: recipient,
            subject: "A participant said how a goal or action is going",
            body:
                "Dear \(lead.name),\n\nA participant in a meeting you lead has said how one of its goals or actions is going. "
                + "Read it once you sign in:\n\n\(settings.url(.meeting(MeetingID(meetingID), .record())))"
                + "\n\n\(settings.schoolName)",
            now: now)
        try await message.create(on: db)
    }

    /// Puts the meeting in the state its goals and actions call for. The move is one
    /// conditional statement on the state read, so two updates at once cannot undo each other.
    static func settle(_ meetingID: UUID, on db: any Database) async throws {
        let sql = try db.sql()
        struct Row: Decodable {
            var kind: String
            var status: String
        }
        let rows = try await sql.select().columns("kind", "status").from("follow_through_current")
            .where("meeting_id", .equal, meetingID).all(decoding: Row.self)
        let settled = FollowThrough.isSettled(
            goals: rows.filter { $0.kind == RecordEntryKind.goal.rawValue }.compactMap {
                GoalStatus(rawValue: $0.status)
            },
            actions: rows.filter { $0.kind == RecordEntryKind.action.rawValue }.compactMap {
                ActionStatus(rawValue: $0.status)
            })
        guard let meeting = try await Meeting.find(meetingID, on: db),
            let next = FollowThrough.state(
                of: meeting.lifecycle, settled: settled, recordShared: meeting.recordSharedAt != nil)
        else { return }
        try await sql.update(Meeting.schema).set("state", to: next.rawValue)
            .where("id", .equal, meetingID).where("state", .equal, meeting.state.rawValue).run()
    }

    /// Where each of these entries stands (goals and actions only) and who owns it: two queries.
    static func statuses(
        of entryIDs: [UUID], on db: any SQLDatabase
    ) async throws -> (
        status: [UUID: String], owners: [UUID: [PersonRef]]
    ) {
        guard !entryIDs.isEmpty else { return ([:], [:]) }
        let ids: [any Encodable & Sendable] = entryIDs
        struct StatusRow: Decodable {
            var entry_id: UUID
            var status: String
        }
        struct OwnerRow: Decodable, PersonColumns {
            var entry_id: UUID
            var kind: ParticipantKind
            var user_id: UUID?
            var family_member_id: UUID?
            var student_id: UUID?
            var agency_contact_id: UUID?
        }
        let statuses = try await db.raw(
            "SELECT entry_id, status FROM follow_through_current WHERE entry_id IN (\(binds: ids))"
        ).all(decoding: StatusRow.self)
        let owners = try await db.raw(
            """
            SELECT entry_id, kind, user_id, family_member_id, student_id, agency_contact_id
            FROM record_entry_owners WHERE entry_id IN (\(binds: ids)) ORDER BY id
            """
        ).all(decoding: OwnerRow.self)
        var byEntry: [UUID: [PersonRef]] = [:]
        for row in owners {
            guard let person = row.person else { continue }
            byEntry[row.entry_id, default: []].append(person)
        }
        return (Dictionary(statuses.map { ($0.entry_id, $0.status) }, uniquingKeysWith: { a, _ in a }), byEntry)
    }

    /// This meeting's shared goals and actions, where each stands, for a follow-up's opening.
    static func carried(from meetingID: UUID, on db: any Database) async throws -> [FollowUpDraft.Carried] {
        struct Row: Decodable {
            var kind: RecordEntryKind
            var label: RecordLabel
            var text: String
            var owners: String?
            var status: String
        }
        let rows = try await db.sql().raw(
            """
            SELECT c.kind, c.label, c.text, e.owners, c.status
            FROM follow_through_current c JOIN record_entries e ON e.id = c.entry_id
            WHERE c.meeting_id = \(bind: meetingID) ORDER BY e.kind DESC, e.created_at, e.id
            """
        ).all(decoding: Row.self)
        return rows.filter { $0.kind.effectiveLabel($0.label) == .shared }.map { row in
            let status =
                row.kind == .goal
                ? GoalStatus(rawValue: row.status)?.label : ActionStatus(rawValue: row.status)?.label
            return FollowUpDraft.Carried(kind: row.kind, text: row.text, who: row.owners, status: status ?? row.status)
        }
    }

    /// One line said about a goal or an action, with who said it.
    struct Line: Decodable, Sendable {
        var entry_id: UUID
        var status: String
        var note: String?
        var observed: String?
        var next_review: Date?
        var by_name: String?
        var at: Date
        /// Said from a family member's or the student's link.
        var by_participant_id: UUID?
    }

    /// Every line said about these goals and actions, oldest first: one query for both kinds.
    static func lines(of entryIDs: [UUID], on db: any SQLDatabase) async throws -> [Line] {
        guard !entryIDs.isEmpty else { return [] }
        let ids: [any Encodable & Sendable] = entryIDs
        return try await db.raw(
            """
            SELECT x.entry_id, x.status, x.note, x.observed, x.next_review, x.at, x.by_participant_id,
                COALESCE(u.name, f.given_name || ' ' || f.family_name,
                    COALESCE(s.preferred_name, s.legal_given_name) || ' ' || s.legal_family_name) AS by_name
            FROM (
                SELECT a.id, a.entry_id, a.status, a.note, NULL AS observed, NULL AS next_review, a.by_id,
                    a.by_participant_id, a.at
                FROM action_status_updates a WHERE a.entry_id IN (\(binds: ids))
                UNION ALL
                SELECT g.id, g.entry_id, g.status, g.note, g.observed, g.next_review, g.by_id, g.by_participant_id, g.at
                FROM goal_progress_updates g WHERE g.entry_id IN (\(binds: ids))
            ) x
            LEFT JOIN users u ON u.id = x.by_id
            LEFT JOIN meeting_participants p ON p.id = x.by_participant_id
            LEFT JOIN family_members f ON f.id = p.family_member_id
            LEFT JOIN students s ON s.id = p.student_id
            ORDER BY x.at, x.id
            """
        ).all(decoding: Line.self)
    }
}

extension FollowThroughUpdates {
    /// The lead shares a line carried in from a meeting with other people (Core's `CarriedIn`).
    /// Sharing twice is sharing once.
    static func share(
        _ entryID: UUID, with meeting: Meeting, by userID: UUID, audit: AuditContext, now: Date, on db: any Database
    ) async throws {
        let meetingID = try meeting.requireID()
        try await db.transaction { db in
            let inserted = try await db.sql().raw(
                """
                INSERT INTO carried_shares (id, meeting_id, entry_id, by_id, at)
                VALUES (\(bind: UUID()), \(bind: meetingID), \(bind: entryID), \(bind: userID), \(bind: now))
                ON CONFLICT (meeting_id, entry_id) DO NOTHING RETURNING id
                """
            ).all()
            guard !inserted.isEmpty else { return }
            try await AuditLog.record(
                .carriedShared, on: db, context: audit, schoolID: meeting.$school.id, subjectType: "meeting",
                subjectID: meetingID, summary: "Shared with this meeting")
        }
    }
}

extension FollowThroughUpdates {
    /// Whether the entry's last line says exactly this: same person, status and words.
    static func repeatsLast(_ line: any Model, entryID: UUID, on db: any Database) async throws -> Bool {
        let this: LastLine
        let table: String
        if let action = line as? ActionStatusUpdate {
            table = ActionStatusUpdate.schema
            this = LastLine(
                status: action.status.rawValue, note: action.note, by_id: action.$by.id,
                by_participant_id: action.$byParticipant.id)
        } else if let goal = line as? GoalProgressUpdate {
            table = GoalProgressUpdate.schema
            this = LastLine(
                status: goal.status.rawValue, note: goal.note, observed: goal.observed, next_review: goal.nextReview,
                by_id: goal.$by.id, by_participant_id: goal.$byParticipant.id)
        } else {
            return false
        }
        let extra: SQLQueryString = table == GoalProgressUpdate.schema ? ", observed, next_review" : ""
        let last = try await db.sql().raw(
            """
            SELECT status, note, by_id, by_participant_id\(extra) FROM \(ident: table)
            WHERE entry_id = \(bind: entryID) ORDER BY at DESC, id DESC LIMIT 1
            """
        ).first(decoding: LastLine.self)
        return last == this
    }
}

/// The parts of a line that make it the same line (`repeatsLast`).
private struct LastLine: Decodable, Equatable {
    var status: String
    var note: String?
    var observed: String?
    var next_review: Date?
    var by_id: UUID?
    var by_participant_id: UUID?

    init(
        status: String, note: String?, observed: String? = nil, next_review: Date? = nil, by_id: UUID?,
        by_participant_id: UUID?
    ) {
        self.status = status
        self.note = note
        self.observed = observed
        self.next_review = next_review
        self.by_id = by_id
        self.by_participant_id = by_participant_id
    }
}

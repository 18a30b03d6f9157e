import Foundation
import RoundtableCore
import RoundtableViews
import SQLKit
import Tagged

/// The reads the meeting-running pages share, decoded straight into their view models. The
/// parts of a meeting's run (agenda, record, log, follow-ups, history, students) come back
/// from one `UNION ALL` over one row shape; each part uses an index on its meeting id.
enum RunRead {
    struct Parts: OptionSet, Sendable {
        let rawValue: Int
        static let items = Parts(rawValue: 1)
        static let entries = Parts(rawValue: 2)
        static let events = Parts(rawValue: 4)
        static let followUps = Parts(rawValue: 8)
        static let revisions = Parts(rawValue: 16)
        static let students = Parts(rawValue: 32)
    }

    struct Run: Sendable {
        var items: [AgendaLine] = []
        /// Only those `RecordVisibility` lets the viewer read, oldest first.
        var entries: [RecordLine] = []
        var events: [FacilitatorPage.Event] = []
        var followUps: [FacilitatorPage.FollowUp] = []
        /// Earlier versions of the entries above (and of no others), oldest first.
        var history: [RecordEntryID: [RecordPage.Revision]] = [:]
        /// The students' first names (preferred, else legal given name).
        var studentFirstNames: [String] = []
    }

    /// One row of any part; which columns mean what depends on `src`.
    private struct Row: Decodable {
        var src: String
        var id: UUID
        var ref_id: UUID?
        var kind: RecordEntryKind?
        var label: RecordLabel?
        var author_id: UUID?
        var body: String?
        var reason: String?
        var agreement: GoalAgreement?
        var imposed_by: String?
        var target: String?
        var owners: String?
        var owner_kind: ActionOwnerKind?
        var day: Date?
        var at: Date?
        var position: Int?
        var minutes: Int?
        var extra_minutes: Int?
        var proposed_by: String?
        var run_state: AgendaItemRunState?
    }

    /// Every branch names every column; the missing ones are typed NULLs, so PostgreSQL can
    /// match the branches' types (SQLite ignores the casts).
    private static let columns: [(name: String, type: String)] = [
        ("src", "TEXT"), ("id", "UUID"), ("ref_id", "UUID"), ("kind", "TEXT"), ("label", "TEXT"),
        ("author_id", "UUID"), ("body", "TEXT"), ("reason", "TEXT"), ("agreement", "TEXT"), ("imposed_by", "TEXT"),
        ("target", "TEXT"), ("owners", "TEXT"), ("owner_kind", "TEXT"), ("day", "TIMESTAMPTZ"),
        ("at", "TIMESTAMPTZ"), ("position", "BIGINT"), ("minutes", "BIGINT"), ("extra_minutes", "BIGINT"),
        ("proposed_by", "TEXT"), ("run_state", "TEXT"),
    ]

    private static func branch(_ values: [String: String], _ from: SQLQueryString) -> SQLQueryString {
        let list = columns.map { column in
            "\(values[column.name] ?? "CAST(NULL AS \(column.type))") AS \"\(column.name)\""
        }.joined(separator: ", ")
        return "SELECT \(unsafeRaw: list) " + from
    }

    /// The parts asked for, in one query. Entries are filtered for `viewer` by
    /// `RecordVisibility`, exactly as every read of the record is.
    static func run(
        of meetingID: UUID, parts: Parts, viewer: RecordViewer, userID: UUID?, on db: any SQLDatabase
    ) async throws -> Run {
        var branches: [SQLQueryString] = []
        if parts.contains(.items) {
            branches.append(
                branch(
                    [
                        "src": "'item'", "id": "a.id", "body": "a.title", "at": "a.started_at",
                        "position": "a.position", "minutes": "a.minutes", "extra_minutes": "a.extra_minutes",
                        "proposed_by": "a.proposed_by", "run_state": "a.run_state",
                    ], "FROM agenda_items a WHERE a.meeting_id = \(bind: meetingID)"))
        }
        if parts.contains(.entries) || parts.contains(.revisions) {
            branches.append(
                branch(
                    [
                        "src": "'entry'", "id": "e.id", "ref_id": "e.agenda_item_id", "kind": "e.kind",
                        "label": "e.label", "author_id": "e.author_id", "body": "e.text", "reason": "e.reason",
                        "agreement": "e.agreement", "imposed_by": "e.imposed_by", "target": "e.target",
                        "owners": "e.owners", "owner_kind": "e.owner_kind", "day": "e.date", "at": "e.created_at",
                    ], "FROM record_entries e WHERE e.meeting_id = \(bind: meetingID)"))
        }
        if parts.contains(.events) {
            branches.append(
                branch(
                    ["src": "'event'", "id": "v.id", "body": "v.sentence", "at": "v.at"],
                    "FROM (SELECT id, sentence, \"at\" FROM meeting_run_events WHERE meeting_id = \(bind: meetingID) ORDER BY \"at\" DESC LIMIT 30) v"
                ))
        }
        if parts.contains(.followUps) {
            branches.append(
                branch(
                    ["src": "'follow'", "id": "f.id", "body": "f.purpose", "at": "f.created_at"],
                    "FROM meetings f WHERE f.follow_up_of_id = \(bind: meetingID)"))
        }
        if parts.contains(.revisions) {
            branches.append(
                branch(
                    [
                        "src": "'revision'", "id": "r.id", "ref_id": "r.entry_id", "body": "r.before",
                        "reason": "r.reason", "owners": "u.name", "at": "r.changed_at",
                    ],
                    "FROM record_revisions r JOIN record_entries re ON re.id = r.entry_id "
                        + "LEFT JOIN users u ON u.id = r.changed_by_id WHERE re.meeting_id = \(bind: meetingID)"))
        }
        if parts.contains(.students) {
            branches.append(
                branch(
                    ["src": "'student'", "id": "s.id", "body": "COALESCE(s.preferred_name, s.legal_given_name)"],
                    "FROM meeting_students ms JOIN students s ON s.id = ms.student_id WHERE ms.meeting_id = \(bind: meetingID)"
                ))
        }
        guard !branches.isEmpty else { return Run() }
        let query = branches.joined(separator: " UNION ALL ") + " ORDER BY \"at\""
        let rows = try await db.raw(query).all(decoding: Row.self)

        var run = Run()
        var visible = Set<UUID>()
        var revisions: [(UUID, RecordPage.Revision)] = []
        var items: [(position: Int, line: AgendaLine)] = []
        for row in rows {
            switch row.src {
            case "item":
                items.append(
                    (
                        row.position ?? 0,
                        AgendaLine(
                            id: AgendaItemID(row.id), title: row.body ?? "", minutes: row.minutes ?? 0,
                            extraMinutes: row.extra_minutes ?? 0, proposedBy: row.proposed_by ?? "",
                            runState: row.run_state ?? .waiting, startedAt: row.at)
                    ))
            case "entry":
                guard let kind = row.kind, let label = row.label,
                    RecordVisibility.canSee(
                        viewer, kind: kind, label: label, isAuthor: userID != nil && row.author_id == userID)
                else { continue }
                visible.insert(row.id)
                guard parts.contains(.entries) else { continue }
                run.entries.append(
                    RecordLine(
                        id: RecordEntryID(row.id), itemID: row.ref_id.map { AgendaItemID($0) }, kind: kind,
                        label: label, text: row.body ?? "", reason: row.reason, agreement: row.agreement,
                        imposedBy: row.imposed_by, target: row.target, owners: row.owners, ownerKind: row.owner_kind,
                        date: row.day))
            case "event":
                run.events.append(FacilitatorPage.Event(at: row.at ?? Date.distantPast, sentence: row.body ?? ""))
            case "follow":
                run.followUps.append(FacilitatorPage.FollowUp(id: MeetingID(row.id), purpose: row.body ?? ""))
            case "revision":
                guard let entryID = row.ref_id, let at = row.at else { continue }
                revisions.append(
                    (
                        entryID,
                        RecordPage.Revision(
                            changedAt: at, changedBy: row.owners, reason: row.reason ?? "", before: row.body ?? "")
                    ))
            case "student":
                run.studentFirstNames.append(row.body ?? "")
            default:
                continue
            }
        }
        // Swift's sort is stable: items with the same position stay as read.
        run.items = items.sorted { $0.position < $1.position }.map(\.line)
        run.events.reverse()
        // Only the history of entries this viewer may read.
        for (entryID, revision) in revisions where visible.contains(entryID) {
            run.history[RecordEntryID(entryID), default: []].append(revision)
        }
        return run
    }
}

extension RunRead {
    /// Everyone taking part (`MeetingPeopleRead`, one query), with their words before the
    /// meeting for a viewer who may read them.
    static func people(
        of meetingID: UUID, for viewer: RecordViewer, on db: any SQLDatabase
    ) async throws
        -> [RunPerson]
    {
        try await MeetingPeopleRead.read(meetingID, for: viewer, on: db).map { row in
            var person = RunPerson(
                id: ParticipantID(row.id), kind: row.kind, name: row.name, role: row.role, person: row.person,
                presence: row.presence,
                interpreterUsed: row.interpreter_used,
                voice: row.hasWords
                    ? ParticipantWords(
                        goingWell: row.going_well, worries: row.worries, hopes: row.hopes, talkAbout: row.talk_about,
                        knowBeforehand: row.know_beforehand, face: row.face) : nil)
            person.window = row.window
            return person
        }
    }
}

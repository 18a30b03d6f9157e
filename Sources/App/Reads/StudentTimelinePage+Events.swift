import Foundation
import RoundtableCore
import RoundtableViews
import SQLKit

extension StudentTimelinePage {
    /// One row of the timeline's `UNION ALL`: every branch gives the same columns, `NULL`s
    /// cast so both engines agree on each column's type.
    struct EventRow: Decodable {
        var ev: String
        var at: Date?
        var id: UUID
        var meetingId: UUID?
        var entryKind: RecordEntryKind?
        var label: RecordLabel?
        var authorId: UUID?
        /// The main text: an entry's words, a goal or action's text, a person's name.
        var t1: String?
        /// Someone's note, comment or request.
        var t2: String?
        /// A value seen, a goal's target, an action's owners in words.
        var t3: String?
        var status: String?
        var due: Date?
        var byName: String?
        /// 1 when a participant wrote it from their link, so their words go only where theirs go.
        var byParticipant: Int
    }

    /// The timeline's one statement, built from who reads which meeting.
    struct EventQuery {
        var student: UUID
        var userID: UUID
        var meetings: [UUID: MeetingFacts]
        var person: RecordViewer
        var wanted: Set<TimelineKind>

        /// A participant who wrote something from their link, by name.
        static let participantName: SQLQueryString = """
            COALESCE(bf.given_name || ' ' || bf.family_name,
                COALESCE(bs.preferred_name, bs.legal_given_name) || ' ' || bs.legal_family_name, ba.name, bpu.name)
            """
        static let participantJoins: SQLQueryString = """
            LEFT JOIN family_members bf ON bf.id = bp.family_member_id
            LEFT JOIN students bs ON bs.id = bp.student_id
            LEFT JOIN agency_contacts ba ON ba.id = bp.agency_contact_id
            LEFT JOIN users bpu ON bpu.id = bp.user_id
            """

        /// The meetings whose viewer may see this kind of event.
        func meetingIDs(seeing kind: TimelineKind) -> [UUID] {
            meetings.filter { TimelineVisibility.canSee($0.value.viewer, kind) }.map(\.key)
        }

        /// Entries of `kind` in meetings whose viewer sees them, under the labels that viewer
        /// reads (and private ones only to their author): one clause per kind of viewer.
        func entryCondition(_ kind: TimelineKind, entryKind: RecordEntryKind) -> SQLQueryString? {
            let byViewer = Dictionary(grouping: meetingIDs(seeing: kind)) { meetings[$0]?.viewer ?? person }
            var clauses: [SQLQueryString] = []
            for (viewer, mine) in byViewer {
                let others = RecordLabel.allCases.filter {
                    RecordVisibility.canSee(viewer, kind: entryKind, label: $0, isAuthor: false)
                }.map(\.rawValue)
                let authors = RecordLabel.allCases.filter {
                    RecordVisibility.canSee(viewer, kind: entryKind, label: $0, isAuthor: true)
                }.map(\.rawValue)
                var readable: [SQLQueryString] = []
                if !others.isEmpty { readable.append("e.label IN (\(binds: others))") }
                if !authors.isEmpty {
                    readable.append("(e.author_id = \(bind: userID) AND e.label IN (\(binds: authors)))")
                }
                guard !readable.isEmpty else { continue }
                clauses.append("(e.meeting_id IN (\(binds: mine)) AND (\(readable.joined(separator: " OR "))))")
            }
            guard !clauses.isEmpty else { return nil }
            return "(e.kind = \(bind: entryKind.rawValue) AND (\(clauses.joined(separator: " OR "))))"
        }

        func branches() -> [SQLQueryString] {
            var parts: [SQLQueryString] = []
            let none: SQLQueryString =
                "CAST(NULL AS TEXT) AS entry_kind, CAST(NULL AS TEXT) AS label, CAST(NULL AS UUID) AS author_id"
            if wanted.contains(.meetings), case let ids = meetingIDs(seeing: .meetings), !ids.isEmpty {
                parts.append(
                    """
                    SELECT 'meeting' AS ev, COALESCE(m.started_at, m.starts_at, m.created_at) AS at, m.id,
                        m.id AS meeting_id, \(none), CAST(NULL AS TEXT) AS t1, CAST(NULL AS TEXT) AS t2,
                        CAST(NULL AS TEXT) AS t3, m.state AS status, CAST(NULL AS TIMESTAMPTZ) AS due,
                        CAST(NULL AS TEXT) AS by_name, 0 AS by_participant
                    FROM meetings m WHERE m.id IN (\(binds: ids))
                    """)
            }
            let entryKinds: [(TimelineKind, RecordEntryKind)] = [
                (.decisions, .decision), (.goals, .goal), (.actions, .action),
            ]
            let entries = entryKinds.filter { wanted.contains($0.0) }.compactMap {
                entryCondition($0.0, entryKind: $0.1)
            }
            if !entries.isEmpty {
                parts.append(
                    """
                    SELECT 'entry' AS ev, e.created_at AS at, e.id, e.meeting_id, e.kind AS entry_kind, e.label,
                        e.author_id, e.text AS t1, CAST(NULL AS TEXT) AS t2,
                        CASE WHEN e.kind = \(bind: RecordEntryKind.goal.rawValue) THEN e.target ELSE e.owners END AS t3,
                        CAST(NULL AS TEXT) AS status, e.date AS due, CAST(NULL AS TEXT) AS by_name, 0 AS by_participant
                    FROM record_entries e WHERE \(entries.joined(separator: " OR "))
                    """)
            }
            for (kind, table, observed, due) in [
                (TimelineKind.goals, "goal_progress_updates", "l.observed", "l.next_review"),
                (.actions, "action_status_updates", "CAST(NULL AS TEXT)", "CAST(NULL AS TIMESTAMPTZ)"),
            ] where wanted.contains(kind) {
                guard let condition = entryCondition(kind, entryKind: kind == .goals ? .goal : .action) else {
                    continue
                }
                parts.append(
                    """
                    SELECT \(literal: kind == .goals ? "goal_line" : "action_line") AS ev, l.at, l.id, e.meeting_id,
                        e.kind AS entry_kind, e.label, e.author_id, e.text AS t1, l.note AS t2,
                        \(unsafeRaw: observed) AS t3, l.status, \(unsafeRaw: due) AS due,
                        COALESCE(bu.name, \(Self.participantName)) AS by_name,
                        CASE WHEN l.by_participant_id IS NULL THEN 0 ELSE 1 END AS by_participant
                    FROM \(ident: table) l JOIN record_entries e ON e.id = l.entry_id
                    LEFT JOIN users bu ON bu.id = l.by_id
                    LEFT JOIN meeting_participants bp ON bp.id = l.by_participant_id
                    \(Self.participantJoins)
                    WHERE \(condition)
                    """)
            }
            // A request may come from a link to a brother's or sister's meeting: it is read as
            // that meeting's viewer when it is one of this student's, else as the person.
            if wanted.contains(.requests) {
                parts.append(
                    """
                    SELECT 'request' AS ev, r.created_at AS at, r.id, bp.meeting_id, \(none),
                        bf.given_name || ' ' || bf.family_name AS t1, r.topic AS t2, CAST(NULL AS TEXT) AS t3,
                        r.urgency AS status, CAST(NULL AS TIMESTAMPTZ) AS due, CAST(NULL AS TEXT) AS by_name,
                        1 AS by_participant
                    FROM meeting_requests r
                    JOIN meeting_participants bp ON bp.id = r.participant_id
                    JOIN family_members bf ON bf.id = r.family_member_id
                    WHERE r.student_id = \(bind: student)
                    """)
            }
            if wanted.contains(.summaries), case let ids = meetingIDs(seeing: .summaries), !ids.isEmpty {
                parts.append(
                    """
                    SELECT 'summary' AS ev, sr.created_at AS at, sr.id, sr.meeting_id, \(none),
                        \(Self.participantName) AS t1, sr.text AS t2, CAST(NULL AS TEXT) AS t3, sr.kind AS status,
                        CAST(NULL AS TIMESTAMPTZ) AS due, CAST(NULL AS TEXT) AS by_name, 1 AS by_participant
                    FROM summary_responses sr
                    JOIN meeting_participants bp ON bp.id = sr.participant_id
                    \(Self.participantJoins)
                    WHERE sr.meeting_id IN (\(binds: ids))
                    """)
            }
            // Restrictions live in the audit log, one line per change, saying set, changed or lifted.
            if wanted.contains(.restrictions), TimelineVisibility.canSee(person, .restrictions) {
                parts.append(
                    """
                    SELECT 'restriction' AS ev, a.occurred_at AS at, a.id, CAST(NULL AS UUID) AS meeting_id, \(none),
                        fm.given_name || ' ' || fm.family_name AS t1, CAST(NULL AS TEXT) AS t2,
                        CAST(NULL AS TEXT) AS t3,
                        CASE WHEN a.summary LIKE '%: restriction lifted%' THEN 'lifted'
                            WHEN a.summary LIKE '%: restriction changed%' THEN 'changed' ELSE 'set' END AS status,
                        CAST(NULL AS TIMESTAMPTZ) AS due, CAST(NULL AS TEXT) AS by_name, 0 AS by_participant
                    FROM audit_events a JOIN family_members fm ON fm.id = a.subject_id
                    WHERE a.action = \(bind: AuditAction.contactRestrictionChanged.rawValue)
                        AND a.subject_type = 'family_member'
                        AND a.subject_id IN (SELECT family_member_id FROM student_family_links
                            WHERE student_id = \(bind: student))
                    """)
            }
            return parts
        }

        func run(limit: Int, offset: Int, on db: any SQLDatabase) async throws -> [EventRow] {
            let parts = branches()
            guard !parts.isEmpty else { return [] }
            let sql: SQLQueryString =
                "SELECT * FROM (\(parts.joined(separator: " UNION ALL "))) t ORDER BY at DESC, id DESC "
                + "LIMIT \(literal: limit) OFFSET \(literal: offset)"
            return try await db.raw(sql).all(decoding: EventRow.self, keyDecodingStrategy: .columns)
        }
    }
}

extension StudentTimelinePage.EventQuery {
    /// A row as the viewer reads it, asked of Core once more: its kind for the meeting's viewer,
    /// the entry's label, and a participant's words only where theirs may go. `nil`: not theirs
    /// to see (or a row that cannot be read).
    func event(
        from row: StudentTimelinePage.EventRow, meetings: [UUID: StudentTimelinePage.MeetingFacts],
        person: RecordViewer
    ) -> StudentTimelinePage.Event? {
        guard let at = row.at else { return nil }
        let meeting = row.meetingId.flatMap { meetings[$0] }
        let viewer = meeting?.viewer ?? person
        let writer: TimelineVisibility.Writer = row.byParticipant == 1 ? .participant : .staff
        let words = { (text: String?) in
            TimelineVisibility.showsWords(by: writer, to: viewer) ? text : nil
        }
        var entry: TimelineVisibility.EntryFacts?
        if let kind = row.entryKind, let label = row.label {
            entry = .init(kind: kind, label: label, isAuthor: row.authorId == userID)
        }
        let what: StudentTimelinePage.What
        switch row.ev {
        case "meeting":
            guard let meeting else { return nil }
            what = .meeting(meeting.outcome)
        case "entry":
            guard let kind = row.entryKind, let text = row.t1 else { return nil }
            let label = kind.effectiveLabel(row.label ?? .private)
            switch kind {
            case .decision: what = .decision(text: text, label: label)
            case .goal: what = .goalSet(text: text, label: label, target: row.t3)
            case .action: what = .actionAgreed(text: text, label: label, owners: row.t3, due: row.due)
            default: return nil
            }
        case "goal_line":
            guard let goal = row.t1, let status = row.status.flatMap(GoalStatus.init(rawValue:)) else { return nil }
            what = .goalProgress(
                goal: goal, status: status, note: words(row.t2), observed: words(row.t3), by: row.byName)
        case "action_line":
            guard let action = row.t1, let status = row.status.flatMap(ActionStatus.init(rawValue:)) else {
                return nil
            }
            what = .actionStatus(action: action, status: status, note: words(row.t2), by: row.byName)
        case "request":
            guard let by = row.t1 else { return nil }
            what = .request(
                by: by, topic: words(row.t2), urgency: row.status.flatMap(Urgency.init(rawValue:)) ?? .routine)
        case "summary":
            what = .summaryAnswer(
                by: row.t1 ?? "A participant",
                confirmed: row.status.flatMap(SummaryResponse.Kind.init(rawValue:)) == .confirmed,
                comment: words(row.t2))
        case "restriction":
            guard let name = row.t1 else { return nil }
            what = .restriction(
                person: name, change: row.status.flatMap(StudentTimelinePage.RestrictionChange.init(rawValue:)) ?? .set)
        default:
            return nil
        }
        // A request names the link it came from, not a meeting about it: no link to follow.
        let link = row.ev == "request" ? nil : meeting?.link
        let event = StudentTimelinePage.Event(at: at, what: what, meeting: link)
        guard TimelineVisibility.canSee(viewer, event.kind, entry: entry) else { return nil }
        return event
    }
}

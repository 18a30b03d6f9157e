import Foundation
import RoundtableCore
import RoundtableViews
import SQLKit

extension MeetingListPage {
    /// Three queries: the person's meetings with their students and waiting comments, joined in
    /// one; the open requests from families, with what `StudentScope` needs to keep only
    /// the students this person may see; and the feedback alerts waiting for them.
    ///
    /// Which meetings are listed is `Meetings.mine(_:)`, as in the API and the calendar feed.
    /// `work` is what the staff work count already read for this request (its alert lines).
    static func read(
        for staff: StaffContext, work: StaffWorkList?, now: Date, on db: any SQLDatabase
    ) async throws -> MeetingListPage {
        let rows = try await meetingRows(for: staff, on: db)
        var entries: [(entry: Entry, row: MeetingRow)] = []
        for row in rows {
            if let last = entries.last, last.entry.id.rawValue == row.id {
                if let name = row.studentName { entries[entries.count - 1].entry.studentNames.append(name) }
                continue
            }
            let lifecycle = MeetingLifecycle(row.state)
            let entry = Entry(
                id: MeetingID(row.id), type: row.type, isFollowUp: row.follow_up_of_id != nil,
                studentNames: row.studentName.map { [$0] } ?? [], state: row.state,
                hasBeenShared: lifecycle.hasBeenShared, startsAt: row.starts_at, startedAt: row.started_at)
            entries.append((entry, row))
        }
        let needingAction = entries.compactMap { item -> Flagged? in
            MeetingAttention.of(
                state: item.row.state, startsAt: item.row.starts_at, urgency: item.row.urgency,
                preparationDone: item.row.preparation_done, now: now, openComments: item.row.open_comments
            ).map { Flagged(entry: item.entry, reason: $0.reason) }
        }
        let flagged = Set(needingAction.map(\.entry.id))
        let isHeld = { (entry: Entry) in MeetingLifecycle(entry.state).isHeld }
        let upcoming = entries.map(\.entry).filter {
            ($0.startsAt ?? .distantPast) >= now && !flagged.contains($0.id) && !isHeld($0)
        }
        .sorted { $0.startsAt! < $1.startsAt! }
        let past = entries.map(\.entry).filter {
            (($0.startsAt ?? .distantFuture) < now || isHeld($0)) && !flagged.contains($0.id)
        }
        .sorted { ($0.startedAt ?? $0.startsAt ?? .distantPast) > ($1.startedAt ?? $1.startsAt ?? .distantPast) }
        let rooms = staff.school.flatMap { school in
            AccessPolicy.allows(staff.actor, .manageSpaces(school.ref)) ? school.id.map { SchoolID($0) } : nil
        }
        return MeetingListPage(
            hasMeetings: !entries.isEmpty, needingAction: needingAction,
            alerts: (work?.needsYou ?? []).compactMap(AlertLine.init), upcoming: upcoming,
            undated: entries.map(\.entry).filter { $0.startsAt == nil }, past: past,
            openRequests: try await openRequestCount(for: staff, on: db), roomsSchool: rooms)
    }

    /// One row per meeting and student (a meeting about nobody has one row, without a name).
    struct MeetingRow: Decodable {
        var id: UUID
        var type: MeetingType
        var state: MeetingState
        var urgency: Urgency
        var preparation_done: [String]
        var starts_at: Date?
        var started_at: Date?
        var follow_up_of_id: UUID?
        var open_comments: Int
        var preferred_name: String?
        var legal_given_name: String?
        var legal_family_name: String?

        /// As `Student.displayName` says it.
        var studentName: String? {
            guard let given = legal_given_name, let family = legal_family_name else { return nil }
            return "\(preferred_name ?? given) \(family)"
        }
    }

    static func meetingRows(for staff: StaffContext, on db: any SQLDatabase) async throws -> [MeetingRow] {
        return try await db.raw(
            """
            SELECT m.id, m.type, m.state, m.urgency, m.preparation_done, m.starts_at, m.started_at,
                m.follow_up_of_id,
                (SELECT COUNT(*) FROM summary_responses r
                    WHERE r.meeting_id = m.id AND r.kind = \(bind: SummaryResponse.Kind.comment.rawValue)
                    AND r.answer IS NULL) AS open_comments,
                st.preferred_name, st.legal_given_name, st.legal_family_name
            FROM meetings m
            LEFT JOIN meeting_students ms ON ms.meeting_id = m.id
            LEFT JOIN students st ON st.id = ms.student_id
            WHERE m.id IN (\(Meetings.mine(.of(staff.actor))))
            ORDER BY m.created_at DESC, m.id, st.legal_family_name, st.legal_given_name
            """
        ).all(decoding: MeetingRow.self)
    }

    /// Open requests from families about students this person may see: every open request
    /// of the organisation's schools is read with its student's facts, and `StudentScope`
    /// (as on the requests page) keeps those in reach.
    static func openRequestCount(for staff: StaffContext, on db: any SQLDatabase) async throws -> Int {
        let scope = StudentDirectory.scope(for: staff)
        guard scope != .none else { return 0 }
        struct Row: Decodable {
            var school_id: UUID
            var organisation_id: UUID
            var year_group: Int
            var has_special_needs: Bool
            var is_linked: Bool
        }
        let rows = try await db.raw(
            """
            SELECT st.school_id, sc.organisation_id, st.year_group, st.has_special_needs,
                EXISTS (SELECT 1 FROM staff_student_links l
                    WHERE l.user_id = \(bind: try staff.user.requireID()) AND l.student_id = st.id) AS is_linked
            FROM meeting_requests r
            JOIN students st ON st.id = r.student_id
            JOIN schools sc ON sc.id = st.school_id
            WHERE r.status = \(bind: MeetingRequest.Status.open.rawValue)
                AND r.school_id IN (SELECT id FROM schools WHERE organisation_id = \(bind: try staff.organisation.requireID()))
            """
        ).all(decoding: Row.self)
        return rows.filter { row in
            scope.includes(
                StudentFacts(
                    schoolID: row.school_id, organisationID: row.organisation_id, yearGroup: row.year_group,
                    hasSpecialNeeds: row.has_special_needs),
                isLinked: row.is_linked)
        }.count
    }
}

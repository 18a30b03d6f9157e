import Foundation
import RoundtableCore
import RoundtableViews
import SQLKit

extension NewMeetingPage {
    /// Everything comes from the student the access check loaded.
    static func read(
        _ student: Student, selected: MeetingType? = nil, errors: FieldErrors = FieldErrors()
    ) throws
        -> NewMeetingPage
    {
        NewMeetingPage(
            studentID: StudentID(try student.requireID()), studentName: student.displayName,
            calledName: student.preferredName ?? student.legalGivenName, selected: selected, errors: errors)
    }
}

extension CalendarFeedPage {
    /// One query: the person's address in use, if any.
    static func read(userID: UUID, notice: SiteRoute.Notice?, on db: any SQLDatabase) async throws -> CalendarFeedPage {
        struct Row: Decodable {
            var created_at: Date?
            var last_used_at: Date?
        }
        let row = try await db.select().columns("created_at", "last_used_at").from(CalendarFeed.schema)
            .where("user_id", .equal, userID).where("revoked_at", .is, SQLLiteral.null).limit(1)
            .first(decoding: Row.self)
        return CalendarFeedPage(
            active: row.map { Feed(createdAt: $0.created_at, lastUsedAt: $0.last_used_at) }, notice: notice)
    }
}

extension MeetingRequestsPage {
    /// Requests about students the viewer can see, open ones first, each group newest first,
    /// a page at a time: a busy school (or one family sending many) never pushes a request
    /// out of sight. One query reads, for every request of the organisation, only what
    /// `StudentScope` needs; a second reads the page shown, with the names joined.
    static func read(
        for staff: StaffContext, page: Int, pageSize: Int = 50, notice: SiteRoute.Notice?, on db: any SQLDatabase
    ) async throws -> MeetingRequestsPage {
        let scope = StudentDirectory.scope(for: staff)
        struct ScopeRow: Decodable {
            var id: UUID
            var status: Status
            var school_id: UUID
            var organisation_id: UUID
            var year_group: Int
            var has_special_needs: Bool
            var is_linked: Bool
        }
        let all =
            scope == .none
            ? []
            : try await db.raw(
                """
                SELECT r.id, r.status, st.school_id, sc.organisation_id, st.year_group, st.has_special_needs,
                    EXISTS (SELECT 1 FROM staff_student_links l
                        WHERE l.user_id = \(bind: try staff.user.requireID()) AND l.student_id = st.id) AS is_linked
                FROM meeting_requests r
                JOIN students st ON st.id = r.student_id
                JOIN schools sc ON sc.id = st.school_id
                WHERE r.school_id IN (SELECT id FROM schools WHERE organisation_id = \(bind: try staff.organisation.requireID()))
                ORDER BY r.created_at DESC
                """
            ).all(decoding: ScopeRow.self)
        let visible = all.filter { row in
            scope.includes(
                StudentFacts(
                    schoolID: row.school_id, organisationID: row.organisation_id, yearGroup: row.year_group,
                    hasSpecialNeeds: row.has_special_needs),
                isLinked: row.is_linked)
        }
        // Stable: open ones first, each group newest first.
        let ordered = visible.filter { $0.status == .open } + visible.filter { $0.status != .open }
        let shown = Array(ordered.dropFirst((page - 1) * pageSize).prefix(pageSize).map(\.id))
        return MeetingRequestsPage(
            requests: try await requests(shown, on: db), notice: notice, page: page,
            pageCount: max((ordered.count + pageSize - 1) / pageSize, 1))
    }

    /// The requests with these ids, in this order, with the family member's and student's names.
    private static func requests(_ ids: [UUID], on db: any SQLDatabase) async throws -> [Request] {
        guard !ids.isEmpty else { return [] }
        struct Row: Decodable {
            var id: UUID
            var given_name: String
            var family_name: String
            var preferred_name: String?
            var legal_given_name: String
            var legal_family_name: String
            var status: Status
            var urgency: Urgency
            var created_at: Date?
            var topic: String
            var suitable_times: String?
            var answer: String?
            var meeting_id: UUID?
        }
        let rows = try await db.raw(
            """
            SELECT r.id, f.given_name, f.family_name, st.preferred_name, st.legal_given_name, st.legal_family_name,
                r.status, r.urgency, r.created_at, r.topic, r.suitable_times, r.answer, r.meeting_id
            FROM meeting_requests r
            JOIN family_members f ON f.id = r.family_member_id
            JOIN students st ON st.id = r.student_id
            WHERE r.id IN (\(binds: ids))
            """
        ).all(decoding: Row.self)
        let byID = Dictionary(rows.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        return ids.compactMap { byID[$0] }.map { row in
            Request(
                id: MeetingRequestID(row.id), familyMemberName: "\(row.given_name) \(row.family_name)",
                studentName: "\(row.preferred_name ?? row.legal_given_name) \(row.legal_family_name)",
                status: row.status, urgency: row.urgency, createdAt: row.created_at, topic: row.topic,
                suitableTimes: row.suitable_times, answer: row.answer, meetingID: row.meeting_id.map { MeetingID($0) })
        }
    }
}

extension OutboxPage {
    /// The schools whose outbox the viewer may read (`nil`: none), then one query for their
    /// newest 200 messages, with personal links and codes hidden before the page sees them.
    static func read(
        for staff: StaffContext, school chosen: UUID?, mailConfigured: Bool, on db: any SQLDatabase
    ) async throws -> OutboxPage? {
        let schools = try await SchoolRow.all(in: try staff.organisation.requireID(), on: db).filter {
            AccessPolicy.allows(staff.actor, .readOutbox($0.ref))
        }
        guard !schools.isEmpty else { return nil }
        if let chosen, !schools.contains(where: { $0.id == chosen }) { return nil }
        let ids = chosen.map { [$0] } ?? schools.map(\.id)
        struct Row: Decodable {
            var id: UUID
            var to_name: String
            var to_email: String
            var status: Status
            var created_at: Date?
            var attempts: Int
            var last_error: String?
            var subject: String
            var body: String
            var has_calendar: Bool
        }
        let rows = try await db.raw(
            """
            SELECT id, to_name, to_email, status, created_at, attempts, last_error, subject, body,
                calendar IS NOT NULL AS has_calendar
            FROM outbox_messages WHERE school_id IN (\(binds: ids))
            ORDER BY created_at DESC LIMIT 200
            """
        ).all(decoding: Row.self)
        let waiting = Set(OutboxMessage.Status.waiting.map(\.rawValue))
        return OutboxPage(
            messages: rows.map { row in
                Message(
                    id: OutboxMessageID(row.id), toName: row.to_name, toEmail: row.to_email, status: row.status,
                    createdAt: row.created_at, attempts: row.attempts, lastError: row.last_error, subject: row.subject,
                    body: MailMessage.redactLinks(row.body, placeholder: "[hidden]"), hasCalendar: row.has_calendar,
                    mayHandOver: waiting.contains(row.status.rawValue))
            }, mailConfigured: mailConfigured)
    }
}

import Fluent
import Foundation
import RoundtableCore
import RoundtableViews
import SQLKit

/// Who is coming beyond the students' circles (issue 13): a colleague from anywhere in the
/// school, someone the family brings, and the part of the meeting someone comes for.
extension Meetings {
    /// Active colleagues at the meeting's school whom `MeetingReach.mayBeInvited` allows, by
    /// name: one query.
    static func schoolColleagues(of meeting: Meeting, on db: any SQLDatabase) async throws -> [Option] {
        struct Row: Decodable {
            var id: UUID
            var name: String
            var job_role: JobRole
            var organisation_id: UUID
            var school_id: UUID?
            var role: StaffRole
            var is_active: Bool
        }
        let rows = try await db.raw(
            """
            SELECT id, name, job_role, organisation_id, school_id, role, is_active FROM users
            WHERE school_id = \(bind: meeting.$school.id) AND is_active = \(bind: true)
            ORDER BY name, id
            """
        ).all(decoding: Row.self)
        let ref = meeting.ref
        return rows.filter {
            MeetingReach.mayBeInvited(
                StaffRef(userID: $0.id, organisationID: $0.organisation_id, schoolID: $0.school_id, role: $0.role),
                isActive: $0.is_active, to: ref)
        }.map {
            Option(
                key: "staff:\($0.id)", kind: .staff, name: $0.name, role: $0.job_role.label, invited: false,
                userID: $0.id, inCircle: false)
        }
    }

    /// Sets (or, with `nil`, clears) the part of the meeting a participant comes for, in one
    /// conditional statement. False when they are not this meeting's participant. After
    /// sharing, a part that moved waits to be told to that person (`ChangeNotice`).
    static func setPartTime(
        _ participantID: UUID, _ window: PartWindow?, was before: PartWindow?, in meeting: Meeting,
        context: AuditContext, on db: any Database
    ) async throws -> Bool {
        let meetingID = try meeting.requireID()
        let tell = ChangeNotice.tellsWindowChange(before: before, after: window, state: meeting.state)
        return try await db.transaction { db in
            let sql = try db.sql()
            let told: SQLQueryString = tell ? ", window_changed_at = \(bind: context.now)" : ""
            let changed = try await sql.raw(
                """
                UPDATE meeting_participants SET joins_at_minute = \(bind: window?.from),
                    leaves_at_minute = \(bind: window?.until)\(told)
                WHERE id = \(bind: participantID) AND meeting_id = \(bind: meetingID)
                RETURNING id
                """
            ).first()
            guard changed != nil else { return false }
            try await audit(
                meeting,
                window == nil
                    ? "Set someone to come for the whole meeting" : "Set someone to come for part of the meeting",
                context: context, on: db)
            return true
        }
    }

    /// Adds someone the family brings. False when someone of that name is already on the
    /// list (a second press of the button, or a duplicate): nothing is written twice.
    static func addGuest(
        _ guest: GuestForm.Checked, to meeting: Meeting, by userID: UUID?, context: AuditContext, on db: any Database
    ) async throws -> Bool {
        let meetingID = try meeting.requireID()
        return try await db.transaction { db in
            let added = try await db.sql().raw(
                """
                INSERT INTO meeting_guests (id, meeting_id, name, relationship, email, phone, joins_at_minute,
                    leaves_at_minute, added_by_id, created_at)
                VALUES (\(bind: UUID()), \(bind: meetingID), \(bind: guest.name), \(bind: guest.relationship),
                    \(bind: guest.email), \(bind: guest.phone), \(bind: guest.window?.from),
                    \(bind: guest.window?.until), \(bind: userID), \(bind: context.now))
                ON CONFLICT (meeting_id, name) DO NOTHING
                RETURNING id
                """
            ).first()
            guard added != nil else { return false }
            // The audit line names no one: the guest is not a person the school holds a record of.
            try await audit(meeting, "Added someone the family brings", context: context, on: db)
            return true
        }
    }

    static func removeGuest(
        _ guestID: UUID, from meeting: Meeting, context: AuditContext, on db: any Database
    ) async throws -> Bool {
        let meetingID = try meeting.requireID()
        return try await db.transaction { db in
            let removed = try await db.sql().raw(
                """
                DELETE FROM meeting_guests WHERE id = \(bind: guestID) AND meeting_id = \(bind: meetingID)
                RETURNING id
                """
            ).first()
            guard removed != nil else { return false }
            try await audit(meeting, "Took someone the family brings off the list", context: context, on: db)
            return true
        }
    }

    /// The people the family brings, in the order added: one query.
    static func guests(of meetingID: UUID, on db: any SQLDatabase) async throws -> [MeetingGuest] {
        struct Row: Decodable {
            var id: UUID
            var name: String
            var relationship: String
            var email: String?
            var phone: String?
            var joins_at_minute: Int?
            var leaves_at_minute: Int?
        }
        return try await db.raw(
            """
            SELECT id, name, relationship, email, phone, joins_at_minute, leaves_at_minute FROM meeting_guests
            WHERE meeting_id = \(bind: meetingID) ORDER BY created_at, name
            """
        ).all(decoding: Row.self).map {
            MeetingGuest(
                id: GuestID($0.id), name: $0.name, relationship: $0.relationship, email: $0.email, phone: $0.phone,
                window: PartWindow(from: $0.joins_at_minute, until: $0.leaves_at_minute))
        }
    }
}

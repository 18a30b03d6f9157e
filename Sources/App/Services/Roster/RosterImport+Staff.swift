import Foundation
import RoundtableCore
import RoundtableViews
import SQLKit

extension RosterImport.Applier {
    struct ExistingUser: Decodable, Sendable {
        var id: UUID
        var email: String
        var organisation_id: UUID
        var sourced_id: String?
        var is_active: Bool
    }

    /// Staff become accounts matched by email. New ones wait for an invitation link, like
    /// anyone invited by hand; roles are never raised by an import.
    func upsertStaff(_ staff: [Roster.Person], summary: inout RosterImport.Summary) async throws -> [String: UUID] {
        let existing = try await sql.select()
            .columns("id", "email", "organisation_id", "sourced_id", "is_active")
            .from(User.schema)
            .all(decoding: ExistingUser.self)
        var byEmail: [String: ExistingUser] = [:]
        var bySourcedID: [String: ExistingUser] = [:]
        // Staff imported before keep their classes when a delta names them without their row.
        var ids: [String: UUID] = [:]
        for row in existing {
            byEmail[row.email] = row
            if let sourced = row.sourced_id, row.organisation_id == organisationID {
                bySourcedID[sourced] = row
                ids[sourced] = row.id
            }
        }
        var inserts: [[any Encodable & Sendable]] = []

        for person in staff {
            // Matched by email, or by sourcedId when a row (often a delta's tobedeleted) has none.
            let written = person.email.flatMap({ EmailAddress($0)?.value })
            let known = written.flatMap { byEmail[$0] } ?? bySourcedID[person.sourcedID]
            guard let email = written ?? known?.email else {
                summary.staffWithoutEmail += 1
                continue
            }
            let active = person.status == .active
            if let current = known {
                guard current.organisation_id == organisationID else {
                    summary.problems.append(
                        RosterProblem(
                            file: "users.csv", line: person.line,
                            reason: "\(email) belongs to an account in another organisation; not imported"))
                    summary.problemCount += 1
                    continue
                }
                ids[person.sourcedID] = current.id
                if current.sourced_id == person.sourcedID && current.is_active == active {
                    summary.staff.unchanged += 1
                    continue
                }
                if current.is_active && !active { summary.staff.deactivated += 1 } else { summary.staff.updated += 1 }
                try await sql.update(User.schema)
                    .set("sourced_id", to: person.sourcedID)
                    .set("is_active", to: active)
                    .set("updated_at", to: now)
                    .where("id", .equal, current.id)
                    .run()
                if !active {
                    try await sql.delete(from: SignedInSession.schema).where("user_id", .equal, current.id).run()
                }
                continue
            }
            guard active else { continue }
            let id = UUID()
            ids[person.sourcedID] = id
            byEmail[email] = ExistingUser(
                id: id, email: email, organisation_id: organisationID, sourced_id: person.sourcedID, is_active: true)
            let job: JobRole =
                switch person.role {
                case .teacher: .teacher
                case .aide: .supportStaff
                default: .other
                }
            inserts.append([
                id, organisationID, schoolID, "\(person.givenName) \(person.familyName)", email, String?.none,
                StaffRole.staff.rawValue, job.rawValue, true, person.sourcedID, now, now,
            ])
        }
        try await insert(
            User.schema,
            columns: [
                "id", "organisation_id", "school_id", "name", "email", "password_hash", "role", "job_role",
                "is_active", "sourced_id", "created_at", "updated_at",
            ], rows: inserts)
        summary.staff.created += inserts.count
        return ids
    }

    struct ExistingLink: Decodable, Sendable {
        var id: UUID
        var user_id: UUID
        var student_id: UUID
        var source: String
    }

    struct Pair: Hashable {
        var user: UUID
        var student: UUID
    }

    /// Teachers work with the students in their classes. Links that came from an earlier
    /// roster and are no longer true are removed; links set by hand are left alone.
    /// `studentsInRoster` are the students this roster vouches for; a student whose row was
    /// skipped keeps their links until a roster says otherwise.
    func linkStaff(
        studentIDs: [String: UUID], staffIDs: [String: UUID], studentsInRoster: Set<UUID>,
        counts: inout RosterImport.Counts
    ) async throws {
        var teachers: [String: [UUID]] = [:]
        var pupils: [String: [UUID]] = [:]
        for enrollment in roster.enrollments where roster.classes[enrollment.classSourcedID] == rosterSchool {
            if let staff = staffIDs[enrollment.userSourcedID], enrollment.role != "student" {
                teachers[enrollment.classSourcedID, default: []].append(staff)
            } else if let student = studentIDs[enrollment.userSourcedID], enrollment.role == "student" {
                pupils[enrollment.classSourcedID, default: []].append(student)
            }
        }
        var wanted = Set<Pair>()
        for (klass, staff) in teachers {
            for user in staff {
                for student in pupils[klass] ?? [] { wanted.insert(Pair(user: user, student: student)) }
            }
        }

        var present = Set<Pair>()
        var stale: [UUID] = []
        try await stream(
            sql.raw(
                """
                SELECT l.id, l.user_id, l.student_id, l.source FROM staff_student_links l
                JOIN students s ON s.id = l.student_id WHERE s.school_id = \(bind: schoolID)
                """),
            as: ExistingLink.self
        ) { link in
            let pair = Pair(user: link.user_id, student: link.student_id)
            present.insert(pair)
            if link.source == "roster" && !wanted.contains(pair) && studentsInRoster.contains(link.student_id) {
                stale.append(link.id)
            }
        }
        let inserts: [[any Encodable & Sendable]] = wanted.subtracting(present).map {
            [UUID(), $0.user, $0.student, "roster"]
        }
        try await insert(StaffStudentLink.schema, columns: ["id", "user_id", "student_id", "source"], rows: inserts)
        for start in stride(from: 0, to: stale.count, by: Self.batch) {
            try await sql.delete(from: StaffStudentLink.schema)
                .where("id", .in, Array(stale[start..<min(start + Self.batch, stale.count)]))
                .run()
        }
        counts.created += inserts.count
        counts.deactivated += stale.count
        counts.unchanged += wanted.intersection(present).count
    }
}

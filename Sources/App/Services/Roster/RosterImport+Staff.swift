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

    struct StoredEnrollment: Decodable, Sendable {
        var id: UUID
        var class_sourced_id: String
        var user_sourced_id: String
        var role: String
    }

    /// Class lists after this roster: a full export's own, or a delta's changes on top of the
    /// stored ones. Writes the difference to `roster_enrollments`, returns the lists and the
    /// people in the classes a delta changed, and whether class lists were stored before.
    func classLists() async throws -> (lists: Set<Roster.Enrollment>, changed: Set<String>, known: Bool) {
        var stored: [Roster.Enrollment: UUID] = [:]
        try await stream(
            sql.select().columns("id", "class_sourced_id", "user_sourced_id", "role")
                .from(CreateRosterEnrollments.schema).where("school_id", .equal, schoolID),
            as: StoredEnrollment.self
        ) {
            stored[
                Roster.Enrollment(classSourcedID: $0.class_sourced_id, userSourcedID: $0.user_sourced_id, role: $0.role)
            ] =
                $0.id
        }
        let mine = { (enrollment: Roster.Enrollment) in roster.classes[enrollment.classSourcedID] == rosterSchool }
        var lists = Set(roster.enrollments.filter(mine))
        var changed = Set<String>()
        let deleted = roster.deletedClasses.filter { $0.value.schoolSourcedID == rosterSchool }
        if roster.isDelta {
            let left = Set(roster.leftEnrollments.filter(mine))
            let slot = { (enrollment: Roster.Enrollment) in [enrollment.classSourcedID, enrollment.userSourcedID] }
            let leaving = Set(left.map(slot))
            // A class marked tobedeleted takes its whole list with it.
            lists = lists.union(
                stored.keys.filter { !leaving.contains(slot($0)) && deleted[$0.classSourcedID] == nil })
            // Everyone in a class whose list changed: a teacher leaving changes their pupils' links.
            let classes = Set(lists.symmetricDifference(stored.keys).map(\.classSourcedID))
            changed = Set(lists.union(stored.keys).filter { classes.contains($0.classSourcedID) }.map(\.userSourcedID))
        }
        try await clearForms(of: deleted, stored: Array(stored.keys))
        let gone = stored.filter { !lists.contains($0.key) }.map(\.value)
        for start in stride(from: 0, to: gone.count, by: Self.batch) {
            try await sql.delete(from: CreateRosterEnrollments.schema)
                .where("id", .in, Array(gone[start..<min(start + Self.batch, gone.count)])).run()
        }
        let added: [[any Encodable & Sendable]] = lists.subtracting(stored.keys).map {
            [UUID(), schoolID, $0.classSourcedID, $0.userSourcedID, $0.role]
        }
        try await insert(
            CreateRosterEnrollments.schema,
            columns: ["id", "school_id", "class_sourced_id", "user_sourced_id", "role"],
            rows: added)
        return (lists, changed, !stored.isEmpty)
    }

    /// The form a deleted homeroom gave its pupils ends with it: a pupil it listed whose form is
    /// still its title has none, unless this roster gives them another.
    func clearForms(of deleted: [String: Roster.DeletedClass], stored: [Roster.Enrollment]) async throws {
        let newForm = Set(roster.people.filter { $0.formGroup != nil }.map(\.sourcedID))
        for (klass, gone) in deleted {
            guard let title = gone.title else { continue }
            let pupils = stored.filter {
                $0.classSourcedID == klass && $0.role == "student" && !newForm.contains($0.userSourcedID)
            }.map(\.userSourcedID)
            for start in stride(from: 0, to: pupils.count, by: Self.batch) {
                try await sql.update(Student.schema)
                    .set("form_group", to: SQLLiteral.null)
                    .set("updated_at", to: now)
                    .where("school_id", .equal, schoolID).where("form_group", .equal, title)
                    .where("sourced_id", .in, Array(pupils[start..<min(start + Self.batch, pupils.count)]))
                    .run()
            }
        }
    }

    /// Teachers work with the students in their classes. Links that came from an earlier
    /// roster and are no longer true are removed; links set by hand are left alone.
    /// `studentsInRoster` are the students this roster vouches for; a student whose row was
    /// skipped keeps their links until a roster says otherwise. A delta vouches only for the
    /// students whose class lists it changed, and only when class lists were stored before.
    func linkStaff(
        studentIDs: [String: UUID], staffIDs: [String: UUID], studentsInRoster: Set<UUID>,
        counts: inout RosterImport.Counts
    ) async throws {
        let (lists, changed, known) = try await classLists()
        var teachers: [String: [UUID]] = [:]
        var pupils: [String: [UUID]] = [:]
        for enrollment in lists {
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
        let vouched =
            roster.isDelta
            ? (known ? Set(changed.compactMap { studentIDs[$0] }) : []) : studentsInRoster

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
            if link.source == "roster" && !wanted.contains(pair) && vouched.contains(link.student_id) {
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

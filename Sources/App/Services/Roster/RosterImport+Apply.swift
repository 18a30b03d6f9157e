import Foundation
import RoundtableCore
import RoundtableViews
import SQLKit

extension RosterImport {
    /// Does the database work of one import. Reads what exists once per table, compares in
    /// memory, then writes only the differences, inserting in batches.
    struct Applier {
        let roster: Roster
        let schoolID: UUID
        let organisationID: UUID
        let rosterSchool: String
        let now: Date
        let sql: any SQLDatabase
        let progress: @Sendable (String) async -> Void
        static let batch = 500

        init(
            roster: Roster, school: School, rosterSchool: String, now: Date, sql: any SQLDatabase,
            progress: @escaping @Sendable (String) async -> Void = { _ in }
        ) throws {
            self.progress = progress
            self.roster = roster
            self.schoolID = try school.requireID()
            self.organisationID = school.$organisation.id
            self.rosterSchool = rosterSchool
            self.now = now
            self.sql = sql
        }

        mutating func apply(into summary: inout Summary) async throws {
            var index: [String: Roster.Person] = [:]
            for person in roster.people { index[person.sourcedID] = person }
            let students = roster.people.filter { $0.role == .student && $0.orgSourcedIDs.contains(rosterSchool) }
            let staff = roster.people.filter { $0.role.isStaff && $0.orgSourcedIDs.contains(rosterSchool) }

            await progress("Importing \(students.count.formatted()) students")
            let studentIDs = try await upsertStudents(students, summary: &summary)
            // Family come from both directions: a student's agents, and adults whose agents are
            // students. In a delta, either side may have been imported before: matched by sourcedId.
            let delta = roster.isDelta
            var familyOf: [String: Set<String>] = [:]
            for student in students {
                for agent in student.agentSourcedIDs
                where index[agent]?.role.isFamily == true || (delta && index[agent] == nil) {
                    familyOf[agent, default: []].insert(student.sourcedID)
                }
            }
            let studentSet = Set(students.map(\.sourcedID))
            for adult in roster.people where adult.role.isFamily {
                for agent in adult.agentSourcedIDs
                where studentSet.contains(agent) || (delta && index[agent] == nil && studentIDs[agent] != nil) {
                    familyOf[adult.sourcedID, default: []].insert(agent)
                }
            }
            // A delta's family rows are changes to people imported before, even without a link in it.
            let family = roster.people.filter { $0.role.isFamily && (familyOf[$0.sourcedID] != nil || delta) }
            await progress("Importing \(family.count.formatted()) family members")
            let familyIDs = try await upsertFamily(family, counts: &summary.familyMembers)
            try await linkFamilies(
                familyOf, index: index, studentIDs: studentIDs, familyIDs: familyIDs, counts: &summary.familyLinks)
            await progress("Importing staff and classes")
            let staffIDs = try await upsertStaff(staff, summary: &summary)
            // A delta never removes a link it does not mention: only a full export vouches for everyone.
            let inRoster: Set<UUID> = delta ? [] : Set(students.compactMap { studentIDs[$0.sourcedID] })
            try await linkStaff(
                studentIDs: studentIDs, staffIDs: staffIDs, studentsInRoster: inRoster, counts: &summary.staffLinks)
        }

        // MARK: Students

        struct ExistingStudent: Decodable, Sendable {
            var id: UUID
            var sourced_id: String
            var legal_given_name: String
            var legal_family_name: String
            var preferred_name: String?
            var date_of_birth: Date?
            var year_group: Int
            var form_group: String?
            var sex: String?
            var is_active: Bool
        }

        func upsertStudents(_ students: [Roster.Person], summary: inout Summary) async throws -> [String: UUID] {
            var byID: [String: ExistingStudent] = [:]
            try await stream(
                sql.select()
                    .columns(
                        "id", "sourced_id", "legal_given_name", "legal_family_name", "preferred_name", "date_of_birth",
                        "year_group", "form_group", "sex", "is_active"
                    )
                    .from(Student.schema)
                    .where("school_id", .equal, schoolID)
                    .where("sourced_id", .isNot, SQLLiteral.null),
                as: ExistingStudent.self
            ) { byID[$0.sourced_id] = $0 }
            var ids: [String: UUID] = byID.mapValues(\.id)
            var inserts: [[any Encodable & Sendable]] = []

            for person in students {
                // No grade: a new student's year group is unknown, a known one keeps theirs.
                let year = person.yearGroup ?? byID[person.sourcedID]?.year_group ?? YearGroups.unknown
                let active = person.status == .active
                guard let current = byID[person.sourcedID] else {
                    guard active else { continue }
                    let id = UUID()
                    ids[person.sourcedID] = id
                    inserts.append([
                        id, schoolID, person.sourcedID, person.givenName, person.familyName,
                        person.preferredGivenName,
                        NameSearch.key([person.givenName, person.familyName, person.preferredGivenName]),
                        person.birthDate, year, person.formGroup, [String](), false, false, false, String?.none, true,
                        now, now, person.sex.stored(keeping: nil),
                    ])
                    continue
                }
                let sameBirthday =
                    person.birthDate == nil
                    || current.date_of_birth.map { abs($0.timeIntervalSince(person.birthDate!)) < 1 } == true
                let same =
                    current.legal_given_name == person.givenName && current.legal_family_name == person.familyName
                    && current.preferred_name == person.preferredGivenName && sameBirthday
                    && current.year_group == year && current.is_active == active
                    && (person.formGroup == nil || current.form_group == person.formGroup)
                    && person.sex.stored(keeping: current.sex) == current.sex
                if same {
                    summary.students.unchanged += 1
                    continue
                }
                if current.is_active && !active {
                    summary.students.deactivated += 1
                    // Never deleted: their meetings, records and follow-up stay, and can still be read.
                    summary.note(
                        RosterProblem(
                            file: "users.csv", line: person.line,
                            reason: "\(person.sourcedID) has left: switched off, their meetings and records are kept"))
                } else {
                    summary.students.updated += 1
                }
                try await sql.update(Student.schema)
                    .set("legal_given_name", to: person.givenName)
                    .set("legal_family_name", to: person.familyName)
                    .set("preferred_name", to: person.preferredGivenName)
                    .set(
                        "search_name",
                        to: NameSearch.key([person.givenName, person.familyName, person.preferredGivenName])
                    )
                    .set("date_of_birth", to: person.birthDate ?? current.date_of_birth)
                    .set("year_group", to: year)
                    // A delta without the homerooms keeps the form the last full export gave.
                    .set("form_group", to: person.formGroup ?? current.form_group)
                    // Like a birthday, sex comes only with demographics.csv: without it, kept.
                    .set("sex", to: person.sex.stored(keeping: current.sex))
                    .set("is_active", to: active)
                    .set("updated_at", to: now)
                    .where("id", .equal, current.id)
                    .run()
            }
            try await insert(
                Student.schema,
                columns: [
                    "id", "school_id", "sourced_id", "legal_given_name", "legal_family_name", "preferred_name",
                    "search_name", "date_of_birth", "year_group", "form_group", "home_languages", "has_special_needs",
                    "is_disadvantaged", "learns_english_as_additional_language", "what_helps_me", "is_active",
                    "created_at", "updated_at", "sex",
                ], rows: inserts)
            summary.students.created += inserts.count
            return ids
        }

        // MARK: Family

        struct ExistingAdult: Decodable, Sendable {
            var id: UUID
            var sourced_id: String
            var given_name: String
            var family_name: String
            var email: String?
            var phone: String?
            var is_active: Bool
        }

        func upsertFamily(_ adults: [Roster.Person], counts: inout Counts) async throws -> [String: UUID] {
            var byID: [String: ExistingAdult] = [:]
            try await stream(
                sql.select()
                    .columns("id", "sourced_id", "given_name", "family_name", "email", "phone", "is_active")
                    .from(FamilyMember.schema)
                    .where("organisation_id", .equal, organisationID)
                    .where("sourced_id", .isNot, SQLLiteral.null),
                as: ExistingAdult.self
            ) { byID[$0.sourced_id] = $0 }
            var ids: [String: UUID] = byID.mapValues(\.id)
            var inserts: [[any Encodable & Sendable]] = []

            for person in adults {
                let active = person.status == .active
                let email = person.email.flatMap { EmailAddress($0)?.value }
                guard let current = byID[person.sourcedID] else {
                    guard active else { continue }
                    let id = UUID()
                    ids[person.sourcedID] = id
                    inserts.append([
                        id, organisationID, person.sourcedID, person.givenName, person.familyName,
                        NameSearch.key([person.givenName, person.familyName]), email, person.phone, "en",
                        email == nil ? "phone" : "email", "in_person", false, active, now, now,
                    ])
                    continue
                }
                // Only what the roster owns is compared; what the school added (language,
                // needs, restrictions) is never overwritten by an import.
                if current.given_name == person.givenName && current.family_name == person.familyName
                    && current.email == email && current.phone == person.phone && current.is_active == active
                {
                    counts.unchanged += 1
                    continue
                }
                if current.is_active && !active { counts.deactivated += 1 } else { counts.updated += 1 }
                try await sql.update(FamilyMember.schema)
                    .set("given_name", to: person.givenName)
                    .set("family_name", to: person.familyName)
                    .set("search_name", to: NameSearch.key([person.givenName, person.familyName]))
                    .set("email", to: email)
                    .set("phone", to: person.phone)
                    .set("is_active", to: active)
                    .set("updated_at", to: now)
                    .where("id", .equal, current.id)
                    .run()
            }
            try await insert(
                FamilyMember.schema,
                columns: [
                    "id", "organisation_id", "sourced_id", "given_name", "family_name", "search_name", "email", "phone",
                    "preferred_language", "preferred_contact", "preferred_meeting_mode", "needs_interpreter",
                    "is_active", "created_at", "updated_at",
                ], rows: inserts)
            counts.created += inserts.count
            return ids
        }

        struct ExistingPair: Decodable, Hashable, Sendable {
            var student_id: UUID
            var family_member_id: UUID
        }

        func linkFamilies(
            _ familyOf: [String: Set<String>], index: [String: Roster.Person], studentIDs: [String: UUID],
            familyIDs: [String: UUID], counts: inout Counts
        ) async throws {
            var known = Set<ExistingPair>()
            try await stream(
                sql.raw(
                    """
                    SELECT l.student_id, l.family_member_id FROM student_family_links l
                    JOIN students s ON s.id = l.student_id WHERE s.school_id = \(bind: schoolID)
                    """),
                as: ExistingPair.self
            ) { known.insert($0) }
            var inserts: [[any Encodable & Sendable]] = []
            for (adult, students) in familyOf.sorted(by: { $0.key < $1.key }) {
                guard let familyID = familyIDs[adult] else { continue }
                // Someone imported before, named only as an agent in a delta: the school says more.
                let role = index[adult]?.role ?? .relative
                let relationship: FamilyRelationship =
                    switch role {
                    case .parent: .parent
                    case .guardian: .carer
                    default: .other
                    }
                for student in students.sorted() {
                    guard let studentID = studentIDs[student] else { continue }
                    if known.contains(ExistingPair(student_id: studentID, family_member_id: familyID)) {
                        counts.unchanged += 1
                        continue
                    }
                    inserts.append([
                        UUID(), studentID, familyID, relationship.rawValue, role != .relative, false,
                    ])
                }
            }
            try await insert(
                StudentFamilyLink.schema,
                columns: [
                    "id", "student_id", "family_member_id", "relationship", "has_parental_responsibility",
                    "lives_with_student",
                ], rows: inserts)
            counts.created += inserts.count
        }

        /// Reads rows one at a time into `each`, so a large table never sits in memory twice
        /// (as raw rows and as decoded values) the way `all(decoding:)` would hold it.
        func stream<Row: Decodable & Sendable>(
            _ query: any SQLQueryFetcher, as type: Row.Type, _ each: @escaping (Row) -> Void
        ) async throws {
            let sink = RowSink(each)
            try await query.run(decoding: type) { result in sink.take(result) }
            if let error = sink.error { throw error }
        }

        func insert(_ table: String, columns: [String], rows: [[any Encodable & Sendable]]) async throws {
            for start in stride(from: 0, to: rows.count, by: Self.batch) {
                var statement = sql.insert(into: table).columns(columns)
                for row in rows[start..<min(start + Self.batch, rows.count)] { statement = statement.values(row) }
                try await statement.run()
            }
        }
    }
}

/// Collects streamed rows. SQLKit hands them over one at a time on one connection, so
/// nothing here runs concurrently.
final class RowSink<Row: Sendable>: @unchecked Sendable {
    private let each: (Row) -> Void
    private(set) var error: (any Error)?

    init(_ each: @escaping (Row) -> Void) { self.each = each }

    func take(_ result: Result<Row, any Error>) {
        switch result {
        case .success(let row): each(row)
        case .failure(let failure): error = error ?? failure
        }
    }
}

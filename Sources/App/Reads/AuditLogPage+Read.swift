import Foundation
import RoundtableCore
import RoundtableViews
import SQLKit

extension AuditLogPage {
    /// Whose log: the school `requested` (else the viewer's own school, else the whole
    /// organisation), or "not found" when the viewer may not read it. The viewer's own school
    /// came with the session; another school is one query (it must be in the organisation).
    static func scope(
        for staff: StaffContext, requested: UUID?, on db: any SQLDatabase
    ) async throws -> (
        Scope, SchoolRow?
    ) {
        let organisationID = try staff.organisation.requireID()
        var school: SchoolRow?
        if let id = requested ?? staff.user.$school.id {
            if let own = staff.school, own.id == id {
                school = try SchoolRow(own)
            } else {
                school = try await SchoolRow.find(id, in: organisationID, on: db)
            }
            guard let school else { throw AppError.notFound }
            guard AccessPolicy.allows(staff.actor, .readAuditLog(school.ref)) else { throw AppError.notFound }
        } else {
            guard AccessPolicy.allows(staff.actor, .readOrganisationAuditLog(organisationID: organisationID)) else {
                throw AppError.notFound
            }
        }
        let scope = Scope(
            organisationID: organisationID, schoolID: school?.schoolID.rawValue,
            students: StudentDirectory.scope(for: staff), userID: try staff.user.requireID())
        return (scope, school)
    }

    /// One page of the log, filtered: the schools to switch between (administrators only),
    /// the staff to choose from, the events (a hundred a page) and, when some are about
    /// meetings, those meetings' students.
    static func read(
        for staff: StaffContext, requested: UUID?, page: Int, filter: AuditFilter = AuditFilter(),
        timeZone: TimeZone, pageSize: Int = AuditLogPage.pageSize, on db: any SQLDatabase
    ) async throws -> AuditLogPage {
        let (scope, school) = try await Self.scope(for: staff, requested: requested, on: db)
        var places: [Place] = []
        if AccessPolicy.allows(staff.actor, .readOrganisationAuditLog(organisationID: scope.organisationID)) {
            places =
                [Place(id: nil, name: "Whole organisation")]
                + (try await SchoolRow.all(in: scope.organisationID, on: db)).map {
                    Place(id: $0.schoolID, name: $0.name)
                }
        }
        let choices = try await staffChoices(scope, on: db)
        var result = AuditLogPage(
            events: [], school: school.map { Place(id: $0.schoolID, name: $0.name) }, places: places, page: page,
            hasMore: false, filter: filter, staffChoices: choices)
        let checked: AuditFilter.Checked
        switch filter.check(timeZone: timeZone) {
        case .success(let value): checked = value
        case .failure(let box):
            result.errors = box.errors
            return result
        }
        // One more than a page, to know whether there is another.
        let rows = try await Self.rows(
            scope, checked, limit: pageSize + 1, offset: (page - 1) * pageSize, on: db)
        let shown = Array(rows.prefix(pageSize))
        let students = try await Self.students(of: shown, scope, on: db)
        result.events = shown.map { row in
            Event(
                occurredAt: row.occurred_at, actorName: row.actor_name, action: row.action, summary: row.summary,
                ipAddress: row.ip_address,
                students: row.subject_type == "meeting" ? row.subject_id.flatMap { students[$0] } : nil)
        }
        result.hasMore = rows.count > pageSize
        return result
    }

    /// The staff of the school shown (or of the organisation), with its administrators, by name.
    static func staffChoices(_ scope: Scope, on db: any SQLDatabase) async throws -> [StaffChoice] {
        struct Row: Decodable {
            var id: UUID
            var name: String
        }
        var sql: SQLQueryString = "SELECT id, name FROM users WHERE organisation_id = \(bind: scope.organisationID)"
        if let school = scope.schoolID { sql += " AND (school_id = \(bind: school) OR school_id IS NULL)" }
        sql += " ORDER BY name, id"
        return try await db.raw(sql).all(decoding: Row.self).map { StaffChoice(id: StaffID($0.id), name: $0.name) }
    }
}

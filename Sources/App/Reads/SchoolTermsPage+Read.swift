import Foundation
import RoundtableCore
import RoundtableViews
import SQLKit

extension SchoolTermsPage {
    /// The term dates of the school `requested` (else the viewer's own, else the organisation's
    /// first), or "not found" if the viewer may not manage its settings. Two queries at most:
    /// the school (none for a leader's own) and its terms.
    static func read(
        for staff: StaffContext, requested: UUID?, today: SchoolDay, on db: any SQLDatabase
    ) async throws -> SchoolTermsPage {
        let school = try await school(for: staff, requested: requested, on: db)
        let (fixed, current) = try await terms(of: school.id, today: today, on: db)
        return SchoolTermsPage(
            schoolID: SchoolID(school.id), schoolName: school.name, fixed: fixed,
            form: TermDatesForm(
                rows: current.map { TermDatesForm.Row(name: $0.name, start: "\($0.start)", end: "\($0.end)") }))
    }

    struct SchoolRow: Decodable {
        var id: UUID
        var name: String
    }

    static func school(for staff: StaffContext, requested: UUID?, on db: any SQLDatabase) async throws -> SchoolRow {
        let organisationID = try staff.organisation.requireID()
        var row: SchoolRow?
        if let own = staff.school, let ownID = own.id, requested == nil || requested == ownID {
            row = SchoolRow(id: ownID, name: own.name)
        } else {
            var query = db.select().columns("id", "name").from(School.schema)
                .where("organisation_id", .equal, organisationID)
            if let requested { query = query.where("id", .equal, requested) }
            row = try await query.orderBy("name").limit(1).first(decoding: SchoolRow.self)
        }
        guard let row,
            AccessPolicy.allows(
                staff.actor, .manageSchoolSettings(SchoolRef(id: row.id, organisationID: organisationID)))
        else { throw AppError.notFound }
        return row
    }

    /// The school's terms, split into those that ended before `today` (fixed) and the rest.
    static func terms(
        of schoolID: UUID, today: SchoolDay, on db: any SQLDatabase
    ) async throws -> (fixed: [SchoolTerm], current: [SchoolTerm]) {
        struct Row: Decodable {
            var name: String
            var start_day: String
            var end_day: String
        }
        let terms = try await db.select().columns("name", "start_day", "end_day").from(SchoolTermRecord.schema)
            .where("school_id", .equal, schoolID).orderBy("start_day")
            .all(decoding: Row.self)
            .compactMap { row in
                SchoolDay(iso: row.start_day).flatMap { start in
                    SchoolDay(iso: row.end_day).map { SchoolTerm(name: row.name, start: start, end: $0) }
                }
            }
        return (terms.filter { $0.end < today }, terms.filter { $0.end >= today })
    }
}

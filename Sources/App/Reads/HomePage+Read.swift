import Foundation
import RoundtableCore
import RoundtableViews
import SQLKit

extension HomePage {
    /// Everything but the schools is already known from the session; the organisation's
    /// administrators cost one more query, for the list of schools.
    static func read(for staff: StaffContext, on db: any SQLDatabase) async throws -> HomePage {
        var page = HomePage(
            personName: staff.user.name, caption: staff.school?.name ?? staff.organisation.name,
            areas: StaffArea.visible(to: staff.actor).filter { $0 != .home })
        if staff.actor.role.spansSchools, let organisationID = staff.organisation.id {
            struct Row: Decodable {
                var id: UUID
                var name: String
            }
            let rows = try await db.select().columns("id", "name").from("schools")
                .where("organisation_id", .equal, organisationID).orderBy("name")
                .all(decoding: Row.self)
            page.organisation = Organisation(
                name: staff.organisation.name, schools: rows.map { NamedSchool(id: SchoolID($0.id), name: $0.name) })
        }
        return page
    }
}

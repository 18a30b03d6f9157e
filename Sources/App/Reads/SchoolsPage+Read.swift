import Foundation
import RoundtableCore
import RoundtableViews
import SQLKit

extension SchoolsPage {
    /// The organisation's schools by name: one query.
    static func read(for staff: StaffContext, on db: any SQLDatabase) async throws -> SchoolsPage {
        let schools = try await SchoolRow.all(in: staff.organisation.requireID(), on: db)
        return SchoolsPage(
            organisationName: staff.organisation.name, schools: schools.map(NamedSchool.init))
    }
}

import Foundation
import RoundtableCore
import RoundtableViews
import SQLKit

/// A school as the administration pages list and choose it: id, name, and the organisation
/// that owns it (for access questions), read with SQL.
struct SchoolRow: Decodable, Sendable, Equatable {
    var id: UUID
    var name: String
    var organisationID: UUID

    enum CodingKeys: String, CodingKey {
        case id, name
        case organisationID = "organisation_id"
    }

    init(id: UUID, name: String, organisationID: UUID) {
        self.id = id
        self.name = name
        self.organisationID = organisationID
    }

    /// The signed-in person's own school, already loaded with their session.
    init(_ school: School) throws {
        self.init(id: try school.requireID(), name: school.name, organisationID: school.$organisation.id)
    }

    var ref: SchoolRef { SchoolRef(id: id, organisationID: organisationID) }
    var schoolID: SchoolID { SchoolID(id) }

    /// The organisation's schools by name.
    static func all(in organisationID: UUID, on db: any SQLDatabase) async throws -> [SchoolRow] {
        try await db.select().columns("id", "name", "organisation_id").from(School.schema)
            .where("organisation_id", .equal, organisationID).orderBy("name")
            .all(decoding: SchoolRow.self)
    }

    /// The school, but only if it belongs to the organisation: an id from a URL is never
    /// trusted to stay inside the organisation on its own.
    static func find(_ id: UUID, in organisationID: UUID, on db: any SQLDatabase) async throws -> SchoolRow? {
        try await db.select().columns("id", "name", "organisation_id").from(School.schema)
            .where("id", .equal, id).where("organisation_id", .equal, organisationID).limit(1)
            .first(decoding: SchoolRow.self)
    }
}

extension NamedSchool {
    init(_ row: SchoolRow) {
        self.init(id: row.schoolID, name: row.name)
    }
}

import Fluent
import Foundation
import RoundtableCore
import RoundtableViews
import SQLKit

/// Family members become searchable by name (accents and case folded, as students are),
/// so a brother's page can link the parent his sister already has instead of a copy.
struct AddFamilySearchName: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(FamilyMember.schema)
            .field("search_name", .string, .required, .sql(.default("")))
            .update()
        struct Row: Decodable {
            var id: UUID
            var given_name: String
            var family_name: String
        }
        let sql = try database.sql()
        let rows = try await sql.select().columns("id", "given_name", "family_name").from(FamilyMember.schema)
            .all(decoding: Row.self)
        for row in rows {
            try await sql.update(FamilyMember.schema)
                .set("search_name", to: NameSearch.key([row.given_name, row.family_name]))
                .where("id", .equal, row.id)
                .run()
        }
        try await database.createIndex(on: FamilyMember.schema, columns: ["organisation_id", "search_name"])
    }

    func revert(on database: any Database) async throws {
        try await database.sql().drop(index: "idx_family_members_organisation_id_search_name").run()
        try await database.schema(FamilyMember.schema).deleteField("search_name").update()
    }
}

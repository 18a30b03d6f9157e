import Foundation
import RoundtableCore
import RoundtableViews
import SQLKit

extension APITokensPage {
    /// The organisation's tokens in use, newest first, with their owners' names (one joined
    /// query), and the active people a token may act as (one query).
    static func read(organisationID: UUID, on db: any SQLDatabase) async throws -> APITokensPage {
        struct TokenRow: Decodable {
            var id: UUID
            var name: String
            var hint: String
            var owner_name: String
            var last_used_at: Date?
        }
        struct PersonRow: Decodable {
            var id: UUID
            var name: String
            var role: StaffRole
            var job_role: JobRole
        }
        let tokens = try await db.raw(
            """
            SELECT t.\(ident: "id"), t.\(ident: "name"), t.\(ident: "hint"), t.\(ident: "last_used_at"),
                u.\(ident: "name") AS \(ident: "owner_name")
            FROM \(ident: APIToken.schema) t JOIN \(ident: User.schema) u ON t.\(ident: "user_id") = u.\(ident: "id")
            WHERE u.\(ident: "organisation_id") = \(bind: organisationID) AND t.\(ident: "revoked_at") IS NULL
            ORDER BY t.\(ident: "created_at") DESC
            """
        ).all(decoding: TokenRow.self)
        let people = try await db.select().columns("id", "name", "role", "job_role").from(User.schema)
            .where("organisation_id", .equal, organisationID).where("is_active", .equal, true).orderBy("name")
            .all(decoding: PersonRow.self)
        return APITokensPage(
            tokens: tokens.map {
                Token(
                    id: APITokenID($0.id), name: $0.name, hint: $0.hint, ownerName: $0.owner_name,
                    lastUsedAt: $0.last_used_at)
            },
            // A governor's token would find nothing (they see figures only): not offered.
            people: people.filter { !$0.role.seesOnlyFigures }.map {
                Person(id: StaffID($0.id), name: $0.name, role: $0.role, job: $0.job_role)
            })
    }
}

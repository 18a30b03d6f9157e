import Foundation
import RoundtableCore
import RoundtableViews
import SQLKit

extension AuditLogPage {
    /// One page of the log of the school `requested` (else the viewer's own school, else the
    /// whole organisation), or "not found" when the viewer may not read it. The viewer's own
    /// school came with the session; another school is one query (it must be in the
    /// organisation), the schools to switch between one more (administrators only), and the
    /// events one.
    static func read(
        for staff: StaffContext, requested: UUID?, page: Int, pageSize: Int = 50, on db: any SQLDatabase
    ) async throws -> AuditLogPage {
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

        var places: [Place] = []
        if AccessPolicy.allows(staff.actor, .readOrganisationAuditLog(organisationID: organisationID)) {
            places =
                [Place(id: nil, name: "Whole organisation")]
                + (try await SchoolRow.all(in: organisationID, on: db)).map { Place(id: $0.schoolID, name: $0.name) }
        }

        struct Row: Decodable {
            var occurred_at: Date
            var actor_name: String?
            var action: String
            var summary: String?
            var ip_address: String?
        }
        var query = db.select().columns("occurred_at", "actor_name", "action", "summary", "ip_address")
            .from(AuditEvent.schema).where("organisation_id", .equal, organisationID)
        if let school { query = query.where("school_id", .equal, school.id) }
        // One more than a page, to know whether there is another.
        let rows = try await query.orderBy("occurred_at", .descending).offset((page - 1) * pageSize)
            .limit(pageSize + 1).all(decoding: Row.self)
        return AuditLogPage(
            events: rows.prefix(pageSize).map {
                Event(
                    occurredAt: $0.occurred_at, actorName: $0.actor_name, action: $0.action, summary: $0.summary,
                    ipAddress: $0.ip_address)
            },
            school: school.map { Place(id: $0.schoolID, name: $0.name) }, places: places, page: page,
            hasMore: rows.count > pageSize)
    }
}

import Fluent
import Foundation
import RoundtableCore
import RoundtableViews

/// Who did it, from where, as one value, so every audited action passes the same facts.
struct AuditContext: Sendable {
    var actorID: UUID?
    var actorName: String?
    var organisationID: UUID?
    var schoolID: UUID?
    var ipAddress: String?
    var requestID: String?

    static let commandLine = AuditContext(actorName: "Command line")
}

enum AuditLog {
    static func record(
        _ action: AuditAction, on db: any Database, context: AuditContext,
        schoolID: UUID? = nil, organisationID: UUID? = nil,
        subjectType: String? = nil, subjectID: UUID? = nil, summary: String? = nil, at now: Date = Date()
    ) async throws {
        let event = AuditEvent()
        event.occurredAt = now
        event.organisationID = organisationID ?? context.organisationID
        event.schoolID = schoolID ?? context.schoolID
        event.actorID = context.actorID
        event.actorName = context.actorName
        event.action = action.rawValue
        event.subjectType = subjectType
        event.subjectID = subjectID
        event.summary = summary
        event.ipAddress = context.ipAddress
        event.requestID = context.requestID
        try await event.create(on: db)
    }

    struct Page: Sendable {
        var events: [AuditEvent]
        var hasMore: Bool
    }

    /// A school's events, newest first. With `schoolID == nil`, every event in the
    /// organisation, including those that belong to no school.
    static func list(
        organisationID: UUID, schoolID: UUID?, page: Int, pageSize: Int = 50, on db: any Database
    ) async throws -> Page {
        var query = AuditEvent.query(on: db).filter(\.$organisationID == organisationID)
        if let schoolID { query = query.filter(\.$schoolID == schoolID) }
        let rows =
            try await query
            .sort(\.$occurredAt, .descending)
            .range(((page - 1) * pageSize)..<(page * pageSize + 1))
            .all()
        return Page(events: Array(rows.prefix(pageSize)), hasMore: rows.count > pageSize)
    }
}

import Fluent
import Foundation
import RoundtableCore
import RoundtableViews

/// Who did it, from where, as one value, so every audited action passes the same facts.
struct AuditContext: Sendable {
    /// When it happened, from the application's clock (tests fix it; nothing reads the system
    /// clock behind the clock's back).
    var now: Date
    var actorID: UUID?
    var actorName: String?
    var organisationID: UUID?
    var schoolID: UUID?
    var ipAddress: String?
    var requestID: String?

    static func commandLine(at now: Date) -> AuditContext { AuditContext(now: now, actorName: "Command line") }
}

enum AuditLog {
    static func record(
        _ action: AuditAction, on db: any Database, context: AuditContext,
        schoolID: UUID? = nil, organisationID: UUID? = nil,
        subjectType: String? = nil, subjectID: UUID? = nil, summary: String? = nil, at now: Date? = nil
    ) async throws {
        let event = AuditEvent()
        event.occurredAt = now ?? context.now
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
}

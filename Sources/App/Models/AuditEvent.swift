import Fluent
import Foundation
import RoundtableCore
import RoundtableViews

/// One line of the audit log. The application only ever inserts these; database triggers
/// refuse updates and deletes (see `CreateAuditEvent`).
///
/// `summary` is written for the log reader and never holds sensitive content: it names
/// what happened and to which account, not what anyone said about a child.
final class AuditEvent: Model, @unchecked Sendable {
    static let schema = "audit_events"

    @ID(key: .id) var id: UUID?
    @Field(key: "occurred_at") var occurredAt: Date
    @OptionalField(key: "organisation_id") var organisationID: UUID?
    @OptionalField(key: "school_id") var schoolID: UUID?
    @OptionalField(key: "actor_id") var actorID: UUID?
    /// The actor's name at the time, so the log still reads correctly after renames.
    @OptionalField(key: "actor_name") var actorName: String?
    @Field(key: "action") var action: String
    @OptionalField(key: "subject_type") var subjectType: String?
    @OptionalField(key: "subject_id") var subjectID: UUID?
    @OptionalField(key: "summary") var summary: String?
    @OptionalField(key: "ip_address") var ipAddress: String?
    @OptionalField(key: "request_id") var requestID: String?

    init() {}

    var auditAction: AuditAction? { AuditAction(rawValue: action) }
}

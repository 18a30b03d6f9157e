import Fluent
import Foundation

/// One roster upload and its import, kept in the database so that any Roundtable process
/// can show how it is going.
final class RosterImportJob: Model, @unchecked Sendable {
    static let schema = "roster_import_jobs"

    enum Status: String, Codable, Sendable {
        case running, done, failed
    }

    @ID(key: .id) var id: UUID?
    @Parent(key: "school_id") var school: School
    @OptionalParent(key: "created_by_id") var createdBy: User?
    @Field(key: "file_name") var fileName: String
    @Enum(key: "status") var status: Status
    /// What is happening now, in words for the status page.
    @Field(key: "phase") var phase: String
    @Field(key: "dry_run") var dryRun: Bool
    @Field(key: "skip_invalid") var skipInvalid: Bool
    /// The import's summary as JSON, once it has finished.
    @OptionalField(key: "summary") var summary: String?
    @OptionalField(key: "failure") var failure: String?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @OptionalField(key: "finished_at") var finishedAt: Date?

    init() {}
}

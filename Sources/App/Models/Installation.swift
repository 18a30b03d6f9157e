import Fluent
import Foundation

/// A single row, written once by first-run setup. Its fixed primary key means a second,
/// simultaneous setup fails at the database instead of creating a second organisation.
final class Installation: Model, @unchecked Sendable {
    static let schema = "installation"
    static let singletonID = 1

    @ID(custom: "id", generatedBy: .user) var id: Int?
    @Parent(key: "organisation_id") var organisation: Organisation
    @Field(key: "completed_at") var completedAt: Date

    init() {}

    init(organisationID: UUID, completedAt: Date) {
        self.id = Self.singletonID
        self.$organisation.id = organisationID
        self.completedAt = completedAt
    }
}

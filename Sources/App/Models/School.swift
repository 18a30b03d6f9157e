import Fluent
import Foundation
import RoundtableCore

final class School: Model, @unchecked Sendable {
    static let schema = "schools"

    @ID(key: .id) var id: UUID?
    @Parent(key: "organisation_id") var organisation: Organisation
    @Field(key: "name") var name: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(id: UUID? = nil, organisationID: UUID, name: String) {
        self.id = id
        self.$organisation.id = organisationID
        self.name = name
    }

    var ref: SchoolRef { SchoolRef(id: id!, organisationID: $organisation.id) }
}

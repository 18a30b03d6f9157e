import Fluent
import Foundation
import RoundtableCore
import RoundtableViews

final class School: Model, @unchecked Sendable {
    static let schema = "schools"

    @ID(key: .id) var id: UUID?
    @Parent(key: "organisation_id") var organisation: Organisation
    @Field(key: "name") var name: String
    /// The school's `sourcedId` in the roster it was imported from.
    @OptionalField(key: "sourced_id") var sourcedID: String?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Field(key: "head_of_year_sees_year_group") var headOfYearSeesYearGroup: Bool
    @Field(key: "sen_coordinator_sees_special_needs") var senCoordinatorSeesSpecialNeeds: Bool
    /// Whether participants must give a code sent to their email before their page shows anything.
    @Field(key: "participant_code_required") var participantCodeRequired: Bool
    /// The school's words to explain in summaries, one "TERM = plain words" a line; `nil` is
    /// the built-in list.
    @OptionalField(key: "jargon") var jargon: String?
    /// How families reach the school (`SchoolContactForm`).
    @OptionalField(key: "address") var address: String?
    @OptionalField(key: "phone") var phone: String?

    /// The jargon list summaries are checked against.
    var jargonList: [JargonEntry] {
        guard let jargon, case .success(let list) = Jargon.parse(text: jargon) else { return Jargon.defaultList }
        return list
    }

    init() {}

    init(id: UUID? = nil, organisationID: UUID, name: String) {
        self.id = id
        self.$organisation.id = organisationID
        self.name = name
        self.headOfYearSeesYearGroup = true
        self.senCoordinatorSeesSpecialNeeds = true
        self.participantCodeRequired = false
    }

    var reachPolicy: ReachPolicy {
        ReachPolicy(
            headOfYearSeesYearGroup: headOfYearSeesYearGroup,
            senCoordinatorSeesSpecialNeeds: senCoordinatorSeesSpecialNeeds)
    }

    var ref: SchoolRef { SchoolRef(id: id!, organisationID: $organisation.id) }
}

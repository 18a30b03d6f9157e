import Fluent
import Foundation
import RoundtableCore
import RoundtableViews

/// A staff account. Families and students never have one: they reach their meetings
/// through personal links instead.
final class User: Model, @unchecked Sendable {
    static let schema = "users"

    @ID(key: .id) var id: UUID?
    @Parent(key: "organisation_id") var organisation: Organisation
    /// `nil` for organisation administrators, who belong to every school.
    @OptionalParent(key: "school_id") var school: School?
    @Field(key: "name") var name: String
    /// Stored lower-cased; see `EmailAddress`.
    @Field(key: "email") var email: String
    /// The person's `sourcedId` when the account came from a roster.
    @OptionalField(key: "sourced_id") var sourcedID: String?
    /// `nil` until the person accepts their invitation and chooses a password.
    @OptionalField(key: "password_hash") var passwordHash: String?
    @Enum(key: "role") var role: StaffRole
    @Enum(key: "job_role") var jobRole: JobRole
    /// For heads of year: the year groups they lead.
    @OptionalField(key: "year_groups_led") var yearGroupsLed: [Int]?
    @Field(key: "is_active") var isActive: Bool
    @OptionalField(key: "last_sign_in_at") var lastSignInAt: Date?
    /// Whether they get a list of what needs them by email, and how often (off until they choose).
    @Enum(key: "reminder_digest") var reminderDigest: DigestFrequency
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    init(
        id: UUID? = nil, organisationID: UUID, schoolID: UUID?, name: String, email: EmailAddress,
        passwordHash: String?, role: StaffRole, jobRole: JobRole = .other, isActive: Bool = true
    ) {
        self.id = id
        self.$organisation.id = organisationID
        self.$school.id = schoolID
        self.name = name
        self.email = email.value
        self.passwordHash = passwordHash
        self.role = role
        self.jobRole = jobRole
        self.isActive = isActive
        self.reminderDigest = .initial
    }

    var ref: StaffRef {
        StaffRef(userID: id!, organisationID: $organisation.id, schoolID: $school.id, role: role)
    }

    var actor: Actor {
        Actor(userID: id!, organisationID: $organisation.id, schoolID: $school.id, role: role)
    }

    /// Invited but has not chosen a password yet.
    var isPending: Bool { passwordHash == nil }
}

import Foundation

/// The signed-in person as the access rules see them: nothing but the facts that decide reach.
public struct Actor: Sendable, Equatable {
    public var userID: UUID
    public var organisationID: UUID
    /// The school a leader or staff member belongs to; `nil` for organisation administrators.
    public var schoolID: UUID?
    public var role: StaffRole

    public init(userID: UUID, organisationID: UUID, schoolID: UUID?, role: StaffRole) {
        self.userID = userID
        self.organisationID = organisationID
        self.schoolID = schoolID
        self.role = role
    }
}

/// Where a school sits, so a rule can check that it belongs to the actor's organisation.
public struct SchoolRef: Sendable, Equatable, Hashable {
    public var id: UUID
    public var organisationID: UUID
    public init(id: UUID, organisationID: UUID) {
        self.id = id
        self.organisationID = organisationID
    }
}

/// A staff account as a target of an action (invite, change role, deactivate).
public struct StaffRef: Sendable, Equatable {
    public var userID: UUID
    public var organisationID: UUID
    public var schoolID: UUID?
    public var role: StaffRole
    public init(userID: UUID, organisationID: UUID, schoolID: UUID?, role: StaffRole) {
        self.userID = userID
        self.organisationID = organisationID
        self.schoolID = schoolID
        self.role = role
    }
}

/// A meeting as the target of an action: its school, who made it and who leads it.
public struct MeetingRef: Sendable, Equatable {
    public var school: SchoolRef
    public var createdBy: UUID
    public var leadID: UUID?

    public init(school: SchoolRef, createdBy: UUID, leadID: UUID?) {
        self.school = school
        self.createdBy = createdBy
        self.leadID = leadID
    }
}

import Foundation

/// The facts about a student that decide who may see them.
public struct StudentFacts: Sendable, Equatable {
    public var schoolID: UUID
    public var organisationID: UUID
    public var yearGroup: Int
    public var hasSpecialNeeds: Bool

    public init(schoolID: UUID, organisationID: UUID, yearGroup: Int, hasSpecialNeeds: Bool) {
        self.schoolID = schoolID
        self.organisationID = organisationID
        self.yearGroup = yearGroup
        self.hasSpecialNeeds = hasSpecialNeeds
    }
}

/// How far a school lets some job roles see beyond the students they work with directly.
public struct ReachPolicy: Sendable, Equatable {
    /// A head of year sees every student in the year groups they lead.
    public var headOfYearSeesYearGroup: Bool
    /// The special needs coordinator sees every student with special needs.
    public var senCoordinatorSeesSpecialNeeds: Bool

    public init(headOfYearSeesYearGroup: Bool = true, senCoordinatorSeesSpecialNeeds: Bool = true) {
        self.headOfYearSeesYearGroup = headOfYearSeesYearGroup
        self.senCoordinatorSeesSpecialNeeds = senCoordinatorSeesSpecialNeeds
    }
}

/// Which students a member of staff may see. Lists and single pages use the same scope, so a
/// student who is not in someone's list cannot be opened by typing the address either.
public enum StudentScope: Sendable, Equatable {
    /// Every student of every school in the organisation (administrators).
    case organisation(UUID)
    /// Every student of one school (leaders).
    case school(UUID)
    /// In one school: the students linked to this person, plus whole year groups or every
    /// student with special needs where the school's policy says so.
    case limited(school: UUID, yearGroups: Set<Int>, specialNeeds: Bool)
    case none

    /// The scope for a person, from their role, their job and the school's policy.
    public static func of(
        _ actor: Actor, jobRole: JobRole, yearGroupsLed: Set<Int>, policy: ReachPolicy
    )
        -> StudentScope
    {
        switch actor.role {
        case .organisationAdmin:
            return .organisation(actor.organisationID)
        case .schoolLeader:
            return actor.schoolID.map { .school($0) } ?? .none
        case .staff:
            guard let schoolID = actor.schoolID else { return .none }
            let years = jobRole == .headOfYear && policy.headOfYearSeesYearGroup ? yearGroupsLed : []
            let specialNeeds = jobRole == .senCoordinator && policy.senCoordinatorSeesSpecialNeeds
            return .limited(school: schoolID, yearGroups: years, specialNeeds: specialNeeds)
        case .governor, .organisationGovernor:
            return .none
        }
    }

    /// Whether the student is in scope; `isLinked` says whether the person works with them.
    public func includes(_ student: StudentFacts, isLinked: Bool) -> Bool {
        switch self {
        case .organisation(let organisationID):
            return student.organisationID == organisationID
        case .school(let schoolID):
            return student.schoolID == schoolID
        case .limited(let schoolID, let years, let specialNeeds):
            guard student.schoolID == schoolID else { return false }
            return isLinked || years.contains(student.yearGroup) || (specialNeeds && student.hasSpecialNeeds)
        case .none:
            return false
        }
    }
}

import Foundation

/// What a member of staff does day to day. Separate from `StaffRole`, which decides reach.
public enum JobRole: String, Sendable, CaseIterable, Codable {
    case teacher
    case formTutor = "form_tutor"
    case headOfYear = "head_of_year"
    case senCoordinator = "sen_coordinator"
    case counsellor
    case pastoralLead = "pastoral_lead"
    case supportStaff = "support_staff"
    case leader
    case other

    public var label: String {
        switch self {
        case .teacher: "Teacher"
        case .formTutor: "Form tutor"
        case .headOfYear: "Head of year"
        case .senCoordinator: "Special needs coordinator"
        case .counsellor: "Counsellor"
        case .pastoralLead: "Pastoral lead"
        case .supportStaff: "Support staff"
        case .leader: "School leader"
        case .other: "Other"
        }
    }
}

/// How a family member is related to a student, in the family's own terms.
public enum FamilyRelationship: String, Sendable, CaseIterable, Codable {
    case mother, father, parent, stepParent = "step_parent", carer, grandparent, aunt, uncle, sibling
    case fosterCarer = "foster_carer"
    case familyFriend = "family_friend"
    case other

    public var label: String {
        switch self {
        case .mother: "Mother"
        case .father: "Father"
        case .parent: "Parent"
        case .stepParent: "Step-parent"
        case .carer: "Carer"
        case .grandparent: "Grandparent"
        case .aunt: "Aunt"
        case .uncle: "Uncle"
        case .sibling: "Older sibling"
        case .fosterCarer: "Foster carer"
        case .familyFriend: "Friend of the family"
        case .other: "Other"
        }
    }
}

public enum MeetingMode: String, Sendable, CaseIterable, Codable {
    case inPerson = "in_person"
    case video
    case phone
}

public enum ContactChannel: String, Sendable, CaseIterable, Codable {
    case email, phone, text, letter
}

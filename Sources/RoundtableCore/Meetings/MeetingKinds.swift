import Foundation

/// Where a meeting is in its life (PRODUCT.md §3). Only `draft` and `shared` are reached so
/// far; the rest are named now so stored values never need renaming.
public enum MeetingState: String, Sendable, CaseIterable, Codable {
    case draft
    case shared
    case ready
    case inProgress = "in_progress"
    case closed
    case recordShared = "record_shared"
    case followedUp = "followed_up"
    case cancelled

    public var label: String {
        switch self {
        case .draft: "Draft"
        case .shared: "Shared with participants"
        case .ready: "Ready"
        case .inProgress: "In progress"
        case .closed: "Closed"
        case .recordShared: "Summary shared"
        case .followedUp: "Followed up"
        case .cancelled: "Cancelled"
        }
    }
}

public enum MeetingType: String, Sendable, CaseIterable, Codable {
    case progressReview = "progress_review"
    case wellbeingCheckIn = "wellbeing_check_in"
    case behaviourConcern = "behaviour_concern"
    case supportPlanReview = "support_plan_review"
    case transition
    case returnToSchool = "return_to_school"
    case familyRequest = "family_request"

    public var label: String {
        switch self {
        case .progressReview: "Progress review"
        case .wellbeingCheckIn: "Wellbeing check-in"
        case .behaviourConcern: "Behaviour concern"
        case .supportPlanReview: "Support plan or IEP review"
        case .transition: "Moving to a new school"
        case .returnToSchool: "Coming back after absence or exclusion"
        case .familyRequest: "Meeting the family asked for"
        }
    }
}

/// Who asked for the meeting: it changes how the invitation should read.
public enum RequestedBy: String, Sendable, CaseIterable, Codable {
    case school, family, student, agency

    public var label: String {
        switch self {
        case .school: "The school"
        case .family: "The family"
        case .student: "The student"
        case .agency: "An outside agency"
        }
    }
}

public enum Urgency: String, Sendable, CaseIterable, Codable {
    case routine, soon, urgent

    public var label: String {
        switch self {
        case .routine: "Routine"
        case .soon: "Soon (within two weeks)"
        case .urgent: "Urgent (within days)"
        }
    }
}

/// How people come together. Video and hybrid need a link and a plan for when it fails.
public enum MeetingFormat: String, Sendable, CaseIterable, Codable {
    case inPerson = "in_person"
    case video
    case hybrid
    case phone

    public var label: String {
        switch self {
        case .inPerson: "In person"
        case .video: "Video call"
        case .hybrid: "In person, with some joining by video"
        case .phone: "Phone call"
        }
    }

    public var needsLink: Bool { self == .video || self == .hybrid }
    public var needsRoom: Bool { self == .inPerson || self == .hybrid }
}

/// The part a person plays in a meeting.
public enum ParticipantKind: String, Sendable, CaseIterable, Codable {
    case student, family, staff, agency

    public var label: String {
        switch self {
        case .student: "Student"
        case .family: "Family"
        case .staff: "Staff"
        case .agency: "Agency"
        }
    }
}

/// A change participants are told about after a meeting is shared.
public enum MeetingChange: String, Sendable, CaseIterable, Codable {
    case time, length, format
    case videoLink = "video_link"
    case place, agenda
}

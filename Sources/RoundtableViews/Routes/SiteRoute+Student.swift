import Foundation
import RoundtableCore

/// Everything under `/students/{studentID}`: a student's page, their details, family, linked
/// staff and agencies, and a new meeting about them.
public enum StudentRoute: Sendable, Equatable {
    case show(notice: SiteRoute.Notice? = nil)
    case edit
    /// A family member's details, opened from one of their children's pages.
    case familyMember(FamilyMemberID)
    /// Add someone to the student's family: a new person, or (with `existing`) someone the
    /// school already knows as family of another student.
    case addFamilyMember(existing: FamilyMemberID? = nil, search: String? = nil)
    case familyLink(FamilyMemberID)
    case removeFamilyMember(FamilyMemberID)
    /// Link staff to the student: a search page, and the form it posts.
    case staff(search: String? = nil)
    case removeStaff(StaffID)
    case addAgency
    case removeAgency(AgencyLinkID)
    case newMeeting
    /// Everything that happened around the student, newest first, filtered by kind.
    case timeline(TimelineFilter = TimelineFilter())

    public enum Template: Hashable, Sendable, CaseIterable {
        case show, edit, familyMember, addFamilyMember, familyLink, removeFamilyMember
        case staff, removeStaff, addAgency, removeAgency, newMeeting, timeline

        public var segments: [PathSegment] {
            let student: [PathSegment] = ["students", .id(StudentID.self)]
            return switch self {
            case .show: student
            case .edit: student + ["edit"]
            case .familyMember: student + ["family", .id(FamilyMemberID.self)]
            case .addFamilyMember: student + ["family", "new"]
            case .familyLink: student + ["family", .id(FamilyMemberID.self), "link"]
            case .removeFamilyMember: student + ["family", .id(FamilyMemberID.self), "remove"]
            case .staff: student + ["staff"]
            case .removeStaff: student + ["staff", .id(StaffID.self), "remove"]
            case .addAgency: student + ["agencies", "new"]
            case .removeAgency: student + ["agencies", .id(AgencyLinkID.self), "remove"]
            case .newMeeting: student + ["meetings", "new"]
            case .timeline: student + ["timeline"]
            }
        }
    }

    var address: RouteAddress<Template> {
        switch self {
        case .show(let notice): RouteAddress(.show, query: [("notice", notice?.rawValue)])
        case .edit: RouteAddress(.edit)
        case .familyMember(let member): RouteAddress(.familyMember, .id(member))
        case .addFamilyMember(let existing, let search):
            RouteAddress(.addFamilyMember, query: [("existing", existing?.rawValue.uuidString), ("q", search)])
        case .familyLink(let member): RouteAddress(.familyLink, .id(member))
        case .removeFamilyMember(let member): RouteAddress(.removeFamilyMember, .id(member))
        case .staff(let search): RouteAddress(.staff, query: [("q", search)])
        case .removeStaff(let staff): RouteAddress(.removeStaff, .id(staff))
        case .addAgency: RouteAddress(.addAgency)
        case .removeAgency(let link): RouteAddress(.removeAgency, .id(link))
        case .newMeeting: RouteAddress(.newMeeting)
        case .timeline(let filter): RouteAddress(.timeline, query: filter.queryItems)
        }
    }
}

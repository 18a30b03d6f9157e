import Foundation

/// Everything under `/staff/{staffID}`: a member of staff's page and the forms on it.
public enum StaffMemberRoute: Sendable, Equatable {
    case show(notice: SiteRoute.Notice? = nil)
    case role
    case active
    case resendInvitation
    case job

    public enum Template: Hashable, Sendable, CaseIterable {
        case show, role, active, resendInvitation, job

        public var segments: [PathSegment] {
            let member: [PathSegment] = ["staff", .id(StaffID.self)]
            return switch self {
            case .show: member
            case .role: member + ["role"]
            case .active: member + ["active"]
            case .resendInvitation: member + ["invitation"]
            case .job: member + ["job"]
            }
        }
    }

    var address: RouteAddress<Template> {
        switch self {
        case .show(let notice): RouteAddress(.show, query: [("notice", notice?.rawValue)])
        case .role: RouteAddress(.role)
        case .active: RouteAddress(.active)
        case .resendInvitation: RouteAddress(.resendInvitation)
        case .job: RouteAddress(.job)
        }
    }
}

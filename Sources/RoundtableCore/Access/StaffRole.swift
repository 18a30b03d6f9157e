import Foundation

/// What a staff account may do across the organisation. Job titles (teacher, counsellor, ...)
/// are a separate thing: they describe the work, this describes the reach.
public enum StaffRole: String, Sendable, CaseIterable, Codable, Comparable {
    /// Every school of the organisation (a trust or district).
    case organisationAdmin = "organisation_admin"
    /// One school: its staff, its settings and its audit log.
    case schoolLeader = "school_leader"
    /// One school, and within it only what their own work needs.
    case staff

    public var label: String {
        switch self {
        case .organisationAdmin: "Organisation administrator"
        case .schoolLeader: "School leader"
        case .staff: "Staff"
        }
    }

    public var explanation: String {
        switch self {
        case .organisationAdmin: "Can manage every school in the organisation and all their staff."
        case .schoolLeader: "Can manage their school's staff and read its audit log."
        case .staff: "Can plan and run meetings with the students they work with."
        }
    }

    /// An administrator works across every school of the organisation and has none of their
    /// own; everyone else belongs to one school, and acts there.
    public var spansSchools: Bool { self == .organisationAdmin }

    private var rank: Int {
        switch self {
        case .staff: 0
        case .schoolLeader: 1
        case .organisationAdmin: 2
        }
    }

    public static func < (lhs: StaffRole, rhs: StaffRole) -> Bool { lhs.rank < rhs.rank }
}

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
    /// A school's governor: the school's figures about meetings, and nothing else (no names,
    /// no records, no participant pages).
    case governor
    /// A governor or trustee of the whole organisation: the organisation's figures, nothing else.
    case organisationGovernor = "organisation_governor"

    /// The order roles are offered in: the everyday one first.
    public static let offered: [StaffRole] = [
        .staff, .schoolLeader, .organisationAdmin, .governor, .organisationGovernor,
    ]

    public var label: String {
        switch self {
        case .organisationAdmin: "Organisation administrator"
        case .schoolLeader: "School leader"
        case .staff: "Staff"
        case .governor: "Governor"
        case .organisationGovernor: "Organisation governor"
        }
    }

    public var explanation: String {
        switch self {
        case .organisationAdmin: "Can manage every school in the organisation and all their staff."
        case .schoolLeader: "Can manage their school's staff and read its audit log."
        case .staff: "Can plan and run meetings with the students they work with."
        case .governor: "Can see the school's figures about meetings. Never a name or a record."
        case .organisationGovernor:
            "Can see the figures about meetings across the whole organisation. Never a name or a record."
        }
    }

    /// An administrator works across every school of the organisation and has none of their
    /// own; everyone else belongs to one school, and acts there.
    public var spansSchools: Bool { self == .organisationAdmin }

    /// Governors see figures only: every page but insight is closed to them (`Permission.useStaffPages`).
    public var seesOnlyFigures: Bool { self == .governor || self == .organisationGovernor }

    /// Invited without a school: the organisation's administrators and governors.
    public var belongsToNoSchool: Bool { self == .organisationAdmin || self == .organisationGovernor }

    private var rank: Int {
        switch self {
        case .governor, .organisationGovernor: -1
        case .staff: 0
        case .schoolLeader: 1
        case .organisationAdmin: 2
        }
    }

    public static func < (lhs: StaffRole, rhs: StaffRole) -> Bool { lhs.rank < rhs.rank }
}

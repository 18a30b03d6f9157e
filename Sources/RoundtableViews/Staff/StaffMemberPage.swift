import Foundation
import RoundtableCore

/// One person's page: who they are, the students they work with, and what the viewer may
/// change: their job, their role, a new link, switching the account off or on.
public struct StaffMemberPage: HTMLPage, Sendable, Equatable {
    public struct Student: Sendable, Equatable {
        public var id: StudentID
        /// "García, Lucía (Lucy)".
        public var listName: String

        public init(id: StudentID, listName: String) {
            self.id = id
            self.listName = listName
        }
    }

    public struct Person: Sendable, Equatable {
        public var id: StaffID
        public var name: String
        public var email: String
        public var role: StaffRole
        public var job: JobRole
        public var yearGroupsLed: [Int]
        public var account: AccountStatus
        public var lastSignInAt: Date?

        public init(
            id: StaffID, name: String, email: String, role: StaffRole, job: JobRole, yearGroupsLed: [Int],
            account: AccountStatus, lastSignInAt: Date?
        ) {
            self.id = id
            self.name = name
            self.email = email
            self.role = role
            self.job = job
            self.yearGroupsLed = yearGroupsLed
            self.account = account
            self.lastSignInAt = lastSignInAt
        }
    }

    public struct RoleForm: Sendable, Equatable {
        public var role: String
        public var school: String

        public init(role: String, school: String) {
            self.role = role
            self.school = school
        }
    }

    public struct JobForm: Sendable, Equatable {
        public var job: String
        public var years: String

        public init(job: String, years: String) {
            self.job = job
            self.years = years
        }
    }

    public var person: Person
    /// Their school; `nil` for an organisation administrator.
    public var school: NamedSchool?
    public var notice: SiteRoute.Notice?
    /// Roles the viewer may give this person; empty when they may not change it.
    public var roles: [StaffRole]
    /// Schools to choose from when changing the role (administrators only).
    public var schools: [NamedSchool]
    public var canSetActive: Bool
    public var canChangeJob: Bool
    public var roleForm: RoleForm
    /// What was typed into the job form, when it is shown again with a problem.
    public var jobForm: JobForm?
    /// The students linked to them (from class lists or by hand), the first hundred by name.
    public var linkedStudents: [Student]
    public var linkedTotal: Int
    public var errors: FieldErrors

    public init(
        person: Person, school: NamedSchool?, notice: SiteRoute.Notice? = nil, roles: [StaffRole],
        schools: [NamedSchool],
        canSetActive: Bool, canChangeJob: Bool, roleForm: RoleForm, jobForm: JobForm? = nil,
        linkedStudents: [Student] = [], linkedTotal: Int = 0, errors: FieldErrors = FieldErrors()
    ) {
        self.person = person
        self.school = school
        self.notice = notice
        self.roles = roles
        self.schools = schools
        self.canSetActive = canSetActive
        self.canChangeJob = canChangeJob
        self.roleForm = roleForm
        self.jobForm = jobForm
        self.linkedStudents = linkedStudents
        self.linkedTotal = linkedTotal
        self.errors = errors
    }

    public var title: String { person.name }
    public var hasErrors: Bool { !errors.isEmpty }
    public var area: StaffArea? { .staff }

    var isActive: Bool { person.account != .switchedOff }
    var isPending: Bool { person.account == .invited }
}

import Foundation
import RoundtableCore
import RoundtableViews
import SnapshotTesting
import Testing

/// The staff pages of the administration area: the list, a person's page, inviting, and the
/// pages shown once (an invitation link, an API token).
@Suite(.snapshots(record: snapshotRecording))
struct StaffPagesSnapshotTests {
    static func id(_ n: Int) -> UUID { UUID(uuidString: String(format: "00000000-0000-0000-0000-%012d", n))! }
    static let larkfield = SchoolID(id(101))
    static let oakway = SchoolID(id(102))
    static let admin = StaffFrame(
        name: "Jo Reid", roleLabel: "Organisation administrator", siteName: "Northfield Trust",
        areas: [.home, .staff, .schools, .audit])

    static let people: [StaffListPage.Person] = [
        .init(
            id: StaffID(id(1)), name: "Amina Patel", email: "a.patel@larkfield.example", role: .schoolLeader,
            job: .headOfYear, account: .active),
        .init(
            id: StaffID(id(2)), name: "Noor Haddad", email: "n.haddad@larkfield.example", role: .staff,
            job: .teacher, account: .invited),
        .init(
            id: StaffID(id(3)), name: "Sam Okafor", email: "s.okafor@larkfield.example", role: .staff,
            job: .counsellor, account: .switchedOff),
    ]

    @Test func staffListForAnAdministrator() {
        let page = StaffListPage(
            school: .init(id: Self.larkfield, name: "Larkfield Academy"), people: Self.people,
            places: [
                .init(id: Self.larkfield, name: "Larkfield Academy"), .init(id: Self.oakway, name: "Oakway Primary"),
                .init(id: SchoolFilter.administratorsID, name: "Organisation administrators"),
            ], canInvite: true, canManageSettings: true, canManageTokens: true)
        assertSnapshot(of: PageSnapshot.html(page, staff: Self.admin), as: .lines)
    }

    @Test func administratorsListedForAnAdministrator() {
        let page = StaffListPage(
            school: nil,
            people: [
                .init(
                    id: StaffID(Self.id(4)), name: "Jo Reid", email: "jo@northfield.example", role: .organisationAdmin,
                    job: .other, account: .active)
            ],
            places: [
                .init(id: Self.larkfield, name: "Larkfield Academy"),
                .init(id: SchoolFilter.administratorsID, name: "Organisation administrators"),
            ], canInvite: true, canManageSettings: false, canManageTokens: true)
        assertSnapshot(of: PageSnapshot.html(page, staff: Self.admin), as: .lines)
    }

    @Test func emptyStaffListForALeader() {
        let page = StaffListPage(
            school: .init(id: Self.oakway, name: "Oakway Primary"), people: [],
            places: [.init(id: Self.oakway, name: "Oakway Primary")], canInvite: false,
            canManageSettings: false, canManageTokens: false)
        assertSnapshot(of: PageSnapshot.html(page), as: .lines)
    }

    static let amina = StaffMemberPage.Person(
        id: StaffID(id(1)), name: "Amina Patel", email: "a.patel@larkfield.example", role: .schoolLeader,
        job: .headOfYear,
        yearGroupsLed: [7, 8], account: .active, lastSignInAt: PageSnapshot.now.addingTimeInterval(-3 * 86400))

    @Test func memberPageForAnAdministrator() {
        let page = StaffMemberPage(
            person: Self.amina, school: .init(id: Self.larkfield, name: "Larkfield Academy"), notice: .roleChanged,
            roles: [.staff, .schoolLeader, .organisationAdmin],
            schools: [
                .init(id: Self.larkfield, name: "Larkfield Academy"), .init(id: Self.oakway, name: "Oakway Primary"),
            ],
            canSetActive: true, canChangeJob: true,
            roleForm: .init(role: "school_leader", school: Self.larkfield.rawValue.uuidString),
            linkedStudents: [
                .init(id: StudentID(Self.id(201)), listName: "García, Lucía (Lucy)"),
                .init(id: StudentID(Self.id(202)), listName: "Okafor, Tobi"),
            ], linkedTotal: 140)
        assertSnapshot(of: PageSnapshot.html(page, staff: Self.admin), as: .lines)
    }

    @Test func invitedMemberWithAJobError() {
        var errors = FieldErrors()
        errors.add("years", "Enter year groups as numbers, like 7, 8 or 9-11")
        var person = Self.amina
        person.account = .invited
        person.lastSignInAt = nil
        let page = StaffMemberPage(
            person: person, school: .init(id: Self.larkfield, name: "Larkfield Academy"), roles: [], schools: [],
            canSetActive: true, canChangeJob: true, roleForm: .init(role: "school_leader", school: ""),
            jobForm: .init(job: "head_of_year", years: "seven"), errors: errors)
        assertSnapshot(of: PageSnapshot.html(page), as: .lines)
    }

    @Test func switchedOffMemberSeenByAColleague() {
        var person = Self.amina
        person.account = .switchedOff
        let page = StaffMemberPage(
            person: person, school: .init(id: Self.larkfield, name: "Larkfield Academy"), roles: [], schools: [],
            canSetActive: false, canChangeJob: false, roleForm: .init(role: "school_leader", school: ""),
            linkedStudents: [.init(id: StudentID(Self.id(201)), listName: "García, Lucía (Lucy)")], linkedTotal: 1)
        assertSnapshot(of: PageSnapshot.html(page), as: .lines)
    }

    @Test func inviteFormForAnAdministrator() {
        let page = InviteStaffPage(
            form: InviteStaffForm(school: Self.larkfield.rawValue.uuidString),
            roles: [.staff, .schoolLeader, .organisationAdmin],
            schools: [
                .init(id: Self.larkfield, name: "Larkfield Academy"), .init(id: Self.oakway, name: "Oakway Primary"),
            ],
            backTo: .staff(school: Self.larkfield), lifetimeDays: 7)
        assertSnapshot(of: PageSnapshot.html(page, staff: Self.admin), as: .lines)
    }

    @Test func inviteFormWithAnAddressAlreadyInvited() {
        var errors = FieldErrors()
        errors.add(
            "email",
            "Noor Haddad has already been invited with this email address. To send them a new link, open their page.")
        let page = InviteStaffPage(
            form: InviteStaffForm(name: "Noor Haddad", email: "n.haddad@larkfield.example"), errors: errors,
            roles: [.staff], schools: [], backTo: .staff(school: Self.larkfield), lifetimeDays: 7,
            existingPerson: .init(id: StaffID(Self.id(2)), name: "Noor Haddad"))
        assertSnapshot(of: PageSnapshot.html(page), as: .lines)
    }

    @Test func invitationReadyOnlyHere() {
        let page = InvitationReadyPage(
            personID: StaffID(Self.id(2)), personName: "Noor Haddad", personEmail: "n.haddad@larkfield.example",
            link: "http://127.0.0.1:8080/welcome/abc123", expiresAt: PageSnapshot.now.addingTimeInterval(7 * 86400),
            onlyWorksHere: true)
        assertSnapshot(of: PageSnapshot.html(page), as: .lines)
    }

    @Test func apiTokensWithAnError() {
        var errors = FieldErrors()
        errors.add("owner", "Choose whose access the token has")
        let page = APITokensPage(
            tokens: [
                .init(
                    id: APITokenID(Self.id(301)), name: "Timetable sync", hint: "rt_abcd", ownerName: "Amina Patel",
                    lastUsedAt: PageSnapshot.now.addingTimeInterval(-3600)),
                .init(
                    id: APITokenID(Self.id(302)), name: "Reports", hint: "rt_wxyz", ownerName: "Jo Reid",
                    lastUsedAt: nil),
            ],
            people: [
                .init(id: StaffID(Self.id(1)), name: "Amina Patel", role: .schoolLeader, job: .headOfYear),
                .init(id: StaffID(Self.id(2)), name: "Noor Haddad", role: .staff, job: .teacher),
            ],
            form: .init(name: "Sync", owner: ""), errors: errors)
        assertSnapshot(of: PageSnapshot.html(page, staff: Self.admin), as: .lines)
    }

    @Test func apiTokensNoneYet() {
        let page = APITokensPage(tokens: [], people: [], notice: .tokenRevoked)
        assertSnapshot(of: PageSnapshot.html(page, staff: Self.admin), as: .lines)
    }

    @Test func apiTokenReady() {
        let page = APITokenReadyPage(name: "Timetable sync", ownerName: "Amina Patel", secret: "rt_secret-value")
        assertSnapshot(of: PageSnapshot.html(page, staff: Self.admin), as: .lines)
    }
}

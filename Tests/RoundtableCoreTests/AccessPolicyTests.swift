import Foundation
import Testing

@testable import RoundtableCore

@Suite("Who may do what")
struct AccessPolicyTests {
    let oak = UUID()
    let elm = UUID()
    let primary: SchoolRef
    let secondary: SchoolRef
    let elmHigh: SchoolRef
    let admin: Actor
    let primaryLeader: Actor
    let primaryStaff: Actor
    let elmAdmin: Actor

    init() {
        primary = SchoolRef(id: UUID(), organisationID: oak)
        secondary = SchoolRef(id: UUID(), organisationID: oak)
        elmHigh = SchoolRef(id: UUID(), organisationID: elm)
        admin = Actor(userID: UUID(), organisationID: oak, schoolID: nil, role: .organisationAdmin)
        primaryLeader = Actor(userID: UUID(), organisationID: oak, schoolID: primary.id, role: .schoolLeader)
        primaryStaff = Actor(userID: UUID(), organisationID: oak, schoolID: primary.id, role: .staff)
        elmAdmin = Actor(userID: UUID(), organisationID: elm, schoolID: nil, role: .organisationAdmin)
    }

    func staff(_ role: StaffRole, at school: SchoolRef?, in organisation: UUID? = nil) -> StaffRef {
        StaffRef(userID: UUID(), organisationID: organisation ?? oak, schoolID: school?.id, role: role)
    }

    @Test("Nobody reaches a school of another organisation, whatever their role")
    func organisationsAreWalledOff() {
        for actor in [admin, primaryLeader, primaryStaff] {
            #expect(!AccessPolicy.allows(actor, .viewSchool(elmHigh)))
            #expect(!AccessPolicy.allows(actor, .listStaff(elmHigh)))
            #expect(!AccessPolicy.allows(actor, .readAuditLog(elmHigh)))
            #expect(!AccessPolicy.allows(actor, .setActive(staff(.staff, at: elmHigh, in: elm))))
            #expect(!AccessPolicy.allows(actor, .viewStaff(staff(.staff, at: elmHigh, in: elm))))
        }
        #expect(!AccessPolicy.allows(elmAdmin, .manageSchools(organisationID: oak)))
        #expect(!AccessPolicy.allows(elmAdmin, .readOrganisationAuditLog(organisationID: oak)))
    }

    @Test("A leader manages their own school only")
    func leaderReach() {
        #expect(AccessPolicy.allows(primaryLeader, .listStaff(primary)))
        #expect(AccessPolicy.allows(primaryLeader, .readAuditLog(primary)))
        #expect(!AccessPolicy.allows(primaryLeader, .listStaff(secondary)))
        #expect(!AccessPolicy.allows(primaryLeader, .readAuditLog(secondary)))
        #expect(AccessPolicy.allows(primaryLeader, .inviteStaff(to: primary, role: .staff)))
        #expect(AccessPolicy.allows(primaryLeader, .inviteStaff(to: primary, role: .schoolLeader)))
        #expect(!AccessPolicy.allows(primaryLeader, .inviteStaff(to: secondary, role: .staff)))
        #expect(!AccessPolicy.allows(primaryLeader, .inviteStaff(to: nil, role: .organisationAdmin)))
        #expect(!AccessPolicy.allows(primaryLeader, .manageSchools(organisationID: oak)))
        #expect(!AccessPolicy.allows(primaryLeader, .readOrganisationAuditLog(organisationID: oak)))
    }

    @Test("A leader cannot touch an administrator, nor make one")
    func leaderAndAdministrators() {
        let anAdmin = staff(.organisationAdmin, at: nil)
        #expect(!AccessPolicy.allows(primaryLeader, .setActive(anAdmin)))
        #expect(!AccessPolicy.allows(primaryLeader, .viewStaff(anAdmin)))
        let colleague = staff(.staff, at: primary)
        #expect(!AccessPolicy.allows(primaryLeader, .changeRole(of: colleague, to: .organisationAdmin, school: nil)))
        #expect(AccessPolicy.allows(primaryLeader, .changeRole(of: colleague, to: .schoolLeader, school: primary)))
        #expect(!AccessPolicy.allows(primaryLeader, .changeRole(of: colleague, to: .staff, school: secondary)))
    }

    @Test("Only leaders and administrators set or lift a contact restriction")
    func restrictions() {
        #expect(AccessPolicy.allows(primaryLeader, .changeContactRestriction(primary)))
        #expect(AccessPolicy.allows(admin, .changeContactRestriction(primary)))
        #expect(!AccessPolicy.allows(primaryStaff, .changeContactRestriction(primary)))
        #expect(!AccessPolicy.allows(primaryLeader, .changeContactRestriction(secondary)))
        #expect(!AccessPolicy.allows(elmAdmin, .changeContactRestriction(primary)))
    }

    @Test("Only leaders and administrators add students or change who is in a student's circle")
    func students() {
        #expect(AccessPolicy.allows(primaryLeader, .manageStudents(primary)))
        #expect(AccessPolicy.allows(admin, .manageStudents(secondary)))
        #expect(!AccessPolicy.allows(primaryStaff, .manageStudents(primary)))
        #expect(!AccessPolicy.allows(primaryLeader, .manageStudents(secondary)))
        #expect(!AccessPolicy.allows(elmAdmin, .manageStudents(primary)))
    }

    @Test("A meeting is seen by those who see its students or take part, and changed by its owner, lead or leaders")
    func meetings() {
        let colleague = UUID()
        let meeting = MeetingRef(school: primary, createdBy: colleague, leadID: nil)
        #expect(!AccessPolicy.allows(primaryStaff, .viewMeeting(meeting, seesAllStudents: false, takesPart: false)))
        #expect(AccessPolicy.allows(primaryStaff, .viewMeeting(meeting, seesAllStudents: true, takesPart: false)))
        #expect(AccessPolicy.allows(primaryStaff, .viewMeeting(meeting, seesAllStudents: false, takesPart: true)))
        #expect(!AccessPolicy.allows(primaryStaff, .changeMeeting(meeting)))
        let led = MeetingRef(school: primary, createdBy: colleague, leadID: primaryStaff.userID)
        #expect(AccessPolicy.allows(primaryStaff, .changeMeeting(led)))
        #expect(AccessPolicy.allows(primaryLeader, .changeMeeting(meeting)))
        #expect(AccessPolicy.allows(admin, .viewMeeting(meeting, seesAllStudents: false, takesPart: false)))
        #expect(!AccessPolicy.allows(elmAdmin, .viewMeeting(meeting, seesAllStudents: true, takesPart: true)))
        let elsewhere = MeetingRef(school: secondary, createdBy: primaryLeader.userID, leadID: nil)
        #expect(!AccessPolicy.allows(primaryLeader, .changeMeeting(elsewhere)))
        #expect(AccessPolicy.allows(primaryStaff, .planMeetings(primary)))
        #expect(!AccessPolicy.allows(primaryStaff, .planMeetings(secondary)))
        #expect(!AccessPolicy.allows(primaryStaff, .manageSpaces(primary)))
        #expect(AccessPolicy.allows(primaryLeader, .manageSpaces(primary)))
    }

    @Test("Lists of meetings: administrators their organisation's, leaders their school's, staff their own")
    func meetingListScope() {
        #expect(MeetingListScope.of(admin) == .organisation(oak))
        #expect(MeetingListScope.of(primaryLeader) == .school(primary.id))
        #expect(MeetingListScope.of(primaryStaff) == .own(userID: primaryStaff.userID))
        let schoolless = Actor(userID: UUID(), organisationID: oak, schoolID: nil, role: .schoolLeader)
        #expect(MeetingListScope.of(schoolless) == MeetingListScope.none)
        let staffWithoutSchool = Actor(userID: UUID(), organisationID: oak, schoolID: nil, role: .staff)
        #expect(MeetingListScope.of(staffWithoutSchool) == .own(userID: staffWithoutSchool.userID))
    }

    @Test("Staff manage nobody, and see only their own school")
    func staffReach() {
        #expect(AccessPolicy.allows(primaryStaff, .viewSchool(primary)))
        #expect(!AccessPolicy.allows(primaryStaff, .viewSchool(secondary)))
        #expect(!AccessPolicy.allows(primaryStaff, .listStaff(primary)))
        #expect(!AccessPolicy.allows(primaryStaff, .readAuditLog(primary)))
        #expect(!AccessPolicy.allows(primaryStaff, .inviteStaff(to: primary, role: .staff)))
        #expect(!AccessPolicy.allows(primaryStaff, .setActive(staff(.staff, at: primary))))
        #expect(!AccessPolicy.allows(primaryStaff, .viewStaff(staff(.staff, at: primary))))
    }

    @Test("An administrator reaches every school of their organisation")
    func administratorReach() {
        for school in [primary, secondary] {
            #expect(AccessPolicy.allows(admin, .listStaff(school)))
            #expect(AccessPolicy.allows(admin, .readAuditLog(school)))
            #expect(AccessPolicy.allows(admin, .inviteStaff(to: school, role: .schoolLeader)))
        }
        #expect(AccessPolicy.allows(admin, .inviteStaff(to: nil, role: .organisationAdmin)))
        #expect(AccessPolicy.allows(admin, .manageSchools(organisationID: oak)))
        #expect(AccessPolicy.allows(admin, .listAdministrators(organisationID: oak)))
    }

    @Test("Administrators belong to no school; everyone else belongs to exactly one")
    func roleAndSchoolGoTogether() {
        #expect(!AccessPolicy.allows(admin, .inviteStaff(to: primary, role: .organisationAdmin)))
        #expect(!AccessPolicy.allows(admin, .inviteStaff(to: nil, role: .staff)))
        #expect(!AccessPolicy.allows(admin, .inviteStaff(to: nil, role: .schoolLeader)))
    }

    @Test("Nobody changes their own role or switches their own account off")
    func noSelfChanges() {
        let me = StaffRef(userID: admin.userID, organisationID: oak, schoolID: nil, role: .organisationAdmin)
        #expect(!AccessPolicy.allows(admin, .changeRole(of: me, to: .staff, school: primary)))
        #expect(!AccessPolicy.allows(admin, .setActive(me)))
        #expect(AccessPolicy.allows(admin, .viewStaff(me)))
    }

    @Test("The navigation offers each role only what it can open")
    func navigation() {
        #expect(StaffArea.visible(to: primaryStaff) == [.home, .meetings, .students])
        #expect(StaffArea.visible(to: primaryLeader) == [.home, .meetings, .students, .staff, .insight, .audit])
        #expect(StaffArea.visible(to: admin) == [.home, .meetings, .students, .staff, .schools, .insight, .audit])
        let governor = Actor(userID: UUID(), organisationID: oak, schoolID: primary.id, role: .governor)
        #expect(StaffArea.visible(to: governor) == [.insight])
    }

    @Test("Figures: leaders their school's, administrators every school's and the whole organisation's")
    func insight() {
        #expect(AccessPolicy.allows(primaryLeader, .viewInsight(primary)))
        #expect(!AccessPolicy.allows(primaryLeader, .viewInsight(secondary)))
        #expect(!AccessPolicy.allows(primaryLeader, .viewOrganisationInsight(organisationID: oak)))
        #expect(!AccessPolicy.allows(primaryStaff, .viewInsight(primary)))
        #expect(AccessPolicy.allows(admin, .viewInsight(secondary)))
        #expect(AccessPolicy.allows(admin, .viewOrganisationInsight(organisationID: oak)))
        #expect(!AccessPolicy.allows(admin, .viewInsight(elmHigh)))
        #expect(!AccessPolicy.allows(elmAdmin, .viewOrganisationInsight(organisationID: oak)))
    }

    @Test("A governor sees figures and nothing else: no student, meeting, person or setting")
    func governors() {
        let governor = Actor(userID: UUID(), organisationID: oak, schoolID: primary.id, role: .governor)
        let trustee = Actor(userID: UUID(), organisationID: oak, schoolID: nil, role: .organisationGovernor)
        #expect(AccessPolicy.allows(governor, .viewInsight(primary)))
        #expect(!AccessPolicy.allows(governor, .viewInsight(secondary)))
        #expect(!AccessPolicy.allows(governor, .viewOrganisationInsight(organisationID: oak)))
        // The whole organisation's only: one school's beside it could be subtracted.
        #expect(!AccessPolicy.allows(trustee, .viewInsight(secondary)))
        #expect(AccessPolicy.allows(trustee, .viewOrganisationInsight(organisationID: oak)))
        #expect(!AccessPolicy.allows(trustee, .viewInsight(elmHigh)))
        let meeting = MeetingRef(school: primary, createdBy: UUID(), leadID: governor.userID)
        for actor in [governor, trustee] {
            #expect(!AccessPolicy.allows(actor, .useStaffPages))
            #expect(!AccessPolicy.allows(actor, .viewSchool(primary)))
            #expect(!AccessPolicy.allows(actor, .planMeetings(primary)))
            #expect(!AccessPolicy.allows(actor, .readAuditLog(primary)))
            #expect(!AccessPolicy.allows(actor, .listStaff(primary)))
            #expect(!AccessPolicy.allows(actor, .viewMeeting(meeting, seesAllStudents: false, takesPart: false)))
            #expect(!AccessPolicy.allows(actor, .inviteStaff(to: primary, role: .governor)))
            #expect(
                StudentScope.of(actor, jobRole: .other, yearGroupsLed: [], policy: ReachPolicy()) == .none)
            #expect(MeetingListScope.of(actor) == .none)
        }
        #expect(AccessPolicy.allows(primaryStaff, .useStaffPages))
        // Leaders invite their own school's governors; only administrators invite the organisation's.
        #expect(AccessPolicy.allows(primaryLeader, .inviteStaff(to: primary, role: .governor)))
        #expect(!AccessPolicy.allows(primaryLeader, .inviteStaff(to: secondary, role: .governor)))
        #expect(!AccessPolicy.allows(primaryLeader, .inviteStaff(to: nil, role: .organisationGovernor)))
        #expect(AccessPolicy.allows(admin, .inviteStaff(to: nil, role: .organisationGovernor)))
        #expect(!AccessPolicy.allows(admin, .inviteStaff(to: primary, role: .organisationGovernor)))
        #expect(AccessPolicy.allows(primaryLeader, .setActive(staff(.governor, at: primary))))
        #expect(!AccessPolicy.allows(primaryLeader, .setActive(staff(.organisationGovernor, at: nil))))
    }
}

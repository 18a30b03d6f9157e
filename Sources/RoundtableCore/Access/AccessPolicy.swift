import Foundation

/// Every question "may this person do this?" is answered here and nowhere else.
///
/// The web layer turns a "no" into a plain "page not found", so a person cannot learn from
/// the answer that something exists beyond their reach.
public enum Permission: Sendable, Equatable {
    /// See a school's pages at all.
    case viewSchool(SchoolRef)
    /// See who works at a school and the state of their accounts.
    case listStaff(SchoolRef)
    /// See the organisation's administrators.
    case listAdministrators(organisationID: UUID)
    /// See one member of staff's account page.
    case viewStaff(StaffRef)
    /// Invite someone to a school with the given role.
    case inviteStaff(to: SchoolRef?, role: StaffRole)
    /// Change another person's role, or move them between schools.
    case changeRole(of: StaffRef, to: StaffRole, school: SchoolRef?)
    /// Switch an account off or on again.
    case setActive(StaffRef)
    /// Read the audit log of a school.
    case readAuditLog(SchoolRef)
    /// Read events that belong to the organisation rather than a school (setup, new schools).
    case readOrganisationAuditLog(organisationID: UUID)
    /// Add schools to the organisation.
    case manageSchools(organisationID: UUID)
    /// Set or lift a contact restriction (such as a court order) on a family member of a
    /// student at this school. Serious enough to stay with leaders.
    case changeContactRestriction(SchoolRef)
    /// Change a family member's email address: personal links and codes go there, so a
    /// changed address could hand a child's meetings to someone else. Leaders only.
    case changeFamilyEmail(SchoolRef)
    /// Make and revoke API tokens for people in the organisation.
    case manageAPITokens(organisationID: UUID)
    /// Say what someone does (their job, the year groups they lead).
    case changeJob(of: StaffRef)
    /// Decide how far heads of year and the special needs coordinator see.
    case manageSchoolSettings(SchoolRef)
    /// Upload a roster export for a school.
    case importRoster(SchoolRef)
    /// Add students to a school and change what is recorded about them and their circle:
    /// who their family is and who holds parental responsibility, which staff work with
    /// them, which agencies support them. Contact details stay open to everyone who sees
    /// the student; who belongs to a child stays with leaders.
    case manageStudents(SchoolRef)
    /// Plan a new meeting at a school, about students the person can see.
    case planMeetings(SchoolRef)
    /// See a meeting's plan. `seesAllStudents`: every student it is about is in the person's
    /// reach; `takesPart`: they are one of its staff participants.
    case viewMeeting(MeetingRef, seesAllStudents: Bool, takesPart: Bool)
    /// Change a meeting's plan, agenda, people and place: whoever made it, its lead, and leaders.
    case changeMeeting(MeetingRef)
    /// Keep the list of the school's rooms and places.
    case manageSpaces(SchoolRef)
    /// Read a school's outbox: every email it sent or is sending, in full.
    case readOutbox(SchoolRef)
    /// See a feedback alert and record what was done about it (`FeedbackVisibility.maySeeAlert`).
    case handleFeedbackAlert(ownerID: UUID, school: SchoolRef)
    /// Set the school's feedback alert thresholds.
    case setFeedbackThresholds(SchoolRef)
    /// Read a school's figures (insight): aggregates only, never a name.
    case viewInsight(SchoolRef)
    /// Read the figures of every school of the organisation together.
    case viewOrganisationInsight(organisationID: UUID)
    /// Open any staff page beyond insight (governors may not).
    case useStaffPages
}

public enum AccessPolicy {
    public static func allows(_ actor: Actor, _ permission: Permission) -> Bool {
        switch permission {
        case .viewSchool(let school):
            return reaches(actor, school)
        case .listStaff(let school), .readAuditLog(let school):
            return actor.role >= .schoolLeader && reaches(actor, school)
        case .listAdministrators(let organisationID):
            return actor.role == .organisationAdmin && actor.organisationID == organisationID
        case .inviteStaff(let school, let role):
            return mayAssign(actor, role: role, school: school)
        case .changeRole(let target, let role, let school):
            // Nobody changes their own role: it is how the last administrator locks everyone out.
            guard target.userID != actor.userID, manages(actor, target) else { return false }
            return mayAssign(actor, role: role, school: school)
        case .viewStaff(let target):
            return manages(actor, target) || (target.userID == actor.userID && actor.role >= .schoolLeader)
        case .setActive(let target):
            return target.userID != actor.userID && manages(actor, target)
        case .changeJob(let target):
            return manages(actor, target)
        case .importRoster(let school):
            return actor.role == .organisationAdmin && reaches(actor, school)
        case .manageSchoolSettings(let school):
            return actor.role >= .schoolLeader && reaches(actor, school)
        case .changeContactRestriction(let school), .changeFamilyEmail(let school), .manageStudents(let school):
            return actor.role >= .schoolLeader && reaches(actor, school)
        case .planMeetings(let school):
            return reaches(actor, school)
        case .viewMeeting(let meeting, let seesAllStudents, let takesPart):
            return MeetingReach.of(actor, meeting, seesAllStudents: seesAllStudents, takesPart: takesPart)
                .opensMeeting
        case .changeMeeting(let meeting):
            guard reaches(actor, meeting.school) else { return false }
            return actor.role >= .schoolLeader || isOwnerOrLead(actor, meeting)
        case .manageSpaces(let school), .readOutbox(let school), .setFeedbackThresholds(let school):
            return actor.role >= .schoolLeader && reaches(actor, school)
        case .viewInsight(let school):
            guard school.organisationID == actor.organisationID else { return false }
            switch actor.role {
            case .governor: return actor.schoolID == school.id
            // The organisation's own figures only: a school's beside the whole could be
            // subtracted to reveal a group hidden in another school.
            case .organisationGovernor: return false
            default: return actor.role >= .schoolLeader && reaches(actor, school)
            }
        case .viewOrganisationInsight(let organisationID):
            return (actor.role == .organisationAdmin || actor.role == .organisationGovernor)
                && actor.organisationID == organisationID
        case .useStaffPages:
            return !actor.role.seesOnlyFigures
        case .handleFeedbackAlert(let ownerID, let school):
            return FeedbackVisibility.maySeeAlert(viewer: actor, ownerID: ownerID, school: school)
        case .readOrganisationAuditLog(let organisationID), .manageSchools(let organisationID),
            .manageAPITokens(let organisationID):
            return actor.role == .organisationAdmin && actor.organisationID == organisationID
        }
    }

    public static func isOwnerOrLead(_ actor: Actor, _ meeting: MeetingRef) -> Bool {
        meeting.createdBy == actor.userID || meeting.leadID == actor.userID
    }

    /// Whether the actor's reach includes the school.
    static func reaches(_ actor: Actor, _ school: SchoolRef) -> Bool {
        // A governor reaches no school's people or meetings, only its figures (`viewInsight`).
        guard school.organisationID == actor.organisationID, !actor.role.seesOnlyFigures else { return false }
        return actor.role == .organisationAdmin || actor.schoolID == school.id
    }

    /// Leaders manage their own school's staff and leaders; administrators manage everyone
    /// in their organisation.
    static func manages(_ actor: Actor, _ target: StaffRef) -> Bool {
        guard target.organisationID == actor.organisationID else { return false }
        switch actor.role {
        case .organisationAdmin: return true
        case .schoolLeader:
            return target.role != .organisationAdmin && target.role != .organisationGovernor
                && target.schoolID == actor.schoolID
        case .staff, .governor, .organisationGovernor: return false
        }
    }

    /// Organisation administrators belong to no single school; everyone else belongs to one.
    static func mayAssign(_ actor: Actor, role: StaffRole, school: SchoolRef?) -> Bool {
        switch role {
        case .organisationAdmin, .organisationGovernor:
            return actor.role == .organisationAdmin && school == nil
        case .schoolLeader, .staff, .governor:
            guard let school, actor.role >= .schoolLeader else { return false }
            return reaches(actor, school)
        }
    }
}

/// The parts of the staff site a person's navigation offers them.
public enum StaffArea: Sendable, CaseIterable {
    case home
    case meetings
    case students
    case staff
    case schools
    case insight
    case audit

    public static func visible(to actor: Actor) -> [StaffArea] {
        allCases.filter { area in
            switch area {
            case .home, .meetings, .students: !actor.role.seesOnlyFigures
            case .staff, .audit: actor.role >= .schoolLeader
            case .insight: actor.role >= .schoolLeader || actor.role.seesOnlyFigures
            case .schools: AccessPolicy.allows(actor, .manageSchools(organisationID: actor.organisationID))
            }
        }
    }
}

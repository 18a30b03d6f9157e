import Foundation
import RoundtableCore

/// The student at the centre, with the people around them.
public struct StudentProfilePage: HTMLPage, Sendable, Equatable {
    public var id: StudentID
    public var givenName: String
    public var familyName: String
    public var preferredName: String?
    public var yearGroup: Int
    /// The form (tutor group), like "7A", when the school records it.
    public var formGroup: String?
    public var schoolName: String
    public var dateOfBirth: Date?
    /// Language codes spoken at home, most used first.
    public var homeLanguages: [String]
    public var support: StudentSupport
    /// In the student's own words.
    public var whatHelpsMe: String?
    /// Meetings about this student the viewer may open, newest first.
    public var meetings: [Meeting]
    /// The student's plan: goals still being worked on and open actions, from every meeting
    /// the viewer may read, soonest date first.
    public var plan: [PlanItem]
    /// How meetings have felt for each family member and the student, only the points this
    /// viewer may read (`FeedbackTrend`); empty for most staff, and then nothing is drawn.
    public var trends: [FeedbackTrend.Line] = []
    /// Those with parental responsibility first, then by name.
    public var family: [FamilyMember]
    /// Active staff who work with the student, by name.
    public var staff: [StaffMember]
    /// By agency, then name.
    public var agencies: [Agency]
    /// Leaders and administrators change the record and the circle.
    public var mayManage: Bool
    public var mayPlanMeetings: Bool
    public var notice: SiteRoute.Notice?

    public struct Meeting: Sendable, Equatable {
        public var id: MeetingID
        public var type: MeetingType
        public var startsAt: Date?
        public var state: MeetingState

        public init(id: MeetingID, type: MeetingType, startsAt: Date?, state: MeetingState) {
            self.id = id
            self.type = type
            self.startsAt = startsAt
            self.state = state
        }
    }

    public struct FamilyMember: Sendable, Equatable {
        public var id: FamilyMemberID
        public var name: String
        public var relationship: FamilyRelationship
        public var hasParentalResponsibility: Bool
        public var livesWithStudent: Bool
        /// Set when they must not be contacted: what the restriction says.
        public var restriction: String?
        /// How to reach them; `nil` for someone who must not be contacted.
        public var contact: Contact?

        public init(
            id: FamilyMemberID, name: String, relationship: FamilyRelationship, hasParentalResponsibility: Bool,
            livesWithStudent: Bool, restriction: String? = nil, contact: Contact?
        ) {
            self.id = id
            self.name = name
            self.relationship = relationship
            self.hasParentalResponsibility = hasParentalResponsibility
            self.livesWithStudent = livesWithStudent
            self.restriction = restriction
            self.contact = contact
        }

        public var isRestricted: Bool { restriction != nil }
    }

    public struct Contact: Sendable, Equatable {
        public var preferredLanguage: String
        /// The language to interpret into, when they need an interpreter.
        public var interpreterLanguage: String?
        public var preferredContact: ContactChannel
        public var preferredMeetingMode: MeetingMode
        public var accessibilityNeeds: String?
        public var email: String?
        public var phone: String?

        public init(
            preferredLanguage: String, interpreterLanguage: String? = nil, preferredContact: ContactChannel,
            preferredMeetingMode: MeetingMode, accessibilityNeeds: String? = nil, email: String? = nil,
            phone: String? = nil
        ) {
            self.email = email
            self.phone = phone
            self.preferredLanguage = preferredLanguage
            self.interpreterLanguage = interpreterLanguage
            self.preferredContact = preferredContact
            self.preferredMeetingMode = preferredMeetingMode
            self.accessibilityNeeds = accessibilityNeeds
        }
    }

    public struct StaffMember: Sendable, Equatable {
        public var id: StaffID
        public var name: String
        public var jobRole: JobRole
        /// Linked by hand rather than from class lists.
        public var linkedByHand: Bool

        public init(id: StaffID, name: String, jobRole: JobRole, linkedByHand: Bool) {
            self.id = id
            self.name = name
            self.jobRole = jobRole
            self.linkedByHand = linkedByHand
        }
    }

    public struct Agency: Sendable, Equatable {
        public var linkID: AgencyLinkID
        public var agency: String
        public var name: String
        public var role: String?
        public var email: String?
        public var phone: String?
        public var consentFrom: String
        public var consentDate: Date
        public var consentNotes: String?

        public init(
            linkID: AgencyLinkID, agency: String, name: String, role: String? = nil, email: String? = nil,
            phone: String? = nil, consentFrom: String, consentDate: Date, consentNotes: String? = nil
        ) {
            self.linkID = linkID
            self.agency = agency
            self.name = name
            self.role = role
            self.email = email
            self.phone = phone
            self.consentFrom = consentFrom
            self.consentDate = consentDate
            self.consentNotes = consentNotes
        }
    }

    public init(
        id: StudentID, givenName: String, familyName: String, preferredName: String? = nil, yearGroup: Int,
        formGroup: String? = nil, schoolName: String, dateOfBirth: Date? = nil, homeLanguages: [String] = [],
        support: StudentSupport = StudentSupport(), whatHelpsMe: String? = nil, meetings: [Meeting] = [],
        plan: [PlanItem] = [], family: [FamilyMember] = [], staff: [StaffMember] = [], agencies: [Agency] = [],
        mayManage: Bool = false,
        mayPlanMeetings: Bool = false, notice: SiteRoute.Notice? = nil
    ) {
        self.id = id
        self.givenName = givenName
        self.familyName = familyName
        self.preferredName = preferredName
        self.yearGroup = yearGroup
        self.formGroup = formGroup
        self.schoolName = schoolName
        self.dateOfBirth = dateOfBirth
        self.homeLanguages = homeLanguages
        self.support = support
        self.whatHelpsMe = whatHelpsMe
        self.meetings = meetings
        self.plan = plan
        self.family = family
        self.staff = staff
        self.agencies = agencies
        self.mayManage = mayManage
        self.mayPlanMeetings = mayPlanMeetings
        self.notice = notice
    }

    /// "Lucy García": the name they go by, then the family name.
    public var displayName: String { "\(preferredName ?? givenName) \(familyName)" }
    public var title: String { displayName }
    public var area: StaffArea? { .students }

    var name: String { preferredName ?? givenName }
}

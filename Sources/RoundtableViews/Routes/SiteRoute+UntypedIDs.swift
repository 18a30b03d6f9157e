import Foundation
import Tagged

/// Routes made from bare UUIDs, for the code that has not yet moved to typed ids (Fluent models
/// and their controllers). Each simply tags the UUID; a view model passes typed ids and never
/// comes here. This file goes when the last caller has moved.
extension SiteRoute {
    public static func staff(school: UUID?) -> SiteRoute {
        .staff(school: school.map { SchoolID(rawValue: $0) })
    }

    public static func inviteStaff(school: UUID?) -> SiteRoute {
        .inviteStaff(school: school.map { SchoolID(rawValue: $0) })
    }

    public static func staffMember(_ id: UUID, notice: Notice? = nil) -> SiteRoute {
        .staffMember(StaffID(rawValue: id), notice: notice)
    }

    public static func staffRole(_ id: UUID) -> SiteRoute {
        .staffRole(StaffID(rawValue: id))
    }

    public static func staffActive(_ id: UUID) -> SiteRoute {
        .staffActive(StaffID(rawValue: id))
    }

    public static func staffResendInvitation(_ id: UUID) -> SiteRoute {
        .staffResendInvitation(StaffID(rawValue: id))
    }

    public static func staffJob(_ id: UUID) -> SiteRoute {
        .staffJob(StaffID(rawValue: id))
    }

    public static func rosterImport(school: UUID?) -> SiteRoute {
        .rosterImport(school: school.map { SchoolID(rawValue: $0) })
    }

    public static func rosterImportJob(_ id: UUID) -> SiteRoute {
        .rosterImportJob(RosterImportJobID(rawValue: id))
    }

    public static func schoolSettings(school: UUID?, notice: Notice? = nil) -> SiteRoute {
        .schoolSettings(school: school.map { SchoolID(rawValue: $0) }, notice: notice)
    }

    public static func student(_ id: UUID, notice: Notice? = nil) -> SiteRoute {
        .student(StudentID(rawValue: id), notice: notice)
    }

    public static func newStudent(school: UUID?) -> SiteRoute {
        .newStudent(school: school.map { SchoolID(rawValue: $0) })
    }

    public static func studentStaff(student: UUID, search: String? = nil) -> SiteRoute {
        .studentStaff(student: StudentID(rawValue: student), search: search)
    }

    public static func removeStudentStaff(_ id: UUID, student: UUID) -> SiteRoute {
        .removeStudentStaff(StaffID(rawValue: id), student: StudentID(rawValue: student))
    }

    public static func removeAgency(_ id: UUID, student: UUID) -> SiteRoute {
        .removeAgency(AgencyLinkID(rawValue: id), student: StudentID(rawValue: student))
    }

    public static func meeting(_ id: UUID, notice: Notice? = nil) -> SiteRoute {
        .meeting(MeetingID(rawValue: id), notice: notice)
    }

    public static func meetingPreparation(_ id: UUID) -> SiteRoute {
        .meetingPreparation(MeetingID(rawValue: id))
    }

    public static func meetingBiasCheck(_ id: UUID) -> SiteRoute {
        .meetingBiasCheck(MeetingID(rawValue: id))
    }

    public static func meetingSplit(_ id: UUID) -> SiteRoute {
        .meetingSplit(MeetingID(rawValue: id))
    }

    public static func stopLinks(participant: UUID, meeting: UUID) -> SiteRoute {
        .stopLinks(participant: ParticipantID(rawValue: participant), meeting: MeetingID(rawValue: meeting))
    }

    public static func tellChanges(_ id: UUID) -> SiteRoute {
        .tellChanges(MeetingID(rawValue: id))
    }

    public static func meetingRun(_ id: UUID, error: String? = nil) -> SiteRoute {
        .meetingRun(MeetingID(rawValue: id), error: error)
    }

    public static func startMeeting(_ id: UUID) -> SiteRoute {
        .startMeeting(MeetingID(rawValue: id))
    }

    public static func runStep(_ id: UUID) -> SiteRoute {
        .runStep(MeetingID(rawValue: id))
    }

    public static func recordEntries(_ id: UUID) -> SiteRoute {
        .recordEntries(MeetingID(rawValue: id))
    }

    public static func recordEntry(_ id: UUID, meeting: UUID) -> SiteRoute {
        .recordEntry(RecordEntryID(rawValue: id), meeting: MeetingID(rawValue: meeting))
    }

    public static func attendance(_ id: UUID) -> SiteRoute {
        .attendance(MeetingID(rawValue: id))
    }

    public static func followUp(_ id: UUID) -> SiteRoute {
        .followUp(MeetingID(rawValue: id))
    }

    public static func closeMeeting(_ id: UUID) -> SiteRoute {
        .closeMeeting(MeetingID(rawValue: id))
    }

    public static func sharedScreen(_ id: UUID) -> SiteRoute {
        .sharedScreen(MeetingID(rawValue: id))
    }

    public static func sharedScreenLive(_ id: UUID, since: Int? = nil) -> SiteRoute {
        .sharedScreenLive(MeetingID(rawValue: id), since: since)
    }

    public static func meetingRecord(_ id: UUID, notice: Notice? = nil) -> SiteRoute {
        .meetingRecord(MeetingID(rawValue: id), notice: notice)
    }

    public static func meetingSummary(_ id: UUID, language: String = "en", notice: Notice? = nil) -> SiteRoute {
        .meetingSummary(MeetingID(rawValue: id), language: language, notice: notice)
    }

    public static func apiMeetingRecord(_ id: UUID) -> SiteRoute {
        .apiMeetingRecord(MeetingID(rawValue: id))
    }

    public static func apiMeetingSummary(_ id: UUID) -> SiteRoute {
        .apiMeetingSummary(MeetingID(rawValue: id))
    }

    public static func meetingLink(participant: UUID, meeting: UUID) -> SiteRoute {
        .meetingLink(participant: ParticipantID(rawValue: participant), meeting: MeetingID(rawValue: meeting))
    }

    public static func pageVersion(participant: UUID, meeting: UUID) -> SiteRoute {
        .pageVersion(participant: ParticipantID(rawValue: participant), meeting: MeetingID(rawValue: meeting))
    }

    public static func revokeAPIToken(_ id: UUID) -> SiteRoute {
        .revokeAPIToken(APITokenID(rawValue: id))
    }

    public static func apiStudent(_ id: UUID) -> SiteRoute {
        .apiStudent(StudentID(rawValue: id))
    }

    public static func apiStudentFamily(_ id: UUID) -> SiteRoute {
        .apiStudentFamily(StudentID(rawValue: id))
    }

    public static func apiStudentMeetings(_ id: UUID) -> SiteRoute {
        .apiStudentMeetings(StudentID(rawValue: id))
    }

    public static func apiMeeting(_ id: UUID) -> SiteRoute {
        .apiMeeting(MeetingID(rawValue: id))
    }

    public static func apiMeetingAgenda(_ id: UUID) -> SiteRoute {
        .apiMeetingAgenda(MeetingID(rawValue: id))
    }
}

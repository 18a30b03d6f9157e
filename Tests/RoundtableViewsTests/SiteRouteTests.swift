import Foundation
import RoundtableViews
import Testing

/// Every route's address, written out: links, redirects and the browser tests depend on them, so
/// a change to how routes are built must leave every one of these byte for byte.
@Suite("Site routes")
struct SiteRouteTests {
    static func id(_ n: Int) -> UUID { UUID(uuidString: String(format: "00000000-0000-0000-0000-%012d", n))! }
    static let school = SchoolID(id(1))
    static let staff = StaffID(id(2))
    static let student = StudentID(id(3))
    static let family = FamilyMemberID(id(4))
    static let agency = AgencyLinkID(id(5))
    static let meeting = MeetingID(id(6))
    static let item = AgendaItemID(id(7))
    static let participant = ParticipantID(id(8))
    static let entry = RecordEntryID(id(9))
    static let response = SummaryResponseID(id(10))
    static let request = MeetingRequestID(id(11))
    static let message = OutboxMessageID(id(12))
    static let space = SpaceID(id(13))
    static let apiToken = APITokenID(id(14))
    static let job = RosterImportJobID(id(15))
    static let token = "tok_AbC-123/x y"

    static let examples: [(SiteRoute, String)] = [
        (.home, "/"),
        (.setup, "/setup"),
        (.signIn(), "/sign-in"),
        (
            .signIn(next: "/meetings/\(meeting.rawValue)?language=es&x=a b", notice: .sessionEnded),
            "/sign-in?next=/meetings/\(meeting)%3Flanguage%3Des%26x%3Da%20b&notice=session-ended"
        ),
        (.signOut, "/sign-out"),
        (.welcome(token: token), "/welcome/tok_AbC-123%2Fx%20y"),
        (.staff(), "/staff"),
        (.staff(school: school), "/staff?school=\(school)"),
        (.inviteStaff(school: school), "/staff/invite?school=\(school)"),
        (.staffMember(staff), "/staff/\(staff)"),
        (.staffMember(staff, notice: .roleChanged), "/staff/\(staff)?notice=role-changed"),
        (.staffRole(staff), "/staff/\(staff)/role"),
        (.staffActive(staff), "/staff/\(staff)/active"),
        (.staffResendInvitation(staff), "/staff/\(staff)/invitation"),
        (.staffJob(staff), "/staff/\(staff)/job"),
        (.rosterImport(school: school), "/roster-import?school=\(school)"),
        (.rosterImportJob(job), "/roster-import/\(job)"),
        (
            .schoolSettings(school: school, notice: .settingsSaved),
            "/school-settings?school=\(school)&notice=settings-saved"
        ),
        (.schools(notice: .schoolAdded), "/schools?notice=school-added"),
        (.audit(school: school, page: 3), "/audit?school=\(school)&page=3"),
        (.students(), "/students"),
        (
            .students(
                StudentListQuery(
                    q: "Zoë O'Neil & co", year: 8, sen: true, disadvantaged: true, eal: true, school: school.rawValue,
                    page: 2)),
            "/students?q=Zo%C3%AB%20O%27Neil%20%26%20co&year=8&sen=true&disadvantaged=true&eal=true&school=\(school)&page=2"
        ),
        (.student(student), "/students/\(student)"),
        (.student(student, notice: .studentSaved), "/students/\(student)?notice=student-saved"),
        (.newStudent(school: school), "/students/new?school=\(school)"),
        (.editStudent(student), "/students/\(student)/edit"),
        (.familyMember(family, student: student), "/students/\(student)/family/\(family)"),
        (.addFamilyMember(student: student), "/students/\(student)/family/new"),
        (
            .addFamilyMember(student: student, existing: family, search: "Ana María"),
            "/students/\(student)/family/new?existing=\(family)&q=Ana%20Mar%C3%ADa"
        ),
        (.familyLink(family, student: student), "/students/\(student)/family/\(family)/link"),
        (.removeFamilyMember(family, student: student), "/students/\(student)/family/\(family)/remove"),
        (.studentStaff(student: student), "/students/\(student)/staff"),
        (.studentStaff(student: student, search: "Pat"), "/students/\(student)/staff?q=Pat"),
        (.removeStudentStaff(staff, student: student), "/students/\(student)/staff/\(staff)/remove"),
        (.addAgency(student: student), "/students/\(student)/agencies/new"),
        (.removeAgency(agency, student: student), "/students/\(student)/agencies/\(agency)/remove"),
        (.meetings, "/meetings"),
        (.newMeeting(student: student), "/students/\(student)/meetings/new"),
        (.meeting(meeting), "/meetings/\(meeting)"),
        (.meeting(meeting, notice: .planSaved), "/meetings/\(meeting)?notice=plan-saved"),
        (.meetingPlan(meeting), "/meetings/\(meeting)/plan"),
        (.meetingAgenda(meeting), "/meetings/\(meeting)/agenda"),
        (.agendaItem(item, meeting: meeting), "/meetings/\(meeting)/agenda/\(item)"),
        (.meetingParticipants(meeting), "/meetings/\(meeting)/participants"),
        (.meetingPreparation(meeting), "/meetings/\(meeting)/preparation"),
        (.meetingBiasCheck(meeting), "/meetings/\(meeting)/reflection"),
        (.meetingSpace(meeting), "/meetings/\(meeting)/space"),
        (.meetingSeating(meeting), "/meetings/\(meeting)/seating"),
        (.meetingInvitation(meeting), "/meetings/\(meeting)/invitation?language=en"),
        (
            .meetingInvitation(meeting, language: "pl", notice: .invitationSaved),
            "/meetings/\(meeting)/invitation?language=pl&notice=invitation-saved"
        ),
        (.meetingShare(meeting), "/meetings/\(meeting)/share"),
        (.meetingCancel(meeting), "/meetings/\(meeting)/cancel"),
        (.meetingSplit(meeting), "/meetings/\(meeting)/split"),
        (
            .stopLinks(participant: participant, meeting: meeting),
            "/meetings/\(meeting)/participants/\(participant)/stop"
        ),
        (.tellChanges(meeting), "/meetings/\(meeting)/changes/tell"),
        (.meetingRun(meeting), "/meetings/\(meeting)/run"),
        (.meetingRun(meeting, error: "not-running"), "/meetings/\(meeting)/run?error=not-running"),
        (.startMeeting(meeting), "/meetings/\(meeting)/run/start"),
        (.runStep(meeting), "/meetings/\(meeting)/run/step"),
        (.recordEntries(meeting), "/meetings/\(meeting)/record/entries"),
        (.recordEntry(entry, meeting: meeting), "/meetings/\(meeting)/record/entries/\(entry)"),
        (.attendance(meeting), "/meetings/\(meeting)/run/attendance"),
        (.followUp(meeting), "/meetings/\(meeting)/run/follow-up"),
        (.closeMeeting(meeting), "/meetings/\(meeting)/run/close"),
        (.sharedScreen(meeting), "/meetings/\(meeting)/screen"),
        (.sharedScreenLive(meeting), "/meetings/\(meeting)/screen/live"),
        (.sharedScreenLive(meeting, since: 42), "/meetings/\(meeting)/screen/live?since=42"),
        (.meetingRecord(meeting), "/meetings/\(meeting)/record"),
        (.meetingRecord(meeting, notice: .recordChanged), "/meetings/\(meeting)/record?notice=record-changed"),
        (.meetingSummary(meeting), "/meetings/\(meeting)/summary?language=en"),
        (
            .meetingSummary(meeting, language: "ar", notice: .summarySaved),
            "/meetings/\(meeting)/summary?language=ar&notice=summary-saved"
        ),
        (.shareSummary(meeting), "/meetings/\(meeting)/summary/share"),
        (.answerSummary(response, meeting: meeting), "/meetings/\(meeting)/summary/responses/\(response)/answer"),
        (.participantSummary(token: token), "/p/tok_AbC-123%2Fx%20y/summary"),
        (.apiMeetingRecord(meeting), "/api/v1/meetings/\(meeting)/record"),
        (.apiMeetingSummary(meeting), "/api/v1/meetings/\(meeting)/summary"),
        (
            .meetingLink(participant: participant, meeting: meeting),
            "/meetings/\(meeting)/participants/\(participant)/link"
        ),
        (.participantPage(token: token), "/p/tok_AbC-123%2Fx%20y"),
        (.participantPage(token: token, language: "uk"), "/p/tok_AbC-123%2Fx%20y?language=uk"),
        (.participantAgenda(token: token), "/p/tok_AbC-123%2Fx%20y/agenda"),
        (.participantVoice(token: token), "/p/tok_AbC-123%2Fx%20y/voice"),
        (.participantRequest(token: token), "/p/tok_AbC-123%2Fx%20y/request"),
        (.participantCode(token: token), "/p/tok_AbC-123%2Fx%20y/code"),
        (.participantVerify(token: token), "/p/tok_AbC-123%2Fx%20y/verify"),
        (
            .pageVersion(participant: participant, meeting: meeting),
            "/meetings/\(meeting)/participants/\(participant)/page-version"
        ),
        (.meetingRequests(), "/requests"),
        (.meetingRequests(notice: .requestAnswered), "/requests?notice=request-answered"),
        (.acceptRequest(request), "/requests/\(request)/accept"),
        (.answerRequest(request), "/requests/\(request)/answer"),
        (.outbox(school: school), "/outbox?school=\(school)"),
        (.outboxCalendar(message), "/outbox/\(message)/meeting.ics"),
        (.outboxHandOver(message), "/outbox/\(message)/hand-over"),
        (.calendarFeed(notice: .feedRevoked), "/calendar-feed?notice=feed-revoked"),
        (.revokeCalendarFeed, "/calendar-feed/revoke"),
        (.calendarFile(token: "abc123.ics"), "/calendar/abc123.ics"),
        (.spaces(school: school, notice: .spaceSaved), "/spaces?school=\(school)&notice=space-saved"),
        (.newSpace(school: school), "/spaces/new?school=\(school)"),
        (.space(space), "/spaces/\(space)"),
        (.stylesheet(version: "1a2b"), "/assets/app.css?v=1a2b"),
        (.voiceScript(version: "3c4d"), "/assets/voice.js?v=3c4d"),
        (.liveScript(version: "5e6f"), "/assets/live.js?v=5e6f"),
        (.apiTokens(notice: .tokenRevoked), "/api-tokens?notice=token-revoked"),
        (.revokeAPIToken(apiToken), "/api-tokens/\(apiToken)/revoke"),
        (.apiStudents, "/api/v1/students"),
        (.apiStudent(student), "/api/v1/students/\(student)"),
        (.apiStudentFamily(student), "/api/v1/students/\(student)/family"),
        (.apiStudentMeetings(student), "/api/v1/students/\(student)/meetings"),
        (.apiMeetings, "/api/v1/meetings"),
        (.apiMeeting(meeting), "/api/v1/meetings/\(meeting)"),
        (.apiMeetingAgenda(meeting), "/api/v1/meetings/\(meeting)/agenda"),
        (.apiStaff, "/api/v1/staff"),
        (.apiOpenAPI, "/api/v1/openapi.json"),
        (.healthz, "/healthz"),
        (.readyz, "/readyz"),
        (.benchPlaintext, "/bench/plaintext"),
    ]

    @Test("Every route's address is exactly as before")
    func addresses() {
        for (route, path) in Self.examples {
            #expect(route.path == path)
        }
    }
}

import Foundation
import RoundtableCore
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
    static let guest = GuestID(id(16))
    static let alert = FeedbackAlertID(id(17))
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
        (.staffMember(staff, .show()), "/staff/\(staff)"),
        (.staffMember(staff, .show(notice: .roleChanged)), "/staff/\(staff)?notice=role-changed"),
        (.staffMember(staff, .role), "/staff/\(staff)/role"),
        (.staffMember(staff, .active), "/staff/\(staff)/active"),
        (.staffMember(staff, .resendInvitation), "/staff/\(staff)/invitation"),
        (.staffMember(staff, .job), "/staff/\(staff)/job"),
        (.rosterImport(school: school), "/roster-import?school=\(school)"),
        (.rosterImportJob(job), "/roster-import/\(job)"),
        (
            .schoolSettings(school: school, notice: .settingsSaved),
            "/school-settings?school=\(school)&notice=settings-saved"
        ),
        (
            .schoolTerms(school: school, notice: .termsSaved),
            "/school-settings/terms?school=\(school)&notice=terms-saved"
        ),
        (.schools(notice: .schoolAdded), "/schools?notice=school-added"),
        (.audit(school: school, page: 3), "/audit?school=\(school)&page=3"),
        (
            .audit(
                school: school, page: 2, filter: AuditFilter(student: "Zoë A", kind: "meetings", from: "2026-12-01")),
            "/audit?school=\(school)&student=Zo%C3%AB%20A&kind=meetings&from=2026-12-01&page=2"
        ),
        (.auditExport(school: nil, filter: AuditFilter(to: "2026-12-05")), "/audit/export.csv?to=2026-12-05"),
        (.insight(), "/insight"),
        (
            .insight(InsightQuery(school: nil, period: .schoolYear, day: SchoolDay(2026, 9, 1))),
            "/insight?period=year&day=2026-09-01"
        ),
        (
            .insightExport(table: "by-type", InsightQuery(period: .month)),
            "/insight/export.csv?table=by-type&period=month"
        ),
        (.students(), "/students"),
        (
            .students(
                StudentListQuery(
                    q: "Zoë O'Neil & co", year: 8, sen: true, disadvantaged: true, eal: true, school: school.rawValue,
                    page: 2)),
            "/students?q=Zo%C3%AB%20O%27Neil%20%26%20co&year=8&sen=true&disadvantaged=true&eal=true&school=\(school)&page=2"
        ),
        (.student(student, .show()), "/students/\(student)"),
        (.student(student, .show(notice: .studentSaved)), "/students/\(student)?notice=student-saved"),
        (.newStudent(school: school), "/students/new?school=\(school)"),
        (.student(student, .edit), "/students/\(student)/edit"),
        (.student(student, .familyMember(family)), "/students/\(student)/family/\(family)"),
        (.student(student, .addFamilyMember()), "/students/\(student)/family/new"),
        (
            .student(student, .addFamilyMember(existing: family, search: "Ana María")),
            "/students/\(student)/family/new?existing=\(family)&q=Ana%20Mar%C3%ADa"
        ),
        (.student(student, .familyLink(family)), "/students/\(student)/family/\(family)/link"),
        (.student(student, .removeFamilyMember(family)), "/students/\(student)/family/\(family)/remove"),
        (.student(student, .staff()), "/students/\(student)/staff"),
        (.student(student, .staff(search: "Pat")), "/students/\(student)/staff?q=Pat"),
        (.student(student, .removeStaff(staff)), "/students/\(student)/staff/\(staff)/remove"),
        (.student(student, .addAgency), "/students/\(student)/agencies/new"),
        (.student(student, .removeAgency(agency)), "/students/\(student)/agencies/\(agency)/remove"),
        (.meetings, "/meetings"),
        (.student(student, .newMeeting), "/students/\(student)/meetings/new"),
        (.student(student, .timeline()), "/students/\(student)/timeline"),
        (
            .student(student, .timeline(TimelineFilter(kinds: [.actions, .meetings], page: 2))),
            "/students/\(student)/timeline?kind=meetings&kind=actions&page=2"
        ),
        (.meeting(meeting, .show()), "/meetings/\(meeting)"),
        (.meeting(meeting, .show(notice: .planSaved)), "/meetings/\(meeting)?notice=plan-saved"),
        (.meeting(meeting, .plan), "/meetings/\(meeting)/plan"),
        (.meeting(meeting, .agenda), "/meetings/\(meeting)/agenda"),
        (.meeting(meeting, .agendaItem(item)), "/meetings/\(meeting)/agenda/\(item)"),
        (.meeting(meeting, .agendaItemEdit(item)), "/meetings/\(meeting)/agenda/\(item)/edit"),
        (.meeting(meeting, .participants), "/meetings/\(meeting)/participants"),
        (.meeting(meeting, .people), "/meetings/\(meeting)/people"),
        (.meeting(meeting, .notes), "/meetings/\(meeting)/notes"),
        (.meeting(meeting, .preparation), "/meetings/\(meeting)/preparation"),
        (.meeting(meeting, .biasCheck), "/meetings/\(meeting)/reflection"),
        (.meeting(meeting, .space), "/meetings/\(meeting)/space"),
        (.meeting(meeting, .seating), "/meetings/\(meeting)/seating"),
        (.meeting(meeting, .invitation()), "/meetings/\(meeting)/invitation?language=en"),
        (
            .meeting(meeting, .texts(language: "ar", notice: .textsSaved)),
            "/meetings/\(meeting)/texts?language=ar&notice=texts-saved"
        ),
        (
            .meeting(meeting, .invitation(language: "pl", notice: .invitationSaved)),
            "/meetings/\(meeting)/invitation?language=pl&notice=invitation-saved"
        ),
        (.meeting(meeting, .share), "/meetings/\(meeting)/share"),
        (.meeting(meeting, .cancel), "/meetings/\(meeting)/cancel"),
        (.meeting(meeting, .split), "/meetings/\(meeting)/split"),
        (
            .meeting(meeting, .stopLinks(participant)),
            "/meetings/\(meeting)/participants/\(participant)/stop"
        ),
        (
            .meeting(meeting, .handOver(participant)),
            "/meetings/\(meeting)/participants/\(participant)/hand-over"
        ),
        (.meeting(meeting, .remind), "/meetings/\(meeting)/reminders"),
        (.meeting(meeting, .tellChanges), "/meetings/\(meeting)/changes/tell"),
        (.meeting(meeting, .run()), "/meetings/\(meeting)/run"),
        (.meeting(meeting, .run(error: "not-running")), "/meetings/\(meeting)/run?error=not-running"),
        (.meeting(meeting, .start), "/meetings/\(meeting)/run/start"),
        (.meeting(meeting, .runStep), "/meetings/\(meeting)/run/step"),
        (.meeting(meeting, .recordEntries), "/meetings/\(meeting)/record/entries"),
        (.meeting(meeting, .recordEntry(entry)), "/meetings/\(meeting)/record/entries/\(entry)"),
        (.meeting(meeting, .actionStatus(entry)), "/meetings/\(meeting)/record/entries/\(entry)/status"),
        (.meeting(meeting, .attendance), "/meetings/\(meeting)/run/attendance"),
        (.meeting(meeting, .followUp), "/meetings/\(meeting)/run/follow-up"),
        (.meeting(meeting, .close), "/meetings/\(meeting)/run/close"),
        (.meeting(meeting, .sinceLastTime), "/meetings/\(meeting)/run/since-last-time"),
        (.meeting(meeting, .screen), "/meetings/\(meeting)/screen"),
        (.meeting(meeting, .screenLive()), "/meetings/\(meeting)/screen/live"),
        (.meeting(meeting, .screenLive(since: 42)), "/meetings/\(meeting)/screen/live?since=42"),
        (.meeting(meeting, .record()), "/meetings/\(meeting)/record"),
        (.meeting(meeting, .record(notice: .recordChanged)), "/meetings/\(meeting)/record?notice=record-changed"),
        (.meeting(meeting, .reflectionAfter()), "/meetings/\(meeting)/reflection/after"),
        (
            .meeting(meeting, .reflectionAfter(notice: .reflectionAfterSaved)),
            "/meetings/\(meeting)/reflection/after?notice=reflection-after-saved"
        ),
        (.meeting(meeting, .summary()), "/meetings/\(meeting)/summary?language=en"),
        (
            .meeting(meeting, .summary(language: "ar", notice: .summarySaved)),
            "/meetings/\(meeting)/summary?language=ar&notice=summary-saved"
        ),
        (.meeting(meeting, .shareSummary), "/meetings/\(meeting)/summary/share"),
        (.meeting(meeting, .answerSummary(response)), "/meetings/\(meeting)/summary/responses/\(response)/answer"),
        (.participant(token: token, .summary), "/p/tok_AbC-123%2Fx%20y/summary"),
        (.participant(token: token, .followThrough), "/p/tok_AbC-123%2Fx%20y/follow-through"),
        (.participant(token: token, .reminders), "/p/tok_AbC-123%2Fx%20y/reminders"),
        (.participant(token: token, .family), "/p/tok_AbC-123%2Fx%20y/family"),
        (.participant(token: token, .familyRequest), "/p/tok_AbC-123%2Fx%20y/family/request"),
        (.participant(token: token, .familyOpen), "/p/tok_AbC-123%2Fx%20y/family/open"),
        (.participant(token: token, .calendar), "/p/tok_AbC-123%2Fx%20y/meeting.ics"),
        (.participant(token: token, .feedback), "/p/tok_AbC-123%2Fx%20y/feedback"),
        (.api(.meetingRecord(meeting)), "/api/v1/meetings/\(meeting)/record"),
        (.api(.entryStatus(meeting, entry)), "/api/v1/meetings/\(meeting)/record/entries/\(entry)/status"),
        (.api(.meetingSummary(meeting)), "/api/v1/meetings/\(meeting)/summary"),
        (.api(.meetingFeedback(meeting)), "/api/v1/meetings/\(meeting)/feedback"),
        (
            .meeting(meeting, .link(participant)),
            "/meetings/\(meeting)/participants/\(participant)/link"
        ),
        (.participant(token: token, .page()), "/p/tok_AbC-123%2Fx%20y"),
        (.participant(token: token, .page(language: "uk")), "/p/tok_AbC-123%2Fx%20y?language=uk"),
        (.participant(token: token, .agenda), "/p/tok_AbC-123%2Fx%20y/agenda"),
        (.participant(token: token, .voice), "/p/tok_AbC-123%2Fx%20y/voice"),
        (.participant(token: token, .request), "/p/tok_AbC-123%2Fx%20y/request"),
        (.participant(token: token, .code), "/p/tok_AbC-123%2Fx%20y/code"),
        (.participant(token: token, .verify), "/p/tok_AbC-123%2Fx%20y/verify"),
        (
            .meeting(meeting, .pageVersion(participant)),
            "/meetings/\(meeting)/participants/\(participant)/page-version"
        ),
        (.meeting(meeting, .partTime(participant)), "/meetings/\(meeting)/participants/\(participant)/time"),
        (.meeting(meeting, .guests), "/meetings/\(meeting)/guests"),
        (.meeting(meeting, .removeGuest(guest)), "/meetings/\(meeting)/guests/\(guest)/remove"),
        (.meetingRequests(), "/requests"),
        (.meetingRequests(notice: .requestAnswered), "/requests?notice=request-answered"),
        (.acceptRequest(request), "/requests/\(request)/accept"),
        (.answerRequest(request), "/requests/\(request)/answer"),
        (.outbox(school: school), "/outbox?school=\(school)"),
        (.outboxCalendar(message), "/outbox/\(message)/meeting.ics"),
        (.outboxHandOver(message), "/outbox/\(message)/hand-over"),
        (.calendarFeed(notice: .feedRevoked), "/calendar-feed?notice=feed-revoked"),
        (.reminderSettings(notice: .remindersSaved), "/reminders?notice=reminders-saved"),
        (.feedbackAlert(alert), "/feedback-alerts/\(alert)"),
        (.feedbackAlert(alert, notice: .alertClosed), "/feedback-alerts/\(alert)?notice=alert-closed"),
        (.feedbackThresholds(), "/school-settings/feedback-alerts"),
        (
            .feedbackThresholds(school: school, notice: .thresholdsSaved),
            "/school-settings/feedback-alerts?school=\(school)&notice=thresholds-saved"
        ),
        (.revokeCalendarFeed, "/calendar-feed/revoke"),
        (.calendarFile(token: "abc123.ics"), "/calendar/abc123.ics"),
        (.spaces(school: school, notice: .spaceSaved), "/spaces?school=\(school)&notice=space-saved"),
        (.newSpace(school: school), "/spaces/new?school=\(school)"),
        (.space(space), "/spaces/\(space)"),
        (.asset(.stylesheet(version: "1a2b")), "/assets/app.css?v=1a2b"),
        (.asset(.voiceScript(version: "3c4d")), "/assets/voice.js?v=3c4d"),
        (.asset(.liveScript(version: "5e6f")), "/assets/live.js?v=5e6f"),
        (.apiTokens(notice: .tokenRevoked), "/api-tokens?notice=token-revoked"),
        (.revokeAPIToken(apiToken), "/api-tokens/\(apiToken)/revoke"),
        (.api(.students), "/api/v1/students"),
        (.api(.student(student)), "/api/v1/students/\(student)"),
        (.api(.studentFamily(student)), "/api/v1/students/\(student)/family"),
        (.api(.studentMeetings(student)), "/api/v1/students/\(student)/meetings"),
        (.api(.meetings), "/api/v1/meetings"),
        (.api(.meeting(meeting)), "/api/v1/meetings/\(meeting)"),
        (.api(.meetingAgenda(meeting)), "/api/v1/meetings/\(meeting)/agenda"),
        (.api(.staff), "/api/v1/staff"),
        (.api(.feedbackAlerts), "/api/v1/feedback-alerts"),
        (.api(.feedbackAlert(alert)), "/api/v1/feedback-alerts/\(alert)"),
        (.api(.openAPI), "/api/v1/openapi.json"),
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

    /// The router registers templates and pages link with routes: each template has a route
    /// here, and each route's address fits its template, segment by segment. A new case
    /// without an example here, or a template that drifts from the links, fails.
    @Test("Every template has a route here, and every route's address fits its template")
    func templates() {
        let covered = Set(Self.examples.map(\.0.template))
        for template in SiteRoute.Template.allCases {
            #expect(covered.contains(template), "no example route for \(template.pattern)")
        }
        for (route, _) in Self.examples {
            #expect(SiteRoute.Template.allCases.contains(route.template), "\(route.path) has no listed template")
            let path = route.path.split(separator: "?", maxSplits: 1)[0]
            let pieces = path.split(separator: "/", omittingEmptySubsequences: false).dropFirst()
            let segments = route.template.segments
            #expect(pieces.count == max(segments.count, 1), "\(path) does not fit \(route.template.pattern)")
            for (piece, segment) in zip(pieces, segments) {
                switch segment {
                case .constant(let text): #expect(piece == text, "\(path) does not fit \(route.template.pattern)")
                case .parameter: #expect(!piece.isEmpty, "\(path) leaves \(segment.pattern) empty")
                }
            }
        }
    }

    @Test("Templates are distinct and found again by their pattern")
    func patterns() {
        let patterns = SiteRoute.Template.allCases.map(\.pattern)
        #expect(Set(patterns).count == patterns.count)
        for template in SiteRoute.Template.allCases {
            #expect(SiteRoute.Template(pattern: template.pattern) == template)
        }
        #expect(SiteRoute.Template.meeting(.agendaItem).pattern == "/meetings/:meetingID/agenda/:itemID")
        #expect(SiteRoute.Template.participant(.page).pattern == "/p/:token")
        #expect(SiteRoute.Template.home.pattern == "/")
        #expect(SiteRoute.Template(pattern: "/meetings/:id") == nil)
    }
}

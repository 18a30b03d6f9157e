import Foundation
import RoundtableCore
import Tagged

/// Every URL the application answers, in one place. Handlers are registered from
/// `SiteRoute.Template`, and pages link with `SiteRoute` values, so a link cannot point at a
/// route that does not exist.
public enum SiteRoute: Sendable, Equatable {
    case home
    case setup
    case signIn(next: String? = nil, notice: Notice? = nil)
    case signOut
    case welcome(token: String)
    case staff(school: SchoolID? = nil)
    case inviteStaff(school: SchoolID? = nil)
    case staffMember(StaffID, notice: Notice? = nil)
    case staffRole(StaffID)
    case staffActive(StaffID)
    case staffResendInvitation(StaffID)
    case staffJob(StaffID)
    case rosterImport(school: SchoolID? = nil)
    case rosterImportJob(RosterImportJobID)
    case schoolSettings(school: SchoolID? = nil, notice: Notice? = nil)
    case schools(notice: Notice? = nil)
    case audit(school: SchoolID? = nil, page: Int? = nil)
    case students(StudentListQuery = StudentListQuery())
    case student(StudentID, notice: Notice? = nil)
    case newStudent(school: SchoolID? = nil)
    case editStudent(StudentID)
    /// A family member's details, opened from one of their children's pages.
    case familyMember(FamilyMemberID, student: StudentID)
    /// Add someone to a student's family: a new person, or (with `existing`) someone the
    /// school already knows as family of another student.
    case addFamilyMember(student: StudentID, existing: FamilyMemberID? = nil, search: String? = nil)
    case familyLink(FamilyMemberID, student: StudentID)
    case removeFamilyMember(FamilyMemberID, student: StudentID)
    /// Link staff to a student: a search page, and the form it posts.
    case studentStaff(student: StudentID, search: String? = nil)
    case removeStudentStaff(StaffID, student: StudentID)
    case addAgency(student: StudentID)
    case removeAgency(AgencyLinkID, student: StudentID)
    case meetings
    case newMeeting(student: StudentID)
    case meeting(MeetingID, notice: Notice? = nil)
    case meetingPlan(MeetingID)
    case meetingAgenda(MeetingID)
    case agendaItem(AgendaItemID, meeting: MeetingID)
    case meetingParticipants(MeetingID)
    case meetingPreparation(MeetingID)
    case meetingBiasCheck(MeetingID)
    case meetingSpace(MeetingID)
    case meetingSeating(MeetingID)
    case meetingInvitation(MeetingID, language: String = "en", notice: Notice? = nil)
    case meetingShare(MeetingID)
    case meetingCancel(MeetingID)
    case meetingSplit(MeetingID)
    case stopLinks(participant: ParticipantID, meeting: MeetingID)
    /// Sends the collected notice of changes now instead of after the quiet period.
    case tellChanges(MeetingID)
    /// Running the meeting: the facilitator's view and what it posts.
    case meetingRun(MeetingID, error: String? = nil)
    case startMeeting(MeetingID)
    case runStep(MeetingID)
    case recordEntries(MeetingID)
    case recordEntry(RecordEntryID, meeting: MeetingID)
    case attendance(MeetingID)
    case followUp(MeetingID)
    case closeMeeting(MeetingID)
    /// The projector view, and the small fragment it fetches to follow the facilitator.
    case sharedScreen(MeetingID)
    case sharedScreenLive(MeetingID, since: Int? = nil)
    /// The record of a meeting, for staff.
    case meetingRecord(MeetingID, notice: Notice? = nil)
    /// Writing and sharing the participants' summary, and answering their comments.
    case meetingSummary(MeetingID, language: String = "en", notice: Notice? = nil)
    case shareSummary(MeetingID)
    case answerSummary(SummaryResponseID, meeting: MeetingID)
    /// A participant confirms or comments on the summary.
    case participantSummary(token: String)
    case apiMeetingRecord(MeetingID)
    case apiMeetingSummary(MeetingID)
    case meetingLink(participant: ParticipantID, meeting: MeetingID)
    /// A participant's personal page, opened from their link. The token is the only key.
    case participantPage(token: String, language: String? = nil)
    case participantAgenda(token: String)
    case participantVoice(token: String)
    case participantRequest(token: String)
    /// The optional email code: ask for one, then give it.
    case participantCode(token: String)
    case participantVerify(token: String)
    /// Which page a student sees: chosen by the lead.
    case pageVersion(participant: ParticipantID, meeting: MeetingID)
    case meetingRequests(notice: Notice? = nil)
    case acceptRequest(MeetingRequestID)
    case answerRequest(MeetingRequestID)
    case outbox(school: SchoolID? = nil)
    case outboxCalendar(OutboxMessageID)
    /// A leader takes an unsent email to pass on themselves: only then is its link shown.
    case outboxHandOver(OutboxMessageID)
    case calendarFeed(notice: Notice? = nil)
    case revokeCalendarFeed
    /// The feed itself; `token` ends in `.ics`.
    case calendarFile(token: String)
    case spaces(school: SchoolID? = nil, notice: Notice? = nil)
    case newSpace(school: SchoolID? = nil)
    case space(SpaceID)
    case stylesheet(version: String)
    case voiceScript(version: String)
    case liveScript(version: String)
    case apiTokens(notice: Notice? = nil)
    case revokeAPIToken(APITokenID)
    case apiStudents
    case apiStudent(StudentID)
    case apiStudentFamily(StudentID)
    case apiStudentMeetings(StudentID)
    case apiMeetings
    case apiMeeting(MeetingID)
    case apiMeetingAgenda(MeetingID)
    case apiStaff
    case apiOpenAPI
    case healthz
    case readyz
    case benchPlaintext

    /// Short messages shown after a redirect. Carried as a key in the URL, never as text,
    /// so nobody can make the site show words of their choosing.
    public enum Notice: String, Sendable {
        case setupComplete = "setup-complete"
        case signedOut = "signed-out"
        case sessionEnded = "session-ended"
        case signInAgain = "sign-in-again"
        case passwordSet = "password-set"
        case roleChanged = "role-changed"
        case deactivated = "deactivated"
        case reactivated = "reactivated"
        case invitationSent = "invitation-sent"
        case schoolAdded = "school-added"
        case tokenRevoked = "token-revoked"
        case jobChanged = "job-changed"
        case settingsSaved = "settings-saved"
        case studentAdded = "student-added"
        case studentSaved = "student-saved"
        case familyAdded = "family-added"
        case familySaved = "family-saved"
        case familyRemoved = "family-removed"
        case staffLinked = "staff-linked"
        case staffUnlinked = "staff-unlinked"
        case agencyAdded = "agency-added"
        case agencyRemoved = "agency-removed"
        case meetingStarted = "meeting-started"
        case planSaved = "plan-saved"
        case preparationSaved = "preparation-saved"
        case reflectionSaved = "reflection-saved"
        case peopleSaved = "people-saved"
        case spaceChosen = "space-chosen"
        case seatingSaved = "seating-saved"
        case invitationSaved = "invitation-saved"
        case meetingCancelled = "meeting-cancelled"
        /// The same, with no mail server: the emails wait in the outbox.
        case meetingCancelledUnsent = "meeting-cancelled-unsent"
        case feedRevoked = "feed-revoked"
        case meetingSplit = "meeting-split"
        case linksStopped = "links-stopped"
        case changesTold = "changes-told"
        case changesToldUnsent = "changes-told-unsent"
        case requestAnswered = "request-answered"
        case spaceSaved = "space-saved"
        case recordChanged = "record-changed"
        case meetingClosed = "meeting-closed"
        case summarySaved = "summary-saved"
        case summaryShared = "summary-shared"
        case summaryAnswered = "summary-answered"
    }

    public enum Template: String, CaseIterable, Sendable {
        case home = "/"
        case setup = "/setup"
        case signIn = "/sign-in"
        case signOut = "/sign-out"
        case welcome = "/welcome/:token"
        case staff = "/staff"
        case inviteStaff = "/staff/invite"
        case staffMember = "/staff/:staffID"
        case staffRole = "/staff/:staffID/role"
        case staffActive = "/staff/:staffID/active"
        case staffResendInvitation = "/staff/:staffID/invitation"
        case staffJob = "/staff/:staffID/job"
        case rosterImport = "/roster-import"
        case rosterImportJob = "/roster-import/:jobID"
        case schoolSettings = "/school-settings"
        case schools = "/schools"
        case audit = "/audit"
        case students = "/students"
        case student = "/students/:studentID"
        case newStudent = "/students/new"
        case editStudent = "/students/:studentID/edit"
        case familyMember = "/students/:studentID/family/:familyID"
        case addFamilyMember = "/students/:studentID/family/new"
        case familyLink = "/students/:studentID/family/:familyID/link"
        case removeFamilyMember = "/students/:studentID/family/:familyID/remove"
        case studentStaff = "/students/:studentID/staff"
        case removeStudentStaff = "/students/:studentID/staff/:staffID/remove"
        case addAgency = "/students/:studentID/agencies/new"
        case removeAgency = "/students/:studentID/agencies/:linkID/remove"
        case meetings = "/meetings"
        case newMeeting = "/students/:studentID/meetings/new"
        case meeting = "/meetings/:meetingID"
        case meetingPlan = "/meetings/:meetingID/plan"
        case meetingAgenda = "/meetings/:meetingID/agenda"
        case agendaItem = "/meetings/:meetingID/agenda/:itemID"
        case meetingParticipants = "/meetings/:meetingID/participants"
        case meetingPreparation = "/meetings/:meetingID/preparation"
        case meetingBiasCheck = "/meetings/:meetingID/reflection"
        case meetingSpace = "/meetings/:meetingID/space"
        case meetingSeating = "/meetings/:meetingID/seating"
        case meetingInvitation = "/meetings/:meetingID/invitation"
        case meetingShare = "/meetings/:meetingID/share"
        case meetingCancel = "/meetings/:meetingID/cancel"
        case tellChanges = "/meetings/:meetingID/changes/tell"
        case meetingSplit = "/meetings/:meetingID/split"
        case stopLinks = "/meetings/:meetingID/participants/:participantID/stop"
        case meetingRun = "/meetings/:meetingID/run"
        case startMeeting = "/meetings/:meetingID/run/start"
        case runStep = "/meetings/:meetingID/run/step"
        case recordEntries = "/meetings/:meetingID/record/entries"
        case recordEntry = "/meetings/:meetingID/record/entries/:entryID"
        case attendance = "/meetings/:meetingID/run/attendance"
        case followUp = "/meetings/:meetingID/run/follow-up"
        case closeMeeting = "/meetings/:meetingID/run/close"
        case sharedScreen = "/meetings/:meetingID/screen"
        case sharedScreenLive = "/meetings/:meetingID/screen/live"
        case meetingRecord = "/meetings/:meetingID/record"
        case meetingSummary = "/meetings/:meetingID/summary"
        case shareSummary = "/meetings/:meetingID/summary/share"
        case answerSummary = "/meetings/:meetingID/summary/responses/:responseID/answer"
        case participantSummary = "/p/:token/summary"
        case apiMeetingRecord = "/api/v1/meetings/:meetingID/record"
        case apiMeetingSummary = "/api/v1/meetings/:meetingID/summary"
        case meetingLink = "/meetings/:meetingID/participants/:participantID/link"
        case participantPage = "/p/:token"
        case participantAgenda = "/p/:token/agenda"
        case participantVoice = "/p/:token/voice"
        case participantRequest = "/p/:token/request"
        case participantCode = "/p/:token/code"
        case participantVerify = "/p/:token/verify"
        case pageVersion = "/meetings/:meetingID/participants/:participantID/page-version"
        case meetingRequests = "/requests"
        case acceptRequest = "/requests/:requestID/accept"
        case answerRequest = "/requests/:requestID/answer"
        case outbox = "/outbox"
        case outboxCalendar = "/outbox/:messageID/meeting.ics"
        case outboxHandOver = "/outbox/:messageID/hand-over"
        case calendarFeed = "/calendar-feed"
        case revokeCalendarFeed = "/calendar-feed/revoke"
        case calendarFile = "/calendar/:token"
        case spaces = "/spaces"
        case newSpace = "/spaces/new"
        case space = "/spaces/:spaceID"
        case stylesheet = "/assets/app.css"
        case voiceScript = "/assets/voice.js"
        case liveScript = "/assets/live.js"
        case apiTokens = "/api-tokens"
        case revokeAPIToken = "/api-tokens/:tokenID/revoke"
        case apiStudents = "/api/v1/students"
        case apiStudent = "/api/v1/students/:studentID"
        case apiStudentFamily = "/api/v1/students/:studentID/family"
        case apiStudentMeetings = "/api/v1/students/:studentID/meetings"
        case apiMeetings = "/api/v1/meetings"
        case apiMeeting = "/api/v1/meetings/:meetingID"
        case apiMeetingAgenda = "/api/v1/meetings/:meetingID/agenda"
        case apiStaff = "/api/v1/staff"
        case apiOpenAPI = "/api/v1/openapi.json"
        case healthz = "/healthz"
        case readyz = "/readyz"
        case benchPlaintext = "/bench/plaintext"
    }

    public var template: Template {
        switch self {
        case .home: .home
        case .setup: .setup
        case .signIn: .signIn
        case .signOut: .signOut
        case .welcome: .welcome
        case .staff: .staff
        case .inviteStaff: .inviteStaff
        case .staffMember: .staffMember
        case .staffRole: .staffRole
        case .staffActive: .staffActive
        case .staffResendInvitation: .staffResendInvitation
        case .staffJob: .staffJob
        case .rosterImport: .rosterImport
        case .rosterImportJob: .rosterImportJob
        case .schoolSettings: .schoolSettings
        case .schools: .schools
        case .audit: .audit
        case .students: .students
        case .student: .student
        case .familyMember: .familyMember
        case .newStudent: .newStudent
        case .editStudent: .editStudent
        case .addFamilyMember: .addFamilyMember
        case .familyLink: .familyLink
        case .removeFamilyMember: .removeFamilyMember
        case .studentStaff: .studentStaff
        case .removeStudentStaff: .removeStudentStaff
        case .addAgency: .addAgency
        case .removeAgency: .removeAgency
        case .meetings: .meetings
        case .newMeeting: .newMeeting
        case .meeting: .meeting
        case .meetingPlan: .meetingPlan
        case .meetingAgenda: .meetingAgenda
        case .agendaItem: .agendaItem
        case .meetingParticipants: .meetingParticipants
        case .meetingPreparation: .meetingPreparation
        case .meetingBiasCheck: .meetingBiasCheck
        case .meetingSpace: .meetingSpace
        case .meetingSeating: .meetingSeating
        case .meetingInvitation: .meetingInvitation
        case .meetingShare: .meetingShare
        case .meetingCancel: .meetingCancel
        case .tellChanges: .tellChanges
        case .meetingSplit: .meetingSplit
        case .stopLinks: .stopLinks
        case .meetingRun: .meetingRun
        case .startMeeting: .startMeeting
        case .runStep: .runStep
        case .recordEntries: .recordEntries
        case .recordEntry: .recordEntry
        case .attendance: .attendance
        case .followUp: .followUp
        case .closeMeeting: .closeMeeting
        case .sharedScreen: .sharedScreen
        case .sharedScreenLive: .sharedScreenLive
        case .meetingRecord: .meetingRecord
        case .meetingSummary: .meetingSummary
        case .shareSummary: .shareSummary
        case .answerSummary: .answerSummary
        case .participantSummary: .participantSummary
        case .apiMeetingRecord: .apiMeetingRecord
        case .apiMeetingSummary: .apiMeetingSummary
        case .meetingLink: .meetingLink
        case .participantPage: .participantPage
        case .participantAgenda: .participantAgenda
        case .participantVoice: .participantVoice
        case .participantRequest: .participantRequest
        case .participantCode: .participantCode
        case .participantVerify: .participantVerify
        case .pageVersion: .pageVersion
        case .meetingRequests: .meetingRequests
        case .acceptRequest: .acceptRequest
        case .answerRequest: .answerRequest
        case .outbox: .outbox
        case .outboxCalendar: .outboxCalendar
        case .outboxHandOver: .outboxHandOver
        case .calendarFeed: .calendarFeed
        case .revokeCalendarFeed: .revokeCalendarFeed
        case .calendarFile: .calendarFile
        case .spaces: .spaces
        case .newSpace: .newSpace
        case .space: .space
        case .stylesheet: .stylesheet
        case .voiceScript: .voiceScript
        case .liveScript: .liveScript
        case .apiTokens: .apiTokens
        case .revokeAPIToken: .revokeAPIToken
        case .apiStudents: .apiStudents
        case .apiStudent: .apiStudent
        case .apiStudentFamily: .apiStudentFamily
        case .apiStudentMeetings: .apiStudentMeetings
        case .apiMeetings: .apiMeetings
        case .apiMeeting: .apiMeeting
        case .apiMeetingAgenda: .apiMeetingAgenda
        case .apiStaff: .apiStaff
        case .apiOpenAPI: .apiOpenAPI
        case .healthz: .healthz
        case .readyz: .readyz
        case .benchPlaintext: .benchPlaintext
        }
    }

    public var path: String {
        var parameters: [String: String] = [:]
        var query: [(String, String?)] = []
        switch self {
        case .signIn(let next, let notice):
            query = [("next", next), ("notice", notice?.rawValue)]
        case .welcome(let token):
            parameters["token"] = token
        case .staff(let school), .inviteStaff(let school):
            query = [("school", school?.rawValue.uuidString)]
        case .staffMember(let id, let notice):
            parameters["staffID"] = id.rawValue.uuidString
            query = [("notice", notice?.rawValue)]
        case .rosterImport(let school):
            query = [("school", school?.rawValue.uuidString)]
        case .rosterImportJob(let id):
            parameters["jobID"] = id.rawValue.uuidString
        case .schoolSettings(let school, let notice):
            query = [("school", school?.rawValue.uuidString), ("notice", notice?.rawValue)]
        case .staffRole(let id), .staffActive(let id), .staffResendInvitation(let id), .staffJob(let id):
            parameters["staffID"] = id.rawValue.uuidString
        case .schools(let notice):
            query = [("notice", notice?.rawValue)]
        case .audit(let school, let page):
            query = [("school", school?.rawValue.uuidString), ("page", page.map(String.init))]
        case .students(let list):
            query = list.items
        case .student(let id, let notice):
            parameters["studentID"] = id.rawValue.uuidString
            query = [("notice", notice?.rawValue)]
        case .newStudent(let school):
            query = [("school", school?.rawValue.uuidString)]
        case .editStudent(let id), .addAgency(let id):
            parameters["studentID"] = id.rawValue.uuidString
        case .studentStaff(let id, let search):
            parameters["studentID"] = id.rawValue.uuidString
            query = [("q", search)]
        case .familyMember(let id, let student), .familyLink(let id, let student),
            .removeFamilyMember(let id, let student):
            parameters["familyID"] = id.rawValue.uuidString
            parameters["studentID"] = student.rawValue.uuidString
        case .addFamilyMember(let student, let existing, let search):
            parameters["studentID"] = student.rawValue.uuidString
            query = [("existing", existing?.rawValue.uuidString), ("q", search)]
        case .removeStudentStaff(let id, let student):
            parameters["staffID"] = id.rawValue.uuidString
            parameters["studentID"] = student.rawValue.uuidString
        case .removeAgency(let id, let student):
            parameters["linkID"] = id.rawValue.uuidString
            parameters["studentID"] = student.rawValue.uuidString
        case .newMeeting(let student):
            parameters["studentID"] = student.rawValue.uuidString
        case .meeting(let id, let notice):
            parameters["meetingID"] = id.rawValue.uuidString
            query = [("notice", notice?.rawValue)]
        case .meetingPlan(let id), .meetingAgenda(let id), .meetingParticipants(let id), .meetingPreparation(let id),
            .meetingBiasCheck(let id), .meetingSpace(let id), .meetingSeating(let id), .meetingShare(let id),
            .meetingCancel(let id), .tellChanges(let id), .meetingSplit(let id), .startMeeting(let id),
            .runStep(let id),
            .recordEntries(let id), .attendance(let id), .followUp(let id), .closeMeeting(let id),
            .sharedScreen(let id), .shareSummary(let id), .apiMeetingRecord(let id), .apiMeetingSummary(let id):
            parameters["meetingID"] = id.rawValue.uuidString
        case .meetingSummary(let id, let language, let notice):
            parameters["meetingID"] = id.rawValue.uuidString
            query = [("language", language), ("notice", notice?.rawValue)]
        case .answerSummary(let id, let meeting):
            parameters["responseID"] = id.rawValue.uuidString
            parameters["meetingID"] = meeting.rawValue.uuidString
        case .meetingRun(let id, let error):
            parameters["meetingID"] = id.rawValue.uuidString
            query = [("error", error)]
        case .sharedScreenLive(let id, let since):
            parameters["meetingID"] = id.rawValue.uuidString
            query = [("since", since.map(String.init))]
        case .meetingRecord(let id, let notice):
            parameters["meetingID"] = id.rawValue.uuidString
            query = [("notice", notice?.rawValue)]
        case .recordEntry(let id, let meeting):
            parameters["entryID"] = id.rawValue.uuidString
            parameters["meetingID"] = meeting.rawValue.uuidString
        case .meetingInvitation(let id, let language, let notice):
            parameters["meetingID"] = id.rawValue.uuidString
            query = [("language", language), ("notice", notice?.rawValue)]
        case .meetingLink(let participant, let meeting), .stopLinks(let participant, let meeting),
            .pageVersion(let participant, let meeting):
            parameters["participantID"] = participant.rawValue.uuidString
            parameters["meetingID"] = meeting.rawValue.uuidString
        case .participantPage(let token, let language):
            parameters["token"] = token
            query = [("language", language)]
        case .participantAgenda(let token), .participantVoice(let token), .participantRequest(let token),
            .participantCode(let token), .participantVerify(let token), .participantSummary(let token):
            parameters["token"] = token
        case .meetingRequests(let notice):
            query = [("notice", notice?.rawValue)]
        case .acceptRequest(let id), .answerRequest(let id):
            parameters["requestID"] = id.rawValue.uuidString
        case .outbox(let school):
            query = [("school", school?.rawValue.uuidString)]
        case .outboxCalendar(let id), .outboxHandOver(let id):
            parameters["messageID"] = id.rawValue.uuidString
        case .calendarFeed(let notice):
            query = [("notice", notice?.rawValue)]
        case .calendarFile(let token):
            parameters["token"] = token
        case .agendaItem(let id, let meeting):
            parameters["itemID"] = id.rawValue.uuidString
            parameters["meetingID"] = meeting.rawValue.uuidString
        case .spaces(let school, let notice):
            query = [("school", school?.rawValue.uuidString), ("notice", notice?.rawValue)]
        case .newSpace(let school):
            query = [("school", school?.rawValue.uuidString)]
        case .space(let id):
            parameters["spaceID"] = id.rawValue.uuidString
        case .stylesheet(let version), .voiceScript(let version), .liveScript(let version):
            query = [("v", version)]
        case .apiTokens(let notice):
            query = [("notice", notice?.rawValue)]
        case .revokeAPIToken(let id):
            parameters["tokenID"] = id.rawValue.uuidString
        case .apiStudent(let id), .apiStudentFamily(let id), .apiStudentMeetings(let id):
            parameters["studentID"] = id.rawValue.uuidString
        case .apiMeeting(let id), .apiMeetingAgenda(let id):
            parameters["meetingID"] = id.rawValue.uuidString
        case .home, .setup, .signOut, .healthz, .readyz, .benchPlaintext, .apiStudents, .apiStaff, .apiOpenAPI,
            .meetings, .apiMeetings, .revokeCalendarFeed:
            break
        }
        let path = template.rawValue.split(separator: "/").map { segment -> String in
            guard segment.hasPrefix(":") else { return String(segment) }
            let value = parameters[String(segment.dropFirst())] ?? ""
            return value.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(["/"])) ?? ""
        }
        let joined = "/" + path.joined(separator: "/")
        let items = query.compactMap { name, value in value.map { "\(name)=\(Self.encodeQuery($0))" } }
        return items.isEmpty ? joined : joined + "?" + items.joined(separator: "&")
    }

    private static func encodeQuery(_ value: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~/")
        return value.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
    }

    /// Only paths on this site may be used as a place to return to after signing in.
    public static func isSafeReturnPath(_ path: String) -> Bool {
        ReturnPath.isSafe(path)
    }
}

/// The student list's search and filters, as they travel in its address.
public struct StudentListQuery: Sendable, Equatable, Codable {
    public var q: String?
    public var year: Int?
    public var sen: Bool?
    public var disadvantaged: Bool?
    public var eal: Bool?
    public var school: UUID?
    public var page: Int?

    public init(
        q: String? = nil, year: Int? = nil, sen: Bool? = nil, disadvantaged: Bool? = nil, eal: Bool? = nil,
        school: UUID? = nil, page: Int? = nil
    ) {
        self.q = q
        self.year = year
        self.sen = sen
        self.disadvantaged = disadvantaged
        self.eal = eal
        self.school = school
        self.page = page
    }

    /// Read leniently: the search form sends every field, empty ones included, and a
    /// malformed value in an address should mean "no filter", not an error page.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        func text(_ key: CodingKeys) -> String? {
            (try? container.decodeIfPresent(String.self, forKey: key)).flatMap { $0.isEmpty ? nil : $0 }
        }
        q = text(.q)
        year = text(.year).flatMap { Int($0) }
        sen = text(.sen) == "true" ? true : nil
        disadvantaged = text(.disadvantaged) == "true" ? true : nil
        eal = text(.eal) == "true" ? true : nil
        school = text(.school).flatMap(UUID.init(uuidString:))
        page = text(.page).flatMap { Int($0) }
    }

    public var items: [(String, String?)] {
        [
            ("q", q.flatMap { $0.isEmpty ? nil : $0 }), ("year", year.map(String.init)),
            ("sen", sen == true ? "true" : nil), ("disadvantaged", disadvantaged == true ? "true" : nil),
            ("eal", eal == true ? "true" : nil), ("school", school?.uuidString),
            ("page", page.flatMap { $0 > 1 ? String($0) : nil }),
        ]
    }
}

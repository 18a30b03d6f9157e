import Foundation
import RoundtableCore
import Tagged

/// Every URL the application answers, in one place. Pages link with `SiteRoute` values and
/// handlers are registered from `SiteRoute.Template`, both built from the same templates, so a
/// link cannot point at a route that does not exist.
///
/// The big areas are nested, each in its own file with its own cases, templates and path
/// building: a student (`.student(id, .edit)`), a member of staff, a meeting
/// (`.meeting(id, .run())`), a participant's personal pages, the API and the assets. Pages
/// that stand alone stay here.
public enum SiteRoute: Sendable, Equatable {
    case home
    case setup
    case signIn(next: String? = nil, notice: Notice? = nil)
    case signOut
    case welcome(token: String)
    case staff(school: SchoolID? = nil)
    case inviteStaff(school: SchoolID? = nil)
    case staffMember(StaffID, StaffMemberRoute)
    case rosterImport(school: SchoolID? = nil)
    case rosterImportJob(RosterImportJobID)
    case schoolSettings(school: SchoolID? = nil, notice: Notice? = nil)
    /// The school's term dates, for counting insight figures by term.
    case schoolTerms(school: SchoolID? = nil, notice: Notice? = nil)
    case schools(notice: Notice? = nil)
    case audit(school: SchoolID? = nil, page: Int? = nil, filter: AuditFilter = AuditFilter())
    /// The same filtered events as a CSV file (audited as a download).
    case auditExport(school: SchoolID? = nil, filter: AuditFilter = AuditFilter())
    /// How meetings are going: a school's or the organisation's figures for a fixed period.
    case insight(InsightQuery = InsightQuery())
    /// One of that page's tables as a CSV file.
    case insightExport(table: String, InsightQuery = InsightQuery())
    case students(StudentListQuery = StudentListQuery())
    case newStudent(school: SchoolID? = nil)
    case student(StudentID, StudentRoute)
    case meetings
    case meeting(MeetingID, MeetingRoute)
    /// A participant's personal pages, opened from their link.
    case participant(token: String, ParticipantRoute)
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
    /// A member of staff's own choice of reminder emails (off, daily, weekly).
    case reminderSettings(notice: Notice? = nil)
    /// A participant's low answers, for the person who must act on them (issue 14).
    case feedbackAlert(FeedbackAlertID, notice: Notice? = nil)
    /// When a school's feedback raises an alert: its leaders' own small page.
    case feedbackThresholds(school: SchoolID? = nil, notice: Notice? = nil)
    case spaces(school: SchoolID? = nil, notice: Notice? = nil)
    case newSpace(school: SchoolID? = nil)
    case space(SpaceID)
    case apiTokens(notice: Notice? = nil)
    case revokeAPIToken(APITokenID)
    case api(APIRoute)
    case asset(AssetRoute)
    case healthz
    case readyz
    case benchPlaintext

    public var template: Template { address.template }

    public var path: String {
        let address = address
        return address.path(along: address.template.segments)
    }

    var address: RouteAddress<Template> {
        switch self {
        case .home: RouteAddress(.home)
        case .setup: RouteAddress(.setup)
        case .signIn(let next, let notice):
            RouteAddress(.signIn, query: [("next", next), ("notice", notice?.rawValue)])
        case .signOut: RouteAddress(.signOut)
        case .welcome(let token): RouteAddress(.welcome, .token(token))
        case .staff(let school): RouteAddress(.staff, query: [("school", school?.rawValue.uuidString)])
        case .inviteStaff(let school): RouteAddress(.inviteStaff, query: [("school", school?.rawValue.uuidString)])
        case .staffMember(let staff, let route): route.address.within(Template.staffMember, .id(staff))
        case .rosterImport(let school): RouteAddress(.rosterImport, query: [("school", school?.rawValue.uuidString)])
        case .rosterImportJob(let job): RouteAddress(.rosterImportJob, .id(job))
        case .schoolSettings(let school, let notice):
            RouteAddress(
                .schoolSettings, query: [("school", school?.rawValue.uuidString), ("notice", notice?.rawValue)])
        case .schoolTerms(let school, let notice):
            RouteAddress(.schoolTerms, query: [("school", school?.rawValue.uuidString), ("notice", notice?.rawValue)])
        case .schools(let notice): RouteAddress(.schools, query: [("notice", notice?.rawValue)])
        case .audit(let school, let page, let filter):
            RouteAddress(
                .audit,
                query: [("school", school?.rawValue.uuidString)] + filter.queryItems + [("page", page.map(String.init))]
            )
        case .auditExport(let school, let filter):
            RouteAddress(.auditExport, query: [("school", school?.rawValue.uuidString)] + filter.queryItems)
        case .insight(let query): RouteAddress(.insight, query: query.items)
        case .insightExport(let table, let query): RouteAddress(.insightExport, query: [("table", table)] + query.items)
        case .students(let list): RouteAddress(.students, query: list.items)
        case .newStudent(let school): RouteAddress(.newStudent, query: [("school", school?.rawValue.uuidString)])
        case .student(let student, let route): route.address.within(Template.student, .id(student))
        case .meetings: RouteAddress(.meetings)
        case .meeting(let meeting, let route): route.address.within(Template.meeting, .id(meeting))
        case .participant(let token, let route): route.address.within(Template.participant, .token(token))
        case .meetingRequests(let notice): RouteAddress(.meetingRequests, query: [("notice", notice?.rawValue)])
        case .acceptRequest(let request): RouteAddress(.acceptRequest, .id(request))
        case .answerRequest(let request): RouteAddress(.answerRequest, .id(request))
        case .outbox(let school): RouteAddress(.outbox, query: [("school", school?.rawValue.uuidString)])
        case .outboxCalendar(let message): RouteAddress(.outboxCalendar, .id(message))
        case .outboxHandOver(let message): RouteAddress(.outboxHandOver, .id(message))
        case .calendarFeed(let notice): RouteAddress(.calendarFeed, query: [("notice", notice?.rawValue)])
        case .revokeCalendarFeed: RouteAddress(.revokeCalendarFeed)
        case .calendarFile(let token): RouteAddress(.calendarFile, .token(token))
        case .reminderSettings(let notice): RouteAddress(.reminderSettings, query: [("notice", notice?.rawValue)])
        case .feedbackAlert(let alert, let notice):
            RouteAddress(.feedbackAlert, .id(alert), query: [("notice", notice?.rawValue)])
        case .feedbackThresholds(let school, let notice):
            RouteAddress(
                .feedbackThresholds,
                query: [("school", school?.rawValue.uuidString), ("notice", notice?.rawValue)])
        case .spaces(let school, let notice):
            RouteAddress(.spaces, query: [("school", school?.rawValue.uuidString), ("notice", notice?.rawValue)])
        case .newSpace(let school): RouteAddress(.newSpace, query: [("school", school?.rawValue.uuidString)])
        case .space(let space): RouteAddress(.space, .id(space))
        case .apiTokens(let notice): RouteAddress(.apiTokens, query: [("notice", notice?.rawValue)])
        case .revokeAPIToken(let token): RouteAddress(.revokeAPIToken, .id(token))
        case .api(let route): route.address.within(Template.api)
        case .asset(let route): route.address.within(Template.asset)
        case .healthz: RouteAddress(.healthz)
        case .readyz: RouteAddress(.readyz)
        case .benchPlaintext: RouteAddress(.benchPlaintext)
        }
    }

    /// Only paths on this site may be used as a place to return to after signing in.
    public static func isSafeReturnPath(_ path: String) -> Bool {
        ReturnPath.isSafe(path)
    }
}

extension AuditFilter {
    /// The filter in an address, leaving out what is not set.
    var queryItems: [(String, String?)] {
        [("staff", staff), ("student", student), ("kind", kind), ("from", from), ("to", to)].map { name, value in
            let trimmed = value.trimmingCharacters(in: .whitespaces)
            return (name, trimmed.isEmpty ? nil : trimmed)
        }
    }
}

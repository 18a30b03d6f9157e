import Foundation

extension SiteRoute {
    /// A route's address pattern, as the router registers it (`/meetings/:meetingID/run`).
    /// Every `SiteRoute` has one (`route.template`), and links are written along the same
    /// segments, so what is registered and what pages link to cannot drift apart.
    public enum Template: Hashable, Sendable, CaseIterable {
        case home, setup, signIn, signOut, welcome
        case staff, inviteStaff, staffMember(StaffMemberRoute.Template)
        case rosterImport, rosterImportJob, schoolSettings, schoolTerms, schools, audit, auditExport
        case insight, insightExport
        case students, newStudent, student(StudentRoute.Template)
        case meetings, meeting(MeetingRoute.Template), participant(ParticipantRoute.Template)
        case meetingRequests, acceptRequest, answerRequest
        case outbox, outboxCalendar, outboxHandOver
        case calendarFeed, revokeCalendarFeed, calendarFile, reminderSettings, feedbackAlert, feedbackThresholds
        case spaces, newSpace, space
        case apiTokens, revokeAPIToken, api(APIRoute.Template)
        case asset(AssetRoute.Template)
        case healthz, readyz, benchPlaintext

        /// Every template; each one must be registered (a test checks).
        public static let allCases: [Template] =
            [
                .home, .setup, .signIn, .signOut, .welcome, .staff, .inviteStaff, .rosterImport, .rosterImportJob,
                .schoolSettings, .schoolTerms, .schools, .audit, .auditExport, .insight, .insightExport, .students,
                .newStudent, .meetings,
                .meetingRequests,
                .acceptRequest, .answerRequest, .outbox, .outboxCalendar, .outboxHandOver, .calendarFeed,
                .revokeCalendarFeed, .calendarFile, .reminderSettings, .feedbackAlert, .feedbackThresholds, .spaces,
                .newSpace, .space, .apiTokens,
                .revokeAPIToken,
                .healthz, .readyz, .benchPlaintext,
            ]
            + StaffMemberRoute.Template.allCases.map(staffMember) + StudentRoute.Template.allCases.map(student)
            + MeetingRoute.Template.allCases.map(meeting) + ParticipantRoute.Template.allCases.map(participant)
            + APIRoute.Template.allCases.map(api) + AssetRoute.Template.allCases.map(asset)

        public var segments: [PathSegment] {
            switch self {
            case .home: []
            case .setup: ["setup"]
            case .signIn: ["sign-in"]
            case .signOut: ["sign-out"]
            case .welcome: ["welcome", .token]
            case .staff: ["staff"]
            case .inviteStaff: ["staff", "invite"]
            case .staffMember(let template): template.segments
            case .rosterImport: ["roster-import"]
            case .rosterImportJob: ["roster-import", .id(RosterImportJobID.self)]
            case .schoolSettings: ["school-settings"]
            case .schoolTerms: ["school-settings", "terms"]
            case .schools: ["schools"]
            case .audit: ["audit"]
            case .auditExport: ["audit", "export.csv"]
            case .insight: ["insight"]
            case .insightExport: ["insight", "export.csv"]
            case .students: ["students"]
            case .newStudent: ["students", "new"]
            case .student(let template): template.segments
            case .meetings: ["meetings"]
            case .meeting(let template): template.segments
            case .participant(let template): template.segments
            case .meetingRequests: ["requests"]
            case .acceptRequest: ["requests", .id(MeetingRequestID.self), "accept"]
            case .answerRequest: ["requests", .id(MeetingRequestID.self), "answer"]
            case .outbox: ["outbox"]
            case .outboxCalendar: ["outbox", .id(OutboxMessageID.self), "meeting.ics"]
            case .outboxHandOver: ["outbox", .id(OutboxMessageID.self), "hand-over"]
            case .calendarFeed: ["calendar-feed"]
            case .revokeCalendarFeed: ["calendar-feed", "revoke"]
            case .calendarFile: ["calendar", .token]
            case .reminderSettings: ["reminders"]
            case .feedbackAlert: ["feedback-alerts", .id(FeedbackAlertID.self)]
            case .feedbackThresholds: ["school-settings", "feedback-alerts"]
            case .spaces: ["spaces"]
            case .newSpace: ["spaces", "new"]
            case .space: ["spaces", .id(SpaceID.self)]
            case .apiTokens: ["api-tokens"]
            case .revokeAPIToken: ["api-tokens", .id(APITokenID.self), "revoke"]
            case .api(let template): template.segments
            case .asset(let template): template.segments
            case .healthz: ["healthz"]
            case .readyz: ["readyz"]
            case .benchPlaintext: ["bench", "plaintext"]
            }
        }

        /// As the router writes it: `/meetings/:meetingID/run`.
        public var pattern: String {
            "/" + segments.map(\.pattern).joined(separator: "/")
        }

        /// The template with this pattern, if it is one of ours.
        public init?(pattern: String) {
            guard let template = Self.allCases.first(where: { $0.pattern == pattern }) else { return nil }
            self = template
        }
    }
}

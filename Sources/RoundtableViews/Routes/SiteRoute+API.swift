import Foundation

/// The JSON API under `/api/v1`: tokens instead of cookies, the same rules as the pages.
public enum APIRoute: Sendable, Equatable {
    case students
    case student(StudentID)
    case studentFamily(StudentID)
    case studentMeetings(StudentID)
    case meetings
    case meeting(MeetingID)
    case meetingAgenda(MeetingID)
    case meetingRecord(MeetingID)
    /// Say how a goal or an action is going.
    case entryStatus(MeetingID, RecordEntryID)
    case meetingSummary(MeetingID)
    /// How the meeting felt for its participants (their answers).
    case meetingFeedback(MeetingID)
    case staff
    /// Feedback alerts the token's owner may see; `state` open (default), closed or all.
    case feedbackAlerts
    case feedbackAlert(FeedbackAlertID)
    case openAPI

    public enum Template: Hashable, Sendable, CaseIterable {
        case students, student, studentFamily, studentMeetings
        case meetings, meeting, meetingAgenda, meetingRecord, entryStatus, meetingSummary
        case meetingFeedback
        case staff, feedbackAlerts, feedbackAlert, openAPI

        public var segments: [PathSegment] {
            let api: [PathSegment] = ["api", "v1"]
            return switch self {
            case .students: api + ["students"]
            case .student: api + ["students", .id(StudentID.self)]
            case .studentFamily: api + ["students", .id(StudentID.self), "family"]
            case .studentMeetings: api + ["students", .id(StudentID.self), "meetings"]
            case .meetings: api + ["meetings"]
            case .meeting: api + ["meetings", .id(MeetingID.self)]
            case .meetingAgenda: api + ["meetings", .id(MeetingID.self), "agenda"]
            case .meetingRecord: api + ["meetings", .id(MeetingID.self), "record"]
            case .entryStatus:
                api + ["meetings", .id(MeetingID.self), "record", "entries", .id(RecordEntryID.self), "status"]
            case .meetingSummary: api + ["meetings", .id(MeetingID.self), "summary"]
            case .meetingFeedback: api + ["meetings", .id(MeetingID.self), "feedback"]
            case .staff: api + ["staff"]
            case .feedbackAlerts: api + ["feedback-alerts"]
            case .feedbackAlert: api + ["feedback-alerts", .id(FeedbackAlertID.self)]
            case .openAPI: api + ["openapi.json"]
            }
        }
    }

    var address: RouteAddress<Template> {
        switch self {
        case .students: RouteAddress(.students)
        case .student(let student): RouteAddress(.student, .id(student))
        case .studentFamily(let student): RouteAddress(.studentFamily, .id(student))
        case .studentMeetings(let student): RouteAddress(.studentMeetings, .id(student))
        case .meetings: RouteAddress(.meetings)
        case .meeting(let meeting): RouteAddress(.meeting, .id(meeting))
        case .meetingAgenda(let meeting): RouteAddress(.meetingAgenda, .id(meeting))
        case .meetingRecord(let meeting): RouteAddress(.meetingRecord, .id(meeting))
        case .entryStatus(let meeting, let entry): RouteAddress(.entryStatus, .id(meeting), .id(entry))
        case .meetingSummary(let meeting): RouteAddress(.meetingSummary, .id(meeting))
        case .meetingFeedback(let meeting): RouteAddress(.meetingFeedback, .id(meeting))
        case .staff: RouteAddress(.staff)
        case .feedbackAlerts: RouteAddress(.feedbackAlerts)
        case .feedbackAlert(let alert): RouteAddress(.feedbackAlert, .id(alert))
        case .openAPI: RouteAddress(.openAPI)
        }
    }
}

import Foundation
import Tagged

/// Typed ids: a meeting's id and a student's id are different types, so a route or a view
/// model cannot take one for the other (`agendaItem(_:meeting:)` with its arguments swapped
/// does not compile). The tags are empty enums because the Fluent models that own the
/// tables live in App, which views cannot see.
public enum IDTag {
    public enum Agency {}
    public enum AgencyLink {}
    public enum AgendaItem {}
    public enum APIToken {}
    public enum FamilyMember {}
    public enum FeedbackAlert {}
    public enum Guest {}
    public enum Meeting {}
    public enum MeetingRequest {}
    public enum OutboxMessage {}
    public enum Participant {}
    public enum RecordEntry {}
    public enum RosterImportJob {}
    public enum School {}
    public enum Space {}
    public enum Staff {}
    public enum Student {}
    public enum SummaryResponse {}
}

public typealias AgencyID = Tagged<IDTag.Agency, UUID>
public typealias AgencyLinkID = Tagged<IDTag.AgencyLink, UUID>
public typealias AgendaItemID = Tagged<IDTag.AgendaItem, UUID>
public typealias APITokenID = Tagged<IDTag.APIToken, UUID>
public typealias FamilyMemberID = Tagged<IDTag.FamilyMember, UUID>
/// An alert raised by a participant's answers about how a meeting felt (`feedback_alerts`).
public typealias FeedbackAlertID = Tagged<IDTag.FeedbackAlert, UUID>
/// Someone the family brings to a meeting (`meeting_guests`).
public typealias GuestID = Tagged<IDTag.Guest, UUID>
public typealias MeetingID = Tagged<IDTag.Meeting, UUID>
public typealias MeetingRequestID = Tagged<IDTag.MeetingRequest, UUID>
public typealias OutboxMessageID = Tagged<IDTag.OutboxMessage, UUID>
public typealias ParticipantID = Tagged<IDTag.Participant, UUID>
public typealias RecordEntryID = Tagged<IDTag.RecordEntry, UUID>
public typealias RosterImportJobID = Tagged<IDTag.RosterImportJob, UUID>
public typealias SchoolID = Tagged<IDTag.School, UUID>
public typealias SpaceID = Tagged<IDTag.Space, UUID>
/// A member of staff is a user account.
public typealias StaffID = Tagged<IDTag.Staff, UUID>
public typealias StudentID = Tagged<IDTag.Student, UUID>
public typealias SummaryResponseID = Tagged<IDTag.SummaryResponse, UUID>

/// An id that appears in addresses, and the name of its path parameter. The name is given
/// here once: route templates are built from it (`PathSegment.id(MeetingID.self)`) and
/// handlers read the id by its type (`req.parameters.require(MeetingID.self)`).
public protocol PathParameterTag {
    static var pathParameter: String { get }
}

extension IDTag.AgencyLink: PathParameterTag { public static let pathParameter = "linkID" }
extension IDTag.AgendaItem: PathParameterTag { public static let pathParameter = "itemID" }
extension IDTag.APIToken: PathParameterTag { public static let pathParameter = "tokenID" }
extension IDTag.FamilyMember: PathParameterTag { public static let pathParameter = "familyID" }
extension IDTag.FeedbackAlert: PathParameterTag { public static let pathParameter = "alertID" }
extension IDTag.Guest: PathParameterTag { public static let pathParameter = "guestID" }
extension IDTag.Meeting: PathParameterTag { public static let pathParameter = "meetingID" }
extension IDTag.MeetingRequest: PathParameterTag { public static let pathParameter = "requestID" }
extension IDTag.OutboxMessage: PathParameterTag { public static let pathParameter = "messageID" }
extension IDTag.Participant: PathParameterTag { public static let pathParameter = "participantID" }
extension IDTag.RecordEntry: PathParameterTag { public static let pathParameter = "entryID" }
extension IDTag.RosterImportJob: PathParameterTag { public static let pathParameter = "jobID" }
extension IDTag.Space: PathParameterTag { public static let pathParameter = "spaceID" }
extension IDTag.Staff: PathParameterTag { public static let pathParameter = "staffID" }
extension IDTag.Student: PathParameterTag { public static let pathParameter = "studentID" }
extension IDTag.SummaryResponse: PathParameterTag { public static let pathParameter = "responseID" }

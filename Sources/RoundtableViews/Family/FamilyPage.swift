import Foundation
import RoundtableCore

/// A family member's own page, reached from any of their personal links: all their children's
/// meetings at this school in which they take part (as `FamilyReach` allows), their replies,
/// their requests with where each stands, and a form to ask about any of their children. The
/// link's token is the only key; no child or meeting is named in an address.
public struct FamilyPage: HTMLPage, Sendable, Equatable {
    public var catalogLanguage: String
    public var token: String
    public var schoolName: String
    /// Their children at this school, youngest year first.
    public var children: [Child]
    /// Their meetings, soonest first; `isPast` sorts them into the two lists.
    public var meetings: [MeetingLine]
    /// Their requests at this school, newest first.
    public var requests: [RequestLine]
    /// The form to ask for a meeting (its children are `children`); nil without a child.
    public var ask: MeetingRequestSection.Content?

    public struct Child: Sendable, Equatable {
        public var name: String
        public var yearGroup: Int?

        public init(name: String, yearGroup: Int? = nil) {
            self.name = name
            self.yearGroup = yearGroup
        }
    }

    public struct MeetingLine: Sendable, Equatable {
        /// Their own place in the meeting: what "Open this meeting" sends (a form field).
        public var participantID: ParticipantID
        /// Their own children in the meeting, by the names they use.
        public var childNames: [String]
        public var startsAt: Date?
        public var isCancelled: Bool
        /// Held, or its time has gone.
        public var isPast: Bool
        public var attendance: ParticipantReplyForm.Attendance?
        public var withInterpreter: Bool
        /// The meeting of the link they came by: its page is a plain link.
        public var isThisLink: Bool
        /// Whether a new personal link may be made for it (`FamilyReach.mayOpenMeeting`).
        public var mayOpen: Bool

        public init(
            participantID: ParticipantID, childNames: [String], startsAt: Date?, isCancelled: Bool = false,
            isPast: Bool = false, attendance: ParticipantReplyForm.Attendance? = nil, withInterpreter: Bool = false,
            isThisLink: Bool = false, mayOpen: Bool = true
        ) {
            self.participantID = participantID
            self.childNames = childNames
            self.startsAt = startsAt
            self.isCancelled = isCancelled
            self.isPast = isPast
            self.attendance = attendance
            self.withInterpreter = withInterpreter
            self.isThisLink = isThisLink
            self.mayOpen = mayOpen
        }
    }

    public struct RequestLine: Sendable, Equatable {
        public enum Status: String, Sendable, Equatable {
            case open, accepted, answered
        }

        public var childName: String
        public var sentAt: Date?
        /// Their own words, shown back to them.
        public var topic: String
        public var status: Status
        public var answer: String?

        public init(childName: String, sentAt: Date?, topic: String, status: Status, answer: String? = nil) {
            self.childName = childName
            self.sentAt = sentAt
            self.topic = topic
            self.status = status
            self.answer = answer
        }
    }

    public init(
        catalogLanguage: String, token: String, schoolName: String, children: [Child], meetings: [MeetingLine],
        requests: [RequestLine], ask: MeetingRequestSection.Content?
    ) {
        self.catalogLanguage = catalogLanguage
        self.token = token
        self.schoolName = schoolName
        self.children = children
        self.meetings = meetings
        self.requests = requests
        self.ask = ask
    }

    var t: Localizer { Localizer(catalogLanguage) }

    public var title: String { t(.familyTitle) }
    public var hasErrors: Bool { !(ask?.errors.isEmpty ?? true) }
    public var language: String { catalogLanguage == Catalog.pseudoLocale ? "en" : catalogLanguage }
    public var isForParticipants: Bool { true }
    public var headerName: String? { schoolName.isEmpty ? nil : schoolName }
    public var skipLinkText: String { t(.skipToContent) }
    public var footerText: String { t(.footer) }
}

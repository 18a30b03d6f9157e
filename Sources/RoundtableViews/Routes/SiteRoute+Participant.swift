import Foundation

/// A participant's personal pages under `/p/{token}`, opened from their link. The token is the
/// only key: no account, no id in the address.
public enum ParticipantRoute: Sendable, Equatable {
    case page(language: String? = nil)
    case agenda
    case voice
    case request
    /// The optional email code: ask for one, then give it.
    case code
    case verify
    /// The participant confirms or comments on the summary.
    case summary
    /// After the meeting: they say their own action is done (or could not be), or add a note
    /// to a shared goal. Which one is a form field, so no id is in the address.
    case followThrough

    /// A family member turns reminder emails off, or on again.
    case reminders

    /// A family member's own page: all their children's meetings at this school in which they
    /// take part, and their requests (`FamilyReach` says what it holds).
    case family
    /// Asking for a meeting about any of their children, from that page.
    case familyRequest
    /// Opening another of their meetings: the meeting is a form field, never in the address.
    case familyOpen
    /// The meeting as a calendar file to download, in the reader's language.
    case calendar
    /// After the meeting: how it felt (`FeedbackRule`), the child version for a student.
    case feedback

    public enum Template: Hashable, Sendable, CaseIterable {
        case page, agenda, voice, request, code, verify, summary, followThrough, reminders, family, familyRequest
        case familyOpen, calendar, feedback

        public var segments: [PathSegment] {
            let link: [PathSegment] = ["p", .token]
            return switch self {
            case .page: link
            case .agenda: link + ["agenda"]
            case .voice: link + ["voice"]
            case .request: link + ["request"]
            case .code: link + ["code"]
            case .verify: link + ["verify"]
            case .summary: link + ["summary"]
            case .followThrough: link + ["follow-through"]
            case .reminders: link + ["reminders"]
            case .family: link + ["family"]
            case .familyRequest: link + ["family", "request"]
            case .familyOpen: link + ["family", "open"]
            case .calendar: link + ["meeting.ics"]
            case .feedback: link + ["feedback"]
            }
        }
    }

    var address: RouteAddress<Template> {
        switch self {
        case .page(let language): RouteAddress(.page, query: [("language", language)])
        case .agenda: RouteAddress(.agenda)
        case .voice: RouteAddress(.voice)
        case .request: RouteAddress(.request)
        case .code: RouteAddress(.code)
        case .verify: RouteAddress(.verify)
        case .summary: RouteAddress(.summary)
        case .followThrough: RouteAddress(.followThrough)
        case .reminders: RouteAddress(.reminders)
        case .family: RouteAddress(.family)
        case .familyRequest: RouteAddress(.familyRequest)
        case .familyOpen: RouteAddress(.familyOpen)
        case .calendar: RouteAddress(.calendar)
        case .feedback: RouteAddress(.feedback)
        }
    }
}

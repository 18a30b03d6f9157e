import Foundation

/// Everything under `/meetings/{meetingID}`: planning a meeting, inviting people, running it,
/// its record and summary. `SiteRoute.meeting(id, .run())` is `/meetings/{id}/run`.
public enum MeetingRoute: Sendable, Equatable {
    case show(notice: SiteRoute.Notice? = nil)
    case plan
    case agenda
    case agendaItem(AgendaItemID)
    /// Changing one agenda item: its words, minutes and place.
    case agendaItemEdit(AgendaItemID)
    case participants
    /// Who is invited, how each was reached, and their personal links (read, not changed).
    case people
    /// The ground rules and the planner's notes, to read.
    case notes
    case preparation
    case biasCheck
    case space
    case seating
    case invitation(language: String = "en", notice: SiteRoute.Notice? = nil)
    /// The school's texts (purpose, agenda, rules, directions, fallback) in one language.
    case texts(language: String = "en", notice: SiteRoute.Notice? = nil)
    case share
    case cancel
    case split
    /// Sends the collected notice of changes now instead of after the quiet period.
    case tellChanges
    /// A new personal link for a participant, and stopping their links.
    case link(ParticipantID)
    case stopLinks(ParticipantID)
    /// A person's link handed over another way (copied, or printed as a letter): a new link
    /// that stops the old ones.
    case handOver(ParticipantID)
    /// "Remind them": everyone who has not replied.
    case remind
    /// Which page a student sees: chosen by the lead.
    case pageVersion(ParticipantID)
    /// Coming for part of the meeting: when someone joins and leaves.
    case partTime(ParticipantID)
    /// Someone the family brings (a name on the list), and taking them off it.
    case guests
    case removeGuest(GuestID)
    /// Running the meeting: the facilitator's view and what it posts.
    case run(error: String? = nil)
    case start
    case runStep
    case recordEntries
    case recordEntry(RecordEntryID)
    /// How an action went, said after the meeting.
    case actionStatus(RecordEntryID)
    case attendance
    case followUp
    case close
    /// A goal or action carried in from an earlier meeting: how it is going, or sharing it here.
    case sinceLastTime
    /// The projector view, and the small fragment it fetches to follow the facilitator.
    case screen
    case screenLive(since: Int? = nil)
    /// The record of a meeting, for staff.
    case record(notice: SiteRoute.Notice? = nil)
    /// A member of staff's own reflection after the meeting, read by them alone.
    case reflectionAfter(notice: SiteRoute.Notice? = nil)
    /// Writing and sharing the participants' summary, and answering their comments.
    case summary(language: String = "en", notice: SiteRoute.Notice? = nil)
    case shareSummary
    case answerSummary(SummaryResponseID)

    public enum Template: Hashable, Sendable, CaseIterable {
        case show, plan, agenda, agendaItem, participants, preparation, biasCheck, space, seating
        case people, notes
        case agendaItemEdit
        case invitation, share, cancel, split, tellChanges, link, stopLinks, pageVersion
        case partTime, guests, removeGuest
        case handOver, remind
        case texts
        case run, start, runStep, recordEntries, recordEntry, actionStatus, attendance, followUp, close
        case sinceLastTime
        case screen, screenLive, record, summary, shareSummary, answerSummary
        case reflectionAfter

        public var segments: [PathSegment] {
            let meeting: [PathSegment] = ["meetings", .id(MeetingID.self)]
            return switch self {
            case .show: meeting
            case .plan: meeting + ["plan"]
            case .agenda: meeting + ["agenda"]
            case .agendaItem: meeting + ["agenda", .id(AgendaItemID.self)]
            case .agendaItemEdit: meeting + ["agenda", .id(AgendaItemID.self), "edit"]
            case .participants: meeting + ["participants"]
            case .people: meeting + ["people"]
            case .notes: meeting + ["notes"]
            case .preparation: meeting + ["preparation"]
            case .biasCheck: meeting + ["reflection"]
            case .space: meeting + ["space"]
            case .seating: meeting + ["seating"]
            case .invitation: meeting + ["invitation"]
            case .texts: meeting + ["texts"]
            case .share: meeting + ["share"]
            case .cancel: meeting + ["cancel"]
            case .split: meeting + ["split"]
            case .tellChanges: meeting + ["changes", "tell"]
            case .link: meeting + ["participants", .id(ParticipantID.self), "link"]
            case .stopLinks: meeting + ["participants", .id(ParticipantID.self), "stop"]
            case .pageVersion: meeting + ["participants", .id(ParticipantID.self), "page-version"]
            case .partTime: meeting + ["participants", .id(ParticipantID.self), "time"]
            case .guests: meeting + ["guests"]
            case .removeGuest: meeting + ["guests", .id(GuestID.self), "remove"]
            case .handOver: meeting + ["participants", .id(ParticipantID.self), "hand-over"]
            case .remind: meeting + ["reminders"]
            case .run: meeting + ["run"]
            case .start: meeting + ["run", "start"]
            case .runStep: meeting + ["run", "step"]
            case .recordEntries: meeting + ["record", "entries"]
            case .recordEntry: meeting + ["record", "entries", .id(RecordEntryID.self)]
            case .actionStatus: meeting + ["record", "entries", .id(RecordEntryID.self), "status"]
            case .attendance: meeting + ["run", "attendance"]
            case .followUp: meeting + ["run", "follow-up"]
            case .close: meeting + ["run", "close"]
            case .sinceLastTime: meeting + ["run", "since-last-time"]
            case .screen: meeting + ["screen"]
            case .screenLive: meeting + ["screen", "live"]
            case .record: meeting + ["record"]
            case .reflectionAfter: meeting + ["reflection", "after"]
            case .summary: meeting + ["summary"]
            case .shareSummary: meeting + ["summary", "share"]
            case .answerSummary: meeting + ["summary", "responses", .id(SummaryResponseID.self), "answer"]
            }
        }
    }

    var address: RouteAddress<Template> {
        switch self {
        case .show(let notice): RouteAddress(.show, query: [("notice", notice?.rawValue)])
        case .plan: RouteAddress(.plan)
        case .agenda: RouteAddress(.agenda)
        case .agendaItem(let item): RouteAddress(.agendaItem, .id(item))
        case .agendaItemEdit(let item): RouteAddress(.agendaItemEdit, .id(item))
        case .participants: RouteAddress(.participants)
        case .people: RouteAddress(.people)
        case .notes: RouteAddress(.notes)
        case .preparation: RouteAddress(.preparation)
        case .biasCheck: RouteAddress(.biasCheck)
        case .space: RouteAddress(.space)
        case .seating: RouteAddress(.seating)
        case .invitation(let language, let notice):
            RouteAddress(.invitation, query: [("language", language), ("notice", notice?.rawValue)])
        case .texts(let language, let notice):
            RouteAddress(.texts, query: [("language", language), ("notice", notice?.rawValue)])
        case .share: RouteAddress(.share)
        case .cancel: RouteAddress(.cancel)
        case .split: RouteAddress(.split)
        case .tellChanges: RouteAddress(.tellChanges)
        case .link(let participant): RouteAddress(.link, .id(participant))
        case .stopLinks(let participant): RouteAddress(.stopLinks, .id(participant))
        case .pageVersion(let participant): RouteAddress(.pageVersion, .id(participant))
        case .partTime(let participant): RouteAddress(.partTime, .id(participant))
        case .guests: RouteAddress(.guests)
        case .removeGuest(let guest): RouteAddress(.removeGuest, .id(guest))
        case .handOver(let participant): RouteAddress(.handOver, .id(participant))
        case .remind: RouteAddress(.remind)
        case .run(let error): RouteAddress(.run, query: [("error", error)])
        case .start: RouteAddress(.start)
        case .runStep: RouteAddress(.runStep)
        case .recordEntries: RouteAddress(.recordEntries)
        case .recordEntry(let entry): RouteAddress(.recordEntry, .id(entry))
        case .actionStatus(let entry): RouteAddress(.actionStatus, .id(entry))
        case .attendance: RouteAddress(.attendance)
        case .followUp: RouteAddress(.followUp)
        case .close: RouteAddress(.close)
        case .sinceLastTime: RouteAddress(.sinceLastTime)
        case .screen: RouteAddress(.screen)
        case .screenLive(let since): RouteAddress(.screenLive, query: [("since", since.map(String.init))])
        case .record(let notice): RouteAddress(.record, query: [("notice", notice?.rawValue)])
        case .reflectionAfter(let notice): RouteAddress(.reflectionAfter, query: [("notice", notice?.rawValue)])
        case .summary(let language, let notice):
            RouteAddress(.summary, query: [("language", language), ("notice", notice?.rawValue)])
        case .shareSummary: RouteAddress(.shareSummary)
        case .answerSummary(let response): RouteAddress(.answerSummary, .id(response))
        }
    }
}

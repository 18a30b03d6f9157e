import Foundation
import RoundtableCore
import RoundtableViews
import SQLKit

extension FacilitatorPage {
    /// The meeting and its students come from the access check; the page itself costs two
    /// indexed reads: the people (names, words, parental responsibility), and the run (agenda,
    /// the entries this viewer may read, the last 30 steps, follow-ups) in one `UNION ALL`.
    /// A follow-up or a review adds the lines it carries in (`CarriedRead`: one or two more).
    static func read(
        _ context: MeetingContext, capture: CaptureState = CaptureState(), refusal: String? = nil,
        on db: any SQLDatabase
    ) async throws -> FacilitatorPage {
        let meeting = context.meeting
        let meetingID = try meeting.requireID()
        let people = try await RunRead.people(of: meetingID, for: context.viewer, on: db)
        let run = try await RunRead.run(
            of: meetingID, parts: [.items, .entries, .events, .followUps], viewer: context.viewer,
            userID: context.staff.user.id, on: db)
        let carried = try await CarriedRead.lines(
            into: .init(meeting), viewer: context.reach.carriedViewer(context.viewer), userID: context.staff.user.id,
            on: db)
        return FacilitatorPage(
            meetingID: MeetingID(meetingID), type: meeting.type, state: meeting.state,
            studentNames: context.students.map(\.displayName), purpose: meeting.purpose, startsAt: meeting.startsAt,
            startedAt: meeting.startedAt, lengthMinutes: meeting.lengthMinutes, groundRules: meeting.groundRules,
            flags: Flags(meeting.lifecycle), people: people, items: run.items, entries: run.entries,
            events: run.events, followUps: run.followUps, carried: carried,
            looseEnds: looseEnds(items: run.items, entries: run.entries, carried: carried), capture: capture,
            refusal: refusal)
    }
}

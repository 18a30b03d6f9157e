import Foundation
import RoundtableCore
import RoundtableViews
import SQLKit

extension RecordPage {
    /// The meeting and its students come from the access check; the page itself costs two
    /// indexed reads: the people, and the agenda with the entries this viewer may read and
    /// their history, in one `UNION ALL`.
    static func read(
        _ context: MeetingContext, amending: AmendState? = nil, notice: SiteRoute.Notice? = nil, kept: String? = nil,
        on db: any SQLDatabase
    ) async throws -> RecordPage {
        let meeting = context.meeting
        let meetingID = try meeting.requireID()
        let people = try await RunRead.people(of: meetingID, for: context.viewer, on: db)
        let run = try await RunRead.run(
            of: meetingID, parts: [.items, .entries, .revisions], viewer: context.viewer,
            userID: context.staff.user.id, on: db)
        // What was said since the meeting about each goal and action (one more indexed read).
        let kinds = Dictionary(uniqueKeysWithValues: run.entries.map { ($0.id, $0.kind) })
        let followed = run.entries.filter { $0.kind == .action || $0.kind == .goal }.map(\.id.rawValue)
        var said: [RecordEntryID: [ActionStatusLine]] = [:]
        var progress: [RecordEntryID: [GoalProgressLine]] = [:]
        // A family's own words go where their words go (Core: the lead, staff at the meeting,
        // leaders); other staff read that they said something, as on the timeline.
        let readsTheirWords = RecordVisibility.canReadParticipantWords(context.viewer)
        for line in try await FollowThroughUpdates.lines(of: followed, on: db) {
            let id = RecordEntryID(line.entry_id)
            let fromParticipant = line.by_participant_id != nil
            let withheld = fromParticipant && !readsTheirWords
            let note = withheld ? nil : line.note
            if kinds[id] == .goal, let status = GoalStatus(rawValue: line.status) {
                progress[id, default: []].append(
                    GoalProgressLine(
                        status: status, note: note, observed: withheld ? nil : line.observed,
                        nextReview: line.next_review, byName: line.by_name, at: line.at,
                        fromParticipant: fromParticipant, wordsWithheld: withheld))
            } else if let status = ActionStatus(rawValue: line.status) {
                said[id, default: []].append(
                    ActionStatusLine(status: status, note: note, byName: line.by_name, at: line.at))
            }
        }
        var page = RecordPage(
            meetingID: MeetingID(meetingID), type: meeting.type, state: meeting.state,
            studentNames: context.students.map(\.displayName), startedAt: meeting.startedAt,
            flags: Flags(meeting.lifecycle, mayChange: context.mayChange), people: people, items: run.items,
            entries: run.entries, history: run.history, amending: amending, actionStatus: said, notice: notice,
            kept: kept)
        page.goalProgress = progress
        page.looseEnds = meeting.lifecycle.isHeld ? try await looseEnds(of: meetingID, on: db) : []
        // Their own reflection after the meeting: read by their own id only, beside the
        // participants' answers in the same statement when they may read those.
        let userID = try context.staff.user.requireID()
        let asked = StaffReflectionRule.isAsked(
            meeting: meeting.lifecycle, leadID: meeting.$lead.id, viewer: userID,
            presences: people.filter { $0.person == .staff(userID) }.map(\.presence))
        if meeting.lifecycle.isHeld, FeedbackVisibility.maySee(viewer: context.staff.actor, meeting: meeting.ref) {
            let (answers, own) = try await FeedbackAnswers.forStaff(
                of: meetingID, reflectionBy: asked ? userID : nil, on: db)
            page.feedback = people.compactMap { person in
                answers[person.id.rawValue].map {
                    FeedbackAnswerLine(name: person.name, role: person.role, scale: $0.scale, shown: $0.shown)
                }
            }
            page.ownReflection = asked ? OwnReflection(written: own != nil, scores: own ?? [:]) : nil
            // The same people's answers across the meetings about the student, until this one
            // (one more read); Core keeps the points of meetings this viewer may read.
            let heldAt = meeting.startedAt ?? meeting.startsAt ?? meeting.closedAt
            page.trends = FeedbackTrend.lines(
                try await FeedbackTrendRead.answers(about: .studentsOf(meeting: meetingID), on: db),
                viewer: context.staff.actor, upTo: heldAt)
        } else if asked {
            let own = try await StaffReflections.own(meetingID: meetingID, viewer: context.staff.actor, on: db)
            page.ownReflection = OwnReflection(written: own != nil)
        }
        return page
    }

    /// What closing decided (asked only once the meeting is over).
    static func looseEnds(of meetingID: UUID, on db: any SQLDatabase) async throws -> [LooseEndLine] {
        struct Row: Decodable {
            var title: String
            var outcome: LooseEnds.Outcome
            var reason: String?
        }
        return try await db.raw(
            "SELECT title, outcome, reason FROM loose_ends WHERE meeting_id = \(bind: meetingID) ORDER BY at, source, title"
        ).all(decoding: Row.self).map { LooseEndLine(title: $0.title, outcome: $0.outcome, reason: $0.reason) }
    }
}

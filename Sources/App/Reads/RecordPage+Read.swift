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
        // What was said since the meeting about how each action went (one more indexed read).
        let actionIDs = run.entries.filter { $0.kind == .action }.map(\.id.rawValue)
        let said = Dictionary(
            grouping: try await ActionStatuses.lines(of: actionIDs, on: db), by: { RecordEntryID($0.entry_id) }
        )
        .mapValues { lines in
            lines.compactMap { line in
                ActionStatus(rawValue: line.status).map {
                    ActionStatusLine(status: $0, note: line.note, byName: line.by_name, at: line.at)
                }
            }
        }
        return RecordPage(
            meetingID: MeetingID(meetingID), type: meeting.type, state: meeting.state,
            studentNames: context.students.map(\.displayName), startedAt: meeting.startedAt,
            flags: Flags(meeting.lifecycle, mayChange: context.mayChange), people: people, items: run.items,
            entries: run.entries, history: run.history, amending: amending, actionStatus: said, notice: notice,
            kept: kept)
    }
}

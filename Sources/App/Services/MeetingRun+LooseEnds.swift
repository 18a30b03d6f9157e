import Fluent
import Foundation
import RoundtableCore

extension MeetingRun {
    /// Keeps closing's answer for each thing not finished. A carried goal or action answered
    /// "done" or "dropped" also gets its new line, as if said on its own record: done is done
    /// (achieved, for a goal), dropped is no longer needed (stopped, for a goal), with the reason.
    static func decide(
        _ decided: [LooseEnds.Decided], of meeting: Meeting, by userID: UUID, context: AuditContext,
        on db: any Database, now: Date
    ) async throws {
        guard !decided.isEmpty else { return }
        let meetingID = try meeting.requireID()
        for answer in decided {
            let row = LooseEnd()
            row.$meeting.id = meetingID
            row.source = answer.item.source
            row.refID = answer.item.id
            row.title = String(answer.item.title.prefix(RecordLimit.statement))
            row.outcome = answer.outcome
            row.reason = answer.reason
            row.$by.id = userID
            row.at = now
            try await row.create(on: db)
            guard answer.item.source == .carried, answer.outcome != .nextMeeting,
                let entry = try await RecordEntry.find(answer.item.id, on: db)
            else { continue }
            let dropped = answer.outcome == .dropped
            let note = answer.reason ?? "Said at a later meeting"
            if entry.kind == .goal {
                let checked = GoalProgressForm.Checked(
                    status: dropped ? .stopped : .achieved, note: note, observed: nil, nextReview: nil)
                try await FollowThroughUpdates.record(
                    checked, for: entry, by: .staff(userID), schoolID: meeting.$school.id, audit: context, now: now,
                    on: db)
            } else {
                let checked = ActionStatusForm.Checked(status: dropped ? .noLongerNeeded : .done, note: note)
                try await FollowThroughUpdates.record(
                    checked, for: entry, by: .staff(userID), schoolID: meeting.$school.id, audit: context, now: now,
                    on: db)
            }
        }
        try await AuditLog.record(
            .looseEndsDecided, on: db, context: context, schoolID: meeting.$school.id, subjectType: "meeting",
            subjectID: meetingID,
            summary: LooseEnds.Outcome.allCases.compactMap { outcome in
                let count = decided.filter { $0.outcome == outcome }.count
                return count == 0 ? nil : "\(outcome.sentence): \(count)"
            }.joined(separator: ", "))
    }
}

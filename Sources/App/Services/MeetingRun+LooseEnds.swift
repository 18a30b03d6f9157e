import Fluent
import Foundation
import RoundtableCore

extension MeetingRun {
    /// Keeps closing's answer for each thing not finished. A carried goal or action answered
    /// "done" or "dropped" also gets its new line (Core's `LooseEnds.Outcome` says which), as
    /// if said on its own record, with the reason as its note.
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
            // Sent on, a carried line stays as it is (both statuses are nil): no read for it.
            guard answer.item.source == .carried, answer.outcome.actionStatus != nil,
                let entry = try await RecordEntry.find(answer.item.id, on: db)
            else { continue }
            let note = answer.reason ?? "Said at a later meeting"
            if entry.kind == .goal, let status = answer.outcome.goalStatus {
                try await FollowThroughUpdates.record(
                    GoalProgressForm.Checked(status: status, note: note, observed: nil, nextReview: nil), for: entry,
                    by: .staff(userID), schoolID: meeting.$school.id, audit: context, now: now, on: db)
            } else if entry.kind == .action, let status = answer.outcome.actionStatus {
                try await FollowThroughUpdates.record(
                    ActionStatusForm.Checked(status: status, note: note), for: entry, by: .staff(userID),
                    schoolID: meeting.$school.id, audit: context, now: now, on: db)
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

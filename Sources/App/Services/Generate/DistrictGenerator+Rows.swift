import Fluent
import Foundation
import RoundtableCore
import SQLKit

extension DistrictGenerator.SchoolPlan {
    /// A school's meeting rows, gathered in memory and written table by table in batches. Only
    /// the meetings go through Fluent: building a Fluent model reads its properties by
    /// reflection, which measured three times slower than SQLite's own work for the rest.
    struct Rows {
        var meetings: [Meeting] = []
        var students = DistrictGenerator.Table(MeetingStudent.schema, ["id", "meeting_id", "student_id"])
        var participants = DistrictGenerator.Table(
            MeetingParticipant.schema,
            [
                "id", "meeting_id", "kind", "student_id", "family_member_id", "user_id", "role", "presence",
                "interpreter_used", "created_at",
            ])
        var snapshots = DistrictGenerator.Table(
            MeetingGroupSnapshot.schema,
            [
                "id", "meeting_id", "student_id", "year_group", "home_language", "needs_interpreter", "special_needs",
                "separated_parents", "sex", "disadvantaged", "recorded_at", "backfilled",
            ])
        var answers = DistrictGenerator.Table(
            FeedbackAnswer.schema,
            ["id", "meeting_id", "participant_id", "scale"] + FeedbackQuestion.allCases.map(\.field)
                + ["totals_only", "saves", "created_at", "updated_at"])
        var alerts = DistrictGenerator.Table(
            FeedbackAlert.schema,
            [
                "id", "school_id", "meeting_id", "participant_id", "owner_id", "reasons", "raised_at", "closed_at",
                "closed_by_id", "action",
            ])
        var responses = DistrictGenerator.Table(
            SummaryResponse.schema, ["id", "meeting_id", "participant_id", "kind", "text", "created_at"])
        var updates = DistrictGenerator.Table(ActionStatusUpdate.schema, ["id", "entry_id", "status", "by_id", "at"])
        var requests = DistrictGenerator.Table(
            MeetingRequest.schema,
            [
                "id", "school_id", "student_id", "family_member_id", "participant_id", "topic", "urgency", "status",
                "meeting_id", "created_at", "updated_at",
            ])
        var entries = DistrictGenerator.Table(
            RecordEntry.schema,
            [
                "id", "meeting_id", "kind", "label", "author_id", "text", "owner_kind", "date", "created_at",
                "updated_at", "current_status",
            ])

        /// A participant; `student`, `member` and `user` say who, by kind.
        @discardableResult
        mutating func participant(
            _ meetingID: UUID, _ kind: ParticipantKind, role: String, student: UUID? = nil, member: UUID? = nil,
            user: UUID? = nil, presence: Presence?, interpreter: String? = nil, at: Date
        ) -> UUID {
            let id = UUID()
            participants.add([
                id, meetingID, kind.rawValue, student, member, user, role, presence?.rawValue, interpreter, at,
            ])
            return id
        }

        mutating func snapshot(_ meetingID: UUID, _ pupil: Pupil, at closed: Date) {
            let groups = pupil.groups
            snapshots.add([
                UUID(), meetingID, pupil.id, groups.yearGroup, groups.homeLanguage, groups.needsInterpreter,
                groups.specialNeeds, groups.separatedParents, groups.sex?.rawValue, groups.disadvantaged, closed, false,
            ])
        }

        mutating func request(
            schoolID: UUID, studentID: UUID, memberID: UUID, participantID: UUID, meetingID: UUID, at: Date
        ) {
            requests.add([
                UUID(), schoolID, studentID, memberID, participantID, "How things are going at home and at school",
                Urgency.routine.rawValue, MeetingRequest.Status.accepted.rawValue, meetingID, at, at,
            ])
        }

        mutating func summaryResponse(_ meetingID: UUID, participantID: UUID, confirmed: Bool, at: Date) {
            responses.add([
                UUID(), meetingID, participantID,
                (confirmed ? SummaryResponse.Kind.confirmed : .comment).rawValue,
                confirmed ? nil : "Could the note about homework say weekdays only?", at,
            ])
        }

        /// One answer around `base` (out of 10, or a face out of 5), and the alert Core would
        /// raise for it, acted on three times in four.
        mutating func answer(
            _ meetingID: UUID, _ participantID: UUID, scale: FeedbackScale, base: Int, schoolID: UUID, lead: UUID,
            held: Date, random: inout SeededRandom
        ) {
            let top = scale == .faces ? 5 : 10
            let questions = scale == .faces ? FeedbackQuestion.child : FeedbackQuestion.allCases
            var scores: [FeedbackQuestion: Int] = [:]
            // Most meetings feel much the same; about one in twelve went badly.
            let mood = random.chance(0.08) ? -3 : Int.random(in: -1...1, using: &random)
            for question in questions {
                let wobble = random.chance(0.3) ? Int.random(in: -1...1, using: &random) : 0
                scores[question] = min(top, max(scale == .faces ? 1 : 0, base + mood + wobble))
            }
            let totalsOnly = random.chance(0.05)
            let given = held.addingTimeInterval(Double(Int.random(in: 1...72, using: &random)) * 3600)
            answers.add(
                [UUID(), meetingID, participantID, scale.rawValue] + FeedbackQuestion.allCases.map { scores[$0] }
                    + [totalsOnly, 1, given, given])
            let raised = FeedbackAlerts.raised(by: .init(scale: scale, scores: scores, totalsOnly: totalsOnly))
            guard !raised.isEmpty else { return }
            let acted = random.chance(0.75)
            alerts.add([
                UUID(), schoolID, meetingID, participantID, lead, FeedbackAlerts.encode(raised), given,
                acted ? given.addingTimeInterval(2 * 86_400) : nil, acted ? lead : nil,
                acted ? FeedbackAlerts.Action.phoneCall.rawValue : nil,
            ])
        }

        /// An action for every meeting, done on time mostly; a goal for two in five.
        mutating func followThrough(_ meetingID: UUID, lead: UUID, held: Date, now: Date, random: inout SeededRandom) {
            let actionID = UUID()
            let due = Calendar.gregorianUTC.startOfDay(
                for: held.addingTimeInterval(Double(Int.random(in: 7...28, using: &random)) * 86_400))
            let owner = random.pick(ActionOwnerKind.allCases)
            let outcome = Double.random(in: 0..<1, using: &random)
            let doneAt = due.addingTimeInterval(
                Double(Int.random(in: -6...(outcome < 0.75 ? 0 : 9), using: &random)) * 86_400)
            let done = outcome < 0.85 && doneAt < now
            entries.add(
                entry(
                    actionID, meetingID, kind: .action, text: "Send home the reading plan", lead: lead, held: held,
                    owner: owner, date: due, status: done ? ActionStatus.done.rawValue : ActionStatus.open.rawValue))
            if done { updates.add([UUID(), actionID, ActionStatus.done.rawValue, lead, max(doneAt, held)]) }
            guard random.chance(0.4) else { return }
            let status = random.pick([
                GoalStatus.goingOn, .goingOn, .achieved, .achieved, .changed, .notStarted, .stopped,
            ])
            entries.add(
                entry(
                    UUID(), meetingID, kind: .goal, text: "Reads aloud at home three times a week", lead: lead,
                    held: held, owner: nil, date: held.addingTimeInterval(42 * 86_400), status: status.rawValue))
        }

        private func entry(
            _ id: UUID, _ meetingID: UUID, kind: RecordEntryKind, text: String, lead: UUID, held: Date,
            owner: ActionOwnerKind?, date: Date, status: String
        ) -> [any Encodable & Sendable] {
            [
                id, meetingID, kind.rawValue, RecordLabel.shared.rawValue, lead, text, owner?.rawValue, date, held,
                held, status,
            ]
        }

        func write(on db: any Database) async throws {
            try await DistrictGenerator.insert(meetings, on: db)
            let sql = try db.sql()
            // In the order the foreign keys need.
            for table in [students, participants, snapshots, answers, alerts, responses, requests, entries, updates] {
                try await table.write(on: sql)
            }
        }
    }
}

extension DistrictGenerator {
    /// Rows for one table, bound as they are added and inserted a batch at a time.
    struct Table {
        let name: String
        let columns: [String]
        var rows: [[any SQLExpression]] = []

        init(_ name: String, _ columns: [String]) {
            self.name = name
            self.columns = columns
        }

        var count: Int { rows.count }

        mutating func add(_ values: [any Encodable & Sendable]) {
            precondition(values.count == columns.count, "\(name): \(values.count) values for \(columns.count) columns")
            rows.append(values.map { SQLBind($0) })
        }

        func write(on db: any SQLDatabase) async throws {
            var start = 0
            while start < rows.count {
                let end = min(start + DistrictGenerator.batch, rows.count)
                var insert = db.insert(into: name).columns(columns)
                for row in rows[start..<end] { insert = insert.values(row) }
                try await insert.run()
                start = end
            }
        }
    }
}

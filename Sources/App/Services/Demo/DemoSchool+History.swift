import Fluent
import Foundation
import RoundtableCore
import RoundtableViews
import SQLKit

/// A student with years of meetings behind them, to measure the student's page and timeline
/// against (`roundtable demo --history`, the benchmark's `BENCH_TIMELINE`, the query budget
/// test): `meetings` meetings led by `lead`, all held but the newest (planned) and one
/// cancelled, with `entries` record entries among them, a progress line on every goal and a
/// status line on every action but half of the last four meetings' (those are the plan).
extension DemoSchool {
    struct History: Sendable {
        var studentID: UUID
        var meetings: Int
        var entries: Int
    }

    static func createHistory(
        for student: Student, lead: User, meetings count: Int = 50, entries total: Int = 1000, now: Date,
        on db: any Database
    ) async throws -> History {
        try await db.transaction { db in
            let leadID = try lead.requireID()
            var meetings: [Meeting] = []
            let types: [MeetingType] = [.progressReview, .wellbeingCheckIn, .supportPlanReview, .behaviourConcern]
            for n in 0..<count {
                let meeting = try await Meetings.create(
                    types[n % types.count], for: student, lead: lead, context: .commandLine(at: now), on: db)
                // Oldest first, a fortnight apart; the newest is still to come.
                let held = now.addingTimeInterval(Double(n - count + 1) * 14 * 86_400)
                meeting.startsAt = held
                if n == count - 1 {
                    meeting.startsAt = now.addingTimeInterval(7 * 86_400)
                } else if n == count / 2 {
                    meeting.state = .cancelled
                } else {
                    meeting.state = .recordShared
                    meeting.startedAt = held
                    meeting.closedAt = held.addingTimeInterval(Double(meeting.lengthMinutes) * 60)
                    meeting.recordSharedAt = held.addingTimeInterval(86_400)
                }
                try await meeting.save(on: db)
                meetings.append(meeting)
            }
            let held = meetings.filter { $0.lifecycle.isHeld }
            guard !held.isEmpty else { return History(studentID: try student.requireID(), meetings: count, entries: 0) }
            let kinds: [RecordEntryKind] = [.note, .decision, .goal, .action, .note, .action, .parked, .decision]
            var entries: [RecordEntry] = []
            for n in 0..<total {
                // About twenty to a meeting, of every kind, in the order they were taken.
                let meeting = held[min(n * held.count / max(total, 1), held.count - 1)]
                let kind = kinds[n % kinds.count]
                let entry = RecordEntry()
                entry.$meeting.id = try meeting.requireID()
                entry.kind = kind
                entry.label = n % 3 == 0 ? .staffOnly : .shared
                entry.$author.id = leadID
                entry.text = "\(kind.label) \(n + 1): a sentence or two of what was said, agreed or to be done next."
                switch kind {
                case .goal:
                    entry.agreement = .agreed
                    entry.measure = .measurable
                    entry.target = "Five times a week"
                    entry.owners = "The family and \(lead.name)"
                    entry.date = Calendar.gregorianUTC.startOfDay(
                        for: (meeting.startsAt ?? now).addingTimeInterval(42 * 86_400))
                case .action:
                    entry.owners = (n / 8) % 2 == 0 ? lead.name : "The family"
                    entry.ownerKind = (n / 8) % 2 == 0 ? .staff : .family
                    entry.date = Calendar.gregorianUTC.startOfDay(
                        for: (meeting.startsAt ?? now).addingTimeInterval(21 * 86_400))
                case .decision:
                    entry.reason = "Because it suits everyone's week."
                default:
                    break
                }
                entries.append(entry)
            }
            try await entries.create(on: db)
            // Each meeting's entries were taken while it ran (one statement for all of them).
            try await (db as! any SQLDatabase).raw(
                """
                UPDATE record_entries SET created_at = (SELECT m.started_at FROM meetings m
                    WHERE m.id = record_entries.meeting_id)
                WHERE meeting_id IN (\(binds: try held.map { try $0.requireID() }))
                """
            ).run()
            var progress: [GoalProgressUpdate] = []
            var statuses: [ActionStatusUpdate] = []
            var owners: [RecordEntryOwner] = []
            // As a school follows through: what the last few meetings agreed is still going on;
            // older goals were reached or stopped and older actions settled, mostly done.
            let recent = Set(try held.suffix(4).map { try $0.requireID() })
            for (n, entry) in entries.enumerated() {
                let at = (entry.date ?? now).addingTimeInterval(-7 * 86_400)
                let isRecent = recent.contains(entry.$meeting.id)
                switch entry.kind {
                case .goal:
                    let line = GoalProgressUpdate()
                    line.$entry.id = try entry.requireID()
                    line.status = isRecent ? .goingOn : n % 5 == 0 ? .stopped : .achieved
                    line.note = "Going well most weeks."
                    line.observed = "Four times a week"
                    line.$by.id = leadID
                    line.at = min(at, now)
                    progress.append(line)
                case .action:
                    owners.append(RecordEntryOwner(entryID: try entry.requireID(), person: .staff(leadID)))
                    // Every other recent one is still open.
                    guard !isRecent || (n / 8) % 2 == 1 else { continue }
                    let line = ActionStatusUpdate()
                    line.$entry.id = try entry.requireID()
                    line.status = isRecent || n % 7 != 0 ? .done : .notDone
                    line.note = "Done, and the family knows."
                    line.$by.id = leadID
                    line.at = min(at, now)
                    statuses.append(line)
                default:
                    break
                }
            }
            try await progress.create(on: db)
            try await statuses.create(on: db)
            try await owners.create(on: db)
            try await familyHistory(
                for: student, held: held, goals: entries.filter { $0.kind == .goal }, now: now, on: db)
            return History(studentID: try student.requireID(), meetings: count, entries: total)
        }
    }
}

extension DemoSchool {
    /// A Year 7 student with no meeting yet (so the demo's own meetings stay as they are), the
    /// same one every time for the same school.
    static func quietStudent(on db: any Database) async throws -> Student? {
        let busy = Set(try await MeetingStudent.query(on: db).all(\.$student.$id))
        return try await Student.query(on: db).filter(\.$yearGroup == 7)
            .sort(\.$legalFamilyName).sort(\.$legalGivenName).all()
            .first { !busy.contains($0.id ?? UUID()) }
    }
}

extension DemoSchool {
    /// What the family said along the way: a progress note, answers to two summaries, a request
    /// for a meeting, and a contact restriction set in error and lifted the next day (audit
    /// lines only, so nobody is left restricted).
    fileprivate static func familyHistory(
        for student: Student, held: [Meeting], goals: [RecordEntry], now: Date, on db: any Database
    ) async throws {
        guard let last = held.last, let earlier = held.dropLast().last else { return }
        let family = try await MeetingParticipant.query(on: db).filter(\.$meeting.$id == last.requireID())
            .filter(\.$kind == .family).all()
        guard let parent = family.first, let parentID = parent.id, let memberID = parent.$familyMember.id else {
            return
        }
        let day: TimeInterval = 86_400
        let lastHeld = last.startedAt ?? now
        if let goal = goals.last {
            let note = GoalProgressUpdate()
            note.$entry.id = try goal.requireID()
            note.status = .goingOn
            note.note = "We read together most evenings now. Fridays are still hard."
            note.$byParticipant.id = parentID
            note.at = min(lastHeld.addingTimeInterval(5 * day), now)
            try await note.create(on: db)
        }
        for (meeting, kind, text) in [
            (last, SummaryResponse.Kind.confirmed, nil as String?),
            (earlier, .comment, "The summary says Tuesday, but we agreed Thursday."),
        ] {
            let answer = SummaryResponse()
            answer.$meeting.id = try meeting.requireID()
            answer.$participant.id = parentID
            answer.kind = kind
            answer.text = text
            try await answer.create(on: db)
            answer.createdAt = (meeting.recordSharedAt ?? now).addingTimeInterval(day)
            try await answer.save(on: db)
        }
        let request = MeetingRequest()
        request.$school.id = student.$school.id
        request.$student.id = try student.requireID()
        request.$familyMember.id = memberID
        request.$participant.id = parentID
        request.topic = "Transport after the house move"
        request.urgency = .soon
        request.status = .open
        try await request.create(on: db)
        let members = try await StudentFamilyLink.query(on: db).filter(\.$student.$id == student.requireID()).all()
        if let other = members.map(\.$familyMember.id).first(where: { $0 != memberID }) {
            for (summary, daysAgo) in [("restriction set", 30.0), ("restriction lifted", 29.0)] {
                try await AuditLog.record(
                    .contactRestrictionChanged, on: db, context: .commandLine(at: now), schoolID: student.$school.id,
                    subjectType: "family_member", subjectID: other, summary: "Demo: \(summary)",
                    at: now.addingTimeInterval(-daysAgo * day))
            }
        }
    }
}

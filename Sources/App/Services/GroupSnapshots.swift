import Fluent
import Foundation
import RoundtableCore
import SQLKit

/// Records each student's groups (Core `GroupAttributes`) with a meeting as it closes, so the
/// insight pages compare groups as they were then.
enum GroupSnapshots {
    /// Three statements whatever the number of students: their records, their families, and
    /// one insert that skips a (meeting, student) already recorded, so a second close or a
    /// backfill running beside a close writes nothing twice.
    static func record(
        meetings meetingIDs: [UUID], backfilled: Bool = false, on db: any SQLDatabase, now: Date
    ) async throws {
        guard !meetingIDs.isEmpty else { return }
        struct StudentRow: Decodable {
            var meetingId: UUID
            var studentId: UUID
            var yearGroup: Int
            var homeLanguages: [String]
            var hasSpecialNeeds: Bool
            var isDisadvantaged: Bool
            var sex: String?
        }
        struct LinkRow: Decodable {
            var studentId: UUID
            var needsInterpreter: Bool
            var hasParentalResponsibility: Bool
            var livesWithStudent: Bool
        }
        let students = try await db.raw(
            """
            SELECT ms.meeting_id, s.id AS student_id, s.year_group, s.home_languages, s.has_special_needs,
                s.is_disadvantaged, s.sex
            FROM meeting_students ms JOIN students s ON s.id = ms.student_id
            WHERE ms.meeting_id IN (\(binds: meetingIDs))
            """
        ).all(decoding: StudentRow.self, keyDecodingStrategy: .columns)
        guard !students.isEmpty else { return }
        let links = try await db.raw(
            """
            SELECT l.student_id, f.needs_interpreter, l.has_parental_responsibility, l.lives_with_student
            FROM student_family_links l JOIN family_members f ON f.id = l.family_member_id
            WHERE f.is_active AND l.student_id IN (\(binds: Array(Set(students.map(\.studentId)))))
            """
        ).all(decoding: LinkRow.self, keyDecodingStrategy: .columns)
        let family = Dictionary(grouping: links, by: \.studentId).mapValues { rows in
            rows.map {
                GroupAttributes.FamilyLink(
                    needsInterpreter: $0.needsInterpreter, parentalResponsibility: $0.hasParentalResponsibility,
                    livesWithStudent: $0.livesWithStudent)
            }
        }
        // Batches keep each statement under SQLite's limit on bound values.
        for batch in stride(from: 0, to: students.count, by: 500).map({ students[$0..<min($0 + 500, students.count)] })
        {
            var insert = db.insert(into: MeetingGroupSnapshot.schema)
                .columns(
                    "id", "meeting_id", "student_id", "year_group", "home_language", "needs_interpreter",
                    "special_needs", "separated_parents", "sex", "disadvantaged", "recorded_at", "backfilled")
            for row in batch {
                let groups = GroupAttributes(
                    .init(
                        yearGroup: row.yearGroup, homeLanguages: row.homeLanguages,
                        hasSpecialNeeds: row.hasSpecialNeeds, isDisadvantaged: row.isDisadvantaged, sex: row.sex),
                    family: family[row.studentId] ?? [])
                insert = insert.values([
                    SQLBind(UUID()), SQLBind(row.meetingId), SQLBind(row.studentId), SQLBind(groups.yearGroup),
                    SQLBind(groups.homeLanguage), SQLBind(groups.needsInterpreter), SQLBind(groups.specialNeeds),
                    SQLBind(groups.separatedParents), SQLBind(groups.sex?.rawValue), SQLBind(groups.disadvantaged),
                    SQLBind(now), SQLBind(backfilled),
                ])
            }
            try await insert.ignoringConflicts(with: ["meeting_id", "student_id"]).run()
        }
    }

    /// Closed meetings with no snapshot yet, from the values current now (DECISIONS.md);
    /// `marked` false only for meetings made closed, like the demo's history.
    static func backfill(on db: any SQLDatabase, now: Date, marked: Bool = true) async throws {
        struct Row: Decodable { var id: UUID }
        // By key, so each meeting is looked at once whatever a batch records.
        var after: UUID?
        while true {
            let from: SQLQueryString = if let after { "AND m.id > \(bind: after)" } else { "" }
            let ids = try await db.raw(
                """
                SELECT m.id FROM meetings m WHERE m.closed_at IS NOT NULL \(from)
                AND EXISTS (SELECT 1 FROM meeting_students ms WHERE ms.meeting_id = m.id)
                AND NOT EXISTS (SELECT 1 FROM meeting_group_snapshots g WHERE g.meeting_id = m.id)
                ORDER BY m.id LIMIT 200
                """
            ).all(decoding: Row.self).map(\.id)
            guard let last = ids.last else { return }
            try await record(meetings: ids, backfilled: marked, on: db, now: now)
            after = last
        }
    }
}

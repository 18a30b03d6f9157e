import Foundation
import RoundtableCore
import RoundtableViews
import SQLKit

extension SchoolTermsPage {
    /// The term dates of `school` (found and allowed by `req.settingsSchool`): one query, its
    /// terms, split by Core into the fixed and those that may still change.
    static func read(
        school: School, today: SchoolDay, now: Date, on db: any SQLDatabase
    ) async throws -> SchoolTermsPage {
        let (fixed, open) = SchoolTerm.split(try await terms(of: school.requireID(), on: db), today: today, now: now)
        return SchoolTermsPage(
            schoolID: SchoolID(try school.requireID()), schoolName: school.name, fixed: fixed,
            form: TermDatesForm(
                rows: open.map { TermDatesForm.Row(name: $0.name, start: "\($0.start)", end: "\($0.end)") }))
    }

    /// The school's saved terms, in order, with when each was first saved.
    static func terms(of schoolID: UUID, on db: any SQLDatabase) async throws -> [SchoolTerm.Saved] {
        struct Row: Decodable {
            var name: String
            var start_day: String
            var end_day: String
            var saved_at: Date?
        }
        return try await db.select().columns("name", "start_day", "end_day", "saved_at").from(SchoolTermRecord.schema)
            .where("school_id", .equal, schoolID).orderBy("start_day")
            .all(decoding: Row.self)
            .compactMap { row in
                SchoolDay(iso: row.start_day).flatMap { start in
                    SchoolDay(iso: row.end_day).map {
                        SchoolTerm.Saved(SchoolTerm(name: row.name, start: start, end: $0), savedAt: row.saved_at)
                    }
                }
            }
    }
}

import Fluent
import Foundation
import RoundtableCore
import RoundtableViews

/// Writing the school's texts for a meeting in one language.
enum MeetingTexts {
    /// Replaces the meeting's texts in `language` with the form's written ones, in one
    /// transaction that holds the meeting's row first: two saves at once take turns, so the
    /// second never trips over the first's rows (the unique indexes hold either way).
    static func save(
        _ form: SchoolTextsForm, language: String, meeting: Meeting, context: AuditContext, on db: any Database
    ) async throws {
        let meetingID = try meeting.requireID()
        try await db.transaction { db in
            try await Meetings.lockAgenda(of: meetingID, on: db)
            try await MeetingText.query(on: db).filter(\.$meeting.$id == meetingID).filter(\.$language == language)
                .delete()
            for entry in form.written {
                try await MeetingText(meetingID: meetingID, language: language, entry: entry).create(on: db)
            }
            try await AuditLog.record(
                .meetingTextsSaved, on: db, context: context, schoolID: meeting.$school.id, subjectType: "meeting",
                subjectID: meetingID, summary: LanguageName.of(language))
        }
    }
}

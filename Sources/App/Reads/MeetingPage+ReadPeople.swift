import Foundation
import RoundtableCore
import RoundtableViews
import SQLKit

extension MeetingPage {
    /// One person as the page shows them, with what the checks around the page need.
    struct ReadPerson {
        var person: Person
        var userID: UUID?
        /// How they were marked at the meeting, if anyone marked it.
        var presence: Presence?
        /// What `ContactRule` needs, from the family record read with the participant.
        var contact: ContactRule.Person
        var attendee: Meetings.Attendee
        /// When the part of the meeting they come for moved and they have not been told yet.
        var windowChangedAt: Date?
    }

    /// The meeting's people (`MeetingPeopleRead`, one query), with their replies and, for a
    /// viewer who may read them, their words; marked new when changed since `lastViewed`.
    static func readPeople(
        _ meetingID: UUID, viewer: RecordViewer, lastViewed: Date?, now: Date, on db: any SQLDatabase
    ) async throws -> [ReadPerson] {
        let isNew = { (date: Date?) -> Bool in
            guard let lastViewed, let date else { return false }
            return date > lastViewed
        }
        return try await MeetingPeopleRead.read(meetingID, for: viewer, on: db).map { row in
            let reply =
                row.hasReply
                ? row.attendance.map { attendance in
                    Reply(
                        attendance: attendance, updatedAt: row.reply_updated, isNew: isNew(row.reply_updated),
                        suitableTimes: row.suitable_times,
                        interpreterLanguage: row.reply_interpreter.map { LanguageName.of($0) },
                        preferredMode: row.preferred_mode.flatMap(MeetingMode.init(rawValue:))?.label,
                        accessNeeds: row.reply_access, note: row.note, contribution: row.contribution)
                } : nil
            let voice =
                row.hasWords
                ? ParticipantWords(
                    goingWell: row.going_well, worries: row.worries, hopes: row.hopes, talkAbout: row.talk_about,
                    knowBeforehand: row.know_beforehand, face: row.face)
                : nil
            return ReadPerson(
                person: Person(
                    id: ParticipantID(row.id), kind: row.kind, name: row.name, role: row.role,
                    isContactRestricted: ContactRule.contact(row.contact) != nil,
                    interpreterLanguage: row.interpreterNeeded.map { LanguageName.of($0) },
                    accessNeeds: row.accessNeeds,
                    pageVersion: row.page_version, reply: reply, voice: voice,
                    voiceIsNew: voice != nil && isNew(row.voice_updated),
                    window: PartWindow(from: row.joins_at_minute, until: row.leaves_at_minute)),
                userID: row.user_id, presence: row.presence, contact: row.contact,
                attendee: Meetings.Attendee(
                    kind: row.kind, needsInterpreter: row.interpreterNeeded != nil, accessNeeds: row.accessNeeds,
                    age: row.date_of_birth.map { Meetings.age($0, at: now) }, window: row.window),
                windowChangedAt: row.window_changed_at)
        }
    }
}

import Fluent
import Foundation
import RoundtableCore
import SQLKit

/// One of the school's texts for a meeting in one language (`SchoolTextPart`): the purpose,
/// ground rules, directions or the call's fallback (`item_id` null), or an agenda item's title
/// or its words for the student (`item_id` the item). English originals of the purpose, rules,
/// fallback and titles stay on the meeting and its agenda; directions and the student's words
/// are written here in English too.
final class MeetingText: Model, @unchecked Sendable {
    static let schema = "meeting_texts"

    @ID(key: .id) var id: UUID?
    @Parent(key: "meeting_id") var meeting: Meeting
    /// BCP 47 code: "en", "ar", "zh-Hans".
    @Field(key: "language") var language: String
    @Field(key: "part") var part: String
    @OptionalField(key: "item_id") var itemID: UUID?
    @Field(key: "text") var text: String
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    init(meetingID: UUID, language: String, entry: SchoolTextsForm.Entry) {
        self.$meeting.id = meetingID
        self.language = language
        self.part = entry.part.rawValue
        self.itemID = entry.itemID
        self.text = entry.text
    }

    /// `LEFT JOIN` of a meeting-wide part in `language` as `alias`, for a page's one read.
    static func join(_ alias: String, _ part: SchoolTextPart, _ meetingID: UUID, _ language: String) -> SQLQueryString {
        """
        LEFT JOIN \(ident: schema) \(ident: alias) ON \(ident: alias).meeting_id = \(bind: meetingID) \
        AND \(ident: alias).language = \(bind: language) AND \(ident: alias).part = \(bind: part.rawValue) \
        AND \(ident: alias).item_id IS NULL
        """
    }

    /// `LEFT JOIN` of an agenda item's part in `language`, on the agenda item aliased `a`.
    static func itemJoin(_ alias: String, _ part: SchoolTextPart, _ language: String) -> SQLQueryString {
        """
        LEFT JOIN \(ident: schema) \(ident: alias) ON \(ident: alias).item_id = a.id \
        AND \(ident: alias).language = \(bind: language) AND \(ident: alias).part = \(bind: part.rawValue)
        """
    }
}

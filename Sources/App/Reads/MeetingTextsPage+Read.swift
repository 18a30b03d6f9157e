import Foundation
import RoundtableCore
import RoundtableViews
import SQLKit

/// What the texts page reads after the access check: the school's own agenda items (a
/// participant's item keeps their words) and every text written for the meeting. Two queries.
struct MeetingTextsSource {
    struct Item: Decodable {
        var id: UUID
        var title: String
    }

    struct Text: Decodable {
        var language: String
        var part: String
        var itemID: UUID?
        var text: String
    }

    var items: [Item]
    var texts: [Text]

    static func read(_ meetingID: UUID, on db: any SQLDatabase) async throws -> MeetingTextsSource {
        let items = try await db.raw(
            """
            SELECT id AS "id", title AS "title" FROM \(ident: AgendaItem.schema) \
            WHERE meeting_id = \(bind: meetingID) AND proposed_by_participant_id IS NULL ORDER BY position
            """
        ).all(decoding: Item.self)
        let texts = try await db.raw(
            """
            SELECT language AS "language", part AS "part", item_id AS "itemID", text AS "text" \
            FROM \(ident: MeetingText.schema) WHERE meeting_id = \(bind: meetingID)
            """
        ).all(decoding: Text.self)
        return MeetingTextsSource(items: items, texts: texts)
    }

    func text(_ language: String, _ part: SchoolTextPart, _ itemID: UUID? = nil) -> String? {
        texts.first { $0.language == language && $0.part == part.rawValue && $0.itemID == itemID }?.text
    }
}

extension MeetingTextsPage {
    /// The page for `language` (one of `Catalog.languages`); with `form`, what the planner
    /// typed, shown again with `errors`.
    static func make(
        _ context: MeetingContext, source: MeetingTextsSource, language: String, form: SchoolTextsForm? = nil,
        errors: FieldErrors = FieldErrors(), notice: SiteRoute.Notice? = nil
    ) -> MeetingTextsPage {
        let meeting = context.meeting
        let parts = SchoolTextsForm.parts(for: language, hasCall: meeting.format.needsLink)
        func field(_ part: SchoolTextPart, _ item: MeetingTextsSource.Item? = nil) -> Field {
            let english: String? =
                switch part {
                case .purpose: meeting.purpose
                case .groundRules: meeting.groundRules.joined(separator: "\n")
                case .fallbackPlan: meeting.fallbackPlan
                case .directions: source.text("en", .directions)
                case .agendaItem: item?.title
                // In English the title it stands in for; in another language the English words for the student.
                case .agendaChild: language == "en" ? item?.title : source.text("en", .agendaChild, item?.id)
                }
            return Field(
                part: part, itemID: item.map { AgendaItemID($0.id) }, english: english,
                value: form?.text(part, item?.id) ?? source.text(language, part, item?.id) ?? "")
        }
        var fields = parts.filter { !$0.isPerItem }.map { field($0) }
        for item in source.items {
            fields += parts.filter(\.isPerItem).map { field($0, item) }
        }
        return MeetingTextsPage(
            meetingID: MeetingID(meeting.id!), type: meeting.type, studentNames: context.students.map(\.displayName),
            language: language, languages: Catalog.languages, written: Set(source.texts.map(\.language)),
            fields: fields, notice: notice, errors: errors)
    }
}

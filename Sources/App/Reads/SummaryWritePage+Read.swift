import FluentKit
import Foundation
import RoundtableCore
import RoundtableViews
import SQLKit
import Tagged

extension SummaryWritePage {
    /// The meeting and its students come from the access check. The page reads the people
    /// (one query, for the family's languages and who answered), the texts written so far,
    /// the answers, the school's jargon list (none when it is the viewer's own school), and
    /// the summary itself through `MeetingSummaries.summary`, the record's Fluent read that
    /// every surface shares (the entries, the agenda and the next meeting).
    static func read(
        _ context: MeetingContext, language: String, nextSteps: String? = nil, translation: String? = nil,
        forStudent: String? = nil, errors: FieldErrors = FieldErrors(), answers: [UUID: String] = [:],
        handed: [HandedLink] = [],
        notice: SiteRoute.Notice? = nil, on db: any SQLDatabase
    ) async throws -> SummaryWritePage {
        guard let fluent = db as? any Database else { preconditionFailure("a page's SQL database is Fluent's") }
        let meeting = context.meeting
        let meetingID = try meeting.requireID()
        let schoolID = meeting.$school.id
        let people = try await MeetingPeopleRead.read(meetingID, for: context.viewer, on: db)

        struct TextRow: Decodable {
            var language: String
            var next_steps: String?
            var translation: String?
            var for_student: String?
        }
        let texts = try await db.select().columns("language", "next_steps", "translation", "for_student")
            .from(SummaryText.schema).where("meeting_id", .equal, meetingID).orderBy("language")
            .all(decoding: TextRow.self)
        let current = texts.first { $0.language == language }
        let english = texts.first { $0.language == "en" }

        struct ResponseRow: Decodable {
            var id: UUID
            var participant_id: UUID
            var kind: String
            var text: String?
            var created_at: Date?
            var answer: String?
        }
        let responses = try await db.select()
            .columns("id", "participant_id", "kind", "text", "created_at", "answer")
            .from(SummaryResponse.schema).where("meeting_id", .equal, meetingID).orderBy("created_at")
            .all(decoding: ResponseRow.self)

        let jargonList: [JargonEntry]
        if let own = context.staff.school, own.id == schoolID {
            jargonList = own.jargonList
        } else {
            struct SchoolRow: Decodable { var jargon: String? }
            let jargon = try await db.select().column("jargon").from(School.schema).where("id", .equal, schoolID)
                .first(decoding: SchoolRow.self)?.jargon
            if let jargon, case .success(let list) = Jargon.parse(text: jargon) {
                jargonList = list
            } else {
                jargonList = Jargon.defaultList
            }
        }

        let summary = try await MeetingSummaries.summary(of: meeting, on: fluent)
        let words = MeetingSummaries.words(summary, nextSteps: english?.next_steps)

        // The languages the family reads, so the lead sees which translations are missing;
        // those Roundtable has no catalog for reach them in English, so plain words and an
        // interpreter matter more.
        let family = people.filter { $0.kind == .family && $0.family_id != nil }
        let wanted = family.compactMap { row -> String? in
            guard let preferred = row.preferred_language else { return nil }
            return row.needs_interpreter == true ? row.interpreter_language ?? preferred : preferred
        }
        let untranslated = Array(
            Set(wanted.filter { code in !Catalog.languages.contains { code.hasPrefix($0) || $0.hasPrefix(code) } })
        ).sorted()
        let read = family.compactMap(\.preferred_language).map { Catalog.resolve(chosen: nil, preferred: $0) }
        let names = Dictionary(people.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })

        return SummaryWritePage(
            meetingID: MeetingID(meetingID), meetingType: meeting.type,
            studentNames: context.students.map(\.displayName), schoolID: SchoolID(schoolID),
            mayChangeJargon: context.staff.actor.role >= .schoolLeader, summary: summary,
            heldOn: meeting.startedAt ?? meeting.startsAt, mayShare: meeting.lifecycle.allows(.shareSummary),
            recordSharedAt: meeting.recordSharedAt, awaitsSummary: meeting.lifecycle.awaitsSummary,
            readability: Readability.of(words, language: "en").summary,
            jargon: Jargon.hits(in: words, list: jargonList),
            readersLanguages: Catalog.languages.filter { $0 != "en" && read.contains($0) },
            untranslatedLanguages: untranslated,
            writtenLanguages: texts.filter { $0.next_steps != nil || $0.translation != nil || $0.for_student != nil }
                .map(\.language),
            writing: language, nextSteps: nextSteps ?? current?.next_steps ?? "",
            translation: translation ?? current?.translation ?? "",
            forStudent: forStudent ?? current?.for_student ?? "",
            studentTakingPart: people.first { $0.kind == .student }.map {
                $0.preferred_name ?? $0.legal_given_name ?? "the student"
            },
            previewNextSteps: current?.next_steps.map { .init(text: $0, language: language) }
                ?? english?.next_steps.map { .init(text: $0, language: "en") },
            savedTranslation: current?.translation,
            responses: responses.compactMap { row in
                ParticipantSummaryContent.Response.Kind(rawValue: row.kind).map {
                    Response(
                        id: SummaryResponseID(row.id), name: names[row.participant_id] ?? "Someone", kind: $0,
                        text: row.text, createdAt: row.created_at, answer: row.answer)
                }
            },
            errors: errors,
            answers: Dictionary(
                answers.map { (SummaryResponseID($0.key), $0.value) }, uniquingKeysWith: { first, _ in first }),
            handed: handed, notice: notice)
    }
}

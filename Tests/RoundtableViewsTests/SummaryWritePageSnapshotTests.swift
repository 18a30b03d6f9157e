import Foundation
import RoundtableCore
import RoundtableViews
import SnapshotTesting
import Testing

/// The lead's summary page: before sharing (English, nothing written), writing in Arabic with
/// an error and a family that also reads a language Roundtable does not translate, and after
/// sharing with links to pass on and answers, one re-shown with its error.
@Suite(.snapshots(record: snapshotRecording))
struct SummaryWritePageSnapshotTests {
    static func id(_ n: Int) -> UUID { UUID(uuidString: String(format: "00000000-0000-0000-0000-%012d", n))! }

    static let summary = ParticipantSummary.build(
        purpose: "Talk about how Noor is settling in", agenda: [],
        entries: [
            RecordEntrySnapshot(
                kind: .decision, label: .shared, text: "Noor will join the lunchtime club", reason: "She asked to"),
            RecordEntrySnapshot(kind: .action, label: .shared, text: "Send the club timetable", owner: "Ms Patel"),
            RecordEntrySnapshot(kind: .note, label: .staffOnly, text: "Staff-only note, never shown"),
        ])

    static func page(
        writing: String = "en", nextSteps: String = "", translation: String = "", mayShare: Bool,
        responses: [SummaryWritePage.Response] = [], errors: FieldErrors = FieldErrors(),
        answers: [SummaryResponseID: String] = [:], handed: [HandedLink] = [],
        jargon: [JargonEntry] = [], untranslated: [String] = [], readers: [String] = [], written: [String] = [],
        notice: SiteRoute.Notice? = nil
    ) -> SummaryWritePage {
        SummaryWritePage(
            meetingID: MeetingID(id(501)), meetingType: .wellbeingCheckIn, studentNames: ["Noor Al-Amin"],
            schoolID: SchoolID(id(101)), mayChangeJargon: true, summary: summary,
            heldOn: PageSnapshot.now.addingTimeInterval(-86_400), mayShare: mayShare,
            recordSharedAt: mayShare ? nil : PageSnapshot.now.addingTimeInterval(-3_600), awaitsSummary: mayShare,
            readability: "Easy to read (about 9 words a sentence).", jargon: jargon, readersLanguages: readers,
            untranslatedLanguages: untranslated, writtenLanguages: written, writing: writing, nextSteps: nextSteps,
            translation: translation,
            previewNextSteps: nextSteps.isEmpty ? nil : .init(text: nextSteps, language: writing),
            savedTranslation: translation.isEmpty ? nil : translation, responses: responses, errors: errors,
            answers: answers, handed: handed, notice: notice)
    }

    @Test func beforeSharingNothingWritten() {
        assertSnapshot(of: PageSnapshot.html(Self.page(mayShare: true)), as: .lines)
    }

    @Test func writingInArabicWithAnError() {
        var errors = FieldErrors()
        errors.add("translation", "Use 10000 characters or fewer")
        let page = Self.page(
            writing: "ar", nextSteps: "سنتصل بكم الأسبوع المقبل", translation: "ملخص <طويل> & مفصل", mayShare: true,
            errors: errors, jargon: [JargonEntry("SENCO", "the teacher who leads support for special needs")],
            untranslated: ["so"], readers: ["ar"], written: ["ar", "en"])
        assertSnapshot(of: PageSnapshot.html(page), as: .lines)
    }

    @Test func sharedWithLinksAndAnswers() {
        let page = Self.page(
            nextSteps: "Ms Patel will call on Monday.", mayShare: false,
            responses: [
                .init(
                    id: SummaryResponseID(Self.id(601)), name: "Amira Haddad", kind: .confirmed, text: nil,
                    createdAt: PageSnapshot.now.addingTimeInterval(-1_800), answer: nil),
                .init(
                    id: SummaryResponseID(Self.id(602)), name: "Yusuf Haddad", kind: .comment,
                    text: "The club is on Tuesdays, not Mondays.", createdAt: PageSnapshot.now, answer: nil),
                .init(
                    id: SummaryResponseID(Self.id(603)), name: "Someone", kind: .comment, text: "Thank you",
                    createdAt: nil, answer: "You are welcome."),
            ],
            handed: [.init(name: "Yusuf Haddad", url: "https://roundtable.example/p/abc123")], readers: [],
            notice: .summaryShared)
        assertSnapshot(of: PageSnapshot.html(page), as: .lines)
    }

    @Test func answerWithAnErrorKeepsWhatWasTyped() {
        let responseID = SummaryResponseID(Self.id(602))
        var errors = FieldErrors()
        errors.add("answer-00000000", "Use 2000 characters or fewer")
        let page = Self.page(
            mayShare: false,
            responses: [
                .init(
                    id: responseID, name: "Yusuf Haddad", kind: .comment, text: "Please correct the day.",
                    createdAt: PageSnapshot.now, answer: nil)
            ],
            errors: errors, answers: [responseID: "We have <corrected> it & thank you"])
        assertSnapshot(of: PageSnapshot.html(page), as: .lines)
    }
}

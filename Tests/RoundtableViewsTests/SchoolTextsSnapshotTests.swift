import Foundation
import RoundtableCore
import RoundtableViews
import SnapshotTesting
import Testing

/// The school's texts per language: on the family's and the student's pages in all five
/// languages (some parts written in the reader's language, the rest in English with a note),
/// and the staff page that writes them.
@Suite(.snapshots(record: snapshotRecording))
struct SchoolTextsSnapshotTests {
    static let item = AgendaItemID(UUID(uuidString: "00000000-0000-0000-0000-0000000000c1")!)
    static let purposes = [
        "es": "Acordar cómo hacer que el comedor sea más seguro para Zoë.",
        "fr": "Nous mettre d’accord pour que la cantine soit plus sereine pour Zoë.",
        "ar": "نلتقي لنتفق على طريقة تجعل وقت الغداء أكثر أمانًا لزوي.",
        "zh-Hans": "商量如何让午餐时间对佐伊来说更安全。",
    ]
    static let items = [
        "es": "Cómo van las horas de la comida", "fr": "Comment se passent les repas",
        "ar": "كيف تسير أوقات الغداء", "zh-Hans": "午餐时间怎么样",
    ]

    /// The purpose and the first item written in the reader's language; the rules, directions
    /// and the call's fallback only in English; the letter only in English.
    static func page(_ language: String) -> ParticipantMeetingPage {
        var page = ParticipantFixtures.familyPage(language)
        page.requests = nil
        page.invitation = .init(language: "en", body: "We are worried about lunchtimes.")
        page.meeting.directions = "Come to the main reception; we will meet you there."
        if let purpose = purposes[language], let item = items[language] {
            page.meeting.purpose = purpose
            page.meeting.textLanguages = [.purpose: language]
            page.agenda[0] = .init(title: item, minutes: 15, language: language)
        }
        return page
    }

    @Test(arguments: Catalog.languages) func familyPage(language: String) {
        assertSnapshot(of: PageSnapshot.html(Self.page(language), staff: nil), as: .lines, named: language)
    }

    /// The student reads the first item in the words written for them (in English here).
    @Test(arguments: Catalog.languages) func studentPage(language: String) {
        var page = Self.page(language)
        page.isStudent = true
        page.childVersion = true
        page.invitation = nil
        page.agenda[0] = .init(title: "How lunch feels for you", minutes: 15, language: "en")
        assertSnapshot(of: PageSnapshot.html(page, staff: nil), as: .lines, named: language)
    }

    static func staffPage(_ language: String, errors: FieldErrors = FieldErrors()) -> MeetingTextsPage {
        let english = language == "en"
        let fields: [MeetingTextsPage.Field] =
            english
            ? [
                .init(part: .directions, english: nil, value: "Come to the main reception."),
                .init(part: .agendaChild, itemID: item, english: "How lunchtimes are going", value: ""),
            ]
            : [
                .init(
                    part: .purpose, english: "To agree how lunchtimes can feel safer for Zoë.", value: purposes["ar"]!),
                .init(
                    part: .groundRules, english: "We listen to each other.\nWe talk about what helps Zoë.", value: ""),
                .init(part: .directions, english: "Come to the main reception.", value: ""),
                .init(part: .fallbackPlan, english: "We will phone you.", value: ""),
                .init(part: .agendaItem, itemID: item, english: "How lunchtimes are going", value: items["ar"]!),
                .init(part: .agendaChild, itemID: item, english: nil, value: ""),
            ]
        return MeetingTextsPage(
            meetingID: InvitationPagesSnapshotTests.meetingID, type: .wellbeingCheckIn, studentNames: ["Zoë Ångström"],
            language: language, languages: Catalog.languages, written: ["ar"], fields: fields,
            notice: errors.isEmpty && !english ? .textsSaved : nil, errors: errors)
    }

    @Test func staffArabic() {
        assertSnapshot(of: PageSnapshot.html(Self.staffPage("ar")), as: .lines)
    }

    @Test func staffEnglish() {
        assertSnapshot(of: PageSnapshot.html(Self.staffPage("en")), as: .lines)
    }

    @Test func staffWithErrors() {
        var errors = FieldErrors()
        errors.add("purpose", "Use 1000 characters or fewer")
        assertSnapshot(of: PageSnapshot.html(Self.staffPage("ar", errors: errors)), as: .lines)
    }
}

import Foundation
import RoundtableCore
import RoundtableViews
import SnapshotTesting
import Testing

/// The family's page on a phone: why, when, where and the reply first, then headed sections
/// with a short contents list; each confirmation where the person lands; dates and Latin runs
/// isolated on a right-to-left page.
@Suite(.snapshots(record: snapshotRecording))
struct ParticipantPageLayoutTests {
    /// A parent coming back: what they replied, the form behind "Change your reply", a
    /// section in the middle of the meeting's time for the therapist, and how to reach the school.
    static func returning(_ language: String) -> ParticipantMeetingPage {
        var page = ParticipantFixtures.familyPage(language)
        page.reply = ParticipantFixtures.repliedForm
        page.people[2].window = PartWindow(from: 10, until: 25)
        page.voice = ParticipantWords(worries: "Lunchtimes")
        page.reminders = .init(off: false, justSaved: false)
        page.schoolAddress = "1 Oak Lane\nOakton OK1 2AB"
        page.schoolPhone = "01234 567890"
        page.familyPage = true
        return page
    }

    @Test(arguments: Catalog.languages) func returningParent(language: String) {
        assertSnapshot(of: PageSnapshot.html(Self.returning(language), staff: nil), as: .lines, named: language)
    }

    @Test("Why, when, where and the reply come before the sections, the letter and who is coming")
    func leadsWithTheReply() throws {
        let fresh = PageSnapshot.html(ParticipantFixtures.familyPage("en"), staff: nil)
        let order = [
            "<h1", "To agree how lunchtimes", "<dt class=\"summary-list__key\">When</dt>", "id=\"reply\"",
            "name=\"attendance\"", "On this page", "id=\"letter\"", "id=\"people\"", "id=\"agenda\"", "id=\"voice\"",
            "id=\"request\"",
        ]
        let places = try order.map { try #require(fresh.range(of: $0), "\($0)").lowerBound }
        #expect(places == places.sorted())
        // Optional parts wait behind a disclosure on a phone; nothing is lost without script.
        #expect(fresh.contains("<summary>Tell us more (optional)</summary>"))
        #expect(fresh.contains("<summary>Write your thoughts</summary>"))
        #expect(fresh.contains("<summary>Write your request</summary>"))
        #expect(fresh.contains("<a class=\"family-tap\" href=\"#letter\">The school's letter</a>"))

        let back = PageSnapshot.html(Self.returning("en"), staff: nil)
        let said = try #require(back.range(of: "Your reply: Yes, I will come, with an interpreter"))
        let change = try #require(back.range(of: "<summary>Change your reply</summary>"))
        let people = try #require(back.range(of: "id=\"people\""))
        #expect(said.lowerBound < change.lowerBound && change.lowerBound < people.lowerBound)
        // What they wrote stays in sight.
        #expect(back.contains("<details class=\"details\" open>\n<summary>Write your thoughts</summary>"))
    }

    @Test("Each confirmation has the id its redirect names and can take the focus")
    func confirmationsAreWhereThePersonLands() {
        var page = ParticipantFixtures.familyPage("en")
        page.reply = ParticipantFixtures.repliedForm
        page.replySaved = true
        page.agendaAdded = true
        page.voiceSaved = true
        page.requests?.sent = true
        page.reminders = .init(off: true, justSaved: true)
        let html = PageSnapshot.html(page, staff: nil)
        for id in ["reply-saved", "agenda-added", "voice-saved", "request-sent", "reminders-saved"] {
            #expect(html.contains("<div class=\"notice\" id=\"\(id)\" role=\"status\" tabindex=\"-1\">"), "\(id)")
        }
        // Just saved: the thank-you, then what they said, high on the page.
        let saved = html.range(of: "id=\"reply-saved\"")!.lowerBound
        #expect(saved < html.range(of: "Your reply: Yes, I will come")!.lowerBound)
        #expect(saved < html.range(of: "id=\"letter\"")!.lowerBound)
    }

    @Test("On an Arabic page the date, times and phone number keep their order; our commas are Arabic")
    func arabicIsolatesDatesAndTimes() {
        let html = PageSnapshot.html(Self.returning("ar"), staff: nil)
        // The date as one unit, its digits left to right inside it.
        #expect(html.contains("<dd class=\"summary-list__value\">\n<bdi>الخميس، <bdi dir=\"ltr\">10</bdi>"))
        #expect(html.contains("<bdi dir=\"ltr\">2026</bdi>، <bdi dir=\"ltr\">3:00</bdi>\u{00A0}م</bdi>"))
        // The therapist's part of the meeting: both times isolated (ICU writes a no-break space before "م").
        #expect(html.contains("<bdi dir=\"auto\">3:10\u{00A0}م</bdi>"))
        #expect(html.contains("<bdi dir=\"auto\">3:25\u{00A0}م</bdi>"))
        #expect(html.contains("Library meeting room</span>، "))
        #expect(!html.contains("Library meeting room</span>, "))
    }
}

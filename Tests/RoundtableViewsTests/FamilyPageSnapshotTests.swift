import Foundation
import RoundtableCore
import RoundtableViews
import SnapshotTesting
import Testing

/// Amira's own page: Zoë (Year 7) and Sami (Year 11), a coming meeting for each, an earlier one,
/// her requests in each state, in all five languages, with no staff frame around it.
@Suite(.snapshots(record: snapshotRecording))
struct FamilyPageSnapshotTests {
    static let day: TimeInterval = 86_400

    static func page(_ language: String) -> FamilyPage {
        let now = PageSnapshot.now
        func participant(_ n: Int) -> ParticipantID {
            ParticipantID(UUID(uuidString: String(format: "00000000-0000-0000-0000-0000000000c%d", n))!)
        }
        return FamilyPage(
            catalogLanguage: language, token: ParticipantFixtures.token, schoolName: "Oak Primary",
            children: [.init(name: "Zoë", yearGroup: 7), .init(name: "Sami", yearGroup: 11)],
            meetings: [
                .init(
                    participantID: participant(1), childNames: ["Zoë"], startsAt: now.addingTimeInterval(6 * day),
                    attendance: .coming, withInterpreter: true, isThisLink: true),
                .init(participantID: participant(2), childNames: ["Sami"], startsAt: now.addingTimeInterval(9 * day)),
                .init(
                    participantID: participant(3), childNames: ["Sami"], startsAt: now.addingTimeInterval(-40 * day),
                    isPast: true, attendance: .coming, mayOpen: false),
            ],
            requests: [
                .init(childName: "Sami", sentAt: now.addingTimeInterval(-day), topic: "His exams", status: .open),
                .init(
                    childName: "Zoë", sentAt: now.addingTimeInterval(-20 * day), topic: "Swimming kit",
                    status: .answered, answer: "We will call you on Monday."),
                .init(
                    childName: "Sami", sentAt: now.addingTimeInterval(-30 * day), topic: "Revision", status: .accepted),
            ],
            ask: .init(
                children: [
                    .init(id: ParticipantFixtures.zoe, name: "Zoë"), .init(id: ParticipantFixtures.sami, name: "Sami"),
                ],
                selected: ParticipantFixtures.zoe))
    }

    @Test(arguments: Catalog.languages) func full(language: String) {
        assertSnapshot(of: PageSnapshot.html(Self.page(language), staff: nil), as: .lines, named: language)
    }

    /// Nothing yet: no meetings coming, no requests.
    @Test(arguments: ["en", "ar"]) func empty(language: String) {
        var page = Self.page(language)
        page.meetings = []
        page.requests = []
        assertSnapshot(of: PageSnapshot.html(page, staff: nil), as: .lines, named: language)
    }

    /// Just sent: the thank-you at the top; and a request sent empty, with the message.
    @Test(arguments: ["en", "ar"]) func sentAndErrors(language: String) {
        var sent = Self.page(language)
        sent.ask?.sent = true
        assertSnapshot(of: PageSnapshot.html(sent, staff: nil), as: .lines, named: language + "-sent")
        var wrong = Self.page(language)
        wrong.ask?.errors.add("request_topic", Localizer(language)(.errorRequestTopic))
        assertSnapshot(of: PageSnapshot.html(wrong, staff: nil), as: .lines, named: language + "-error")
    }

    /// The meeting page of a family member leads to their own page.
    @Test(arguments: ["en", "ar"]) func meetingPageLinksHere(language: String) {
        var page = ParticipantFixtures.familyPage(language)
        page.familyPage = true
        assertSnapshot(of: PageSnapshot.html(page, staff: nil), as: .lines, named: language)
    }
}

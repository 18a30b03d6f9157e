import Foundation
import RoundtableCore
import RoundtableViews
import SnapshotTesting
import Testing

/// How the meeting felt: Amira's questions (0 to 10) and Zoë's (faces), in all five languages;
/// answered and changeable, sent with an error, and after the week to change it.
@Suite(.snapshots(record: snapshotRecording))
struct FeedbackPageSnapshotTests {
    static func page(_ language: String, student: Bool) -> FeedbackPage {
        FeedbackPage(
            catalogLanguage: language, token: ParticipantFixtures.token, schoolName: "Oak Primary", isStudent: student)
    }

    @Test(arguments: Catalog.languages) func adult(language: String) {
        assertSnapshot(
            of: PageSnapshot.html(Self.page(language, student: false), staff: nil), as: .lines, named: language)
    }

    @Test(arguments: Catalog.languages) func child(language: String) {
        assertSnapshot(
            of: PageSnapshot.html(Self.page(language, student: true), staff: nil), as: .lines, named: language)
    }

    /// Just saved: the thanks with the last day to change it, their answers chosen.
    @Test(arguments: ["en", "ar"]) func saved(language: String) {
        var page = Self.page(language, student: false)
        page.form = FeedbackForm(scores: [.cared: "4", .listened: "10"], better: "A shorter meeting", totalsOnly: true)
        page.changeableUntil = PageSnapshot.now.addingTimeInterval(7 * 86_400)
        page.justSaved = true
        assertSnapshot(of: PageSnapshot.html(page, staff: nil), as: .lines, named: language)
    }

    /// Sent with nothing chosen; a child's face kept after an error.
    @Test(arguments: ["en", "fr"]) func errors(language: String) {
        var adult = Self.page(language, student: false)
        adult.errors.add("q_cared", Localizer(language)(.feedbackEmpty))
        adult.form = FeedbackForm(better: "Plus court")
        assertSnapshot(of: PageSnapshot.html(adult, staff: nil), as: .lines, named: language + "-adult")
        var child = Self.page(language, student: true)
        child.form = FeedbackForm(scores: [.listened: "2"], better: String(repeating: "a", count: 1001))
        child.errors.add("better", Localizer(language, informal: true)(.errorTooLong, ["count": "1000"]))
        assertSnapshot(of: PageSnapshot.html(child, staff: nil), as: .lines, named: language + "-child")
    }

    /// The week is over: thanks, and no form.
    @Test func locked() {
        var page = Self.page("es", student: true)
        page.changeableUntil = PageSnapshot.now.addingTimeInterval(-86_400)
        page.mayAnswer = false
        assertSnapshot(of: PageSnapshot.html(page, staff: nil), as: .lines, named: "es")
    }

    /// On the participant's own page after the meeting: the short invitation, then the link to
    /// change an answer.
    @Test(arguments: Catalog.languages) func inviteOnMeetingPage(language: String) {
        var page = ParticipantFixtures.familyPage(language)
        page.summary = ParticipantFixtures.summary(language)
        page.feedback = FeedbackInvite(answered: false, mayAnswer: true)
        let html = PageSnapshot.html(page, staff: nil)
        let start = html.range(of: #"<section class="inset" aria-labelledby="feedback">"#)
        #expect(start != nil)
        // Only the section: the rest of the page is other snapshots' business.
        let section = start.map { html[$0.lowerBound...] }.flatMap { rest in
            rest.range(of: "</section>").map { String(rest[..<$0.upperBound]) }
        }
        assertSnapshot(of: section ?? "", as: .lines, named: language)
        var answered = page
        answered.feedback = FeedbackInvite(answered: true, mayAnswer: true)
        #expect(PageSnapshot.html(answered, staff: nil).contains(Localizer(language)(.feedbackChangeLink)))
        answered.feedback = FeedbackInvite(answered: true, mayAnswer: false)
        #expect(!PageSnapshot.html(answered, staff: nil).contains(#"aria-labelledby="feedback""#))
    }
}

import Fluent
import Foundation
import RoundtableViews
import Testing
import VaporTesting

@testable import App
@testable import RoundtableCore

/// After each form on the family's page, the thank-you is where the person lands: the
/// redirect names the confirmation's id, and the confirmation can take the focus.
@Suite("Confirmations on the family's page")
struct ParticipantConfirmationTests {
    /// The page at `location`, and whether it holds a focusable status with the id the fragment names.
    static func landsOn(_ browser: TestBrowser, _ location: String?) async throws -> (String, Bool) {
        let location = try #require(location)
        let id = try #require(location.split(separator: "#").last.map(String.init))
        let html = try await browser.get(location).text
        return (html, html.contains(#"id="\#(id)" role="status" tabindex="-1""#))
    }

    @Test(
        "Reply, agenda, thoughts, request and reminders: each confirmation where the redirect lands",
        arguments: TestDatabase.all)
    func invitationForms(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            let page = try await ParticipantPageTests.amirasPage(app, people, s)
            let parent = TestBrowser(app)
            try await parent.get(page + "?language=en")

            let replied = try await parent.post(
                page, ["attendance": "coming", "wants_interpreter": "yes", "interpreter_language": "ar"])
            #expect(replied.location?.hasSuffix("?saved=1#reply-saved") == true)
            let (afterReply, replyFound) = try await Self.landsOn(parent, replied.location)
            #expect(replyFound)
            // At the top, with what they said: before the letter and who is coming.
            let saved = try #require(afterReply.range(of: #"id="reply-saved""#))
            let said = try #require(afterReply.range(of: "Your reply: Yes, I will come, with an interpreter"))
            let letter = try #require(afterReply.range(of: #"id="letter""#))
            #expect(saved.lowerBound < said.lowerBound && said.lowerBound < letter.lowerBound)

            let added = try await parent.post(page + "/agenda", ["topic": "Homework at home"])
            #expect(added.location?.hasSuffix("#agenda-added") == true)
            #expect(try await Self.landsOn(parent, added.location).1)

            let voice = try await parent.post(page + "/voice", ["worries": "Lunch"])
            #expect(voice.location?.hasSuffix("#voice-saved") == true)
            let (afterVoice, voiceFound) = try await Self.landsOn(parent, voice.location)
            #expect(voiceFound)
            // What they wrote is in sight, not behind "Write your thoughts".
            #expect(afterVoice.contains(#"<details class="details" open><summary>"#))

            let request = try await parent.post(
                page + "/request", ["request_topic": "Her reading at home", "urgency": "soon"])
            #expect(request.location?.hasSuffix("#request-sent") == true)
            #expect(try await Self.landsOn(parent, request.location).1)

            let reminders = try await parent.post(page + "/reminders", ["reminders": "off"])
            #expect(reminders.location?.hasSuffix("#reminders-saved") == true)
            #expect(try await Self.landsOn(parent, reminders.location).1)
        }
    }

    @Test("Confirming the summary or asking for a correction lands on its thank-you", arguments: TestDatabase.all)
    func summaryAnswers(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            let c = try await SummaryTests.closed(app, people, s)
            let amira = TestBrowser(app)
            try await amira.get(c.amiraLink)
            let comment = try await amira.post(c.amiraLink + "/summary", ["comment": "The date should be May."])
            #expect(comment.location?.hasSuffix("#summary-answered") == true)
            #expect(try await Self.landsOn(amira, comment.location).1)
            let confirmed = try await amira.post(c.amiraLink + "/summary", ["confirm": "1"])
            #expect(confirmed.location?.hasSuffix("#summary-answered") == true)
            #expect(try await Self.landsOn(amira, confirmed.location).1)
        }
    }
}

import Fluent
import Foundation
import RoundtableViews
import Testing
import VaporTesting

@testable import App
@testable import RoundtableCore

@Suite("The school's texts in other languages, and the words for the student")
struct MeetingTextsTests {
    static let arabicPurpose = "نلتقي لنتحدث عن أوقات الغداء الصعبة ونتفق معًا على طريقة لمساعدة زوي."
    static let arabicItem = "نقاط القوة وما سار على ما يرام"
    static let childWords = "What is going well for you"

    /// Zoë's meeting with an English letter only, and the first agenda item's id.
    static func meeting(
        _ app: Application, _ people: Fixtures, _ s: StudentFixtures
    ) async throws
        -> (TestBrowser, String, UUID)
    {
        let (teacher, path) = try await InvitationTests.ready(app, people, s)
        try await teacher.submit(
            path + "/invitation?language=en", ["body": "We are worried about lunchtimes."], from: path + "/invitation")
        let first = try #require(try await AgendaItem.query(on: app.db).sort(\.$position).first())
        return (teacher, path, try first.requireID())
    }

    /// Shares the meeting; Amira's page (she reads Arabic) and Zoë's own page.
    static func pages(_ app: Application, _ teacher: TestBrowser, _ path: String) async throws -> (String, String) {
        try await teacher.submit(path + "/share", [:], from: path + "/share")
        let message = try #require(
            try await OutboxMessage.query(on: app.db).filter(\.$toEmail == "amira@mail.example").first())
        let amira = try #require(message.body.range(of: #"/p/[A-Za-z0-9_-]+"#, options: .regularExpression))
        let zoe = try #require(try await MeetingParticipant.query(on: app.db).filter(\.$kind == .student).first())
        let made = try await teacher.submit(path + "/participants/\(zoe.id!)/link", [:], from: path)
        let child = try #require(made.text.range(of: #"/p/[A-Za-z0-9_-]+"#, options: .regularExpression))
        return (String(message.body[amira]), String(made.text[child]))
    }

    @Test(
        "Staff write texts per language beside the English; bad input comes back with its words; saving twice writes once",
        arguments: TestDatabase.all)
    func write(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            let (teacher, path, item) = try await Self.meeting(app, people, s)
            let invitation = try await teacher.get(path + "/invitation")
            #expect(invitation.text.contains(#"href="\#(path)/texts?language=en">Texts in other languages</a>"#))

            let form = try await teacher.get(path + "/texts?language=ar")
            #expect(form.status == .ok)
            #expect(form.text.contains("To talk about some difficult lunchtimes"))
            #expect(form.text.contains(#"name="agenda-\#(item.uuidString.lowercased())""#))
            #expect(form.text.contains(#"lang="ar" dir="rtl""#))
            // An in-person meeting has no call to fail.
            #expect(!form.text.contains(#"name="fallback_plan""#))

            let long = String(repeating: "ك", count: 1001)
            let bad = try await teacher.post(
                path + "/texts?language=ar",
                ["purpose": long, "agenda-\(item.uuidString.lowercased())": Self.arabicItem])
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.text.contains("Use 1000 characters or fewer"))
            #expect(bad.text.contains(Self.arabicItem))
            #expect(try await MeetingText.query(on: app.db).count() == 0)

            let fields = ["purpose": Self.arabicPurpose, "agenda-\(item.uuidString.lowercased())": Self.arabicItem]
            let saved = try await teacher.post(path + "/texts?language=ar", fields)
            #expect(saved.location == path + "/texts?language=ar&notice=texts-saved")
            // The same form again (a double press) leaves one text a part.
            try await teacher.submit(path + "/texts?language=ar", fields)
            #expect(try await MeetingText.query(on: app.db).filter(\.$language == "ar").count() == 2)
            let shown = try await teacher.get(path + "/texts?language=ar")
            #expect(shown.text.contains(Self.arabicPurpose))
            #expect(shown.text.contains("Arabic</a>") && !shown.text.contains("Arabic (not written yet)"))
            #expect(
                try await AuditEvent.query(on: app.db).filter(\.$action == AuditAction.meetingTextsSaved.rawValue)
                    .count() == 2)

            // In English: only what the plan has no field for.
            let english = try await teacher.get(path + "/texts?language=en")
            #expect(english.text.contains(#"name="directions""#))
            #expect(english.text.contains(#"name="agenda_child-\#(item.uuidString.lowercased())""#))
            #expect(!english.text.contains(#"name="purpose""#))
            // A language participants' pages do not speak is refused.
            #expect(try await teacher.post(path + "/texts?language=pl", ["purpose": "Cześć"]).status == .notFound)
            // A forged form saves nothing and says so.
            let forged = try await teacher.post(path + "/texts?language=fr", ["purpose": "Bonjour"], csrf: false)
            #expect(forged.status == .unprocessableEntity)
            #expect(try await MeetingText.query(on: app.db).filter(\.$language == "fr").count() == 0)
        }
    }

    @Test(
        "An Arabic parent reads what was written in Arabic and is told which parts the school wrote in English; the student reads the words written for them",
        arguments: TestDatabase.all)
    func read(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            let (teacher, path, item) = try await Self.meeting(app, people, s)
            let id = item.uuidString.lowercased()
            try await teacher.submit(
                path + "/texts?language=ar", ["purpose": Self.arabicPurpose, "agenda-\(id)": Self.arabicItem])
            try await teacher.submit(
                path + "/texts?language=en",
                [
                    "directions": "Come to the main reception; we will meet you there.",
                    "agenda_child-\(id)": Self.childWords,
                ])
            let (amira, zoe) = try await Self.pages(app, teacher, path)

            let parent = try await TestBrowser(app).get(amira)
            #expect(parent.text.contains(#"<p class="purpose" lang="ar" dir="auto">\#(Self.arabicPurpose)</p>"#))
            #expect(parent.text.contains(#"<span lang="ar" dir="auto">\#(Self.arabicItem)</span>"#))
            #expect(parent.text.contains(#"<span lang="en" dir="auto">What happened, from each point of view</span>"#))
            #expect(parent.text.contains("كتبت المدرسة بعض هذه البنود باللغة الإنجليزية."))
            // The directions were not written in Arabic: English, with the note.
            #expect(
                parent.text.contains(
                    #"<p class="prewrap directions" lang="en" dir="auto">Come to the main reception; we will meet you there.</p><p class="hint school-text-note">كتبت المدرسة هذا الجزء باللغة الإنجليزية.</p>"#
                ))
            #expect(parent.text.contains("كتبت المدرسة هذا الجزء باللغة الإنجليزية."))
            // The words for the student are for the student.
            #expect(!parent.text.contains(Self.childWords))

            let child = try await TestBrowser(app).get(zoe)
            #expect(child.text.contains(#"<span lang="en" dir="auto">\#(Self.childWords)</span>"#))
            #expect(!child.text.contains("Strengths and what has gone well"))
            // An English page says nothing about English.
            #expect(!child.text.contains("school-text-note"))

            // Clearing a translation brings the English back.
            try await teacher.submit(path + "/texts?language=ar", ["agenda-\(id)": Self.arabicItem])
            let again = try await TestBrowser(app).get(amira)
            #expect(!again.text.contains(Self.arabicPurpose))
            #expect(again.text.contains(Self.arabicItem))
        }
    }
}

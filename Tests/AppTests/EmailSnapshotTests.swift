import Fluent
import Foundation
import RoundtableViews
import SnapshotTesting
import Testing
import VaporTesting

@testable import App
@testable import RoundtableCore

/// Every email Roundtable sends, as the person receives it, compared with a committed
/// snapshot. Each is made by the real flow (the service, or the page for the code email) in a
/// test database, from fixed people, a fixed clock and the school's time zone (Europe/London),
/// and read back from the outbox; `SnapshotScrubber` replaces only the random parts.
///
/// Family members read their own language: the snapshots hold every family email in English,
/// Spanish, French, Arabic and Simplified Chinese. Staff and agencies read English.
@Suite("Snapshots of every email", .committedSnapshots)
struct EmailSnapshotTests {
    @Test("Invitation, change notice and cancellation, to family, agency and staff", arguments: TestDatabase.all)
    func meetingNotices(database: TestDatabase) async throws {
        try await withRoundtable(database, environment: EmailScene.environment) { app in
            let scene = try await EmailScene.make(on: app)
            let meeting = try await scene.newMeeting()

            _ = try await Sharing.share(
                meeting, details: try await Meetings.details(of: meeting, on: app.db, now: EmailScene.now),
                settings: scene.settings,
                context: .commandLine(at: EmailScene.now), on: app.db, now: EmailScene.now)
            try await scene.assertOutbox(named: "invitation", expecting: scene.everyoneWithEmail)

            // Moved two weeks later, to the same time in UTC: the clocks go back in between, so in
            // London it is an hour earlier.
            meeting.startsAt = EmailScene.meetingStart.addingTimeInterval(14 * 86_400)
            try await meeting.save(on: app.db)
            try await Sharing.announce(meeting, changes: [.time], on: app.db, now: EmailScene.now)
            #expect(
                try await Sharing.tellChanges(
                    meeting, settings: scene.settings, on: app.db, now: EmailScene.now.addingTimeInterval(3600)))
            try await scene.assertOutbox(named: "change-notice", expecting: scene.everyoneWithEmail)

            try await Sharing.cancel(
                meeting, settings: scene.settings, context: .commandLine(at: EmailScene.now), on: app.db,
                now: EmailScene.now.addingTimeInterval(7200))
            try await scene.assertOutbox(named: "cancellation", expecting: scene.everyoneWithEmail)
        }
    }

    @Test("The summary shared, a comment told to the lead, and the school's answer", arguments: TestDatabase.all)
    func summaryEmails(database: TestDatabase) async throws {
        try await withRoundtable(database, environment: EmailScene.environment) { app in
            let scene = try await EmailScene.make(on: app)
            let meeting = try await scene.newMeeting()
            meeting.state = .closed
            meeting.sharedAt = EmailScene.now
            meeting.startedAt = EmailScene.meetingStart
            meeting.closedAt = EmailScene.meetingStart.addingTimeInterval(2400)
            try await meeting.save(on: app.db)
            let later = EmailScene.meetingStart.addingTimeInterval(86_400)

            _ = try await MeetingSummaries.share(
                meeting, settings: scene.settings, context: .commandLine(at: later), on: app.db, now: later)
            // Staff are not sent the summary: they read it where they work.
            try await scene.assertOutbox(named: "summary-shared", expecting: scene.familyAndAgency)

            let participants = try await MeetingParticipant.query(on: app.db)
                .filter(\.$meeting.$id == meeting.requireID()).all()
            let commenting = participants.filter { $0.kind == .family || $0.kind == .agency }
            for participant in commenting {
                try await MeetingSummaries.respond(
                    participant, in: meeting, kind: .comment, text: "The date of the next meeting is wrong.",
                    settings: scene.settings, context: .commandLine(at: later), on: app.db, now: later)
            }
            // Each comment tells the lead; the notes are all the same, so one snapshot.
            let notes = try await OutboxMessage.query(on: app.db).all()
            #expect(notes.count == commenting.count)
            #expect(Set(notes.map(\.toEmail)) == [scene.people.primaryStaff.email])
            #expect(Set(try notes.map { try $0.snapshotText() }).count == 1)
            try EmailScene.expectNeutral(notes[0])
            try assertSnapshot(of: notes[0].snapshotText(), as: .lines, named: "lead", testName: "comment-to-lead")
            try await OutboxMessage.query(on: app.db).delete()

            let lead = try scene.people.primaryStaff.requireID()
            for response in try await MeetingSummaries.responses(of: meeting, on: app.db) {
                try await MeetingSummaries.answer(
                    response.requireID(), in: meeting, text: "Thank you: it is on 4 November. We have corrected it.",
                    by: lead, settings: scene.settings, context: .commandLine(at: later), on: app.db, now: later)
            }
            try await scene.assertOutbox(named: "comment-answered", expecting: scene.familyAndAgency)
        }
    }

    @Test("The code a link asks for, when the school wants one", arguments: TestDatabase.all)
    func participantCode(database: TestDatabase) async throws {
        try await withRoundtable(database, environment: EmailScene.environment) { app in
            let scene = try await EmailScene.make(on: app)
            let meeting = try await scene.newMeeting()
            meeting.state = .shared
            try await meeting.save(on: app.db)
            scene.people.oakPrimary.participantCodeRequired = true
            try await scene.people.oakPrimary.save(on: app.db)
            let family = try await MeetingParticipant.query(on: app.db).filter(\.$meeting.$id == meeting.requireID())
                .filter(\.$kind == .family).all()
            for participant in family {
                let token = try await Sharing.issueLink(
                    for: participant, expires: EmailScene.meetingStart.addingTimeInterval(30 * 86_400), on: app.db)
                let visitor = TestBrowser(app)
                try await visitor.get("/p/\(token)")
                let asked = try await visitor.post("/p/\(token)/code")
                #expect(asked.status == .seeOther)
            }
            try await scene.assertOutbox(named: "participant-code", expecting: scene.familyOnly)
        }
    }

    @Test("A family member's old address hears that it was changed", arguments: TestDatabase.all)
    func addressChanged(database: TestDatabase) async throws {
        try await withRoundtable(database, environment: EmailScene.environment) { app in
            let scene = try await EmailScene.make(on: app)
            for (language, member) in scene.family {
                let old = "old.\(language.lowercased())@mail.example"
                try await StudentDirectory.tellOldAddress(
                    old, of: member, schoolID: scene.people.oakPrimary.requireID(), now: EmailScene.now, on: app.db)
            }
            let messages = try await OutboxMessage.query(on: app.db).all()
            #expect(messages.count == Catalog.languages.count)
            for message in messages {
                let language = try #require(
                    Catalog.languages.first { message.toEmail == "old.\($0.lowercased())@mail.example" })
                try EmailScene.expectNeutral(message)
                try assertSnapshot(
                    of: message.snapshotText(), as: .lines, named: "family-\(language)", testName: "address-changed")
            }
        }
    }

    @Test("The whole message as the mail server receives it", arguments: TestDatabase.all)
    func rendered(database: TestDatabase) async throws {
        try await withRoundtable(database, environment: EmailScene.environment) { app in
            let scene = try await EmailScene.make(on: app)
            let meeting = try await scene.newMeeting()
            _ = try await Sharing.share(
                meeting, details: try await Meetings.details(of: meeting, on: app.db, now: EmailScene.now),
                settings: scene.settings,
                context: .commandLine(at: EmailScene.now), on: app.db, now: EmailScene.now)
            let messages = try await OutboxMessage.query(on: app.db).all()
            for (label, address) in [
                ("family-ar", scene.family["ar"]!.email!), ("staff", scene.people.primaryStaff.email),
            ] {
                let message = try #require(messages.first { $0.toEmail == address })
                // The id names the MIME boundary and the Message-ID; the body is scrubbed
                // before it is encoded, so the snapshot holds no live link.
                message.id = UUID(uuidString: "00000000-0000-0000-0000-0000000000ff")
                var scrubber = SnapshotScrubber()
                message.body = scrubber.scrub(message.body)
                message.calendar = try message.calendar.map {
                    try scrubber.calendar($0).replacingOccurrences(of: "\n", with: "\r\n")
                }
                let wire = MailMessage.render(
                    message, from: scene.settings.from, fromName: scene.settings.fromName, date: EmailScene.now)
                #expect(!wire.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
                assertSnapshot(
                    of: wire.replacingOccurrences(of: "\r\n", with: "\n"), as: .lines, named: label,
                    testName: "rendered")
            }
        }
    }
}

/// One student, Zoë, with five adults who each read a different language, an agency contact
/// and her teacher as lead, at Oak Primary. Everything that shows in an email is fixed.
final class EmailScene {
    static let environment = [
        "ROUNDTABLE_PUBLIC_URL": "https://meetings.oak.example",
        "SMTP_FROM": "Oak Primary <meetings@oak.example>",
        "ROUNDTABLE_TIME_ZONE": "Europe/London",
        "ROUNDTABLE_LINK_DAYS": "30",
    ]
    /// Wednesday 1 October 2031, 09:00 UTC: when the school shares the meeting.
    static let now = Date(timeIntervalSince1970: 1_948_611_600)
    /// Tuesday 14 October 2031, 15:30 UTC (16:30 in London, summer time).
    static let meetingStart = Date(timeIntervalSince1970: 1_949_758_200)
    static let london = TimeZone(identifier: "Europe/London")!

    /// Language → given name, family name, relationship.
    static let adults: [(language: String, given: String, family: String, relationship: FamilyRelationship)] = [
        ("en", "Grace", "Okafor", .mother),
        ("es", "Lucía", "Fernández", .stepParent),
        ("fr", "Élodie", "Martin", .grandparent),
        ("ar", "Karim", "Haddad", .father),
        ("zh-Hans", "Wei", "Chen", .carer),
    ]

    let app: Application
    let people: Fixtures
    let student: Student
    let family: [String: FamilyMember]
    let agency: AgencyContact
    let room: Space
    var settings: Sharing.Settings

    private init(
        app: Application, people: Fixtures, student: Student, family: [String: FamilyMember], agency: AgencyContact,
        room: Space, settings: Sharing.Settings
    ) {
        self.app = app
        self.people = people
        self.student = student
        self.family = family
        self.agency = agency
        self.room = room
        self.settings = settings
    }

    static func make(on app: Application) async throws -> EmailScene {
        let db = app.db
        let people = try await Fixtures.make(on: app)
        let student = Student()
        student.$school.id = try people.oakPrimary.requireID()
        student.setNames(given: "Zoë", family: "Okafor", preferred: nil)
        student.dateOfBirth = Date(timeIntervalSince1970: 1_400_000_000)
        student.yearGroup = 7
        student.homeLanguages = ["en"]
        student.hasSpecialNeeds = true
        student.isDisadvantaged = false
        student.learnsEnglishAsAdditionalLanguage = false
        student.isActive = true
        try await student.create(on: db)
        var family: [String: FamilyMember] = [:]
        for adult in adults {
            let member = FamilyMember()
            member.$organisation.id = try people.oak.requireID()
            member.setNames(given: adult.given, family: adult.family)
            member.email =
                "\(adult.given.lowercased().folding(options: .diacriticInsensitive, locale: nil))@mail.example"
            member.phone = "07700 900123"
            member.preferredLanguage = adult.language
            member.preferredContact = .email
            member.preferredMeetingMode = .inPerson
            member.needsInterpreter = adult.language != "en"
            member.interpreterLanguage = adult.language == "en" ? nil : adult.language
            member.isActive = true
            try await member.create(on: db)
            try await StudentFamilyLink(
                studentID: student.requireID(), familyMemberID: member.requireID(), relationship: adult.relationship,
                parentalResponsibility: true, livesWith: adult.language == "en"
            ).create(on: db)
            family[adult.language] = member
        }
        try await StaffStudentLink(
            userID: people.primaryStaff.requireID(), studentID: student.requireID(), source: "roster"
        )
        .create(on: db)
        let agency = AgencyContact()
        agency.$school.id = try people.oakPrimary.requireID()
        agency.agency = "Educational psychology service"
        agency.name = "Nadia Rahman"
        agency.role = "Educational psychologist"
        agency.email = "nadia.rahman@eps.example"
        try await agency.create(on: db)
        let room = try await MeetingTests.room(in: people.oakPrimary, on: db)
        var settings = try await Sharing.Settings.make(
            for: {
                let m = Meeting(); m.$school.id = people.oakPrimary.id!; return m
            }(),
            configuration: app.roundtable.configuration, on: db)
        settings.timeZone = london
        return EmailScene(
            app: app, people: people, student: student, family: family, agency: agency, room: room, settings: settings)
    }

    /// A behaviour meeting for Zoë (the kind of words no email may carry), planned by her
    /// teacher with a date and a room, her five adults, the agency contact and the teacher.
    func newMeeting() async throws -> Meeting {
        let db = app.db
        let meeting = try await Meetings.create(
            .behaviourConcern, for: student, lead: people.primaryStaff, context: .commandLine(at: EmailScene.now),
            on: db)
        meeting.purpose = "To talk about Zoë's difficult lunchtimes and the fight last week."
        meeting.startsAt = Self.meetingStart
        meeting.lengthMinutes = 40
        meeting.$space.id = try room.requireID()
        try await meeting.save(on: db)
        try await Meetings.participant(meeting.requireID(), .agency, role: "Educational psychologist") {
            $0.$agencyContact.id = self.agency.id
        }.create(on: db)
        return meeting
    }

    var familyOnly: [String: String] {
        Dictionary(uniqueKeysWithValues: family.map { ($0.value.email!, "family-\($0.key)") })
    }

    var familyAndAgency: [String: String] {
        familyOnly.merging([agency.email!: "agency"]) { $1 }
    }

    var everyoneWithEmail: [String: String] {
        familyAndAgency.merging([people.primaryStaff.email: "staff"]) { $1 }
    }

    /// What no email or calendar file may say (PRODUCT.md §5: a neutral title and a link):
    /// the student's name, what the meeting is about, its kind, anyone's needs or phone.
    static let sensitive = [
        "Zoë", "Zoe", "lunchtime", "fight", "behaviour", "Behaviour", "concern", "07700", "interpreter",
        "psycholog",
    ]

    static func expectNeutral(
        _ message: OutboxMessage, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        // The agency contact's own name carries their service: that is who they are, not
        // something about the child. Everything else is checked.
        // A personal link is random letters, which once spelled "Zoe": links are left out.
        let text = [message.subject, message.body, message.calendar ?? ""].joined(separator: "\n")
            .replacingOccurrences(of: "Educational psychology service", with: "")
            .replacingOccurrences(of: #"/p/[A-Za-z0-9_-]+"#, with: "/p/LINK", options: .regularExpression)
        for word in sensitive {
            #expect(!text.contains(word), "\(message.toEmail) reads \"\(word)\"", sourceLocation: sourceLocation)
        }
    }

    /// Snapshots what the outbox holds, one per recipient (`expecting`: address → name of the
    /// snapshot), checks nobody else was written to, and empties the outbox for the next step.
    func assertOutbox(
        named name: String, expecting: [String: String], sourceLocation: SourceLocation = #_sourceLocation
    ) async throws {
        let messages = try await OutboxMessage.query(on: app.db).all()
        #expect(
            messages.map(\.toEmail).sorted() == expecting.keys.sorted(), "who was written to",
            sourceLocation: sourceLocation)
        for message in messages {
            guard let label = expecting[message.toEmail] else { continue }
            try Self.expectNeutral(message, sourceLocation: sourceLocation)
            try assertSnapshot(of: message.snapshotText(), as: .lines, named: label, testName: name)
        }
        try await OutboxMessage.query(on: app.db).delete()
    }
}

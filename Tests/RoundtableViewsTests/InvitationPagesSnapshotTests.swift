import Foundation
import RoundtableCore
import RoundtableViews
import SnapshotTesting
import Testing

@Suite(.snapshots(record: snapshotRecording))
struct InvitationPagesSnapshotTests {
    static let meetingID = MeetingID(UUID(uuidString: "00000000-0000-0000-0000-000000000001")!)
    static let students = ["Zoë Ångström"]
    static let facts = InvitationCheck.Facts(
        isConcern: true, isBehaviour: false, format: .inPerson, peopleWords: ["Zoë", "Amira", "Amina"],
        placeName: "The library", childNames: ["Zoë"])

    static func invitation(
        language: String = "en", body: String, saved: Bool, waiting: [InvitationPage.Waiting] = [],
        mayShare: Bool = true, notice: SiteRoute.Notice? = nil, errors: FieldErrors = FieldErrors()
    ) -> InvitationPage {
        InvitationPage(
            meetingID: meetingID, type: .wellbeingCheckIn, studentNames: students, language: language,
            languages: ["en", "ar"], written: saved ? [language] : [], body: body, saved: saved,
            report: InvitationCheck.check(body, language: language, facts: facts), waiting: waiting,
            mayShare: mayShare, notice: notice, errors: errors)
    }

    @Test func invitationFirstDraftWithATranslationWaiting() {
        let page = Self.invitation(
            body: "Dear family,\n\nWe would like to meet to talk about how Zoë is getting on.", saved: false,
            waiting: [.init(name: "Amira Haddad", language: "ar")])
        assertSnapshot(of: PageSnapshot.html(page), as: .lines)
    }

    /// The whole first draft: a greeting, a strength to fill in, the lead's sign-off, and the
    /// check asking for the gap to be filled.
    @Test func invitationWholeFirstDraft() {
        let draft = InvitationDraft.english(
            InvitationDraft.Plan(
                purpose: "We would like to meet to talk about how Zoë is finding lunchtimes.", studentName: "Zoë",
                startsAt: PageSnapshot.now.addingTimeInterval(6 * 86_400), lengthMinutes: 40, format: .inPerson,
                placeName: "The library", fallbackPlan: nil, urgency: .routine, isConcern: true,
                people: ["Amina Patel, head of year"], timeZone: TimeZone(identifier: "Europe/London")!,
                from: "Amina Patel\nHead of year"))
        assertSnapshot(of: PageSnapshot.html(Self.invitation(body: draft, saved: false)), as: .lines)
    }

    @Test func invitationSavedAfterSharing() {
        let page = Self.invitation(
            body:
                "Dear Amira,\n\nWe would like to meet on Thursday 10 December at 15:30 in the library, for 45 minutes, with Ms Patel, head of year, to hear how Zoë is finding lunchtimes and agree together what would help. Nothing is wrong: we want to hear from you and from Zoë first.",
            saved: true, mayShare: false, notice: .invitationSaved)
        assertSnapshot(of: PageSnapshot.html(page), as: .lines)
    }

    @Test func invitationInArabicWithAnError() {
        var errors = FieldErrors()
        errors.add("body", "Write the invitation, or go back without saving")
        let page = Self.invitation(language: "ar", body: "", saved: false, errors: errors)
        assertSnapshot(of: PageSnapshot.html(page), as: .lines)
    }

    static let people = [
        SharePage.Person(name: "Zoë Ångström", role: "Student"),
        SharePage.Person(name: "Amira Haddad", role: "Mother"),
        SharePage.Person(name: "Karim Haddad", role: "Father", isContactRestricted: true),
        SharePage.Person(name: "Ms Amina Patel", role: "Head of year"),
    ]

    @Test func shareConfirmingWithCautions() {
        let page = SharePage(
            meetingID: Self.meetingID, studentNames: Self.students, mayShare: true, confirming: true,
            cautions: [
                "Amira Haddad reads Arabic and will get the English invitation: there is no Arabic text yet."
            ], people: Self.people)
        assertSnapshot(of: PageSnapshot.html(page), as: .lines)
    }

    @Test func shareRefusedWithProblems() {
        let page = SharePage(
            meetingID: Self.meetingID, studentNames: Self.students, mayShare: true,
            problems: ["Set the date and time.", "Write the invitation."], people: Self.people)
        assertSnapshot(of: PageSnapshot.html(page), as: .lines)
    }

    @Test func sharedWithLinksToPassOn() {
        let page = SharePage(
            meetingID: Self.meetingID, studentNames: Self.students, mayShare: false, people: Self.people,
            handed: [.init(name: "Zoë Ångström", url: "https://roundtable.example/p/tok_0123456789abcdefghijKLMN")])
        assertSnapshot(of: PageSnapshot.html(page), as: .lines)
    }

    @Test func sharedSeenByALeader() {
        let page = SharePage(
            meetingID: Self.meetingID, studentNames: Self.students, mayShare: false, mayReadOutbox: true)
        assertSnapshot(of: PageSnapshot.html(page), as: .lines)
    }

    @Test func sharedWithoutAMailServer() {
        let page = SharePage(
            meetingID: Self.meetingID, studentNames: Self.students, mayShare: false, people: Self.people,
            mailConfigured: false)
        assertSnapshot(of: PageSnapshot.html(page), as: .lines)
    }

    /// After "Make a new link" on the meeting page: only that link, and nothing said about emails.
    @Test func newLinkForOnePerson() {
        let page = SharePage(
            meetingID: Self.meetingID, studentNames: Self.students, mayShare: false,
            newLink: .init(name: "Zoë Ångström", url: "https://roundtable.example/p/tok_0123456789abcdefghijKLMN"))
        let html = PageSnapshot.html(page)
        #expect(!html.contains("on their way") && !html.contains("email"))
        assertSnapshot(of: html, as: .lines)
    }

    @Test func cancelBeforeSharing() {
        let page = CancelMeetingPage(meetingID: Self.meetingID, studentNames: Self.students, hasBeenShared: false)
        assertSnapshot(of: PageSnapshot.html(page), as: .lines)
    }

    @Test func cancelAfterSharing() {
        let page = CancelMeetingPage(meetingID: Self.meetingID, studentNames: Self.students, hasBeenShared: true)
        assertSnapshot(of: PageSnapshot.html(page), as: .lines)
    }
}

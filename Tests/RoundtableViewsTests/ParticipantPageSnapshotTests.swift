import Foundation
import RoundtableCore
import RoundtableViews
import SnapshotTesting
import Testing

/// Every page a family member, a student or an agency contact opens from their link, in each
/// state that changes what shows, in all five languages, with no staff frame around it.
@Suite(.snapshots(record: snapshotRecording))
struct ParticipantPageSnapshotTests {
    static let languages = Catalog.languages

    @Test(arguments: languages) func invitationOnly(language: String) {
        // The meeting has started: the invitation stays, the forms are gone.
        var page = ParticipantFixtures.familyPage(language)
        page.meeting.isOpen = false
        page.reply = ParticipantFixtures.repliedForm
        page.requests = nil
        assertSnapshot(of: PageSnapshot.html(page, staff: nil), as: .lines, named: language)
    }

    /// The letter greets the family itself, so the page adds no "Dear Amira Haddad," above it.
    @Test(arguments: ["en", "ar"]) func letterWithItsOwnGreeting(language: String) {
        var page = ParticipantFixtures.familyPage(language)
        page.meeting.isOpen = false
        page.reply = ParticipantFixtures.repliedForm
        page.requests = nil
        page.invitation =
            language == "ar"
            ? .init(
                language: "ar", body: "أعزائي أفراد العائلة،\n\nنود أن نلتقي بكم.\n\nمع أطيب التمنيات،\nسام أوكافور")
            : .init(language: "en", body: "Dear family,\n\nWe would like to meet you.\n\nBest wishes,\nSam Okafor")
        assertSnapshot(of: PageSnapshot.html(page, staff: nil), as: .lines, named: language)
    }

    @Test(arguments: languages) func cancelled(language: String) {
        var page = ParticipantFixtures.familyPage(language)
        page.meeting.isCancelled = true
        page.meeting.isOpen = false
        page.changes = [.place]
        assertSnapshot(of: PageSnapshot.html(page, staff: nil), as: .lines, named: language)
    }

    @Test(arguments: languages) func withReplyForm(language: String) {
        assertSnapshot(
            of: PageSnapshot.html(ParticipantFixtures.familyPage(language), staff: nil), as: .lines, named: language)
    }

    @Test(arguments: languages) func replySaved(language: String) {
        var page = ParticipantFixtures.familyPage(language)
        page.reply = ParticipantFixtures.repliedForm
        page.replySaved = true
        page.agendaAdded = true
        page.changes = [.time, .agenda]
        page.requests?.sent = true
        page.requests?.earlier = [.init(answer: "We will call you on Monday."), .init(accepted: true)]
        assertSnapshot(of: PageSnapshot.html(page, staff: nil), as: .lines, named: language)
    }

    @Test(arguments: languages) func withErrors(language: String) {
        let t = Localizer(language)
        var page = ParticipantFixtures.familyPage(language)
        page.reply.attendance = "other_time"
        page.reply.wantsInterpreter = "yes"
        page.reply.interpreterLanguage = ""
        page.replyErrors.add("suitable_times", t(.errorTimes))
        page.replyErrors.add("interpreter_language", t(.errorInterpreterLanguage))
        page.agendaTopic = ""
        page.agendaErrors.add("topic", t(.errorAgendaEmpty))
        assertSnapshot(of: PageSnapshot.html(page, staff: nil), as: .lines, named: language)
    }

    @Test(arguments: languages) func requestWithErrors(language: String) {
        let t = Localizer(language)
        var page = ParticipantFixtures.familyPage(language)
        page.requests?.topic = ""
        page.requests?.errors.add("request_topic", t(.errorRequestTopic))
        assertSnapshot(of: PageSnapshot.html(page, staff: nil), as: .lines, named: language)
    }

    @Test(arguments: languages) func voiceForm(language: String) {
        var page = ParticipantFixtures.familyPage(language)
        page.voice = .init(
            goingWell: "She loves art club.", worries: "Lunchtimes are hard.", hopes: "A quiet place to eat.",
            talkAbout: "Who she sits with.", knowBeforehand: nil)
        page.voiceSaved = true
        assertSnapshot(of: PageSnapshot.html(page, staff: nil), as: .lines, named: language)
    }

    @Test(arguments: languages) func agencyPage(language: String) {
        var page = ParticipantFixtures.familyPage(language)
        page.viewerName = "Nadia Therapist, Children's therapy service"
        page.people = page.people.map {
            var p = $0; p.isViewer = p.role == .roleAgency; return p
        }
        page.requests = nil
        page.invitation = nil
        assertSnapshot(of: PageSnapshot.html(page, staff: nil), as: .lines, named: language)
    }

    @Test(arguments: languages) func childPage(language: String) {
        var page = ParticipantFixtures.familyPage(language)
        page.isStudent = true
        page.childVersion = true
        page.viewerName = "Zoë Haddad"
        page.people = page.people.map {
            var p = $0; p.isViewer = p.role == .roleStudent; return p
        }
        page.requests = nil
        page.voice = .init(goingWell: "Art", worries: "Lunch", face: 4)
        assertSnapshot(of: PageSnapshot.html(page, staff: nil), as: .lines, named: language)
    }

    @Test(arguments: languages) func olderStudentPage(language: String) {
        var page = ParticipantFixtures.familyPage(language)
        page.isStudent = true
        page.viewerName = "Zoë Haddad"
        page.people = page.people.map {
            var p = $0; p.isViewer = p.role == .roleStudent; return p
        }
        page.requests = nil
        assertSnapshot(of: PageSnapshot.html(page, staff: nil), as: .lines, named: language)
    }

    @Test(arguments: languages) func summaryToConfirm(language: String) {
        var page = ParticipantFixtures.familyPage(language)
        page.summary = ParticipantFixtures.summary(language)
        assertSnapshot(of: PageSnapshot.html(page, staff: nil), as: .lines, named: language)
    }

    @Test(arguments: languages) func summaryConfirmed(language: String) {
        var page = ParticipantFixtures.familyPage(language)
        var summary = ParticipantFixtures.summary(language)
        summary.responses = [
            .init(
                kind: .comment, text: "Please add that she walks home.",
                createdAt: PageSnapshot.now.addingTimeInterval(-7200),
                answer: "Thank you, we have added it."),
            .init(kind: .confirmed, createdAt: PageSnapshot.now.addingTimeInterval(-3600)),
        ]
        summary.justSent = .confirmed
        page.summary = summary
        page.requests = nil
        assertSnapshot(of: PageSnapshot.html(page, staff: nil), as: .lines, named: language)
    }

    @Test(arguments: languages) func summaryChangedAfterConfirming(language: String) {
        var page = ParticipantFixtures.familyPage(language)
        var summary = ParticipantFixtures.summary(language)
        summary.responses = [.init(kind: .confirmed, createdAt: PageSnapshot.now.addingTimeInterval(-86_400))]
        summary.changedAt = PageSnapshot.now.addingTimeInterval(-3600)
        summary.comment = "x"
        summary.commentError = Localizer(language)(.errorSummaryComment)
        page.summary = summary
        assertSnapshot(of: PageSnapshot.html(page, staff: nil), as: .lines, named: language)
    }

    @Test(arguments: languages) func codePage(language: String) {
        let page = ParticipantCodePage(
            catalogLanguage: language, token: ParticipantFixtures.token, maskedEmail: "a•••@mail.example",
            codeSent: false)
        assertSnapshot(of: PageSnapshot.html(page, staff: nil), as: .lines, named: language)
    }

    @Test(arguments: languages) func codePageWrongCode(language: String) {
        var errors = FieldErrors()
        errors.add("code", Localizer(language)(.errorCodeWrong))
        let page = ParticipantCodePage(
            catalogLanguage: language, token: ParticipantFixtures.token, maskedEmail: "a•••@mail.example",
            codeSent: true, errors: errors, typed: "12345")
        assertSnapshot(of: PageSnapshot.html(page, staff: nil), as: .lines, named: language)
    }

    @Test(arguments: languages) func linkStopped(language: String) {
        assertSnapshot(
            of: PageSnapshot.html(LinkGonePage(catalogLanguage: language), staff: nil), as: .lines, named: language)
    }

    @Test(arguments: languages) func linkPaused(language: String) {
        assertSnapshot(
            of: PageSnapshot.html(LinkGonePage(catalogLanguage: language, paused: true), staff: nil), as: .lines,
            named: language)
    }
}

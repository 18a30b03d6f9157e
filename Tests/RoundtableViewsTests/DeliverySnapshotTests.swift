import Foundation
import RoundtableCore
import RoundtableViews
import SnapshotTesting
import Testing

/// The meeting page's "Who has been reached", with and without a mail server, and the pages
/// that hand a link over or remind people.
@Suite(.snapshots(record: snapshotRecording))
struct DeliverySnapshotTests {
    typealias M = MeetingPageSnapshotTests

    static func delivery(mailConfigured: Bool, mayAct: Bool = true) -> MeetingPage.Delivery {
        MeetingPage.Delivery(
            mailConfigured: mailConfigured,
            rows: [
                .init(
                    id: M.zoe.id, name: M.zoe.name, role: M.zoe.role, state: .noEmail, mayHandOver: true,
                    chase: .copy),
                .init(
                    id: M.mother.id, name: M.mother.name, role: M.mother.role,
                    state: mailConfigured ? .failed : .waiting, handedCount: 1, mayHandOver: true,
                    chase: mailConfigured ? .email : .copy),
                .init(id: M.father.id, name: M.father.name, role: M.father.role, state: .notContacted),
                .init(id: M.tutor.id, name: M.tutor.name, role: M.tutor.role, state: .sent),
            ], mayAct: mayAct)
    }

    static func page(_ delivery: MeetingPage.Delivery) -> MeetingPage {
        var page = M.page(
            state: .shared, flags: .init(mayChange: delivery.mayAct, mayChangePlan: true, mayPlan: true),
            run: .init(stage: .mayStart),
            sharing: .init(hasBeenShared: true, sharedAt: PageSnapshot.now.addingTimeInterval(-3_600)))
        page.delivery = delivery
        // How each person was reached is on the page of who is coming, not the task list.
        page.part = .people
        return page
    }

    @Test func sharedWithNoMailServer() {
        assertSnapshot(of: PageSnapshot.html(Self.page(Self.delivery(mailConfigured: false))), as: .lines)
    }

    @Test func sharedWithMailOneFailed() {
        assertSnapshot(of: PageSnapshot.html(Self.page(Self.delivery(mailConfigured: true))), as: .lines)
    }

    @Test func handOverLink() {
        let page = HandOverLinkPage(
            meetingID: M.meetingID,
            link: HandedLink(name: "Amira Haddad", url: "https://meet.oak.example/p/abcdefghijklmnopqrstuvwxyz012345"),
            withdrewEmail: true)
        assertSnapshot(of: PageSnapshot.html(page), as: .lines)
    }

    @Test(arguments: ["en", "es", "fr", "ar", "zh-Hans"])
    func letter(language: String) {
        let page = HandOverLetterPage(
            meetingID: M.meetingID, catalogLanguage: language, name: "Amira Haddad", schoolName: "Oak Primary",
            url: "https://meet.oak.example/p/abcdefghijklmnopqrstuvwxyz012345", when: "Tuesday 4 March 2031, 15:30")
        assertSnapshot(of: PageSnapshot.html(page, staff: nil), as: .lines, named: language)
    }

    @Test func remindResult() {
        let page = RemindResultPage(
            meetingID: M.meetingID, emailed: ["Amira Haddad"], alreadyReminded: ["Sam Okafor"],
            toCopy: [
                .init(
                    name: "Zoë Ångström", language: "en",
                    text: "Dear Zoë Ångström,\n\nWe have not heard from you yet.\n\nOak Primary")
            ])
        assertSnapshot(of: PageSnapshot.html(page), as: .lines)
    }

    @Test func shareConfirmingWithoutMail() {
        let page = SharePage(
            meetingID: M.meetingID, studentNames: ["Zoë Ångström"], mayShare: true, confirming: true,
            people: [.init(name: "Amira Haddad", role: "Mother")], mailConfigured: false)
        assertSnapshot(of: PageSnapshot.html(page), as: .lines)
    }

    @Test func staffInvitationEmailed() {
        let page = InvitationReadyPage(
            personID: StaffID(MeetingPageSnapshotTests.uuid(2)), personName: "Noor Haddad",
            personEmail: "n.haddad@larkfield.example", link: "https://meet.larkfield.example/welcome/abc123",
            expiresAt: PageSnapshot.now.addingTimeInterval(7 * 86400), onlyWorksHere: false, emailed: true)
        assertSnapshot(of: PageSnapshot.html(page), as: .lines)
    }
}

import Foundation
import RoundtableCore
import RoundtableViews

/// Amira's page for Zoë's wellbeing meeting, the fixed view models the participant snapshots start from.
enum ParticipantFixtures {
    static let token = "tok_0123456789abcdefghijKLMN"
    static let zoe = StudentID(UUID(uuidString: "00000000-0000-0000-0000-0000000000b1")!)
    static let sami = StudentID(UUID(uuidString: "00000000-0000-0000-0000-0000000000b2")!)

    static func familyPage(_ language: String) -> ParticipantMeetingPage {
        var reply = ParticipantReplyForm()
        // What the school knew is filled in for her to check.
        reply.wantsInterpreter = "yes"
        reply.interpreterLanguage = "ar"
        return ParticipantMeetingPage(
            catalogLanguage: language, token: token, schoolName: "Oak Primary", studentNames: ["Zoë"],
            meeting: .init(
                purpose: "To agree how lunchtimes can feel safer for Zoë.",
                startsAt: PageSnapshot.now.addingTimeInterval(6 * 86_400 + 6 * 3600), lengthMinutes: 40,
                format: .hybrid, spaceName: "Library meeting room", videoLink: "https://video.example/zoe",
                fallbackPlan: "We will phone you on 01234 567890.",
                groundRules: ["We listen to each other.", "We talk about what helps Zoë."], isOpen: true),
            viewerName: "Amira Haddad", invitation: invitation(language),
            people: [
                .init(name: "Zoë Haddad", role: .roleStudent),
                .init(name: "Amira Haddad", role: .roleMother, isViewer: true, interpreterLanguage: "ar"),
                .init(name: "Nadia Therapist, Children's therapy service", role: .roleAgency),
                .init(name: "Sam Okafor", role: .roleHeadOfYear),
            ],
            agenda: [
                .init(title: "How lunchtimes are going", minutes: 15),
                .init(title: "A quiet place to eat", minutes: 10, addedBy: "Amira Haddad", isNew: true),
            ],
            reply: reply,
            requests: .init(children: [.init(id: zoe, name: "Zoë"), .init(id: sami, name: "Sami")]))
    }

    /// The school wrote the invitation in English and Arabic: other languages read the English.
    static func invitation(_ language: String) -> ParticipantMeetingPage.Letter {
        language == "ar"
            ? .init(language: "ar", body: "نحن قلقون بشأن وقت الغداء.\n\nنود أن نلتقي بكم.")
            : .init(language: "en", body: "We are worried about lunchtimes.\n\nWe would like to meet you.")
    }

    static var repliedForm: ParticipantReplyForm {
        var form = ParticipantReplyForm()
        form.attendance = "coming"
        form.wantsInterpreter = "yes"
        form.interpreterLanguage = "ar"
        form.preferredMode = "in_person"
        form.note = "Thank you"
        return form
    }

    static func summary(_ language: String) -> ParticipantSummaryContent {
        let day = Date(timeIntervalSince1970: 1_797_465_600)  // a review date, kept at midnight UTC
        let summary = ParticipantSummary.build(
            purpose: "To agree how lunchtimes can feel safer for Zoë.",
            agenda: [
                RunItem(title: "How lunchtimes are going", plannedMinutes: 15, state: .done),
                RunItem(title: "Not reached", plannedMinutes: 5),
                RunItem(title: "Transport after the house move", plannedMinutes: 10, state: .parked),
            ],
            entries: [
                .init(
                    kind: .decision, label: .shared, text: "Zoë eats in the library on Tuesdays.",
                    reason: "It is quieter."),
                .init(kind: .decision, label: .staffOnly, text: "STAFF-ONLY decision"),
                .init(
                    kind: .goal, label: .shared, text: "Zoë eats lunch every day.", target: "Five days a week",
                    date: day),
                .init(
                    kind: .goal, label: .shared, text: "Zoë stays in at break.", reason: "It is too cold.", date: day,
                    imposedBy: "The school"),
                .init(
                    kind: .action, label: .shared, text: "Phone home on Friday.", owner: "Ms Staff", ownerKind: .staff,
                    date: day),
                .init(kind: .action, label: .shared, text: "Bring a packed lunch.", owner: "Amira", ownerKind: .family),
                .init(kind: .note, label: .shared, text: "Zoë likes drawing."),
            ],
            next: .planned(on: PageSnapshot.now.addingTimeInterval(30 * 86_400)))
        return ParticipantSummaryContent(
            summary: summary,
            nextSteps: language == "ar"
                ? (text: "ستتصل بكم المدرسة يوم الجمعة.", language: "ar")
                : (text: "Ms Staff will phone on Friday.", language: "en"),
            translation: language == "ar" ? "ملخص مترجم من المدرسة." : nil, responses: [],
            heldOn: PageSnapshot.now.addingTimeInterval(-86_400))
    }
}

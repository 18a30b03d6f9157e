import Foundation
import Testing

@testable import RoundtableCore

@Suite("The summary participants receive")
struct ParticipantSummaryTests {
    static let review = StudentForm.parseDate("2027-01-15")!

    static func entries() -> [RecordEntrySnapshot] {
        [
            RecordEntrySnapshot(kind: .note, label: .shared, text: "Zoë enjoys the reading club."),
            RecordEntrySnapshot(kind: .note, label: .staffOnly, text: "STAFF NOTE"),
            RecordEntrySnapshot(kind: .reflection, label: .private, text: "PRIVATE REFLECTION"),
            RecordEntrySnapshot(kind: .reflection, label: .shared, text: "MISLABELLED REFLECTION"),
            RecordEntrySnapshot(kind: .note, label: .private, text: "MISLABELLED NOTE"),
            RecordEntrySnapshot(
                kind: .decision, label: .shared, text: "Zoë joins the lunch club", reason: "She asked to"),
            RecordEntrySnapshot(kind: .decision, label: .staffOnly, text: "STAFF DECISION", reason: "STAFF REASON"),
            RecordEntrySnapshot(
                kind: .goal, label: .shared, text: "Read aloud three times a week", target: "Ticked on the card",
                owner: "Zoë and Dad", date: review),
            RecordEntrySnapshot(kind: .goal, label: .staffOnly, text: "STAFF GOAL"),
            RecordEntrySnapshot(
                kind: .action, label: .shared, text: "Send the reading card home", owner: "Ms Okafor",
                ownerKind: .staff, date: review),
            RecordEntrySnapshot(kind: .action, label: .staffOnly, text: "STAFF ACTION", owner: "SLT"),
            RecordEntrySnapshot(kind: .parked, label: .shared, text: "Transport after the house move"),
            RecordEntrySnapshot(kind: .parked, label: .staffOnly, text: "PARKED STAFF ITEM"),
            RecordEntrySnapshot(kind: .decision, label: .shared, text: "   "),
        ]
    }

    @Test("Only shared content gets in; staff-only and private never do")
    func onlyShared() {
        let agenda = [
            RunItem(title: "How the term has gone", plannedMinutes: 10, state: .done),
            RunItem(title: "Lunchtimes", plannedMinutes: 10, state: .parked),
            RunItem(title: "Reading at home", plannedMinutes: 15, state: .done),
        ]
        let summary = ParticipantSummary.build(
            purpose: " To plan Zoë's reading. ", agenda: agenda, entries: Self.entries(),
            next: .planned(on: Self.review),
            additions: ["Thank you for coming.", " "])
        #expect(summary.purpose == "To plan Zoë's reading.")
        #expect(summary.topics == ["How the term has gone", "Reading at home"])
        #expect(summary.decisions == [.init(what: "Zoë joins the lunch club", why: "She asked to")])
        #expect(
            summary.goals == [
                .init(
                    what: "Read aloud three times a week", target: "Ticked on the card", owners: "Zoë and Dad",
                    reviewDate: Self.review)
            ])
        #expect(
            summary.actions == [
                .init(what: "Send the reading card home", who: "Ms Okafor", ownerKind: .staff, due: Self.review)
            ])
        #expect(summary.additions == ["Zoë enjoys the reading club.", "Thank you for coming."])
        #expect(summary.next == .planned(on: Self.review))
        // What was set aside is kept for next time, as the ground rules promise: the parked agenda
        // item and the parked topic labelled shared (not the staff-only one).
        #expect(summary.parked == ["Lunchtimes", "Transport after the house move"])
        let everything = "\(summary)"
        for secret in ["STAFF", "PRIVATE", "MISLABELLED", "PARKED", "SLT"] {
            #expect(!everything.contains(secret), "\(secret) leaked into the summary")
        }
    }

    @Test("A goal set without agreement says so, by whom and why; an agreed one does not")
    func imposedGoals() {
        let summary = ParticipantSummary.build(
            purpose: "Review", agenda: [],
            entries: [
                RecordEntrySnapshot(
                    kind: .goal, label: .shared, text: "On time every day", reason: "attendance is below 80%",
                    owner: "Sam", imposedBy: "The head teacher"),
                RecordEntrySnapshot(
                    kind: .goal, label: .shared, text: "Read each evening", reason: "ignored", owner: "Sam"),
            ])
        #expect(summary.goals.count == 2)
        #expect(summary.goals[0].setBy == "The head teacher" && summary.goals[0].whySet == "attendance is below 80%")
        #expect(summary.goals[1].setBy == nil && summary.goals[1].whySet == nil)
    }

    @Test("Summary headings read naturally with their placeholders filled")
    func headings() {
        let english = Localizer("en")
        #expect(english(.summaryBecause, ["reason": "she asked to"]) == "Why: she asked to")
        #expect(english(.summaryWhoBy, ["who": "You", "date": "4 December"]) == "You, by 4 December")
        #expect(Localizer("es")(.summaryNextMeeting, ["date": "4 de diciembre"]).contains("4 de diciembre"))
        for language in Catalog.languages {
            let text = Localizer(language)(.summaryTitle, ["date": "X"])
            #expect(text.contains("X") && !text.contains("{"), "\(language)")
        }
    }

    @Test(
        "What the summary says about meeting again follows the follow-ups that are planned",
        arguments: [
            ([], NextMeeting.notPlanned),
            ([nil], .planned(on: nil)),
            ([nil, Date(timeIntervalSince1970: 2_000)], .planned(on: Date(timeIntervalSince1970: 2_000))),
            (
                [Date(timeIntervalSince1970: 3_000), Date(timeIntervalSince1970: 2_000)],
                .planned(on: Date(timeIntervalSince1970: 2_000))
            ),
        ] as [([Date?], NextMeeting)])
    func nextMeeting(starts: [Date?], next: NextMeeting) {
        #expect(NextMeeting.from(followUpStarts: starts) == next)
    }
}

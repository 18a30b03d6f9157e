import Foundation
import Testing

@testable import RoundtableCore

@Suite("What a follow-up carries in from earlier meetings, and who reads it")
struct CarriedInTests {
    static let mother = PersonRef.family(UUID())
    static let father = PersonRef.family(UUID())
    static let child = PersonRef.student(UUID())
    static let nurse = PersonRef.agency(UUID())
    static let teacher = PersonRef.staff(UUID())
    static let counsellor = PersonRef.staff(UUID())

    @Test("Follow-ups and reviews start from what went before; other first meetings do not")
    func applies() {
        #expect(CarriedIn.applies(to: .behaviourConcern, isFollowUp: true))
        #expect(CarriedIn.applies(to: .progressReview, isFollowUp: false))
        #expect(CarriedIn.applies(to: .supportPlanReview, isFollowUp: false))
        #expect(!CarriedIn.applies(to: .wellbeingCheckIn, isFollowUp: false))
        #expect(!CarriedIn.applies(to: .familyRequest, isFollowUp: false))
    }

    @Test(
        "Who reads a carried goal or action in this meeting",
        arguments: [
            // The same family: shared, whatever staff came.
            (
                RecordLabel.shared, [mother, child, teacher], [mother, child, counsellor], false,
                CarriedIn.Showing.shared
            ),
            // The father was not at the mother's meeting: staff only until the lead shares it.
            (.shared, [mother, child], [father, child], false, .staffOnly(.differentPeople)),
            (.shared, [mother], [mother, father], false, .staffOnly(.differentPeople)),
            (.shared, [mother, father], [mother], false, .staffOnly(.differentPeople)),
            (.shared, [mother, nurse], [mother], false, .staffOnly(.differentPeople)),
            (.shared, [mother], [mother, father], true, .shared),
            // Kept among staff at the earlier meeting: never shared from here.
            (.staffOnly, [mother], [mother], false, .staffOnly(.keptAmongStaff)),
            (.staffOnly, [mother], [mother], true, .staffOnly(.keptAmongStaff)),
            (.private, [mother], [mother], true, .hidden),
        ] as [(RecordLabel, Set<PersonRef>, Set<PersonRef>, Bool, CarriedIn.Showing)])
    func showing(
        label: RecordLabel, earlier: Set<PersonRef>, here: Set<PersonRef>, sharedHere: Bool,
        expected: CarriedIn.Showing
    ) {
        for kind in [RecordEntryKind.goal, .action] {
            #expect(
                CarriedIn.showing(kind: kind, label: label, earlier: earlier, here: here, sharedHere: sharedHere)
                    == expected)
        }
    }

    @Test("Only goals and actions are carried")
    func onlyGoalsAndActions() {
        for kind in [RecordEntryKind.note, .decision, .parked, .reflection] {
            #expect(
                CarriedIn.showing(
                    kind: kind, label: .shared, earlier: [Self.mother], here: [Self.mother], sharedHere: true)
                    == .hidden)
        }
    }

    @Test("Staff read every carried line not hidden; a family or the shared screen only shared ones")
    func mayRead() {
        let showings: [CarriedIn.Showing] = [
            .shared, .staffOnly(.differentPeople), .staffOnly(.keptAmongStaff), .hidden,
        ]
        for viewer in RecordViewer.allCases {
            for showing in showings {
                let expected = showing == .shared || (viewer.isStaff && showing != .hidden)
                #expect(CarriedIn.mayRead(viewer, showing) == expected, "\(viewer) \(showing)")
            }
        }
    }

    @Test("Only a line held back because the people differ may be shared with the later meeting")
    func mayShare() {
        #expect(CarriedIn.mayShare(.staffOnly(.differentPeople)))
        #expect(!CarriedIn.mayShare(.staffOnly(.keptAmongStaff)))
        #expect(!CarriedIn.mayShare(.shared))
        #expect(!CarriedIn.mayShare(.hidden))
    }
}

import Foundation
import Testing

@testable import RoundtableCore

@Suite("Who can read which part of a meeting record")
struct RecordVisibilityTests {
    @Test("Each kind starts with the right label and allows only its own")
    func labels() {
        let defaults: [RecordEntryKind: RecordLabel] = [
            .note: .staffOnly, .decision: .staffOnly, .goal: .shared, .action: .shared, .parked: .staffOnly,
            .reflection: .private,
        ]
        let allowed: [RecordEntryKind: [RecordLabel]] = [
            .note: [.shared, .staffOnly], .decision: [.shared, .staffOnly], .goal: [.shared, .staffOnly],
            .action: [.shared, .staffOnly], .parked: [.shared, .staffOnly], .reflection: [.private],
        ]
        for kind in RecordEntryKind.allCases {
            #expect(kind.defaultLabel == defaults[kind], "\(kind)")
            #expect(kind.allowedLabels == allowed[kind], "\(kind)")
            #expect(kind.allowedLabels.contains(kind.defaultLabel))
        }
        #expect(RecordLabel.staffOnly.rawValue == "staff_only")
        #expect(
            RecordViewer.allCases.filter(\.isParticipant) == [
                .familyMember, .restrictedFamilyMember, .student, .agency, .sharedScreen,
            ])
    }

    /// The label a kind's entry is read under, written out: anything a kind does not allow
    /// can only become tighter.
    static let effective: [RecordEntryKind: [RecordLabel: RecordLabel]] = [
        .note: [.shared: .shared, .staffOnly: .staffOnly, .private: .private],
        .decision: [.shared: .shared, .staffOnly: .staffOnly, .private: .private],
        .goal: [.shared: .shared, .staffOnly: .staffOnly, .private: .private],
        .action: [.shared: .shared, .staffOnly: .staffOnly, .private: .private],
        .parked: [.shared: .shared, .staffOnly: .staffOnly, .private: .private],
        .reflection: [.shared: .private, .staffOnly: .private, .private: .private],
    ]

    struct Row {
        var shared: Bool
        var staffOnly: Bool
        var privateAsAuthor: Bool
        var privateOtherwise: Bool
    }

    static let table: [RecordViewer: Row] = [
        .lead: Row(shared: true, staffOnly: true, privateAsAuthor: true, privateOtherwise: false),
        .staffParticipant: Row(shared: true, staffOnly: true, privateAsAuthor: true, privateOtherwise: false),
        .leader: Row(shared: true, staffOnly: true, privateAsAuthor: true, privateOtherwise: false),
        .otherStaff: Row(shared: true, staffOnly: true, privateAsAuthor: true, privateOtherwise: false),
        .familyMember: Row(shared: true, staffOnly: false, privateAsAuthor: false, privateOtherwise: false),
        .restrictedFamilyMember: Row(
            shared: false, staffOnly: false, privateAsAuthor: false, privateOtherwise: false),
        .student: Row(shared: true, staffOnly: false, privateAsAuthor: false, privateOtherwise: false),
        .agency: Row(shared: true, staffOnly: false, privateAsAuthor: false, privateOtherwise: false),
        .sharedScreen: Row(shared: true, staffOnly: false, privateAsAuthor: false, privateOtherwise: false),
    ]

    @Test("Every kind, label, viewer and authorship against the written-out table")
    func fullTable() throws {
        #expect(Set(Self.table.keys) == Set(RecordViewer.allCases))
        var checked = 0
        for kind in RecordEntryKind.allCases {
            for label in RecordLabel.allCases {
                let readAs = try #require(Self.effective[kind]?[label])
                for viewer in RecordViewer.allCases {
                    let row = try #require(Self.table[viewer])
                    for isAuthor in [false, true] {
                        let expected: Bool =
                            switch readAs {
                            case .shared: row.shared
                            case .staffOnly: row.staffOnly
                            case .private: isAuthor ? row.privateAsAuthor : row.privateOtherwise
                            }
                        let seen = RecordVisibility.canSee(viewer, kind: kind, label: label, isAuthor: isAuthor)
                        #expect(seen == expected, "\(kind) \(label) \(viewer) author: \(isAuthor)")
                        if kind.allowedLabels.contains(label) {
                            #expect(RecordVisibility.canSee(viewer, label: label, isAuthor: isAuthor) == expected)
                        }
                        checked += 1
                    }
                }
            }
        }
        #expect(checked == 6 * 3 * 9 * 2)
    }

    @Test("A reflection stays with its author even if it was stored as shared")
    func strayReflection() {
        #expect(!RecordVisibility.canSee(.sharedScreen, kind: .reflection, label: .shared, isAuthor: false))
        #expect(!RecordVisibility.canSee(.leader, kind: .reflection, label: .staffOnly, isAuthor: false))
        #expect(RecordVisibility.canSee(.lead, kind: .reflection, label: .shared, isAuthor: true))
    }

    @Test(
        "A participant's words reach the lead, invited staff and leaders; their reply's plain facts reach every viewer")
    func participantWords() {
        let readers: Set<RecordViewer> = [.lead, .staffParticipant, .leader]
        for viewer in RecordViewer.allCases {
            #expect(RecordVisibility.canReadParticipantWords(viewer) == readers.contains(viewer), "\(viewer)")
            for part in ReplyPart.allCases {
                let isFact = [ReplyPart.attendance, .interpreterLanguage, .preferredMode].contains(part)
                #expect(
                    RecordVisibility.canRead(part, viewer) == (isFact || readers.contains(viewer)),
                    "\(viewer) reading \(part)")
            }
        }
        // The case a README promise rests on: staff who were not invited learn who is coming,
        // not the times that suit a family or what would help them take part.
        #expect(RecordVisibility.canRead(.attendance, .otherStaff))
        #expect(!RecordVisibility.canRead(.suitableTimes, .otherStaff))
        #expect(!RecordVisibility.canRead(.accessNeeds, .otherStaff))
    }

    @Test("Among participants only the student reads the lines written for the student")
    func wordsForTheStudent() {
        let readers = RecordViewer.allCases.filter(RecordVisibility.canReadWordsForStudent)
        #expect(readers == [.lead, .staffParticipant, .leader, .otherStaff, .student])
        #expect(!RecordVisibility.canReadWordsForStudent(.familyMember))
        #expect(!RecordVisibility.canReadWordsForStudent(.restrictedFamilyMember))
        #expect(!RecordVisibility.canReadWordsForStudent(.agency))
        #expect(!RecordVisibility.canReadWordsForStudent(.sharedScreen))
    }
}

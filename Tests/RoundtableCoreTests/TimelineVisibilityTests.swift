import Foundation
import Testing

@testable import RoundtableCore

@Suite("What each viewer sees on a student's timeline")
struct TimelineVisibilityTests {
    /// Every viewer against every kind of event, written out. M meetings, D decisions, G goals,
    /// A actions, R requests, S summaries, X restrictions; W: a participant's own words shown.
    static let table: [RecordViewer: (kinds: String, words: Bool)] = [
        .lead: ("MDGARS", true),
        .staffParticipant: ("MDGARS", true),
        .leader: ("MDGARSX", true),
        .otherStaff: ("MDGARS", false),
        .familyMember: ("MDGA", false),
        .restrictedFamilyMember: ("", false),
        .student: ("MDGA", false),
        .agency: ("MDGA", false),
        .sharedScreen: ("", false),
    ]

    static let letters: [TimelineKind: Character] = [
        .meetings: "M", .decisions: "D", .goals: "G", .actions: "A", .requests: "R", .summaries: "S",
        .restrictions: "X",
    ]

    @Test("Every viewer, every kind, and whether their words are shown, against the written-out table")
    func table() throws {
        #expect(Set(Self.table.keys) == Set(RecordViewer.allCases))
        #expect(Set(Self.letters.keys) == Set(TimelineKind.allCases))
        for viewer in RecordViewer.allCases {
            let row = try #require(Self.table[viewer])
            for kind in TimelineKind.allCases {
                let expected = row.kinds.contains(try #require(Self.letters[kind]))
                #expect(TimelineVisibility.kinds(for: viewer).contains(kind) == expected, "\(viewer) \(kind)")
                #expect(TimelineVisibility.canSee(viewer, kind) == expected, "\(viewer) \(kind)")
            }
            #expect(TimelineVisibility.showsWords(by: .participant, to: viewer) == row.words, "\(viewer)")
            // What staff wrote travels with the event it belongs to.
            #expect(TimelineVisibility.showsWords(by: .staff, to: viewer))
        }
    }

    @Test("An entry's lines follow its label: private only to its author, staff only to staff")
    func entries() {
        for viewer in RecordViewer.allCases {
            for kind in [TimelineKind.decisions, .goals, .actions] {
                let entryKind: RecordEntryKind = kind == .decisions ? .decision : kind == .goals ? .goal : .action
                for label in RecordLabel.allCases {
                    for isAuthor in [false, true] {
                        let facts = TimelineVisibility.EntryFacts(kind: entryKind, label: label, isAuthor: isAuthor)
                        let expected =
                            TimelineVisibility.kinds(for: viewer).contains(kind)
                            && RecordVisibility.canSee(viewer, kind: entryKind, label: label, isAuthor: isAuthor)
                        #expect(TimelineVisibility.canSee(viewer, kind, entry: facts) == expected)
                    }
                }
            }
        }
        let colleaguesPrivate = TimelineVisibility.EntryFacts(kind: .decision, label: .private, isAuthor: false)
        #expect(!TimelineVisibility.canSee(.leader, .decisions, entry: colleaguesPrivate))
        #expect(!TimelineVisibility.canSee(.lead, .decisions, entry: colleaguesPrivate))
        let mine = TimelineVisibility.EntryFacts(kind: .decision, label: .private, isAuthor: true)
        #expect(TimelineVisibility.canSee(.otherStaff, .decisions, entry: mine))
        let staffOnly = TimelineVisibility.EntryFacts(kind: .goal, label: .staffOnly, isAuthor: false)
        #expect(TimelineVisibility.canSee(.otherStaff, .goals, entry: staffOnly))
        #expect(!TimelineVisibility.canSee(.familyMember, .goals, entry: staffOnly))
    }

    @Test("Restrictions are read as how the person stands to the student: leaders only")
    func restrictions() {
        #expect(TimelineVisibility.canSee(TimelineVisibility.personViewer(isLeader: true), .restrictions))
        #expect(!TimelineVisibility.canSee(TimelineVisibility.personViewer(isLeader: false), .restrictions))
    }

    @Test("The filter reads what it knows from the address and ignores the rest")
    func filter() {
        let read = TimelineFilter(query: [
            ("kind", "goals"), ("kind", "nonsense"), ("kind", "actions"), ("kind", nil), ("page", "3"), ("x", "1"),
        ])
        #expect(read == TimelineFilter(kinds: [.goals, .actions], page: 3))
        #expect(read.queryItems.compactMap { $0.1 } == ["goals", "actions", "3"])
        #expect(TimelineFilter(query: [("page", "-4")]).page == 1)
        #expect(TimelineFilter(query: [("page", "many")]).page == 1)
        #expect(TimelineFilter(query: [("page", "999999")]).page == TimelineFilter.maxPage)
        #expect(TimelineFilter().shows(.restrictions))
        #expect(!read.shows(.meetings))
        // Asking for restrictions without reach gets nothing, not everything.
        let asked = TimelineFilter(kinds: [.restrictions])
        #expect(asked.kinds(within: TimelineVisibility.kinds(for: .otherStaff)).isEmpty)
        #expect(TimelineFilter().kinds(within: [.meetings]) == [.meetings])
        #expect(TimelineFilter().queryItems.compactMap { $0.1 }.isEmpty)
    }

    @Test("A meeting shows as planned, under way, held or cancelled, from its state")
    func outcomes() {
        let expected: [MeetingState: TimelineMeetingOutcome] = [
            .draft: .planned, .shared: .planned, .ready: .planned, .inProgress: .running, .closed: .held,
            .recordShared: .held, .followedUp: .held, .cancelled: .cancelled,
        ]
        for state in MeetingState.allCases {
            #expect(TimelineMeetingOutcome(MeetingLifecycle(state)) == expected[state], "\(state)")
        }
    }
}

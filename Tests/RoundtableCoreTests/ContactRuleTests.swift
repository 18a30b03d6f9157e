import Foundation
import Testing

@testable import RoundtableCore

@Suite("Who may be contacted, and whose link may open")
struct ContactRuleTests {
    static let stop = Date(timeIntervalSince1970: 1_800_000_000)

    struct Row: Sendable, CustomTestStringConvertible {
        var name: String
        var person: ContactRule.Person
        var issuedAt: Date?
        var mayContact: Bool
        var linkOpens: Bool
        var shown: Bool
        var viewer: RecordViewer
        var testDescription: String { name }
    }

    static let rows: [Row] = [
        Row(
            name: "a parent with no restriction", person: .init(kind: .family), issuedAt: stop,
            mayContact: true, linkOpens: true, shown: true, viewer: .familyMember),
        Row(
            name: "a parent with a restriction in force",
            person: .init(kind: .family, restricted: true, stoppedAt: stop),
            issuedAt: stop.addingTimeInterval(60), mayContact: false, linkOpens: false, shown: false,
            viewer: .restrictedFamilyMember),
        Row(
            name: "a restriction lifted: a link made before it stays closed",
            person: .init(kind: .family, restricted: false, stoppedAt: stop), issuedAt: stop.addingTimeInterval(-60),
            mayContact: true, linkOpens: false, shown: true, viewer: .familyMember),
        Row(
            name: "a restriction lifted: a link made in the same instant stays closed",
            person: .init(kind: .family, restricted: false, stoppedAt: stop), issuedAt: stop,
            mayContact: true, linkOpens: false, shown: true, viewer: .familyMember),
        Row(
            name: "a restriction lifted: a link made after it opens",
            person: .init(kind: .family, restricted: false, stoppedAt: stop), issuedAt: stop.addingTimeInterval(60),
            mayContact: true, linkOpens: true, shown: true, viewer: .familyMember),
        Row(
            name: "a restriction lifted: a link of unknown age stays closed",
            person: .init(kind: .family, restricted: false, stoppedAt: stop), issuedAt: nil,
            mayContact: true, linkOpens: false, shown: true, viewer: .familyMember),
        Row(
            name: "a student", person: .init(kind: .student), issuedAt: nil, mayContact: true, linkOpens: true,
            shown: true, viewer: .student),
        Row(
            name: "an agency contact", person: .init(kind: .agency), issuedAt: stop, mayContact: true,
            linkOpens: true, shown: true, viewer: .agency),
        Row(
            name: "staff", person: .init(kind: .staff), issuedAt: stop, mayContact: true, linkOpens: true,
            shown: true, viewer: .staffParticipant),
    ]

    @Test("Each kind of person, with and without a restriction", arguments: rows)
    func table(_ row: Row) {
        #expect((ContactRule.contact(row.person) == nil) == row.mayContact)
        #expect((ContactRule.openLink(row.person, issuedAt: row.issuedAt) == nil) == row.linkOpens)
        #expect(ContactRule.shownToParticipants(row.person) == row.shown)
        #expect(ContactRule.viewer(row.person) == row.viewer)
    }

    @Test(
        "A link is handed over only to someone who holds one and may be contacted",
        arguments: [
            (ContactRule.Person(kind: .family), true),
            (ContactRule.Person(kind: .family, restricted: true, stoppedAt: stop), false),
            (ContactRule.Person(kind: .student), true),
            (ContactRule.Person(kind: .agency), true),
            (ContactRule.Person(kind: .staff), false),
        ])
    func handOver(person: ContactRule.Person, allowed: Bool) {
        #expect(ContactRule.mayHandOver(person) == allowed)
        #expect(ContactRule.holdsPersonalLink(person.kind) == (person.kind != .staff))
    }

    @Test("A restricted person reads nothing of a record, even an entry shared with everyone")
    func restrictedSeesNothing() {
        let viewer = ContactRule.viewer(.init(kind: .family, restricted: true, stoppedAt: Self.stop))
        for kind in RecordEntryKind.allCases {
            #expect(!RecordVisibility.canSee(viewer, kind: kind, label: .shared, isAuthor: false))
        }
    }

    @Test("Any stored restriction text at all is a restriction in force; none or empty is not")
    func storedRestriction() {
        #expect(ContactRule.isRestriction("Court order, 2024"))
        #expect(ContactRule.isRestriction(" "))
        #expect(!ContactRule.isRestriction(""))
        #expect(!ContactRule.isRestriction(nil))
        let restricted = ContactRule.Person.family(restriction: "Court order", stoppedAt: Self.stop)
        #expect(restricted == .init(kind: .family, restricted: true, stoppedAt: Self.stop))
        #expect(ContactRule.Person.family(restriction: nil, stoppedAt: nil) == .init(kind: .family))
    }

    @Test("A family participant without their record fails closed: nothing is sent, nothing opens, not shown")
    func familyWithoutRecord() {
        let person = ContactRule.Person.familyWithoutRecord
        #expect(ContactRule.contact(person) == .contactRestriction)
        #expect(ContactRule.openLink(person, issuedAt: Self.stop) == .contactRestriction)
        #expect(!ContactRule.shownToParticipants(person))
        #expect(ContactRule.viewer(person) == .restrictedFamilyMember)
    }

    @Test("Staff are told why, with the person's name")
    func explanation() {
        let text = ContactRule.Refusal.contactRestriction.explanation(name: "Dan Byrne")
        #expect(text.hasPrefix("Dan Byrne has a contact restriction"))
    }
}

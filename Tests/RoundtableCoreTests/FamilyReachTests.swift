import Foundation
import Testing

@testable import RoundtableCore

@Suite("What a family member's own page may show")
struct FamilyReachTests {
    static let me = UUID()
    static let school = UUID()
    static let issued = Date(timeIntervalSince1970: 1_800_000_000)
    static let viewer = FamilyReach.Viewer(familyMemberID: me, schoolID: school, contact: .init(kind: .family))

    static func meeting(
        school: UUID = school, kind: ParticipantKind = .family, member: UUID? = me, shared: Bool = true,
        linkIssuedAt: Date? = issued, ownChildren: Int = 1
    ) -> FamilyReach.Meeting {
        .init(
            schoolID: school, participantKind: kind, familyMemberID: member, shared: shared,
            linkIssuedAt: linkIssuedAt, ownChildren: ownChildren)
    }

    struct Row: Sendable, CustomTestStringConvertible {
        var name: String
        var meeting: FamilyReach.Meeting
        var listed: Bool
        var testDescription: String { name }
    }

    static let rows: [Row] = [
        Row(name: "their own shared meeting, with a link", meeting: meeting(), listed: true),
        Row(name: "another school of the trust", meeting: meeting(school: UUID()), listed: false),
        Row(name: "someone else's place in the meeting", meeting: meeting(member: UUID()), listed: false),
        Row(name: "a place that is not a family one", meeting: meeting(kind: .student), listed: false),
        Row(name: "a draft: not shared yet", meeting: meeting(shared: false), listed: false),
        Row(name: "never invited: no link was ever made", meeting: meeting(linkIssuedAt: nil), listed: false),
        Row(name: "no longer family of any child in it", meeting: meeting(ownChildren: 0), listed: false),
    ]

    @Test(arguments: rows) func listed(row: Row) {
        #expect(FamilyReach.mayList(row.meeting, for: Self.viewer) == row.listed)
    }

    @Test func aRestrictedPersonSeesNothing() {
        var viewer = Self.viewer
        viewer.contact = .init(kind: .family, restricted: true, stoppedAt: Self.issued)
        #expect(!FamilyReach.mayOpen(viewer))
        #expect(!FamilyReach.mayList(Self.meeting(), for: viewer))
        #expect(!FamilyReach.mayAskAbout(.init(schoolID: Self.school, isOwnChild: true), for: viewer))
    }

    @Test func aLinkFromBeforeALiftedRestrictionDoesNotCount() {
        var viewer = Self.viewer
        viewer.contact = .init(kind: .family, restricted: false, stoppedAt: Self.issued)
        #expect(!FamilyReach.mayList(Self.meeting(linkIssuedAt: Self.issued.addingTimeInterval(-60)), for: viewer))
        #expect(FamilyReach.mayList(Self.meeting(linkIssuedAt: Self.issued.addingTimeInterval(60)), for: viewer))
    }

    @Test func onlyFamilyHaveThePage() {
        var viewer = Self.viewer
        viewer.contact = .init(kind: .agency)
        #expect(!FamilyReach.mayOpen(viewer))
        #expect(!FamilyReach.mayList(Self.meeting(), for: viewer))
    }

    @Test func openingNeedsCurrentLinks() {
        let end = Self.issued.addingTimeInterval(86_400)
        #expect(FamilyReach.mayOpenMeeting(Self.meeting(), for: Self.viewer, linksEnd: end, now: Self.issued))
        #expect(!FamilyReach.mayOpenMeeting(Self.meeting(), for: Self.viewer, linksEnd: end, now: end))
        #expect(
            !FamilyReach.mayOpenMeeting(
                Self.meeting(linkIssuedAt: nil), for: Self.viewer, linksEnd: end, now: Self.issued))
    }

    @Test func askingIsAboutTheirOwnChildrenAtThisSchool() {
        #expect(FamilyReach.mayAskAbout(.init(schoolID: Self.school, isOwnChild: true), for: Self.viewer))
        #expect(!FamilyReach.mayAskAbout(.init(schoolID: Self.school, isOwnChild: false), for: Self.viewer))
        #expect(!FamilyReach.mayAskAbout(.init(schoolID: UUID(), isOwnChild: true), for: Self.viewer))
    }
}

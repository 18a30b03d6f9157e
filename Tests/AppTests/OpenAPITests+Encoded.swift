import Foundation
import RoundtableCore
import RoundtableViews
import Testing

@testable import App

/// Real responses leave out optional fields they have no value for; here each response type is
/// encoded with all of them, so their types are checked too.
extension OpenAPITests {
    static func check<T: Encodable>(_ value: T, against schema: String) throws {
        let found = try problems(JSONValue.parse(JSONEncoder().encode(value)), schema)
        #expect(found.isEmpty, "\(schema): \(found)")
    }

    @Test("Its schemas take what the API encodes with every optional field filled in")
    func encoded() throws {
        let supports = APIController.Supports(
            specialNeeds: true, disadvantaged: false, englishAsAdditionalLanguage: true)
        let summary = APIController.StudentSummary(
            id: UUID(), schoolId: UUID(), sourcedId: "st1", givenName: "Zoë", familyName: "Ångström",
            preferredName: "Zo", yearGroup: 7, supports: supports)
        let contact = APIController.Contact(
            email: "a@b.example", phone: "1", preferredLanguage: "ar", needsInterpreter: true,
            interpreterLanguage: "ar", preferredContact: "email", preferredMeetingMode: "video",
            accessibilityNeeds: "x")
        let family = APIController.FamilyEntry(
            id: UUID(), givenName: "A", familyName: "B", relationship: "mother", parentalResponsibility: true,
            livesWithStudent: true, restricted: false, restriction: "r", contact: contact)
        let staff = APIController.StaffEntry(id: UUID(), name: "N", jobRole: "teacher")
        let agency = APIController.AgencyEntry(
            id: UUID(), agency: "A", name: "N", role: "r", email: "e", phone: "p", consentFrom: "M",
            consentDate: "2026-11-02")
        try Self.check(supports, against: "Supports")
        try Self.check(summary, against: "StudentSummary")
        try Self.check(contact, against: "Contact")
        try Self.check(family, against: "FamilyEntry")
        try Self.check(staff, against: "StaffEntry")
        try Self.check(
            APIController.StudentPage(items: [summary], page: 1, pageSize: 50, total: 1), against: "StudentPage")
        try Self.check(
            APIController.StudentDetail(
                student: summary, dateOfBirth: "2014-03-04", homeLanguages: ["ar"], whatHelpsMe: "x", family: [family],
                staff: [staff], agencies: [agency]), against: "StudentDetail")
        try Self.check(agency, against: "AgencyEntry")
        let summaryOfMeeting = APIController.MeetingSummary(
            id: UUID(), schoolId: UUID(), type: "behaviour_concern", state: "draft", purpose: "p",
            startsAt: "2031-03-04T15:30:00Z", lengthMinutes: 40, format: "in_person", studentIds: [UUID()])
        let item = APIController.AgendaEntry(
            id: UUID(), position: 0, title: "t", minutes: 5, notes: "n", proposedBy: "School", addedAfterSharing: false)
        let person = APIController.ParticipantEntry(
            id: UUID(), kind: "family", name: "n", role: "Mother", personId: UUID(), contactRestricted: false,
            joinsAtMinute: 0, leavesAtMinute: 20)
        let guest = APIController.GuestEntry(
            id: UUID(), name: "Rosa", relationship: "Advocate", email: "r@example.org", phone: "0161 496 0000",
            joinsAtMinute: 10, leavesAtMinute: 30)
        try Self.check(guest, against: "GuestEntry")
        try Self.check(summaryOfMeeting, against: "MeetingSummary")
        try Self.check(item, against: "AgendaEntry")
        try Self.check(person, against: "ParticipantEntry")
        try Self.check(
            APIController.MeetingDetail(
                meeting: summaryOfMeeting, requestedBy: "school", urgency: "soon", videoLink: "l", fallbackPlan: "f",
                space: "s", groundRules: ["r"], agenda: [item], participants: [person], guests: [guest]),
            against: "MeetingDetail")
        try Self.check(
            APIController.StudentInput(
                schoolId: UUID(), givenName: "Zoë", familyName: "Ångström", preferredName: "Zo",
                dateOfBirth: "2014-03-04", yearGroup: 7, homeLanguages: ["sv"],
                supports: .init(specialNeeds: true, disadvantaged: nil, englishAsAdditionalLanguage: nil),
                whatHelpsMe: "x"), against: "StudentInput")
        try Self.check(
            APIController.FamilyInput(
                existingId: UUID(), givenName: "A", familyName: "B", relationship: "mother",
                parentalResponsibility: true, livesWithStudent: false, contact: .init(email: "a@b.example")),
            against: "FamilyInput")
        try Self.check(
            APIController.StaffMember(
                id: UUID(), name: "N", email: "e", role: "staff", jobRole: "teacher", schoolId: UUID(), active: true,
                invited: false), against: "StaffMember")
        try Self.check(
            APIProblem(
                type: "about:blank", title: "t", status: 422, detail: "d", code: "invalid", requestId: "r",
                errors: [.init(field: "givenName", message: "m")]),
            against: "Problem")
        let entry = APIController.RecordEntryOutput(
            id: UUID(), kind: "goal", label: "shared", agendaItemId: UUID(), text: "t", reason: "r",
            agreement: "imposed", imposedBy: "Head", measure: "measurable", target: "x", owners: "o",
            ownerKind: "staff", date: "2031-04-01", changed: 1)
        try Self.check(
            APIController.RecordOutput(
                meetingId: UUID(), state: "closed", startedAt: "2031-03-04T15:30:00Z",
                closedAt: "2031-03-04T16:10:00Z", entries: [entry]), against: "MeetingRecord")
        try Self.check(
            APIController.SummaryOutput(
                meetingId: UUID(), shared: true, purpose: "p", topics: ["t"], decisions: [.init(what: "w", why: "y")],
                goals: [.init(what: "w", target: "t", owners: "o", reviewDate: "2031-04-01", setBy: "s", whySet: "y")],
                actions: [.init(what: "w", who: "o", due: "2031-04-01")], notes: ["n"], parked: ["p"],
                nextSteps: "We will call on Friday.", followUpPlanned: true, nextMeeting: "2031-05-01T09:00:00Z"),
            against: "MeetingSummaryForParticipants")
        let answer = APIController.FeedbackAnswerOutput(
            participantId: UUID(), name: "Amira Haddad", kind: "family", role: "Mother", scale: "zero_to_ten",
            totalsOnly: false,
            scores: Dictionary(uniqueKeysWithValues: FeedbackQuestion.allCases.map { ($0.rawValue, 10) }),
            better: "b", answeredAt: "2031-03-04T16:10:00Z", updatedAt: "2031-03-05T09:00:00Z")
        try Self.check(
            APIController.FeedbackOutput(meetingId: UUID(), asked: 3, answered: 1, answers: [answer]),
            against: "MeetingFeedback")
    }

    static func raw<E: RawRepresentable & CaseIterable>(_: E.Type, but left: Set<String> = []) -> Set<String>
    where E.RawValue == String {
        Set(E.allCases.map(\.rawValue)).subtracting(left)
    }

    @Test("Its enums are the cases of the Swift enums the API encodes")
    func enums() throws {
        let checker = SchemaCheck(document: try OpenAPIContract.document())
        let entry = "MeetingRecord/properties/entries/items/properties/"
        let newMeeting = "#/paths/~1api~1v1~1students~1{studentID}~1meetings/post/requestBody/content/application~1json"
        let expected: [(String, Set<String>)] = [
            ("MeetingSummary/properties/type", Self.raw(MeetingType.self)),
            (newMeeting + "/schema/properties/type", Self.raw(MeetingType.self)),
            ("MeetingSummary/properties/state", Self.raw(MeetingState.self)),
            ("MeetingRecord/properties/state", Self.raw(MeetingState.self)),
            ("MeetingSummary/properties/format", Self.raw(MeetingFormat.self)),
            ("MeetingDetail/properties/requestedBy", Self.raw(RequestedBy.self)),
            ("MeetingDetail/properties/urgency", Self.raw(Urgency.self)),
            ("ParticipantEntry/properties/kind", Self.raw(ParticipantKind.self)),
            ("FamilyEntry/properties/relationship", Self.raw(FamilyRelationship.self)),
            ("FamilyInput/properties/relationship", Self.raw(FamilyRelationship.self)),
            ("Contact/properties/preferredContact", Self.raw(ContactChannel.self)),
            ("Contact/properties/preferredMeetingMode", Self.raw(MeetingMode.self)),
            ("StaffEntry/properties/jobRole", Self.raw(JobRole.self)),
            ("StaffMember/properties/jobRole", Self.raw(JobRole.self)),
            ("StaffMember/properties/role", Self.raw(StaffRole.self)),
            ("FeedbackAnswer/properties/kind", Self.raw(ParticipantKind.self)),
            ("FeedbackAnswer/properties/scale", Self.raw(FeedbackScale.self)),
            // Reflections, and anything labelled private, never leave the server.
            (entry + "kind", Self.raw(RecordEntryKind.self, but: ["reflection"])),
            (entry + "label", Self.raw(RecordLabel.self, but: ["private"])),
            (entry + "agreement", Self.raw(GoalAgreement.self)),
            (entry + "measure", Self.raw(GoalMeasure.self)),
            (entry + "ownerKind", Self.raw(ActionOwnerKind.self)),
        ]
        for (place, cases) in expected {
            let pointer = place.hasPrefix("#") ? place : "#/components/schemas/" + place
            guard case .array(let values)? = checker.resolve(pointer + "/enum") else {
                Issue.record("\(place) has no enum")
                continue
            }
            #expect(Set(values.compactMap(\.string)) == cases, "\(place)")
        }
        // The score keys are the questions' own keys, so a new question is documented with it.
        let scores = checker.resolve("#/components/schemas/FeedbackAnswer/properties/scores/properties")?.object
        #expect(Set((scores ?? [:]).keys) == Self.raw(FeedbackQuestion.self))
    }
}

import Fluent
import Foundation
import RoundtableCore
import RoundtableViews
import SQLKit

extension Meetings {
    /// A participant with what the planner needs to know about them.
    struct Person: Sendable {
        var participant: MeetingParticipant
        var name: String
        var needsInterpreter: String?
        var accessNeeds: String?
        var age: Int?
        var isParent: Bool
        /// For family: how they stand to the student, to say it in the reader's language.
        var relationship: FamilyRelationship? = nil
        /// What they answered from their page, if they have.
        var reply: ParticipantReply? = nil
        var voice: ParticipantVoice? = nil

        /// What `ContactRule` needs, from the family record loaded with the participant.
        var contact: ContactRule.Person { participant.loadedContactPerson }
        /// Staff pages keep a restricted person and mark them; participant pages leave them out.
        var isContactRestricted: Bool { ContactRule.contact(contact) != nil }
    }

    struct Details: Sendable {
        var people: [Person]
        /// "Who is coming", as pages that participants and the shared screen show it.
        var peopleShownToParticipants: [Person] { people.filter { ContactRule.shownToParticipants($0.contact) } }
        var agenda: [AgendaItem]
        var space: Space?
        /// Family of these students who must not be contacted and are not among the people:
        /// never invited, named as a warning.
        var restricted: [String]
    }

    static func details(of meeting: Meeting, on db: any Database, now: Date) async throws -> Details {
        let meetingID = try meeting.requireID()
        let participants = try await MeetingParticipant.query(on: db).filter(\.$meeting.$id == meetingID)
            .with(\.$student).with(\.$familyMember).with(\.$user).with(\.$agencyContact)
            .sort(\.$createdAt).all()
        let studentIDs = try await MeetingStudent.query(on: db).filter(\.$meeting.$id == meetingID).all(\.$student.$id)
        let familyLinks = try await StudentFamilyLink.query(on: db).filter(\.$student.$id ~~ studentIDs).all()
        let parents = Set(familyLinks.filter(\.hasParentalResponsibility).map(\.$familyMember.id))
        var relationships: [UUID: FamilyRelationship] = [:]
        for link in familyLinks { relationships[link.$familyMember.id] = link.relationship }
        let withoutReplies = participants.map { participant -> Person in
            switch participant.kind {
            case .student:
                let student = participant.student
                return Person(
                    participant: participant, name: student?.displayName ?? "Student", needsInterpreter: nil,
                    accessNeeds: nil, age: student?.dateOfBirth.map { age($0, at: now) }, isParent: false)
            case .family:
                let member = participant.familyMember
                return Person(
                    participant: participant, name: member?.displayName ?? "Family member",
                    needsInterpreter: member.flatMap {
                        $0.needsInterpreter ? ($0.interpreterLanguage ?? $0.preferredLanguage) : nil
                    },
                    accessNeeds: member?.accessibilityNeeds, age: nil,
                    isParent: member?.id.map(parents.contains) ?? false,
                    relationship: member?.id.flatMap { relationships[$0] })
            case .staff:
                return Person(
                    participant: participant, name: participant.user?.name ?? "Staff", needsInterpreter: nil,
                    accessNeeds: nil, age: nil, isParent: false)
            case .agency:
                let contact = participant.agencyContact
                return Person(
                    participant: participant, name: contact.map { "\($0.name), \($0.agency)" } ?? "Agency",
                    needsInterpreter: nil, accessNeeds: nil, age: nil, isParent: false)
            }
        }
        let replies = try await ParticipantReply.query(on: db)
            .filter(\.$participant.$id ~~ participants.compactMap(\.id)).all()
        let voices = try await ParticipantVoice.query(on: db)
            .filter(\.$participant.$id ~~ participants.compactMap(\.id)).all()
        let people = withoutReplies.map { person in
            var person = person
            person.reply = replies.first { $0.$participant.id == person.participant.id }
            person.voice = voices.first { $0.$participant.id == person.participant.id }
            return person
        }
        let order: [ParticipantKind] = [.student, .family, .agency, .staff]
        let agenda = try await AgendaItem.query(on: db).filter(\.$meeting.$id == meetingID).sort(\.$position).all()
        let space = try await meeting.$space.id.asyncMap { try await Space.find($0, on: db) } ?? nil
        // Restricted people already among the participants are marked in the list instead.
        let invitedFamily = Set(participants.compactMap { $0.$familyMember.id })
        let restricted = try await StudentFamilyLink.query(on: db).filter(\.$student.$id ~~ studentIDs)
            .with(\.$familyMember).all().map(\.familyMember)
            .filter { $0.isRestricted && !invitedFamily.contains($0.id ?? UUID()) }.map(\.displayName)
        return Details(
            people: people.sorted {
                (order.firstIndex(of: $0.participant.kind)!, $0.isParent ? 0 : 1)
                    < (order.firstIndex(of: $1.participant.kind)!, $1.isParent ? 0 : 1)
            },
            agenda: agenda, space: space, restricted: Array(Set(restricted)).sorted())
    }

    /// Age in whole years on `now` (the app's clock, `RoundtableContext.now`, for pages).
    static func age(_ birthday: Date, at now: Date) -> Int {
        Calendar.gregorianUTC.dateComponents([.year], from: birthday, to: now).year ?? 0
    }

    /// What the space and length checks need to know about one person who is coming.
    struct Attendee: Sendable {
        var kind: ParticipantKind
        var needsInterpreter: Bool
        var accessNeeds: String?
        var age: Int?
        /// The part of the meeting they come for; nil: all of it.
        var window: PartWindow? = nil
    }

    /// The people participants see as coming (`ContactRule.shownToParticipants`), as attendees.
    static func attendees(_ details: Details) -> [Attendee] {
        details.peopleShownToParticipants.map {
            Attendee(
                kind: $0.participant.kind, needsInterpreter: $0.needsInterpreter != nil, accessNeeds: $0.accessNeeds,
                age: $0.age)
        }
    }

    /// What the space check needs to know about this meeting: the people who are coming, so
    /// not someone with a contact restriction.
    static func spaceNeeds(_ meeting: Meeting, details: Details) -> SpaceNeeds {
        spaceNeeds(meeting, attendees: attendees(details))
    }

    static func spaceNeeds(_ meeting: Meeting, attendees: [Attendee]) -> SpaceNeeds {
        SpaceNeeds(
            peopleCount: attendees.count + attendees.filter(\.needsInterpreter).count,
            familyAttending: attendees.contains { $0.kind == .family },
            difficultConversation: meeting.type == .behaviourConcern || meeting.type == .returnToSchool
                || meeting.difficultNotes != nil,
            someoneNeedsStepFree: attendees.contains { AccessNeeds.needsStepFree($0.accessNeeds ?? "") })
    }

    static func lengthAdvice(_ meeting: Meeting, attendees: [Attendee]) -> [String] {
        let youngest = attendees.filter { $0.age != nil }.min { $0.age! < $1.age! }
        return LengthGuidance.advice(
            lengthMinutes: meeting.lengthMinutes,
            people: .init(
                youngestStudentAge: youngest?.age,
                needsInterpreter: attendees.contains(where: \.needsInterpreter),
                participantCount: attendees.count, youngestStudentWindow: youngest?.window))
    }
}

extension Meetings {
    /// Notes that someone opened the meeting, for a page that read when they last did.
    static func recordView(
        _ meetingID: UUID, by userID: UUID, on sql: any SQLDatabase, now: Date
    ) async throws {
        try await sql.insert(into: MeetingView.schema)
            .columns("id", "meeting_id", "user_id", "viewed_at")
            .values(SQLBind(UUID()), SQLBind(meetingID), SQLBind(userID), SQLBind(now))
            .onConflict(with: ["meeting_id", "user_id"]) { $0.set(excludedValueOf: "viewed_at") }
            .run()
    }
}

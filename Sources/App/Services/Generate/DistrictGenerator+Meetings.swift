import Fluent
import Foundation
import RoundtableCore
import SQLKit

extension DistrictGenerator.SchoolPlan {
    /// Everything a closed meeting leaves behind that Insight reads: the meeting, its student,
    /// who was there, the family's request, the groups at close, the summary's answer, the
    /// feedback (two answers a meeting on average) with its alerts, and the actions and goals.
    mutating func createMeetings(
        schoolID: UUID, pupils: [Pupil], staff: [UUID], now: Date, into written: inout Written, on db: any Database
    ) async throws {
        let calendar = Calendar.gregorianUTC
        let types = MeetingType.allCases
        var rows = Rows()
        for _ in 0..<meetings {
            let pupil = pupils[Int.random(in: 0..<pupils.count, using: &random)]
            let lead = staff[Int.random(in: 0..<staff.count, using: &random)]
            // A weekday afternoon in the last year, up to two days ago.
            var day = calendar.startOfDay(
                for: now.addingTimeInterval(-Double(Int.random(in: 2...365, using: &random)) * 86_400))
            while [1, 7].contains(calendar.component(.weekday, from: day)) { day.addTimeInterval(-86_400) }
            let held = day.addingTimeInterval(Double(Int.random(in: 30...34, using: &random)) * 1800)
            let type =
                pupil.groups.specialNeeds && random.chance(0.4) ? MeetingType.supportPlanReview : random.pick(types)
            let roll = Double.random(in: 0..<1, using: &random)
            let requestedBy: RequestedBy =
                roll < 0.2 ? .family : roll < 0.25 ? .student : roll < 0.28 ? .agency : .school
            let format: MeetingFormat = random.chance(0.15) ? .video : .inPerson
            let minutes = random.pick([30, 40, 45, 60])
            // Most end on time; one in eight runs ten to twenty minutes over.
            let over =
                random.chance(0.125) ? Int.random(in: 10...20, using: &random) : -Int.random(in: 0...8, using: &random)
            let shared = Double.random(in: 0..<1, using: &random)
            let sharedAt = held.addingTimeInterval(
                shared < 0.8 ? 86_400 : Double(Int.random(in: 3...12, using: &random)) * 86_400)
            let meeting = Meeting.history(
                school: schoolID, type: type, requestedBy: requestedBy, format: format, lead: lead, held: held,
                minutes: minutes, closedAt: held.addingTimeInterval(Double(minutes + over) * 60),
                sharedAt: shared < 0.95 && sharedAt < now ? sharedAt : nil)
            let meetingID = try meeting.requireID()
            rows.meetings.append(meeting)
            rows.students.add([UUID(), meetingID, pupil.id])
            rows.snapshot(meetingID, pupil, at: meeting.closedAt ?? held)
            rows.participant(meetingID, .staff, role: "Lead", user: lead, presence: .present, at: held)

            // The family: the first adult nearly always, the second sometimes.
            let invited = pupil.adults.count > 1 && random.chance(0.45) ? 2 : 1
            var parentParticipants: [(UUID, Bool)] = []
            for (position, adult) in pupil.adults.prefix(invited).enumerated() {
                let there = random.chance(0.9)
                let presence: Presence =
                    there ? random.pick([.present, .present, .present, .byVideo, .byPhone]) : .absent
                let interpreter = adult.needsInterpreter && there && random.chance(0.85) ? adult.language : nil
                let id = rows.participant(
                    meetingID, .family, role: position == 0 ? "Parent" : "Parent or carer", member: adult.id,
                    presence: presence, interpreter: interpreter, at: held)
                if there { parentParticipants.append((id, adult.needsInterpreter)) }
                if position == 0, meeting.requestedBy == .family {
                    rows.request(
                        schoolID: schoolID, studentID: pupil.id, memberID: adult.id, participantID: id,
                        meetingID: meetingID,
                        at: held.addingTimeInterval(-Double(Int.random(in: 2...25, using: &random)) * 86_400))
                }
            }
            let studentThere = random.chance(0.7)
            let studentParticipant = rows.participant(
                meetingID, .student, role: "Student", student: pupil.id, presence: studentThere ? .present : .absent,
                at: held)
            if meeting.recordSharedAt != nil, let first = parentParticipants.first, random.chance(0.6) {
                rows.summaryResponse(
                    meetingID, participantID: first.0, confirmed: random.chance(0.9),
                    at: (meeting.recordSharedAt ?? held).addingTimeInterval(86_400))
            }

            // Feedback: warm on the whole, lower where language was a barrier.
            for (position, (participantID, interpreter)) in parentParticipants.enumerated()
            where position == 0 || random.chance(0.9) {
                rows.answer(
                    meetingID, participantID, scale: .zeroToTen, base: interpreter ? 7 : 8, schoolID: schoolID,
                    lead: lead, held: held, random: &random)
            }
            if studentThere || random.chance(0.5), random.chance(0.95) {
                rows.answer(
                    meetingID, studentParticipant, scale: .faces, base: 4, schoolID: schoolID, lead: lead, held: held,
                    random: &random)
            }
            rows.followThrough(meetingID, lead: lead, held: held, now: now, random: &random)
        }
        written.meetings += rows.meetings.count
        written.answers += rows.answers.count
        written.entries += rows.entries.count
        try await rows.write(on: db)
    }
}

import Fluent
import Foundation
import RoundtableCore

/// This school year's term dates and a term of closed meetings across the school, so a leader
/// or governor opening Insight in the demo sees figures rather than "fewer than 5". Families who
/// need an interpreter rate their meetings a little lower, so the equality section has a
/// difference to say in words. Written in a few batched statements; nothing is emailed.
extension DemoSchool {
    static func createInsightHistory(
        students: [Student], lead: User, schoolID: UUID, on db: any Database, now: Date, timeZone: TimeZone
    ) async throws {
        let leadID = try lead.requireID()
        let today = SchoolDay(now, in: timeZone)
        let year = InsightPeriod.startYear(of: today)
        let terms = [
            ("Autumn term", SchoolDay(year, 9, 2), SchoolDay(year, 12, 18)),
            ("Spring term", SchoolDay(year + 1, 1, 5), SchoolDay(year + 1, 3, 26)),
            ("Summer term", SchoolDay(year + 1, 4, 13), SchoolDay(year + 1, 7, 21)),
        ]
        // The meetings sit in the term the page opens on (the latest begun), up to two days ago,
        // so the demo shows figures whatever the date; in a term's first days they crowd together.
        let opening = InsightPeriod.chosen(
            kind: .term, day: today, terms: terms.map { SchoolTerm(name: $0.0, start: $0.1, end: $0.2) })
        let latest = now.addingTimeInterval(-2 * 86_400)
        var window = now.addingTimeInterval(-80 * 86_400)..<latest
        if let days = opening?.interval(in: timeZone) {
            let lower = max(days.lowerBound, window.lowerBound)
            let upper = min(days.upperBound, latest)
            if lower < upper { window = lower..<upper }
        }
        let span = max(1, Int(window.upperBound.timeIntervalSince(window.lowerBound) / 86_400))
        for (name, start, end) in terms {
            try await SchoolTermRecord(
                school: schoolID, name: name, start: start, end: end, savedAt: now.addingTimeInterval(-120 * 86_400)
            ).create(on: db)
        }

        // Each student's first family member, with whether they need an interpreter.
        let ids = try students.map { try $0.requireID() }
        let links = try await StudentFamilyLink.query(on: db).filter(\.$student.$id ~~ ids).with(\.$familyMember).all()
        var family: [UUID: FamilyMember] = [:]
        for link in links where family[link.$student.id] == nil { family[link.$student.id] = link.familyMember }

        let calendar = Calendar.gregorianUTC
        let types: [MeetingType] = [
            .progressReview, .wellbeingCheckIn, .behaviourConcern, .progressReview, .transition,
        ]
        var meetings: [Meeting] = []
        var links2: [MeetingStudent] = []
        var participants: [MeetingParticipant] = []
        var answers: [FeedbackAnswer] = []
        for (index, student) in students.prefix(240).enumerated() {
            // A quarter have had no meeting this term (and stay "quiet" for other demos).
            guard index % 4 != 3, let studentID = student.id, let parent = family[studentID] else { continue }
            for round in 0..<(1 + index % 2) {
                // A weekday afternoon inside the window (a weekend moves back, or on if that leaves it).
                var day = calendar.startOfDay(
                    for: window.lowerBound.addingTimeInterval(Double((index * 7 + round * 29) % span) * 86_400))
                while [1, 7].contains(calendar.component(.weekday, from: day)) { day.addTimeInterval(-86_400) }
                if day < calendar.startOfDay(for: window.lowerBound) { day.addTimeInterval(2 * 86_400) }
                let held = day.addingTimeInterval(15.5 * 3600)
                // Most summaries go out the next day; some a week and more later (never after today).
                let late = held.addingTimeInterval(9 * 86_400)
                let meeting = Meeting.history(
                    school: schoolID,
                    type: student.hasSpecialNeeds && round == 0
                        ? .supportPlanReview : types[(index + round) % types.count],
                    requestedBy: index % 5 == 0 ? .family : .school, format: index % 6 == 0 ? .video : .inPerson,
                    lead: leadID, held: held, minutes: 40,
                    closedAt: held.addingTimeInterval(Double(index % 9 == 0 ? 55 : 38) * 60),
                    sharedAt: index % 6 == 0 && late < now ? late : held.addingTimeInterval(86_400))
                meetings.append(meeting)
                let meetingID = try meeting.requireID()
                links2.append(MeetingStudent(meetingID: meetingID, studentID: studentID))
                let parentThere = index % 7 != 3
                let adult = Meetings.participant(meetingID, .family, role: "Parent") {
                    $0.id = UUID()
                    $0.$familyMember.id = parent.id
                    $0.presence = parentThere ? (index % 6 == 0 ? .byVideo : .present) : .absent
                    if parent.needsInterpreter, parentThere, index % 4 != 1 {
                        $0.interpreterUsed = parent.interpreterLanguage ?? "ar"
                    }
                }
                participants.append(adult)
                participants.append(
                    Meetings.participant(meetingID, .student, role: "Student") {
                        $0.$student.id = studentID
                        $0.presence = index % 3 == 0 ? nil : .present
                    })
                guard parentThere, index % 4 != 2 else { continue }
                // A family's sense of the meeting: mostly warm, a little lower where language was a barrier.
                let base = 8 - (parent.needsInterpreter ? 2 : 0) - (index % 5 == 4 ? 1 : 0)
                let answer = FeedbackAnswer()
                answer.$meeting.id = meetingID
                answer.$participant.id = try adult.requireID()
                answer.scale = .zeroToTen
                answer.cared = min(10, base + 1)
                answer.clear = base - (parent.needsInterpreter ? 1 : 0)
                answer.kept = base
                answer.strengths = min(10, base + index % 2)
                answer.respectful = min(10, base + 1)
                answer.listened = base
                answer.spokeFreely = base - index % 2
                answer.equalPartner = base
                answer.totalsOnly = index % 11 == 0
                answer.saves = 1
                answer.createdAt = held.addingTimeInterval(86_400)
                answer.updatedAt = answer.createdAt
                answers.append(answer)
            }
        }
        try await meetings.create(on: db)
        try await links2.create(on: db)
        try await participants.create(on: db)
        try await answers.create(on: db)
    }
}

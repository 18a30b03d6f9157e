import Foundation
import Testing

@testable import RoundtableCore

@Suite("How the meeting felt: who is asked, for how long, and what raises an alert")
struct FeedbackTests {
    static let held = MeetingLifecycle(.closed)
    static let restricted = ContactRule.Person(kind: .family, restricted: true)

    @Test(
        "Asked: family, student and agency who took part, once the meeting is over; never staff, never a restricted person",
        arguments: [
            (ContactRule.Person(kind: .family), Presence?.none, MeetingState.closed, true),
            (ContactRule.Person(kind: .family), .present, .recordShared, true),
            (ContactRule.Person(kind: .family), .byPhone, .followedUp, true),
            (ContactRule.Person(kind: .student), .present, .closed, true),
            (ContactRule.Person(kind: .agency), .byVideo, .closed, true),
            (ContactRule.Person(kind: .family), .absent, .closed, false),
            (ContactRule.Person(kind: .staff), .present, .closed, false),
            (restricted, .present, .closed, false),
            (restricted, nil, .recordShared, false),
            (ContactRule.Person(kind: .family), .present, .inProgress, false),
            (ContactRule.Person(kind: .family), nil, .shared, false),
            (ContactRule.Person(kind: .family), nil, .draft, false),
            (ContactRule.Person(kind: .family), nil, .cancelled, false),
        ])
    func asked(person: ContactRule.Person, presence: Presence?, state: MeetingState, expected: Bool) {
        let participant = FeedbackRule.Participant(contact: person, presence: presence)
        #expect(FeedbackRule.isAsked(participant, meeting: MeetingLifecycle(state)) == expected)
    }

    @Test("An answer can change for seven days after it was first given, and not after; saves are limited")
    func changeable() {
        let first = Date(timeIntervalSince1970: 1_800_000_000)
        let day: TimeInterval = 86_400
        #expect(FeedbackRule.mayAnswer(firstAnsweredAt: nil, now: first))
        #expect(FeedbackRule.mayAnswer(firstAnsweredAt: first, saves: 1, now: first.addingTimeInterval(6 * day)))
        #expect(FeedbackRule.mayAnswer(firstAnsweredAt: first, saves: 1, now: first.addingTimeInterval(7 * day - 1)))
        #expect(!FeedbackRule.mayAnswer(firstAnsweredAt: first, saves: 1, now: first.addingTimeInterval(7 * day)))
        #expect(!FeedbackRule.mayAnswer(firstAnsweredAt: first, saves: 1, now: first.addingTimeInterval(30 * day)))
        #expect(!FeedbackRule.mayAnswer(firstAnsweredAt: first, saves: FeedbackRule.maxSaves, now: first))
        #expect(FeedbackRule.changeableUntil(firstAnsweredAt: first) == first.addingTimeInterval(7 * day))
    }

    @Test("Adults answer 0–10 to eight questions; a student answers four with five faces")
    func scales() {
        #expect(FeedbackScale.of(.family) == .zeroToTen && FeedbackScale.of(.agency) == .zeroToTen)
        #expect(FeedbackScale.of(.student) == .faces)
        #expect(FeedbackScale.zeroToTen.questions.count == 8)
        #expect(FeedbackScale.faces.questions.count == 4)
        #expect(FeedbackScale.faces.questions.allSatisfy { $0.childPhrase != nil })
        #expect(FeedbackScale.facePhrases.count == FeedbackScale.faces.range.count)
    }

    @Test("The form: scores on the scale, an empty form refused, a value off the scale refused, long words refused")
    func form() throws {
        let t = Localizer("en")
        let good = FeedbackForm(scores: [.listened: "7", .cared: "0", .kept: ""], better: "  Shorter  ")
        let checked = try good.check(.zeroToTen, t).get()
        #expect(checked.scores == [.listened: 7, .cared: 0])
        #expect(checked.better == "Shorter")
        guard case .failure(let empty) = FeedbackForm().check(.zeroToTen, t) else { Issue.record(); return }
        #expect(empty.errors["q_cared"] == t(.feedbackEmpty))
        guard case .failure(let childEmpty) = FeedbackForm().check(.faces, t) else { Issue.record(); return }
        #expect(childEmpty.errors["q_listened"] == t(.feedbackChildEmpty))
        guard case .failure(let off) = FeedbackForm(scores: [.clear: "11"]).check(.zeroToTen, t) else {
            Issue.record()
            return
        }
        #expect(off.errors["q_clear"] == t(.feedbackChooseAgain))
        guard case .failure(let face) = FeedbackForm(scores: [.clear: "0"]).check(.faces, t) else {
            Issue.record()
            return
        }
        #expect(face.errors["q_clear"] != nil, "faces run from 1 to 5")
        // A child's form never carries the adult-only questions.
        let child = try FeedbackForm(scores: [.listened: "4", .kept: "1"]).check(.faces, t).get()
        #expect(child.scores == [.listened: 4])
        let long = FeedbackForm(scores: [.listened: "5"], better: String(repeating: "a", count: 1001))
        guard case .failure(let tooLong) = long.check(.zeroToTen, t) else { Issue.record(); return }
        #expect(tooLong.errors["better"] != nil)
        #expect(try FeedbackForm(better: "Only words").check(.zeroToTen, t).get().scores.isEmpty)
    }

    typealias Answer = FeedbackAlerts.Answer

    @Test(
        "Alerts: a score of 5 or less, a drop of 2 or more since the last meeting, one of the two saddest faces; never for totals only",
        arguments: [
            // Low scores, at and around the threshold.
            (
                Answer(scale: .zeroToTen, scores: [.cared: 5]), Answer?.none,
                [FeedbackAlerts.Alert(.cared, .low(score: 5))]
            ),
            (Answer(scale: .zeroToTen, scores: [.cared: 6, .kept: 0]), nil, [.init(.kept, .low(score: 0))]),
            (Answer(scale: .zeroToTen, scores: [.cared: 6, .kept: 10]), nil, []),
            // A drop since the previous meeting, on the same question only.
            (
                Answer(scale: .zeroToTen, scores: [.listened: 7]), Answer(scale: .zeroToTen, scores: [.listened: 9]),
                [.init(.listened, .dropped(from: 9, to: 7))]
            ),
            (
                Answer(scale: .zeroToTen, scores: [.listened: 8]), Answer(scale: .zeroToTen, scores: [.listened: 9]),
                []
            ),
            (
                Answer(scale: .zeroToTen, scores: [.listened: 8]), Answer(scale: .zeroToTen, scores: [.clear: 10]),
                []
            ),
            // Low and dropped: said once, as low.
            (
                Answer(scale: .zeroToTen, scores: [.listened: 3]), Answer(scale: .zeroToTen, scores: [.listened: 9]),
                [.init(.listened, .low(score: 3))]
            ),
            // A child's faces: the two saddest raise one; a drop of two faces too.
            (Answer(scale: .faces, scores: [.listened: 2]), nil, [.init(.listened, .sadFace(face: 2))]),
            (Answer(scale: .faces, scores: [.listened: 1, .clear: 3]), nil, [.init(.listened, .sadFace(face: 1))]),
            (Answer(scale: .faces, scores: [.listened: 3]), nil, []),
            (
                Answer(scale: .faces, scores: [.listened: 3]), Answer(scale: .faces, scores: [.listened: 5]),
                [.init(.listened, .dropped(from: 5, to: 3))]
            ),
            // Faces are not compared with numbers.
            (Answer(scale: .faces, scores: [.listened: 3]), Answer(scale: .zeroToTen, scores: [.listened: 10]), []),
            // Counted only in the school's totals: never a named alert.
            (Answer(scale: .zeroToTen, scores: [.cared: 0], totalsOnly: true), nil, []),
            (Answer(scale: .faces, scores: [.listened: 1], totalsOnly: true), nil, []),
            (
                Answer(scale: .zeroToTen, scores: [.listened: 6], totalsOnly: true),
                Answer(scale: .zeroToTen, scores: [.listened: 10]), []
            ),
        ])
    func alerts(answer: Answer, previous: Answer?, expected: [FeedbackAlerts.Alert]) {
        #expect(FeedbackAlerts.raised(by: answer, previous: previous) == expected)
    }

    @Test("Thresholds are the school's: values passed in")
    func thresholds() {
        let strict = FeedbackAlerts.Thresholds(lowScore: 7, drop: 1, lowFace: 3)
        let answer = Answer(scale: .zeroToTen, scores: [.cared: 7, .clear: 8])
        #expect(
            FeedbackAlerts.raised(
                by: answer, previous: Answer(scale: .zeroToTen, scores: [.clear: 9]), thresholds: strict)
                == [.init(.cared, .low(score: 7)), .init(.clear, .dropped(from: 9, to: 8))])
        #expect(FeedbackAlerts.raised(by: Answer(scale: .faces, scores: [.clear: 3]), thresholds: strict).count == 1)
        #expect(FeedbackAlerts.raised(by: answer).isEmpty)
    }

    @Test("Feedback is given only once the meeting has been held")
    func lifecycle() {
        #expect(MeetingLifecycle.states(allowing: .giveFeedback) == [.closed, .recordShared, .followedUp])
    }
}

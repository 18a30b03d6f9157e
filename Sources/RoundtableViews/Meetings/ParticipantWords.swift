import Foundation
import RoundtableCore

/// What a participant wrote before the meeting: the participant's own form, the lead's meeting
/// page and the facilitator all show the same answers. A student's child version uses the same
/// fields, and a face from 1 (really hard) to 5 (great).
public struct ParticipantWords: Sendable, Equatable {
    public var goingWell: String?
    public var worries: String?
    public var hopes: String?
    public var talkAbout: String?
    public var knowBeforehand: String?
    /// 1 (really hard) to 5 (great): the child version's face.
    public var face: Int?

    public init(
        goingWell: String? = nil, worries: String? = nil, hopes: String? = nil, talkAbout: String? = nil,
        knowBeforehand: String? = nil, face: Int? = nil
    ) {
        self.goingWell = goingWell
        self.worries = worries
        self.hopes = hopes
        self.talkAbout = talkAbout
        self.knowBeforehand = knowBeforehand
        self.face = face
    }

    /// The face in words for staff ("really hard" … "great"); `nil` when none was chosen.
    var faceWords: String? {
        let words = ["", "really hard", "hard", "OK", "good", "great"]
        return face.flatMap { words.indices.contains($0) ? words[$0] : nil }
    }

    func answer(_ question: VoiceQuestion) -> String? {
        switch question {
        case .goingWell: goingWell
        case .worries: worries
        case .hopes: hopes
        case .talkAbout: talkAbout
        case .knowBeforehand: knowBeforehand
        }
    }

    /// The question as staff read it beside the answer, lower case ("going well"); a student's
    /// questions were asked in simpler words.
    static func label(_ question: VoiceQuestion, isStudent: Bool) -> String {
        switch question {
        case .goingWell: isStudent ? "what is good" : "going well"
        case .worries: isStudent ? "what is hard" : "worries"
        case .hopes: isStudent ? "what would help" : "hopes"
        case .talkAbout: "wants to talk about"
        case .knowBeforehand: "the school should know"
        }
    }
}

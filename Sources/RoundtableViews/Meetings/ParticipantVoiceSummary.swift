import Foundation
import RoundtableCore

/// A participant's own words before the meeting, as the lead reads them.
public struct ParticipantVoiceSummary: Component {
    /// What they wrote (a child may only have chosen a face).
    public struct Words: Sendable, Equatable {
        /// 1 (really hard) to 5 (great): the child version's face.
        public var face: Int?
        public var goingWell: String?
        public var worries: String?
        public var hopes: String?
        public var talkAbout: String?
        public var knowBeforehand: String?
        /// Changed since the viewer last opened the meeting.
        public var isNew: Bool

        public init(
            face: Int? = nil, goingWell: String? = nil, worries: String? = nil, hopes: String? = nil,
            talkAbout: String? = nil, knowBeforehand: String? = nil, isNew: Bool = false
        ) {
            self.face = face
            self.goingWell = goingWell
            self.worries = worries
            self.hopes = hopes
            self.talkAbout = talkAbout
            self.knowBeforehand = knowBeforehand
            self.isNew = isNew
        }
    }

    public var words: Words
    public var isStudent: Bool

    public init(words: Words, isStudent: Bool) {
        self.words = words
        self.isStudent = isStudent
    }

    static let faces = ["", "really hard", "hard", "OK", "good", "great"]

    public var body: Component {
        El("div", .class("reply")) {
            El("strong") { T("In their own words") }
            El("dl", .class("facts")) {
                if let face = words.face, isStudent {
                    El("div") {
                        El("dt") { T("School is") }
                        El("dd") { T(Self.faces[face]) }
                    }
                }
                for (key, value) in [
                    (isStudent ? "What is good" : "Going well", words.goingWell),
                    (isStudent ? "What is hard" : "Worries", words.worries),
                    (isStudent ? "What would help" : "Hopes", words.hopes),
                    ("Wants to talk about", words.talkAbout), ("The school should know", words.knowBeforehand),
                ] {
                    if let value {
                        El("div") {
                            El("dt") { T(key) }
                            El("dd", .attr("dir", "auto")) { T(value) }
                        }
                    }
                }
            }
        }
    }
}

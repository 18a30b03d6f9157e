import Foundation
import RoundtableCore

/// A participant's own words before the meeting, as the lead reads them.
public struct ParticipantVoiceSummary: Component {
    /// What they wrote (a child may only have chosen a face).
    public var words: ParticipantWords
    public var isStudent: Bool

    public init(words: ParticipantWords, isStudent: Bool) {
        self.words = words
        self.isStudent = isStudent
    }

    public var body: Component {
        El("div", .class("reply")) {
            El("strong") { T("In their own words") }
            El("dl", .class("facts")) {
                if let face = words.faceWords, isStudent {
                    El("div") {
                        El("dt") { T("School is") }
                        El("dd") { T(face) }
                    }
                }
                for question in VoiceQuestion.allCases {
                    if let value = words.answer(question) {
                        El("div") {
                            El("dt") { T(ParticipantWords.label(question, isStudent: isStudent).capitalizedFirst) }
                            El("dd", .attr("dir", "auto")) { T(value) }
                        }
                    }
                }
            }
        }
    }
}

extension String {
    /// "going well" → "Going well".
    fileprivate var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}

import RoundtableCore
import RoundtableViews

/// A participant's own words before the meeting, as the facilitator reads them (the meeting
/// page draws `ParticipantVoiceSummary` from RoundtableViews, with the same words).
struct VoiceSummary: Component {
    var voice: ParticipantVoice
    var isStudent: Bool

    static let faces = ["", "really hard", "hard", "OK", "good", "great"]

    var body: Component {
        El("div", .class("reply")) {
            El("strong") { T("In their own words") }
            El("dl", .class("facts")) {
                if let face = voice.face, isStudent {
                    El("div") {
                        El("dt") { T("School is") }
                        El("dd") { T(Self.faces[face]) }
                    }
                }
                for (key, value) in [
                    (isStudent ? "What is good" : "Going well", voice.goingWell),
                    (isStudent ? "What is hard" : "Worries", voice.worries),
                    (isStudent ? "What would help" : "Hopes", voice.hopes),
                    ("Wants to talk about", voice.talkAbout), ("The school should know", voice.knowBeforehand),
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

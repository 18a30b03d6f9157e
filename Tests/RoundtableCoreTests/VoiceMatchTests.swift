import Foundation
import Testing

@testable import RoundtableCore

@Suite("Voice answers beside the agenda")
struct VoiceMatchTests {
    @Test("Answers go beside the items they speak to")
    func matches() {
        #expect(VoiceMatch.questions(for: "Strengths and what has gone well") == [.goingWell])
        #expect(VoiceMatch.questions(for: "What happened, from each point of view") == [.worries])
        #expect(VoiceMatch.questions(for: "Who does what, and when we check in again").isEmpty)
        #expect(VoiceMatch.questions(for: "Agree next steps and a date to review") == [.hopes])
        #expect(VoiceMatch.questions(for: "What the family would like to talk about") == [.talkAbout])
    }

    @Test("What fits no item is shown at the top, so nothing is lost")
    func unplaced() {
        let titles = ["Welcome back", "Where learning is harder", "What could help"]
        #expect(VoiceMatch.unplaced(agendaTitles: titles) == [.talkAbout, .knowBeforehand])
        #expect(VoiceMatch.unplaced(agendaTitles: []) == VoiceQuestion.allCases)
    }
}

import Foundation
import Testing

@testable import RoundtableCore

@Suite("Which page a student sees, and the email code")
struct ParticipantSafeguardTests {
    @Test("Younger students get the simpler page unless the lead chose otherwise")
    func pageVersion() {
        #expect(PageVersion.forStudent(age: 9, chosen: nil) == .child)
        #expect(PageVersion.forStudent(age: 12, chosen: nil) == .child)
        #expect(PageVersion.forStudent(age: 13, chosen: nil) == .standard)
        #expect(PageVersion.forStudent(age: nil, chosen: nil) == .child)
        #expect(PageVersion.forStudent(age: 9, chosen: .standard) == .standard)
        #expect(PageVersion.forStudent(age: 15, chosen: .child) == .child)
    }

    @Test("Codes are six digits, read back however people type them")
    func codes() {
        for _ in 0..<50 {
            let code = ParticipantCode.generate()
            #expect(code.count == 7 && code.dropFirst(3).first == " ")
            #expect(ParticipantCode.normalise(code)?.count == 6)
        }
        #expect(ParticipantCode.normalise("123 456") == "123456")
        #expect(ParticipantCode.normalise(" 123-456 ") == "123456")
        #expect(ParticipantCode.normalise("١٢٣٤٥٦") == "123456")
        #expect(ParticipantCode.normalise("１２３４５６") == "123456")
        #expect(ParticipantCode.normalise("12345") == nil)
        #expect(ParticipantCode.normalise("1234567") == nil)
        #expect(ParticipantCode.normalise("12a456") == nil)
    }

    @Test("A masked address shows which inbox, not the address")
    func mask() {
        #expect(ParticipantCode.mask("amira@mail.example") == "a•••@mail.example")
        #expect(ParticipantCode.mask("broken") == "•••")
    }
}

@Suite("Limits on meeting requests from one link")
struct RequestLimitsTests {
    @Test("Up to three waiting requests, then a kind refusal that says how many")
    func open() {
        #expect(RequestLimits.check(open: 2, sentToday: 2) == nil)
        #expect(RequestLimits.check(open: 3, sentToday: 3) == .tooManyOpen(limit: 3))
        #expect(RequestLimits.check(open: 3, sentToday: 3)?.phrase == .errorRequestsOpen)
    }

    @Test("At most ten a day, even when the school answers each at once")
    func daily() {
        #expect(RequestLimits.check(open: 0, sentToday: 9) == nil)
        #expect(RequestLimits.check(open: 0, sentToday: 10) == .tooManyToday(limit: 10))
        #expect(RequestLimits.check(open: 5, sentToday: 10)?.count == 10)
    }

    @Test("Both refusals are written in every language, with the number in them")
    func worded() {
        for language in Catalog.languages {
            let t = Localizer(language)
            for phrase in [Phrase.errorRequestsOpen, .errorRequestsToday, .linkPausedTitle, .linkPausedBody] {
                #expect(!t(phrase).isEmpty && t(phrase) != phrase.rawValue)
            }
            #expect(t(.errorRequestsOpen, ["count": "3"]).contains("3"))
            #expect(t(.errorRequestsToday, ["count": "10"]).contains("10"))
        }
    }
}

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

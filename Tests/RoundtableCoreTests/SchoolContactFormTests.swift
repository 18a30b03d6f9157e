import Testing

@testable import RoundtableCore

@Suite("How families reach the school")
struct SchoolContactFormTests {
    @Test(
        "An address keeps its lines, tidied; a phone number keeps its spaces",
        arguments: [
            (
                "  1 Larkfield Road \n\n  Harbourtown   HT1 2AB ", "020 7946 0000",
                "1 Larkfield Road\nHarbourtown HT1 2AB", "020 7946 0000"
            ),
            ("", "", nil, nil),
            ("School Lane", "+44 (0)20 7946-0000", "School Lane", "+44 (0)20 7946-0000"),
        ] as [(String, String, String?, String?)])
    func accepted(address: String, phone: String, expectedAddress: String?, expectedPhone: String?) throws {
        let checked = try SchoolContactForm(address: address, phone: phone).check().get()
        #expect(checked.address == expectedAddress)
        #expect(checked.phone == expectedPhone)
    }

    @Test(
        "What is not a phone number or too long is refused with a reason",
        arguments: [
            ("", "call the office", "phone", "Enter a phone number with digits, like 020 7946 0000"),
            ("", "123", "phone", "Enter a phone number with digits, like 020 7946 0000"),
            ("", String(repeating: "1", count: 31), "phone", "Use 30 characters or fewer"),
            (String(repeating: "Road\n", count: 7), "", "address", "Use 6 lines and 300 characters or fewer"),
        ])
    func refused(address: String, phone: String, field: String, message: String) {
        guard case .failure(let box) = SchoolContactForm(address: address, phone: phone).check() else {
            Issue.record("accepted \(address) \(phone)")
            return
        }
        #expect(box.errors[field] == message)
    }

    @Test("A tel: link dials digits, with the plus of an international number")
    func dialable() {
        #expect(SchoolContactForm.dialable("+44 (0)20 7946-0000") == "+440207946 0000".filter { $0 != " " })
        #expect(SchoolContactForm.dialable("020 7946 0000") == "02079460000")
    }
}

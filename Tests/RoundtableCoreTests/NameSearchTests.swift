import Testing

@testable import RoundtableCore

@Suite("Name search")
struct NameSearchTests {
    @Test(
        "Typed plainly, names with other letters and apostrophes are found",
        arguments: [
            ("Łukasz Wiśniewski", "lukasz wisniewski"), ("Søren Ødegård", "soren odegard"), ("Zoë O'Brien", "obrien"),
            ("Zoë O'Brien", "brien"), ("Jürgen Weiß", "weiss"), ("José", "JOSE"),
        ])
    func found(name: String, typed: String) {
        let key = NameSearch.key([name])
        for term in NameSearch.terms(typed) {
            #expect(key.hasPrefix(term) || key.contains(" " + term), "\(typed) → \(key)")
        }
    }
}

import Testing
@testable import RoundtableCore
@Test func placeholder() { #expect(1 == 1) }

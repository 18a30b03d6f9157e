import Foundation
import Testing

@testable import RoundtableCore

@Suite("Dates, codes and Latin runs keep their order in right-to-left text")
struct BidiTests {
    /// Tuesday 4 March 2031, 15:30 in London.
    static let meeting = Date(timeIntervalSince1970: 1_930_404_600)
    static let london = TimeZone(identifier: "Europe/London")!

    @Test("An Arabic date: the whole in a first-strong isolate, each run of digits left to right")
    func arabicDate() {
        let t = Localizer("ar")
        let date = t.dateTime(Self.meeting, timeZone: Self.london)
        let isolated = t.isolatedDate(date)
        #expect(isolated.hasPrefix("\u{2068}") && isolated.hasSuffix("\u{2069}"))
        #expect(isolated.contains("\u{2066}4\u{2069}"))
        #expect(isolated.contains("\u{2066}2031\u{2069}"))
        #expect(isolated.contains("\u{2066}3:30\u{2069}"))
        // Nothing else changed: without the marks it is the date as written.
        let marks = CharacterSet(charactersIn: "\u{2066}\u{2068}\u{2069}")
        #expect(String(String.UnicodeScalarView(isolated.unicodeScalars.filter { !marks.contains($0) })) == date)
    }

    @Test("Other languages read the date unchanged")
    func leftToRight() {
        for language in ["en", "es", "fr", "zh-Hans"] {
            let t = Localizer(language)
            let date = t.dateTime(Self.meeting, timeZone: Self.london)
            #expect(t.isolatedDate(date) == date)
        }
    }

    @Test("Runs: a code with its space, a time, a phone number, a room; Arabic words between")
    func runs() {
        let runs = Localizer.latinRuns("الرمز 927 749، الساعة 15:30 في Room 12B أو +44 20 7946 0000.")
        #expect(
            runs.filter(\.isLatin).map(\.text) == ["927 749", "15:30", "Room 12B", "+44 20 7946 0000"])
        #expect(runs.map(\.text).joined() == "الرمز 927 749، الساعة 15:30 في Room 12B أو +44 20 7946 0000.")
        // A trailing space or full stop is not part of the run.
        #expect(Localizer.latinRuns("3:30 م").map(\.text) == ["3:30", " م"])
        #expect(Localizer.latinRuns("").isEmpty)
    }

    @Test("Date and place for an email: the Arabic comma between them, the room isolated")
    func dateAndPlace() {
        let t = Localizer("ar")
        let line = t.dateAndPlace("4 مارس", t.isolatedName("Family room"))
        #expect(line == "\u{2068}\u{2066}4\u{2069} مارس\u{2069}، \u{2068}Family room\u{2069}")
        #expect(Localizer("en").dateAndPlace("4 March", "Family room") == "4 March, Family room")
        #expect(t.dateAndPlace(nil, "Family room") == nil)
        #expect(t.comma == "، ")
    }
}

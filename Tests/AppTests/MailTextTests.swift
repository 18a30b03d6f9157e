import Foundation
import RoundtableCore
import RoundtableViews
import Testing

@testable import App

/// Texts that leave Roundtable in an email: names in headers, links, and what is kept after
/// sending. Found by reading the email snapshots.
@Suite struct MailTextTests {
    @Test func aNameWithACommaIsOneAddress() {
        #expect(
            MailMessage.displayName("Nadia Rahman, Educational psychology service")
                == #""Nadia Rahman, Educational psychology service""#)
        #expect(MailMessage.displayName("Amina Patel") == "Amina Patel")
        #expect(MailMessage.displayName("Zoë").hasPrefix("=?utf-8?B?"))
        #expect(MailMessage.displayName(#"A\B, C"#) == #""A\\B, C""#)
    }

    @Test func aLinkWithAQueryKeepsItsQuestionMark() throws {
        let meeting = MeetingID(UUID(uuidString: "00000000-0000-0000-0000-000000000001")!)
        let url = try #require(URL(string: "https://school.example/roundtable/"))
        #expect(
            url.address(of: .meeting(meeting, .summary(language: "es")))
                == "https://school.example/roundtable/meetings/00000000-0000-0000-0000-000000000001/summary?language=es"
        )
    }

    @Test func aTokenCutByAFoldIsStillHiddenInTheKeptCalendar() {
        // A long public address puts the fold inside the token.
        let token = String(repeating: "Ab3_", count: 8)
        let line = "DESCRIPTION:https://school-address.example.org/rt/p/\(token)"
        let calendar = "BEGIN:VCALENDAR\r\n" + CalendarFile.refold([line]) + "\r\nEND:VCALENDAR\r\n"
        #expect(!calendar.contains(token), "the fold must fall inside the token for this test to mean anything")
        let kept = MailMessage.redactCalendarLinks(calendar)
        #expect(!CalendarFile.unfold(kept).joined().contains("Ab3_"))
        #expect(CalendarFile.unfold(kept).contains { $0.hasSuffix("/p/[sent]") })
        #expect(kept.hasSuffix("END:VCALENDAR\r\n"))
    }
}

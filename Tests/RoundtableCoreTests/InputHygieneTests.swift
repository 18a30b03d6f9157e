import Foundation
import Testing

@testable import RoundtableCore

/// A name typed or imported with a line break in it would start a new email header or a new
/// calendar property wherever it is written out.
let injectedName = "Ann\r\nBcc: evil@example.org"

@Suite("One-line fields")
struct SingleLineTests {
    @Test(
        "Line breaks and tabs become one space; other control characters are dropped",
        arguments: [
            (injectedName, "Ann Bcc: evil@example.org"),
            ("Ann\rLee", "Ann Lee"),
            ("Ann\nLee", "Ann Lee"),
            ("Ann\u{2028}Lee\u{2029}", "Ann Lee"),
            ("Ann\u{85}Lee", "Ann Lee"),
            ("Ann\u{0B}\u{0C}Lee", "Ann Lee"),
            ("\tAnn \t Lee  ", "Ann Lee"),
            ("A\u{0}n\u{7}n\u{1B}[31m", "Ann[31m"),
            ("Ann\u{7F}\u{80}\u{9F}", "Ann"),
            ("Zoë Ångström", "Zoë Ångström"),
            ("ليلى الحسيني", "ليلى الحسيني"),
        ])
    func cleaned(raw: String, expected: String) {
        #expect(SingleLine.clean(raw) == expected)
        #expect(TextInput.clean(raw) == expected)
        #expect(Text.clean(raw) == expected)
    }

    @Test("Bidi controls are kept: they are shown isolated instead")
    func bidiKept() {
        #expect(SingleLine.clean("Ann\u{202E}eeL\u{202C}") == "Ann\u{202E}eeL\u{202C}")
        #expect(SingleLine.clean("\u{2067}Ann\u{2069}") == "\u{2067}Ann\u{2069}")
    }

    @Test("No control scalar survives, whatever is typed")
    func noControls() {
        let everything = String(String.UnicodeScalarView((0...0xA0).compactMap(Unicode.Scalar.init)))
        let cleaned = SingleLine.clean(everything + "\u{2028}\u{2029}" + injectedName)
        #expect(!cleaned.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
        #expect(!cleaned.unicodeScalars.contains { $0 == "\u{2028}" || $0 == "\u{2029}" })
    }

    @Test("Names on the family and student forms are stored on one line")
    func forms() throws {
        var family = NewFamilyMemberForm()
        family.givenName = injectedName
        family.familyName = "Lee\u{0}"
        family.link.relationship = FamilyRelationship.allCases.first!.rawValue
        family.link.parentalResponsibility = "yes"
        family.link.livesWith = "yes"
        family.contact.phone = "07700 900001\r\nX"
        family.contact.preferredContact = "phone"
        family.contact.preferredMeetingMode = MeetingMode.allCases.first!.rawValue
        let checked = try family.check().get()
        #expect(checked.givenName == "Ann Bcc: evil@example.org")
        #expect(checked.familyName == "Lee")
        #expect(checked.contact.phone == "07700 900001 X")

        var student = StudentForm()
        student.givenName = injectedName
        student.familyName = "Lee"
        student.yearGroup = "7"
        #expect(try student.check(today: Date()).get().givenName == "Ann Bcc: evil@example.org")
    }

    @Test("An email address with a control character in it is refused")
    func emailControls() {
        #expect(EmailAddress("ann\u{0}@oak.example") == nil)
        #expect(EmailAddress("ann@oak.example\r\nBcc: evil@example.org") == nil)
        #expect(EmailAddress("ann@oak.example") != nil)
    }
}

@Suite("Calendar files keep every value on its own line")
struct CalendarInjectionTests {
    static func event(name: String) -> CalendarFile {
        CalendarFile(
            method: .request, uid: "meeting-1@roundtable", sequence: 0, start: Date(timeIntervalSince1970: 0),
            lengthMinutes: 30, title: "Meeting\r\nBCC:evil@example.org", location: "Room 1\r\nBCC:evil@example.org",
            description: "Line one\r\nLine two\nLine three\rLine four\u{2028}end\u{0}\u{1B}",
            organizerEmail: "meetings@oak.example", organizerName: name, attendeeEmail: "a@mail.example",
            attendeeName: name, stamp: Date(timeIntervalSince1970: 0))
    }

    @Test("A line break in a name, title or place adds no property")
    func noInjectedProperty() {
        let text = Self.event(name: injectedName).text
        let unfolded = text.replacingOccurrences(of: "\r\n ", with: "")
        let lines = unfolded.components(separatedBy: "\r\n")
        #expect(!lines.contains { $0.uppercased().hasPrefix("BCC") })
        // Only CRLF ends a line: no bare CR or LF anywhere.
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").unicodeScalars.contains { $0 == "\r" || $0 == "\n" })
        #expect(unfolded.contains("ATTENDEE;CN=\"Ann Bcc: evil@example.org\";"))
        #expect(unfolded.contains("SUMMARY:Meeting\\nBCC:evil@example.org\r\n"))
    }

    @Test("Each line break in a text becomes one \\n; other control characters go")
    func escapes() {
        #expect(
            CalendarFile.escape("Line one\r\nLine two\nLine three\rLine four\u{2028}end\u{0}\u{1B}")
                == "Line one\\nLine two\\nLine three\\nLine four\\nend")
        #expect(CalendarFile.escape("a\\b;c,d") == "a\\\\b\\;c\\,d")
    }

    @Test("Folding stays within 75 octets and never splits a character")
    func folding() {
        let long = String(repeating: "ü\r\n😀,", count: 60)
        let text = Self.event(name: long).text
        for line in text.components(separatedBy: "\r\n") {
            #expect(line.utf8.count <= 75)
            #expect(String(validating: Array(line.utf8), as: UTF8.self) != nil)
        }
    }
}

@Suite("Roster names")
struct RosterHygieneTests {
    @Test("A quoted roster name with a line break is read onto one line")
    func rosterName() throws {
        let users = """
            sourcedId,status,dateLastModified,enabledUser,orgSourcedIds,role,username,userIds,givenName,familyName,middleName,identifier,email,sms,phone,agentSourcedIds,grades,password
            p1,active,,true,s1,parent,,,"Ann\r\nBcc: evil@example.org","Lee\u{0}",,,ann@mail.example,,,,,

            """
        let url = try RosterReaderTests.folder(["orgs.csv": RosterReaderTests.orgs, "users.csv": users])
        let roster = try OneRosterReader.read(folder: url)
        let ann = try #require(roster.people.first { $0.sourcedID == "p1" })
        #expect(ann.givenName == "Ann Bcc: evil@example.org")
        #expect(ann.familyName == "Lee")
    }
}

@Suite("Where sign-in may return to")
struct ReturnPathTests {
    @Test(
        "Paths on this site are accepted",
        arguments: [
            "/", "/students", "/students?q=ann&year=7", "/meetings/3F2504E0-4F89-11D3-9A0C-0305E82C3301/plan",
            "/students?q=J%C3%BCrgen", "/staff#invite", "/p/abc..def",
        ])
    func safe(path: String) {
        #expect(ReturnPath.isSafe(path))
    }

    @Test(
        "Known ways to reach another site are refused",
        arguments: [
            "//evil.example", "/\\evil.example", "/%09/evil.example", "/\t/evil.example", "/%2F/evil.example",
            "/%2f/evil.example", "/%5Cevil.example", "/%5cevil.example", "\t/evil", "\\\\evil.example",
            "https://evil.example", "http:evil.example", "javascript:alert(1)", "///evil.example",
            "/.%2e/evil", "/../evil", "/./evil", "/%2e%2e/evil", " /evil", "/evil\r\nSet-Cookie: x=1",
            "/%0d%0aSet-Cookie:x", "/ /evil", "/%20/evil", "/%252F/evil.example", "/x\\y", "/x%5Cy", "evil.example",
            "", "/\u{00A0}/evil", "/\u{3000}x", "/\u{202E}x", "/%E2%80%AE", "/%ZZ", "/%",
            "/" + String(repeating: "a", count: 600),
        ])
    func unsafe(path: String) {
        #expect(!ReturnPath.isSafe(path))
    }
}

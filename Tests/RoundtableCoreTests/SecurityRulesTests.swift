import Foundation
import Testing

@testable import RoundtableCore

@Suite("Passwords")
struct PasswordPolicyTests {
    @Test(
        "Long passphrases are accepted",
        arguments: [
            "Calm-Harbour-Lantern-42", "purple elephants dance slowly", "Tê com leite e açúcar 1987", "我的密码很长很长的一句话啊",
            String(repeating: "abcdefghij", count: 20),
        ])
    func accepted(password: String) {
        #expect(PasswordPolicy.check(password) == nil)
    }

    @Test("Empty, short and over-long passwords are refused with a way to fix it")
    func lengths() {
        #expect(PasswordPolicy.check("") == .empty)
        #expect(PasswordPolicy.check("Sh0rt-pass!") == .tooShort)
        #expect(PasswordPolicy.check(String(repeating: "x1y2z3", count: 40)) == .tooLong)
        #expect(PasswordPolicy.Problem.tooShort.message.contains("12"))
    }

    @Test(
        "Common long passwords are refused whatever their case",
        arguments: [
            "password1234", "Password1234", "PASSWORD1234!", "qwertyuiop123", "iloveyou1234", "Welcome12345",
            "correcthorsebatterystaple",
        ])
    func common(password: String) {
        #expect(PasswordPolicy.check(password) == .common)
    }

    @Test(
        "Repeated and sequential characters are refused",
        arguments: [
            "aaaaaaaaaaaaaa", "abababababab", "abcabcabcabcabc", "121212121212", "abcdefghijklmnop", "987654321098",
        ])
    func repetitive(password: String) {
        #expect(PasswordPolicy.check(password) == .common)
    }

    @Test(
        "Common passwords are refused with the usual decorations: digits, years, symbols, look-alikes, typed twice",
        arguments: [
            "Password123!", "Welcome2026!", "Passw0rd!Passw0rd!", "P@ssw0rd2026", "!!Sunshine2025", "M0nk3y12345!",
            "football 1987!", "Dragon!Dragon!", "1l0veyou2026", "$uperman1999",
        ])
    func decorated(password: String) {
        #expect(PasswordPolicy.check(password) == .common)
        #expect(PasswordPolicy.Problem.common.message.contains("list of ones people often use"))
    }

    @Test("The shipped list holds at least 10,000 common passwords")
    func shippedList() {
        #expect(CommonPasswords.shipped.count >= 10_000)
        #expect(CommonPasswords.shipped.contains("password"))
    }

    @Test(
        "Passphrases stay accepted, including the fixtures', CI's and the demo's",
        arguments: [
            "Lantern-Harbour-Meadow-7", "Calm-Harbour-Lantern-42", "quiet otters borrow maps",
            "Kestrel-Umber-Quill-Dune-58",
        ])
    func passphrases(password: String) {
        #expect(PasswordPolicy.check(password) == nil)
        #expect(CommonPasswords.contains(PasswordPolicy.fold(password)) == false)
    }

    @Test("Every passphrase the demo can make is accepted")
    func demoPassphrases() {
        // The demo's words, as in DemoCommand.passphrase: no single word is a whole password.
        let words = [
            "amber", "birch", "cobalt", "dune", "ember", "fern", "glade", "harbour", "indigo", "juniper", "kestrel",
            "lantern", "meadow", "nutmeg", "orchard", "pebble", "quill", "river", "saffron", "thistle", "umber",
            "violet", "willow", "yarrow",
        ]
        for word in words {
            #expect(PasswordPolicy.check("\(word)-\(word)-\(word)-\(word)-10") == nil, "\(word)")
        }
    }

    @Test("A password holding the person's name, email or school is refused")
    func personal() {
        let personal = PasswordPolicy.Personal(
            names: ["Priya Sharma"], emails: ["p.sharma@oak.example"], organisations: ["Oak Primary", "Oak Trust"])
        #expect(PasswordPolicy.check("PriyaSharma2026", personal: personal) == .containsPersonalDetail)
        #expect(
            PasswordPolicy.check("Priya likes quiet harbour mornings", personal: personal) == .containsPersonalDetail)
        #expect(
            PasswordPolicy.check("quiet harbour mornings with SHARMA", personal: personal) == .containsPersonalDetail)
        #expect(PasswordPolicy.check("Pr1ya-walks-the-long-way", personal: personal) == .containsPersonalDetail)
        #expect(PasswordPolicy.check("oak-primary-rocks-forever", personal: personal) == .containsPersonalDetail)
        #expect(PasswordPolicy.check("psharma-long-enough-now", personal: personal) == .containsPersonalDetail)
        #expect(PasswordPolicy.check("quiet otters borrow maps", personal: personal) == nil)
        // Parts of a school's name alone are ordinary words; two letters are too short to count.
        #expect(
            PasswordPolicy.check(
                "Lantern-Harbour-Meadow-7", personal: .init(names: ["Al Li"], organisations: ["Harbour Primary"]))
                == nil)
        #expect(PasswordPolicy.Problem.containsPersonalDetail.message.contains("your name"))
    }
}

@Suite("Sign-in throttling")
struct SignInThrottleTests {
    @Test("The first four mistakes cost nothing; the fifth starts a 30-second wait that doubles")
    func accountDelays() {
        #expect((1...4).map { SignInThrottle.delay(afterFailures: $0) } == [0, 0, 0, 0])
        #expect(SignInThrottle.delay(afterFailures: 5) == 30)
        #expect(SignInThrottle.delay(afterFailures: 6) == 60)
        #expect(SignInThrottle.delay(afterFailures: 7) == 120)
    }

    @Test("The wait never grows beyond fifteen minutes")
    func ceiling() {
        #expect(SignInThrottle.delay(afterFailures: 12) == 15 * 60)
        #expect(SignInThrottle.delay(afterFailures: 500) == 15 * 60)
    }

    @Test("A shared school address gets more room before it has to wait")
    func addressScope() {
        #expect(SignInThrottle.delay(afterFailures: 19, scope: .address) == 0)
        #expect(SignInThrottle.delay(afterFailures: 20, scope: .address) == 30)
    }

    @Test("The table a database statement uses gives the same waits as the rule, count by count")
    func schedule() {
        for scope in [SignInThrottle.Scope.account, .address] {
            let (steps, ceiling) = SignInThrottle.schedule(scope: scope)
            #expect(steps.first?.failures == scope.freeFailures)
            #expect(ceiling == SignInThrottle.maximumDelay)
            for failures in 1...(scope.freeFailures + 40) {
                let fromTable =
                    failures < scope.freeFailures
                    ? 0 : steps.first { $0.failures == failures }?.delay ?? ceiling
                #expect(fromTable == SignInThrottle.delay(afterFailures: failures, scope: scope))
            }
        }
    }

    @Test("Old failures are forgotten after an hour")
    func window() {
        let now = Date()
        #expect(SignInThrottle.effectiveFailures(7, lastFailure: now.addingTimeInterval(-120), now: now) == 7)
        #expect(SignInThrottle.effectiveFailures(7, lastFailure: now.addingTimeInterval(-3601), now: now) == 0)
        #expect(SignInThrottle.effectiveFailures(7, lastFailure: nil, now: now) == 0)
    }

    @Test("Waits are described in words, rounded up")
    func describe() {
        #expect(SignInThrottle.describe(0.2) == "1 second")
        #expect(SignInThrottle.describe(30) == "30 seconds")
        #expect(SignInThrottle.describe(61) == "2 minutes")
        #expect(SignInThrottle.describe(60) == "1 minute")
    }
}

@Suite("Session timeouts")
struct SessionPolicyTests {
    let policy = SessionPolicy(idleTimeout: 30 * 60, absoluteTimeout: 12 * 3600)
    let start = Date(timeIntervalSince1970: 1_800_000_000)

    @Test("A session ends after thirty idle minutes")
    func idle() {
        #expect(policy.isValid(createdAt: start, lastSeenAt: start, now: start.addingTimeInterval(29 * 60)))
        #expect(!policy.isValid(createdAt: start, lastSeenAt: start, now: start.addingTimeInterval(30 * 60)))
    }

    @Test("A busy session still ends after the working day")
    func absolute() {
        let late = start.addingTimeInterval(12 * 3600)
        #expect(!policy.isValid(createdAt: start, lastSeenAt: late.addingTimeInterval(-1), now: late))
    }

    @Test("Activity is written back at most once a minute")
    func touch() {
        #expect(!policy.needsTouch(lastSeenAt: start, now: start.addingTimeInterval(59)))
        #expect(policy.needsTouch(lastSeenAt: start, now: start.addingTimeInterval(60)))
    }
}

@Suite("Secrets and codes")
struct SecretsTests {
    @Test("Comparison is exact, including length")
    func equality() {
        #expect(Secrets.constantTimeEquals("abc", "abc"))
        #expect(!Secrets.constantTimeEquals("abc", "abd"))
        #expect(!Secrets.constantTimeEquals("abc", "abcd"))
        #expect(!Secrets.constantTimeEquals("", "a"))
        #expect(Secrets.constantTimeEquals("", ""))
    }

    @Test("Tokens carry 256 random bits and are safe in a URL")
    func tokens() {
        let tokens = (0..<200).map { _ in Secrets.randomToken() }
        #expect(Set(tokens).count == 200)
        for token in tokens {
            #expect(token.count == 43)
            #expect(token.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" })
        }
    }

    @Test("Setup codes are easy to copy, and typing them loosely still matches")
    func humanCodes() {
        let code = Secrets.humanCode()
        #expect(code.count == 14)
        #expect(code.split(separator: "-").count == 3)
        #expect(Secrets.normaliseCode(" \(code.replacingOccurrences(of: "-", with: " ")) ") == code.filter(\.isNumber))
    }
}

@Suite("Email addresses")
struct EmailAddressTests {
    @Test("Addresses are stored trimmed and lower-cased")
    func normalised() {
        #expect(EmailAddress("  Priya.Sharma@Oak.Example ")?.value == "priya.sharma@oak.example")
    }

    @Test(
        "Typing slips are caught",
        arguments: [
            "priya", "priya@", "@oak.example", "priya@oak", "pri ya@oak.example", "priya@@oak.example",
            "priya@oak..example",
        ])
    func invalid(raw: String) {
        #expect(EmailAddress(raw) == nil)
    }

    @Test(
        "Unusual real addresses are accepted",
        arguments: ["o'neil@school.ie", "a+meetings@oak.example", "x@sub.domain.school.uk"])
    func valid(raw: String) {
        #expect(EmailAddress(raw) != nil)
    }
}

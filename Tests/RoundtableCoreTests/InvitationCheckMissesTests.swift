import Foundation
import Testing

@testable import RoundtableCore

/// What real use found the check missed (issue 13), one row each: every row failed before
/// the fix. Each letter is short and asks about one thing, so a row names only the question
/// at stake: whether the check must raise it or must be satisfied.
@Suite("The invitation check: what it used to miss")
struct InvitationCheckMissesTests {
    struct Miss: CustomTestStringConvertible, Sendable {
        var name: String
        var text: String
        var facts = InvitationCheckMissesTests.facts
        var raises: Set<InvitationCheck.Question> = []
        var answers: Set<InvitationCheck.Question> = []
        var testDescription: String { name }
    }

    /// Omar's meeting with Mrs Okoro, as the invitation page passes it: the child's first name
    /// is among the people's names, and is also named as the child.
    static let facts = InvitationCheck.Facts(
        isConcern: false, isBehaviour: false, format: .inPerson, peopleWords: ["Omar", "Grace", "Okoro"],
        childNames: ["Omar"])

    static let misses: [Miss] = [
        Miss(
            name: "the child's first name does not say who will be there",
            text: "Dear Ms Haddad, we would like to meet to talk about how Omar is getting on.", raises: [.who]),
        Miss(
            name: "a member of staff by surname says who will be there",
            text: "Dear Ms Haddad, we would like to meet with Omar and Okoro's team.", answers: [.who]),
        Miss(
            name: "a letter with no sign-off asks who it is from",
            text: "Dear Ms Haddad, we would like to meet about Omar's reading.", raises: [.from]),
        Miss(
            name: "a sign-off with a name says who it is from",
            text: "Dear Ms Haddad, we would like to meet about Omar's reading.\n\nKind regards,\nGrace Okoro",
            answers: [.from]),
        Miss(
            name: "“my name is” says who it is from",
            text: "My name is Grace Okoro and I am Omar's head of year.", answers: [.from]),
        Miss(name: "“a 15-minute meeting” says how long", text: "It is a 15-minute meeting.", answers: [.length]),
        Miss(name: "“15 minutes” says how long", text: "It will take 15 minutes.", answers: [.length]),
        Miss(name: "“half an hour” says how long", text: "It will take half an hour.", answers: [.length]),
        Miss(name: "“an hour” says how long", text: "It will take about an hour.", answers: [.length]),
        Miss(name: "“6pm to 8pm” says how long", text: "We meet on Monday from 6pm to 8pm.", answers: [.length]),
        Miss(name: "“4:30–5:15” says how long", text: "We meet on Monday, 4:30–5:15.", answers: [.length]),
        Miss(name: "“Years 7 to 9” is not a length", text: "For families in Years 7 to 9.", raises: [.length]),
        Miss(name: "“not an emergency” says how urgent", text: "This is not an emergency.", answers: [.urgency]),
        Miss(name: "“nothing urgent” says how urgent", text: "It is nothing urgent.", answers: [.urgency]),
        Miss(name: "“no need to worry” says how urgent", text: "There is no need to worry.", answers: [.urgency]),
        Miss(
            name: "“a routine meeting we hold with every family” sets the tone",
            text: "This is a routine meeting we hold with every family.", answers: [.tone]),
        Miss(
            name: "“no need to worry” is not a concern",
            text: "There is no need to worry. We meet every family each term.",
            facts: InvitationCheck.Facts(isConcern: true, isBehaviour: false, format: .inPerson), raises: [.tone]),
        Miss(
            name: "“tell us how she feels” asks for their view", text: "Please tell us how she feels.",
            answers: [.voice]),
        Miss(
            name: "“we would like to hear what you think” asks for their view",
            text: "We would like to hear what you think.", answers: [.voice]),
        Miss(name: "“your views” asks for their view", text: "Your views matter to us.", answers: [.voice]),
        Miss(
            name: "a bracketed gap left in the draft is unfinished",
            text: "We see a lot that is good in Omar, such as [write one thing Omar does well].", raises: [.unfinished]),
    ]

    @Test("Each miss is now read", arguments: misses)
    func miss(_ item: Miss) {
        let report = InvitationCheck.check(item.text, language: "en", facts: item.facts)
        let raised = Set(report.findings.map(\.question))
        #expect(item.raises.isSubset(of: raised), "\(report.findings.map(\.message))")
        #expect(item.answers.isDisjoint(with: raised), "\(report.findings.map(\.message))")
    }

    @Test("Every word that labels or blames the child is flagged, each with a kinder way to say it")
    func everyLabel() {
        let text = """
            Omar has been disruptive and defiant in class, and his attitude is unacceptable. His defiance, \
            disrupting lessons and bad attitude worry us.
            """
        let blame = InvitationCheck.check(text, language: "en", facts: Self.facts).findings.filter {
            $0.question == .blame
        }
        for word in ["disruptive", "defiant", "attitude", "unacceptable"] {
            #expect(blame.contains { $0.message.hasPrefix("“\(word)”") }, "\(blame.map(\.message))")
        }
        #expect(blame.count == 4)
        #expect(blame.allSatisfy { $0.message.contains("for example") })
        for word in ["defiance", "disrupting", "bad attitude"] {
            let one = InvitationCheck.check("Omar's \(word) worries us.", language: "en", facts: Self.facts)
            #expect(one.findings.contains { $0.question == .blame && $0.message.contains(word) }, "\(word)")
        }
        let praise = InvitationCheck.check("Omar has a great attitude to reading.", language: "en", facts: Self.facts)
        #expect(!praise.has(.blame))
    }

    @Test("Short sentences are never told to be shorter, and the numbers read right")
    func readability() {
        let short = Readability.of(
            "Dear family. Important information. Educational meeting. Unfortunately.", language: "en")
        #expect(short.level != .easy)
        #expect(!short.summary.contains("Shorter sentences"))
        #expect(short.summary.contains("Sentences have about 2 words."))
        #expect(short.summary.contains("everyday"))
        #expect(Readability.of("Hello.", language: "en").summary.contains("about 1 word."))
        let long = Readability.of(
            "We would like to invite you to a meeting at the school on Tuesday afternoon so that together we can consider the support arrangements currently available to your child and agree what happens next.",
            language: "en")
        #expect(long.summary.contains("Shorter sentences") || long.summary.contains("shorter sentences"))
        #expect(Readability.of("我们想和您见面。", language: "zh-Hans").summary.contains("characters"))
    }

    @Test("The first draft greets the family, starts from a strength and is signed by the lead")
    func draft() {
        var plan = InvitationDraft.Plan(
            purpose: "We would like to meet about how Omar is settling in.", studentName: "Omar",
            startsAt: Date(timeIntervalSince1970: 1_797_465_600), lengthMinutes: 30, format: .inPerson,
            placeName: "The library", fallbackPlan: nil, urgency: .routine, isConcern: false,
            people: ["Grace Okoro, head of year"], timeZone: TimeZone(identifier: "Europe/London")!,
            from: "Grace Okoro\nHead of year")
        let text = InvitationDraft.english(plan)
        #expect(text.hasPrefix("Dear family,\n\n"))
        #expect(InvitationGreeting.opens(text))
        #expect(text.contains("We see a lot that is good in Omar, such as [write one thing Omar does well]."))
        #expect(text.hasSuffix("Best wishes,\nGrace Okoro\nHead of year"))
        let report = InvitationCheck.check(text, language: "en", facts: Self.facts)
        // Only the gap the lead fills is left.
        #expect(report.findings.map(\.question) == [.unfinished], "\(report.findings.map(\.message))")
        plan.strengths = "how kindly he helps younger children"
        let filled = InvitationCheck.check(InvitationDraft.english(plan), language: "en", facts: Self.facts)
        #expect(filled.findings.isEmpty, "\(filled.findings.map(\.message))")
    }

    @Test("A concern meeting's first draft says kindly that it is about a concern, once")
    func concernDraft() {
        var plan = InvitationDraft.Plan(
            purpose: "We would like to talk about how Omar is getting on at lunchtimes.", studentName: "Omar",
            startsAt: Date(timeIntervalSince1970: 1_797_465_600), lengthMinutes: 30, format: .inPerson,
            placeName: "The library", fallbackPlan: nil, urgency: .routine, isConcern: true,
            people: ["Grace Okoro, head of year"], timeZone: TimeZone(identifier: "Europe/London")!,
            from: "Grace Okoro\nHead of year")
        plan.strengths = "how kindly he helps younger children"
        let concernFacts = InvitationCheck.Facts(
            isConcern: true, isBehaviour: false, format: .inPerson, peopleWords: ["Grace", "Okoro"])
        let text = InvitationDraft.english(plan)
        #expect(text.contains("we have a concern about how things are going for Omar"))
        let report = InvitationCheck.check(text, language: "en", facts: concernFacts)
        #expect(!report.findings.contains { $0.question == .tone }, "\(report.findings.map(\.message))")
        // A purpose that already names the worry is not told twice.
        plan.purpose = "We are a little worried about how Omar is getting on at lunchtimes."
        #expect(!InvitationDraft.english(plan).contains("we have a concern"))
        // "No need to worry" is reassurance, not a concern.
        plan.purpose = "There is no need to worry: we would like to talk about lunchtimes."
        #expect(InvitationDraft.english(plan).contains("we have a concern"))
        plan.isConcern = false
        #expect(!InvitationDraft.english(plan).contains("we have a concern"))
    }

    @Test(
        "A letter's own greeting is found in every catalog language, so the page greets once",
        arguments: [
            "Dear family,", "Hello Amira,", "Hi,", "Estimada familia:", "Hola,", "Bonjour,", "Chère famille,",
            "أعزائي أفراد العائلة،", "عزيزتي أميرة،", "家长您好：", "尊敬的家长：",
        ])
    func greeting(_ opening: String) {
        #expect(InvitationGreeting.opens(opening + "\n\nWe would like to meet."))
    }

    @Test("A letter that starts with its message gets the page's greeting")
    func noGreeting() {
        for text in ["We are worried about lunchtimes.", "Hier, Zoë a eu une journée difficile.", "我们想和您见面。"] {
            #expect(!InvitationGreeting.opens(text))
        }
    }
}

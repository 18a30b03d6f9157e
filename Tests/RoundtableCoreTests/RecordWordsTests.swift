import Foundation
import Testing

@testable import RoundtableCore

@Suite("Question prompts and school jargon")
struct RecordWordsTests {
    @Test("Every kind of question has a name, a reason and five to seven prompts")
    func bank() {
        for category in QuestionCategory.allCases {
            #expect(!category.label.isEmpty && !category.explanation.isEmpty)
            #expect((5...7).contains(category.prompts.count), "\(category)")
            #expect(category.prompts.allSatisfy { $0.hasSuffix("?") })
            #expect(Set(category.prompts).count == category.prompts.count)
        }
        #expect(QuestionCategory.problemAsProblem.rawValue == "problem_as_problem")
    }

    @Test(
        "Agenda titles suggest the questions likely to help",
        arguments: [
            ("Worries about lunchtimes", [QuestionCategory.problemAsProblem, .circular]),
            ("Concerns from the family", [.problemAsProblem, .circular]),
            ("Behaviour in maths", [.problemAsProblem, .circular]),
            ("Behavior on the bus", [.problemAsProblem, .circular]),
            ("Goals for next term", [.goalSetting]),
            ("Plan for Year 7", [.goalSetting]),
            ("Reading targets", [.goalSetting]),
            ("A plan for the worries at breaktime", [.problemAsProblem, .circular, .goalSetting]),
            ("How the term has gone", [.orienting, .circular]),
            ("Welcome and introductions", [.orienting, .circular]),
            ("", [.orienting, .circular]),
            ("Stepdad joining meetings", [.orienting, .circular]),
        ])
    func suggested(_ title: String, _ expected: [QuestionCategory]) {
        #expect(QuestionBank.suggested(for: title) == expected)
    }

    @Test("Jargon is found as whole words, acronyms only in capitals, each once, in reading order")
    func hits() {
        let text = "The SENCO and the TA will check the EHCP. The TAs say SALT helps; please pass the salt."
        #expect(Jargon.hits(in: text).map(\.term) == ["SENCO", "TA", "EHCP", "SALT"])
        #expect(Jargon.hits(in: "SEND support, not SEN").map(\.term) == ["SEND", "SEN"])
        #expect(Jargon.hits(in: "Our Sendco and the 504 Plan").map(\.term) == ["SENDCo", "504 plan"])
        #expect(Jargon.hits(in: "Your Senco will call; the SENCo agrees").map(\.term) == ["SENCo"])
        #expect(Jargon.hits(in: "step, stepped, KS2s, KS20, otter, Tapas").map(\.term) == ["KS2"])
        #expect(Jargon.hits(in: "Nothing here").isEmpty)
        let custom = [JargonEntry("Thrive", "a way of helping children with their feelings")]
        #expect(Jargon.hits(in: "She loves the thrive room and TA time", list: custom).map(\.term) == ["Thrive"])
    }

    @Test("Every default term has a plain meaning and no duplicates")
    func defaults() throws {
        let terms = Jargon.defaultList.map(\.term)
        #expect(Set(terms).count == terms.count)
        for required in ["SENCO", "SENDCo", "EHCP", "IEP", "CAMHS", "KS1", "KS4", "SALT", "504 plan"] {
            #expect(terms.contains(required), "\(required)")
        }
        #expect(Jargon.defaultList.allSatisfy { !$0.plain.isEmpty && !$0.plain.contains("=") })
        #expect(try Jargon.parse(text: Jargon.text(for: Jargon.defaultList)).get() == Jargon.defaultList)
    }

    @Test("A school's list is read line by line, with each bad line named")
    func parse() throws {
        let good = try Jargon.parse(lines: [
            "# our words", "", " Thrive = a way of helping with feelings ", "PP=pupil premium",
        ])
        .get()
        #expect(good == [JargonEntry("Thrive", "a way of helping with feelings"), JargonEntry("PP", "pupil premium")])
        let result = Jargon.parse(lines: ["EHCP a plan", "= nothing", "IEP =", "IEP = a plan", "IEP = again"])
        guard case .failure(let failure) = result else {
            Issue.record("expected errors")
            return
        }
        #expect(failure.errors.map(\.line) == [1, 2, 3, 5])
        #expect(failure.errors[0].message.contains("="))
        #expect(failure.errors[3].message.contains("already"))
    }
}

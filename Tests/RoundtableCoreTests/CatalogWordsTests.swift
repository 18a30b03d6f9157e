import Foundation
import Testing

@testable import RoundtableCore

@Suite("Catalog words: right to left, the child's informal you, the review list")
struct CatalogWordsTests {
    @Test("Arabic isolates codes left to right and names by their first letter; other languages are untouched")
    func isolation() {
        let ar = Localizer("ar")
        #expect(ar.isolated("927 749") == "\u{2066}927 749\u{2069}")
        #expect(ar.isolatedName("Northfield") == "\u{2068}Northfield\u{2069}")
        #expect(ar.isolated("") == "")
        #expect(Localizer("en").isolated("927 749") == "927 749")
        #expect(Localizer("fr").isolatedName("Northfield") == "Northfield")
        // The code email keeps the code whole, in its own isolate.
        let body = ar(.codeEmailBody, ["code": ar.isolated("927 749"), "school": ar.isolatedName("Northfield")])
        #expect(body.contains("\u{2066}927 749\u{2069}"))
    }

    @Test("Lists take the language's own comma")
    func lists() {
        #expect(Localizer("ar").list(["العربية", "الفرنسية"]) == "العربية، الفرنسية")
        #expect(Localizer("zh-Hans").list(["法语", "阿拉伯语"]) == "法语、阿拉伯语")
        #expect(Localizer("en").list(["Arabic", "French"]) == "Arabic, French")
    }

    @Test("The owner labels of the school's form are translated; a typed name is kept")
    func owners() {
        #expect(Localizer("fr").owner("The family") == "La famille")
        #expect(Localizer("ar").owner(" the family ") == "العائلة")
        #expect(Localizer("zh-Hans").owner("The student") == "学生")
        #expect(Localizer("es").owner("Someone at school") == "Alguien del colegio")
        #expect(Localizer("fr").owner("Ms Okafor") == "Ms Okafor")
    }

    @Test(
        "The student's page says tu, tú, 你 and أنت; the family's stays polite",
        arguments: ["es", "fr", "zh-Hans", "ar"])
    func informal(_ language: String) throws {
        let overrides = try #require(Catalog.informal[language])
        let polite = Localizer(language)
        let child = Localizer(language, informal: true)
        for (phrase, text) in overrides {
            #expect(child(phrase) == text)
            #expect(polite(phrase) == Catalog.tables()[language]?[phrase])
        }
        #expect(child(.you) != polite(.you))
        // Same placeholders as English, as for every catalog text.
        for (phrase, text) in overrides {
            #expect(Self.placeholders(text) == Self.placeholders(Catalog.english[phrase] ?? ""), "\(phrase)")
        }
    }

    @Test("The two reply questions read differently in every language", arguments: Catalog.languages)
    func distinctQuestions(_ language: String) {
        let t = Localizer(language)
        #expect(t(.replyMode) != t(.replyContribution))
        #expect(!t(.replyContribution).hasPrefix(t(.replyMode).dropLast()))
    }

    @Test("The review list names every phrase of every language under review, with its English")
    func reviewList() {
        let list = Catalog.reviewList()
        for language in Catalog.needsReview {
            #expect(list.contains("## \(Catalog.nativeName(language)) (\(language))"))
        }
        #expect(!list.contains("(en)"))
        let rows = list.split(separator: "\n").filter { $0.hasPrefix("| ") && !$0.hasPrefix("| | Key") }
        #expect(rows.count == Phrase.allCases.count * Catalog.needsReview.count)
        #expect(list.contains("| ⚑ Asks how the person will join (in person, video call or phone). | `reply.mode` |"))
        #expect(list.contains("`reply.interpreter_no` | No | 不需要 |"))
        // A multi-line email body stays on one table row.
        #expect(list.contains("`code.email_body` | Your code is {code} ⏎  ⏎ Type it"))
    }

    // docs/TRANSLATION-REVIEW.md is not compared with the list here: every new phrase would
    // then fail the build of whoever adds it. The README says how to make it again.

    static func placeholders(_ text: String) -> Set<String> {
        var names = Set<String>()
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            names.insert(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return names
    }
}

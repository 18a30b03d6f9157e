import Foundation
import RoundtableCore
import RoundtableViews
import Testing

/// Staff ask for an interpreter in the same spoken languages the family can choose on their
/// own page: Mandarin and Cantonese, not the written "Simplified Chinese".
@Suite("The interpreter languages staff can choose")
struct InterpreterLanguageTests {
    static func interpreterSelect(_ form: FamilyContactForm) -> String {
        var html = ""
        FamilyContactFields(form: form, errors: FieldErrors(), mayChangeRestriction: true, fromRoster: false)
            .render(into: &html)
        let start = html.range(of: #"name="interpreter_language""#)!.lowerBound
        return String(html[start...]).components(separatedBy: "</select>")[0]
    }

    @Test("Mandarin and Cantonese are offered, Simplified Chinese is not")
    func spokenChinese() {
        var form = FamilyContactForm()
        form.preferredLanguage = "zh-Hans"
        let select = Self.interpreterSelect(form)
        #expect(select.contains(#"<option value="cmn">Chinese (Mandarin)</option>"#))
        #expect(select.contains(#"<option value="yue">Cantonese</option>"#))
        #expect(!select.contains(#"value="zh-Hans""#))
        // The language they read is still offered as written Chinese in its own list.
        var html = ""
        FamilyContactFields(form: form, errors: FieldErrors(), mayChangeRestriction: true, fromRoster: false)
            .render(into: &html)
        #expect(html.contains(#"<option value="zh-Hans" selected>"#))
    }

    @Test("A row saved before with Simplified Chinese still shows it, chosen, by its name")
    func storedValueKept() {
        var form = FamilyContactForm()
        form.needsInterpreter = "yes"
        form.interpreterLanguage = "zh-Hans"
        let select = Self.interpreterSelect(form)
        #expect(select.contains(#"<option value="zh-Hans" selected>Chinese, Simplified</option>"#))
        #expect(select.contains(#"<option value="cmn">Chinese (Mandarin)</option>"#))
    }
}

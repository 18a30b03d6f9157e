import Foundation
import RoundtableCore

public enum LanguageName {
    /// "ar" → "Arabic", "zh-Hans" → "Chinese (Simplified)", for English-speaking staff.
    public static func of(_ code: String) -> String { of(code, in: Locale(identifier: "en_GB")) }

    public static func of(_ code: String, in locale: Locale) -> String {
        locale.localizedString(forIdentifier: code) ?? code
    }

    /// The languages a form offers, by name: the usual list, plus any code already on the
    /// record (so nothing stored is lost by saving the form).
    public static func options(
        keeping kept: [String], in locale: Locale = Locale(identifier: "en_GB")
    ) -> [(
        value: String, label: String
    )] {
        var codes = FamilyContactForm.languages
        for code in kept where !code.isEmpty && !codes.contains(code) { codes.append(code) }
        return codes.map { ($0, of($0, in: locale)) }.sorted { $0.label < $1.label }
    }

    /// The languages an interpreter can be asked for. An interpreter interprets speech, so
    /// Chinese is offered as the spoken Mandarin and Cantonese, not as a script ("zh-Hans").
    public static func interpreterOptions(
        keeping kept: [String], in locale: Locale = Locale(identifier: "en_GB")
    ) -> [(value: String, label: String)] {
        var codes = FamilyContactForm.languages.flatMap { $0 == "zh-Hans" ? ["cmn", "yue"] : [$0] }
        for code in kept where !code.isEmpty && !codes.contains(code) { codes.append(code) }
        return codes.map { ($0, $0 == "cmn" ? mandarin(in: locale) : of($0, in: locale)) }
            .sorted { $0.label < $1.label }
    }

    /// Foundation names "cmn" plain "Chinese"; beside Cantonese the choice must say Mandarin.
    static func mandarin(in locale: Locale) -> String {
        switch locale.language.languageCode?.identifier {
        case "ar": "الصينية (الماندرين)"
        case "es": "chino mandarín"
        case "fr": "chinois mandarin"
        case "zh": "普通话"
        default: "Chinese (Mandarin)"
        }
    }
}

import Foundation

/// Every fixed text a participant (a family member, a student, an agency) reads, in each
/// language Roundtable speaks. Staff pages are English; what the school writes (purpose,
/// agenda items) is shown as the school wrote it.
///
/// Translations other than English were written with care but not yet read by a native
/// speaker of each language: `Catalog.needsReview` says so, and the README asks schools to
/// send corrections.
public enum Catalog {
    public static let languages = ["en", "es", "fr", "ar", "zh-Hans"]
    /// Shows every catalog string marked, so a string that does not go through the catalog
    /// stands out on the page (`?language=qps`).
    public static let pseudoLocale = "qps"
    public static let needsReview: Set<String> = ["es", "fr", "ar", "zh-Hans"]

    public static func tables() -> [String: [Phrase: String]] { allTables }

    /// Each language's main table with the family page's words (`Catalog+Family.swift`).
    fileprivate static let allTables: [String: [Phrase: String]] = [
        "en": english.merging(familyEnglish) { main, _ in main }.merging(schoolTextsEnglish) { main, _ in main }
            .merging(feedbackEnglish) { main, _ in main },
        "es": spanish.merging(familySpanish) { main, _ in main }.merging(schoolTextsSpanish) { main, _ in main }
            .merging(feedbackSpanish) { main, _ in main },
        "fr": french.merging(familyFrench) { main, _ in main }.merging(schoolTextsFrench) { main, _ in main }
            .merging(feedbackFrench) { main, _ in main },
        "ar": arabic.merging(familyArabic) { main, _ in main }.merging(schoolTextsArabic) { main, _ in main }
            .merging(feedbackArabic) { main, _ in main },
        "zh-Hans": chinese.merging(familyChinese) { main, _ in main }.merging(schoolTextsChinese) { main, _ in main }
            .merging(feedbackChinese) { main, _ in main },
    ]

    /// The language to show: the one chosen on this link, else the person's own, else English.
    public static func resolve(chosen: String?, preferred: String?) -> String {
        for candidate in [chosen, preferred].compactMap({ $0 }) {
            if candidate == pseudoLocale || languages.contains(candidate) { return candidate }
            // "zh", "zh-CN" and "zh-Hans-CN" read Simplified Chinese; "es-MX" reads Spanish.
            let base = candidate.split(separator: "-").first.map(String.init) ?? candidate
            if base == "zh" { return "zh-Hans" }
            if languages.contains(base) { return base }
        }
        return "en"
    }

    public static func isRightToLeft(_ language: String) -> Bool { language == "ar" }

    /// The language's own name, for the language switcher.
    public static func nativeName(_ language: String) -> String {
        switch language {
        case "en": "English"
        case "es": "Español"
        case "fr": "Français"
        case "ar": "العربية"
        case "zh-Hans": "简体中文"
        default: language
        }
    }
}

/// Translates `Phrase`s for one language, with `{name}` placeholders filled in.
public struct Localizer: Sendable {
    public let language: String
    private let table: [Phrase: String]

    /// `informal`: the student's own page, which says "tu", "tú", "你", "أنت" (`Catalog.informal`).
    public init(_ language: String, informal: Bool = false) {
        self.language = language
        var table = Catalog.tables()[language] ?? Catalog.tables()["en"] ?? [:]
        if informal, let overrides = Catalog.informal[language] {
            table.merge(overrides) { _, informal in informal }
        }
        self.table = table
    }

    public func callAsFunction(_ phrase: Phrase, _ values: [String: String] = [:]) -> String {
        var text = table[phrase] ?? Catalog.allTables["en"]?[phrase] ?? phrase.rawValue
        for (key, value) in values { text = text.replacingOccurrences(of: "{\(key)}", with: value) }
        if language == Catalog.pseudoLocale { return "⟦" + Self.pseudo(text) + "⟧" }
        return text
    }

    public var isRightToLeft: Bool { Catalog.isRightToLeft(language) }

    /// "5 minutes", with each language's plural: Arabic has its own forms for one, two, three
    /// to ten, and eleven or more.
    public func minutes(_ count: Int) -> String {
        let text: String
        switch language {
        case "ar":
            text =
                count == 1
                ? "دقيقة واحدة"
                : count == 2 ? "دقيقتان" : (3...10).contains(count) ? "\(count) دقائق" : "\(count) دقيقة"
        case "es": text = count == 1 ? "1 minuto" : "\(count) minutos"
        case "fr": text = count <= 1 ? "\(count) minute" : "\(count) minutes"
        case "zh-Hans": text = "\(count)分钟"
        case Catalog.pseudoLocale: return "⟦" + Self.pseudo("\(count) minutes") + "⟧"
        default: text = count == 1 ? "1 minute" : "\(count) minutes"
        }
        return text
    }

    /// The locale for dates and numbers: Arabic with Western digits, as most families in
    /// our schools read them.
    public var locale: Locale {
        switch language {
        case "ar": Locale(identifier: "ar@numbers=latn")
        case "zh-Hans": Locale(identifier: "zh-Hans-CN")
        case "es": Locale(identifier: "es-ES")
        case "fr": Locale(identifier: "fr-FR")
        default: Locale(identifier: "en-GB")
        }
    }

    public func dateTime(_ date: Date, timeZone: TimeZone) -> String {
        date.formatted(Date.FormatStyle(date: .complete, time: .shortened, locale: locale, timeZone: timeZone))
    }

    /// A time of day ("16:20", "4:20 pm"), as the reader's language writes it.
    public func time(_ date: Date, timeZone: TimeZone) -> String {
        date.formatted(Date.FormatStyle(date: .omitted, time: .shortened, locale: locale, timeZone: timeZone))
    }

    /// A day without a time ("3 December 2026"), for dates kept as days (review, due).
    public func day(_ date: Date, timeZone: TimeZone) -> String {
        date.formatted(Date.FormatStyle(date: .long, time: .omitted, locale: locale, timeZone: timeZone))
    }

    static func pseudo(_ text: String) -> String {
        let map: [Character: Character] = [
            "a": "á", "e": "é", "i": "í", "o": "ó", "u": "ú", "A": "Á", "E": "É", "I": "Í", "O": "Ó", "U": "Ú",
        ]
        return String(text.map { map[$0] ?? $0 })
    }
}

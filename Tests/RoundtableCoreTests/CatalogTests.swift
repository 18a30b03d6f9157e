import Foundation
import Testing

@testable import RoundtableCore

@Suite("The participant message catalogs")
struct CatalogTests {
    @Test("Every phrase has a text in every language", arguments: Catalog.languages)
    func complete(_ language: String) throws {
        let table = try #require(Catalog.tables()[language])
        let missing = Phrase.allCases.filter { table[$0] == nil || table[$0]!.isEmpty }
        #expect(missing.isEmpty, "\(language) lacks \(missing.map(\.rawValue))")
    }

    @Test("Placeholders match English in every language", arguments: Catalog.languages)
    func placeholders(_ language: String) throws {
        let table = try #require(Catalog.tables()[language])
        func names(_ text: String) -> Set<String> {
            Set(text.matches(of: /\{([a-z]+)\}/).map { String($0.1) })
        }
        for phrase in Phrase.allCases {
            #expect(
                names(table[phrase] ?? "") == names(Catalog.tables()["en"]?[phrase] ?? ""),
                "\(language) \(phrase.rawValue)")
        }
    }

    @Test("The language shown: the chosen one, else the person's own, else English")
    func resolve() {
        #expect(Catalog.resolve(chosen: nil, preferred: "ar") == "ar")
        #expect(Catalog.resolve(chosen: "fr", preferred: "ar") == "fr")
        #expect(Catalog.resolve(chosen: nil, preferred: "zh-CN") == "zh-Hans")
        #expect(Catalog.resolve(chosen: nil, preferred: "es-MX") == "es")
        #expect(Catalog.resolve(chosen: "xx", preferred: "so") == "en")
        #expect(Catalog.resolve(chosen: "qps", preferred: nil) == "qps")
    }

    @Test("Minutes take each language's plural, Arabic's four forms included")
    func minutes() {
        let arabic = Localizer("ar")
        #expect(arabic.minutes(1) == "دقيقة واحدة")
        #expect(arabic.minutes(2) == "دقيقتان")
        #expect(arabic.minutes(5) == "5 دقائق")
        #expect(arabic.minutes(10) == "10 دقائق")
        #expect(arabic.minutes(40) == "40 دقيقة")
        #expect(Localizer("en").minutes(1) == "1 minute")
        #expect(Localizer("en").minutes(5) == "5 minutes")
        #expect(Localizer("es").minutes(1) == "1 minuto")
        #expect(Localizer("fr").minutes(1) == "1 minute")
        #expect(Localizer("zh-Hans").minutes(5) == "5分钟")
        #expect(Localizer("qps").minutes(5).hasPrefix("⟦"))
    }

    @Test("Placeholders are filled; the pseudo-locale marks every catalog string")
    func localizer() {
        let arabic = Localizer("ar")
        #expect(arabic(.aboutMinutes, ["minutes": arabic.minutes(40)]) == "40 دقيقة تقريبًا")
        #expect(arabic.isRightToLeft)
        let pseudo = Localizer("qps")
        #expect(pseudo(.agendaNew) == "⟦Néw⟧")
        #expect(Localizer("es")(.pageTitle, ["names": "Zoë"]) == "Reunión sobre Zoë")
    }
}

import Foundation
import RoundtableCore

/// Words the school wrote (purpose, ground rules, directions, the call's fallback, an agenda
/// item), drawn in their own language and direction inside the page's. When the reader's
/// language has none and the English original shows, a short note in the reader's language
/// says the school wrote this part in English.
struct SchoolTextView: Component {
    var t: Localizer
    var text: String
    /// The language the words are in; nil when unknown (a participant's own words).
    var language: String?
    var tag = "p"
    var classes: String? = nil

    var body: any Component {
        ComponentGroup {
            El(tag, attributes: (classes.map { [.class($0)] } ?? []) + Self.attributes(language)) { T(text) }
            SchoolTextNote(t: t, languages: [language])
        }
    }

    /// `lang` when known, and `dir="auto"`: an English text in an Arabic page reads left to right.
    static func attributes(_ language: String?) -> [Attr] {
        (language.map { [.attr("lang", $0)] } ?? []) + [.attr("dir", "auto")]
    }
}

/// "The school wrote this part in English.", under school words shown in English on a page in
/// another language; for a list, whether all or some of its lines are in English.
struct SchoolTextNote: Component {
    var t: Localizer
    /// The language of each school text it stands for (nil: not the school's words).
    var languages: [String?]
    var all: Phrase = .writtenInEnglish
    var some: Phrase = .writtenInEnglish

    var body: any Component {
        let own = languages.compactMap { $0 }
        let english = own.filter { $0 == "en" }.count
        if t.language != "en" && english > 0 {
            El("p", .class("hint school-text-note")) { T(t(english == own.count ? all : some)) }
        }
    }
}

import Foundation
import RoundtableCore

/// One tab per language a staff page writes in (the letter, the school's texts), the current
/// one marked, and the languages with nothing written yet said so.
struct LanguageTabs: Component {
    var languages: [String]
    var current: String
    var written: Set<String>
    var route: (String) -> SiteRoute

    var body: Component {
        El("nav", .class("tabs"), .aria("label", "Languages")) {
            El("ul") {
                for code in languages {
                    El("li") {
                        El(
                            "a",
                            attributes: [.href(route(code))] + (code == current ? [.aria("current", "page")] : [])
                        ) {
                            T(LanguageName.of(code))
                            T(written.contains(code) ? "" : " (not written yet)")
                        }
                    }
                }
            }
        }
    }
}

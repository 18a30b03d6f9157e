import RoundtableCore

/// A link that no longer works: a kind word and what to do, nothing about the meeting. In the
/// browser's language when we speak it.
public struct LinkGonePage: HTMLPage, Sendable, Equatable {
    /// The catalog language (from the browser's Accept-Language).
    public var catalogLanguage: String
    /// Paused after many wrong links from this address, rather than gone.
    public var paused: Bool

    public init(catalogLanguage: String, paused: Bool = false) {
        self.catalogLanguage = catalogLanguage
        self.paused = paused
    }

    private var t: Localizer { Localizer(catalogLanguage) }

    public var title: String { t(paused ? .linkPausedTitle : .linkGoneTitle) }
    public var language: String { catalogLanguage == Catalog.pseudoLocale ? "en" : catalogLanguage }
    public var isForParticipants: Bool { true }
    public var skipLinkText: String { t(.skipToContent) }
    public var footerText: String { t(.footer) }

    public func content() -> Component {
        ComponentGroup {
            PageHeading(text: title)
            El("p", .class("lead")) { T(t(paused ? .linkPausedBody : .linkGoneBody)) }
        }
    }
}

import RoundtableCore

/// A page's own part: its title and main content. The shell around it (header,
/// navigation, footer) is the same everywhere and comes from `PageShell`.
public protocol HTMLPage {
    var title: String { get }
    /// Puts "Error: " before the title, so screen reader users hear at once that the form
    /// needs attention.
    var hasErrors: Bool { get }
    var area: StaffArea? { get }
    /// The `lang` of the page; staff pages are in English for now.
    var language: String { get }
    /// Reload the page every so many seconds, for pages that follow work in progress
    /// without needing JavaScript.
    var refreshSeconds: Int? { get }
    /// Opened from a personal link by someone without an account.
    var isForParticipants: Bool { get }
    /// The name the header shows instead of the product's: a participant's page names their
    /// school, whose page it is to them.
    var headerName: String? { get }
    /// The words of the page's frame, in the page's language.
    var skipLinkText: String { get }
    var footerText: String { get }
    /// Loads the small draft-saving script (participant pages with a voice form).
    var usesVoiceScript: Bool { get }
    /// Loads the clock and follower script (facilitator view, shared screen).
    var usesLiveScript: Bool { get }
    /// Shown to a room: no staff name, no navigation, nothing beyond the page itself.
    var isSharedScreen: Bool { get }
    /// Reload every so many seconds only when scripts are off: the fallback for live pages.
    var refreshWithoutScript: Int? { get }
    /// The page's own content. The form token, time zone and clock come from `RenderContext`.
    func content() -> Component
}

extension HTMLPage {
    public var hasErrors: Bool { false }
    public var area: StaffArea? { nil }
    public var language: String { "en" }
    public var refreshSeconds: Int? { nil }
    public var isForParticipants: Bool { false }
    public var headerName: String? { nil }
    public var skipLinkText: String { "Skip to main content" }
    public var usesVoiceScript: Bool { false }
    public var usesLiveScript: Bool { false }
    public var isSharedScreen: Bool { false }
    public var refreshWithoutScript: Int? { nil }
    public var footerText: String { "Roundtable helps schools, families and students meet well together." }
}

/// The frame around every page: head, skip link, header with the signed-in person and the
/// main navigation, and footer.
public struct PageShell {
    public var page: any HTMLPage

    public init(page: any HTMLPage) {
        self.page = page
    }

    /// The whole document, drawn inside `context` so every part of the page reads it.
    public static func render(_ page: any HTMLPage, in context: RenderContext) -> String {
        var context = context
        // A room's screen shows nobody's name and no navigation.
        if page.isSharedScreen { context.frame = nil }
        return RenderContext.$current.withValue(context) { PageShell(page: page).render() }
    }

    public func render() -> String {
        "<!DOCTYPE html>" + document.render()
    }

    private var staff: StaffFrame? { RenderContext.current.frame }

    private var siteName: String {
        page.headerName ?? staff?.siteName ?? "Roundtable"
    }

    private var document: Component {
        El("html", .attr("lang", page.language), .attr("dir", page.language == "ar" ? "rtl" : "ltr")) {
            El("head") {
                Leaf("meta", .attr("charset", "utf-8"))
                Leaf("meta", .name("viewport"), .attr("content", "width=device-width, initial-scale=1"))
                El("title") {
                    T(
                        (page.hasErrors ? "Error: " : "") + page.title
                            + (page.title.contains(siteName) ? "" : " – " + siteName))
                }
                Leaf(
                    "link", .attr("rel", "stylesheet"),
                    .href(.asset(.stylesheet(version: RenderContext.current.assets.stylesheet))))
                if page.usesVoiceScript {
                    El(
                        "script",
                        .attr(
                            "src", SiteRoute.asset(.voiceScript(version: RenderContext.current.assets.voiceScript)).path
                        ),
                        .flag("defer")
                    ) {}
                }
                if page.usesLiveScript {
                    El(
                        "script",
                        .attr(
                            "src", SiteRoute.asset(.liveScript(version: RenderContext.current.assets.liveScript)).path),
                        .flag("defer")
                    ) {}
                }
                if let seconds = page.refreshWithoutScript {
                    El("noscript") {
                        Leaf("meta", .attr("http-equiv", "refresh"), .attr("content", String(seconds)))
                    }
                }
                if let seconds = page.refreshSeconds {
                    Leaf("meta", .attr("http-equiv", "refresh"), .attr("content", String(seconds)))
                }
                // No icon yet; an empty one saves every page a request that would only 404.
                Leaf("link", .attr("rel", "icon"), .attr("href", "data:,"))
            }
            El("body") {
                El("a", .class("skip-link"), .attr("href", "#main")) { T(page.skipLinkText) }
                header
                El("div", .class("page")) {
                    El("main", .id("main"), .attr("tabindex", "-1")) {
                        page.content()
                    }
                }
                El("footer", .class("site-footer")) {
                    El("p") {
                        T(page.footerText)
                    }
                }
            }
        }
    }

    private var header: Component {
        El("header", .class("site-header")) {
            El("div", .class("site-header__inner")) {
                if page.isForParticipants || page.isSharedScreen {
                    // Families have no account: a link to the staff home would only lead to sign-in.
                    El("span", .class("site-header__name")) { T(siteName) }
                } else {
                    El("a", .class("site-header__name"), .href(.home)) { T(siteName) }
                }
                if let staff {
                    El("div", .class("site-header__person")) {
                        El("span") {
                            T(staff.name)
                            El("span", .class("site-header__role")) { T(staff.roleLabel) }
                        }
                        El("form", .postMethod, .action(.signOut), .class("inline-form")) {
                            CSRFField()
                            El("button", .type("submit"), .class("button button--link")) { T("Sign out") }
                        }
                    }
                }
            }
            if let staff {
                El("nav", .class("site-nav"), .aria("label", "Main")) {
                    El("ul") {
                        for area in staff.areas {
                            El("li") {
                                El(
                                    "a",
                                    attributes: [.href(area.route)]
                                        + (area == page.area ? [.aria("current", "page")] : [])
                                ) {
                                    T(area.label)
                                    if area == .home, let count = staff.needsCount, count > 0 {
                                        // The number for the eye; the words for a screen reader.
                                        El("span", .class("nav-count"), .aria("hidden", "true")) { T(String(count)) }
                                        El("span", .class("visually-hidden")) { T(", " + StaffWork.countText(count)) }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

extension StaffArea {
    public var label: String {
        switch self {
        case .home: "Home"
        case .meetings: "Meetings"
        case .students: "Students"
        case .staff: "Staff"
        case .schools: "Schools"
        case .insight: "Insight"
        case .audit: "Audit log"
        }
    }

    public var route: SiteRoute {
        switch self {
        case .home: .home
        case .meetings: .meetings
        case .students: .students()
        case .staff: .staff()
        case .schools: .schools()
        case .insight: .insight()
        case .audit: .audit()
        }
    }
}

import RoundtableCore
import Vapor

/// A page's own part: its title and main content. The shell around it (header,
/// navigation, footer) is the same everywhere and comes from `PageShell`.
protocol HTMLPage {
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
    func content(csrfToken: String) -> Component
}

extension HTMLPage {
    var hasErrors: Bool { false }
    var area: StaffArea? { nil }
    var language: String { "en" }
    var refreshSeconds: Int? { nil }
    var isForParticipants: Bool { false }
    var skipLinkText: String { "Skip to main content" }
    var usesVoiceScript: Bool { false }
    var usesLiveScript: Bool { false }
    var isSharedScreen: Bool { false }
    var refreshWithoutScript: Int? { nil }
    var footerText: String { "Roundtable helps schools, families and students meet well together." }

    func response(for request: Request, status: HTTPResponseStatus = .ok) -> Response {
        let shell = PageShell(
            page: self, staff: isSharedScreen ? nil : request.staff, csrfToken: request.csrfToken,
            stylesheetVersion: request.roundtable.stylesheet.version,
            scriptVersion: request.roundtable.voiceScript.version,
            liveScriptVersion: request.roundtable.liveScript.version)
        var headers = HTTPHeaders()
        headers.contentType = .html
        return Response(status: status, headers: headers, body: .init(string: shell.render()))
    }
}

struct PageShell {
    var page: any HTMLPage
    var staff: StaffContext?
    var csrfToken: String
    var stylesheetVersion: String
    var scriptVersion: String = ""
    var liveScriptVersion: String = ""

    func render() -> String {
        "<!DOCTYPE html>" + document.render()
    }

    private var siteName: String {
        staff.map { $0.school?.name ?? $0.organisation.name } ?? "Roundtable"
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
                Leaf("link", .attr("rel", "stylesheet"), .href(.stylesheet(version: stylesheetVersion)))
                if page.usesVoiceScript {
                    El("script", .attr("src", SiteRoute.voiceScript(version: scriptVersion).path), .flag("defer")) {}
                }
                if page.usesLiveScript {
                    El("script", .attr("src", SiteRoute.liveScript(version: liveScriptVersion).path), .flag("defer")) {}
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
                        page.content(csrfToken: csrfToken)
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
                            T(staff.user.name)
                            // Staff are known by what they do ("Head of year"); leaders by their role.
                            El("span", .class("site-header__role")) {
                                T(
                                    staff.user.role == .staff && staff.user.jobRole != .other
                                        ? staff.user.jobRole.label : staff.user.role.label)
                            }
                        }
                        El("form", .postMethod, .action(.signOut), .class("inline-form")) {
                            CSRFField(token: csrfToken)
                            El("button", .type("submit"), .class("button button--link")) { T("Sign out") }
                        }
                    }
                }
            }
            if let staff {
                El("nav", .class("site-nav"), .aria("label", "Main")) {
                    El("ul") {
                        for area in StaffArea.visible(to: staff.actor) {
                            El("li") {
                                El(
                                    "a",
                                    attributes: [.href(area.route)]
                                        + (area == page.area ? [.aria("current", "page")] : [])
                                ) { T(area.label) }
                            }
                        }
                    }
                }
            }
        }
    }
}

extension StaffArea {
    var label: String {
        switch self {
        case .home: "Home"
        case .meetings: "Meetings"
        case .students: "Students"
        case .staff: "Staff"
        case .schools: "Schools"
        case .audit: "Audit log"
        }
    }

    var route: SiteRoute {
        switch self {
        case .home: .home
        case .meetings: .meetings
        case .students: .students()
        case .staff: .staff()
        case .schools: .schools()
        case .audit: .audit()
        }
    }
}

import Foundation
import RoundtableCore

/// What every page needs from the request around it, handed to the view once instead of
/// threaded through every component: the form token, the school's time zone, the moment
/// the page is drawn, and the frame of the signed-in member of staff.
///
/// It travels as a task-local value for the length of one render, so a form's hidden token
/// or a date deep inside a page reads it where it is drawn. Nothing outside a render sets it.
public struct RenderContext: Sendable {
    public var csrfToken: String
    public var timeZone: TimeZone
    /// "Now" for this page: ages, "today", what is overdue. Injected, so tests can fix it.
    public var now: Date
    /// The signed-in member of staff around a staff page; `nil` on participant pages.
    public var frame: StaffFrame?
    public var assets: AssetVersions

    public init(
        csrfToken: String, timeZone: TimeZone, now: Date, frame: StaffFrame? = nil,
        assets: AssetVersions = AssetVersions()
    ) {
        self.csrfToken = csrfToken
        self.timeZone = timeZone
        self.now = now
        self.frame = frame
        self.assets = assets
    }

    /// Outside a render (a unit test drawing one component) dates read in UTC and forms carry
    /// an empty token, which the server would refuse: nothing can be posted from such HTML.
    public static let outsideRender = RenderContext(
        csrfToken: "", timeZone: TimeZone(identifier: "UTC")!, now: Date(timeIntervalSince1970: 0))

    @TaskLocal public static var current: RenderContext = .outsideRender

    /// The name of the form field that carries the token; the CSRF middleware reads the same.
    public static let csrfFieldName = "_csrf"
}

/// The versions in the addresses of the stylesheet and scripts, so browsers fetch a new one
/// after an upgrade and cache it for good otherwise.
public struct AssetVersions: Sendable {
    public var stylesheet: String
    public var voiceScript: String
    public var liveScript: String

    public init(stylesheet: String = "", voiceScript: String = "", liveScript: String = "") {
        self.stylesheet = stylesheet
        self.voiceScript = voiceScript
        self.liveScript = liveScript
    }
}

/// The signed-in member of staff as the page frame shows them: name, what they do, and the
/// areas of the site they may open.
public struct StaffFrame: Sendable, Equatable {
    public var name: String
    public var roleLabel: String
    /// The school (or, for the organisation's administrators, the organisation) in the header.
    public var siteName: String
    public var areas: [StaffArea]
    /// How many things need this person now (`StaffWork`), shown beside "Home"; `nil` when
    /// the request did not count them (a form shown again after a mistake).
    public var needsCount: Int?

    public init(name: String, roleLabel: String, siteName: String, areas: [StaffArea], needsCount: Int? = nil) {
        self.name = name
        self.roleLabel = roleLabel
        self.siteName = siteName
        self.areas = areas
        self.needsCount = needsCount
    }
}

import RoundtableCore
import RoundtableViews
import Vapor

extension HTMLPage {
    /// The page drawn for this request, inside the request's render context.
    func response(for request: Request, status: HTTPResponseStatus = .ok) -> Response {
        var headers = HTTPHeaders()
        headers.contentType = .html
        return Response(
            status: status, headers: headers, body: .init(string: PageShell.render(self, in: request.renderContext)))
    }
}

extension Request {
    /// What every view reads while it is drawn: this request's form token, the school's time
    /// zone, the application's clock and the signed-in person's frame.
    var renderContext: RenderContext {
        let roundtable = application.roundtable
        return RenderContext(
            csrfToken: csrfToken, timeZone: roundtable.configuration.timeZone, now: roundtable.now,
            frame: staff.map { StaffFrame($0, needsCount: staffWork?.count) },
            assets: AssetVersions(
                stylesheet: roundtable.stylesheet.version, voiceScript: roundtable.voiceScript.version,
                liveScript: roundtable.liveScript.version))
    }
}

extension StaffFrame {
    init(_ staff: StaffContext, needsCount: Int? = nil) {
        // Staff are known by what they do ("Head of year"); leaders by their role.
        let user = staff.user
        self.init(
            name: user.name,
            roleLabel: user.role == .staff && user.jobRole != .other ? user.jobRole.label : user.role.label,
            siteName: staff.school?.name ?? staff.organisation.name,
            areas: StaffArea.visible(to: staff.actor), needsCount: needsCount)
    }
}

import Fluent
import RoundtableCore
import RoundtableViews
import Vapor

/// Alerts raised by participants' answers (issue 14): the page for the person who must act,
/// "What did you do?" which closes it, and the school's thresholds.
enum FeedbackAlertsController {
    struct ActionFields: Content {
        var action: String?
        var note: String?
    }

    static func show(_ req: Request) async throws -> Response {
        var page = FeedbackAlertPage(try await req.visibleFeedbackAlert())
        page.notice = req.notice
        return page.response(for: req)
    }

    static func close(_ req: Request) async throws -> Response {
        let alert = try await req.visibleFeedbackAlert()
        let staff = try req.requireStaff()
        let fields = try req.reshowableFields(ActionFields.self)
        let form = FeedbackAlerts.ActionForm(action: fields.action ?? "", note: fields.note ?? "")
        var errors = FieldErrors()
        var checked: FeedbackAlerts.ActionForm.Checked?
        switch form.check() {
        case .success(let value): checked = value
        case .failure(let box): errors = box.errors
        }
        if req.csrfFailed {
            errors.add(FieldErrors.expiredField, "This page was open a long time. Check and send it again.")
        }
        // Closed already (a double press, or a colleague): the page shows what was done.
        let back = SiteRoute.feedbackAlert(FeedbackAlertID(alert.id)).path
        if alert.closedAt != nil { return req.redirect(to: back) }
        guard errors.isEmpty, let checked else {
            var page = FeedbackAlertPage(alert)
            page.form = form
            page.errors = errors
            return page.response(for: req, status: .unprocessableEntity)
        }
        let outcome = try await FeedbackAlertStore.close(
            alert.id, schoolID: alert.school.id, with: checked, by: try staff.user.requireID(),
            context: req.auditContext, now: req.roundtable.now, on: req.db)
        guard outcome == .closed else { return req.redirect(to: back) }
        return req.redirect(to: SiteRoute.feedbackAlert(FeedbackAlertID(alert.id), notice: .alertClosed).path)
    }

    struct ThresholdFields: Content {
        var low_score: String?
        var drop: String?
        var low_face: String?
    }

    static func thresholds(_ req: Request) async throws -> Response {
        let school = try await req.settingsSchool(requiring: Permission.setFeedbackThresholds)
        let current = try await FeedbackAlertStore.thresholds(schoolID: school.requireID(), on: req.sql)
        var page = FeedbackThresholdsPage(
            schoolID: SchoolID(try school.requireID()), schoolName: school.name,
            form: FeedbackAlerts.ThresholdsForm(current))
        page.notice = req.notice
        return page.response(for: req)
    }

    static func saveThresholds(_ req: Request) async throws -> Response {
        let school = try await req.settingsSchool(requiring: Permission.setFeedbackThresholds)
        let schoolID = try school.requireID()
        let fields = try req.reshowableFields(ThresholdFields.self)
        let form = FeedbackAlerts.ThresholdsForm(
            lowScore: fields.low_score ?? "", drop: fields.drop ?? "", lowFace: fields.low_face ?? "")
        var errors = FieldErrors()
        var checked: FeedbackAlerts.Thresholds?
        switch form.check() {
        case .success(let value): checked = value
        case .failure(let box): errors = box.errors
        }
        if req.csrfFailed {
            errors.add(FieldErrors.expiredField, "This page was open a long time. Check and send it again.")
        }
        guard errors.isEmpty, let checked else {
            var page = FeedbackThresholdsPage(schoolID: SchoolID(schoolID), schoolName: school.name, form: form)
            page.errors = errors
            return page.response(for: req, status: .unprocessableEntity)
        }
        try await FeedbackAlertStore.saveThresholds(
            checked, schoolID: schoolID, context: req.auditContext, on: req.db)
        return req.redirect(
            to: SiteRoute.feedbackThresholds(school: SchoolID(schoolID), notice: .thresholdsSaved).path)
    }
}

import RoundtableViews
import Vapor

/// Every route, registered from `SiteRoute.Template` so the typed definition and the
/// router can never disagree.
func routes(_ app: Application) throws {
    app.get(.healthz, use: HealthController.live)
    app.get(.readyz, use: HealthController.ready)
    app.get(.benchPlaintext, use: HealthController.plaintext)
    app.get(.stylesheet, use: AssetController.stylesheet)
    app.get(.voiceScript, use: AssetController.voiceScript)
    app.get(.liveScript, use: AssetController.liveScript)

    // Forms that can be shown again with the person's input when their token had expired.
    let forms = app.grouped(CSRFMiddleware(onFailure: .redisplay))
    // Everything else refuses a bad token outright.
    let pages = app.grouped(CSRFMiddleware(onFailure: .reject))

    pages.get(.setup, use: SetupController.show)
    forms.post(.setup, use: SetupController.submit)
    pages.get(.signIn, use: SignInController.show)
    forms.post(.signIn, use: SignInController.submit)
    pages.post(.signOut, use: SignInController.signOut)
    pages.get(.welcome, use: WelcomeController.show)
    forms.post(.welcome, use: WelcomeController.submit)

    pages.get(.home, use: HomeController.show)
    pages.get(.staff, use: StaffController.list)
    pages.get(.inviteStaff, use: StaffController.inviteForm)
    forms.post(.inviteStaff, use: StaffController.invite)
    pages.get(.staffMember, use: StaffController.show)
    forms.post(.staffRole, use: StaffController.changeRole)
    pages.post(.staffActive, use: StaffController.setActive)
    pages.post(.staffResendInvitation, use: StaffController.resendInvitation)
    forms.post(.staffJob, use: StaffController.changeJob)
    pages.get(.schoolSettings, use: SchoolSettingsController.show)
    pages.get(.rosterImport, use: RosterImportController.show)
    let uploads = app.grouped(CSRFMiddleware(onFailure: .redisplay, maxBodySize: 100 * 1024 * 1024))
    uploads.on(
        .POST, SiteRoute.Template.rosterImport.pathComponents, body: .collect(maxSize: "100mb"),
        use: RosterImportController.upload)
    pages.get(.rosterImportJob, use: RosterImportController.job)
    pages.post(.schoolSettings, use: SchoolSettingsController.save)
    pages.get(.schools, use: SchoolsController.list)
    forms.post(.schools, use: SchoolsController.add)
    pages.get(.audit, use: AuditController.show)
    pages.get(.students, use: StudentsController.list)
    pages.get(.student, use: StudentsController.show)
    pages.get(.newStudent, use: StudentsController.newForm)
    forms.post(.newStudent, use: StudentsController.create)
    pages.get(.editStudent, use: StudentsController.editForm)
    forms.post(.editStudent, use: StudentsController.update)
    pages.get(.familyMember, use: FamilyController.edit)
    pages.get(.addFamilyMember, use: FamilyController.addForm)
    forms.post(.addFamilyMember, use: FamilyController.add)
    forms.post(.familyLink, use: FamilyController.updateLink)
    pages.get(.removeFamilyMember, use: FamilyController.removeForm)
    pages.post(.removeFamilyMember, use: FamilyController.remove)
    pages.get(.studentStaff, use: StudentsController.staffSearch)
    pages.post(.studentStaff, use: StudentsController.linkStaff)
    pages.post(.removeStudentStaff, use: StudentsController.unlinkStaff)
    pages.get(.addAgency, use: StudentsController.agencyForm)
    forms.post(.addAgency, use: StudentsController.addAgency)
    pages.post(.removeAgency, use: StudentsController.removeAgency)
    pages.get(.meetings, use: MeetingsController.list)
    pages.get(.newMeeting, use: MeetingsController.newForm)
    forms.post(.newMeeting, use: MeetingsController.create)
    pages.get(.meeting, use: MeetingsController.show)
    pages.get(.meetingPlan, use: MeetingsController.planForm)
    forms.post(.meetingPlan, use: MeetingsController.updatePlan)
    forms.post(.meetingAgenda, use: MeetingsController.addAgendaItem)
    pages.post(.agendaItem, use: MeetingsController.changeAgendaItem)
    pages.get(.meetingParticipants, use: MeetingsController.participantsForm)
    pages.post(.meetingParticipants, use: MeetingsController.saveParticipants)
    pages.post(.meetingPreparation, use: MeetingsController.savePreparation)
    pages.post(.meetingBiasCheck, use: MeetingsController.saveBiasCheck)
    pages.get(.meetingSpace, use: SpacesController.chooseForm)
    pages.post(.meetingSpace, use: SpacesController.choose)
    pages.get(.meetingSeating, use: SpacesController.seating)
    pages.post(.meetingSeating, use: SpacesController.saveSeating)
    pages.get(.meetingInvitation, use: InvitationsController.form)
    forms.post(.meetingInvitation, use: InvitationsController.save)
    pages.get(.meetingShare, use: InvitationsController.shareForm)
    pages.post(.meetingShare, use: InvitationsController.share)
    pages.post(.meetingLink, use: MeetingsController.newLink)
    pages.post(.stopLinks, use: MeetingsController.stopLinks)
    pages.post(.meetingSplit, use: MeetingsController.split)
    pages.get(.meetingCancel, use: InvitationsController.cancelForm)
    pages.post(.meetingCancel, use: InvitationsController.cancel)
    pages.post(.tellChanges, use: MeetingsController.tellChanges)
    // A personal link (no account): the link is resolved and checked before any handler, after
    // the form token (a form sent with an expired token comes back in the person's language).
    let participantPages = pages.grouped(ParticipantLinkMiddleware())
    let participantForms = forms.grouped(ParticipantLinkMiddleware())
    let participantCodeForms = forms.grouped(ParticipantLinkMiddleware(checkingCode: false))
    participantPages.get(.participantPage, use: ParticipantPageController.show)
    participantForms.post(.participantPage, use: ParticipantPageController.reply)
    participantForms.post(.participantAgenda, use: ParticipantPageController.addAgendaItem)
    participantForms.post(.participantVoice, use: ParticipantPageController.saveVoice)
    participantForms.post(.participantRequest, use: MeetingRequestsController.send)
    participantCodeForms.post(.participantCode, use: ParticipantPageController.sendCode)
    participantCodeForms.post(.participantVerify, use: ParticipantPageController.verifyCode)
    pages.post(.pageVersion, use: MeetingsController.choosePageVersion)
    pages.get(.meetingRun, use: RunController.show)
    pages.post(.startMeeting, use: RunController.start)
    pages.post(.runStep, use: RunController.step)
    forms.post(.recordEntries, use: RecordController.capture)
    forms.post(.recordEntry, use: RecordController.change)
    pages.post(.attendance, use: RunController.attendance)
    pages.post(.followUp, use: RunController.followUp)
    pages.post(.closeMeeting, use: RunController.close)
    pages.get(.sharedScreen, use: SharedScreenController.show)
    pages.get(.sharedScreenLive, use: SharedScreenController.live)
    pages.get(.meetingRecord, use: RecordController.show)
    pages.get(.meetingSummary, use: SummaryController.show)
    forms.post(.meetingSummary, use: SummaryController.save)
    pages.post(.shareSummary, use: SummaryController.share)
    forms.post(.answerSummary, use: SummaryController.answer)
    participantForms.post(.participantSummary, use: ParticipantPageController.answerSummary)
    pages.get(.meetingRequests, use: MeetingRequestsController.list)
    pages.post(.acceptRequest, use: MeetingRequestsController.accept)
    pages.post(.answerRequest, use: MeetingRequestsController.answer)
    pages.get(.outbox, use: OutboxController.list)
    pages.get(.outboxCalendar, use: OutboxController.calendar)
    pages.post(.outboxHandOver, use: OutboxController.handOver)
    pages.get(.calendarFeed, use: CalendarFeedController.show)
    pages.post(.calendarFeed, use: CalendarFeedController.create)
    pages.post(.revokeCalendarFeed, use: CalendarFeedController.revoke)
    app.get(.calendarFile, use: CalendarFeedController.file)
    pages.get(.spaces, use: SpacesController.list)
    pages.get(.newSpace, use: SpacesController.newForm)
    forms.post(.newSpace, use: SpacesController.create)
    pages.get(.space, use: SpacesController.editForm)
    forms.post(.space, use: SpacesController.update)
    pages.get(.apiTokens, use: APITokensController.list)
    forms.post(.apiTokens, use: APITokensController.create)
    pages.post(.revokeAPIToken, use: APITokensController.revoke)

    // The API: tokens instead of cookies, JSON instead of pages, the same rules.
    app.get(.apiOpenAPI, use: OpenAPIDocument.serve)
    let api = app.grouped(APITokenMiddleware())
    api.get(.apiStudents, use: APIController.students)
    api.get(.apiStudent, use: APIController.student)
    api.on(
        .POST, SiteRoute.Template.apiStudents.pathComponents, body: .collect(maxSize: "64kb"),
        use: APIController.createStudent)
    api.on(
        .PATCH, SiteRoute.Template.apiStudent.pathComponents, body: .collect(maxSize: "64kb"),
        use: APIController.updateStudent)
    api.get(.apiStudentFamily, use: APIController.family)
    api.post(.apiStudentFamily, use: APIController.addFamily)
    api.post(.apiStudentMeetings, use: APIController.createMeeting)
    api.get(.apiMeetings, use: APIController.meetings)
    api.get(.apiMeeting, use: APIController.meeting)
    api.post(.apiMeetingAgenda, use: APIController.addAgendaItem)
    api.get(.apiMeetingRecord, use: APIController.record)
    api.get(.apiMeetingSummary, use: APIController.summary)
    api.get(.apiStaff, use: APIController.staff)
    forms.post(.familyMember, use: FamilyController.update)
}

extension RoutesBuilder {
    @discardableResult
    func get(
        _ template: SiteRoute.Template, use handler: @escaping @Sendable (Request) async throws -> Response
    )
        -> Route
    {
        on(.GET, template.pathComponents, use: handler)
    }

    @discardableResult
    func post(
        _ template: SiteRoute.Template, use handler: @escaping @Sendable (Request) async throws -> Response
    )
        -> Route
    {
        on(.POST, template.pathComponents, body: .collect(maxSize: "64kb"), use: handler)
    }
}

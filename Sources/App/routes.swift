import RoundtableViews
import Vapor

/// Every route, registered from `SiteRoute.Template` so the typed definition and the
/// router can never disagree.
func routes(_ app: Application) throws {
    app.get(.healthz, use: HealthController.live)
    app.get(.readyz, use: HealthController.ready)
    app.get(.benchPlaintext, use: HealthController.plaintext)
    app.get(.asset(.stylesheet), use: AssetController.stylesheet)
    app.get(.asset(.voiceScript), use: AssetController.voiceScript)
    app.get(.asset(.liveScript), use: AssetController.liveScript)

    // Forms that can be shown again with the person's input when their token had expired.
    // Pages opened by staff count what needs them, for the navigation (`StaffWorkMiddleware`).
    let forms = app.grouped(CSRFMiddleware(onFailure: .redisplay), StaffWorkMiddleware())
    // Everything else refuses a bad token outright.
    let pages = app.grouped(CSRFMiddleware(onFailure: .reject), StaffWorkMiddleware())

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
    pages.get(.staffMember(.show), use: StaffController.show)
    forms.post(.staffMember(.role), use: StaffController.changeRole)
    pages.post(.staffMember(.active), use: StaffController.setActive)
    pages.post(.staffMember(.resendInvitation), use: StaffController.resendInvitation)
    forms.post(.staffMember(.job), use: StaffController.changeJob)
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
    pages.get(.student(.show), use: StudentsController.show)
    pages.get(.student(.timeline), use: StudentsController.timeline)
    pages.get(.newStudent, use: StudentsController.newForm)
    forms.post(.newStudent, use: StudentsController.create)
    pages.get(.student(.edit), use: StudentsController.editForm)
    forms.post(.student(.edit), use: StudentsController.update)
    pages.get(.student(.familyMember), use: FamilyController.edit)
    pages.get(.student(.addFamilyMember), use: FamilyController.addForm)
    forms.post(.student(.addFamilyMember), use: FamilyController.add)
    forms.post(.student(.familyLink), use: FamilyController.updateLink)
    pages.get(.student(.removeFamilyMember), use: FamilyController.removeForm)
    pages.post(.student(.removeFamilyMember), use: FamilyController.remove)
    pages.get(.student(.staff), use: StudentsController.staffSearch)
    pages.post(.student(.staff), use: StudentsController.linkStaff)
    pages.post(.student(.removeStaff), use: StudentsController.unlinkStaff)
    pages.get(.student(.addAgency), use: StudentsController.agencyForm)
    forms.post(.student(.addAgency), use: StudentsController.addAgency)
    pages.post(.student(.removeAgency), use: StudentsController.removeAgency)
    pages.get(.meetings, use: MeetingsController.list)
    pages.get(.student(.newMeeting), use: MeetingsController.newForm)
    forms.post(.student(.newMeeting), use: MeetingsController.create)
    pages.get(.meeting(.show), use: MeetingsController.show)
    pages.get(.meeting(.plan), use: MeetingsController.planForm)
    forms.post(.meeting(.plan), use: MeetingsController.updatePlan)
    forms.post(.meeting(.agenda), use: MeetingsController.addAgendaItem)
    pages.post(.meeting(.agendaItem), use: MeetingsController.changeAgendaItem)
    pages.get(.meeting(.agendaItemEdit), use: MeetingsController.agendaItemForm)
    forms.post(.meeting(.agendaItemEdit), use: MeetingsController.saveAgendaItem)
    pages.get(.meeting(.participants), use: MeetingsController.participantsForm)
    pages.post(.meeting(.participants), use: MeetingsController.saveParticipants)
    pages.post(.meeting(.preparation), use: MeetingsController.savePreparation)
    pages.post(.meeting(.biasCheck), use: MeetingsController.saveBiasCheck)
    pages.get(.meeting(.space), use: SpacesController.chooseForm)
    pages.post(.meeting(.space), use: SpacesController.choose)
    pages.get(.meeting(.seating), use: SpacesController.seating)
    pages.post(.meeting(.seating), use: SpacesController.saveSeating)
    pages.get(.meeting(.invitation), use: InvitationsController.form)
    forms.post(.meeting(.invitation), use: InvitationsController.save)
    pages.get(.meeting(.share), use: InvitationsController.shareForm)
    pages.post(.meeting(.share), use: InvitationsController.share)
    pages.post(.meeting(.link), use: MeetingsController.newLink)
    pages.post(.meeting(.stopLinks), use: MeetingsController.stopLinks)
    pages.post(.meeting(.split), use: MeetingsController.split)
    pages.get(.meeting(.cancel), use: InvitationsController.cancelForm)
    pages.post(.meeting(.cancel), use: InvitationsController.cancel)
    pages.post(.meeting(.tellChanges), use: MeetingsController.tellChanges)
    // A personal link (no account): the link is resolved and checked before any handler, after
    // the form token (a form sent with an expired token comes back in the person's language).
    let participantPages = pages.grouped(ParticipantLinkMiddleware())
    let participantForms = forms.grouped(ParticipantLinkMiddleware())
    let participantCodeForms = forms.grouped(ParticipantLinkMiddleware(checkingCode: false))
    participantPages.get(.participant(.page), use: ParticipantPageController.show)
    participantForms.post(.participant(.page), use: ParticipantPageController.reply)
    participantForms.post(.participant(.agenda), use: ParticipantPageController.addAgendaItem)
    participantForms.post(.participant(.voice), use: ParticipantPageController.saveVoice)
    participantForms.post(.participant(.request), use: MeetingRequestsController.send)
    participantCodeForms.post(.participant(.code), use: ParticipantPageController.sendCode)
    participantCodeForms.post(.participant(.verify), use: ParticipantPageController.verifyCode)
    pages.post(.meeting(.pageVersion), use: MeetingsController.choosePageVersion)
    pages.get(.meeting(.run), use: RunController.show)
    pages.post(.meeting(.start), use: RunController.start)
    pages.post(.meeting(.runStep), use: RunController.step)
    forms.post(.meeting(.recordEntries), use: RecordController.capture)
    forms.post(.meeting(.recordEntry), use: RecordController.change)
    pages.post(.meeting(.actionStatus), use: RecordController.actionStatus)
    pages.post(.meeting(.attendance), use: RunController.attendance)
    pages.post(.meeting(.followUp), use: RunController.followUp)
    pages.post(.meeting(.close), use: RunController.close)
    pages.post(.meeting(.sinceLastTime), use: RunController.sinceLastTime)
    pages.get(.meeting(.screen), use: SharedScreenController.show)
    pages.get(.meeting(.screenLive), use: SharedScreenController.live)
    pages.get(.meeting(.record), use: RecordController.show)
    pages.get(.meeting(.summary), use: SummaryController.show)
    forms.post(.meeting(.summary), use: SummaryController.save)
    pages.post(.meeting(.shareSummary), use: SummaryController.share)
    forms.post(.meeting(.answerSummary), use: SummaryController.answer)
    participantForms.post(.participant(.summary), use: ParticipantPageController.answerSummary)
    participantForms.post(.participant(.followThrough), use: ParticipantPageController.followThrough)
    participantForms.post(.participant(.reminders), use: ParticipantPageController.setReminders)
    pages.get(.meetingRequests, use: MeetingRequestsController.list)
    pages.post(.acceptRequest, use: MeetingRequestsController.accept)
    pages.post(.answerRequest, use: MeetingRequestsController.answer)
    pages.get(.outbox, use: OutboxController.list)
    pages.get(.outboxCalendar, use: OutboxController.calendar)
    pages.post(.outboxHandOver, use: OutboxController.handOver)
    pages.get(.calendarFeed, use: CalendarFeedController.show)
    pages.post(.calendarFeed, use: CalendarFeedController.create)
    pages.get(.reminderSettings, use: ReminderSettingsController.show)
    pages.post(.reminderSettings, use: ReminderSettingsController.save)
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
    app.get(.api(.openAPI), use: OpenAPIDocument.serve)
    let api = app.grouped(APITokenMiddleware())
    api.get(.api(.students), use: APIController.students)
    api.get(.api(.student), use: APIController.student)
    api.on(
        .POST, SiteRoute.Template.api(.students).pathComponents, body: .collect(maxSize: "64kb"),
        use: APIController.createStudent)
    api.on(
        .PATCH, SiteRoute.Template.api(.student).pathComponents, body: .collect(maxSize: "64kb"),
        use: APIController.updateStudent)
    api.get(.api(.studentFamily), use: APIController.family)
    api.post(.api(.studentFamily), use: APIController.addFamily)
    api.post(.api(.studentMeetings), use: APIController.createMeeting)
    api.get(.api(.meetings), use: APIController.meetings)
    api.get(.api(.meeting), use: APIController.meeting)
    api.post(.api(.meetingAgenda), use: APIController.addAgendaItem)
    api.get(.api(.meetingRecord), use: APIController.record)
    api.post(.api(.entryStatus), use: APIController.sayHowItIsGoing)
    api.get(.api(.meetingSummary), use: APIController.summary)
    api.get(.api(.staff), use: APIController.staff)
    forms.post(.student(.familyMember), use: FamilyController.update)
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

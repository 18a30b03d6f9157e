import Foundation

/// The keys of the participant catalog. Each case has a text in every language (a test
/// fails otherwise).
public enum Phrase: String, Sendable, CaseIterable {
    case pageTitle = "page.title"
    case chooseLanguage = "page.language"
    case cancelled = "page.cancelled"
    case cancelledNext = "page.cancelled_next"
    case studentLead = "page.student_lead"
    case dear = "page.dear"
    case invitationOriginal = "page.invitation_original"
    case when = "plan.when"
    case noDateYet = "plan.no_date"
    case howLong = "plan.how_long"
    case aboutMinutes = "plan.about_minutes"
    case whereTitle = "plan.where"
    case howTitle = "plan.how"
    case atSchool = "plan.at_school"
    case orByVideo = "plan.or_video"
    case joinVideo = "plan.join_video"
    case ifCallFails = "plan.if_call_fails"
    case formatInPerson = "format.in_person"
    case formatVideo = "format.video"
    case formatHybrid = "format.hybrid"
    case formatPhone = "format.phone"
    case whoWillBeThere = "people.title"
    case you = "people.you"
    case personWithRole = "people.with_role"
    case interpreterWillBeThere = "people.interpreter"
    /// Someone who comes for part of the meeting; the reader themselves with `you…`.
    case joinsFirst = "people.joins_first"
    case joinsLast = "people.joins_last"
    case joinsBetween = "people.joins_between"
    case joinsPart = "people.joins_part"
    case youJoinFirst = "people.you_join_first"
    case youJoinLast = "people.you_join_last"
    case youJoinBetween = "people.you_join_between"
    case youJoinPart = "people.you_join_part"
    case agendaTitle = "agenda.title"
    case agendaItemMinutes = "agenda.item_minutes"
    case agendaNew = "agenda.new"
    case agendaSchoolWords = "agenda.school_words"
    case groundRulesTitle = "rules.title"
    case replyTitle = "reply.title"
    case replyIntro = "reply.intro"
    case replyComing = "reply.coming"
    case replyYes = "reply.yes"
    case replyNo = "reply.no"
    case replyOtherTime = "reply.other_time"
    case replyTimes = "reply.times"
    case replyTimesHint = "reply.times_hint"
    case replyInterpreter = "reply.interpreter"
    case replyInterpreterLanguage = "reply.interpreter_language"
    case replyAccess = "reply.access"
    case replyAccessHint = "reply.access_hint"
    case replyMode = "reply.mode"
    case replyNote = "reply.note"
    case replyNoteHint = "reply.note_hint"
    case replySend = "reply.send"
    case replySaved = "reply.saved"
    case replyYourAnswer = "reply.your_answer"
    case replyClosed = "reply.closed"
    case errorChooseComing = "error.choose_coming"
    case errorTimes = "error.times"
    case errorInterpreterLanguage = "error.interpreter_language"
    case errorTooLong = "error.too_long"
    case errorSummary = "error.summary"
    case errorExpired = "error.form_expired"
    case linkGoneTitle = "link.gone_title"
    case linkGoneBody = "link.gone_body"
    case linkPausedTitle = "link.paused_title"
    case linkPausedBody = "link.paused_body"
    case yes = "common.yes"
    case no = "common.no"
    case roleStudent = "role.student"
    case roleMother = "role.mother"
    case roleFather = "role.father"
    case roleParent = "role.parent"
    case roleStepParent = "role.step_parent"
    case roleCarer = "role.carer"
    case roleGrandparent = "role.grandparent"
    case roleAunt = "role.aunt"
    case roleUncle = "role.uncle"
    case roleSibling = "role.sibling"
    case roleFosterCarer = "role.foster_carer"
    case roleFamilyFriend = "role.family_friend"
    case roleFamily = "role.family"
    case roleTeacher = "role.teacher"
    case roleFormTutor = "role.form_tutor"
    case roleHeadOfYear = "role.head_of_year"
    case roleSENCoordinator = "role.sen_coordinator"
    case roleCounsellor = "role.counsellor"
    case rolePastoralLead = "role.pastoral_lead"
    case roleSupportStaff = "role.support_staff"
    case roleLeader = "role.leader"
    case roleStaff = "role.staff"
    case roleAgency = "role.agency"
    case footer = "page.footer"
    case skipToContent = "page.skip"
    case errorPrefix = "error.prefix"
    case changesTitle = "changes.title"
    case changeTime = "changes.time"
    case changeLength = "changes.length"
    case changeFormat = "changes.format"
    case changeLink = "changes.link"
    case changePlace = "changes.place"
    case changeAgenda = "changes.agenda"
    case agendaAddTitle = "agenda.add_title"
    case agendaAddHint = "agenda.add_hint"
    case agendaAddField = "agenda.add_field"
    case agendaAddButton = "agenda.add_button"
    case agendaAdded = "agenda.added"
    case agendaAddedBy = "agenda.added_by"
    case errorAgendaEmpty = "error.agenda_empty"
    case replyContribution = "reply.contribution"
    case replyContributionHint = "reply.contribution_hint"
    case voiceTitle = "voice.title"
    case voiceIntro = "voice.intro"
    case voiceGoingWell = "voice.going_well"
    case voiceWorries = "voice.worries"
    case voiceHopes = "voice.hopes"
    case voiceTalkAbout = "voice.talk_about"
    case voiceKnow = "voice.know"
    case voiceSave = "voice.save"
    case voiceSaved = "voice.saved"
    case draftSaved = "voice.draft_saved"
    case codeTitle = "code.title"
    case codeIntro = "code.intro"
    case codeSend = "code.send"
    case codeSent = "code.sent"
    case codeLabel = "code.label"
    case codeHint = "code.hint"
    case codeOpen = "code.open"
    case codeResend = "code.resend"
    case errorCodeWrong = "code.error_wrong"
    case errorCodeUsedUp = "code.error_used_up"
    case codeEmailSubject = "code.email_subject"
    case codeEmailBody = "code.email_body"
    case emailInvitationSubject = "email.invitation_subject"
    case emailUpdateSubject = "email.update_subject"
    case emailCancelSubject = "email.cancel_subject"
    case emailInvitation = "email.invitation"
    case emailUpdate = "email.update"
    case emailCancel = "email.cancel"
    case emailWhen = "email.when"
    // The part of the meeting someone comes for, when it moved after sharing.
    case emailYourPart = "email.your_part"
    case emailYourPartWhole = "email.your_part_whole"
    case emailPrivate = "email.private"
    // Reminders: a short, neutral email before a meeting or a family's own action, and the
    // family's choice to turn them off on their page.
    // "Remind them" (who has not replied) and a letter handed over instead of an email.
    case nudgeReply = "nudge.reply"
    case nudgeOwnLink = "nudge.own_link"
    case letterTypeAddress = "letter.type_address"
    case letterPrivate = "letter.private"
    case reminderSubject = "reminder.subject"
    case reminderMeeting = "reminder.meeting"
    case reminderAction = "reminder.action"
    case reminderHowToStop = "reminder.how_to_stop"
    case remindersTitle = "reminders.title"
    case remindersAbout = "reminders.about"
    case remindersAreOff = "reminders.are_off"
    case remindersTurnOff = "reminders.turn_off"
    case remindersTurnOn = "reminders.turn_on"
    case remindersSavedOff = "reminders.saved_off"
    case remindersSavedOn = "reminders.saved_on"
    case requestTitle = "request.title"
    case requestIntro = "request.intro"
    case requestChild = "request.child"
    case requestTopic = "request.topic"
    case requestUrgency = "request.urgency"
    case requestRoutine = "request.routine"
    case requestSoon = "request.soon"
    case requestUrgent = "request.urgent"
    case requestWhen = "request.when"
    case requestWhenHint = "request.when_hint"
    case requestSend = "request.send"
    case requestSent = "request.sent"
    case requestAnswer = "request.answer"
    case requestAccepted = "request.accepted"
    case errorRequestTopic = "error.request_topic"
    case errorRequestsOpen = "error.requests_open"
    case errorRequestsToday = "error.requests_today"
    // A family member's own page, across all their children at the school.
    case familyTitle = "family.title"
    case familyLink = "family.link"
    case familyIntro = "family.intro"
    case familyChildren = "family.children"
    case familyChildYear = "family.child_year"
    case familyUpcoming = "family.upcoming"
    case familyPast = "family.past"
    case familyNoUpcoming = "family.no_upcoming"
    case familyNotReplied = "family.not_replied"
    case familyWithInterpreter = "family.with_interpreter"
    case familyOpen = "family.open"
    case familyOpenHere = "family.open_here"
    case familyClosed = "family.closed"
    case familyRequestsTitle = "family.requests_title"
    case familyRequestAbout = "family.request_about"
    case familyRequestWaiting = "family.request_waiting"
    case familyRequestsNone = "family.requests_none"
    case familyAskTitle = "family.ask_title"
    case familyBack = "family.back"
    case calendarDownload = "calendar.download"
    case calendarTitle = "calendar.title"
    case calendarDescription = "calendar.description"
    case childTitle = "child.title"
    case childIntro = "child.intro"
    case childFaces = "child.faces"
    case childFace1 = "child.face1"
    case childFace2 = "child.face2"
    case childFace3 = "child.face3"
    case childFace4 = "child.face4"
    case childFace5 = "child.face5"
    case childGood = "child.good"
    case childHard = "child.hard"
    case childHelp = "child.help"
    case childSave = "child.save"
    case childSaved = "child.saved"
    case purpose = "page.purpose"

    // Meeting summary: the record as each participant reads it after the meeting.
    case summaryTitle = "summary.title"
    case summaryWhy = "summary.why"
    case summaryTopics = "summary.topics"
    case summaryDecisions = "summary.decisions"
    case summaryBecause = "summary.because"
    case summaryGoals = "summary.goals"
    case summaryReviewDate = "summary.review_date"
    case summaryTarget = "summary.target"
    case summaryWhoDoesWhat = "summary.who_does_what"
    case summaryWhoBy = "summary.who_by"
    case summaryParked = "summary.parked"
    case summaryNext = "summary.next"
    case summaryNextMeeting = "summary.next_meeting"
    case summaryNoNextMeeting = "summary.no_next_meeting"
    case summaryNoFollowUp = "summary.no_follow_up"
    case summaryOwnerYou = "summary.owner_you"
    case summaryConfirm = "summary.confirm"
    case summaryConfirmed = "summary.confirmed"
    case summaryCommentLabel = "summary.comment_label"
    case summaryCommentHint = "summary.comment_hint"
    case summaryCommentSend = "summary.comment_send"
    case summaryCommentSent = "summary.comment_sent"
    case summarySchoolAnswer = "summary.school_answer"
    case summaryPrint = "summary.print"
    case summaryWrittenIn = "summary.written_in"
    // Following a meeting through: its goals, and the reader's own actions
    case followTitle = "follow.title"
    case followIntro = "follow.intro"
    case followGoalStatus = "follow.goal_status"
    case followGoalNotStarted = "follow.goal.not_started"
    case followGoalGoingOn = "follow.goal.going_on"
    case followGoalAchieved = "follow.goal.achieved"
    case followGoalChanged = "follow.goal.changed"
    case followGoalStopped = "follow.goal.stopped"
    case followGoalNoteLabel = "follow.goal_note_label"
    case followNoteHint = "follow.note_hint"
    case followYourActions = "follow.your_actions"
    case followDueBy = "follow.due_by"
    case followActionOpen = "follow.action.open"
    case followActionDone = "follow.action.done"
    case followActionNotDone = "follow.action.not_done"
    case followActionNoLongerNeeded = "follow.action.no_longer_needed"
    case followActionNoteLabel = "follow.action_note_label"
    case followDone = "follow.done"
    case followCouldNot = "follow.could_not"
    case followSaved = "follow.saved"
    case errorFollowNote = "error.follow_note"
    case summaryIntro = "summary.intro"
    case summaryNotes = "summary.notes"
    case summaryTranslated = "summary.translated"
    case summaryOriginal = "summary.original"
    case summaryYouConfirmed = "summary.you_confirmed"
    case summaryYouWrote = "summary.you_wrote"
    case summaryEmailSubject = "summary.email_subject"
    case summaryEmailBody = "summary.email_body"
    // Added for issue 13 (words): kept at the end to ease merges.
    case ownerFamily = "summary.owner_family"
    case ownerStudent = "summary.owner_student"
    case ownerSchool = "summary.owner_school"
    case replyInterpreterYes = "reply.interpreter_yes"
    case replyInterpreterNo = "reply.interpreter_no"
    case summaryGoalSetBy = "summary.goal_set_by"
    case answerEmailSubject = "summary.answer_email_subject"
    case answerEmailBody = "summary.answer_email_body"
    case addressChangedSubject = "contact.address_changed_subject"
    case addressChangedBody = "contact.address_changed_body"
    case summaryChanged = "summary.changed"
    case errorSummaryComment = "summary.error_comment"
    /// Why the meeting is happening, for a child, by kind of meeting.
    case childWhyTitle = "child.why_title"
    case childWhyProgress = "child.why.progress_review"
    case childWhyWellbeing = "child.why.wellbeing_check_in"
    case childWhyBehaviour = "child.why.behaviour_concern"
    case childWhySupportPlan = "child.why.support_plan_review"
    case childWhyTransition = "child.why.transition"
    case childWhyReturn = "child.why.return_to_school"
    case childWhyFamilyRequest = "child.why.family_request"
    /// The few lines the school wrote for the student after the meeting.
    case summaryForYou = "summary.for_you"
    /// How to reach the school, at the foot of every participant page.
    case schoolContactTitle = "school.contact_title"
    case schoolAddress = "school.address"
    case schoolPhone = "school.phone"
    /// Beside "Your reply: …" at the top of the page: a jump to the form.
    case replyChange = "reply.change"
    // The family's page: its short contents list and the headings and openers of its sections.
    case onThisPage = "page.contents"
    case letterTitle = "letter.title"
    case replyMore = "reply.more"
    case requestOpen = "request.open"
    case voiceOpen = "voice.open"
    // How the meeting felt (issue 14): the participant's questions after the meeting.
    case feedbackTitle = "feedback.title"
    case feedbackIntro = "feedback.intro"
    case feedbackScaleHint = "feedback.scale_hint"
    case feedbackLow = "feedback.low"
    case feedbackHigh = "feedback.high"
    case feedbackCared = "feedback.q.cared"
    case feedbackClear = "feedback.q.clear"
    case feedbackKept = "feedback.q.kept"
    case feedbackStrengths = "feedback.q.strengths"
    case feedbackRespectful = "feedback.q.respectful"
    case feedbackListened = "feedback.q.listened"
    case feedbackSpokeFreely = "feedback.q.spoke_freely"
    case feedbackEqualPartner = "feedback.q.equal_partner"
    case feedbackBetter = "feedback.better"
    case feedbackBetterHint = "feedback.better_hint"
    case feedbackWho = "feedback.who"
    case feedbackTotals = "feedback.totals"
    case feedbackTotalsHint = "feedback.totals_hint"
    case feedbackSave = "feedback.save"
    case feedbackSaved = "feedback.saved"
    case feedbackAnswered = "feedback.answered"
    case feedbackLocked = "feedback.locked"
    case feedbackInvite = "feedback.invite"
    case feedbackInviteLink = "feedback.invite_link"
    case feedbackChangeLink = "feedback.change_link"
    case feedbackEmpty = "feedback.error_empty"
    case feedbackChooseAgain = "feedback.error_choose_again"
    case feedbackEmailSubject = "feedback.email_subject"
    case feedbackEmailBody = "feedback.email_body"
    /// The child version: informal "you", child words, five faces.
    case feedbackChildTitle = "feedback.child.title"
    case feedbackChildIntro = "feedback.child.intro"
    case feedbackChildListened = "feedback.child.q.listened"
    case feedbackChildSaid = "feedback.child.q.said"
    case feedbackChildKind = "feedback.child.q.kind"
    case feedbackChildClear = "feedback.child.q.clear"
    case feedbackFace1 = "feedback.face1"
    case feedbackFace2 = "feedback.face2"
    case feedbackFace3 = "feedback.face3"
    case feedbackFace4 = "feedback.face4"
    case feedbackFace5 = "feedback.face5"
    case feedbackChildBetter = "feedback.child.better"
    case feedbackChildWho = "feedback.child.who"
    case feedbackChildTotals = "feedback.child.totals"
    case feedbackChildTotalsHint = "feedback.child.totals_hint"
    case feedbackChildSave = "feedback.child.save"
    case feedbackChildSaved = "feedback.child.saved"
    case feedbackChildAnswered = "feedback.child.answered"
    case feedbackChildLocked = "feedback.child.locked"
    case feedbackChildInvite = "feedback.child.invite"
    case feedbackChildEmpty = "feedback.child.error_empty"
    case feedbackChildBack = "feedback.child.back"

    // The school's own texts shown in English because none was written in the reader's language.
    case writtenInEnglish = "school_text.in_english"
    case agendaInEnglish = "school_text.agenda_in_english"
    case agendaSomeInEnglish = "school_text.agenda_some_in_english"

    public static func role(_ relationship: FamilyRelationship) -> Phrase {
        switch relationship {
        case .mother: .roleMother
        case .father: .roleFather
        case .parent: .roleParent
        case .stepParent: .roleStepParent
        case .carer: .roleCarer
        case .grandparent: .roleGrandparent
        case .aunt: .roleAunt
        case .uncle: .roleUncle
        case .sibling: .roleSibling
        case .fosterCarer: .roleFosterCarer
        case .familyFriend: .roleFamilyFriend
        case .other: .roleFamily
        }
    }

    public static func role(_ job: JobRole) -> Phrase {
        switch job {
        case .teacher: .roleTeacher
        case .formTutor: .roleFormTutor
        case .headOfYear: .roleHeadOfYear
        case .senCoordinator: .roleSENCoordinator
        case .counsellor: .roleCounsellor
        case .pastoralLead: .rolePastoralLead
        case .supportStaff: .roleSupportStaff
        case .leader: .roleLeader
        case .other: .roleStaff
        }
    }

    public static func change(_ change: MeetingChange) -> Phrase {
        switch change {
        case .time: .changeTime
        case .length: .changeLength
        case .format: .changeFormat
        case .videoLink: .changeLink
        case .place: .changePlace
        case .agenda: .changeAgenda
        }
    }

    public static func childWhy(_ type: MeetingType) -> Phrase {
        switch type {
        case .progressReview: .childWhyProgress
        case .wellbeingCheckIn: .childWhyWellbeing
        case .behaviourConcern: .childWhyBehaviour
        case .supportPlanReview: .childWhySupportPlan
        case .transition: .childWhyTransition
        case .returnToSchool: .childWhyReturn
        case .familyRequest: .childWhyFamilyRequest
        }
    }

    public static func format(_ format: MeetingFormat) -> Phrase {
        switch format {
        case .inPerson: .formatInPerson
        case .video: .formatVideo
        case .hybrid: .formatHybrid
        case .phone: .formatPhone
        }
    }
}

import Foundation
import Testing

@testable import RoundtableCore

/// Real-sounding invitations, good and bad, and what a worried parent would be left asking.
@Suite("The invitation check")
struct InvitationCheckTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var text: String
        var facts: InvitationCheck.Facts
        /// The questions the check must raise, exactly.
        var expected: Set<InvitationCheck.Question>
        var testDescription: String { name }
    }

    static let routine = InvitationCheck.Facts(
        isConcern: false, isBehaviour: false, format: .inPerson, peopleWords: ["Priya"])
    static let concern = InvitationCheck.Facts(
        isConcern: true, isBehaviour: false, format: .inPerson, peopleWords: ["Priya"])
    static let behaviour = InvitationCheck.Facts(
        isConcern: true, isBehaviour: true, format: .inPerson, peopleWords: ["Priya"])
    static let video = InvitationCheck.Facts(
        isConcern: false, isBehaviour: false, format: .video, peopleWords: ["Priya"])

    static let cases: [Case] = [
        // Good invitations: nothing left to guess.
        Case(
            name: "a routine progress meeting that says everything",
            text: """
                Dear Ms Haddad, we would like to meet to talk about how well Omar is doing in reading this term, and \
                how we can keep it going at home and at school. This is a routine meeting, and the news is good. \
                It is on Tuesday 3 March at 3:30pm in the family room, next to reception, and will take about 30 \
                minutes. Mr Price, his class teacher, will be there. You might like to bring any questions, or think \
                about what Omar enjoys reading. We want to hear your view: you know Omar best.
                """, facts: routine, expected: []),
        Case(
            name: "a behaviour concern said kindly and plainly",
            text: """
                Dear Mr Chen, Ling has had some difficult moments at lunchtime over the last two weeks, and we are \
                worried she is unhappy. We would like to meet soon to understand together what is behind it and \
                agree how to help. The meeting is on Thursday at 8:45am in the library meeting room and will last \
                45 minutes. Mrs Okoro, head of year, and Ling's tutor will be there. Before the meeting, you might \
                like to think about what Ling says about lunchtimes at home. We want to hear what you think.
                """, facts: behaviour, expected: []),
        Case(
            name: "a concern that is not about behaviour, and says so",
            text: """
                Dear Mrs Novak, we are a little worried that Piotr is finding maths hard since the start of term. \
                This is not about behaviour. We would like to meet next week, on Wednesday 11 March at 4pm, in room \
                12 for about 30 minutes, with his maths teacher, Mr Ellis. You may like to bring his homework book. \
                We would really like to hear how you see it.
                """, facts: concern, expected: []),
        Case(
            name: "a video meeting with how to join",
            text: """
                Hello Sam, we would like to celebrate how much Aisha's writing has improved and plan the next step \
                together. This is a routine meeting. It will be a video call on Monday 9 March at 6pm, lasting about \
                20 minutes; the link comes with this invitation. Miss Reid, her teacher, will join. You might like to \
                think about what Aisha is proud of. We want to hear your ideas.
                """, facts: video, expected: []),
        Case(
            name: "a wellbeing check-in",
            text: """
                Dear Grandma Farah, Yusuf told his tutor he has been feeling low, and we are a little worried about \
                him. It is not urgent, but we would like to meet this week: Friday 6 March at 9am, in the family \
                room, for half an hour. Mr Jones, his tutor, and Ms Ade, our counsellor, will be there. Yusuf is \
                welcome to come too. Before the meeting, think about anything you have noticed at home. We want to \
                hear from you.
                """, facts: concern, expected: []),
        Case(
            name: "a support plan review",
            text: """
                Dear Mr and Mrs Patel, it is time for the regular review of Dev's support plan. He has done really \
                well with his reading targets, and we want to agree new ones together. We will meet on Tuesday 17 \
                March at 3:45pm in room 4, for about 45 minutes, with Mrs Green, who coordinates support for special \
                needs, and Dev's teaching assistant. Please bring anything from his therapist. Your views matter \
                most to us.
                """, facts: routine, expected: []),
        Case(
            name: "a transition meeting",
            text: """
                Dear Ms Kowalski, Maya is moving to Larkfield High in September and we would like to plan the move \
                together so that her first weeks feel familiar. This is a routine meeting, and we are proud of how \
                far she has come. It is on Monday 22 June at 2pm in the library, for an hour. Her teacher and Mr \
                Osei from the new school will be there. You might like to think about what Maya is looking forward \
                to and what worries her. We want to hear your thoughts.
                """, facts: routine, expected: []),
        Case(
            name: "a return after exclusion",
            text: """
                Dear Mr Reyes, we are looking forward to welcoming Tomás back on Monday. After the incident in the \
                playground, we would like to meet soon, on Friday at 3:30pm in the head of year's office, for 30 \
                minutes, to plan his first days together. Mrs Ahmed, head of year, will be there. Today is about the \
                way forward. You might like to bring any questions. We want to hear how you see things.
                """, facts: behaviour, expected: []),
        Case(
            name: "a meeting the family asked for",
            text: """
                Dear Mrs Ito, thank you for asking to meet about Ren's friendships. We are not worried about his \
                behaviour, but we understand you are concerned that he feels left out. We can meet next week, on \
                Wednesday at 8:30am in the family room, for 30 minutes, with his tutor, Ms Lane. Please bring \
                anything you would like us to know beforehand. We want to hear your view first.
                """, facts: concern, expected: []),
        Case(
            name: "a phone meeting",
            text: """
                Dear Mr Hassan, we would like to talk about how well Samir has settled into Year 7. It is good \
                news, and a routine call. His tutor, Mrs Bell, will phone you on Thursday at 5pm; it will take about \
                15 minutes. You might like to think about anything Samir has said about his new school. We would \
                like to hear your thoughts.
                """,
            facts: InvitationCheck.Facts(isConcern: false, isBehaviour: false, format: .phone), expected: []),

        // Vague or incomplete invitations.
        Case(
            name: "the classic vague letter",
            text: "Dear Parent, we would like to invite you in to discuss progress. Please contact the school.",
            facts: routine,
            expected: [.purpose, .tone, .urgency, .when, .length, .place, .who, .prepare, .voice]),
        Case(
            name: "a catch-up with no details",
            text: "Hi, could you pop in for a catch up about Jake sometime next week? Thanks, Mr Davies",
            // The writer's name is not a promise that he will be there.
            facts: routine, expected: [.purpose, .tone, .when, .length, .place, .who, .prepare, .voice]),
        Case(
            name: "concerns without saying what",
            text: """
                Dear Mrs Smith, we need to discuss some concerns about your child. Please come to school on \
                Monday at 9am. Mrs Hill, head of year, will see you in her office.
                """, facts: concern, expected: [.purpose, .behaviour, .urgency, .length, .prepare, .voice]),
        Case(
            name: "a behaviour meeting that hides the subject",
            text: """
                Dear Mr Brown, we are worried about Leo and would like to meet this week, on Thursday at 3:30pm in \
                room 9 for 30 minutes, with his tutor, Miss Khan. You might like to bring any questions. We want to \
                hear your view.
                """, facts: behaviour, expected: [.behaviour]),
        Case(
            name: "a concern dressed up as routine",
            text: """
                Dear Ms Lee, we would like to talk about how Mia's reading is going. It is a routine meeting on \
                Tuesday 10 March at 4pm in the library for 30 minutes, with Mr Price, her teacher. Please bring her \
                reading record. We want to hear what you think.
                """, facts: concern, expected: [.tone]),
        Case(
            name: "blaming words",
            text: """
                Dear Mr Jones, your son's behaviour in class has been unacceptable and he refuses to follow \
                instructions. We need to meet urgently, tomorrow at 8:30am in the head teacher's office, for 20 \
                minutes. You must attend. Please bring any questions. We want to hear your view.
                """, facts: behaviour, expected: [.blame]),
        Case(
            name: "jargon a family will not know",
            text: """
                Dear Mrs Ali, the SENCO would like to review Zain's EHCP targets with you. This is a routine meeting \
                and he has done well. It is on Monday at 3:30pm in room 2, for 45 minutes. Please bring his reports. \
                We want to hear your views.
                """, facts: routine, expected: [.jargon]),
        Case(
            name: "no length",
            text: """
                Dear Mr Grant, we are pleased with how Ella has settled and would like to plan her next steps \
                together. This is a routine meeting on Friday 13 March at 2pm in the family room, with her teacher, \
                Mrs Wood. You might like to bring any questions.
                """, facts: routine, expected: [.length]),
        Case(
            name: "no place",
            text: """
                Dear Ms Moreau, Lucas is doing really well in French club, and we would like to celebrate it and \
                plan what comes next. This is a routine meeting on Wednesday at 4pm, for 20 minutes, with his \
                teacher, Mr Dubois. Please think about what Lucas enjoys. We want to hear your ideas.
                """, facts: routine, expected: [.place]),
        Case(
            name: "a video meeting with no way in",
            text: """
                Dear Mrs Obi, we are pleased with Chidi's progress in science and would like to plan his next steps \
                together. This is a routine meeting on Monday at 7pm, for 20 minutes, with his teacher, Mr Stone. \
                Please think about any questions you have. We want to hear your view.
                """, facts: video, expected: [.place]),
        Case(
            name: "no people named",
            text: """
                Dear Mr Rossi, we are pleased with Giulia's attendance this term and would like to plan the summer \
                term together. This is a routine meeting, on Thursday 19 March at 3:30pm in the library, for 30 \
                minutes. Please bring any questions. We want to hear your view.
                """, facts: routine, expected: [.who]),
        Case(
            name: "no time",
            text: """
                Dear Mrs Nguyen, we are pleased with how Minh has settled in Year 7 and would like to meet soon to \
                plan the rest of the year together, in the family room for 30 minutes with his tutor, Mr Hale. \
                You might like to bring any questions. We want to hear your view.
                """, facts: routine, expected: [.when]),
        Case(
            name: "no invitation to speak",
            text: """
                Dear Mr Kaya, we are worried that Emre has fallen behind with his homework. It is not about \
                behaviour. We will meet on Tuesday at 4pm in room 6 for 30 minutes with his tutor, Mrs Yilmaz. \
                This is routine. Please bring his planner.
                """, facts: concern, expected: [.voice]),
        Case(
            name: "nothing to prepare",
            text: """
                Dear Ms Walsh, we are worried that Aoife is finding friendships hard at the moment. This is not \
                about behaviour. We would like to meet next week, on Monday at 3:30pm in the family room, for 30 \
                minutes, with her tutor, Mr Byrne. We want to hear how you see it.
                """, facts: concern, expected: [.prepare]),
        Case(
            name: "urgency left out",
            text: """
                Dear Mr Santos, we are delighted with how well Rafael is doing in maths and would like to meet on \
                Thursday 12 March at 3:30pm in room 3, for 20 minutes, with his teacher, Ms Cole. Please think about \
                what he enjoys. We want to hear your ideas.
                """, facts: routine, expected: [.urgency]),
        Case(
            name: "too short to say anything",
            text: "Please come in on Monday at 9am to see Mr Cole.", facts: routine,
            expected: [.purpose, .tone, .urgency, .length, .place, .prepare, .voice]),
        Case(
            name: "touching base",
            text: """
                Dear Mrs Young, just wanted to touch base about Harry. Could we meet on Friday at 2pm in the \
                library for 15 minutes with his tutor, Miss Price? It is nothing urgent. We want to hear your view, \
                and you might like to bring any questions.
                """, facts: routine, expected: [.purpose, .tone]),
        Case(
            name: "a concern with jargon and blame",
            text: """
                Dear Parent, the DSL and the SENCO need to discuss concerns about your child's behaviour, which \
                has been disruptive. Come to school urgently on Monday at 8:30am.
                """, facts: behaviour, expected: [.purpose, .length, .place, .prepare, .voice, .jargon, .blame]),
        Case(
            name: "a good news note that forgets the basics",
            text: """
                Dear Mr Ahmed, great news: Bilal has been chosen for the school football team and we are so proud \
                of him! We would love to meet to celebrate with you and plan how to fit training around his studies \
                together.
                """, facts: routine, expected: [.urgency, .when, .length, .place, .who, .prepare]),
        Case(
            name: "a hybrid meeting that names the room but not the link",
            text: """
                Dear Ms Diaz, we are pleased with Sofia's progress and want to plan next term together. It is \
                routine, on Tuesday at 4pm in room 7 for 30 minutes with her tutor, Mr Lowe. Please bring any \
                questions. We want to hear your view.
                """,
            facts: InvitationCheck.Facts(isConcern: false, isBehaviour: false, format: .hybrid), expected: []),
        Case(
            name: "the family's own names count as who will be there",
            text: """
                Dear Amira, we would like to meet about how well Zoë is settling in her new class and plan the next \
                weeks together. It is a routine meeting on Monday at 3:30pm in the family room, for 30 minutes, with \
                Priya and you. You might like to bring any questions. We want to hear your view.
                """, facts: routine, expected: []),
    ]

    /// Each letter is signed here, so the table asks its own questions; `unsigned` asks who it is from.
    static let signOff = "\n\nBest wishes,\nMrs Okoro, head of year"

    @Test("Each invitation raises exactly the questions a worried parent would ask", arguments: cases)
    func invitation(_ item: Case) {
        let report = InvitationCheck.check(item.text + Self.signOff, language: "en", facts: item.facts)
        #expect(Set(report.findings.map(\.question)) == item.expected, "\(report.findings.map(\.message))")
        #expect(report.contentChecked)
    }

    @Test("Without a sign-off, each invitation also asks who it is from", arguments: cases)
    func unsigned(_ item: Case) {
        let report = InvitationCheck.check(item.text, language: "en", facts: item.facts)
        let signed = item.text.hasSuffix("Thanks, Mr Davies")
        #expect(
            Set(report.findings.map(\.question)) == item.expected.union(signed ? [] : [.from]),
            "\(report.findings.map(\.message))")
    }

    @Test("At least thirty invitations are checked, good and bad")
    func enough() {
        #expect(Self.cases.count >= 30)
        #expect(Self.cases.filter(\.expected.isEmpty).count >= 10)
    }

    @Test("Readability: plain English reads easy, long official sentences read hard")
    func readability() {
        let plain = Readability.of(
            "We want to meet. It will be short. Bring any questions you have. We are glad you can come.",
            language: "en")
        #expect(plain.level == .easy)
        #expect((plain.fleschReadingEase ?? 0) > 80)
        let official = Readability.of(
            "In accordance with the institutional safeguarding framework, a multidisciplinary consultation regarding the educational provision and associated interventions pertaining to your child has been scheduled, attendance at which is considered obligatory.",
            language: "en")
        #expect(official.level == .hard)
        #expect(official.summary.contains("Hard to read"))
    }

    @Test("Other languages are measured for readability only, and say so")
    func otherLanguages() {
        let arabic = InvitationCheck.check(
            "نود أن نلتقي بكم يوم الثلاثاء للحديث عن تقدم عمر في القراءة. سيستغرق اللقاء نصف ساعة.", language: "ar",
            facts: Self.routine)
        #expect(!arabic.contentChecked)
        #expect(arabic.findings.isEmpty)
        #expect(arabic.readability.level == .easy)
        let chinese = InvitationCheck.check(
            "我们想在星期二下午三点半和您见面，谈谈明明的阅读。会议大约三十分钟。", language: "zh-Hans", facts: Self.routine)
        #expect(chinese.readability.level == .easy)
        #expect(chinese.readability.fleschReadingEase == nil)
    }
}

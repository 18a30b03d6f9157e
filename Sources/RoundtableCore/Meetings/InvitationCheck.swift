import Foundation

/// Reads an invitation the way a worried parent would, and says what it leaves them guessing.
///
/// A vague invitation ("we would like to discuss progress") makes a family wonder: good news
/// or bad? behaviour? urgent? how long? who will be there? am I to blame? Each question the
/// text does not answer becomes a finding. The content checks read English; for other
/// languages only readability is measured, and the composer says so.
public enum InvitationCheck {
    public enum Question: String, Sendable, CaseIterable {
        case purpose, tone, behaviour, urgency, when, length, place, who, from, prepare, voice, jargon, blame
        /// Words in square brackets the first draft left for the school to replace.
        case unfinished
    }

    public struct Finding: Sendable, Equatable {
        public var question: Question
        public var message: String
    }

    /// What the meeting really is, so the check can tell whether the text says it.
    public struct Facts: Sendable, Equatable {
        public var isConcern: Bool
        public var isBehaviour: Bool
        public var format: MeetingFormat
        /// First names of the people who will be there, and their roles ("head of year").
        public var peopleWords: [String]
        /// The room's name, if one is chosen.
        public var placeName: String?
        /// The first names of the children the meeting is about. A child's name is in every
        /// letter about them, so it never answers who the family will meet; a member of staff
        /// who shares it is still found by surname, title or role.
        public var childNames: [String]

        public init(
            isConcern: Bool, isBehaviour: Bool, format: MeetingFormat, peopleWords: [String] = [],
            placeName: String? = nil, childNames: [String] = []
        ) {
            self.isConcern = isConcern
            self.isBehaviour = isBehaviour
            self.format = format
            self.peopleWords = peopleWords
            self.placeName = placeName
            self.childNames = childNames
        }
    }

    public struct Report: Sendable, Equatable {
        public var findings: [Finding]
        public var readability: Readability
        /// False for languages other than English: only readability was measured.
        public var contentChecked: Bool

        public func has(_ question: Question) -> Bool { findings.contains { $0.question == question } }
    }

    /// School words families rarely know, with what to say instead.
    public static let jargon: [(term: String, plain: String)] = [
        ("SENCO", "the teacher who leads support for special needs"),
        ("SENDCo", "the teacher who leads support for special needs"),
        ("EHCP", "education, health and care plan"),
        ("IEP", "individual learning plan"),
        ("SEN", "special educational needs"),
        ("SEND", "special educational needs and disabilities"),
        ("EAL", "learning English as an additional language"),
        ("FSM", "free school meals"),
        ("CAMHS", "children's mental health service"),
        ("PSP", "pastoral support plan"),
        ("KS2", "Years 3 to 6"),
        ("KS3", "Years 7 to 9"),
        ("KS4", "Years 10 and 11"),
        ("DSL", "the member of staff who leads on keeping children safe"),
        ("TA", "teaching assistant"),
    ]

    /// Words that tell a family the meeting is about a concern.
    static let concernWords = [
        "concern", "worried", "worry", "difficult", "struggl", "hard time", "problem", "incident", "upset",
        "not going well", "finding it hard", "finds it hard", "found it hard", "fallen behind", "behind with",
        "unacceptable", "refuses", "disrupt", "defian",
    ]

    /// Reassurance ("no need to worry", "not an emergency") answers urgency; it is not a concern.
    static let reassuring = [
        "not an emergency", "no emergency", "no need to worry", "nothing to worry about", "don't worry",
        "do not worry", "nothing urgent", "not urgent", "nothing serious", "no rush", "no hurry",
    ]

    static func withoutReassurance(_ lower: String) -> String {
        reassuring.reduce(lower) { $0.replacingOccurrences(of: $1, with: " ") }
    }

    /// Whether English text already tells the family there is a concern.
    public static func mentionsConcern(_ text: String) -> Bool {
        let lower = withoutReassurance(" " + text.lowercased().replacingOccurrences(of: "’", with: "'") + " ")
        return concernWords.contains { lower.contains($0) }
    }

    public static func check(_ text: String, language: String, facts: Facts) -> Report {
        let readability = Readability.of(text, language: language)
        guard (language.split(separator: "-").first.map(String.init) ?? language) == "en" else {
            return Report(findings: [], readability: readability, contentChecked: false)
        }
        func lowered(_ text: String) -> String {
            " " + text.lowercased().replacingOccurrences(of: "’", with: "'") + " "
        }
        let lower = lowered(withoutGreeting(text))
        func mentions(_ phrases: [String]) -> Bool { phrases.contains { lower.contains($0) } }
        let unworried = withoutReassurance(lower)
        var findings: [Finding] = []
        func add(_ question: Question, _ message: String) {
            findings.append(Finding(question: question, message: message))
        }

        let vague = [
            "discuss progress", "discuss his progress", "discuss her progress", "discuss their progress",
            "discuss your child", "catch up", "catch-up", "a chat", "touch base", "discuss some concerns",
            "discuss concerns", "discuss a matter", "discuss an issue", "discuss some issues", "discuss a few things",
            "discuss a concern", "discuss things", "regarding your child", "about your child", "go over some things",
        ]
        if mentions(vague) {
            add(
                .purpose,
                "The purpose is vague. Say what exactly you want to talk about, for example “how Sam can settle at lunchtimes”."
            )
        } else if words(text).count < 25 {
            add(.purpose, "The invitation is very short. Say in a sentence what the meeting is about and why now.")
        }

        let good = [
            "good news", "going well", "proud", "celebrate", "well done", "pleased", "improved", "improving",
            "great progress", "really well", "doing well", "done well", "success", "positive", "news is good",
            "how well", "delighted", "glad",
        ]
        let mentionsConcern = concernWords.contains { unworried.contains($0) }
        // A meeting held with every family is neither good news nor a concern, and says so.
        let routine = [
            "routine", "every family", "all families", "each family", "every pupil", "every student", "every child",
            "regular", "every term", "each term", "termly", "every year", "each year",
        ]
        if !mentions(good) && !mentionsConcern && !mentions(routine) {
            add(
                .tone,
                "It does not say whether this is good news or a concern. Families assume the worst when they are not told."
            )
        } else if facts.isConcern && !mentionsConcern {
            add(.tone, "The meeting is about a concern, but the invitation does not say so. Say it kindly and plainly.")
        }

        // A concern with a clear subject (feelings, a subject, attendance) does not leave families
        // guessing that it is about behaviour.
        let topics = [
            "feeling", "unhappy", "low", "anxious", "lonely", "friendship", "friends", "reading", "maths", "writing",
            "homework", "learning", "attendance", "science", "english", "spelling", "sleep", "left out",
        ]
        let behaviour = [
            "behaviour", "behavior", "incident", "lunchtime", "in class", "playground", "exclusion", "excluded",
            "detention", "fight", "conduct", "difficult moments", "unkind", "hurt", "rules",
        ]
        if facts.isBehaviour && !mentions(behaviour) {
            add(
                .behaviour,
                "The meeting is about behaviour, but the invitation does not say so. Say what happened in plain words."
            )
        } else if !facts.isBehaviour && facts.isConcern && !mentions(behaviour) && !mentions(["not about behaviour"])
            && !mentions(topics)
        {
            add(
                .behaviour,
                "Families often fear a concern means trouble. If it is not about behaviour, say so: “This is not about behaviour.”"
            )
        }

        let urgency =
            [
                "urgent", "routine", "regular", "nothing urgent", "not urgent", "as soon as", "this week", "next week",
                "every term", "each term", "termly", "soon", "in the next few days", "before the holiday", "emergency",
                "every family", "all families",
            ] + reassuring
        if !mentions(urgency) {
            add(
                .urgency,
                "Say how urgent it is, for example “This is a routine meeting” or “We would like to meet this week”.")
        }

        let days = [
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
            "march", "april", "may ", "june", "july", "august", "september", "october", "november", "december",
            "tomorrow", "today",
        ]
        let hasClock =
            lower.range(of: #"\b\d{1,2}[:.]\d{2}\b|\b\d{1,2}\s?(am|pm)\b"#, options: .regularExpression) != nil
        if !mentions(days) && !hasClock {
            add(.when, "Say the day and time.")
        }

        let hasLength =
            statesLength(lower) || mentions(["half an hour", " an hour", "one hour", "quarter of an hour"])
        if !hasLength {
            add(.length, "Say how long the meeting will last, for example “about 30 minutes”.")
        }

        // Leading spaces keep "call" from matching "recall", and "meet" from "meeting".
        var placeWords = ["room", "office", "library", "reception", " hall", "school gate", "main entrance"]
        if facts.format != .inPerson {
            placeWords += [" video", " call", " phone", " online", " link", " zoom", " teams", "google meet"]
        }
        if let place = facts.placeName?.lowercased() { placeWords.append(place) }
        if !mentions(placeWords) {
            add(
                .place,
                facts.format == .inPerson
                    ? "Say where to come, for example “the family room, next to reception”."
                    : "Say how to join: by video or phone, and that the link will come with the invitation.")
        }

        let roleWords = [
            "teacher", "tutor", "head of year", "headteacher", "head teacher", "counsellor", "coordinator",
            "interpreter", "social worker", "nurse", "pastoral", "mr ", "mrs ", "ms ", "miss ", "dr ", "senco",
            "sendco", "dsl",
        ]
        // The greeting names the reader and the sign-off the writer: neither says who will be
        // there, so the question reads the letter between them. The child's name never counts.
        let between = lowered(withoutSignOff(withoutGreeting(text)))
        let children = Set(facts.childNames.map { $0.lowercased() })
        let people = facts.peopleWords.map { $0.lowercased() }.filter { !$0.isEmpty && !children.contains($0) }
        let namesSomeone = people.contains { name in
            between.range(
                of: #"\b"# + NSRegularExpression.escapedPattern(for: name) + #"\b"#, options: .regularExpression)
                != nil
        }
        if !roleWords.contains(where: { between.contains($0) }) && !namesSomeone {
            add(.who, "Say who will be there, and what each person does.")
        }
        if !saysWhoFrom(text) {
            add(
                .from,
                "Say who the letter is from: end with your name and role, for example “Best wishes, Ms Okafor, head of year”."
            )
        }

        let prepare = [
            "bring", "think about", "prepare", "before the meeting", "beforehand", "you might like to",
            "you may like to", "questions you", "write down", "in advance",
        ]
        if !mentions(prepare) {
            add(.prepare, "Say what the family can bring or think about beforehand, so they come ready, not anxious.")
        }

        let voice = [
            "your view", "your views", "hear from you", "what you think", "your ideas", "know best", "your thoughts",
            "want to hear", "your experience", "how you see", "your point of view", "together", "tell us how",
            "tell us what", "tell us about", "how she feels", "how he feels", "how they feel", "how you feel",
            "what she thinks", "what he thinks", "what they think", "hear what", "hear how", "share your",
            "what matters to you", "your say",
        ]
        if !mentions(voice) {
            add(.voice, "Say that you want to hear the family's view: the meeting is with them, not about them.")
        }

        let originalWords = Set(words(text))
        for entry in jargon where originalWords.contains(entry.term) {
            add(.jargon, "Explain or avoid “\(entry.term)”: say “\(entry.plain)”.")
        }

        for label in labelsUsed(in: lower) {
            add(.blame, "“\(label.word)” can read as a label or as blame. \(label.kinder)")
        }
        if text.range(of: #"\[[^\]\n]*\]"#, options: .regularExpression) != nil {
            add(.unfinished, "Replace the words in square brackets with your own before you share it.")
        }
        return Report(findings: findings, readability: readability, contentChecked: true)
    }
}

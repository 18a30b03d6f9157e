import Foundation

/// The child's page speaks to the student with the informal "you" (tú, tu, 你, أنت); the
/// family's page stays polite. Only phrases a student reads that differ are here; the rest
/// of the catalog is shared. Arabic uses forms that suit a girl or a boy: nouns and the
/// unvowelled pronoun rather than gendered verbs.
extension Catalog {
    public static let informal: [String: [Phrase: String]] = [
        "es": [
            .you: "Tú", .summaryOwnerYou: "Tú",
            .noDateYet: "Pronto te diremos la fecha.",
            .cancelledNext:
                "El colegio se pondrá en contacto contigo y con tu familia para hablar de los próximos pasos.",
            .changesTitle: "Desde tu última visita",
            .agendaAddHint: "Aparecerá en el orden del día, a la vista de todos, con tu nombre.",
            .agendaAddField: "Tu tema para el orden del día",
            .errorAgendaEmpty: "Escribe de qué te gustaría hablar",
            .footer: "Esta página es solo para ti. No compartas su dirección, por favor.",
            .voiceTitle: "Lo que piensas antes de la reunión",
            .voiceOpen: "Escribe lo que piensas",
            .calendarDownload: "Añadir a tu calendario",
            .voiceIntro:
                "Quién lo leerá: la persona del colegio que dirige la reunión, el resto del personal invitado a ella y la dirección del colegio. Nadie más. Contesta lo que quieras; puedes cambiarlo hasta que empiece la reunión.",
            .voiceWorries: "¿Qué te preocupa?",
            .voiceHopes: "¿Qué esperas conseguir?",
            .voiceTalkAbout: "¿De qué te gustaría hablar?",
            .voiceSaved: "Guardado. Puedes volver y cambiarlo hasta que empiece la reunión.",
            .errorSummary: "Revisa tus respuestas, por favor",
            .errorTooLong: "Escribe un poco menos, por favor (como máximo {count} caracteres)",
        ],
        "fr": [
            .you: "Toi", .summaryOwnerYou: "Toi",
            .noDateYet: "Nous te donnerons bientôt la date.",
            .cancelledNext: "L’école reprendra contact avec toi et ta famille pour la suite.",
            .changesTitle: "Depuis ta dernière visite",
            .agendaAddHint: "Il sera ajouté à l’ordre du jour, visible par tous, avec ton nom.",
            .agendaAddField: "Ton sujet pour l’ordre du jour",
            .errorAgendaEmpty: "Écris de quoi tu aimerais parler",
            .footer: "Cette page est pour toi uniquement. Merci de ne pas partager son adresse.",
            .voiceTitle: "Tes idées avant la réunion",
            .voiceOpen: "Écris tes idées",
            .calendarDownload: "Ajouter à ton agenda",
            .voiceIntro:
                "Qui lira ceci : la personne de l’école qui mène la réunion, les autres membres du personnel invités et la direction de l’école. Personne d’autre. Réponds à ce que tu veux ; tu peux modifier jusqu’au début de la réunion.",
            .voiceWorries: "Qu’est-ce qui t’inquiète ?",
            .voiceHopes: "Qu’espères-tu ?",
            .voiceTalkAbout: "De quoi aimerais-tu parler ?",
            .voiceSaved: "C’est enregistré. Tu peux revenir et modifier jusqu’au début de la réunion.",
            .errorSummary: "Vérifie tes réponses, s’il te plaît",
            .errorTooLong: "Écris un peu moins, s’il te plaît (au plus {count} caractères)",
        ],
        "zh-Hans": [
            .you: "你", .summaryOwnerYou: "你",
            .noDateYet: "我们会尽快告诉你日期。",
            .cancelledNext: "学校会再和你和你的家人联系，商量接下来的安排。",
            .changesTitle: "自你上次查看以来",
            .agendaAddHint: "它会出现在议程上，大家都能看到，并注明是你提出的。",
            .agendaAddField: "你想加入议程的话题",
            .errorAgendaEmpty: "请写下你想谈的内容",
            .footer: "这个页面只给你本人看，请不要分享它的地址。",
            .voiceTitle: "会面前你的想法",
            .voiceOpen: "写下你的想法",
            .calendarDownload: "添加到你的日历",
            .voiceWorries: "你担心什么？",
            .voiceHopes: "你希望达成什么？",
            .voiceTalkAbout: "你想谈什么？",
            .voiceSaved: "已保存。会面开始前，你可以随时回来修改。",
            .errorSummary: "请检查你的回答",
        ],
        "ar": [
            .you: "أنت", .summaryOwnerYou: "أنت",
            .noDateYet: "سنخبرك بالموعد قريبًا.",
            .cancelledNext: "ستتواصل المدرسة معك ومع عائلتك بخصوص الخطوات التالية.",
            .changesTitle: "منذ زيارتك الأخيرة",
            .agendaAddTitle: "إضافة موضوع للحديث",
            .agendaAddHint: "سيظهر في جدول الأعمال للجميع، مع اسمك.",
            .agendaAddField: "موضوعك لجدول الأعمال",
            .agendaAdded: "شكرًا لك. تمت إضافته إلى جدول الأعمال.",
            .errorAgendaEmpty: "يُرجى كتابة الموضوع الذي يهمك",
            .footer: "هذه الصفحة لك وحدك. يُرجى عدم مشاركة رابطها.",
            .voiceTitle: "أفكارك قبل الاجتماع",
            .voiceOpen: "اكتب أفكارك",
            .calendarDownload: "أضِفه إلى تقويمك",
            .voiceIntro:
                "من سيقرأ هذا: الموظف الذي يدير الاجتماع، وسائر موظفي المدرسة المدعوّين إليه، وإدارة المدرسة. لا أحد غيرهم. لا يلزمك الإجابة عن كل شيء، ويمكنك التغيير حتى بداية الاجتماع.",
            .voiceWorries: "ما الذي يقلقك؟",
            .voiceHopes: "ما أمنياتك؟",
            .voiceTalkAbout: "ما الموضوع الذي يهمك الحديث عنه؟",
            .voiceSaved: "تم الحفظ. يمكنك العودة والتغيير حتى بداية الاجتماع.",
            .errorSummary: "يُرجى مراجعة إجاباتك",
        ],
    ]
}

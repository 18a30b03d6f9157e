import Foundation

/// The family's own page (all their children's meetings and their requests at one school), in
/// every language. Kept apart from the main tables so the page's words read as one piece.
extension Catalog {
    static let familyEnglish: [Phrase: String] = [
        .familyTitle: "Your meetings with the school",
        .familyLink: "All your meetings and requests, for all your children",
        .familyIntro:
            "Here are the meetings you are invited to at this school, for each of your children, and what you have asked the school.",
        .familyChildren: "Your children at this school",
        .familyChildYear: "{name}, Year {year}",
        .familyUpcoming: "Coming meetings",
        .familyPast: "Earlier meetings",
        .familyNoUpcoming: "There are no meetings planned for now.",
        .familyNotReplied: "You have not replied yet.",
        .familyWithInterpreter: "{answer}, with an interpreter",
        .familyOpen: "Open this meeting",
        .familyOpenHere: "This is the meeting you came from",
        .familyClosed: "The page for this meeting has closed.",
        .familyRequestsTitle: "What you have asked the school",
        .familyRequestAbout: "About {name}, sent on {date}",
        .familyRequestWaiting: "Waiting for the school to answer.",
        .familyRequestsNone: "You have not asked for a meeting yet.",
        .familyAskTitle: "Ask for a meeting about one of your children",
        .familyBack: "Back to your meeting",
    ]

    static let familySpanish: [Phrase: String] = [
        .familyTitle: "Sus reuniones con el colegio",
        .familyLink: "Todas sus reuniones y peticiones, para todos sus hijos",
        .familyIntro:
            "Aquí están las reuniones de este colegio a las que le han invitado, para cada uno de sus hijos, y lo que usted ha pedido al colegio.",
        .familyChildren: "Sus hijos en este colegio",
        .familyChildYear: "{name}, Year {year}",
        .familyUpcoming: "Próximas reuniones",
        .familyPast: "Reuniones anteriores",
        .familyNoUpcoming: "Por ahora no hay ninguna reunión prevista.",
        .familyNotReplied: "Todavía no ha respondido.",
        .familyWithInterpreter: "{answer}, con intérprete",
        .familyOpen: "Abrir esta reunión",
        .familyOpenHere: "Es la reunión desde la que ha llegado",
        .familyClosed: "La página de esta reunión ya está cerrada.",
        .familyRequestsTitle: "Lo que ha pedido al colegio",
        .familyRequestAbout: "Sobre {name}, enviada el {date}",
        .familyRequestWaiting: "Esperando la respuesta del colegio.",
        .familyRequestsNone: "Todavía no ha pedido ninguna reunión.",
        .familyAskTitle: "Pedir una reunión sobre uno de sus hijos",
        .familyBack: "Volver a su reunión",
    ]

    static let familyFrench: [Phrase: String] = [
        .familyTitle: "Vos réunions avec l’école",
        .familyLink: "Toutes vos réunions et vos demandes, pour tous vos enfants",
        .familyIntro:
            "Voici les réunions de cette école auxquelles vous êtes invité, pour chacun de vos enfants, et ce que vous avez demandé à l’école.",
        .familyChildren: "Vos enfants dans cette école",
        .familyChildYear: "{name}, Year {year}",
        .familyUpcoming: "Prochaines réunions",
        .familyPast: "Réunions passées",
        .familyNoUpcoming: "Aucune réunion n’est prévue pour le moment.",
        .familyNotReplied: "Vous n’avez pas encore répondu.",
        .familyWithInterpreter: "{answer}, avec un interprète",
        .familyOpen: "Ouvrir cette réunion",
        .familyOpenHere: "C’est la réunion d’où vous venez",
        .familyClosed: "La page de cette réunion est fermée.",
        .familyRequestsTitle: "Ce que vous avez demandé à l’école",
        .familyRequestAbout: "Au sujet de {name}, envoyée le {date}",
        .familyRequestWaiting: "En attente de la réponse de l’école.",
        .familyRequestsNone: "Vous n’avez encore demandé aucune réunion.",
        .familyAskTitle: "Demander une réunion au sujet d’un de vos enfants",
        .familyBack: "Retour à votre réunion",
    ]

    static let familyArabic: [Phrase: String] = [
        .familyTitle: "اجتماعاتكم مع المدرسة",
        .familyLink: "كل اجتماعاتكم وطلباتكم، لجميع أطفالكم",
        .familyIntro:
            "هنا الاجتماعات التي دُعيتم إليها في هذه المدرسة، لكل واحد من أطفالكم، وما طلبتموه من المدرسة.",
        .familyChildren: "أطفالكم في هذه المدرسة",
        .familyChildYear: "{name}، الصف {year}",
        .familyUpcoming: "الاجتماعات القادمة",
        .familyPast: "الاجتماعات السابقة",
        .familyNoUpcoming: "لا توجد اجتماعات مخطط لها الآن.",
        .familyNotReplied: "لم تردّوا بعد.",
        .familyWithInterpreter: "{answer}، مع مترجم",
        .familyOpen: "افتحوا هذا الاجتماع",
        .familyOpenHere: "هذا هو الاجتماع الذي جئتم منه",
        .familyClosed: "أُغلقت صفحة هذا الاجتماع.",
        .familyRequestsTitle: "ما طلبتموه من المدرسة",
        .familyRequestAbout: "بخصوص {name}، أُرسل في {date}",
        .familyRequestWaiting: "بانتظار رد المدرسة.",
        .familyRequestsNone: "لم تطلبوا أي اجتماع بعد.",
        .familyAskTitle: "اطلبوا اجتماعًا بخصوص أحد أطفالكم",
        .familyBack: "العودة إلى اجتماعكم",
    ]

    static let familyChinese: [Phrase: String] = [
        .familyTitle: "您与学校的会面",
        .familyLink: "您所有孩子的全部会面和申请",
        .familyIntro: "这里是您在这所学校受邀参加的会面（包括您的每个孩子），以及您向学校提出的申请。",
        .familyChildren: "您在这所学校的孩子",
        .familyChildYear: "{name}，{year}年级",
        .familyUpcoming: "即将举行的会面",
        .familyPast: "以前的会面",
        .familyNoUpcoming: "目前没有安排会面。",
        .familyNotReplied: "您还没有回复。",
        .familyWithInterpreter: "{answer}，需要翻译",
        .familyOpen: "打开这次会面",
        .familyOpenHere: "这是您刚才查看的会面",
        .familyClosed: "这次会面的页面已关闭。",
        .familyRequestsTitle: "您向学校提出的申请",
        .familyRequestAbout: "关于{name}，于{date}发送",
        .familyRequestWaiting: "正在等待学校回复。",
        .familyRequestsNone: "您还没有申请过会面。",
        .familyAskTitle: "为您的一个孩子申请会面",
        .familyBack: "返回您的会面",
    ]
}

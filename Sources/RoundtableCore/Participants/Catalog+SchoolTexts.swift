import Foundation

/// The note beside a school text shown in English because the school has not written it in
/// the reader's language. Kept apart from the main tables so the notes read as one piece.
extension Catalog {
    static let schoolTextsEnglish: [Phrase: String] = [
        .writtenInEnglish: "The school wrote this part in English.",
        .agendaInEnglish: "The school wrote its agenda items in English.",
        .agendaSomeInEnglish: "The school wrote some of these items in English.",
    ]

    static let schoolTextsSpanish: [Phrase: String] = [
        .writtenInEnglish: "El colegio escribió esta parte en inglés.",
        .agendaInEnglish: "El colegio escribió sus puntos del orden del día en inglés.",
        .agendaSomeInEnglish: "El colegio escribió algunos de estos puntos en inglés.",
    ]

    static let schoolTextsFrench: [Phrase: String] = [
        .writtenInEnglish: "L’école a écrit cette partie en anglais.",
        .agendaInEnglish: "L’école a écrit ses points de l’ordre du jour en anglais.",
        .agendaSomeInEnglish: "L’école a écrit certains de ces points en anglais.",
    ]

    static let schoolTextsArabic: [Phrase: String] = [
        .writtenInEnglish: "كتبت المدرسة هذا الجزء باللغة الإنجليزية.",
        .agendaInEnglish: "كتبت المدرسة بنودها في جدول الأعمال باللغة الإنجليزية.",
        .agendaSomeInEnglish: "كتبت المدرسة بعض هذه البنود باللغة الإنجليزية.",
    ]

    static let schoolTextsChinese: [Phrase: String] = [
        .writtenInEnglish: "这部分是学校用英文写的。",
        .agendaInEnglish: "学校的议程项目是用英文写的。",
        .agendaSomeInEnglish: "其中一些议程项目是学校用英文写的。",
    ]
}

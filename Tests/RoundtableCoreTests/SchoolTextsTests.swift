import Foundation
import Testing

@testable import RoundtableCore

@Suite("The school's texts per language: which words each reader gets")
struct SchoolTextsTests {
    @Test("A text written in the reader's language wins; otherwise the English shows, marked as English")
    func shown() {
        #expect(
            SchoolTexts.shown(written: "لنتحدث عن وقت الغداء", english: "Lunchtimes", language: "ar")
                == SchoolText("لنتحدث عن وقت الغداء", language: "ar"))
        #expect(
            SchoolTexts.shown(written: nil, english: "Lunchtimes", language: "ar")
                == SchoolText("Lunchtimes", language: "en"))
        // A blank translation is no translation.
        #expect(SchoolTexts.shown(written: "  \n", english: "Lunchtimes", language: "fr")?.language == "en")
        #expect(SchoolTexts.shown(written: nil, english: nil, language: "fr") == nil)
        #expect(SchoolTexts.shown(written: nil, english: "  ", language: "fr") == nil)
    }

    @Test("Only the student reads the agenda in words for the student, in their language first")
    func childWording() {
        func title(
            _ reader: ParticipantKind, written: String? = nil, child: String? = nil, englishChild: String? = nil
        )
            -> SchoolText
        {
            SchoolTexts.agendaTitle(
                title: "Attendance and punctuality", written: written, child: child, englishChild: englishChild,
                language: "es", reader: reader)
        }
        #expect(
            title(.student, written: "Asistencia", child: "Llegar a tiempo")
                == SchoolText("Llegar a tiempo", language: "es"))
        // Their language beats the child wording in English.
        #expect(
            title(.student, written: "Asistencia", englishChild: "Getting to school on time")
                == SchoolText("Asistencia", language: "es"))
        #expect(
            title(.student, englishChild: "Getting to school on time")
                == SchoolText("Getting to school on time", language: "en"))
        #expect(title(.student) == SchoolText("Attendance and punctuality", language: "en"))
        // A parent or an agency never reads the words written for the child.
        for adult in [ParticipantKind.family, .agency, .staff] {
            #expect(
                title(adult, child: "Llegar a tiempo", englishChild: "On time")
                    == SchoolText("Attendance and punctuality", language: "en"))
            #expect(
                title(adult, written: "Asistencia", child: "Llegar a tiempo")
                    == SchoolText("Asistencia", language: "es"))
            #expect(!SchoolTexts.mayRead(.agendaChild, adult))
            #expect(SchoolTexts.mayRead(.purpose, adult))
        }
        #expect(SchoolTexts.mayRead(.agendaChild, .student))
    }

    @Test("The form offers each language its parts, keeps only known fields, and checks lengths")
    func form() {
        #expect(SchoolTextsForm.parts(for: "en", hasCall: true) == [.directions, .agendaChild])
        #expect(
            SchoolTextsForm.parts(for: "ar", hasCall: false) == [
                .purpose, .groundRules, .directions, .agendaItem, .agendaChild,
            ])
        #expect(SchoolTextsForm.parts(for: "ar", hasCall: true).contains(.fallbackPlan))
        let item = UUID()
        let form = SchoolTextsForm(
            fields: [
                "purpose": "  Hablar del comedor ", "agenda-\(item.uuidString.lowercased())": "Lo que va bien",
                "agenda_child-\(item.uuidString.lowercased())": String(repeating: "a", count: 201),
                "agenda-\(UUID().uuidString.lowercased())": "Not this meeting's", "_csrf": "x",
            ], parts: SchoolTextsForm.parts(for: "es", hasCall: false), items: [item])
        #expect(form.text(.purpose) == "Hablar del comedor")
        #expect(form.text(.agendaItem, item) == "Lo que va bien")
        #expect(form.written.map(\.part) == [.purpose, .agendaItem, .agendaChild])
        #expect(form.check()["agenda_child-\(item.uuidString.lowercased())"] == "Use 200 characters or fewer")
        #expect(form.check()["purpose"] == nil)
        #expect(SchoolTexts.lines("Listen\n\n  Be kind  \n") == ["Listen", "Be kind"])
    }
}

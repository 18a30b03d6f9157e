import Fluent
import Foundation
import RoundtableCore
import RoundtableViews

/// Adding students by hand and changing what is recorded about them. Each change is one
/// transaction with its audit entry, so the log never misses a change that happened.
enum StudentRecords {
    static func create(
        _ checked: StudentForm.Checked, schoolID: UUID, context: AuditContext, on db: any Database
    ) async throws -> Student {
        let student = Student()
        student.$school.id = schoolID
        student.isActive = true
        apply(checked, to: student)
        try await db.transaction { db in
            try await student.create(on: db)
            try await AuditLog.record(
                .studentCreated, on: db, context: context, schoolID: schoolID, subjectType: "student",
                subjectID: student.id, summary: student.displayName)
        }
        return student
    }

    static func update(
        _ student: Student, with checked: StudentForm.Checked, context: AuditContext, on db: any Database
    ) async throws {
        // The form offers two languages; a third from the roster is kept, not dropped.
        let beyondForm = student.homeLanguages.dropFirst(2)
        apply(checked, to: student)
        student.homeLanguages += beyondForm.filter { !student.homeLanguages.contains($0) }
        guard student.hasChanges else { return }
        try await db.transaction { db in
            try await student.save(on: db)
            try await AuditLog.record(
                .studentUpdated, on: db, context: context, schoolID: student.$school.id, subjectType: "student",
                subjectID: student.id, summary: student.displayName)
        }
    }

    private static func apply(_ checked: StudentForm.Checked, to student: Student) {
        student.setNames(given: checked.givenName, family: checked.familyName, preferred: checked.preferredName)
        student.dateOfBirth = checked.dateOfBirth
        student.yearGroup = checked.yearGroup
        student.formGroup = checked.formGroup
        student.homeLanguages = checked.homeLanguages
        student.hasSpecialNeeds = checked.specialNeeds
        student.isDisadvantaged = checked.disadvantaged
        student.learnsEnglishAsAdditionalLanguage = checked.additionalLanguage
        student.whatHelpsMe = checked.whatHelpsMe
    }
}

extension StudentForm {
    init(_ student: Student) {
        self.init()
        givenName = student.legalGivenName
        familyName = student.legalFamilyName
        preferredName = student.preferredName ?? ""
        dateOfBirth = StudentForm.inputValue(student.dateOfBirth)
        yearGroup = student.yearGroup == YearGroups.unknown ? "" : String(student.yearGroup)
        formGroup = student.formGroup ?? ""
        mainLanguage = student.homeLanguages.first ?? ""
        otherLanguage = student.homeLanguages.dropFirst().first ?? ""
        specialNeeds = student.hasSpecialNeeds
        disadvantaged = student.isDisadvantaged
        additionalLanguage = student.learnsEnglishAsAdditionalLanguage
        whatHelpsMe = student.whatHelpsMe ?? ""
    }
}

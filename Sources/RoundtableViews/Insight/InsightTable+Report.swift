import Foundation
import RoundtableCore

extension InsightTable {
    /// The page's tables, in the order it shows them, from figures Core has already suppressed.
    public static func all(from report: InsightReport) -> [InsightTable] {
        [
            keyFigures(report.overall), feedback(report.overall), feedbackByMonth(report),
            breakdown(
                id: "by-type", heading: "By type of meeting", rowName: "Type of meeting", report.byType,
                label: \.label),
            breakdown(
                id: "by-requester", heading: "By who asked for the meeting", rowName: "Who asked", report.byRequester,
                label: \.label),
            breakdown(
                id: "by-year-group", heading: "By year group", rowName: "Year group", report.byYearGroup,
                label: { "Year \($0)" }),
            byMonth(report),
        ]
    }

    /// One year group's or type's tables: every measure of its row in the period's breakdown,
    /// and no breakdown inside it (`InsightFilter` says why).
    public static func narrowed(_ figures: Suppression.Cell<InsightMeasures>) -> [InsightTable] {
        [keyFigures(figures), feedback(figures)]
    }

    /// The figures of the whole period (or one group), one measure a row.
    static func keyFigures(_ overall: Suppression.Cell<InsightMeasures>) -> InsightTable {
        let rows: [(String, (InsightMeasures) -> String)] = [
            ("Meetings held", { InsightText.count($0.meetings) }),
            ("Students they were about", { InsightText.count($0.students) }),
            ("A family member took part (in person, video or phone)", { InsightText.share($0.familyTookPart) }),
            (
                "The student's voice was heard (there, or their views given before)",
                { InsightText.share($0.studentVoice) }
            ),
            ("An interpreter was there when one was needed", { InsightText.share($0.interpreterProvided) }),
            ("Summary shared within 5 weekdays", { InsightText.share($0.summaryOnTime) }),
            ("Summary confirmed or asked about (of those shared)", { InsightText.share($0.summaryAnswered) }),
            ("Ran over the time set", { InsightText.share($0.ranOver) }),
            ("From a family's request to the meeting (middle value)", { InsightText.days($0.medianDaysFromRequest) }),
            ("Actions done by their date (of those due)", { InsightText.share($0.actionsOnTime) }),
            ("Goals achieved, or changed for a better one", { InsightText.share($0.goalsAchievedOrChanged) }),
            ("Low feedback alerts raised", { InsightText.count($0.alertsRaised) }),
            ("Alerts acted on", { InsightText.count($0.alertsActedOn) }),
        ]
        return InsightTable(
            id: "key-figures", heading: "The period at a glance", columns: ["Measure", "Figure"],
            rows: rows.map { name, figure in
                Row(label: name, cells: [overall.value.map(figure) ?? Suppression.hiddenText])
            })
    }

    /// How meetings felt: each question's average on 0 to 10, faces counted on the same scale.
    static func feedback(_ overall: Suppression.Cell<InsightMeasures>) -> InsightTable {
        let figures = overall.value
        return InsightTable(
            id: "feedback", heading: "How meetings felt",
            hint:
                "The average answer to each question, from 0 (not at all) to 10 (completely). A student's five faces count as 0, 2.5, 5, 7.5 and 10. \(figures.map { "\($0.feedbackAnswers) answers." } ?? "")",
            columns: ["Question", "Average out of 10"],
            rows: FeedbackQuestion.allCases.map { question in
                let value = figures?.feedback[question]
                return Row(
                    label: question.insightLabel,
                    cells: [figures == nil ? Suppression.hiddenText : InsightText.average(value)], bar: value)
            },
            chart: Chart(column: 0, maximum: 10, unit: .outOfTen))
    }

    /// Each question's average month by month, drawn as one small line a question: a month
    /// hidden by `Suppression`, or without answers, is a gap in every line.
    static func feedbackByMonth(_ report: InsightReport) -> InsightTable {
        let questions = FeedbackQuestion.allCases
        let held = Dictionary(uniqueKeysWithValues: report.byMonth.groups.map { ($0.key, $0.cell) })
        let rows = report.period.months.map { month in
            guard let cell = held[month] else {
                return Row(label: month.label, cells: questions.map { _ in "—" }, points: questions.map { _ in nil })
            }
            guard let figures = cell.value else {
                return Row(
                    label: month.label, cells: questions.map { _ in Suppression.hiddenText },
                    points: questions.map { _ in nil })
            }
            return Row(
                label: month.label, cells: questions.map { InsightText.average(figures.feedback[$0]) },
                points: questions.map { figures.feedback[$0] })
        }
        let span = report.period.months.first.map { first in
            " Each line runs from \(first.label)\(report.period.months.last.map { " to \($0.label)" } ?? "")."
        }
        return InsightTable(
            id: "feedback-by-month", heading: "Each question, month by month",
            hint:
                "The average answer to each question out of 10, month by month.\(span ?? "") A gap is a month with nothing to count, or with fewer than 5 students.",
            columns: ["Month"] + questions.map(\.insightLabel), rows: rows, lines: Lines(maximum: 10))
    }

    /// Meetings and what they did for one breakdown, hidden rows as "fewer than 5".
    static func breakdown<Key>(
        id: String, heading: String, rowName: String, _ result: Suppression.Result<Key, InsightMeasures>,
        label: (Key) -> String
    ) -> InsightTable {
        let columns = [
            rowName, "Meetings", "Students", "Family took part", "Student's voice heard", "Summary within 5 weekdays",
            "Average feedback",
        ]
        let rows = result.groups.map { key, cell in
            guard let figures = cell.value else {
                return Row(
                    label: label(key), cells: Array(repeating: Suppression.hiddenText, count: columns.count - 1))
            }
            return Row(
                label: label(key),
                cells: [
                    InsightText.count(figures.meetings), InsightText.count(figures.students),
                    InsightText.share(figures.familyTookPart), InsightText.share(figures.studentVoice),
                    InsightText.share(figures.summaryOnTime), InsightText.average(figures.feedbackOverall),
                ], bar: Double(figures.meetings))
        }
        return InsightTable(
            id: id, heading: heading, columns: columns, rows: rows,
            chart: Chart(column: 0, maximum: Double(rows.compactMap(\.bar).max() ?? 1), unit: .count))
    }

    /// Every month of the period, in order; a month without meetings says so.
    static func byMonth(_ report: InsightReport) -> InsightTable {
        var table = breakdown(
            id: "by-month", heading: "Month by month", rowName: "Month", report.byMonth, label: \.label)
        let held = Dictionary(uniqueKeysWithValues: zip(report.byMonth.groups.map(\.key), table.rows))
        table.rows = report.period.months.map { month in
            held[month] ?? Row(label: month.label, cells: ["0"] + Array(repeating: "—", count: table.columns.count - 2))
        }
        return table
    }

    /// One group comparison: the same measures per group, families' own answers only.
    public static func equality(_ comparison: InsightReport.Comparison) -> InsightTable {
        let dimension = comparison.dimension
        var table = breakdown(
            id: "equality-\(dimension.rawValue.replacingOccurrences(of: "_", with: "-"))", heading: dimension.label,
            rowName: "Group", comparison.groups, label: dimension.rowLabel)
        table.columns[table.columns.count - 1] = "Average family feedback"
        table.chart = nil
        return table
    }
}

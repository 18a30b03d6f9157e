import RoundtableCore
import RoundtableViews
import Vapor

extension SiteRoute.Template {
    var pathComponents: [PathComponent] {
        segments.map { segment in
            switch segment {
            case .constant(let text): .constant(text)
            case .parameter(let name): .parameter(name)
            }
        }
    }
}

extension StudentListQuery {
    var filters: StudentDirectory.Filters {
        StudentDirectory.Filters(
            query: String((q ?? "").prefix(100)), yearGroup: year, specialNeeds: sen == true,
            disadvantaged: disadvantaged == true, additionalLanguage: eal == true,
            page: max(1, min(page ?? 1, 100_000)))
    }
}

extension Request {
    /// The notice named in the address (`?notice=…`), if it is one of ours.
    var notice: SiteRoute.Notice? {
        query[String.self, at: "notice"].flatMap(SiteRoute.Notice.init(rawValue:))
    }
}

import RoundtableCore
import RoundtableViews
import Tagged
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

extension Parameters {
    /// The id of this type in the address, under the name its tag gives it; "not found" when
    /// the address has none or it is not an id.
    func require<Tag: PathParameterTag>(_: Tagged<Tag, UUID>.Type) throws -> Tagged<Tag, UUID> {
        guard let id = get(Tag.pathParameter, as: UUID.self) else { throw AppError.notFound }
        return Tagged(rawValue: id)
    }

    /// The secret token of the link in the address (a personal page, a welcome link, a
    /// calendar feed).
    var token: String? {
        self.get(PathSegment.tokenParameter)
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

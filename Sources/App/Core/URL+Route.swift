import Foundation
import RoundtableViews

extension URL {
    /// The full address of one of our pages under this public address. A route's path may
    /// carry a query (`?language=es`): `appendingPathComponent` would encode its `?` as `%3F`
    /// and make a link to a page that does not exist, so the two are joined as text.
    func address(of route: SiteRoute) -> String {
        var base = absoluteString
        while base.hasSuffix("/") { base.removeLast() }
        return base + route.path
    }
}

import RoundtableViews

struct ErrorPage: HTMLPage {
    var error: AppError
    var requestID: String

    var title: String { error.title }

    func content() -> Component {
        ComponentGroup {
            PageHeading(text: error.title)
            El("p", .class("lead")) { T(error.message) }
            if case .unexpected = error {
                El("p") {
                    T("Reference: ")
                    El("code", .class("reference")) { T(requestID) }
                }
            }
            El("p") { El("a", .href(.home)) { T("Go to the home page") } }
        }
    }
}

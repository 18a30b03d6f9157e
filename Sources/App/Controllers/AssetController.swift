import Vapor

enum AssetController {
    static func stylesheet(_ req: Request) async throws -> Response {
        let stylesheet = req.roundtable.stylesheet
        var headers = HTTPHeaders()
        headers.contentType = HTTPMediaType(type: "text", subType: "css", parameters: ["charset": "utf-8"])
        // The version in the address changes whenever the file does, so a matching request
        // may be cached for good.
        let versioned = req.query[String.self, at: "v"] == stylesheet.version
        headers.replaceOrAdd(
            name: .cacheControl, value: versioned ? "public, max-age=31536000, immutable" : "no-cache")
        // Sent gzipped to browsers that ask (configure.swift): caches must keep the two apart.
        headers.replaceOrAdd(name: .vary, value: "Accept-Encoding")
        return Response(status: .ok, headers: headers, body: .init(string: stylesheet.content))
    }

    static func voiceScript(_ req: Request) async throws -> Response {
        script(req.roundtable.voiceScript, req)
    }

    static func liveScript(_ req: Request) async throws -> Response {
        script(req.roundtable.liveScript, req)
    }

    private static func script(_ script: Stylesheet, _ req: Request) -> Response {
        var headers = HTTPHeaders()
        headers.contentType = HTTPMediaType(type: "text", subType: "javascript", parameters: ["charset": "utf-8"])
        let versioned = req.query[String.self, at: "v"] == script.version
        headers.replaceOrAdd(
            name: .cacheControl, value: versioned ? "public, max-age=31536000, immutable" : "no-cache")
        headers.replaceOrAdd(name: .vary, value: "Accept-Encoding")
        return Response(status: .ok, headers: headers, body: .init(string: script.content))
    }
}

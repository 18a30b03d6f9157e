import Foundation

/// Checks a JSON value against the part of JSON Schema (2020-12, as OpenAPI 3.1 uses it) that
/// `openapi.json` uses. A keyword it does not know is itself a problem: a checker that skipped
/// it would pass responses the document does not promise.
struct SchemaCheck {
    /// The whole OpenAPI document, for `$ref`.
    let document: JSONValue

    static let annotations: Set<String> = [
        "description", "title", "example", "examples", "default", "deprecated", "readOnly", "writeOnly",
    ]
    static let keywords: Set<String> = [
        "$ref", "type", "nullable", "properties", "required", "additionalProperties", "items", "enum", "const",
        "format", "oneOf", "anyOf", "allOf", "minimum", "maximum",
    ]

    /// Every way `value` differs from `schema`, each starting with the JSON pointer of the place.
    func problems(_ value: JSONValue, _ schema: JSONValue, at place: String = "") -> [String] {
        guard let keys = schema.object else {
            if case .bool(let allowed) = schema { return allowed ? [] : ["\(place): nothing is allowed here"] }
            return ["\(place): the schema is not an object"]
        }
        let unknown = Set(keys.keys).subtracting(Self.keywords).subtracting(Self.annotations)
        if !unknown.isEmpty { return ["\(place): the checker does not know \(unknown.sorted())"] }

        var found: [String] = []
        if let reference = keys["$ref"]?.string {
            guard let target = resolve(reference) else { return ["\(place): \(reference) names nothing"] }
            found += problems(value, target, at: place)
        }
        found += typeProblems(value, keys, at: place)
        if let options = keys["enum"], case .array(let allowed) = options, !allowed.contains(value) {
            found.append("\(place): \(value) is not one of \(options)")
        }
        if let constant = keys["const"], constant != value {
            found.append("\(place): \(value) is not \(constant)")
        }
        if let format = keys["format"]?.string, let text = value.string, let problem = Self.format(format, text) {
            found.append("\(place): \(problem)")
        }
        if case .integer(let number) = value {
            found += rangeProblems(Double(number), keys, at: place)
        } else if case .number(let number) = value {
            found += rangeProblems(number, keys, at: place)
        }
        if case .object(let members) = value { found += objectProblems(members, keys, at: place) }
        if case .array(let items) = value, let itemSchema = keys["items"] {
            for (index, item) in items.enumerated() { found += problems(item, itemSchema, at: "\(place)/\(index)") }
        }
        found += combinationProblems(value, keys, at: place)
        return found
    }

    /// `#/components/schemas/Name` and any other pointer into the document.
    func resolve(_ reference: String) -> JSONValue? {
        guard reference.hasPrefix("#/") else { return nil }
        var node: JSONValue? = document
        for part in reference.dropFirst(2).split(separator: "/", omittingEmptySubsequences: false) {
            let key = part.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
            node = node?[key]
        }
        return node
    }

    private func typeProblems(_ value: JSONValue, _ keys: [String: JSONValue], at place: String) -> [String] {
        var allowed: Set<String>
        switch keys["type"] {
        case .string(let name): allowed = [name]
        case .array(let names): allowed = Set(names.compactMap(\.string))
        case nil: return []
        default: return ["\(place): type must be a name or a list of names"]
        }
        // OpenAPI 3.0's way of saying null is allowed, still met in 3.1 documents.
        if keys["nullable"] == .bool(true) { allowed.insert("null") }
        guard value.types.isDisjoint(with: allowed) else { return [] }
        return ["\(place): \(value) is not \(allowed.sorted().joined(separator: " or "))"]
    }

    private func rangeProblems(_ number: Double, _ keys: [String: JSONValue], at place: String) -> [String] {
        var found: [String] = []
        if let minimum = Self.number(keys["minimum"]), number < minimum {
            found.append("\(place): \(number) is below \(minimum)")
        }
        if let maximum = Self.number(keys["maximum"]), number > maximum {
            found.append("\(place): \(number) is above \(maximum)")
        }
        return found
    }

    private func objectProblems(
        _ members: [String: JSONValue], _ keys: [String: JSONValue], at place: String
    ) -> [String] {
        var found: [String] = []
        let properties = keys["properties"]?.object ?? [:]
        if case .array(let names) = keys["required"] {
            for name in names.compactMap(\.string) where members[name] == nil {
                found.append("\(place)/\(name): required, and missing")
            }
        }
        for (name, member) in members.sorted(by: { $0.key < $1.key }) {
            if let schema = properties[name] {
                found += problems(member, schema, at: "\(place)/\(name)")
            } else if let extra = keys["additionalProperties"] {
                found +=
                    extra == .bool(false)
                    ? ["\(place)/\(name): not in the schema"] : problems(member, extra, at: "\(place)/\(name)")
            }
        }
        return found
    }

    private func combinationProblems(_ value: JSONValue, _ keys: [String: JSONValue], at place: String) -> [String] {
        var found: [String] = []
        if case .array(let all) = keys["allOf"] {
            for schema in all { found += problems(value, schema, at: place) }
        }
        if case .array(let any) = keys["anyOf"], !any.contains(where: { problems(value, $0, at: place).isEmpty }) {
            found.append("\(place): \(value) matches none of anyOf")
        }
        if case .array(let one) = keys["oneOf"] {
            let matching = one.filter { problems(value, $0, at: place).isEmpty }.count
            if matching != 1 { found.append("\(place): \(value) matches \(matching) of oneOf, not exactly one") }
        }
        return found
    }

    private static func number(_ value: JSONValue?) -> Double? {
        switch value {
        case .integer(let number): Double(number)
        case .number(let number): number
        default: nil
        }
    }

    /// Formats are checked loosely, by shape; a format the checker does not know is a problem.
    static func format(_ format: String, _ text: String) -> String? {
        let pattern: String
        switch format {
        case "uuid":
            return UUID(uuidString: text) == nil ? "\"\(text)\" is not a uuid" : nil
        case "date":
            pattern = #"^\d{4}-\d{2}-\d{2}$"#
        case "date-time":
            pattern = #"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$"#
        default:
            return "the checker does not know the format \(format)"
        }
        return text.range(of: pattern, options: .regularExpression) == nil ? "\"\(text)\" is not a \(format)" : nil
    }
}

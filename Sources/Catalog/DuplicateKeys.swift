import Foundation

/// Finds a key given twice in one JSON object.
///
/// JSON allows it (RFC 8259 says names *should* be unique) and every parser quietly keeps one of
/// the two values (Foundation the last, Python the last, others the first), so `"liver": 1` and a
/// later `"liver": 6` would silently change a label map. Foundation offers no hook to see it, so
/// this small scanner walks the text of a document that already parsed: it only has to follow
/// strings, objects and arrays, and compares keys after their escapes are decoded (`"a"` and
/// `"\u0061"` are one key).
enum DuplicateKeys {
    /// The JSON path of the first object holding a key twice, and the key; `nil` when none does.
    /// `data` must be valid JSON (checked by `JSONSerialization` first).
    static func first(in data: Data) -> (path: String, key: String)? {
        let bytes = [UInt8](data)
        /// One open container: for an object, its keys so far and the key being read.
        struct Level { var isObject: Bool; var keys: Set<String> = []; var path: String; var index = 0; var pendingKey: String? }
        var stack: [Level] = []
        var i = 0
        var expectingKey = false
        func childPath() -> String {
            guard let top = stack.last else { return "$" }
            return top.isObject ? JSONPath.child(top.path, top.pendingKey ?? "") : "\(top.path)[\(top.index)]"
        }
        while i < bytes.count {
            switch bytes[i] {
            case UInt8(ascii: "\""):
                let start = i
                i += 1
                while i < bytes.count && bytes[i] != UInt8(ascii: "\"") { i += bytes[i] == UInt8(ascii: "\\") ? 2 : 1 }
                if expectingKey, var top = stack.popLast() {
                    let key = decodeString(bytes[start...min(i, bytes.count - 1)])
                    if top.keys.contains(key) { return (top.path, key) }
                    top.keys.insert(key)
                    top.pendingKey = key
                    stack.append(top)
                    expectingKey = false
                }
            case UInt8(ascii: "{"):
                stack.append(Level(isObject: true, path: childPath()))
                expectingKey = true
            case UInt8(ascii: "["):
                stack.append(Level(isObject: false, path: childPath()))
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                _ = stack.popLast()
                expectingKey = false
            case UInt8(ascii: ","):
                if let top = stack.last {
                    if top.isObject { expectingKey = true } else { stack[stack.count - 1].index += 1 }
                }
            default: break
            }
            i += 1
        }
        return nil
    }

    /// The text of a JSON string literal (quotes included), its escapes decoded.
    static func decodeString(_ literal: ArraySlice<UInt8>) -> String {
        guard literal.contains(UInt8(ascii: "\\")) else { return String(decoding: literal.dropFirst().dropLast(), as: UTF8.self) }
        let wrapped = Data([UInt8(ascii: "[")] + literal + [UInt8(ascii: "]")])
        return ((try? JSONSerialization.jsonObject(with: wrapped)) as? [String])?.first ?? String(decoding: literal, as: UTF8.self)
    }
}

/// JSON paths as SegBench prints them: `$.a.b` for identifier keys, `$.a["6"]` for the rest.
enum JSONPath {
    static func child(_ path: String, _ key: String) -> String {
        let identifier = key.first.map { $0.isLetter || $0 == "_" } == true && key.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" }
        return path + (identifier ? ".\(key)" : "[\"\(key)\"]")
    }
}

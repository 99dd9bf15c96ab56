import Foundation

/// What Foundation's JSON parser lets through and SegBench refuses.
///
/// - A key given twice in one object. JSON allows it (RFC 8259 says names *should* be unique)
///   and every parser quietly keeps one of the two values (Foundation and Python the last, others
///   the first), so `"liver": 1` and a later `"liver": 6` would silently change a label map. Keys
///   are compared after their escapes are decoded (`"a"` and `"\u0061"` are one key).
/// - A trailing comma (`[1, 2,]`), which Foundation on Linux accepts and JSON does not: Python's
///   `json`, and so nnU-Net's and MONAI's readers of the same files, refuse it.
///
/// Foundation offers no hook for either, so this small scanner walks the text of a document
/// that already parsed: it only has to follow strings, objects, arrays and commas.
enum StrictJSON {
    enum Problem: Equatable {
        case duplicateKey(path: String, key: String)
        case trailingComma(path: String)
    }

    /// The first problem, with the JSON path of the object or list it is in; `nil` when none.
    /// `data` must have parsed with `JSONSerialization` first.
    static func firstProblem(in data: Data) -> Problem? {
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
                    if top.keys.contains(key) { return .duplicateKey(path: top.path, key: key) }
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
                var next = i + 1
                while next < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[next]) { next += 1 }
                if next < bytes.count, bytes[next] == UInt8(ascii: "}") || bytes[next] == UInt8(ascii: "]") {
                    return .trailingComma(path: stack.last?.path ?? "$")
                }
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

import Foundation
import NIfTI

/// A value of a parsed JSON document together with its path (`$.datasets.BTCV.label_map`), so
/// that every mistake can be reported where it is. Reading goes through this type only; it records
/// problems instead of throwing, so one validation pass reports them all.
struct JSONNode {
    let value: Any
    let path: String
    let issues: IssueLog

    init(value: Any, path: String = "$", issues: IssueLog) {
        self.value = value
        self.path = path
        self.issues = issues
    }

    /// `$.a.b` for identifier keys, `$.a["6"]` for the rest (numbers, dots, spaces).
    func child(_ key: String) -> String { JSONPath.child(path, key) }

    func report(_ message: String) { issues.add(path, message) }

    /// The parsed JSON at `path`, or a `CatalogError` naming the file: missing, not a regular
    /// file (a FIFO would wait for a writer forever), not JSON, a key twice or a trailing comma.
    static func document(at path: String) throws -> Any {
        func refuse(_ message: String, at: String = "$") -> CatalogError {
            CatalogError(file: path, issues: [CatalogIssue(path: at, message: message)])
        }
        do { _ = try FileCheck.regularFile(path) } catch let error as NIfTIError { throw refuse(error.reason) }
        guard let data = FileManager.default.contents(atPath: path) else { throw refuse("cannot be read (permission denied?)") }
        let json: Any
        do { json = try JSONSerialization.jsonObject(with: data) } catch {
            throw refuse("not valid JSON (\(error.localizedDescription))")
        }
        switch StrictJSON.firstProblem(in: data) {
        case .duplicateKey(let at, let key):
            throw refuse("key \"\(key)\" is given twice; JSON readers keep one of the two values without a word, so SegBench refuses", at: at)
        case .trailingComma(let at):
            throw refuse("a comma before the closing bracket; JSON allows none there (Python's json, and nnU-Net's and MONAI's readers, refuse this file)", at: at)
        case nil: break
        }
        return json
    }

    func describe() -> String {
        switch value {
        case let s as String: return "\"\(s)\""
        case is NSNull: return "null"
        case let n as NSNumber: return JSONNode.isBoolean(n) ? (n.boolValue ? "true" : "false") : "\(n)"
        case is [Any]: return "a list"
        case is [String: Any]: return "an object"
        default: return "\(value)"
        }
    }

    var isNull: Bool { value is NSNull }

    /// JSON `true`/`false` arrive as NSNumber too; their type encoding is `c`.
    static func isBoolean(_ n: NSNumber) -> Bool { String(cString: n.objCType) == "c" }

    // MARK: Typed access: nil (and one issue) when the value has another type.

    func string() -> String? {
        if let s = value as? String { return s }
        report("expected text, found \(describe())")
        return nil
    }

    func number() -> Double? {
        if let n = value as? NSNumber, !JSONNode.isBoolean(n) { return n.doubleValue }
        report("expected a number, found \(describe())")
        return nil
    }

    func integer() -> Int? {
        guard let d = number() else { return nil }
        guard d == d.rounded(), abs(d) < 1e15 else {
            report("expected a whole number, found \(describe())")
            return nil
        }
        return Int(d)
    }

    func array() -> [JSONNode]? {
        guard let a = value as? [Any] else {
            report("expected a list, found \(describe())")
            return nil
        }
        return a.enumerated().map { JSONNode(value: $1, path: "\(path)[\($0)]", issues: issues) }
    }

    func strings() -> [String]? { array()?.compactMap { $0.string() } }

    /// The members of an object, in key order, after checking that every key is one of `allowed`
    /// (when given); an unknown key is reported with the closest allowed one.
    func object(allowed: [String]? = nil) -> [(key: String, node: JSONNode)]? {
        guard let o = value as? [String: Any] else {
            report("expected an object, found \(describe())")
            return nil
        }
        let members = o.keys.sorted().map { (key: $0, node: JSONNode(value: o[$0]!, path: child($0), issues: issues)) }
        if let allowed {
            for m in members where !allowed.contains(m.key) {
                issues.add(m.node.path, "unknown key \"\(m.key)\"" + Suggestion.didYouMean(m.key, allowed))
            }
        }
        return members
    }

    /// The member `key` of an object, or nil; reported when `required`.
    func member(_ key: String, required: Bool = false) -> JSONNode? {
        guard let o = value as? [String: Any] else { return nil }
        if let v = o[key] { return JSONNode(value: v, path: child(key), issues: issues) }
        if required { report("missing \"\(key)\"") }
        return nil
    }
}

/// The problems found in one document, each with its JSON path.
final class IssueLog: @unchecked Sendable {
    private(set) var entries: [CatalogIssue] = []
    func add(_ path: String, _ message: String) { entries.append(CatalogIssue(path: path, message: message)) }
}

/// One problem in datasets.json: where, and what.
public struct CatalogIssue: Sendable, Hashable, CustomStringConvertible {
    public var path: String
    public var message: String
    public var description: String { "\(path): \(message)" }
}

/// "Did you mean …?": the candidate within a small edit distance of a mistyped name.
public enum Suggestion {
    public static func closest(to word: String, in candidates: [String]) -> String? {
        let scored = candidates.map { ($0, distance(word.lowercased(), $0.lowercased())) }.min { $0.1 < $1.1 }
        guard let (best, d) = scored, d <= max(2, word.count / 3) else { return nil }
        return best
    }

    /// `; did you mean "liver"?`, or nothing when no candidate is close.
    public static func didYouMean(_ word: String, _ candidates: [String]) -> String {
        closest(to: word, in: candidates).map { "; did you mean \"\($0)\"?" } ?? ""
    }

    /// Edit distance with adjacent transpositions (optimal string alignment): insertions,
    /// deletions, substitutions and swaps of two neighbours each cost 1, so "CAHOS" is one
    /// edit from "CHAOS".
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty, !b.isEmpty else { return max(a.count, b.count) }
        var d = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { d[i][0] = i }
        for j in 0...b.count { d[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1) }
            }
        }
        return d[a.count][b.count]
    }
}

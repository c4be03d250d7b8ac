import Foundation

/// `--name value` pairs from the command line; the tool has too few options to need more.
struct CommandOptions {
    private var values: [String: String] = [:]

    init(_ arguments: [String]) {
        var i = 0
        while i < arguments.count {
            let name = arguments[i]
            guard name.hasPrefix("--"), i + 1 < arguments.count else {
                fail("expected --option value, got \(name)")
            }
            values[String(name.dropFirst(2))] = arguments[i + 1]
            i += 2
        }
    }

    func string(_ name: String) -> String? { values[name] }

    func required(_ name: String) -> String {
        guard let v = values[name] else { fail("missing --\(name)") }
        return v
    }

    func int(_ name: String) -> Int? {
        guard let v = values[name] else { return nil }
        guard let n = Int(v) else { fail("--\(name) needs an integer, got \(v)") }
        return n
    }

    func double(_ name: String) -> Double? {
        guard let v = values[name] else { return nil }
        guard let x = Double(v) else { fail("--\(name) needs a number, got \(v)") }
        return x
    }
}

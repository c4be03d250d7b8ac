/// Extractors in the order they must run: each after those it names in `after`, after those
/// that provide what it `needs`, and before those it names in `before`; otherwise in the order
/// given. A cycle is an error naming it.
public struct ExtractorChain {
    /// The extractors in run order.
    public let ordered: [ExtractorScript]

    /// Orders `extractors`; throws when their constraints form a cycle or name themselves.
    public init(_ extractors: [ExtractorScript]) throws(ScriptError) {
        var names: [String: Int] = [:]
        for (index, extractor) in extractors.enumerated() { names[extractor.name] = index }
        var edges = Array(repeating: Set<Int>(), count: extractors.count)  // must run before
        for (index, extractor) in extractors.enumerated() {
            for earlier in extractor.after { if let other = names[earlier] { edges[other].insert(index) } }
            for later in extractor.before { if let other = names[later] { edges[index].insert(other) } }
            for need in extractor.needs {
                for (other, provider) in extractors.enumerated() where other != index && provider.provides.contains(need) {
                    edges[other].insert(index)
                }
            }
        }
        var incoming = Array(repeating: 0, count: extractors.count)
        for targets in edges { for target in targets { incoming[target] += 1 } }
        var ordered: [Int] = []
        var ready = incoming.indices.filter { incoming[$0] == 0 }
        while let next = ready.min() {
            ready.removeAll { $0 == next }
            ordered.append(next)
            for target in edges[next].sorted() {
                incoming[target] -= 1
                if incoming[target] == 0 { ready.append(target) }
            }
        }
        guard ordered.count == extractors.count else {
            let stuck = incoming.indices.filter { incoming[$0] > 0 }.map { extractors[$0].name }
            throw ScriptError(kind: .invalidScript, script: stuck.first ?? "extractors",
                              message: "extractors order themselves in a cycle: \(stuck.joined(separator: " -> ")) (check their before/after)")
        }
        self.ordered = ordered.map { extractors[$0] }
    }
}

import Foundation

/// The binary weights format, little-endian throughout:
///
///     magic "DOSSTAG1", UInt32 feature groups, UInt32 tag count, UInt32 feature count,
///     Float32 weight scale, keys (UInt64 each, ascending), weights (Int16 per feature and
///     tag, times the scale), transitions (Float32), lexicon (UInt32 category count, each a
///     UInt32 byte length and UTF-8 name; UInt32 longest phrase; UInt32 entry count, each a
///     UInt64 phrase hash and UInt32 mask), and an FNV-1a UInt64 checksum of all bytes before.
///
/// Weights are quantized to 16 bits: averaged perceptron weights need far less precision
/// than Float32 carries, and this halves the file (the F1 cost is measured in the trainer).
enum TaggerWeightsCodec {
    static let magic = Array("DOSSTAG1".utf8)

    static func encode(_ model: TaggerModel) -> Data {
        var out = WeightsWriter()
        out.bytes(magic)
        out.u32(model.groups.rawValue)
        out.u32(UInt32(EntityTag.count))
        out.u32(UInt32(model.keys.count))
        let largest = model.weights.reduce(Float(0)) { max($0, abs($1)) }
        let scale: Float = largest > 0 ? largest / 32767 : 1
        out.f32(scale)
        let order = model.keys.indices.sorted { model.keys[$0] < model.keys[$1] }
        for row in order { out.u64(model.keys[row]) }
        let n = EntityTag.count
        for row in order {
            for tag in 0..<n {
                let q = (model.weights[row * n + tag] / scale).rounded()
                out.u16(UInt16(bitPattern: Int16(max(-32767, min(32767, q)))))
            }
        }
        for t in model.transitions { out.f32(t) }
        out.u32(UInt32(model.lexicon.categories.count))
        for name in model.lexicon.categories {
            let utf8 = Array(name.utf8)
            out.u32(UInt32(utf8.count))
            out.bytes(utf8)
        }
        out.u32(UInt32(model.lexicon.maxLength))
        out.u32(UInt32(model.lexicon.entries.count))
        for entry in model.lexicon.entries {
            out.u64(entry.hash)
            out.u32(entry.mask)
        }
        out.u64(checksum(out.data[...]))
        return Data(out.data)
    }

    static func decode(_ data: Data) throws -> TaggerModel {
        let bytes = [UInt8](data)
        guard bytes.count >= magic.count + 8, Array(bytes.prefix(magic.count)) == magic else {
            throw TaggerWeightsError.malformed("not a tagger weights file (bad magic)")
        }
        var stored: UInt64 = 0
        for i in 0..<8 { stored |= UInt64(bytes[bytes.count - 8 + i]) << (8 * UInt64(i)) }
        guard stored == checksum(bytes[..<(bytes.count - 8)]) else {
            throw TaggerWeightsError.malformed("checksum mismatch (truncated or corrupted file)")
        }
        var input = WeightsReader(bytes: bytes, offset: magic.count, end: bytes.count - 8)
        let groups = FeatureGroups(rawValue: try input.u32())
        let tagCount = Int(try input.u32())
        guard tagCount == EntityTag.count else {
            throw TaggerWeightsError.malformed("\(tagCount) tags, expected \(EntityTag.count)")
        }
        let featureCount = Int(try input.u32())
        let scale = try input.f32()
        var keys = [UInt64]()
        keys.reserveCapacity(featureCount)
        for _ in 0..<featureCount { keys.append(try input.u64()) }
        var weights = [Float]()
        weights.reserveCapacity(featureCount * tagCount)
        for _ in 0..<(featureCount * tagCount) {
            weights.append(Float(Int16(bitPattern: try input.u16())) * scale)
        }
        var transitions = [Float]()
        for _ in 0..<TagDecoder.transitionCount { transitions.append(try input.f32()) }
        var categories: [String] = []
        for _ in 0..<Int(try input.u32()) {
            let length = Int(try input.u32())
            categories.append(String(decoding: try input.bytes(length), as: UTF8.self))
        }
        guard categories.count <= TaggerLexicon.maxCategories else {
            throw TaggerWeightsError.malformed("too many lexicon categories")
        }
        let maxLength = Int(try input.u32())
        var entries: [(hash: UInt64, mask: UInt32)] = []
        for _ in 0..<Int(try input.u32()) { entries.append((try input.u64(), try input.u32())) }
        guard input.offset == input.end else { throw TaggerWeightsError.malformed("trailing bytes") }
        let lexicon = TaggerLexicon(categories: categories, entries: entries, maxLength: maxLength)
        return TaggerModel(groups: groups, lexicon: lexicon, keys: keys, weights: weights, transitions: transitions)
    }

    static func checksum(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        var h = FeatureHasher()
        for b in bytes { h.add(b) }
        return h.state
    }
}

/// Appends little-endian values to a byte array.
private struct WeightsWriter {
    var data: [UInt8] = []
    mutating func bytes(_ b: [UInt8]) { data.append(contentsOf: b) }
    mutating func u16(_ v: UInt16) { for i in 0..<2 { data.append(UInt8(truncatingIfNeeded: v >> (8 * UInt16(i)))) } }
    mutating func u32(_ v: UInt32) { for i in 0..<4 { data.append(UInt8(truncatingIfNeeded: v >> (8 * UInt32(i)))) } }
    mutating func u64(_ v: UInt64) { for i in 0..<8 { data.append(UInt8(truncatingIfNeeded: v >> (8 * UInt64(i)))) } }
    mutating func f32(_ v: Float) { u32(v.bitPattern) }
}

/// Reads little-endian values, throwing at the end of the input instead of trapping.
private struct WeightsReader {
    let bytes: [UInt8]
    var offset: Int
    let end: Int

    mutating func bytes(_ count: Int) throws -> ArraySlice<UInt8> {
        guard count >= 0, end - offset >= count else { throw TaggerWeightsError.malformed("truncated") }
        defer { offset += count }
        return bytes[offset..<(offset + count)]
    }
    mutating func unsigned(_ width: Int) throws -> UInt64 {
        var v: UInt64 = 0
        for (i, b) in try bytes(width).enumerated() { v |= UInt64(b) << (8 * UInt64(i)) }
        return v
    }
    mutating func u16() throws -> UInt16 { UInt16(try unsigned(2)) }
    mutating func u32() throws -> UInt32 { UInt32(try unsigned(4)) }
    mutating func u64() throws -> UInt64 { try unsigned(8) }
    mutating func f32() throws -> Float { Float(bitPattern: try u32()) }
}

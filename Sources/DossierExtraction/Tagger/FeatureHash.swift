/// Feature keys are 64-bit hashes, so that extracting features allocates no strings.
///
/// Bytes are folded in with FNV-1a (cheap, streaming, and good enough once finalized) and
/// keys are finalized and combined with MurmurHash3's `fmix64`, whose avalanche keeps keys of
/// similar strings apart in the open-addressing table. Everything here is plain integer
/// arithmetic, so keys are identical on every platform and in every run: the trained weights
/// depend on that.
@usableFromInline
struct FeatureHasher {
    @usableFromInline static let offsetBasis: UInt64 = 0xCBF2_9CE4_8422_2325
    @usableFromInline static let prime: UInt64 = 0x0000_0100_0000_01B3

    @usableFromInline var state: UInt64 = FeatureHasher.offsetBasis

    @inlinable init() {}

    /// Folds in one byte.
    @inlinable @inline(__always)
    mutating func add(_ byte: UInt8) {
        state = (state ^ UInt64(byte)) &* FeatureHasher.prime
    }

    /// Folds in the UTF-8 encoding of a scalar.
    @inlinable @inline(__always)
    mutating func add(_ scalar: Unicode.Scalar) {
        let v = scalar.value
        if v < 0x80 {
            add(UInt8(v))
        } else {
            for unit in UTF8.encode(scalar)! { add(unit) }
        }
    }

    /// The finalized hash of everything added so far.
    @inlinable @inline(__always)
    var value: UInt64 { featureMix(state) }

    /// The finalized hash of a string's UTF-8 bytes, as `add` would compute it.
    static func hash(_ text: some StringProtocol) -> UInt64 {
        var h = FeatureHasher()
        for byte in text.utf8 { h.add(byte) }
        return h.value
    }
}

/// MurmurHash3's 64-bit finalizer.
@inlinable @inline(__always)
func featureMix(_ x: UInt64) -> UInt64 {
    var z = x
    z = (z ^ (z >> 33)) &* 0xFF51_AFD7_ED55_8CCD
    z = (z ^ (z >> 33)) &* 0xC4CE_B9FE_1A85_EC53
    return z ^ (z >> 33)
}

/// Combines a hash with another value; order matters, so (a, b) and (b, a) differ.
@inlinable @inline(__always)
func featureCombine(_ a: UInt64, _ b: UInt64) -> UInt64 {
    featureMix(((a &* 0x9E37_79B9_7F4A_7C15) ^ b) &+ 0x632B_E59B_D9B4_E019)
}

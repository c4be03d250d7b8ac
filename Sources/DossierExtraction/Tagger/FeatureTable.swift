/// A read-only map from 64-bit feature keys to dense row numbers, by open addressing with
/// linear probing.
///
/// Feature keys are already well-mixed hashes, so their low bits index the table directly
/// and a lookup is usually one cache line: much faster than `Dictionary`, which rehashes
/// every key with SipHash. The table is at most half full.
struct FeatureTable: Sendable {
    /// Slot contents; `emptyKey` marks a free slot.
    private var keys: [UInt64]
    /// The row of the key in the same slot.
    private var rows: [Int32]
    private var mask: Int
    /// The number of keys stored.
    private(set) var count = 0

    /// The reserved value of a free slot; a real key of 0 is stored as `zeroStandIn`.
    private static let emptyKey: UInt64 = 0
    private static let zeroStandIn: UInt64 = 0x9E37_79B9_7F4A_7C15

    /// An empty table with room for `capacity` keys.
    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = [UInt64](repeating: FeatureTable.emptyKey, count: size)
        rows = [Int32](repeating: -1, count: size)
        mask = size - 1
    }

    /// The stored form of a key: 0 is reserved for free slots.
    @inline(__always)
    private static func stored(_ key: UInt64) -> UInt64 { key == emptyKey ? zeroStandIn : key }

    /// Stores `row` for `key`, replacing an earlier value.
    mutating func insert(_ key: UInt64, row: Int32) {
        precondition(count * 2 < keys.count, "FeatureTable is full")
        let k = FeatureTable.stored(key)
        var slot = Int(truncatingIfNeeded: k) & mask
        while keys[slot] != FeatureTable.emptyKey && keys[slot] != k { slot = (slot + 1) & mask }
        if keys[slot] == FeatureTable.emptyKey { count += 1 }
        keys[slot] = k
        rows[slot] = row
    }

    /// The row stored for `key`, or -1.
    @inline(__always)
    func row(for key: UInt64) -> Int32 {
        let k = FeatureTable.stored(key)
        return keys.withUnsafeBufferPointer { keyBuffer in
            var slot = Int(truncatingIfNeeded: k) & mask
            while true {
                let found = keyBuffer[slot]
                if found == k { return rows[slot] }
                if found == FeatureTable.emptyKey { return -1 }
                slot = (slot + 1) & mask
            }
        }
    }
}

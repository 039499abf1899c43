/// The MT19937 generator (Matsumoto & Nishimura, 1998) with the seeding
/// that Python's `random` module uses, so a script seeded with an integer
/// sees the same sequence as under CPython.
///
/// A value type: `random.Random` instances keep one behind a mutex.
struct MersenneTwister {
    private static let size = 624
    private static let shift = 397
    private static let matrixA: UInt32 = 0x9908_b0df
    private static let upperMask: UInt32 = 0x8000_0000
    private static let lowerMask: UInt32 = 0x7fff_ffff

    private var state = [UInt32](repeating: 0, count: MersenneTwister.size)
    private var index = MersenneTwister.size + 1

    /// Seeds from a key of 32-bit words, least significant first (Python
    /// splits `abs(seed)` this way; a zero seed is the key `[0]`).
    init(key: [UInt32]) {
        seed(key: key)
    }

    /// The published `init_genrand` linear recurrence.
    private mutating func seed(single s: UInt32) {
        state[0] = s
        for i in 1..<Self.size {
            let previous = state[i - 1]
            state[i] = 1_812_433_253 &* (previous ^ (previous >> 30)) &+ UInt32(i)
        }
        index = Self.size
    }

    /// The published `init_by_array` scrambling of a key into the state.
    mutating func seed(key rawKey: [UInt32]) {
        let key = rawKey.isEmpty ? [0] : rawKey
        seed(single: 19_650_218)
        var i = 1, j = 0
        for _ in 0..<max(Self.size, key.count) {
            let previous = state[i - 1]
            state[i] = (state[i] ^ ((previous ^ (previous >> 30)) &* 1_664_525)) &+ key[j] &+ UInt32(j)
            i += 1
            j += 1
            if i >= Self.size { state[0] = state[Self.size - 1]; i = 1 }
            if j >= key.count { j = 0 }
        }
        for _ in 0..<(Self.size - 1) {
            let previous = state[i - 1]
            state[i] = (state[i] ^ ((previous ^ (previous >> 30)) &* 1_566_083_941)) &- UInt32(i)
            i += 1
            if i >= Self.size { state[0] = state[Self.size - 1]; i = 1 }
        }
        state[0] = 0x8000_0000
        index = Self.size
    }

    /// Regenerates all 624 words of state.
    private mutating func twist() {
        state.withUnsafeMutableBufferPointer { mt in
            let n = Self.size, m = Self.shift
            @inline(__always) func mix(_ k: Int, _ next: Int, _ far: Int) {
                let y = (mt[k] & Self.upperMask) | (mt[next] & Self.lowerMask)
                mt[k] = mt[far] ^ (y >> 1) ^ ((y & 1) &* Self.matrixA)
            }
            for k in 0..<(n - m) { mix(k, k + 1, k + m) }
            for k in (n - m)..<(n - 1) { mix(k, k + 1, k + m - n) }
            mix(n - 1, 0, m - 1)
        }
        index = 0
    }

    /// The tempering of one state word.
    @inline(__always)
    private static func temper(_ word: UInt32) -> UInt32 {
        var y = word
        y ^= y >> 11
        y ^= (y << 7) & 0x9d2c_5680
        y ^= (y << 15) & 0xefc6_0000
        y ^= y >> 18
        return y
    }

    /// The next tempered 32-bit output.
    mutating func nextWord() -> UInt32 {
        if index >= Self.size { twist() }
        let y = state[index]
        index += 1
        return Self.temper(y)
    }

    /// A float in [0, 1) with 53 random bits, built from two words (27 + 26 bits).
    mutating func nextDouble() -> Double {
        let a: UInt32, b: UInt32
        if index + 2 <= Self.size {
            (a, b) = state.withUnsafeBufferPointer { (Self.temper($0[index]), Self.temper($0[index + 1])) }
            index += 2
        } else {
            a = nextWord()
            b = nextWord()
        }
        let high = Double(a >> 5)
        let low = Double(b >> 6)
        return (high * 67_108_864.0 + low) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// `getrandbits(k)` as 32-bit words, least significant first; the last
    /// (most significant) word holds the leftover `k % 32` bits.
    mutating func nextBits(_ count: Int) -> [UInt32] {
        var words: [UInt32] = []
        var remaining = count
        while remaining > 0 {
            var word = nextWord()
            if remaining < 32 { word >>= UInt32(32 - remaining) }
            words.append(word)
            remaining -= 32
        }
        return words
    }

    /// The whole state, for `getstate()`: 624 words then the position.
    var snapshot: [UInt32] { state + [UInt32(index)] }

    /// Restores a `snapshot`; false when it has the wrong shape.
    mutating func restore(_ words: [UInt32]) -> Bool {
        guard words.count == Self.size + 1, Int(words[Self.size]) <= Self.size else { return false }
        state = Array(words.prefix(Self.size))
        index = Int(words[Self.size])
        return true
    }
}

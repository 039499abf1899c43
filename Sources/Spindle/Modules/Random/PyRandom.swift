import BigInt
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// A `random.Random` instance: a Mersenne Twister plus the spare normal
/// deviate `gauss` keeps. The state sits behind a mutex, and every method
/// that draws several words draws them under one lock, so threads sharing
/// a generator (the module-level functions do) never see torn state.
final class PyRandom: PyInstance {
    struct State {
        var twister = MersenneTwister(key: [0])
        var gaussNext: Double?
    }

    let state = GuardedState(State())

    func withState<T>(_ body: (inout State) throws -> T) rethrows -> T {
        try state.withLock { try body(&$0) }
    }

    func random() -> Double { withState { $0.twister.nextDouble() } }

    // MARK: Seeding

    /// Seeds from system entropy (`seed()` / `seed(None)`).
    func seedFromEntropy() {
        var generator = SystemRandomNumberGenerator()
        let key = (0..<624).map { _ in UInt32.random(in: .min ... .max, using: &generator) }
        withState { $0.twister.seed(key: key); $0.gaussNext = nil }
    }

    func seed(key: [UInt32]) {
        withState { $0.twister.seed(key: key); $0.gaussNext = nil }
    }

    /// The key CPython derives from an integer seed: `abs(n)` in 32-bit
    /// chunks, least significant first (`[0]` for zero).
    static func key(for n: BigInt) -> [UInt32] {
        var magnitude = n.magnitude
        var key: [UInt32] = []
        while magnitude > 0 {
            key.append(UInt32(truncatingIfNeeded: magnitude & 0xffff_ffff))
            magnitude >>= 32
        }
        return key.isEmpty ? [0] : key
    }

    /// The key for a str/bytes seed: the integer whose big-endian bytes
    /// are the text's bytes followed by their SHA-512 digest.
    static func key(forBytes bytes: [UInt8]) -> [UInt32] {
        let all = bytes + SHA512.digest(bytes)
        var key: [UInt32] = []
        var end = all.count
        while end > 0 {
            let start = max(0, end - 4)
            key.append(all[start..<end].reduce(UInt32(0)) { ($0 << 8) | UInt32($1) })
            end = start
        }
        while key.count > 1 && key.last == 0 { key.removeLast() }
        return key
    }

    // MARK: Integers

    /// `getrandbits(k)` as a Python int.
    static func integer(fromWords words: [UInt32]) -> Value {
        if words.count <= 1 { return .int(Int(words.first ?? 0)) }
        var value = BigUInt(0)
        for word in words.reversed() { value = (value << 32) | BigUInt(word) }
        return .integer(BigInt(value))
    }

    /// A uniform integer in [0, n) by rejection on `bit_length(n)` random bits
    /// (0 when n is 0), drawn under one lock.
    func below(_ n: Int) -> Int {
        guard n > 0 else { return 0 }
        let bits = Int.bitWidth - n.leadingZeroBitCount
        return withState { s in
            while true {
                let words = s.twister.nextBits(bits)
                let r = words.count == 2 ? Int(words[1]) << 32 | Int(words[0]) : Int(words[0])
                if r < n { return r }
            }
        }
    }

    func below(_ n: BigInt) -> BigInt {
        guard n > 0 else { return 0 }
        if let small = Int(exactly: n) { return BigInt(below(small)) }
        let bits = n.magnitude.bitWidth
        return withState { s in
            while true {
                var value = BigUInt(0)
                for word in s.twister.nextBits(bits).reversed() { value = (value << 32) | BigUInt(word) }
                if BigInt(value) < n { return BigInt(value) }
            }
        }
    }

    /// One standard normal deviate by the Box–Muller pair `gauss` caches.
    func gauss() -> Double {
        withState { s in
            if let z = s.gaussNext {
                s.gaussNext = nil
                return z
            }
            let angle = s.twister.nextDouble() * 2 * Double.pi
            let radius = (-2.0 * log(1.0 - s.twister.nextDouble())).squareRoot()
            s.gaussNext = sin(angle) * radius
            return cos(angle) * radius
        }
    }

    /// Kinderman–Monahan ratio-of-uniforms normal deviate (`normalvariate`).
    func normal() -> Double {
        let magic = 4 * exp(-0.5) / 2.0.squareRoot()
        return withState { s in
            while true {
                let u1 = s.twister.nextDouble()
                let u2 = 1.0 - s.twister.nextDouble()
                let z = magic * (u1 - 0.5) / u2
                if z * z / 4.0 <= -log(u2) { return z }
            }
        }
    }
}

#if canImport(Glibc)
import Glibc
import SpindleSyntax
#endif

/// glibc's `pthread_getattr_np`, which the Glibc module does not export.
@_silgen_name("pthread_getattr_np")
private func threadAttributes(_ thread: pthread_t, _ attributes: UnsafeMutablePointer<pthread_attr_t>) -> Int32

/// The evaluator's per-thread bookkeeping, owned by a `ThreadState`: the
/// value stack that frames are carved from, the line noted for the
/// traceback of an exception in flight, and the native stack bound used to
/// turn runaway recursion into `RecursionError`.
public final class EvaluationState {
    let stack = ValueStack()
    /// The line of the innermost statement an exception left in the current
    /// frame, or nil when none is noted yet.
    var pendingLine: Int?
    /// Where each exception on `ThreadState.handling` was caught.
    var handlerMarks: [HandlerMark] = []
    /// Where the native function now running was called from: the calling
    /// frame's code and the line of the call (the source position `logging`
    /// records). Call nodes set it before calling anything but a simple
    /// Python function; `PyFunction.call` restores it when a Python callback
    /// returns to native code, so it always names a frame that is running.
    /// Kept unretained (saving and restoring it touches no reference count).
    var callSiteCode: Unmanaged<CodeObject>?
    var callSiteLine = 0
    /// The generator whose body this thread runs, if any (`yield` hands off through it).
    var generator: GeneratorRunner?
    /// The lowest native stack address this thread may use before a Python
    /// call refuses to go deeper (0 until measured on first call).
    private var stackFloor: UInt = 0

    public init() {}

    @inline(__always)
    func noteLine(_ line: Int) {
        if pendingLine == nil { pendingLine = line }
    }

    @inline(__always)
    func noteCallSite(_ code: CodeObject, _ line: Int) {
        callSiteCode = Unmanaged.passUnretained(code)
        callSiteLine = line
    }

    /// The file, line and function name of the current call site, if any.
    var callSite: (file: String, line: Int, function: String)? {
        guard let site = callSiteCode else { return nil }
        return site._withUnsafeGuaranteedRef { ($0.file.name, callSiteLine, $0.name) }
    }

    /// The source text of line `line` of the call site's file.
    func callSiteSourceLine(_ line: Int) -> String? {
        callSiteCode?._withUnsafeGuaranteedRef { $0.file.line(line) }
    }

    /// Takes the noted line (or `fallback`) and clears the note.
    func takeLine(_ fallback: Int) -> Int {
        let line = pendingLine ?? fallback
        pendingLine = nil
        return line
    }

    /// True when the native stack of the current thread is nearly used up.
    @inline(__always)
    func nativeStackExhausted() -> Bool {
        var marker: UInt8 = 0
        let here = withUnsafeMutablePointer(to: &marker) { UInt(bitPattern: $0) }
        if stackFloor == 0 { stackFloor = Self.measureFloor(near: here) }
        return here < stackFloor
    }

    /// The address below which calls are refused: the stack's low end plus
    /// a margin for native code (formatting, sorting, I/O) that runs
    /// between two Python calls.
    private static func measureFloor(near here: UInt) -> UInt {
        var attributes = pthread_attr_t()
        var (low, size) = NativeThread.currentStack() ?? (0, 0)
        if low == 0, threadAttributes(pthread_self(), &attributes) == 0 {
            var address: UnsafeMutableRawPointer?
            if pthread_attr_getstack(&attributes, &address, &size) == 0, let address {
                low = UInt(bitPattern: address)
            }
            pthread_attr_destroy(&attributes)
        }
        if low == 0 || size == 0 {
            // Unknown bounds: assume the 8 MB default below the current point.
            return here &- 7 * 1024 * 1024
        }
        let margin = UInt(min(max(size / 8, 256 * 1024), 4 * 1024 * 1024))
        return low + margin
    }
}

/// A per-thread stack of local-variable slots. A call takes a window with
/// `push` and gives it back with `pop` in LIFO order. Storage comes in
/// chunks that are never moved, so a window's address stays valid while
/// deeper calls take more chunks.
final class ValueStack {
    private var top: UnsafeMutablePointer<Value?>
    private var end: UnsafeMutablePointer<Value?>
    private var chunks: [(start: UnsafeMutablePointer<Value?>, capacity: Int)] = []
    private var current = -1
    private static let chunkSize = 16 * 1024

    private static let firstChunkSize = 512

    init() {
        let first = UnsafeMutablePointer<Value?>.allocate(capacity: Self.firstChunkSize)
        chunks = [(start: first, capacity: Self.firstChunkSize)]
        current = 0
        top = first
        end = first + Self.firstChunkSize
    }

    deinit {
        for chunk in chunks { chunk.start.deallocate() }
    }

    /// A window of `count` unbound slots.
    @inline(__always)
    func push(_ count: Int) -> UnsafeMutablePointer<Value?> {
        if end - top >= count {
            let window = top
            var i = 0
            while i < count { (window + i).initialize(to: nil); i += 1 }
            top += count
            return window
        }
        return pushInNewChunk(count)
    }

    /// Returns the most recent window (releasing the objects it holds;
    /// scalars and unbound slots need no destroying).
    @inline(__always)
    func pop(_ window: UnsafeMutablePointer<Value?>, _ count: Int) {
        var i = 0
        while i < count {
            if case .some(.object) = window[i] { _ = (window + i).move() }
            i += 1
        }
        top = window
        if window == enteredChunkStart { leaveChunk() }
    }

    /// The start of the current chunk when it is not the first one (a
    /// window starting there is the chunk's first), else nil.
    private var enteredChunkStart: UnsafeMutablePointer<Value?>?

    private func leaveChunk() {
        current -= 1
        let chunk = chunks[current]
        end = chunk.start + chunk.capacity
        top = chunkTops[current]
        enteredChunkStart = current > 0 ? chunk.start : nil
    }

    /// Where `top` stood in each earlier chunk when the next one was entered.
    private var chunkTops: [UnsafeMutablePointer<Value?>] = []

    private func pushInNewChunk(_ count: Int) -> UnsafeMutablePointer<Value?> {
        if current >= 0 {
            if chunkTops.count <= current { chunkTops.append(top) } else { chunkTops[current] = top }
        }
        current += 1
        if current == chunks.count || chunks[current].capacity < count {
            let capacity = max(count, Self.chunkSize)
            let chunk = (start: UnsafeMutablePointer<Value?>.allocate(capacity: capacity), capacity: capacity)
            if current == chunks.count { chunks.append(chunk) } else {
                chunks[current].start.deallocate()
                chunks[current] = chunk
            }
        }
        let chunk = chunks[current]
        top = chunk.start
        end = chunk.start + chunk.capacity
        enteredChunkStart = chunk.start
        let window = top
        window.initialize(repeating: nil, count: count)
        top += count
        return window
    }
}

#if canImport(Glibc)
import Glibc
#endif

/// Native stacks for `NativeThread`s, mapped by Spindle and reused.
///
/// Why not glibc's stacks: a Python thread reserves 64 MB, more than
/// glibc's whole stack cache, so every thread would map, guard, advise and
/// unmap a fresh stack, and then fault its pages in one by one. Here a
/// thread that ends hands its stack back and the next thread runs on it
/// with the top pages still resident: creating a thread makes no memory
/// system calls at all.
///
/// A stack is reused only once its previous thread has fully exited (the
/// thread's exit path still runs on it after the body), so threads on
/// these stacks are created joinable and the reuser joins the previous
/// owner first. Stacks beyond `kept` are joined and unmapped on the next
/// `take`; a thread that finds the pool full returns its pages to the
/// system before it exits.
enum ThreadStacks {
    /// One mapped stack: `base` is its lowest address (a guard area sits
    /// there), `size` its whole length.
    struct Stack {
        let base: UnsafeMutableRawPointer
        let size: Int

        /// The lowest usable address (above the guard).
        var low: UInt { UInt(bitPattern: base) + UInt(ThreadStacks.guardSize) }
    }

    /// A stack handed back by its thread, which must be joined before the
    /// stack is used again (nil: no thread ran on it).
    private struct Returned {
        let stack: Stack
        let thread: pthread_t?
    }

    /// Stacks kept for reuse; more than this many are unmapped.
    static let kept = 64
    /// Inaccessible bytes at the low end of every stack.
    static let guardSize = 64 * 1024
    /// How much of a returned stack's top stays resident for its next
    /// thread; the pages below are given back to the system.
    static let residentTop = 256 * 1024

    private static let returned = PosixMutex<[Returned]>([])

    /// A stack of `size` bytes: a returned one when available, else a new
    /// mapping. Nil when the system refuses the mapping.
    static func take(size: Int) -> Stack? {
        #if SPINDLE_TSAN
        _ = drainAtExit
        #endif
        let (excess, match) = returned.withLock { queue -> ([Returned], Returned?) in
            var excess: [Returned] = []
            if queue.count > kept {
                excess = Array(queue.prefix(queue.count - kept))
                queue.removeFirst(queue.count - kept)
            }
            guard let index = queue.firstIndex(where: { $0.stack.size == size }) else { return (excess, nil) }
            return (excess, queue.remove(at: index))
        }
        for entry in excess {
            finish(entry)
            munmap(entry.stack.base, entry.stack.size)
        }
        if let match {
            finish(match)
            return match.stack
        }
        return map(size: size)
    }

    /// Gives back a stack that no thread ran on (thread creation failed).
    static func giveBack(unused stack: Stack) {
        returned.withLock { $0.append(Returned(stack: stack, thread: nil)) }
    }

    /// Called by a thread at the end of its life on `stack`: the stack is
    /// reused once the thread has exited. Pages deeper than `residentTop`
    /// are returned to the system (a deep recursion does not stay
    /// resident in an idle stack), and all of them when the pool is full.
    static func giveBack(_ stack: Stack, from thread: pthread_t) {
        let full = returned.withLock { queue -> Bool in
            queue.append(Returned(stack: stack, thread: thread))
            return queue.count > kept
        }
        var marker: UInt8 = 0
        let here = withUnsafeMutablePointer(to: &marker) { UInt(bitPattern: $0) }
        let top = UInt(bitPattern: stack.base) + UInt(stack.size)
        // Never below the running frame's own page (minus room for the exit path).
        let keepFrom = min(top &- UInt(full ? 16 * 1024 : residentTop), here &- 32 * 1024)
        guard keepFrom > stack.low + 4096 else { return }
        let length = Int(keepFrom & ~UInt(4095)) - Int(stack.low)
        madvise(UnsafeMutableRawPointer(bitPattern: stack.low), length, MADV_DONTNEED)
    }

    #if SPINDLE_TSAN
    /// ThreadSanitizer reports every thread still unjoined at exit as a
    /// leak: there, the pool is emptied when the process exits.
    private static let drainAtExit: Void = {
        atexit { ThreadStacks.drain() }
    }()
    #endif

    /// Joins the threads of every returned stack and unmaps the stacks.
    static func drain() {
        let all = returned.withLock { queue -> [Returned] in
            defer { queue.removeAll() }
            return queue
        }
        for entry in all {
            finish(entry)
            munmap(entry.stack.base, entry.stack.size)
        }
    }

    /// Waits until the thread that last ran on the stack has exited.
    private static func finish(_ entry: Returned) {
        if let thread = entry.thread { pthread_join(thread, nil) }
    }

    private static func map(size: Int) -> Stack? {
        let flags = MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_STACK
        let address = mmap(nil, size, PROT_READ | PROT_WRITE, flags, -1, 0)
        guard let address, address != MAP_FAILED else { return nil }
        guard mprotect(address, guardSize, PROT_NONE) == 0 else {
            munmap(address, size)
            return nil
        }
        return Stack(base: address, size: size)
    }
}

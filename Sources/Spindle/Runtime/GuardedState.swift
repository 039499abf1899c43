#if SPINDLE_TSAN
/// Under ThreadSanitizer builds (`-Xswiftc -DSPINDLE_TSAN`), shared state is
/// guarded by pthread mutexes, which the sanitizer intercepts.
/// `Synchronization.Mutex` parks contended threads on a futex inside the
/// uninstrumented standard library, so the sanitizer would not see the
/// hand-over and would report races that cannot happen.
typealias GuardedState<State> = PosixMutex<State>
#else
import Synchronization

/// State guarded by a lock: every shared mutable object (containers,
/// namespaces, instance attributes, cells) keeps its state in one. Normal
/// builds use `Synchronization.Mutex` (stored inline, no allocation);
/// sanitizer builds swap in `PosixMutex` (see above).
typealias GuardedState<State> = Mutex<State>
#endif

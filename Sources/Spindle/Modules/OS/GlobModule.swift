#if canImport(Glibc)
import Glibc
#endif

/// The `glob` and `fnmatch` modules: shell-style wildcard matching of
/// names (`*`, `?`, `[seq]`, `[!seq]`) and of paths, one component at a time.
enum GlobModule {
    static func make(_ interpreter: Interpreter) -> PyModule {
        let module = PyModule(name: "glob")
        module.defineFunction("glob") { thread, args in
            let slots = try args.bind("glob", ["pathname", "root_dir", "dir_fd", "recursive"], required: 1)
            let pattern = try thread.stringArgument(slots[0]!, "glob")
            let recursive = try slots[3].map(thread.isTrue) ?? false
            return .list(glob(pattern, recursive: recursive).map { .str($0) })
        }
        module.defineUnary("has_magic") { thread, v in .bool(hasMagic(try thread.stringArgument(v, "has_magic"))) }
        return module
    }

    static func makeFnmatch(_ interpreter: Interpreter) -> PyModule {
        let module = PyModule(name: "fnmatch")
        for name in ["fnmatch", "fnmatchcase"] {
            module.defineFunction(name) { thread, args in
                let a = try args.exactly(name, min: 2, max: 2)
                return .bool(matches(try thread.stringArgument(a[0], name), pattern: try thread.stringArgument(a[1], name)))
            }
        }
        module.defineFunction("filter") { thread, args in
            let a = try args.exactly("filter", min: 2, max: 2)
            let pattern = try thread.stringArgument(a[1], "filter")
            return .list(try thread.collect(a[0]).filter { matches(try thread.stringArgument($0, "filter"), pattern: pattern) })
        }
        return module
    }

    static func hasMagic(_ s: String) -> Bool { s.contains { "*?[".contains($0) } }

    /// Paths matching `pattern`, in directory-listing order.
    static func glob(_ pattern: String, recursive: Bool) -> [String] {
        let absolute = pattern.hasPrefix("/")
        let components = pattern.split(separator: "/").map(String.init)
        var results: [String] = [absolute ? "/" : ""]
        for (index, component) in components.enumerated() {
            let last = index == components.count - 1
            var next: [String] = []
            for base in results {
                next += expand(base, component, recursive: recursive, mustBeDirectory: !last)
            }
            results = next
        }
        return components.isEmpty ? [] : results
    }

    private static func expand(_ base: String, _ component: String, recursive: Bool, mustBeDirectory: Bool) -> [String] {
        let directory = base.isEmpty ? "." : base
        func joined(_ name: String) -> String { base.isEmpty ? name : PathModule.join(base, name) }
        if recursive && component == "**" {
            return mustBeDirectory ? descendants(base) : allEntries(base)
        }
        if !hasMagic(component) {
            let path = joined(component)
            return PathModule.status(path) != nil ? [path] : []
        }
        guard let names = try? OSModule.listDirectory(directory) else { return [] }
        return names.filter { name in
            (!name.hasPrefix(".") || component.hasPrefix(".")) && matches(name, pattern: component)
                && (!mustBeDirectory || PathModule.isDirectory(joined(name)))
        }.map(joined)
    }

    /// `base` itself (as "" when relative) and every directory below it, for `**`.
    private static func descendants(_ base: String) -> [String] {
        var found = [base]
        let directory = base.isEmpty ? "." : base
        for name in (try? OSModule.listDirectory(directory)) ?? [] where !name.hasPrefix(".") {
            let path = base.isEmpty ? name : PathModule.join(base, name)
            if isRealDirectory(path) { found += descendants(path) }
        }
        return found
    }

    /// Every non-hidden entry below `base`, recursively (a final `**`).
    private static func allEntries(_ base: String) -> [String] {
        var found: [String] = []
        for name in (try? OSModule.listDirectory(base.isEmpty ? "." : base)) ?? [] where !name.hasPrefix(".") {
            let path = base.isEmpty ? name : PathModule.join(base, name)
            found.append(path)
            if isRealDirectory(path) { found += allEntries(path) }
        }
        return found
    }

    /// A directory that is not a symbolic link: `**` does not descend
    /// through links, so a link cycle cannot make it recurse forever.
    private static func isRealDirectory(_ path: String) -> Bool {
        PathModule.status(path, follow: false).map { ($0.st_mode & S_IFMT) == S_IFDIR } ?? false
    }

    /// Shell-style match of a whole name.
    static func matches(_ name: String, pattern: String) -> Bool {
        match(Array(name.unicodeScalars)[...], Array(pattern.unicodeScalars)[...])
    }

    private static func match(_ name: ArraySlice<Unicode.Scalar>, _ pattern: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let first = pattern.first else { return name.isEmpty }
        switch first {
        case "*":
            let rest = pattern.dropFirst()
            var n = name
            while true {
                if match(n, rest) { return true }
                if n.isEmpty { return false }
                n = n.dropFirst()
            }
        case "?":
            return !name.isEmpty && match(name.dropFirst(), pattern.dropFirst())
        case "[":
            guard let c = name.first, let (matched, rest) = bracket(c, pattern.dropFirst()) else {
                return name.first == "[" && match(name.dropFirst(), pattern.dropFirst())
            }
            return matched && match(name.dropFirst(), rest)
        default:
            return name.first == first && match(name.dropFirst(), pattern.dropFirst())
        }
    }

    /// Matches one character against `[...]` (cursor just past the `[`);
    /// nil when the bracket is not closed (then it is a literal `[`).
    private static func bracket(_ c: Unicode.Scalar, _ pattern: ArraySlice<Unicode.Scalar>) -> (Bool, ArraySlice<Unicode.Scalar>)? {
        var p = pattern
        let negated = p.first == "!"
        if negated { p = p.dropFirst() }
        var matched = false
        var first = true
        while let x = p.first, x != "]" || first {
            first = false
            p = p.dropFirst()
            if p.count >= 2, p.first == "-", let high = p.dropFirst().first, high != "]" {
                if x.value <= c.value && c.value <= high.value { matched = true }
                p = p.dropFirst(2)
            } else if x == c {
                matched = true
            }
        }
        guard p.first == "]" else { return nil }
        return (matched != negated, p.dropFirst())
    }
}

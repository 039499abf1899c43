import SpindleSyntax
import Synchronization

/// The methods of `collections.deque`.
extension PyDeque {
    static let type: PyType = {
        let type = PyType(builtin: "deque", moduleName: "collections", base: .object) { PyDeque(cls: $0) }
        defineEnds(type)
        defineSequence(type)
        defineSearch(type)
        return type
    }()

    static func receiver(_ args: Arguments) throws -> PyDeque {
        guard let d = args.positional.first?.asObject as? PyDeque else {
            throw PyError(.typeError, "descriptor requires a 'collections.deque' object")
        }
        return d
    }

    private static func argument(_ args: Arguments, _ name: String) throws -> Value {
        guard args.positional.count == 2, args.keywords.isEmpty else {
            throw PyError(.typeError, "\(name)() takes exactly one argument (\(max(args.positional.count - 1, 0)) given)")
        }
        return args.positional[1]
    }

    private static func defineEnds(_ type: PyType) {
        type.defineMethod("__init__") { thread, args in
            let d = try receiver(args)
            var rest = args
            rest.positional.removeFirst()
            let slots = try rest.bind("deque", ["iterable", "maxlen"], required: 0)
            var cap: Int?
            if let m = slots[1], !m.isNone {
                cap = try thread.indexArgument(m)
                guard cap! >= 0 else { throw PyError(.valueError, "maxlen must be non-negative") }
            }
            d.setLimit(cap)
            d.setAttribute("maxlen", cap.map { .int($0) } ?? .None)
            d.replaceAll(try slots[0].map { Array(try thread.collect($0)) } ?? [])
            return .None
        }
        type.defineMethod("append") { _, args in try receiver(args).append(try argument(args, "append")); return .None }
        type.defineMethod("appendleft") { _, args in
            try receiver(args).appendLeft(try argument(args, "appendleft"))
            return .None
        }
        type.defineMethod("pop") { _, args in try receiver(args).pop(left: false) }
        type.defineMethod("popleft") { _, args in try receiver(args).pop(left: true) }
        type.defineMethod("extend") { thread, args in
            let d = try receiver(args)
            for v in try thread.collect(try argument(args, "extend")) { d.append(v) }
            return .None
        }
        type.defineMethod("extendleft") { thread, args in
            let d = try receiver(args)
            for v in try thread.collect(try argument(args, "extendleft")) { d.appendLeft(v) }
            return .None
        }
        type.defineMethod("rotate") { thread, args in
            let a = try args.exactly("rotate", min: 1, max: 2)
            try receiver(args).rotate(a.count == 2 ? try thread.indexArgument(a[1]) : 1)
            return .None
        }
        type.defineMethod("clear") { _, args in try receiver(args).replaceAll([]); return .None }
        type.defineMethod("reverse") { _, args in
            let d = try receiver(args)
            d.storage.withLock { ring in
                let items = ring.elements
                ring.replace(with: items.reversed())
            }
            return .None
        }
        type.defineMethod("copy") { thread, args in
            let d = try receiver(args)
            let copy = PyDeque(cls: d.cls)
            copy.setLimit(d.maxLength)
            copy.setAttribute("maxlen", d.maxLength.map { .int($0) } ?? .None)
            copy.replaceAll(d.snapshot())
            return .object(copy)
        }
    }

    private static func defineSequence(_ type: PyType) {
        type.defineMethod("__len__") { _, args in .int(try receiver(args).count) }
        type.defineMethod("__bool__") { _, args in .bool(try receiver(args).count > 0) }
        type.defineMethod("__iter__") { thread, args in
            .object(try thread.iterate(.tuple(try receiver(args).snapshot())))
        }
        type.defineMethod("__reversed__") { thread, args in
            .object(try thread.iterate(.tuple(try receiver(args).snapshot().reversed())))
        }
        type.defineMethod("__getitem__") { thread, args in
            let d = try receiver(args)
            let i = try thread.indexArgument(try argument(args, "__getitem__"))
            return try d.withElement(i) { ring, index in ring[index] }
        }
        type.defineMethod("__setitem__") { thread, args in
            let a = try args.exactly("__setitem__", min: 3, max: 3)
            let d = try receiver(args)
            let i = try thread.indexArgument(a[1])
            let old = try d.withElement(i) { ring, index -> Value in
                let previous = ring[index]
                ring[index] = a[2]
                return previous
            }
            _ = old
            return .None
        }
        type.defineMethod("__delitem__") { thread, args in
            let d = try receiver(args)
            let i = try thread.indexArgument(try argument(args, "__delitem__"))
            try d.withElement(i) { ring, index in
                var items = ring.elements
                items.remove(at: index)
                ring.replace(with: items)
            }
            return .None
        }
        type.defineMethod("insert") { thread, args in
            let a = try args.exactly("insert", min: 3, max: 3)
            let d = try receiver(args)
            if let cap = d.maxLength, d.count >= cap { throw PyError(.indexError, "deque already at its maximum size") }
            var items = d.snapshot()
            var i = try thread.indexArgument(a[1])
            if i < 0 { i = max(0, i + items.count) }
            items.insert(a[2], at: min(i, items.count))
            d.replaceAll(items)
            return .None
        }
        type.defineMethod("__repr__") { thread, args in
            let d = try receiver(args)
            let items = try d.snapshot().map { try thread.repr($0) }.joined(separator: ", ")
            let name = d.cls.name
            guard let cap = d.maxLength else { return .str("\(name)([\(items)])") }
            return .str("\(name)([\(items)], maxlen=\(cap))")
        }
        let comparisons: [(String, CompareOperator)] = [("__eq__", .equal), ("__ne__", .notEqual), ("__lt__", .less),
                                                         ("__le__", .lessEqual), ("__gt__", .greater), ("__ge__", .greaterEqual)]
        for (name, op) in comparisons {
            type.defineMethod(name) { thread, args in
                let d = try receiver(args)
                guard let other = try argument(args, name).asObject as? PyDeque else { return .notImplemented }
                return try thread.compare(op, .list(d.snapshot()), .list(other.snapshot()))
            }
        }
        type.setAttribute("__hash__", .None)
        type.defineMethod("__add__") { thread, args in
            let d = try receiver(args)
            guard let other = try argument(args, "__add__").asObject as? PyDeque else { return .notImplemented }
            let made = PyDeque(cls: d.cls)
            made.setLimit(d.maxLength)
            made.setAttribute("maxlen", d.maxLength.map { .int($0) } ?? .None)
            made.replaceAll(d.snapshot() + other.snapshot())
            return .object(made)
        }
    }

    private static func defineSearch(_ type: PyType) {
        type.defineMethod("__contains__") { thread, args in
            let needle = try argument(args, "__contains__")
            return .bool(try receiver(args).snapshot().contains { try thread.equals($0, needle) })
        }
        type.defineMethod("count") { thread, args in
            let needle = try argument(args, "count")
            return .int(try receiver(args).snapshot().filter { try thread.equals($0, needle) }.count)
        }
        type.defineMethod("index") { thread, args in
            let a = try args.exactly("index", min: 2, max: 4)
            guard let i = try receiver(args).snapshot().firstIndex(where: { try thread.equals($0, a[1]) }) else {
                throw PyError(.valueError, "\(try thread.repr(a[1])) is not in deque")
            }
            return .int(i)
        }
        type.defineMethod("remove") { thread, args in
            let d = try receiver(args)
            let needle = try argument(args, "remove")
            var items = d.snapshot()
            guard let i = try items.firstIndex(where: { try thread.equals($0, needle) }) else {
                throw PyError(.valueError, "deque.remove(x): x not in deque")
            }
            items.remove(at: i)
            d.replaceAll(items)
            return .None
        }
    }
}

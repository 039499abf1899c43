/// Fixed-arity entry points for the hottest built-in methods (`list.append`,
/// `dict.get`, `str.split`, `str.join`, …): a method call with one to three
/// positional arguments (the receiver counted) reaches them through
/// `PyObject.call1/2/3` with the arguments in place, instead of building
/// `[receiver] + arguments` and copying its tail. They return nil for
/// anything unusual (another receiver type, a non-str argument, non-ASCII
/// text where only the ASCII path is written), and the method's general
/// body then answers, with CPython's errors.
enum FastMethods {
    static func install() {
        fast(.list, "append", two: { _, l, x in
            guard let l = l.asObject as? PyList else { return nil }
            l.append(x)
            return .None
        })
        fast(.dict, "get", two: { t, d, key in
            guard let d = d.asObject as? PyDict else { return nil }
            return try d.get(t, key) ?? .None
        }, three: { t, d, key, fallback in
            guard let d = d.asObject as? PyDict else { return nil }
            return try d.get(t, key) ?? fallback
        })
        StrFastMethods.install()
    }

    /// Replaces the method `name` already installed on `type` by one with
    /// the given fixed-arity entry points and the same general body.
    static func fast(_ type: PyType, _ name: String, one: PyNativeFunction.One? = nil,
                     two: PyNativeFunction.Two? = nil, three: PyNativeFunction.Three? = nil) {
        guard let general = type.ownAttribute(name)?.asObject as? PyNativeFunction else { return }
        type.setAttribute(name, .object(PyNativeFunction(name, owner: type, one: one, two: two, three: three,
                                                         general.body)))
    }
}

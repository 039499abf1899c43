/// The contents of an `io.StringIO`: code points plus a cursor, with the
/// file-like operations Python defines on them (writing past the end pads
/// with NULs, writing in the middle overwrites). A value type; the Python
/// object keeps it behind a mutex.
struct TextBuffer {
    private(set) var scalars: [Unicode.Scalar] = []
    var position = 0

    init(_ initial: String = "") {
        scalars = Array(initial.unicodeScalars)
    }

    var value: String { Self.string(scalars[...]) }

    private static func string(_ slice: ArraySlice<Unicode.Scalar>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: slice)
        return String(view)
    }

    /// Writes at the cursor; returns the number of code points written.
    mutating func write(_ text: String) -> Int {
        let incoming = Array(text.unicodeScalars)
        if position > scalars.count {
            scalars.append(contentsOf: repeatElement(Unicode.Scalar(0), count: position - scalars.count))
        }
        let overlap = min(incoming.count, scalars.count - position)
        scalars.replaceSubrange(position..<position + overlap, with: incoming)
        position += incoming.count
        return incoming.count
    }

    /// Up to `count` code points (all remaining when nil or negative).
    mutating func read(_ count: Int?) -> String {
        let start = min(position, scalars.count)
        let end = count.flatMap { $0 >= 0 ? min(start + $0, scalars.count) : nil } ?? scalars.count
        position = max(position, end)
        return Self.string(scalars[start..<end])
    }

    /// Up to and including the next `\n`, at most `limit` code points.
    mutating func readLine(limit: Int? = nil) -> String {
        let start = min(position, scalars.count)
        var end = scalars[start...].firstIndex(of: "\n").map { $0 + 1 } ?? scalars.count
        if let limit, limit >= 0 { end = min(end, start + limit) }
        position = max(position, end)
        return Self.string(scalars[start..<end])
    }

    /// Cuts the text at `size` (default: the cursor); the cursor stays.
    mutating func truncate(_ size: Int?) -> Int {
        let cut = max(0, size ?? position)
        if cut < scalars.count { scalars.removeSubrange(cut...) }
        return cut
    }
}

/// Accumulates the decoded value of one string or bytes literal.
struct StringDecoder {
    let isBytes: Bool
    /// Index of the first scalar after the opening quote (error positions count from it).
    let bodyStart: Int
    var scalars = String.UnicodeScalarView()
    var bytes: [UInt8] = []
    /// The first decoding problem; reported once the literal has been read.
    var failure: String?

    init(isBytes: Bool, bodyStart: Int) {
        self.isBytes = isBytes
        self.bodyStart = bodyStart
    }

    var text: String { String(scalars) }

    mutating func append(_ scalar: Unicode.Scalar) {
        if isBytes {
            guard scalar.isASCII else { return fail("bytes can only contain ASCII literal characters.") }
            bytes.append(UInt8(scalar.value))
        } else {
            scalars.append(scalar)
        }
    }

    /// Appends a character given by its code (an octal or hex escape).
    mutating func appendCode(_ value: Int) {
        if isBytes {
            bytes.append(UInt8(value & 0xFF))
        } else if let scalar = Unicode.Scalar(UInt32(value)) {
            scalars.append(scalar)
        } else {
            fail("(unicode error) lone surrogate escapes are not supported")
        }
    }

    mutating func fail(_ message: String) {
        if failure == nil { failure = message }
    }
}

/// String and bytes literals: prefixes, quoting and backslash escapes.
extension Lexer {
    /// `r`, `u`, `b`, `f` in any case and the combinations `rb`, `br`, `rf`, `fr`
    /// and Python 2's `ur`.
    static func isStringPrefix(_ name: String) -> Bool {
        stringPrefixes.contains(name.lowercased())
    }

    static let stringPrefixes: Set<String> = ["r", "u", "b", "f", "rb", "br", "rf", "fr", "ur"]

    /// What one literal is being decoded into, and its quoting.
    struct StringShape {
        var isRaw = false
        var isBytes = false
        var quote: Unicode.Scalar = "'"
        var isTriple = false
    }

    /// Scans one literal starting at its prefix (`prefixLength` scalars long) and emits it.
    mutating func scanString(prefixLength: Int) throws {
        let start = here
        let startIndex = pos
        let startLine = line
        let startLineStart = lineStart
        var shape = StringShape()
        var isFormatted = false
        for scalar in scalars[pos..<pos + prefixLength] {
            switch scalar {
            case "r", "R": shape.isRaw = true
            case "b", "B": shape.isBytes = true
            case "f", "F": isFormatted = true
            default: break
            }
        }
        pos += prefixLength
        shape.quote = scalars[pos]
        if peek(1) == shape.quote, peek(2) == shape.quote {
            shape.isTriple = true
            pos += 3
        } else {
            pos += 1
        }
        if isFormatted {
            return try scanFormattedString(shape, start: start, bodyOffset: pos - startIndex,
                                           startLine: startLine, startLineStart: startLineStart)
        }
        var decoder = StringDecoder(isBytes: shape.isBytes, bodyStart: pos)
        try scanBody(shape, into: &decoder, startLine: startLine, startLineStart: startLineStart)
        if let failure = decoder.failure {
            throw error(failure, at: here)
        }
        let value: Constant = shape.isBytes ? .bytes(decoder.bytes) : .string(decoder.text)
        tokens.append(Token(.string, at: start, literal: value))
    }

    /// An f-string's body is kept as written (read like a raw literal, so an
    /// escaped quote does not end it); the parser decodes its parts.
    mutating func scanFormattedString(_ shape: StringShape, start: SourceLocation, bodyOffset: Int,
                                      startLine: Int, startLineStart: Int) throws {
        var raw = shape
        raw.isRaw = true
        var decoder = StringDecoder(isBytes: false, bodyStart: pos)
        try scanBody(raw, into: &decoder, startLine: startLine, startLineStart: startLineStart)
        let kind = Token.Kind.formattedString(isRaw: shape.isRaw, bodyOffset: bodyOffset)
        tokens.append(Token(kind, decoder.text, at: start))
    }

    /// Decodes the backslash escapes of one literal part of an f-string.
    /// Returns the text, or the message for a malformed escape.
    static func decodeEscapes(_ text: String) -> (text: String, failure: String?) {
        var lexer = Lexer(SourceFile(name: "", text: text))
        var decoder = StringDecoder(isBytes: false, bodyStart: 0)
        let shape = StringShape(isRaw: false, isBytes: false, quote: "'", isTriple: true)
        while let scalar = lexer.peek() {
            if scalar == "\\", lexer.peek(1) != nil {
                try? lexer.scanBackslash(shape, into: &decoder, startLineStart: 0)
            } else if Lexer.isLineBreak(scalar) {
                lexer.consumeLineBreak()
                decoder.append("\n")
            } else {
                decoder.append(scalar)
                lexer.pos += 1
            }
        }
        return (decoder.text, decoder.failure)
    }

    /// Reads characters up to and including the closing quote.
    mutating func scanBody(_ shape: StringShape, into decoder: inout StringDecoder,
                           startLine: Int, startLineStart: Int) throws {
        while true {
            guard let scalar = peek() else {
                throw unterminated(shape, startLineStart: startLineStart)
            }
            if scalar == shape.quote {
                if !shape.isTriple { pos += 1; return }
                if peek(1) == shape.quote, peek(2) == shape.quote { pos += 3; return }
                decoder.append(scalar); pos += 1
            } else if scalar == "\\" {
                try scanBackslash(shape, into: &decoder, startLineStart: startLineStart)
            } else if Lexer.isLineBreak(scalar) {
                guard shape.isTriple else { throw unterminated(shape, startLineStart: startLineStart) }
                consumeLineBreak()
                decoder.append("\n")
            } else {
                decoder.append(scalar); pos += 1
            }
        }
    }

    /// A backslash inside a literal: an escape, or kept as written in raw literals.
    mutating func scanBackslash(_ shape: StringShape, into decoder: inout StringDecoder,
                                startLineStart: Int) throws {
        let backslash = pos
        pos += 1
        guard let next = peek() else { throw unterminated(shape, startLineStart: startLineStart) }
        if Lexer.isLineBreak(next) {
            consumeLineBreak()
            if shape.isRaw { decoder.append("\\"); decoder.append("\n") }
            return
        }
        if shape.isRaw {
            decoder.append("\\"); decoder.append(next); pos += 1
            return
        }
        decodeEscape(next, backslash: backslash, into: &decoder)
    }

    /// Decodes the escape whose letter is at `pos`, advancing past it.
    mutating func decodeEscape(_ letter: Unicode.Scalar, backslash: Int, into decoder: inout StringDecoder) {
        pos += 1
        switch letter {
        case "\\", "'", "\"": decoder.append(letter)
        case "a": decoder.append("\u{07}")
        case "b": decoder.append("\u{08}")
        case "f": decoder.append("\u{0C}")
        case "n": decoder.append("\n")
        case "r": decoder.append("\r")
        case "t": decoder.append("\t")
        case "v": decoder.append("\u{0B}")
        case "0"..."7":
            var value = Int(letter.value - 48)
            for _ in 0..<2 {
                guard let digit = peek(), digit >= "0", digit <= "7" else { break }
                value = value * 8 + Int(digit.value - 48)
                pos += 1
            }
            decoder.appendCode(value)
        case "x":
            decodeHex(digits: 2, backslash: backslash, into: &decoder)
        case "u" where !decoder.isBytes:
            decodeHex(digits: 4, backslash: backslash, into: &decoder)
        case "U" where !decoder.isBytes:
            decodeHex(digits: 8, backslash: backslash, into: &decoder)
        case "N" where !decoder.isBytes:
            decodeNamedCharacter(backslash: backslash, into: &decoder)
        default:
            decoder.append("\\"); decoder.append(letter)
        }
    }

    /// `\xhh`, `\uXXXX`, `\UXXXXXXXX`: exactly `digits` hex digits must follow.
    mutating func decodeHex(digits: Int, backslash: Int, into decoder: inout StringDecoder) {
        var value = 0
        var found = 0
        while found < digits, let digit = peek(), let digitValue = Lexer.hexValue(digit) {
            value = value * 16 + digitValue
            found += 1
            pos += 1
        }
        let position = utf8Offset(from: decoder.bodyStart, to: backslash)
        if found < digits {
            if decoder.isBytes {
                decoder.fail("(value error) invalid \\x escape at position \(position)")
            } else {
                let pattern = digits == 2 ? "\\xXX" : digits == 4 ? "\\uXXXX" : "\\UXXXXXXXX"
                decoder.fail("(unicode error) 'unicodeescape' codec can't decode bytes in position "
                             + "\(position)-\(position + 1 + found): truncated \(pattern) escape")
            }
            return
        }
        if !decoder.isBytes, value > 0x10FFFF {
            decoder.fail("(unicode error) 'unicodeescape' codec can't decode bytes in position "
                         + "\(position)-\(position + 1 + found): illegal Unicode character")
            return
        }
        decoder.appendCode(value)
    }

    /// `\N{NAME}`: a character by its Unicode name (`pos` is just after the `N`).
    mutating func decodeNamedCharacter(backslash: Int, into decoder: inout StringDecoder) {
        let position = utf8Offset(from: decoder.bodyStart, to: backslash)
        func failure(_ reason: String) -> String {
            "(unicode error) 'unicodeescape' codec can't decode bytes in position "
                + "\(position)-\(utf8Offset(from: decoder.bodyStart, to: pos - 1)): \(reason)"
        }
        guard peek() == "{" else { return decoder.fail(failure("malformed \\N character escape")) }
        pos += 1
        let nameStart = pos
        while let scalar = peek(), Lexer.isCharacterNameScalar(scalar) { pos += 1 }
        guard peek() == "}", pos > nameStart else { return decoder.fail(failure("malformed \\N character escape")) }
        let name = String(String.UnicodeScalarView(scalars[nameStart..<pos]))
        pos += 1
        guard let scalar = UnicodeNames.scalar(named: name) else {
            return decoder.fail(failure("unknown Unicode character name"))
        }
        decoder.append(scalar)
    }

    static func isCharacterNameScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == " " || scalar == "-")
    }

    static func hexValue(_ scalar: Unicode.Scalar) -> Int? {
        switch scalar {
        case "0"..."9": return Int(scalar.value - 48)
        case "a"..."f": return Int(scalar.value - 87)
        case "A"..."F": return Int(scalar.value - 55)
        default: return nil
        }
    }

    func utf8Offset(from start: Int, to end: Int) -> Int {
        scalars[start..<end].reduce(0) { $0 + UTF8.width($1) }
    }

    /// The error for a literal that reaches the end of its line or of the file.
    func unterminated(_ shape: StringShape, startLineStart: Int) -> SyntaxError {
        if !shape.isTriple {
            let lineLength = file.line(line)?.unicodeScalars.count ?? 0
            return error("EOL while scanning string literal", at: SourceLocation(line: line, column: lineLength + 1))
        }
        // CPython counts from the start of the literal's first line to the end of
        // input (with the newline it appends to unterminated input).
        let endsWithBreak = scalars.last.map(Lexer.isLineBreak) ?? false
        let crlfCount = zip(scalars[startLineStart...], scalars[startLineStart...].dropFirst())
            .filter { $0 == "\r" && $1 == "\n" }.count
        let column = scalars.count - startLineStart - crlfCount + (endsWithBreak ? 0 : 1)
        let errorLine = endsWithBreak ? line - 1 : line
        return error("EOF while scanning triple-quoted string literal",
                     at: SourceLocation(line: max(errorLine, 1), column: column), incomplete: true)
    }
}

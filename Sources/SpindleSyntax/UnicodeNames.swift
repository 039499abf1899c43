/// Looks up characters by their Unicode names for `\N{...}` escapes, as
/// Python's `unicodedata.lookup` does: case-insensitively, accepting formal
/// aliases and the names of control characters.
///
/// The name table is built on first use from the scalars' own name properties
/// (skipping the large blocks whose names are algorithmic, which are decoded
/// directly), and is immutable afterwards.
enum UnicodeNames {
    static func scalar(named rawName: String) -> Unicode.Scalar? {
        let name = rawName.uppercased()
        if let value = controlAliases[name] { return Unicode.Scalar(value) }
        if let scalar = table[name] { return scalar }
        return algorithmicScalar(name)
    }

    /// Names that end in the code point (`CJK UNIFIED IDEOGRAPH-4E00`) and Hangul syllables.
    static func algorithmicScalar(_ name: String) -> Unicode.Scalar? {
        if name.hasPrefix("HANGUL SYLLABLE ") {
            return (UInt32(0xAC00)...0xD7A3).lazy.compactMap(Unicode.Scalar.init)
                .first { $0.properties.name == name }
        }
        guard let dash = name.lastIndex(of: "-"),
              let value = UInt32(name[name.index(after: dash)...], radix: 16),
              let scalar = Unicode.Scalar(value), scalar.properties.name == name else { return nil }
        return scalar
    }

    /// Blocks left out of the table because their names are algorithmic (or absent).
    static let algorithmicRanges: [ClosedRange<UInt32>] = [
        0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7A3, 0xD800...0xF8FF,
        0x17000...0x18AFF, 0x18D00...0x18D8F, 0x1B170...0x1B2FF, 0x20000...0x3FFFF,
    ]

    static let table: [String: Unicode.Scalar] = {
        var table: [String: Unicode.Scalar] = [:]
        var value: UInt32 = 0
        while value <= 0x3FFFF {
            if let skipped = algorithmicRanges.first(where: { $0.contains(value) }) {
                value = skipped.upperBound + 1
                continue
            }
            if let scalar = Unicode.Scalar(value) { add(scalar, to: &table) }
            value += 1
        }
        for value in UInt32(0xE0000)...0xE01EF {
            if let scalar = Unicode.Scalar(value) { add(scalar, to: &table) }
        }
        return table
    }()

    static func add(_ scalar: Unicode.Scalar, to table: inout [String: Unicode.Scalar]) {
        let properties = scalar.properties
        if let name = properties.name { table[name] = scalar }
        if let alias = properties.nameAlias { table[alias] = scalar }
    }

    /// Control-character names and abbreviations (`LINE FEED`, `LF`, `ESC`, `BOM`),
    /// which have no name of their own in the Unicode character database.
    static let controlAliases: [String: UInt32] = [
        "NUL": 0x00, "NULL": 0x00, "SOH": 0x01, "START OF HEADING": 0x01, "START OF TEXT": 0x02, "STX": 0x02,
        "END OF TEXT": 0x03, "ETX": 0x03, "END OF TRANSMISSION": 0x04, "EOT": 0x04, "ENQ": 0x05,
        "ENQUIRY": 0x05, "ACK": 0x06, "ACKNOWLEDGE": 0x06, "ALERT": 0x07, "BEL": 0x07, "BACKSPACE": 0x08,
        "BS": 0x08, "CHARACTER TABULATION": 0x09, "HORIZONTAL TABULATION": 0x09, "HT": 0x09, "TAB": 0x09,
        "END OF LINE": 0x0A, "EOL": 0x0A, "LF": 0x0A, "LINE FEED": 0x0A, "NEW LINE": 0x0A, "NL": 0x0A,
        "LINE TABULATION": 0x0B, "VERTICAL TABULATION": 0x0B, "VT": 0x0B, "FF": 0x0C, "FORM FEED": 0x0C,
        "CARRIAGE RETURN": 0x0D, "CR": 0x0D, "LOCKING-SHIFT ONE": 0x0E, "SHIFT OUT": 0x0E, "SO": 0x0E,
        "LOCKING-SHIFT ZERO": 0x0F, "SHIFT IN": 0x0F, "SI": 0x0F, "DATA LINK ESCAPE": 0x10, "DLE": 0x10,
        "DC1": 0x11, "DEVICE CONTROL ONE": 0x11, "DC2": 0x12, "DEVICE CONTROL TWO": 0x12, "DC3": 0x13,
        "DEVICE CONTROL THREE": 0x13, "DC4": 0x14, "DEVICE CONTROL FOUR": 0x14, "NAK": 0x15,
        "NEGATIVE ACKNOWLEDGE": 0x15, "SYN": 0x16, "SYNCHRONOUS IDLE": 0x16, "END OF TRANSMISSION BLOCK": 0x17,
        "ETB": 0x17, "CAN": 0x18, "CANCEL": 0x18, "END OF MEDIUM": 0x19, "EOM": 0x19, "SUB": 0x1A,
        "SUBSTITUTE": 0x1A, "ESC": 0x1B, "ESCAPE": 0x1B, "FILE SEPARATOR": 0x1C, "FS": 0x1C,
        "INFORMATION SEPARATOR FOUR": 0x1C, "GROUP SEPARATOR": 0x1D, "GS": 0x1D,
        "INFORMATION SEPARATOR THREE": 0x1D, "INFORMATION SEPARATOR TWO": 0x1E, "RECORD SEPARATOR": 0x1E,
        "RS": 0x1E, "INFORMATION SEPARATOR ONE": 0x1F, "UNIT SEPARATOR": 0x1F, "US": 0x1F, "SP": 0x20,
        "DEL": 0x7F, "DELETE": 0x7F, "PAD": 0x80, "PADDING CHARACTER": 0x80, "HIGH OCTET PRESET": 0x81,
        "HOP": 0x81, "BPH": 0x82, "BREAK PERMITTED HERE": 0x82, "NBH": 0x83, "NO BREAK HERE": 0x83,
        "IND": 0x84, "INDEX": 0x84, "NEL": 0x85, "NEXT LINE": 0x85, "SSA": 0x86,
        "START OF SELECTED AREA": 0x86, "END OF SELECTED AREA": 0x87, "ESA": 0x87,
        "CHARACTER TABULATION SET": 0x88, "HTS": 0x88, "CHARACTER TABULATION WITH JUSTIFICATION": 0x89,
        "HTJ": 0x89, "LINE TABULATION SET": 0x8A, "VTS": 0x8A, "PARTIAL LINE FORWARD": 0x8B, "PLD": 0x8B,
        "PARTIAL LINE BACKWARD": 0x8C, "PLU": 0x8C, "REVERSE LINE FEED": 0x8D, "RI": 0x8D,
        "SINGLE SHIFT TWO": 0x8E, "SS2": 0x8E, "SINGLE SHIFT THREE": 0x8F, "SS3": 0x8F, "DCS": 0x90,
        "DEVICE CONTROL STRING": 0x90, "PRIVATE USE ONE": 0x91, "PU1": 0x91, "PRIVATE USE TWO": 0x92,
        "PU2": 0x92, "SET TRANSMIT STATE": 0x93, "STS": 0x93, "CANCEL CHARACTER": 0x94, "CCH": 0x94,
        "MESSAGE WAITING": 0x95, "MW": 0x95, "SPA": 0x96, "START OF GUARDED AREA": 0x96,
        "END OF GUARDED AREA": 0x97, "EPA": 0x97, "SOS": 0x98, "START OF STRING": 0x98, "SGC": 0x99,
        "SINGLE GRAPHIC CHARACTER INTRODUCER": 0x99, "SCI": 0x9A, "SINGLE CHARACTER INTRODUCER": 0x9A,
        "CONTROL SEQUENCE INTRODUCER": 0x9B, "CSI": 0x9B, "ST": 0x9C, "STRING TERMINATOR": 0x9C,
        "OPERATING SYSTEM COMMAND": 0x9D, "OSC": 0x9D, "PM": 0x9E, "PRIVACY MESSAGE": 0x9E, "APC": 0x9F,
        "APPLICATION PROGRAM COMMAND": 0x9F, "NBSP": 0xA0, "SHY": 0xAD, "ZWSP": 0x200B, "ZWNJ": 0x200C,
        "ZWJ": 0x200D, "LRM": 0x200E, "RLM": 0x200F, "WJ": 0x2060, "BOM": 0xFEFF, "BYTE ORDER MARK": 0xFEFF,
        "ZWNBSP": 0xFEFF
    ]
}

/// Python compares identifiers in NFKC form: `µ` (micro sign) and `μ` (mu)
/// are one name, and so are `ﬁle` and `file`. The lexer maps each character
/// of a non-ASCII name to its compatibility form with a table generated
/// from Unicode data (`CompatibilityMappings.swift`).
///
/// Canonical composition is not redone here: Swift strings compare and hash
/// by canonical equivalence, so a name spelled with combining marks is
/// already the same dictionary key as its precomposed spelling.
enum IdentifierNormalization {
    /// `name` with every character replaced by its compatibility form.
    static func nfkc(_ name: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in name.unicodeScalars {
            if scalar.isASCII {
                out.append(scalar)
            } else if let mapped = mapping(of: scalar) {
                out.append(contentsOf: mapped)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    private static func mapping(of scalar: Unicode.Scalar) -> [Unicode.Scalar]? {
        if let single = table.singles[scalar.value] { return single }
        for run in table.runs where run.range.contains(scalar.value) {
            return Unicode.Scalar(scalar.value - run.range.lowerBound + run.target).map { [$0] }
        }
        return nil
    }

    private struct Table {
        var singles: [UInt32: [Unicode.Scalar]] = [:]
        var runs: [(range: ClosedRange<UInt32>, target: UInt32)] = []
    }

    /// Parsed on first use of a non-ASCII identifier.
    private static let table: Table = {
        var table = Table()
        for entry in compatibilityTable.split(separator: ";") {
            let sides = entry.split(separator: ">")
            guard sides.count == 2 else { continue }
            let source = sides[0].split(separator: "+").compactMap { UInt32($0, radix: 16) }
            let targets = sides[1].split(separator: ",").compactMap { UInt32($0, radix: 16) }
            guard let start = source.first, let first = targets.first else { continue }
            if source.count == 2 {
                table.runs.append((start...(start + source[1] - 1), first))
            } else {
                table.singles[start] = targets.compactMap(Unicode.Scalar.init)
            }
        }
        return table
    }()
}

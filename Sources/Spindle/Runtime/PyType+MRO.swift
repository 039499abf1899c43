/// The method resolution order: CPython's C3 linearisation, with its error
/// message when the bases admit no consistent order.
extension PyType {
    /// Merges the MROs of `bases` and the list of bases itself (C3). The
    /// result does not include the new class.
    static func linearize(_ bases: [PyType]) throws -> [PyType] {
        var sequences = bases.map { $0.mro } + [bases]
        var result: [PyType] = []
        while true {
            sequences.removeAll { $0.isEmpty }
            if sequences.isEmpty { return result }
            guard let head = firstGoodHead(sequences) else {
                throw PyError(.typeError, mroConflictMessage(sequences))
            }
            result.append(head)
            for i in sequences.indices where sequences[i][0] === head {
                sequences[i].removeFirst()
            }
        }
    }

    /// The first head that appears in no sequence's tail.
    private static func firstGoodHead(_ sequences: [[PyType]]) -> PyType? {
        for sequence in sequences {
            let candidate = sequence[0]
            let blocked = sequences.contains { other in other.dropFirst().contains { $0 === candidate } }
            if !blocked { return candidate }
        }
        return nil
    }

    /// CPython names the distinct heads that are still waiting to be merged
    /// (and breaks the line after "resolution").
    private static func mroConflictMessage(_ sequences: [[PyType]]) -> String {
        var heads: [PyType] = []
        for sequence in sequences where !heads.contains(where: { $0 === sequence[0] }) {
            heads.append(sequence[0])
        }
        let names = heads.map { $0.name }.joined(separator: ", ")
        return "Cannot create a consistent method resolution\norder (MRO) for bases \(names)"
    }
}

extension PyType {
    func registerWithBases() {
        for base in bases { base.subclassRegistry.add(self) }
    }

    /// The live direct subclasses (`type.__subclasses__()`).
    var directSubclasses: [PyType] { subclassRegistry.liveSubclasses }
}

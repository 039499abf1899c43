/// `a, b = value` and `for a, b in pairs` with two plain local targets, the
/// commonest unpacking: a 2-tuple's elements go straight into the slots.
/// Any other value (a list, a tuple of another length, an iterator, a
/// non-iterable) is unpacked by the general `UnpackTarget`, which also
/// raises the errors.
final class LocalPairTarget: TargetNode {
    let firstSlot: Int
    let secondSlot: Int
    let general: UnpackTarget

    init?(_ general: UnpackTarget) {
        guard general.starIndex == nil, general.targets.count == 2,
              let first = general.targets[0] as? LocalTarget, let second = general.targets[1] as? LocalTarget
        else { return nil }
        self.firstSlot = first.slot
        self.secondSlot = second.slot
        self.general = general
        super.init(line: general.line)
    }

    override func assign(_ value: Value, _ f: Frame) throws {
        if case .object(let o) = value, o.objectKind == .tuple {
            let t = unsafeDowncast(o, to: PyTuple.self)
            if t.count == 2 {
                storeLocal(t.item(at: 0), f.slots + firstSlot)
                storeLocal(t.item(at: 1), f.slots + secondSlot)
                return
            }
        }
        try general.assign(value, f)
    }

    override func delete(_ f: Frame) throws { try general.delete(f) }
}

/// The target node for an unpacking assignment.
func makeUnpackTarget(_ targets: [TargetNode], starIndex: Int?, line: Int) -> TargetNode {
    let general = UnpackTarget(targets, starIndex: starIndex, line: line)
    return LocalPairTarget(general) ?? general
}

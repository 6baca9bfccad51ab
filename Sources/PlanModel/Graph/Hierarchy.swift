/// The node above a node, which subtrees (`for GOAL`, `tree`, `path`), inherited periods and
/// the check of a half-given period all climb by: its parent, else its plan. A plan has none,
/// and neither has a node of no plan (an actor). One rule, read from the columns (where −1 is
/// none) and from a node not yet committed to them.
enum Hierarchy {
    @inline(__always)
    static func up(parent: Int32, kindCode: UInt8, plan: Int32) -> Int32 {
        parent >= 0 ? parent : (kindCode == NodeKind.plan.code ? -1 : plan)
    }

    static func up(parent: NodeRef?, kind: NodeKind, plan: NodeRef?) -> NodeRef? {
        let up = up(parent: parent?.index ?? -1, kindCode: kind.code, plan: plan?.index ?? -1)
        return up >= 0 ? NodeRef(Int(up)) : nil
    }
}

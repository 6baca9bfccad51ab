import PlanModel

/// Fill, text and border of each kind of node. The fills step through clearly different
/// greys (dark plan, mid goal, light activity, white actor), so a greyscale print or a weak
/// projector keeps them apart; work packages and actors also differ in outline.
struct Palette {
    let fill: String
    let text: String
    let stroke: String
    /// SVG `stroke-dasharray`, or nil for a solid outline.
    let dash: String?

    /// The kinds with a colour of their own; anything else is drawn grey.
    static let kindsShown: [NodeKind] = [.plan, .goal, .activity, .workPackage, .actor]

    static func of(_ kind: NodeKind) -> Palette {
        switch kind {
        case .plan: Palette(fill: "#0f1b2b", text: "#ffffff", stroke: "#0f1b2b", dash: nil)
        case .goal: Palette(fill: "#2c5282", text: "#ffffff", stroke: "#1f3d63", dash: nil)
        case .activity: Palette(fill: "#dbe8f5", text: "#111111", stroke: "#3d6a99", dash: nil)
        case .workPackage: Palette(fill: "#f3e9d2", text: "#111111", stroke: "#7a5b16", dash: "8 4")
        case .actor: Palette(fill: "#ffffff", text: "#111111", stroke: "#555555", dash: "2 3")
        default: Palette(fill: "#eeeeee", text: "#111111", stroke: "#777777", dash: nil)
        }
    }
}

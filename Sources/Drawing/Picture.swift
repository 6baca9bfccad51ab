import PlanModel

/// How a node's period came about; pictures draw the three differently, as the terminal
/// timeline does (█ own, ▒ inherited, ░ approximate).
public enum PeriodStyle: String, Sendable {
    case own, inherited, approximate

    init(_ node: NodeView) {
        self = node.period?.approximate == true ? .approximate : node.periodIsInherited ? .inherited : .own
    }
}

/// One node as a picture shows it: plan-qualified id, kind, title and the actors that lead it.
public struct PictureNode: Sendable, Equatable {
    public var id: String
    public var kind: NodeKind
    public var title: String
    public var leads: [String] = []
    /// Shown only when the node has its own period (an inherited one is its parent's).
    public var period: String?
}

/// `tree NODE`: the hierarchy below a node.
public struct TreePicture: Sendable, Equatable {
    public var node: PictureNode
    public var children: [TreePicture]

    /// Every node in drawing order (depth first), with its depth.
    public var flattened: [(node: PictureNode, depth: Int)] {
        var out: [(PictureNode, Int)] = []
        func walk(_ t: TreePicture, _ depth: Int) {
            out.append((t.node, depth))
            t.children.forEach { walk($0, depth + 1) }
        }
        walk(self, 0)
        return out
    }
}

/// `timeline QUERY`: one bar per dated node.
public struct TimelinePicture: Sendable, Equatable {
    public struct Bar: Sendable, Equatable {
        public var node: PictureNode
        /// The group a Gantt chart puts the bar in (the node's goal, or its plan).
        public var section: String
        public var start: Day
        public var end: Day
        public var style: PeriodStyle
    }

    public var title: String
    public var bars: [Bar]
}

/// `graph QUERY` and `path from A to B`: nodes and labelled edges.
public struct NetworkPicture: Sendable, Equatable {
    public struct Edge: Sendable, Equatable {
        /// Indexes into `nodes`.
        public var from: Int
        public var to: Int
        public var label: String
    }

    public var title: String
    public var nodes: [PictureNode]
    public var edges: [Edge]
    /// A path is drawn as a chain, top to bottom, in the order of its steps.
    public var isChain: Bool
}

/// What an importer read from a source document, in the shape of a planq plan file
/// (Grammar/plan-format.md). Every node has its source line(s); `notes` say what was guessed.
public struct ImportedPlan: Equatable, Sendable {
    public enum Template: String, Sendable { case elzActionPlan = "ELZ action plan", transitionPlan = "transition plan" }

    public var template: Template
    public var id: String
    public var title: String
    public var owner: String?
    public var period: String?
    /// The document's title line (`source.document`) and its path (`source.file`).
    public var document: String
    public var file: String
    public var status: String?
    public var version: String?
    public var date: String?
    public var versions: [Version] = []
    public var notes: [String] = []
    public var actors: [Actor] = []
    public var themes: [Theme] = []
    public var goals: [Goal] = []
    public var activities: [Activity] = []
    public var workPackages: [WorkPackage] = []
    public var events: [Event] = []

    public init(template: Template, id: String, title: String, document: String, file: String) {
        self.template = template
        self.id = id
        self.title = title
        self.document = document
        self.file = file
    }

    public struct Origin: Equatable, Sendable {
        public var line: Int
        public var lastLine: Int?
        public var section: String?
        public init(line: Int, lastLine: Int? = nil, section: String? = nil) {
            self.line = line
            self.lastLine = lastLine
            self.section = section
        }
    }

    public struct Version: Equatable, Sendable {
        public var version: String, date: String?, description: String, authors: String
    }

    public struct Actor: Equatable, Sendable {
        public var id: String
        public var name: String
        public var kind: String
        public var category: Int?
        public var description: String?
        public var origin: Origin
        public var notes: [String] = []
    }

    public struct ActorRef: Equatable, Sendable {
        public var actor: String
        public var note: String?
    }

    public struct Theme: Equatable, Sendable {
        public var id: String, name: String, family: String, column: Int
        public var origin: Origin
        public var notes: [String] = []
    }

    public struct Goal: Equatable, Sendable {
        public var id: String
        public var level: String
        public var parent: String?
        public var title: String
        public var text: String
        public var deadline: String?
        public var written: String?
        public var approximate = false
        public var origin: Origin
        public var notes: [String] = []
    }

    public struct Indicator: Equatable, Sendable {
        public var id: String, kind: String, text: String
        public var origin: Origin
        public var notes: [String] = []
    }

    /// Roles in the plan format's order.
    public static let roleOrder = ["lead", "responsible", "facilitator", "supporter", "partner", "involved", "audience"]

    public struct Activity: Equatable, Sendable {
        public var id: String
        public var goal: String?
        public var title: String
        public var description: String?
        public var why: String?
        public var targetGroups: [String] = []
        public var willDo: [String] = []
        public var willNotDo: [String] = []
        public var steps: [String] = []
        public var channels: [String] = []
        public var linksText: String?
        /// Other activities of the plan this one names by title.
        public var links: [String] = []
        public var ownRoleText: String?
        public var partnersText: String?
        public var start: String?
        public var end: String?
        public var phase: String?
        public var roles: [String: [ActorRef]] = [:]
        public var contributes: [String] = []
        public var indicators: [Indicator] = []
        public var origin: Origin
        public var notes: [String] = []

        mutating func add(_ role: String, _ actor: String, note: String? = nil) {
            if roles[role, default: []].contains(where: { $0.actor == actor }) { return }
            roles[role, default: []].append(ActorRef(actor: actor, note: note))
        }
    }

    public struct WorkPackage: Equatable, Sendable {
        public var id: String
        public var title: String
        public var description: String?
        public var regionAndTargetGroup: String?
        public var partnersText: String?
        public var timingText: String?
        public var budgetFTE: String?
        public var budgetText: String?
        public var contribution: String?
        public var origin: Origin
        public var notes: [String] = []
    }

    public struct Event: Equatable, Sendable {
        public var id: String
        public var kind: String
        public var title: String
        public var date: String
        public var written: String
        public var approximate = false
        public var origin: Origin
        public var notes: [String] = []
    }
}

// The kinds of node, the roles and the actor kinds are shared with the query syntax and the
// shell: one definition, in PlanWords, seen through PlanModel too.
@_exported import PlanWords

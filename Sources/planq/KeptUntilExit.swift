/// Objects planq never frees: the plan graph, the session and the batch live until the
/// process ends with `exit`, and the system takes their memory back at once — freeing a graph
/// node by node in deinitialisers would only delay the exit.
enum KeptUntilExit {
    nonisolated(unsafe) static var objects: [AnyObject] = []
}

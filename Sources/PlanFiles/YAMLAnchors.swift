// CYaml is the libyaml that Yams is built on (a module of the Yams package, not one of its
// products): asking the very parser Yams uses is the only way to know exactly where YAML
// sees an anchor, which a text scan can only guess.
import CYaml

/// Finds the first anchor (`&a`) or alias (`*a`) of a YAML text by libyaml's events, before
/// Yams composes it. Plan files need neither, and refusing them keeps every value written
/// where it is read and rules out alias bombs: Yams shares an aliased node, but hashing a
/// mapping's keys (to find keys written twice) and converting the nodes walk every alias
/// again, so a kilobyte of nested aliases takes exponential time.
///
/// The event pass costs a parse without composing, on files the fast reader declines only:
/// the fast reader reads no anchor or alias (it declines any value starting with `&` or `*`),
/// and the differential fuzz target holds it to libyaml on that.
enum YAMLAnchors {
    /// The place (1-based line and column in characters, as Yams's marks count) of the first
    /// anchor or alias, or nil when there is none. A YAML error ends the pass: the text is
    /// then refused by Yams with its own message, and nothing was composed.
    static func first(in text: String) -> (line: Int, column: Int)? {
        var text = text
        return text.withUTF8 { bytes -> (line: Int, column: Int)? in
            var parser = yaml_parser_t()
            guard yaml_parser_initialize(&parser) == 1 else { return nil }
            defer { yaml_parser_delete(&parser) }
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            yaml_parser_set_input_string(&parser, bytes.baseAddress, bytes.count)
            var event = yaml_event_t()
            while yaml_parser_parse(&parser, &event) == 1 {
                defer { yaml_event_delete(&event) }
                let anchored: Bool
                switch event.type {
                case YAML_ALIAS_EVENT: anchored = true
                case YAML_SCALAR_EVENT: anchored = event.data.scalar.anchor != nil
                case YAML_SEQUENCE_START_EVENT: anchored = event.data.sequence_start.anchor != nil
                case YAML_MAPPING_START_EVENT: anchored = event.data.mapping_start.anchor != nil
                case YAML_STREAM_END_EVENT: return nil
                default: anchored = false
                }
                // A node's event starts at its anchor when it has one (before its tag).
                if anchored { return (Int(event.start_mark.line) + 1, Int(event.start_mark.column) + 1) }
            }
            return nil
        }
    }
}

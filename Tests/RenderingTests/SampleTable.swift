import Rendering

/// A small table with what renderers get wrong: accents both precomposed and with a combining
/// mark, wide characters and an emoji, a list, a null, numbers, a quote, a comma, a pipe and
/// a line break.
let sample = ResultTable(
    columns: ["id", "title", "actors", "hours", "note"],
    rows: [
        [.text("elz.A2.2"), .text("geïntegreerde zorg"), .list(["ELZ", "SD3"]), .integer(12),
         .text("zegt \"ja\", dan\nnee")],
        [.text("zzl.B1"), .text("gei\u{308}ntegreerd"), .list([]), .number(0.2), .null],
        [.text("kp.3"), .text("漢字 plan 🚀"), .list(["KP"]), .number(-1.5), .text("a|b")],
    ]
)

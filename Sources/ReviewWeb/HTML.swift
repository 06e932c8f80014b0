/// Markup that is safe to send: string literals are trusted, interpolated `String`s are escaped.
///
/// `"<td>\(note.summary)</td>" as HTML` escapes the summary; `\(otherHTML)` inserts markup as is.
/// Only literals written in this module, numbers and already-built `HTML` pass unescaped, so
/// there is no way to splice a resident's text into a page without `HTMLEscaping.escape`.
struct HTML: Sendable, Equatable, ExpressibleByStringInterpolation, CustomStringConvertible {
    let markup: String

    init(stringLiteral value: String) {
        markup = value
    }

    init(stringInterpolation: Interpolation) {
        markup = stringInterpolation.markup
    }

    /// Escaped text, for places that hold a `String` and need `HTML`.
    init(text: String) {
        markup = HTMLEscaping.escape(text)
    }

    private init(trusted: String) {
        markup = trusted
    }

    static let empty = HTML(trusted: "")

    var description: String { markup }

    /// The parts one after another, with `separator` between them.
    static func joined(_ parts: [HTML], separator: HTML = .empty) -> HTML {
        HTML(trusted: parts.map(\.markup).joined(separator: separator.markup))
    }

    struct Interpolation: StringInterpolationProtocol {
        fileprivate(set) var markup = ""

        init(literalCapacity: Int, interpolationCount: Int) {
            markup.reserveCapacity(literalCapacity + interpolationCount * 16)
        }

        mutating func appendLiteral(_ literal: String) {
            markup += literal
        }

        mutating func appendInterpolation(_ text: String) {
            markup += HTMLEscaping.escape(text)
        }

        mutating func appendInterpolation(_ html: HTML) {
            markup += html.markup
        }

        mutating func appendInterpolation(_ parts: [HTML]) {
            for part in parts { markup += part.markup }
        }

        mutating func appendInterpolation(_ number: Int) {
            markup += String(number)
        }

        /// A coordinate or length, to one decimal: enough for SVG, and no exponent notation.
        mutating func appendInterpolation(_ number: Double) {
            let rounded = (number * 10).rounded() / 10
            markup += rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
        }
    }
}

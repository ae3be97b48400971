import CICU
import NewsGraphCore

/// One segment found by an ICU break iterator, in code points, with ICU's rule status for it.
struct BreakSegment {
    let span: TextSpan
    let ruleStatus: Int32
}

/// ICU sentence or word boundaries for one text, converted from UTF-16 units to code points.
///
/// Each call opens its own iterator (ICU caches the compiled rules), so the type is safe to use
/// from many threads at once.
struct ICUBreaker: Sendable {
    enum Kind: Int32, Sendable {
        case sentence = 0
        case word = 1
    }

    let kind: Kind
    let locale: String

    init(kind: Kind, locale: String) {
        self.kind = kind
        self.locale = locale
    }

    /// Segments covering the whole text, in order.
    func segments(of document: Document) throws -> [BreakSegment] {
        var error: Int32 = 0
        guard let breaker = cicu_breaker_open(kind.rawValue, locale, &error) else {
            throw NewsGraphError(.badPipeline, path: document.name, message: "ICU break iterator failed (\(error))")
        }
        defer { cicu_breaker_close(breaker) }
        let units = Array(document.text.utf16)
        // Code point offset of each UTF-16 offset that starts a scalar (surrogate pairs take two units).
        var out: [BreakSegment] = []
        try units.withUnsafeBufferPointer { buffer in
            let status = cicu_breaker_set_text(breaker, buffer.baseAddress, Int32(buffer.count))
            guard status <= 0 else {
                throw NewsGraphError(.badPipeline, path: document.name, message: "ICU setText failed (\(status))")
            }
            var previousUnit = 0
            var previousScalar = 0
            while true {
                let boundary = Int(cicu_breaker_next(breaker))
                if boundary < 0 { break }
                var scalar = previousScalar
                var unit = previousUnit
                while unit < boundary {
                    unit += UTF16.isLeadSurrogate(buffer[unit]) ? 2 : 1
                    scalar += 1
                }
                out.append(BreakSegment(span: TextSpan(previousScalar, scalar), ruleStatus: cicu_breaker_rule_status(breaker)))
                previousUnit = boundary
                previousScalar = scalar
            }
        }
        return out
    }
}

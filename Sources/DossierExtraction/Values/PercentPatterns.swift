import DossierModel

/// Percentages: "12%", "12 percent", "12 per cent", "12 pct", "twelve percent", "0.5
/// percentage points", "25 basis points", "10–15%", "10 to 15 percent".
extension ValueScan {
    /// The percent word or sign at `e`: its end and unit.
    func percentUnit(at e: Int) -> (end: Int, unit: String)? {
        guard e < hi, lex[e].kind == .percent else { return nil }
        switch lex[e].value {
        case 0:
            return (e + 1, "percent")
        case 1 where wordIs(e + 1, "point") || wordIs(e + 1, "points"):
            return (e + 2, "percentage points")
        case 2 where wordIs(e + 1, "point") || wordIs(e + 1, "points"):
            return (e + 2, "basis points")
        case 3 where wordIs(e + 1, "cent"):
            return (e + 2, "percent")
        default:
            return nil
        }
    }
}

import Testing
@testable import DossierInput

@Suite("HTML character references")
struct HTMLEntitiesTests {
    /// Every name of the HTML 4.01 entity sets (Latin-1, symbols, special) plus `apos`.
    static let html4Names = """
    nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3
    acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde
    Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute
    Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde
    auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc
    otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml fnof Alpha Beta Gamma Delta Epsilon
    Zeta Eta Theta Iota Kappa Lambda Mu Nu Xi Omicron Pi Rho Sigma Tau Upsilon Phi Chi Psi Omega alpha beta
    gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigmaf sigma tau upsilon
    phi chi psi omega thetasym upsih piv bull hellip prime Prime oline frasl weierp image real trade
    alefsym larr uarr rarr darr harr crarr lArr uArr rArr dArr hArr forall part exist empty nabla isin notin
    ni prod sum minus lowast radic prop infin ang and or cap cup int there4 sim cong asymp ne equiv le ge sub
    sup nsub sube supe oplus otimes perp sdot lceil rceil lfloor rfloor lang rang loz spades clubs hearts
    diams quot amp lt gt apos OElig oelig Scaron scaron Yuml circ tilde ensp emsp thinsp zwnj zwj lrm rlm
    ndash mdash lsquo rsquo sbquo ldquo rdquo bdquo dagger Dagger permil lsaquo rsaquo euro
    """.split(whereSeparator: \.isWhitespace).map(String.init)

    @Test("every HTML 4 named reference decodes to one character")
    func html4Set() {
        #expect(Self.html4Names.count == 253)
        for name in Self.html4Names {
            let decoded = HTMLEntities.decode("&\(name);")
            #expect(decoded.unicodeScalars.count == 1, "&\(name); gave \(decoded)")
        }
    }

    @Test("the references news copy uses decode to the right characters")
    func common() {
        let cases: [(String, String)] = [
            ("&amp;&lt;&gt;&quot;&apos;", "&<>\"'"), ("&rsquo;&lsquo;&ldquo;&rdquo;", "’‘“”"),
            ("&mdash;&ndash;&hellip;", "—–…"), ("&eacute;&Eacute;&uuml;&ccedil;&szlig;", "éÉüçß"),
            ("&nbsp;", "\u{A0}"), ("&euro;&pound;&yen;", "€£¥"), ("&Scaron;&scaron;", "Šš"),
            ("&Zcaron;&scedil;&Lstrok;&inodot;&gbreve;", "ŽşŁığ"), ("&hyphen;&horbar;", "‐―"),
        ]
        for (input, expected) in cases { #expect(HTMLEntities.decode(input) == expected, "\(input)") }
    }

    @Test("all Latin-1 letters decode to their code points")
    func latin1() {
        for (index, name) in HTMLEntityTable.latin1.enumerated() {
            #expect(HTMLEntities.decode("&\(name);").unicodeScalars.first?.value == 0xA0 + UInt32(index))
        }
    }

    @Test("decimal and hex numeric references, with Windows-1252 and invalid values mapped like browsers")
    func numeric() {
        #expect(HTMLEntities.decode("&#8220;x&#x201D; &#X41;&#65") == "“x” AA")
        #expect(HTMLEntities.decode("&#146;&#150;") == "’–")
        #expect(HTMLEntities.decode("&#0;&#xD800;&#x110000;&#99999999999;") == "\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}")
        #expect(HTMLEntities.decode("&#x1F600;") == "😀")
    }

    @Test("ampersands that are not references stay literal")
    func literal() {
        #expect(HTMLEntities.decode("AT&T R&D & &unknown; &;&#;&#x;") == "AT&T R&D & &unknown; &;&#;&#x;")
    }

    @Test("legacy names work without a semicolon in text but not before = in attributes")
    func legacy() {
        #expect(HTMLEntities.decode("&copy 2009 &amp more") == "© 2009 & more")
        #expect(HTMLEntities.decode("?a=1&copy=2", inAttribute: true) == "?a=1&copy=2")
        #expect(HTMLEntities.decode("&copy 2009", requireSemicolon: true) == "&copy 2009")
        #expect(HTMLEntities.decode("&mdash no") == "&mdash no")
    }
}

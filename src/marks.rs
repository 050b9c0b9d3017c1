//! The quotation-mark table: which characters open and close quotations, in which families.
//!
//! The scanner looks a mark up here and then decides, from the characters around it, whether
//! it opens, closes, or is not a quotation mark at all (an apostrophe, an inch sign).

/// Marks that pair with each other. A quotation is closed only by a mark of its own family.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Family {
    /// `" “ ” „`, `''` (two apostrophes, as some newspapers print a double quote) and the
    /// two backticks that open one in typewriter and TeX style ([`ticks`]).
    Double,
    /// `' ‘ ’ ‚`: also apostrophes, so the scanner is strict with them.
    Single,
    /// `« »`.
    Guillemet,
    /// `‹ ›`.
    SingleGuillemet,
    /// `「 」`.
    Corner,
    /// `『 』`.
    WhiteCorner,
}

/// What a mark can do before context is considered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Role {
    /// Only opens (`“`, `‘`, `«`, `„`, `「`).
    Open,
    /// Only closes (`”`, `»`, `」`); `’` also serves as an apostrophe.
    Close,
    /// Straight marks, which open or close by position (`"`, `'`, `''`).
    Either,
}

/// One row of the mark table.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Mark {
    pub ch: char,
    pub family: Family,
    pub role: Role,
}

/// Every character the scanner treats as a possible quotation mark.
pub(crate) const MARKS: &[Mark] = &[
    Mark {
        ch: '"',
        family: Family::Double,
        role: Role::Either,
    },
    Mark {
        ch: '“',
        family: Family::Double,
        role: Role::Open,
    },
    Mark {
        ch: '”',
        family: Family::Double,
        role: Role::Close,
    },
    Mark {
        ch: '„',
        family: Family::Double,
        role: Role::Open,
    },
    Mark {
        ch: '\'',
        family: Family::Single,
        role: Role::Either,
    },
    Mark {
        ch: '‘',
        family: Family::Single,
        role: Role::Open,
    },
    Mark {
        ch: '’',
        family: Family::Single,
        role: Role::Close,
    },
    Mark {
        ch: '‚',
        family: Family::Single,
        role: Role::Open,
    },
    Mark {
        ch: '«',
        family: Family::Guillemet,
        role: Role::Open,
    },
    Mark {
        ch: '»',
        family: Family::Guillemet,
        role: Role::Close,
    },
    Mark {
        ch: '‹',
        family: Family::SingleGuillemet,
        role: Role::Open,
    },
    Mark {
        ch: '›',
        family: Family::SingleGuillemet,
        role: Role::Close,
    },
    Mark {
        ch: '「',
        family: Family::Corner,
        role: Role::Open,
    },
    Mark {
        ch: '」',
        family: Family::Corner,
        role: Role::Close,
    },
    Mark {
        ch: '『',
        family: Family::WhiteCorner,
        role: Role::Open,
    },
    Mark {
        ch: '』',
        family: Family::WhiteCorner,
        role: Role::Close,
    },
];

/// The table row for `c`, if `c` is a quotation mark.
pub(crate) fn lookup(c: char) -> Option<Mark> {
    MARKS.iter().copied().find(|m| m.ch == c)
}

/// Two backticks at the start of `bytes` (``` ``Yes,'' she said ```): the opening double
/// mark of typewriter and TeX style, which two apostrophes close. One backtick alone is
/// no mark: it quotes code far more often than speech.
pub(crate) fn ticks(bytes: &[u8]) -> Option<Mark> {
    bytes.starts_with(b"``").then_some(Mark {
        ch: '`',
        family: Family::Double,
        role: Role::Open,
    })
}

/// Whether byte `b` can start the UTF-8 encoding of a mark in [`MARKS`]: the scanner skips
/// every other byte without decoding it.
pub(crate) const fn is_mark_lead_byte(b: u8) -> bool {
    // '"' '\'' and the backticks of ``` `` ``` are ASCII; “”‘’„‚‹› start with E2, «» with
    // C2, 「」『』 with E3.
    matches!(b, b'"' | b'\'' | b'`' | 0xE2 | 0xC2 | 0xE3)
}

/// Words that a leading apostrophe shortens (`'em`, `'til`, `'90s`): an apostrophe before
/// them never opens a quotation.
pub(crate) const ELISIONS: &[&str] = &[
    "em", "til", "tis", "twas", "cause", "bout", "round", "n", "cos", "nuff", "ere", "im", "er",
    "ow", "ome", "ave", "e", "un", "t", "s", "d", "ll", "re", "ve",
];

/// Characters after which an opening quotation mark may stand besides whitespace.
pub(crate) fn opens_after(c: char) -> bool {
    matches!(c, '(' | '[' | '{' | '—' | '–' | '-' | '/' | ':' | '…') || lookup(c).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_mark_has_a_lead_byte_the_scanner_stops_at() {
        for m in MARKS {
            let mut buf = [0u8; 4];
            let first = m.ch.encode_utf8(&mut buf).as_bytes()[0];
            assert!(is_mark_lead_byte(first), "{:?}", m.ch);
        }
    }

    #[test]
    fn lookup_finds_marks_and_nothing_else() {
        assert_eq!(lookup('«').unwrap().family, Family::Guillemet);
        assert_eq!(lookup('’').unwrap().role, Role::Close);
        assert!(lookup('a').is_none());
        assert!(lookup('—').is_none());
    }
}

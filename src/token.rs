//! Words, punctuation and whole quotations as tokens, over the stretch of text the rules read.
//!
//! A quotation the scanner found becomes a single token, so a rule sees the shape of the
//! sentence around it (`QUOTE , NAME VERB .`) without caring what the quote says.

use crate::hash::FxHashSet;
use std::ops::Range;

use crate::layout::Layout;
use crate::scan::RawQuote;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// A word: letters and digits, with inner apostrophes, hyphens and periods (`don't`,
    /// `President-elect`, `U.S.`), and the period of a known abbreviation (`Mr.`).
    Word,
    /// One punctuation character.
    Punct(char),
    /// A dash used as punctuation: `—`, `–`, or `--`.
    Dash,
    /// A whole quotation, marks included: the index into the extractor's quote list.
    Quote(usize),
    /// The end of a paragraph.
    Break,
}

/// One token and where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Token {
    pub kind: Kind,
    pub span: Range<usize>,
    /// A capitalized word whose lower-case form the document also uses (`Meanwhile`,
    /// `Presently`): capitalized only because it starts a sentence, so never a name.
    pub common: bool,
    /// The word's lexicon index (0: not in the lexicon, or not a word).
    pub lex: u16,
}

impl Token {
    /// The token's text.
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        &text[self.span.clone()]
    }

    pub fn is_punct(&self, c: char) -> bool {
        self.kind == Kind::Punct(c)
    }

    /// What the lexicon knows of this token (nothing, for punctuation).
    pub fn info(&self) -> crate::lexicon::WordInfo {
        crate::lexicon::info(self.lex)
    }

    pub fn quote(&self) -> Option<usize> {
        match self.kind {
            Kind::Quote(i) => Some(i),
            _ => None,
        }
    }
}

/// Abbreviations whose period does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "St", "Jr", "Sr", "Gov", "Sen", "Rep", "Lt", "Gen", "Col", "Capt",
    "Sgt", "Prof", "Rev", "Fr", "Mt", "Jan", "Feb", "Mar", "Apr", "Aug", "Sept", "Sep", "Oct",
    "Nov", "Dec", "No", "vs", "etc", "Inc", "Corp", "Co", "Ltd", "Ave", "Blvd", "Dept", "Det",
    "Supt", "Insp", "Cpl", "Pvt", "Adm", "Cmdr", "Msgr", "Mme", "Messrs", "approx", "e.g", "i.e",
    "Ont", "Que", "Calif", "Fla", "Mass", "Penn", "Ariz", "Ore", "Wash", "Ill", "Mich",
];

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// Tokenizes `range` of `text`. `quotes` are the scanner's quotations (sorted); each one
/// that starts inside `range` becomes one token covering its marks, and must end inside it.
pub(crate) fn tokenize(
    text: &str,
    range: Range<usize>,
    quotes: &[RawQuote],
    layout: Layout,
    out: &mut Vec<Token>,
) {
    let bytes = text.as_bytes();
    let mut q = quotes.partition_point(|r| r.open.start < range.start);
    let mut i = range.start;
    while i < range.end {
        if let Some(rq) = quotes.get(q) {
            if rq.open.start == i {
                out.push(Token {
                    kind: Kind::Quote(q),
                    span: rq.open.start..rq.close.end,
                    common: false,
                    lex: 0,
                });
                i = rq.close.end;
                q += 1;
                continue;
            }
        }
        let b = bytes[i];
        if b == b'\n' {
            match layout.paragraph_break(bytes, i) {
                Some(next) => {
                    if !matches!(
                        out.last(),
                        Some(Token {
                            kind: Kind::Break,
                            ..
                        })
                    ) {
                        out.push(Token {
                            kind: Kind::Break,
                            span: i..i + 1,
                            common: false,
                            lex: 0,
                        });
                    }
                    i = next.min(range.end).max(i + 1);
                }
                None => i += 1,
            }
            continue;
        }
        if b.is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let Some(c) = text[i..].chars().next() else {
            break;
        };
        if is_word_char(c) {
            let end = word_end(text, i, range.end);
            let lex = crate::lexicon::id(&text[i..end]);
            out.push(Token {
                kind: Kind::Word,
                span: i..end,
                common: false,
                lex,
            });
            i = end;
        } else if c == '—' || c == '–' || (c == '-' && bytes.get(i + 1) == Some(&b'-')) {
            let len = if c == '-' { 2 } else { c.len_utf8() };
            out.push(Token {
                kind: Kind::Dash,
                span: i..i + len,
                common: false,
                lex: 0,
            });
            i += len;
        } else if c.is_whitespace() {
            i += c.len_utf8();
        } else {
            out.push(Token {
                kind: Kind::Punct(c),
                span: i..i + c.len_utf8(),
                common: false,
                lex: 0,
            });
            i += c.len_utf8();
        }
    }
}

/// Marks the capitalized words whose lower-case form also occurs in the document.
pub(crate) fn mark_common(text: &str, tokens: &mut [Token]) {
    let mut lower: FxHashSet<&str> = FxHashSet::default();
    for t in tokens.iter() {
        if t.kind == Kind::Word && t.text(text).starts_with(|c: char| c.is_ascii_lowercase()) {
            lower.insert(t.text(text));
        }
    }
    let mut buf = String::new();
    for t in tokens.iter_mut() {
        let w = &text[t.span.clone()];
        if t.kind == Kind::Word && w.starts_with(|c: char| c.is_ascii_uppercase()) && w.len() > 1 {
            buf.clear();
            buf.push_str(w);
            buf.make_ascii_lowercase();
            t.common = lower.contains(buf.as_str());
        }
    }
}

/// The end of the word starting at `start`.
fn word_end(text: &str, start: usize, limit: usize) -> usize {
    let mut end = start;
    let mut chars = text[start..limit].char_indices().peekable();
    while let Some((off, c)) = chars.next() {
        let at = start + off;
        if is_word_char(c) {
            end = at + c.len_utf8();
            continue;
        }
        // Inner joiners: don't, Russian-U.S., U.S.A, AT&T, 3.5
        let joins = matches!(c, '\'' | '’' | '-' | '.' | '&' | '/')
            && chars.peek().is_some_and(|&(_, n)| is_word_char(n));
        if joins {
            end = at + c.len_utf8();
            continue;
        }
        // The period of an abbreviation or initialism belongs to it: Mr. U.S. J.
        if c == '.' {
            let word = &text[start..end];
            let initialism = word.contains('.') && !word.ends_with('.');
            let initial = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
            if initialism || initial || ABBREVIATIONS.contains(&word) {
                end = at + 1;
                // U.S.-Russia: a hyphen after the initialism joins on.
                let rest = &text[end..limit];
                if rest.starts_with('-') && rest[1..].starts_with(is_word_char) {
                    return word_end(text, end + 1, limit);
                }
            }
        }
        break;
    }
    end
}

/// Whether the token at `i` ends a sentence.
pub(crate) fn ends_sentence(tokens: &[Token], i: usize, text: &str, quotes: &[RawQuote]) -> bool {
    let next = tokens.get(i + 1);
    let next_starts = match next {
        None => true,
        Some(t) => match t.kind {
            Kind::Break | Kind::Quote(_) => true,
            Kind::Word => t
                .text(text)
                .chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c.is_numeric()),
            Kind::Punct(c) => matches!(c, '(' | '['),
            Kind::Dash => false,
        },
    };
    match tokens[i].kind {
        Kind::Break => true,
        Kind::Punct('.' | '!' | '?' | '…') => next_starts,
        Kind::Quote(q) => {
            let content = &text[quotes[q].content.clone()];
            let terminal = content.ends_with(['.', '!', '?', '…']);
            terminal && next_starts
        }
        // A word that swallowed an abbreviation's period ends a sentence only before a
        // paragraph break or the end.
        Kind::Word => matches!(
            next,
            None | Some(Token {
                kind: Kind::Break,
                ..
            })
        ),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scan(text: &str) -> Vec<RawQuote> {
        crate::scan::scan(text, Layout::LinePerParagraph)
    }

    /// The quotations and tokens of `text`, read as news (a paragraph per line).
    fn tokens_of(text: &str) -> (Vec<RawQuote>, Vec<Token>) {
        let quotes = scan(text);
        let mut toks = Vec::new();
        tokenize(
            text,
            0..text.len(),
            &quotes,
            Layout::LinePerParagraph,
            &mut toks,
        );
        (quotes, toks)
    }

    fn words(text: &str) -> Vec<&str> {
        tokens_of(text).1.iter().map(|t| t.text(text)).collect()
    }

    #[test]
    fn words_keep_inner_punctuation() {
        assert_eq!(
            words("Mr. Bush's U.S.-Russia talks don't end -- President-elect J. Smith."),
            [
                "Mr.",
                "Bush's",
                "U.S.-Russia",
                "talks",
                "don't",
                "end",
                "--",
                "President-elect",
                "J.",
                "Smith",
                "."
            ]
        );
    }

    #[test]
    fn a_quotation_is_one_token() {
        let text = "\"We will win, and soon,\" she said.";
        let (_, toks) = tokens_of(text);
        assert_eq!(toks[0].quote(), Some(0));
        assert_eq!(toks[0].text(text), "\"We will win, and soon,\"");
        assert_eq!(toks.len(), 4);
    }

    #[test]
    fn paragraph_breaks_are_tokens() {
        assert_eq!(words("One.\n\nTwo."), ["One", ".", "\n", "Two", "."]);
    }

    #[test]
    fn sentence_ends() {
        let text = "Mr. Smith left. He came back. \"Fine.\" The end";
        let (quotes, toks) = tokens_of(text);
        let ends: Vec<&str> = (0..toks.len())
            .filter(|&i| ends_sentence(&toks, i, text, &quotes))
            .map(|i| toks[i].text(text))
            .collect();
        assert_eq!(ends, [".", ".", "\"Fine.\"", "end"]);
    }
}

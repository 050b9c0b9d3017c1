//! A news document's headline: where the paragraph that heads the article ends, and
//! whether words are set in title case, as headlines are (`Mayor Ruiz Says Bridge Will
//! Reopen in May`). A headline reports speech in its own style, and names people before
//! the article introduces them.

use crate::nonquote::TITLE_SMALL_WORDS;
use crate::token::{Kind, Token};

/// Fewest capitalized words (of four letters or more) [`title_case`] wants.
const MIN_TITLE_CASE_WORDS: usize = 4;

/// Whether `tokens` are written in title case, as a headline is (`Mayor Ruiz Says Bridge
/// Will Reopen in May`): every word of four letters or more capitalized but the small words
/// of titles, and at least [`MIN_TITLE_CASE_WORDS`] of them. Running text never is.
pub(crate) fn title_case(tokens: &[Token], text: &str) -> bool {
    let mut capitalized = 0;
    for t in tokens {
        let w = t.text(text);
        if t.kind != Kind::Word || w.len() < 4 || !w.starts_with(char::is_alphabetic) {
            continue;
        }
        if t.is_capitalized() {
            capitalized += 1;
        } else if !TITLE_SMALL_WORDS.contains(&w) {
            return false;
        }
    }
    capitalized >= MIN_TITLE_CASE_WORDS
}

/// Whether the paragraph from token `i` on is a headline: short, and no full stop,
/// question or exclamation mark ends a sentence in it.
pub(crate) fn headline(tokens: &[Token], i: usize) -> bool {
    let para = tokens[i].para;
    let mut rest = tokens[i..].iter().take_while(|t| t.para == para);
    rest.by_ref()
        .take(MAX_HEADLINE)
        .all(|t| !matches!(t.kind, Kind::Punct('.' | '!' | '?')))
        && rest.next().is_none()
}

/// Most tokens of a headline.
const MAX_HEADLINE: usize = 24;

/// Most tokens of a headline in title case, which may run to a second clause (`Ruiz Says
/// Bridge Will Reopen in May, Calls Delay 'Unacceptable'`).
pub(crate) const MAX_TITLE_CASE_HEADLINE: usize = 40;

/// Where the document's headline ends, or 0 when it opens with none: a first paragraph,
/// with more after it, that is either a [`headline`] or short and in title case.
pub(crate) fn opening(tokens: &[Token], text: &str) -> usize {
    let Some(first) = tokens
        .iter()
        .position(|t| t.kind != Kind::Break && !t.boilerplate())
    else {
        return 0;
    };
    let para = tokens[first].para;
    let Some(end) = tokens[first..]
        .iter()
        .take(MAX_TITLE_CASE_HEADLINE + 1)
        .position(|t| t.para != para)
        .map(|n| first + n)
    else {
        return 0;
    };
    let words = &tokens[first..end];
    if headline(tokens, first) || title_case(words, text) {
        words.last().map_or(0, |t| t.span.end)
    } else {
        0
    }
}

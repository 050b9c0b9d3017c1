//! Headings: a news document's headline, where the paragraph that heads the article ends,
//! and whether words are set in title case, as headlines are (`Mayor Ruiz Says Bridge
//! Will Reopen in May`); and a book's chapter headings. A headline reports speech in its
//! own style, and names people before the article introduces them; a chapter's title
//! names no one who is there.

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

/// Most tokens of a chapter heading ([`chapter_heading`]): `CHAPTER XII. The Mill on the
/// River` is 8.
const MAX_CHAPTER_HEADING: usize = 12;

/// Whether the paragraph that opens at token `k` is a chapter heading (`CHAPTER IV`,
/// `Chapter 12: The Mill`): `Chapter`, a number or a Roman numeral, and nothing after them
/// but a title's words and punctuation. (`Chapter 11 filings rose` in a business story
/// goes on in lower case.)
pub(crate) fn chapter_heading(tokens: &[Token], k: usize, text: &str) -> bool {
    // (`I.` is read as an initial, its full stop and all.)
    let numeral = |w: &str| {
        let w = w.strip_suffix('.').unwrap_or(w);
        !w.is_empty()
            && (w.bytes().all(|b| b.is_ascii_digit())
                || w.bytes().all(|b| matches!(b, b'I' | b'V' | b'X' | b'L')))
    };
    // (A title's small words stay in lower case: `The Mill on the River`.)
    let title_word =
        |t: &Token| t.kind != Kind::Word || t.is_capitalized() || t.info().function.is_some();
    let mut heading = tokens[k.min(tokens.len())..]
        .iter()
        .take_while(|t| t.kind != Kind::Break)
        .take(MAX_CHAPTER_HEADING + 1);
    let (Some(first), Some(number)) = (heading.next(), heading.next()) else {
        return false;
    };
    first.text(text).eq_ignore_ascii_case("chapter")
        && numeral(number.text(text))
        && heading.clone().count() <= MAX_CHAPTER_HEADING - 2
        && heading.all(title_word)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn heading(text: &str) -> bool {
        let (_, tokens) = crate::token::analyze(text);
        chapter_heading(&tokens, 0, text)
    }

    #[test]
    fn a_chapter_heading_is_the_word_a_numeral_and_a_title() {
        for text in [
            "CHAPTER I. Nell Makes a Wager\nShe woke early.",
            "CHAPTER XII\nThe lamp went out.",
            "Chapter 12: The Mill on the River\nIt rained.",
        ] {
            assert!(heading(text), "{text}");
        }
        // Running text after the number, no numeral, or a lower-case Roman numeral.
        for text in [
            "Chapter 11 filings rose sharply in March.",
            "Chapter One of her memoir opens in Lagos.",
            "chapter iv",
            "Chapter",
        ] {
            assert!(!heading(text), "{text}");
        }
    }
}

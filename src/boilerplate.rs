//! Lines a news page carries that are not the article: labels of links to other stories
//! (`READ MORE: Mayor says the budget will balance`, `WATCH: ...`), and the page's own
//! furniture (`Story continues below advertisement`). What a link quotes or reports belongs
//! to the other story, so no quote is taken from it; and no name in such a line is a
//! person of the article (`Story continues` is no one speaking).

use crate::token::{Kind, Token};

/// Labels that open a line linking to another story, each a sequence of words before a
/// colon; matched without case.
const LINK_LABELS: &[&[&str]] = &[
    &["read", "more"],
    &["also", "read"],
    &["see", "also"],
    &["related"],
    &["watch"],
    &["listen"],
    &["video"],
];

/// Paragraphs a news page sets between the article's own paragraphs, word for word;
/// matched without case.
const FURNITURE_LINES: &[&[&str]] = &[
    &["story", "continues", "below", "advertisement"],
    &["story", "continues", "below"],
    &["article", "continues", "below"],
    &["article", "continued", "below"],
    &["continue", "reading", "below"],
    &["advertisement"],
];

/// Whether the paragraph whose first token is `start` is boilerplate: a link to another
/// story (a label, a colon, then the story's title) or a line of page furniture.
pub(crate) fn is_boilerplate_line(tokens: &[Token], start: usize, text: &str) -> bool {
    is_link_line(tokens, start, text) || is_furniture_line(tokens, start, text)
}

/// Whether the paragraph starting at token `start` is one of [`FURNITURE_LINES`], whole.
fn is_furniture_line(tokens: &[Token], start: usize, text: &str) -> bool {
    FURNITURE_LINES.iter().any(|line| {
        tokens
            .get(start + line.len())
            .map_or(true, |t| t.kind == Kind::Break)
            && line.iter().enumerate().all(|(n, w)| {
                tokens
                    .get(start + n)
                    .is_some_and(|t| t.kind == Kind::Word && t.text(text).eq_ignore_ascii_case(w))
            })
    })
}

/// Whether the paragraph whose first token is `start` is a link to another story: a
/// label, a colon, then the story's title.
fn is_link_line(tokens: &[Token], start: usize, text: &str) -> bool {
    // The colon is tested first: it rules out nearly every paragraph without reading a word.
    LINK_LABELS.iter().any(|label| {
        let colon = start + label.len();
        tokens.get(colon).is_some_and(|t| t.is_punct(':'))
            && tokens.get(colon + 1).is_some_and(|t| t.kind != Kind::Break)
            && label.iter().enumerate().all(|(n, w)| {
                tokens
                    .get(start + n)
                    .is_some_and(|t| t.kind == Kind::Word && t.text(text).eq_ignore_ascii_case(w))
            })
    })
}

#[cfg(test)]
mod tests {
    use crate::token::analyze;

    /// For each paragraph of `text`, whether it was read as boilerplate.
    fn links(text: &str) -> Vec<bool> {
        let (_, tokens) = analyze(text);
        let mut out = Vec::new();
        for (i, t) in tokens.iter().enumerate() {
            if i == 0 || tokens[i - 1].kind == crate::token::Kind::Break {
                out.push(t.boilerplate());
            }
        }
        out
    }

    #[test]
    fn labels_before_a_colon_open_link_lines() {
        let text = "The ferry sailed at noon.\n\
                    READ MORE: Mayor says the budget will balance\n\
                    Watch: Crews clear the harbour road\n\
                    See also: 'We will rebuild,' says the mayor\n\
                    The crew was paid on Friday.";
        assert_eq!(links(text), [false, true, true, true, false]);
    }

    #[test]
    fn a_label_word_elsewhere_is_no_link() {
        // Not first in the paragraph, no colon after it, or nothing after the colon.
        let text = "Residents watch: the tide is rising.\n\
                    Watch the tide, the mayor said.\n\
                    Related:\n\
                    Read more about the tide.";
        assert_eq!(links(text), [false, false, false, false]);
    }

    #[test]
    fn page_furniture_is_boilerplate_only_as_a_whole_line() {
        let text = "The ferry sailed at noon.\n\n\
                    Story continues below advertisement\n\n\
                    ADVERTISEMENT\n\n\
                    Article Continued Below\n\n\
                    Her story continues below the fold, the editor said.\n\n\
                    Advertisement revenue fell.";
        assert_eq!(links(text), [false, true, true, true, false, false]);
    }
}

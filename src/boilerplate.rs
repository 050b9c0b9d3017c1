//! Lines a news page carries that are not the article: labels of links to other stories
//! (`READ MORE: Mayor says the budget will balance`, `WATCH: ...`), and the page's own
//! furniture (`Story continues below advertisement`). What a link quotes or reports belongs
//! to the other story, so no quote is taken from it; and no name in such a line is a
//! person of the article (`Story continues` is no one speaking). Photo credits too
//! (`Photo: Jane Roe`, `Jane Roe/Reuters.` closing a caption): the photographer said nothing.
//! And the byline (`By Jane Roe, The Harbour Press`): the reporter who wrote the story is
//! not one of its people, so `the brother said` does not guess her.

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

/// Labels that open a line crediting a photograph (`Photo: Jane Roe/Reuters`), each a
/// sequence of words before a colon; matched without case.
const CREDIT_LABELS: &[&[&str]] = &[
    &["photo"],
    &["photos"],
    &["photograph"],
    &["photo", "credit"],
    &["image"],
    &["credit"],
];

/// How many capitalized words a photographer's name (`Neil Hall`, `MICHAEL B. THOMAS`) or
/// an agency's (`The Canadian Press`, `Getty Images`) may have in a credit line.
const CREDIT_NAME_WORDS: usize = 4;

/// How many words a byline may have after its `By`: two writers with middle names and an
/// agency (`By Jane A. Roe and Omar Sy, The Harbour Press`).
const BYLINE_WORDS: usize = 12;

/// Lower-case words a byline may hold between its names (`By Jane Roe and Omar Sy`, `By
/// Jane Roe of the Harbour Press`).
const BYLINE_JOINERS: &[&str] = &["and", "of", "the", "in"];

/// Whether the paragraph whose first token is `start` is boilerplate: a link to another
/// story (a label, a colon, then the story's title) or a line of page furniture.
pub(crate) fn is_boilerplate_line(tokens: &[Token], start: usize, text: &str) -> bool {
    labelled(tokens, start, text, LINK_LABELS)
        || labelled(tokens, start, text, CREDIT_LABELS)
        || is_furniture_line(tokens, start, text)
        || is_byline(tokens, start, text)
}

/// Whether the paragraph starting at token `start` is a byline: `By`, then names and
/// agencies alone (capitalized words, joiners, commas, slashes, bars, dashes), to the
/// paragraph's end. A sentence opening with `By` (`By noon the crews had left.`) has
/// lower-case words of its own and a verb, and is no byline.
fn is_byline(tokens: &[Token], start: usize, text: &str) -> bool {
    let opens = tokens
        .get(start)
        .is_some_and(|t| t.kind == Kind::Word && t.text(text).eq_ignore_ascii_case("by"));
    if !opens || !tokens.get(start + 1).is_some_and(|t| t.is_capitalized()) {
        return false;
    }
    let mut words = 0;
    for t in &tokens[start + 1..] {
        match t.kind {
            Kind::Break => break,
            Kind::Word => {
                let w = t.text(text);
                if !t.is_capitalized() && !BYLINE_JOINERS.contains(&w) {
                    return false;
                }
                words += 1;
                if words > BYLINE_WORDS {
                    return false;
                }
            }
            Kind::Dash => {}
            _ if [',', '/', '|', '.'].iter().any(|&c| t.is_punct(c)) => {}
            _ => return false,
        }
    }
    true
}

/// Whether the sentence whose first token is `start` is a photo credit that ends its
/// paragraph: a photographer's name, then `/` or `via`, then the agency (`Jane Roe/The
/// Canadian Press.`, `Neil Hall via Getty Images.`). Captions end with one; the name in it
/// took the picture and said nothing, so it is kept out of the article's people. Only a
/// paragraph's last sentence is read so: a slash between names mid-paragraph is prose.
pub(crate) fn is_credit_sentence(tokens: &[Token], start: usize, text: &str) -> bool {
    // Words of the name, words of the agency, and whether the joiner was passed. A slash
    // between two words is inside one token (`Whitlock/The`), which is then of both.
    let (mut name, mut agency, mut joined) = (0, 0, false);
    let mut end = start;
    for t in &tokens[start.min(tokens.len())..] {
        if t.is_capitalized() {
            let word = t.text(text);
            let slash = !joined
                && word
                    .find('/')
                    .is_some_and(|at| word[at + 1..].starts_with(|c: char| c.is_uppercase()));
            if slash {
                joined = true;
                name += 1;
            }
            if joined {
                agency += 1;
            } else {
                name += 1;
            }
        } else if !joined
            && name > 0
            && (t.is_punct('/') || (t.kind == Kind::Word && t.text(text) == "via"))
        {
            joined = true;
        } else {
            break;
        }
        if name > CREDIT_NAME_WORDS || agency > CREDIT_NAME_WORDS {
            return false;
        }
        end += 1;
    }
    if !joined || agency == 0 {
        return false;
    }
    if tokens.get(end).is_some_and(|t| t.is_punct('.')) {
        end += 1;
    }
    tokens.get(end).map_or(true, |t| t.kind == Kind::Break)
}

/// The end of the photographer's name and the slash of a credit that opens a caption
/// paragraph (`Dana Whitlock / The Harbour Press Captain Ray Osei waves ...`), whose
/// agency runs into the caption's own names, so that only the name and the slash are
/// marked. The slash stands apart, as credits set it; `Keller/Barnes` joins two names.
pub(crate) fn opening_credit_end(tokens: &[Token], start: usize, text: &str) -> Option<usize> {
    let rest = tokens.get(start..)?;
    let name = rest
        .iter()
        .take(CREDIT_NAME_WORDS + 1)
        .take_while(|t| t.is_capitalized() && !t.text(text).contains('/'))
        .count();
    let slash = rest.get(name)?;
    let spaced = |t: &Token| t.span.start > 0 && text.as_bytes()[t.span.start - 1] == b' ';
    let credit = (1..=CREDIT_NAME_WORDS).contains(&name)
        && slash.is_punct('/')
        && spaced(slash)
        && rest
            .get(name + 1)
            .is_some_and(|t| spaced(t) && t.is_capitalized());
    credit.then_some(start + name + 1)
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

/// Whether the paragraph whose first token is `start` opens with one of `labels`, a colon,
/// and something after it: a link to another story and its title, or a photo credit.
fn labelled(tokens: &[Token], start: usize, text: &str, labels: &[&[&str]]) -> bool {
    // The colon is tested first: it rules out nearly every paragraph without reading a word.
    labels.iter().any(|label| {
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

    /// Whether the first token spelled `word` was read as boilerplate.
    fn marked(text: &str, word: &str) -> bool {
        let (_, tokens) = analyze(text);
        let t = tokens.iter().find(|t| t.text(text) == word);
        t.unwrap_or_else(|| panic!("{word} not in {text}"))
            .boilerplate()
    }

    #[test]
    fn a_photo_credit_ending_a_caption_is_boilerplate() {
        let text = "Open this photo in gallery The new ferry docks at Port Elgin. \
                    Dana Whitlock/The Harbour Press.\n\
                    Captain Ray Osei waves from the bridge. Mira Quell via Getty Images.\n\
                    Photo: Tomas Brandt\n\
                    The crew was paid on Friday.";
        for credited in ["Dana", "Whitlock/The", "Harbour", "Mira", "Getty", "Tomas"] {
            assert!(marked(text, credited), "{credited}");
        }
        for caption in ["Port", "Captain", "Osei", "crew"] {
            assert!(!marked(text, caption), "{caption}");
        }
    }

    #[test]
    fn a_credit_opening_a_caption_marks_the_photographer_only() {
        let text = "The ferry sailed at noon.\n\
                    Dana Whitlock / The Harbour Press Captain Ray Osei waves from the bridge.\n\
                    \"We made it,\" she said.";
        for credited in ["Dana", "Whitlock", "/"] {
            assert!(marked(text, credited), "{credited}");
        }
        for caption in ["Harbour", "Captain", "Osei", "waves"] {
            assert!(!marked(text, caption), "{caption}");
        }
        // Not a slash joining two names, nor one set apart in prose.
        let prose = "Nadia Keller/Owen Barnes said the count was fair.\n\
                     The vote / count ended late.";
        for word in ["Nadia", "Keller/Owen", "The", "vote"] {
            assert!(!marked(prose, word), "{word}");
        }
    }

    #[test]
    fn a_link_line_after_leading_blank_lines_is_boilerplate() {
        // Text cut from a page often opens with blank lines: the first paragraph is read
        // at the break before it.
        let text = "\n\nREAD MORE: Mayor says the budget will balance\nThe crew was paid.";
        assert!(marked(text, "Mayor"));
        assert!(!marked(text, "crew"));
    }

    #[test]
    fn a_slash_or_via_in_prose_is_no_credit() {
        // Not the paragraph's last sentence, a verb after the second name, or a lower-case
        // word in the name.
        let text = "Keller/Barnes won the seat. The count ended late.\n\
                    Nadia Keller/Owen Barnes said the count was fair.\n\
                    The council voted via Zoom.\n\
                    Crews reached Dover via Calais.";
        for prose in [
            "Keller/Barnes",
            "Nadia",
            "Barnes",
            "Zoom",
            "Dover",
            "Calais",
        ] {
            assert!(!marked(text, prose), "{prose}");
        }
    }

    #[test]
    fn a_byline_names_no_one_in_the_story() {
        let text = "Ferry fares to rise in spring\n\
                    By Dana Whitlock and Omar J. Sy, The Harbour Press\n\
                    BY RUTH OKAFOR | STAFF REPORTER\n\
                    By noon the ferry had sailed.\n\
                    By Monday, Mayor Ann Cole said, fares will rise.\n\
                    Written by Ruth Okafor";
        assert_eq!(links(text), [false, true, true, false, false, false]);
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

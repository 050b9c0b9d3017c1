//! Speakers' labels: the rest of a paragraph opened by `RUIZ:` or `Ann Ruiz:` is that
//! speaker's turn (`indirect-label`), as a transcript or a headline sets it down.

use crate::hash::FxHashMap;
use crate::lexicon;
use crate::mention::{self, Mention, MentionKind};
use crate::rules;
use crate::token::{Kind, Token};

use super::clause::MIN_WORDS;
use super::Reported;

/// What [`find`] keeps from paragraph to paragraph to read speakers' labels (`RUIZ: C`).
///
/// [`find`]: super::find
pub(super) struct Labels {
    /// Where the document's opening headline ends (see [`crate::headline::opening`]).
    headline_end: usize,
    /// Whether the paragraph before opened with a speaker's label.
    before: bool,
    /// How often each word is written as a name ([`capitalized_words`]), counted at the
    /// first label.
    names: Option<FxHashMap<u64, (u32, u32)>>,
}

impl Labels {
    pub(super) fn new(tokens: &[Token], text: &str) -> Labels {
        Labels {
            headline_end: crate::headline::opening(tokens, text),
            before: false,
            names: None,
        }
    }

    /// The turn a speaker's label opens at token `start`, when `start` opens a paragraph
    /// and the label counts ([`label_turn`] reports it): where its paragraph ends.
    pub(super) fn turn_at(
        &mut self,
        text: &str,
        tokens: &[Token],
        start: usize,
        out: &mut Vec<Reported>,
    ) -> Option<usize> {
        let opens_paragraph = start == 0 || tokens[start - 1].kind == Kind::Break;
        if !opens_paragraph || tokens[start].kind == Kind::Break {
            return None;
        }
        let label = label_at(tokens, start, text);
        let turn_before = std::mem::replace(&mut self.before, label.is_some());
        let (m, colon) = label?;
        let end = (colon..tokens.len())
            .find(|&i| tokens[i].kind == Kind::Break)
            .unwrap_or(tokens.len());
        // A speaker's name is in the document's sentences too (`Ann Ruiz` before `RUIZ:`),
        // or labels more turns than one; a section's heading is neither (`ENERGY:`,
        // `Breaking:`, `THE DAY IN ASIA:`), and a place speaks no turn.
        let counts = self
            .names
            .get_or_insert_with(|| capitalized_words(tokens, text));
        let key = tokens[colon - 1].key;
        let own = (start..colon)
            .filter(|&i| tokens[i].key == key && name_like(tokens, i, text))
            .count() as u32;
        let named = counts
            .get(&key)
            .is_some_and(|&(prose, labels)| prose > own || labels > 1)
            && !lexicon::is_place(&text[m.name.clone()])
            && (start..colon).all(|i| tokens[i].info().function.is_none());
        let turn = tokens[start].span.start < self.headline_end
            || turn_before
            || label_next(tokens, end, text);
        (named && turn && label_turn(tokens, m, colon, end, out)).then_some(end)
    }
}

/// Most tokens of a speaker's label before its colon (`Sen. Ann Ruiz:`).
const MAX_LABEL_TOKENS: usize = 6;

/// The speaker's label that opens the paragraph at `start`, and where its colon is: a name
/// read up to a colon (`Ann Ruiz:`, `Sen. Ann Ruiz:`), or one in capitals as transcripts
/// write them (`RUIZ:`, `SEN. ANN RUIZ:`).
fn label_at(tokens: &[Token], start: usize, text: &str) -> Option<(Mention, usize)> {
    let colon = (start + 1..tokens.len().min(start + 1 + MAX_LABEL_TOKENS))
        .take_while(|&i| {
            matches!(tokens[i].kind, Kind::Word | Kind::Punct('.')) || tokens[i].is_punct(':')
        })
        .find(|&i| tokens[i].is_punct(':'))?;
    let from = tokens[start].span.start;
    if let Some(label) = rules::speaker_label(&text[from..]) {
        return Some((rules::label_mention(from, label, start..colon), colon));
    }
    let m = mention::forward(tokens, start, text)?;
    (m.tokens.end == colon && m.kind == MentionKind::Name).then_some((m, colon))
}

/// How often each word is in `tokens` as a name is written, by its case-folded key: in
/// title case inside a sentence (not only as its first word), and as the last word of a
/// label (`RUIZ:`, as a transcript gives each of the speaker's turns).
fn capitalized_words(tokens: &[Token], text: &str) -> FxHashMap<u64, (u32, u32)> {
    let mut counts: FxHashMap<u64, (u32, u32)> = FxHashMap::default();
    let mut para_start = 0;
    for k in 0..tokens.len() {
        if tokens[k].kind == Kind::Break {
            para_start = k + 1;
        }
        let label = tokens[k].kind == Kind::Word
            && k < para_start + MAX_LABEL_TOKENS
            && tokens.get(k + 1).is_some_and(|t| t.is_punct(':'));
        if label || name_like(tokens, k, text) {
            let c = counts.entry(tokens[k].key).or_default();
            c.0 += u32::from(name_like(tokens, k, text));
            c.1 += u32::from(label);
        }
    }
    counts
}

/// Whether token `k` is a word in title case inside a sentence (see [`capitalized_words`]).
fn name_like(tokens: &[Token], k: usize, text: &str) -> bool {
    let t = &tokens[k];
    t.kind == Kind::Word
        && t.is_capitalized()
        && crate::token::has_lower_case(t.text(text))
        && !crate::token::opens_sentence(tokens, k)
}

/// Whether the paragraph after the break at `end` opens with a speaker's label.
fn label_next(tokens: &[Token], end: usize, text: &str) -> bool {
    (end..tokens.len())
        .find(|&i| tokens[i].kind != Kind::Break)
        .is_some_and(|i| label_at(tokens, i, text).is_some())
}

/// `RUIZ: We will open it in May.` · `Ruiz: Bridge Will Reopen in May`: the rest of a
/// paragraph a speaker's label opens is what the speaker said, as a transcript sets down
/// each turn, or a headline reports its name's words. (In running text a transcript's turn
/// has another beside it: a lone `Photos:` or `Update:` heads a note, and
/// [`find`] asks for one.) Reports tokens `colon + 1..end`, unless fewer than [`MIN_WORDS`]
/// of their words are outside quotation marks: a quotation alone is quoted, not reported.
///
/// [`find`]: super::find
fn label_turn(
    tokens: &[Token],
    mention: Mention,
    colon: usize,
    end: usize,
    out: &mut Vec<Reported>,
) -> bool {
    let mut stop = end;
    while stop > colon + 1 && matches!(tokens[stop - 1].kind, Kind::Punct('.' | '!' | ';')) {
        stop -= 1;
    }
    let words: usize = (colon + 1..stop)
        .map(|i| match tokens[i].kind {
            Kind::Word => 1,
            _ => 0,
        })
        .sum();
    if words < MIN_WORDS {
        return false;
    }
    out.push(Reported {
        rule: rules::rule("indirect-label"),
        mention,
        cue: tokens[colon].span.clone(),
        content: tokens[colon + 1].span.start..tokens[stop - 1].span.end,
        verbatim: true,
    });
    true
}

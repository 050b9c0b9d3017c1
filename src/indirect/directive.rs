//! `X urged Y to C`: a directive verb, its hearer and the `to`-clause it reports
//! (`indirect-directive`).

use crate::lexicon::{self, Function};
use crate::rules;
use crate::token::{Kind, Token};

use super::clause::{push, subject_pronoun};
use super::hearer_and_time::MAX_HEARER;
use super::words::{word_eq, AUXILIARIES};
use super::{speaker, Reported};

/// Verbs that report a directive as `VERB someone to do something`.
const DIRECTIVES: &[&str] = &[
    "urge",
    "remind",
    "warn",
    "tell",
    "ask",
    "advise",
    "encourage",
    "caution",
    "implore",
    "instruct",
];

/// `Freeland urged Canadians abroad to consult the advisory.` / `Police warned the public
/// not to speculate.`: a directive verb, its hearer, then the reported `to`-clause (with
/// its `not`). Returns where scanning goes on, or `None` when the verb at `k` is not used
/// so.
pub(super) fn directive(
    text: &str,
    tokens: &[Token],
    start: usize,
    k: usize,
    stop: usize,
    lemma: &str,
    out: &mut Vec<Reported>,
) -> Option<usize> {
    if !DIRECTIVES.contains(&lemma) || tokens[k].text(text).ends_with("ing") {
        return None;
    }
    let hearer = k + 1;
    let first = tokens.get(hearer).filter(|t| t.kind == Kind::Word)?;
    if first.info().function == Some(Function::Stop) || first.info().verb.is_some() {
        return None;
    }
    let to = (hearer..(hearer + MAX_HEARER).min(stop)).find(|&i| {
        word_eq(tokens, i, text, "to")
            || word_eq(tokens, i, text, "not") && word_eq(tokens, i + 1, text, "to")
    })?;
    let plain = to > hearer
        && (hearer..to).all(|i| {
            let t = &tokens[i];
            t.kind == Kind::Word
                && rules::verb_at(tokens, i, text).is_none()
                && !AUXILIARIES.contains(&t.text(text))
                && lexicon::subordinator(t.text(text)).is_none()
                // `told reporters she planned to cook`: a subject opens a clause, and the
                // `to` is inside it.
                && !subject_pronoun(tokens, i, text)
        });
    // `to` before a verb, not before a noun phrase (`flying with her to the meetings`).
    let verb_after = |i: usize| {
        tokens.get(i).is_some_and(|t| {
            let info = t.info();
            t.kind == Kind::Word
                && !t.is_capitalized()
                && info.function.is_none()
                && info.pronoun.is_none()
                && !t.text(text).starts_with(|c: char| c.is_ascii_digit())
        })
    };
    let infinitive = if word_eq(tokens, to, text, "not") {
        verb_after(to + 2)
    } else {
        verb_after(to + 1)
    };
    if !plain || !infinitive {
        return None;
    }
    let m = speaker(text, tokens, start, k, false)?;
    let cue = tokens[k].span.clone();
    push(
        out,
        text,
        tokens,
        "indirect-directive",
        m,
        cue,
        to,
        stop,
        false,
    )
    .map(|end| end.max(k + 1))
}

//! Sources that frame a clause without a speech verb after them: `According to X, C`, `C,
//! per X` (`indirect-according-to`) and `As X said, C` (`indirect-as`).

use crate::lexicon::{Function, VerbKind};
use crate::mention::{self, Mention};
use crate::rules;
use crate::token::{Kind, Token};

use super::clause::{push, shows_clause};
use super::tags::tag_end;
use super::words::{word_eq, NO_CLAUSE};
use super::Reported;

/// Most tokens a source phrase after `according to` runs past its head before the comma
/// that ends it (`according to the latest figures from Statistics Canada,`).
const MAX_SOURCE: usize = 12;

/// `According to X, C` · `C, according to X.` · `C1, according to X, C2.`: the source
/// phrase is set off by commas (or by dashes around an aside: `According to the study —
/// which used ... — C`), and what it frames on either side is the report. Returns where
/// reading the sentence goes on, or `None` when it holds no such source.
pub(super) fn according_to(
    text: &str,
    tokens: &[Token],
    start: usize,
    stop: usize,
    out: &mut Vec<Reported>,
) -> Option<usize> {
    let according =
        |i: usize| word_eq(tokens, i, text, "according") && word_eq(tokens, i + 1, text, "to");
    // `C, per a report from Axios.`: news shorthand for `according to`, after a comma and
    // before a source that a determiner or a capital opens (not `$5, per person`).
    let per = |i: usize| {
        i > start
            && tokens[i - 1].is_punct(',')
            && word_eq(tokens, i, text, "per")
            && tokens.get(i + 1).is_some_and(|n| {
                n.kind == Kind::Word
                    && (n.info().function == Some(Function::Determiner) || n.is_capitalized())
            })
    };
    let (a, len) = (start..stop).find_map(|i| {
        if according(i) {
            Some((i, 2))
        } else {
            per(i).then_some((i, 1))
        }
    })?;
    // Mid-sentence the phrase follows a comma or a whole clause: `rose, according to the
    // bank`, `fell 16 per cent according to the bank`; `according to plan` has no source.
    let m = source(tokens, a + len, text)?;
    // Where the source phrase ends: at the sentence's end, at the next comma or after a
    // dashed aside, within a few words of its head.
    let limit = (m.tokens.end + MAX_SOURCE).min(stop);
    let mut after = None;
    let mut i = m.tokens.end;
    while i < limit {
        let t = &tokens[i];
        if t.is_punct(',') {
            after = Some(i + 1);
            break;
        }
        if t.kind == Kind::Dash {
            let close = (i + 1..stop).find(|&j| tokens[j].kind == Kind::Dash)?;
            after = Some(close + 1);
            break;
        }
        if t.kind != Kind::Word {
            return None;
        }
        i += 1;
    }
    if after.is_none() && i < stop && a == start {
        return None;
    }
    let cue = tokens[a].span.start..tokens[a + len - 1].span.end;
    let rule = "indirect-according-to";
    let mut end = i;
    if a > start {
        let before = if tokens[a - 1].is_punct(',') {
            a - 1
        } else {
            a
        };
        push(
            out,
            text,
            tokens,
            rule,
            m.clone(),
            cue.clone(),
            start,
            before,
            false,
        );
    }
    if let Some(mut c) = after {
        end = c;
        // `, and C2`: the source frames the clause joined on after it too.
        if word_eq(tokens, c, text, "and") {
            c += 1;
        }
        let relative = tokens.get(c).is_some_and(|t| {
            t.kind == Kind::Word
                && (t.text(text).ends_with("ing")
                    || matches!(t.text(text), "which" | "who" | "whose" | "where"))
        });
        // `according to the Office of Fisheries, Oceans and Coasts.`: the name goes on.
        let name_goes_on = (c..stop).all(|i| {
            let t = &tokens[i];
            t.kind != Kind::Word
                || t.is_capitalized()
                || matches!(t.text(text), "and" | "of" | "the" | "for" | "&")
        });
        if a == start || !relative && !name_goes_on {
            end = push(out, text, tokens, rule, m, cue, c, stop, a == start).unwrap_or(c);
        }
    }
    Some(end.max(a + len))
}

/// `As The Hill reported, C.` · `As Ruiz told reporters on Monday, C.` · `As first
/// reported by the Harbour Daily, C.`: a sentence that opens on `As`, a speaker and a speech
/// verb (or `reported by` and a source) frames the clause after the comma as that
/// speaker's. The words between the verb and the comma may only be `it` (`as she put
/// it`), a hearer, a time or a short phrase of place or manner with no verb: `As Ruiz
/// said goodbye, ...` and `As Ruiz reported for work, ...` tell when, not what.
/// Returns where scanning goes on.
pub(super) fn as_said(
    text: &str,
    tokens: &[Token],
    start: usize,
    stop: usize,
    out: &mut Vec<Reported>,
) -> Option<usize> {
    if !word_eq(tokens, start, text, "As") && !word_eq(tokens, start, text, "as") {
        return None;
    }
    let mut k = start + 1;
    // `As first reported by`: an adverb of time before the participle.
    if word_eq(tokens, k, text, "first") {
        k += 1;
    }
    // The speaker, the verb with its lemma and kind, and where the words after it start.
    let (m, verb, (lemma, kind), mut c) = match rules::verb_at(tokens, k, text) {
        // `As reported by the Harbour Daily,`
        Some(found) if word_eq(tokens, k + 1, text, "by") => {
            let m = source(tokens, k + 2, text)?;
            let after = m.tokens.end;
            (m, k, found, after)
        }
        Some(_) => return None,
        None => {
            let m = mention::forward(tokens, k, text)?;
            // `As The Hill first reported`, `As Ruiz has said`: a word of time or an
            // auxiliary may stand before the verb.
            let (v, found) =
                (m.tokens.end..(m.tokens.end + 3).min(stop)).find_map(
                    |i| match rules::verb_at(tokens, i, text) {
                        Some(found) => Some(Some((i, found))),
                        None if tokens[i].info().function == Some(Function::Between)
                            || word_eq(tokens, i, text, "first")
                            || rules::manner_adverb(tokens[i].text(text)) =>
                        {
                            None
                        }
                        None => Some(None),
                    },
                )??;
            (m, v, found, v + 1)
        }
    };
    // (`put` tells how a thing was said only in `as she put it`.)
    let put_it = lemma == "put" && word_eq(tokens, verb + 1, text, "it");
    if kind == VerbKind::Manner && !put_it || NO_CLAUSE.contains(&lemma) {
        return None;
    }
    if put_it {
        c += 1;
    }
    // `As I have said many times,`, `as she said again,`: how often it was said.
    while tokens.get(c).is_some_and(|t| {
        let w = t.text(text);
        t.kind == Kind::Word && (AS_OFTEN.contains(&w) || rules::manner_adverb(w))
    }) {
        c += 1;
    }
    let comma = tag_end(tokens, c, stop, kind, text)?;
    // (`for work`, `to the station`: a phrase of purpose or direction tells what the
    // speaker did, not what was said.)
    if comma > c && matches!(tokens[c].text(text), "for" | "to") && kind != VerbKind::Tell {
        return None;
    }
    if !shows_clause(tokens, comma + 1, stop, text) {
        return None;
    }
    let cue = tokens[verb].span.clone();
    push(
        out,
        text,
        tokens,
        "indirect-as",
        m,
        cue,
        comma + 1,
        stop,
        false,
    );
    Some(stop)
}

/// Words that tell how often something was said, between `As X said` and its comma (`As
/// I have said many times,`).
const AS_OFTEN: &[&str] = &["many", "times", "before", "again", "often", "earlier"];

/// The source after `according to`: a mention, or a description whose head a few
/// modifiers precede without a determiner (`national security experts`, `government
/// data`).
pub(super) fn source(tokens: &[Token], i: usize, text: &str) -> Option<Mention> {
    // (`According to a statement from Ardent Mining, C`: the miner, who wrote it.)
    mention::forward(tokens, i, text)
        .or_else(|| mention::description_at(tokens, i, text))
        .map(|m| mention::document_author(tokens, m, text))
}

//! Speech tags set after or inside the clause they report: `C, X said.`
//! (`indirect-clause-speaker-verb`) and `C1, X said, C2.` (`indirect-parenthetical`).

use std::ops::Range;

use crate::lexicon::{Function, VerbKind, OBJECT_FORMS};
use crate::mention::{self, Mention};
use crate::rules;
use crate::token::{Kind, Token};

use super::clause::{introduces_quote, push, shows_clause, that_is_conjunction, MIN_WORDS};
use super::hearer_and_time::{skip_hearer, skip_time};
use super::words::{word_eq, AUXILIARIES, PREPOSITIONS};
use super::{Reported, Span};

/// Most capitalized words of an owner's name before a mention that starts with its last one
/// (`South Korea's news agency`).
const MAX_OWNER: usize = 3;

/// Words that open a phrase of time or place after an inverted speaker.
const WHEN_AND_WHERE: &[&str] = &[
    "in",
    "on",
    "at",
    "during",
    "after",
    "before",
    "last",
    "this",
    "yesterday",
    "today",
    "late",
    "early",
    "earlier",
    "later",
];

/// `C, X said.` / `C, X added with a note of caution.`: the clause is what comes before the
/// comma, when it is not just a quotation.
pub(super) fn clause_before(
    text: &str,
    tokens: &[Token],
    span: Span,
    k: usize,
    kind: VerbKind,
    participle: bool,
) -> Option<Reported> {
    let Span {
        start,
        stop,
        first_quote,
    } = span;
    if introduces_quote(tokens, k + 1, stop, text) {
        return None;
    }
    // `C, said Lena Fisk, a spokeswoman for the port.`: the speaker after the verb, and
    // whatever follows the speaker describes them.
    // (`told` never inverts: `..., told reporters` has lost its subject; nor does a verb
    // followed by `that`, which opens its clause: `Ann Cole, 31, said that his brother ...`.)
    if !participle
        && kind != VerbKind::Tell
        && k > start + 1
        && tokens[k - 1].is_punct(',')
        && !word_eq(tokens, k + 1, text, "that")
    {
        let comma = k - 1;
        let m = mention::forward_loose(tokens, k + 1, text)?;
        let rest = m.tokens.end;
        // After the speaker: the sentence's end, an apposition, or when and where
        // (`said Fisk on Friday`); `said the Council of Rulers held ...` is no inversion.
        let ends = rest >= stop
            || tokens[rest].is_punct(',')
            || WHEN_AND_WHERE.contains(&tokens[rest].text(text));
        if !ends || first_quote < comma && comma - start <= 2 {
            return None;
        }
        return clause_report(text, tokens, m, tokens[k].span.clone(), start, comma);
    }
    let mut next = skip_time(tokens, k + 1, stop, text);
    // `C, Fisk told reporters on Sunday.`: the hearer is no clause.
    if kind == VerbKind::Tell {
        if let Some(h) = skip_hearer(tokens, next, stop, text) {
            next = h;
        }
    }
    // `C, she says — more shift work, for example.`: a dash after the verb opens an aside
    // on what was said, and the report ends before it.
    // (Not a dash that leads into a quotation: `Harriet said--"Q"`.)
    let aside = next + 1 < stop
        && tokens[next].kind == Kind::Dash
        && tokens[next + 1].kind == Kind::Word
        && tokens[next + 1..stop]
            .iter()
            .all(|t| t.quote().is_none() && t.kind != Kind::Break);
    let stop = if aside { next } else { stop };
    // Only a few words may follow the verb, and they must not start a clause of their own
    // (`, he said he thinks ...` reports what follows, not what precedes).
    if stop.saturating_sub(next) > 6 {
        return None;
    }
    let opens_clause = next < stop
        && !tokens[next].is_punct(',')
        && tokens[next].info().function != Some(Function::Stop);
    // `C1, X said, that C2`: the sentence goes on after the verb; see `parenthetical`.
    if opens_clause || clause_after_tag(text, tokens, k, next, stop) {
        return None;
    }
    let b = rules::skip_between_back(tokens, start, k, text);
    let m = mention::backward(tokens, b, text)?;
    // `C, South Korea's news agency said`: the owner's name may run before the mention,
    // and a title in lower case before a name (`C, chief executive Tomas Ferreira said`).
    let before_name = |t: &Token| {
        t.is_capitalized()
            || t.kind == Kind::Word && {
                let info = t.info();
                info.role || info.title || info.org
            }
    };
    let mut comma = m.tokens.start.checked_sub(1)?;
    while comma > start && m.tokens.start - comma <= MAX_OWNER && before_name(&tokens[comma]) {
        comma -= 1;
    }
    // `C, the Coast Guard said`: the article of a name read without it.
    if comma > start && word_eq(tokens, comma, text, "the") {
        comma -= 1;
    }
    if comma <= start || !tokens[comma].is_punct(',') {
        return None;
    }
    if first_quote < comma && comma - start <= 2 {
        return None;
    }
    // `guests--nurses on a day off, the owner said--and ...`: between two dashes
    // the report starts after the first.
    let from = if aside {
        (start..comma)
            .rev()
            .find(|&i| tokens[i].kind == Kind::Dash)
            .map_or(start, |d| d + 1)
    } else {
        start
    };
    clause_report(text, tokens, m, tokens[k].span.clone(), from, comma)
}

/// The clause `from..to` reported by `m` as `C, X said.`, if [`push`] takes it.
fn clause_report(
    text: &str,
    tokens: &[Token],
    m: Mention,
    cue: Range<usize>,
    from: usize,
    to: usize,
) -> Option<Reported> {
    let mut one = Vec::new();
    let rule = "indirect-clause-speaker-verb";
    push(&mut one, text, tokens, rule, m, cue, from, to, false);
    one.pop()
}

/// `It is on his watch, Scheer said, that the deficit grew.` / `Almost all of it, they
/// promise, will be returned.`: a speech verb set off by commas inside the sentence reports
/// what follows it and what precedes it, as two parts of one report, the way a split
/// quotation is two quotes. The part before may be no clause of its own (`Almost all of
/// it`, `In the long run`): without it the report after the tag has lost its subject or
/// its frame. Returns where scanning goes on, or `None` when the verb at `k` is not set
/// off so.
pub(super) fn parenthetical(
    text: &str,
    tokens: &[Token],
    span: Span,
    k: usize,
    kind: VerbKind,
    m: &Mention,
    out: &mut Vec<Reported>,
) -> Option<usize> {
    let Span {
        start,
        stop,
        first_quote,
    } = span;
    let open = m.tokens.start.checked_sub(1)?;
    // A phrase after the verb is stepped over only when the verb follows the speaker
    // (with an auxiliary or adverb between at most, as `rules::between_word` knows them):
    // in `C1, the union sent a letter with sharp comments about the contract, C2` no tag
    // is set off.
    let next_to_speaker = (m.tokens.end..k).all(|i| rules::between_word(&tokens[i], text));
    let close = if next_to_speaker {
        tag_end(tokens, k + 1, stop, kind, text)?
    } else {
        k + 1
    };
    if open <= start || !tokens[open].is_punct(',') || !tokens.get(close)?.is_punct(',') {
        return None;
    }
    if first_quote < open || introduces_quote(tokens, close, stop, text) {
        return None;
    }
    let cue = &tokens[k].span;
    const RULE: &str = "indirect-parenthetical";
    let report = |out: &mut Vec<Reported>, from: usize, to: usize, framed: bool| {
        push(
            out,
            text,
            tokens,
            RULE,
            m.clone(),
            cue.clone(),
            from,
            to,
            framed,
        )
    };
    // `C, Gates said, as rescuers searched ...`: what follows only frames the speaking;
    // the clause before is the report.
    if !clause_after_tag(text, tokens, k, close, stop) {
        return report(out, start, open, false).map(|_| stop);
    }
    // (The part before is framed by the tag: `In the long run, she said, C` reports its
    // opening phrase too.)
    let before = out.len();
    let framed = report(out, start, open, true).is_some();
    let mut c = close + 1;
    if word_eq(tokens, c, text, "that") && that_is_conjunction(tokens, c, text) {
        c += 1;
    }
    let after = report(out, c, stop, false);
    // `The plan, Ruiz said, will cost more.`: a part before too short to report alone is
    // still the report's subject, or its frame, when the part after is reported.
    if !framed && after.is_some() && short_part(tokens, start, open, text) {
        let content = tokens[start].span.start..tokens[open - 1].span.end;
        let part = Reported {
            rule: rules::rule(RULE),
            mention: m.clone(),
            cue: cue.clone(),
            content,
            verbatim: false,
        };
        out.insert(before, part);
    }
    Some(after.unwrap_or(c).max(close + 1))
}

/// Whether tokens `from..to` are the words of a part too short for [`push`] to report
/// alone that still says something: a word that is no function word or pronoun (`The
/// plan`, `Fraudsters`; not `But` or `So`), and not an adverb of how it was said
/// (`Softly, she said, ...`, `Aloud, ...`).
fn short_part(tokens: &[Token], from: usize, to: usize, text: &str) -> bool {
    let words = &tokens[from..to];
    let manner = |t: &Token| {
        let w = t.text(text).to_ascii_lowercase();
        w == "aloud" || rules::manner_adverb(&w)
    };
    !words.is_empty()
        && words.len() < MIN_WORDS
        && words.iter().all(|t| t.kind == Kind::Word)
        && !(words.len() == 1 && manner(&words[0]))
        && words.iter().any(|t| {
            let info = t.info();
            info.function.is_none() && info.pronoun.is_none() && info.verb.is_none()
        })
}

/// The comma that closes a speech tag set inside a sentence, from token `c` right after
/// its verb: `c` itself, or the comma after a short phrase about the speaking (`C1,
/// Albers said in an interview, C2`; `said Tuesday,`; `told reporters,`). The phrase opens
/// with a preposition or a word of time, or after `tell` with its hearer (an object
/// pronoun or a plural for people), and holds no verb: in `C1, she said the rest was
/// lost, C2` the words after `said` are a clause.
pub(super) fn tag_end(
    tokens: &[Token],
    c: usize,
    stop: usize,
    kind: VerbKind,
    text: &str,
) -> Option<usize> {
    if tokens.get(c)?.is_punct(',') {
        return Some(c);
    }
    let first = &tokens[c];
    let w = first.text(text);
    let opens = first.kind == Kind::Word
        && (PREPOSITIONS.contains(&w)
            || w == "to"
            || skip_time(tokens, c, stop, text) > c
            || kind == VerbKind::Tell
                && (OBJECT_FORMS.contains(&w) || first.info().group && !first.is_capitalized()));
    if !opens {
        return None;
    }
    let close =
        (c + 1..(c + MAX_TAG_PHRASE + 1).min(stop)).find(|&i| tokens[i].kind != Kind::Word)?;
    let phrase = (c..close).all(|i| {
        rules::verb_at(tokens, i, text).is_none() && !AUXILIARIES.contains(&tokens[i].text(text))
    });
    (tokens[close].is_punct(',') && phrase).then_some(close)
}

/// Most words of the phrase [`tag_end`] steps over (`in an interview on Tuesday`).
const MAX_TAG_PHRASE: usize = 6;

/// Whether the sentence goes on as a clause after the comma at `comma` that closes the tag
/// of the speech verb at `k` ([`clause_after_comma`]). After a phrase about the speaking
/// (`said on Tuesday,`), the words after the comma must also show a verb, and a determiner
/// opens a phrase set beside the phrase's noun: `C, Haddad wrote on Span Notes, a blog`.
fn clause_after_tag(text: &str, tokens: &[Token], k: usize, comma: usize, stop: usize) -> bool {
    clause_after_comma(text, tokens, comma, stop)
        && (comma == k + 1
            || tokens[comma + 1].info().function != Some(Function::Determiner)
                && shows_clause(tokens, comma + 1, stop, text))
}

/// Whether the comma at `comma` is followed by the rest of a clause (`, that the deficit
/// grew`, `, will go back to families`), not by a phrase about the speaking (`, citing
/// records`, `, in a statement`, `, adding ...`).
fn clause_after_comma(text: &str, tokens: &[Token], comma: usize, stop: usize) -> bool {
    if !tokens.get(comma).is_some_and(|t| t.is_punct(',')) {
        return false;
    }
    let Some(first) = tokens.get(comma + 1).filter(|t| t.kind == Kind::Word) else {
        return false;
    };
    let w = first.text(text);
    let info = first.info();
    let words = (comma + 1..stop)
        .filter(|&i| tokens[i].kind == Kind::Word)
        .take(MIN_WORDS)
        .count();
    words >= MIN_WORDS
        && !w.ends_with("ing")
        && info.verb.is_none()
        && (info.function != Some(Function::Stop) || w == "that")
}

//! What may stand between a speech verb and its clause: a time (`said Monday`, `said
//! earlier this week`) and a hearer (`told reporters`, `told voters at the gala how`).

use crate::lexicon::{self, Function, OBJECT_FORMS};
use crate::mention;
use crate::token::{Kind, Token};

use super::clause::subject_pronoun;
use super::words::{word_eq, PREPOSITIONS};

/// Most words a hearer takes before the clause (`told Medvedev and then Putin that`).
pub(super) const MAX_HEARER: usize = 8;

/// Whether tokens `i` and `i + 1` name a period from now: `last week`, `this month`, `late
/// Tuesday` (as in `earlier this year`).
pub(crate) fn period_from_now(tokens: &[Token], i: usize, text: &str) -> bool {
    let period = |i: usize| {
        mention::word(tokens, i, text)
            .is_some_and(|w| PERIODS.contains(&w) || lexicon::is_day(w) || lexicon::is_month(w))
    };
    mention::word(tokens, i, text).is_some_and(|w| PERIOD_DEICTICS.contains(&w)) && period(i + 1)
}

pub(super) fn skip_time(tokens: &[Token], mut c: usize, stop: usize, text: &str) -> usize {
    let when = |i: usize| {
        tokens.get(i).is_some_and(|t| {
            t.kind == Kind::Word && {
                let w = t.text(text);
                lexicon::is_day(w) || RECENTLY.iter().any(|r| w.eq_ignore_ascii_case(r))
            }
        })
    };
    while c < stop {
        if period_from_now(tokens, c, text) {
            c += 2;
        } else if when(c) {
            c += 1;
        } else {
            break;
        }
    }
    c.min(stop)
}

/// Words that name a period from now before its noun: `last week`, `this year`, `late
/// Tuesday`.
const PERIOD_DEICTICS: &[&str] = &["last", "this", "next", "late", "early"];

/// Periods [`PERIOD_DEICTICS`] name, besides days and months.
const PERIODS: &[&str] = &[
    "week",
    "weekend",
    "month",
    "year",
    "morning",
    "afternoon",
    "evening",
    "night",
    "spring",
    "summer",
    "fall",
    "autumn",
    "winter",
];

/// Words of time after a speech verb besides the days (`said earlier`).
const RECENTLY: &[&str] = &["earlier", "later", "recently", "afterward", "afterwards"];

/// Steps over the hearer of `told`: up to `that`, else one person or group, and a phrase
/// of place or time after it that runs to a question word or a subject pronoun (`told
/// voters at the gala how ...`, `told reporters at the airport she ...`); `None` when
/// there is no hearer.
pub(super) fn skip_hearer(tokens: &[Token], c: usize, stop: usize, text: &str) -> Option<usize> {
    if let Some(t) = (c..(c + MAX_HEARER).min(stop)).find(|&i| word_eq(tokens, i, text, "that")) {
        if (c..t).all(|i| tokens[i].kind == Kind::Word) {
            return Some(t);
        }
    }
    if OBJECT_FORMS.iter().any(|w| word_eq(tokens, c, text, w)) {
        return Some(c + 1);
    }
    // `told reporters`, `told detectives he ...`: a bare plural of people.
    let hearer = if tokens.get(c).is_some_and(|t| {
        let info = t.info();
        t.kind == Kind::Word && info.group && !t.is_capitalized()
    }) {
        c + 1
    } else {
        mention::forward(tokens, c, text)
            .filter(|m| !matches!(m.kind, crate::mention::MentionKind::Org) || m.tokens.len() > 1)?
            .tokens
            .end
    };
    let phrase = tokens
        .get(hearer)
        .is_some_and(|t| t.kind == Kind::Word && PREPOSITIONS.contains(&t.text(text)));
    let question = phrase
        .then(|| {
            (hearer + 1..(hearer + MAX_HEARER).min(stop))
                .take_while(|&i| tokens[i].kind == Kind::Word)
                // (A pronoun right after the preposition is a clause's own: in `told the
                // paper before he spoke that ...`, `before` is a conjunction.)
                .find(|&i| {
                    question_word(tokens, i, text)
                        || i > hearer + 1 && subject_pronoun(tokens, i, text)
                })
        })
        .flatten();
    Some(question.unwrap_or(hearer))
}

/// Whether token `i` is a word that opens an indirect question after a verb of telling
/// (`told them how it began`): [`lexicon::is_question_word`].
fn question_word(tokens: &[Token], i: usize, text: &str) -> bool {
    tokens
        .get(i)
        .is_some_and(|t| t.kind == Kind::Word && lexicon::is_question_word(t.text(text)))
}

/// `asked whether the plant would close`, `asked the minister if ...`, `asked how ...`:
/// whether an indirect question follows `ask` at token `c`, right away or after its
/// hearer. It is what `ask` reports; `asked about the plan`, `asked the court for a
/// delay` and `asked to leave` report nothing. (`if` and `who` open a question only
/// here: after a verb of telling they open a condition or name someone.)
pub(super) fn asks_question(tokens: &[Token], c: usize, stop: usize, text: &str) -> bool {
    let question = |i: usize| {
        question_word(tokens, i, text) || ["if", "who"].iter().any(|w| word_eq(tokens, i, text, w))
    };
    question(c)
        || skip_hearer(tokens, c, stop, text)
            .is_some_and(|h| question(skip_time(tokens, h, stop, text)))
}

/// Whether `to` before token `i` leads a hearer (`to reporters`, `to CBC News`, `to
/// them`), not an infinitive (`to be`).
pub(super) fn hearer_after_to(tokens: &[Token], i: usize, text: &str) -> bool {
    let group = |i: usize| tokens.get(i).is_some_and(|t| t.info().group);
    tokens.get(i).is_some_and(|t| {
        let info = t.info();
        t.kind == Kind::Word
            && (t.is_capitalized()
                || info.function == Some(Function::Determiner)
                || group(i)
                || group(i + 1)
                || OBJECT_FORMS.contains(&t.text(text)))
    }) && (i..(i + MAX_HEARER).min(tokens.len())).any(|j| word_eq(tokens, j, text, "that"))
}

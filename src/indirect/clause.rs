//! The reported clause: where it starts and ends, whether the words after a verb are a
//! clause at all (`said the plan failed`, not `said nothing`), and the record [`push`] makes.

use std::ops::Range;

use crate::lexicon::{self, Function};
use crate::mention::{self, Mention};
use crate::rules;
use crate::token::{Kind, Token};

use super::words::{word_eq, AUXILIARIES, PREPOSITIONS};
use super::Reported;

/// Whether a [`finite_verb`] comes within [`MAX_SUBJECT`] words after token `from`, before
/// any punctuation or `stop`: what makes the phrase from `from` a clause's subject
/// (`nothing happened`).
pub(super) fn verb_soon(tokens: &[Token], from: usize, stop: usize, text: &str) -> bool {
    (from..stop.min(from + MAX_SUBJECT))
        .map(|i| &tokens[i])
        .take_while(|t| t.kind == Kind::Word)
        .any(|t| finite_verb(t.text(text), false))
}

/// Whether `w` is a finite verb as [`shows_clause`] and [`verb_soon`] see one: an
/// auxiliary, a contraction (`don't`, `they're`), or a lower-case past form in `-ed`
/// unless a determiner comes right before it (`the revised plan`).
fn finite_verb(w: &str, after_determiner: bool) -> bool {
    AUXILIARIES.contains(&w)
        || ["n't", "n’t", "'re", "’re", "'ll", "’ll", "'ve", "’ve"]
            .iter()
            .any(|s| w.ends_with(s))
        || !after_determiner
            && w.len() > 4
            && w.ends_with("ed")
            && w.bytes().all(|b| b.is_ascii_lowercase())
}

/// The comma that closes a phrase set off after a subject, read from token `from`: the
/// first one after a clause that the subject's own verb follows, perhaps after an adverb
/// (in `who said the two men, and Ruiz in particular, must act, voted`, `must` is the
/// reported clause's verb); else the first comma, else `stop`.
pub(super) fn phrase_close(tokens: &[Token], from: usize, stop: usize, text: &str) -> usize {
    let verb_after = |i: usize| {
        let mut j = i + 1;
        if mention::word(tokens, j, text).is_some_and(|w| w.ends_with("ly") || w == "also") {
            j += 1;
        }
        rules::verb_at(tokens, j, text).is_some()
            || mention::word(tokens, j, text)
                .is_some_and(|w| finite_verb(w, false) || lexicon::is_past_form(w))
    };
    let mut commas = (from..stop).filter(|&i| tokens[i].is_punct(','));
    let first = commas.clone().next();
    commas
        .find(|&i| verb_after(i) && shows_clause(tokens, from, i, text))
        .or(first)
        .unwrap_or(stop)
}

/// Most words [`verb_soon`] reads for a verb.
const MAX_SUBJECT: usize = 8;

/// Whether `from..stop` reads as a clause: it opens with a subject pronoun, or holds, within
/// its first few tokens, an auxiliary (`is`, `will`, `don't`, `they're`) or a past form in
/// `-ed` that does not follow a determiner (`the plan failed`, not `the revised plan`).
pub(super) fn shows_clause(tokens: &[Token], from: usize, stop: usize, text: &str) -> bool {
    if subject_pronoun(tokens, from, text) || word_eq(tokens, from, text, "it") {
        return true;
    }
    (from..stop.min(from + MAX_CLAUSE_SIGNAL)).any(|i| {
        let t = &tokens[i];
        let after_det = i > from && tokens[i - 1].info().function == Some(Function::Determiner);
        t.kind == Kind::Word && finite_verb(t.text(text), after_det)
    })
}

/// How far into a clause [`shows_clause`] looks for its verb, in tokens: a clause shows it
/// early, and the bound keeps the work per verb constant (`announced announced ...`).
const MAX_CLAUSE_SIGNAL: usize = 16;

/// How far after a verb [`introduces_quote`] looks for the quotation it introduces, in
/// tokens.
const MAX_INTRODUCTION: usize = 40;

/// How soon after a `but` the verb of a report of its own comes (`but, like Putin, he
/// said`), in tokens.
const MAX_BUT_REPORT: usize = 12;

/// Fewest words a reported clause has: `X says so` reports nothing.
pub(super) const MIN_WORDS: usize = 3;

/// After `what X said` ([`OBJECT_BEFORE_SPEAKER`]), whether the words from token `c`,
/// right after the verb, are a clause that holds `what` as one of its parts: a finite verb
/// opens it (`what she said is a growing demand`: `what` is its subject) or a subject
/// pronoun does (`what they say they need`: its object). Not `what he said about fees` or
/// `what she said when she left`. (`what he said in Ottawa was a mistake` may be his words
/// or the writer's verdict on them, as `what he said about fees was wrong` is: the phrase
/// leaves no clause to report.)
///
/// [`OBJECT_BEFORE_SPEAKER`]: super::words::OBJECT_BEFORE_SPEAKER
pub(super) fn gap_clause(tokens: &[Token], c: usize, stop: usize, text: &str) -> bool {
    c < stop && (AUXILIARIES.contains(&tokens[c].text(text)) || subject_pronoun(tokens, c, text))
}

/// Whether token `i` is a pronoun that can only be a subject (`explained they would`, never
/// `explained the rules`): what lets a verb that otherwise needs `that` report a clause.
pub(super) fn subject_pronoun(tokens: &[Token], i: usize, text: &str) -> bool {
    ["he", "she", "they", "we", "i"]
        .iter()
        .any(|w| word_eq(tokens, i, text, w))
}

/// `said that the plan failed` (a conjunction) against `said that plan failed` (a
/// determiner): a conjunction is followed by a subject — a pronoun, a determiner, a
/// capitalized word or a number.
pub(crate) fn that_is_conjunction(tokens: &[Token], c: usize, text: &str) -> bool {
    let Some(t) = tokens.get(c + 1).filter(|t| t.kind == Kind::Word) else {
        return true;
    };
    let info = t.info();
    let w = t.text(text);
    info.pronoun.is_some()
        || matches!(info.function, Some(Function::Determiner))
        || lexicon::subordinator(w).is_some()
        || w.starts_with(|ch: char| ch.is_uppercase() || ch.is_ascii_digit())
        // `that he'd like`, `that there was`: a contracted pronoun or `there` is a subject.
        || w == "there"
        || w
            .split(['\'', '’'])
            .next()
            .is_some_and(|p| p != w && lexicon::lookup(p).pronoun.is_some())
        // `that such studies`, `that all options`: no determiner comes before `such` or
        // `all`.
        || matches!(w, "such" | "all")
        // `that at least 14 homes`, `that about 40 people`, `that more than half`: a count
        // made approximate opens a subject; `that` as a determiner takes no count.
        || count_bound(tokens, c + 1, text)
        // `that talks have stalled`, `that people who walk`: a plural noun then an
        // auxiliary or a relative pronoun is a subject, since `that` as a determiner
        // takes a singular (`said that plan would fail`).
        || plural_subject(tokens, c + 1, text)
        // `that in March the mayor ...`, `that during the visit, ...`: a phrase of time or
        // place may open the clause; `that` as a determiner takes no preposition.
        || CLAUSE_OPENING_PREPOSITIONS.contains(&w)
            && tokens[c + 2..]
                .iter()
                .take(MAX_SUBJECT)
                .take_while(|t| t.kind == Kind::Word || t.is_punct(','))
                .any(|t| finite_verb(t.text(text), false))
        // `that service cuts were`: so is a noun before such a plural, the two one compound.
        || info.function.is_none() && info.verb.is_none() && plural_subject(tokens, c + 2, text)
}

/// Prepositions that may open a reported clause after `that`, before its subject: `said
/// that in March the plant closed`, `reported that during the visit, ...`.
const CLAUSE_OPENING_PREPOSITIONS: &[&str] = &[
    "in",
    "during",
    "after",
    "before",
    "since",
    "on",
    "at",
    "under",
    "despite",
    "over",
    "throughout",
    "without",
    "among",
    "amid",
    "following",
    "unlike",
];

/// Whether token `k` opens an approximate count: `about`, `nearly` and the like
/// ([`lexicon`]'s approximations), `at least`, `at most`, `more than`, `fewer than`,
/// `less than`.
fn count_bound(tokens: &[Token], k: usize, text: &str) -> bool {
    let Some(t) = tokens.get(k) else {
        return false;
    };
    let next = |w: &str| word_eq(tokens, k + 1, text, w);
    t.info().approximation
        || match t.text(text) {
            "at" => next("least") || next("most"),
            "more" | "fewer" | "less" => next("than"),
            _ => false,
        }
}

/// Whether token `k` is a plural noun followed by an auxiliary or a relative pronoun: the
/// head of a plural subject (`talks have stalled`, `people who walk`).
fn plural_subject(tokens: &[Token], k: usize, text: &str) -> bool {
    tokens.get(k).is_some_and(|t| {
        let w = t.text(text);
        t.kind == Kind::Word
            && t.info().function.is_none()
            && (w.ends_with('s') && !w.ends_with("ss") || t.info().group)
    }) && tokens.get(k + 1).is_some_and(|n| {
        n.kind == Kind::Word
            && matches!(
                n.info().function,
                Some(Function::Between | Function::Relative)
            )
    })
}

/// `added that food waste would still be collected`: `that`, a noun phrase and an
/// auxiliary open a clause whichever `that` it is (a conjunction, or the determiner of
/// `that plan would fail`), so even a verb that needs `that` reports it. The phrase may be
/// long (`explains that comfort for the dog and the use of local timber were the goals`),
/// up to [`MAX_THAT_SUBJECT`] words with no punctuation.
pub(super) fn that_noun_clause(tokens: &[Token], c: usize, text: &str) -> bool {
    let noun = |k: usize| tokens.get(k).is_some_and(rules::plain_word);
    word_eq(tokens, c, text, "that")
        && noun(c + 1)
        && tokens[c + 2..]
            .iter()
            .take(MAX_THAT_SUBJECT)
            .take_while(|t| t.kind == Kind::Word)
            .any(|t| AUXILIARIES.contains(&t.text(text)))
}

/// Most words of a reported clause's subject [`that_noun_clause`] reads past for its
/// auxiliary: a subject with two phrases in it (`comfort for the dog and the use of local
/// timber were ...`).
const MAX_THAT_SUBJECT: usize = 16;

/// Whether a quotation set off by `:` or `,` follows in `from..stop`, within a few tokens
/// (`said in an interview on Monday: "Q"`); the bound keeps the work per verb constant in
/// an endless sentence.
/// (Not a quotation another speech verb introduces first: `said the deal was fair,
/// adding: "Q"` reports the clause before `adding`.)
pub(super) fn introduces_quote(tokens: &[Token], from: usize, stop: usize, text: &str) -> bool {
    let end = stop.min(from + MAX_INTRODUCTION);
    let Some(q) = (from..end).find(|&i| {
        tokens[i].quote().is_some()
            && i > 0
            && (tokens[i - 1].is_punct(':') || tokens[i - 1].is_punct(','))
    }) else {
        return false;
    };
    !(from..q).any(|i| participle_after_comma(tokens, i, text))
}

/// Whether token `i` is a comma with a speech verb's participle after it: `said C, adding
/// ...`, `said C, noting that D`, where the participle begins a report of its own.
fn participle_after_comma(tokens: &[Token], i: usize, text: &str) -> bool {
    tokens[i].is_punct(',')
        && tokens.get(i + 1).is_some_and(|n| {
            n.kind == Kind::Word && n.info().verb.is_some() && n.text(text).ends_with("ing")
        })
}

/// Records the clause `from..stop` (cut at a `but` or before a conjoined direct quote) if
/// it has enough words and does not start with a quotation; returns where it ended, or
/// `None` when it recorded nothing.
/// `framed`: the clause is the rest of a sentence a source phrase opened, so it is read
/// as the report even when a preposition opens it.
#[allow(clippy::too_many_arguments)]
pub(super) fn push(
    out: &mut Vec<Reported>,
    text: &str,
    tokens: &[Token],
    rule: &str,
    mention: Mention,
    cue: Range<usize>,
    from: usize,
    stop: usize,
    framed: bool,
) -> Option<usize> {
    if from >= stop || tokens[from].quote().is_some() || tokens[from].kind != Kind::Word {
        return None;
    }
    // `said in an interview: "Q"`: the verb introduces a direct quote, not a report.
    if introduces_quote(tokens, from, stop, text) {
        return None;
    }
    // `screamed and banged the wall`: a second verb of the same subject, not a clause;
    // `said in an interview this summer`: the circumstances of speaking, when no clause
    // follows them (`says in Halifax ambulances are late` is one).
    // (After `According to X,` opening the sentence, what follows is the sentence the
    // source frames, whatever it opens with: `about 1.5 million homes lack access`.)
    let first = tokens[from].text(text);
    // (`instructed the jury shortly before noon`: an adverb may lead the phrase.)
    let lead = (from..stop)
        .find(|&i| !(tokens[i].kind == Kind::Word && rules::manner_adverb(tokens[i].text(text))))
        .unwrap_or(from);
    let head = tokens[lead].text(text);
    // (`said about 60 positions remain vacant`: `about` before a number is a count's, not
    // a preposition's.)
    let count = tokens[from].info().approximation
        && tokens
            .get(from + 1)
            .is_some_and(|t| mention::number_word(t, text));
    let circumstance = !framed
        && !count
        && PREPOSITIONS.contains(&head)
        && !shows_clause(tokens, from, stop, text)
        && !(from..stop.min(from + MAX_CLAUSE_SIGNAL)).any(|i| word_eq(tokens, i, text, "that"));
    if matches!(first, "and" | "or") || circumstance {
        return None;
    }
    let mut end = from;
    while end < stop {
        let t = &tokens[end];
        // `said C, but he said C2`: a `but` ends the clause when a report of its own follows;
        // otherwise the contrast is part of what was said (`says C, but D`). So do `while`
        // and `whereas` (`said C, while the union said C2`).
        // So does `, and` with a subject and a speech verb of its own after it (`said C,
        // and Ruiz said C2`), but not `, and said C2`, the same speaker's.
        let report_from = |k: usize| {
            (k..stop.min(end + 1 + MAX_BUT_REPORT))
                .any(|i| rules::verb_at(tokens, i, text).is_some())
        };
        if t.kind == Kind::Word
            && match t.text(text) {
                "but" => report_from(end + 1),
                // (Not `while sending an aide to ...`: a participle has no subject of its
                // own, and goes on with the same speaker's words.)
                "while" | "whereas" => {
                    !mention::word(tokens, end + 1, text).is_some_and(|w| w.ends_with("ing"))
                        && report_from(end + 1)
                }
                "and" => {
                    end > from
                        && tokens[end - 1].is_punct(',')
                        && rules::verb_at(tokens, end + 1, text).is_none()
                        && report_from(end + 2)
                        // `praised the crew and warned C`: a speech verb joined on right
                        // after a noun object reports on its own. (After a clause it goes
                        // on with it: `said C and said C2` is one report.)
                        || rules::verb_at(tokens, end + 1, text).is_some()
                            && !shows_clause(tokens, from, end, text)
                }
                _ => false,
            }
        {
            break;
        }
        // `..., and "those where ..."`: a direct quote joined on ends the clause.
        let conj_quote = t.kind == Kind::Word
            && matches!(t.text(text), "and" | "but")
            && tokens.get(end + 1).is_some_and(|n| n.quote().is_some());
        if conj_quote {
            break;
        }
        if t.kind == Kind::Break {
            break;
        }
        if participle_after_comma(tokens, end, text) {
            break;
        }
        // `costs less than the agency says it will could make ...`: no verb phrase holds
        // an auxiliary and then a modal, so after a pronoun subject the clause ended at
        // the first, its verb left out (`says it will`), and the sentence goes on (the
        // lexicon's pronouns are the subject forms). (Not
        // after a noun: in `whoever the next mayor is should know`, `is` ends a clause
        // inside the subject of `should`.)
        let elided = t.kind == Kind::Word
            && end > from
            && tokens[end - 1].info().pronoun.is_some()
            && AUXILIARIES.contains(&t.text(text))
            && mention::word(tokens, end + 1, text).is_some_and(|w| lexicon::MODALS.contains(&w));
        if elided {
            end += 1;
            break;
        }
        end += 1;
    }
    // No trailing commas or dashes.
    while end > from
        && matches!(
            tokens[end - 1].kind,
            Kind::Punct(',' | ';' | ':') | Kind::Dash
        )
    {
        end -= 1;
    }
    // A quotation inside counts for its words: `there was "a lot to work on"` reports.
    let words: usize = (from..end)
        .map(|i| match tokens[i].kind {
            Kind::Word => 1,
            Kind::Quote(_) => tokens[i]
                .text(text)
                .split_whitespace()
                .take(MIN_WORDS)
                .count(),
            _ => 0,
        })
        .sum();
    if words < MIN_WORDS {
        return None;
    }
    let content = tokens[from].span.start..tokens[end - 1].span.end;
    out.push(Reported {
        rule: rules::rule(rule),
        mention,
        cue,
        content,
        verbatim: false,
    });
    Some(end)
}

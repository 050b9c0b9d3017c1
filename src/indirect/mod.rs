//! Reported speech: the clause a speech verb reports, without quotation marks.
//!
//! `Medvedev said Russia still has questions.` · `Gates told Putin that he hoped ...` ·
//! `The offer stands, Gates said.` · `The offer stands, said Gates.` · `According to the
//! ministry, the talks will resume.` · `The talks will resume, according to the ministry.`
//! Each construction is a row of [`RULES`](crate::RULES) whose name starts with
//! `indirect-`. The reported clause runs from after the verb (its time words, its hearer and a
//! `that` left out) to the end of the sentence, or to a `but` that opens a report of its own,
//! or to a conjoined direct quote; a quoted fragment inside it stays inside (a mixed quote)
//! and is also reported on its own.
//!
//! [`find`] reads the text a sentence at a time, and each sentence verb by verb, here; each
//! construction that is not `X said C` reads in a module of its own: speakers' labels
//! (`labels`), `according to` and `as X said` (`sources`), a tag after or inside its clause
//! (`tags`), `called it C` (`naming`) and `urged Y to C` (`directive`). `clause` says where a
//! reported clause starts and ends and records it; `hearer_and_time` steps over what may
//! stand between a verb and its clause; `words` holds the word tables they share.

mod clause;
mod directive;
mod hearer_and_time;
mod labels;
mod naming;
mod sources;
mod tags;
mod words;

pub(crate) use clause::that_is_conjunction;
pub(crate) use hearer_and_time::period_from_now;
pub(crate) use words::AUXILIARIES;

use once_cell::sync::Lazy;
use std::ops::Range;

use crate::lexicon::{self, Function, VerbKind};
use crate::mention::{self, Mention};
use crate::rules::{self, Rule};
use crate::token::{Kind, Token};

use clause::{
    gap_clause, phrase_close, push, shows_clause, subject_pronoun, that_noun_clause, verb_soon,
};
use directive::directive;
use hearer_and_time::{asks_question, hearer_after_to, skip_hearer, skip_time, MAX_HEARER};
use labels::Labels;
use naming::naming;
use sources::{according_to, as_said};
use tags::{clause_before, parenthetical};
use words::{
    object_word, unsaid, word_eq, ASKING, FOCUS_ADVERBS, HEARER_OPTIONAL, MAX_TITLE_WORDS,
    MORE_PREPOSITIONS, NEEDS_THAT, NO_CLAUSE, OBJECT_BEFORE_SPEAKER, OBJECT_OR_CLAUSE,
    PERFECT_AND_MODAL, PREPOSITIONS,
};

/// One reported statement the rules found.
#[derive(Debug, Clone)]
pub(crate) struct Reported {
    pub rule: &'static Rule,
    pub mention: Mention,
    pub cue: Range<usize>,
    /// Byte range of the reported clause.
    pub content: Range<usize>,
    /// Whether the clause follows its speaker's label (a transcript's turn, a headline's
    /// `Ruiz:`), not the writer's own report of it: a quotation inside is the speaker's.
    pub verbatim: bool,
}

/// The sentence a verb is read in: its first token, where its final punctuation starts,
/// and its first quotation (`usize::MAX` when it has none).
#[derive(Clone, Copy)]
struct Span {
    start: usize,
    stop: usize,
    first_quote: usize,
}

/// Every reported statement in the tokens, in order, never overlapping each other.
pub(crate) fn find(text: &str, tokens: &[Token]) -> Vec<Reported> {
    let mut out: Vec<Reported> = Vec::new();
    let mut labels = Labels::new(tokens, text);
    let mut start = 0;
    while start < tokens.len() {
        if let Some(end) = labels.turn_at(text, tokens, start, &mut out) {
            start = end;
            continue;
        }
        let mut end = start;
        while end < tokens.len() && !tokens[end].ends() {
            end += 1;
        }
        let end = (end + 1).min(tokens.len());
        sentence(text, tokens, start, end, &mut out);
        start = end;
    }
    out
}

/// One sentence, tokens `start..end` (the last may be its final punctuation).
fn sentence(text: &str, tokens: &[Token], start: usize, end: usize, out: &mut Vec<Reported>) {
    let s = &tokens[start..end];
    // A link to another story reports that story's speech. (The sentence's first token
    // says which paragraph it is in; a paragraph break it ends on opens the next one.)
    if tokens[start].boilerplate() {
        return;
    }
    // A question reports nothing: `Did Gates say the deal was off?`
    if s.last().is_some_and(|t| t.is_punct('?')) {
        return;
    }
    // Every report hangs on a speech verb or on `according to`; most sentences have
    // neither, and one look at each word's lexicon entry settles them. (`per`, which
    // may stand for `according to`, is in no table: its three bytes are compared.)
    static ACCORDING: Lazy<u16> = Lazy::new(|| lexicon::id("according"));
    let according = *ACCORDING;
    let per = |t: &Token| t.span.len() == 3 && t.text(text).eq_ignore_ascii_case("per");
    if !s
        .iter()
        .any(|t| t.info().verb.is_some() || t.lex == according || per(t))
    {
        return;
    }
    // The sentence's own end, before its final punctuation.
    let mut stop = end;
    while stop > start
        && matches!(
            tokens[stop - 1].kind,
            Kind::Punct('.' | '!' | ';') | Kind::Break
        )
    {
        stop -= 1;
    }
    // Where the sentence's first quotation is, for the rules that want none before a verb.
    let first_quote = (start..stop)
        .find(|&i| tokens[i].quote().is_some())
        .unwrap_or(usize::MAX);
    let span = Span {
        start,
        stop,
        first_quote,
    };
    let mut k = start;
    // According to X, C · C, according to X. · C1, according to X, C2.
    if let Some(next) = according_to(text, tokens, start, stop, out) {
        // What the source frames is read; a report of its own may follow (`..., but Chapman
        // says C2`).
        k = next;
    } else if let Some(next) = as_said(text, tokens, start, stop, out) {
        k = next;
    }
    while k < stop {
        // Phrasal verbs (`went on`, `shot back`, `put in`) cue quotations only: after them
        // a clause is as often a place or a target as what was said (`put in place`). A
        // head that reports speech on its own reads on (`blurted out that ...`).
        let own = tokens[k].info().verb;
        if !own.is_some_and(|(_, kind)| kind != VerbKind::Manner) {
            k += 1;
            continue;
        }
        let Some((lemma, kind)) =
            rules::verb_at(tokens, k, text).filter(|(_, kind)| *kind != VerbKind::Manner)
        else {
            k += 1;
            continue;
        };
        let verb_text = tokens[k].text(text);
        // `the United States`: a capitalized verb form inside a sentence is a name, but
        // for the verb of a headline in title case (`Ruiz Says Bridge Will Reopen`).
        if k > start
            && verb_text.starts_with(char::is_uppercase)
            && !headline_verb(tokens, start, stop, k, text)
        {
            k += 1;
            continue;
        }
        // `urged residents to conserve water`
        if let Some(end) = directive(text, tokens, start, k, stop, lemma, out) {
            k = end;
            continue;
        }
        // `They called it a stopgap`, `what he calls a tax grab`
        if lemma == "call" {
            if let Some(end) = naming(text, tokens, start, k, stop, out) {
                k = end;
                continue;
            }
        }
        let question = ASKING.contains(&lemma) && asks_question(tokens, k + 1, stop, text);
        if NO_CLAUSE.contains(&lemma) && !question || unsaid(tokens, start, k, text) {
            k += 1;
            continue;
        }
        let participle = verb_text.ends_with("ing");
        // `why warning sirens did not sound`: the form is part of a noun.
        let compound = participle
            && mention::word(tokens, k + 1, text)
                .is_some_and(|n| lexicon::speech_compound(verb_text, n));
        if compound {
            k += 1;
            continue;
        }
        // `described hearing shouting in the night`: after a verb of perception, with no
        // clause after it, the speech verb names a sound heard. (`heard yelling her husband
        // was unarmed` reports what was yelled.)
        let heard = participle
            && k > start
            && !tokens[k - 1].is_capitalized()
            && lexicon::is_perception(tokens[k - 1].text(text))
            && tokens.get(k + 1).map_or(true, |n| {
                n.kind != Kind::Word || PREPOSITIONS.contains(&n.text(text))
            });
        if heard {
            k += 1;
            continue;
        }
        // The said document; so-called is one token and never a verb. (`Michael Every
        // said`, `Hydro One said`: a determiner that is a surname or ends a company's name
        // is no determiner.)
        let after_det = k > start && {
            let det = &tokens[k - 1];
            det.info().function == Some(Function::Determiner)
                && !mention::surname_after_first_name(tokens, k - 1, det.info(), text)
                && !mention::name_number(tokens, k - 1, text)
                && mention::fused_determiner(tokens, k, text).is_none()
        };
        // `ignored repeated warnings`, `issued revised guidance`: a participle right after a
        // verb in the past (no auxiliary), before a lower-case word, describes that verb's
        // object.
        let adjective = k > start && tokens[k].text(text).ends_with("ed") && {
            let w = tokens[k - 1].text(text);
            tokens[k - 1].kind == Kind::Word
                && !tokens[k - 1].is_capitalized()
                && lexicon::is_past_form(w)
                && !AUXILIARIES.contains(&w)
                && mention::word(tokens, k + 1, text).is_some_and(|n| {
                    n.starts_with(|c: char| c.is_ascii_lowercase())
                        && tokens[k + 1].info().function.is_none()
                })
        };
        // said to be, was said to have: a report about, not of, speech; `alleged to
        // reporters that` names a hearer.
        let to_hearer = word_eq(tokens, k + 1, text, "to") && hearer_after_to(tokens, k + 2, text);
        let passive = word_eq(tokens, k + 1, text, "to") && !to_hearer
            || !participle && k > start && rules::BE_FORMS.contains(&tokens[k - 1].text(text));
        // `declined to comment on reports that C`, `amid claims that C`: a form in `-s`
        // right after a preposition is a plural noun; a verb would need the preposition's
        // object first.
        let plural_noun = k > start
            && verb_text.ends_with('s')
            && [PREPOSITIONS, MORE_PREPOSITIONS]
                .iter()
                .any(|p| p.contains(&tokens[k - 1].text(text)));
        if after_det || adjective || passive || plural_noun {
            k += 1;
            continue;
        }
        // C, X said (with a few words after the verb at most).
        if let Some(r) = clause_before(text, tokens, span, k, kind, participle) {
            out.push(r);
            return;
        }
        if let Some(m) = speaker(text, tokens, start, k, participle) {
            // `"Q," Rice told reporters`: the verb attributes a direct quote. (Not a
            // participle after it: `"Q," Rice said, adding that C` reports C.) A mention
            // read without its article or the lower-case words of its title (`the
            // Taoiseach`, `union president Karen Doyle`) follows the quote all the same.
            let modifiers = (start..m.tokens.start)
                .rev()
                .take(MAX_TITLE_WORDS)
                .take_while(|&p| rules::modifier_word(&tokens[p]))
                .count();
            // The token before the speaker and its title words, inside the sentence.
            let before = m
                .tokens
                .start
                .checked_sub(1 + modifiers)
                .filter(|&p| p >= start);
            let after_quote = !participle
                && before.is_some_and(|p| {
                    tokens[p].quote().is_some()
                        || tokens[p].is_punct(',') && p > start && tokens[p - 1].quote().is_some()
                });
            let object_before = before.is_some_and(|p| {
                let w = tokens[p].text(text);
                OBJECT_BEFORE_SPEAKER
                    .iter()
                    .any(|o| o.eq_ignore_ascii_case(w))
            });
            if after_quote {
                k += 1;
                continue;
            }
            if let Some(n) = parenthetical(text, tokens, span, k, kind, &m, out) {
                k = n;
                continue;
            }
            // `The mayor, warning residents the river would rise, closed the park`,
            // `Ortiz, who had proposed the cut, voted against it`: a verb in a phrase set
            // off right after its subject reports no further than the comma that closes
            // the phrase, where the subject's own verb takes over.
            let opened = m.tokens.end;
            let set_off = opened < k
                && tokens[opened].is_punct(',')
                && (participle && opened + 1 == k
                    || tokens[opened + 1].info().function == Some(Function::Relative)
                        && (opened + 1..k).all(|i| tokens[i].kind == Kind::Word));
            let stop = if set_off {
                phrase_close(tokens, k + 1, stop, text)
            } else {
                stop
            };
            let mut c = k + 1;
            if to_hearer {
                c = skip_hearer(tokens, c + 1, stop, text).unwrap_or(c);
            }
            // `said Monday`, `said in a statement on Friday`
            c = skip_time(tokens, c, stop, text);
            if object_before && !gap_clause(tokens, c, stop, text) {
                k += 1;
                continue;
            }
            let before_hearer = c;
            if kind == VerbKind::Tell {
                // `told a long story` has no hearer and reports nothing.
                match skip_hearer(tokens, c, stop, text) {
                    // `told reporters Tuesday he would`: a time may follow the hearer too.
                    Some(h) => c = skip_time(tokens, h, stop, text),
                    None if HEARER_OPTIONAL.contains(&lemma)
                        && shows_clause(tokens, c, stop, text) => {}
                    None if question => {}
                    None => {
                        k += 1;
                        continue;
                    }
                }
            } else if let Some(t) =
                (c..(c + MAX_HEARER).min(stop)).find(|&i| word_eq(tokens, i, text, "that"))
            {
                // `said on Tuesday that ...`, `said in a statement that ...`: a phrase of
                // time or place, never a clause (`says the plan is designed for that`).
                let phrase = tokens[c]
                    .info()
                    .function
                    .is_some_and(|f| matches!(f, Function::Stop | Function::Time))
                    && (c..t).all(|i| {
                        tokens[i].kind == Kind::Word
                            && rules::verb_at(tokens, i, text).is_none()
                            && !AUXILIARIES.contains(&tokens[i].text(text))
                    });
                // `said only that ...`, `said repeatedly that ...`: adverbs of how the
                // speaker put it.
                let adverbs = (c..t).all(|i| {
                    let w = tokens[i].text(text);
                    tokens[i].kind == Kind::Word
                        && (FOCUS_ADVERBS.contains(&w) || rules::manner_adverb(w))
                });
                if t > c && (phrase || adverbs) {
                    c = t;
                }
            }
            let that = word_eq(tokens, c, text, "that") && that_is_conjunction(tokens, c, text);
            if that {
                c += 1;
                // `said that, if elected, she would ...`: an aside opens the clause.
                if tokens.get(c).is_some_and(|t| t.is_punct(',')) {
                    c += 1;
                }
            } else if NEEDS_THAT.contains(&lemma)
                && !subject_pronoun(tokens, c, text)
                && !that_noun_clause(tokens, c, text)
                || OBJECT_OR_CLAUSE.contains(&lemma) && !shows_clause(tokens, c, stop, text)
                || object_word(tokens, c, text) && !verb_soon(tokens, c + 1, stop, text)
            {
                k += 1;
                continue;
            }
            let heard = kind == VerbKind::Tell && c > before_hearer + usize::from(that);
            let rule = if heard {
                "indirect-tell"
            } else {
                "indirect-speaker-verb"
            };
            let cue = tokens[k].span.clone();
            if let Some(clause_end) = push(out, text, tokens, rule, m, cue, c, stop, false) {
                k = clause_end.max(k + 1);
                continue;
            }
        }
        k += 1;
    }
}

/// Whether the capitalized verb at `k` is a title-case headline's present tense after its
/// subject's name: `Mayor Ruiz Says Bridge Will Reopen in May`, `Bridge Will Reopen, Ruiz
/// Says`. A headline capitalizes every word but the small ones; a sentence of running text
/// never does, so there a capitalized verb form is part of a name (`Consumer Reports`).
fn headline_verb(tokens: &[Token], start: usize, stop: usize, k: usize, text: &str) -> bool {
    // (A long sentence is no headline; the bound keeps a sentence of many capitalized
    // verb forms linear.)
    if stop - start > crate::headline::MAX_TITLE_CASE_HEADLINE
        || !tokens[k].text(text).ends_with('s')
        || !tokens[k - 1].is_capitalized()
    {
        return false;
    }
    crate::headline::title_case(&tokens[start..stop], text)
}

/// The speaker of the verb at `k`: the noun phrase before it, or for a participle or a verb
/// after `but`/`and`, the sentence's subject.
fn speaker(
    text: &str,
    tokens: &[Token],
    start: usize,
    k: usize,
    participle: bool,
) -> Option<Mention> {
    let mut b = rules::skip_between_back(tokens, start, k, text);
    // `sources have said`, `Ortiz has long said`: a perfect or modal auxiliary before the verb.
    if b > start && PERFECT_AND_MODAL.contains(&tokens[b - 1].text(text)) {
        b = rules::skip_between_back(tokens, start, b - 1, text);
    }
    let conj = b > start && matches!(tokens[b - 1].text(text), "but" | "and");
    // `Ana, who appeared to be insisting C`: after a bare `be`, the `-ing` form is the
    // verb of a clause of its own (here the `who`'s), not a participle hanging on the
    // sentence's subject (`Ruiz spoke, insisting C`). Read back from `be`, no phrase is
    // found, and the report is left unread. (After `is` or `has been`, the subject is
    // the sentence's as a participle's would be: `Ruiz has for years been saying C`.)
    let participle = participle && !(k > start && tokens[k - 1].text(text) == "be");
    // `..., with press secretary Ana Ruiz telling reporters C`: after `with`, the phrase
    // before the participle is its subject.
    if let Some(m) = participle
        .then(|| rules::with_subject_before(tokens, start, b, text))
        .flatten()
    {
        return Some(m);
    }
    if participle || conj {
        // `"Q," Ruiz said, adding that C` and `"Q," said Ruiz, adding that C`: after a
        // quotation opening the sentence, the subject is the one it is attributed to.
        let mut s = start;
        while s < k && (tokens[s].quote().is_some() || tokens[s].is_punct(',')) {
            s += 1;
        }
        if s > start && rules::verb_at(tokens, s, text).is_some() {
            s += 1;
        }
        let m = rules::subject_of(tokens, s, k, text)?;
        let m = cleft_focus(tokens, &m, k, text).unwrap_or(m);
        return (m.tokens.end <= k).then_some(m);
    }
    let m = mention::backward(tokens, b, text)?;
    (m.tokens.start >= start).then_some(m)
}

/// `It was Sir Hugh who rose from his chair and asked if C`: when the subject `m` is the `it`
/// of a cleft, the one it puts in focus, whom `who` follows, does what the clause tells,
/// up to the verb at `k`.
fn cleft_focus(tokens: &[Token], m: &Mention, k: usize, text: &str) -> Option<Mention> {
    let it = m.tokens.start;
    let cleft = m.tokens.len() == 1
        && tokens[it].text(text).eq_ignore_ascii_case("it")
        && mention::word(tokens, it + 1, text).is_some_and(|w| matches!(w, "was" | "is"));
    if !cleft {
        return None;
    }
    // (`It was indeed Sir Hugh who`: an adverb may come first.)
    let focus = mention::forward(tokens, it + 2, text).or_else(|| {
        let adverb = tokens[it + 2].kind == Kind::Word
            && !tokens[it + 2].is_capitalized()
            && tokens[it + 2].info().function != Some(Function::Determiner);
        adverb
            .then(|| mention::forward(tokens, it + 3, text))
            .flatten()
    })?;
    let who = focus.tokens.end;
    (who < k && word_eq(tokens, who, text, "who")).then_some(focus)
}

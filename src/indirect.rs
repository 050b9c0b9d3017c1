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

use once_cell::sync::Lazy;
use std::ops::Range;

use crate::hash::FxHashMap;
use crate::lexicon::{self, Function, VerbKind, OBJECT_FORMS};
use crate::mention::{self, Mention, MentionKind};
use crate::rules::{self, Rule};
use crate::token::{Kind, Token};

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

/// Verbs that take an object and its description, not a clause: `called the letter a
/// "serious document"`; and verbs that report a clause only with `that`: `agreed with
/// Putin` is no report, `agreed that the talks failed` is (`signaled its support`, `hinted
/// at a deal`).
const NO_CLAUSE: &[&str] = &[
    "call",
    "describe",
    "ask",
    "begin",
    "think",
    "respond",
    "reply",
    "answer",
    // A tag of dialogue (`"Q," interrupted Maud`) whose object elsewhere is whom or what
    // was cut short: `interrupted him during the rally`.
    "interrupt",
];
/// Verbs of [`NO_CLAUSE`] that report an indirect question all the same: `asked whether
/// the plant would close` (see [`asks_question`]).
const ASKING: &[&str] = &["ask"];
/// Verbs of telling that may report a clause with no hearer: `warned there was a lot to
/// do`, `warned that costs would rise` (`told there was` is no English).
const HEARER_OPTIONAL: &[&str] = &["warn"];
const NEEDS_THAT: &[&str] = &[
    "agree", "add", "continue", "write", "testify", "comment", "remark", "explain", "complain",
    "joke", "tweet", "report", "deny", "demand", "signal", "hint",
    // Verbs that tag dialogue but take a thing as object elsewhere: `snapped a five-game
    // streak`, `piped water to the camp`, `barked orders`.
    "snap", "pipe", "bark", "boom", "thunder", "roar",
];

/// Words before a speech verb that say the words after it were not said: `declined to
/// say which offices`, `would not say whether`, `never said that`. A phrase of the list
/// ends right before the verb. (So does an auxiliary with `not` joined on, `won't say`,
/// `hasn't indicated`, or split off, `did n't say`: see [`unsaid`].)
const UNSAID: &[&[&str]] = &[
    &["declined", "to"],
    &["declines", "to"],
    &["refused", "to"],
    &["refuses", "to"],
    &["not"],
    &["never"],
    &["n't"],
];

/// Whether the speech verb at `k` (in a sentence from `start`) is denied or refused:
/// see [`UNSAID`].
fn unsaid(tokens: &[Token], start: usize, k: usize, text: &str) -> bool {
    // `didn't actually say`, `would not publicly say`: an adverb may stand between.
    let adverb = k > start && tokens[k - 1].kind == Kind::Word && {
        let w = tokens[k - 1].text(text);
        w.len() > 4 && w.ends_with("ly")
    };
    let k = k - usize::from(adverb);
    let negated = k > start
        && tokens[k - 1].kind == Kind::Word
        && lexicon::is_negative_auxiliary(tokens[k - 1].text(text));
    negated
        || UNSAID.iter().any(|phrase| {
            k >= start + phrase.len()
                && phrase
                    .iter()
                    .enumerate()
                    .all(|(i, w)| word_eq(tokens, k - phrase.len() + i, text, w))
        })
}

/// Verbs whose object is as often a thing as a clause: `announced a new plan`, `confirmed
/// the move`, `suggested two changes`. Without `that`, they report only what shows itself
/// a clause ([`shows_clause`]).
const OBJECT_OR_CLAUSE: &[&str] = &[
    "announce",
    "chant",
    "confirm",
    "suggest",
    "acknowledge",
    "note",
    "boast",
    "contend",
    "admit",
    "reveal",
    "propose",
    "recommend",
    "concede",
    "plead",
    "mention",
    "recall",
    "confess",
    "scream",
    "cite",
    "echo",
    "observe",
    "emphasize",
    "emphasise",
    "indicate",
    "proclaim",
];

/// Words that stand as the object of `say` or `tell` (`said nothing`, `told them
/// everything`, `said goodbye`), not as the subject of a reported clause, unless a verb
/// follows before any punctuation ([`verb_soon`]: `said nothing had changed`, `said much
/// of the talk was about trade`).
const OBJECT_WORDS: &[&str] = &[
    "nothing",
    "something",
    "anything",
    "everything",
    "little",
    "much",
    "goodbye",
    "good-bye",
    "hello",
    "yes",
    "so",
    "sorry",
    "thanks",
    "grace",
];

/// Whether a [`finite_verb`] comes within [`MAX_SUBJECT`] words after token `from`, before
/// any punctuation or `stop`: what makes the phrase from `from` a clause's subject
/// (`nothing happened`).
fn verb_soon(tokens: &[Token], from: usize, stop: usize, text: &str) -> bool {
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
fn phrase_close(tokens: &[Token], from: usize, stop: usize, text: &str) -> usize {
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

/// Most lower-case words a speaker's title or article may have before the name
/// (`the union president`).
const MAX_TITLE_WORDS: usize = 3;

/// Whether `from..stop` reads as a clause: it opens with a subject pronoun, or holds, within
/// its first few tokens, an auxiliary (`is`, `will`, `don't`, `they're`) or a past form in
/// `-ed` that does not follow a determiner (`the plan failed`, not `the revised plan`).
fn shows_clause(tokens: &[Token], from: usize, stop: usize, text: &str) -> bool {
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

/// Prepositions that open a phrase about the speaking (`in an interview`, `on Friday`).
const PREPOSITIONS: &[&str] = &[
    "in", "on", "at", "during", "after", "before", "via", "through", "by", "with", "from", "for",
    "about", "of", "over", "under",
];

/// Prepositions besides [`PREPOSITIONS`] that news sets before a plural noun of speech
/// (`amid claims that`, `despite warnings that`).
const MORE_PREPOSITIONS: &[&str] = &["amid", "despite", "against", "among"];

/// Finite auxiliaries: a stretch holding one is a clause, not a phrase.
pub(crate) const AUXILIARIES: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "can",
    "could", "should", "may", "might", "must", "do", "does", "did",
];

/// Modal auxiliaries: one heads its verb phrase, and no auxiliary comes before it.
const MODALS: &[&str] = &[
    "will", "would", "can", "could", "should", "may", "might", "must",
];

/// Auxiliaries that may stand between a speaker and the verb they speak with (`have said`,
/// `will tell`); forms of `be` make a passive (`was told`) and are not among them.
const PERFECT_AND_MODAL: &[&str] = &[
    "has", "have", "had", "will", "would", "could", "should", "may", "might", "must", "did",
    "does", "do",
];

/// Words right before a speaker that are the object of the speech verb: in `what she said
/// about fees`, what she said is `what`, and the words after the verb are no report,
/// unless they are a clause with `what` as one of its parts ([`gap_clause`]).
const OBJECT_BEFORE_SPEAKER: &[&str] = &["what", "whatever"];

/// Fewest words a reported clause has: `X says so` reports nothing.
const MIN_WORDS: usize = 3;
/// Most words a hearer takes before the clause (`told Medvedev and then Putin that`).
const MAX_HEARER: usize = 8;

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

/// What [`find`] keeps from paragraph to paragraph to read speakers' labels (`RUIZ: C`).
struct Labels {
    /// Where the document's opening headline ends (see [`crate::headline::opening`]).
    headline_end: usize,
    /// Whether the paragraph before opened with a speaker's label.
    before: bool,
    /// How often each word is written as a name ([`capitalized_words`]), counted at the
    /// first label.
    names: Option<FxHashMap<u64, (u32, u32)>>,
}

impl Labels {
    fn new(tokens: &[Token], text: &str) -> Labels {
        Labels {
            headline_end: crate::headline::opening(tokens, text),
            before: false,
            names: None,
        }
    }

    /// The turn a speaker's label opens at token `start`, when `start` opens a paragraph
    /// and the label counts ([`label_turn`] reports it): where its paragraph ends.
    fn turn_at(
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
        && t.is_capitalized(text)
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

/// Whether token `i` is the word `w`, in any case.
fn word_eq(tokens: &[Token], i: usize, text: &str, w: &str) -> bool {
    tokens
        .get(i)
        .is_some_and(|t| t.kind == Kind::Word && t.text(text).eq_ignore_ascii_case(w))
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
            && !tokens[k - 1].is_capitalized(text)
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
                && !tokens[k - 1].is_capitalized(text)
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
                .take_while(|&p| rules::modifier_word(&tokens[p], text))
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
                || tokens.get(c).is_some_and(|t| {
                    let w = t.text(text);
                    OBJECT_WORDS.iter().any(|o| o.eq_ignore_ascii_case(w))
                }) && !verb_soon(tokens, c + 1, stop, text)
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
            let before = out.len();
            let clause_end = push(out, text, tokens, rule, m, cue, c, stop, false);
            if out.len() > before {
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
        || !tokens[k - 1].is_capitalized(text)
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
            && !tokens[it + 2].is_capitalized(text)
            && tokens[it + 2].info().function != Some(Function::Determiner);
        adverb
            .then(|| mention::forward(tokens, it + 3, text))
            .flatten()
    })?;
    let who = focus.tokens.end;
    (who < k && word_eq(tokens, who, text, "who")).then_some(focus)
}

/// Most tokens a source phrase after `according to` runs past its head before the comma
/// that ends it (`according to the latest figures from Statistics Canada,`).
const MAX_SOURCE: usize = 12;

/// `According to X, C` · `C, according to X.` · `C1, according to X, C2.`: the source
/// phrase is set off by commas (or by dashes around an aside: `According to the study —
/// which used ... — C`), and what it frames on either side is the report. Returns where
/// reading the sentence goes on, or `None` when it holds no such source.
fn according_to(
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
                    && (n.info().function == Some(Function::Determiner) || n.is_capitalized(text))
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
                || t.is_capitalized(text)
                || matches!(t.text(text), "and" | "of" | "the" | "for" | "&")
        });
        if a == start || !relative && !name_goes_on {
            end = push(out, text, tokens, rule, m, cue, c, stop, a == start);
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
fn as_said(
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
fn source(tokens: &[Token], i: usize, text: &str) -> Option<Mention> {
    // (`According to a statement from Ardent Mining, C`: the miner, who wrote it.)
    mention::forward(tokens, i, text)
        .or_else(|| mention::description_at(tokens, i, text))
        .map(|m| mention::document_author(tokens, m, text))
}

/// `C, X said.` / `C, X added with a note of caution.`: the clause is what comes before the
/// comma, when it is not just a quotation.
fn clause_before(
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
        t.is_capitalized(text)
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
fn parenthetical(
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
    let mut report = |from: usize, to: usize, framed: bool| {
        push(
            out,
            text,
            tokens,
            "indirect-parenthetical",
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
        return (report(start, open, false) > start).then_some(stop);
    }
    // (The part before is framed by the tag: `In the long run, she said, C` reports its
    // opening phrase too.)
    report(start, open, true);
    let mut c = close + 1;
    if word_eq(tokens, c, text, "that") && that_is_conjunction(tokens, c, text) {
        c += 1;
    }
    Some(report(c, stop, false).max(close + 1))
}

/// The comma that closes a speech tag set inside a sentence, from token `c` right after
/// its verb: `c` itself, or the comma after a short phrase about the speaking (`C1,
/// Albers said in an interview, C2`; `said Tuesday,`; `told reporters,`). The phrase opens
/// with a preposition or a word of time, or after `tell` with its hearer (an object
/// pronoun or a plural for people), and holds no verb: in `C1, she said the rest was
/// lost, C2` the words after `said` are a clause.
fn tag_end(tokens: &[Token], c: usize, stop: usize, kind: VerbKind, text: &str) -> Option<usize> {
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
                && (OBJECT_FORMS.contains(&w)
                    || first.info().group && !first.is_capitalized(text)));
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

/// After `what X said` ([`OBJECT_BEFORE_SPEAKER`]), whether the words from token `c`,
/// right after the verb, are a clause that holds `what` as one of its parts: a finite verb
/// opens it (`what she said is a growing demand`: `what` is its subject) or a subject
/// pronoun does (`what they say they need`: its object). Not `what he said about fees` or
/// `what she said when she left`. (`what he said in Ottawa was a mistake` may be his words
/// or the writer's verdict on them, as `what he said about fees was wrong` is: the phrase
/// leaves no clause to report.)
fn gap_clause(tokens: &[Token], c: usize, stop: usize, text: &str) -> bool {
    c < stop && (AUXILIARIES.contains(&tokens[c].text(text)) || subject_pronoun(tokens, c, text))
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

/// `They called it a stopgap that fixes nothing.` · `the plan, which she calls a tax grab`:
/// `call` reports the name it gives, after a pronoun object or in a relative clause whose
/// object is what is named. Other objects (`called the plan a stopgap`) leave no sure
/// boundary between the thing and its name, and are left out. Returns where scanning goes
/// on.
fn naming(
    text: &str,
    tokens: &[Token],
    start: usize,
    k: usize,
    stop: usize,
    out: &mut Vec<Reported>,
) -> Option<usize> {
    let relative = k >= start + 2
        && subject_pronoun(tokens, k - 1, text)
        && ["what", "which", "who", "whom"]
            .iter()
            .any(|w| word_eq(tokens, k - 2, text, w));
    let (m, from) = if relative {
        (mention::forward(tokens, k - 1, text)?, k + 1)
    } else if ["it", "them", "him", "her", "this"]
        .iter()
        .any(|w| word_eq(tokens, k + 1, text, w))
        // `called her record a blueprint`: `her` before a bare noun is its owner.
        && (!word_eq(tokens, k + 1, text, "her")
            || tokens
                .get(k + 2)
                .is_some_and(|t| t.info().function == Some(Function::Determiner)))
    {
        (speaker(text, tokens, start, k, false)?, k + 2)
    } else {
        return None;
    };
    // `called them to the stand`, `called it off`: a place or a particle, not a name.
    let name_starts = tokens.get(from).is_some_and(|t| {
        t.kind == Kind::Word
            && t.info().function != Some(Function::Stop)
            && !PREPOSITIONS.contains(&t.text(text))
            && !CALL_PARTICLES.contains(&t.text(text))
    });
    if !name_starts {
        return None;
    }
    let cue = tokens[k].span.clone();
    let before = out.len();
    let end = push(
        out,
        text,
        tokens,
        "indirect-naming",
        m,
        cue,
        from,
        stop,
        false,
    );
    (out.len() > before).then_some(end)
}

/// Particles that make `call` a phrasal verb (`called it off`, `called them back`), which
/// gives no name.
const CALL_PARTICLES: &[&str] = &["off", "up", "back", "out", "down", "away", "together"];

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
fn directive(
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
                && !t.is_capitalized(text)
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
    let before = out.len();
    let end = push(
        out,
        text,
        tokens,
        "indirect-directive",
        m,
        cue,
        to,
        stop,
        false,
    );
    (out.len() > before).then_some(end.max(k + 1))
}

/// Whether tokens `i` and `i + 1` name a period from now: `last week`, `this month`, `late
/// Tuesday` (as in `earlier this year`).
pub(crate) fn period_from_now(tokens: &[Token], i: usize, text: &str) -> bool {
    let period = |i: usize| {
        mention::word(tokens, i, text)
            .is_some_and(|w| PERIODS.contains(&w) || lexicon::is_day(w) || lexicon::is_month(w))
    };
    mention::word(tokens, i, text).is_some_and(|w| PERIOD_DEICTICS.contains(&w)) && period(i + 1)
}

fn skip_time(tokens: &[Token], mut c: usize, stop: usize, text: &str) -> usize {
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

/// Short adverbs that may stand between a speech verb and `that` (`said only that`);
/// adverbs in `-ly` and the short ones that close a speech-verb clause (`again`) are
/// recognized by [`rules::manner_adverb`].
const FOCUS_ADVERBS: &[&str] = &["only", "just", "merely", "also", "once"];

/// Words of time after a speech verb besides the days (`said earlier`).
const RECENTLY: &[&str] = &["earlier", "later", "recently", "afterward", "afterwards"];

/// Steps over the hearer of `told`: up to `that`, else one person or group, and a phrase
/// of place or time after it that runs to a question word or a subject pronoun (`told
/// voters at the gala how ...`, `told reporters at the airport she ...`); `None` when
/// there is no hearer.
fn skip_hearer(tokens: &[Token], c: usize, stop: usize, text: &str) -> Option<usize> {
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
        t.kind == Kind::Word && info.group && !t.is_capitalized(text)
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
fn asks_question(tokens: &[Token], c: usize, stop: usize, text: &str) -> bool {
    let question = |i: usize| {
        question_word(tokens, i, text) || ["if", "who"].iter().any(|w| word_eq(tokens, i, text, w))
    };
    question(c)
        || skip_hearer(tokens, c, stop, text)
            .is_some_and(|h| question(skip_time(tokens, h, stop, text)))
}

/// Whether `to` before token `i` leads a hearer (`to reporters`, `to CBC News`, `to
/// them`), not an infinitive (`to be`).
fn hearer_after_to(tokens: &[Token], i: usize, text: &str) -> bool {
    let group = |i: usize| tokens.get(i).is_some_and(|t| t.info().group);
    tokens.get(i).is_some_and(|t| {
        let info = t.info();
        t.kind == Kind::Word
            && (t.is_capitalized(text)
                || info.function == Some(Function::Determiner)
                || group(i)
                || group(i + 1)
                || OBJECT_FORMS.contains(&t.text(text)))
    }) && (i..(i + MAX_HEARER).min(tokens.len())).any(|j| word_eq(tokens, j, text, "that"))
}

/// Whether token `i` is a pronoun that can only be a subject (`explained they would`, never
/// `explained the rules`): what lets a verb that otherwise needs `that` report a clause.
fn subject_pronoun(tokens: &[Token], i: usize, text: &str) -> bool {
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
fn that_noun_clause(tokens: &[Token], c: usize, text: &str) -> bool {
    let noun = |k: usize| tokens.get(k).is_some_and(|t| rules::plain_word(t, text));
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
fn introduces_quote(tokens: &[Token], from: usize, stop: usize, text: &str) -> bool {
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
/// it has enough words and does not start with a quotation; returns where it ended.
/// `framed`: the clause is the rest of a sentence a source phrase opened, so it is read
/// as the report even when a preposition opens it.
#[allow(clippy::too_many_arguments)]
fn push(
    out: &mut Vec<Reported>,
    text: &str,
    tokens: &[Token],
    rule: &str,
    mention: Mention,
    cue: Range<usize>,
    from: usize,
    stop: usize,
    framed: bool,
) -> usize {
    if from >= stop || tokens[from].quote().is_some() || tokens[from].kind != Kind::Word {
        return from;
    }
    // `said in an interview: "Q"`: the verb introduces a direct quote, not a report.
    if introduces_quote(tokens, from, stop, text) {
        return from;
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
        return from;
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
            && mention::word(tokens, end + 1, text).is_some_and(|w| MODALS.contains(&w));
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
        return from;
    }
    let content = tokens[from].span.start..tokens[end - 1].span.end;
    out.push(Reported {
        rule: rules::rule(rule),
        mention,
        cue,
        content,
        verbatim: false,
    });
    end
}

//! Token tests the attribution rules share: speech verbs and their particles, nouns that
//! look like verbs, and the words that may stand between a quotation and its tag
//! (adverbs, appositions, affiliations).

use super::*;

pub(super) fn word<'a>(c: &Ctx<'a>, i: usize) -> Option<&'a str> {
    c.tokens
        .get(i)
        .filter(|t| t.kind == Kind::Word)
        .map(|t| t.text(c.text))
}

/// The lemma of the phrasal speech verb whose head is token `i` and whose particle comes
/// right after it (`broke in`, `put in`).
pub(crate) fn phrasal_at(tokens: &[Token], i: usize, text: &str) -> Option<&'static str> {
    particle_after(tokens[i].info().phrasal?, tokens, i, text)
}

/// The lemma of the phrasal verb whose head, at token `i`, takes `particles`, when one of
/// them comes right after it.
#[inline]
pub(super) fn particle_after(
    particles: &'static [(&'static str, &'static str)],
    tokens: &[Token],
    i: usize,
    text: &str,
) -> Option<&'static str> {
    let next = tokens
        .get(i + 1)
        .filter(|n| n.kind == Kind::Word)?
        .text(text);
    particles
        .iter()
        .find(|(particle, _)| *particle == next)
        .map(|&(_, lemma)| lemma)
}

/// The speech verb at token `i`, if any.
#[inline]
pub(crate) fn verb_at(tokens: &[Token], i: usize, text: &str) -> Option<(&'static str, VerbKind)> {
    let t = tokens.get(i).filter(|t| t.kind == Kind::Word)?;
    let info = t.info();
    // `pointed out`, `shot back`: a phrasal verb is a cue with its particle. (`put in` is
    // one though `put` alone is a verb too, of `as she put it`.)
    if let Some(lemma) = info
        .phrasal
        .and_then(|p| particle_after(p, tokens, i, text))
    {
        return Some((lemma, VerbKind::Say));
    }
    let verb = info.verb?;
    // `the United States`, `Consumer Reports`: a verb form that is also a plural noun,
    // capitalized after a capitalized word, is part of a name. (`Clinton Says` in a
    // title-case headline stays a verb.)
    if !t.is_capitalized() {
        return (!noun_after_determiner(tokens, i, text)).then_some(verb);
    }
    let in_name = i > 0
        && tokens[i - 1].is_capitalized()
        && tokens[i - 1].info().pronoun.is_none()
        && NOUN_FORMS
            .iter()
            .any(|n| t.text(text).eq_ignore_ascii_case(n));
    (!in_name).then_some(verb)
}

/// `in her opening remarks`, `the comments`: a plural that is seldom a news verb, after a
/// determiner or after a determiner and a modifier, is the noun. (`states`, `claims`,
/// `notes` and `reports` stay verbs after a modifier: `the bill states that`.) Any speech
/// verb form right after an article is a noun: an article never comes before a verb; and
/// so is a plural before a participle and `by` (`reports obtained by the paper`).
pub(super) fn noun_after_determiner(tokens: &[Token], i: usize, text: &str) -> bool {
    // Right after an article, any form is the noun: `in a note to clients`, `the claims`.
    let article = |k: usize| mention::is_article(tokens[k].text(text));
    if i >= 1 && article(i - 1) {
        return true;
    }
    if owned(tokens, i, text) {
        return true;
    }
    // `described that claim as`, `disputed these reports`: after a verb, a demonstrative
    // determines the verb's object, or `that` opens a clause whose subject follows;
    // either way the form after it is a noun. (`a statement that said`: after a noun,
    // `that` is a relative pronoun and a verb follows.)
    if i >= 2
        && DEMONSTRATIVES.contains(&tokens[i - 1].text(text))
        && verb_form(&tokens[i - 2], text)
    {
        return true;
    }
    let w = tokens[i].text(text);
    // `Internal reports obtained by the paper show`: a plural followed by a participle
    // and its `by` is the noun the participle describes.
    let by_after = |k: usize| {
        tokens
            .get(k)
            .is_some_and(|t| t.kind == Kind::Word && mention::participle_form(t.text(text)))
            && tokens.get(k + 1).is_some_and(|t| t.text(text) == "by")
    };
    if NOUN_FORMS.contains(&w) && by_after(i + 1) {
        return true;
    }
    if !NOUN_PLURALS.contains(&w) {
        return false;
    }
    let determiner = |k: usize| tokens[k].info().function == Some(Function::Determiner);
    // The modifier between is no noun that could be a subject (`the company comments`).
    let modifier = |k: usize| {
        let info = tokens[k].info();
        plain_word(&tokens[k]) && !(info.role || info.title || info.org || info.group)
    };
    i >= 1 && determiner(i - 1) || i >= 2 && modifier(i - 1) && determiner(i - 2)
}

/// `her reply`, `in their answer`, `Her curt reply was`: whether the speech verb form at
/// `i` is a noun, what someone said, after a possessive determiner. Right after it, any
/// form is: a determiner never comes before a verb. After adjectives too, only a noun for
/// something said (`reply`, `retort`), the adjectives no plurals: `His critics reply` and
/// `her aides say` have a subject before the verb. But `his` stands alone after `of` (`a
/// friend of his said`), and `her` is an object after a verb (`the man who hired her
/// said`), so `her` counts only opening its sentence or after a preposition or
/// conjunction. A gerund keeps its verb, whose speaker the possessive names (`his
/// muttering acknowledgment`).
pub(super) fn owned(tokens: &[Token], i: usize, text: &str) -> bool {
    if tokens[i].text(text).ends_with("ing") {
        return false;
    }
    let mut p = i;
    while p > 0 && i - p < MAX_NOUN_MODIFIERS && plain_word(&tokens[p - 1]) {
        p -= 1;
    }
    let Some(d) = p.checked_sub(1) else {
        return false;
    };
    let w = tokens[d].text(text);
    let Some(det) = lexicon::POSSESSIVE_DETERMINERS
        .iter()
        .find(|p| w.eq_ignore_ascii_case(p))
    else {
        return false;
    };
    let before = d
        .checked_sub(1)
        .filter(|_| !crate::token::opens_sentence(tokens, d))
        .map(|b| &tokens[b]);
    let determines = match *det {
        "his" => !before.is_some_and(|b| b.text(text) == "of"),
        "her" => match before {
            None => true,
            Some(b) => b.info().function == Some(Function::Stop),
        },
        _ => true,
    };
    // (`her nervous reply`: `-ss` and `-us` end adjectives and singulars, not plurals.)
    let plural = |w: &str| w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us");
    let adjectives = || {
        (p..i).all(|k| !plural(tokens[k].text(text)))
            && lexicon::is_utterance_noun(tokens[i].text(text))
    };
    determines && (p == i || adjectives())
}

/// Demonstratives that may determine a noun (`that claim`) as well as stand alone.
pub(super) const DEMONSTRATIVES: &[&str] = &["that", "this", "these", "those"];

/// Whether `t` is a verb: one of the speech-verb table, or a lower-case past form in
/// `-ed` of any verb (`described`, `rejected`, `denied`).
pub(super) fn verb_form(t: &Token, text: &str) -> bool {
    let w = t.text(text);
    t.kind == Kind::Word
        && (t.info().verb.is_some()
            || w.len() > 4 && w.ends_with("ed") && w.bytes().all(|b| b.is_ascii_lowercase()))
}

/// A lower-case word the lexicon gives no function, verb or pronoun: an adjective or a
/// noun (`food`, `waste`, `opening`).
pub(crate) fn plain_word(t: &Token) -> bool {
    let info = t.info();
    t.kind == Kind::Word
        && !t.is_capitalized()
        && info.function.is_none()
        && info.pronoun.is_none()
        && info.verb.is_none()
}

/// A word of a noun phrase before its head or after its preposition: a [`plain_word`] or
/// a determiner (`the`, `union`, `new`).
pub(crate) fn modifier_word(t: &Token) -> bool {
    plain_word(t) || t.kind == Kind::Word && t.info().function == Some(Function::Determiner)
}

/// Speech verb forms [`noun_after_determiner`] reads as nouns after a determiner.
pub(super) const NOUN_PLURALS: &[&str] = &[
    "remarks", "comments", "answers", "replies", "charges", "demands", "promises", "calls",
];

/// Forms of `be` that make a following participle passive (`was told`, `is said to`).
pub(crate) const BE_FORMS: &[&str] = &["was", "were", "is", "are", "be", "been"];

/// Relative pronouns that may be the subject of a speech verb right after them (`a message
/// that said`, `a sign which read`).
pub(crate) const RELATIVE_SUBJECTS: &[&str] = &["that", "which"];

/// Speech verb forms that are also plural nouns, and so may end a name (`United States`,
/// `Consumer Reports`, `Small Claims Court`).
pub(super) const NOUN_FORMS: &[&str] = &[
    "states", "reports", "notes", "claims", "remarks", "comments", "answers", "replies", "charges",
    "calls", "demands", "promises",
];

pub(super) fn verb(c: &Ctx, i: usize) -> Option<(&'static str, VerbKind)> {
    verb_at(c.tokens, i, c.text)
}

/// Skips words that may stand between a speaker and the verb (`has also`, `at last`),
/// forward.
pub(crate) fn skip_between(tokens: &[Token], mut i: usize, text: &str) -> usize {
    loop {
        if tokens.get(i).is_some_and(|t| between_word(t, text)) {
            i += 1;
        } else if i < tokens.len() && at_adverbial(tokens, i, text) {
            i += 2;
        } else {
            return i;
        }
    }
}

/// A word that may stand between a speaker and the verb: an auxiliary or adverb from the
/// table (`has also`), or a manner adverb in `-ly` (`jokingly`, `emphatically`).
pub(crate) fn between_word(t: &Token, text: &str) -> bool {
    t.kind == Kind::Word
        && (t.info().function == Some(Function::Between) || manner_adverb(t.text(text)))
}

/// `jokingly`, `emphatically`: a lower-case word of six letters or more in `-ly` that is no
/// noun the table knows (`family`, `assembly`), or a short adverb of [`SHORT_ADVERBS`].
pub(crate) fn manner_adverb(w: &str) -> bool {
    let long_ly = w.len() >= 6
        && w.ends_with("ly")
        && w.bytes().all(|b| b.is_ascii_lowercase())
        && !LY_NOUNS.contains(&w);
    long_ly || SHORT_ADVERBS.contains(&w)
}

/// Adverbs shorter than six letters that close a speech-verb clause after its speaker
/// (`said the Coroner dryly`, `said the Nawab Bahadur quite calmly`). Short words in `-ly`
/// are listed, not guessed: many are nouns (`belly`, `rally`, `bully`).
pub(super) const SHORT_ADVERBS: &[&str] = &[
    "dryly", "drily", "shyly", "wryly", "slyly", "coyly", "sadly", "badly", "gaily", "madly",
    "quite", "again", "aloud",
];

/// Nouns and adjectives in `-ly` that can end a subject: `the family said`.
pub(super) const LY_NOUNS: &[&str] = &[
    "family",
    "assembly",
    "supply",
    "monopoly",
    "anomaly",
    "butterfly",
    "elderly",
    "friendly",
    "weekly",
    "monthly",
    "quarterly",
    "daily",
    "bully",
    "melancholy",
];

/// Whether `at` and a word of [`AT_ADVERBS`] stand at `k` (`at length`, `at last`): an
/// adverbial of time between a subject and its verb, no place the subject is at.
#[inline]
pub(super) fn at_adverbial(tokens: &[Token], k: usize, text: &str) -> bool {
    // The length first: most words asked are not `at`, and it is one compare.
    tokens[k].span.len() == 2
        && tokens[k].text(text) == "at"
        && tokens
            .get(k + 1)
            .is_some_and(|t| t.kind == Kind::Word && AT_ADVERBS.contains(&t.text(text)))
}

/// Words that make an adverbial of time after `at` ([`at_adverbial`]).
pub(super) const AT_ADVERBS: &[&str] = &["length", "last", "once", "first"];

/// Steps back over `has also` before a verb at `v`; returns the end of the subject.
pub(super) fn between_back(c: &Ctx, v: usize) -> usize {
    skip_between_back(c.tokens, 0, v, c.text)
}

/// Steps back from a verb at `v` over `has also` and the like, no further than `start`;
/// returns where the subject ends.
pub(crate) fn skip_between_back(tokens: &[Token], start: usize, v: usize, text: &str) -> usize {
    let mut i = v;
    let day =
        |k: usize| tokens[k].kind == Kind::Word && crate::lexicon::is_day(tokens[k].text(text));
    loop {
        // `her nephew at length pointed out`, `the clerk at last replied`.
        if i >= start + 2 && at_adverbial(tokens, i - 2, text) {
            i -= 2;
            continue;
        }
        // `Critics, though, say`, `Ruiz, for example, said`: an adverbial set off by
        // commas.
        if let Some(n) = comma_aside(tokens, start, i, text) {
            i -= n + 2;
            continue;
        }
        // `Ruiz last week called`, `the minister earlier this year said`.
        if i >= start + 2 && crate::indirect::period_from_now(tokens, i - 2, text) {
            i -= 2;
            continue;
        }
        // `Officials on Sept. 12 said`, `Ruiz May 5 told`.
        if let Some(d) = mention::date_before(tokens, start, i, text) {
            i = d;
            continue;
        }
        // `the duchess with mock sadness said`, `Ortiz with a grin replied`.
        if let Some(w) = with_adverbial(tokens, start, i, text) {
            i = w;
            continue;
        }
        // Days too: `Priebus later Thursday told`, `Trudeau on Tuesday called`.
        let between = i > start
            && (between_word(&tokens[i - 1], text)
                || day(i - 1)
                || i < v && tokens[i - 1].text(text) == "on" && day(i));
        // `A voice from within answered`: after a preposition, the word is its object, no
        // adverb before the verb.
        // (Asked only of a word that could be passed.)
        let object = || {
            i >= start + 2 && !day(i - 1) && {
                let p = &tokens[i - 2];
                p.kind == Kind::Word
                    && p.info().function == Some(Function::Stop)
                    && !mention::OPENING_CONJUNCTIONS.contains(&p.text(text))
            }
        };
        // `Theresa May said`, `Ms. May said`
        if !between
            || object()
            || mention::surname_after_first_name(tokens, i - 1, tokens[i - 1].info(), text)
        {
            return i;
        }
        i -= 1;
    }
}

/// Adverbials that stand set off by commas between a subject and its verb, though
/// elsewhere they open or close a clause (`though`), are read as a modifier (`too`) or
/// hold a preposition a subject reader stops at (`for example`).
const COMMA_ADVERBIALS: &[&[&str]] = &[
    &["though"],
    &["too"],
    &["instead"],
    &["also"],
    &["however"],
    &["meanwhile"],
    &["for", "example"],
    &["for", "instance"],
    &["in", "turn"],
    &["in", "fact"],
    &["of", "course"],
    &["by", "contrast"],
    &["in", "contrast"],
    &["for", "his", "part"],
    &["for", "her", "part"],
    &["for", "its", "part"],
    &["for", "their", "part"],
];

/// How many words the adverbial of [`COMMA_ADVERBIALS`] has that stands between commas
/// right before token `i`, no further back than `start`.
fn comma_aside(tokens: &[Token], start: usize, i: usize, text: &str) -> Option<usize> {
    if i < start + 3 || !tokens[i - 1].is_punct(',') {
        return None;
    }
    let found = COMMA_ADVERBIALS.iter().find(|a| {
        let n = a.len();
        i >= start + n + 2
            && tokens[i - n - 2].is_punct(',')
            && a.iter().enumerate().all(|(j, w)| {
                let t = &tokens[i - n - 1 + j];
                t.kind == Kind::Word && t.text(text) == *w
            })
    });
    found.map(|a| a.len())
}

/// Words of time that may close an inverted speaker's clause after the speaker (`said her
/// ladyship soon afterwards`): no part of the phrase.
pub(super) const TIME_CLOSERS: &[&str] =
    &["afterwards", "afterward", "soon", "then", "now", "once"];

/// Nouns for a way of speaking, which a phrase after an inverted speaker ends in when it
/// tells how they spoke (`said the porter in a gruff manner`, `in a low voice`), not who
/// they are (`said the voice in the hall`).
pub(super) const MANNER_NOUNS: &[&str] = &[
    "manner",
    "tone",
    "tones",
    "voice",
    "whisper",
    "undertone",
    "way",
    "fashion",
    "murmur",
    "accent",
];

/// Words whose phrase `to` completes, inside a description (`a voice close to his ear`):
/// the `to` after them names no one spoken to.
pub(super) const COMPLETED_BY_TO: &[&str] = &[
    "close", "closer", "next", "near", "nearer", "due", "owing", "opposite", "kind", "cruel",
];

/// Where an inverted speaker read from token `start` up to token `end` stops short of
/// what closes its clause: adverbs of manner ([`manner_adverb`]: `said the stranger
/// humbly`) and words of time ([`TIME_CLOSERS`]: `said her ladyship soon afterwards`), a
/// phrase of manner that `with` opens ([`with_adverbial`]: `answered the duchess with mock
/// sadness`) or `in` ([`MANNER_NOUNS`]: `in a gruff manner`), or the one spoken to (`said
/// a heron to a crab`; not where `to` completes a word, [`COMPLETED_BY_TO`]). (A role is
/// read before this, up to its `to`: `said the adviser to the mayor` is the adviser.)
pub(super) fn inverted_speaker_end(
    tokens: &[Token],
    start: usize,
    end: usize,
    text: &str,
) -> usize {
    let w = |k: usize| tokens[k].text(text);
    let mut end = end;
    while end > start + 2 && (manner_adverb(w(end - 1)) || TIME_CLOSERS.contains(&w(end - 1))) {
        end -= 1;
    }
    if let Some(with) = with_adverbial(tokens, start, end, text) {
        end = with;
    }
    let last = end - 1;
    // (The preposition after a determiner and a noun at least.)
    let prep = (start + 2..last)
        .rev()
        .find(|&k| matches!(w(k), "in" | "to"));
    match prep {
        Some(k) if w(k) == "in" && MANNER_NOUNS.contains(&w(last)) => k,
        Some(k)
            if w(k) == "to"
                && !COMPLETED_BY_TO.contains(&w(k - 1))
                && tokens.get(k + 1).is_some_and(|t| {
                    t.info().function == Some(Function::Determiner)
                        || lexicon::object_pronoun(t.text(text)).is_some()
                }) =>
        {
            k
        }
        _ => end,
    }
}

/// Where a phrase of manner or company that `with` opens, and that ends right before
/// token `i`, begins (`the duchess with mock sadness said`, `Ortiz with a grin replied`,
/// `a man with a dog told`), when a subject stands before it: lower-case words that name
/// no body, person or group. With one (`an analyst with the bank said`, `a nurse with
/// Doctors Without Borders said`) the phrase is the subject's affiliation, which the
/// mention reader keeps.
pub(super) fn with_adverbial(
    tokens: &[Token],
    start: usize,
    i: usize,
    text: &str,
) -> Option<usize> {
    let lo = i.saturating_sub(MAX_WITH_PHRASE + 1).max(start + 1);
    let with = (lo..i)
        .rev()
        .take_while(|&k| tokens[k].kind == Kind::Word)
        .find(|&k| tokens[k].span.len() == 4 && tokens[k].text(text) == "with")?;
    // (`people familiar with the talks said`: the phrase completes an adjective that
    // tells who they are.)
    let manner = with + 1 < i
        && tokens[with - 1].kind == Kind::Word
        && !mention::POST_MODIFIERS.contains(&tokens[with - 1].text(text))
        && (with + 1..i).all(|k| {
            let info = tokens[k].info();
            // (A determiner only right after `with`: in `with diffidence that the other
            // said`, `that` opens a clause whose subject is after it.)
            let determiner = k == with + 1 && info.function == Some(Function::Determiner);
            !mention::may_be_party(&tokens[k])
                && info.pronoun.is_none()
                && (info.function.is_none() || determiner)
        });
    manner.then_some(with)
}

/// Most words after `with` that [`with_adverbial`] reads.
pub(super) const MAX_WITH_PHRASE: usize = 4;

/// After a mention ending at `i`, steps over an apposition or relative clause set off by
/// commas (`Ortiz, 58, said`; `Ortiz, who lives nearby, said`; `Schuh, the company's
/// founder, said`). Callers check that a speech verb follows, which is what makes the
/// stretch between the commas an apposition rather than a list.
pub(crate) fn skip_apposition(tokens: &[Token], i: usize, text: &str) -> usize {
    let i = skip_affiliation(tokens, mention::skip_parenthesis(tokens, i), text);
    if !tokens.get(i).is_some_and(|t| t.is_punct(',')) {
        return i;
    }
    for (k, t) in tokens
        .iter()
        .enumerate()
        .take(i + MAX_APPOSITION)
        .skip(i + 1)
    {
        match t.kind {
            Kind::Punct(',') => return k + 1,
            // `McConnell, R-Ky., said`: a period before the closing comma is an abbreviation's.
            Kind::Punct('.') if tokens.get(k + 1).is_some_and(|n| n.is_punct(',')) => {}
            // `the mayor's nephew, Marta "Tia" Ruiz, said`: a nickname is part of the name;
            // `Ana Ruiz, wearing a "Vote Yes" pin, said`: a short term in marks is part of
            // the phrase.
            Kind::Quote(_) if mention::quoted_term(tokens, k, text) => {}
            Kind::Punct('.' | ';' | ':' | '?' | '!') | Kind::Quote(_) | Kind::Break => return i,
            _ => {}
        }
    }
    i
}

/// Steps over an affiliation after a name: `Jingyi Pan of IG said`, `Ana Ruiz at the
/// Fraser Institute said`, `a spokesman for Metrolinx said`: a preposition, perhaps `the`,
/// then capitalized words.
pub(super) fn skip_affiliation(tokens: &[Token], i: usize, text: &str) -> usize {
    let is = |k: usize, ws: &[&str]| {
        tokens
            .get(k)
            .is_some_and(|t| t.kind == Kind::Word && ws.contains(&t.text(text)))
    };
    if !is(i, mention::AFFILIATIONS) {
        return i;
    }
    // `the mother of two said`: a count of children tells of the person, like an age.
    // (`one` to `three` are in the lexicon as determiners, not as counts.)
    let count = tokens.get(i + 1).is_some_and(|t| {
        let w = t.text(text);
        t.kind == Kind::Word
            && (t.info().number
                || matches!(w, "one" | "two" | "three")
                || w.bytes().all(|b| b.is_ascii_digit()))
    });
    if is(i, &["of"]) && count {
        return i + 2;
    }
    let mut k = i + 1;
    if is(k, &["the"]) {
        k += 1;
    }
    let first = k;
    while k < first + 6 && tokens.get(k).is_some_and(|t| t.is_capitalized()) {
        k += 1;
    }
    if k == first {
        i
    } else {
        k
    }
}

/// Longest apposition [`skip_apposition`] steps over, in tokens.
pub(super) const MAX_APPOSITION: usize = 24;

//! Passes over a document's quotes once each has its speaker: the first-person
//! narrator's name, one gender per person, the answer that gives its speaker's name, and
//! the capitalized epithets that named someone only later.

use super::*;

/// Turns a first-person narrator must take (`"Q," I said.`) before the document is read
/// as narrated in the first person.
pub(super) const MIN_NARRATOR_TURNS: usize = 10;

/// Prepositions that open a sentence with the title of a show or work, in marks, before
/// its subject: `On "Face the Facts," Ruiz named ...`, `In "The Long Road," she wrote ...`.
pub(super) const OPENING_PREPOSITIONS: &[&str] = &["On", "In", "During", "After"];

/// How many turns before or after an `I` turn a vocative may be to count as addressed to
/// the narrator.
pub(super) const NARRATOR_REACH: usize = 2;

/// Votes a name needs, as the way others address the narrator, to become the narrator's.
pub(super) const MIN_NARRATOR_VOTES: u32 = 3;

/// First-person fiction: the narrator speaks as `I`, and the other characters address the
/// narrator by name in the turns next to theirs (`"Hello, Jake," he said.`). When a document
/// has enough `I` turns and one name clearly leads among the vocatives of the turns around
/// them (at least three votes, twice the next), the `I` turns get that name. A name the
/// narration gives as a speaker (`said Tom`) is another character's, so it gets no votes.
pub(super) fn name_the_narrator(out: &mut [Quote<'_>]) {
    let is_i = |q: &Quote<'_>| {
        q.kind != QuoteKind::Indirect && q.speaker.as_ref().is_some_and(|s| s.name == "I")
    };
    if out.iter().filter(|q| is_i(q)).count() < MIN_NARRATOR_TURNS {
        return;
    }
    let turns: Vec<usize> = (0..out.len())
        .filter(|&k| out[k].kind != QuoteKind::Indirect)
        .collect();
    // Hash tables, so that a document of many turns and names stays linear.
    let mut counts: FxHashMap<&str, u32> = FxHashMap::default();
    // How often each name was called with an honorific of each gender (`Mr. Hale`): the
    // narrator's gender, when it is the name chosen and the honorifics agree.
    let mut honorifics: FxHashMap<&str, [u32; 2]> = FxHashMap::default();
    for (n, &k) in turns.iter().enumerate() {
        let near = (n.saturating_sub(NARRATOR_REACH)..n).any(|p| is_i(&out[turns[p]]))
            || (n + 1..(n + 1 + NARRATOR_REACH).min(turns.len())).any(|f| is_i(&out[turns[f]]));
        if is_i(&out[k]) || !near {
            continue;
        }
        for v in vocatives(out[k].text) {
            *counts.entry(v.name).or_default() += 1;
            let told = match v.gender {
                Some(Gender::Male) => 0,
                Some(Gender::Female) => 1,
                _ => continue,
            };
            honorifics.entry(v.name).or_default()[told] += 1;
        }
    }
    // The narrator is never named as a speaker in the narration: a name that a quote's own
    // sentence gives as its speaker (`said Potapitch`) is someone else's.
    let mut speaker_words: FxHashMap<&str, ()> = FxHashMap::default();
    for q in out.iter() {
        let local = q
            .rule
            .is_some_and(|r| matches!(rules::rule(r).matcher, rules::Matcher::Local(_)));
        if let Some(s) = q.speaker.as_ref().filter(|_| local) {
            for w in s.mention.split_whitespace() {
                speaker_words.insert(w, ());
            }
        }
    }
    let mut votes: Vec<(&str, u32)> = counts
        .into_iter()
        .filter(|(v, _)| !v.split(' ').any(|p| speaker_words.contains_key(p)))
        .collect();
    votes.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let Some(&(name, top)) = votes.first() else {
        return;
    };
    let second = votes.get(1).map_or(0, |v| v.1);
    if top < MIN_NARRATOR_VOTES || top < 2 * second {
        return;
    }
    // Failing an honorific, a given name borne by one sex tells it (`Jake`).
    let given = lexicon::one_sex_given(name.split(' ').next().unwrap_or(name));
    let gender = match honorifics.get(name) {
        Some(&[m, 0]) if m > 0 => Some(Gender::Male),
        Some(&[0, f]) if f > 0 => Some(Gender::Female),
        Some(_) => None,
        None => given,
    };
    let name = name.to_string();
    for &k in &turns {
        if is_i(&out[k]) {
            if let Some(s) = out[k].speaker.as_mut() {
                s.name = Cow::Owned(name.clone());
                s.gender = s.gender.or(gender);
            }
        }
    }
}

/// One person has one gender. A speaker's gender is read when the quote is built, from
/// its own mention and what the document has told of the name by then; a reported clause
/// is built before the quotes after it are read, and a name's `he said` may have been
/// read by a rule of its own. So a speaker named the way other quotes of the document
/// name theirs takes the gender those give, when they all give the same one: a name's
/// quote that told it, or two of its `he` or `she` quotes (one may be a pronoun read to
/// the wrong person). (Only a capitalized name: `statement` or `office` is no one, and
/// `He` left unresolved is anyone.)
pub(super) fn share_genders(out: &mut [Quote<'_>]) {
    struct Votes {
        gender: Option<Gender>,
        by_name: bool,
        by_pronoun: u32,
    }
    let mut told: FxHashMap<&str, Votes> = FxHashMap::default();
    for s in out.iter().filter_map(|q| q.speaker.as_ref()) {
        let named =
            s.name.starts_with(char::is_uppercase) && lexicon::lookup(&s.name).pronoun.is_none();
        let (Some(g), true) = (s.gender, named) else {
            continue;
        };
        let pronoun = lexicon::lookup(s.mention).pronoun.is_some();
        let v = told.entry(&s.name).or_insert(Votes {
            gender: Some(g),
            by_name: false,
            by_pronoun: 0,
        });
        // `None` once two quotes disagree.
        v.gender = v.gender.filter(|&h| h == g);
        v.by_name |= !pronoun;
        v.by_pronoun += u32::from(pronoun);
    }
    if told.is_empty() {
        return;
    }
    let shared: Vec<Option<Gender>> = out
        .iter()
        .map(|q| {
            let s = q.speaker.as_ref().filter(|s| s.gender.is_none())?;
            let v = told.get(s.name.as_ref())?;
            v.gender.filter(|_| v.by_name || v.by_pronoun >= 2)
        })
        .collect();
    for (q, g) in out.iter_mut().zip(shared) {
        if let (Some(s), Some(g)) = (q.speaker.as_mut(), g) {
            s.gender = Some(g);
            // (Whoever has a gender is a person, as `speaker_kind` reads it.)
            s.kind = s.kind.or(Some(crate::SpeakerKind::Person));
        }
    }
}

/// What a question asking the one spoken to for their name says (`What is your name?`,
/// `Who are you?`), in lower case.
pub(super) const NAME_QUESTIONS: &[&str] = &[
    "your name",
    "who are you",
    "what are you called",
    "what do they call you",
];

/// Words before the name an answer gives as its own (`I'm Ruth Baker`), in lower case,
/// with straight and curly apostrophes.
pub(super) const SELF_INTRODUCTIONS: &[&str] = &[
    "my name is ",
    "my name's ",
    "my name\u{2019}s ",
    "they call me ",
    "call me ",
    "i am ",
    "i'm ",
    "i\u{2019}m ",
    "it is ",
    "it's ",
    "it\u{2019}s ",
];

/// Whether `quote` asks the one spoken to for their name: a [`NAME_QUESTIONS`] phrase in
/// a sentence that ends in a question mark (`Then your name will die out.` asks nothing).
pub(super) fn asks_name(quote: &str) -> bool {
    let bytes = quote.as_bytes();
    NAME_QUESTIONS.iter().any(|p| {
        bytes
            .windows(p.len())
            .enumerate()
            .filter(|(_, w)| w.eq_ignore_ascii_case(p.as_bytes()))
            .any(|(i, _)| {
                bytes[i..]
                    .iter()
                    .find(|b| matches!(b, b'?' | b'.' | b'!'))
                    .is_some_and(|&b| b == b'?')
            })
    })
}

/// Where a name an answer gives lies in it: byte offsets of the whole name, and of where
/// it starts past an honorific.
pub(super) struct GivenName {
    pub(super) start: usize,
    pub(super) bare: usize,
    pub(super) end: usize,
}

/// The name `answer` opens with, or gives after a [`SELF_INTRODUCTIONS`] phrase (`Ruth
/// Baker.`, `I'm Mrs. Dale,`), and the gender its honorific or given name tells: an
/// honorific and a name, or a known given name and the capitalized words after it. None
/// when the words are no sure name, or are asked back (`Ruth Baker?`).
pub(super) fn given_name(answer: &str) -> Option<(GivenName, Option<Gender>)> {
    let start = SELF_INTRODUCTIONS
        .iter()
        .find(|p| {
            answer
                .get(..p.len())
                .is_some_and(|h| h.eq_ignore_ascii_case(p))
        })
        .map_or(0, |p| p.len());
    let rest = &answer[start..];
    let (named, mut gender) = after_honorific(rest);
    let bare = start + rest.len() - named.len();
    let mut end = bare;
    let mut at = bare;
    for w in named.split(' ') {
        let word = w.trim_end_matches([',', '.', '!', ';']);
        if w.ends_with('?') {
            return None;
        }
        let name_like = word.starts_with(|c: char| c.is_uppercase())
            && word
                .chars()
                .all(|c| c.is_alphabetic() || c == '\'' || c == '-');
        if !name_like {
            break;
        }
        if end == start {
            // No honorific: the first word must be a given name.
            gender = Some(lexicon::lookup(word).given?);
        }
        end = at + word.len();
        at += w.len() + 1;
        if word.len() < w.len() {
            // `Harry, did you say ...?`: a name and a comma before more words calls the
            // one spoken to; it gives no name of one's own.
            let calls = start == 0
                && w.ends_with(',')
                && answer.get(at..).is_some_and(|rest| !rest.trim().is_empty());
            if calls {
                return None;
            }
            break;
        }
    }
    (end > bare).then_some((GivenName { start, bare, end }, gender))
}

/// The names a quotation calls people by ([`vocatives`]).
pub(super) struct Addressed<'a>(pub(super) Vec<Vocative<'a>>);

impl Addressed<'_> {
    /// Whether the quotation calls `name`, by an honorific of the gender `name` may have
    /// (`Mr. Elliot` calls William Elliot, not Anne Elliot): every word called is one of
    /// the name's (`Maud` calls Maud Lane), or every word of the name is called (`Tom
    /// Lane` calls the man known as `Mr. Lane`, unless its given name is of the other
    /// gender). `Ann Lane` does not call `Tom Lane`.
    pub(super) fn calls(&self, name: &str, resolver: &crate::resolve::Resolver<'_, '_>) -> bool {
        self.0.iter().any(|v| {
            let called = |w: &str| v.name.split(' ').any(|c| c == w);
            let every_name_word = || {
                let given = v.name.split(' ').next().map(|w| lexicon::lookup(w).given);
                name.split_whitespace()
                    .filter(|w| lexicon::lookup(w).honorific.is_none())
                    .all(called)
                    && resolver.agrees(name, given.flatten())
            };
            (answers_to(name, v.name) || every_name_word()) && resolver.agrees(name, v.gender)
        })
    }
}

/// Most quotes after a tagged one that [`Document::addressed_in_speech`] reads as the same
/// speech: a paragraph of one speaker seldom breaks its words more often.
pub(super) const MAX_SPEECH_QUOTES: usize = 4;

/// The context rules that only guess that a new paragraph is a new turn, which a turn
/// named later overrules.
pub(super) const GUESSED_TURNS: [&str; 4] = [
    "paragraph-continuation",
    "dialogue-alternation",
    "narrated-partner",
    "named-partner",
];

/// Renames the speakers that a capitalized description stood for before the document
/// showed whose epithet it is. `the Peddler` is a character of its own until it has answered
/// to `Crane` often enough; once it has, the turns it spoke before, and the turns that
/// inherited them, were Crane's too. Only the unresolved form is renamed: a description the
/// resolver already gave to someone else keeps that reading.
pub(super) fn late_epithets<'a>(
    attrs: &mut [Option<Attribution<'a>>],
    resolver: &crate::resolve::Resolver<'a, '_>,
) {
    // By name, so that a document with many epithets costs one lookup per quote.
    let mut renames: crate::hash::FxHashMap<Cow<'a, str>, Cow<'a, str>> = Default::default();
    for a in attrs.iter().flatten() {
        if !explicit(a) || renames.contains_key(&a.name) {
            continue;
        }
        if let Some(person) = resolver.late_epithet(&a.mention, &a.name) {
            renames.insert(a.name.clone(), person);
        }
    }
    if renames.is_empty() {
        return;
    }
    for a in attrs.iter_mut().flatten() {
        if let Some(person) = renames.get(&a.name) {
            a.name = person.clone();
        }
    }
}

/// Most quotes a reading that renames a speaker reaches from the turn that shows the name
/// ([`Document::named_at_last`], [`Document::called_back`]): an exchange seldom runs
/// longer, and the bound keeps each such reading's cost fixed.
pub(super) const MAX_RENAMED_RUN: usize = 60;

impl<'a> Document<'a, '_> {
    /// `"Who are you?"¶"Mrs. Dale," she said.`: the woman whose tag read `she` or `the
    /// woman`, and whom the resolver took for someone else (`stood_for`), gave her name in
    /// quote `q`. Her earlier turns in the same exchange were read as `stood_for` too, so
    /// they are hers. Any tag of their own but a description (a name, `he` or `she`) is
    /// evidence on its own, and only the answer may have been misread: the walk back stops
    /// there, and at a scene's break (a gap of more than one paragraph between quotes).
    pub(super) fn named_at_last(
        &self,
        q: usize,
        stood_for: &str,
        attrs: &mut [Option<Attribution<'a>>],
    ) {
        let Some(named) = attrs[q].clone() else {
            return;
        };
        if named.name == stood_for {
            return;
        }
        let mut theirs = Vec::new();
        for k in (q.saturating_sub(MAX_RENAMED_RUN)..q).rev() {
            if self.para(self.qtok[k + 1]) > self.para(self.qtok[k]) + 2 {
                break;
            }
            let Some(a) = &attrs[k] else { continue };
            if a.name != stood_for {
                continue;
            }
            if explicit(a) && a.mention.kind != MentionKind::Role {
                return;
            }
            theirs.push(k);
        }
        for k in theirs {
            attrs[k] = Some(inherit("self-named-back", &named));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Speaker, SpeakerKind};

    fn quote<'a>(mention: &'a str, gender: Option<Gender>, kind: Option<SpeakerKind>) -> Quote<'a> {
        Quote {
            text: "We stay.",
            span: 0..8,
            kind: QuoteKind::Direct,
            speaker: Some(Speaker {
                mention,
                span: 0..mention.len(),
                name: Cow::Borrowed("Zorv Talmin"),
                gender,
                kind,
            }),
            cue: None,
            rule: None,
            confidence: 0.0,
        }
    }

    #[test]
    fn a_speaker_given_a_gender_by_other_quotes_is_a_person() {
        // A name no table knows has no kind of its own; two of its `he` quotes tell a man.
        let mut out = vec![
            quote("Talmin", None, None),
            quote("he", Some(Gender::Male), Some(SpeakerKind::Person)),
            quote("he", Some(Gender::Male), Some(SpeakerKind::Person)),
        ];
        share_genders(&mut out);
        let s = out[0].speaker.as_ref().unwrap();
        assert_eq!(
            (s.gender, s.kind),
            (Some(Gender::Male), Some(SpeakerKind::Person))
        );
    }
}

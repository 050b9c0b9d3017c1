//! Who a mention is: names to the fullest name in the article or the gazetteer, pronouns
//! and descriptions to the person they most likely stand for.
//!
//! The resolver indexes every name in the article once. A surname finds the most recent
//! full name ending in it named before it (`Gates` -> `Robert Gates`; a namesake named
//! only later is someone else); `he` and `she` find the latest
//! speaker of a compatible gender in the same or the previous paragraph, else the latest
//! person of that gender named before; a description (`the spokesman`) finds the person
//! introduced with that title or with it set beside the name (`Ana Ruiz, the minister,`),
//! else the one person the document has styled so, if they are in the scene, else stands
//! as a name when capitalized as one (`the King`), else the person last reported
//! speaking; `the latter`, `the former` and `the other` point by place.
//!
//! [`index`] builds the resolver in one pass over the tokens, into the tables of
//! [`full_names`] (which full names a word may stand for), [`holders`] (who holds each
//! title or role) and [`naming`] (families, acronyms, genders, the tidy form of a name).
//! This module holds the resolver and what every reading shares; [`pronoun`] reads
//! pronouns and dialogue turns, [`description`] descriptions, [`bodies`] institutions,
//! groups and documents, and [`subjects`] the subjects of narration.

mod bodies;
mod description;
mod full_names;
mod holders;
mod index;
mod kinds;
mod naming;
mod pronoun;
mod subjects;

use crate::hash::{word_key, FxHashMap};
use std::borrow::Cow;
use std::ops::Range;

use crate::gazetteer::Gazetteer;
use crate::lexicon::{self, Anaphor, Gender, Number, WordInfo};
use crate::mention::{self, Mention, MentionKind};
use crate::rules::{skip_apposition, skip_between, verb_at};
use crate::token::{Kind, Token};
use full_names::*;
use holders::*;
pub(crate) use naming::*;
use subjects::verb_after;
pub(crate) use subjects::{bearing_noun, clause_subject, coordinated};

/// A pronoun that stands as its own name, in lower case whatever its place capitalized
/// (`They said` and `they said` are one unknown group): `it`, `they`, `we`, `you`. Any other
/// word is kept as written.
fn lower_pronoun(written: &str) -> Cow<'_, str> {
    const OWN_NAMES: &[&str] = &["it", "they", "we", "you"];
    match OWN_NAMES.iter().find(|p| written.eq_ignore_ascii_case(p)) {
        Some(p) => Cow::Borrowed(p),
        None => Cow::Borrowed(written),
    }
}

/// Whether mention `m` is written in capitals in a paragraph in capitals, a heading or a
/// telegram (`CHAPTER VII`): no one is named there.
pub(crate) fn in_heading(tokens: &[Token], m: &Mention, text: &str) -> bool {
    !crate::token::has_lower_case(&text[m.span.clone()])
        && shouted_paragraph(tokens, m.tokens.start, text)
}

/// Whether the paragraph around token `i` is written in capitals: two or more words, none
/// with a lower-case letter. Asked only of names written in capitals, which are few.
fn shouted_paragraph(tokens: &[Token], i: usize, text: &str) -> bool {
    let para = tokens[i].para;
    let same = |t: &&Token| t.para == para;
    let before = tokens[..i].iter().rev().take_while(same);
    let words = before
        .chain(tokens[i..].iter().take_while(same))
        .filter(|t| t.kind == Kind::Word);
    let mut count = 0;
    for t in words {
        if crate::token::has_lower_case(t.text(text)) {
            return false;
        }
        count += 1;
    }
    count >= 2
}

/// A speaker the extractor has attributed, in document order.
#[derive(Debug, Clone)]
struct SpeakerEvent<'t> {
    pos: usize,
    name: Cow<'t, str>,
    kind: MentionKind,
    /// Whether the speaking is reported in the narration (`she asked if ...`), not a turn
    /// of quoted words.
    reported: bool,
}

/// Prepositions after which a name is a place: `in`, `into`, `towards`, `near`. Not `to`,
/// `at` or `from`, which take people as often (`said to Ann`, `looked at Ann`).
const PLACE_PREPOSITIONS: &[&str] = &[
    "in", "into", "towards", "toward", "near", "inside", "outside", "across", "through",
];

/// Most words a full name has (`Mary Ann Evans`); longer runs are names side by side.
const MAX_FULL_NAME: usize = 3;

/// How far back, in speakers (or quotes) and in paragraphs, the other speaker of a dialogue
/// is sought.
pub(crate) const PARTNER_LOOKBACK: usize = 8;

/// How many of the latest speakers a description is first matched against.
const RECENT_SPEAKERS: usize = 4;

/// How far back pronoun and description resolution look, in name mentions.
const LOOKBACK: usize = 60;

/// Paragraphs after a quote that [`Resolver::person_called`] reads for the person it calls
/// by name, when nobody before answers to it. On the dev novels, 2 paragraphs fixed 1
/// speaker and broke 4, 5 fixed 18 and broke 4, 10 fixed 25 and broke 5, and 20 fixed 27
/// and broke 16: the one called is named within a short exchange, or is someone else.
const CALLED_AHEAD: usize = 10;

/// Most tokens [`Resolver::described_subject`] reads back for a description: two long
/// paragraphs.
const MAX_DESCRIBED_LOOKBACK: usize = 400;

/// How many narration subjects `he` or `she` may be followed back through, each to the one
/// before (`She rose. She went to the door. "Q," she said.`), before the name. A novel may
/// keep a woman the subject of a dozen short sentences over several paragraphs and name no
/// one else so: on the dev novels, 12 instead of 6 fixed 4 speakers and broke none.
const SUBJECT_CHAIN: usize = 12;

/// How many times a capitalized description must answer to one name, and how many times
/// more often than to any other, before it stands for that person.
const EPITHET_VOTES: u32 = 2;

/// Whom a pronoun or a description may stand for.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Referents {
    /// People named, and speakers known only by a description that tells a gender: `she`
    /// may be the `duchess` who spoke two turns before.
    Described,
    /// People named only, for a description: one description does not stand for another
    /// (`the matron` is not `the first woman`, who spoke last), and a noun that tells a
    /// gender is not someone whose gender is unknown.
    Named,
}

pub(crate) struct Resolver<'t, 'g> {
    text: &'t str,
    gazetteer: &'g Gazetteer,
    names: Vec<NameRef<'t>>,
    /// Index in `names` of the first name known to be a person's, if any: before it, `he`
    /// and `she` can only point ahead ([`Self::named_after`]).
    first_person: Option<usize>,
    /// Who holds each title or role anywhere in the document, by its head's
    /// [`word_key`].
    holders: FxHashMap<u64, Holder<'t>>,
    /// The people the document gives a title or role (`Foreign Minister Marise Payne`),
    /// whom `it said` never stands for, whatever their given name.
    titled: FxHashMap<Cow<'t, str>, ()>,
    genders: NameGenders<'t>,
    /// The names in `genders` whose gender is only the usual one of a given name borne by
    /// either sex (`Jordan`, `Kim`), which nothing in the text has borne out yet: good
    /// enough to weigh `he` against `she`, not to report. See [`Self::speaker_gender`].
    guessed: FxHashMap<Cow<'t, str>, ()>,
    speakers: Vec<SpeakerEvent<'t>>,
    /// Byte positions of paragraph breaks, sorted.
    breaks: Vec<usize>,
    /// Where the quotations are, sorted: which paragraphs are turns, and which words are
    /// a speaker's, not the narration's.
    quotes: Vec<Range<usize>>,
    /// Byte positions of each paragraph's first token, sorted.
    openings: Vec<usize>,
    /// The people each capitalized description (`the Peddler`, `the Doctor`) has answered for
    /// when called by name, by the [`word_key`] of its words: see [`Self::note_epithet`].
    epithets: FxHashMap<u64, Vec<(Cow<'t, str>, u32)>>,
    /// Where `he` or `she` is the subject of a sentence or a joined clause of narration,
    /// and the gender: the subjects by which narration carries a person on (`She sat down
    /// by Edward.`, `and she smiled`), in document order. See [`Self::pronoun`].
    subjects: Vec<(usize, Gender)>,
    /// Where `I` is the subject of a sentence or a joined clause of narration (`I stopped
    /// to speak with him.`), in document order: see [`Self::narrator_subject_since`].
    narrator_subjects: Vec<usize>,
    /// The document's tokens: read again only for a `he` or `she` no one named stands
    /// for ([`Self::described_subject`]).
    tokens: &'g [Token],
    /// Per name in `names`: whether it names an institution (`Grain Growers Council`).
    institutions: Vec<bool>,
    /// The people the document says go by `they` (`Sam Rivera, who uses they/them
    /// pronouns,`): see [`singular_they`].
    singular_they: FxHashMap<Cow<'t, str>, ()>,
    /// The acronyms the text spells out: see [`acronyms`]. Read on the first acronym a
    /// speaker is named by: most documents have none, and the reading passes over every
    /// token.
    acronyms: std::cell::OnceCell<FxHashMap<&'t str, Vec<(usize, &'t str)>>>,
    /// Where the document's opening headline ends (0: it has none), see
    /// [`crate::headline::opening`].
    headline_end: usize,
    /// Whether the document's quotes read as a dialogue of turns (fiction), as the
    /// extractor judged it from the surface. A novel's `the Indian` is a character's
    /// epithet, where sports copy's `the Swede` is the player just named (see
    /// [`Self::just_named`]); a novel may call someone `Mother`, where news's `Man
    /// charged after crash` names no one.
    dialogue: bool,
}

/// What a quote's words follow, when that tells who speaks them.
#[derive(Clone, Copy)]
enum After<'a> {
    /// Nothing known.
    Nothing,
    /// The dialogue turn of this speaker: the next turn is someone else's.
    Turn(&'a str),
    /// This speaker's words, answered (`the minister replied`).
    Reply(&'a str),
}

/// Whom a definite description stands for, before any guess.
enum Styled<'t> {
    /// The person given it as a title or role, or by the user's gazetteer.
    Holder(Cow<'t, str>),
    /// Nobody introduced so, and capitalized as a name (`the King`): a character of its own.
    Character,
    /// Nobody in particular: anyone of the noun's gender, if it tells one.
    Anyone(Option<Gender>),
}

impl<'t, 'g> Resolver<'t, 'g> {
    fn paragraph(&self, pos: usize) -> usize {
        self.breaks.partition_point(|&b| b < pos)
    }

    /// `The inspector found Mrs. Hadley in the garden. "Q," he said.`: for a `he` or `she`
    /// that no one named stands for, the latest description of a person that opened a
    /// sentence in this paragraph or the one before, unless its noun tells the other
    /// gender. Named by its own words (`inspector`), as the description is when it speaks.
    fn described_subject(&self, g: Option<Gender>, pos: usize) -> Option<Cow<'t, str>> {
        let from = self
            .paragraph(pos)
            .checked_sub(2)
            .map_or(0, |p| self.breaks[p]);
        let m = self.description_opening(pos, from, false)?;
        let words = &self.text[m.name];
        let agrees = described_gender(words).map_or(true, |d| Some(d) == g);
        agrees.then(|| Cow::Borrowed(mention::fused_word(words).unwrap_or(words)))
    }

    /// `Senate Republicans stalled the vote because they said C` · `The ministry met the
    /// unions. It said C`: the group (`kind` [`MentionKind::Group`], for `they`; a
    /// party's members, `Senate Republicans`, are one too, though read as a name) or the
    /// institution ([`MentionKind::Org`], for `it`) that opens the sentence the pronoun at
    /// byte `pos` is in, or the sentence before, when no group or body that spoke stands
    /// for it. Only the two sentences' first phrases are read: a group named inside a
    /// sentence is as often its object (`met the unions`), and a body named there is as
    /// often what `it` stands for as the subject is (`The PACs paid a firm, which says
    /// it ...`).
    fn subject_body(&self, pos: usize, kind: MentionKind) -> Option<Mention> {
        let (tokens, text) = (self.tokens, self.text);
        // `The Russians`, `PACs`: the plural of a people or of an acronym is read as a
        // body's name, but no `it` stands for it.
        let plural = |m: &Mention| {
            mention::word(tokens, m.tokens.end - 1, text).is_some_and(|w| {
                lexicon::is_peoples_plural(w)
                    || w.strip_suffix('s').is_some_and(lexicon::is_acronym)
            })
        };
        let members = |m: &Mention| {
            m.kind == MentionKind::Name
                && kind == MentionKind::Group
                && mention::word(tokens, m.tokens.end - 1, text)
                    .is_some_and(lexicon::is_party_members)
        };
        let end = tokens.partition_point(|t| t.span.start < pos);
        let lo = end.saturating_sub(MAX_DESCRIBED_LOOKBACK);
        (lo..end)
            .rev()
            .filter(|&i| {
                tokens[i].kind != Kind::Break && crate::rules::at_sentence_start(tokens, i, text)
            })
            .take(2)
            .find_map(|i| {
                mention::forward(tokens, i, text).filter(|m| {
                    m.kind == kind && !(kind == MentionKind::Org && plural(m)) || members(m)
                })
            })
    }

    /// The latest description of a person (`The vicar`, `A tall man`) that opens a
    /// sentence between bytes `from` and `pos`; with `titled`, also one capitalized as a
    /// title (`The Collector`), which the mention reader takes for a body's name.
    fn description_opening(&self, pos: usize, from: usize, titled: bool) -> Option<Mention> {
        let (tokens, text) = (self.tokens, self.text);
        let end = tokens.partition_point(|t| t.span.start < pos);
        let lo = tokens[..end].partition_point(|t| t.span.start < from);
        let lo = lo.max(end.saturating_sub(MAX_DESCRIBED_LOOKBACK));
        (lo..end).rev().find_map(|i| {
            let t = &tokens[i];
            (t.info().function == Some(lexicon::Function::Determiner)
                && t.is_capitalized()
                && crate::rules::at_sentence_start(tokens, i, text))
            .then(|| mention::forward(tokens, i, text))
            .flatten()
            .filter(|m| m.kind == MentionKind::Role || titled && m.kind == MentionKind::Org)
        })
    }

    /// Where paragraph `para` starts and ends, in bytes: from the break before it.
    fn paragraph_bounds(&self, para: usize) -> Range<usize> {
        let start = para.checked_sub(1).map_or(0, |p| self.breaks[p]);
        start..self.breaks.get(para).copied().unwrap_or(self.text.len())
    }

    /// The quotations that start in paragraph `para`.
    fn quotes_in(&self, para: usize) -> &[Range<usize>] {
        let bounds = self.paragraph_bounds(para);
        let lo = self.quotes.partition_point(|q| q.start < bounds.start);
        let hi = lo + self.quotes[lo..].partition_point(|q| q.start < bounds.end);
        &self.quotes[lo..hi]
    }

    /// Whether narration alone makes paragraph `para`: no quotation starts in it.
    fn narration_only(&self, para: usize) -> bool {
        self.quotes_in(para).is_empty()
    }

    /// Whether byte `pos` is inside a quotation.
    fn quoted(&self, pos: usize) -> bool {
        let k = self.quotes.partition_point(|q| q.start <= pos);
        k.checked_sub(1).is_some_and(|k| self.quotes[k].end > pos)
    }

    /// Whether the token at byte `pos` is the first of its paragraph. (Looked up, not read
    /// back: a paragraph may be megabytes long.)
    fn opens_paragraph(&self, pos: usize) -> bool {
        self.openings.binary_search(&pos).is_ok()
    }

    fn gender_of(&self, name: &str) -> Option<Gender> {
        self.genders.get(name).copied()
    }

    /// The gender of `name`, when the gazetteer or the document tells it: not the guess a
    /// given name borne by either sex makes.
    fn told_gender(&self, name: &str) -> Option<Gender> {
        self.gender_of(name)
            .filter(|_| !self.guessed.contains_key(name))
    }

    /// The gender to report for a speaker resolved to `name` through mention `m`: `he` or
    /// `she` as written, else what the gazetteer and the document tell of the name (an
    /// honorific, a given name, the pronouns the text picks the person up with, the noun
    /// of a description such as `the chairwoman`). Only people have one: groups,
    /// institutions and `they` have none.
    pub(crate) fn speaker_gender(&self, name: &str, m: &Mention) -> Option<Gender> {
        let told = || {
            self.told_gender(name)
                // (A speaker the index did not take in keeps its mention's honorific, in
                // the title or, for a surname that is also a noun, `Mr. King`, first.)
                .or_else(|| honorifics(self.text, m).flatten().next())
                .or_else(|| lexicon::lookup(self.first_word(m)).honorific.flatten())
                // (Nor a name that labels or signs a turn, read where the index reads no
                // names: its given name tells it, when borne by one sex.)
                .or_else(|| {
                    let first = self.text[m.name.clone()].split_whitespace().next()?;
                    self.read_inside_quote(m)
                        .then(|| lexicon::one_sex_given(first))
                        .flatten()
                })
        };
        match m.kind {
            MentionKind::Group | MentionKind::Pronoun(_, Number::Plural) => None,
            // An institution has none, though its name starts with a person's (`Mr.
            // Lane's office`); a description read as one may (`the Duchess of Leith`),
            // and so does the owner of a document, whom `her` tells (`her statement said`
            // is hers, and she speaks).
            MentionKind::Org => self
                .told_gender(name)
                .or_else(|| self.possessed_document(m).flatten()),
            kind => kind.personal_gender().or_else(told),
        }
        .filter(|&g| g != Gender::Neuter)
    }

    /// Whether name `m` was read inside a quotation, where no token stands: the label of
    /// a transcript's turn (`"RUIZ: Q"`), the name that signs a pull quote (`"Q.¶Dana
    /// Ruiz, port director."`), or the name an answer gives (`"Ruth Baker."`). Such a name
    /// is a person's, though a label is written in capitals as an acronym is.
    pub(crate) fn read_inside_quote(&self, m: &Mention) -> bool {
        m.kind == MentionKind::Name && m.tokens.is_empty()
    }

    /// The speakers attributed before byte `pos`, latest first.
    fn speakers_before(&self, pos: usize) -> impl Iterator<Item = &SpeakerEvent<'t>> {
        self.speakers.iter().rev().filter(move |e| e.pos < pos)
    }

    /// The names mentioned before byte `pos`, latest first, as far back as [`LOOKBACK`].
    fn names_before(&self, pos: usize) -> impl Iterator<Item = &NameRef<'t>> {
        self.every_name_before(pos).take(LOOKBACK)
    }

    /// Every name mentioned before byte `pos`, latest first: for the few readings that go
    /// further back than [`Self::names_before`], each with a bound of its own.
    fn every_name_before(&self, pos: usize) -> impl Iterator<Item = &NameRef<'t>> {
        let k = self.names.partition_point(|n| n.start < pos);
        self.names[..k].iter().rev()
    }

    /// The places where `he` or `she` is a narration subject before byte `pos`, with its
    /// gender, in document order.
    fn subjects_before(&self, pos: usize) -> &[(usize, Gender)] {
        &self.subjects[..self.subjects.partition_point(|s| s.0 < pos)]
    }

    /// The names mentioned after byte `from` and before byte `to`, latest first (no more
    /// than [`Self::names_before`] reads).
    fn names_between(&self, from: usize, to: usize) -> impl Iterator<Item = &NameRef<'t>> {
        self.names_before(to).take_while(move |n| n.start > from)
    }

    /// Resolves a mention at its position; returns the name.
    pub(crate) fn resolve(&mut self, m: &Mention) -> Cow<'t, str> {
        self.resolve_after(m, After::Nothing)
    }

    /// Resolves the mention of a reply (`"Q," the minister replied.`) to `answered`, who
    /// spoke last: a description nobody holds is then not guessed to be them.
    pub(crate) fn resolve_reply(&mut self, m: &Mention, answered: &str) -> Cow<'t, str> {
        self.resolve_after(m, After::Reply(answered))
    }

    /// Resolves a mention at its position, after the words `after` tells of.
    fn resolve_after(&mut self, m: &Mention, after: After<'_>) -> Cow<'t, str> {
        tidy(self.read_after(m, after))
    }

    /// [`Self::resolve_after`], with the name's words as the text wraps them.
    fn read_after(&mut self, m: &Mention, after: After<'_>) -> Cow<'t, str> {
        let text = self.text;
        let pos = m.span.start;
        if let Some(e) = self.gazetteer.get(&text[m.span.clone()]) {
            return Cow::Owned(e.name.clone());
        }
        if let Some(a) = lexicon::anaphor(&text[m.span.clone()]) {
            return self
                .anaphor(a, pos)
                .unwrap_or(Cow::Borrowed(&text[m.name.clone()]));
        }
        if let Some(partner) = self.companion(m) {
            return partner;
        }
        if let Some(titled) = self.addressed_by_rank(m) {
            return titled;
        }
        match m.kind {
            // `The Swede said`: read back from its verb, a nationality loses its article
            // and reads as a name.
            MentionKind::Name => {
                let after_the = self
                    .word_before(m)
                    .is_some_and(|w| w.eq_ignore_ascii_case("the"));
                after_the
                    .then(|| self.nationality(m))
                    .flatten()
                    .or_else(|| self.acronym(m))
                    .or_else(|| self.entry(m).map(|n| n.full.clone()))
                    .or_else(|| self.label_in_capitals(m))
                    .or_else(|| self.surname_unindexed(m))
                    .unwrap_or(Cow::Borrowed(&text[m.name.clone()]))
            }
            MentionKind::Pronoun(g, Number::Singular)
                if matches!(g, Some(Gender::Male | Gender::Female)) =>
            {
                match self.pronoun(g, pos).or_else(|| self.named_after(g, pos)) {
                    Some(name) => {
                        if let Some(g) = g {
                            // (`he` or `she` picking the person up tells the gender.)
                            if *self.genders.entry(name.clone()).or_insert(g) == g {
                                self.guessed.remove(&name);
                            }
                        }
                        name
                    }
                    // Nobody named to refer to: the person a description just made a
                    // sentence's subject; failing one, the pronoun stands as its own name,
                    // in one form (`He said` and `said he` are one unknown man to
                    // turn-taking, not two speakers, `He` and `he`).
                    None => self.described_subject(g, pos).unwrap_or(Cow::Borrowed(
                        if g == Some(Gender::Male) { "he" } else { "she" },
                    )),
                }
            }
            // `it said`: the body that last spoke, else the one this sentence or the one
            // before opens on.
            // (Failing both, the pronoun stands as its own name in one form, as `he` does:
            // `It said` and `said it` are one unknown body.)
            MentionKind::Pronoun(Some(Gender::Neuter), Number::Singular) => match self.body(pos) {
                Some(name) => name,
                None => match self.subject_body(pos, MentionKind::Org) {
                    Some(body) => self.read_after(&body, After::Nothing),
                    None => lower_pronoun(&text[m.span.clone()]),
                },
            },
            // `they said`, `we said`: the group or body that spoke last; else, for `they`,
            // the group this sentence or the one before opens on. (`we` takes in the
            // speaker; `I` is the narrator, whoever spoke before, and keeps its own word.)
            MentionKind::Pronoun(_, Number::Plural) => match self.group_pronoun(pos) {
                Some(name) => name,
                None => {
                    let they = text[m.span.clone()].eq_ignore_ascii_case("they");
                    match they.then(|| self.subject_body(pos, MentionKind::Group)) {
                        Some(Some(group)) => self.read_after(&group, After::Nothing),
                        _ => lower_pronoun(&text[m.span.clone()]),
                    }
                }
            },
            // `a justice official`, `one veteran`: an indefinite description introduces
            // someone new, so it is not resolved to anyone named before.
            MentionKind::Role if !self.indefinite(m) => self
                .headline_holder(m)
                .or_else(|| self.role(m, after))
                .unwrap_or_else(|| self.own_words(m)),
            // `her statement said`: the statement's author speaks.
            MentionKind::Org if self.possessed_document(m).is_some() => {
                let g = self.possessed_document(m).flatten();
                self.pronoun(g, pos)
                    .unwrap_or(Cow::Borrowed(&text[m.name.clone()]))
            }
            // `his campaign said`, `her aides said`: the body or group of the person
            // `his` or `her` stands for speaks, named as theirs.
            // (Not `his valet`, `her ladyship`: a noun of no body or group, which the
            // reader took for an institution's for want of a better reading.)
            // So does a person's named so (`Dunmore's office`); `Dunmore's statement` is
            // hers, as `her statement` is.
            MentionKind::Org | MentionKind::Group if self.possessed(m) && self.body_or_group(m) => {
                // An owner named nowhere before keeps the words as written (`Hale's
                // office`, `Mr. Hale's office`), unless a capitalized word right before
                // says the reader cut the owner's name short (`Korea's news agency` of
                // `South Korea's`): that leaves the noun.
                match self.owner_name(m) {
                    Some(owner) if self.document(m) => owner,
                    Some(owner) => Cow::Owned(format!("{owner}'s {}", &text[m.name.clone()])),
                    None if self.titled_owner(m) && !self.cut_short(m) => {
                        Cow::Borrowed(&text[m.span.clone()])
                    }
                    None => Cow::Borrowed(&text[m.name.clone()]),
                }
            }
            // `the Peddler`: capitalized words after `the` that have answered to a name.
            // `the 24-year-old`, `the Ohio Democrat`: the person just named. `the
            // Collector`: or the one person the document styled so (`the Collector, Mr.
            // Turton,`).
            MentionKind::Org => {
                let found = self.acronym(m).or_else(|| self.issuer(m));
                // `the study said`: whoever the text said wrote the study, read as written.
                if found.is_none() {
                    if let Some(author) = self.author(m) {
                        return self.read_after(&author, After::Nothing);
                    }
                }
                found
                    .or_else(|| self.named_body(m))
                    .or_else(|| self.generic_body(m))
                    .or_else(|| self.epithet(m))
                    .or_else(|| self.just_named(m))
                    .or_else(|| {
                        // (`the duchess`: a rank in lower case is the one so titled, too.)
                        if !self.rank(m) {
                            self.epithet_key(m)?;
                        }
                        match self.styled(m) {
                            Styled::Holder(name) => Some(name),
                            _ => None,
                        }
                    })
                    .unwrap_or(Cow::Borrowed(&text[m.name.clone()]))
            }
            MentionKind::Group => self.coordinated(m).unwrap_or_else(|| self.own_words(m)),
            _ => self.own_words(m),
        }
    }

    /// `Ruiz and Hale said`: names joined by `and` (`mention::coordinated_before`) resolve
    /// one by one, each to its fullest name, without titles (`Lena Ruiz and Tom Hale`).
    /// `None` unless every part of the group holds a name in the index, or is an
    /// apposition right after one (`Ana Ruiz, a lawyer, and Tom Hale`).
    fn coordinated(&self, m: &Mention) -> Option<Cow<'t, str>> {
        let words = &self.text[m.span.clone()];
        let mut fulls: Vec<&str> = Vec::new();
        let mut after_name = false;
        for (offset, part) in coordinated_parts(words) {
            // (The part's name may follow its lower-case title: `lawyers Ana Ruiz`.)
            let at = m.span.start + offset;
            let k = self.names.partition_point(|n| n.start < at);
            match self.names.get(k).filter(|n| n.start < at + part.len()) {
                Some(n) => {
                    fulls.push(n.full.as_ref());
                    after_name = true;
                }
                None if after_name => after_name = false,
                None => return None,
            }
        }
        if fulls.len() < 2 {
            return None;
        }
        let (last, rest) = fulls.split_last()?;
        Some(Cow::Owned(format!("{} and {last}", rest.join(", "))))
    }

    /// For a description (`the old man`) that resolved to `name`, someone other than its
    /// own words, the gender its head noun tells (`None` when it tells none); `None` for
    /// any other mention, or one that kept its words.
    pub(crate) fn guessed_description(&self, m: &Mention, name: &str) -> Option<Option<Gender>> {
        if m.kind != MentionKind::Role || has_word(name, self.head_word(m)?) {
            return None;
        }
        Some(described_gender(&self.text[m.name.clone()]))
    }

    /// The name a mention resolved to no one keeps: its own words, with a fused
    /// determiner in lower case (`Another said` is `another`, as it is mid-sentence).
    pub(crate) fn own_words(&self, m: &Mention) -> Cow<'t, str> {
        let words = &self.text[m.name.clone()];
        Cow::Borrowed(mention::fused_word(words).unwrap_or(words))
    }

    /// The index entry of a name mention: it starts with the mention, with its name after
    /// lower-case titles (`nurse practitioner Owen Leclair`), or after the epithet the
    /// mention covers too (`poor Mrs. Jennings`).
    fn entry(&self, m: &Mention) -> Option<&NameRef<'t>> {
        self.entry_index(m).map(|k| &self.names[k])
    }

    /// The index in `names` of [`Self::entry`].
    fn entry_index(&self, m: &Mention) -> Option<usize> {
        let pos = m.span.start;
        let k = self.names.partition_point(|n| n.start < pos);
        let after_epithet =
            |n: &NameRef<'_>| m.title.as_ref().map_or(m.name.start, |t| t.start) == n.start;
        // (Or at a title inside the mention's words: `state Sen. Marta Ruiz`.)
        let at_title = |n: &NameRef<'_>| {
            m.title
                .as_ref()
                .is_some_and(|t| t.start <= n.start && n.start < m.name.start)
        };
        self.names
            .get(k)
            .filter(|n| {
                n.start == pos || n.start == m.name.start || after_epithet(n) || at_title(n)
            })
            .map(|_| k)
    }

    /// Whether the name mention `m` is known to name an institution or a place
    /// (`Grain Growers Council`, `Ohio`), which `he` or `she` never stands for.
    pub(crate) fn names_no_person(&self, m: &Mention) -> bool {
        self.entry_index(m)
            .is_some_and(|k| self.institutions[k] && !self.names[k].person)
    }

    /// Whether the name mention `m` is known to name a person: several words, an
    /// honorific, a known given name, a gazetteer entry, or a speech verb after it.
    pub(crate) fn names_person(&self, m: &Mention) -> bool {
        self.entry(m).is_some_and(|n| n.person)
    }

    fn first_word(&self, m: &Mention) -> &'t str {
        let text = self.text;
        text[m.span.clone()].split_whitespace().next().unwrap_or("")
    }

    fn indefinite(&self, m: &Mention) -> bool {
        mention::indefinite(m, self.text)
    }

    /// The person the document last named before byte `pos` with all of `words` (`Maud`
    /// or `Maud Lane` for `Maud Lane`), of gender `g` if the quote gives one (`Mr. Lane`):
    /// whom a quote calls by that name. Failing one, the first the narration names so in
    /// the next [`CALLED_AHEAD`] paragraphs: a scene may open on its talk, and name the
    /// one called only a few turns on (`"Is that you, Clara?" called her aunt.¶"Who
    /// else?"¶...¶Clara hung up her coat.`).
    pub(crate) fn person_called(
        &self,
        words: &str,
        g: Option<Gender>,
        pos: usize,
    ) -> Option<Cow<'t, str>> {
        let called =
            |n: &&NameRef<'t>| n.person && answers_to(&n.full, words) && self.agrees(&n.full, g);
        if let Some(n) = self.names_before(pos).find(called) {
            return Some(n.full.clone());
        }
        let k = self.names.partition_point(|n| n.start < pos);
        let last = self.paragraph(pos) + CALLED_AHEAD;
        self.names[k..]
            .iter()
            .take(LOOKBACK)
            .take_while(|n| self.paragraph(n.start) <= last)
            .find(called)
            .map(|n| n.full.clone())
    }

    /// Records that `name` spoke at byte `pos`, for the pronouns that follow.
    pub(crate) fn note_speaker(&mut self, pos: usize, name: Cow<'t, str>, kind: MentionKind) {
        self.note_speaking(pos, name, kind, false);
    }

    /// Records that the narration reports `name` speaking at byte `pos`: a speaker for the
    /// pronouns that follow, but no turn that ends the narration before it.
    pub(crate) fn note_reporter(&mut self, pos: usize, name: Cow<'t, str>, kind: MentionKind) {
        self.note_speaking(pos, name, kind, true);
    }

    fn note_speaking(&mut self, pos: usize, name: Cow<'t, str>, kind: MentionKind, reported: bool) {
        // `The Grain Growers Council stated ...`: a name the index read as an institution's
        // speaks as a body, which `it` may pick up later and `she` may not.
        let k = self.names.partition_point(|n| n.start < pos);
        let institution = kind == MentionKind::Name
            && self.names.get(k).is_some_and(|n| n.start == pos)
            && self.institutions[k];
        let mut kind = if institution { MentionKind::Org } else { kind };
        // `"Q," said the duchess.` with no duchess named: the speaker stays a description,
        // but one whose noun tells a gender, and a later `she` in the exchange may be her.
        // (So does a bare role noun read as a name: `said nanny`, `says spokeswoman`.)
        // (A role's head noun in lower case is enough: `a Marine spokeswoman` is a woman.)
        let described = match kind {
            MentionKind::Role => description::affiliated_office(&name)
                .unwrap_or(&name)
                .split_whitespace()
                .next_back()
                .is_some_and(|head| head.starts_with(char::is_lowercase)),
            MentionKind::Org | MentionKind::Name => !name.contains(char::is_uppercase),
            _ => false,
        };
        if let Some(g) = described.then(|| described_gender(&name)).flatten() {
            self.genders.entry(name.clone()).or_insert(g);
            kind = MentionKind::Role;
        }
        // `said the duchess`, resolved to the `Duchess of Monmouth` named before: a
        // description the reader took for an institution's stands for a person of a known
        // gender, whom `she` may pick up.
        if kind == MentionKind::Org && !institution && self.gender_of(&name).is_some() {
            kind = MentionKind::Role;
        }
        self.speakers.push(SpeakerEvent {
            pos,
            name,
            kind,
            reported,
        });
    }

    /// Records that the description `m` answered a turn that called `name` by name
    /// (`"Where's the money, Crane?"¶"Safe," said the Peddler.`). A capitalized description is a
    /// character's epithet; once it has answered to one person [`EPITHET_VOTES`] times, and
    /// that many times more often than to anyone else, it stands for them wherever it is
    /// used. Lower-case descriptions (`the old man`) are anyone's and learn nothing.
    pub(crate) fn note_epithet(&mut self, m: &Mention, name: Cow<'t, str>) {
        let Some(key) = self.epithet_key(m) else {
            return;
        };
        let votes = self.epithets.entry(key).or_default();
        match votes.iter_mut().find(|(n, _)| *n == name) {
            Some((_, v)) => *v += 1,
            None => votes.push((name, 1)),
        }
    }

    /// Whether `m` is a capitalized definite description (`the Peddler`), the kind of
    /// mention that may be a character's epithet: only these are worth a
    /// [`Self::note_epithet`].
    pub(crate) fn may_be_epithet(&self, m: &Mention) -> bool {
        self.epithet_key(m).is_some()
    }

    /// The [`word_key`] of a capitalized definite description's words (`the Peddler`), the
    /// kind of mention that may be a character's epithet.
    fn epithet_key(&self, m: &Mention) -> Option<u64> {
        let words = &self.text[m.name.clone()];
        let description = matches!(m.kind, MentionKind::Role | MentionKind::Org)
            && m.name.start > m.span.start
            && mention::definite(m, self.text)
            && words
                .split_whitespace()
                .all(|w| w.starts_with(char::is_uppercase));
        description.then(|| word_key(words))
    }

    /// Whether description `m` is `the` and a rank of nobility (`the duchess`), which
    /// finds the one the document titled so (`the Duchess of Harley`).
    fn rank(&self, m: &Mention) -> bool {
        mention::definite(m, self.text)
            && self
                .head_word(m)
                .is_some_and(|w| lexicon::rank_gender(w).is_some())
    }

    /// The person a capitalized description has shown itself the epithet of.
    fn epithet(&self, m: &Mention) -> Option<Cow<'t, str>> {
        // Most documents learn none: no need to read the mention's words.
        if self.epithets.is_empty() {
            return None;
        }
        let votes = self.epithets.get(&self.epithet_key(m)?)?;
        let (best, n) = votes.iter().max_by_key(|(_, v)| *v)?;
        let others = votes.iter().filter(|(o, _)| o != best).map(|(_, v)| v);
        let rival = others.max().copied().unwrap_or(0);
        (*n >= EPITHET_VOTES && *n >= EPITHET_VOTES * rival).then(|| best.clone())
    }

    /// The person a capitalized description turned out to be the epithet of, when `name`
    /// is still its unresolved form (`Peddler` for `the Peddler`): it was read before the
    /// document had shown whose it is.
    pub(crate) fn late_epithet(&self, m: &Mention, name: &str) -> Option<Cow<'t, str>> {
        if m.kind != MentionKind::Org || name != &self.text[m.name.clone()] {
            return None;
        }
        self.epithet(m).filter(|person| person != name)
    }

    /// Records that `name` is of gender `g`, unless its gender is known already.
    pub(crate) fn note_gender(&mut self, name: Cow<'t, str>, g: Gender) {
        // (The gender of a name borne by either sex was only a guess.)
        let guessed = given_to_either(&name)
            && !self
                .gazetteer
                .get(&name)
                .is_some_and(|e| e.gender.is_some());
        self.guessed.remove(&name);
        if guessed {
            self.genders.insert(name, g);
        } else {
            self.genders.entry(name).or_insert(g);
        }
    }

    /// Whether `name` may be referred to with a pronoun of gender `g`: a person's name
    /// whose gender is `g` or unknown.
    pub(crate) fn agrees(&self, name: &str, g: Option<Gender>) -> bool {
        self.compatible(name, g) != Some(false) && name.contains(char::is_uppercase)
    }

    /// Whether the document has shown `name` to be of gender `g`.
    pub(crate) fn known_gender(&self, name: &str, g: Gender) -> bool {
        self.gender_of(name) == Some(g)
    }

    fn compatible(&self, name: &str, g: Option<Gender>) -> Option<bool> {
        match (self.gender_of(name), g) {
            (Some(a), Some(b)) => Some(a == b),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_is_single_spaced_only_with_single_plain_spaces() {
        let slow =
            |n: &str| !n.contains(|c: char| c.is_whitespace() && c != ' ') && !n.contains("  ");
        for name in [
            "Mr. Gradgrind",
            "Mr.\nGradgrind",
            "Mr.  Gradgrind",
            "Mr.\tGradgrind",
            "Hélène Fortier",
            "Hélène\u{a0}Fortier",
            "Hélène  Fortier",
            "Zoë\nKell",
            " Ana",
            "Ana ",
            "",
        ] {
            assert_eq!(single_spaced(name), slow(name), "{name:?}");
        }
        assert_eq!(tidy(Cow::Borrowed("Hélène\u{a0}Fortier")), "Hélène Fortier");
        assert_eq!(tidy(Cow::Borrowed("Mr.\n  Gradgrind")), "Mr. Gradgrind");
    }

    #[test]
    fn a_pet_form_calls_the_one_whose_given_name_it_shortens() {
        assert!(answers_to_pet("Henry Wotton", "Harry"));
        assert!(answers_to_pet("William Dale", "Bill"));
        // Not a surname, nor a given name after a title (`Lady John` bears her
        // husband's), nor a word that shortens no name.
        assert!(!answers_to_pet("Tom Henry", "Harry"));
        assert!(!answers_to_pet("Lady John", "Jack"));
        assert!(!answers_to_pet("Henry Wotton", "Henry"));
    }
}

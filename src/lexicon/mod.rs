//! The word tables the rules read, compiled once into one lookup: a word's classes.
//!
//! Each table lives in its own module as plain data; this module only indexes them.

mod function_words;
mod given_names;
mod given_names_us;
mod given_names_world;
mod nicknames;
mod peoples_and_animals;
mod places;
mod pronouns;
mod time_words;
mod titles;
mod verbs;

use crate::hash::{fold, load_short, word_key, FxHashMap, HIGH};
use std::ops::Range;

use once_cell::sync::Lazy;

pub(crate) use function_words::{Function, Subordinate, MODALS, ORDER_WORDS};
pub(crate) use pronouns::{
    anaphor, Anaphor, Number, GROUP_POSSESSIVES, OBJECT_FORMS, PERSON_POSSESSIVES,
    POSSESSIVE_DETERMINERS,
};
pub(crate) use time_words::DAYS;
pub(crate) use titles::{GENERIC_BODIES, RESEARCH_DOCUMENTS};
pub(crate) use verbs::VerbKind;

use function_words::{
    APPROXIMATIONS, BETWEEN, DETERMINERS, EPITHETS, NEGATIVE_AUXILIARIES, NUMBERS, RELATIVE,
    SENTENCE_OPENERS, STOP, SUBORDINATORS,
};
use peoples_and_animals::{ANIMALS, PEOPLES};
use time_words::{MONTHS, TIME};

/// The grammatical gender a pronoun or name carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
pub enum Gender {
    /// He.
    Male,
    /// She.
    Female,
    /// It: organisations and things.
    Neuter,
}

/// Everything the lexicon knows of one word (its lower-case form).
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct WordInfo {
    /// The speech verb this word is a form of.
    pub verb: Option<(&'static str, VerbKind)>,
    /// The head of a phrasal speech verb: its particles, each with the lemma it makes
    /// (`pointed` + `out`: `point out`).
    pub phrasal: Option<&'static [(&'static str, &'static str)]>,
    /// A subject pronoun, with its gender and number.
    pub pronoun: Option<(Option<Gender>, Number)>,
    /// An honorific (`Mr`, `Dr`), with the gender it implies.
    pub honorific: Option<Option<Gender>>,
    /// A title written before a name.
    pub title: bool,
    /// A noun that heads a description of a person.
    pub role: bool,
    /// A plural or collective noun for a group of people.
    pub group: bool,
    /// A noun for an institution.
    pub org: bool,
    /// A noun for something a speaker writes or issues (`statement`, `letter`).
    pub document: bool,
    /// A number word that may count the noun after it (`four`, `dozens`).
    pub number: bool,
    /// A word that makes a count approximate (`about 200 protesters`).
    pub approximation: bool,
    /// A given name, with its usual gender.
    pub given: Option<Gender>,
    /// A pet form of a given name (`Frank`), or a formal given name some pet form
    /// shortens (`Francis`): see [`formal_given`].
    pub pet: bool,
    /// See [`Self::pet`].
    pub formal: bool,
    /// A noun that, capitalized alone, names a character of this gender (`Granny`, `the
    /// Duchess`): the nouns of [`titles::GENDERED_NOUNS`] and [`titles::RANKS`].
    pub character: Option<Gender>,
    /// A word of the closed classes the rules step over or stop at.
    pub function: Option<Function>,
}

impl WordInfo {
    /// The gender of `he` or `she`; `None` for any other word.
    pub fn personal_gender(&self) -> Option<Gender> {
        match self.pronoun {
            Some((Some(g @ (Gender::Male | Gender::Female)), _)) => Some(g),
            _ => None,
        }
    }
}

/// What the clause the subordinating conjunction `word` opens tells ([`SUBORDINATORS`]),
/// if it is one; in lower case as written.
pub(crate) fn subordinator(word: &str) -> Option<Subordinate> {
    SUBORDINATORS
        .iter()
        .find(|(w, _)| *w == word)
        .map(|&(_, kind)| kind)
}

/// Whether `word` is a subordinating conjunction of [`SUBORDINATORS`], in any case.
pub(crate) fn is_subordinator(word: &str) -> bool {
    SUBORDINATORS
        .iter()
        .any(|(w, _)| word.eq_ignore_ascii_case(w))
}

/// The lexicon: an open-addressing table from [`word_key`] to an index into its entries;
/// entry 0 is the empty one that unknown words get. Tokens keep the index, so each word is
/// hashed once, and a lookup touches one or two slots.
struct Lexicon {
    /// Power-of-two table of slots: a word key's upper 48 bits with the index in the low
    /// 16; 0 is an empty slot. Packed so the table stays in the first-level cache.
    slots: Vec<u64>,
    /// The lower-case word of each index, to confirm a key match.
    words: Vec<&'static str>,
    /// Each word's bytes packed little-endian into a `u64` and zero-padded, when it is
    /// ASCII and at most eight bytes long (else 0): most matches are confirmed with one
    /// comparison instead of a byte loop, and [`id_of_key`] runs for every word.
    short: Vec<u64>,
    infos: Vec<WordInfo>,
}

/// The index bits of a lexicon slot.
const ID_BITS: u64 = 0xFFFF;

impl Lexicon {
    /// The slot holding `key`, or the empty slot where it would go.
    fn slot(&self, key: u64) -> usize {
        let mask = self.slots.len() - 1;
        let mut i = (key >> 40) as usize & mask;
        while self.slots[i] != 0 && (self.slots[i] ^ key) & !ID_BITS != 0 {
            i = (i + 1) & mask;
        }
        i
    }
}

static LEXICON: Lazy<Lexicon> = Lazy::new(|| {
    let map = build();
    let mut words: Vec<(&'static str, WordInfo)> = map.into_iter().collect();
    // Sorted, so that the indexes do not depend on hash order.
    words.sort_by_key(|(w, _)| *w);
    let mut lex = Lexicon {
        slots: vec![0; (words.len() * 2).next_power_of_two()],
        words: vec![""],
        short: vec![0],
        infos: vec![WordInfo::default()],
    };
    for (w, info) in words {
        let id = u16::try_from(lex.infos.len()).expect("the lexicon has fewer than 65536 words");
        let key = word_key(w);
        let i = lex.slot(key);
        // Two table words with one key would make one unreachable.
        assert_eq!(lex.slots[i], 0, "lexicon key collision at {w:?}");
        lex.slots[i] = (key & !ID_BITS) | u64::from(id);
        lex.words.push(w);
        lex.short
            .push(pack_at(w.as_bytes(), 0, w.len()).unwrap_or(0));
        lex.infos.push(info);
    }
    lex
});

fn build() -> FxHashMap<&'static str, WordInfo> {
    let mut map: FxHashMap<&'static str, WordInfo> = FxHashMap::default();
    for (lemma, kind, forms) in verbs::SPEECH_VERBS {
        for f in *forms {
            map.entry(f).or_default().verb = Some((lemma, *kind));
        }
    }
    for (heads, particles) in verbs::PHRASAL_SPEECH_VERBS {
        for h in *heads {
            map.entry(h).or_default().phrasal = Some(particles);
        }
    }
    for (p, g, n) in pronouns::PRONOUNS {
        map.entry(p).or_default().pronoun = Some((*g, *n));
    }
    for (w, g) in titles::GENDERED_NOUNS.iter().chain(titles::RANKS) {
        map.entry(w).or_default().character = Some(*g);
    }
    for (h, g) in titles::HONORIFICS {
        map.entry(h).or_default().honorific = Some(*g);
    }
    for t in titles::TITLES.iter().chain(titles::DEPARTMENT_WORDS) {
        map.entry(t).or_default().title = true;
    }
    // A noun that tells a person's gender (`lad`, `widow`) is a noun for a person: a role.
    let gendered = titles::GENDERED_NOUNS.iter().map(|(w, _)| w);
    for r in titles::ROLE_NOUNS.iter().chain(gendered) {
        map.entry(r).or_default().role = true;
    }
    for g in titles::GROUP_NOUNS {
        map.entry(g).or_default().group = true;
    }
    for o in titles::ORG_NOUNS {
        map.entry(o).or_default().org = true;
    }
    for d in titles::DOCUMENT_NOUNS {
        map.entry(d).or_default().document = true;
    }
    for n in NUMBERS {
        map.entry(n).or_default().number = true;
    }
    for a in APPROXIMATIONS {
        map.entry(a).or_default().approximation = true;
    }
    // The three tables share no name: each script leaves out the names the tables before
    // it have.
    let male = given_names::MALE
        .iter()
        .chain(given_names_us::MALE)
        .chain(given_names_world::MALE);
    let female = given_names::FEMALE
        .iter()
        .chain(given_names_us::FEMALE)
        .chain(given_names_world::FEMALE);
    for n in male {
        map.entry(n).or_default().given = Some(Gender::Male);
    }
    for n in female {
        map.entry(n).or_default().given = Some(Gender::Female);
    }
    for (pet, formal) in nicknames::NICKNAMES {
        map.entry(pet).or_default().pet = true;
        for f in *formal {
            map.entry(f).or_default().formal = true;
        }
    }
    // Later tables win where a word is in several: a relative pronoun is never a
    // determiner, a stop word never a time word.
    for (words, f) in [
        (DAYS, Function::Time),
        (TIME, Function::Time),
        (SENTENCE_OPENERS, Function::Between),
        (NEGATIVE_AUXILIARIES, Function::Between),
        (EPITHETS, Function::Epithet),
        (BETWEEN, Function::Between),
        (STOP, Function::Stop),
        (DETERMINERS, Function::Determiner),
        (POSSESSIVE_DETERMINERS, Function::Determiner),
        (RELATIVE, Function::Relative),
    ] {
        for w in words {
            map.entry(w).or_default().function = Some(f);
        }
    }
    map
}

/// The lexicon index of the given name `word` spells with its accents taken off (`José`
/// is `jose`), or 0 when it folds to no given name. Folded in a small buffer: a word with
/// a letter this does not fold, or too long for a name, is none.
pub(crate) fn accented_given_name(word: &str) -> u16 {
    let mut buf = [0u8; MAX_FOLDED];
    let mut n = 0;
    for c in word.chars() {
        let base = match c.to_lowercase().next().unwrap_or(c) {
            c if c.is_ascii_alphabetic() || c == '-' || c == '\'' => c.to_ascii_lowercase(),
            'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'í' | 'ì' | 'î' | 'ï' => 'i',
            'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'ø' => 'o',
            'ú' | 'ù' | 'û' | 'ü' => 'u',
            'ç' => 'c',
            'ñ' => 'n',
            'ý' | 'ÿ' => 'y',
            _ => return 0,
        };
        if n == MAX_FOLDED {
            return 0;
        }
        buf[n] = base as u8;
        n += 1;
    }
    let folded = std::str::from_utf8(&buf[..n]).unwrap_or("");
    let i = id(folded);
    if LEXICON.infos[usize::from(i)].given.is_some() {
        i
    } else {
        0
    }
}

/// The lexicon index of the given name a compound given name starts with (`Anne-Marie`
/// is `Anne`, `Jean-Pierre` is `Jean`), or 0 unless every part joined by a hyphen is a
/// capitalized given name. The first part tells the gender: `Jean-Marie` is a man,
/// `Marie-Jeanne` a woman. A hyphenated surname (`Smith-Jones`) has a part that is no
/// given name.
pub(crate) fn compound_given_name(word: &str) -> u16 {
    let given = |part: &str| {
        if !part.starts_with(char::is_uppercase) {
            return 0;
        }
        match id(part) {
            0 if !part.is_ascii() => accented_given_name(part),
            i if LEXICON.infos[usize::from(i)].given.is_some() => i,
            _ => 0,
        }
    };
    let mut parts = word.split('-');
    let first = parts.next().map_or(0, given);
    let mut rest = parts.peekable();
    if first == 0 || rest.peek().is_none() || !rest.all(|p| given(p) != 0) {
        return 0;
    }
    first
}

/// Longest word [`accented_given_name`] folds, in bytes.
const MAX_FOLDED: usize = 24;

/// What the lexicon knows of `word`, compared without case and without a final period.
pub(crate) fn lookup(word: &str) -> &'static WordInfo {
    &LEXICON.infos[usize::from(id(word))]
}

/// Whether `word` is one of the lower-case words of `table`, in any case: the test each
/// closed word class below makes.
fn listed(table: &[&str], word: &str) -> bool {
    table.iter().any(|w| word.eq_ignore_ascii_case(w))
}

/// Whether `word` is a singular noun for one person that the role tables leave out
/// ([`titles::ONE_PERSON_NOUNS`]: `user`, `mogul`, `narrator`), in any case.
pub(crate) fn is_one_person_noun(word: &str) -> bool {
    listed(titles::ONE_PERSON_NOUNS, word)
}

/// Whether `word` is a company's legal suffix (`Inc.`, `Ltd`:
/// [`titles::CORPORATE_SUFFIXES`]), in any case, with or without its period.
pub(crate) fn is_corporate_suffix(word: &str) -> bool {
    listed(titles::CORPORATE_SUFFIXES, word.trim_end_matches('.'))
}

/// Whether `word` is a generational suffix ([`titles::GENERATIONAL_SUFFIXES`]), with or
/// without its period or a comma before it. Roman numerals only in capitals: `iv` is no
/// one's generation.
pub(crate) fn is_generational_suffix(word: &str) -> bool {
    let w = word.trim_end_matches(['.', ',']);
    titles::GENERATIONAL_SUFFIXES.iter().any(|s| {
        let roman = s.bytes().all(|b| matches!(b, b'I' | b'V'));
        w == *s || !roman && w.eq_ignore_ascii_case(s)
    })
}

/// The gender of `word` as an honorific written after a name (`Begum`, `Sahib`:
/// [`titles::POST_NAME_HONORIFICS`]), in capitals as they follow a name; `None` for any
/// other word.
pub(crate) fn post_name_honorific(word: &str) -> Option<Gender> {
    titles::POST_NAME_HONORIFICS
        .iter()
        .find(|(w, _)| *w == word)
        .map(|&(_, g)| g)
}

/// Whether `word` names a department and heads no office ([`titles::DEPARTMENT_WORDS`]),
/// in any case.
pub(crate) fn is_department(word: &str) -> bool {
    listed(titles::DEPARTMENT_WORDS, word)
}

/// Whether `word` is an auxiliary with `not` joined on (`won't`, `hasn’t`:
/// [`NEGATIVE_AUXILIARIES`]), in any case.
pub(crate) fn is_negative_auxiliary(word: &str) -> bool {
    listed(NEGATIVE_AUXILIARIES, word)
}

/// Whether `word` is a party member's noun (`Republican`, `Tory`:
/// [`titles::PARTY_MEMBERS`]), in any case.
pub(crate) fn is_party_member(word: &str) -> bool {
    listed(titles::PARTY_MEMBERS, word)
}

/// Whether `word` is a party member's noun in the plural (`Republicans`, `Tories`), in
/// any case.
pub(crate) fn is_party_members(word: &str) -> bool {
    titles::PARTY_MEMBERS
        .iter()
        .any(|noun| plural_of(word, noun))
}

/// Whether `word` is the regular plural of `noun` (`tory` -> `tories`), in any case.
fn plural_of(word: &str, noun: &str) -> bool {
    let (stem, ending) = match noun.strip_suffix('y') {
        Some(stem) => (stem, "ies"),
        None => (noun, "s"),
    };
    // Bytes, so that a word of other letters never splits a character.
    let w = word.as_bytes();
    w.len() == stem.len() + ending.len()
        && w[..stem.len()].eq_ignore_ascii_case(stem.as_bytes())
        && w[stem.len()..].eq_ignore_ascii_case(ending.as_bytes())
}

/// Whether speech cue `cue` (`replied`, `shot back`) answers someone: its lemma is one of
/// [`verbs::REPLY_VERBS`].
pub(crate) fn is_reply(cue: &str) -> bool {
    let mut words = cue.split_whitespace();
    let Some(head) = words.next() else {
        return false;
    };
    let info = lookup(head);
    let lemma = match (info.verb, info.phrasal, words.next()) {
        (_, Some(particles), Some(p)) => particles
            .iter()
            .find(|(particle, _)| p.eq_ignore_ascii_case(particle))
            .map(|&(_, lemma)| lemma),
        (Some((lemma, _)), _, _) => Some(lemma),
        _ => None,
    };
    lemma.is_some_and(|l| verbs::REPLY_VERBS.contains(&l))
}

/// Whether a sentence whose words, read back from its last, are `back` closes on someone
/// keeping from speaking ([`verbs::SILENCES`]): `... and said nothing`.
pub(crate) fn ends_in_silence<'w>(back: impl Iterator<Item = &'w str> + Clone) -> bool {
    verbs::SILENCES.iter().any(|phrase| {
        let mut words = back.clone();
        phrase
            .iter()
            .rev()
            .all(|p| words.next().is_some_and(|w| w.eq_ignore_ascii_case(p)))
    })
}

/// Whether speech verb `lemma` may come before its speaker (`"Q," said Maud`), as all do
/// but those of [`verbs::NEVER_INVERTED`] (`told`).
pub(crate) fn inverts(lemma: &str) -> bool {
    !verbs::NEVER_INVERTED.contains(&lemma)
}

/// Whether speech verb `lemma` reports a question ([`verbs::QUESTION_VERBS`]).
pub(crate) fn asks(lemma: &str) -> bool {
    verbs::QUESTION_VERBS.contains(&lemma)
}

/// Whether `word`, in any case, opens an indirect question after a verb of telling
/// ([`verbs::QUESTION_WORDS`]): `told them how it began`.
pub(crate) fn is_question_word(word: &str) -> bool {
    verbs::QUESTION_WORDS
        .iter()
        .any(|w| word.eq_ignore_ascii_case(w))
}

/// Whether `word`, in any case, opens the question a verb of asking reports
/// ([`verbs::QUESTION_WORDS`], [`verbs::MORE_QUESTION_OPENERS`]): `whether`, `who`, `after`.
pub(crate) fn opens_question(word: &str) -> bool {
    is_question_word(word)
        || verbs::MORE_QUESTION_OPENERS
            .iter()
            .any(|w| word.eq_ignore_ascii_case(w))
}

/// Whether `word` ends the name of a street or square ([`titles::STREET_NOUNS`]), in any
/// case.
pub(crate) fn is_street(word: &str) -> bool {
    listed(titles::STREET_NOUNS, word)
}

/// Whether `word` opens the name of a street or square ([`titles::STREET_OPENERS`]), in
/// any case: `Boulevard Raspail`.
pub(crate) fn opens_street(word: &str) -> bool {
    listed(titles::STREET_OPENERS, word)
}

/// Whether `word` ends the names of news outlets ([`titles::OUTLET_NOUNS`]), in any case.
pub(crate) fn is_outlet(word: &str) -> bool {
    listed(titles::OUTLET_NOUNS, word)
}

/// Whether `name` is the whole name of a place in [`places::PLACES`] (`Ohio`, `New York`,
/// `Nova Scotia`), in any case and with any whitespace between its words.
pub(crate) fn is_place(name: &str) -> bool {
    // Asked once per name the resolver indexes. Most names are rejected by their first
    // letter and the length of their first word; the rest take one pass over their bytes
    // to a 64-bit key, which stands for the name (a binary search compared words eight
    // times a name, and cost the whole extraction 12 % more instructions; the words of a
    // hit are not compared again). Two of the table's names with one key would fail a
    // test.
    static PLACES: Lazy<PlaceIndex> = Lazy::new(|| {
        let mut index = PlaceIndex {
            keys: FxHashMap::default(),
            first_words: [0; 26],
        };
        for p in places::PLACES {
            index.keys.insert(words_key(p), ());
            let (letter, len) = first_word_shape(p).expect("a place's name starts with a letter");
            index.first_words[letter] |= 1 << len;
        }
        index
    });
    let Some((letter, len)) = first_word_shape(name) else {
        return false;
    };
    name.len() <= MAX_PLACE_BYTES
        && PLACES.first_words[letter] & (1 << len) != 0
        && PLACES.keys.contains_key(&words_key(name))
}

/// [`is_place`]'s index: the places by the key of their words, and for each first letter
/// (`a` to `z`) the lengths of the first words that start with it, one bit a length.
struct PlaceIndex {
    /// The key of each place's words.
    keys: FxHashMap<u64, ()>,
    first_words: [u32; 26],
}

/// The first letter of `name` (0 for `a`) and the byte length of its first word, when it
/// starts with an ASCII letter and that word is shorter than 32 bytes.
fn first_word_shape(name: &str) -> Option<(usize, u32)> {
    let b = name.as_bytes();
    let letter = b.first()?.to_ascii_lowercase();
    if !letter.is_ascii_lowercase() {
        return None;
    }
    let len = b
        .iter()
        .position(u8::is_ascii_whitespace)
        .unwrap_or(b.len());
    (len < 32).then(|| (usize::from(letter - b'a'), len as u32))
}

/// Bytes of the longest name [`is_place`] looks up, with room for odd whitespace.
const MAX_PLACE_BYTES: usize = 40;

/// A key for a name's words, each folded to ASCII lower case, whatever ASCII whitespace
/// stands between them (FNV-1a over the bytes, one space between words). A byte loop:
/// decoding characters to split the words cost more than the rest of the lookup.
fn words_key(name: &str) -> u64 {
    const PRIME: u64 = 0x0100_0000_01b3;
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut gap = false;
    let mut started = false;
    for b in name.bytes() {
        if b.is_ascii_whitespace() {
            gap = started;
            continue;
        }
        if gap {
            h = (h ^ u64::from(b' ')).wrapping_mul(PRIME);
            gap = false;
        }
        started = true;
        h = (h ^ u64::from(b.to_ascii_lowercase())).wrapping_mul(PRIME);
    }
    h
}

/// Orders two names word by word, each word by its ASCII-lower-case bytes: the order
/// [`places::PLACES`] is sorted in, whatever whitespace `name` has between its words.
#[cfg(test)]
fn compare_words(entry: &str, name: &str) -> std::cmp::Ordering {
    let mut a = entry.split(' ');
    let mut b = name.split_whitespace();
    loop {
        match (a.next(), b.next()) {
            (None, None) => return std::cmp::Ordering::Equal,
            (None, Some(_)) => return std::cmp::Ordering::Less,
            (Some(_), None) => return std::cmp::Ordering::Greater,
            (Some(x), Some(y)) => {
                let x = x.bytes().map(|c| c.to_ascii_lowercase());
                let y = y.bytes().map(|c| c.to_ascii_lowercase());
                match x.cmp(y) {
                    std::cmp::Ordering::Equal => {}
                    other => return other,
                }
            }
        }
    }
}

/// Whether `word` names a stage of life or career ([`titles::STAGE_WORDS`]), in any case.
pub(crate) fn is_stage_word(word: &str) -> bool {
    listed(titles::STAGE_WORDS, word)
}

/// Whether `word` names a nationality, a people or a faith ([`PEOPLES`]), in any case.
pub(crate) fn is_people(word: &str) -> bool {
    listed(PEOPLES, word)
}

/// Whether `word` is a number in words (`two`, `Forty`), in any case: [`NUMBERS`], or one
/// of the determiners `one`, `two` and `three`.
pub(crate) fn is_number_word(word: &str) -> bool {
    lookup(word).number || listed(&["one", "two", "three"], word)
}

/// Whether `word` is two or more capital letters and nothing else (`IRCC`, `EU`): an
/// acronym, as news writes an institution's name.
pub(crate) fn is_acronym(word: &str) -> bool {
    word.len() > 1 && word.bytes().all(|b| b.is_ascii_uppercase())
}

/// Whether `word` is a people in the plural (`Saudis`, `Norwegians`), in any case.
pub(crate) fn is_peoples_plural(word: &str) -> bool {
    word.strip_suffix('s').is_some_and(is_people)
}

/// Whether `word` names an animal ([`ANIMALS`]), in any case.
pub(crate) fn is_animal(word: &str) -> bool {
    listed(ANIMALS, word)
}

/// Whether `word` makes a description point back at someone by identity, not by its noun
/// (`the same speaker`, `the other woman`): `same`, or the word of an anaphor
/// ([`pronouns::ANAPHORS`]), in any case.
pub(crate) fn is_identity_word(word: &str) -> bool {
    word.eq_ignore_ascii_case("same")
        || pronouns::ANAPHORS
            .iter()
            .any(|(w, _)| word.eq_ignore_ascii_case(w))
}

/// Whether `word` is a day word of [`DAYS`] (`Monday`, `yesterday`), in any case.
pub(crate) fn is_day(word: &str) -> bool {
    listed(DAYS, word)
}

/// Whether `word` is a month of [`MONTHS`], capitalized as one is (`May`, `Sept.`).
pub(crate) fn is_month(word: &str) -> bool {
    word.starts_with(|c: char| c.is_ascii_uppercase()) && listed(MONTHS, word)
}

/// The gender `word` tells of the person it picks up, if it is one of
/// [`pronouns::GENDER_CUES`] (in any case).
pub(crate) fn gender_cue(word: &str) -> Option<Gender> {
    gender_in(pronouns::GENDER_CUES, word)
}

/// Whether the title word `word` (`Dr.`, `Senator`) is the office that the head noun
/// `head` of a description names (`doctor`, `senator`), in any case: the same word, or the
/// same office in full (`Dr.` and `doctor`, `surgeon` and `physician`).
pub(crate) fn title_is(word: &str, head: &str) -> bool {
    let word = word.strip_suffix('.').unwrap_or(word);
    word.eq_ignore_ascii_case(head) || full_title(word).eq_ignore_ascii_case(full_title(head))
}

/// Whether `word` (`Hydro`, `Airways`) is a word a kind of body is named by, in any case:
/// one [`titles::BODY_NAME_WORDS`] gives for a noun.
pub(crate) fn names_body_kind(word: &str) -> bool {
    titles::BODY_NAME_WORDS
        .iter()
        .any(|(_, words)| listed(words, word))
}

/// Whether `word`, the head of an institution's name (`Airways`, `Bank`), names the kind
/// of institution `noun` is (`airline`, `bank`): the same word, or one that
/// [`titles::BODY_NAME_WORDS`] gives for it.
pub(crate) fn heads_body(word: &str, noun: &str) -> bool {
    word.eq_ignore_ascii_case(noun)
        || titles::BODY_NAME_WORDS
            .iter()
            .find(|(n, _)| *n == noun)
            .is_some_and(|(_, words)| words.iter().any(|w| w.eq_ignore_ascii_case(word)))
}

/// Whether `word` is a given name borne by men and women alike ([`given_names::EITHER`]),
/// whose usual gender the text overrules easily.
pub(crate) fn given_to_either(word: &str) -> bool {
    given_names::EITHER
        .iter()
        .any(|n| word.eq_ignore_ascii_case(n))
}

/// The gender a given name tells when one sex bears it (`Jake`, `Ruth`); none for a name
/// borne by men and women alike ([`given_to_either`]) or for a word that is no given name.
pub(crate) fn one_sex_given(word: &str) -> Option<Gender> {
    lookup(word).given.filter(|_| !given_to_either(word))
}

/// The formal given names a pet form shortens (`Frank`: `francis`, `franklin`), in lower
/// case; empty for any other word.
pub(crate) fn formal_given(word: &str) -> &'static [&'static str] {
    // The table is sorted: a binary search, compared without case, costs a few byte
    // comparisons per name.
    let cmp = |pet: &str| {
        pet.bytes()
            .cmp(word.bytes().map(|b| b.to_ascii_lowercase()))
    };
    nicknames::NICKNAMES
        .binary_search_by(|(pet, _)| cmp(pet))
        .map_or(&[], |i| nicknames::NICKNAMES[i].1)
}

/// The full form of an abbreviated title (`Dr` is `doctor`), or the word descriptions use
/// for the same office (`surgeon` is `doctor` too), compared without case; any other word
/// as it is.
pub(crate) fn full_title(word: &str) -> &str {
    titles::ABBREVIATED_TITLES
        .iter()
        .chain(titles::SAME_OFFICE)
        .find(|(short, _)| word.eq_ignore_ascii_case(short))
        .map_or(word, |&(_, full)| full)
}

/// Whether the honorific `word` (`Mrs.`, `Miss`) is a married woman's (`true`) or an
/// unmarried one's (`false`); `None` for any other word. Compared without case and
/// without a final period.
pub(crate) fn married(word: &str) -> Option<bool> {
    let word = word.strip_suffix('.').unwrap_or(word);
    titles::WOMAN_BY_MARRIAGE
        .iter()
        .find(|(w, _)| w.eq_ignore_ascii_case(word))
        .map(|&(_, m)| m)
}

/// Whether `word` is a noun for something said (`reply`, `remark`), compared without case.
/// Asked only next to a quote (after it and `was`, or before its colon), so a scan of the
/// short table will do.
pub(crate) fn is_utterance_noun(word: &str) -> bool {
    titles::UTTERANCE_NOUNS
        .iter()
        .any(|n| n.eq_ignore_ascii_case(word))
}

/// The pronoun an object pronoun after a verb of perception stands for, when a speech
/// verb follows it: `heard her say` → (`she`'s gender and number). `perceiver` and
/// `object` are the two words before the speech verb.
pub(crate) fn object_speaker(perceiver: &str, object: &str) -> Option<(Option<Gender>, Number)> {
    if !verbs::PERCEPTION_VERBS.contains(&perceiver) {
        return None;
    }
    object_pronoun(object)
}

/// The gender and number an object pronoun (`him`, `her`, `them`) carries, if `word` is
/// one.
pub(crate) fn object_pronoun(word: &str) -> Option<(Option<Gender>, Number)> {
    pronouns::OBJECT_PRONOUNS
        .iter()
        .find(|(w, _, _)| word.eq_ignore_ascii_case(w))
        .map(|&(_, g, n)| (g, n))
}

/// Whether the `-ing` form `form` and the word `next` after it make one of
/// [`verbs::SPEECH_COMPOUNDS`] (`warning signs`): a noun, and no speech verb.
pub(crate) fn speech_compound(form: &str, next: &str) -> bool {
    verbs::SPEECH_COMPOUNDS
        .iter()
        .any(|(f, nouns)| form.eq_ignore_ascii_case(f) && nouns.contains(&next))
}

/// The gender of a third-person singular pronoun in any of its forms (`she`, `Her`,
/// `his`, `himself`), if `word` is one of [`pronouns::PERSONAL_FORMS`].
pub(crate) fn personal_gender(word: &str) -> Option<Gender> {
    pronouns::PERSONAL_FORMS
        .iter()
        .find(|(w, _)| word.eq_ignore_ascii_case(w))
        .map(|&(_, g)| g)
}

/// Whether `word` is a verb of perception (`hear`, `saw`): `hearing shouting` perceives a
/// sound, it reports no speech.
pub(crate) fn is_perception(word: &str) -> bool {
    verbs::PERCEPTION_VERBS.contains(&word)
}

/// Whether `word` is a verb of hearing (`heard`, `overhear`): `heard a voice call`.
pub(crate) fn is_hearing(word: &str) -> bool {
    verbs::HEARING_VERBS.contains(&word)
}

/// Whether lower-case `word` is a past tense: a form in [`verbs::IRREGULAR_PAST`], or a
/// word of five letters or more in `-ed` but not `-eed` (`need`, `succeed` are base forms).
pub(crate) fn is_past_form(word: &str) -> bool {
    (word.len() >= 5 && word.ends_with("ed") && !word.ends_with("eed"))
        || verbs::IRREGULAR_PAST.contains(&word)
}

/// Whether `noun` (lower case) names kin who mostly share the family name of the one
/// whose kin they are ([`titles::FAMILY_KIN`]: `father`, `wife`).
pub(crate) fn family_kin(noun: &str) -> bool {
    titles::FAMILY_KIN.contains(&noun)
}

/// Whether `noun` (lower case) is a spouse of [`family_kin`] ([`titles::SPOUSES`]).
pub(crate) fn spouse(noun: &str) -> bool {
    titles::SPOUSES.contains(&noun)
}

/// Whether `noun` (lower case) is a woman of [`family_kin`] who married into the family
/// ([`titles::MARRIED_IN`]: `mother`, `wife`): `Some(true)`; born into it
/// ([`titles::BORN_IN`]: `daughter`, `sister`): `Some(false)`; else `None`.
pub(crate) fn married_in(noun: &str) -> Option<bool> {
    if titles::MARRIED_IN.contains(&noun) {
        Some(true)
    } else if titles::BORN_IN.contains(&noun) {
        Some(false)
    } else {
        None
    }
}

/// Whether `noun` (lower case) names a person by their tie to another person
/// ([`titles::RELATION_NOUNS`]: `mother`, `widow`, `friend`).
pub(crate) fn relation_noun(noun: &str) -> bool {
    titles::RELATION_NOUNS.contains(&noun)
}

/// The words that open the names of those `noun` (lower case) speaks of by their rank
/// ([`titles::ADDRESS_NOUNS`]: `ladyship` is a `Lady` or a `Countess`), if it is one.
pub(crate) fn addressed_ranks(noun: &str) -> Option<&'static [&'static str]> {
    titles::ADDRESS_NOUNS
        .iter()
        .find(|(n, _)| *n == noun)
        .map(|(_, ranks)| *ranks)
}

/// Whether `noun` (lower case) names the one a person is with ([`titles::PARTNER_NOUNS`]:
/// `companion`).
pub(crate) fn partner_noun(noun: &str) -> bool {
    titles::PARTNER_NOUNS.contains(&noun)
}

/// Whether `noun` (lower case) names someone who serves in a house, an inn or a carriage
/// ([`titles::SERVANT_NOUNS`]: `maid`, `waiter`).
pub(crate) fn servant_noun(noun: &str) -> bool {
    titles::SERVANT_NOUNS.contains(&noun)
}

/// The gender a noun for a person implies (`lady`, `spokesman`), if it implies one.
pub(crate) fn noun_gender(word: &str) -> Option<Gender> {
    gender_in(titles::GENDERED_NOUNS, word)
}

/// The gender a rank of nobility implies (`duke`, `Duchess`: [`titles::RANKS`]), if
/// `word` is one.
pub(crate) fn rank_gender(word: &str) -> Option<Gender> {
    gender_in(titles::RANKS, word)
}

/// The gender a capitalized word standing alone as a name tells (`Granny`, `the Duchess`):
/// that of a noun for a person of one gender or of a rank.
pub(crate) fn character_gender(word: &str) -> Option<Gender> {
    lookup(word).character
}

/// The gender a `(word, gender)` table gives `word`, compared without case. The tables
/// are a few dozen rows, read only for words already picked out, so a scan will do.
fn gender_in(table: &[(&str, Gender)], word: &str) -> Option<Gender> {
    table
        .iter()
        .find(|(w, _)| w.eq_ignore_ascii_case(word))
        .map(|&(_, g)| g)
}

/// The lexicon index of `word` (0 when unknown), compared without case and without a final
/// period; what a token stores so that it is looked up once.
pub(crate) fn id(word: &str) -> u16 {
    id_of_key(word, 0..word.len(), word_key(word))
}

/// [`id`] of the word `text[span]`, when the caller already has its [`word_key`].
#[inline]
pub(crate) fn id_of_key(text: &str, span: Range<usize>, key: u64) -> u16 {
    let lex = &*LEXICON;
    let id = (lex.slots[lex.slot(key)] & ID_BITS) as u16;
    if id == 0 {
        return 0;
    }
    // Confirm: a key match is almost surely the word, but a lexicon must be exact.
    let word = &text[span.clone()];
    let word = word.strip_suffix('.').unwrap_or(word);
    let short = lex.short[usize::from(id)];
    if short != 0 {
        // A short ASCII word is the entry exactly when it folds to the entry's bytes. (Any
        // other word takes the general path: `\u{212a}` lower-cases to an ASCII `k`.)
        if let Some(x) = pack_at(text.as_bytes(), span.start, word.len()) {
            return if fold(x) == short { id } else { 0 };
        }
    }
    let entry = lex.words[usize::from(id)];
    let same = if word.is_ascii() {
        word.eq_ignore_ascii_case(entry)
    } else {
        word.to_lowercase() == entry
    };
    if same {
        id
    } else {
        0
    }
}

/// The `len` bytes of `bytes` from `start` packed little-endian into a `u64`, zero-padded,
/// when they are ASCII and at most eight.
#[inline]
fn pack_at(bytes: &[u8], start: usize, len: usize) -> Option<u64> {
    if len == 0 || len > 8 {
        return None;
    }
    let x = load_short(bytes, start, len);
    (x & HIGH == 0).then_some(x)
}

/// The entry at lexicon index `id`.
pub(crate) fn info(id: u16) -> &'static WordInfo {
    &LEXICON.infos[usize::from(id)]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generational_suffixes() {
        for w in ["Jr.", "Jr", "jr.", "Sr.", "II", "III", "IV", "Jr.,"] {
            assert!(is_generational_suffix(w), "{w}");
        }
        // Roman numerals only in capitals; other words are no suffix.
        for w in ["iv", "ii", "Junior", "Jrs", "I", "V"] {
            assert!(!is_generational_suffix(w), "{w}");
        }
    }

    #[test]
    fn post_name_honorifics() {
        assert_eq!(post_name_honorific("Begum"), Some(Gender::Female));
        assert_eq!(post_name_honorific("Sahib"), Some(Gender::Male));
        assert_eq!(post_name_honorific("Pasha"), Some(Gender::Male));
        // Only as written after a name, and only these words.
        for w in ["begum", "sahibs", "Khan", "Singh", "Jr", "Mr"] {
            assert_eq!(post_name_honorific(w), None, "{w}");
        }
    }

    #[test]
    fn a_word_matches_its_entry_exactly_in_any_case_and_place() {
        let said = id("said");
        assert_ne!(said, 0);
        // Short ASCII words are confirmed from one load inside the text, or by a copy at
        // its very end; either way, case and a final period do not matter.
        let text = "He SAID it. Said. saidx sai";
        let at = |w: &str| {
            let start = text.find(w).unwrap();
            let span = start..start + w.len();
            id_of_key(text, span.clone(), crate::hash::key_at(text, span))
        };
        assert_eq!(at("SAID"), said);
        assert_eq!(at("Said."), said);
        assert_eq!(at("saidx"), 0);
        assert_eq!(at("sai"), 0);
        assert_eq!(id("Said"), said);
        // Long words and non-ASCII ones take the general comparison.
        assert_eq!(id("Spokeswoman"), id("spokeswoman"));
        assert_ne!(id("spokeswoman"), 0);
        assert_eq!(id("\u{212a}ing"), id("king"));
        assert_ne!(id("king"), 0);
    }

    #[test]
    fn reply_cues_are_told_by_their_lemma() {
        for cue in [
            "replied",
            "Responds",
            "retorted",
            "answered",
            "shot back",
            "fired back",
        ] {
            assert!(is_reply(cue), "{cue}");
        }
        // Other speech verbs, a phrasal head without its particle, or another particle.
        for cue in ["said", "asked", "shot", "broke in", "pointed out", ""] {
            assert!(!is_reply(cue), "{cue}");
        }
    }

    #[test]
    fn a_mother_or_wife_married_into_the_family_and_a_daughter_or_sister_was_born_in_it() {
        for noun in ["mother", "wife"] {
            assert_eq!(married_in(noun), Some(true), "{noun}");
        }
        for noun in ["daughter", "sister"] {
            assert_eq!(married_in(noun), Some(false), "{noun}");
        }
        // Men, kin of either sex, and kin who bear another family name as often.
        for noun in ["father", "brother", "cousin", "aunt", "Mother"] {
            assert_eq!(married_in(noun), None, "{noun}");
        }
    }

    #[test]
    fn a_party_member_is_one_person_of_the_party() {
        for w in ["Republican", "democrat", "Tory", "Liberal"] {
            assert!(is_party_member(w), "{w}");
        }
        // The party, its members together, or its adjective.
        for w in ["GOP", "Republicans", "Democratic", "Tories", "party"] {
            assert!(!is_party_member(w), "{w}");
        }
    }

    #[test]
    fn party_members_are_the_plural_of_a_party_member() {
        for w in ["Republicans", "democrats", "Tories", "LIBERALS"] {
            assert!(is_party_members(w), "{w}");
        }
        // One member, a plural of something else, a near miss, and letters of another script.
        for w in [
            "Republican",
            "Tory",
            "Torys",
            "Liberalss",
            "Parties",
            "Démocrates",
        ] {
            assert!(!is_party_members(w), "{w}");
        }
    }

    #[test]
    fn department_words_head_no_office() {
        for w in ["Health", "transport", "Public", "State"] {
            assert!(is_department(w), "{w}");
        }
        for w in ["Minister", "Secretary", "Canada", "Sen."] {
            assert!(!is_department(w), "{w}");
        }
    }

    #[test]
    fn corporate_suffixes_with_or_without_their_period() {
        for w in ["Inc.", "Ltd", "CORP.", "LLC"] {
            assert!(is_corporate_suffix(w), "{w}");
        }
        for w in ["Incorporated", "Co-op", "Group", "Lincoln"] {
            assert!(!is_corporate_suffix(w), "{w}");
        }
    }

    #[test]
    fn a_pet_form_names_its_formal_given_names() {
        assert_eq!(formal_given("Frank"), ["francis", "franklin"]);
        assert_eq!(formal_given("SISSY"), ["cecilia", "cecily"]);
        // A formal name, or a word that is no name, shortens nothing.
        assert!(formal_given("Francis").is_empty());
        assert!(formal_given("frankly").is_empty());
        // Every formal name in the table is a given name the lexicon knows, so a full
        // name that starts with it is read as one.
        // Sorted, for the binary search.
        assert!(nicknames::NICKNAMES.windows(2).all(|w| w[0].0 < w[1].0));
        for (pet, formal) in nicknames::NICKNAMES {
            assert_eq!(*pet, pet.to_lowercase());
            for f in *formal {
                assert!(
                    lookup(f).given.is_some(),
                    "{pet}: {f} is no known given name"
                );
            }
        }
    }

    #[test]
    fn an_accented_given_name_is_the_name_without_its_accents() {
        for (w, g) in [
            ("José", Gender::Male),
            ("Chloé", Gender::Female),
            ("Tomás", Gender::Male),
        ] {
            let i = accented_given_name(w);
            assert_eq!(LEXICON.infos[usize::from(i)].given, Some(g), "{w}");
        }
        // A word that folds to no given name, or has a letter that does not fold, is none.
        for w in ["Résumé", "Ølstad", "Zürich", "北京"] {
            assert_eq!(accented_given_name(w), 0, "{w}");
        }
    }

    #[test]
    fn a_subordinating_conjunction_tells_what_its_clause_is() {
        assert_eq!(subordinator("when"), Some(Subordinate::Time));
        assert_eq!(subordinator("before"), Some(Subordinate::Background));
        assert_eq!(subordinator("although"), Some(Subordinate::Other));
        // As written: a capitalized one opens a sentence, not a clause inside one.
        assert_eq!(subordinator("When"), None);
        assert_eq!(subordinator("and"), None);
        assert!(is_subordinator("When") && !is_subordinator("and"));
    }

    #[test]
    fn a_compound_given_name_is_its_first_part() {
        for (w, g) in [
            ("Anne-Marie", Gender::Female),
            ("Jean-Pierre", Gender::Male),
            ("Jean-Marie", Gender::Male),
            ("Marie-Hélène", Gender::Female),
        ] {
            let i = compound_given_name(w);
            assert_eq!(LEXICON.infos[usize::from(i)].given, Some(g), "{w}");
        }
        // A hyphenated surname, a part in lower case, or one word alone is no compound.
        for w in [
            "Smith-Jones",
            "Anne-marie",
            "Anne",
            "Anne-",
            "-Anne",
            "Mary-Kate-Smith",
        ] {
            assert_eq!(compound_given_name(w), 0, "{w}");
        }
    }

    #[test]
    fn places_are_sorted_word_by_word_and_found_in_any_spacing_or_case() {
        for pair in places::PLACES.windows(2) {
            assert_eq!(
                compare_words(pair[0], pair[1]),
                std::cmp::Ordering::Less,
                "{pair:?}"
            );
        }
        let mut keys = std::collections::HashSet::new();
        for p in places::PLACES {
            assert!(keys.insert(words_key(p)), "two places with one key: {p}");
            assert!(p.len() <= MAX_PLACE_BYTES && is_place(p), "{p}");
            // The resolver does not ask for a name of several words that starts with a
            // given name (`Virginia Woolf`): no place's name is one.
            let mut words = p.split(' ');
            let first = words.next().unwrap_or("");
            assert!(
                words.next().is_none() || lookup(first).given.is_none(),
                "{p}"
            );
        }
        assert!(is_place("Ohio") && is_place("OHIO") && is_place("New\nYork"));
        assert!(is_place("Prince  Edward Island") && is_place("British Columbia"));
        // Only the whole name: a part of one, or a name with more words, is no place.
        for name in [
            "York",
            "New",
            "New York Times",
            "Ohio State",
            "Dana Ohio",
            "",
        ] {
            assert!(!is_place(name), "{name}");
        }
    }

    #[test]
    fn acronyms_are_capitals_only_and_peoples_plurals_are_of_the_table() {
        for w in ["EU", "IRCC", "NATO"] {
            assert!(is_acronym(w), "{w}");
        }
        // (Initials with periods, a word in title case, one letter, a digit.)
        for w in ["J.R.", "Nato", "A", "G7", ""] {
            assert!(!is_acronym(w), "{w}");
        }
        for w in ["Saudis", "Norwegians", "canadians"] {
            assert!(is_peoples_plural(w), "{w}");
        }
        for w in ["Saudi", "Democrats", "Nurses"] {
            assert!(!is_peoples_plural(w), "{w}");
        }
    }

    #[test]
    fn number_words_take_in_the_determiners_one_to_three() {
        for w in ["one", "Three", "four", "Twenty", "ninety"] {
            assert!(is_number_word(w), "{w}");
        }
        // (Not a word of quantity, nor a numeral.)
        for w in ["none", "several", "24", "first", ""] {
            assert!(!is_number_word(w), "{w}");
        }
    }

    #[test]
    fn given_names_of_all_three_tables_carry_a_gender() {
        assert_eq!(one_sex_given("Dwayne"), Some(Gender::Male));
        // Borne by either sex, or no given name: nothing told.
        assert_eq!(one_sex_given("Jordan"), None);
        assert_eq!(one_sex_given("Harbor"), None);
        assert_eq!(lookup("Kimberly").given, Some(Gender::Female));
        assert_eq!(lookup("Dwayne").given, Some(Gender::Male));
        // The hand-written table still answers for the names it has.
        assert_eq!(lookup("Robert").given, Some(Gender::Male));
        // And the pooled sources for names few Americans bear.
        assert_eq!(lookup("Mikael").given, Some(Gender::Male));
        assert_eq!(lookup("Agnieszka").given, Some(Gender::Female));
        // Places, words and surnames the SSA counts list as names are left out.
        for w in ["Alberta", "Hope", "Carter", "April", "Major", "Roman"] {
            assert_eq!(lookup(w).given, None, "{w}");
        }
    }

    #[test]
    fn a_rank_tells_a_character_its_gender_but_is_no_generic_noun() {
        assert_eq!(character_gender("Duchess"), Some(Gender::Female));
        assert_eq!(character_gender("Granny"), Some(Gender::Female));
        assert_eq!(character_gender("baron"), Some(Gender::Male));
        assert_eq!(character_gender("Hatter"), None);
        // `the duchess` is the one in the scene, not any woman as `the lady` is.
        assert_eq!(noun_gender("duchess"), None);
        assert_eq!(noun_gender("lady"), Some(Gender::Female));
    }

    #[test]
    fn abbreviated_titles_are_read_as_titles() {
        // A short form the mention reader does not take for a title would never reach a
        // description.
        for (short, full) in titles::ABBREVIATED_TITLES {
            let info = lookup(short);
            assert!(info.title || info.honorific.is_some(), "{short}");
            assert!(
                title_is(&format!("{}.", short.to_uppercase()), full),
                "{short}"
            );
        }
        assert!(title_is("Senator", "senator"));
        assert!(!title_is("Dr.", "senator"));
    }

    #[test]
    fn words_for_one_office_are_one_office() {
        // A role noun the reader does not know as one would never be styled on a name.
        for (word, office) in titles::SAME_OFFICE {
            assert!(lookup(word).role, "{word}");
            assert!(title_is(word, office), "{word}");
        }
        assert_eq!(full_title("Surgeon"), "doctor");
        assert!(title_is("Dr.", "surgeon") && title_is("physician", "surgeon"));
        assert!(title_is("attorney", "lawyer") && title_is("lawyer", "attorney"));
        assert!(!title_is("surgeon", "nurse"));
    }

    #[test]
    fn verbs_are_found_in_every_form_and_case() {
        assert_eq!(lookup("said").verb.unwrap().0, "say");
        assert_eq!(lookup("Told").verb.unwrap().0, "tell");
        assert_eq!(lookup("WROTE").verb.unwrap().0, "write");
        assert!(lookup("sandwich").verb.is_none());
    }

    #[test]
    fn words_carry_every_class_they_belong_to() {
        let chief = lookup("chief");
        assert!(chief.title && chief.role);
        assert_eq!(lookup("she").pronoun.unwrap().0, Some(Gender::Female));
        assert_eq!(lookup("Mrs.").honorific, Some(Some(Gender::Female)));
        assert!(lookup("officials").group);
        assert_eq!(lookup("who").function, Some(Function::Relative));
        assert_eq!(lookup("Robert").given, Some(Gender::Male));
        assert_eq!(lookup("Monday").function, Some(Function::Time));
        assert_eq!(lookup("Gates").function, None);
    }

    #[test]
    fn a_womans_honorific_tells_whether_she_is_married() {
        assert_eq!(married("Mrs."), Some(true));
        assert_eq!(married("MADAME"), Some(true));
        assert_eq!(married("Miss"), Some(false));
        // `Ms` was made to leave it unsaid; a man's honorific says nothing of it.
        assert_eq!(married("Ms."), None);
        assert_eq!(married("Mr."), None);
    }

    #[test]
    fn past_tenses_are_told_from_base_forms() {
        for w in ["looked", "answered", "said", "came", "was", "shook"] {
            assert!(is_past_form(w), "{w}");
        }
        for w in [
            "look", "need", "succeed", "shed", "say", "come", "red", "put",
        ] {
            assert!(!is_past_form(w), "{w}");
        }
    }

    #[test]
    fn relation_nouns_are_ties_between_people() {
        for w in ["mother", "widow", "friend", "grandson", "fiancée"] {
            assert!(relation_noun(w), "{w}");
        }
        // Those who speak for someone may speak for a body: not a tie between people.
        for w in ["spokeswoman", "lawyer", "director", "Mother"] {
            assert!(!relation_noun(w), "{w}");
        }
    }

    #[test]
    fn overlong_and_non_ascii_words_are_safe() {
        assert!(lookup(&"x".repeat(500)).verb.is_none());
        assert!(lookup("Ärger").verb.is_none());
        assert!(lookup("").verb.is_none());
    }
}

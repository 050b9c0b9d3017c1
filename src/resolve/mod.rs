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
//! This module holds the name index and what every reading shares; [`pronoun`] reads
//! pronouns and dialogue turns, [`description`] descriptions, and [`bodies`] institutions,
//! groups and documents.

mod bodies;
mod description;
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
pub(crate) use subjects::clause_subject;
use subjects::verb_after;

/// One name in the article.
#[derive(Debug, Clone)]
struct NameRef<'t> {
    /// Byte where the mention starts.
    start: usize,
    /// The title words before the name (`Defense Secretary`).
    title: Option<Range<usize>>,
    /// A description set beside the name by commas: `Robert Gates, the defense secretary,`
    /// or `the beadle, Mr. Bumble,`.
    role: Option<Range<usize>>,
    /// The fullest name this mention resolves to.
    full: Cow<'t, str>,
    /// Whether it is known to name a person (several words, an honorific, a known given
    /// name, a gazetteer entry, or a speech verb after it), not a place or a word
    /// capitalized at a sentence start.
    person: bool,
    /// Whether a speech verb follows it (`Gates, who ..., told`).
    speaking: bool,
    /// Whether it opens its sentence.
    opens: bool,
    /// Whether it is a subject: it opens its sentence, or it opens a clause a conjunction
    /// or a comma joins on and a verb follows (`but Mary recalled her`).
    subject: bool,
}

/// What the name index reads of a name's words: how many, the first and the last, and
/// the gender the first implies as a given name.
struct NameWords<'t> {
    count: usize,
    first: &'t str,
    last: &'t str,
    given: Option<Gender>,
    /// Whether the last word is an institution noun (`School`, `Authority`) or a group's
    /// (`Dairy Farmers`, `Young Liberals`).
    last_org: bool,
    /// Whether the name is an institution noun and `of` (`City of Surrey`, `Bank of
    /// Canada`): an institution, though it ends in a place.
    org_of: bool,
    /// Whether the first word is a pet form of a given name, and whether it is a formal
    /// given name a pet form shortens: see [`formal_names`].
    pet: bool,
    formal: bool,
    /// The gender of an honorific after the name (`Hamidullah Begum`), which is not one
    /// of its words: see [`lexicon::post_name_honorific`].
    post: Option<Gender>,
}

impl<'t> NameWords<'t> {
    /// `first_info` and `last_org`: what the lexicon says of the first and last words, when
    /// the caller has their tokens' entries at hand; else the words are looked up.
    fn of(name: &'t str, first_info: Option<&WordInfo>, last_org: Option<bool>) -> Self {
        let mut words = name.split_whitespace();
        let first = words.next().unwrap_or("");
        let of = words.clone().next() == Some("of");
        let (mut last, mut count) = (first, usize::from(!first.is_empty()));
        // A nickname in quotation marks (`Joaquin "El Chapo" Guzman`) is not counted.
        let mark = |c: Option<char>| c.is_some_and(|c| crate::marks::lookup(c).is_some());
        let mut nickname = false;
        let mut post = None;
        while let Some(w) = words.next() {
            nickname |= mark(w.chars().next());
            // `Hamidullah Begum` is Mrs. Hamidullah: the honorific that ends a name is no
            // surname, and the name is one word, which `Hamidullah` alone is not.
            post = lexicon::post_name_honorific(w).filter(|_| words.clone().next().is_none());
            // (`Joseph R. Biden Jr.` is indexed by `Biden`.)
            if !nickname && !lexicon::is_generational_suffix(w) && post.is_none() {
                last = w;
                count += 1;
            }
            nickname &= !mark(w.chars().next_back());
        }
        let info = match first_info {
            Some(info) => info,
            None if first.is_empty() => lexicon::lookup(""),
            None => lexicon::lookup(first),
        };
        let org_of = of && info.org;
        // `Camden Place`, `Harley Street`: an address is no one either.
        let last_org = last_org.unwrap_or_else(|| {
            let info = lexicon::lookup(last);
            info.org || info.group
        }) || count > 1 && lexicon::is_street(last);
        NameWords {
            count,
            first,
            last,
            given: info.given,
            last_org,
            org_of,
            pet: info.pet,
            formal: info.formal,
            post,
        }
    }
}

/// Full-name mentions grouped by one index word (a last or a first name), while they are
/// collected.
#[derive(Default)]
struct FullNameIndex<'t> {
    group: FxHashMap<&'t str, u32>,
    /// (group, mention), in document order.
    members: Vec<(u32, usize)>,
}

impl<'t> FullNameIndex<'t> {
    fn add(&mut self, word: &'t str, k: usize) {
        let next = self.group.len() as u32;
        let g = *self.group.entry(word).or_insert(next);
        self.members.push((g, k));
    }

    /// Sums up each group once: for any gender, for men and for women, the mentions of
    /// that gender or unknown, kept only when they all name the same full name. All lists
    /// share one vector, so an article with thousands of names makes no vector per name.
    fn summarize(
        mut self,
        gender: &[Option<Gender>],
        same: impl Fn(usize, usize) -> bool,
    ) -> FullNameTable<'t> {
        // Stable: each group's mentions stay in document order.
        self.members.sort_by_key(|&(g, _)| g);
        let mut lists = Vec::with_capacity(self.members.len());
        let mut ranges = vec![[0..0, 0..0, 0..0, 0..0]; self.group.len()];
        let mut rest = &self.members[..];
        while let Some(&(g, _)) = rest.first() {
            let n = rest.iter().take_while(|m| m.0 == g).count();
            let (chunk, tail) = rest.split_at(n);
            rest = tail;
            // Usually every mention is the same full name, and then so is every subset.
            let all_same = chunk.iter().all(|&(_, j)| same(j, chunk[0].1));
            let wants = [None, Some(Gender::Male), Some(Gender::Female)];
            for (slot, want) in wants.into_iter().enumerate() {
                let start = lists.len();
                lists.extend(
                    chunk
                        .iter()
                        .map(|&(_, j)| j)
                        .filter(|&j| match (want, gender[j]) {
                            (Some(a), Some(b)) => a == b,
                            _ => true,
                        }),
                );
                let kept = &lists[start..];
                let single = kept
                    .first()
                    .is_some_and(|&f| all_same || kept.iter().all(|&j| same(j, f)));
                if !single {
                    lists.truncate(start);
                }
                ranges[g as usize][slot] = start as u32..lists.len() as u32;
            }
            // And every mention, however many full names they are, for a reader who
            // settles the choice by place (see [`FullNames::latest`]).
            let start = lists.len();
            lists.extend(chunk.iter().map(|&(_, j)| j));
            ranges[g as usize][3] = start as u32..lists.len() as u32;
        }
        FullNameTable {
            group: self.group,
            ranges,
            lists,
        }
    }
}

/// [`FullNameIndex`] summed up: for each index word, the full-name mentions it may stand
/// for, in order, by the gender of the mention asking.
struct FullNameTable<'t> {
    group: FxHashMap<&'t str, u32>,
    /// Per group: where its lists for any gender, for men and for women, and its every
    /// mention, are in `lists`.
    ranges: Vec<[Range<u32>; 4]>,
    lists: Vec<usize>,
}

impl FullNameTable<'_> {
    fn get(&self, word: &str) -> Option<FullNames<'_>> {
        let &g = self.group.get(word)?;
        Some(FullNames {
            lists: &self.lists,
            ranges: &self.ranges[g as usize],
        })
    }
}

/// The full names one index word may stand for (see [`FullNameTable`]).
#[derive(Clone, Copy)]
struct FullNames<'a> {
    lists: &'a [usize],
    ranges: &'a [Range<u32>; 4],
}

impl FullNames<'_> {
    /// The latest of them before mention `k`, for a mention of gender `g`. Only a full
    /// name the reader has met counts: one named later is a namesake (`Marsh said ... the
    /// late actor Paul Marsh`), since a writer gives the full name first.
    fn nearest(&self, k: usize, g: Option<Gender>) -> Option<usize> {
        self.met_before(k, g).last().copied()
    }

    /// As [`FullNames::nearest`], passing over the full names `skip` rules out.
    fn nearest_but(
        &self,
        k: usize,
        g: Option<Gender>,
        skip: impl Fn(usize) -> bool,
    ) -> Option<usize> {
        self.met_before(k, g)
            .iter()
            .rev()
            .copied()
            .find(|&j| !skip(j))
    }

    /// The first of them after mention `k`, for a mention of gender `g`: a headline names
    /// people before the article introduces them.
    fn first_after(&self, k: usize, g: Option<Gender>) -> Option<usize> {
        let r = &self.ranges[gender_slot(g)];
        let list = &self.lists[r.start as usize..r.end as usize];
        list.get(list.partition_point(|&j| j <= k)).copied()
    }

    /// Those of them, for a mention of gender `g`, met before mention `k`, in order.
    fn met_before(&self, k: usize, g: Option<Gender>) -> &[usize] {
        let r = &self.ranges[gender_slot(g)];
        let list = &self.lists[r.start as usize..r.end as usize];
        &list[..list.partition_point(|&j| j < k)]
    }

    /// The latest full-name mention before mention `k`, whichever full name it is: when
    /// the article has several (`Teresa Okafor` and her husband `Daniel Okafor`), the
    /// one just named is whom a lone surname next to it stands for. Also returns the
    /// mentions before it, in document order.
    fn latest(&self, k: usize) -> Option<(usize, &[usize])> {
        let r = &self.ranges[3];
        let list = &self.lists[r.start as usize..r.end as usize];
        let p = list.partition_point(|&j| j < k);
        p.checked_sub(1).map(|p| (list[p], &list[..p]))
    }
}

/// Where [`FullNames`] keeps the lists for a mention of gender `g`.
fn gender_slot(g: Option<Gender>) -> usize {
    match g {
        Some(Gender::Male) => 1,
        Some(Gender::Female) => 2,
        _ => 0,
    }
}

/// `Frank Oakley` where the document also has `Francis Oakley`, `Bill Dale` beside
/// `William Dale`: a full name that starts with a pet form of a given name is the same
/// person as the formal full name with the same other words. Both go by the form the
/// document uses more, and so do the mentions that resolved to either (a lone `Frank`).
/// Only when the document has exactly one such formal name: `Kit Hale` beside both a
/// `Christopher Hale` and a `Katherine Hale` stays as it is. `nicks` tells, per name,
/// whether its full name starts with a pet form and whether with a formal given name.
fn formal_names<'t>(
    names: &mut [NameRef<'t>],
    nicks: &[(bool, bool)],
    genders: &mut NameGenders<'t>,
) {
    // Most documents have no full name that starts with a pet form: nothing to build.
    if !nicks.iter().any(|&(pet, _)| pet) {
        return;
    }
    // A full name's words, case-folded and hashed in order, whatever spaces or line
    // breaks are between them; `first` stands in for the first word when given.
    let words_key = |full: &str, first: Option<&str>| {
        let mut words = full.split_whitespace();
        let head = words.next().unwrap_or("");
        let mut h = word_key(first.unwrap_or(head));
        for w in words {
            h = h.rotate_left(5) ^ word_key(w).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        }
        h
    };
    fn first_word(full: &str) -> &str {
        full.split_whitespace().next().unwrap_or("")
    }
    // The formal given names the pet forms here may shorten: only full names that start
    // with one of them are worth hashing (`James` is common; `Jim Vane` asks for it).
    let mut wanted: Vec<&'static str> = Vec::new();
    for (k, n) in names.iter().enumerate() {
        if nicks[k].0 {
            for f in lexicon::formal_given(first_word(&n.full)) {
                if !wanted.contains(f) {
                    wanted.push(f);
                }
            }
        }
    }
    // The full names that start with a pet form or a wanted formal given name: how often
    // each is used, and its first mention, by their words.
    let mut uses: FxHashMap<u64, (usize, usize)> = FxHashMap::default();
    for (k, n) in names.iter().enumerate() {
        let (pet, formal) = nicks[k];
        let formal = formal && {
            let first = first_word(&n.full);
            wanted.iter().any(|f| first.eq_ignore_ascii_case(f))
        };
        if pet || formal {
            uses.entry(words_key(&n.full, None)).or_insert((0, k)).0 += 1;
        }
    }
    // By the words of the name renamed: the name it goes by, and that name's words.
    let mut renames: FxHashMap<u64, (Cow<'t, str>, u64)> = FxHashMap::default();
    for (&key, &(used, k)) in &uses {
        if !nicks[k].0 {
            continue;
        }
        let full = &names[k].full;
        let found = lexicon::formal_given(first_word(full))
            .iter()
            .filter_map(|f| {
                let formal_key = words_key(full, Some(f));
                Some((formal_key, *uses.get(&formal_key)?))
            });
        let Some((formal_key, (formal_used, j))) = sole(found) else {
            continue;
        };
        // The person goes by the form the document uses more: `Tony Last` all through,
        // `Anthony Last` once on a letter.
        let (from, to) = if formal_used >= used {
            ((k, key), (j, formal_key))
        } else {
            ((j, formal_key), (k, key))
        };
        if let Some(&g) = genders.get(&names[from.0].full) {
            genders.entry(names[to.0].full.clone()).or_insert(g);
        }
        renames.insert(from.1, (names[to.0].full.clone(), to.1));
    }
    // Every mention of the renamed full names, whichever way they are spaced: `Bill Dale`
    // to `William Dale`, and on to the `Will Dale` the text uses most, a few steps at
    // most.
    for (k, n) in names.iter_mut().enumerate() {
        let (pet, formal) = nicks[k];
        if !(pet || formal) {
            continue;
        }
        let mut key = words_key(&n.full, None);
        for _ in 0..3 {
            let Some((to, to_key)) = renames.get(&key) else {
                break;
            };
            n.full = to.clone();
            key = *to_key;
        }
    }
}

/// Whether two names are the same words (`Thomas Gradgrind` across a line break too).
fn same_name(a: &str, b: &str) -> bool {
    a == b || a.split_whitespace().eq(b.split_whitespace())
}

/// What settles which of several full names sharing a word a lone mention of that word
/// stands for (`Okafor` among `Teresa Okafor` and `Daniel Okafor`).
struct Namesakes<'a, 't> {
    text: &'t str,
    tokens: &'a [Token],
    raw: &'a [(Mention, bool)],
    gender: &'a [Option<Gender>],
    /// How often each name is written, in full.
    uses: &'a FxHashMap<&'t str, usize>,
    /// Where each one-word name with no title is first used alone.
    first_alone: FxHashMap<&'t str, usize>,
}

impl<'a, 't> Namesakes<'a, 't> {
    fn new(
        text: &'t str,
        tokens: &'a [Token],
        raw: &'a [(Mention, bool)],
        gender: &'a [Option<Gender>],
        uses: &'a FxHashMap<&'t str, usize>,
    ) -> Self {
        let mut first_alone = FxHashMap::with_capacity_and_hasher(raw.len(), Default::default());
        for (k, (m, _)) in raw.iter().enumerate() {
            let name = &text[m.name.clone()];
            if m.title.is_none() && !name.contains(char::is_whitespace) {
                first_alone.entry(name).or_insert(k);
            }
        }
        Namesakes {
            text,
            tokens,
            raw,
            gender,
            uses,
            first_alone,
        }
    }

    /// Which of `names` the lone mention `k` stands for, if place settles it.
    ///
    /// A surname already used alone before the latest of them was named belongs to whom
    /// it stood for then, if that was one person: the article does not hand its main
    /// `Sanders` to his wife named in one line. Otherwise it is the one just named, in
    /// this paragraph or the one before (`Okafor` right after `Teresa Okafor`, not her
    /// husband named earlier), unless another is named in full more often, or the one
    /// just named is set as someone's relative (`mother of Sean Smith`, `Eric Trump's
    /// father`), which points away from that name.
    fn choose(&self, names: &FullNames<'_>, k: usize) -> Option<usize> {
        let (text, raw) = (self.text, self.raw);
        let own = &text[raw[k].0.name.clone()];
        let agrees = |i: usize| match (raw[k].0.gender, self.gender[i]) {
            (Some(a), Some(b)) => a == b,
            _ => true,
        };
        let same = |a: usize, b: usize| {
            same_name(&text[raw[a].0.name.clone()], &text[raw[b].0.name.clone()])
        };
        let (j, before) = names.latest(k)?;
        let first = self.first_alone.get(own).copied().unwrap_or(k);
        if first < j {
            let (o, before) = names.latest(first)?;
            let one = before.iter().rev().take(MAX_NAMESAKES).all(|&i| same(i, o));
            return Some(o).filter(|&o| one && agrees(o));
        }
        let n = &raw[j].0;
        let related = after_of(text, n.span.start)
            || after_of(text, n.name.start)
            || text[n.span.end..].starts_with(['\'', '’']);
        // `Grace Mbeki ... "Q," Mbeki says. ... Thandiwe Mbeki, her mother, ...`: when every
        // full name met so far is the same one, the surname is hers, however far back; the
        // namesake named later is not met yet.
        let only = before.iter().rev().take(MAX_NAMESAKES).all(|&i| same(i, j));
        if only {
            return Some(j).filter(|&j| agrees(j) && !related);
        }
        let para = |i: usize| self.tokens[raw[i].0.tokens.start].para;
        let uses = |i: usize| self.uses[&text[raw[i].0.name.clone()]];
        let near = para(j) + 1 >= para(k);
        let main = before
            .iter()
            .rev()
            .take(MAX_NAMESAKES)
            .all(|&i| same(i, j) || uses(i) <= uses(j));
        Some(j).filter(|&j| near && agrees(j) && main && !related)
    }
}

/// The full names the document says go by `they`: a name followed within a few words,
/// in its paragraph, by `they/them` (`Sam Rivera, who uses they/them pronouns,`, `Sam
/// Rivera (they/them)`).
fn singular_they<'t>(
    text: &'t str,
    tokens: &[Token],
    raw: &[(Mention, bool)],
    names: &[NameRef<'t>],
) -> FxHashMap<Cow<'t, str>, ()> {
    let mut out = FxHashMap::default();
    // Most documents never say it: one search of the text settles them (`hey/them` for
    // both cases of its first letter; the names' own check below reads the whole word).
    if !text.contains("hey/them") {
        return out;
    }
    for ((m, _), n) in raw.iter().zip(names) {
        let declared = tokens[m.tokens.end..]
            .iter()
            .take(MAX_PRONOUN_NOTE)
            .take_while(|t| t.kind != Kind::Break)
            .any(|t| t.text(text).eq_ignore_ascii_case("they/them"));
        if declared {
            out.insert(n.full.clone(), ());
        }
    }
    out
}

/// How many tokens after a name [`singular_they`] reads for its pronouns.
const MAX_PRONOUN_NOTE: usize = 6;

/// How many full-name mentions before it [`Namesakes::choose`] compares a candidate with:
/// enough for any article's family, and a bound on the work per lone surname in a text
/// that names thousands of namesakes.
const MAX_NAMESAKES: usize = 32;

/// Whether the name at byte `at` is the object of `of`, over a few lower-case words
/// between: `mother of Sean Smith`, `son of the firefighter Luis Reyes`.
fn after_of(text: &str, at: usize) -> bool {
    for w in text[..at].split_whitespace().rev().take(4) {
        if w == "of" {
            return true;
        }
        if !w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-') {
            return false;
        }
    }
    false
}

/// Whether a name mention is a family named in the plural after `the` (`the Wellands`,
/// `the Newland Archers`), with no title that would make it one person (`the Rev. Amos
/// Hobbs`).
fn family(tokens: &[Token], m: &Mention, text: &str) -> bool {
    // Asked of every name: the word before is tested first, the name's last word only
    // after `the`.
    let the = m.tokens.start.checked_sub(1).is_some_and(|k| {
        tokens[k].kind == Kind::Word && tokens[k].text(text).eq_ignore_ascii_case("the")
    });
    the && m.title.is_none() && {
        text[m.name.clone()]
            .split_whitespace()
            .next_back()
            .is_some_and(plural_name_word)
    }
}

/// Whether the last word of a name is a plural (`Wellands`, `Oilers`): longer than three
/// letters, ending in `s` but not `ss`.
fn plural_name_word(w: &str) -> bool {
    w.len() > 3 && w.ends_with('s') && !w.ends_with("ss")
}

/// Whether a name mention is a place and a plural noun (`Edmonton Oilers`, `Toronto
/// Raptors`, `New York Yankees`): a team or a party of the place, not a person, though the
/// text may set an adjective between it and `the` (`the slumping Edmonton Oilers`), which
/// [`family`] asks for. (Not `Georgia Evans`, whose first word is a given name too, nor
/// `Mrs. Vermont Bankes`, whom an honorific makes a person.)
fn team(m: &Mention, text: &str) -> bool {
    let name = &text[m.name.clone()];
    let Some((place, last)) = name.rsplit_once(char::is_whitespace) else {
        return false;
    };
    m.title.is_none()
        && plural_name_word(last)
        && !last.ends_with("'s")
        && lexicon::is_place(place.trim_end())
        && place
            .split_whitespace()
            .next()
            .map_or(true, |w| lexicon::lookup(w).given.is_none())
}

/// The gender the head noun of a description tells: `lady`, `old man`, or a rank such as
/// `duchess`. The head comes before a phrase of affiliation: `spokeswoman for the board`
/// is a woman.
fn described_gender(description: &str) -> Option<Gender> {
    let head = description::affiliated_office(description)
        .unwrap_or(description)
        .split_whitespace()
        .last()?
        .to_lowercase();
    lexicon::noun_gender(&head).or_else(|| lexicon::character_gender(&head))
}

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

/// The person a title or role names in the document, as [`role_holders`] collects them.
struct Holder<'t> {
    full: Cow<'t, str>,
    /// Where the document first styles them so.
    first: usize,
    /// The title and role words it first styles them with (`Democratic front-runner`).
    styled: Range<usize>,
    /// Whether more than one person holds it: then it names no one in particular.
    shared: bool,
}

/// Every title word and role head given a person in the document (`Doctor Pell`,
/// `Mr. Bumble, the beadle`), by the [`word_key`] of its full form (`dr` is `doctor`), so
/// that a description whose holder was introduced far back still finds the one person so
/// styled.
///
/// Also returns the people given any title or role, each once.
fn role_holders<'t>(
    text: &'t str,
    names: &[NameRef<'t>],
) -> (FxHashMap<u64, Holder<'t>>, FxHashMap<Cow<'t, str>, ()>) {
    let mut holders: FxHashMap<u64, Holder<'t>> = FxHashMap::default();
    let mut titled = FxHashMap::default();
    for n in names.iter().filter(|n| n.person) {
        // (`Northlight Artists, her management company,`: an institution's description,
        // no person's role.)
        let role = n
            .role
            .as_ref()
            .and_then(|r| text[r.clone()].split_whitespace().last())
            .filter(|w| {
                let info = lexicon::lookup(w);
                info.role || !info.org
            });
        if n.title.is_some() || role.is_some() {
            titled.insert(n.full.clone(), ());
        }
        let title = n.title.as_ref().map_or("", |t| &text[t.clone()]);
        // (Title and role as one stretch, to read their qualifiers from: `Democratic` in
        // `Democratic front-runner Ana Ruiz`.)
        let styled = [n.title.clone(), n.role.clone()]
            .into_iter()
            .flatten()
            .reduce(|a, b| a.start.min(b.start)..a.end.max(b.end))
            .unwrap_or(n.start..n.start);
        for w in title.split_whitespace().chain(role) {
            let key = word_key(lexicon::full_title(w.trim_end_matches('.')));
            holders
                .entry(key)
                .and_modify(|h| h.shared |= h.full != n.full)
                .or_insert_with(|| Holder {
                    full: n.full.clone(),
                    first: n.start,
                    styled: styled.clone(),
                    shared: false,
                });
        }
    }
    (holders, titled)
}

/// Prepositions that open a phrase closing an apposition (`a surgeon in the town`, `a
/// spokesman for the ministry`, `a manager with the union`). Not `of`: `president of the
/// rowing club` holds another office than `the president`.
const APPOSITION_PREPOSITIONS: &[&str] = &["in", "at", "from", "for", "on", "with"];

/// Longest phrase after an apposition's head, in words.
const MAX_APPOSITION_PHRASE: usize = 6;

/// The description set off by commas beside a name, if its head is a role noun: after it
/// (`Robert Gates, the defense secretary,`) or before it (`The beadle, Mr. Bumble,`); and
/// whether such a description shows the name a person's, which a phrase of `of` may also
/// close (`Yuni, a resident of Lampung,`), though it gives no role to be known by:
/// `president of the rowing club` holds another office than `the president`.
fn appositive_role(tokens: &[Token], m: &Mention, text: &str) -> (Option<Range<usize>>, bool) {
    // An apposition is set off on both sides: `In Hale Street, the lad ran` is no
    // description of the street.
    let closed = |k: usize| {
        tokens.get(k).map_or(true, |t| {
            matches!(
                t.kind,
                Kind::Punct(',' | '.' | ';' | '!' | '?') | Kind::Break
            )
        })
    };
    // `Mr. Pell, a doctor in the village,`: a short phrase of place or
    // affiliation may close the description before its comma.
    let closed_after_phrase = |k: usize, prepositions: &[&str]| {
        let opens = tokens
            .get(k)
            .is_some_and(|t| t.kind == Kind::Word && prepositions.contains(&t.text(text)));
        opens
            && (k + 1..tokens.len().min(k + 1 + MAX_APPOSITION_PHRASE))
                .find(|&j| tokens[j].kind != Kind::Word || tokens[j].info().verb.is_some())
                .is_some_and(|j| tokens[j].kind != Kind::Word && closed(j))
    };
    let end = m.tokens.end;
    // `Northlight Artists, her management company,`: an institution described so is
    // found by its noun (`the company said`), but is no person.
    let institution = |d: &Mention| {
        d.kind == MentionKind::Org
            && tokens[d.tokens.end - 1]
                .text(text)
                .starts_with(|c: char| c.is_ascii_lowercase())
    };
    let described = tokens.get(end).filter(|t| t.is_punct(',')).and_then(|_| {
        mention::forward(tokens, end + 1, text)
            .filter(|d| d.kind == MentionKind::Role || institution(d))
            // `Ana Ruiz, the ferocious brawler who`: a relative clause closes it.
            .or_else(|| mention::who_described(tokens, end + 1, text))
    });
    let (after, person) = match described {
        Some(d) => {
            let e = d.tokens.end;
            let role = closed(e)
                || closed_after_phrase(e, APPOSITION_PREPOSITIONS)
                || mention::who_follows(tokens, e, text);
            let person = !institution(&d) && (role || closed_after_phrase(e, &["of"]));
            (role.then_some(d), person)
        }
        None => (None, false),
    };
    let before = || {
        let comma = m.tokens.start.checked_sub(1)?;
        // `the Tall Sailor, Master Peter Quill, and Mr. Dunn`: a list, not an
        // apposition.
        let listed = tokens.get(end).is_some_and(|t| t.is_punct(','))
            && tokens
                .get(end + 1)
                .is_some_and(|t| matches!(t.text(text), "and" | "or"));
        // (`the lead author, Dr. Ann Ruiz of the University of Leeds.`: a short phrase of
        // `of` may follow the name, telling where the person works. Not the phrases of
        // place, which a list's items take too: `his niece in a mackintosh, Jock in a
        // tweed coat, ...`.)
        let closed_after_name = closed(end) || closed_after_phrase(end, &["of"]);
        if !tokens[comma].is_punct(',') || !closed_after_name || listed {
            return None;
        }
        let d = mention::backward(tokens, comma, text)?;
        // `the Collector, Mr. Turton,`: a capitalized description too (read back from the
        // comma, `Collector` is a name after `the`).
        let epithet = matches!(d.kind, MentionKind::Name | MentionKind::Org)
            && d.tokens.start > 0
            && tokens[d.tokens.start - 1]
                .text(text)
                .eq_ignore_ascii_case("the");
        ((d.kind == MentionKind::Role || epithet || institution(&d)) && d.tokens.end == comma)
            .then_some(d)
    };
    let role = after.or_else(before);
    let person = person || role.as_ref().is_some_and(|d| !institution(d));
    (role.map(|d| d.span), person)
}

/// Whether name mention `m` stands after a preposition of place ([`PLACE_PREPOSITIONS`]),
/// or after one and `the` (`out into the Rue Cambon`).
fn placed(tokens: &[Token], m: &Mention, text: &str) -> bool {
    before_article(tokens, m, text).is_some_and(|before| {
        before.kind == Kind::Word
            && PLACE_PREPOSITIONS
                .iter()
                .any(|p| before.text(text).eq_ignore_ascii_case(p))
    })
}

/// The token before name mention `m`, past a `the` right before it: the preposition of
/// `in the Rue Cambon`, the verb of `muttered the Hermit`.
fn before_article<'k>(tokens: &'k [Token], m: &Mention, text: &str) -> Option<&'k Token> {
    let mut i = m.tokens.start;
    if i > 0 && tokens[i - 1].text(text).eq_ignore_ascii_case("the") {
        i -= 1;
    }
    i.checked_sub(1).map(|k| &tokens[k])
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
    /// Byte positions where the quotations start, sorted: which paragraphs are turns.
    quotes: Vec<usize>,
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
    /// The acronyms the text spells out: see [`acronyms`].
    acronyms: FxHashMap<&'t str, Vec<(usize, &'t str)>>,
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

/// Longest acronym [`Resolver::acronym`] spells out, in letters.
const MAX_ACRONYM: usize = 6;
/// Small words an acronym leaves out (`Canadian Centre for Policy Alternatives`, CCPA).
const ACRONYM_SMALL_WORDS: &[&str] = &["and", "of", "for", "the", "on", "in", "&"];

/// Most words [`spelled_out`] reads back for an acronym's letters and the small words
/// between them.
const MAX_SPELLED_WORDS: usize = 3 * MAX_ACRONYM;

/// The acronyms the text spells out in parentheses after a name (`Canadian Centre for
/// Policy Alternatives (CCPA)`): for each, where it is spelled out and the name, in
/// document order. Found once, so that every later use is a lookup.
fn acronyms<'t>(text: &'t str, tokens: &[Token]) -> FxHashMap<&'t str, Vec<(usize, &'t str)>> {
    let mut out: FxHashMap<&'t str, Vec<(usize, &'t str)>> = FxHashMap::default();
    for (i, t) in tokens.iter().enumerate() {
        if !t.is_punct('(') || !tokens.get(i + 2).is_some_and(|c| c.is_punct(')')) {
            continue;
        }
        let a = &tokens[i + 1];
        let letters = a.kind == Kind::Word
            && (2..=MAX_ACRONYM).contains(&a.span.len())
            && a.text(text).bytes().all(|b| b.is_ascii_uppercase());
        if !letters {
            continue;
        }
        let acronym = a.text(text);
        if let Some(name) = spelled_out(&text[..t.span.start], acronym) {
            out.entry(acronym).or_default().push((t.span.start, name));
        }
    }
    out
}

/// The name at the end of `before` whose capitalized words give the letters of
/// `acronym`, from the last (small words and commas between them stepped over).
fn spelled_out<'t>(before: &'t str, acronym: &str) -> Option<&'t str> {
    let spelled = before.trim_end();
    let mut want = acronym.bytes().rev().peekable();
    let mut start = spelled.len();
    for raw in spelled.rsplit([' ', '\n']).take(MAX_SPELLED_WORDS) {
        let Some(&next) = want.peek() else {
            break;
        };
        // (`start` moves past the word as written, its comma and the space before.)
        start = start.saturating_sub(raw.len() + 1);
        let w = raw.trim_end_matches(',');
        if w.is_empty() || ACRONYM_SMALL_WORDS.contains(&w) {
            continue;
        }
        if w.as_bytes()[0] != next {
            return None;
        }
        want.next();
    }
    if want.peek().is_some() {
        return None;
    }
    Some(spelled[start..].trim_start_matches([' ', '\n', ',']))
}

/// Whether a lone name is written in capitals (`PENCE`), as a transcript labels its
/// speakers. (The second byte settles most names before the whole is read.)
fn in_capitals(name: &str) -> bool {
    name.len() > 2
        && name.as_bytes()[1].is_ascii_uppercase()
        && !name.contains(' ')
        && !crate::token::has_lower_case(name)
}

/// The one item `items` yields, or none when it yields none or several: a pet form stands
/// for a formal name only when the document has exactly one that fits (`Kit` with both a
/// Christopher and a Katherine stays `Kit`).
fn sole<T>(mut items: impl Iterator<Item = T>) -> Option<T> {
    let first = items.next()?;
    items.next().is_none().then_some(first)
}

/// A name with its words joined by single spaces: `Mr.\nGradgrind` in hard-wrapped text is
/// `Mr. Gradgrind`, the same person as the `Mr. Gradgrind` on one line, and compares equal
/// to it wherever the resolver asks who spoke. A nickname in double marks is left out.
/// Borrowed unless it had other whitespace or a nickname.
pub(crate) fn tidy(name: Cow<'_, str>) -> Cow<'_, str> {
    // `Marcia "Cia" Price`: a nickname in double marks inside a full name is left out,
    // so that the person is counted under one name however the article writes it.
    // (Not an apostrophe: `O'Brien`.)
    if single_spaced(&name) {
        return name;
    }
    let mut in_marks = false;
    let words = name.split_whitespace().filter(|w| {
        let opens = w.starts_with(['"', '“']);
        let closes = w.ends_with(['"', '”']);
        let inside = in_marks || opens;
        in_marks = inside && !closes;
        !inside
    });
    let kept = words.collect::<Vec<_>>().join(" ");
    // (A name that is all nickname keeps its words.)
    if kept.is_empty() {
        return Cow::Owned(name.split_whitespace().collect::<Vec<_>>().join(" "));
    }
    Cow::Owned(kept)
}

/// Whether `name`'s only whitespace is single spaces, and it holds no double quotation
/// mark (of a nickname, [`tidy`]). Asked of every name resolved, so plain ASCII is read a
/// byte at a time, and only a name with other bytes char by char.
fn single_spaced(name: &str) -> bool {
    let mut after_space = false;
    for &b in name.as_bytes() {
        match b {
            b' ' if after_space => return false,
            b' ' => after_space = true,
            b'\t' | b'\n' | b'\r' | 0x0b | 0x0c | b'"' => return false,
            0x80.. => {
                return !name.contains(|c: char| c.is_whitespace() && c != ' ' || c == '“')
                    && !name.contains("  ")
            }
            _ => after_space = false,
        }
    }
    true
}

/// `PENCE` as `Pence`, `francis` as `Francis`: the first letter in capitals, the rest in
/// lower case.
fn title_case(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .into_iter()
        .flat_map(char::to_uppercase)
        .chain(chars.flat_map(char::to_lowercase))
        .collect()
}

/// Whether `word` is one of the words of `name` (`Maud` of `Maud Lane`).
pub(crate) fn has_word(name: &str, word: &str) -> bool {
    name.split_whitespace().any(|w| w == word)
}

/// Whether someone named `name` answers to `called` (`Maud` or `Maud Lane` for `Maud
/// Lane`): every word called is one of the name's.
pub(crate) fn answers_to(name: &str, called: &str) -> bool {
    called.split(' ').all(|v| has_word(name, v))
}

/// The gender of each name whose gender is known or guessed.
type NameGenders<'t> = FxHashMap<Cow<'t, str>, Gender>;

/// How many tokens after a name [`learn_genders`] reads for a pronoun that picks it up.
const GENDER_CUE_REACH: usize = 30;

/// The honorifics among the words of a mention's title (`Mr`, `Dr`), each with the gender
/// it implies, if any.
fn honorifics<'a>(text: &'a str, m: &Mention) -> impl Iterator<Item = Option<Gender>> + 'a {
    m.title
        .as_ref()
        .map_or("", |t| &text[t.clone()])
        .split_whitespace()
        .filter_map(|w| lexicon::lookup(w).honorific)
}

/// How the document titles a surname, as bits: a man's honorific (`Mr. Archer`), a
/// woman's, a married woman's (`Mrs. Welland`), an unmarried one's (`Miss Welland`).
const MAN: u8 = 1;
const WOMAN: u8 = 2;
const WIFE: u8 = 4;
const DAUGHTER: u8 = 8;

/// Whether a mention's title has a married woman's honorific (`married`: `Mrs. Welland`)
/// or an unmarried one's (`Miss Lucy Steele`).
fn titled_woman(text: &str, m: &Mention, married: bool) -> bool {
    m.title.as_ref().is_some_and(|t| {
        text[t.clone()]
            .split_whitespace()
            .any(|w| lexicon::married(w) == Some(married))
    })
}

/// The surnames the document writes with honorifics ([`MAN`], [`WOMAN`], [`WIFE`],
/// [`DAUGHTER`]), each with the bits it was written with.
fn families<'t>(text: &'t str, raw: &[(Mention, bool)]) -> FxHashMap<&'t str, u8> {
    let mut seen: FxHashMap<&'t str, u8> = FxHashMap::default();
    // Most names have no title: the honorific is looked for first.
    for (m, _) in raw.iter().filter(|(m, _)| m.title.is_some()) {
        let mut bits = match honorifics(text, m).flatten().next() {
            Some(Gender::Male) => MAN,
            Some(Gender::Female) => WOMAN,
            _ => continue,
        };
        // `Miss Sibyl Vane` titles the surname `Vane` as much as `Miss Vane` does.
        let Some(own) = text[m.name.clone()].split_whitespace().next_back() else {
            continue;
        };
        let title = m.title.as_ref().map_or("", |t| &text[t.clone()]);
        for w in title.split_whitespace() {
            match lexicon::married(w) {
                Some(true) => bits |= WIFE,
                Some(false) => bits |= DAUGHTER,
                None => {}
            }
        }
        *seen.entry(own).or_default() |= bits;
    }
    seen
}

/// The surnames whose daughters the document speaks of together (`the Miss Steeles`:
/// [`families`] has the plural with an unmarried woman's honorific). Among sisters, `Miss
/// Steele` alone is the eldest; a younger one takes her given name into the title (`Miss
/// Lucy Steele`).
fn sisters<'t>(families: &FxHashMap<&'t str, u8>) -> Vec<&'t str> {
    families
        .iter()
        .filter(|(_, &bits)| bits & DAUGHTER != 0)
        .filter_map(|(plural, _)| plural.strip_suffix('s'))
        .collect()
}

/// Learns the gender of people the tables do not know from how the text goes on about
/// them: a person who opens a sentence and whom `he`, `she`, `himself` or `herself` in the
/// same sentence picks up before anyone else is named (`Elinor said nothing, though she
/// knew.`). Each such sentence is a vote; a name takes the gender most of its votes give.
/// `his` and `her` are no votes: `Elinor took his arm` is about someone else.
///
/// The text also overrules the gender a given name usually carries (`Brett` is most often
/// a man's): for a name of known gender, a sentence right after that opens with `he` or
/// `she` votes too (`Brett sat down. She was tired.`), and [`DECISIVE_VOTES`] or more, three
/// times the other side's, settle it. A gender the user's gazetteer gives (`fixed`) stands.
fn learn_genders<'t>(
    text: &str,
    tokens: &[Token],
    raw: &[(Mention, bool)],
    names: &[NameRef<'t>],
    spoken: &[bool],
    (genders, guessed): (&mut NameGenders<'t>, &mut FxHashMap<Cow<'t, str>, ()>),
    fixed: impl Fn(&str) -> bool,
) {
    let mut votes: FxHashMap<&Cow<'t, str>, (u32, u32)> = FxHashMap::default();
    for (((m, _), n), &spoken) in raw.iter().zip(names).zip(spoken) {
        // (Also a speaker of no known gender after the verb of a tag: `muttered the
        // Hermit, as he rapped`. A cue after a known one's tag is as often another's.)
        let tagged = || before_article(tokens, m, text).is_some_and(|b| b.info().verb.is_some());
        // (The cheap tests first: this runs for every name.)
        if !(n.person || spoken) || !n.opens && !tagged() {
            continue;
        }
        let known = genders.contains_key(&n.full);
        if !n.opens && known {
            continue;
        }
        let end = tokens.len().min(m.tokens.end + GENDER_CUE_REACH);
        let mut vote = None;
        for i in m.tokens.end..end {
            let t = &tokens[i];
            // A quotation, a new paragraph or another name ends what is said of this one.
            let info = t.info();
            let another_name = t.is_capitalized(text)
                && !t.common()
                && info.pronoun.is_none()
                && info.function.is_none();
            if matches!(t.kind, Kind::Quote(_) | Kind::Break) || another_name {
                break;
            }
            if let Some(g) = lexicon::gender_cue(t.text(text)) {
                vote = Some(g);
                break;
            }
            if t.ends() {
                if known {
                    vote = tokens
                        .get(i + 1)
                        .and_then(|next| next.info().personal_gender());
                }
                break;
            }
        }
        if let Some(g) = vote {
            let v = votes.entry(&n.full).or_default();
            match g {
                Gender::Male => v.0 += 1,
                _ => v.1 += 1,
            }
        }
    }
    for (name, (male, female)) in votes {
        let g = match male.cmp(&female) {
            std::cmp::Ordering::Greater => Gender::Male,
            std::cmp::Ordering::Less => Gender::Female,
            std::cmp::Ordering::Equal => continue,
        };
        let (more, fewer) = (male.max(female), male.min(female));
        match genders.get(name) {
            None => {
                genders.insert(name.clone(), g);
            }
            // A name borne by either sex yields to the text's one clear cue.
            Some(&known)
                if known != g
                    && !fixed(name)
                    && (more >= DECISIVE_VOTES && more >= 3 * fewer
                        || fewer == 0 && given_to_either(name)) =>
            {
                genders.insert(name.clone(), g);
            }
            Some(_) => {}
        }
        // The text has now told the gender (it bore the guess out, or overruled it).
        if genders.get(name) == Some(&g) {
            guessed.remove(name);
        }
    }
}

/// Whether full name `name` starts with a given name borne by either sex, whose gender
/// was only a guess.
fn given_to_either(name: &str) -> bool {
    name.split(' ').next().is_some_and(lexicon::given_to_either)
}

/// The parts of a group's words (`Ruiz, Hale, and Dunn`), each with its byte offset:
/// split at `, and `, ` and ` and `, `.
fn coordinated_parts(words: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut rest = 0;
    std::iter::from_fn(move || {
        if rest > words.len() {
            return None;
        }
        let tail = &words[rest..];
        let (len, gap) = [", and ", " and ", ", "]
            .iter()
            .filter_map(|sep| tail.find(sep).map(|at| (at, sep.len())))
            .min_by_key(|&(at, len)| (at, usize::MAX - len))
            // (No separator left: the tail is the last part, and a gap of one ends the
            // iteration.)
            .unwrap_or((tail.len(), 1));
        let part = (rest, &tail[..len]);
        rest += len + gap;
        Some(part)
    })
}

/// Votes [`learn_genders`] needs to overrule the gender a given name carries.
const DECISIVE_VOTES: u32 = 3;

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
    /// Indexes the names in `tokens`.
    pub(crate) fn new(
        text: &'t str,
        tokens: &'g [Token],
        gazetteer: &'g Gazetteer,
        dialogue: bool,
    ) -> Self {
        // A boilerplate line (a photo credit, `Story continues below advertisement`) is no
        // paragraph of the article: the paragraphs either side of it are next to each other.
        let (mut breaks, mut openings, mut quotes) = (Vec::new(), Vec::new(), Vec::new());
        let mut opening = true;
        for t in tokens {
            match t.kind {
                Kind::Break if !t.boilerplate() => {
                    breaks.push(t.span.start);
                    opening = true;
                }
                Kind::Break => {}
                kind => {
                    if opening {
                        openings.push(t.span.start);
                        opening = false;
                    }
                    if matches!(kind, Kind::Quote(_)) {
                        quotes.push(t.span.start);
                    }
                }
            }
        }
        // Where narration (a quotation is one token, its words unread) has `he`, `she` or
        // `I` as a subject (`She sat down.`, `Slowly he rose.`, `and she smiled`). Compared by
        // lexicon index, in the name pass: most tokens are none of them.
        let (he, she, i_word) = (lexicon::id("he"), lexicon::id("she"), lexicon::id("i"));
        let mut subjects = Vec::new();
        let mut narrator_subjects = Vec::new();
        // Pass 1: every name mention, with its name span.
        let mut raw: Vec<(Mention, bool)> = Vec::new();
        // The last paragraph asked whether it is in capitals, and the answer.
        let mut shouted_at: Option<(u32, bool)> = None;
        let mut i = 0;
        while i < tokens.len() {
            let t = &tokens[i];
            // A link to another story or a line of page furniture names no one here.
            if t.boilerplate() {
                i += 1;
                continue;
            }
            // `he`, `she` and the narrator's `I` as narration subjects (`I got up and
            // walked over to Peter.`). A pronoun opens no name, so the phrase reader is not
            // asked either way.
            if t.lex == he || t.lex == she || t.lex == i_word {
                let subject = crate::rules::at_sentence_start(tokens, i, text)
                    || clause_subject(tokens, i, i + 1, text);
                if subject && t.lex == i_word {
                    // (Not a lower-case `i`, a numeral or a typo.)
                    if t.text(text) == "I" {
                        narrator_subjects.push(t.span.start);
                    }
                } else if subject {
                    let g = if t.lex == he {
                        Gender::Male
                    } else {
                        Gender::Female
                    };
                    subjects.push((t.span.start, g));
                }
                i += 1;
                continue;
            }
            // Only a name is indexed here: a capitalized article, preposition or pronoun
            // (`The`, `In`, `He`) opens none, so the phrase reader is not asked.
            // (Nor does `Toronto-based` or `Mother-of-three`: `Toronto-based Ratehub Inc.`
            // is named from the next word.)
            let cap = t.is_capitalized(text) && {
                let info = t.info();
                info.pronoun.is_none()
                    && !(t.joined() && mention::place_adjective(t.text(text)))
                    && (info.function.is_none()
                        || info.given.is_some()
                        || info.title
                        || info.honorific.is_some()
                        || info.function == Some(lexicon::Function::Epithet)
                        || mention::ordinal_in_name(tokens, i, text))
            };
            if cap {
                // `Petra's chin trembled.`: the owner is who the sentence is about, though
                // the description reader takes `Petra's chin` for a thing.
                if let Some(m) = subjects::possessor_subject(tokens, i, text) {
                    raw.push((m, false));
                    i += 1;
                    continue;
                }
                if let Some(mut m) = mention::forward(tokens, i, text) {
                    // `South Korean-born Monte Haines`: a place adjective inside the run
                    // tells the person's origin, as one opening it does; the name is read
                    // from after it.
                    let adjective = (m.tokens.start + 1..m.tokens.end).find(|&k| {
                        tokens[k].joined() && mention::place_adjective(tokens[k].text(text))
                    });
                    if let Some(a) = adjective {
                        i = a;
                        continue;
                    }
                    // `Top Sanders strategists said`: a name right before a plural noun for
                    // people modifies it, and a word of no name that only opens the
                    // sentence (`Top`, `Several`) is not its first name. The name is read
                    // again from the next word.
                    let modifier = m.kind == MentionKind::Name
                        && m.tokens.end - m.tokens.start > 1
                        && m.title.is_none()
                        && t.info().given.is_none()
                        && tokens
                            .get(m.tokens.end)
                            .is_some_and(|n| mention::people_plural(n, text))
                        && crate::rules::at_sentence_start(tokens, i, text);
                    if modifier {
                        i += 1;
                        continue;
                    }
                    if m.kind == MentionKind::Name {
                        // `shop owner Graham Pike`: a lower-case role word before the name is its title.
                        let role_before = i > 0 && tokens[i - 1].kind == Kind::Word && {
                            let w = tokens[i - 1].text(text);
                            let info = tokens[i - 1].info();
                            w.starts_with(char::is_lowercase) && (info.role || info.title)
                        };
                        if role_before && m.title.is_none() {
                            m.title = Some(tokens[i - 1].span.clone());
                        }
                        // `the Newland Archers`, `the Wellands`: a family, not a person; its
                        // words are no one's full name. A paragraph in capitals is a heading
                        // or a telegram (`CHAPTER XII`, `OLIVER'S NEW FRIENDS`, `ARRIVING
                        // TUESDAY STOP`): its capitals mark no names.
                        // (Each paragraph is read once, however many such names it holds.)
                        let mut shouted = || {
                            if crate::token::has_lower_case(&text[m.span.clone()]) {
                                return false;
                            }
                            match shouted_at {
                                Some((p, s)) if p == t.para => s,
                                _ => {
                                    let s = shouted_paragraph(tokens, i, text);
                                    shouted_at = Some((t.para, s));
                                    s
                                }
                            }
                        };
                        // `Man charged after crash`, `Teacher wins award`: in news, a role
                        // noun alone, capitalized only to open a headline, is the noun, not
                        // a name. (A story's `Nanny sat by the gate.` calls someone so.)
                        let bare_role = !dialogue
                            && m.tokens.len() == 1
                            && m.title.is_none()
                            && t.info().role
                            && !t.info().title
                            && t.info().given.is_none()
                            && crate::token::opens_sentence(tokens, i)
                            && crate::headline::headline(tokens, i);
                        if bare_role || family(tokens, &m, text) || team(&m, text) || shouted() {
                            i = m.tokens.end.max(i + 1);
                            continue;
                        }
                        let after =
                            skip_between(tokens, skip_apposition(tokens, m.tokens.end, text), text);
                        let speaking = verb_at(tokens, after, text).is_some();
                        i = m.tokens.end.max(i + 1);
                        raw.push((m, speaking));
                        continue;
                    }
                    // `Bishop of Whitby`: the place in an office is no one's name.
                    if m.kind == MentionKind::Role {
                        i = m.tokens.end.max(i + 1);
                        continue;
                    }
                }
            }
            i += 1;
        }
        // Each name's words, read once.
        let words: Vec<NameWords<'t>> = raw
            .iter()
            .map(|(m, _)| {
                // The entries of the name's first and last tokens, when each is a whole
                // word of the name (not `Mary's`, whose entry is not `Mary`'s).
                let space_at = |i: usize| text[i..].starts_with(char::is_whitespace);
                let space_before = |i: usize| text[..i].ends_with(char::is_whitespace);
                let in_name = &tokens[m.tokens.clone()];
                let first = in_name.iter().find(|t| {
                    t.span.start == m.name.start
                        && (t.span.end == m.name.end
                            || t.span.end < m.name.end && space_at(t.span.end))
                });
                let last = in_name.iter().rev().find(|t| {
                    t.span.end == m.name.end
                        && (t.span.start == m.name.start || space_before(t.span.start))
                });
                NameWords::of(
                    &text[m.name.clone()],
                    first.map(|t| t.info()),
                    last.map(|t| t.info().org || t.info().group),
                )
            })
            .collect();
        // Full names by last and first word: the names a lone surname or first name may
        // stand for. A run of capitalized words is trusted as a full name when it is used
        // more than once, follows a title or honorific, starts with a known given name, or
        // is two words neither of which the document also writes in lower case; a one-off
        // such as `Harvest Thanksgiving Tony` is two names side by side.
        // Sized once: grown from empty, these maps rehash several times a document.
        let mut uses: FxHashMap<&'t str, usize> =
            FxHashMap::with_capacity_and_hasher(raw.len(), Default::default());
        for (m, _) in &raw {
            *uses.entry(&text[m.name.clone()]).or_default() += 1;
        }
        let mut by_last = FullNameIndex::default();
        let mut by_first = FullNameIndex::default();
        for (k, ((m, _), w)) in raw.iter().zip(&words).enumerate() {
            if !(2..=MAX_FULL_NAME).contains(&w.count) {
                continue;
            }
            let in_name = &tokens[m.tokens.clone()];
            let plain_pair = w.count == 2 && !in_name.iter().any(|t| t.common());
            // `Pooh Bear`, `Piglet Pig`: a name that is no known given name, then a word the
            // document also writes in lower case, is a nickname and what the bearer is, not a
            // given name and a surname; however often it is used, its first word is no
            // one's full name. `Fanny Price` starts with a given name and stays one.
            let epithet = w.count == 2
                && w.given.is_none()
                && m.title.is_none()
                && in_name
                    .iter()
                    .rev()
                    .find(|t| t.kind == Kind::Word)
                    .is_some_and(|t| t.common() && t.span.end == m.name.end);
            let trusted = !epithet
                && (uses[&text[m.name.clone()]] > 1
                    || m.title.is_some()
                    || w.given.is_some()
                    || plain_pair);
            if trusted {
                by_last.add(w.last, k);
                by_first.add(w.first, k);
            }
        }
        // A lone name resolves only when the article gives it one full name: `Steele` among
        // `Lucy Steele` and `Anne Steele` stays `Steele`. `Mr. Gradgrind` among `Thomas
        // Gradgrind` and `Louisa Gradgrind` is the one of his gender: full names of another
        // known gender are left out first. Each index entry is summed up once, so a lookup
        // costs a binary search however often the article repeats the name.
        let raw_gender: Vec<Option<Gender>> = raw
            .iter()
            .zip(&words)
            .map(|((m, _), w)| m.gender.or(w.post).or(w.given))
            .collect();
        let same = |a: usize, b: usize| {
            same_name(&text[raw[a].0.name.clone()], &text[raw[b].0.name.clone()])
        };
        let by_last = by_last.summarize(&raw_gender, same);
        let by_first = by_first.summarize(&raw_gender, same);
        let mut genders: NameGenders<'t> =
            FxHashMap::with_capacity_and_hasher(raw.len(), Default::default());
        let mut guessed: FxHashMap<Cow<'t, str>, ()> = FxHashMap::default();
        for e in gazetteer.entries() {
            if let Some(g) = e.gender {
                genders.insert(Cow::Owned(e.name.clone()), g);
            }
        }
        let families = families(text, &raw);
        let sisters = sisters(&families);
        // The given names of younger sisters, which the title takes in: `Miss Lucy Steele`
        // beside `the Miss Steeles`, or `Miss Lucy` alone.
        let younger: Vec<&str> = raw
            .iter()
            .zip(&words)
            .filter(|((m, _), w)| {
                m.title.is_some()
                    && w.given.is_some()
                    && (w.count == 1 || sisters.contains(&w.last))
                    && titled_woman(text, m, false)
            })
            .map(|(_, w)| w.first)
            .collect();
        let namesakes = Namesakes::new(text, tokens, &raw, &raw_gender, &uses);
        let headline_end = crate::headline::opening(tokens, text);
        let mut names = Vec::with_capacity(raw.len());
        let mut institutions = Vec::with_capacity(raw.len());
        // Per name: whether it is a place that is also a given name (`Florence`), which
        // the document may yet show a person's.
        let mut given_places = Vec::with_capacity(raw.len());
        let mut nicks = Vec::with_capacity(raw.len());
        for (k, (m, speaking)) in raw.iter().enumerate() {
            let own = &text[m.name.clone()];
            let single = !own.contains(char::is_whitespace);
            // `Mr. Gradgrind` is a surname; a lone known given name (`Jane`) is more likely
            // a first name than the last word of another full name (`Flora Jane`). When
            // the likelier index has the word but no single full name, it stays as it is.
            let honorific = honorifics(text, m).next().is_some();
            let given_name = words[k].given.is_some();
            // `PENCE:` in a transcript: a lone name in capitals is the one the article
            // writes in title case (`Mike Pence`).
            let titled;
            let key = if in_capitals(own) {
                titled = title_case(own);
                titled.as_str()
            } else {
                own
            };
            let (likely, other) = if given_name && !honorific {
                (by_first.get(key), by_last.get(key))
            } else {
                (by_last.get(key), by_first.get(key))
            };
            // `Mrs. Welland` in a document that also has a `Miss Welland` is the mother of
            // the family, none of the daughters its given names name (`May Welland`).
            let titled = if single {
                families.get(own).copied().unwrap_or(0)
            } else {
                0
            };
            let mother =
                titled & (WIFE | DAUGHTER) == WIFE | DAUGHTER && titled_woman(text, m, true);
            // `Miss Steele` where the document has `the Miss Steeles` is the eldest sister,
            // none that goes by `Miss Lucy Steele`.
            let eldest = single
                && titled & DAUGHTER != 0
                && titled_woman(text, m, false)
                && sisters.contains(&own);

            let by_surname = single && given_name && !honorific && likely.is_none();
            let full_idx = match (single, likely) {
                (false, _) => None,
                _ if mother => None,
                // Several full names end in it: settled by place, unless the mention
                // carries what tells them apart itself.
                (true, Some(names)) if eldest => {
                    names.nearest_but(k, m.gender, |j| younger.contains(&words[j].first))
                }
                (true, Some(names)) => names.nearest(k, m.gender).or_else(|| {
                    // (A given name too: `May` after `May Welland` is still she once
                    // `May Archer` is named. Not for a full name written once, `Henry
                    // Fielding` named in passing before the `Henry` of the story.)
                    let plain = !(honorific || m.title.is_some());
                    plain
                        .then(|| namesakes.choose(&names, k))
                        .flatten()
                        .filter(|&j| !given_name || uses[&text[raw[j].0.name.clone()]] > 1)
                }),
                (true, None) if honorific => None,
                // A given name nobody here goes by may be a surname (`Vance` for `Roberta
                // Vance`): the gender it has as a given name says nothing then.
                (true, None) if by_surname => other.and_then(|names| names.nearest(k, None)),
                (true, None) => other.and_then(|names| names.nearest(k, m.gender)),
            };
            // `Ruiz Says Bridge Will Reopen`, then `Mayor Dana Ruiz said`: a headline names
            // people before the article does, so there a word no full name before it
            // stands for is the first full name after it.
            let full_idx = full_idx.or_else(|| {
                let early = single && !mother && !honorific && m.span.start < headline_end;
                early
                    .then(|| likely.or(other)?.first_after(k, m.gender))
                    .flatten()
            });
            let as_surname = by_surname && full_idx.is_some();
            // `Frank` after `Francis Oakley`, with no `Frank ...` named before: a pet form
            // alone is the full name its one formal given name starts.
            let full_idx = full_idx.or_else(|| {
                if !(single && given_name && !honorific) {
                    return None;
                }
                sole(
                    lexicon::formal_given(key)
                        .iter()
                        .filter_map(|f| by_first.get(&title_case(f))?.nearest(k, m.gender)),
                )
            });
            // `Mrs. Archer` with no full name to stand for, in a document that also has a
            // `Mr. Archer`: a family, whose members the honorific tells apart (a bare
            // `Archer` may be any of them). A woman's honorific keeps her apart anyway: the
            // surname alone is as often her husband's or son's (`Mrs. Archer` and `Archer`).
            let both = titled & (MAN | WOMAN) == MAN | WOMAN;
            let woman = full_idx.is_none() && m.gender == Some(Gender::Female);
            // `Mrs. John Hale` is the wife styled by her husband's name: a woman's
            // honorific before a man's given name keeps her apart from him.
            let wife_by_name = !single && woman && words[k].given == Some(Gender::Male);
            let own_titled = if honorific && (single && (both || mother || woman) || wife_by_name) {
                &text[m.span.clone()]
            } else {
                own
            };
            let full_text: &'t str = full_idx.map_or(own_titled, |j| &text[raw[j].0.name.clone()]);
            let entry = gazetteer.get(own).or_else(|| gazetteer.get(full_text));
            let full: Cow<'t, str> = match entry {
                Some(e) => Cow::Owned(e.name.clone()),
                None => tidy(Cow::Borrowed(full_text)),
            };
            // `James Hill High School`, `Nova Scotia Health Authority`: a name ending in an
            // institution noun is an institution, whatever given name it starts with.
            let (institution, given) = match entry {
                // The article's own words, read once already.
                None => {
                    let w = &words[full_idx.unwrap_or(k)];
                    let institution =
                        w.last.starts_with(char::is_uppercase) && w.last_org || w.org_of;
                    (institution, w.given.filter(|_| !institution))
                }
                Some(_) => (
                    false,
                    full.split_whitespace()
                        .next()
                        .and_then(|w| lexicon::lookup(w).given),
                ),
            };
            // `Ohio`, `New York`, `Canada said`: a place is no person, however many words
            // it has or whatever it says, unless the mention itself shows one (an honorific,
            // a title, the gazetteer). A place that is also a given name is the person's
            // name where it speaks (`"Yes," said Florence.`).
            // (A full name that starts with a given name is a person's: no place of
            // several words starts with one, so the table is not asked.)
            let several = words[full_idx.unwrap_or(k)].count > 1;
            let place = entry.is_none()
                && !honorific
                && m.title.is_none()
                && !(given.is_some() && (*speaking || several))
                && lexicon::is_place(&full);
            given_places.push(place && given.is_some());
            let institution = institution || place;
            let given = given.filter(|_| !place);
            let opens = crate::rules::at_sentence_start(tokens, m.tokens.start, text);
            let gender = m
                .gender
                .filter(|_| !as_surname)
                .or(words[k].post)
                .or(given)
                .or_else(|| full_idx.and_then(|j| raw[j].0.gender))
                // `the Grandmother`, `Granny`: a lone capitalized noun that tells a gender
                // names a character of that gender, as `she` may pick up; not when it is
                // capitalized only for opening a sentence (`Count the votes.`). A verb
                // after it makes it the sentence's subject, the character, even where the
                // household writes it in lower case too (`Nanny rose.` ... `nanny called`).
                .or_else(|| {
                    let sentence_word = opens
                        && m.lone_common_word(tokens)
                        && !verb_after(tokens, m.tokens.end, text);
                    let alone = single && full_idx.is_none() && entry.is_none();
                    if alone && !sentence_word {
                        lexicon::character_gender(own)
                    } else {
                        None
                    }
                })
                .filter(|_| !institution);
            // What an honorific or the gazetteer says of the person is told; the usual
            // gender of a given name borne by either sex is only guessed, and yields to
            // anything told.
            let told = honorific
                || words[k].post.is_some()
                || entry.is_some()
                || full_idx.is_some_and(|j| honorifics(text, &raw[j].0).next().is_some());
            if let Some(g) = gender {
                let was_guessed = guessed.contains_key(&full);
                match genders.get(&full) {
                    None if !told && given_to_either(&full) => {
                        genders.insert(full.clone(), g);
                        guessed.insert(full.clone(), ());
                    }
                    None => {
                        genders.insert(full.clone(), g);
                    }
                    Some(_) if told && was_guessed => {
                        genders.insert(full.clone(), g);
                        guessed.remove(&full);
                    }
                    Some(_) => {}
                }
            }
            // `drove towards Bethnal Green`, `lived in Port Royal`: a name of no known
            // gender after a preposition of place is a place, however many words it has.
            // (`out into the Rue Cambon`: an article may stand between them.)
            let placed = || placed(tokens, m, text);
            // `Yuni, a teacher from the district,`, `Yuni, a resident of Lampung,`: a role
            // set beside a name makes it a person's, though it is one word of no known
            // gender.
            let (role, described) = appositive_role(tokens, m, text);
            // (A place before a speech verb is where the speaker is based, not who
            // speaks: `The company, based in Waterloo, Ont., said`.)
            // (`Dr. Haddad`: an honorific of either sex names a person all the same.)
            let person = !institution
                && (entry.is_some()
                    || gender.is_some()
                    || honorific
                    || *speaking && !placed()
                    || described
                    || full.contains(' ') && !placed());
            institutions.push(institution);
            // For [`formal_names`]: whether the full name starts with a pet form or with
            // a formal given name. (A gazetteer name is the user's own and stays.)
            let w = &words[full_idx.unwrap_or(k)];
            let several = w.count >= 2 && entry.is_none();
            nicks.push((several && w.pet, several && w.formal));
            names.push(NameRef {
                start: m.span.start,
                title: m.title.clone(),
                role,
                full,
                person,
                speaking: *speaking,
                opens,
                subject: subjects::is_subject(tokens, m, opens, text),
            });
        }
        formal_names(&mut names, &nicks, &mut genders);
        // A name seen speaking anywhere is a person's, so the sentences it opens may tell
        // its gender: `Archer stood at the window, and he ...` votes once `Archer said`
        // has shown Archer a person.
        let speakers: FxHashMap<&str, ()> = names
            .iter()
            .filter(|n| n.speaking && n.person)
            .map(|n| (n.full.as_ref(), ()))
            .collect();
        let spoken: Vec<bool> = names
            .iter()
            .zip(&raw)
            .zip(&institutions)
            .map(|((n, (m, _)), &institution)| {
                !n.person
                    && !institution
                    && !m.lone_common_word(tokens)
                    && speakers.contains_key(n.full.as_ref())
            })
            .collect();
        // Of the names seen speaking, those the document also puts after a preposition of
        // place somewhere (`lived in Dorrow`): places, though a quote's rule once took one
        // for a speaker. (Only those names are looked at: most documents have few.)
        let places: FxHashMap<Cow<'t, str>, ()> = names
            .iter()
            .zip(&raw)
            .filter(|(n, (m, _))| {
                !n.person && speakers.contains_key(n.full.as_ref()) && placed(tokens, m, text)
            })
            .map(|(n, _)| (n.full.clone(), ()))
            .collect();
        learn_genders(
            text,
            tokens,
            &raw,
            &names,
            &spoken,
            (&mut genders, &mut guessed),
            |name| gazetteer.get(name).is_some_and(|e| e.gender.is_some()),
        );
        // A name is a person's wherever it stands once the document has shown it a
        // person's of one gender: `Aziz was offended.` names the man whom `Aziz said he
        // ...` showed a man. (Not an institution, nor a lone word the document also
        // writes in lower case: `Without` opening a sentence is no one.)
        // (A place that is also a given name too: `Florence` once `said Florence`.)
        // So is a name seen speaking elsewhere (`Okonkwo said`), unless the document also
        // puts it after a preposition of place: `Okonkwo walked over. He ...` is then
        // Okonkwo's `He`.
        // So is a name the document once titled with an honorific of either sex: `Haddad
        // had no answer` names the `Dr. Haddad` of before. (One of a sex gave the name
        // its gender above; most documents have no other, and skip the lookups.)
        let honored: FxHashMap<Cow<'t, str>, ()> = names
            .iter()
            .zip(&raw)
            .filter(|(n, (m, _))| {
                n.person && m.title.is_some() && honorifics(text, m).any(|g| g.is_none())
            })
            .map(|(n, _)| (n.full.clone(), ()))
            .collect();
        let people = institutions.iter().zip(&given_places);
        for (((n, (m, _)), (&institution, &given_place)), &spoke) in
            names.iter_mut().zip(&raw).zip(people).zip(&spoken)
        {
            let person_or_place = !institution || given_place;
            let known = spoke && !places.contains_key(&n.full)
                || genders.contains_key(&n.full)
                || !honored.is_empty() && honored.contains_key(&n.full);
            if !m.lone_common_word(tokens) && person_or_place && known {
                n.person = true;
            }
        }
        let (holders, titled) = role_holders(text, &names);
        let singular_they = singular_they(text, tokens, &raw, &names);
        let first_person = names.iter().position(|n| n.person);
        Resolver {
            text,
            gazetteer,
            holders,
            titled,
            first_person,
            names,
            genders,
            guessed,
            speakers: Vec::new(),
            epithets: FxHashMap::default(),
            breaks,
            quotes,
            openings,
            subjects,
            narrator_subjects,
            tokens,
            institutions,
            singular_they,
            acronyms: acronyms(text, tokens),
            headline_end,
            dialogue,
        }
    }

    fn paragraph(&self, pos: usize) -> usize {
        self.breaks.partition_point(|&b| b < pos)
    }

    /// `The inspector found Mrs. Hadley in the garden. "Q," he said.`: for a `he` or `she`
    /// that no one named stands for, the latest description of a person that opened a
    /// sentence in this paragraph or the one before, unless its noun tells the other
    /// gender. Named by its own words (`inspector`), as the description is when it speaks.
    fn described_subject(&self, g: Option<Gender>, pos: usize) -> Option<Cow<'t, str>> {
        let (tokens, text) = (self.tokens, self.text);
        let from = self
            .paragraph(pos)
            .checked_sub(2)
            .map_or(0, |p| self.breaks[p]);
        let end = tokens.partition_point(|t| t.span.start < pos);
        let lo = tokens[..end].partition_point(|t| t.span.start < from);
        let lo = lo.max(end.saturating_sub(MAX_DESCRIBED_LOOKBACK));
        let m = (lo..end).rev().find_map(|i| {
            let t = &tokens[i];
            (t.info().function == Some(lexicon::Function::Determiner)
                && t.is_capitalized(text)
                && crate::rules::at_sentence_start(tokens, i, text))
            .then(|| mention::forward(tokens, i, text))
            .flatten()
            .filter(|m| m.kind == MentionKind::Role)
        })?;
        let words = &text[m.name];
        let agrees = described_gender(words).map_or(true, |d| Some(d) == g);
        agrees.then(|| Cow::Borrowed(mention::fused_word(words).unwrap_or(words)))
    }

    /// Where paragraph `para` starts and ends, in bytes: from the break before it.
    fn paragraph_bounds(&self, para: usize) -> Range<usize> {
        let start = para.checked_sub(1).map_or(0, |p| self.breaks[p]);
        start..self.breaks.get(para).copied().unwrap_or(self.text.len())
    }

    /// Whether narration alone makes paragraph `para`: no quotation starts in it.
    fn narration_only(&self, para: usize) -> bool {
        let bounds = self.paragraph_bounds(para);
        let k = self.quotes.partition_point(|&q| q < bounds.start);
        !self.quotes.get(k).is_some_and(|&q| q < bounds.end)
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

    /// The speakers attributed before byte `pos`, latest first.
    fn speakers_before(&self, pos: usize) -> impl Iterator<Item = &SpeakerEvent<'t>> {
        self.speakers.iter().rev().filter(move |e| e.pos < pos)
    }

    /// The names mentioned before byte `pos`, latest first.
    fn names_before(&self, pos: usize) -> impl Iterator<Item = &NameRef<'t>> {
        let k = self.names.partition_point(|n| n.start < pos);
        self.names[..k].iter().rev().take(LOOKBACK)
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
            // `it said`: the body that last spoke.
            MentionKind::Pronoun(Some(Gender::Neuter), Number::Singular) => self
                .body(pos)
                .unwrap_or(Cow::Borrowed(&text[m.span.clone()])),
            // `they said`, `we said`: the group or body that spoke last. (`I` is the
            // narrator, whoever spoke before, and keeps its own word.)
            MentionKind::Pronoun(_, Number::Plural) => self
                .group_pronoun(pos)
                .unwrap_or(Cow::Borrowed(&text[m.span.clone()])),
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
            MentionKind::Org => self
                .acronym(m)
                .or_else(|| self.issuer(m))
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
                .unwrap_or(Cow::Borrowed(&text[m.name.clone()])),
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
        let described = matches!(
            kind,
            MentionKind::Role | MentionKind::Org | MentionKind::Name
        ) && !name.contains(char::is_uppercase);
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
}

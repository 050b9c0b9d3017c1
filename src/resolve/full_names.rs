//! The index of full names: each name in the article, the full names a surname or a given
//! name may stand for, and which of several namesakes a lone word means.

use super::*;

/// One name in the article.
#[derive(Debug, Clone)]
pub(super) struct NameRef<'t> {
    /// Byte where the mention starts.
    pub(super) start: usize,
    /// The title words before the name (`Defense Secretary`).
    pub(super) title: Option<Range<usize>>,
    /// A description set beside the name by commas: `Robert Gates, the defense secretary,`
    /// or `the beadle, Mr. Bumble,`.
    pub(super) role: Option<Range<usize>>,
    /// The fullest name this mention resolves to.
    pub(super) full: Cow<'t, str>,
    /// Whether it is known to name a person (several words, an honorific, a known given
    /// name, a gazetteer entry, or a speech verb after it), not a place or a word
    /// capitalized at a sentence start.
    pub(super) person: bool,
    /// Whether a speech verb follows it (`Gates, who ..., told`).
    pub(super) speaking: bool,
    /// Whether it opens its sentence.
    pub(super) opens: bool,
    /// Whether it is a subject: it opens its sentence, or it opens a clause a conjunction
    /// or a comma joins on and a verb follows (`but Mary recalled her`).
    pub(super) subject: bool,
    /// Whether it is one of a plural subject, joined to another person by `and`
    /// ([`super::subjects::coordinated`]).
    pub(super) joined: bool,
}

/// What the name index reads of a name's words: how many, the first and the last, and
/// the gender the first implies as a given name.
pub(super) struct NameWords<'t> {
    pub(super) count: usize,
    pub(super) first: &'t str,
    pub(super) last: &'t str,
    pub(super) given: Option<Gender>,
    /// Whether the last word is an institution noun (`School`, `Authority`) or a group's
    /// (`Dairy Farmers`, `Young Liberals`).
    pub(super) last_org: bool,
    /// Whether the name is an institution noun and `of` (`City of Surrey`, `Bank of
    /// Canada`): an institution, though it ends in a place.
    pub(super) org_of: bool,
    /// Whether the first word is a pet form of a given name, and whether it is a formal
    /// given name a pet form shortens: see [`formal_names`].
    pub(super) pet: bool,
    pub(super) formal: bool,
    /// The gender of an honorific after the name (`Hamidullah Begum`), which is not one
    /// of its words: see [`lexicon::post_name_honorific`].
    pub(super) post: Option<Gender>,
}

impl<'t> NameWords<'t> {
    /// `first_info` and `last_org`: what the lexicon says of the first and last words, when
    /// the caller has their tokens' entries at hand; else the words are looked up.
    pub(super) fn of(name: &'t str, first_info: Option<&WordInfo>, last_org: Option<bool>) -> Self {
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
        // `Bank of Canada`, and further in, `Federal Bureau of Prisons`: an institution
        // noun of the name, with `of` after it. (`Mayor of Halifax` is an office's title,
        // no institution's name: `mayor` is no institution noun.)
        let org_of = of && info.org
            || name.contains(" of ") && {
                let words = name.split_whitespace();
                words.clone().zip(words.skip(1)).any(|(w, next)| {
                    next == "of" && w.starts_with(char::is_uppercase) && lexicon::lookup(w).org
                })
            };
        // `Camden Place`, `Harley Street`: an address is no one either, nor an outlet,
        // `The Boston Globe`.
        let last_org = last_org.unwrap_or_else(|| {
            let info = lexicon::lookup(last);
            info.org || info.group
        }) || count > 1
            && (lexicon::is_street(last)
                || lexicon::opens_street(first)
                || lexicon::is_outlet(last));
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
pub(super) struct FullNameIndex<'t> {
    pub(super) group: FxHashMap<&'t str, u32>,
    /// (group, mention), in document order.
    pub(super) members: Vec<(u32, usize)>,
}

impl<'t> FullNameIndex<'t> {
    pub(super) fn add(&mut self, word: &'t str, k: usize) {
        let next = self.group.len() as u32;
        let g = *self.group.entry(word).or_insert(next);
        self.members.push((g, k));
    }

    /// Sums up each group once: for any gender, for men and for women, the mentions of
    /// that gender or unknown, kept only when they all name the same full name. All lists
    /// share one vector, so an article with thousands of names makes no vector per name.
    pub(super) fn summarize(
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
pub(super) struct FullNameTable<'t> {
    pub(super) group: FxHashMap<&'t str, u32>,
    /// Per group: where its lists for any gender, for men and for women, and its every
    /// mention, are in `lists`.
    pub(super) ranges: Vec<[Range<u32>; 4]>,
    pub(super) lists: Vec<usize>,
}

impl FullNameTable<'_> {
    pub(super) fn get(&self, word: &str) -> Option<FullNames<'_>> {
        let &g = self.group.get(word)?;
        Some(FullNames {
            lists: &self.lists,
            ranges: &self.ranges[g as usize],
        })
    }
}

/// The full names one index word may stand for (see [`FullNameTable`]).
#[derive(Clone, Copy)]
pub(super) struct FullNames<'a> {
    pub(super) lists: &'a [usize],
    pub(super) ranges: &'a [Range<u32>; 4],
}

impl FullNames<'_> {
    /// The latest of them before mention `k`, for a mention of gender `g`. Only a full
    /// name the reader has met counts: one named later is a namesake (`Marsh said ... the
    /// late actor Paul Marsh`), since a writer gives the full name first.
    pub(super) fn nearest(&self, k: usize, g: Option<Gender>) -> Option<usize> {
        self.met_before(k, g).last().copied()
    }

    /// As [`FullNames::nearest`], passing over the full names `skip` rules out.
    pub(super) fn nearest_but(
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
    pub(super) fn first_after(&self, k: usize, g: Option<Gender>) -> Option<usize> {
        let r = &self.ranges[gender_slot(g)];
        let list = &self.lists[r.start as usize..r.end as usize];
        list.get(list.partition_point(|&j| j <= k)).copied()
    }

    /// Those of them, for a mention of gender `g`, met before mention `k`, in order.
    pub(super) fn met_before(&self, k: usize, g: Option<Gender>) -> &[usize] {
        let r = &self.ranges[gender_slot(g)];
        let list = &self.lists[r.start as usize..r.end as usize];
        &list[..list.partition_point(|&j| j < k)]
    }

    /// Every one of their mentions, whichever full name and gender, in document order.
    pub(super) fn every(&self) -> &[usize] {
        let r = &self.ranges[3];
        &self.lists[r.start as usize..r.end as usize]
    }

    /// The latest full-name mention before mention `k`, whichever full name it is: when
    /// the article has several (`Teresa Okafor` and her husband `Daniel Okafor`), the
    /// one just named is whom a lone surname next to it stands for. Also returns the
    /// mentions before it, in document order.
    pub(super) fn latest(&self, k: usize) -> Option<(usize, &[usize])> {
        let r = &self.ranges[3];
        let list = &self.lists[r.start as usize..r.end as usize];
        let p = list.partition_point(|&j| j < k);
        p.checked_sub(1).map(|p| (list[p], &list[..p]))
    }
}

/// Where [`FullNames`] keeps the lists for a mention of gender `g`.
pub(super) fn gender_slot(g: Option<Gender>) -> usize {
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
pub(super) fn formal_names<'t>(
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
pub(super) fn same_name(a: &str, b: &str) -> bool {
    a == b || a.split_whitespace().eq(b.split_whitespace())
}

/// What settles which of several full names sharing a word a lone mention of that word
/// stands for (`Okafor` among `Teresa Okafor` and `Daniel Okafor`).
pub(super) struct Namesakes<'a, 't> {
    pub(super) text: &'t str,
    pub(super) tokens: &'a [Token],
    pub(super) raw: &'a [(Mention, bool)],
    pub(super) gender: &'a [Option<Gender>],
    /// How often each name is written, in full.
    pub(super) uses: &'a FxHashMap<&'t str, usize>,
    /// Where each one-word name with no title is first used alone.
    pub(super) first_alone: FxHashMap<&'t str, usize>,
}

impl<'a, 't> Namesakes<'a, 't> {
    pub(super) fn new(
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
    pub(super) fn choose(&self, names: &FullNames<'_>, k: usize) -> Option<usize> {
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

/// How many full-name mentions before it [`Namesakes::choose`] compares a candidate with:
/// enough for any article's family, and a bound on the work per lone surname in a text
/// that names thousands of namesakes.
pub(super) const MAX_NAMESAKES: usize = 32;

/// Whether the name at byte `at` is the object of `of`, over a few lower-case words
/// between: `mother of Sean Smith`, `son of the firefighter Luis Reyes`.
pub(super) fn after_of(text: &str, at: usize) -> bool {
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

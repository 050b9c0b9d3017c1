//! What the article tells of names as written: a family (`the Wellands`), a team, an
//! acronym it spells out, honorifics, the genders its words give, a person who goes by
//! `they`, and the tidy form a name is reported in.

use super::*;

/// The full names the document says go by `they`: a name followed within a few words,
/// in its paragraph, by `they/them` (`Sam Rivera, who uses they/them pronouns,`, `Sam
/// Rivera (they/them)`).
pub(super) fn singular_they<'t>(
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
pub(super) const MAX_PRONOUN_NOTE: usize = 6;

/// Whether a name mention is a family named in the plural after `the` (`the Wellands`,
/// `the Newland Archers`), with no title that would make it one person (`the Rev. Amos
/// Hobbs`).
pub(super) fn family(tokens: &[Token], m: &Mention, text: &str) -> bool {
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
pub(super) fn plural_name_word(w: &str) -> bool {
    w.len() > 3 && w.ends_with('s') && !w.ends_with("ss")
}

/// Whether a name mention is a place and a plural noun (`Edmonton Oilers`, `Toronto
/// Raptors`, `New York Yankees`): a team or a party of the place, not a person, though the
/// text may set an adjective between it and `the` (`the slumping Edmonton Oilers`), which
/// [`family`] asks for. (Not `Georgia Evans`, whose first word is a given name too, nor
/// `Mrs. Vermont Bankes`, whom an honorific makes a person.)
pub(super) fn team(m: &Mention, text: &str) -> bool {
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
pub(super) fn described_gender(description: &str) -> Option<Gender> {
    let head = description::affiliated_office(description)
        .unwrap_or(description)
        .split_whitespace()
        .last()?
        .to_lowercase();
    lexicon::noun_gender(&head).or_else(|| lexicon::character_gender(&head))
}

/// Whether `name` is one word in capitals, perhaps with a hyphenated part after
/// (`IRCC`, `EU`, `SNC-Lavalin`): an institution's acronym, to the name index and to a
/// speaker's kind alike. (Not initials with periods, `J.R.`, nor a word with a name after
/// it, `DJ Khaled`.)
pub(super) fn acronym_name(name: &str) -> bool {
    !name.contains(char::is_whitespace)
        && lexicon::is_acronym(name.split('-').next().unwrap_or_default())
}

/// Longest acronym [`Resolver::acronym`] spells out, in letters.
pub(super) const MAX_ACRONYM: usize = 6;
/// Small words an acronym leaves out (`Canadian Centre for Policy Alternatives`, CCPA).
pub(super) const ACRONYM_SMALL_WORDS: &[&str] = &["and", "of", "for", "the", "on", "in", "&"];

/// Most words [`spelled_out`] reads back for an acronym's letters and the small words
/// between them.
pub(super) const MAX_SPELLED_WORDS: usize = 3 * MAX_ACRONYM;

/// The acronyms the text spells out: in parentheses after a name (`Canadian Centre for
/// Policy Alternatives (CCPA)`), or, for an acronym the text uses, as a name whose
/// capitalized words give its letters ([`initials_spelled`]). For each, where it is
/// spelled out and the name, in document order. Found once, so that every later use is
/// a lookup.
pub(super) fn acronyms<'t>(
    text: &'t str,
    tokens: &[Token],
) -> FxHashMap<&'t str, Vec<(usize, &'t str)>> {
    let mut out = initials_spelled(text, tokens);
    for (i, t) in tokens.iter().enumerate() {
        if !t.is_punct('(') || !tokens.get(i + 2).is_some_and(|c| c.is_punct(')')) {
            continue;
        }
        let a = &tokens[i + 1];
        if a.kind != Kind::Word || !acronym_word(a.text(text)) {
            continue;
        }
        let acronym = a.text(text);
        if let Some(name) = spelled_out(&text[..t.span.start], acronym) {
            out.entry(acronym).or_default().push((t.span.start, name));
        }
    }
    // (Both readings push in document order; one sort merges them. Inserting each name
    // in its place would shift the entries after it, every time.)
    for spelled in out.values_mut() {
        spelled.sort_by_key(|&(at, _)| at);
    }
    out
}

/// Whether `word` may be an acronym's letters: two to [`MAX_ACRONYM`] capitals.
fn acronym_word(word: &str) -> bool {
    (2..=MAX_ACRONYM).contains(&word.len()) && lexicon::is_acronym(word)
}

/// `the Federal Election Commission ... the FEC said`, `Immigration, Refugees and
/// Citizenship Canada ... IRCC said`: for each acronym the text uses, the names before
/// it whose capitalized words, read in a row, give its letters (small words such as `of`
/// and `and` stepped over), each with where it ends. A comma inside the name only lists
/// the words of one (`A, B and C`): with no `and` after it, `Africa, Portuguese` is two
/// names, not `AP`. A name that ends in a title (`Prime Minister`, PM) is someone's
/// office, not the body an acronym names. Words in capitals (`U.S.`, the acronym itself)
/// end a name: an acronym is spelled out in words.
fn initials_spelled<'t>(
    text: &'t str,
    tokens: &[Token],
) -> FxHashMap<&'t str, Vec<(usize, &'t str)>> {
    let bytes = text.as_bytes();
    let mut out: FxHashMap<&'t str, Vec<(usize, &'t str)>> = FxHashMap::default();
    // The letters the acronyms start with, one bit each: a run's stretch that starts with
    // another letter is not looked up.
    let mut firsts = 0u32;
    // Most documents use few acronyms, and some none: the names are read only for those.
    // (Only a word in capitals, first byte and second, is read whole.)
    for t in tokens
        .iter()
        .filter(|t| t.kind == Kind::Word && t.span.len() > 1)
    {
        let (a, b) = (bytes[t.span.start], bytes[t.span.start + 1]);
        if a.is_ascii_uppercase() && b.is_ascii_uppercase() && acronym_word(t.text(text)) {
            out.entry(t.text(text)).or_default();
            firsts |= 1 << (a - b'A');
        }
    }
    if out.is_empty() {
        return out;
    }
    // The capitalized words of the current run of a name, by token.
    let mut run: Vec<usize> = Vec::new();
    for (i, t) in tokens.iter().enumerate() {
        let word = t.kind == Kind::Word;
        // (A capital and then a small letter, or an apostrophe, `O'Neill`: words in
        // capitals and initials, `U.S.`, are not spelled-out words.)
        let capital = word
            && bytes.get(t.span.start).is_some_and(u8::is_ascii_uppercase)
            && bytes
                .get(t.span.start + 1)
                .is_some_and(|b| b.is_ascii_lowercase() || matches!(b, b'\'' | 0xE2));
        if capital {
            run.push(i);
            continue;
        }
        let goes_on = !run.is_empty()
            && (t.is_punct(',') || word && ACRONYM_SMALL_WORDS.contains(&t.text(text)));
        if goes_on {
            continue;
        }
        if run.len() > 1 {
            spelled_in_run(text, tokens, &run, firsts, &mut out);
        }
        run.clear();
    }
    if run.len() > 1 {
        spelled_in_run(text, tokens, &run, firsts, &mut out);
    }
    out.retain(|_, spelled| !spelled.is_empty());
    out
}

/// Records each stretch of the run of capitalized words `run` whose initials are an
/// acronym in `out`, as [`initials_spelled`] reads them; `firsts` holds the acronyms'
/// first letters.
fn spelled_in_run<'t>(
    text: &'t str,
    tokens: &[Token],
    run: &[usize],
    firsts: u32,
    out: &mut FxHashMap<&'t str, Vec<(usize, &'t str)>>,
) {
    let initial = |k: usize| text.as_bytes()[tokens[k].span.start];
    let mut letters = [0u8; MAX_ACRONYM];
    for first in 0..run.len() {
        if firsts & 1 << (initial(run[first]) - b'A') == 0 {
            continue;
        }
        for len in 2..=MAX_ACRONYM.min(run.len() - first) {
            let words = &run[first..first + len];
            for (l, &k) in letters.iter_mut().zip(words) {
                *l = initial(k);
            }
            let Ok(acronym) = std::str::from_utf8(&letters[..len]) else {
                continue;
            };
            let Some(spelled) = out.get_mut(acronym) else {
                continue;
            };
            let (start, end) = (tokens[words[0]].span.start, tokens[words[len - 1]].span.end);
            let name = text[start..end].trim_end_matches(['\'', '\u{2019}']);
            // (`Option::is_none_or` is newer than the crate's oldest supported Rust.)
            let listed = name
                .rsplit_once(',')
                .map_or(true, |(_, after)| after.contains(" and "));
            let last = name.rsplit(' ').next().unwrap_or_default();
            if listed && !lexicon::lookup(last).title {
                spelled.push((end, name));
            }
        }
    }
}

/// The name at the end of `before` whose capitalized words give the letters of
/// `acronym`, from the last (small words and commas between them stepped over).
pub(super) fn spelled_out<'t>(before: &'t str, acronym: &str) -> Option<&'t str> {
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
pub(super) fn in_capitals(name: &str) -> bool {
    name.len() > 2
        && name.as_bytes()[1].is_ascii_uppercase()
        && !name.contains(' ')
        && !crate::token::has_lower_case(name)
}

/// The one item `items` yields, or none when it yields none or several: a pet form stands
/// for a formal name only when the document has exactly one that fits (`Kit` with both a
/// Christopher and a Katherine stays `Kit`).
pub(super) fn sole<T>(mut items: impl Iterator<Item = T>) -> Option<T> {
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
pub(super) fn single_spaced(name: &str) -> bool {
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
pub(super) fn title_case(word: &str) -> String {
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

/// Whether someone named `name` answers to `called`, a pet form of the given name the
/// name starts with (`Harry` for `Henry Wotton`, `Bill` for `William Dale`). Asked only
/// when nobody answers to the word itself: `Tom` is Tom Hale before his father Thomas.
/// (Not a name a title opens: `Lady John` bears her husband's given name.)
pub(crate) fn answers_to_pet(name: &str, called: &str) -> bool {
    let first = name.split_whitespace().next().unwrap_or("");
    lexicon::formal_given(called)
        .iter()
        .any(|f| first.eq_ignore_ascii_case(f))
}

/// The gender of each name whose gender is known or guessed.
pub(super) type NameGenders<'t> = FxHashMap<Cow<'t, str>, Gender>;

/// How many tokens after a name [`learn_genders`] reads for a pronoun that picks it up.
pub(super) const GENDER_CUE_REACH: usize = 30;

/// The honorifics among the words of a mention's title (`Mr`, `Dr`), each with the gender
/// it implies, if any.
pub(super) fn honorifics<'a>(
    text: &'a str,
    m: &Mention,
) -> impl Iterator<Item = Option<Gender>> + 'a {
    m.title
        .as_ref()
        .map_or("", |t| &text[t.clone()])
        .split_whitespace()
        .filter_map(|w| lexicon::lookup(w).honorific)
}

/// How the document titles a surname, as bits: a man's honorific (`Mr. Archer`), a
/// woman's, a married woman's (`Mrs. Welland`), an unmarried one's (`Miss Welland`).
pub(super) const MAN: u8 = 1;
pub(super) const WOMAN: u8 = 2;
pub(super) const WIFE: u8 = 4;
pub(super) const DAUGHTER: u8 = 8;

/// Whether a mention's title has a married woman's honorific (`married`: `Mrs. Welland`)
/// or an unmarried one's (`Miss Lucy Steele`).
pub(super) fn titled_woman(text: &str, m: &Mention, married: bool) -> bool {
    m.title.as_ref().is_some_and(|t| {
        text[t.clone()]
            .split_whitespace()
            .any(|w| lexicon::married(w) == Some(married))
    })
}

/// The surnames the document writes with honorifics ([`MAN`], [`WOMAN`], [`WIFE`],
/// [`DAUGHTER`]), each with the bits it was written with.
pub(super) fn families<'t>(text: &'t str, raw: &[(Mention, bool)]) -> FxHashMap<&'t str, u8> {
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
pub(super) fn sisters<'t>(families: &FxHashMap<&'t str, u8>) -> Vec<&'t str> {
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
/// `his` and `her` are no votes: `Elinor took his arm` is about someone else. But a
/// name of no known gender that [`HIS_SENTENCES`] sentences open on and go on to `his`,
/// with no `he` or `she` to vote on it anywhere, is a man's: a person's own things are
/// the likeliest `his` (`Pryor turned his chair`). (Not `her`, which is as often the
/// object of the verb: `Pryor told her`.)
///
/// The text also overrules the gender a given name usually carries (`Brett` is most often
/// a man's): for a name of known gender, a sentence right after that opens with `he` or
/// `she` votes too (`Brett sat down. She was tired.`), and [`DECISIVE_VOTES`] or more, three
/// times the other side's, settle it. A gender the user's gazetteer gives (`fixed`) stands.
pub(super) fn learn_genders<'t>(
    text: &str,
    tokens: &[Token],
    raw: &[(Mention, bool)],
    names: &[NameRef<'t>],
    spoken: &[bool],
    (genders, guessed): (&mut NameGenders<'t>, &mut FxHashMap<Cow<'t, str>, ()>),
    fixed: impl Fn(&str) -> bool,
) {
    let mut votes: FxHashMap<&Cow<'t, str>, (u32, u32)> = FxHashMap::default();
    let mut his_votes: FxHashMap<&Cow<'t, str>, u32> = FxHashMap::default();
    for (((m, _), n), &spoken) in raw.iter().zip(names).zip(spoken) {
        // (Also a speaker of no known gender after the verb of a tag: `muttered the
        // Hermit, as he rapped`. A cue after a known one's tag is as often another's.)
        let tagged = || before_article(tokens, m, text).is_some_and(|b| b.info().verb.is_some());
        // (The cheap tests first: this runs for every name.) A name not yet read as a
        // person's is read only for the weaker sign, `his` (`Pryor turned his chair`):
        // a pronoun after a place or a thing (`Dorrow was cold; he ...`) is someone
        // else's.
        let person = n.person || spoken;
        if !(n.opens || person && tagged()) {
            continue;
        }
        let known = genders.contains_key(&n.full);
        if known && !(n.opens && person) {
            continue;
        }
        // (`his` stands right after the verb: a name not yet read as a person's is read
        // no further.)
        let reach = if person { GENDER_CUE_REACH } else { HIS_REACH };
        let end = tokens.len().min(m.tokens.end + reach);
        let mut vote = None;
        let mut his = false;
        for i in m.tokens.end..end {
            let t = &tokens[i];
            // A quotation, a new paragraph or another name ends what is said of this one.
            let info = t.info();
            let another_name = t.is_capitalized()
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
            his |= !known && t.text(text) == "his";
            if t.ends() {
                if known {
                    vote = tokens
                        .get(i + 1)
                        .and_then(|next| next.info().personal_gender());
                }
                break;
            }
        }
        if !person {
            vote = None;
        }
        if vote.is_none() && his {
            *his_votes.entry(&n.full).or_default() += 1;
        }
        if let Some(g) = vote {
            let v = votes.entry(&n.full).or_default();
            match g {
                Gender::Male => v.0 += 1,
                _ => v.1 += 1,
            }
        }
    }
    for (name, n) in his_votes {
        if n >= HIS_SENTENCES && !votes.contains_key(name) && !genders.contains_key(name) {
            genders.insert(name.clone(), Gender::Male);
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
pub(super) fn given_to_either(name: &str) -> bool {
    name.split(' ').next().is_some_and(lexicon::given_to_either)
}

/// The parts of a group's words (`Ruiz, Hale, and Dunn`), each with its byte offset:
/// split at `, and `, ` and ` and `, `.
pub(super) fn coordinated_parts(words: &str) -> impl Iterator<Item = (usize, &str)> {
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

/// Sentences opening on a name and going on to `his` that [`learn_genders`] needs to take
/// the name for a man's, when nothing else tells its gender. (One may be someone else's:
/// `Pryor took his arm`.)
pub(super) const HIS_SENTENCES: u32 = 2;

/// How many tokens after a name not yet read as a person's [`learn_genders`] reads for
/// `his`: a verb or two and the possessive (`Pryor slowly turned his chair`).
pub(super) const HIS_REACH: usize = 4;

/// Votes [`learn_genders`] needs to overrule the gender a given name carries.
pub(super) const DECISIVE_VOTES: u32 = 3;

//! Names: the run of capitalized words that names a person or a body (`Defense Secretary
//! Robert Gates`, `Hydro One`), and the tests on its words that tell where a name starts
//! and ends (a surname that is also a verb, a number in a name, a place adjective).

use super::*;

/// Lower-case words that may stand inside a name: `Secretary of State`, `Ludwig van
/// Beethoven`, `Osama bin Laden`.
pub(super) const PARTICLES: &[&str] = &[
    "of", "de", "van", "von", "der", "den", "bin", "al", "da", "del", "la", "le", "du", "st.",
];

/// Numbers that are determiners in running text (`one picker said`) but, capitalized after
/// a name word, end a company's or a channel's name: `Hydro One`, `Capital One`, `BBC
/// Two`, `Air Force One`.
pub(super) const NAME_NUMBERS: &[&str] = &["One", "Two", "Three"];

/// Whether the word at `i` is `for` inside an institution's name: after a capitalized
/// institution noun, before a capitalized word that is no given name (`Department for
/// Education`, `Centre for Addiction and Mental Health`, `Institute for Fiscal Studies`).
/// British and Canadian bodies are named so as often as with `of`; read apart, the name
/// would end at `for` and `a spokeswoman for the Department for Education` would speak as
/// `Education`. (`a lawyer for Ana Ruiz`: `lawyer` is no capitalized institution noun.)
#[inline]
pub(super) fn institution_for(tokens: &[Token], i: usize, text: &str) -> bool {
    // The length first: most words asked are not `for`, and it is one compare.
    tokens[i].span.len() == 3
        && i > 0
        && tokens[i].text(text) == "for"
        && tokens[i - 1].info().org
        && is_capitalized(tokens[i - 1].text(text))
        && tokens
            .get(i + 1)
            .is_some_and(|n| is_capitalized(n.text(text)) && n.info().given.is_none())
}

/// Whether the word at `i` is `and` joining the two fields of an institution named with
/// `of` (or `for`): `Department of Fisheries and Aquaculture`,
/// `Ministry of Health and Wellness`, `Centre for Addiction and Mental Health`. Between
/// the institution noun and `and` stand only capitalized words, and after it capitalized
/// words that are no given name, no place and no institution noun. Read apart, the name
/// would end at `and` and the ministry would speak as `Wellness`. (`the Bank of Canada
/// and Ottawa`, `... and Finance Canada`: a place or a body of its own; `the Department of
/// Justice and Ana Ruiz`: a person.)
#[inline]
pub(super) fn institution_and(tokens: &[Token], i: usize, text: &str) -> bool {
    // The length first: most words asked are not `and`.
    if tokens[i].span.len() != 3 || i < 3 || tokens[i].text(text) != "and" {
        return false;
    }
    // The institution noun, `of` or `for`, then one or two capitalized words up to `and`.
    // (`of` opening the text has no noun before it: `of the Lakes and ...`.)
    let joined = (i - 3..i - 1).filter(|&k| k > 0).any(|k| {
        matches!(tokens[k].text(text), "of" | "for")
            && tokens[k - 1].info().org
            && is_capitalized(tokens[k - 1].text(text))
            && tokens[k + 1..i]
                .iter()
                .all(|t| is_capitalized(t.text(text)))
    });
    if !joined || !word(tokens, i + 1, text).is_some_and(is_capitalized) {
        return false;
    }
    // The field's words: no given name, no place and no second body's noun (`the Bank of
    // Canada and Finance Canada`, `the Department of Labor and Harbour Bank`).
    (i + 1..tokens.len().min(i + 1 + MAX_DEPARTMENT_WORDS))
        .map_while(|k| {
            word(tokens, k, text)
                .filter(|_| tokens[k].is_capitalized())
                .map(|w| (k, w))
        })
        .all(|(k, w)| {
            let info = tokens[k].info();
            info.given.is_none() && !info.org && !lexicon::is_place(w)
        })
}

/// Whether the lower-case word at `j` is what the person named after it is in the place
/// the run from `start` names whole: `Ohio developer Carl Brandt`, `Toronto landlord Rosa
/// Diaz`. News writes any trade so, not only the role nouns the lexicon knows, and read
/// apart the place would be the subject and the person a stray name after it. The word
/// is a plain noun (no function word, no `-ed`, `-ly` or plural `-s` form: `Ohio elected
/// Mike DeWine`, `Texas backs Ana Ruiz`), and a name follows it: a known given name, or
/// two capitalized words of no other class (`Florida developer Mel Sembler`).
#[inline]
pub(super) fn place_noun_before_name(tokens: &[Token], start: usize, j: usize, text: &str) -> bool {
    // Asked at the end of most runs: a place's name has at most a few words, and the word
    // after the run is a noun of a few letters at least.
    if j == start || j - start > MAX_PLACE_WORDS || tokens[j].span.len() < 3 {
        return false;
    }
    // Then the word after: most runs end in a lower-case word before another.
    if !tokens
        .get(j + 1)
        .is_some_and(|n| n.kind == Kind::Word && n.is_capitalized())
    {
        return false;
    }
    // (From here `j > start`, the word has three bytes or more and the next is capitalized.)
    let w = tokens[j].text(text);
    let info = tokens[j].info();
    let plain_capital = |k: usize| {
        tokens.get(k).is_some_and(|t| {
            let info = t.info();
            t.kind == Kind::Word
                && is_capitalized(t.text(text))
                && info.function.is_none()
                && !title_word(info)
                && !info.org
        })
    };
    plain_capital(j + 1)
        && (tokens[j + 1].info().given.is_some() || plain_capital(j + 2))
        && w.bytes().all(|b| b.is_ascii_lowercase())
        && info.function.is_none()
        && info.verb.is_none()
        && info.pronoun.is_none()
        && !w.ends_with("ed")
        && !w.ends_with("ly")
        && (!w.ends_with('s') || w.ends_with("ss"))
        && lexicon::is_place(&text[tokens[start].span.start..tokens[j - 1].span.end])
}

/// Whether the word at `i` is `and` joining two departments' words inside one name:
/// `Health and Human Services Secretary Alex Azar`, `Environment and Climate Change
/// Canada meteorologist` (not `Smith and Jones`, two people, nor `the Secretary of State
/// and Sanders`). The capitalized words after it, no given name among them, run within
/// a few to a title, an institution's or a department's word, or end after two or more,
/// or in a lower-case role.
#[inline]
pub(super) fn department_and(tokens: &[Token], i: usize, text: &str) -> bool {
    // Asked of many words: the length of `and` first.
    let joins = i > 0
        && tokens
            .get(i)
            .is_some_and(|t| t.span.len() == 3 && t.kind == Kind::Word)
        && word(tokens, i, text) == Some("and")
        && word(tokens, i - 1, text)
            .is_some_and(|w| tokens[i - 1].is_capitalized() && lexicon::is_department(w));
    if !joins {
        return false;
    }
    for k in i + 1..tokens.len().min(i + 1 + MAX_DEPARTMENT_WORDS) {
        let w = word(tokens, k, text).filter(|_| tokens[k].is_capitalized());
        let Some(w) = w else {
            // The run ends: in a lower-case role (`meteorologist`), or after two words or
            // more of no one's name (`Climate Change Canada said`).
            let role = word(tokens, k, text).is_some_and(|_| tokens[k].info().role);
            return k > i + 1 && role || k > i + 2;
        };
        let info = tokens[k].info();
        if info.given.is_some() {
            return false;
        }
        if title_word(info) || info.org || lexicon::is_department(w) {
            return true;
        }
    }
    false
}

/// Most capitalized words [`department_and`] reads after `and`.
pub(super) const MAX_DEPARTMENT_WORDS: usize = 4;

/// Whether the word at `i` is one of [`NAME_NUMBERS`] right after a capitalized word.
pub(crate) fn name_number(tokens: &[Token], i: usize, text: &str) -> bool {
    i > 0
        && word(tokens, i, text).is_some_and(|w| NAME_NUMBERS.contains(&w))
        && word(tokens, i - 1, text).is_some_and(is_capitalized)
}

/// Titles of a saint: before a name they make a place (`St. Paul's`, `Saint Jean`).
pub(super) const SAINTS: &[&str] = &["st", "saint", "ste"];

/// Whether a capitalized word can be part of a name.
#[inline]
pub(super) fn name_word(t: &Token, info: &WordInfo, w: &str) -> bool {
    is_capitalized(w)
        && !t.plain()
        && info.function.is_none()
        && info.verb.is_none()
        && info.pronoun.is_none()
        && !(t.joined() && (place_adjective(w) || party_tag(w)))
}

/// Ordinals that, capitalized inside a sentence, begin a name: `First Nations`, `Third
/// Way`, `Second Harvest`. At a sentence's start they number a writer's points (`Second,
/// they ...`) and stay function words.
pub(super) const NAME_ORDINALS: &[&str] = &["first", "second", "third", "fourth", "fifth"];

/// Whether the word at `i` is one of [`NAME_ORDINALS`], capitalized inside its sentence
/// and before another capitalized word: the first word of a name.
#[inline(always)]
pub(crate) fn ordinal_in_name(tokens: &[Token], i: usize, text: &str) -> bool {
    let t = &tokens[i];
    // The length first: asked of capitalized function words only, most of them longer
    // or shorter than an ordinal.
    (5..=6).contains(&t.span.len())
        && t.kind == Kind::Word
        && t.is_capitalized()
        && NAME_ORDINALS
            .iter()
            .any(|o| t.text(text).eq_ignore_ascii_case(o))
        && word(tokens, i + 1, text).is_some_and(is_capitalized)
        && !crate::token::opens_sentence(tokens, i)
}

/// `D-Texas`, `R-Ky.`, `I-Vt.`: a US legislator's party and state, set beside the name;
/// no name itself.
pub(super) fn party_tag(w: &str) -> bool {
    let b = w.as_bytes();
    b.len() > 3 && matches!(b[0], b'D' | b'R' | b'I') && b[1] == b'-' && b[2].is_ascii_uppercase()
}

/// `Toronto-based`, `Ottawa-born`, `Republican-leaning`: a capitalized word joined by a
/// hyphen to a participle or to one of [`ADJECTIVE_ENDINGS`] is an adjective made from a
/// name, not a name; so is `Mother-of-three`. `Jean-Paul` and `Smith-Jones` are capitalized throughout, and the
/// lower-case part of `Ban Ki-moon` or `Moon Jae-in` is neither.
pub(crate) fn place_adjective(w: &str) -> bool {
    // Asked of every capitalized word: only its last few bytes are read for the hyphen.
    let b = w.as_bytes();
    let n = b
        .iter()
        .rev()
        .take(MAX_ADJECTIVE_ENDING + 1)
        .take_while(|c| c.is_ascii_lowercase())
        .count();
    if n < 3 || n >= b.len() || b[b.len() - n - 1] != b'-' {
        return false;
    }
    let last = &w[w.len() - n..];
    let participle = n >= 5 && (last.ends_with("ed") || last.ends_with("ing"));
    // `Mother-of-three Kelly Dunmore`: a description joined by `of` to a number.
    let of_number = w[..w.len() - n - 1].ends_with("-of");
    participle || of_number || ADJECTIVE_ENDINGS.contains(&last)
}

/// The longest ending [`place_adjective`] reads after the hyphen (`-controlled`).
pub(super) const MAX_ADJECTIVE_ENDING: usize = 12;

/// Words that make an adjective of the name hyphened before them (`Ottawa-born`,
/// `Liberal-led`, `Cold War-era`, `Canada-wide`); participles of five letters or more
/// (`Toronto-based`, `Republican-leaning`) need no entry.
pub(super) const ADJECTIVE_ENDINGS: &[&str] = &[
    "born", "bred", "led", "run", "made", "built", "grown", "era", "wide", "style", "area",
    "bound", "like", "owned",
];

/// `Florida-based Republican strategist Al Cardenas`: such an adjective opens a name's
/// titles when capitalized words, or role words and then a name, follow it.
pub(super) fn adjective_before_name(tokens: &[Token], i: usize, w: &str, text: &str) -> bool {
    tokens[i].joined()
        && place_adjective(w)
        && is_capitalized(w)
        && role_words_then_name(tokens, i + 1, text)
}

/// `Theresa May`, `Ms. May`, `Ana Young`, `Michael Every`: a capitalized modal, adverb,
/// epithet or determiner right after a given name or an honorific is a surname, not a word
/// to step over. So it is after two name words the tables do not know (`Soe Lwin May`),
/// unless a number dates it (`Yangon May 5`) or a capitalized word follows, as in a
/// headline's title case (`Museum Will Open`). So is a speech verb's plain or past form
/// after a given name or an honorific (`Gareth Read`, `Ms. Post`, `Dr. Bellow`), unless a
/// capitalized word follows (`Maria Said She Would Run`). `info` is what the lexicon knows
/// of the word at `i` (of its stem, for `May's`).
pub(crate) fn surname_after_first_name(
    tokens: &[Token],
    i: usize,
    info: &WordInfo,
    text: &str,
) -> bool {
    let unknown_name = |k: usize| {
        let t = &tokens[k];
        t.kind == Kind::Word
            && name_word(t, t.info(), t.text(text))
            && !lexicon::is_place(t.text(text))
    };
    let capitalized_after = || {
        word(tokens, i + 1, text)
            .is_some_and(|n| n.starts_with(|c: char| c.is_ascii_digit() || c.is_uppercase()))
    };
    // (A form in `-s` or `-ing` is a headline's verb, `Maria Says`, far more often. In
    // title case, `Ana Ruiz Joked "Q"`, the given name may itself be a surname, and a
    // quotation may follow the verb.)
    let verb_surname = || {
        info.verb.is_some() && {
            let w = tokens[i].text(text);
            !w.ends_with('s')
                && !w.ends_with("ing")
                && !capitalized_after()
                && tokens.get(i + 1).map_or(true, |n| n.quote().is_none())
                && (i < 2
                    || !tokens[i - 2].is_capitalized()
                    || tokens[i - 1].info().given.is_none())
        }
    };
    i > 0
        && tokens[i].is_capitalized()
        && (matches!(
            info.function,
            Some(Function::Between | Function::Epithet | Function::Determiner)
        ) && info.verb.is_none()
            || verb_surname())
        && {
            let prev = tokens[i - 1].info();
            prev.given.is_some()
                || prev.honorific.is_some()
                || info.verb.is_none()
                    && i > 1
                    && unknown_name(i - 1)
                    && unknown_name(i - 2)
                    && !capitalized_after()
        }
}

/// `Will Young`: a capitalized given name that is also a modal opens a name when a
/// capitalized name word follows it, or a past tense (`May looked up`), or an adverb in
/// `-ly` and a past tense (`May suddenly proposed`).
pub(super) fn modal_given_name(
    tokens: &[Token],
    i: usize,
    info: &WordInfo,
    w: &str,
    text: &str,
) -> bool {
    if !(info.given.is_some() && info.function == Some(Function::Between) && is_capitalized(w)) {
        return false;
    }
    word(tokens, i + 1, text).is_some_and(|n| {
        let next = tokens[i + 1].info();
        let name_after = is_capitalized(n)
            && next.pronoun.is_none()
            && next.function != Some(Function::Determiner);
        // `May looked up`: no modal stands before a past tense, nor before an
        // adverb and one (`May quickly go` has the base form).
        let adverb_then_past =
            ly_adverb(n) && word(tokens, i + 2, text).is_some_and(crate::lexicon::is_past_form);
        name_after || crate::lexicon::is_past_form(n) || adverb_then_past
    }) || inverted_after_verb(tokens, i, text)
}

/// A lower-case word of five letters or more in `-ly`, read as an adverb next to a modal
/// given name (`May suddenly proposed`, `said May quietly`).
pub(super) fn ly_adverb(w: &str) -> bool {
    w.len() > 4 && w.ends_with("ly") && w.bytes().all(|b| b.is_ascii_lowercase())
}

/// `"Yes," said May.`, `said May quietly`: right after a speech verb, a given name that is
/// also a modal is the inverted subject when its clause ends there or an adverb in `-ly`
/// follows (`said May would` is still a modal, or a month).
pub(super) fn inverted_after_verb(tokens: &[Token], i: usize, text: &str) -> bool {
    let verb_before = i > 0
        && tokens[i - 1].kind == Kind::Word
        && tokens[i - 1].info().verb.is_some()
        && !tokens[i - 1].is_capitalized();
    verb_before
        && match tokens.get(i + 1) {
            None => true,
            Some(n) if n.kind == Kind::Word => ly_adverb(n.text(text)),
            Some(n) => n.is_punct(',') || n.is_punct('.') || n.kind == Kind::Break,
        }
}

/// `Young said`, `Read said`: a capitalized epithet or verb of manner right before a speech
/// verb (not one of manner) stands for a surname, since neither can be a subject alone.
pub(super) fn surname_before_verb(
    tokens: &[Token],
    i: usize,
    info: &WordInfo,
    w: &str,
    text: &str,
) -> bool {
    // `"Q," From said`: a preposition or conjunction capitalized inside its sentence, right
    // after the quote or comma, can only be a surname there.
    let mid_sentence_stop =
        info.function == Some(Function::Stop) && i > 0 && tokens[i - 1].ends_with_comma(text);
    let odd_word = info.function == Some(Function::Epithet)
        || mid_sentence_stop
        || info.verb.is_some_and(|(_, kind)| kind == VerbKind::Manner);
    odd_word
        && is_capitalized(w)
        && tokens.get(i + 1).is_some_and(|t| {
            t.info()
                .verb
                .is_some_and(|(_, kind)| kind != VerbKind::Manner)
        })
}

/// Most words of a place's name in [`lexicon::is_place`] (`Prince Edward Island`).
pub(super) const MAX_PLACE_WORDS: usize = 3;

/// Whether the capitalized word at `start` and one or two after it name a place whole
/// (`New York`, `South Carolina`, `Prince Edward Island`).
pub(super) fn opens_place(tokens: &[Token], start: usize, text: &str) -> bool {
    (2..=MAX_PLACE_WORDS).any(|n| {
        let last = start + n - 1;
        (start + 1..=last).all(|k| word(tokens, k, text).is_some_and(is_capitalized))
            && lexicon::is_place(&text[tokens[start].span.start..tokens[last].span.end])
    })
}

/// A run of capitalized words starting at `start`: titles, then a name, or titles then a
/// role noun (`Pentagon spokesman`), or modifiers then a group noun (`U.S. officials`).
pub(super) fn name_run(tokens: &[Token], start: usize, text: &str) -> Option<Mention> {
    // `Meanwhile Brenda`, `Presently Tony`: a word capitalized only because it opens the
    // sentence is not part of the name after it. A given name is (`Bill Hale`, though the
    // text speaks of a bill too), and so is a role noun, the person's title (`Lawyer Ana
    // Ruiz`, though the text goes on to say `the lawyer`).
    // Nor is a party's members before their names (`Republicans Jolly and DeSantis`), as
    // `Republican Tom Price` is titled by the singular.
    // (Nor a word that begins a place's name: `New York`, `New Hampshire`, though the
    // document writes `new` in lower case too.)
    let mut start = start;
    while (tokens[start].common()
        && tokens[start].info().given.is_none()
        && !title_word(tokens[start].info())
        && !tokens[start].info().role
        && !opens_place(tokens, start, text)
        && !ordinal_in_name(tokens, start, text)
        || party_members(tokens, start, text))
        && word(tokens, start + 1, text).is_some_and(is_capitalized)
    {
        start += 1;
    }
    if let Some(end) = rank_office(tokens, start, text) {
        return Some(rank_mention(tokens, start, start, end, text));
    }
    let mut j = start;
    let mut end = start;
    while j < tokens.len() && j < start + MAX_NAME {
        if j > start && nickname_inside(tokens, j, text) {
            j += 1;
            continue;
        }
        let Some(w) = word(tokens, j, text) else {
            break;
        };
        let (stem, possessive) = strip_possessive(w);
        let info = info_of(&tokens[j], stem, possessive);
        // The tests in order of cost; most words of a run are plain name words.
        let keep = name_word(&tokens[j], info, stem)
            || title_word(info) && tokens[j].is_capitalized()
            || ordinal_in_name(tokens, j, text)
            || adjective_before_name(tokens, j, w, text)
            // `of` joins after a title (`Secretary of State`, `Bishop of Durham`) or an
            // institution noun (`Bank of Canada governor Peter Lisle`), never two names
            // side by side. `van der Berg`, `de la Cruz`: two particles may stand before
            // the surname.
            || PARTICLES.contains(&w)
                && (w != "of" || j > start && {
                    let before = tokens[j - 1].info();
                    title_word(before) || before.org
                })
                && (word(tokens, j + 1, text).is_some_and(is_capitalized)
                    || w != "of"
                        && word(tokens, j + 1, text).is_some_and(|n| n != "of" && PARTICLES.contains(&n))
                        && tokens.get(j + 2).is_some_and(Token::is_capitalized))
            // `Pentagon spokesman Geoff Morrell`, `Rockets general manager Bruce
            // Hamilton`: lower-case role words inside the run, when a name follows them.
            || !tokens[j].is_capitalized()
                && (info.role || info.title)
                && !PARTICLES.contains(&w)
                && role_words_then_name(tokens, j, text)
            // `Chinese foreign ministry spokeswoman Hua Chunying`: lower-case modifiers of
            // a role word, inside a run a capitalized word has opened.
            || (j > start || info.org)
                && !tokens[j].is_capitalized()
                && modifiers_then_role(tokens, j, text)
            // `Young said`: an epithet standing alone before a speech verb is a surname.
            || j == start && surname_before_verb(tokens, j, info, w, text)
            || j == start && modal_given_name(tokens, j, info, w, text)
            // `Rep. Will Hurley`, `Chairman May Ortiz`: after a title, a given name that is
            // also a modal starts the name when a capitalized word follows it.
            || j > start
                && title_word(tokens[j - 1].info())
                && modal_given_name(tokens, j, info, w, text)
            || j > start && surname_after_first_name(tokens, j, info, text)
            || j > start && name_number(tokens, j, text)
            || j > start && department_and(tokens, j, text)
            || j > start && institution_for(tokens, j, text)
            || j > start && institution_and(tokens, j, text)
            || j > start && place_noun_before_name(tokens, start, j, text)
            // `CBS News`, `Fox News`: a capitalized medium noun after a name ends an
            // outlet's name (these nouns are otherwise words after a verb: `said in a news
            // release`).
            || j > start
                && tokens[j].is_capitalized()
                && info.document
                && info.function == Some(Function::Time);
        if !keep {
            break;
        }
        j += 1;
        end = j;
        if possessive {
            // `Russia's incoming president`: the name is a determiner of what follows.
            return description(tokens, start, j, text)
                .or_else(|| name_mention(tokens, start, end, text));
        }
    }
    if end == start {
        return None;
    }
    // `U.S. officials`, `Pentagon spokesman`: the run modifies a lower-case head noun.
    if word(tokens, end, text).is_some() {
        let info = tokens[end].info();
        if !tokens[end].is_capitalized() && (info.group || info.role) {
            let kind = if info.group {
                MentionKind::Group
            } else {
                MentionKind::Role
            };
            return Some(phrase(tokens, start..end + 1, kind, None));
        }
    }
    name_mention(tokens, start, end, text)
}

/// `Theo "Tank" Marsh`, `Joaquín "El Chapo" Guzmán`: whether token `j` is a short
/// quotation of capitalized words between two capitalized words, a nickname inside the
/// name they make.
pub(crate) fn nickname_inside(tokens: &[Token], j: usize, text: &str) -> bool {
    let t = &tokens[j];
    let cap = |k: usize| {
        tokens
            .get(k)
            .is_some_and(|t| t.kind == Kind::Word && t.is_capitalized())
    };
    if t.quote().is_none() || j == 0 || !cap(j - 1) || !cap(j + 1) {
        return false;
    }
    let inner = text[t.span.clone()].trim_matches(|c: char| !c.is_alphanumeric());
    let mut words = inner.split_whitespace();
    inner.len() <= MAX_NICKNAME
        && !inner.contains([',', '.', '!', '?', ';', ':'])
        && words.clone().count() <= 3
        && words.all(|w| w.starts_with(char::is_uppercase))
}

/// Steps over a short parenthesis after a name: `Sen. Ann Ruiz (D-Ore.) said`.
pub(crate) fn skip_parenthesis(tokens: &[Token], i: usize) -> usize {
    if !tokens.get(i).is_some_and(|t| t.is_punct('(')) {
        return i;
    }
    for (k, t) in tokens.iter().enumerate().take(i + 8).skip(i + 1) {
        match t.kind {
            Kind::Punct(')') => return k + 1,
            Kind::Quote(_) | Kind::Break | Kind::Punct('(') => return i,
            _ => {}
        }
    }
    i
}

/// Whether token `j` is a nickname inside a name ([`nickname_inside`]) or a short term in
/// marks inside a phrase (`wearing a "Vote Yes" pin`): a few words and no punctuation of a
/// sentence, so no speech.
pub(crate) fn quoted_term(tokens: &[Token], j: usize, text: &str) -> bool {
    let t = &tokens[j];
    if t.quote().is_none() {
        return false;
    }
    let inner = text[t.span.clone()].trim_matches(|c: char| !c.is_alphanumeric());
    nickname_inside(tokens, j, text)
        || inner.len() <= MAX_QUOTED_TERM
            && !inner.contains([',', '.', '!', '?', ';', ':'])
            && inner.split_whitespace().count() <= 4
}

/// Longest term in marks [`quoted_term`] reads, in bytes.
pub(super) const MAX_QUOTED_TERM: usize = 40;

/// Longest nickname [`nickname_inside`] reads, in bytes.
pub(super) const MAX_NICKNAME: usize = 24;

/// Most lower-case role or title words before a name: `deputy chief executive`, `chief
/// technology officer`.
pub(super) const MAX_ROLE_WORDS: usize = 3;

/// Whether the lower-case role or title words from `j` on, at most [`MAX_ROLE_WORDS`],
/// lead to a capitalized word.
pub(super) fn role_words_then_name(tokens: &[Token], mut j: usize, text: &str) -> bool {
    // (Not `0..=MAX_ROLE_WORDS`: the inclusive range cost 3.5 M instructions on the news
    // dev pass under callgrind, through how the run reader was inlined.)
    for _ in 0..MAX_ROLE_WORDS + 1 {
        match word(tokens, j, text) {
            Some(_) if tokens[j].is_capitalized() => return true,
            Some(_) => {
                let info = tokens[j].info();
                if !(info.role || info.title) {
                    return false;
                }
            }
            None => return false,
        }
        j += 1;
    }
    false
}

/// Whether, from token `j`, one or two lower-case words that are no verb, function word
/// or particle come before role or title words and a capitalized word (`foreign ministry
/// spokeswoman Hua`). After a name, a word in `-ed` or `-s` is more likely its verb than
/// a modifier (`Donald Trump attacked former Rep. ...`, `Frank quotes former adviser ...`;
/// `press` is a modifier).
pub(super) fn modifiers_then_role(tokens: &[Token], j: usize, text: &str) -> bool {
    // Asked after most names: first the one cheap test that rules nearly all out.
    let role_word = |k: usize| {
        tokens.get(k).is_some_and(|t| {
            let info = t.info();
            info.role || info.title
        })
    };
    if !(role_word(j + 1) || role_word(j + 2)) {
        return false;
    }
    let modifier = |k: usize| {
        word(tokens, k, text).is_some_and(|w| {
            let info = tokens[k].info();
            let verb_like = w.ends_with("ed") || w.ends_with('s') && !w.ends_with("ss");
            !tokens[k].is_capitalized()
                && !verb_like
                && info.verb.is_none()
                && info.function.is_none()
                && info.pronoun.is_none()
                && !PARTICLES.contains(&w)
        })
    };
    // (A lower-case word [`role_words_then_name`] accepts is a role or title word.)
    let role_at = |k: usize| {
        word(tokens, k, text).is_some_and(|_| !tokens[k].is_capitalized())
            && role_words_then_name(tokens, k, text)
    };
    modifier(j) && (role_at(j + 1) || modifier(j + 1) && role_at(j + 2))
}

/// The participles of auxiliaries, which open a participle clause (`Having said this, ...`,
/// `Being a doctor, ...`) and name no one.
pub(super) const PARTICIPLE_AUXILIARIES: &[&str] = &["having", "being"];

/// Lower-case words that an adverb in `-ly` opening a sentence may have next, and a name
/// may not: `Shortly after`, `Shortly afterward`, `Precisely such`. (A determiner or a
/// participle in `-ing` counts too, [`opening_ly_adverb`].)
pub(super) const AFTER_OPENING_ADVERB: &[&str] =
    &["after", "afterward", "afterwards", "before", "such"];

/// Whether the word at `i`, in `-ly` and opening a sentence, is an adverb rather than a
/// name: `Hastily calling this to mind`, `Scarcely a word was spoken`, `Scarcely had he
/// gone`, `Shortly after the vote`. A name in `-ly` (`Connolly`, `Kelly`) has its verb or
/// a comma next; a known given name (`Emily`) is never taken for an adverb, and neither is
/// a word shorter than six letters (`Ely`, `Daly`).
pub(super) fn opening_ly_adverb(tokens: &[Token], i: usize, text: &str) -> bool {
    let t = &tokens[i];
    let w = t.text(text);
    if w.len() < 6
        || !w.ends_with("ly")
        || t.info().given.is_some()
        || !crate::token::opens_sentence(tokens, i)
    {
        return false;
    }
    let Some(next) = word(tokens, i + 1, text).filter(|n| !is_capitalized(n)) else {
        return false;
    };
    let info = tokens[i + 1].info();
    // `Scarcely had he`, `Seldom did the board`: an auxiliary before its subject.
    let inverted = info.function == Some(Function::Between)
        && tokens
            .get(i + 2)
            .is_some_and(|s| s.is_pronoun() || s.info().function == Some(Function::Determiner));
    info.function == Some(Function::Determiner)
        || next.len() > 4 && next.ends_with("ing")
        || AFTER_OPENING_ADVERB.contains(&next)
        || inverted
}

/// Splits the capitalized run `start..end` into titles and name.
pub(super) fn name_mention(
    tokens: &[Token],
    start: usize,
    end: usize,
    text: &str,
) -> Option<Mention> {
    if end == start + 1 {
        let w = tokens[start].text(text);
        // `Having said this, ...`: a lone participle, capitalized only because it opens
        // the sentence (the document also writes it in lower case), names no one. Short
        // forms count here (`Being`), unlike in `participle_form`: the lower-case use
        // already shows the word is no name. A participle of an auxiliary never is one,
        // though the document has no lower-case `having`.
        let participle = PARTICIPLE_AUXILIARIES
            .iter()
            .any(|a| w.eq_ignore_ascii_case(a))
            || tokens[start].common() && w.ends_with("ing");
        // `Hastily he rose`, `Individually it knew better`: a lone word opening a sentence
        // with a subject pronoun right after it is an adverb; the pronoun is the subject.
        let adverb = tokens.get(end).is_some_and(Token::is_pronoun)
            && crate::token::opens_sentence(tokens, start);
        if participle || adverb || opening_ly_adverb(tokens, start, text) {
            return None;
        }
    }
    // `WASHINGTON`, `OTTAWA, Aug. 3 (CP)` before a dateline's dash name a place, a date
    // and an agency, not a person.
    if tokens[start].in_dateline() {
        return None;
    }
    // The name is the longest tail of the run with no title word in it.
    let mut name_start = end;
    let mut gender = None;
    while name_start > start {
        if nickname_inside(tokens, name_start - 1, text) {
            name_start -= 1;
            continue;
        }
        let (w, possessive) = strip_possessive(tokens[name_start - 1].text(text));
        let info = info_of(&tokens[name_start - 1], w, possessive);
        // `Lawyer Roberta Kaplan`, `Coach Ana Ruiz`: a role noun opening the run, before
        // the name, is what the person is (a given name that is also one is not: `Porter
        // Goss`).
        // So is one right after a title or department word (`National Security Adviser
        // Eduardo Año`): together they are the office.
        // (The word before is read only for a role noun.)
        let after_title = || {
            name_start - 1 > start && {
                let (before, possessive) = strip_possessive(tokens[name_start - 2].text(text));
                title_word(info_of(&tokens[name_start - 2], before, possessive))
            }
        };
        let role_first = name_start < end
            && info.role
            && info.given.is_none()
            && (name_start - 1 == start || after_title());
        // `Peter T. King`, `Larry King`: a title word after a given name or an initial, at
        // the run's end or before `of`, is a surname (`Virginia Gov. Terry McAuliffe` is
        // titled).
        let surname = || {
            name_start - 1 > start
                && (name_start == end || tokens[name_start].text(text) == "of")
                && {
                    let before = &tokens[name_start - 2];
                    let b = before.text(text).trim_end_matches('.');
                    before.info().given.is_some()
                        || b.len() == 1 && b.bytes().all(|c| c.is_ascii_uppercase())
                }
        };
        // `Martin St. Louis`, `Georges St-Pierre`: `Saint` after a given name, before a
        // capitalized word, begins the surname.
        let saint_surname = || {
            name_start < end
                && name_start - 1 > start
                && SAINTS
                    .iter()
                    .any(|s| w.trim_end_matches('.').eq_ignore_ascii_case(s))
                && tokens[name_start - 2].info().given.is_some()
        };
        // `Conservative Rachel Hughes`, `Tory Ann Ruiz`: a party's member before a given
        // name is what the person is, like `Democrat` (`Tory Burch` is a name).
        let party_first = || {
            name_start < end
                && lexicon::is_party_member(w)
                && tokens[name_start].info().given.is_some()
        };
        // `First Nations`: an ordinal that titles a person (`First Lady Ana Ruiz`)
        // begins a name when one word that is no title and no given name is all that
        // follows it.
        let ordinal_body = || {
            name_start + 1 == end && ordinal_in_name(tokens, name_start - 1, text) && {
                let last = tokens[end - 1].info();
                !title_word(last) && last.given.is_none()
            }
        };
        if title_word(info) && !surname() && !saint_surname() && !ordinal_body()
            || role_first
            || party_first()
            || !is_capitalized(w)
                && !PARTICLES.contains(&w)
                && !institution_for(tokens, name_start - 1, text)
        {
            break;
        }
        name_start -= 1;
    }
    // `Health Canada`, `Public Safety Canada`: department words with no office after them
    // begin an institution's name; `Health Minister Ana Ruiz` has one.
    if name_start > start
        && name_start < end
        && (start..name_start).all(|k| {
            let w = tokens[k].text(text);
            tokens[k].is_capitalized() && lexicon::is_department(w)
                || department_and(tokens, k, text)
        })
    {
        name_start = start;
    }
    // `Acme Health`, `Riverside Health Network`: a department word after capitalized
    // words of no office, in a run that holds no office, is part of a body's name when it
    // ends the run or an institution's noun does (`Ontario Health Minister Ana Ruiz` holds
    // an office, and `Ontario Justice Ana Ruiz` a name after it).
    if name_start > start + 1 && {
        let dept = name_start - 1;
        let only_departments = |k: usize| {
            !title_word(tokens[k].info()) || lexicon::is_department(tokens[k].text(text))
        };
        lexicon::is_department(tokens[dept].text(text))
            && (start..dept).all(|k| is_capitalized(tokens[k].text(text)))
            && (start..end).all(only_departments)
            && (name_start == end
                || tokens[end - 1].info().org
                    && (name_start..end).all(|k| tokens[k].info().given.is_none()))
    } {
        name_start = start;
    }
    // `Bureau of Labor Statistics`, `Federal Bureau of Prisons`: an institution noun, `of`
    // and capitalized words with no office and no given name among them name one body,
    // though a department word stands inside (`Labor`, as in `Labor Secretary`) or ends
    // it (`Department of Homeland Security`: a body, not an office).
    if name_start > start && institution_of(tokens, start, end, text) {
        name_start = start;
    }
    // `Mayor of London`, `Bishop of Durham`: `of` and a place after a title are the office.
    // A given name after the place starts the holder's name (`Governor of Texas Greg
    // Abbott`); failing one, a run too long to be only an office ends in a two-word name.
    // (Not a party's member: `Senator Lindsey Graham, Republican of South Carolina,`; nor
    // after a name: `Representative Peter King of New York`.)
    if name_start > start
        && name_start < end
        && tokens[name_start].text(text) == "of"
        && tokens[start + 1..name_start]
            .iter()
            .all(|t| title_word(t.info()))
        && !lexicon::is_party_member(tokens[name_start - 1].text(text))
    {
        name_start = holder_after_office(tokens, name_start + 1, end);
    }
    // Particles never start a name.
    while name_start < end && !is_capitalized(tokens[name_start].text(text)) {
        name_start += 1;
    }
    for t in &tokens[start..end] {
        let info = t.info();
        if let Some(Some(g)) = info.honorific {
            gender = Some(g);
        }
    }
    let span = tokens[start].span.start..tokens[end - 1].span.end;
    let last = strip_possessive(tokens[end - 1].text(text)).0;
    let span =
        span.start..span.start + (span.len() - (tokens[end - 1].text(text).len() - last.len()));
    if name_start == end {
        // Only titles: `the President said` is a role.
        return Some(Mention {
            kind: MentionKind::Role,
            span: span.clone(),
            name: span,
            title: None,
            gender,
            tokens: start..end,
        });
    }
    if gender.is_none() {
        gender = tokens[name_start].info().given;
    }
    // `Representative Peter King of New York`: the place after a name is where the
    // person is from, no part of the name.
    // (`Association of Flight Attendants` is a body's name.)
    let name_end = (name_start + 1..end)
        .find(|&k| {
            let before = tokens[k - 1].info();
            tokens[k].text(text) == "of" && !before.org && !before.group
        })
        .map_or(span.end, |k| tokens[k - 1].span.end);
    let name = tokens[name_start].span.start..name_end;
    let title =
        (name_start > start).then(|| tokens[start].span.start..tokens[name_start - 1].span.end);
    // `St. Paul's`, `St. Louis`: one word after a saint's title names a church, a street
    // or a town, not a person of the story (`St. John Rivers` is one).
    let saint = name_start == start + 1 && end == start + 2 && {
        let w = tokens[start].text(text);
        SAINTS
            .iter()
            .any(|s| w.trim_end_matches('.').eq_ignore_ascii_case(s))
    };
    Some(Mention {
        kind: if saint {
            MentionKind::Org
        } else {
            MentionKind::Name
        },
        span,
        name,
        title,
        gender,
        tokens: start..end,
    })
}

/// Whether the name run `start..end` is an institution's name built on `of` (or `for`,
/// [`institution_for`]): a capitalized institution noun, `of`, and after it only capitalized words (and particles)
/// that are no role and no given name (`Bank of Canada`, not `Bank of Canada Governor Tiff
/// Macklem`).
pub(super) fn institution_of(tokens: &[Token], start: usize, end: usize, text: &str) -> bool {
    let Some(of) = (start + 1..end)
        .find(|&k| tokens[k].text(text) == "of" || institution_for(tokens, k, text))
    else {
        return false;
    };
    tokens[of - 1].info().org
        && (of + 1..end).all(|k| {
            let t = &tokens[k];
            let w = t.text(text);
            let info = t.info();
            (t.is_capitalized() || PARTICLES.contains(&w) || institution_and(tokens, k, text))
                && !info.role
                && info.given.is_none()
        })
}

/// Where the holder's name starts in the words `place..end` that follow `Title of`: at the
/// first given name after the place's first word; else at the last two words when three
/// or more follow and the last is no institution's noun (`CEO of Harbour Restaurant
/// Association` is all office); else nowhere (`end`: the run is only an office).
pub(super) fn holder_after_office(tokens: &[Token], place: usize, end: usize) -> usize {
    if let Some(k) = (place + 1..end).find(|&k| tokens[k].info().given.is_some()) {
        return k;
    }
    if end >= place + 3 && !tokens[end - 1].info().org {
        end - 2
    } else {
        end
    }
}

//! The noun phrase that ends before a verb: where it starts, a determiner fused with its
//! noun (`someone`), and an apposition set off before the verb (`Gates, the defense
//! secretary,`).

use super::*;

/// The mention ending at `end`, without looking past a preposition before it.
pub(super) fn backward_phrase(
    tokens: &[Token],
    end: usize,
    text: &str,
    depth: u8,
) -> Option<Mention> {
    if end == 0 {
        return None;
    }
    let inner = depth.checked_sub(1)?;
    // `Sen. Ann Ruiz (D-Ore.), noting ..., said`: a short parenthesis after the name.
    if tokens[end - 1].is_punct(')') {
        let open = (end.saturating_sub(MAX_PARENTHESIS)..end - 1)
            .rev()
            .find(|&k| tokens[k].is_punct('(') || tokens[k].is_punct(')'))?;
        return if tokens[open].is_punct('(') {
            backward_phrase(tokens, open, text, inner)
        } else {
            None
        };
    }
    if tokens[end - 1].is_punct(',') {
        return apposition(tokens, end - 1, text, inner);
    }
    // `The senator — who has served since 2004 — said`: a clause set off by dashes.
    if tokens[end - 1].kind == Kind::Dash {
        let open = (end.saturating_sub(MAX_APPOSITION)..end - 1)
            .rev()
            .find(|&k| {
                matches!(tokens[k].kind, Kind::Dash | Kind::Quote(_) | Kind::Break)
                    || tokens[k].is_punct('.')
            })?;
        // (`Ana Ruiz, the director of Harbor Works -- the nonprofit that runs the shelter --
        // said`: the opening dash may close an apposition as a comma would.)
        return if tokens[open].kind == Kind::Dash {
            apposition(tokens, open, text, inner)
                .or_else(|| backward_phrase(tokens, open, text, inner))
        } else {
            None
        };
    }
    // `veteran MPs who say`, `Charlie Sykes, who lamented`: a relative pronoun stands for
    // the phrase before it.
    if end >= 2 && tokens[end - 1].info().function == Some(Function::Relative) {
        let mut r = end - 1;
        if r >= 2 && tokens[r - 1].is_punct(',') {
            r -= 1;
        }
        return backward_in(tokens, r, text, inner)
            .filter(|m| !matches!(m.kind, MentionKind::Pronoun(..)))
            .or_else(|| person_before_who(tokens, r, text));
    }
    if let Some(m) = fused_determiner(tokens, end, text) {
        return Some(m);
    }
    if let Some(m) = those_who(tokens, end, text) {
        return Some(m);
    }
    // `14 percent said`, `nearly half say`, `only 28 said`: a share, fraction or count of
    // people, which no name or description reads.
    if let Some(m) = shares::share_before(tokens, end, text) {
        return Some(m);
    }
    let start = phrase_start(tokens, end, text)?;
    let m = forward(tokens, start, text).filter(|m| m.tokens.end == end);
    if m.is_some() {
        return m;
    }
    // `King's College London`, `St. Mary's Hospital`: a capitalized run with a possessive
    // inside it is one institution's name, though read forward the possessive ends it.
    if let Some(m) = possessive_institution(tokens, start, end, text) {
        return Some(m);
    }
    // `Elementary Teachers' Federation of Ontario president Karen Brown said`: a title
    // too long to read whole from its start, a body's name and a lower-case office; the
    // longest part of it that reads up to the verb as a name with such a title (`Ontario
    // president Karen Brown`) names the person.
    if end > start + 1 && tokens[end - 1].is_capitalized() {
        let part = (start + 1..end - 1)
            .filter_map(|k| forward(tokens, k, text))
            .find(|m| {
                m.tokens.end == end
                    && m.kind == MentionKind::Name
                    && office_title(m, text).is_some()
            });
        if part.is_some() {
            return part;
        }
    }
    // `justice officials`, `provincial health authorities`: modifiers with no determiner
    // before a role or group noun.
    let head = tokens[end - 1].info();
    if head_noun(head, tokens[end - 1].text(text)) {
        return description(tokens, start, start, text).filter(|m| m.tokens.end == end);
    }
    None
}

/// Determiners that stand for a noun phrase left out (`Some said`, `Another wrote`, `Both
/// said`): before a verb they are its subject, a group (or, for the singular ones, one of
/// a group) the text has just spoken of. With [`Function::Determiner`] they would read as
/// the determiner of a noun that the verb form is (`the said document`).
pub(super) const FUSED_DETERMINERS: &[(&str, MentionKind)] = &[
    ("some", MentionKind::Group),
    ("many", MentionKind::Group),
    ("most", MentionKind::Group),
    ("several", MentionKind::Group),
    ("few", MentionKind::Group),
    ("both", MentionKind::Group),
    ("others", MentionKind::Group),
    ("one", MentionKind::Role),
    ("another", MentionKind::Role),
];

/// The word of [`FUSED_DETERMINERS`] that `words` is, in lower case: the speaker a
/// `Another said` or `Some wrote` names is `another` or `some` wherever the word stands,
/// not a name because it opens a sentence.
pub(crate) fn fused_word(words: &str) -> Option<&'static str> {
    fused(words).map(|(d, _)| d)
}

/// The entry of [`FUSED_DETERMINERS`] for word `w`, in any case.
pub(super) fn fused(w: &str) -> Option<(&'static str, MentionKind)> {
    FUSED_DETERMINERS
        .iter()
        .find(|(d, _)| w.eq_ignore_ascii_case(d))
        .copied()
}

/// `"Q," said one.`, `said another, who asked not to be named`: a determiner of
/// [`FUSED_DETERMINERS`] with no word after it stands for its noun wherever it is.
pub(super) fn fused_alone(tokens: &[Token], i: usize, text: &str) -> Option<Mention> {
    if tokens.get(i + 1).is_some_and(|t| t.kind == Kind::Word) {
        return None;
    }
    let (_, kind) = fused(word(tokens, i, text)?)?;
    Some(single(tokens, i, kind, None))
}

/// `Those surveyed say`, `those polled said`, `Those who attended said`: `those` with a
/// participle, or before `who`, stands for the people they tell of, a group. (Never
/// `those` before a noun: `those voters said` is read as a description.)
fn those_who(tokens: &[Token], end: usize, text: &str) -> Option<Mention> {
    let k = end.checked_sub(1)?;
    let w = word(tokens, k, text)?;
    let start = if w.eq_ignore_ascii_case("those") {
        word(tokens, end, text).filter(|&n| n == "who")?;
        k
    } else {
        let before = k.checked_sub(1)?;
        // A past participle: `those surveyed`, `those polled`, `those known`.
        let participle = participle_form(w) && !w.ends_with("ing");
        (participle && word(tokens, before, text)?.eq_ignore_ascii_case("those"))
            .then_some(before)?
    };
    Some(phrase(tokens, start..end, MentionKind::Group, None))
}

/// Conjunctions after which a clause, and its subject, begins.
pub(super) const CLAUSE_OPENERS: &[&str] =
    &["and", "but", "yet", "while", "though", "although", "as"];

/// The mention a fused determiner ending at token `end - 1` makes ([`FUSED_DETERMINERS`]),
/// with the `a` of `a few`.
#[inline]
pub(crate) fn fused_determiner(tokens: &[Token], end: usize, text: &str) -> Option<Mention> {
    let k = end.checked_sub(1)?;
    // Asked at every subject read back: the length first (`few` to `several`).
    if !(3..=7).contains(&tokens[k].span.len()) {
        return None;
    }
    let w = word(tokens, k, text)?;
    let (_, kind) = fused(w)?;
    // It opens its clause: nothing but punctuation or a conjunction before it (not `they
    // both`, `no one`, `the one`, `his many`).
    let before = k.checked_sub(1).and_then(|b| word(tokens, b, text));
    let start = match before {
        None => k,
        Some(b) if b.eq_ignore_ascii_case("a") && w.eq_ignore_ascii_case("few") => k - 1,
        Some(b) if CLAUSE_OPENERS.iter().any(|c| b.eq_ignore_ascii_case(c)) => k,
        Some(_) => return None,
    };
    // `Edwards and others said`: the people named and the rest, one group.
    let joined = (before == Some("and") && w == "others")
        .then(|| backward(tokens, k - 1, text))
        .flatten()
        .filter(|m| m.kind == MentionKind::Name);
    let start = joined.map_or(start, |m| m.tokens.start);
    Some(phrase(tokens, start..end, kind, None))
}

/// The tokens `start..end` as one institution's name, when they are capitalized words and
/// one before the last is a possessive: `King's College London`.
pub(super) fn possessive_institution(
    tokens: &[Token],
    start: usize,
    end: usize,
    text: &str,
) -> Option<Mention> {
    let capitalized = (start..end).all(|k| word(tokens, k, text).is_some_and(is_capitalized));
    let possessive = (start..end - 1).any(|k| strip_possessive(tokens[k].text(text)).1);
    (end > start + 1 && capitalized && possessive)
        .then(|| phrase(tokens, start..end, MentionKind::Org, None))
}

/// Where the noun phrase ending at `end - 1` starts.
pub(super) fn phrase_start(tokens: &[Token], end: usize, text: &str) -> Option<usize> {
    let last = word(tokens, end - 1, text)?;
    let info = tokens[end - 1].info();
    if info.pronoun.is_some() {
        return Some(end - 1);
    }
    let mut j = end - 1;
    let epithet_name = surname_before_verb(tokens, end - 1, info, last, text);
    let surname_word =
        surname_after_first_name(tokens, end - 1, info, text) || name_number(tokens, end - 1, text);
    if tokens[end - 1].is_capitalized() && (info.function.is_none() || epithet_name || surname_word)
    {
        // Walk back over the capitalized run, its particles and inner role words.
        while j > 0 && j + MAX_NAME > end {
            if nickname_inside(tokens, j - 1, text) {
                j -= 1;
                continue;
            }
            let Some(w) = word(tokens, j - 1, text) else {
                break;
            };
            let info = tokens[j - 1].info();
            let inside = name_word(&tokens[j - 1], info, w)
                || ordinal_in_name(tokens, j - 1, text)
                || modal_given_name(tokens, j - 1, info, w, text)
                // `Roberta A. Kaplan`: a middle initial that is also an article.
                || surname_after_first_name(tokens, j - 1, info, text)
                || title_word(info) && tokens[j - 1].is_capitalized()
                // `of` joins a title, an institution noun or a group's to what follows
                // (`Secretary of State`, `Bank of Canada`, `Communications Workers of
                // America`), not a name to a place or a body: `Rebecca Sun of Harlow
                // Securities said` ends in `Harlow Securities`, which she is with.
                || PARTICLES.contains(&w)
                    && (w != "of"
                        || j >= 2 && {
                            let before = tokens[j - 2].info();
                            title_word(before)
                                || before.org
                                || before.group
                                || rank_office(tokens, j - 2, text).is_some()
                        })
                // (`chief executive Ana Ruiz`, `head coach Tom Hale`: the lower-case
                // words of a title run up to the name together.)
                || !tokens[j - 1].is_capitalized()
                    && (info.role || info.title)
                    && role_words_then_name(tokens, j, text)
                || department_and(tokens, j - 1, text)
                || institution_for(tokens, j - 1, text)
                || institution_and(tokens, j - 1, text);
            if !inside {
                if info.function == Some(Function::Determiner) && !tokens[j].is_capitalized() {
                    j -= 1;
                }
                break;
            }
            j -= 1;
        }
        while j < end - 1 && PARTICLES.contains(&tokens[j].text(text)) {
            j += 1;
        }
        return Some(j);
    }
    if head_noun(info, last) {
        // `more than 50 member states`: a count above one before a singular role noun
        // makes it a modifier of a plural after it, no person.
        let counted = info.role
            && !last.ends_with('s')
            && end >= 2
            && number_word(&tokens[end - 2], text)
            && !matches!(tokens[end - 2].text(text), "one" | "One" | "1");
        if counted {
            return None;
        }
        // Walk back over modifiers to the determiner, if there is one.
        while j > 0 && j + MAX_DESCRIPTION > end {
            let Some(w) = word(tokens, j - 1, text) else {
                break;
            };
            let (stem, possessive) = strip_possessive(w);
            let info = info_of(&tokens[j - 1], stem, possessive);
            if info.function == Some(Function::Determiner) {
                return Some(j - 1);
            }
            // `On May 5 relief workers said`: the day's number of a date is no count of
            // the people after it.
            if date_before(tokens, 0, j, text).is_some() {
                break;
            }
            // Whether a determiner stands right before this word (asked only of the few
            // words that need it).
            let determined = || {
                j >= 2
                    && tokens[j - 2].kind == Kind::Word
                    && tokens[j - 2].info().function == Some(Function::Determiner)
            };
            if strip_possessive(w).1 {
                // `the province's auditor general`: the determiner of the possessor too.
                return Some(if determined() { j - 2 } else { j - 1 });
            }
            // `The clip featured four women who said`, `a video featuring four women who
            // said`: a past form or participle right before a count is the verb the counted
            // phrase is the object of, no modifier of it. (After a determiner it is one:
            // `the remaining four members`.)
            let verb_before_count = (w.ends_with("ed") || w.ends_with("ing"))
                && number_word(&tokens[j], text)
                && !determined();
            if verb_before_count {
                break;
            }
            // (`the old pilot said`: an epithet before a name modifies a noun too.)
            let modifier = info.document || info.function == Some(Function::Epithet);
            // `The state news agency said`, `China's state media said`: a speech verb's
            // form right after a determiner is a noun that modifies the head.
            if info.function.is_some() && !modifier || info.verb.is_some() || info.pronoun.is_some()
            {
                break;
            }
            j -= 1;
        }
        return Some(j);
    }
    None
}

/// `NAME , APPOSITION ,` ending at the comma `comma`: the mention is the name before the
/// first comma, or, when the part between the commas is itself a name (`Rice, said`), that.
pub(super) fn apposition(tokens: &[Token], comma: usize, text: &str, depth: u8) -> Option<Mention> {
    match apposition_near(tokens, comma, text, depth) {
        Some(m) if title_part(tokens, &m, text) => {
            apposition_far(tokens, comma, text, depth).or(Some(m))
        }
        Some(m) => Some(m),
        None => apposition_far(tokens, comma, text, depth),
    }
}

/// Whether `m` is a title phrase (`Minister of Innovation`) itself set off by a comma: one
/// part of a longer apposition after the name, not who speaks.
pub(super) fn title_part(tokens: &[Token], m: &Mention, text: &str) -> bool {
    m.tokens.start > 0
        && tokens[m.tokens.start - 1].is_punct(',')
        && (m.title.is_some() || m.kind == MentionKind::Role)
        && text[m.span.clone()].contains(" of ")
}

/// An apposition of several parts: `Will Fenn, a baker in Macon, Ga., and a steward at
/// the local, said`; `Navdeep Bains, Minister of Innovation, Science and
/// Economic Development, said`. Steps back over the commas inside it to one that an
/// apposition opener or a title follows, with a name or role before it.
pub(super) fn apposition_far(
    tokens: &[Token],
    comma: usize,
    text: &str,
    depth: u8,
) -> Option<Mention> {
    let lo = comma.saturating_sub(MAX_APPOSITION);
    let mut k = comma;
    let mut commas = 0;
    while k > lo && commas < MAX_APPOSITION_PARTS {
        k -= 1;
        let t = &tokens[k];
        match t.kind {
            Kind::Punct(',') => {
                commas += 1;
                let opens = apposition_opener(tokens, k + 1, text)
                    || word(tokens, k + 1, text).is_some_and(is_capitalized) && {
                        let info = tokens[k + 1].info();
                        info.title || info.role
                    };
                if opens {
                    // (`Minister of Innovation, Science and Sport,`: a department word after
                    // a comma opens the list's next part; the title before it is no
                    // speaker, and the name before the title is.)
                    if let Some(m) = backward_phrase(tokens, k, text, depth) {
                        if matches!(m.kind, MentionKind::Name | MentionKind::Role)
                            && !title_part(tokens, &m, text)
                        {
                            return Some(m);
                        }
                    }
                }
            }
            // `Macon, Ga., and`: an abbreviation's period before a comma.
            Kind::Punct('.') if tokens.get(k + 1).is_some_and(|n| n.is_punct(',')) => {}
            Kind::Quote(_) if nickname_inside(tokens, k, text) => {}
            Kind::Punct('.' | ';' | ':' | '?' | '!') | Kind::Quote(_) | Kind::Break => return None,
            _ => {}
        }
    }
    None
}

/// Commas [`apposition_far`] steps back over.
pub(super) const MAX_APPOSITION_PARTS: usize = 4;

/// The speaker before a comma that closes an apposition of one part.
pub(super) fn apposition_near(
    tokens: &[Token],
    comma: usize,
    text: &str,
    depth: u8,
) -> Option<Mention> {
    let lo = comma.saturating_sub(MAX_APPOSITION);
    // (A nickname in marks is part of the name: `the mayor's nephew, Marta "Tia" Ruiz,`.)
    let open = (lo..comma).rev().find(|&k| {
        tokens[k].is_punct(',')
            || tokens[k].kind == Kind::Break
            || tokens[k].quote().is_some() && !nickname_inside(tokens, k, text)
            || tokens[k].is_punct('.')
    });
    let Some(open) = open else {
        // At the very start of the text nothing comes before the part: it is the name set
        // off itself (`Ana Ruiz, the director of ..., the nonprofit, said` passed alone).
        return (lo == 0)
            .then(|| forward(tokens, after_conjunction(tokens, 0, text), text))
            .flatten()
            .filter(|m| m.tokens.end == comma && m.kind == MentionKind::Name);
    };
    if tokens[open].is_punct(',') && open + 1 < comma && apposition_opener(tokens, open + 1, text) {
        // `Her neighbour, retired teacher Doug Petrakis, said`: `retired` opens like a
        // participle, but the part is a role and the name of who holds it.
        if let Some(d) = described_name(tokens, open + 1, comma, text) {
            return Some(d);
        }
        if let Some(m) = backward_in(tokens, open, text, depth) {
            // `a nurse in Boulder, Colorado, in May, said`: the name read back is the
            // state of the place before it; read on from its comma as from the verb's.
            let region = m.kind == MentionKind::Name
                && m.tokens.end == open
                && (m.gender.is_none() || m.one_word_name())
                && m.tokens.start > 0
                && tokens[m.tokens.start - 1].is_punct(',')
                && after_place(tokens, m.tokens.start - 1, text).is_some();
            if let Some(s) = region
                .then(|| apposition_near(tokens, open, text, depth))
                .flatten()
            {
                return Some(s);
            }
            // `Tusk, the president of the Council, which represents ..., urged`: the clause
            // belongs to a phrase that is itself set off after a name; the name speaks.
            let nested = m.kind != MentionKind::Name
                && m.tokens.start > 0
                && tokens[m.tokens.start - 1].is_punct(',');
            if nested {
                if let Some(n) =
                    apposition(tokens, m.tokens.start - 1, text, depth.saturating_sub(1))
                        .filter(|n| n.kind == MentionKind::Name && n.tokens.end < m.tokens.start)
                {
                    return Some(n);
                }
            }
            if !matches!(m.kind, MentionKind::Pronoun(..)) {
                return Some(m);
            }
        }
    }
    // `A nurse who works nights, and who asked not to be named, said`: a second relative
    // clause, joined to the one before by `and` or `but`, is set off as an apposition is;
    // the subject stands before both.
    if tokens[open].is_punct(',') && joined_relative(tokens, open + 1, text) {
        if let Some(m) = backward_in(tokens, open, text, depth)
            .filter(|m| !matches!(m.kind, MentionKind::Pronoun(..)))
        {
            return Some(m);
        }
    }
    // `Scheer, however, said`: an adverb set off by commas.
    if open + 2 == comma
        && tokens[open + 1].info().function == Some(Function::Between)
        && tokens[open].is_punct(',')
    {
        return backward_in(tokens, open, text, depth);
    }
    // `In general, Rice, said`: the commas set off the name itself. A description that
    // opens like an apposition only when no name stands before it: in `Ramil Carr, 31, a
    // freelance photographer, said` it is the second part of the one after the name,
    // which [`apposition_far`] reads.
    // (Where the part opens a sentence, a conjunction may come before the name.)
    let first = if tokens[open].is_punct(',') {
        open + 1
    } else {
        after_conjunction(tokens, open + 1, text)
    };
    let m = forward(tokens, first, text).or_else(|| described_name(tokens, first, comma, text))?;
    // `Ana Ruiz, 45, of Surrey, B.C., said`, `a nurse in Austin, Texas, said`: a name set
    // off right after a place is its state or province, and the speaker is before both.
    // (Not a person's name: `the president of Acme, Dana Ruiz, said`.)
    let region = m.tokens.end == comma
        && m.kind == MentionKind::Name
        && (m.gender.is_none() || m.one_word_name());
    if let Some(prep) = after_place(tokens, open, text).filter(|_| region) {
        // (`The firm, based in Austin, Texas, said`: the place may end a phrase set off
        // after the subject, which speaks.)
        let set_off = || {
            let c = (prep.saturating_sub(MAX_LEAD)..prep)
                .rev()
                .find(|&k| tokens[k].is_punct(','))?;
            apposition_opener(tokens, c + 1, text)
                .then(|| backward_in(tokens, c, text, depth))
                .flatten()
        };
        return apposition_far(tokens, comma, text, depth)
            .filter(|p| p.tokens.end < open)
            .or_else(|| backward_phrase(tokens, prep, text, depth))
            .or_else(set_off);
    }
    // `A spokeswoman for the developer, Ridgeline Group, said`: a body's name set off
    // after the body it names; the one who speaks for it is before both.
    if m.tokens.end == comma && m.kind == MentionKind::Name && names_body(tokens, &m, text) {
        if let Some(prep) = after_affiliation(tokens, open, text) {
            return backward_phrase(tokens, prep, text, depth);
        }
    }
    if m.tokens.end == comma {
        if m.kind != MentionKind::Name && apposition_opener(tokens, open + 1, text) {
            return apposition_far(tokens, comma, text, depth).or(Some(m));
        }
        return Some(m);
    }
    // `His lawyers, Ann Byrne and Paul Cole, said`: names joined by `and` set off after
    // the phrase they name; the phrase speaks for both.
    let second = (m.tokens.end + 1 < comma && word(tokens, m.tokens.end, text) == Some("and"))
        .then(|| forward(tokens, m.tokens.end + 1, text))
        .flatten()
        .filter(|n| n.tokens.end == comma && n.kind == MentionKind::Name);
    if m.kind == MentionKind::Name && second.is_some() && tokens[open].is_punct(',') {
        return backward_in(tokens, open, text, depth)
            .filter(|h| !matches!(h.kind, MentionKind::Pronoun(..)))
            .or(Some(m));
    }
    None
}

/// Whether token `k` is `and` or `but` before `who` or `whose`: `, and who asked not to
/// be named,` joins a second relative clause about a person to the first.
pub(super) fn joined_relative(tokens: &[Token], k: usize, text: &str) -> bool {
    matches!(word(tokens, k, text), Some("and" | "but"))
        && matches!(word(tokens, k + 1, text), Some("who" | "whose"))
}

/// Conjunctions that may open a sentence before its subject: `But Tom Avery, ...,
/// said`, `And the mayor, ..., agreed`. (Nor is a word after one the object a preposition
/// takes: `agreed and later said` passes `later`, `a voice from within answered` does
/// not.)
pub(crate) const OPENING_CONJUNCTIONS: &[&str] = &["but", "and", "yet", "or", "nor"];

/// Token `i`, or the one after it when `i` is one of [`OPENING_CONJUNCTIONS`] that opens a
/// sentence: where its subject starts. (`But Tom Avery, the president of Harbour Watch,
/// said`: read from `But`, no name ends at the first comma, and the apposition after it
/// would speak.)
pub(super) fn after_conjunction(tokens: &[Token], i: usize, text: &str) -> usize {
    let conjunction = word(tokens, i, text).is_some_and(|w| {
        OPENING_CONJUNCTIONS
            .iter()
            .any(|c| w.eq_ignore_ascii_case(c))
    });
    if conjunction && tokens.get(i + 1).is_some_and(|t| t.kind == Kind::Word) {
        i + 1
    } else {
        i
    }
}

/// The title of name mention `m` when it ends in a lower-case office (`Eastern Ontario
/// president` of `Eastern Ontario president Karen Roy`, `former president`).
pub(super) fn office_title<'t>(m: &Mention, text: &'t str) -> Option<&'t str> {
    let title = &text[m.title.clone()?];
    title
        .split_whitespace()
        .last()
        .is_some_and(|w| w.starts_with(char::is_lowercase))
        .then_some(title)
}

/// `Her neighbour, retired teacher Doug Petrakis, said`: a name set off by commas after
/// lower-case words that end in a role (`retired teacher`), read from token `i` to the
/// comma at `comma`. The mention covers the words before the name.
pub(super) fn described_name(
    tokens: &[Token],
    i: usize,
    comma: usize,
    text: &str,
) -> Option<Mention> {
    let name = (i..comma).find(|&j| tokens[j].is_capitalized())?;
    let role = name > i && {
        let info = tokens[name - 1].info();
        info.role || info.title
    };
    if !role {
        return None;
    }
    forward_loose(tokens, i, text).filter(|m| m.kind == MentionKind::Name && m.tokens.end == comma)
}

/// The preposition of place that opens the place the comma at `comma` closes: `of` in `of
/// Surrey,`, `in` in `in Macon,`.
pub(super) fn after_place(tokens: &[Token], comma: usize, text: &str) -> Option<usize> {
    opened_by(tokens, comma, text, MAX_NAME, is_capitalized, PLACE_OPENERS)
}

/// The preposition that ties a role to the body the comma at `comma` closes: `for` in `a
/// spokeswoman for the developer,`. The body is one to three lower-case words.
pub(super) fn after_affiliation(tokens: &[Token], comma: usize, text: &str) -> Option<usize> {
    let body_word = |w: &str| !is_capitalized(w) && !AFFILIATIONS.contains(&w);
    opened_by(tokens, comma, text, 3, body_word, AFFILIATIONS)
}

/// The one of `openers` before a run of one to `max` words that pass `inner` and end at
/// `comma`: the preposition that opens the phrase the comma closes.
pub(super) fn opened_by(
    tokens: &[Token],
    comma: usize,
    text: &str,
    max: usize,
    inner: impl Fn(&str) -> bool,
    openers: &[&str],
) -> Option<usize> {
    let mut k = comma;
    while k > 0 && comma - k < max && word(tokens, k - 1, text).is_some_and(&inner) {
        k -= 1;
    }
    let prep = k.checked_sub(1).filter(|_| k < comma)?;
    word(tokens, prep, text)
        .is_some_and(|w| openers.contains(&w))
        .then_some(prep)
}

/// Whether name `m` ends in a noun for a body (`Ridgeline Group`, `Harbour Authority`)
/// or a company's legal suffix (`Acme Inc.`).
pub(super) fn names_body(tokens: &[Token], m: &Mention, text: &str) -> bool {
    let last = &tokens[m.tokens.end - 1];
    let info = last.info();
    let w = last.text(text);
    is_capitalized(w) && (info.org || info.group || lexicon::is_corporate_suffix(w))
}

/// Prepositions that open a place in a description of someone: `of Surrey, B.C.`, `in
/// Austin, Texas`, `from Halifax, N.S.`, `near Moncton, N.B.`.
pub(super) const PLACE_OPENERS: &[&str] = &["of", "in", "from", "near"];

/// `Smiling broadly, ...`, `Appearing before supporters, ...`, `Knowing time was short,
/// ...`: a lone capitalized participle that opens a sentence, followed by a lower-case word
/// that cannot follow a subject, is not a name (`Manning also said`, `Manning was`,
/// `Fielding stopped` are).
pub(crate) fn opening_participle(tokens: &[Token], m: &Mention, text: &str) -> bool {
    let Some(next) = word(tokens, m.tokens.end, text) else {
        return false;
    };
    let info = tokens[m.tokens.end].info();
    let after_subject = info.function == Some(Function::Between)
        || info.verb.is_some()
        || crate::indirect::AUXILIARIES.contains(&next)
        || next.ends_with("ed");
    m.one_word_name()
        && word(tokens, m.tokens.start, text).is_some_and(participle_form)
        && next.starts_with(|c: char| c.is_ascii_lowercase())
        && !after_subject
}

/// A word shaped like a participle (`playing`, `Appearing`, `Seated`, `going`); short words
/// (`king`, `shed`) are not, nor an `-ing` with no vowel before it (`thing`, `string`).
pub(crate) fn participle_form(w: &str) -> bool {
    let ing = w
        .strip_suffix("ing")
        .is_some_and(|stem| stem.bytes().any(|b| b"aeiouyAEIOUY".contains(&b)));
    // (Capitalized too, opening a sentence: `Given the facts, ...`.)
    w.len() >= 5 && (ing || w.ends_with("ed"))
        || IRREGULAR_PARTICIPLES
            .iter()
            .any(|p| w.eq_ignore_ascii_case(p))
}

/// Past participles not in `-ed` that open a phrase after a noun (`The chef, known for
/// ...,`), and are no past tense (`held`, `made` often are the verb: `Ruiz, his aide,
/// made`).
pub(super) const IRREGULAR_PARTICIPLES: &[&str] = &[
    "known", "born", "sworn", "taken", "given", "shown", "written", "chosen", "seen",
];

/// Words that open a phrase set off by commas between a speaker and the verb, when they
/// start it: a determiner or relative (`Ortiz, a pastor, said`; `Ortiz, who ..., said`), a
/// number (`Ortiz, 58, said`), a preposition of circumstance (`Ortiz, in a statement,
/// said`), a lower-case role word (`Novak, technology analyst at ..., agreed`) or a
/// participle (`Fisk, playing the mayor on ..., explained`).
pub(super) fn apposition_opener(tokens: &[Token], k: usize, text: &str) -> bool {
    let Some(w) = word(tokens, k, text) else {
        return false;
    };
    let info = tokens[k].info();
    let lower = w.starts_with(|c: char| c.is_ascii_lowercase());
    // `technology analyst at`: a role word after one or two lower-case modifiers.
    let role_soon = (k..k + 3).any(|j| {
        word(tokens, j, text).is_some_and(|w| {
            w.starts_with(|c: char| c.is_ascii_lowercase()) && {
                let i = tokens[j].info();
                i.role || i.title
            }
        })
    });
    matches!(
        info.function,
        Some(Function::Determiner | Function::Relative)
    ) || w.starts_with(|c: char| c.is_ascii_digit())
        // `Rep. Ana Ruiz, D-Texas, said`: as an age is.
        || party_tag(w)
        || APPOSITION_PREPOSITIONS.contains(&w)
        || lower && info.function.is_none() && (role_soon || participle_form(w))
        // `Ana Ruiz, Alberta-based manager with ...,`: a place joined to a participle,
        // before a role word.
        || role_soon && w.rsplit_once('-').is_some_and(|(_, p)| participle_form(p))
        // `Ana Ruiz, also campaigning in Ohio, said`: an adverb before the participle (not
        // an auxiliary: `Ruiz, was ...` sets nothing off).
        || lower
            && info.function == Some(Function::Between)
            && !crate::indirect::AUXILIARIES.contains(&w)
            && word(tokens, k + 1, text).is_some_and(|n| {
                n.starts_with(|c: char| c.is_ascii_lowercase()) && participle_form(n)
            })
}

/// Prepositions that open a circumstance between a speaker and the verb:
/// `the mayor, at a briefing on Monday, said`.
pub(super) const APPOSITION_PREPOSITIONS: &[&str] = &[
    "in",
    "at",
    "on",
    "during",
    "after",
    "before",
    "with",
    "from",
    "for",
    "like",
    "speaking",
    "among",
    "including",
    "asked",
    "via",
    "through",
    "under",
    "while",
    "when",
];

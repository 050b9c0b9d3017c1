//! Reading a mention forward from its first token: a name, a pronoun, a description or a
//! group, and the speaker named after a verb or before `to`.

use super::*;

/// Auxiliaries joined on to a subject pronoun that may come before a speech verb: `she's
/// said`, `I've told`, `they'd warned`, `he'll say`. (`'m` and `'re`, forms of `be`, are
/// [`JOINED_BE`].)
pub(super) const JOINED_AUXILIARIES: &[&str] = &["s", "ve", "d", "ll"];

/// The word `w` is with an auxiliary joined on, without it: `she` of `she's`, `they` of
/// `they’d`; `None` when no auxiliary is joined on.
pub(crate) fn without_joined_auxiliary(w: &str) -> Option<&str> {
    let (stem, aux) = w.split_once(['\'', '\u{2019}'])?;
    JOINED_AUXILIARIES
        .iter()
        .any(|a| aux.eq_ignore_ascii_case(a))
        .then_some(stem)
}

/// Forms of `be` joined on to a subject pronoun: `I'm glad to report`, `we're pleased to
/// say`. The pronoun is the subject, unless the past form of a speech verb follows: `we're
/// told`, `I'm asked` is a passive, whose subject hears.
pub(super) const JOINED_BE: &[&str] = &["m", "re"];

/// `she's said`, `I've told them`, `I'm glad to report`: a personal pronoun with an
/// auxiliary joined on is the subject; the mention is the pronoun alone. (`it's` is left
/// out: `it's said` is passive.)
pub(super) fn contracted_subject(tokens: &[Token], i: usize, w: &str, text: &str) -> Contracted {
    // Asked of every word a mention may start at: first whether the lexicon knows it (a
    // contraction it does not), then the length (`they’ll`, 9 bytes, is the longest) and
    // the first letter of `he`, `she`, `they`, `we`, `I`, `it` or `you`.
    let short = tokens[i].lex == 0
        && w.len() <= 9
        && matches!(
            w.as_bytes()[0] | 0x20,
            b'h' | b's' | b't' | b'w' | b'i' | b'y'
        );
    if !short {
        return Contracted::No;
    }
    let Some((stem, ending)) = w.split_once(['\'', '\u{2019}']) else {
        return Contracted::No;
    };
    let joined = |list: &[&str]| list.iter().any(|a| ending.eq_ignore_ascii_case(a));
    let be = joined(JOINED_BE);
    if !(be || joined(JOINED_AUXILIARIES)) {
        return Contracted::No;
    }
    let you = stem.eq_ignore_ascii_case("you");
    let Some((g, n)) = lexicon::lookup(stem).pronoun else {
        return if you {
            Contracted::NoOne
        } else {
            Contracted::No
        };
    };
    let passive = be
        && word(tokens, i + 1, text)
            .is_some_and(|v| tokens[i + 1].info().verb.is_some() && lexicon::is_past_form(v));
    if g == Some(Gender::Neuter) || passive {
        return Contracted::NoOne;
    }
    let mut m = single(tokens, i, MentionKind::Pronoun(g, n), None);
    m.span.end = m.span.start + stem.len();
    m.name = m.span.clone();
    Contracted::Subject(m)
}

/// What [`contracted_subject`] reads a word as.
pub(super) enum Contracted {
    /// A pronoun with an auxiliary joined on, the subject: `she` of `she's said`.
    Subject(Mention),
    /// A pronoun with an ending that makes it no subject here (`it's`, `we're told`,
    /// `you're`), and no name either.
    NoOne,
    /// No pronoun with an ending joined on.
    No,
}

/// Reads a mention that starts at token `i`.
pub(crate) fn forward(tokens: &[Token], i: usize, text: &str) -> Option<Mention> {
    let w = word(tokens, i, text)?;
    let info = tokens[i].info();
    if let Some((g, n)) = info.pronoun {
        // `It was easy to say`: an `it` whose subject comes later names no one.
        if g == Some(Gender::Neuter) && expletive::expletive_it(tokens, i, text) {
            return None;
        }
        return Some(single(tokens, i, MentionKind::Pronoun(g, n), None));
    }
    match contracted_subject(tokens, i, w, text) {
        Contracted::Subject(m) => return Some(m),
        // (`It's`, `We're told` opening a sentence are no names.)
        Contracted::NoOne => return None,
        Contracted::No => {}
    }
    if imperative(tokens, i, text) {
        return None;
    }
    if info.function == Some(Function::Determiner)
        || strip_possessive(w).1 && tokens[i].is_capitalized()
    {
        return description(tokens, i, i + 1, text).or_else(|| fused_alone(tokens, i, text));
    }
    // `Eight years ago`, `Forty protesters`, `Dozens of`, `about 200 protesters`: a number
    // (after a word of approximation) before a plural or `of` counts what follows; alone or
    // before a verb a number word may be a name (`said Five`, `Seven looked up`).
    let number = if info.approximation { i + 1 } else { i };
    let counts = tokens.get(number).is_some_and(|t| number_word(t, text))
        && word(tokens, number + 1, text).is_some_and(|n| {
            let info = tokens[number + 1].info();
            n.starts_with(|c: char| c.is_ascii_lowercase())
                && info.verb.is_none()
                && (n.ends_with('s') || info.group || n == "of")
        });
    if counts {
        return description(tokens, i, i + 1, text);
    }
    // `21 percent said`, `47% say`, `nine out of 10 say`: a share of those asked stands
    // for them, a group.
    if let Some(end) = shares::share_end(tokens, number, text) {
        return Some(phrase(tokens, i..end, MentionKind::Group, None));
    }
    // `engineer Sam Adeyemi`, `nurse practitioner Owen Leclair`: lower-case role words
    // before a name start the run too.
    let role_before_name = (info.role || info.title) && role_words_then_name(tokens, i + 1, text)
        // `city councillor Maria Santos`, `company spokesman Ed Lau`: so does the body the
        // role is of, before it.
        || info.org && modifiers_then_role(tokens, i, text);
    // `Young said`, `Read said`, `"Q," From said`: an epithet, a verb of manner or a
    // capitalized preposition alone before a speech verb is a surname.
    let epithet_name = surname_before_verb(tokens, i, info, w, text);
    // `First Minister Ana Ruiz` is titled, but `Second, they ...` opens a sentence: a title
    // that is also an adverb needs a capitalized word after it.
    let titled = title_word(info)
        && tokens[i].is_capitalized()
        && (info.function.is_none() || tokens.get(i + 1).is_some_and(Token::is_capitalized));
    // `said lawyers Ana Ruiz and Tom Hale`: the plural is the names' title.
    if plural_title(tokens, i, text) {
        return name_after(tokens, i, i + 1, text);
    }
    // `Officials said`, `Residents say`: a plural for people, capitalized only for opening
    // its sentence, is a group, not a name (`Residents Association` reads on as one).
    // (`Republicans` is capitalized anywhere: the name of the party's members, which the
    // name index may complete to `Senate Republicans`.)
    let opening_group = info.group
        && crate::token::opens_sentence(tokens, i)
        && !lexicon::is_party_members(w)
        && !word(tokens, i + 1, text).is_some_and(is_capitalized);
    if opening_group {
        return Some(single(tokens, i, MentionKind::Group, None));
    }
    if name_word(&tokens[i], info, w)
        || titled
        || ordinal_in_name(tokens, i, text)
        || role_before_name
        || epithet_name
        || modal_given_name(tokens, i, info, w, text)
        || adjective_before_name(tokens, i, w, text)
    {
        return name_run(tokens, i, text);
    }
    if info.group {
        return Some(single(tokens, i, MentionKind::Group, None));
    }
    // `Young Hale stood up`, `Poor Anne`: an epithet before a name is not part of it, but
    // the mention covers it.
    if info.function == Some(Function::Epithet)
        && word(tokens, i + 1, text).is_some_and(is_capitalized)
    {
        return name_after(tokens, i, i + 1, text);
    }
    None
}

/// Whether the word at `i` opens its sentence with an object pronoun right after it: a
/// verb in the imperative (`Let her reply, "Q"`, `Tell him`, `Give me the keys`) or a
/// participle (`Sending him to Ohio was ...`), since no subject is followed by an object
/// alone. Capitalized only for opening the sentence, it is no name.
pub(super) fn imperative(tokens: &[Token], i: usize, text: &str) -> bool {
    crate::token::opens_sentence(tokens, i)
        && word(tokens, i + 1, text).is_some_and(|o| lexicon::OBJECT_FORMS.contains(&o))
}

/// Like [`forward`], and also reads a name after a few lower-case modifiers (`oil and gas
/// worker Mike Wipf`, `lead author Dr. Allan Garland`), where the position already says a
/// speaker comes next (right after a speech verb). The mention covers the modifiers.
pub(crate) fn forward_loose(tokens: &[Token], i: usize, text: &str) -> Option<Mention> {
    if let Some(m) = forward(tokens, i, text) {
        return Some(m);
    }
    let mut j = i;
    while j < i + MAX_DESCRIPTION {
        let w = word(tokens, j, text)?;
        if tokens[j].is_capitalized() {
            return name_after(tokens, i, j, text);
        }
        let info = tokens[j].info();
        let joins = matches!(w, "and" | "of" | "&");
        if info.verb.is_some() || info.pronoun.is_some() || info.function.is_some() && !joins {
            return None;
        }
        j += 1;
    }
    None
}

/// The name at token `at`, its mention widened to start at token `from` over the words
/// before it (`oil and gas worker Mike Wipf`, `Young Hale`).
pub(super) fn name_after(tokens: &[Token], from: usize, at: usize, text: &str) -> Option<Mention> {
    let mut m = forward(tokens, at, text).filter(|m| m.kind == MentionKind::Name)?;
    m.span.start = tokens[from].span.start;
    m.tokens.start = from;
    Some(m)
}

/// The speaker named by an object pronoun before the speech verb at token `v`, after a verb
/// of perception or causing: `heard her say`, `made him promise` (`her` and `him` speak,
/// not whoever heard them). After a verb of hearing, a name or a noun phrase too: `heard
/// Tom say`, `heard a faint voice calling`.
pub(crate) fn object_speaker(tokens: &[Token], v: usize, text: &str) -> Option<Mention> {
    let object = v.checked_sub(1)?;
    let perceiver = word(tokens, object.checked_sub(1)?, text)?;
    if let Some((g, n)) = lexicon::object_speaker(perceiver, word(tokens, object, text)?) {
        return Some(single(tokens, object, MentionKind::Pronoun(g, n), g));
    }
    // `heard Tom say`, `heard the old man call`, `heard a plaintive voice calling`. (The
    // verb of hearing is sought first: most speech verbs have none before them, and
    // reading a mention back costs more.)
    let heard = |k: usize| word(tokens, k, text).is_some_and(lexicon::is_hearing);
    let p = (v.saturating_sub(MAX_DESCRIPTION + 3)..object)
        .rev()
        .find(|&k| heard(k))?;
    if let Some(m) = backward(tokens, v, text) {
        return (m.tokens.start == p + 1).then_some(m);
    }
    // (Not `was heard three times to say`: the passive's subject is the one heard.)
    let passive = p
        .checked_sub(1)
        .and_then(|k| word(tokens, k, text))
        .is_some_and(|w| crate::rules::BE_FORMS.contains(&w));
    (!passive)
        .then(|| determiner_phrase(tokens, p + 1, v, text))
        .flatten()
}

/// The object before the `to` at token `to` of a verb that takes one and an infinitive
/// (`led her to declare`, `urged Ruiz to call`): the infinitive's subject, so the speaker
/// of a speech verb after `to`. An object pronoun, or a noun phrase.
pub(crate) fn object_before_to(tokens: &[Token], to: usize, text: &str) -> Option<Mention> {
    let object = to.checked_sub(1)?;
    // After a preposition the infinitive hangs on something else (`without waiting for
    // her to answer`), and its speech is no quotation's cue.
    let before = object.checked_sub(1).map(|k| tokens[k].info().function);
    if before == Some(Some(Function::Stop)) {
        return None;
    }
    match lexicon::object_pronoun(word(tokens, object, text)?) {
        Some((g, n)) => Some(single(tokens, object, MentionKind::Pronoun(g, n), g)),
        None => backward(tokens, to, text),
    }
}

/// Token `i` alone as a mention of `kind`, named by its word.
pub(crate) fn single(
    tokens: &[Token],
    i: usize,
    kind: MentionKind,
    gender: Option<Gender>,
) -> Mention {
    phrase(tokens, i..i + 1, kind, gender)
}

/// The tokens `range` as one mention of `kind`, named by all its words, with no title.
pub(super) fn phrase(
    tokens: &[Token],
    range: Range<usize>,
    kind: MentionKind,
    gender: Option<Gender>,
) -> Mention {
    let span = tokens[range.start].span.start..tokens[range.end - 1].span.end;
    Mention {
        kind,
        span: span.clone(),
        name: span,
        title: None,
        gender,
        tokens: range,
    }
}

/// `"Q," said nanny.`: a lower-case noun for a person alone at `i`, right after an inverted
/// speech verb, with no determiner and the clause ending after it, is what the household
/// calls them (`nanny`, `nurse`, `mother`): a name, resolved to its own word.
pub(crate) fn bare_role(tokens: &[Token], i: usize, text: &str) -> Option<Mention> {
    let w = word(tokens, i, text)?;
    let info = tokens[i].info();
    let person =
        w.starts_with(|c: char| c.is_ascii_lowercase()) && (info.role || info.character.is_some());
    let ends = tokens.get(i + 1).map_or(true, |t| {
        matches!(
            t.kind,
            Kind::Punct('.' | ',' | '!' | '?' | ';') | Kind::Break
        )
    });
    (person && ends).then(|| phrase(tokens, i..i + 1, MentionKind::Name, info.character))
}

/// A description with no determiner, starting at `i`: modifiers, then a role, group or
/// institution noun (`national security experts`).
pub(crate) fn description_at(tokens: &[Token], i: usize, text: &str) -> Option<Mention> {
    description(tokens, i, i, text)
}

/// The name set off by commas right after description `m`, which is the same person:
/// `said the mayor, Rhona Ellery, when asked`, `the coach, Piet van der Berg, insisted`.
/// The name must close the apposition (a comma, the sentence's end, a quotation): after
/// `the mayor, Rhona Ellery and the police chief` the name is one of a list, not the mayor.
pub(crate) fn appositive_name(tokens: &[Token], m: &Mention, text: &str) -> Option<Mention> {
    // A description headed by a lower-case noun, known to the tables or not (`the
    // mayor's introducer, actress Dana Hill`): `Representative Peter T. King, Republican
    // of New York,` is a name already, and what follows it is his party.
    let head = tokens.get(m.tokens.end.checked_sub(1)?)?;
    if matches!(m.kind, MentionKind::Name | MentionKind::Pronoun(..))
        || head.is_capitalized()
        || !tokens.get(m.tokens.end)?.is_punct(',')
    {
        return None;
    }
    let closer = |t: &Token| {
        matches!(
            t.kind,
            Kind::Punct(',' | '.' | ';' | '!' | '?') | Kind::Quote(_) | Kind::Break
        )
    };
    let start = m.tokens.end + 1;
    // `her neighbour, retired teacher Doug Petrakis,`: a role's words may come first.
    let name = forward(tokens, start, text).or_else(|| {
        let end =
            (start..tokens.len().min(start + MAX_APPOSITION)).find(|&k| closer(&tokens[k]))?;
        described_name(tokens, start, end, text)
    })?;
    // (`Marta Ruiz (D-Norfolk),`: a short parenthesis may follow the name.)
    let after = skip_parenthesis(tokens, name.tokens.end);
    let closes = tokens.get(after).map_or(true, closer);
    // `said a spokesman, Tuesday,`: a day is no one's name.
    let day = name.one_word_name() && lexicon::is_day(&text[name.name.clone()]);
    // `the industry's lobbying group, the Association of Freight Carriers,`: a body's
    // proper name after a description of a body.
    let body = name.kind == MentionKind::Org
        && tokens[name.tokens.end - 1].is_capitalized()
        && describes_body(tokens, m);
    ((name.kind == MentionKind::Name || body) && closes && !day).then_some(name)
}

/// Whether description `m` is headed by a noun for a body or a group (`lobbying group`,
/// `the company`): what a name set beside it names is that body.
pub(crate) fn describes_body(tokens: &[Token], m: &Mention) -> bool {
    let head = tokens[m.tokens.end - 1].info();
    head.org || head.group
}

/// An age used as a noun for a person (`the 24-year-old said`, `the two-year-old`, `a
/// twenty-five-year-old`), as news refers back to someone just named.
pub(crate) fn age_noun(w: &str) -> bool {
    w.strip_suffix("-year-old").is_some_and(|n| {
        !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit())
            || n.split('-').all(lexicon::is_number_word)
    })
}

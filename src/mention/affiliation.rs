//! What follows a speaker's noun and still belongs to it: a relative clause (`the woman
//! who found it`), an affiliation (`a spokesman for the union`), a place (`officials in
//! Ottawa`) and a date.

use super::*;

/// Prepositions that open an adjunct after a speaker (`said Ruiz and Hale in a statement`).
pub(super) const ADJUNCT_PREPOSITIONS: &[&str] =
    &["in", "at", "on", "during", "after", "before", "from"];

/// The comma that opens a relative clause (`, who`, `, whose`, `, which`) holding the
/// words from `start`, when only words lie between them: the clause is inside one pair of
/// commas, so a comma before `start` ends the search (`The mayor, who spoke first, and
/// Ana Ruiz said` has Ana Ruiz outside the clause).
pub(super) fn relative_clause_opening(tokens: &[Token], start: usize, text: &str) -> Option<usize> {
    let lo = start.saturating_sub(MAX_RELATIVE_CLAUSE);
    let rel = (lo..start)
        .rev()
        .take_while(|&k| tokens[k].kind == Kind::Word)
        .find(|&k| {
            let relative = tokens[k].info().function == Some(Function::Relative)
                && word(tokens, k, text)
                    .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_lowercase()));
            // (`Ruiz, facing a tough race in Ohio, a state she lost, said`: a participle
            // right after the comma opens a phrase about the subject as `who` does.)
            let participle = k > 0
                && tokens[k - 1].is_punct(',')
                && word(tokens, k, text).is_some_and(|w| {
                    w.ends_with("ing")
                        && w.bytes().all(|b| b.is_ascii_lowercase())
                        && participle_form(w)
                });
            relative || participle
        })?;
    // (`then_some(rel - 1)` would compute `rel - 1` before the test, and a text opening
    // with `who` would overflow.)
    rel.checked_sub(1)
        .filter(|&comma| tokens[comma].is_punct(','))
}

/// `a lawyer for the family said`, `a neighbour of the couple said`: the phrase before the
/// verb names no one, but it hangs by a preposition of affiliation from a role or group
/// noun, and that is who speaks. (A body or a name after the preposition is read by
/// [`affiliation_head`].)
pub(super) fn affiliated_person(
    tokens: &[Token],
    end: usize,
    text: &str,
    depth: u8,
) -> Option<Mention> {
    let lo = end.saturating_sub(MAX_AFFILIATED_PHRASE + 1);
    let prep = (lo..end)
        .rev()
        .take_while(|&k| tokens[k].kind == Kind::Word)
        .find(|&k| {
            let w = tokens[k].text(text);
            AFFILIATIONS.contains(&w) || w == "in" && located_by_determiner(tokens, k)
        })?;
    // The words after the preposition are one plain noun phrase: no verb, no clause word.
    let plain = (prep + 1..end).all(|k| {
        let info = tokens[k].info();
        info.verb.is_none()
            && info.pronoun.is_none()
            && (info.function.is_none()
                || k == prep + 1 && info.function == Some(Function::Determiner))
    });
    if !plain || prep + 1 == end {
        return None;
    }
    // `with` ties a person to a body (`a nurse with the clinic`); with no body after it,
    // it tells how they are or what they have (`the duchess with mock sadness`, `a man
    // with a dog`), a phrase the verb's reader steps over.
    if tokens[prep].text(text) == "with" && !may_be_party(&tokens[end - 1]) {
        return None;
    }
    // The mention keeps the phrase it hangs from, as a description read forward does.
    let mut m = backward_phrase(tokens, prep, text, depth).filter(|m| people(tokens, m))?;
    m.span.end = tokens[end - 1].span.end;
    m.name.end = m.span.end;
    m.tokens.end = end;
    Some(m)
}

/// Whether word token `t` may name a body, a person or a group (`clinic`, `Red Cross`,
/// `crews`, `nurse`): the object that makes `with` an affiliation (`a nurse with the
/// clinic`) rather than a manner (`with a sigh`).
pub(crate) fn may_be_party(t: &Token) -> bool {
    let info = t.info();
    t.is_capitalized() || info.org || info.group || info.role
}

/// `Residents in the area`, `parents in both districts`: `in` ties people to a place
/// named by a common noun when a determiner or a count opens it; a bare noun after `in`
/// is more often a state or a field (`in trouble`, `in court`).
pub(super) fn located_by_determiner(tokens: &[Token], k: usize) -> bool {
    tokens
        .get(k + 1)
        .is_some_and(|t| t.info().function == Some(Function::Determiner))
}

/// Longest phrase after a preposition [`affiliated_person`] reads, in words.
pub(super) const MAX_AFFILIATED_PHRASE: usize = 4;

/// `a White House official who spoke anonymously to discuss strategy said`: a relative
/// clause without commas between the subject and the verb; the subject is the phrase
/// before `who` (or `whose`).
pub(super) fn relative_subject(
    tokens: &[Token],
    end: usize,
    text: &str,
    depth: u8,
) -> Option<Mention> {
    let who = who_before(tokens, end, text, false)?;
    subject_before_who(tokens, who, text, depth)
}

/// `Parents whose children attend the school said`, `Officials who met Ruiz said`: the
/// subject before the relative clause that the phrase at token `start`, read back from
/// the verb, is the object of. (A clause that opens inside the relative clause has a
/// subject of its own: in `a candidate who was lambasted in a year when voters cried
/// out`, voters cry out.)
pub(super) fn subject_past_relative(
    tokens: &[Token],
    start: usize,
    text: &str,
    depth: u8,
) -> Option<Mention> {
    let who = who_before(tokens, start, text, true)?;
    subject_before_who(tokens, who, text, depth)
}

/// The `who` or `whose` in the run of words before token `end`, within a relative
/// clause's length; with `inner`, not past a conjunction that opens a clause inside it.
fn who_before(tokens: &[Token], end: usize, text: &str, inner: bool) -> Option<usize> {
    let lo = end.saturating_sub(MAX_RELATIVE_CLAUSE);
    // (Asked of every phrase read back: the relative pronouns first, by the lexicon's
    // class, and the words between only once one is found.)
    let who = (lo..end)
        .rev()
        .take_while(|&k| tokens[k].kind == Kind::Word)
        .find(|&k| {
            tokens[k].info().function == Some(Function::Relative)
                && matches!(tokens[k].text(text), "who" | "whose")
        })?;
    let opened =
        inner && (who + 1..end).any(|k| INNER_CLAUSE_OPENERS.contains(&tokens[k].text(text)));
    (!opened).then_some(who)
}

/// The subject a relative clause opening at `who` follows: the phrase before it, or a
/// description of a person.
fn subject_before_who(tokens: &[Token], who: usize, text: &str, depth: u8) -> Option<Mention> {
    backward_phrase(tokens, who, text, depth)
        .filter(|m| !matches!(m.kind, MentionKind::Pronoun(..)))
        .or_else(|| person_before_who(tokens, who, text))
}

/// `the ferocious brawler who calls herself`: `who` stands for a person, so the
/// description before it names one even when its noun is not in the role table. Only a
/// determiner and lower-case words, the last of them no verb (nor a past form) and no animal,
/// read so (`the team which`, `everyone who` and `those who` do not). The description ends
/// at `end`: `who`, or the comma before it.
pub(super) fn person_before_who(tokens: &[Token], end: usize, text: &str) -> Option<Mention> {
    let start = description_start(tokens, end)?;
    who_described(tokens, start, text).filter(|m| m.tokens.end == end)
}

/// Where a description ending at token `end` may start: the last word before `end`, at
/// most [`MAX_DESCRIPTION`] back, that is no plain lower-case word (its determiner, in `a
/// reproachful look`).
pub(crate) fn description_start(tokens: &[Token], end: usize) -> Option<usize> {
    (end.saturating_sub(MAX_DESCRIPTION)..end)
        .rev()
        .find(|&k| !crate::rules::plain_word(&tokens[k]))
}

/// A description read as [`person_before_who`] reads it, from its determiner at `start`:
/// `Ana Ruiz, the ferocious brawler who` describes her as a role noun would.
pub(crate) fn who_described(tokens: &[Token], start: usize, text: &str) -> Option<Mention> {
    if !matches!(word(tokens, start, text), Some("the" | "a" | "an")) {
        return None;
    }
    let end = (start + 1..tokens.len().min(start + 1 + MAX_DESCRIPTION))
        .find(|&k| !crate::rules::plain_word(&tokens[k]))?;
    let head = end.checked_sub(1)?;
    // (`the same speaker who`, `the other one who`: someone known already, not a holder
    // of the noun; `the old mare who`: an animal.)
    let pointer = (start + 1..end).any(|k| lexicon::is_identity_word(tokens[k].text(text)));
    if end == start + 1
        || lexicon::is_past_form(tokens[head].text(text))
        || pointer
        || lexicon::is_animal(tokens[head].text(text))
        || !who_follows(tokens, end, text)
    {
        return None;
    }
    let mut m = phrase(tokens, start..end, MentionKind::Role, None);
    m.name.start = tokens[start + 1].span.start;
    Some(m)
}

/// Whether `who` is token `k`, or follows the comma that is.
pub(crate) fn who_follows(tokens: &[Token], k: usize, text: &str) -> bool {
    let k = k + usize::from(tokens.get(k).is_some_and(|t| t.is_punct(',')));
    word(tokens, k, text) == Some("who")
}

/// `sources familiar with the talks said`, `people arrested last week said`: a group or a
/// role noun with a modifier after it (an adjective of knowing, a participle, or a
/// participle of issuing after a document); the speaker is the phrase before the modifier.
pub(super) fn post_modified(
    tokens: &[Token],
    end: usize,
    text: &str,
    depth: u8,
) -> Option<Mention> {
    let lo = end.saturating_sub(MAX_RELATIVE_CLAUSE);
    let at = (lo..end)
        .rev()
        .take_while(|&k| tokens[k].kind == Kind::Word)
        .find(|&k| {
            let w = tokens[k].text(text);
            POST_MODIFIERS.contains(&w)
                || came_out(w)
                || participle_after_noun(tokens, k, text)
                || with_knowledge(tokens, k, text)
        })?;
    let issued = came_out(tokens[at].text(text));
    backward_phrase(tokens, at, text, depth)
        .filter(|m| people(tokens, m) || issued && m.kind == MentionKind::Org)
}

/// `players wearing their kit say`, `officials speaking on background said`: a
/// lower-case participle right after a noun opens a modifier of it.
pub(super) fn participle_after_noun(tokens: &[Token], k: usize, text: &str) -> bool {
    let w = tokens[k].text(text);
    k > 0
        && w.len() > 4
        && (w.ends_with("ed") || w.ends_with("ing"))
        && w.bytes().all(|b| b.is_ascii_lowercase())
        && tokens[k].info().verb.is_none()
        && {
            let before = tokens[k - 1].info();
            before.group || before.role || agent_plural(tokens[k - 1].text(text))
        }
}

/// Participles after a document or a body that say how it came out: `a release sent to
/// media late Friday said`, `a letter signed by the deans`. Whoever `by` names after one
/// wrote or issued it ([`document_author`]).
pub(super) const ISSUED: &[&str] = &[
    "sent",
    "issued",
    "released",
    "published",
    "posted",
    "filed",
    "signed",
    "written",
];

/// Participles after a document that say who came to hold it, not who wrote it: `the
/// report obtained by the newspaper says`.
pub(super) const HELD: &[&str] = &["obtained", "seen"];

/// Whether `w` says how a document came out, issued ([`ISSUED`]) or held ([`HELD`]).
pub(super) fn came_out(w: &str) -> bool {
    ISSUED.contains(&w) || HELD.contains(&w)
}

/// Whether the mention is a group of people or a role (`Sources` capitalized at the start
/// of a sentence reads as a name, but its word is the group noun).
pub(super) fn people(tokens: &[Token], m: &Mention) -> bool {
    let head = tokens[m.tokens.end - 1].info();
    matches!(m.kind, MentionKind::Group | MentionKind::Role)
        || m.one_word_name() && (head.group || head.role)
}

/// Adjectives that open a modifier after a group or role noun: `familiar with`, `close to`
/// (a participle right after the noun is read by [`participle_after_noun`]:
/// `people arrested last week`).
pub(crate) const POST_MODIFIERS: &[&str] = &["familiar", "close", "knowledgeable"];

/// Nouns of knowing that open a modifier after a group or role noun with `with`: `people
/// with knowledge of the talks`, `a person with direct knowledge of the sale`.
pub(crate) const KNOWING_NOUNS: &[&str] = &["knowledge"];

/// Whether token `k` is the `with` of `with knowledge of` ([`KNOWING_NOUNS`]), an adjective
/// perhaps between (`with direct knowledge of`, `with first-hand knowledge of`).
fn with_knowledge(tokens: &[Token], k: usize, text: &str) -> bool {
    // (Asked of every word before a speech verb's subject: most are not `with`, and the
    // test stops there.)
    if word(tokens, k, text) != Some("with") {
        return false;
    }
    // (`knowledge of`: the noun at `i`, then `of`.)
    let knowing = |i: usize| {
        word(tokens, i, text).is_some_and(|w| KNOWING_NOUNS.contains(&w))
            && word(tokens, i + 1, text) == Some("of")
    };
    let adjective = || {
        word(tokens, k + 1, text)
            .is_some_and(|w| w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'))
    };
    knowing(k + 1) || adjective() && knowing(k + 2)
}

/// Longest relative clause [`relative_subject`] reads, in words.
pub(super) const MAX_RELATIVE_CLAUSE: usize = 12;

/// Conjunctions that open a clause of its own inside a relative clause, with its own
/// subject, which [`subject_past_relative`] does not read past.
const INNER_CLAUSE_OPENERS: &[&str] = &[
    "when", "whenever", "while", "as", "if", "though", "although", "because", "unless", "whereas",
    "after", "before", "since", "until", "once", "where",
];

/// `Mother of slain man says ...`, `Lawyer for Ana Ruiz says ...`: a headline or a
/// sentence may open on a role noun with no article, capitalized only because it comes
/// first. Before `of` or `for` it is a description, not a name.
fn bare_role(tokens: &[Token], mut head: Mention) -> Mention {
    if lone_role_opening(tokens, &head) {
        head.kind = MentionKind::Role;
        head.title = None;
    }
    head
}

/// `Tim Guest with the Harbour Health Authority says`: a name after a preposition of
/// affiliation is where the speaker works; the speaker is the phrase before it, when there
/// is one (`a spokesman for Metrolinx`, `Jingyi Pan of IG`).
pub(super) fn affiliation_head(tokens: &[Token], m: Mention, text: &str, depth: u8) -> Mention {
    // `Members of the party said`: people of a body speak, not the body; and `a spokesman
    // for the minister said`, `the father of the boy`: the person the phrase hangs from
    // speaks, not the one it names.
    let body = m.kind == MentionKind::Org;
    let described = matches!(m.kind, MentionKind::Role | MentionKind::Group);
    if m.kind != MentionKind::Name && !body && !described {
        return m;
    }
    let mut p = m.tokens.start;
    // `the daughter of former president Jimmy Carter`: a modifier of the title may stand
    // between the preposition and the mention.
    if m.kind == MentionKind::Name
        && m.title.is_some()
        && p > 1
        && crate::rules::plain_word(&tokens[p - 1])
    {
        p -= 1;
    }
    // (`Leaders of several First Nations`, `Chiefs from three Cree Nations`: a count or a
    // quantifier stands there as `the` does.)
    if p > 0
        && word(tokens, p - 1, text).is_some_and(|w| {
            w == "the"
                || m.kind == MentionKind::Name
                    && !tokens[p - 1].is_capitalized()
                    && (tokens[p - 1].info().number || fused(w).is_some())
        })
    {
        p -= 1;
    }
    // `in east Vancouver`, `in rural Ohio`: a word that says which part of a place.
    if m.kind == MentionKind::Name
        && p > 0
        && word(tokens, p - 1, text).is_some_and(|w| PLACE_PARTS.contains(&w))
    {
        p -= 1;
    }
    let prep = p.checked_sub(1);
    let Some(mut w) = prep.and_then(|k| word(tokens, k, text)) else {
        return m;
    };
    // `Mother Of Slain Cyclist Says ...`: a headline in title case capitalizes its
    // prepositions too. (Only `Of` and `For`, which tie a person to another: `Woman Steps
    // Forward With Claim` has a verb before its `With`.)
    if let Some(k) = prep.filter(|_| is_capitalized(w)) {
        let lower = ["of", "for"]
            .into_iter()
            .find(|a| a.eq_ignore_ascii_case(w));
        if let Some(a) = lower.filter(|_| crate::headline::headline(tokens, k)) {
            w = a;
        }
    }
    // `Police in Halifax said`, `a diplomat in Manila, who ..., said`: a place or a body
    // named after `in` is where people, or someone not yet named, are. (`The doctor in
    // Aziz thought` is a side of Aziz.)
    let located = w == "in" && matches!(m.kind, MentionKind::Name | MentionKind::Org);
    if !AFFILIATIONS.contains(&w) && !located {
        return m;
    }
    let head = prep
        .and_then(|k| backward_phrase(tokens, k, text, depth))
        .map(|h| bare_role(tokens, h));
    if located {
        // `A ferry deckhand in Nanaimo, who ..., said`: someone the tables have no noun
        // for is still the one in the place; the place does not speak.
        let head = head.or_else(|| prep.and_then(|k| newcomer_before(tokens, k, text)));
        let read = located_head(tokens, m.clone(), head, text, depth);
        if read.tokens != m.tokens {
            return read;
        }
        // `Workers at a plant in Ohio said`: the phrase before `in` hangs by a preposition
        // of affiliation from people, and they are the ones in the place.
        return match prep.and_then(|k| affiliated_person(tokens, k, text, depth)) {
            Some(mut people) => {
                people.span.end = m.span.end;
                people.name.end = m.span.end;
                people.tokens.end = m.tokens.end;
                people
            }
            None => m,
        };
    }
    // `former secretary of state Hillary Clinton`: a title word, `of` and a department
    // word are one office written in lower case, and the name after it is its holder's.
    let office_of_department = m.kind == MentionKind::Name
        && prep.is_some_and(|k| k > 0 && tokens[k - 1].info().title)
        && m.title.as_ref().is_some_and(|t| {
            text[t.clone()]
                .split_whitespace()
                .all(crate::lexicon::is_department)
        });
    match head {
        Some(head) if office_of_department => {
            let mut m = m;
            m.span.start = head.span.start;
            m.title = m.title.map(|t| head.span.start..t.end);
            m.tokens.start = head.tokens.start;
            m
        }
        // The description keeps the phrase it hangs from, as one read forward does (`a
        // spokesman for the minister`), whether that names a role, a body or a person (`a
        // spokeswoman for the University of Toronto`, `a lawyer for Ana Ruiz`): whose
        // spokeswoman is what a count of sources needs. A person's name stays alone
        // (`Tom Becker of King's College London`).
        Some(mut head)
            if (described || body || m.kind == MentionKind::Name)
                && head.kind != MentionKind::Name
                && people(tokens, &head) =>
        {
            head.span.end = m.span.end;
            head.name.end = m.span.end;
            head.tokens.end = m.tokens.end;
            head
        }
        // `Tom Becker of King's College London said`: so does a person's name.
        Some(head) if body && (people(tokens, &head) || head.kind == MentionKind::Name) => head,
        // `Bakers' Guild of Eastern Ontario president Karen Roy said`: a title made of a
        // body's name and a lower-case office (`Eastern Ontario president`) after a
        // capitalized name before `of` is one title, the body's name run on: the person
        // speaks. (`the daughter of former president Jimmy Carter`: the daughter.)
        Some(head)
            if m.kind == MentionKind::Name
                && matches!(head.kind, MentionKind::Name | MentionKind::Org)
                && office_title(&m, text).is_some_and(|t| t.starts_with(char::is_uppercase)) =>
        {
            m
        }
        Some(head)
            if m.kind == MentionKind::Name && !matches!(head.kind, MentionKind::Pronoun(..)) =>
        {
            head
        }
        _ => m,
    }
}

/// `Police in Halifax said`: who is in the place or body `m` that `in` follows, `head`
/// being the phrase before `in`. A group, an indefinite role (`a diplomat in Manila`) or
/// a person's name speaks; a body is read in turn (`an official at the Housing Authority
/// in Arizona`); else `m` stays.
pub(super) fn located_head(
    tokens: &[Token],
    m: Mention,
    head: Option<Mention>,
    text: &str,
    depth: u8,
) -> Mention {
    let someone = |h: &Mention| h.kind != MentionKind::Role || indefinite(h, text);
    let Some(h) = head else {
        return m;
    };
    let body_name = h.kind == MentionKind::Name && tokens[h.tokens.end - 1].info().org;
    if people(tokens, &h) && someone(&h) || h.kind == MentionKind::Name && !body_name {
        return h;
    }
    if h.kind != MentionKind::Org && !body_name {
        return m;
    }
    match depth.checked_sub(1) {
        Some(inner) => {
            let read = affiliation_head(tokens, h.clone(), text, inner);
            if read.tokens == h.tokens {
                m
            } else {
                read
            }
        }
        None => m,
    }
}

/// Most words [`newcomer_before`] reads between the article and the place.
const MAX_NEWCOMER_WORDS: usize = 3;

/// `a ferry deckhand`, `one Harbor Bank teller` before `in Ohio`: an indefinite article
/// (or `one`) opening its clause, then up to [`MAX_NEWCOMER_WORDS`] words that are no
/// function word, verb, pronoun or document, the last in lower case, ending right before
/// token `end`. Someone new whom the tables have no noun for (a known noun is read by
/// [`backward_phrase`]): a role description of the words after the article.
pub(super) fn newcomer_before(tokens: &[Token], end: usize, text: &str) -> Option<Mention> {
    let plain = |k: usize| {
        let info = tokens[k].info();
        tokens[k].kind == Kind::Word
            && info.function.is_none()
            && info.verb.is_none()
            && info.pronoun.is_none()
            && !info.document
            && !lexicon::is_past_form(tokens[k].text(text))
    };
    let head = end.checked_sub(1)?;
    if !plain(head) || tokens[head].is_capitalized() {
        return None;
    }
    let first = (end.saturating_sub(MAX_NEWCOMER_WORDS)..end)
        .rev()
        .take_while(|&k| plain(k))
        .last()?;
    let article = first.checked_sub(1)?;
    let opens = word(tokens, article, text)
        .is_some_and(|w| ["a", "an", "one"].iter().any(|a| w.eq_ignore_ascii_case(a)))
        && article
            .checked_sub(1)
            .map_or(true, |b| tokens[b].kind != Kind::Word || tokens[b].ends());
    if !opens {
        return None;
    }
    let mut m = phrase(tokens, article..end, MentionKind::Role, None);
    m.name.start = tokens[first].span.start;
    Some(m)
}

/// Whether mention `m` opens with `the`: `the old man`, `The lawyer`.
pub(crate) fn definite(m: &Mention, text: &str) -> bool {
    let first = text[m.span.clone()].split_whitespace().next().unwrap_or("");
    first.eq_ignore_ascii_case("the")
}

/// Whether mention `m` opens with an indefinite article or `one`: `a justice official`,
/// `one veteran`, `another neighbour` introduce someone new.
pub(crate) fn indefinite(m: &Mention, text: &str) -> bool {
    let first = text[m.span.clone()].split_whitespace().next().unwrap_or("");
    ["a", "an", "one", "another"]
        .iter()
        .any(|w| first.eq_ignore_ascii_case(w))
}

/// Where a date that ends right before token `i`, and not before `start`, begins: a month
/// and a day's number (`May 5`, `Sept. 12`), with `on` before them if it is there.
pub(crate) fn date_before(tokens: &[Token], start: usize, i: usize, text: &str) -> Option<usize> {
    let k = i.checked_sub(2).filter(|&k| k >= start)?;
    let day = tokens[i - 1].text(text);
    let dated = tokens[k].kind == Kind::Word
        && (1..=2).contains(&day.len())
        && day.bytes().all(|b| b.is_ascii_digit())
        && crate::lexicon::is_month(tokens[k].text(text));
    if !dated {
        return None;
    }
    let on = k > start && tokens[k - 1].text(text) == "on";
    Some(if on { k - 1 } else { k })
}

/// Prepositions whose object, in a modifier after a subject, may stand right before the
/// verb: `accused of stealing from a hospital said`, `arrested near the bank said`.
pub(super) const OBJECT_PREPOSITIONS: &[&str] = &[
    "of", "with", "from", "at", "for", "in", "on", "near", "by", "to", "into", "outside",
    "against", "over", "about", "after",
];

/// Words between the comma that opens a phrase set off after a subject and the
/// preposition of the place that ends it (`, based in`, `, who lives in`).
pub(super) const MAX_LEAD: usize = 4;

/// Words that say which part of a place follows (`in east Vancouver`, `in rural Ohio`).
pub(super) const PLACE_PARTS: &[&str] = &[
    "east",
    "west",
    "north",
    "south",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
    "eastern",
    "western",
    "northern",
    "southern",
    "central",
    "downtown",
    "rural",
    "suburban",
    "upstate",
    "coastal",
];

/// Prepositions that tie a person to the body they speak for.
pub(crate) const AFFILIATIONS: &[&str] = &["of", "with", "at", "for", "from"];

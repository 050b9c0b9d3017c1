//! Rules that read the subject of the quotation's sentence: a paragraph that introduces
//! the quote, a sentence whose verb the quote belongs to (`X told them "Q"`), a verb after
//! it, and a subject before a colon; with the phrases that may open the sentence first.

use super::*;

pub(super) fn intro_paragraph(c: &Ctx) -> Option<Found> {
    // The quote opens a paragraph; the one before ends with a colon.
    let brk = c.qt.checked_sub(1)?;
    (c.tokens[brk].kind == Kind::Break).then_some(())?;
    let colon = brk.checked_sub(1)?;
    c.tokens[colon].is_punct(':').then_some(())?;
    // `... X said:` with a few words after the verb at most.
    let lo = colon.saturating_sub(6);
    let v = (lo..colon)
        .rev()
        .take_while(|&k| c.tokens[k].kind == Kind::Word)
        .find(|&k| verb(c, k).is_some())?;
    // `Mr. Brandt put his head in at the door, and said aloud:`: a verb joined on to the
    // sentence, or a participle, is said by the sentence's subject.
    let b = between_back(c, v);
    let start = sentence_of(c.tokens, colon).0;
    let chained = b > start && word(c, b - 1).is_some_and(|w| matches!(w, "and" | "then"));
    let m = if chained || participle(c, v) {
        subject(c, start, v)?
    } else {
        mention::backward(c.tokens, b, c.text)?
    };
    found(m, c.tokens.get(v))
}

/// The subject of a participle in a `with` phrase: `with officials warning that ...`.
pub(super) fn with_subject(c: &Ctx, v: usize) -> Option<Mention> {
    // `with Trump reportedly yelling`: an adverb may stand between the two.
    with_subject_before(c.tokens, c.sent_start, between_back(c, v), c.text)
}

/// [`with_subject`] of a participle whose subject ends at token `end`, in a sentence that
/// starts at token `start`.
pub(crate) fn with_subject_before(
    tokens: &[Token],
    start: usize,
    end: usize,
    text: &str,
) -> Option<Mention> {
    let with =
        |k: usize| k > start && tokens[k].kind == Kind::Word && tokens[k].text(text) == "with";
    let after_with = |m: &Mention| m.tokens.start > 0 && with(m.tokens.start - 1);
    if let Some(m) = mention::backward(tokens, end, text).filter(after_with) {
        return Some(m);
    }
    // The backward reader may take `with Trump` for an affiliation of the words before it
    // (`Tim Guest with the Health Authority`), or stop at lower-case words of a title
    // (`with press secretary Ana Ruiz`): read forward from a `with` close before.
    let with = (end.saturating_sub(MAX_WITH_SUBJECT)..end)
        .rev()
        .find(|&k| with(k))?;
    mention::forward_loose(tokens, with + 1, text).filter(|m| m.tokens.end == end)
}

/// Most tokens between `with` and its participle [`with_subject`] reads forward.
pub(super) const MAX_WITH_SUBJECT: usize = 6;

/// Longest speaker, in tokens, that a reporting clause set off before a participle may
/// have after its verb (`said the party's deputy leader Ana Ruiz,`).
pub(super) const MAX_INVERTED_SPEAKER: usize = 8;

/// `Demand has doubled, Osei said, adding, "Q"`, `..., said Kamal Osei, adding: "Q"`: a
/// participle right after a reporting clause set off by commas is that clause's, and its
/// speaker is the participle's subject, not the sentence's.
pub(super) fn reporting_clause_before(c: &Ctx, v: usize) -> Option<Mention> {
    let comma = v
        .checked_sub(1)
        .filter(|&k| k > c.sent_start && c.tokens[k].is_punct(','))?;
    // The clause is set off: a comma (or a quote ending in one) before it.
    let set_off = |k: usize| k > c.sent_start && c.tokens[k - 1].ends_with_comma(c.text);
    // `Osei said,`: the speaker before the verb.
    let said = comma - 1;
    if verb(c, said).is_some() && !participle(c, said) {
        let b = between_back(c, said);
        return mention::backward(c.tokens, b, c.text).filter(|m| set_off(m.tokens.start));
    }
    // `said Osei,`: the speaker after it, up to the comma, or up to a relative clause
    // that runs to it (`said Kamal Osei, who runs the food bank, adding`).
    let lo = comma
        .saturating_sub(MAX_INVERTED_SPEAKER + MAX_RELATIVE + 1)
        .max(c.sent_start + 1);
    let relative = |m: &Mention| {
        let e = m.tokens.end;
        c.tokens[e].is_punct(',')
            && word(c, e + 1).is_some_and(|w| matches!(w, "who" | "whose"))
            && (e + 2..comma).all(|k| c.tokens[k].kind == Kind::Word)
    };
    (lo..comma)
        .rev()
        .find(|&k| verb(c, k).is_some() && !participle(c, k))
        .filter(|&k| set_off(k))
        .and_then(|k| mention::forward(c.tokens, k + 1, c.text))
        .filter(|m| m.tokens.end == comma || m.tokens.end < comma && relative(m))
}

/// Most words of a relative clause set off after an inverted speaker (`who runs the food
/// bank`).
pub(super) const MAX_RELATIVE: usize = 10;

/// Whether the verb at `v` is a participle (`saying`, `adding`): its subject is the
/// sentence's subject.
pub(super) fn participle(c: &Ctx, v: usize) -> bool {
    word(c, v).is_some_and(|w| w.ends_with("ing"))
}

/// The subject of the sentence: the mention it starts with, after the opening phrases set
/// off by commas if there are any (`During a long speech on Monday, Ortiz ...`; `On Friday,
/// after months of silence, Novak ...`).
pub(super) fn subject(c: &Ctx, start: usize, limit: usize) -> Option<Mention> {
    subject_of(c.tokens, start, limit, c.text)
}

/// Whether `t` is a quotation whose words end in a comma inside its closing mark, as
/// American style sets a title's comma: `On "Face the Facts," Ruiz said`.
pub(crate) fn title_with_comma(t: &Token, text: &str) -> bool {
    t.quote().is_some()
        && t.text(text)
            .trim_end_matches(|c: char| !c.is_alphanumeric() && c != ',')
            .ends_with(',')
}

/// The subject of the sentence starting at token `start`, before token `limit`: the
/// mention it opens with, or the one after one or two opening phrases set off by commas
/// (`At 25, Gillis was ...`, `During the debate, Ortiz ...`).
pub(crate) fn subject_of(
    tokens: &[Token],
    start: usize,
    limit: usize,
    text: &str,
) -> Option<Mention> {
    // `Then he thought a while, and said`: an adverb opening the sentence without a comma
    // comes before its subject, whatever commas follow.
    if let Some(m) = subject_after_adverb(tokens, start, limit, text) {
        return Some(m);
    }
    let mut k = start;
    // A word read as a name that may instead open the sentence (`Shortly after ...,`): kept
    // for when no subject follows its phrase.
    let mut fallback = None;
    // The state after a city (`Portland, Maine,`) belongs to the phrase before it: it is
    // stepped over without counting as a phrase, at most once per phrase, so the reading
    // stays bounded however long a list of places runs.
    let (mut phrases, mut tails) = (0, 0);
    while phrases <= MAX_OPENING_PHRASES {
        // (A title in marks inside the phrase may hold its comma: `On "Face the Facts,"`.)
        let comma = (k..limit.min(k + MAX_OPENING_PHRASE))
            .find(|&j| tokens[j].is_punct(',') || j > k && title_with_comma(&tokens[j], text));
        let mut tail = false;
        // (`It was on a Monday that Hume ...`: after an `it` that stands for nothing, the
        // subject of the clause it puts later.)
        if let Some(m) = mention::forward(tokens, k, text)
            .filter(|m| !mention::opening_participle(tokens, m, text))
            .or_else(|| mention::later_subject(tokens, k, limit, text))
        {
            if fallback.is_none() && comma.is_some() && opening_adverb(tokens, &m, text) {
                fallback = Some(m);
            } else if tails < MAX_OPENING_PHRASES && place_tail(tokens, &m, start) {
                tail = true;
                tails += 1;
            } else {
                return Some(m);
            }
        }
        if !tail {
            phrases += 1;
        }
        match comma {
            Some(comma) => {
                // `At the end he sank into his chair, muttering`: a phrase a preposition
                // opens may run into the clause without a comma of its own; its subject
                // is kept for when none follows the comma (`When asked, Ms. Ruiz said`).
                if !tail && fallback.is_none() {
                    fallback = subject_after_bare_opener(tokens, k, comma, text);
                }
                k = comma + 1;
            }
            None => {
                return subject_after_bare_opener(tokens, k, limit, text).or(fallback);
            }
        }
    }
    fallback
}

/// `At a rally in Beaumont, Tex., Ortiz ...`: a lone name between commas right after a
/// capitalized word that ends an opening phrase is the rest of a place (its state or
/// country), not the subject.
pub(super) fn place_tail(tokens: &[Token], m: &Mention, start: usize) -> bool {
    let k = m.tokens.start;
    m.one_word_name()
        && k >= start + 3
        && tokens[k - 1].is_punct(',')
        && tokens[k - 2].is_capitalized()
        && tokens[k - 2].info().function.is_none()
        && tokens.get(m.tokens.end).is_some_and(|t| t.is_punct(','))
}

/// `Shortly after the vote, ...`, `Early in the race, ...`, `Inside the hall, ...`: a lone
/// capitalized word the tables do not know, with a preposition, conjunction or determiner
/// right after it, may be an adverb or preposition opening the sentence rather than a name.
/// A name can stand there too (`Ortiz on Tuesday, in a speech, said`), so [`subject_of`]
/// takes it only when no subject follows the phrase's comma.
/// (So does a word before an adverb that measures time back from it: `Minutes later, she
/// sent a note`, `Weeks earlier, ...`.)
pub(super) fn opening_adverb(tokens: &[Token], m: &Mention, text: &str) -> bool {
    let Some(next) = tokens.get(m.tokens.end) else {
        return false;
    };
    let lone = m.one_word_name() && m.title.is_none();
    let first = &tokens[m.tokens.start];
    lone && first.info().given.is_none()
        && next.kind == Kind::Word
        && !next.is_capitalized()
        && (matches!(
            next.info().function,
            Some(Function::Stop | Function::Determiner)
        ) || TIME_BACK.contains(&next.text(text)))
}

/// Adverbs that measure time from a span before them (`Minutes later`, `Days ago`).
pub(super) const TIME_BACK: &[&str] = &["later", "earlier", "ago", "afterwards", "afterward"];

/// `When the vote ended, the crowd chanted, "Q"`, `The next day, her account posted: "Q"`:
/// after an opening phrase and its comma, a determiner phrase right before the verb at `b`
/// is its subject, whatever its head noun, as at the start of a sentence.
pub(super) fn after_opening_phrase(c: &Ctx, b: usize) -> Option<Mention> {
    let comma = (c.sent_start..b)
        .rev()
        .find(|&k| c.tokens[k].is_punct(','))?;
    mention::determiner_phrase(c.tokens, comma + 1, b, c.text)
}

/// Prepositions and conjunctions that head an opening phrase of time or place. Not `and`
/// or `but`: a clause they open has its subject first (`But the Trump face hasn't ...`).
pub(super) const BARE_OPENERS: &[&str] = &[
    "after", "before", "when", "while", "as", "in", "on", "at", "during", "since", "until", "with",
    "without", "from", "by", "through", "upon", "once",
];

/// `After lunch Mrs Dunn came in`, `While he shaved Nora read`: an opening phrase
/// headed by a preposition or conjunction, without its comma. The subject is the first
/// name after it with a lower-case word (its verb) next; a name right after a preposition
/// is inside the phrase (`After Tom left ...`), and then nothing is guessed.
pub(super) fn subject_after_bare_opener(
    tokens: &[Token],
    k: usize,
    limit: usize,
    text: &str,
) -> Option<Mention> {
    let opener = tokens.get(k)?;
    let w = opener.text(text);
    if !(opener.is_capitalized() && BARE_OPENERS.iter().any(|o| w.eq_ignore_ascii_case(o))) {
        return None;
    }
    let window = k + 1..limit.min(k + MAX_OPENING_PHRASE);
    let Some(j) = window
        .clone()
        .take_while(|&j| tokens[j].kind == Kind::Word)
        .find(|&j| tokens[j].is_capitalized())
    else {
        return pronoun_after_bare_opener(tokens, window, text);
    };
    if tokens[j - 1].info().function == Some(Function::Stop) {
        return None;
    }
    let m = mention::forward(tokens, j, text).filter(|m| m.kind == MentionKind::Name)?;
    verb_next(tokens, &m).then_some(m)
}

/// Adverbs of time and sequence, and conjunctions, that open a sentence without a comma
/// before its subject: `Then he turned`, `Presently Tom came in`, `But Ortiz left`.
/// Besides these, a word in `-ly` that the document also writes in lower case (`Slowly
/// she rose`).
pub(super) const ADVERB_OPENERS: &[&str] = &[
    // A clause joined on with its subject right after (`But Trump quickly deflected`).
    "but",
    "and",
    "then",
    "now",
    "soon",
    "again",
    "still",
    "later",
    "presently",
    "suddenly",
    "finally",
    "afterwards",
    "afterward",
    "meanwhile",
    "instantly",
    "immediately",
    // `Even Mrs. Denham laughed`, `Yet Tom stayed`, `Thus Maud spoke`.
    "even",
    "yet",
    "thus",
];

/// `Finally he turned to the lawyer`: after a lone adverb opening the sentence, a name or
/// `he`/`she` with a lower-case word (its verb) next is the subject.
pub(super) fn subject_after_adverb(
    tokens: &[Token],
    k: usize,
    limit: usize,
    text: &str,
) -> Option<Mention> {
    if k >= tokens.len() || !adverb_opener(tokens, k, text) {
        return None;
    }
    // (`Very soon the porter saw`, `But now Tom turned`: a second adverb may follow the
    // first.)
    let after = k + 1 + usize::from(k + 1 < limit && inner_adverb(tokens, k + 1, text));
    acting_person(tokens, after, text).filter(|m| m.tokens.end < limit)
}

/// A name, `he`/`she` or a definite description of a person at token `k` with a
/// lower-case word (its verb) next: the subject of a clause that tells what someone does
/// (`Peter set down his glass`, `But the girl turned round`).
pub(super) fn acting_person(tokens: &[Token], k: usize, text: &str) -> Option<Mention> {
    let m = mention::forward(tokens, k, text)?;
    let person = m.kind == MentionKind::Name
        || m.kind.personal_gender().is_some()
        || m.kind == MentionKind::Role && mention::definite(&m, text);
    (person && verb_next(tokens, &m)).then_some(m)
}

/// Whether token `k` is a capitalized adverb or conjunction that may open a sentence before
/// its subject ([`ADVERB_OPENERS`], or a word in `-ly` the document also writes in lower
/// case, or that a subject pronoun follows: `Hastily he rose`), or another word
/// capitalized only for opening it ([`Token::plain`]: `Very soon Ruth saw`, `Upstairs
/// Tom was saying`).
pub(super) fn adverb_opener(tokens: &[Token], k: usize, text: &str) -> bool {
    let t = &tokens[k];
    let w = t.text(text);
    let pronoun_next = || tokens.get(k + 1).is_some_and(Token::is_pronoun);
    t.is_capitalized()
        && (ADVERB_OPENERS.iter().any(|a| w.eq_ignore_ascii_case(a))
            || t.plain()
            || w.len() > 4 && w.ends_with("ly") && (t.common() || pronoun_next()))
}

/// Whether the word at token `i` opens its sentence, or follows only an opening adverb
/// (`Then Archer turned`): the place of a sentence's subject.
pub(crate) fn at_sentence_start(tokens: &[Token], i: usize, text: &str) -> bool {
    let starts = |k: usize| crate::token::opens_sentence(tokens, k);
    starts(i)
        || i > 0 && starts(i - 1) && adverb_opener(tokens, i - 1, text)
        // `But again she stopped me`, `And then Archer turned`: a conjunction or adverb
        // opening the sentence, and an adverb after it.
        || i > 1
            && starts(i - 2)
            && inner_adverb(tokens, i - 1, text)
            && adverb_opener(tokens, i - 2, text)
}

/// Whether token `k` is a lower-case adverb that may stand between a clause's opening
/// conjunction and its subject (`again` in `but again she stopped`): one of
/// [`ADVERB_OPENERS`] other than a conjunction, or a word in `-ly` the document also
/// writes so.
pub(crate) fn inner_adverb(tokens: &[Token], k: usize, text: &str) -> bool {
    let t = &tokens[k];
    let w = t.text(text);
    t.kind == Kind::Word
        && w.starts_with(char::is_lowercase)
        && !matches!(w, "but" | "and")
        && (ADVERB_OPENERS.contains(&w) || w.len() > 4 && w.ends_with("ly") && t.common())
}

/// Whether a lower-case word, the subject's verb, comes right after mention `m`.
pub(super) fn verb_next(tokens: &[Token], m: &Mention) -> bool {
    tokens
        .get(m.tokens.end)
        .is_some_and(|t| t.kind == Kind::Word && !t.is_capitalized())
}

/// `After luncheon she came in`: with no name in the opening phrase's reach, a personal
/// pronoun after it, with a lower-case word (its verb) next. A pronoun right after the
/// opener is the subject of the phrase itself (`After she ate, ...`).
pub(super) fn pronoun_after_bare_opener(
    tokens: &[Token],
    window: Range<usize>,
    text: &str,
) -> Option<Mention> {
    let first = window.start;
    let mut words = window.take_while(|&j| tokens[j].kind == Kind::Word);
    let subject =
        |j: usize| acting_person(tokens, j, text).filter(|m| m.kind.personal_gender().is_some());
    let j = words.find(|&j| tokens[j].info().pronoun.is_some())?;
    if j == first {
        // `When he returned he began ...`: a pronoun right after the opener is the subject
        // of the opening clause; the sentence's own comes after that clause's verb.
        return words
            .skip(1)
            .find(|&k| tokens[k].info().pronoun.is_some())
            .and_then(subject);
    }
    subject(j)
}

/// Opening phrases [`subject_of`] steps over, and the longest of them in tokens. (News
/// opens with long ones: `With campaign aides anxious about a shortage of enthusiasm for
/// Dana Ruiz among older voters,` is 16; at 14, its name was read as the subject and refused. On
/// the dev files 20 found 13 more novel speakers and 3 news quotes, and lost none; a
/// third phrase, `On Monday, after months of silence, in a packed hall,`, 4 more.)
pub(super) const MAX_OPENING_PHRASES: usize = 3;
pub(super) const MAX_OPENING_PHRASE: usize = 20;

/// `Ruiz was asked by moderator Tom Hale whether she would "raise taxes"`, `Ruiz was called
/// "reckless" by Tom Hale`: the speech verb at `v`, whose subject would end at `b`, is a
/// passive, and the agent named after `by` (before the quotation or right after it) spoke,
/// not the subject. Not in a relative clause (`a loan that was reported by the Times`),
/// whose verb is not the quotation's. With no agent named, the quotation is left to the
/// other readings, which give it the subject: often the annotated source too (`Ruiz was
/// asked about the "slip"`), unless it is set off right after a verb of telling
/// ([`told_unnamed`]). (`was` is one of the words [`between_back`] steps over.)
pub(super) fn passive_agent(c: &Ctx, b: usize, v: usize) -> Option<Mention> {
    passive(c, b, v).then_some(())?;
    agent(c, v)
}

/// The one named after `by`, after the speech verb at `v` and before the quotation or right
/// after it: a passive's agent.
fn agent(c: &Ctx, v: usize) -> Option<Mention> {
    let by = (v + 1..c.qt)
        .chain(c.qt + 1..c.qt + 2)
        .find(|&k| word(c, k) == Some("by"))?;
    mention::forward(c.tokens, by + 1, c.text)
}

/// Whether the speech verb at `v`, whose subject would end at `b`, is a passive of the
/// quotation's own clause: a form of `be` before it (`was asked`), not in a relative clause.
pub(super) fn passive(c: &Ctx, b: usize, v: usize) -> bool {
    (b.saturating_sub(1).max(c.sent_start)..v).any(|k| {
        word(c, k).is_some_and(|w| BE_FORMS.contains(&w))
            && !(k > 0
                && (c.tokens[k - 1].info().function == Some(Function::Relative)
                    || word(c, k - 1) == Some("that")))
    })
}

/// `Ortiz was asked, "Q?"`, `Staff were told: "Q"`: the speech verb right before the
/// quotation and its comma or colon is a passive verb of telling with no agent. Its
/// subject is the one told, and the quotation's speaker goes unnamed.
pub(super) fn told_unnamed(c: &Ctx) -> bool {
    let Some(v) = c.qt.checked_sub(2).filter(|&v| v >= c.sent_start) else {
        return false;
    };
    let set_off = c.tokens[v + 1].is_punct(',') || c.tokens[v + 1].is_punct(':');
    // (The cheap tests first: this runs for every quotation.)
    set_off
        && verb(c, v).is_some_and(|(_, kind)| kind == VerbKind::Tell)
        && passive(c, between_back(c, v), v)
        && agent(c, v).is_none()
}

pub(super) fn sentence_verb(c: &Ctx) -> Option<Found> {
    let speech = |k: usize| verb(c, k).is_some_and(|(_, kind)| kind != VerbKind::Manner);
    // `Travellers are advised to "Q"`: the subject of a passive with no agent heard the
    // words. A speech verb before it in the sentence tells who said them (`The ministry
    // says that travellers are advised to "Q"`). (With none, the passive's subject is
    // kept: `He was described as "Q"` is a quotation still, of someone unnamed, and the
    // quote would be lost with no speaker.)
    let heard =
        |k: usize| !participle(c, k) && passive(c, between_back(c, k), k) && agent(c, k).is_none();
    let mut verbs = (c.sent_start..c.qt).rev().filter(|&k| speech(k));
    let nearest = verbs.next()?;
    let v = if heard(nearest) {
        verbs.find(|&k| !heard(k)).unwrap_or(nearest)
    } else {
        nearest
    };
    let m = if participle(c, v) {
        // `Guards stepped in, with an organizer of the march calling the scene "Q"`:
        // after `with`, the phrase before the participle is its subject.
        // `The paper quoted an aide as saying the plan was "Q"`: after `as`, the object
        // before it is who said it, not the verb's subject (who only reports it).
        let as_before = v > c.sent_start && word(c, v - 1) == Some("as");
        with_subject(c, v)
            .or_else(|| {
                as_before
                    .then(|| mention::object_before_to(c.tokens, v - 1, c.text))
                    .flatten()
            })
            .or_else(|| subject(c, c.sent_start, v))?
    } else {
        let b = between_back(c, v);
        if let Some(m) = passive_agent(c, b, v) {
            return found(m, c.tokens.get(v));
        }
        // `Ruiz praised the crew but warned of "a long season"`: a verb joined on is the
        // sentence subject's, when no noun phrase of its own stands before it.
        // After `to`, a noun phrase right before it is the verb's subject (`urged Ruiz to
        // call it "Q"`); with none, the sentence's is (`went on to call it "Q"`).
        let to = b > c.sent_start && word(c, b - 1) == Some("to");
        mention::backward(c.tokens, b, c.text)
            .or_else(|| {
                to.then(|| mention::object_before_to(c.tokens, b - 1, c.text))
                    .flatten()
            })
            .or_else(|| {
                chained(c, b)
                    .then(|| subject(c, c.sent_start, v))
                    .flatten()
                    .filter(|m| !m.lone_common_word(c.tokens))
            })
            // `The union leaflet argues that "Q"`: the phrase that opens the sentence,
            // whatever its head, when the verb is active and the quotation follows it, or
            // its `that` (as a verb that opens a quotation has: `The leaflet says, "Q"`).
            .or_else(|| {
                let opens = c.qt == v + 1 || c.qt == v + 2 && word(c, v + 1) == Some("that");
                (opens && !chained(c, b) && !passive(c, b, v))
                    .then(|| opening_phrase(c, b))
                    .flatten()
            })?
    };
    // (`A letter signed by the deans called it "Q"`: the letter's authors.)
    found(
        mention::document_author(c.tokens, m, c.text),
        c.tokens.get(v),
    )
}

pub(super) fn sentence_verb_after(c: &Ctx) -> Option<Found> {
    after_quote(c)?;
    let end = c.sent_end.min(c.qt + 25);
    for k in c.qt + 1..end {
        if c.tokens[k].quote().is_some() {
            return None;
        }
        if verb(c, k).is_some_and(|(_, kind)| kind != VerbKind::Manner) && !participle(c, k) {
            let b = between_back(c, k);
            if let Some(m) =
                mention::backward(c.tokens, b, c.text).filter(|m| m.tokens.start > c.qt)
            {
                return found(m, c.tokens.get(k));
            }
            // `argue it could`: `it` after a verb is its object, never an inverted subject.
            if complementizer(c, k + 1) {
                return None;
            }
            // (A headline's bare role noun too: `Minister 'deeply concerned' over delays,
            // says spokesman`.)
            let m = mention::forward(c.tokens, k + 1, c.text)
                .filter(|m| !matches!(m.kind, MentionKind::Pronoun(Some(Gender::Neuter), _)))
                .or_else(|| mention::bare_role(c.tokens, k + 1, c.text))?;
            return found(m, c.tokens.get(k));
        }
    }
    None
}

/// `"Q," she owned.`, `"Q?" he pondered.`, `"Q," Ruth glanced up.`: a quotation that is a
/// whole utterance and opens its sentence, then in the same sentence `he`, `she` or a
/// name, and a verb the speech-verb table does not know (`owned`, `threw out`, `was
/// thinking`). That subject's clause is the quotation's tag, whatever its verb: fiction
/// attaches speech to many verbs no list holds.
pub(super) fn quote_subject_tag(c: &Ctx) -> Option<Found> {
    if c.sent_start != c.qt {
        return None;
    }
    let i = after_quote(c)?;
    let comma_after = i > c.qt + 1;
    // The words end in a comma, a question, an exclamation or a break, inside the marks,
    // or a comma follows them (`"And you", she threw out`).
    let quoted = &c.text[c.tokens[c.qt].span.clone()];
    let words = quoted
        .trim_end_matches(|ch: char| ch.is_whitespace() || crate::marks::lookup(ch).is_some());
    if !comma_after && !words.ends_with([',', '?', '!', '-', '\u{2014}']) {
        return None;
    }
    let m = acting_person(c.tokens, i, c.text)?;
    // `he` or `she` in lower case is in the quote's sentence. A name is capitalized
    // anyway, so only after a comma (`"Q?" Ruth turned away.` may be a new sentence,
    // and a word capitalized only to open one is no name).
    let personal =
        m.kind.personal_gender().is_some() && word(c, i)?.starts_with(char::is_lowercase);
    let named = m.kind == MentionKind::Name
        && (comma_after || words.ends_with(','))
        && !m.lone_common_word(c.tokens);
    // The word after the subject is its verb, or an auxiliary before it; not `and`, `or`,
    // `to`, `the` or another pronoun.
    let v = m.tokens.end;
    let info = c.tokens[v].info();
    let verb_like = info.pronoun.is_none()
        && !matches!(
            info.function,
            Some(Function::Determiner | Function::Stop | Function::Relative)
        );
    ((personal || named) && verb_like).then(|| Found {
        mention: m,
        cue: Some(c.tokens[v].span.clone()),
    })
}

/// `Ortiz quickly changed the subject: "Q"`: a quotation after a colon that ends a clause
/// whose subject is a person (or a body, a group, a document) is theirs, whatever the
/// verb.
pub(super) fn subject_colon_quote(c: &Ctx) -> Option<Found> {
    let before = c.qt.checked_sub(1)?;
    // The colon right before the quote, or ending the paragraph the quote follows
    // (`Trump issued the following statement:¶"Q"`).
    let (colon, start) = if c.tokens[before].kind == Kind::Break {
        let colon = before.checked_sub(1)?;
        (colon, sentence_of(c.tokens, colon).0)
    } else {
        (before, c.sent_start)
    };
    // `Mrs. Moore shivered, "A ghost!"`: a comma does as well in the quote's own
    // sentence, before a quote that starts a sentence of its own (not `called it, "a
    // raid"`).
    let comma = colon == before && c.tokens[colon].is_punct(',') && {
        let quoted = c.tokens[c.qt].text(c.text);
        let mut chars = quoted.chars().skip(1).skip_while(|ch| ch.is_whitespace());
        chars.next().is_some_and(char::is_uppercase)
    };
    ((c.tokens[colon].is_punct(':') || comma) && colon > start).then_some(())?;
    // Only the writer's words before the colon.
    (start..colon)
        .all(|k| c.tokens[k].quote().is_none())
        .then_some(())?;
    // `She was as cheerful as ever; and, after leaving her, Ruth thus reflected:`: the clause
    // that ends at the colon has a subject of its own; so has one a subordinating
    // conjunction opens (`Calm was short-lived when Ruiz took to the radio with this:`):
    // whoever acts in it introduces the quotation.
    let m = match subject(c, start, colon) {
        Some(m) => joined_subject(c, m.tokens.end, colon)
            .or_else(|| subordinate_subject(c, m.tokens.end, colon))
            .unwrap_or(m),
        // `Reaching the door at last, and finding it locked, Ruth turned back; and,
        // lowering her voice, said, with a frown, "Q"`: a sentence that opens with no
        // subject has the one of the latest clause joined on.
        None => joined_before(c, start, colon)?,
    };
    // `I`, `we` and `they` speak here too.
    // So do bodies, groups and documents: `The campaign, in a memo, put it carefully:`,
    // `The letter makes the case plainly:`.
    let person = m.kind.is_person()
        || matches!(
            m.kind,
            MentionKind::Pronoun(None, _) | MentionKind::Org | MentionKind::Group
        );
    // A clause follows the subject (after an apposition): a lower-case word.
    let next = skip_apposition(c.tokens, m.tokens.end, c.text);
    let clause = next < colon && word(c, next).is_some_and(|w| w.starts_with(char::is_lowercase));
    (person && clause && m.tokens.end < colon).then_some(Found {
        mention: m,
        cue: None,
    })
}

/// The subject of the last clause joined on between tokens `from` and `to` (`, and Ruth
/// turned`, `; and, after leaving her, Ruth thus reflected`): a name or `he`/`she` that a
/// comma, semicolon or conjunction opens and a lower-case word follows.
pub(super) fn joined_subject(c: &Ctx, from: usize, to: usize) -> Option<Mention> {
    (from..to).rev().find_map(|k| {
        let m = mention::forward(c.tokens, k, c.text)?;
        let person = m.kind == MentionKind::Name || m.kind.personal_gender().is_some();
        (person
            && m.tokens.end < to
            && crate::resolve::clause_subject(c.tokens, k, m.tokens.end, c.text))
        .then_some(m)
    })
}

/// The subject of the subordinate clause that runs up to token `to` from after `from`: a
/// name or `he`/`she` right after a conjunction of time or background, with a lower-case
/// word, its verb, after it.
pub(super) fn subordinate_subject(c: &Ctx, from: usize, to: usize) -> Option<Mention> {
    (from..to.saturating_sub(1)).rev().find_map(|k| {
        // (A clause of time or background; not a condition or concession.)
        let opener = c.tokens[k].kind == Kind::Word
            && matches!(
                lexicon::subordinator(c.tokens[k].text(c.text)),
                Some(Subordinate::Time | Subordinate::Background)
            );
        if !opener {
            return None;
        }
        let m = mention::forward(c.tokens, k + 1, c.text)?;
        let person = m.kind == MentionKind::Name || m.kind.personal_gender().is_some();
        let verb = word(c, m.tokens.end).is_some_and(|w| w.starts_with(char::is_lowercase));
        // The clause runs on to the colon: no other clause is joined on after it (`as she
        // sat down, sipping tea, and he began:` is his).
        let runs_on = (m.tokens.end..to).all(|i| {
            let t = &c.tokens[i];
            !(t.is_punct(',') || t.is_punct(';') || t.kind == Kind::Dash)
        });
        (person && verb && m.tokens.end < to && runs_on).then_some(m)
    })
}

/// Words that may open the clause of a speech verb before its subject: `But as X put it:`.
pub(super) const AS_OPENERS: &[&str] = &["As", "as", "But", "And"];

/// Where the sentence's own words start, before token `b`: past the words of
/// [`AS_OPENERS`] (`As one veteran of the projects commented:`).
pub(super) fn opening_start(c: &Ctx, b: usize) -> usize {
    let mut s0 = c.sent_start;
    while s0 + 1 < b && word(c, s0).is_some_and(|w| AS_OPENERS.contains(&w)) {
        s0 += 1;
    }
    s0
}

/// The phrase that opens the sentence ([`opening_start`]), up to token `b` before its
/// verb, whatever its head: `The most popular player in golf`, `The union leaflet`.
pub(super) fn opening_phrase(c: &Ctx, b: usize) -> Option<Mention> {
    mention::determiner_phrase(c.tokens, opening_start(c, b), b, c.text)
}

/// Longest stretch of tokens the rules read on either side of a quote.
pub(crate) const MAX_SENTENCE: usize = 120;

/// The sentence around token `qt`: `(first token, one past the last)`.
/// Looks at most [`MAX_SENTENCE`] tokens each way, so that text without sentence ends costs
/// no more per quote than ordinary text.
pub(crate) fn sentence_of(tokens: &[Token], qt: usize) -> (usize, usize) {
    let mut start = qt;
    while start > 0 && qt - start < MAX_SENTENCE && !tokens[start - 1].ends() {
        start -= 1;
    }
    let mut end = qt + 1;
    if !tokens[qt].ends() {
        while end < tokens.len() && end - qt < MAX_SENTENCE && !tokens[end - 1].ends() {
            end += 1;
        }
        // A sentence that ends at a paragraph break does not include it.
        if end > 0 && tokens.get(end - 1).is_some_and(|t| t.kind == Kind::Break) {
            end -= 1;
        }
    }
    (start, end.max(qt + 1))
}

//! Rules that read a tag beside the quotation: `"Q," X said`, `"Q," said X`, `X said,
//! "Q"`, a quotation split around its tag, a dash and a beat, and a transcript's label.

use super::*;

pub(super) fn found(mention: Mention, cue: Option<&Token>) -> Option<Found> {
    Some(Found {
        mention,
        cue: cue.map(|t| t.span.clone()),
    })
}

/// Punctuation that closes a quoted speech, inside its marks or right after them.
pub(super) const CLOSING: &[char] = &[',', '.', '!', '?', ';', '-', '\u{2014}', '\u{2026}'];

/// Whether punctuation closes the quote: `"Q," said`, `"Q", said`, `"Q!" cried`.
pub(super) fn closed(c: &Ctx) -> bool {
    let inner = c.text[c.tokens[c.qt].span.clone()]
        .trim_end_matches(|ch: char| !ch.is_alphanumeric() && !CLOSING.contains(&ch));
    inner.ends_with(CLOSING)
        || c.tokens.get(c.qt + 1).is_some_and(|t| {
            t.kind == Kind::Dash || matches!(t.kind, Kind::Punct(p) if CLOSING.contains(&p))
        })
}

/// Where the words after the quote start, skipping a comma (British punctuation puts it
/// outside the marks); `None` when the quote ends a sentence that began before it, since
/// then what follows is a new sentence about something else.
pub(super) fn after_quote(c: &Ctx) -> Option<usize> {
    // A quote that ends a sentence begun before it has had its say; but a label and a colon
    // with no verb (`Viewpoint: "Q?" Ana Ruiz asked.`) begin no sentence of their own.
    let label = || {
        c.tokens[c.qt - 1].is_punct(':') && (c.sent_start..c.qt - 1).all(|k| verb(c, k).is_none())
    };
    if c.sent_end == c.qt + 1 && c.sent_start < c.qt && !label() {
        return None;
    }
    let i = c.qt + 1;
    if c.tokens.get(i).is_some_and(|t| t.is_punct(',')) {
        Some(i + 1)
    } else {
        Some(i)
    }
}

// ---- the local rules -----------------------------------------------------------------

/// `"WALLACE: Let's start ..."`: a transcript quotes each turn with the speaker's name in
/// capitals and a colon at its head.
pub(super) fn quote_label(c: &Ctx) -> Option<Found> {
    let span = c.tokens[c.qt].span.clone();
    let inner = &c.text[span.clone()];
    let start = span.start + inner.find(|ch: char| ch.is_alphanumeric())?;
    let label = speaker_label(&c.text[start..span.end])?;
    Some(Found {
        mention: label_mention(start, label, c.qt..c.qt),
        cue: None,
    })
}

/// The speaker a transcript's `label` names, written from byte `start` (its title words,
/// `SEN.`, kept apart from the name); `tokens` are the tokens it is read from.
pub(crate) fn label_mention(start: usize, label: &str, tokens: Range<usize>) -> Mention {
    let mut name_start = start;
    let mut in_title = true;
    let mut gender = None;
    let mut offset = 0;
    for w in label.split(' ') {
        let info = crate::lexicon::lookup(w);
        if in_title && heads_name(info) {
            gender = gender.or(info.honorific.flatten());
            name_start = start + offset + w.len() + 1;
        } else {
            in_title = false;
        }
        offset += w.len() + 1;
    }
    let end = start + label.len();
    // `HOST:`, `MODERATOR:`: a label of title words alone names its speaker by them.
    if name_start >= end {
        name_start = start;
    }
    Mention {
        kind: MentionKind::Name,
        span: start..end,
        name: name_start..end,
        title: (name_start > start).then(|| start..name_start - 1),
        gender,
        tokens,
    }
}

/// The speaker label `rest` opens with, without its colon: one to four words in capitals
/// (`WALLACE`, `SEN. ANN RUIZ`), a colon and a space, as a transcript marks each turn.
/// (`NOTE:` and the like head a note, not a turn.)
pub(crate) fn speaker_label(rest: &str) -> Option<&str> {
    // Look for the colon only as far as a label reaches: the scanner asks at every
    // paragraph that reopens a quote, and a search to the end of the text would make
    // a colonless text of such paragraphs quadratic.
    let reach = &rest.as_bytes()[..rest.len().min(MAX_LABEL + 1)];
    let colon = reach.iter().position(|&b| b == b':')?;
    rest[colon + 1..]
        .starts_with([' ', '\u{a0}'])
        .then_some(())?;
    let label = &rest[..colon];
    let mut words = 0;
    let mut letters = 0;
    for w in label.split(' ') {
        let capitals = !w.is_empty()
            && w.chars().any(char::is_alphabetic)
            && w.chars()
                .all(|ch| ch.is_uppercase() || matches!(ch, '.' | '\'' | '’' | '-'));
        if !capitals || (words == 0 && LABEL_HEADINGS.contains(&w)) {
            return None;
        }
        words += 1;
        letters += w.chars().filter(|ch| ch.is_alphabetic()).count();
    }
    (words <= MAX_LABEL_WORDS && letters >= 2).then_some(label)
}

/// Whether a word of a label or a signature is a title or an honorific set before the
/// name (`SEN.`, `Dr.`), not the name's first word. (`Dean Baker`: a title word that is
/// also a given name opens the name.)
fn heads_name(info: &crate::lexicon::WordInfo) -> bool {
    (info.title || info.honorific.is_some()) && info.given.is_none()
}

/// Longest transcript label, in bytes and in words.
pub(super) const MAX_LABEL: usize = 40;
pub(super) const MAX_LABEL_WORDS: usize = 4;

/// Capitalized words that head a note, not a turn: `"NOTE: ..."`, `"UPDATE: ..."`.
pub(super) const LABEL_HEADINGS: &[&str] = &[
    "NOTE",
    "UPDATE",
    "BREAKING",
    "WATCH",
    "READ",
    "CORRECTION",
    "WARNING",
    "PHOTO",
    "VIDEO",
    "LIVE",
    "EXCLUSIVE",
    "RELATED",
    "EDITOR'S",
    "EDITOR’S",
    "SOURCE",
    "SOURCES",
    "MORE",
    "ALSO",
];

/// `"Q.¶Dana Ruiz, port director."`: a quotation set apart as a block (a pull quote)
/// whose last line, inside its marks, signs it with the speaker's name. Where a long line
/// ends a paragraph, the quotation ends with it, and the signing line is the paragraph
/// after, which the closing mark ends.
pub(super) fn quote_signed(c: &Ctx) -> Option<Found> {
    let span = c.tokens[c.qt].span.clone();
    let quote = &c.text[span.clone()];
    let name = match signature(quote) {
        Some(name) => span.start + name.start..span.start + name.end,
        None => {
            // The quotation is left open at the end of its paragraph, after a sentence.
            let open = !quote.ends_with(|ch: char| crate::marks::lookup(ch).is_some());
            (open && finishes_sentence(quote) && c.tokens.get(c.qt + 1)?.kind == Kind::Break)
                .then_some(())?;
            let from = c.tokens.get(c.qt + 2)?.span.start;
            let to = (c.qt + 2..c.tokens.len())
                .take_while(|&k| c.tokens[k].span.start <= from + MAX_SIGNATURE)
                .find(|&k| c.tokens[k].kind == Kind::Break)
                .map_or(c.text.len(), |k| c.tokens[k].span.start);
            let line = c.text[from..to].trim_end();
            line.ends_with(closing_mark).then_some(())?;
            let name = signing_line(line)?;
            from + name.start..from + name.end
        }
    };
    Some(Found {
        mention: label_mention(name.start, &c.text[name], c.qt..c.qt),
        cue: None,
    })
}

/// Longest line that signs a quotation, name and affiliation, in bytes.
const MAX_SIGNATURE: usize = 120;

fn closing_mark(ch: char) -> bool {
    crate::marks::lookup(ch).is_some_and(|m| m.role != crate::marks::Role::Open)
}

/// Whether `words`, closing marks aside, end a sentence of at least two words.
fn finishes_sentence(words: &str) -> bool {
    let words = words.trim_end_matches(|ch: char| ch.is_whitespace() || closing_mark(ch));
    words.ends_with(['.', '!', '?', '\u{2026}']) && words.trim_start().contains(' ')
}

/// Where the name that signs `quote` (its marks included) stands in it: on a line of its
/// own after the quotation's last sentence (`...we stay.¶Dana Ruiz, port director.`).
pub(crate) fn signature(quote: &str) -> Option<Range<usize>> {
    let body = quote.trim_end_matches(|ch: char| ch.is_whitespace() || closing_mark(ch));
    // (Only the last line's length from the end is searched: a long quotation is read
    // once, whatever its length.)
    let mut from = body.len().saturating_sub(MAX_SIGNATURE + 1);
    while !body.is_char_boundary(from) {
        from -= 1;
    }
    let newline = from + body[from..].rfind('\n')?;
    finishes_sentence(&body[..newline]).then_some(())?;
    let name = signing_line(&body[newline + 1..])?;
    Some(newline + 1 + name.start..newline + 1 + name.end)
}

/// Where the name stands in `line`, when the line only signs: two to five capitalized
/// words, title words first, then a given name, and after them at most a comma and an
/// affiliation (`Dana Ruiz, port director.`). A line that goes on after the name (`Tom
/// Hale came later.`) is a sentence, no signature.
fn signing_line(line: &str) -> Option<Range<usize>> {
    if line.len() > MAX_SIGNATURE {
        return None;
    }
    let line = line.trim_end_matches(|ch: char| ch.is_whitespace() || closing_mark(ch));
    let signed = line.trim_start_matches(|ch: char| {
        ch.is_whitespace() || matches!(ch, '\u{2014}' | '\u{2013}' | '\u{2015}' | '-')
    });
    let start = line.len() - signed.len();
    let signed = signed.strip_suffix('.').unwrap_or(signed);
    let name = signed.split(',').next()?.trim_end();
    let mut words = 0;
    let mut given = false;
    for w in name.split(' ') {
        let shaped = w.chars().next().is_some_and(char::is_uppercase)
            && w.chars()
                .all(|ch| ch.is_alphabetic() || matches!(ch, '.' | '\'' | '\u{2019}' | '-'));
        if !shaped {
            return None;
        }
        let info = lexicon::lookup(w);
        if words == 0 && heads_name(info) {
            continue;
        }
        given |= words == 0 && info.given.is_some();
        words += 1;
    }
    (given && (2..=5).contains(&words)).then_some(start..start + name.len())
}

pub(super) fn quote_speaker_verb(c: &Ctx) -> Option<Found> {
    let i = after_quote(c)?;
    // `"Q," the editorial said.`: between a quote and its verb, any determiner phrase; with
    // the verb's token.
    let phrase_to_verb = || {
        let v = (i + 1..(i + 9).min(c.sent_end)).find(|&k| verb(c, k).is_some())?;
        let end = between_back(c, v);
        // `"Q," the crowd was told`: a passive's subject heard, it did not speak.
        let passive = (i..v).any(|k| word(c, k).is_some_and(|w| BE_FORMS.contains(&w)));
        (!passive).then_some(())?;
        Some((mention::determiner_phrase(c.tokens, i, end, c.text)?, v))
    };
    let m = match mention::forward(c.tokens, i, c.text) {
        // `"Q," Ruiz and Hale said`: names joined before the verb speak together.
        // (`Ruiz and Hale also said`: the words that may stand before a verb are stepped
        // over.)
        Some(m) => {
            let m = mention::document_author(c.tokens, m, c.text);
            mention::coordinated_after(c.tokens, m, c.text, |k| {
                verb(c, skip_between(c.tokens, k, c.text)).is_some()
            })
        }
        None => phrase_to_verb()?.0,
    };
    // `Italy's League leader Marco Bassi wrote`: a description, then the name it titles.
    let m = match m.kind {
        MentionKind::Role | MentionKind::Org => mention::forward(c.tokens, m.tokens.end, c.text)
            .filter(|n| n.kind == MentionKind::Name && c.tokens[m.tokens.end].is_capitalized())
            .map(|mut n| {
                n.title = Some(m.span.start..n.name.start.max(m.span.end));
                n.span.start = m.span.start;
                n.tokens.start = m.tokens.start;
                n
            })
            .unwrap_or(m),
        _ => m,
    };
    let j = skip_between(
        c.tokens,
        skip_apposition(c.tokens, m.tokens.end, c.text),
        c.text,
    );
    if verb(c, j).is_none() {
        // `"Q," the committee chairmen said.`: the phrase read goes on past the head
        // the tables know, in more lower-case nouns, up to the verb (not in a phrase of
        // its own, `his son in the end said`, nor in a name).
        let (longer, v) = phrase_to_verb().filter(|(p, _)| {
            p.tokens.end > m.tokens.end
                && c.tokens[m.tokens.end..p.tokens.end]
                    .iter()
                    .all(|t| t.info().function.is_none() && !t.is_capitalized())
        })?;
        return found(longer, c.tokens.get(v));
    }
    // `"Q," the civil claim said.`: a speech-verb form followed by a speech verb is a noun,
    // the head of the subject; the second word is the verb.
    let next = skip_between(c.tokens, j + 1, c.text);
    if !c.tokens[j].is_capitalized() && verb(c, next).is_some() {
        let m = mention::determiner_phrase(c.tokens, i, between_back(c, next), c.text)?;
        return found(m, c.tokens.get(next));
    }
    quoted_as(c, j).or_else(|| verb_found(c, m, j))
}

/// Most words between `quoted` and the `as` of `as saying`: the object (`the health
/// minister's chief of staff`).
pub(super) const MAX_QUOTED_OBJECT: usize = 6;

/// `"Q," the paper quoted him as saying.`: after `quoted`, the object before `as` and a
/// speech verb said it, not the subject who only reports it. The cue is the verb after
/// `as`.
pub(super) fn quoted_as(c: &Ctx, v: usize) -> Option<Found> {
    if verb(c, v)?.0 != "quote" {
        return None;
    }
    let end = (v + 2 + MAX_QUOTED_OBJECT).min(c.sent_end);
    let r#as = (v + 2..end).find(|&k| word(c, k) == Some("as") && verb(c, k + 1).is_some())?;
    let m = mention::object_before_to(c.tokens, r#as, c.text)?;
    (m.tokens.start > v).then_some(())?;
    found(m, c.tokens.get(r#as + 1))
}

/// What a rule found: mention `m` and the speech verb at token `v` ([`verb_span`]).
pub(super) fn verb_found(c: &Ctx, m: Mention, v: usize) -> Option<Found> {
    Some(Found {
        mention: m,
        cue: Some(verb_span(c, v)),
    })
}

/// The last token of the speech verb at token `v`, which [`verb`] accepted: its particle
/// when it is phrasal (`went on`, `broke in`; a phrasal head is no verb without one).
pub(super) fn verb_last(c: &Ctx, v: usize) -> usize {
    if phrasal_at(c.tokens, v, c.text).is_some() {
        v + 1
    } else {
        v
    }
}

/// The bytes of the speech verb at token `v`, with its particle ([`verb_last`]).
pub(super) fn verb_span(c: &Ctx, v: usize) -> Range<usize> {
    c.tokens[v].span.start..c.tokens[verb_last(c, v)].span.end
}

pub(super) fn quote_verb_speaker(c: &Ctx) -> Option<Found> {
    let v = after_quote(c)?;
    // `"Q." So said Mayor Ruiz.`: `so` takes up the words just quoted before an inverted
    // verb.
    let taken_up =
        word(c, v).is_some_and(|w| matches!(w, "So" | "Thus")) && verb(c, v + 1).is_some();
    let v = if taken_up { v + 1 } else { v };
    // `Critics of what is known as a "backstop" argue it ...`: a quote inside a sentence
    // that no punctuation closes is a phrase of that sentence, not a speech it reports.
    (c.sent_start == c.qt || closed(c)).then_some(())?;
    verb(c, v)?;
    // `"Q," went on Maud`: a phrasal verb's speaker follows its particle. (`i` is the
    // verb's last word.)
    let i = verb_last(c, v);
    if complementizer(c, i + 1) {
        return None;
    }
    let read = mention::forward_loose(c.tokens, i + 1, c.text)
        .or_else(|| mention::bare_role(c.tokens, i + 1, c.text));
    let m = match read {
        Some(m) => m,
        // `"Q," said the printed slate card.`: a determiner phrase that ends the sentence.
        None => {
            // `posted a reader from Leeds writing under the name X`: a participle or a
            // relative pronoun after the phrase opens a modifier of it, which ends it.
            // (Not a participle before a name, `the still waiting Harriet`, nor one after
            // a second phrase, `my companion his voice now trembling`.)
            let modifier = |k: usize| {
                let opens = word(c, k).is_some_and(|w| {
                    w.ends_with("ing")
                        && mention::participle_form(w)
                        && word(c, k + 1).is_some_and(|n| n.starts_with(char::is_lowercase))
                        || c.tokens[k].info().function == Some(Function::Relative)
                });
                let one_phrase =
                    (i + 2..k).all(|j| c.tokens[j].info().function != Some(Function::Determiner));
                k > i + 2 && opens && one_phrase
            };
            let end = (i + 2..(i + 10).min(c.sent_end + 1))
                .find(|&k| c.tokens.get(k).map_or(true, |t| t.kind != Kind::Word) || modifier(k))?;
            let ends = modifier(end)
                || c.tokens.get(end).map_or(true, |t| {
                    matches!(t.kind, Kind::Punct('.' | ',' | '!' | ';') | Kind::Break)
                });
            ends.then_some(())?;
            // `said the stranger humbly.`, `said a heron to a crab`: what closes the clause
            // after the speaker is not in the phrase.
            let end = inverted_speaker_end(c.tokens, i + 1, end, c.text);
            mention::inverted_phrase(c.tokens, i + 1, end, c.text)?
        }
    };
    let m = mention::coordinated_after(c.tokens, m, c.text, |k| {
        mention::ends_inverted_speaker(c.tokens, k, c.text)
    });
    let m = mention::document_author(c.tokens, m, c.text);
    verb_found(c, m, v)
}

/// Whether token `k`, right after a speech verb, is `that` opening the clause it reports
/// (`promises that Ruiz won't`), read as reported speech reads it: the words after it
/// are then no inverted speaker, where `said that gentleman,` points at someone.
pub(super) fn complementizer(c: &Ctx, k: usize) -> bool {
    word(c, k).is_some_and(|w| w.eq_ignore_ascii_case("that"))
        && crate::indirect::that_is_conjunction(c.tokens, k, c.text)
}

pub(super) fn quote_dash_speaker(c: &Ctx) -> Option<Found> {
    let i = c.qt + 1;
    (c.tokens.get(i)?.kind == Kind::Dash).then_some(())?;
    let m = mention::forward(c.tokens, i + 1, c.text)?;
    (m.kind == MentionKind::Name).then_some(())?;
    let after = c.tokens.get(m.tokens.end);
    // The name ends its line, or the next quotation follows it (`"Q1" ― Ann Ruiz "Q2"`).
    let ends = after.map_or(true, |t| {
        matches!(
            t.kind,
            Kind::Break | Kind::Punct(',' | '.' | '(') | Kind::Quote(_)
        )
    });
    ends.then_some(Found {
        mention: m,
        cue: None,
    })
}

/// Longest beat between two dashes that split a quotation, in tokens.
pub(super) const MAX_BEAT: usize = 16;

/// The beat that opens with the dash at token `dash` and splits a quotation (`"Q1"—Peter
/// set down his glass—"Q2"`): its subject ([`acting_person`]), and the dash that closes the
/// beat within [`MAX_BEAT`] tokens, with no quotation, paragraph break or stop before it.
pub(super) fn dash_beat(c: &Ctx, dash: usize) -> Option<(Mention, usize)> {
    let m = acting_person(c.tokens, dash + 1, c.text)?;
    // A beat is no sentence of its own: `"Q1."--Mr. Elton was appealed to.--"Q2"` tells of
    // someone else, between two speeches.
    let close = (m.tokens.end..(dash + 1 + MAX_BEAT).min(c.tokens.len()))
        .take_while(|&k| {
            !matches!(
                c.tokens[k].kind,
                Kind::Quote(_) | Kind::Break | Kind::Punct('.' | '!' | '?')
            )
        })
        .find(|&k| c.tokens[k].kind == Kind::Dash)?;
    Some((m, close))
}

/// `"Q1"—X shook his head—"Q2"`: a quotation broken by a beat between dashes is the
/// speech of the beat's subject, both halves of it.
pub(super) fn quote_dash_beat(c: &Ctx) -> Option<Found> {
    // The first half: a dash right after it, the beat, a dash, the next quotation.
    if c.tokens.get(c.qt + 1).is_some_and(|t| t.kind == Kind::Dash) {
        if let Some((m, close)) = dash_beat(c, c.qt + 1) {
            if c.tokens.get(close + 1).is_some_and(|t| t.quote().is_some()) {
                return found(m, None);
            }
        }
    }
    // The second half: the same beat, read back from the dash right before it.
    let close = c.qt.checked_sub(1)?;
    (c.tokens[close].kind == Kind::Dash).then_some(())?;
    let open = (close.saturating_sub(MAX_BEAT)..close)
        .rev()
        .take_while(|&k| !matches!(c.tokens[k].kind, Kind::Quote(_) | Kind::Break))
        .find(|&k| c.tokens[k].kind == Kind::Dash)?;
    (open > 0 && c.tokens[open - 1].quote().is_some()).then_some(())?;
    let (m, end) = dash_beat(c, open)?;
    (end == close).then_some(Found {
        mention: m,
        cue: None,
    })
}

pub(super) fn quote_split(c: &Ctx) -> Option<Found> {
    // `Q1 , X said , Q2` or `Q1 , said X , Q2`
    let comma = c.qt.checked_sub(1)?;
    c.tokens[comma].is_punct(',').then_some(())?;
    let (m, v) = if verb(c, comma.checked_sub(1)?).is_some() {
        let v = comma - 1;
        (mention::backward(c.tokens, between_back(c, v), c.text)?, v)
    } else {
        // (`said the woman with a groan, "Q2"`: the phrase of manner is none of the speaker.)
        let end = with_adverbial(c.tokens, 0, comma, c.text).unwrap_or(comma);
        let m = mention::backward(c.tokens, end, c.text)?;
        let v = m.tokens.start.checked_sub(1)?;
        // (`Ruiz, 54, told Reuters, "Q"`: the one told is no speaker.)
        let (lemma, _) = verb(c, v)?;
        if !lexicon::inverts(lemma) {
            return None;
        }
        // `As Ruiz, a professor, put it, "Q"`: `it` after the verb is its object; no one
        // says `said it` for `it said`.
        if m.kind == MentionKind::Pronoun(Some(Gender::Neuter), Number::Singular) {
            return None;
        }
        if c.tokens.get(v.checked_sub(1)?)?.quote().is_some() || c.tokens[v - 1].is_punct(',') {
            // `"Q1," said the stranger in a softer voice, "Q2"`: the speaker is read from
            // the verb on, as the first part's is; the manner phrase after it is none of
            // the speaker.
            let m = mention::forward_loose(c.tokens, v + 1, c.text)
                .filter(|f| f.tokens.end <= m.tokens.end)
                .unwrap_or(m);
            return found(m, c.tokens.get(v));
        }
        return None;
    };
    let before = m.tokens.start.checked_sub(1)?;
    let t = &c.tokens[before];
    let prev_quote = t.quote().is_some()
        || t.is_punct(',') && before > 0 && c.tokens[before - 1].quote().is_some();
    prev_quote.then(|| Found {
        mention: m,
        cue: Some(c.tokens[v].span.clone()),
    })
}

pub(super) fn speaker_verb_quote(c: &Ctx) -> Option<Found> {
    let mut j = c.qt;
    let punct = j > 0 && (c.tokens[j - 1].is_punct(':') || c.tokens[j - 1].is_punct(','));
    if punct {
        j -= 1;
    }
    // With `:` or `,` before the quote, a few words may follow the verb (`told reporters on
    // Monday:`); without, the verb must be right before the quote.
    let reach = if punct { 10 } else { 1 };
    let lo = j.saturating_sub(reach).max(c.sent_start);
    let v = (lo..j).rev().find(|&k| verb(c, k).is_some())?;
    if (v + 1..j).any(|k| c.tokens[k].kind != Kind::Word) {
        return None;
    }
    // `She read "War and Peace"`: a verb of manner introduces speech only with a colon or
    // comma before the quote (`The sign read: "Q"`).
    if !punct && verb(c, v).is_some_and(|(_, kind)| kind == VerbKind::Manner) {
        return None;
    }
    // `..., saying, "Q"`: a participle's speaker is the subject of the sentence; so is
    // the speaker of a verb in a chain (`went on to say`, `began by saying`) or joined on
    // (`confirmed it and said`).
    let b = between_back(c, v);
    // `Tom heard her say, "Q"`: the one heard speaks.
    if let Some(m) = mention::object_speaker(c.tokens, b, c.text) {
        return verb_found(c, m, v);
    }
    if let Some(m) = passive_agent(c, b, v) {
        return verb_found(c, m, v);
    }
    let chained = chained(c, b);
    let m = if participle(c, v) {
        // `..., with Trump reportedly yelling: "Q"`: after `with`, the phrase before the
        // participle is its subject.
        with_subject(c, v)
            .or_else(|| reporting_clause_before(c, v))
            .or_else(|| subject(c, c.sent_start, v))?
    } else if chained {
        subject(c, c.sent_start, v).or_else(|| joined_before(c, c.sent_start, b))?
    } else {
        // `The most popular player in golf finally said "Q"`: a subject phrase from the
        // start of the sentence, whatever its head.
        // `As one veteran of the projects commented: "Q"`: after `as` (and `but as`) too.
        let s0 = opening_start(c, b);
        let whole = || mention::determiner_phrase(c.tokens, s0, b, c.text);
        match mention::backward(c.tokens, b, c.text) {
            // `the rower in the club said`: a phrase after a preposition is not the subject.
            Some(m)
                if m.tokens.start > 0
                    && word(c, m.tokens.start - 1).is_some_and(|w| {
                        matches!(w, "in" | "of" | "at" | "for" | "from" | "with" | "on")
                    }) =>
            {
                // (`A statement from the mayor's office said`: the document's author.)
                whole().map_or(m, |w| mention::document_author(c.tokens, w, c.text))
            }
            // (`A statement released by the mayor's office said`: its author too.)
            Some(m) => mention::document_author(c.tokens, m, c.text),
            // `Ruiz hung a sign that read, "Q"`: a relative pronoun right before the verb
            // stands for a thing of the sentence's subject, who speaks through it; with no
            // person (a name, a pronoun, a role) for subject (`The page showed a message
            // that said`), the phrase before it speaks.
            None => match whole().or_else(|| after_opening_phrase(c, b)).or_else(|| {
                let a = relative_antecedent(c, s0, b)?;
                let owner = subject(c, s0, a.tokens.start).filter(|s| {
                    matches!(
                        s.kind,
                        MentionKind::Name | MentionKind::Role | MentionKind::Pronoun(..)
                    )
                });
                Some(owner.unwrap_or(a))
            }) {
                Some(m) => m,
                // `Fanny paused and then, after a moment, said, "Q"`: a phrase set off by
                // commas right before the verb interrupts its clause, whose subject is the
                // sentence's. Only with the quote set off too: `the system, simply called
                // "loop"` names, it does not quote.
                // (`Ortiz, who wore a badge reading "Vote Yes," shouted, "Q"`: the comma
                // may stand inside the marks of a quoted term ending the phrase.)
                None if punct && b > c.sent_start && c.tokens[b - 1].ends_with_comma(c.text) => {
                    subject(c, c.sent_start, v).or_else(|| joined_before(c, c.sent_start, b))?
                }
                None => return None,
            },
        }
    };
    verb_found(c, m, v)
}

/// `The page showed a message that said, "Q"`: when the subject ending at token `b` is a
/// relative pronoun ([`RELATIVE_SUBJECTS`]) after other words of the sentence (from
/// `s0`), what it stands for is the description right before it (`a message`), or the
/// name (`the Harbour Board, which said`). (`that said` opening a sentence is no
/// relative.)
fn relative_antecedent(c: &Ctx, s0: usize, b: usize) -> Option<Mention> {
    let r = b.checked_sub(1).filter(|&r| r > s0)?;
    if !word(c, r).is_some_and(|w| RELATIVE_SUBJECTS.contains(&w)) {
        return None;
    }
    // Over the comma of `the Harbour Board, which said`.
    let end = if c.tokens[r - 1].is_punct(',') {
        r - 1
    } else {
        r
    };
    let start = mention::description_start(c.tokens, end)?;
    mention::determiner_phrase(c.tokens, start, end, c.text)
        .or_else(|| mention::backward(c.tokens, end, c.text))
}

/// How many tokens back from a verb or a colon [`joined_before`] looks for the subject of
/// a clause joined on before it, when the sentence opens with none.
pub(super) const JOINED_SUBJECT_REACH: usize = 40;

/// `For a moment Tom thought she would cry; but she laughed instead, and, looking from
/// one to the other, asked: "Q"`: when the sentence opens with no subject of its own, a
/// verb joined on (or one after a phrase set off by commas) before token `end` is said by
/// the subject of the latest clause joined on before it, `she`, not Tom; or of a later
/// clause a conjunction of time opens (`the room was still, until Ruth broke the silence
/// by asking, "Q"`). Tokens from `start` only, and a few dozen at most, are read, so a
/// sentence megabytes long costs no more.
/// Whether the verb whose subject would end at token `b` is in a chain (`went on to say`,
/// `began by saying`) or joined on to another verb (`praised the crew and said`,
/// `conceded the point but warned`): its subject is the sentence's, not a phrase before it.
pub(super) fn chained(c: &Ctx, b: usize) -> bool {
    b > c.sent_start
        && word(c, b - 1).is_some_and(|w| matches!(w, "to" | "by" | "and" | "but" | "then"))
}

pub(super) fn joined_before(c: &Ctx, start: usize, end: usize) -> Option<Mention> {
    let from = end.saturating_sub(JOINED_SUBJECT_REACH).max(start);
    // (Both read a name from the token it starts at, so two that start together are one.)
    [
        joined_subject(c, from, end),
        subordinate_subject(c, from, end),
    ]
    .into_iter()
    .flatten()
    .max_by_key(|m| m.tokens.start)
}

pub(super) fn verb_speaker_quote(c: &Ctx) -> Option<Found> {
    let mut s = c.sent_start;
    if matches!(word(c, s), Some("And" | "But" | "Then" | "So")) {
        s += 1;
    }
    // `In other words, explained X:`: after a short opening phrase and its comma, the verb
    // is in lower case.
    let opened = lead_phrase_end(c, s);
    let s = opened.unwrap_or(s);
    let w = word(c, s)?;
    // A verb of manner is a cue only right next to the quote (`READ MORE: "Q"` is a link).
    let speech = verb(c, s).is_some_and(|(_, kind)| kind != VerbKind::Manner);
    (speech && (opened.is_some() || w.starts_with(char::is_uppercase))).then_some(())?;
    let m = mention::forward(c.tokens, s + 1, c.text)?;
    let p = c.qt.checked_sub(1)?;
    let colon = c.tokens[p].is_punct(':') || c.tokens[p].is_punct(',');
    (colon && p >= m.tokens.end && p - m.tokens.end <= 4).then_some(())?;
    (m.tokens.end..p)
        .all(|k| c.tokens[k].kind == Kind::Word)
        .then_some(())?;
    found(m, c.tokens.get(s))
}

/// Longest lead phrase [`lead_phrase_end`] steps over, in words.
pub(super) const MAX_LEAD_PHRASE: usize = 4;

/// Where the sentence goes on after a short lead phrase from `s` (`In other words,`, `On
/// Monday,`): the token after its comma. The phrase is a few words, with no verb or pronoun,
/// and opens no clause (`When it rained,`).
pub(super) fn lead_phrase_end(c: &Ctx, s: usize) -> Option<usize> {
    let clause = word(c, s).is_some_and(lexicon::is_subordinator);
    if clause {
        return None;
    }
    let comma = (s..(s + MAX_LEAD_PHRASE + 1).min(c.qt))
        .take_while(|&k| {
            let t = &c.tokens[k];
            let info = t.info();
            t.is_punct(',')
                || t.kind == Kind::Word
                    && info.verb.is_none()
                    && info.pronoun.is_none()
                    && info.function != Some(Function::Relative)
        })
        .find(|&k| c.tokens[k].is_punct(','))?;
    (comma > s).then_some(comma + 1)
}

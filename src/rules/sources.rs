//! Rules that read the quotation's owner or source: `X's words were "Q"`, `"Q" was X's
//! reply`, `according to X`, `in the words of X`, and a source or speaker before a colon.

use super::*;

pub(super) fn possessor_noun_quote(c: &Ctx) -> Option<Found> {
    let colon = c.qt.checked_sub(1)?;
    let copula = |k: usize| word(c, k).is_some_and(|w| matches!(w, "was" | "is" | "were" | "are"));
    // `Her reply was, "Q"`: a comma may stand for the colon right after the copula. (Not
    // after an adjective: `Her reply was brief, "Q"` may go on to someone else's words.)
    let comma_after_copula =
        c.tokens[colon].is_punct(',') && colon > c.sent_start && copula(colon - 1);
    (c.tokens[colon].is_punct(':') || comma_after_copula).then_some(())?;
    let mut k = colon;
    // `Holt's response was blunt:`: the copula, and an adjective after it.
    if k > c.sent_start + 1 && copula(k - 2) && plain_word(&c.tokens[k - 1]) {
        k -= 2;
    } else if k > c.sent_start && copula(k - 1) {
        k -= 1;
    }
    if let Some(f) = noun_from_author(c, k) {
        return Some(f);
    }
    // `Her message to the council:`: whom the words were for, after the noun.
    let lo = k.saturating_sub(MAX_NOUN_COMPLEMENT).max(c.sent_start + 1);
    if let Some(p) = (lo..k)
        .rev()
        .find(|&p| word(c, p).is_some_and(|w| matches!(w, "to" | "for")))
    {
        let plain = (p + 1..k).all(|i| modifier_word(&c.tokens[i]));
        if plain {
            k = p;
        }
    }
    let noun = k.checked_sub(1).filter(|&n| n >= c.sent_start)?;
    let head = &c.tokens[noun];
    words_noun(head, c.text).then_some(())?;
    // A few adjectives between the possessive and the noun: `Abedin's succinct reply`,
    // `her first answer`.
    let modifier = |t: &Token| {
        plain_word(t) || t.kind == Kind::Word && lexicon::ORDER_WORDS.contains(&t.text(c.text))
    };
    let mut p = noun;
    while p > c.sent_start && noun - p < 3 && modifier(&c.tokens[p - 1]) {
        p -= 1;
    }
    let owner = p.checked_sub(1)?;
    // `without waiting for his reply: "Q"`: a reply waited for is not the quote.
    if owner > c.sent_start
        && word(c, owner - 1).is_some_and(|w| matches!(w, "for" | "without" | "to"))
    {
        return None;
    }
    let m = mention::possessor(c.tokens, owner, c.text)?;
    found(m, Some(head))
}

/// Whether `t` is a lower-case noun for what is written or issued (`statement`), or for
/// something said (`verdict`, `question`).
pub(super) fn words_noun(t: &Token, text: &str) -> bool {
    t.kind == Kind::Word
        && !t.is_capitalized()
        && (t.info().document || lexicon::is_utterance_noun(t.text(text)))
}

/// `The message from Mayor Lena Ruiz was clear: "Q"`, `The verdict of the judges: "Q"`: a
/// noun for words that opens the sentence with its article, its author after `from` or
/// `of` up to `k` (the copula, or the colon).
pub(super) fn noun_from_author(c: &Ctx, k: usize) -> Option<Found> {
    let lo = k.saturating_sub(MAX_AUTHOR + 1).max(c.sent_start + 2);
    let p = (lo..k)
        .rev()
        .find(|&p| word(c, p).is_some_and(|w| matches!(w, "from" | "of")))?;
    let m = mention::forward(c.tokens, p + 1, c.text).filter(|m| m.tokens.end == k)?;
    let noun = p - 1;
    let opens = noun == c.sent_start + 1
        && word(c, c.sent_start).is_some_and(|w| matches!(w, "The" | "the" | "A" | "a"));
    (opens && words_noun(&c.tokens[noun], c.text)).then_some(())?;
    found(m, Some(&c.tokens[noun]))
}

/// Most tokens of an author [`noun_from_author`] reads (`the mayor's chief of staff`).
pub(super) const MAX_AUTHOR: usize = 6;

/// Most adjectives read between a possessive and its noun (`Marilla's dry response`).
pub(super) const MAX_NOUN_MODIFIERS: usize = 2;

/// Most words of the phrase of `to` or `for` after an utterance noun (`her message to the
/// new owners:`), the preposition included.
pub(super) const MAX_NOUN_COMPLEMENT: usize = 4;

/// Most words a possessor's name runs to, its possessive included (`Mrs. Rachel Lynde's`).
pub(super) const MAX_POSSESSOR: usize = 4;

/// `"Q," was Maud's reply.`, `"Q?" was Tom Reyes's question.`, `"Q?" was the old man's
/// question.`: the quote is what the possessor, named or described, said, named by a noun
/// for an utterance. (`was his reply` is left to the
/// context rules: measured on the novels, a dialogue's turns find him more often than
/// resolving `his` does.)
pub(super) fn quote_was_possessor_noun(c: &Ctx) -> Option<Found> {
    if !closed(c) {
        return None;
    }
    let was = after_quote(c)?;
    word(c, was).filter(|&w| w == "was")?;
    // The possessive ends the owner's name: `was Mrs. Rachel Lynde's comment`.
    let owner = (was + 1..(was + 1 + MAX_POSSESSOR).min(c.sent_end))
        .find(|&k| word(c, k).is_some_and(|w| mention::strip_possessive(w).1))?;
    let m = mention::possessor(c.tokens, owner, c.text)
        .filter(|m| m.kind == MentionKind::Name && m.tokens.start == was + 1)
        .or_else(|| owner_description(c, was + 1, owner))?;
    let noun = (owner + 1..(owner + 2 + MAX_NOUN_MODIFIERS).min(c.tokens.len()))
        .take_while(|&k| word(c, k).is_some_and(|w| w.starts_with(char::is_lowercase)))
        .find(|&k| word(c, k).is_some_and(crate::lexicon::is_utterance_noun))?;
    found(m, Some(&c.tokens[noun]))
}

/// `"Q," came the reply from the union.`, `"Q," was the response from Hale's office.`: the
/// quote is named by a noun for words (`reply`, `verdict`), and its author follows `from`
/// or `of`, as it does where such a noun opens the sentence ([`noun_from_author`]).
pub(super) fn quote_noun_from_author(c: &Ctx) -> Option<Found> {
    if !closed(c) {
        return None;
    }
    let verb = after_quote(c)?;
    word(c, verb).filter(|&w| matches!(w, "was" | "came"))?;
    word(c, verb + 1).filter(|w| matches!(*w, "the" | "a" | "an"))?;
    // A few adjectives before the noun: `came the curt answer`.
    let noun = (verb + 2..(verb + 3 + MAX_NOUN_MODIFIERS).min(c.sent_end))
        .take_while(|&k| word(c, k).is_some_and(|w| w.starts_with(char::is_lowercase)))
        .find(|&k| words_noun(&c.tokens[k], c.text))?;
    word(c, noun + 1).filter(|&w| matches!(w, "from" | "of"))?;
    let m = mention::forward(c.tokens, noun + 2, c.text)?;
    found(m, Some(&c.tokens[noun]))
}

/// `the impatient man's` in `"Q?" was the impatient man's question.`: `the`, a few words,
/// and a person noun in the possessive at token `owner`, read as the description of the one
/// who spoke (a possessive `his` or `her` is left to the turns, as above).
pub(super) fn owner_description(c: &Ctx, the: usize, owner: usize) -> Option<Mention> {
    word(c, the).filter(|w| w.eq_ignore_ascii_case("the"))?;
    let (stem, possessive) = mention::strip_possessive(word(c, owner)?);
    let person =
        possessive && stem.starts_with(char::is_lowercase) && crate::lexicon::lookup(stem).role;
    person.then_some(())?;
    let end = c.tokens[owner].span.start + stem.len();
    Some(Mention {
        kind: MentionKind::Role,
        span: c.tokens[the].span.start..end,
        name: c.tokens[the + 1].span.start..end,
        title: None,
        gender: None,
        tokens: the..owner + 1,
    })
}

pub(super) fn according_to(c: &Ctx) -> Option<Found> {
    let is_according = |i: usize| {
        word(c, i).is_some_and(|w| w.eq_ignore_ascii_case("according"))
            && word(c, i + 1) == Some("to")
    };
    let cue = |i: usize| Some(c.tokens[i].span.start..c.tokens[i + 1].span.end);
    // "Q," according to X.
    // (The author of a document named so speaks: `according to a letter from X`.)
    let author = |m| mention::document_author(c.tokens, m, c.text);
    if let Some(i) = after_quote(c).filter(|&i| is_according(i)) {
        let m = author(mention::forward(c.tokens, i + 2, c.text)?);
        return Some(Found {
            mention: m,
            cue: cue(i),
        });
    }
    // According to X, "Q" (also `a spokesperson for the ministry,`: a phrase of a few
    // words after a preposition tells whose spokesperson).
    let s = c.sent_start;
    if is_according(s) {
        let m = mention::forward(c.tokens, s + 2, c.text)?;
        let comma = of_phrase_end(c, m.tokens.end).unwrap_or(m.tokens.end);
        // `According to the ministry: "Q"`: a colon right before the quote.
        let colon = comma + 1 == c.qt && c.tokens[comma].is_punct(':');
        if c.tokens.get(comma).is_some_and(|t| t.is_punct(',')) && comma < c.qt || colon {
            return Some(Found {
                mention: author(m),
                cue: cue(s),
            });
        }
    }
    None
}

/// Whether the words from token `i` are `in the words of`.
pub(super) fn in_the_words_of(c: &Ctx, i: usize) -> bool {
    word(c, i).is_some_and(|w| w.eq_ignore_ascii_case("in"))
        && word(c, i + 1) == Some("the")
        && word(c, i + 2) == Some("words")
        && word(c, i + 3) == Some("of")
}

/// `In Ruiz's words, "Q"`, `In the words of one baker, "Q"`, `"Q," in the words of X.`:
/// the source of the words is named as their owner.
pub(super) fn in_words_of(c: &Ctx) -> Option<Found> {
    let cue = |from: usize, to: usize| Some(c.tokens[from].span.start..c.tokens[to].span.end);
    if let Some(i) = after_quote(c).filter(|&i| in_the_words_of(c, i)) {
        return Some(Found {
            mention: mention::forward(c.tokens, i + 4, c.text)?,
            cue: cue(i, i + 3),
        });
    }
    let s = c.sent_start;
    // The phrase ends with a comma or colon right before the quote.
    let closes = |k: usize| k + 1 == c.qt && matches!(c.tokens[k].kind, Kind::Punct(',' | ':'));
    if in_the_words_of(c, s) {
        let m = mention::forward(c.tokens, s + 4, c.text)?;
        let end = of_phrase_end(c, m.tokens.end).unwrap_or(m.tokens.end);
        return closes(end).then_some(Found {
            mention: m,
            cue: cue(s, s + 3),
        });
    }
    // `In Ruiz's words,`, `In Dana Ruiz's own words:`, and set off inside the sentence:
    // `... because, in her words, "Q"`.
    let words = c.qt.checked_sub(2).filter(|&k| k > s && closes(k + 1))?;
    (word(c, words) == Some("words")).then_some(())?;
    let owner = if word(c, words - 1) == Some("own") {
        words - 2
    } else {
        words - 1
    };
    let m = mention::possessor(c.tokens, owner, c.text)?;
    let i = m.tokens.start.checked_sub(1).filter(|&i| i >= s)?;
    let opens = i == s || c.tokens[i - 1].is_punct(',');
    (opens && word(c, i).is_some_and(|w| w.eq_ignore_ascii_case("in"))).then_some(Found {
        mention: m,
        cue: cue(words, words),
    })
}

/// Prepositions that tie a phrase to the description before them, saying whose or where
/// that person is: `a spokesperson for the ministry`, `an official at the port`, `a doctor
/// in Lagos`. [`mention::AFFILIATIONS`] with `in`: here the phrase is read to its comma,
/// whatever its words, so a place may stand in it too.
pub(super) const DESCRIPTION_PREPOSITIONS: &[&str] = &["for", "of", "at", "with", "from", "in"];

/// Longest phrase [`of_phrase_end`] reads, in tokens.
pub(super) const MAX_OF_PHRASE: usize = 8;

/// Where the phrase after a description ends, when the token at `at` is one of
/// [`DESCRIPTION_PREPOSITIONS`] and a comma follows within [`MAX_OF_PHRASE`] tokens of
/// words: the comma's index. No verb, pronoun or quotation may stand in the phrase.
pub(super) fn of_phrase_end(c: &Ctx, at: usize) -> Option<usize> {
    let prep = word(c, at)?;
    if !DESCRIPTION_PREPOSITIONS.contains(&prep) {
        return None;
    }
    (at + 1..(at + 1 + MAX_OF_PHRASE).min(c.tokens.len()))
        .take_while(|&k| {
            let t = &c.tokens[k];
            t.is_punct(',')
                || t.kind == Kind::Word && t.info().verb.is_none() && t.info().pronoun.is_none()
        })
        .find(|&k| c.tokens[k].is_punct(','))
}

/// Words that may lead a source line up to the word that hands over to its speaker
/// (`More from`, `And now, reaction from`, `Here's`): headings in the writer's voice, not
/// a person the words before `from` could describe (`A nurse from Surrey:`).
pub(super) const SOURCE_LEADS: &[&str] = &[
    "and",
    "but",
    "now",
    "plus",
    "also",
    "more",
    "further",
    "some",
    "the",
    "a",
    "final",
    "last",
    "latest",
    "reaction",
    "reactions",
    "response",
    "responses",
    "comment",
    "comments",
    "word",
    "words",
];

/// Words of topic that may follow the speaker of a source line (`Here's Ruiz on the vote:`).
pub(super) const SOURCE_TOPIC: &[&str] = &["on", "about"];

/// Longest topic after the speaker of a source line, in words.
pub(super) const MAX_SOURCE_TOPIC: usize = 6;

/// `More from pollster Ann Lee: "Q"`, `Here's Ruiz on the vote: "Q"`, `And from the
/// mayor:¶"Q"`: a heading that hands over to a speaker, whose quote follows the colon.
pub(super) fn source_colon_quote(c: &Ctx) -> Option<Found> {
    let before = c.qt.checked_sub(1)?;
    // The colon right before the quote, or ending the paragraph before it.
    let colon = if c.tokens[before].kind == Kind::Break {
        before.checked_sub(1)?
    } else {
        before
    };
    c.tokens[colon].is_punct(':').then_some(())?;
    // From the start of the sentence, or of a heading set after a dash (`... all along
    // -More from Ruiz:`).
    let sentence = sentence_of(c.tokens, colon).0;
    let start = (sentence..colon)
        .rev()
        .find(|&k| matches!(c.tokens[k].kind, Kind::Dash | Kind::Punct('-')))
        .map_or(sentence, |k| k + 1);
    // Leading words, then the hand-over: `from`, `Here's`, `Here is`.
    let mut hand = None;
    for k in start..colon {
        let w = word(c, k)?;
        let (stem, possessive) = mention::strip_possessive(w);
        let here = stem.eq_ignore_ascii_case("here");
        let here_is = k > start
            && matches!(w, "is" | "are")
            && word(c, k - 1).is_some_and(|p| p.eq_ignore_ascii_case("here"));
        if w.eq_ignore_ascii_case("from") || here && possessive || here_is {
            hand = Some(k);
            break;
        }
        let lead = here || SOURCE_LEADS.iter().any(|l| l.eq_ignore_ascii_case(w));
        lead.then_some(())?;
    }
    let mut m = mention::forward(c.tokens, hand? + 1, c.text)?;
    // `More from Ruiz and Lee:`: a pair speaks together.
    if word(c, m.tokens.end) == Some("and") {
        if let Some(second) = mention::forward(c.tokens, m.tokens.end + 1, c.text) {
            m = Mention {
                kind: MentionKind::Group,
                span: m.span.start..second.span.end,
                name: m.name.start..second.name.end,
                title: None,
                gender: None,
                tokens: m.tokens.start..second.tokens.end,
            };
        }
    }
    // Up to the colon after the speaker: nothing, or a topic with no verb in it.
    let mut k = skip_apposition(c.tokens, m.tokens.end, c.text);
    if word(c, k).is_some_and(|w| SOURCE_TOPIC.contains(&w)) {
        let topic = (k + 1..colon)
            .all(|i| c.tokens[i].kind == Kind::Word && c.tokens[i].info().verb.is_none());
        if topic && colon - k <= MAX_SOURCE_TOPIC + 1 {
            k = colon;
        }
    }
    (k == colon).then_some(Found {
        mention: m,
        cue: None,
    })
}

pub(super) fn speaker_colon_quote(c: &Ctx) -> Option<Found> {
    let colon = c.qt.checked_sub(1)?;
    c.tokens[colon].is_punct(':').then_some(())?;
    let m = mention::backward(c.tokens, colon, c.text)?;
    // `ANALYST'S VIEWPOINT:` is a heading; a name in capitals is one word at most (`UN:`).
    let heading = m.tokens.len() > 1 && !crate::token::has_lower_case(&c.text[m.span.clone()]);
    // At the start of its sentence, or after a dash (`HEADLINE - Ann Ruiz: "Q"`).
    let first = m.tokens.start == c.sent_start
        || m.tokens.start > 0
            && matches!(
                c.tokens[m.tokens.start - 1].kind,
                Kind::Dash | Kind::Punct('-')
            );
    // `Viewpoint: "Q" Ana Ruiz said.`: a speech tag after the quote names its speaker, and
    // the word before the colon was a label.
    // (Read as if the quote opened the sentence: the label before the colon is not part of it.)
    let tagged = || {
        let from_quote = Ctx {
            sent_start: c.qt,
            ..*c
        };
        quote_speaker_verb(&from_quote).is_some() || quote_verb_speaker(&from_quote).is_some()
    };
    // (`Bank boss: "Q"`, `Police: "Q"`: a headline gives a role or a group so too.)
    let speaker = matches!(
        m.kind,
        MentionKind::Name | MentionKind::Role | MentionKind::Group
    );
    let intro = first && speaker && !heading && !tagged();
    intro.then_some(Found {
        mention: m,
        cue: None,
    })
}

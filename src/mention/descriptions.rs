//! Descriptions: a determiner phrase headed by a role noun (`the Pentagon chief`), an
//! institution (`the ministry`), a rank or an office of a place, and the owner of a
//! possessive (`Petra's`).

use super::*;

/// A description starting with a determiner at `start`; its words begin at `body`.
pub(super) fn description(
    tokens: &[Token],
    start: usize,
    body: usize,
    text: &str,
) -> Option<Mention> {
    let mut head: Option<(usize, MentionKind)> = None;
    // Whether the head so far is an age (`the 26-year-old`), which a noun may follow.
    let mut aged = false;
    let mut all_caps = true;
    // Where the words after the last possessive start.
    let mut owned = body;
    // `Microsoft's Brad Smith`: the determiner is an owner (`Here's` is `here is`).
    let owner_first = start < body
        && word(tokens, start, text).is_some_and(|w| {
            let (stem, possessive) = strip_possessive(w);
            possessive && info_of(&tokens[start], stem, possessive).function.is_none()
        });
    // `the Rev. Ada Mensah`: an article before an honorific of no gender and a name is
    // the style of the honorific, not a description; the mention is the name. (Not `the
    // Miss Bertrams`, sisters together, nor `the Lord`.)
    let honorific = tokens
        .get(body)
        .is_some_and(|t| t.is_capitalized() && t.info().honorific == Some(None));
    if honorific {
        let named = name_after(tokens, start, body, text)
            .filter(|m| m.name.start > tokens[body].span.start);
        if named.is_some() {
            return named;
        }
    }
    let mut j = body;
    while j < tokens.len() && j < body + MAX_DESCRIPTION {
        let Some(w) = word(tokens, j, text) else {
            // `a thin, elderly gentleman`: a comma between two adjectives before the head
            // noun is inside the phrase. (Only right after an article and one or two words:
            // `Obama's 2008 election, donors said` is two phrases.)
            if word(tokens, start, text).is_some_and(is_article)
                && body == start + 1
                && (body + 1..=body + 2).contains(&j)
                && head.is_none()
                && !all_caps
                && coordinate_comma(tokens, j, text)
            {
                j += 1;
                continue;
            }
            break;
        };
        // `the Securities and Exchange Commission`: `and` between the fields of one
        // body's name is part of it.
        if j > body && department_and(tokens, j, text) {
            j += 1;
            continue;
        }
        let (stem, possessive) = strip_possessive(w);
        let info = info_of(&tokens[j], stem, possessive);
        // A second determiner starts another phrase: `the card that the volunteers ...`.
        let determiner = j > body && info.function == Some(Function::Determiner);
        // A pronoun ends the phrase: `told The Huffington Post he's leaving` (its `'s` is
        // `is`, not a possessive). (`news`, `statement` may follow a speech verb as words
        // of time and place, and modify a head too: `the news agency`.)
        if info.verb.is_some() && !info.role
            || info.pronoun.is_some()
            || determiner
            || matches!(info.function, Some(Function::Stop | Function::Relative))
            || info.function == Some(Function::Between)
                && !info.document
                && !(j == body && epithet_adverb(tokens, j, text))
        {
            break;
        }
        // `the good Mrs. Jennings`, `the more candid Lady Bertram`: words of description
        // before an honorific and a name are its epithet; the mention is the name. After
        // an article they may stand before a bare name too, when it heads the phrase
        // (`the exasperated Bounderby said`: [`epithet_before_name`]).
        let lower_so_far = j > body && !all_caps;
        if lower_so_far && head.is_none() && tokens[j].is_capitalized() {
            let epithet =
                info.honorific.is_some() || epithet_before_name(tokens, start, body, j, text);
            if epithet {
                if let Some(m) = name_after(tokens, start, j, text) {
                    if info.honorific.is_some() || names_head(tokens, &m, text) {
                        return Some(m);
                    }
                }
            }
        }
        // `The Duchess shook her head`, `the Kremlin rejected it`: a verb in the past tense
        // ends a run of capitalized words after the determiner, unless a head noun follows
        // it as a participle's (`the Democratic registered voters`). (Other lower-case
        // words may go on to a head noun: `the Democratic primary voters`.)
        if j > owned && all_caps && head.is_none() && lexicon::is_past_form(w) {
            let modifies =
                word(tokens, j + 1, text).is_some_and(|n| head_noun(tokens[j + 1].info(), n));
            if !modifies {
                break;
            }
        }
        // `Labour's Rachel Hughes hit back`: after an owner, a given name and the words
        // capitalized after it are a person's name, which the first lower-case word ends
        // (here a verb in the past the lexicon does not know for one); unless the
        // lower-case words go on to a head noun (`Trump's Virginia state director`).
        let owner = owned > body || owner_first;
        if owner
            && j > owned
            && all_caps
            && head.is_none()
            && !tokens[j].is_capitalized()
            && tokens[owned].info().given.is_some()
            && !lower_words_then_head(tokens, j, text)
        {
            break;
        }
        all_caps &= tokens[j].is_capitalized();
        if info.role {
            head = Some((j, MentionKind::Role));
        } else if info.group || agent_plural(w) {
            head = Some((j, MentionKind::Group));
        } else if info.org {
            head = Some((j, MentionKind::Org));
        } else if age_noun(w) {
            // `the 26-year-old`: who is resolved as `the Ohio Democrat` is, to the person
            // just named (see `Resolver::just_named`).
            head = Some((j, MentionKind::Org));
            aged = true;
        } else if aged {
            // `a 29-year-old Berlin woman`: the age modifies a noun after it.
            head = None;
            aged = false;
        } else if head.is_some()
            && !noun_modifiers_then_head(tokens, j, text)
            && !(all_caps && capitals_then_head(tokens, j, text))
        {
            break;
        }
        j += 1;
        if possessive {
            // `the company's chief executive`: the possessive is a determiner.
            head = None;
            all_caps = true;
            owned = j;
        }
    }
    // `the journalist Olivia Messer`, `his wife Mary`: a role noun right before a name is
    // the name's title; the person is named.
    if let Some(m) = office_of_place(tokens, start, body, head, j, all_caps, text) {
        return Some(m);
    }
    if let Some((h, MentionKind::Role)) = head {
        let named = word(tokens, h + 1, text)
            .is_some_and(|w| tokens[h + 1].is_capitalized() && !lexicon::is_day(w));
        if named {
            if let Some(m) = name_after(tokens, start, h + 1, text) {
                return Some(m);
            }
        }
    }
    let (end, kind) = match head {
        Some((h, k)) => (h + 1, k),
        // `the White House`, `the Kremlin`: capitalized words after the article.
        None if all_caps && j > owned => {
            // `the company's Lena Kowalski`, `Microsoft's Brad Smith`: a name after a
            // possessive is the person's own.
            if owned > body || owner_first {
                if let Some(m) = name_after(tokens, start, owned, text) {
                    return Some(m);
                }
            }
            (j, MentionKind::Org)
        }
        None => return voice_of(tokens, start, body, owned, j, text),
    };
    let span = tokens[start].span.start..tokens[end - 1].span.end;
    let mut first = body.min(end - 1);
    // `the Prime Minister's Office`, `the Mayor's Office`: an institution capitalized after
    // the title that heads it is named whole; `the company's board` is a board.
    let possessor =
        owned > start && word(tokens, owned - 1, text).is_some_and(|w| strip_possessive(w).1);
    if kind == MentionKind::Org && possessor && tokens[end - 1].is_capitalized() {
        let titled = |k: usize| {
            word(tokens, k, text).is_some_and(|w| {
                tokens[k].is_capitalized() && lexicon::lookup(strip_possessive(w).0).title
            })
        };
        let mut k = owned;
        while k > start && titled(k - 1) {
            k -= 1;
        }
        if k < owned {
            first = first.min(k);
        }
    }
    // `the federal Securities and Exchange Commission`, `the provincial Health Department`:
    // lower-case words before a body's capitalized name say which it is, and are no part
    // of its name.
    if kind == MentionKind::Org && first == body && tokens[end - 1].is_capitalized() {
        let mut k = end - 1;
        while k > body
            && (tokens[k - 1].is_capitalized()
                || department_and(tokens, k - 1, text)
                || word(tokens, k - 1, text) == Some("of"))
        {
            k -= 1;
        }
        let modifiers = (body..k).all(|i| {
            word(tokens, i, text)
                .is_some_and(|w| !tokens[i].is_capitalized() && !strip_possessive(w).1)
        });
        if k > body && modifiers && tokens[k].is_capitalized() {
            first = k;
        }
    }
    let name = tokens[first].span.start..span.end;
    Some(Mention {
        kind,
        span,
        name,
        title: None,
        gender: None,
        tokens: start..end,
    })
}

/// Whether token `j` is a comma between coordinate adjectives of a description: lower-case
/// words with no verb, function word or noun of the tables before it back to the
/// determiner, and after it lower-case words that reach a head noun for a person
/// ([`lower_words_then_head`]): `a tall, thin man`, not `the girl, smiling`.
fn coordinate_comma(tokens: &[Token], j: usize, text: &str) -> bool {
    tokens[j].is_punct(',')
        && word(tokens, j - 1, text).is_some_and(|_| {
            let info = tokens[j - 1].info();
            !tokens[j - 1].is_capitalized()
                && info.verb.is_none()
                && info.function.is_none()
                && !(info.role || info.group || info.org)
        })
        && lower_words_then_head(tokens, j + 1, text)
}

/// Lower-case words a description may put before its head noun, at most.
pub(super) const MAX_MODIFIERS_BEFORE_HEAD: usize = 3;

/// Whether the lower-case words from token `j` reach a head noun for a person, a group or
/// a body within [`MAX_MODIFIERS_BEFORE_HEAD`] words (`state director`, `press office`).
pub(super) fn lower_words_then_head(tokens: &[Token], j: usize, text: &str) -> bool {
    (j..tokens.len())
        .take(MAX_MODIFIERS_BEFORE_HEAD)
        .map_while(|k| {
            word(tokens, k, text)
                .filter(|_| !tokens[k].is_capitalized())
                .map(|w| (k, w))
        })
        .any(|(k, w)| {
            let info = tokens[k].info();
            info.role || info.group || info.org || agent_plural(w)
        })
}

/// Whether the lower-case word at `j` and at most one more are plain nouns that modify a
/// head noun right after them: `water` in `the city water agency`, `news` in `the state
/// news agency`, `weekly` in `the city weekly newspaper`. A head noun may modify another
/// one (`city`, `state`), and the phrase goes on to the last. No verb: not a past form
/// (`the company hired staff who said`), nor a form in `-s` after the head (`the city
/// employs staff who said`), which is the present tense as often as a plural noun.
pub(super) fn noun_modifiers_then_head(tokens: &[Token], j: usize, text: &str) -> bool {
    let plain = |k: usize| {
        word(tokens, k, text).is_some_and(|w| {
            let info = tokens[k].info();
            !tokens[k].is_capitalized()
                && (info.function.is_none() || info.document)
                && info.verb.is_none()
                && info.pronoun.is_none()
                && (info.document || !w.ends_with('s') || w.ends_with("ss"))
                && !lexicon::is_past_form(w)
        })
    };
    let head = |k: usize| lower_head(tokens, k, text);
    plain(j) && (head(j + 1) || plain(j + 1) && head(j + 2))
}

/// Whether token `k` is a head noun in lower case: a role, a group or a body of the tables.
fn lower_head(tokens: &[Token], k: usize, text: &str) -> bool {
    word(tokens, k, text).is_some_and(|_| {
        let info = tokens[k].info();
        !tokens[k].is_capitalized() && (info.role || info.group || info.org)
    })
}

/// Capitalized words a description may put between a body's name and the head noun
/// after it, at most.
const MAX_CAPITALS_BEFORE_HEAD: usize = 2;

/// Whether the capitalized words from token `j`, after a body's name, modify a head noun
/// in lower case after them, with or without lower-case modifiers between
/// ([`noun_modifiers_then_head`]): `the Senate Democratic leader`, `the House Judiciary
/// Committee chairman`. (Not `the Senate Democrats said`: no noun in lower case heads them.)
fn capitals_then_head(tokens: &[Token], j: usize, text: &str) -> bool {
    let capital = |k: usize| {
        word(tokens, k, text).is_some_and(|_| {
            let info = tokens[k].info();
            tokens[k].is_capitalized() && info.verb.is_none() && info.pronoun.is_none()
        })
    };
    let k = (j..j + MAX_CAPITALS_BEFORE_HEAD + 1)
        .find(|&k| !capital(k))
        .unwrap_or(j);
    k > j && (lower_head(tokens, k, text) || noun_modifiers_then_head(tokens, k, text))
}

/// `the Secretary of State`, `the Duke of Westminster`: a capitalized title, rank or
/// institution noun, `of` and a place after the determiner at `start` is the office or
/// body named whole, as it is
/// without the article; `the Governor of Texas Greg Abbott` is the holder. The
/// description's words from `body` have been read to `head` (a title) or, with no head,
/// to `j` (capitalized words, `all_caps`, the last of which may be a rank).
pub(super) fn office_of_place(
    tokens: &[Token],
    start: usize,
    body: usize,
    head: Option<(usize, MentionKind)>,
    j: usize,
    all_caps: bool,
    text: &str,
) -> Option<Mention> {
    if !all_caps {
        return None;
    }
    if j > body {
        if let Some(end) = rank_office(tokens, j - 1, text) {
            return Some(rank_mention(tokens, start, body, end, text));
        }
    }
    // (Also an institution's: `the Federation of Canadian Municipalities`, `the Bank of
    // Canada`.)
    let (h, _) = head.filter(|&(_, k)| matches!(k, MentionKind::Role | MentionKind::Org))?;
    let office = word(tokens, h + 1, text) == Some("of")
        && word(tokens, h + 2, text).is_some_and(is_capitalized);
    if !office {
        return None;
    }
    let mut m = name_run(tokens, body, text).filter(|m| m.tokens.end > h + 2)?;
    m.span.start = tokens[start].span.start;
    m.tokens.start = start;
    Some(m)
}

/// `Duke of Westminster`, `Countess of Wessex`: a capitalized rank of nobility at `h`,
/// `of` and a capitalized place is how the holder is known. The end of the place, when
/// so. (A rank is no title before a name, `Count Dracula`, so the name reader does not
/// join it with `of` itself.)
pub(super) fn rank_office(tokens: &[Token], h: usize, text: &str) -> Option<usize> {
    // Asked of every name run: the cheap test first.
    if word(tokens, h + 1, text) != Some("of") {
        return None;
    }
    let w = word(tokens, h, text)?;
    if !tokens[h].is_capitalized() || lexicon::rank_gender(w).is_none() {
        return None;
    }
    let limit = tokens.len().min(h + 2 + MAX_NAME);
    let end = (h + 2..limit)
        .find(|&k| !word(tokens, k, text).is_some_and(is_capitalized))
        .unwrap_or(limit);
    (end > h + 2).then_some(end)
}

/// The office [`rank_office`] found, from token `start` (the determiner, if any), named
/// from `body`, ending before `end`: the name a person of the rank's gender goes by, the
/// rank its title (`the duchess` later is the `Duchess of Harley`).
pub(super) fn rank_mention(
    tokens: &[Token],
    start: usize,
    body: usize,
    end: usize,
    text: &str,
) -> Mention {
    let rank = (body + 1..end)
        .find(|&k| word(tokens, k, text) == Some("of"))
        .map_or(body, |k| k - 1);
    Mention {
        kind: MentionKind::Name,
        span: tokens[start].span.start..tokens[end - 1].span.end,
        name: tokens[body].span.start..tokens[end - 1].span.end,
        title: Some(tokens[rank].span.clone()),
        gender: word(tokens, rank, text).and_then(lexicon::rank_gender),
        tokens: start..end,
    }
}

/// `said the muffled voice of Kemp`, `said the Rabbit's voice`: a voice speaks for whoever
/// it is the voice of. The description from its determiner at `start` (its words from
/// `body`) ends at token `j` with the noun `voice`; the person is named after `of`, or by
/// a possessive after the determiner, before `owned`. The mention covers the whole phrase.
/// (A name's own possessive, `Bumble's voice`, is read as the name by the name reader.)
pub(super) fn voice_of(
    tokens: &[Token],
    start: usize,
    body: usize,
    owned: usize,
    j: usize,
    text: &str,
) -> Option<Mention> {
    // The reader stops at `of`; after a possessive it may have read on past the noun.
    let is_voice =
        |k: usize| word(tokens, k, text).is_some_and(|w| w.eq_ignore_ascii_case("voice"));
    let of = word(tokens, j, text) == Some("of") && j > body && is_voice(j - 1);
    let v = if of {
        j - 1
    } else {
        // `the Rabbit's shrill voice`: at most a word or two of description before it.
        (owned.max(body)..j.min(owned + 3))
            .find(|&k| is_voice(k))
            .filter(|&v| {
                (owned..v).all(|k| {
                    let info = tokens[k].info();
                    word(tokens, k, text).is_some_and(|w| w.starts_with(char::is_lowercase))
                        && info.verb.is_none()
                        && info.function.is_none()
                })
            })?
    };
    let mut m = if of {
        let m = forward(tokens, j + 1, text)?;
        m.kind.is_person().then_some(m)?
    } else {
        let determiner =
            body == start + 1 && tokens[start].info().function == Some(Function::Determiner);
        possessor(tokens, owned.checked_sub(1)?, text)
            .filter(|m| determiner && m.kind == MentionKind::Name && owned > body)?
    };
    m.span = tokens[start].span.start..m.span.end.max(tokens[v].span.end);
    m.tokens = start..m.tokens.end.max(v + 1);
    Some(m)
}

/// Adverbs that modify the word of description after them inside an epithet (`the still
/// waiting Harriet`, `the now famous Dr. Hale`), though a tag may also set them between a
/// speaker and the verb ([`Function::Between`]).
const EPITHET_ADVERBS: &[&str] = &["still", "ever", "always", "now", "once", "very", "most"];

/// Whether the word at `j`, right after an article, is an adverb of an epithet: one of
/// [`EPITHET_ADVERBS`] before another word in lower case.
fn epithet_adverb(tokens: &[Token], j: usize, text: &str) -> bool {
    word(tokens, j, text).is_some_and(|w| EPITHET_ADVERBS.contains(&w))
        && word(tokens, j + 1, text).is_some_and(|n| n.starts_with(char::is_lowercase))
}

/// Most words of description [`epithet_before_name`] reads before a name.
pub(super) const MAX_EPITHET_WORDS: usize = 3;

/// `the exasperated Bounderby`, `a smiling Clinton`, `the still waiting Harriet`: after an
/// article, a few lower-case words of description and then a capitalized word that is
/// nobody's title, institution, group, people or common noun are the epithet of a name.
/// (`the acting Mayor`, `the local Council`, `the moist English` are not.)
pub(super) fn epithet_before_name(
    tokens: &[Token],
    start: usize,
    body: usize,
    j: usize,
    text: &str,
) -> bool {
    let article = body == start + 1 && word(tokens, start, text).is_some_and(is_article);
    let described = j - body <= MAX_EPITHET_WORDS
        && (body..j).all(|k| {
            word(tokens, k, text).is_some_and(|w| {
                let info = tokens[k].info();
                w.starts_with(char::is_lowercase)
                    && info.verb.is_none()
                    && (matches!(info.function, None | Some(Function::Epithet))
                        || epithet_adverb(tokens, k, text))
            })
        });
    let t = &tokens[j];
    let info = t.info();
    let Some(w) = word(tokens, j, text) else {
        return false;
    };
    article
        && described
        && name_word(t, info, w)
        && !strip_possessive(w).1
        && !t.common()
        && !(info.title || head_noun(info, w))
        && !lexicon::is_people(w)
}

/// Whether name mention `m` ends its phrase: no noun follows that it modifies (`a new
/// Associated Press poll`, `the 2010 McConnell comment`); punctuation, a function word, a
/// pronoun, an inflected speech verb (`said`, `replies`) or a past tense (`waved`) does.
pub(super) fn names_head(tokens: &[Token], m: &Mention, text: &str) -> bool {
    tokens.get(m.tokens.end).map_or(true, |t| {
        let info = t.info();
        let w = t.text(text);
        let inflected = info
            .verb
            .is_some_and(|(lemma, _)| !w.eq_ignore_ascii_case(lemma));
        // Nouns in `-ed` are short (`bed`, `seed`, `need`).
        let past = w.len() > 4 && w.ends_with("ed");
        t.kind != Kind::Word
            || inflected
            || past
            || info.function.is_some()
            || info.pronoun.is_some()
    })
}

/// The owner named by a possessive word at `i`: `Abedin's`, `Hillary Clinton's` (the name
/// run ending in it), or `his`/`her`/`their`.
pub(crate) fn possessor(tokens: &[Token], i: usize, text: &str) -> Option<Mention> {
    let w = word(tokens, i, text)?;
    // `his reply`: the possessive stands for the pronoun of its person.
    let subject = match w.to_ascii_lowercase().as_str() {
        "his" => Some("he"),
        "her" => Some("she"),
        "their" => Some("they"),
        _ => None,
    };
    if let Some(subject) = subject {
        let (g, n) = lexicon::lookup(subject).pronoun?;
        return Some(single(tokens, i, MentionKind::Pronoun(g, n), None));
    }
    let (stem, possessive) = strip_possessive(w);
    if !possessive || !is_capitalized(stem) {
        return None;
    }
    let mut j = i;
    while j > 0
        && i - j < MAX_NAME
        && word(tokens, j - 1, text).is_some_and(|p| {
            is_capitalized(p) && name_word(&tokens[j - 1], tokens[j - 1].info(), p)
        })
    {
        j -= 1;
    }
    let end = tokens[i].span.start + stem.len();
    let first = word(tokens, j, text).unwrap_or(stem);
    let gender = lexicon::lookup(strip_possessive(first).0).given;
    let span = tokens[j].span.start..end;
    Some(Mention {
        kind: MentionKind::Name,
        span: span.clone(),
        name: span,
        title: None,
        gender,
        tokens: j..i + 1,
    })
}

/// `the editorial`, `a 2013 article in the journal`: a phrase from the determiner at `start`
/// to `end` (a few words, no punctuation), whatever its head noun. Only for positions where
/// the sentence's shape already says a speaker stands there (`"Q," the editorial said`).
pub(crate) fn determiner_phrase(
    tokens: &[Token],
    start: usize,
    end: usize,
    text: &str,
) -> Option<Mention> {
    phrase_to(tokens, start, end, false, text)
}

/// [`determiner_phrase`], or one whose determiner is a capitalized possessive (`said Ruiz's
/// introducer`): only after an inverted speech verb, where a speaker must follow. (Before
/// one, `Ruiz's curt reply:` would read as a speaker `Ruiz's curt` and the verb `reply`.)
pub(crate) fn inverted_phrase(
    tokens: &[Token],
    start: usize,
    end: usize,
    text: &str,
) -> Option<Mention> {
    phrase_to(tokens, start, end, true, text)
}

/// Whether `w` is a word no noun phrase has inside it, which a clause does: a form of
/// `be` or a relative pronoun that may be a subject.
fn clause_word(w: &str) -> bool {
    crate::rules::BE_FORMS.contains(&w) || crate::rules::RELATIVE_SUBJECTS.contains(&w)
}

/// [`determiner_phrase`]; `owners` lets a capitalized possessive be the determiner.
pub(super) fn phrase_to(
    tokens: &[Token],
    start: usize,
    end: usize,
    owners: bool,
    text: &str,
) -> Option<Mention> {
    let det = tokens.get(start)?;
    let words = end.checked_sub(start)?;
    let w = det.text(text);
    let owner = owners && det.is_capitalized() && strip_possessive(w).1;
    let ok = det.kind == Kind::Word
        && (det.info().function == Some(Function::Determiner) || owner)
        && (2..=MAX_DESCRIPTION + 2).contains(&words)
        && tokens[start + 1..end].iter().enumerate().all(|(k, t)| {
            // The head may be a speech-verb form used as a noun (`the civil claim said`).
            let noun_head = k + 2 == words;
            t.kind == Kind::Word
                && (t.info().verb.is_none() || noun_head)
                && t.info().pronoun.is_none()
                // (`The page was replaced by a message that`: a clause, no phrase.)
                && !clause_word(t.text(text))
        });
    // `said Tom's voice`: the owner of a voice speaks, as in `the Rabbit's voice` (see
    // [`voice_of`]).
    if ok && owner && words == 2 && tokens[start + 1].text(text).eq_ignore_ascii_case("voice") {
        let mut m = possessor(tokens, start, text)?;
        m.span.end = tokens[start + 1].span.end;
        m.tokens.end = end;
        return Some(m);
    }
    // `one of the jurymen`, `some of the guests`: a part of a group keeps its quantifier.
    let partitive = tokens.get(start + 1).is_some_and(|t| t.text(text) == "of");
    // (An owner stays in the name: `Ruiz's introducer` tells more than `introducer`.)
    let name_start = if partitive || owner { start } else { start + 1 };
    ok.then(|| Mention {
        kind: MentionKind::Org,
        span: det.span.start..tokens[end - 1].span.end,
        name: tokens[name_start].span.start..tokens[end - 1].span.end,
        title: None,
        gender: None,
        tokens: start..end,
    })
}

/// Whether token `i` is a party's members in the plural: `Democrats`, `Tories`.
pub(super) fn party_members(tokens: &[Token], i: usize, text: &str) -> bool {
    // Asked at the start of every name: only a word ending in `s` is looked up.
    let w = tokens[i].text(text);
    w.ends_with('s') && lexicon::is_party_members(w)
}

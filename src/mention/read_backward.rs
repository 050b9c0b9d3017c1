//! Reading a mention backward from the word before a speech verb, over appositions and
//! relative clauses set off by commas, and the people coordinated with it (`Ruiz and
//! Hale`).

use super::*;

/// Reads the mention that ends with token `end - 1`, reading backward. Steps over an
/// apposition or relative clause set off by commas (`Gates, who had a sling, said`).
pub(crate) fn backward(tokens: &[Token], end: usize, text: &str) -> Option<Mention> {
    backward_in(tokens, end, text, MAX_NESTING)
}

/// How many appositions, parentheses and relative clauses the backward reader steps
/// through, one inside or before another: real subjects need two or three, and the bound
/// keeps the reader's work per call constant on any input (`( ) ( ) ( ) ... said`).
pub(super) const MAX_NESTING: u8 = 8;

/// [`backward`] with `depth` steps of nesting left.
pub(super) fn backward_in(tokens: &[Token], end: usize, text: &str, depth: u8) -> Option<Mention> {
    let depth = depth.checked_sub(1)?;
    let m = backward_phrase(tokens, end, text, depth)
        .or_else(|| relative_subject(tokens, end, text, depth))
        .or_else(|| post_modified(tokens, end, text, depth))
        .or_else(|| affiliated_person(tokens, end, text, depth))?;
    // `Parents whose children attend the school said`, `Officials who met Ruiz said`: a
    // phrase read back from the verb inside a relative clause with no commas is the
    // clause's object; the subject is the phrase before `who` or `whose`.
    let m = match m.kind {
        MentionKind::Pronoun(..) => m,
        _ => subject_past_relative(tokens, m.tokens.start, text, depth).unwrap_or(m),
    };
    let m = affiliation_head(tokens, m, text, depth);
    let m = coordinated_before(tokens, m, text, depth);
    // `Ana Ruiz, who wrote the bill with Sen. Dan Holt, R-Ohio, said`: a name read back
    // through an apposition may lie inside a relative clause set off after the subject;
    // the clause tells of the subject, and the subject speaks.
    // (Read back from the comma too: the subject may end in an apposition of its own,
    // `Ana Ruiz, D-Ohio, who`.) The clause is closed before the verb: in `Trump, whom
    // he called a "con artist"`, `he` speaks.
    let closed = (m.tokens.end..end).any(|k| tokens[k].is_punct(','));
    if let Some(open) = closed
        .then(|| relative_clause_opening(tokens, m.tokens.start, text))
        .flatten()
    {
        let subject = backward_in(tokens, open, text, depth)
            .or_else(|| backward_in(tokens, open + 1, text, depth));
        if let Some(s) = subject {
            return Some(s);
        }
    }
    // `A man charged with robbing a Surrey bank said`: a phrase that is not the start of
    // the clause but the object inside a modifier after the subject gives way to the
    // subject the modifier follows.
    // (`published in The Lancet`: the article may be capitalized as part of the name.)
    let mut p = m.tokens.start;
    if p > 0 && word(tokens, p - 1, text).is_some_and(|w| w.eq_ignore_ascii_case("the")) {
        p -= 1;
    }
    let inside = !matches!(m.kind, MentionKind::Pronoun(..))
        && p > 0
        && word(tokens, p - 1, text).is_some_and(|w| {
            OBJECT_PREPOSITIONS.contains(&w)
                || w.len() > 4
                    && (w.ends_with("ing") || w.ends_with("ed"))
                    && w.bytes().all(|b| b.is_ascii_lowercase())
        });
    if inside {
        if let Some(s) =
            post_modified(tokens, end, text, depth).filter(|s| s.tokens.end < m.tokens.start)
        {
            return Some(s);
        }
    }
    Some(m)
}

/// Most names [`coordinated_before`] and [`coordinated_after`] join into one group
/// (`Ruiz, Hale, Dunn and Cole`).
pub(super) const MAX_COORDINATED: usize = 6;

/// `Ruiz and Hale said`, `Ana Ruiz, Tom Hale and Kay Dunn said`: names joined by `and`,
/// with commas between the first ones, are the subject together, one group. The first
/// name must open its clause: in `He thanked Ruiz and Hale said`, Ruiz is an object. (`In
/// Ohio, Ruiz and Hale said` reads `Ohio` into the list, which then opens no clause, and
/// the speaker stays the last name, as it does after any comma.) Any other mention is returned as it is.
pub(super) fn coordinated_before(tokens: &[Token], m: Mention, text: &str, depth: u8) -> Mention {
    if m.kind != MentionKind::Name {
        return m;
    }
    // The names before `m`, nearest first: the one before `and`, then each before a comma.
    let mut starts = Vec::new();
    let mut serial = false;
    let mut at = m.tokens.start;
    for n in 0..MAX_COORDINATED - 1 {
        let Some(sep) = at.checked_sub(1) else { break };
        let end = if n == 0 {
            if word(tokens, sep, text) != Some("and") {
                break;
            }
            // The serial comma: `Ruiz, Hale, and Dunn`.
            if sep > 0 && tokens[sep - 1].is_punct(',') {
                serial = true;
                sep - 1
            } else {
                sep
            }
        } else if tokens[sep].is_punct(',') {
            sep
        } else {
            break;
        };
        let name = |l: &Mention| l.kind == MentionKind::Name && plain_name(l, text);
        let mut left =
            backward_phrase(tokens, end, text, depth).filter(|l| name(l) && l.tokens.end == end);
        // `Ana Ruiz, a lawyer, and Tom Hale said`: the comma before `and` may close an
        // apposition of the name before it, and is then no serial comma.
        if left.is_none() && n == 0 && serial {
            left = role_apposition_before(tokens, end, text)
                .and_then(|comma| backward_phrase(tokens, comma, text, depth))
                .filter(|l| name(l) && tokens[l.tokens.end].is_punct(','));
            serial = left.is_none();
        }
        let Some(left) = left else {
            break;
        };
        at = left.tokens.start;
        starts.push(at);
    }
    // The farthest name starts the group, and must open its clause: in `celebrities like
    // Oprah Winfrey, Will Smith and Stevie Wonder, who joked`, no group can be cut from
    // the middle of the list.
    let opens = |k: usize| {
        // (`Defence lawyers Ana Ruiz and Tom Hale said`: what the people are stands before
        // the names; `The Bank of Canada and Ottawa said`: a body's `the` stands before its
        // name.)
        let k = before_plural_title(tokens, k, text);
        let k = if k > 0 && tokens[k - 1].text(text).eq_ignore_ascii_case("the") {
            k - 1
        } else {
            k
        };
        k.checked_sub(1).map_or(true, |b| {
            // (A comma may be the list's own, going on past the names read.)
            tokens[b].kind != Kind::Word && !tokens[b].is_punct(',')
                || CLAUSE_OPENERS.contains(&tokens[b].text(text))
        })
    };
    // (`Mary, and Katharine said` is two clauses: a serial comma needs a list before it.)
    match starts.last() {
        Some(&start) if opens(start) && !(serial && starts.len() < 2) => {
            phrase(tokens, start..m.tokens.end, MentionKind::Group, None)
        }
        _ => m,
    }
}

/// `said lawyers Ana Ruiz and Tom Hale`, `Engineers Ana Ruiz and Tom Hale said`: whether
/// token `i` is a plural for people (lower-case, or capitalized to open its sentence)
/// right before a given name. It says what the people named after it are, as `lawyer`
/// does before one name: the names are read, and the plural is their title. (A party's
/// members are read as part of the name: `Republicans Jolly and DeSantis`.)
pub(super) fn plural_title(tokens: &[Token], i: usize, text: &str) -> bool {
    // Asked at every word a mention may start at: first whether a given name follows.
    tokens
        .get(i + 1)
        .is_some_and(|n| n.info().given.is_some() && n.is_capitalized())
        && plural_for_people(tokens, i, text)
}

/// Whether token `i` is a plural for people that may title the names after it: lower-case,
/// or capitalized to open its sentence, and not a party's members.
pub(super) fn plural_for_people(tokens: &[Token], i: usize, text: &str) -> bool {
    let t = &tokens[i];
    let w = t.text(text);
    people_plural(t, text)
        || crate::token::opens_sentence(tokens, i)
            && (t.info().group || agent_plural(&w.to_ascii_lowercase()))
            && !lexicon::is_party_members(w)
}

/// Most modifiers [`before_plural_title`] steps over (`senior defence lawyers`).
pub(super) const MAX_TITLE_MODIFIERS: usize = 2;

/// Where the plural title before the names from token `k` starts, with up to
/// [`MAX_TITLE_MODIFIERS`] modifiers before it (`Structural engineers Ana Ruiz and Tom
/// Hale`, `defence lawyers`): words that are no verb, function word or pronoun, and a
/// determiner before them (`her parents`). `k` when no plural for people stands right
/// before it.
pub(super) fn before_plural_title(tokens: &[Token], k: usize, text: &str) -> usize {
    // (The names are read already: the first need not be a known given name, as in
    // `Councillors Raj Malhotra and Beth Orr`.)
    let Some(p) = k
        .checked_sub(1)
        .filter(|&p| plural_for_people(tokens, p, text))
    else {
        return k;
    };
    let modifier = |m: usize| {
        tokens[m].kind == Kind::Word && {
            let info = tokens[m].info();
            info.verb.is_none() && info.function.is_none() && info.pronoun.is_none()
        }
    };
    let mut start = p;
    while start > 0 && p - start < MAX_TITLE_MODIFIERS && modifier(start - 1) {
        start -= 1;
    }
    // (`Her parents Ana and Tom Hale said`: a determiner opens the phrase.)
    if start > 0 && tokens[start - 1].info().function == Some(Function::Determiner) {
        start -= 1;
    }
    start
}

/// `Ana Ruiz, a lawyer, and`: the comma that opens a role set beside a name, which the
/// comma at `close` closes. The role is read forward from that comma and must end at
/// `close`: no longer phrase, which may be a clause (`Ana Ruiz, who ..., and`), is read.
pub(super) fn role_apposition_before(tokens: &[Token], close: usize, text: &str) -> Option<usize> {
    let lo = close.saturating_sub(MAX_APPOSITION);
    let open = (lo..close).rev().find(|&k| tokens[k].kind != Kind::Word)?;
    (tokens[open].is_punct(',')
        && forward(tokens, open + 1, text)
            .is_some_and(|a| a.kind == MentionKind::Role && a.tokens.end == close))
    .then_some(open)
}

/// Whether a name mention is a name alone, capitalized, with its title: not a description
/// that ends in one (`her eyes directed towards Mr. Rushworth`).
pub(super) fn plain_name(m: &Mention, text: &str) -> bool {
    text[m.span.clone()].starts_with(char::is_uppercase)
}

/// `said Ruiz and Hale.`, `"Q," Ana Ruiz, Tom Hale and Kay Dunn said`: names joined by
/// `and`, with commas between the first ones, are the speakers together, one group, when
/// `ends` holds at the token after the last name (punctuation after an inverted speaker, the
/// verb after a subject). In `said Ruiz and left`, the clause goes on with a verb, and the
/// speaker is Ruiz alone. Any other mention is returned as it is.
pub(crate) fn coordinated_after(
    tokens: &[Token],
    m: Mention,
    text: &str,
    ends: impl Fn(usize) -> bool,
) -> Mention {
    if m.kind != MentionKind::Name {
        return m;
    }
    let mut end = m.tokens.end;
    for n in 0..MAX_COORDINATED - 1 {
        // `said Ana Ruiz, a lawyer, and Tom Hale`: a role set beside the name, closed by
        // the comma before `and`.
        let apposition = || {
            forward(tokens, end + 1, text)
                .filter(|a| a.kind == MentionKind::Role)
                .map(|a| a.tokens.end)
                .filter(|&e| {
                    tokens.get(e).is_some_and(|t| t.is_punct(','))
                        && word(tokens, e + 1, text) == Some("and")
                })
        };
        let and = match tokens.get(end) {
            Some(t) if t.is_punct(',') => {
                // (`said Mary, and Katharine said` is two clauses: a serial comma needs a
                // list before it.)
                if let Some(e) = apposition() {
                    e + 2
                } else if word(tokens, end + 1, text) == Some("and") && n > 0 {
                    end + 2
                } else {
                    end + 1
                }
            }
            Some(_) if word(tokens, end, text) == Some("and") => end + 1,
            _ => break,
        };
        let Some(next) = forward(tokens, and, text)
            .filter(|n| n.kind == MentionKind::Name && plain_name(n, text))
        else {
            break;
        };
        let last = word(tokens, and - 1, text) == Some("and");
        end = next.tokens.end;
        if last {
            return if ends(end) {
                phrase(tokens, m.tokens.start..end, MentionKind::Group, None)
            } else {
                m
            };
        }
    }
    m
}

/// `a statement from the mayor's office`, `an email by Ana Ruiz`, `a letter signed by the
/// deans`: the author named after `from` or `by` (and a participle of issuing, [`ISSUED`])
/// speaks through the document that description `m` names, whether `m`
/// ends with the document's noun or runs on over its author. Any other mention is
/// returned as it is.
pub(crate) fn document_author(tokens: &[Token], m: Mention, text: &str) -> Mention {
    let document = |h: usize| {
        tokens[h].info().document
            && word(tokens, h, text).is_some_and(|w| w.starts_with(char::is_lowercase))
    };
    let from = |k: usize| word(tokens, k, text).is_some_and(|w| matches!(w, "from" | "by"));
    // (`a statement released by the office`: a participle of issuing may come between.)
    let issued = |k: usize| word(tokens, k, text).is_some_and(|w| ISSUED.contains(&w));
    let author = (m.tokens.clone()).find_map(|h| {
        if !document(h) {
            None
        } else if from(h + 1) {
            Some(h + 2)
        } else {
            (issued(h + 1) && from(h + 2)).then_some(h + 3)
        }
    });
    let Some(author) = author else {
        return m;
    };
    forward(tokens, author, text)
        .filter(|a| !matches!(a.kind, MentionKind::Pronoun(..)))
        .unwrap_or(m)
}

/// Whether token `k` ends an inverted speaker's phrase (`said Ruiz and Hale.`, `said Ruiz
/// and Hale in a statement`): punctuation, or a preposition opening an adjunct.
pub(crate) fn ends_inverted_speaker(tokens: &[Token], k: usize, text: &str) -> bool {
    tokens.get(k).map_or(true, |t| {
        t.kind != Kind::Word || ADJUNCT_PREPOSITIONS.contains(&t.text(text))
    })
}

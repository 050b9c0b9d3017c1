//! Who holds each title or role the article gives (`Mayor Dana Ruiz`, `Ana Ruiz, the
//! minister,`), for a description to find.

use super::*;

/// The person a title or role names in the document, as [`role_holders`] collects them.
pub(super) struct Holder<'t> {
    pub(super) full: Cow<'t, str>,
    /// Where the document first styles them so.
    pub(super) first: usize,
    /// The title and role words it first styles them with (`Democratic front-runner`).
    pub(super) styled: Range<usize>,
    /// Whether more than one person holds it: then it names no one in particular.
    pub(super) shared: bool,
}

/// Every title word and role head given a person in the document (`Doctor Pell`,
/// `Mr. Bumble, the beadle`), by the [`word_key`] of its full form (`dr` is `doctor`), so
/// that a description whose holder was introduced far back still finds the one person so
/// styled.
///
/// Also returns the people given any title or role, each once.
pub(super) fn role_holders<'t>(
    text: &'t str,
    names: &[NameRef<'t>],
) -> (FxHashMap<u64, Holder<'t>>, FxHashMap<Cow<'t, str>, ()>) {
    let mut holders: FxHashMap<u64, Holder<'t>> = FxHashMap::default();
    let mut titled = FxHashMap::default();
    for n in names.iter().filter(|n| n.person) {
        // (`Northlight Artists, her management company,`: an institution's description,
        // no person's role.)
        let role = n
            .role
            .as_ref()
            .and_then(|r| text[r.clone()].split_whitespace().last())
            .filter(|w| {
                let info = lexicon::lookup(w);
                info.role || !info.org
            });
        if n.title.is_some() || role.is_some() {
            titled.insert(n.full.clone(), ());
        }
        let title = n.title.as_ref().map_or("", |t| &text[t.clone()]);
        // (Title and role as one stretch, to read their qualifiers from: `Democratic` in
        // `Democratic front-runner Ana Ruiz`.)
        let styled = [n.title.clone(), n.role.clone()]
            .into_iter()
            .flatten()
            .reduce(|a, b| a.start.min(b.start)..a.end.max(b.end))
            .unwrap_or(n.start..n.start);
        for w in title.split_whitespace().chain(role) {
            let key = word_key(lexicon::full_title(w.trim_end_matches('.')));
            holders
                .entry(key)
                .and_modify(|h| h.shared |= h.full != n.full)
                .or_insert_with(|| Holder {
                    full: n.full.clone(),
                    first: n.start,
                    styled: styled.clone(),
                    shared: false,
                });
        }
    }
    (holders, titled)
}

/// Prepositions that open a phrase closing an apposition (`a surgeon in the town`, `a
/// spokesman for the ministry`, `a manager with the union`). Not `of`: `president of the
/// rowing club` holds another office than `the president`.
pub(super) const APPOSITION_PREPOSITIONS: &[&str] = &["in", "at", "from", "for", "on", "with"];

/// Longest phrase after an apposition's head, in words.
pub(super) const MAX_APPOSITION_PHRASE: usize = 6;

/// The description set off by commas beside a name, if its head is a role noun: after it
/// (`Robert Gates, the defense secretary,`) or before it (`The beadle, Mr. Bumble,`); and
/// whether such a description shows the name a person's, which a phrase of `of` may also
/// close (`Yuni, a resident of Lampung,`), though it gives no role to be known by:
/// `president of the rowing club` holds another office than `the president`.
pub(super) fn appositive_role(
    tokens: &[Token],
    m: &Mention,
    text: &str,
) -> (Option<Range<usize>>, bool) {
    // An apposition is set off on both sides: `In Hale Street, the lad ran` is no
    // description of the street.
    let closed = |k: usize| {
        tokens.get(k).map_or(true, |t| {
            matches!(
                t.kind,
                Kind::Punct(',' | '.' | ';' | '!' | '?') | Kind::Break
            )
        })
    };
    // `Mr. Pell, a doctor in the village,`: a short phrase of place or
    // affiliation may close the description before its comma.
    let closed_after_phrase = |k: usize, prepositions: &[&str]| {
        let opens = tokens
            .get(k)
            .is_some_and(|t| t.kind == Kind::Word && prepositions.contains(&t.text(text)));
        opens
            && (k + 1..tokens.len().min(k + 1 + MAX_APPOSITION_PHRASE))
                .find(|&j| tokens[j].kind != Kind::Word || tokens[j].info().verb.is_some())
                .is_some_and(|j| tokens[j].kind != Kind::Word && closed(j))
    };
    let end = m.tokens.end;
    // `Northlight Artists, her management company,`: an institution described so is
    // found by its noun (`the company said`), but is no person.
    let institution = |d: &Mention| {
        d.kind == MentionKind::Org
            && tokens[d.tokens.end - 1]
                .text(text)
                .starts_with(|c: char| c.is_ascii_lowercase())
    };
    let described = tokens.get(end).filter(|t| t.is_punct(',')).and_then(|_| {
        mention::forward(tokens, end + 1, text)
            .filter(|d| d.kind == MentionKind::Role || institution(d))
            // `Ana Ruiz, the ferocious brawler who`: a relative clause closes it.
            .or_else(|| mention::who_described(tokens, end + 1, text))
    });
    let (after, person) = match described {
        Some(d) => {
            let e = d.tokens.end;
            let role = closed(e)
                || closed_after_phrase(e, APPOSITION_PREPOSITIONS)
                || mention::who_follows(tokens, e, text);
            let person = !institution(&d) && (role || closed_after_phrase(e, &["of"]));
            (role.then_some(d), person)
        }
        None => (None, false),
    };
    let before = || {
        let comma = m.tokens.start.checked_sub(1)?;
        // `the Tall Sailor, Master Peter Quill, and Mr. Dunn`: a list, not an
        // apposition.
        let listed = tokens.get(end).is_some_and(|t| t.is_punct(','))
            && tokens
                .get(end + 1)
                .is_some_and(|t| matches!(t.text(text), "and" | "or"));
        // (`the lead author, Dr. Ann Ruiz of the University of Leeds.`: a short phrase of
        // `of` may follow the name, telling where the person works. Not the phrases of
        // place, which a list's items take too: `his niece in a mackintosh, Jock in a
        // tweed coat, ...`.)
        let closed_after_name = closed(end) || closed_after_phrase(end, &["of"]);
        if !tokens[comma].is_punct(',') || !closed_after_name || listed {
            return None;
        }
        let d = mention::backward(tokens, comma, text)?;
        // `the Collector, Mr. Turton,`: a capitalized description too (read back from the
        // comma, `Collector` is a name after `the`).
        let epithet = matches!(d.kind, MentionKind::Name | MentionKind::Org)
            && d.tokens.start > 0
            && tokens[d.tokens.start - 1]
                .text(text)
                .eq_ignore_ascii_case("the");
        ((d.kind == MentionKind::Role || epithet || institution(&d)) && d.tokens.end == comma)
            .then_some(d)
    };
    let role = after.or_else(before);
    let person = person || role.as_ref().is_some_and(|d| !institution(d));
    (role.map(|d| d.span), person)
}

/// Whether name mention `m` stands after a preposition of place ([`PLACE_PREPOSITIONS`]),
/// or after one and `the` (`out into the Rue Cambon`).
pub(super) fn placed(tokens: &[Token], m: &Mention, text: &str) -> bool {
    before_article(tokens, m, text).is_some_and(|before| {
        before.kind == Kind::Word
            && PLACE_PREPOSITIONS
                .iter()
                .any(|p| before.text(text).eq_ignore_ascii_case(p))
    })
}

/// The token before name mention `m`, past a `the` right before it: the preposition of
/// `in the Rue Cambon`, the verb of `muttered the Hermit`.
pub(super) fn before_article<'k>(
    tokens: &'k [Token],
    m: &Mention,
    text: &str,
) -> Option<&'k Token> {
    let mut i = m.tokens.start;
    if i > 0 && tokens[i - 1].text(text).eq_ignore_ascii_case("the") {
        i -= 1;
    }
    i.checked_sub(1).map(|k| &tokens[k])
}

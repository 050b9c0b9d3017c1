//! `it` that stands for nothing: the subject English puts first when the real one comes
//! later (`It was easy to say "yes"`, `It was agreed that ...`, `It was on a Monday that
//! she ...`). Such an `it` names no speaker, where `It said` of a ministry does.

use super::*;

/// Auxiliaries that may stand between `it` and `be`: `It would have been easy for Ruiz
/// to answer`.
pub(super) const AUXILIARIES: &[&str] = &[
    "would", "will", "could", "might", "may", "must", "should", "can", "had", "has", "have",
];

/// Words of degree and frequency between `be` and what follows it (`It is all very well
/// for Ruiz`, `It was soon generally agreed`). Other adverbs in `-ly` are stepped over too.
pub(super) const DEGREE_WORDS: &[&str] = &[
    "all", "very", "quite", "so", "too", "not", "never", "also", "further", "soon", "still",
    "just", "only", "rather", "much", "more", "most", "less", "now", "then", "always", "often",
    "perhaps", "indeed", "even", "almost", "hardly",
];

/// Adjectives and nouns of judgement whose subject, after `it is`, is a clause that comes
/// later (`It is easy to say`, `It was strange that`, `It is time to say`). Not those that
/// tell of the subject itself: `It was quick to add` is said of a ministry, `It is likely
/// to say` of a court.
pub(super) const EXTRAPOSED_PREDICATES: &[&str] = &[
    "easy",
    "easier",
    "hard",
    "harder",
    "difficult",
    "impossible",
    "possible",
    "well",
    "better",
    "best",
    "natural",
    "tempting",
    "useless",
    "pointless",
    "foolish",
    "silly",
    "wise",
    "unwise",
    "absurd",
    "strange",
    "odd",
    "curious",
    "remarkable",
    "notable",
    "true",
    "clear",
    "obvious",
    "plain",
    "evident",
    "necessary",
    "important",
    "essential",
    "right",
    "wrong",
    "fair",
    "unfair",
    "time",
    "enough",
    "vain",
    "idle",
    "nice",
    "good",
    "fine",
    "kind",
    "cruel",
    "rude",
    "unkind",
    "safe",
    "funny",
    "sad",
    "pity",
    "shame",
    "lucky",
    "fortunate",
    "unfortunate",
    "ironic",
    "typical",
    "worth",
];

/// Participles of verbs of saying and thinking whose passive takes `it` for the clause or
/// words reported (`It was agreed that`, `It was thought "very rash"`): the speakers go
/// unnamed, and `it` is none of them.
pub(super) const REPORTED_PARTICIPLES: &[&str] = &[
    "said",
    "thought",
    "agreed",
    "reported",
    "understood",
    "believed",
    "felt",
    "rumoured",
    "rumored",
    "conceded",
    "concluded",
    "announced",
    "decided",
    "settled",
    "known",
    "supposed",
    "alleged",
    "claimed",
    "feared",
    "hoped",
    "estimated",
    "argued",
    "suggested",
    "whispered",
    "hinted",
    "arranged",
];

/// Prepositions that may open what `it is` puts first in a sentence whose subject comes
/// later: `It was on the tip of Ruiz's tongue to answer`, `It was on a Monday that she`.
/// (Only with a clause or `to` and a verb after them: `It was in Spanish and read` tells
/// of a sign.)
pub(super) const FRONTED_PREPOSITIONS: &[&str] = &[
    "on", "in", "at", "upon", "through", "of", "for", "within", "beyond", "as", "into",
];

/// Words after `it is as` that open a clause of comparison: `It is as if the walls said`.
pub(super) const AS_IF: &[&str] = &["if", "though"];

/// Verbs of a thought coming to mind, or of mattering and seeming, whose `it` stands for a
/// clause after them, with whether that clause must be a finite one: `It occurred to him
/// that`, `It had crossed her mind to say`, but `It seemed that` (`It seemed to say
/// "hello"` tells of a parrot).
pub(super) const EXTRAPOSING_VERBS: &[(&str, bool)] = &[
    ("occurred", false),
    ("occurs", false),
    ("struck", false),
    ("strikes", false),
    ("flashed", false),
    ("dawned", false),
    ("crossed", false),
    ("passed", false),
    ("seemed", true),
    ("seems", true),
    ("appeared", true),
    ("appears", true),
    ("mattered", true),
    ("matters", true),
    ("happened", true),
    ("happens", true),
];

/// How far after `it` [`expletive_it`] looks for the clause the sentence puts later, in
/// words: `It was on the tip of Ruiz's tongue to answer`.
pub(super) const MAX_FRONTED: usize = 12;

/// Whether the `it` at token `i` stands for nothing, its sentence's real subject coming
/// later: `It is all very well for Ruiz to promise`, `It was thought "rash"`, `It was on a
/// Monday that`, `It had crossed her mind to say`.
pub(crate) fn expletive_it(tokens: &[Token], i: usize, text: &str) -> bool {
    let w = |k: usize| word(tokens, k, text);
    let mut k = i + 1;
    while w(k).is_some_and(|a| AUXILIARIES.contains(&a)) && k < i + 3 {
        k += 1;
    }
    // `It had crossed her mind to say`: a verb of a thought coming to mind, with the
    // clause after it.
    if let Some(&(_, finite)) = w(k).and_then(|v| EXTRAPOSING_VERBS.iter().find(|e| e.0 == v)) {
        return later_clause(tokens, k + 1, text, finite);
    }
    // (`It were idle to say`, in older prose: any form of `be`.)
    if !w(k).is_some_and(|b| crate::rules::BE_FORMS.contains(&b)) {
        return false;
    }
    k += 1;
    while w(k).is_some_and(|a| DEGREE_WORDS.contains(&a) || a.len() > 4 && a.ends_with("ly")) {
        k += 1;
    }
    let Some(p) = w(k) else {
        return false;
    };
    let compared = p == "as" && w(k + 1).is_some_and(|c| AS_IF.contains(&c));
    compared
        || EXTRAPOSED_PREDICATES.contains(&p)
        || REPORTED_PARTICIPLES.contains(&p)
        || FRONTED_PREPOSITIONS.contains(&p) && later_clause(tokens, k + 1, text, false)
}

/// The subject of the clause that a sentence opening with an expletive `it` at token `i`
/// puts later, before token `limit`: the one after `that` (`It was on a Monday that Hume
/// told the porter`), the one after `for` before `to` and a verb (`It is easy for Ruiz to
/// say`), or the one whose thought or lips the sentence puts first before `to`
/// and a verb (`It was on the tip of Ruiz's tongue to answer`, `It occurred to him to ask`).
/// `None` when `it` is no expletive, or the clause names no one (`It was easy to say`).
pub(crate) fn later_subject(
    tokens: &[Token],
    i: usize,
    limit: usize,
    text: &str,
) -> Option<Mention> {
    // (Asked wherever a sentence's subject is read: `it` is tested first.)
    if !word(tokens, i, text).is_some_and(|w| w.eq_ignore_ascii_case("it"))
        || !expletive_it(tokens, i, text)
    {
        return None;
    }
    let end = limit.min(i + 1 + MAX_FRONTED);
    let k = (i + 1..end)
        .map_while(|k| word(tokens, k, text).map(|w| (k, w)))
        .find(|&(k, w)| w == "that" || w == "to" && verb_after_to(tokens, k, text))?
        .0;
    if word(tokens, k, text) == Some("that") {
        return forward(tokens, k + 1, text);
    }
    // `for the council to promise`: the one named after `for` is the subject.
    if let Some(m) = (i + 1..k)
        .filter(|&j| word(tokens, j, text) == Some("for"))
        .find_map(|j| forward(tokens, j + 1, text).filter(|m| m.tokens.end == k))
    {
        return Some(m);
    }
    // `on the tip of her tongue`, `to him`: the person the words before `to` hold.
    (i + 1..k).find_map(|j| {
        let w = word(tokens, j, text)?;
        match lexicon::object_pronoun(w) {
            // (`her` is both: `to her`, `her tongue`.)
            Some((g, n)) => Some(single(tokens, j, MentionKind::Pronoun(g, n), g)),
            None if w == "his" || strip_possessive(w).1 => possessor(tokens, j, text),
            None => None,
        }
    })
}

/// Whether `to` at token `k` comes before a verb (`to reply`), not an object (`to her`,
/// `to the porter`).
fn verb_after_to(tokens: &[Token], k: usize, text: &str) -> bool {
    word(tokens, k + 1, text).is_some_and(|v| {
        let info = tokens[k + 1].info();
        v.starts_with(|c: char| c.is_ascii_lowercase())
            && info.function.is_none()
            && info.pronoun.is_none()
            && lexicon::object_pronoun(v).is_none()
    })
}

/// Whether a clause follows within [`MAX_FRONTED`] words from token `from`: `that`, or
/// (unless `finite` only) `to` and a verb (`to reply`, not `to her`).
fn later_clause(tokens: &[Token], from: usize, text: &str, finite: bool) -> bool {
    (from..from + MAX_FRONTED)
        .map_while(|k| word(tokens, k, text).map(|w| (k, w)))
        .any(|(k, w)| w == "that" || !finite && w == "to" && verb_after_to(tokens, k, text))
}

#[cfg(test)]
mod tests {
    use super::*;
    fn expletive(s: &str) -> bool {
        let tokens = crate::token::analyze(s).1;
        let i = tokens
            .iter()
            .position(|t| t.text(s).eq_ignore_ascii_case("it"))
            .unwrap();
        expletive_it(&tokens, i, s)
    }

    #[test]
    fn it_before_a_later_subject_stands_for_nothing() {
        for s in [
            "It is all very well for the council to promise \"come early\", but nobody did.",
            "It would have been easy to answer: \"No.\"",
            "It was generally agreed that the ferry would wait.",
            "It was thought \"most unwise\" to sell the boat.",
            "It was on the tip of Ruiz's tongue to answer: \"Never.\"",
            "It was on a Monday that Hume told the porter.",
            "It had crossed her mind to say so.",
            "It occurred to him that the clocks were wrong.",
            "It is as if the walls themselves shouted \"Go!\"",
            // Older prose's subjunctive.
            "It were idle to argue the point.",
        ] {
            assert!(expletive(s), "{s}");
        }
    }

    #[test]
    fn it_of_a_body_or_a_thing_is_kept() {
        for s in [
            // The ministry is quick; the sign is in Spanish and reads.
            "It was quick to add: \"The review is ongoing.\"",
            "It was in Spanish and read: \"Closed.\"",
            "It said in a statement: \"We regret the delay.\"",
            // A parrot seems to say, a court is likely to rule.
            "It seemed to say \"hello\" to us.",
            "It is likely to rule on Friday.",
            // `to her` is no verb after `to`.
            "It was in a letter to her mother.",
        ] {
            assert!(!expletive(s), "{s}");
        }
    }
}

//! Shares and counts of people standing as a subject with no noun after them, as polls
//! and surveys are reported: `21 percent said`, `nine out of 10 say`, `six in 10 say`,
//! `nearly half said`, `two-thirds said`, `only 28 said`. Each is a group, a part of those
//! the text has just counted; no name or description reads one.

use super::*;

/// Words of one token that are a fraction of a group (`half`, `two-thirds`).
const FRACTIONS: &[&str] = &[
    "half",
    "one-third",
    "two-thirds",
    "one-quarter",
    "three-quarters",
    "one-fifth",
];

/// Fraction nouns after `a` or `one` (`a third`, `one quarter`).
const FRACTION_NOUNS: &[&str] = &["third", "quarter", "fifth"];

/// Words that make a bare count the subject (`only 28 said`, `just two said`): a number
/// alone before a verb is as often a year or a name.
const COUNT_LEADS: &[&str] = &["only", "just"];

/// Where a share of people that starts with the number at token `number` ends: `21
/// percent`, `47%`, `Sixty-six percent`, `nine out of 10`, `six in 10`. `None` when no
/// share starts there.
pub(super) fn share_end(tokens: &[Token], number: usize, text: &str) -> Option<usize> {
    // Asked of every word read forward: the word after the number first, by its length.
    let next = tokens.get(number + 1)?;
    let percent = next.is_punct('%') || next.span.len() == 7 && next.text(text) == "percent";
    let out_of = next.span.len() == 3 && next.text(text) == "out";
    let in_ = next.span.len() == 2 && next.text(text) == "in";
    if !(percent || out_of || in_) {
        return None;
    }
    let t = &tokens[number];
    if !(number_word(t, text) || compound_number(t, text)) {
        return None;
    }
    if percent {
        return Some(number + 2);
    }
    // (`six in 10`: the second number after `in` is a round one, of those asked; `five in
    // 2016` is a count in a year.)
    if in_ {
        let of = tokens.get(number + 2)?;
        let round = matches!(of.text(text), "10" | "100" | "ten");
        return round.then_some(number + 3);
    }
    let out_of = word(tokens, number + 2, text) == Some("of")
        && tokens.get(number + 3).is_some_and(|t| number_word(t, text));
    out_of.then_some(number + 4)
}

/// Whether `t` is a number written as words joined by a hyphen (`Sixty-six`,
/// `Twenty-one`).
fn compound_number(t: &Token, text: &str) -> bool {
    let w = t.text(text);
    let part = |p: &str| {
        let p = p.to_ascii_lowercase();
        lexicon::lookup(&p).number || matches!(p.as_str(), "one" | "two" | "three")
    };
    t.kind == Kind::Word && w.contains('-') && w.split('-').all(part)
}

/// Where a fraction of people that starts at token `i` ends: `half`, `two-thirds`, `a
/// third`. Not when `of` follows: `half of the residents` names whom it counts, and the
/// description reader reads it. Read back from a verb only: after one, `called half a
/// dozen directors` counts the object.
fn fraction_end(tokens: &[Token], i: usize, text: &str) -> Option<usize> {
    let w = word(tokens, i, text)?;
    let end = if FRACTIONS.iter().any(|f| w.eq_ignore_ascii_case(f)) {
        i + 1
    } else if (w.eq_ignore_ascii_case("a") || w.eq_ignore_ascii_case("one"))
        && word(tokens, i + 1, text).is_some_and(|n| FRACTION_NOUNS.contains(&n))
    {
        i + 2
    } else {
        return None;
    };
    (word(tokens, end, text) != Some("of")).then_some(end)
}

/// The share, fraction or count of people that ends right before token `end` and opens
/// its clause, perhaps after a word of approximation (`nearly half`, `more than six in
/// 10`) or, for a bare count, after [`COUNT_LEADS`] or `all but` (`only 28`, `all but
/// two`). The word of approximation is left out of the mention, as the reader forward
/// leaves it; a count's lead is kept, since without it the count reads as a year.
pub(super) fn share_before(tokens: &[Token], end: usize, text: &str) -> Option<Mention> {
    // (Asked of every phrase read back: what the last word may be first.)
    let last = &tokens[end.checked_sub(1)?];
    let w = last.text(text);
    let may_end = last.is_punct('%')
        || last.kind == Kind::Word
            && (last.info().number
                || w.starts_with(|c: char| c.is_ascii_digit())
                || w.contains('-')
                || matches!(w, "percent" | "two" | "three")
                || FRACTION_NOUNS.contains(&w)
                // (The other fractions are joined by a hyphen.)
                || w.eq_ignore_ascii_case("half"));
    if !may_end {
        return None;
    }
    let group = |start: usize| Some(phrase(tokens, start..end, MentionKind::Group, None));
    for start in (end.saturating_sub(4)..end).rev() {
        let share = share_end(tokens, start, text) == Some(end)
            || fraction_end(tokens, start, text) == Some(end);
        if share && opens_clause(tokens, skip_lead(tokens, start, text), text) {
            return group(start);
        }
    }
    // `only 28 said`, `all but two said`.
    let n = end.checked_sub(1)?;
    let count = number_word(&tokens[n], text)
        || compound_number(&tokens[n], text)
        || word(tokens, n, text).is_some_and(|w| matches!(w, "two" | "three"));
    if !count || n == 0 {
        return None;
    }
    let lead = word(tokens, n - 1, text)?;
    let start = if COUNT_LEADS.iter().any(|l| lead.eq_ignore_ascii_case(l)) {
        n - 1
    } else if lead == "but" && n >= 2 && word(tokens, n - 2, text)?.eq_ignore_ascii_case("all") {
        n - 2
    } else {
        return None;
    };
    opens_clause(tokens, start, text)
        .then(|| group(start))
        .flatten()
}

/// Where the words of approximation before token `k` start (`nearly`, `more than`,
/// `fewer than`, `at least`), or `k` when none stands there.
fn skip_lead(tokens: &[Token], k: usize, text: &str) -> usize {
    if k >= 1 && tokens[k - 1].info().approximation {
        return k - 1;
    }
    let two = k >= 2
        && matches!(word(tokens, k - 1, text), Some("than" | "least"))
        && word(tokens, k - 2, text).is_some_and(|w| {
            ["more", "fewer", "less", "at"]
                .iter()
                .any(|l| w.eq_ignore_ascii_case(l))
        });
    if two {
        k - 2
    } else {
        k
    }
}

/// Whether token `k` opens its clause: nothing before it, or punctuation, or a
/// conjunction that opens a clause (`and two-thirds said`).
fn opens_clause(tokens: &[Token], k: usize, text: &str) -> bool {
    k.checked_sub(1).map_or(true, |b| {
        tokens[b].kind != Kind::Word || CLAUSE_OPENERS.contains(&tokens[b].text(text))
    })
}

#[cfg(test)]
mod tests {
    use crate::token::analyze;

    /// The words of the share ending before the first `said` in `text`, if one does.
    fn share(text: &str) -> Option<String> {
        let (_, tokens) = analyze(text);
        let said = tokens.iter().position(|t| t.text(text) == "said")?;
        super::share_before(&tokens, said, text).map(|m| text[m.span].to_string())
    }

    #[test]
    fn shares_fractions_and_counts_open_a_clause() {
        for (text, words) in [
            ("Six in 10 said the plan was rushed.", "Six in 10"),
            ("More than six in 10 said it was.", "six in 10"),
            ("Sixty-six percent said it was.", "Sixty-six percent"),
            ("Nine out of 10 said it was.", "Nine out of 10"),
            ("Nearly half said it was.", "half"),
            ("About a third said it was.", "a third"),
            ("Two-thirds said it was.", "Two-thirds"),
            ("Of the 48 towns, only 28 said yes.", "only 28"),
            ("All but two said the county should pay.", "All but two"),
        ] {
            assert_eq!(share(text).as_deref(), Some(words), "{text}");
        }
    }

    #[test]
    fn a_share_inside_a_phrase_or_a_bare_number_is_none() {
        for text in [
            // A share of something named, a count in a year, a fraction inside a phrase.
            "The first half said little about the plan.",
            "Sales rose five in 2016 said the report.",
            "In 2016 28 said the plan was rushed.",
            "The other two said the plan was rushed.",
        ] {
            assert_eq!(share(text), None, "{text}");
        }
    }
}

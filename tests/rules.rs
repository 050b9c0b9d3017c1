//! Every rule in the table fires on its positive examples, with the speaker they name, and
//! not on its negative ones.

use quotation::{Quote, QuoteKind, Rule, RULES};

/// The quotes of `text` of the rule's own kind: reported speech for `indirect-` rules,
/// quotes in marks for the others.
fn quotes_for<'a>(rule: &Rule, text: &'a str) -> Vec<Quote<'a>> {
    let indirect = rule.name.starts_with("indirect-");
    quotation::extract_quotes(text)
        .into_iter()
        .filter(|q| (q.kind == QuoteKind::Indirect) == indirect)
        .collect()
}

#[test]
fn every_rule_fires_on_its_positive_examples() {
    for rule in RULES {
        assert!(
            !rule.positive.is_empty(),
            "{} has no positive example",
            rule.name
        );
        for (text, index, speaker) in rule.positive {
            let quotes = quotes_for(rule, text);
            let q = quotes.get(*index).unwrap_or_else(|| {
                panic!("{}: no quote {index} in {text:?}: {quotes:#?}", rule.name)
            });
            assert_eq!(q.rule, Some(rule.name), "{text:?}: {q:#?}");
            assert_eq!(
                q.speaker.as_ref().map(|s| s.mention),
                Some(*speaker),
                "{}: {text:?}",
                rule.name
            );
            assert_eq!(q.confidence, rule.confidence);
        }
    }
}

#[test]
fn no_rule_fires_on_its_negative_examples() {
    for rule in RULES {
        assert!(
            !rule.negative.is_empty(),
            "{} has no negative example",
            rule.name
        );
        for (text, index) in rule.negative {
            let quotes = quotes_for(rule, text);
            if let Some(q) = quotes.get(*index) {
                assert_ne!(q.rule, Some(rule.name), "{}: {text:?}: {q:#?}", rule.name);
            }
        }
    }
}

#[test]
fn rule_names_are_unique_and_confidences_are_probabilities() {
    for (i, a) in RULES.iter().enumerate() {
        assert!((0.0..=1.0).contains(&a.confidence), "{}", a.name);
        for b in &RULES[i + 1..] {
            assert_ne!(a.name, b.name);
        }
    }
}

//! Property tests: on any string, and on strings made of the characters that matter
//! (marks, apostrophes, newlines, speech verbs, names), the output keeps its invariants.

use proptest::prelude::*;
use quotation::{extract_quotes, Gazetteer, QuoteKind};

/// Checks every invariant of the extractor's output on `input`.
fn check(input: &str) -> Result<(), TestCaseError> {
    let quotes = extract_quotes(input);
    let mut last_end = 0;
    let mut last_start = 0;
    for q in &quotes {
        prop_assert!(input.is_char_boundary(q.span.start) && input.is_char_boundary(q.span.end));
        prop_assert_eq!(&input[q.span.clone()], q.text);
        prop_assert!(q.span.start >= last_start, "not sorted");
        last_start = q.span.start;
        if q.kind != QuoteKind::Indirect {
            prop_assert!(q.span.start >= last_end, "quotes in marks overlap");
            last_end = q.span.end;
        }
        if let Some(s) = &q.speaker {
            prop_assert!(s.span.end <= input.len());
            prop_assert_eq!(&input[s.span.clone()], s.mention);
        }
        if let Some(c) = &q.cue {
            prop_assert_eq!(&input[c.span.clone()], c.text);
        }
        prop_assert!((0.0..=1.0).contains(&q.confidence));
    }
    prop_assert_eq!(&quotes, &extract_quotes(input), "not deterministic");
    Ok(())
}

/// Pieces of text that exercise the scanner and the rules.
fn piece() -> impl Strategy<Value = &'static str> {
    prop::sample::select(vec![
        "\"",
        "'",
        "“",
        "”",
        "‘",
        "’",
        "«",
        "»",
        "„",
        "「",
        "」",
        "''",
        "\n",
        "\n\n",
        " ",
        ",",
        ".",
        ":",
        "—",
        " said ",
        " told ",
        " he ",
        " she ",
        "Gates",
        " Ada Okafor ",
        " the minister ",
        "According to ",
        " don't ",
        " '90s ",
        "rock 'n' roll",
        "Mr. ",
        "U.S. officials",
        "é",
        "日本",
        "word",
        "Added ",
        " asked ",
        ", who ",
        " saying ",
    ])
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn any_string(s in any::<String>()) {
        check(&s)?;
    }

    #[test]
    fn strings_of_marks_and_speech(parts in prop::collection::vec(piece(), 0..60)) {
        check(&parts.concat())?;
    }

    #[test]
    fn gazetteer_loading_never_panics(s in any::<String>()) {
        let _ = Gazetteer::from_tsv(&s, "fuzz.tsv");
        let _ = Gazetteer::from_json(&s, "fuzz.json");
    }

    #[test]
    fn json_shaped_gazetteers_never_panic(parts in prop::collection::vec(prop::sample::select(vec![
        "[", "]", "{", "}", ",", ":", "\"name\"", "\"aliases\"", "\"gender\"", "\"roles\"", "\"x\"",
        "\"male\"", "1", "null", "true", "\n", "\"\\u00e9\"", "\"\\ud800\"",
    ]), 0..40)) {
        let _ = Gazetteer::from_json(&parts.concat(), "fuzz.json");
    }
}

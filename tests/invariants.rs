//! The invariants every output keeps, on awkward inputs written by hand.

use quotation::{extract_quotes, QuoteKind};

pub fn check(input: &str) {
    let quotes = extract_quotes(input);
    let mut last_end = 0;
    let mut last_indirect_end = 0;
    let mut last_start = 0;
    for q in &quotes {
        assert!(q.span.start >= last_start, "not sorted");
        last_start = q.span.start;
        if q.kind == QuoteKind::Indirect {
            assert!(
                q.span.start >= last_indirect_end,
                "indirect quotes overlap in {input:?}"
            );
            last_indirect_end = q.span.end;
        }
        assert!(input.is_char_boundary(q.span.start) && input.is_char_boundary(q.span.end));
        assert_eq!(&input[q.span.clone()], q.text);
        assert!(!q.text.is_empty());
        if q.kind != QuoteKind::Indirect {
            assert!(q.span.start >= last_end, "overlap in {input:?}");
            last_end = q.span.end;
        }
        if let Some(s) = &q.speaker {
            assert_eq!(&input[s.span.clone()], s.mention);
        }
        if let Some(c) = &q.cue {
            assert_eq!(&input[c.span.clone()], c.text);
        }
        assert!((0.0..=1.0).contains(&q.confidence));
    }
    assert_eq!(quotes, extract_quotes(input), "not deterministic");
}

#[test]
fn awkward_inputs() {
    let cases = [
        "",
        "\"",
        "''",
        "'",
        "“”",
        "\"\"\"\"\"\"",
        "« » « »",
        "„“”",
        "\"a\" \"b\" \"c",
        "\n\n\"\n\n\"\n\n",
        "said said said \"\" said",
        "\"Q,\" said",
        "\"Q,\" he",
        ",\"Q\"",
        "Ä \"ö,\" Ü said. 「日本」 『語』 ‹x› ‚y‘",
        "\"x\u{301}\" \u{200d}'y'",
        "\"“‘'’”\"",
        "He said: \"",
        "'tis 'twas '90s 'n' 'em",
        "\"A,\" — \"B\" — C",
        "a\r\n\"b,\" c said.\r\n",
        "according to",
        ", according to the city",
        "said but said but",
        "READ MORE:",
        "Will",
        "called it",
        "what he calls",
        "\u{200b}\u{feff}said\u{200b}",
        // Two commas with a capitalized word between a line's start and them: the reader
        // of a place before a comma must not step back past the text's first token.
        "R\nDs,,G5R\n",
        // A text that opens inside an institution's name (`of` or `for` first, a field,
        // `and`, a second field): the reader of `Department of Health and Wellness` must
        // not look for the institution noun before the text's first token.
        "of the Lakes and Exchange Commission. Harbour workers say the plan is late.",
        "for the Lakes and Exchange Commission.\"\n\nHarbour workers say the plan is late.",
        // A text that opens with a relative pronoun: no comma before it to find.
        "who is new to the board, also decried Ruiz\u{2019}s plan, noting he has \u{201c}given \
         nothing\u{201d} for the town.",
    ];
    for c in cases {
        check(c);
    }
}

#[test]
fn every_prefix_of_an_article_is_safe() {
    let text = include_str!("../examples/sample_article.txt");
    for (i, _) in text.char_indices().step_by(7) {
        check(&text[..i]);
        check(&text[i..]);
    }
}

/// A chain of parentheses before a verb is read only a few steps back: the reader's work
/// per quote stays bounded, and a name half a megabyte away is not the speaker.
#[test]
fn a_long_chain_of_parentheses_is_not_walked() {
    let text = format!("Ortiz{} said: \"We won.\"", " ( )".repeat(100_000));
    let quotes = quotation::extract_quotes(&text);
    assert_eq!(quotes.len(), 1);
    assert_eq!(quotes[0].text, "We won.");
    assert!(quotes[0].speaker.is_none(), "{:?}", quotes[0].speaker);
}

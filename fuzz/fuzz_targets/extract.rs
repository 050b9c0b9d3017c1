//! Any UTF-8 input: no panic, and the output keeps its invariants.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let quotes = quotation::extract_quotes(text);
    let mut last_end = 0;
    for q in &quotes {
        assert_eq!(&text[q.span.clone()], q.text);
        if q.kind != quotation::QuoteKind::Indirect {
            assert!(q.span.start >= last_end);
            last_end = q.span.end;
        }
        if let Some(s) = &q.speaker {
            assert_eq!(&text[s.span.clone()], s.mention);
        }
    }
});

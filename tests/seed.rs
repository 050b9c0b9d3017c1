//! The annotated seed article in `../shared/eval/`, when it is there: every quoted span
//! found with its exact byte span, nothing else in marks reported, and every speaker's full
//! name right.

use std::path::Path;

use quotation::{extract_quotes, QuoteKind};

#[test]
fn seed_article_spans_and_speakers() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/eval");
    let (Ok(text), Ok(gold)) = (
        std::fs::read_to_string(dir.join("seed_article.txt")),
        std::fs::read_to_string(dir.join("seed_article.jsonl")),
    ) else {
        eprintln!("../shared/eval is not beside the checkout; skipping the seed check");
        return;
    };
    let doc: serde_json::Value = serde_json::from_str(gold.lines().next().unwrap()).unwrap();
    assert_eq!(doc["text"].as_str().unwrap(), text);
    let gold: Vec<(usize, usize, String)> = doc["quotes"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|q| q["kind"] == "direct")
        .map(|q| {
            let name = q["speaker_canonical"].as_str().unwrap().to_string();
            (
                q["start"].as_u64().unwrap() as usize,
                q["end"].as_u64().unwrap() as usize,
                name,
            )
        })
        .collect();
    assert_eq!(gold.len(), 17);
    let found: Vec<(usize, usize, String)> = extract_quotes(&text)
        .into_iter()
        .filter(|q| q.kind != QuoteKind::Indirect)
        .map(|q| {
            (
                q.span.start,
                q.span.end,
                q.speaker.map(|s| s.name.to_string()).unwrap_or_default(),
            )
        })
        .collect();
    assert_eq!(found, gold);
}

#[test]
fn seed_article_reported_speech() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/eval");
    let Ok(gold) = std::fs::read_to_string(dir.join("seed_article.jsonl")) else {
        eprintln!("../shared/eval is not beside the checkout; skipping the seed check");
        return;
    };
    let doc: serde_json::Value = serde_json::from_str(gold.lines().next().unwrap()).unwrap();
    let text = doc["text"].as_str().unwrap();
    let found: Vec<_> = extract_quotes(text)
        .into_iter()
        .filter(|q| q.kind == QuoteKind::Indirect)
        .collect();
    let gold: Vec<&serde_json::Value> = doc["quotes"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|q| q["kind"] == "indirect")
        .collect();
    assert_eq!(gold.len(), 16);
    for g in gold {
        let (s, e) = (
            g["start"].as_u64().unwrap() as usize,
            g["end"].as_u64().unwrap() as usize,
        );
        let (ss, se) = (
            g["speaker_start"].as_u64().unwrap() as usize,
            g["speaker_end"].as_u64().unwrap() as usize,
        );
        // The scorer's test: at least half of the gold clause covered by one found clause,
        // whose speaker mention is the annotated one.
        let hit = found.iter().find(|q| {
            let overlap = q.span.end.min(e).saturating_sub(q.span.start.max(s));
            2 * overlap >= e - s
        });
        let q = hit.unwrap_or_else(|| panic!("not found: {}", g["text"]));
        let sp = q.speaker.as_ref().unwrap();
        assert!(
            sp.span.start < se && ss < sp.span.end,
            "{}: speaker {:?}",
            g["text"],
            sp.mention
        );
    }
}

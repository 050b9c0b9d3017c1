//! Throughput of the full extraction, in bytes of input per second.
//!
//! `cargo bench --bench extract` runs it on the bundled sample article, on a large text made
//! of it, and on the news articles of `../shared/eval/*_dev.jsonl` when that folder is
//! there. Each bench checks the number of quotes it finds, so a broken fast path cannot look
//! fast.

use std::hint::black_box;
use std::path::Path;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};

const SAMPLE: &str = include_str!("../examples/sample_article.txt");

/// The article texts of the news dev files, joined by blank lines.
fn news_corpus() -> Option<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/eval");
    let mut out = String::new();
    for f in ["gendergaptracker_dev.jsonl", "polnear_dev.jsonl"] {
        let data = std::fs::read_to_string(dir.join(f)).ok()?;
        for line in data.lines().filter(|l| !l.trim().is_empty()) {
            let doc: serde_json::Value = serde_json::from_str(line).ok()?;
            out.push_str(doc["text"].as_str()?);
            out.push_str("\n\n");
        }
    }
    Some(out)
}

fn bench(c: &mut Criterion) {
    let mut g = c.benchmark_group("extract");
    let sample_quotes = quotation::extract_quotes(SAMPLE).len();
    assert_eq!(sample_quotes, 11);
    g.throughput(Throughput::Bytes(SAMPLE.len() as u64));
    g.bench_function("sample_article", |b| {
        b.iter(|| {
            assert_eq!(
                quotation::extract_quotes(black_box(SAMPLE)).len(),
                sample_quotes
            )
        })
    });

    let big = SAMPLE.repeat(200);
    let big_quotes = quotation::extract_quotes(&big).len();
    assert!(big_quotes >= 200 * 10);
    g.throughput(Throughput::Bytes(big.len() as u64));
    g.bench_function("sample_x200", |b| {
        b.iter(|| assert_eq!(quotation::extract_quotes(black_box(&big)).len(), big_quotes))
    });

    if let Some(news) = news_corpus() {
        let docs: Vec<&str> = news.split("\n\n\n").collect();
        let n = quotation::extract_quotes(&news).len();
        assert!(
            n > 5_000,
            "the dev news corpus has thousands of quotes, found {n}"
        );
        g.throughput(Throughput::Bytes(news.len() as u64));
        g.bench_function("news_dev_corpus", |b| {
            b.iter(|| assert_eq!(quotation::extract_quotes(black_box(&news)).len(), n))
        });
        let _ = docs;
    } else {
        eprintln!("../shared/eval not found: skipping the news corpus bench");
    }
    g.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20).measurement_time(std::time::Duration::from_secs(3));
    targets = bench
}
criterion_main!(benches);

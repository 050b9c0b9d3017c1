//! Throughput, in bytes of input per second, of each stage and of the whole extraction.
//!
//! `cargo bench --bench extract` runs, on the bundled sample article, on the article texts
//! of `../shared/eval/*_dev.jsonl` when that folder is there, and on hostile shapes at two
//! sizes (so that linear time shows as equal throughput):
//! - `memchr`: a plain `memchr` count of `"`, the floor any scan is measured against;
//! - `scan`: the quotation-mark scanner alone;
//! - `cues`: scan, tokenization and the speech-verb lookup of every word;
//! - `extract`: the whole pipeline, attribution and resolution included; on the news
//!   articles also one call per article (`extract/news_dev_articles`), as a pipeline runs it.
//!
//! Each bench checks the count it computes, so a broken fast path cannot look fast.

use std::hint::black_box;
use std::path::Path;

use criterion::{criterion_group, criterion_main, BenchmarkGroup, Criterion, Throughput};
use quotation::stages;

const SAMPLE: &str = include_str!("../examples/sample_article.txt");

/// The article texts of the news dev files, one string each.
fn news_articles() -> Option<Vec<String>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/eval");
    let mut out = Vec::new();
    for f in ["gendergaptracker_dev.jsonl", "polnear_dev.jsonl"] {
        let data = std::fs::read_to_string(dir.join(f)).ok()?;
        for line in data.lines().filter(|l| !l.trim().is_empty()) {
            let doc: serde_json::Value = serde_json::from_str(line).ok()?;
            out.push(doc["text"].as_str()?.to_string());
        }
    }
    Some(out)
}

/// Inputs built to find super-linear paths, at about `size` bytes.
fn hostile(size: usize) -> Vec<(&'static str, String)> {
    let fill = |unit: &str| unit.repeat(size / unit.len().max(1));
    vec![
        ("only_marks", fill("\"'“”‘’«»")),
        ("only_openers", fill("“‘«„")),
        (
            "unclosed_then_text",
            format!("\"{}", fill("the council met and voted again ")),
        ),
        (
            "no_newline",
            fill("\"Yes,\" he said, and \"no,\" she said, "),
        ),
        ("paragraphs_opening_quotes", fill("\"We begin again\n\n")),
        // A transcript quoted turn by turn: every paragraph reopens with a speaker's label.
        ("transcript_turns", fill("\"RUIZ: We begin again\n\n")),
        (
            "verbs_without_quotes",
            fill("said told added insisted Gates said "),
        ),
        ("alternating_marks", fill("\"'\"'")),
        // Most of a feed's pieces quote no one: prose with neither marks nor reports.
        (
            "prose_without_quotes",
            fill("The council met on Tuesday and passed the budget again. "),
        ),
        // One endless sentence of reports, of verbs that may take a thing, and of sources.
        (
            "reports_with_but",
            fill("Ruiz said the vote was fair but Cole said "),
        ),
        (
            "object_or_clause_verbs",
            fill("Ruiz announced a plan and noted the "),
        ),
        (
            "according_to_sources",
            fill("rates rose, according to the city, and "),
        ),
        (
            "names_and_pronouns",
            fill("Ada Okafor said he told Mr. Gates she \"q,\" "),
        ),
        // Two full names sharing a surname, then the surname alone: every lone surname
        // weighs the namesakes named before it.
        (
            "namesakes",
            fill("Ann Smith met Bob Smith (they/them). \"No,\" Smith said. \"Yes,\" they said. "),
        ),
        // Acronyms as speakers, one spelled out in parentheses again and again and one
        // never: each one's name is looked up, never searched for back through the text.
        (
            "acronyms",
            fill("\"No,\" HPA said. Harbour Port Authority (HPA) met. \"Yes,\" CCPA said. "),
        ),
        // A first-person dialogue whose other speaker addresses a new name every turn:
        // every name is a candidate for the narrator's.
        ("narrator_turns_new_names", narrator_turns(size)),
    ]
}

/// `"Wait, Bcd," said Tom.¶"Yes," I said.¶` with a different name in each turn.
fn narrator_turns(size: usize) -> String {
    let mut out = String::with_capacity(size + 64);
    let mut k: usize = 0;
    while out.len() < size {
        let digits = format!("{:06}", k);
        let name: String = digits
            .bytes()
            .enumerate()
            .map(|(i, d)| {
                let c = (b'a' + (d - b'0')) as char;
                if i == 0 {
                    c.to_ascii_uppercase()
                } else {
                    c
                }
            })
            .collect();
        out.push_str(&format!("“Wait, {name},” said Tom.\n\n“Yes,” I said.\n\n"));
        k += 1;
    }
    out
}

fn stage_benches(
    g: &mut BenchmarkGroup<'_, criterion::measurement::WallTime>,
    name: &str,
    text: &str,
) {
    let bytes = text.as_bytes();
    g.throughput(Throughput::Bytes(text.len() as u64));
    let marks = memchr::memchr_iter(b'"', bytes).count();
    g.bench_function(format!("memchr/{name}"), |b| {
        b.iter(|| assert_eq!(memchr::memchr_iter(b'"', black_box(bytes)).count(), marks))
    });
    let scanned = stages::scan_count(text);
    g.bench_function(format!("scan/{name}"), |b| {
        b.iter(|| assert_eq!(stages::scan_count(black_box(text)), scanned))
    });
    let cues = stages::cue_count(text);
    g.bench_function(format!("cues/{name}"), |b| {
        b.iter(|| assert_eq!(stages::cue_count(black_box(text)), cues))
    });
    let quotes = quotation::extract_quotes(text).len();
    g.bench_function(format!("extract/{name}"), |b| {
        b.iter(|| assert_eq!(quotation::extract_quotes(black_box(text)).len(), quotes))
    });
}

fn bench_articles(c: &mut Criterion) {
    let mut g = c.benchmark_group("articles");
    let in_marks = quotation::extract_quotes(SAMPLE)
        .iter()
        .filter(|q| q.kind != quotation::QuoteKind::Indirect)
        .count();
    assert_eq!(in_marks, 11);
    stage_benches(&mut g, "sample_article", SAMPLE);
    match news_articles() {
        Some(articles) => {
            // The articles joined by blank lines, as one long text for the stage benches.
            let news = articles.join("\n\n");
            assert!(quotation::extract_quotes(&news).len() > 5_000);
            stage_benches(&mut g, "news_dev_corpus", &news);
            // What a pipeline does: one call per article.
            let total: usize = articles.iter().map(String::len).sum();
            let per_article = |a: &[String]| -> usize {
                a.iter()
                    .map(|t| quotation::extract_quotes(black_box(t)).len())
                    .sum()
            };
            let quotes = per_article(&articles);
            assert!(quotes > 5_000);
            g.throughput(Throughput::Bytes(total as u64));
            g.bench_function("extract/news_dev_articles", |b| {
                b.iter(|| assert_eq!(per_article(&articles), quotes))
            });
        }
        None => eprintln!("../shared/eval not found: skipping the news corpus"),
    }
    g.finish();
}

/// The sizes of the hostile inputs, in MiB: 1 and 4, or the ones `QUOTATION_HOSTILE_MIB`
/// lists (`4,16`). `scripts/linear.py` measures a shape again at 4 and 16 MiB when its
/// 1-to-4 ratio is high: a shape that does little work per byte slows down once its tokens
/// no longer fit in the cache at 4 MiB, and past the caches only a super-linear cost shows.
fn hostile_sizes() -> Vec<usize> {
    let listed = std::env::var("QUOTATION_HOSTILE_MIB").ok().and_then(|v| {
        v.split(',')
            .map(|s| s.trim().parse().ok())
            .collect::<Option<Vec<usize>>>()
    });
    listed.unwrap_or_else(|| vec![1, 4])
}

fn bench_hostile(c: &mut Criterion) {
    let mut g = c.benchmark_group("hostile");
    for size in hostile_sizes().into_iter().map(|mib| mib << 20) {
        for (name, text) in hostile(size) {
            g.throughput(Throughput::Bytes(text.len() as u64));
            // Counted at the bench's first call, not before: criterion calls it only for a
            // selected bench, so `cargo bench -- articles` does not extract 60 MiB of
            // hostile text first.
            let count = std::cell::OnceCell::new();
            g.bench_function(format!("extract/{name}/{}MiB", size >> 20), |b| {
                let n = *count.get_or_init(|| quotation::extract_quotes(&text).len());
                b.iter(|| assert_eq!(quotation::extract_quotes(black_box(&text)).len(), n))
            });
        }
    }
    g.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(10).measurement_time(std::time::Duration::from_secs(2)).warm_up_time(std::time::Duration::from_millis(500));
    targets = bench_articles, bench_hostile
}
criterion_main!(benches);

//! Building and loading a gazetteer, and what it changes.
//!
//! ```text
//! cargo run --example gazetteer
//! cargo run --example gazetteer -- speakers.tsv
//! ```

use quotation::{Entry, Extractor, Gazetteer, Gender};

const ARTICLE: &str = "\
\"We will publish every figure,\" Dr. Osei said on Monday.

\"All of them, including the bad ones,\" she added.

\"That is new,\" the treasurer said. \"We welcome it.\"";

fn show(label: &str, x: &Extractor) {
    println!("{label}:");
    for q in x.extract(ARTICLE) {
        let s = q.speaker.as_ref().map_or("?".into(), |s| {
            let gender = s
                .gender
                .map_or("gender unknown".into(), |g| format!("{g:?}"));
            format!("{} -> {} ({gender})", s.mention, s.name)
        });
        println!("  {:40} {s}", format!("{:?}", q.text));
    }
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    show("without a gazetteer", &Extractor::new());

    // Built in code: canonical name, aliases, gender and roles.
    let mut g = Gazetteer::new();
    g.insert(
        Entry::new("Abena Osei")
            .alias("Dr. Osei")
            .alias("Osei")
            .gender(Gender::Female),
    )?;
    g.insert(
        Entry::new("Marcus Hale")
            .gender(Gender::Male)
            .role("treasurer"),
    )?;
    show(
        "with a gazetteer built in code",
        &Extractor::builder().gazetteer(g).build(),
    );

    // Loaded from a file named on the command line, or from TSV text.
    let g = match std::env::args().nth(1) {
        Some(path) => Gazetteer::load(path)?,
        None => Gazetteer::from_tsv(
            "Abena Osei\tOsei; Dr. Osei\tfemale\nMarcus Hale\t\tmale\ttreasurer\n",
            "inline.tsv",
        )?,
    };
    show(
        "with a loaded gazetteer",
        &Extractor::builder().gazetteer(g).build(),
    );

    // A bad file is an error naming the line and the problem.
    let err = Gazetteer::from_tsv("Abena Osei\tOsei\tsometimes\n", "bad.tsv").unwrap_err();
    println!("a bad file: {err}");
    Ok(())
}

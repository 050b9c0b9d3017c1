//! Prints the quotations in a text as JSON, one object per line.
//!
//! ```text
//! cargo run --example extract -- examples/sample_article.txt
//! cargo run --example extract -- --gazetteer speakers.tsv article.txt
//! cargo run --release --example extract -- --jsonl docs.jsonl > quotes.jsonl
//! cat article.txt | cargo run --example extract
//! ```
//!
//! With `--jsonl`, the input has one document per line, `{"id": ..., "text": ..., ...}`, and
//! the output one line per document, `{"id": ..., "quotes": [...]}`.

mod documents;

use std::io::{self, BufWriter, Write};
use std::process::ExitCode;

use documents::Args;

fn run(args: Args) -> Result<(), Box<dyn std::error::Error>> {
    let extractor = args.extractor()?;
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    args.documents(|id, text| {
        let quotes = extractor.extract(text);
        if args.jsonl {
            let record = serde_json::json!({ "id": id, "quotes": quotes });
            serde_json::to_writer(&mut out, &record)?;
            out.write_all(b"\n")?;
        } else {
            for q in quotes {
                serde_json::to_writer(&mut out, &q)?;
                out.write_all(b"\n")?;
            }
        }
        Ok(())
    })?;
    out.flush()?;
    Ok(())
}

fn main() -> ExitCode {
    documents::main("extract [--jsonl] [--gazetteer FILE] [FILE]", 1, run)
}

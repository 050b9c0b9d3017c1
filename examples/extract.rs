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
//! the output one line per document, `{"id": ..., "quotes": [...]}`, in the input's order.
//! The documents are shared out among as many threads as the machine runs (`--threads N`
//! to choose), one extractor serving them all.

mod documents;

use std::io::{self, BufWriter, Write};
use std::process::ExitCode;

use documents::Args;

fn run(args: Args) -> Result<(), Box<dyn std::error::Error>> {
    let extractor = args.extractor()?;
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    // Each document's lines are written on its thread; only the writing is in order.
    let lines = |id: &serde_json::Value, text: &str| -> serde_json::Result<Vec<u8>> {
        let quotes = extractor.extract(text);
        let mut lines = Vec::new();
        if args.jsonl {
            // (Written field by field: a `json!` value would sort each quote's fields and
            // print its `f32` confidence widened, `0.9399999976158142` for `0.94`.)
            lines.extend_from_slice(b"{\"id\":");
            serde_json::to_writer(&mut lines, id)?;
            lines.extend_from_slice(b",\"quotes\":");
            serde_json::to_writer(&mut lines, &quotes)?;
            lines.extend_from_slice(b"}\n");
        } else {
            for q in quotes {
                serde_json::to_writer(&mut lines, &q)?;
                lines.push(b'\n');
            }
        }
        Ok(lines)
    };
    args.documents(lines, |lines| Ok(out.write_all(&lines?)?))?;
    out.flush()?;
    Ok(())
}

fn main() -> ExitCode {
    documents::main(
        "extract [--jsonl] [--gazetteer FILE] [--threads N] [FILE]",
        1,
        run,
    )
}

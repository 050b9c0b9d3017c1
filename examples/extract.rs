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

use std::io::{self, BufRead, BufWriter, Read, Write};
use std::process::ExitCode;

use quotation::{Extractor, Gazetteer};

struct Args {
    jsonl: bool,
    gazetteer: Option<String>,
    file: Option<String>,
}

fn parse_args() -> Result<Args, String> {
    let mut args = Args {
        jsonl: false,
        gazetteer: None,
        file: None,
    };
    let mut it = std::env::args().skip(1);
    while let Some(a) = it.next() {
        match a.as_str() {
            "--jsonl" => args.jsonl = true,
            "--gazetteer" => args.gazetteer = Some(it.next().ok_or("--gazetteer needs a file")?),
            "-h" | "--help" => {
                return Err("usage: extract [--jsonl] [--gazetteer FILE] [FILE]".into())
            }
            _ if a.starts_with("--") => return Err(format!("unknown option {a}")),
            _ if args.file.is_none() => args.file = Some(a),
            _ => return Err(format!("unexpected argument {a}")),
        }
    }
    Ok(args)
}

fn input(file: &Option<String>) -> io::Result<Box<dyn BufRead>> {
    Ok(match file {
        Some(f) => Box::new(io::BufReader::new(std::fs::File::open(f)?)),
        None => Box::new(io::BufReader::new(io::stdin())),
    })
}

fn run(args: Args) -> Result<(), Box<dyn std::error::Error>> {
    let mut builder = Extractor::builder();
    if let Some(g) = &args.gazetteer {
        builder = builder.gazetteer(Gazetteer::load(g)?);
    }
    let extractor = builder.build();
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut reader = input(&args.file)?;
    if args.jsonl {
        for (n, line) in reader.lines().enumerate() {
            let line = line?;
            if line.trim().is_empty() {
                continue;
            }
            let doc: serde_json::Value =
                serde_json::from_str(&line).map_err(|e| format!("line {}: {e}", n + 1))?;
            let text = doc["text"]
                .as_str()
                .ok_or_else(|| format!("line {}: no \"text\" string", n + 1))?;
            let quotes = extractor.extract(text);
            let record = serde_json::json!({ "id": doc["id"], "quotes": quotes });
            serde_json::to_writer(&mut out, &record)?;
            out.write_all(b"\n")?;
        }
    } else {
        let mut text = String::new();
        reader.read_to_string(&mut text)?;
        for q in extractor.extract(&text) {
            serde_json::to_writer(&mut out, &q)?;
            out.write_all(b"\n")?;
        }
    }
    out.flush()?;
    Ok(())
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(a) => a,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(2);
        }
    };
    match run(args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

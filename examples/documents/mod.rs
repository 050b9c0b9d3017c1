//! What the examples read, shared by them: plain text (files, or stdin), or with `--jsonl`
//! documents one per line, `{"id": ..., "text": ...}`; and the extractor that
//! `--gazetteer FILE` asks for.

use std::error::Error;
use std::io::{self, BufRead, Read};
use std::process::ExitCode;

use quotation::{Extractor, Gazetteer};

/// The command line every example takes: `[--jsonl] [--gazetteer FILE] [FILE]...`.
pub struct Args {
    /// Each input line is a JSON document.
    pub jsonl: bool,
    /// A gazetteer of known speakers to load.
    pub gazetteer: Option<String>,
    /// The inputs; stdin when there are none.
    pub files: Vec<String>,
}

impl Args {
    /// Reads the command line, taking at most `max_files` inputs; the error is the message
    /// to print (`usage` for `--help`).
    pub fn parse(usage: &str, max_files: usize) -> Result<Args, String> {
        let mut args = Args {
            jsonl: false,
            gazetteer: None,
            files: Vec::new(),
        };
        let mut it = std::env::args().skip(1);
        while let Some(a) = it.next() {
            match a.as_str() {
                "--jsonl" => args.jsonl = true,
                "--gazetteer" => {
                    args.gazetteer = Some(it.next().ok_or("--gazetteer needs a file")?)
                }
                "-h" | "--help" => return Err(format!("usage: {usage}")),
                _ if a.starts_with("--") => return Err(format!("unknown option {a}")),
                _ if args.files.len() < max_files => args.files.push(a),
                _ => return Err(format!("unexpected argument {a}")),
            }
        }
        Ok(args)
    }

    /// The extractor, with the gazetteer loaded if one was given.
    pub fn extractor(&self) -> Result<Extractor, Box<dyn Error>> {
        let mut builder = Extractor::builder();
        if let Some(g) = &self.gazetteer {
            builder = builder.gazetteer(Gazetteer::load(g)?);
        }
        Ok(builder.build())
    }

    /// Calls `each` with every document in order: its id (the `id` of its JSON line, or its
    /// file name, `null` for stdin) and its text.
    pub fn documents(
        &self,
        mut each: impl FnMut(&serde_json::Value, &str) -> Result<(), Box<dyn Error>>,
    ) -> Result<(), Box<dyn Error>> {
        let inputs: Vec<Option<&str>> = if self.files.is_empty() {
            vec![None]
        } else {
            self.files.iter().map(|f| Some(f.as_str())).collect()
        };
        for file in inputs {
            let mut reader: Box<dyn BufRead> = match file {
                Some(f) => Box::new(io::BufReader::new(
                    std::fs::File::open(f).map_err(|e| format!("{f}: {e}"))?,
                )),
                None => Box::new(io::BufReader::new(io::stdin())),
            };
            let name = file.unwrap_or("stdin");
            if !self.jsonl {
                let mut text = String::new();
                reader
                    .read_to_string(&mut text)
                    .map_err(|e| format!("{name}: {e}"))?;
                each(&file.map_or(serde_json::Value::Null, Into::into), &text)?;
                continue;
            }
            for (n, line) in reader.lines().enumerate() {
                let line = line?;
                if line.trim().is_empty() {
                    continue;
                }
                let doc: serde_json::Value = serde_json::from_str(&line)
                    .map_err(|e| format!("{name}, line {}: {e}", n + 1))?;
                let text = doc["text"]
                    .as_str()
                    .ok_or_else(|| format!("{name}, line {}: no \"text\" string", n + 1))?;
                each(&doc["id"], text)?;
            }
        }
        Ok(())
    }
}

/// Runs an example: reads its command line (see [`Args::parse`]), then `run`. A bad command
/// line exits with 2, an error with 1, each with its message on stderr.
pub fn main(
    usage: &str,
    max_files: usize,
    run: impl FnOnce(Args) -> Result<(), Box<dyn Error>>,
) -> ExitCode {
    let args = match Args::parse(usage, max_files) {
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

//! What the examples read, shared by them: plain text (files, or stdin), or with `--jsonl`
//! documents one per line, `{"id": ..., "text": ...}`; the extractor that `--gazetteer
//! FILE` asks for; and the threads `--threads N` spreads the documents over.

use std::error::Error;
use std::io::{self, BufRead, Read};
use std::process::ExitCode;

use quotation::{Extractor, Gazetteer};

/// The command line every example takes:
/// `[--jsonl] [--gazetteer FILE] [--threads N] [FILE]...`.
pub struct Args {
    /// Each input line is a JSON document.
    pub jsonl: bool,
    /// A gazetteer of known speakers to load.
    pub gazetteer: Option<String>,
    /// How many threads extract at once: by default, as many as the machine runs.
    pub threads: usize,
    /// The inputs; stdin when there are none.
    pub files: Vec<String>,
}

/// Documents read before they are shared out among the threads: enough that each thread
/// has a run of them, few enough that a batch of news articles is a few megabytes.
const BATCH: usize = 512;

impl Args {
    /// Reads the command line, taking at most `max_files` inputs; the error is the message
    /// to print (`usage` for `--help`).
    pub fn parse(usage: &str, max_files: usize) -> Result<Args, String> {
        let mut args = Args {
            jsonl: false,
            gazetteer: None,
            threads: std::thread::available_parallelism().map_or(1, usize::from),
            files: Vec::new(),
        };
        let mut it = std::env::args().skip(1);
        while let Some(a) = it.next() {
            match a.as_str() {
                "--jsonl" => args.jsonl = true,
                "--gazetteer" => {
                    args.gazetteer = Some(it.next().ok_or("--gazetteer needs a file")?)
                }
                "--threads" => {
                    args.threads = it
                        .next()
                        .and_then(|n| n.parse().ok())
                        .filter(|&n| n > 0)
                        .ok_or("--threads needs a number above 0")?
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

    /// Runs `work` on every document, its id (the `id` of its JSON line, or its file name,
    /// `null` for stdin) and its text, on [`Args::threads`] threads, and hands each result
    /// to `emit` in the order of the input, whatever the threads' order. Results come out a
    /// batch at a time, [`BATCH`] documents (or the end of the input): a stream piped in
    /// line by line is answered in batches, not line by line.
    pub fn documents<T: Send>(
        &self,
        work: impl Fn(&serde_json::Value, &str) -> T + Sync,
        mut emit: impl FnMut(T) -> Result<(), Box<dyn Error>>,
    ) -> Result<(), Box<dyn Error>> {
        let mut batch: Vec<(serde_json::Value, String)> = Vec::with_capacity(BATCH);
        let mut flush = |batch: &mut Vec<(serde_json::Value, String)>| {
            for t in self.map(batch, &work) {
                emit(t)?;
            }
            batch.clear();
            Ok::<(), Box<dyn Error>>(())
        };
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
                batch.push((file.map_or(serde_json::Value::Null, Into::into), text));
                if batch.len() == BATCH {
                    flush(&mut batch)?;
                }
            } else {
                for (n, line) in reader.lines().enumerate() {
                    let line = line?;
                    if line.trim().is_empty() {
                        continue;
                    }
                    let doc = serde_json::from_str::<serde_json::Value>(&line)
                        .map_err(|e| e.to_string())
                        .and_then(|mut doc| match doc.get_mut("text").map(|t| t.take()) {
                            Some(serde_json::Value::String(text)) => Ok((doc["id"].take(), text)),
                            _ => Err("no \"text\" string".to_string()),
                        });
                    let (id, text) = match doc {
                        Ok(doc) => doc,
                        Err(e) => {
                            // The documents before a bad line are written all the same.
                            flush(&mut batch)?;
                            return Err(format!("{name}, line {}: {e}", n + 1).into());
                        }
                    };
                    batch.push((id, text));
                    if batch.len() == BATCH {
                        flush(&mut batch)?;
                    }
                }
            }
        }
        flush(&mut batch)
    }

    /// `work` on each document of `batch`, in order: the batch cut into one run of documents
    /// a thread, since one extractor serves every thread.
    fn map<T: Send>(
        &self,
        batch: &[(serde_json::Value, String)],
        work: &(impl Fn(&serde_json::Value, &str) -> T + Sync),
    ) -> Vec<T> {
        let one = |docs: &[(serde_json::Value, String)]| -> Vec<T> {
            docs.iter().map(|(id, text)| work(id, text)).collect()
        };
        if self.threads == 1 || batch.len() < 2 {
            return one(batch);
        }
        let run = (batch.len() + self.threads - 1) / self.threads;
        std::thread::scope(|s| {
            let handles: Vec<_> = batch
                .chunks(run)
                .map(|docs| s.spawn(move || one(docs)))
                .collect();
            handles
                .into_iter()
                .flat_map(|h| h.join().expect("an extraction thread panicked"))
                .collect()
        })
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

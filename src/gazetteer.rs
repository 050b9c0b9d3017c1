//! Known speakers: canonical names, aliases, gender and roles, built in code or loaded from
//! a TSV or JSON file.
//!
//! A gazetteer entry wins over what the resolver guesses from the article: its aliases
//! resolve to its canonical name, its gender decides `he` and `she`, and its roles let a
//! description such as `the Pentagon chief` find the person.

use std::collections::HashMap;
use std::fmt;
use std::path::{Path, PathBuf};

use crate::json::{self, Value};
use crate::lexicon::Gender;

/// One known speaker.
///
/// ```
/// use quotation::{Entry, Gender};
/// let e = Entry::new("Ada Okafor").alias("Okafor").gender(Gender::Female).role("health minister");
/// assert_eq!(e.name, "Ada Okafor");
/// assert_eq!(e.aliases, ["Okafor"]);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// The canonical name every alias resolves to.
    pub name: String,
    /// Other names for the same speaker (`"Gates"`, `"Bob Gates"`).
    pub aliases: Vec<String>,
    /// The speaker's gender, for pronouns.
    pub gender: Option<Gender>,
    /// Offices or descriptions (`"Pentagon chief"`, `"defense secretary"`).
    pub roles: Vec<String>,
}

impl Entry {
    /// A new entry with only a canonical name.
    ///
    /// ```
    /// let e = quotation::Entry::new("Lena Fisk");
    /// assert!(e.aliases.is_empty() && e.gender.is_none() && e.roles.is_empty());
    /// ```
    pub fn new(name: impl Into<String>) -> Entry {
        Entry {
            name: name.into(),
            aliases: Vec::new(),
            gender: None,
            roles: Vec::new(),
        }
    }

    /// Adds an alias.
    ///
    /// ```
    /// let e = quotation::Entry::new("Lena Fisk").alias("Fisk");
    /// assert_eq!(e.aliases, ["Fisk"]);
    /// ```
    pub fn alias(mut self, alias: impl Into<String>) -> Entry {
        self.aliases.push(alias.into());
        self
    }

    /// Sets the gender.
    ///
    /// ```
    /// use quotation::{Entry, Gender};
    /// assert_eq!(Entry::new("Lena Fisk").gender(Gender::Female).gender, Some(Gender::Female));
    /// ```
    pub fn gender(mut self, gender: Gender) -> Entry {
        self.gender = Some(gender);
        self
    }

    /// Adds a role.
    ///
    /// ```
    /// let e = quotation::Entry::new("Lena Fisk").role("port director");
    /// assert_eq!(e.roles, ["port director"]);
    /// ```
    pub fn role(mut self, role: impl Into<String>) -> Entry {
        self.roles.push(role.into());
        self
    }
}

/// What is wrong with a gazetteer file.
///
/// Every error names the file; syntax and content errors also name the line.
///
/// ```
/// use quotation::{Gazetteer, GazetteerError};
/// let err = Gazetteer::from_tsv("Ada Okafor\tOkafor\tsometimes\n", "people.tsv").unwrap_err();
/// assert!(matches!(err, GazetteerError::Invalid { line: 1, .. }));
/// assert_eq!(err.to_string(), "people.tsv:1: unknown gender \"sometimes\" (expected male, female or neuter)");
/// ```
#[derive(Debug, thiserror::Error)]
pub enum GazetteerError {
    /// The file could not be read.
    #[error("{path}: cannot read the gazetteer: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// Why reading failed.
        #[source]
        source: std::io::Error,
    },
    /// The file's extension is neither `.tsv` nor `.json`.
    #[error("{path}: unknown gazetteer format (expected a .tsv or .json file)")]
    Format {
        /// The file.
        path: PathBuf,
    },
    /// A line of the file is malformed or contradicts another.
    #[error("{source_name}:{line}: {problem}")]
    Invalid {
        /// The file (or the name given to a string source).
        source_name: String,
        /// The 1-based line of the problem.
        line: usize,
        /// What is wrong, in words.
        problem: String,
    },
}

/// Known speakers, looked up by name, alias or role.
///
/// ```
/// use quotation::{Entry, Extractor, Gazetteer, Gender};
/// let mut g = Gazetteer::new();
/// g.insert(Entry::new("Ada Okafor").alias("the minister").gender(Gender::Female))?;
/// let x = Extractor::builder().gazetteer(g).build();
/// let q = &x.extract("\"The beds are ready,\" the minister said.")[0];
/// assert_eq!(q.speaker.as_ref().unwrap().name, "Ada Okafor");
/// # Ok::<(), quotation::GazetteerError>(())
/// ```
#[derive(Debug, Clone, Default)]
pub struct Gazetteer {
    entries: Vec<Entry>,
    /// Lower-cased names and aliases to entry indexes.
    by_name: HashMap<String, usize>,
    /// Lower-cased last words of canonical names (surnames), when only one entry has it.
    by_surname: HashMap<String, Option<usize>>,
}

impl Gazetteer {
    /// An empty gazetteer.
    ///
    /// ```
    /// assert!(quotation::Gazetteer::new().is_empty());
    /// ```
    pub fn new() -> Gazetteer {
        Gazetteer::default()
    }

    /// Number of entries.
    ///
    /// ```
    /// let g = quotation::Gazetteer::from_tsv("Ada Okafor\nLena Fisk\n", "inline").unwrap();
    /// assert_eq!(g.len(), 2);
    /// ```
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether there are no entries.
    ///
    /// ```
    /// assert!(quotation::Gazetteer::new().is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The entries, in the order they were added.
    ///
    /// ```
    /// let g = quotation::Gazetteer::from_tsv("Ada Okafor\tOkafor\n", "inline").unwrap();
    /// assert_eq!(g.entries()[0].aliases, ["Okafor"]);
    /// ```
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// Adds an entry. Fails, changing nothing, if its name is empty or one of its names
    /// already belongs to another entry.
    ///
    /// ```
    /// use quotation::{Entry, Gazetteer};
    /// let mut g = Gazetteer::new();
    /// g.insert(Entry::new("Ada Okafor").alias("Okafor")).unwrap();
    /// assert!(g.insert(Entry::new("Ben Okafor").alias("Okafor")).is_err());
    /// assert_eq!(g.len(), 1);
    /// ```
    pub fn insert(&mut self, entry: Entry) -> Result<(), GazetteerError> {
        self.insert_at(entry, "<code>", 0)
    }

    fn insert_at(&mut self, entry: Entry, source: &str, line: usize) -> Result<(), GazetteerError> {
        let invalid = |problem: String| GazetteerError::Invalid {
            source_name: source.to_string(),
            line,
            problem,
        };
        if entry.name.trim().is_empty() {
            return Err(invalid("the entry has no name".to_string()));
        }
        let idx = self.entries.len();
        let mut keys: Vec<String> = Vec::new();
        for n in std::iter::once(&entry.name).chain(&entry.aliases) {
            let key = normalize(n);
            if key.is_empty() {
                return Err(invalid("an alias is empty".to_string()));
            }
            if let Some(&other) = self.by_name.get(&key) {
                return Err(invalid(format!(
                    "the name {:?} already belongs to {:?}",
                    n, self.entries[other].name
                )));
            }
            if !keys.contains(&key) {
                keys.push(key);
            }
        }
        for key in keys {
            self.by_name.insert(key, idx);
        }
        if let Some(last) = entry.name.split_whitespace().last() {
            let slot = self.by_surname.entry(normalize(last)).or_insert(Some(idx));
            if *slot != Some(idx) {
                *slot = None;
            }
        }
        self.entries.push(entry);
        Ok(())
    }

    /// Reads a gazetteer from a `.tsv` or `.json` file.
    ///
    /// ```no_run
    /// let g = quotation::Gazetteer::load("speakers.tsv")?;
    /// # Ok::<(), quotation::GazetteerError>(())
    /// ```
    pub fn load(path: impl AsRef<Path>) -> Result<Gazetteer, GazetteerError> {
        let path = path.as_ref();
        let ext = path
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase);
        let parse: fn(&str, &str) -> Result<Gazetteer, GazetteerError> = match ext.as_deref() {
            Some("tsv") | Some("tab") => Gazetteer::from_tsv,
            Some("json") => Gazetteer::from_json,
            _ => {
                return Err(GazetteerError::Format {
                    path: path.to_path_buf(),
                })
            }
        };
        let text = std::fs::read_to_string(path).map_err(|source| GazetteerError::Io {
            path: path.to_path_buf(),
            source,
        })?;
        parse(&text, &path.display().to_string())
    }

    /// Parses TSV: one entry a line, `name<TAB>aliases<TAB>gender<TAB>roles`, aliases and
    /// roles separated by `;`, every field after the name optional. Blank lines and lines
    /// starting with `#` are skipped. `source_name` names the text in errors.
    ///
    /// ```
    /// use quotation::{Gazetteer, Gender};
    /// let g = Gazetteer::from_tsv(
    ///     "# name\taliases\tgender\troles\nAda Okafor\tOkafor; Dr. Okafor\tfemale\thealth minister\n",
    ///     "people.tsv",
    /// )?;
    /// assert_eq!(g.entries()[0].gender, Some(Gender::Female));
    /// assert_eq!(g.entries()[0].aliases, ["Okafor", "Dr. Okafor"]);
    /// # Ok::<(), quotation::GazetteerError>(())
    /// ```
    pub fn from_tsv(text: &str, source_name: &str) -> Result<Gazetteer, GazetteerError> {
        let mut g = Gazetteer::new();
        for (n, line) in text.lines().enumerate() {
            let line_no = n + 1;
            let invalid = |problem: String| GazetteerError::Invalid {
                source_name: source_name.to_string(),
                line: line_no,
                problem,
            };
            if line.trim().is_empty() || line.trim_start().starts_with('#') {
                continue;
            }
            let fields: Vec<&str> = line.split('\t').map(str::trim).collect();
            if fields.len() > 4 {
                return Err(invalid(format!(
                    "{} fields; expected at most 4: name, aliases, gender, roles",
                    fields.len()
                )));
            }
            let list = |i: usize| -> Vec<String> {
                fields.get(i).map_or(Vec::new(), |f| {
                    f.split(';')
                        .map(str::trim)
                        .filter(|s| !s.is_empty())
                        .map(String::from)
                        .collect()
                })
            };
            let gender = match fields.get(2) {
                None => None,
                Some(g) => parse_gender(g).map_err(invalid)?,
            };
            let entry = Entry {
                name: fields[0].to_string(),
                aliases: list(1),
                gender,
                roles: list(3),
            };
            g.insert_at(entry, source_name, line_no)?;
        }
        Ok(g)
    }

    /// Parses JSON: an array of objects with `name` (required), `aliases`, `gender` and
    /// `roles`. Unknown fields are errors, so a misspelt field is not silently ignored.
    ///
    /// ```
    /// let g = quotation::Gazetteer::from_json(
    ///     r#"[{"name": "Lena Fisk", "aliases": ["Fisk"], "gender": "female", "roles": ["port director"]}]"#,
    ///     "people.json",
    /// )?;
    /// assert_eq!(g.entries()[0].roles, ["port director"]);
    /// let err = quotation::Gazetteer::from_json("[\n{\"nmae\": \"X\"}\n]", "people.json").unwrap_err();
    /// assert_eq!(err.to_string(), "people.json:2: unknown field \"nmae\" (expected name, aliases, gender, roles)");
    /// # Ok::<(), quotation::GazetteerError>(())
    /// ```
    pub fn from_json(text: &str, source_name: &str) -> Result<Gazetteer, GazetteerError> {
        let invalid = |line: usize, problem: String| GazetteerError::Invalid {
            source_name: source_name.to_string(),
            line,
            problem,
        };
        let (line, value) = json::parse(text).map_err(|e| invalid(e.line, e.message))?;
        let Value::Array(items) = value else {
            return Err(invalid(
                line,
                format!("expected an array of entries, found {}", value.type_name()),
            ));
        };
        let mut g = Gazetteer::new();
        for (line, item) in items {
            let Value::Object(fields) = item else {
                return Err(invalid(
                    line,
                    format!("expected an entry object, found {}", item.type_name()),
                ));
            };
            let mut entry = Entry::new("");
            let mut has_name = false;
            for (key, fline, v) in fields {
                let strings = |v: Value| -> Result<Vec<String>, GazetteerError> {
                    let Value::Array(vs) = v else {
                        return Err(invalid(
                            fline,
                            format!(
                                "{key:?} must be an array of strings, found {}",
                                v.type_name()
                            ),
                        ));
                    };
                    vs.into_iter()
                        .map(|(l, v)| match v {
                            Value::String(s) => Ok(s),
                            other => Err(invalid(
                                l,
                                format!("{key:?} must hold strings, found {}", other.type_name()),
                            )),
                        })
                        .collect()
                };
                match (key.as_str(), v) {
                    ("name", Value::String(s)) => {
                        entry.name = s;
                        has_name = true;
                    }
                    ("gender", Value::String(s)) => {
                        entry.gender = parse_gender(&s).map_err(|p| invalid(fline, p))?
                    }
                    ("gender", Value::Null) => {}
                    ("aliases", v) => entry.aliases = strings(v)?,
                    ("roles", v) => entry.roles = strings(v)?,
                    ("name" | "gender", v) => {
                        return Err(invalid(
                            fline,
                            format!("{key:?} must be a string, found {}", v.type_name()),
                        ))
                    }
                    (other, _) => {
                        return Err(invalid(
                            fline,
                            format!(
                                "unknown field {other:?} (expected name, aliases, gender, roles)"
                            ),
                        ))
                    }
                }
            }
            if !has_name {
                return Err(invalid(line, "the entry has no \"name\"".to_string()));
            }
            g.insert_at(entry, source_name, line)?;
        }
        Ok(g)
    }

    /// The entry with this name or alias (case and a final period ignored).
    ///
    /// ```
    /// use quotation::{Entry, Gazetteer};
    /// let mut g = Gazetteer::new();
    /// g.insert(Entry::new("Lena Fisk").alias("Director Fisk")).unwrap();
    /// assert_eq!(g.get("director fisk").unwrap().name, "Lena Fisk");
    /// assert_eq!(g.get("Fisk").unwrap().name, "Lena Fisk");
    /// assert!(g.get("Fiskars").is_none());
    /// ```
    pub fn get(&self, name: &str) -> Option<&Entry> {
        // The extractor asks about every name; an empty gazetteer answers without work.
        if self.entries.is_empty() {
            return None;
        }
        let key = normalize(name);
        if let Some(&i) = self.by_name.get(&key) {
            return Some(&self.entries[i]);
        }
        // A lone surname finds the one entry whose name ends with it.
        if !key.contains(' ') {
            if let Some(Some(i)) = self.by_surname.get(&key) {
                return Some(&self.entries[*i]);
            }
        }
        None
    }

    /// The first entry one of whose roles the description contains (`the Pentagon chief`
    /// contains the role `Pentagon chief`).
    ///
    /// ```
    /// use quotation::{Entry, Gazetteer};
    /// let mut g = Gazetteer::new();
    /// g.insert(Entry::new("Lena Fisk").role("port director")).unwrap();
    /// assert_eq!(g.by_role("the port director").unwrap().name, "Lena Fisk");
    /// assert!(g.by_role("the director of music").is_none());
    /// ```
    pub fn by_role(&self, description: &str) -> Option<&Entry> {
        if self.entries.is_empty() {
            return None;
        }
        let d = format!(" {} ", normalize(description));
        self.entries.iter().find(|e| {
            e.roles
                .iter()
                .any(|r| d.contains(&format!(" {} ", normalize(r))))
        })
    }
}

impl fmt::Display for Entry {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.name)
    }
}

/// Lower case, single spaces, no trailing period: the form names are compared in.
fn normalize(s: &str) -> String {
    let s = s.trim().trim_end_matches('.');
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

fn parse_gender(s: &str) -> Result<Option<Gender>, String> {
    match s.trim().to_ascii_lowercase().as_str() {
        "" => Ok(None),
        "m" | "male" | "man" => Ok(Some(Gender::Male)),
        "f" | "female" | "woman" => Ok(Some(Gender::Female)),
        "n" | "neuter" | "org" | "organisation" | "organization" => Ok(Some(Gender::Neuter)),
        _ => Err(format!(
            "unknown gender {s:?} (expected male, female or neuter)"
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tsv_errors_name_file_line_and_problem() {
        let cases = [
            (
                "Ada Okafor\ta\tb\tc\td\n",
                1,
                "5 fields; expected at most 4: name, aliases, gender, roles",
            ),
            ("# header\n\n\tOkafor\n", 3, "the entry has no name"),
            (
                "Ada Okafor\tOkafor\nBen Okafor\tOkafor\n",
                2,
                "the name \"Okafor\" already belongs to \"Ada Okafor\"",
            ),
        ];
        for (text, line, problem) in cases {
            let err = Gazetteer::from_tsv(text, "p.tsv").unwrap_err();
            assert_eq!(err.to_string(), format!("p.tsv:{line}: {problem}"));
        }
    }

    #[test]
    fn json_errors_name_the_line() {
        let cases = [
            ("{}", 1, "expected an array of entries, found an object"),
            ("[\n 3\n]", 2, "expected an entry object, found a number"),
            ("[\n{\"aliases\": []}\n]", 2, "the entry has no \"name\""),
            (
                "[{\"name\": \"A\",\n\"aliases\": \"B\"}]",
                2,
                "\"aliases\" must be an array of strings, found a string",
            ),
            (
                "[{\"name\": \"A\",\n\"gender\": \"x\"}]",
                2,
                "unknown gender \"x\" (expected male, female or neuter)",
            ),
            (
                "[{\"name\": \"A\"},\n{\"name\": \"a\"}]",
                2,
                "the name \"a\" already belongs to \"A\"",
            ),
            ("[{\"name\": \"A\"", 1, "expected ',' or '}' in object"),
        ];
        for (text, line, problem) in cases {
            let err = Gazetteer::from_json(text, "p.json").unwrap_err();
            assert_eq!(
                err.to_string(),
                format!("p.json:{line}: {problem}"),
                "{text}"
            );
        }
    }

    #[test]
    fn surnames_find_unique_entries_only() {
        let g = Gazetteer::from_tsv("Ada Okafor\nBen Okafor\nLena Fisk\n", "x").unwrap();
        assert!(g.get("Okafor").is_none());
        assert_eq!(g.get("FISK").unwrap().name, "Lena Fisk");
    }

    #[test]
    fn load_rejects_unknown_extensions_and_missing_files() {
        assert!(matches!(
            Gazetteer::load("people.csv"),
            Err(GazetteerError::Format { .. })
        ));
        let err = Gazetteer::load("/nonexistent/people.tsv").unwrap_err();
        assert!(err
            .to_string()
            .starts_with("/nonexistent/people.tsv: cannot read"));
    }
}

//! Who is quoted, how often, and with which gender balance: tallies the speakers of the
//! quotations in a set of texts, as a media researcher counts an outlet's sources.
//!
//! ```text
//! cargo run --example sources -- examples/sample_article.txt
//! cargo run --release --example sources -- --jsonl docs.jsonl
//! cargo run --release --example sources -- --gazetteer speakers.tsv a.txt b.txt c.txt
//! ```
//!
//! Prints one tab-separated line per speaker, most quoted first: the name their quotations
//! resolve to, the gender the text gives them, whether they are a person, a group or an
//! organization, how many quotations in marks and how many reported statements are theirs,
//! and in how many documents. Then, after `#`, the totals, the share of attributed
//! quotations by the speaker's gender (`unknown` holds groups and institutions, and the
//! people the text gives no gender), and by the kind of speaker, so that the people of no
//! known gender are counted apart from the bodies that speak. A quotation split by its tag
//! (`"Yes," she said, "at once."`) counts twice, as the extractor reports two.

mod documents;

use std::collections::HashMap;
use std::io::{self, BufWriter, Write};
use std::process::ExitCode;

use documents::Args;
use quotation::{Gender, QuoteKind, SpeakerKind};

/// One speaker's quotations.
#[derive(Default)]
struct Tally {
    /// Quotations in marks (direct and partial).
    quoted: u32,
    /// Reported statements.
    reported: u32,
    /// Documents that quote them.
    documents: u32,
    /// The last document counted in `documents`, numbered from 1.
    last_document: usize,
    /// Quotations that give the speaker as a woman, as a man.
    female: u32,
    male: u32,
    /// Quotations that give the speaker as a person, a group, an organization.
    person: u32,
    group: u32,
    organization: u32,
}

impl Tally {
    fn quotes(&self) -> u32 {
        self.quoted + self.reported
    }

    /// The gender most of their quotations give the speaker; a tie tells nothing, and
    /// neither do groups and institutions, which have none. (A body most quotations show
    /// to be one keeps none: one quote read wrong must not make all of them a woman's.)
    fn gender(&self) -> &'static str {
        if matches!(self.kind(), "group" | "organization") {
            return "unknown";
        }
        match self.female.cmp(&self.male) {
            std::cmp::Ordering::Greater => "female",
            std::cmp::Ordering::Less => "male",
            std::cmp::Ordering::Equal => "unknown",
        }
    }

    /// The kind most of their quotations give the speaker; a tie, or none, tells nothing.
    fn kind(&self) -> &'static str {
        let mut kinds = [
            (self.person, "person"),
            (self.group, "group"),
            (self.organization, "organization"),
        ];
        kinds.sort_by_key(|k| std::cmp::Reverse(k.0));
        if kinds[0].0 > kinds[1].0 {
            kinds[0].1
        } else {
            "unknown"
        }
    }
}

/// `name` with each run of whitespace made one space: `Mr.\nHale` is `Mr. Hale`.
fn one_line(name: &str) -> String {
    name.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn run(args: Args) -> Result<(), Box<dyn std::error::Error>> {
    let extractor = args.extractor()?;
    let mut speakers: HashMap<String, Tally> = HashMap::new();
    let (mut documents, mut unattributed) = (0, 0);
    // Each quotation's speaker, read on the document's thread; the tally is kept here.
    let speakers_of = |_: &serde_json::Value, text: &str| {
        extractor
            .extract(text)
            .into_iter()
            // (One speaker, one line, whatever whitespace a wrapped text put in the name.)
            .map(|q| {
                q.speaker
                    .map(|s| (one_line(&s.name), q.kind, s.gender, s.kind))
            })
            .collect::<Vec<_>>()
    };
    args.documents(speakers_of, |quotes| {
        documents += 1;
        for speaker in quotes {
            let Some((name, kind, gender, speaker_kind)) = speaker else {
                unattributed += 1;
                continue;
            };
            let t = speakers.entry(name).or_default();
            match kind {
                QuoteKind::Indirect => t.reported += 1,
                QuoteKind::Direct | QuoteKind::Partial => t.quoted += 1,
            }
            match gender {
                Some(Gender::Female) => t.female += 1,
                Some(Gender::Male) => t.male += 1,
                Some(Gender::Neuter) | None => {}
            }
            match speaker_kind {
                Some(SpeakerKind::Person) => t.person += 1,
                Some(SpeakerKind::Group) => t.group += 1,
                Some(SpeakerKind::Organization) => t.organization += 1,
                None => {}
            }
            if t.last_document != documents {
                t.last_document = documents;
                t.documents += 1;
            }
        }
        Ok(())
    })?;

    let mut rows: Vec<(&String, &Tally)> = speakers.iter().collect();
    rows.sort_by(|a, b| b.1.quotes().cmp(&a.1.quotes()).then(a.0.cmp(b.0)));
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    writeln!(out, "speaker\tgender\tkind\tquoted\treported\tdocuments")?;
    let tally = |names: &[&'static str]| -> Vec<(&'static str, u32)> {
        names.iter().map(|&n| (n, 0)).collect()
    };
    let mut by_gender = tally(&["female", "male", "unknown"]);
    let mut by_kind = tally(&["person", "group", "organization", "unknown"]);
    // The people of no known gender: the part of `unknown` a gender count could still
    // resolve, by hand or with a gazetteer.
    let mut ungendered_people = 0;
    for (name, t) in &rows {
        let (gender, kind) = (t.gender(), t.kind());
        writeln!(
            out,
            "{name}\t{gender}\t{kind}\t{}\t{}\t{}",
            t.quoted, t.reported, t.documents
        )?;
        for (counts, key) in [(&mut by_gender, gender), (&mut by_kind, kind)] {
            if let Some(c) = counts.iter_mut().find(|(k, _)| *k == key) {
                c.1 += t.quotes();
            }
        }
        if kind == "person" && gender == "unknown" {
            ungendered_people += t.quotes();
        }
    }
    let (quoted, reported) = rows
        .iter()
        .fold((0, 0), |(q, r), (_, t)| (q + t.quoted, r + t.reported));
    let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
    writeln!(
        out,
        "# {}, {}: {} attributed ({quoted} in marks, {reported} reported), {unattributed} \
         with no speaker",
        plural(documents, "document"),
        plural(rows.len(), "speaker"),
        plural((quoted + reported) as usize, "quotation"),
    )?;
    let share = |n: u32, of: u32| 100.0 * f64::from(n) / f64::from(of.max(1));
    let shares = |counts: &[(&str, u32)]| {
        counts
            .iter()
            .map(|(k, n)| format!("{k} {n} ({:.1}%)", share(*n, quoted + reported)))
            .collect::<Vec<_>>()
            .join(", ")
    };
    // The share a gender-gap count reports: women among the speakers with a known gender.
    let (female, male) = (by_gender[0].1, by_gender[1].1);
    writeln!(
        out,
        "# by the speaker's gender: {}; women are {:.1}% of quotations by a woman or a man",
        shares(&by_gender),
        share(female, female + male)
    )?;
    writeln!(
        out,
        "# by the kind of speaker: {}; {ungendered_people} quotations are by people of no \
         known gender",
        shares(&by_kind),
    )?;
    out.flush()?;
    Ok(())
}

fn main() -> ExitCode {
    documents::main(
        "sources [--jsonl] [--gazetteer FILE] [--threads N] [FILE]...",
        usize::MAX,
        run,
    )
}

#[cfg(test)]
mod tests {
    use super::Tally;

    #[test]
    fn a_speaker_takes_the_gender_most_quotes_give_unless_most_show_a_body() {
        // A person named without a gender in some quotes and as a woman in others.
        let person = Tally {
            quoted: 3,
            female: 2,
            person: 3,
            ..Tally::default()
        };
        assert_eq!((person.gender(), person.kind()), ("female", "person"));
        // An agency one quote read as a woman: an organization, of no gender.
        let agency = Tally {
            reported: 17,
            female: 1,
            person: 1,
            organization: 16,
            ..Tally::default()
        };
        assert_eq!(
            (agency.gender(), agency.kind()),
            ("unknown", "organization")
        );
        // A tie tells nothing.
        let tie = Tally {
            quoted: 2,
            female: 1,
            male: 1,
            person: 2,
            ..Tally::default()
        };
        assert_eq!(tie.gender(), "unknown");
    }
}

//! The extractor: scan, tokenize, attribute, resolve, classify — one document at a time.

use std::borrow::Cow;
use std::cell::RefCell;
use std::ops::Range;
use std::sync::Arc;

use crate::gazetteer::Gazetteer;
use crate::hash::FxHashMap;
use crate::layout::Layout;
use crate::lexicon::{self, Gender};
use crate::mention::{self, Mention, MentionKind};
use crate::nonquote::Marks;
use crate::quote::{Cue, Quote, QuoteKind, Speaker};
use crate::resolve::{answers_to, tidy, PARTNER_LOOKBACK};
use crate::rules::{self, attribute_local, sentence_of, Ctx, Found, Rule};
use crate::scan::{scan, RawQuote};
use crate::token::{finish, tokenize, Kind, Token};
use crate::vocative::{after_honorific, vocatives, Vocative};

/// Extracts quotations and their speakers. Immutable once built, cheap to clone, and
/// shareable across threads.
///
/// ```
/// use quotation::Extractor;
/// let x = Extractor::new();
/// let quotes = x.extract("\"The bridge opens in May,\" Ortiz said.");
/// assert_eq!(quotes.len(), 1);
/// fn shareable<T: Send + Sync + Clone>(_: &T) {}
/// shareable(&x);
/// ```
#[derive(Debug, Clone)]
pub struct Extractor {
    gazetteer: Arc<Gazetteer>,
    indirect: bool,
}

/// Builds an [`Extractor`].
///
/// ```
/// use quotation::{Entry, Extractor, Gazetteer};
/// let mut g = Gazetteer::new();
/// g.insert(Entry::new("Lina Ortiz").alias("Ortiz")).unwrap();
/// let x = Extractor::builder().gazetteer(g).build();
/// let q = &x.extract("\"Soon,\" Ortiz said.")[0];
/// assert_eq!(q.speaker.as_ref().unwrap().name, "Lina Ortiz");
/// ```
#[derive(Debug, Clone)]
pub struct ExtractorBuilder {
    gazetteer: Gazetteer,
    indirect: bool,
}

impl Default for ExtractorBuilder {
    fn default() -> Self {
        ExtractorBuilder {
            gazetteer: Gazetteer::default(),
            indirect: true,
        }
    }
}

impl Default for Extractor {
    fn default() -> Self {
        ExtractorBuilder::default().build()
    }
}

impl ExtractorBuilder {
    /// Known speakers; their names and aliases win over what the article suggests.
    ///
    /// ```
    /// let x = quotation::Extractor::builder().gazetteer(quotation::Gazetteer::new()).build();
    /// assert!(x.extract("no quotes here").is_empty());
    /// ```
    pub fn gazetteer(mut self, gazetteer: Gazetteer) -> Self {
        self.gazetteer = gazetteer;
        self
    }

    /// Whether to report indirect (reported) speech, `kind: indirect`; on by default.
    ///
    /// ```
    /// use quotation::{Extractor, QuoteKind};
    /// let text = "Ortiz said the bridge would reopen in May.";
    /// assert_eq!(Extractor::new().extract(text)[0].kind, QuoteKind::Indirect);
    /// assert!(Extractor::builder().indirect(false).build().extract(text).is_empty());
    /// ```
    pub fn indirect(mut self, on: bool) -> Self {
        self.indirect = on;
        self
    }

    /// The extractor.
    ///
    /// ```
    /// let x = quotation::Extractor::builder().build();
    /// assert_eq!(x.extract("\"Yes,\" she said.").len(), 1);
    /// ```
    pub fn build(self) -> Extractor {
        Extractor {
            gazetteer: Arc::new(self.gazetteer),
            indirect: self.indirect,
        }
    }
}

/// What the attribution pass decided for one quote.
#[derive(Debug, Clone)]
struct Attribution<'a> {
    rule: &'static Rule,
    mention: Mention,
    cue: Option<std::ops::Range<usize>>,
    name: Cow<'a, str>,
}

impl Attribution<'_> {
    /// Whether one person spoke: not `they`, `we` or a group (`"Q," they cried.`), who
    /// are no party to a two-way exchange whose turns alternate.
    fn one_speaker(&self) -> bool {
        !self.mention.kind.is_plural()
    }
}

impl Extractor {
    /// An extractor with an empty gazetteer.
    ///
    /// ```
    /// let x = quotation::Extractor::new();
    /// assert_eq!(x.extract("“Fine,” he said.")[0].text, "Fine,");
    /// ```
    pub fn new() -> Extractor {
        Extractor::default()
    }

    /// A builder, to add a gazetteer.
    ///
    /// ```
    /// let x = quotation::Extractor::builder().build();
    /// assert!(x.extract("").is_empty());
    /// ```
    pub fn builder() -> ExtractorBuilder {
        ExtractorBuilder::default()
    }

    /// The gazetteer this extractor uses.
    ///
    /// ```
    /// assert!(quotation::Extractor::new().gazetteer().is_empty());
    /// ```
    pub fn gazetteer(&self) -> &Gazetteer {
        &self.gazetteer
    }

    /// Every quotation in `text`, in order, with its speaker where one is found.
    ///
    /// ```
    /// use quotation::{Extractor, QuoteKind};
    /// let text = "Port director Lena Fisk spoke first.\n\n\
    ///             \"We moved more cargo than ever,\" Fisk said. \"Next year will be harder.\"";
    /// let quotes = Extractor::new().extract(text);
    /// assert_eq!(quotes.len(), 2);
    /// assert_eq!(quotes[1].text, "Next year will be harder.");
    /// assert_eq!(quotes[1].speaker.as_ref().unwrap().name, "Lena Fisk");
    /// assert_eq!(quotes[1].rule, Some("continuation"));
    /// ```
    pub fn extract<'a>(&self, text: &'a str) -> Vec<Quote<'a>> {
        let layout = Layout::detect(text);
        let raws = scan(text, layout);
        if raws.is_empty() && !self.indirect {
            return Vec::new();
        }
        SCRATCH.with(|cell| {
            // A nested call (not possible today) would get fresh buffers instead of a panic.
            let mut fresh = Scratch::default();
            let mut guard = cell.try_borrow_mut();
            let scratch = match guard.as_deref_mut() {
                Ok(s) => s,
                Err(_) => &mut fresh,
            };
            let tokens = &mut scratch.tokens;
            tokens.clear();
            tokenize(text, 0..text.len(), &raws, layout, tokens);
            finish(text, &raws, tokens, &mut scratch.vocabulary);
            let reported = if self.indirect {
                crate::indirect::find(text, tokens)
            } else {
                Vec::new()
            };
            Document::new(text, &raws, tokens, &self.gazetteer).extract(reported)
        })
    }
}

/// Turns a first-person narrator must take (`"Q," I said.`) before the document is read
/// as narrated in the first person.
const MIN_NARRATOR_TURNS: usize = 10;

/// Prepositions that open a sentence with the title of a show or work, in marks, before
/// its subject: `On "Face the Facts," Ruiz named ...`, `In "The Long Road," she wrote ...`.
const OPENING_PREPOSITIONS: &[&str] = &["On", "In", "During", "After"];

/// How many turns before or after an `I` turn a vocative may be to count as addressed to
/// the narrator.
const NARRATOR_REACH: usize = 2;

/// Votes a name needs, as the way others address the narrator, to become the narrator's.
const MIN_NARRATOR_VOTES: u32 = 3;

/// First-person fiction: the narrator speaks as `I`, and the other characters address the
/// narrator by name in the turns next to theirs (`"Hello, Jake," he said.`). When a document
/// has enough `I` turns and one name clearly leads among the vocatives of the turns around
/// them (at least three votes, twice the next), the `I` turns get that name. A name the
/// narration gives as a speaker (`said Tom`) is another character's, so it gets no votes.
fn name_the_narrator(out: &mut [Quote<'_>]) {
    let is_i = |q: &Quote<'_>| {
        q.kind != QuoteKind::Indirect && q.speaker.as_ref().is_some_and(|s| s.name == "I")
    };
    if out.iter().filter(|q| is_i(q)).count() < MIN_NARRATOR_TURNS {
        return;
    }
    let turns: Vec<usize> = (0..out.len())
        .filter(|&k| out[k].kind != QuoteKind::Indirect)
        .collect();
    // Hash tables, so that a document of many turns and names stays linear.
    let mut counts: FxHashMap<&str, u32> = FxHashMap::default();
    for (n, &k) in turns.iter().enumerate() {
        let near = (n.saturating_sub(NARRATOR_REACH)..n).any(|p| is_i(&out[turns[p]]))
            || (n + 1..(n + 1 + NARRATOR_REACH).min(turns.len())).any(|f| is_i(&out[turns[f]]));
        if is_i(&out[k]) || !near {
            continue;
        }
        for v in vocatives(out[k].text) {
            *counts.entry(v.name).or_default() += 1;
        }
    }
    // The narrator is never named as a speaker in the narration: a name that a quote's own
    // sentence gives as its speaker (`said Potapitch`) is someone else's.
    let mut speaker_words: FxHashMap<&str, ()> = FxHashMap::default();
    for q in out.iter() {
        let local = q
            .rule
            .is_some_and(|r| matches!(rules::rule(r).matcher, rules::Matcher::Local(_)));
        if let Some(s) = q.speaker.as_ref().filter(|_| local) {
            for w in s.mention.split_whitespace() {
                speaker_words.insert(w, ());
            }
        }
    }
    let mut votes: Vec<(&str, u32)> = counts
        .into_iter()
        .filter(|(v, _)| !v.split(' ').any(|p| speaker_words.contains_key(p)))
        .collect();
    votes.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let Some(&(name, top)) = votes.first() else {
        return;
    };
    let second = votes.get(1).map_or(0, |v| v.1);
    if top < MIN_NARRATOR_VOTES || top < 2 * second {
        return;
    }
    let name = name.to_string();
    for &k in &turns {
        if is_i(&out[k]) {
            if let Some(s) = out[k].speaker.as_mut() {
                s.name = Cow::Owned(name.clone());
            }
        }
    }
}

/// One person has one gender. A speaker's gender is read when the quote is built, from
/// its own mention and what the document has told of the name by then; a reported clause
/// is built before the quotes after it are read, and a name's `he said` may have been
/// read by a rule of its own. So a speaker named the way other quotes of the document
/// name theirs takes the gender those give, when they all give the same one: a name's
/// quote that told it, or two of its `he` or `she` quotes (one may be a pronoun read to
/// the wrong person). (Only a capitalized name: `statement` or `office` is no one, and
/// `He` left unresolved is anyone.)
fn share_genders(out: &mut [Quote<'_>]) {
    struct Votes {
        gender: Option<Gender>,
        by_name: bool,
        by_pronoun: u32,
    }
    let mut told: FxHashMap<&str, Votes> = FxHashMap::default();
    for s in out.iter().filter_map(|q| q.speaker.as_ref()) {
        let named =
            s.name.starts_with(char::is_uppercase) && lexicon::lookup(&s.name).pronoun.is_none();
        let (Some(g), true) = (s.gender, named) else {
            continue;
        };
        let pronoun = lexicon::lookup(s.mention).pronoun.is_some();
        let v = told.entry(&s.name).or_insert(Votes {
            gender: Some(g),
            by_name: false,
            by_pronoun: 0,
        });
        // `None` once two quotes disagree.
        v.gender = v.gender.filter(|&h| h == g);
        v.by_name |= !pronoun;
        v.by_pronoun += u32::from(pronoun);
    }
    if told.is_empty() {
        return;
    }
    let shared: Vec<Option<Gender>> = out
        .iter()
        .map(|q| {
            let s = q.speaker.as_ref().filter(|s| s.gender.is_none())?;
            let v = told.get(s.name.as_ref())?;
            v.gender.filter(|_| v.by_name || v.by_pronoun >= 2)
        })
        .collect();
    for (q, g) in out.iter_mut().zip(shared) {
        if let (Some(s), Some(g)) = (q.speaker.as_mut(), g) {
            s.gender = Some(g);
        }
    }
}

/// What a question asking the one spoken to for their name says (`What is your name?`,
/// `Who are you?`), in lower case.
const NAME_QUESTIONS: &[&str] = &[
    "your name",
    "who are you",
    "what are you called",
    "what do they call you",
];

/// Words before the name an answer gives as its own (`I'm Ruth Baker`), in lower case,
/// with straight and curly apostrophes.
const SELF_INTRODUCTIONS: &[&str] = &[
    "my name is ",
    "my name's ",
    "my name\u{2019}s ",
    "they call me ",
    "call me ",
    "i am ",
    "i'm ",
    "i\u{2019}m ",
    "it is ",
    "it's ",
    "it\u{2019}s ",
];

/// Whether `quote` asks the one spoken to for their name: a [`NAME_QUESTIONS`] phrase in
/// a sentence that ends in a question mark (`Then your name will die out.` asks nothing).
fn asks_name(quote: &str) -> bool {
    let bytes = quote.as_bytes();
    NAME_QUESTIONS.iter().any(|p| {
        bytes
            .windows(p.len())
            .enumerate()
            .filter(|(_, w)| w.eq_ignore_ascii_case(p.as_bytes()))
            .any(|(i, _)| {
                bytes[i..]
                    .iter()
                    .find(|b| matches!(b, b'?' | b'.' | b'!'))
                    .is_some_and(|&b| b == b'?')
            })
    })
}

/// Where a name an answer gives lies in it: byte offsets of the whole name, and of where
/// it starts past an honorific.
struct GivenName {
    start: usize,
    bare: usize,
    end: usize,
}

/// The name `answer` opens with, or gives after a [`SELF_INTRODUCTIONS`] phrase (`Ruth
/// Baker.`, `I'm Mrs. Dale,`), and the gender its honorific or given name tells: an
/// honorific and a name, or a known given name and the capitalized words after it. None
/// when the words are no sure name, or are asked back (`Ruth Baker?`).
fn given_name(answer: &str) -> Option<(GivenName, Option<Gender>)> {
    let start = SELF_INTRODUCTIONS
        .iter()
        .find(|p| {
            answer
                .get(..p.len())
                .is_some_and(|h| h.eq_ignore_ascii_case(p))
        })
        .map_or(0, |p| p.len());
    let rest = &answer[start..];
    let (named, mut gender) = after_honorific(rest);
    let bare = start + rest.len() - named.len();
    let mut end = bare;
    let mut at = bare;
    for w in named.split(' ') {
        let word = w.trim_end_matches([',', '.', '!', ';']);
        if w.ends_with('?') {
            return None;
        }
        let name_like = word.starts_with(|c: char| c.is_uppercase())
            && word
                .chars()
                .all(|c| c.is_alphabetic() || c == '\'' || c == '-');
        if !name_like {
            break;
        }
        if end == start {
            // No honorific: the first word must be a given name.
            gender = Some(lexicon::lookup(word).given?);
        }
        end = at + word.len();
        at += w.len() + 1;
        if word.len() < w.len() {
            break;
        }
    }
    (end > bare).then_some((GivenName { start, bare, end }, gender))
}

/// The names a quotation calls people by ([`vocatives`]).
struct Addressed<'a>(Vec<Vocative<'a>>);

impl Addressed<'_> {
    /// Whether the quotation calls `name`, by an honorific of the gender `name` may have
    /// (`Mr. Elliot` calls William Elliot, not Anne Elliot): every word called is one of
    /// the name's (`Maud` calls Maud Lane), or every word of the name is called (`Tom
    /// Lane` calls the man known as `Mr. Lane`, unless its given name is of the other
    /// gender). `Ann Lane` does not call `Tom Lane`.
    fn calls(&self, name: &str, resolver: &crate::resolve::Resolver<'_, '_>) -> bool {
        self.0.iter().any(|v| {
            let called = |w: &str| v.name.split(' ').any(|c| c == w);
            let every_name_word = || {
                let given = v.name.split(' ').next().map(|w| lexicon::lookup(w).given);
                name.split_whitespace()
                    .filter(|w| lexicon::lookup(w).honorific.is_none())
                    .all(called)
                    && resolver.agrees(name, given.flatten())
            };
            (answers_to(name, v.name) || every_name_word()) && resolver.agrees(name, v.gender)
        })
    }
}

/// Most quotes after a tagged one that [`Document::addressed_in_speech`] reads as the same
/// speech: a paragraph of one speaker seldom breaks its words more often.
const MAX_SPEECH_QUOTES: usize = 4;

/// The context rules that only guess that a new paragraph is a new turn, which a turn
/// named later overrules.
const GUESSED_TURNS: [&str; 4] = [
    "paragraph-continuation",
    "dialogue-alternation",
    "narrated-partner",
    "named-partner",
];

/// Renames the speakers that a capitalized description stood for before the document
/// showed whose epithet it is. `the Peddler` is a character of its own until it has answered
/// to `Crane` often enough; once it has, the turns it spoke before, and the turns that
/// inherited them, were Crane's too. Only the unresolved form is renamed: a description the
/// resolver already gave to someone else keeps that reading.
fn late_epithets<'a>(
    attrs: &mut [Option<Attribution<'a>>],
    resolver: &crate::resolve::Resolver<'a, '_>,
) {
    // By name, so that a document with many epithets costs one lookup per quote.
    let mut renames: crate::hash::FxHashMap<Cow<'a, str>, Cow<'a, str>> = Default::default();
    for a in attrs.iter().flatten() {
        if !explicit(a) || renames.contains_key(&a.name) {
            continue;
        }
        if let Some(person) = resolver.late_epithet(&a.mention, &a.name) {
            renames.insert(a.name.clone(), person);
        }
    }
    if renames.is_empty() {
        return;
    }
    for a in attrs.iter_mut().flatten() {
        if let Some(person) = renames.get(&a.name) {
            a.name = person.clone();
        }
    }
}

/// An attribution taken over from an earlier quote's, under a context rule.
fn inherit<'a>(rule: &'static str, from: &Attribution<'a>) -> Attribution<'a> {
    Attribution {
        rule: rules::rule(rule),
        mention: from.mention.clone(),
        cue: from.cue.clone(),
        name: from.name.clone(),
    }
}

/// The speaker of the last few turns before quote `before` who answers to `called`, a name
/// someone is called by, and may be of gender `g`; never `not`.
fn spoke_as<'s, 'a>(
    before: usize,
    called: &str,
    g: Option<Gender>,
    not: Option<&str>,
    attrs: &'s [Option<Attribution<'a>>],
    resolver: &crate::resolve::Resolver<'a, '_>,
) -> Option<&'s Attribution<'a>> {
    (before.saturating_sub(PARTNER_LOOKBACK)..before)
        .rev()
        .filter_map(|j| attrs[j].as_ref())
        // (`Pooh and Piglet` spoke together; it is not Piglet who is called.)
        .find(|a| {
            not != Some(&*a.name)
                && a.one_speaker()
                && answers_to(&a.name, called)
                && resolver.agrees(&a.name, g)
        })
}

/// An attribution a context rule reads off the text around the quote: a mention with no
/// speech verb of its own (`Tom` in `"Q." Tom looked up.`).
fn read_off<'a>(rule: &'static str, mention: Mention, name: Cow<'a, str>) -> Attribution<'a> {
    Attribution {
        rule: rules::rule(rule),
        mention,
        cue: None,
        name: tidy(name),
    }
}

/// Whether an attribution was read from the quote's own sentence, not inherited.
fn explicit(a: &Attribution<'_>) -> bool {
    matches!(a.rule.matcher, rules::Matcher::Local(_))
}

/// The document's own evidence on what a new quote paragraph means: for pairs of quotes
/// opening consecutive paragraphs, both attributed from their own sentences, how often
/// the speaker stayed and how often it changed. News keeps the speaker across paragraphs
/// (`"Q1," Ortiz said.¶"Q2."`); fiction gives each turn of a dialogue its own paragraph.
#[derive(Debug, Default)]
struct Turns {
    same: u32,
    changed: u32,
}

impl Turns {
    /// Pairs needed before the document is judged.
    const MIN_PAIRS: u32 = 4;

    fn record(&mut self, same: bool) {
        if same {
            self.same += 1;
        } else {
            self.changed += 1;
        }
    }

    /// Whether the evidence so far says paragraphs alternate speakers: enough pairs, and
    /// at least seven in ten changed.
    fn dialogue(&self) -> bool {
        let pairs = self.same + self.changed;
        pairs >= Self::MIN_PAIRS && self.changed * 10 >= pairs * 7
    }
}

/// Untagged turns, each right after another, that make a document a dialogue whatever
/// its tagged pairs say ([`Document::turns_by_surface`]). One is not enough: a news
/// article may set a speaker's quotes apart as a list, one closed paragraph each. On the
/// dev news files no article has two; on passages of 4 KB cut from the dev novels, a
/// third have.
const UNTAGGED_IN_A_ROW: usize = 2;

/// Most tokens of a chapter heading ([`Document::chaptered`]): `CHAPTER XII. The Mill on
/// the River` is 8.
const MAX_CHAPTER_HEADING: usize = 12;

/// Fewest quote paragraphs answering a question of the narration that make a piece a
/// question-and-answer interview ([`Document::interviewee`]): one may be a writer's
/// rhetorical question and a quote after it.
const MIN_ANSWERS: usize = 2;

/// Buffers whose size follows the input, kept per thread and reused from one document to
/// the next, so that steady-state extraction allocates for its output, not per input byte.
#[derive(Default)]
struct Scratch {
    tokens: Vec<Token>,
    vocabulary: crate::token::Vocabulary,
}

thread_local! {
    static SCRATCH: RefCell<Scratch> = RefCell::new(Scratch::default());
}

/// One document being processed.
struct Document<'a, 'd> {
    text: &'a str,
    raws: &'d [RawQuote],
    tokens: &'d [Token],
    gazetteer: &'d Gazetteer,
    /// Token index of each quote.
    qtok: Vec<usize>,
}

/// Sentences before the last that [`Document::reporter_in_paragraph_before`] reads.
const REPORT_LOOKBACK: usize = 2;

/// Speech verbs of the sentence before a quote whose subjects are tried for its reporter,
/// latest first.
const MAX_REPORTING_VERBS: usize = 3;

impl<'a, 'd> Document<'a, 'd> {
    fn new(
        text: &'a str,
        raws: &'d [RawQuote],
        tokens: &'d [Token],
        gazetteer: &'d Gazetteer,
    ) -> Self {
        let mut qtok = vec![0; raws.len()];
        for (i, t) in tokens.iter().enumerate() {
            if let Some(q) = t.quote() {
                qtok[q] = i;
            }
        }
        Document {
            text,
            raws,
            tokens,
            gazetteer,
            qtok,
        }
    }

    /// The paragraph number of token `i`.
    fn para(&self, i: usize) -> u32 {
        self.tokens[i].para
    }

    fn ctx(&self, q: usize) -> Ctx<'_> {
        let qt = self.qtok[q];
        let (sent_start, sent_end) = sentence_of(self.tokens, qt);
        Ctx {
            text: self.text,
            tokens: self.tokens,
            qt,
            sent_start,
            sent_end,
        }
    }

    /// `"What is your name?"`¶`"Ruth Baker."`: when the turn opened by quote `asked` asks
    /// for a name and quote `q` answers with one, the name and who bears it, read off the
    /// answer. Only a name that is surely one: a known given name, or an honorific before
    /// it (`Mrs. Dale`); a name asked back (`"Ruth Baker?"`) is no answer.
    /// The gender a report tells of its speaker. `Baxter said she understands`, `the
    /// tenant said she was relieved`: a speaker named or described, reporting with `he` or
    /// `she` first, speaks of themselves. So does a relative clause between a description
    /// and its verb (`A witness who asked not to be named because she feared reprisals
    /// said`). A later `she` may then pick them up.
    fn reporter_gender(&self, r: &crate::indirect::Reported) -> Option<Gender> {
        let text = self.text;
        let first = || {
            text[r.content.clone()]
                .split_whitespace()
                .next()
                .and_then(|w| lexicon::lookup(w).personal_gender())
        };
        match r.mention.kind {
            MentionKind::Name => first(),
            MentionKind::Role => {
                // (A description's own noun comes first: `A spokeswoman for the mayor said
                // he` is a woman speaking of him. So does a description of someone's
                // agent, `for the mayor`, `the mayor's aide`, whose `he` is likelier the
                // one they speak for.)
                let described = &text[r.mention.span.clone()];
                let noun = described
                    .split(|c: char| !c.is_alphabetic())
                    .find_map(lexicon::noun_gender);
                let agent = || described.contains(" for ") || described.contains(['\'', '’']);
                noun.or_else(|| first().filter(|_| !agent())).or_else(|| {
                    text.get(r.mention.span.end..r.cue.start)
                        // (Also after a place: `A nurse at a hospital in Barrie, who asked
                        // not to be named because she ..., said`.)
                        .filter(|between| {
                            between.trim_start_matches([',', ' ']).starts_with("who ")
                                || between.contains(", who ")
                        })
                        .and_then(|relative| {
                            relative
                                .split(|c: char| !c.is_alphabetic())
                                .find_map(lexicon::gender_cue)
                        })
                })
            }
            _ => None,
        }
    }

    fn self_named(
        &self,
        asked: usize,
        q: usize,
        resolver: &crate::resolve::Resolver<'a, '_>,
    ) -> Option<Attribution<'a>> {
        // The answer first: most turns open with no name, and it is the shorter read.
        let content = self.raws[q].content.clone();
        let (name, gender) = given_name(&self.text[content.clone()])?;
        let para = self.para(self.qtok[asked]);
        let question = (asked..q)
            .take_while(|&k| self.para(self.qtok[k]) == para)
            .any(|k| asks_name(&self.text[self.raws[k].content.clone()]));
        if !question {
            return None;
        }
        let span = content.start + name.start..content.start + name.end;
        let bare = content.start + name.bare..span.end;
        let words = &self.text[bare.clone()];
        let person = resolver
            .person_called(words, gender, self.raws[q].open.start)
            .unwrap_or(Cow::Borrowed(&self.text[span.clone()]));
        let mention = Mention {
            kind: MentionKind::Name,
            span: span.clone(),
            name: bare,
            title: None,
            gender,
            // Inside the quote, where no token stands.
            tokens: self.qtok[q]..self.qtok[q],
        };
        Some(read_off("self-named", mention, person))
    }

    fn starts_paragraph(&self, qt: usize) -> bool {
        qt == 0 || self.tokens[qt - 1].kind == Kind::Break
    }

    /// Whether quote `q` opens a turn of dialogue: it opens its paragraph, or is the
    /// paragraph's first quote and its sentence opens the paragraph (`Tony said, "Q"`).
    fn opens_turn(&self, q: usize) -> bool {
        let qt = self.qtok[q];
        if self.starts_paragraph(qt) {
            return true;
        }
        let first_quote = q == 0 || self.para(self.qtok[q - 1]) != self.para(qt);
        first_quote && self.starts_paragraph(sentence_of(self.tokens, qt).0)
    }

    /// The quote that opens the paragraph right before the one quote `q` opens: the turn
    /// before `q`'s, in a dialogue. A turn may hold several quotes (`"Yes," said Emma,
    /// "at once."`); its first stands for it. (The walk back crosses each paragraph's
    /// quotes once, for the quote opening the next paragraph.)
    fn turn_before(&self, q: usize) -> Option<usize> {
        let qt = self.qtok[q];
        if !self.starts_paragraph(qt) {
            return None;
        }
        self.turn_in_paragraph_before(q)
    }

    /// The first quote of the paragraph right before quote `q`'s, when it opens a turn.
    fn turn_in_paragraph_before(&self, q: usize) -> Option<usize> {
        let para = self.para(self.qtok[q]);
        let mut p = q.checked_sub(1)?;
        if self.para(self.qtok[p]) + 1 != para {
            return None;
        }
        while p > 0 && self.para(self.qtok[p - 1]) + 1 == para {
            p -= 1;
        }
        self.opens_turn(p).then_some(p)
    }

    /// `"Stay, Jack?" asked Tom.¶He shook his head. "Not tonight," he said.`: a quote
    /// whose paragraph opens with one sentence of narration about `he` or `she`, of the
    /// gender of the quote's own `mention`, before it or around it (`He shook his head
    /// and said, "Q"`), answers the turn before as a quote opening its paragraph would:
    /// the turn before, when there is one. (The one the turn called is who shook his
    /// head.) Only in a dialogue: news's `He added that "Q"` answers no one.
    fn turn_before_beat(&self, q: usize, mention: &Mention) -> Option<usize> {
        let g = mention.kind.personal_gender()?;
        let qt = self.qtok[q];
        let first_quote = q > 0 && self.para(self.qtok[q - 1]) != self.para(qt);
        if !first_quote || self.starts_paragraph(qt) {
            return None;
        }
        // The sentence before the quote's, or the quote's own (`He said, "Q"`).
        let own = sentence_of(self.tokens, qt).0;
        let beat = if own == qt {
            sentence_of(self.tokens, qt - 1).0
        } else {
            own
        };
        let pronoun = self.tokens[beat].info().pronoun;
        let about_pronoun =
            pronoun.is_some_and(|(pg, n)| pg == Some(g) && n == lexicon::Number::Singular);
        if !about_pronoun || !self.starts_paragraph(beat) {
            return None;
        }
        self.turn_in_paragraph_before(q)
    }

    fn extract(self, reported: Vec<crate::indirect::Reported>) -> Vec<Quote<'a>> {
        // Each quote's own-sentence attribution, read once; it needs no context.
        let mut locals: Vec<Option<(&'static Rule, Found)>> = (0..self.raws.len())
            .map(|q| attribute_local(&self.ctx(q)))
            .collect();
        let whole = self.turns_by_surface(&locals) || self.chaptered();
        let mut turns = Turns::default();
        let mut resolver =
            crate::resolve::Resolver::new(self.text, self.tokens, self.gazetteer, whole);
        let interviewee = if whole {
            None
        } else {
            self.interviewee(&resolver)
        };
        let mut attrs: Vec<Option<Attribution<'a>>> = Vec::with_capacity(self.raws.len());
        let mut out = Vec::with_capacity(self.raws.len() + reported.len());
        // Each quote's kind, for those kept as quotations.
        let mut kept: Vec<Option<QuoteKind>> = Vec::with_capacity(self.raws.len());
        let mut reported = reported.into_iter().peekable();
        // The latest labelled turn: what it says, who says it, and as whom they resolved.
        let mut report: Option<(std::ops::Range<usize>, Mention, Cow<'a, str>)> = None;
        let marks = self.marks();
        for q in 0..=self.raws.len() {
            // Reported speech before this quote, resolved in document order with it.
            let until = self.raws.get(q).map_or(usize::MAX, |r| r.open.start);
            while let Some(mut r) =
                reported.next_if(|r| r.mention.span.start.min(r.content.start) < until)
            {
                r.mention = self.named_in_apposition(r.mention, &resolver);
                let name = resolver.resolve(&r.mention);
                resolver.note_reporter(r.mention.span.start, name.clone(), r.mention.kind);
                let g = self.reporter_gender(&r);
                if let Some(g) = g {
                    resolver.note_gender(name.clone(), g);
                }
                let text = self.text;
                // A quotation inside a speaker's labelled turn is theirs. (One inside a
                // reported clause may be a scare quote or another's words: `said the
                // plan was "dead," as critics put it`.)
                if r.rule.name == "indirect-label" {
                    report = Some((r.content.clone(), r.mention.clone(), name.clone()));
                }
                out.push(Quote {
                    text: &text[r.content.clone()],
                    span: r.content.clone(),
                    kind: QuoteKind::Indirect,
                    speaker: Some(Speaker {
                        mention: &text[r.mention.span.clone()],
                        span: r.mention.span.clone(),
                        gender: resolver.speaker_gender(&name, &r.mention),
                        name,
                    }),
                    cue: Some(Cue {
                        text: &text[r.cue.clone()],
                        span: r.cue.clone(),
                    }),
                    rule: Some(r.rule.name),
                    confidence: r.rule.confidence,
                });
            }
            if q == self.raws.len() {
                break;
            }
            let c = self.ctx(q);
            let local = locals.get_mut(q).and_then(Option::take);
            // The document's turns, as read so far or as its whole surface shows them.
            let dialogue = whole || turns.dialogue();
            // The quote opening the turn before this one, if this one opens a turn.
            let turn = self.turn_before(q);
            // In a dialogue, the turn after another speaker's turn.
            let previous_turn = turn
                .filter(|_| dialogue)
                .and_then(|p| attrs[p].as_ref())
                .map(|pa| pa.name.clone());
            let attr = match local {
                Some((rule, Found { mention, cue })) => {
                    let mention = self.named_in_apposition(mention, &resolver);
                    // `"Yes," he replied, "at once."`: both halves of a split quote read the
                    // one mention, which stands for one person.
                    let same_mention = q
                        .checked_sub(1)
                        .and_then(|p| attrs[p].as_ref())
                        .filter(|pa| pa.mention.span == mention.span)
                        .map(|pa| pa.name.clone());
                    let mut name = match same_mention {
                        Some(name) => name,
                        None => {
                            // `he` answering a turn that called a man by name is him.
                            let reply = |resolver: &crate::resolve::Resolver<'a, '_>| {
                                let beat = || self.turn_before_beat(q, &mention);
                                let t = turn.or_else(|| dialogue.then(beat).flatten())?;
                                let previous = &attrs[t].as_ref()?.name;
                                let g = mention.kind.personal_gender()?;
                                self.reply_to(t, q, g, previous, &attrs, resolver)
                            };
                            match self.antecedent(&c, &mention, &mut resolver) {
                                Some(name) => name,
                                None => match (reply(&resolver), &previous_turn) {
                                    (Some(name), _) => name,
                                    (None, Some(previous)) => {
                                        resolver.resolve_turn(&mention, previous)
                                    }
                                    // `"Q," the minister replied.`: not the one who
                                    // spoke last, whom the minister answers.
                                    (None, None) => match self.answered(q, &cue, &attrs) {
                                        Some(answered) => {
                                            resolver.resolve_reply(&mention, &answered)
                                        }
                                        None => resolver.resolve(&mention),
                                    },
                                },
                            }
                        }
                    };
                    // `"Listen, Jake," he said`: `he` is not the one he addresses, but the
                    // latest other speaker of his gender. (Nor is `she` in `"Q1," she
                    // said. "Keep it, Ruth."`: the rest of her speech counts too.)
                    if let Some(g) = mention.kind.personal_gender() {
                        let addressed = self.addressed_in_speech(q, &mention, &locals);
                        if addressed.calls(&name, &resolver) {
                            if let Some(other) = resolver
                                .partner(Some(g), mention.span.start, &name)
                                .filter(|o| !addressed.calls(o, &resolver))
                            {
                                name = other;
                            }
                        }
                    } else if let Some(g) = resolver.guessed_description(&mention, &name) {
                        // `"Mr. Hale, is it?"¶"The same," said the old
                        // gentleman.`: a definite description of a gender, guessed to be
                        // someone, answering a turn that called a person of that gender is
                        // them, as `he` would be. (Not `her husband`: a kin of someone is not
                        // found by whom the turn called.)
                        let definite = mention::definite(&mention, self.text);
                        let answering = turn.filter(|_| definite);
                        let called = g.zip(answering).and_then(|(g, t)| {
                            let previous = &attrs[t].as_ref()?.name;
                            self.reply_to(t, q, g, previous, &attrs, &resolver)
                        });
                        if let Some(called) = called {
                            name = called;
                        }
                        // `"Take heed, Oliver!" said the old man`: nor is a description
                        // that was guessed to stand for someone; failing another speaker
                        // of its gender, it keeps its own words.
                        let addressed = self.addressed_in_speech(q, &mention, &locals);
                        if addressed.calls(&name, &resolver) {
                            name = resolver
                                .partner(g, mention.span.start, &name)
                                .filter(|o| !addressed.calls(o, &resolver))
                                .unwrap_or_else(|| resolver.own_words(&mention));
                        }
                    }
                    Some(Attribution {
                        rule,
                        mention,
                        cue,
                        name: tidy(name),
                    })
                }
                None => self
                    .interview_answer(c.qt, interviewee.as_ref())
                    .or_else(|| self.in_report(q, report.as_ref()))
                    .or_else(|| {
                        self.attribute_in_context(q, turn, &c, &attrs, &mut resolver, dialogue)
                    })
                    .map(|a| self.unless_addressed(q, a, &attrs, &resolver)),
            };
            // self-named: a turn answering one that asked for a name, and giving one, is
            // spoken by its bearer, whatever `she` or description its tag has. A name the
            // tag gives stands.
            let named_in_tag = attr
                .as_ref()
                .is_some_and(|a| explicit(a) && a.mention.kind == MentionKind::Name);
            let attr = match turn.filter(|_| dialogue && !named_in_tag) {
                Some(t) => self.self_named(t, q, &resolver).or(attr),
                None => attr,
            };
            if let (Some(a), Some(Some(pa))) = (&attr, turn.map(|p| &attrs[p])) {
                if explicit(a) && explicit(pa) {
                    turns.record(a.name == pa.name);
                }
                // `"Where's the money, Crane?"¶"Safe," said the Peddler.`: a description answering
                // a turn that called someone by name is evidence of whose epithet it is.
                if explicit(a) && resolver.may_be_epithet(&a.mention) {
                    let called = turn.and_then(|t| {
                        self.addressee_replies(t, q, Some(&pa.name), &attrs, &resolver)
                    });
                    if let Some(called) = called {
                        resolver.note_epithet(&a.mention, called.name);
                    }
                }
            }
            if let Some(a) = &attr {
                resolver.note_speaker(
                    a.mention.span.start.max(self.raws[q].open.start),
                    a.name.clone(),
                    a.mention.kind,
                );
            }
            let kind = self.kind(&c);
            let keep = !self.tokens[c.qt].boilerplate()
                && !marks.nickname(q)
                && !marks.heading(q)
                && !marks.list_item(q)
                && !marks.work_title(q)
                && !marks.so_called(q)
                && match &attr {
                    // A title kept only by a speech verb next to it (`"Your Honor," I said`).
                    // Inside a sentence a title is a work's or a show's (`told "Morning
                    // Joe"`), unless the speaker gives it as a name (`called her "Crooked
                    // Hillary"`). A lone word in the writer's sentence is the writer's
                    // term unless that sentence gives it a speaker: one inherited from an
                    // earlier quote does not (`Its "temporary" status has lasted.`).
                    // An answer giving one's name (`"Ruth Baker."`) is speech, not a title.
                    Some(a) => {
                        let writers_word =
                            kind == QuoteKind::Partial && !explicit(a) && marks.words(q) <= 1;
                        (kind != QuoteKind::Partial || marks.coined(q)) && self.spoken(a)
                            || a.rule.name == "self-named"
                            || !(marks.title(q) || writers_word)
                    }
                    // A phrase without a speaker is a scare quote, unless it runs on past a
                    // sentence end.
                    None => {
                        !(kind == QuoteKind::Partial && !marks.sentences(q)
                            || marks.term(q)
                            || marks.title(q))
                    }
                };
            kept.push(keep.then_some(kind));
            attrs.push(attr);
        }
        late_epithets(&mut attrs, &resolver);
        if whole || turns.dialogue() {
            self.called_back(&mut attrs, &resolver);
            let turns = self.turns();
            self.answered_later(&turns, &mut attrs);
            self.unattributed_turns(&turns, &mut attrs);
        }
        for (q, kind) in kept.into_iter().enumerate() {
            if let Some(kind) = kind {
                out.push(self.quote(q, kind, attrs[q].as_ref(), &resolver));
            }
        }
        name_the_narrator(&mut out);
        share_genders(&mut out);
        // An indirect quote comes before the partial quotes it contains.
        out.sort_by_key(|q| (q.span.start, std::cmp::Reverse(q.span.end)));
        out
    }

    /// The rules that read earlier attributions, in table order.
    fn attribute_in_context(
        &self,
        q: usize,
        turn: Option<usize>,
        c: &Ctx,
        attrs: &[Option<Attribution<'a>>],
        resolver: &mut crate::resolve::Resolver<'a, '_>,
        dialogue: bool,
    ) -> Option<Attribution<'a>> {
        let qt = c.qt;
        let para = self.para(qt);
        // beat-after: a quote that opens its paragraph, followed in it by narration about
        // a person (`"It is late." Tom looked at his watch.`), is that person's.
        if self.starts_paragraph(qt) {
            if let Some(m) = self
                .subject_after(qt)
                .filter(|m| m.kind != MentionKind::Name || resolver.names_person(m))
            {
                let name = resolver.resolve(&m);
                return Some(read_off("beat-after", m, name));
            }
        }
        // sentence-before: the sentence before, in the same paragraph or ending the
        // paragraph before when the quote opens its own, is about a person.
        if c.sent_start == qt && qt > 0 {
            let end = if self.tokens[qt - 1].kind == Kind::Break {
                qt - 1
            } else {
                qt
            };
            // Not in dialogue, where the narration between turns names whoever it is about.
            let opens_paragraph = end < qt && !dialogue;
            // A sentence merely about someone, closing a paragraph of another speaker's
            // quotes, does not take the quote from them: `"Q1," said Hadwin. Silverman
            // has also won.¶"Q2"` is Hadwin's.
            let after_quotes = end < qt
                && q.checked_sub(1).is_some_and(|p| {
                    attrs[p].is_some() && self.para(self.qtok[p]) + 1 == self.para(qt)
                });
            // `"Q1?" Bill asked.¶"Q2."`: a sentence that only attributes the quote before it
            // is that quote's; the next quote's speaker is read as any next turn's.
            let reporter = self.speaker_before(end);
            let attribution_of_quote = reporter.is_some()
                && self
                    .quoteless_sentence_before(end)
                    .is_some_and(|s| s > 0 && self.tokens[s - 1].quote().is_some());
            // Else the reporter, or the subject, of the sentence before.
            let found = if attribution_of_quote {
                None
            } else {
                reporter
                    .or_else(|| {
                        (!after_quotes)
                            .then(|| self.subject_before(end, resolver))
                            .flatten()
                    })
                    .or_else(|| {
                        opens_paragraph
                            .then(|| self.reporter_in_paragraph_before(end))
                            .flatten()
                    })
            };
            // `Usually it ended ...`, `Without a word, she ...`: a lone word the document
            // also writes in lower case opens the sentence, and names no one the index knows.
            // A heading (`CHAPTER VII`) before the quote is about no one.
            let found = found
                .filter(|m| !m.lone_common_word(self.tokens) || resolver.names_person(m))
                .filter(|m| !crate::resolve::in_heading(self.tokens, m, self.text));
            if let Some(m) = found {
                // (`"Stay, Jack?"¶He shook his head. "Not tonight."`: the `he` answering a
                // turn that called a man by name is him.)
                let beat = dialogue.then(|| self.turn_before_beat(q, &m)).flatten();
                let reply = beat.and_then(|t| {
                    let previous = &attrs[t].as_ref()?.name;
                    self.reply_to(t, q, m.kind.personal_gender()?, previous, attrs, resolver)
                });
                // (`"Q1," said Mr. Pratt.¶The old sailor frowned. "Q2."`: a description in a
                // dialogue is read as a turn's, the other party's, not the one who just
                // spoke.)
                let described_turn = (dialogue
                    && m.kind == MentionKind::Role
                    && self.starts_paragraph(m.tokens.start))
                .then(|| self.turn_in_paragraph_before(q))
                .flatten()
                .and_then(|t| attrs[t].as_ref())
                .map(|pa| pa.name.clone());
                let name = match (reply, described_turn) {
                    (Some(name), _) => name,
                    (None, Some(previous)) => resolver.resolve_turn(&m, &previous),
                    (None, None) => resolver.resolve(&m),
                };
                return Some(read_off("sentence-before", m, name));
            }
        }
        let prev = q
            .checked_sub(1)
            .and_then(|p| attrs[p].as_ref().map(|a| (p, a)));
        let Some((p, pa)) = prev else {
            // A turn that called someone by name is answered by them, though nobody was
            // named for it (`"Last time I was here, Tony, ..."¶"Tight that night."`).
            let first = turn.filter(|&t| {
                dialogue && self.starts_paragraph(qt) && self.para(self.qtok[t]) + 1 == para
            })?;
            return self.addressee_replies(first, q, None, attrs, resolver);
        };
        let pt = self.qtok[p];
        // continuation: an earlier quote in the same paragraph has a speaker.
        if self.para(pt) == para {
            return Some(inherit("continuation", pa));
        }
        // speaker-resumes: one paragraph of narration between, which names nobody else and
        // reports no speech, does not change the speaker of news quotes.
        if !dialogue
            && self.starts_paragraph(qt)
            && self.para(pt) + 2 == para
            && self.quiet_paragraph_before(qt, &pa.name)
            && !self.other_gender_before(qt, &pa.name, resolver)
        {
            return Some(inherit("speaker-resumes", pa));
        }
        // Across paragraphs: only a quote that opens its paragraph, right after one with a
        // speaker.
        if !self.starts_paragraph(qt) || self.para(pt) + 1 != para {
            return None;
        }
        if let Some(a) = turn
            .filter(|_| dialogue)
            .and_then(|first| self.addressee_replies(first, q, Some(&pa.name), attrs, resolver))
        {
            return Some(a);
        }
        // turn-taking: the two paragraphs before are turns of a dialogue between two
        // speakers; this turn goes back to the first of them.
        let turn_before = (0..p)
            .rev()
            .take_while(|&k| self.para(self.qtok[k]) + 1 >= self.para(pt))
            .find(|&k| self.para(self.qtok[k]) + 2 == para);
        if let Some(pp) = turn_before {
            let ppt = self.qtok[pp];
            let first_of = |k: usize| {
                (0..=k)
                    .rev()
                    .take_while(|&j| self.para(self.qtok[j]) == self.para(self.qtok[k]))
                    .last()
                    .unwrap_or(k)
            };
            let turns = self.starts_paragraph(self.qtok[first_of(p)])
                && self.starts_paragraph(self.qtok[first_of(pp)]);
            if let Some(ppa) = attrs[pp].as_ref().filter(|a| {
                turns && a.name != pa.name && self.para(ppt) + 2 == para && a.one_speaker()
            }) {
                return Some(inherit("turn-taking", ppa));
            }
        }
        // dialogue-alternation: where this document's own attributed turns show that a
        // new quote paragraph is a new speaker, it is the other one of the exchange.
        if dialogue {
            let other = (p.saturating_sub(PARTNER_LOOKBACK)..p)
                .rev()
                .take_while(|&k| {
                    self.para(self.qtok[k]) as usize + PARTNER_LOOKBACK >= para as usize
                })
                .find_map(|k| {
                    let a = attrs[k].as_ref()?;
                    (a.name != pa.name && a.one_speaker()).then_some((k, a))
                });
            if let Some((k, other)) = other {
                // narrated-partner: since the other speaker last spoke, the narration has
                // made a third person the subject (`Ruth came down the path.`): the turn
                // is theirs, joining in, not the other speaker's.
                let narrated = resolver
                    .subject_since(self.raws[k].close.end, self.tokens[qt].span.start, &pa.name)
                    .filter(|(name, _)| *name != other.name);
                if let Some((name, m)) =
                    narrated.and_then(|(name, at)| self.mention_at(at).map(|m| (name, m)))
                {
                    return Some(read_off("narrated-partner", m, name));
                }
                // So has a first-person narrator who was not one of the two (`I got up
                // and walked over to Peter.`): the narrator is the one who answers.
                let narrator = |a: &Attribution<'_>| a.mention.kind.is_narrator();
                let joins = resolver
                    .narrator_subject_since(self.raws[k].close.end, self.tokens[qt].span.start)
                    .filter(|_| !narrator(pa) && !narrator(other) && resolver.first_person());
                if let Some(m) = joins.and_then(|at| self.mention_at(at)) {
                    let name = resolver.resolve(&m);
                    return Some(read_off("narrated-partner", m, name));
                }
                return Some(inherit("dialogue-alternation", other));
            }
        }
        // named-partner: in a dialogue with no other speaker at hand, the turn after X's is
        // the latest other person the narration named, who is there to answer.
        if dialogue {
            let named = resolver.other_named(self.tokens[qt].span.start, &pa.name);
            if let Some((name, m)) =
                named.and_then(|(name, at)| self.mention_at(at).map(|m| (name, m)))
            {
                return Some(read_off("named-partner", m, name));
            }
        }
        // In a dialogue the turn after X's is not X's, and no one else is at hand to take
        // it: it is left for the passes that read later turns ([`Self::answered_later`]).
        // Nor is the answer to a question the paragraph before ends on in narration (`Your
        // captain called you "tough." Is that fair?`): the one quoted in it is not the one
        // who answers.
        if dialogue || self.asked_before(qt) {
            return None;
        }
        Some(inherit("paragraph-continuation", pa))
    }

    /// The mention that starts at byte `at`, where the resolver found a name or a subject.
    fn mention_at(&self, at: usize) -> Option<Mention> {
        let t = self.tokens.partition_point(|t| t.span.start < at);
        mention::forward(self.tokens, t, self.text)
    }

    /// The last name any of `quotes` calls someone by, with the quote that does.
    fn last_vocative(&self, quotes: Range<usize>) -> Option<(usize, Vocative<'a>)> {
        quotes.rev().find_map(|k| {
            let text: &'a str = self.text;
            vocatives(&text[self.raws[k].content.clone()])
                .pop()
                .map(|v| (k, v))
        })
    }

    /// Who answers to `v`, the name quote `k` calls someone by, under `rule`: a speaker of
    /// the turns before quote `before` or, failing that, the last person the narration
    /// named so; never `not`.
    fn answerer(
        &self,
        rule: &'static str,
        (k, v): (usize, Vocative<'a>),
        before: usize,
        not: Option<&str>,
        attrs: &[Option<Attribution<'a>>],
        resolver: &crate::resolve::Resolver<'a, '_>,
    ) -> Option<Attribution<'a>> {
        if let Some(a) = spoke_as(before, v.name, v.gender, not, attrs, resolver) {
            return Some(inherit(rule, a));
        }
        let name = resolver.person_called(v.name, v.gender, self.raws[k].open.start)?;
        let mention = self.vocative_mention(k, v.name)?;
        (not != Some(&*name)).then(|| read_off(rule, mention, name))
    }

    /// addressee-replies: in a dialogue, the turn from quote `first` up to quote `q`
    /// calls someone by name (`"Where to, Maud?"`), and `q`, opening the next turn, is
    /// their answer: when they have spoken lately, or the narration has named them
    /// (`Agnes Webb came down the path.¶"Will you row, Agnes?" said Maud.`). Not the
    /// speaker of the calling turn, `previous`, if it has one.
    fn addressee_replies(
        &self,
        first: usize,
        q: usize,
        previous: Option<&str>,
        attrs: &[Option<Attribution<'a>>],
        resolver: &crate::resolve::Resolver<'a, '_>,
    ) -> Option<Attribution<'a>> {
        // The last name the turn calls anyone by, in any of its quotes (`"Row," said
        // Maud, "will you, Agnes?"`).
        let called = self.last_vocative(first..q).and_then(|called| {
            self.answerer(
                "addressee-replies",
                called,
                first,
                previous,
                attrs,
                resolver,
            )
        });
        // Else the one its tag says it is spoken to (`"Where to?" Maud asked Agnes.`).
        called.or_else(|| {
            let (m, name) = self.tag_hearer(first..q, attrs, resolver)?;
            (previous != Some(&*name)).then(|| read_off("addressee-replies", m, name))
        })
    }

    /// The person the tag of one of `quotes` says they are spoken to, with its mention: a
    /// name after the speech verb, its object when the verb takes a hearer (`"Q?" I asked
    /// Harris.`) or after `to` (`"Q," said Maud to Agnes.`, `she said to Mrs. Lee, "Q"`).
    /// The name must be a speaker of the last few turns or a person the document has
    /// named by the tag's end, and the tag the quote's own, not one inherited.
    fn tag_hearer(
        &self,
        quotes: Range<usize>,
        attrs: &[Option<Attribution<'a>>],
        resolver: &crate::resolve::Resolver<'a, '_>,
    ) -> Option<(Mention, Cow<'a, str>)> {
        let a = quotes
            .clone()
            .rev()
            .find_map(|k| attrs[k].as_ref().filter(|a| explicit(a)))?;
        let cue = a.cue.clone()?;
        let verb = self.tokens.partition_point(|t| t.span.start < cue.start);
        let mut i = self.tokens.partition_point(|t| t.span.start < cue.end);
        // `said Maud to Agnes`: the speaker stands between the verb and the hearer.
        if a.mention.span.start >= cue.end {
            i = a.mention.tokens.end;
        }
        let tells = self
            .tokens
            .get(verb)
            .and_then(|t| t.info().verb)
            .is_some_and(|(_, kind)| kind == lexicon::VerbKind::Tell);
        let to = mention::word(self.tokens, i, self.text) == Some("to");
        if !(to || tells) {
            return None;
        }
        let m = mention::forward(self.tokens, i + usize::from(to), self.text)?;
        if m.kind != MentionKind::Name {
            return None;
        }
        let called = &self.text[m.name.clone()];
        // A speaker of the last few turns, else a person the narration has named.
        let spoke = spoke_as(quotes.start, called, None, None, attrs, resolver);
        let name = spoke
            .map(|b| b.name.clone())
            .or_else(|| resolver.person_called(called, None, m.span.end))?;
        (name != a.name).then_some((m, name))
    }

    /// The mention of `v`, a name that quote `p` calls someone by (a slice of its
    /// words), as evidence that they answer. Its token is the quotation's own, since the
    /// words inside a quotation are not tokens.
    fn vocative_mention(&self, p: usize, v: &str) -> Option<Mention> {
        let start = (v.as_ptr() as usize).checked_sub(self.text.as_ptr() as usize)?;
        let end = start + v.len();
        let content = &self.raws[p].content;
        (content.start <= start && end <= content.end).then(|| Mention {
            kind: MentionKind::Name,
            span: start..end,
            name: start..end,
            title: None,
            gender: None,
            tokens: self.qtok[p]..self.qtok[p] + 1,
        })
    }

    /// The turns of the document: the quotes of each paragraph that opens with one.
    fn turns(&self) -> Vec<Range<usize>> {
        let mut turns: Vec<Range<usize>> = Vec::new();
        for q in 0..self.raws.len() {
            match turns.last_mut() {
                Some(t) if self.para(self.qtok[t.start]) == self.para(self.qtok[q]) => {
                    t.end = q + 1
                }
                _ if self.opens_turn(q) => turns.push(q..q + 1),
                _ => {}
            }
        }
        turns
    }

    /// Turns still without a speaker once every pass has run, each right after a turn
    /// that has one, A's, are given one from the exchange A is part of, and the
    /// unattributed turns after them alternate:
    /// - dialogue-resumes: a paragraph of narration between the turns (`"Q1," said
    ///   Ada.¶The rain went on.¶"Q2."`) pauses the dialogue, and the talk most often
    ///   resumes with A;
    /// - dialogue-alternation: a turn right after A's goes to the other speaker, as in the
    ///   forward pass, where A's turn had no speaker yet (one named only in a later turn)
    ///   or the document had not yet shown itself a dialogue. When no other speaker is
    ///   known, the turn after next is still A's (`"We tried," Ortiz said.¶"Tried
    ///   what?"¶"To win."`).
    ///
    /// Run last, after [`Self::answered_later`], since a speaker named in a later turn is
    /// better evidence.
    fn unattributed_turns(&self, turns: &[Range<usize>], attrs: &mut [Option<Attribution<'a>>]) {
        let para_of = |n: usize| self.para(self.qtok[turns[n].start]);
        let spoken = |attrs: &[Option<Attribution<'a>>], n: usize| {
            turns[n].clone().find_map(|k| attrs[k].clone())
        };
        let unattributed = |attrs: &[Option<Attribution<'a>>], n: usize| {
            turns[n].clone().all(|k| attrs[k].is_none())
        };
        let mut n = 1;
        while n < turns.len() {
            let gap = para_of(n) - para_of(n - 1);
            let paused = gap == 2 && self.narration_before(self.qtok[turns[n].start]);
            let before = spoken(attrs, n - 1).filter(|_| gap == 1 || paused);
            let Some(before) = before.filter(|_| unattributed(attrs, n)) else {
                n += 1;
                continue;
            };
            // The other one of the exchange: the latest earlier speaker who is not `before`.
            let other = (n.saturating_sub(PARTNER_LOOKBACK)..n - 1)
                .rev()
                .filter_map(|m| spoken(attrs, m))
                .find(|a| a.name != before.name);
            let pair = if paused {
                [Some(before), other].map(|a| a.map(|a| inherit("dialogue-resumes", &a)))
            } else {
                [other, Some(before)].map(|a| a.map(|a| inherit("dialogue-alternation", &a)))
            };
            let mut m = n;
            while m < turns.len()
                && (m == n || para_of(m - 1) + 1 == para_of(m))
                && unattributed(attrs, m)
            {
                // (With no other speaker at hand, the turns between A's stay without one.)
                if let Some(a) = &pair[(m - n) % 2] {
                    for k in turns[m].clone() {
                        attrs[k] = Some(a.clone());
                    }
                }
                m += 1;
            }
            n = m.max(n + 1);
        }
    }

    /// turn-taking-back: a dialogue often opens with turns nobody is named for, and names
    /// its speakers only later (`"Going out?"¶"Only to the shed."¶"Take a coat," said
    /// Maud.`). Read from the last turn back, a turn left without a speaker takes that of
    /// the nearest later turn of its run that has one an even number of turns on (at most
    /// [`PARTNER_LOOKBACK`]), since turns alternate; when a turn between has a speaker too,
    /// it must be someone else, or the exchange is not a two-way one and the turn stays as
    /// it was. A turn that only
    /// guessed at alternation (`paragraph-continuation`, `dialogue-alternation`) yields
    /// too, but only to a speaker named in the turn after next.
    fn answered_later(&self, turns: &[Range<usize>], attrs: &mut [Option<Attribution<'a>>]) {
        let para_of = |t: &Range<usize>| self.para(self.qtok[t.start]);
        // The quote that gives each turn its speaker, if any.
        let mut spoken: Vec<Option<usize>> = turns
            .iter()
            .map(|t| t.clone().find(|&k| attrs[k].is_some()))
            .collect();
        for n in (0..turns.len()).rev() {
            let guessed = match &attrs[turns[n].start] {
                None => None,
                Some(a) if GUESSED_TURNS.contains(&a.rule.name) => Some(a.name.clone()),
                Some(_) => continue,
            };
            // The nearest later turn an even number on with a speaker, and the nearest odd
            // one before it.
            let mut other: Option<usize> = None;
            let mut found = None;
            for m in n + 1..turns.len().min(n + 1 + PARTNER_LOOKBACK) {
                if para_of(&turns[m - 1]) + 1 != para_of(&turns[m]) {
                    break;
                }
                let Some(k) = spoken[m] else { continue };
                if (m - n) % 2 == 1 {
                    other.get_or_insert(k);
                    continue;
                }
                let name = attrs[k].as_ref().map(|a| &a.name);
                let two_way = !other.is_some_and(|o| attrs[o].as_ref().map(|a| &a.name) == name);
                found = two_way.then_some((m, k));
                break;
            }
            let from = found.and_then(|(m, k)| Some((m, attrs[k].as_ref()?)));
            let Some((m, from)) = from.filter(|(_, a)| a.one_speaker()) else {
                continue;
            };
            if guessed.is_some() && !(explicit(from) && m == n + 2) {
                continue;
            }
            let a = inherit("turn-taking-back", from);
            for q in turns[n].clone() {
                let replace = match &attrs[q] {
                    None => true,
                    Some(b) => !explicit(b) && Some(&b.name) == guessed.as_ref(),
                };
                if replace {
                    attrs[q] = Some(a.clone());
                }
            }
            spoken[n] = Some(turns[n].start);
        }
    }

    /// Whom quote `q` answers, when its cue is a reply verb (`replied`, `shot back`): the
    /// speaker of the quote just before it. (When that quote's speaker is unknown, so is
    /// whom this one answers: in a novel's exchange it is often the unnamed turn between.)
    fn answered(
        &self,
        q: usize,
        cue: &Option<Range<usize>>,
        attrs: &[Option<Attribution<'a>>],
    ) -> Option<Cow<'a, str>> {
        let cue = cue.as_ref()?;
        if !lexicon::is_reply(&self.text[cue.clone()]) {
            return None;
        }
        let before = attrs.get(q.checked_sub(1)?)?.as_ref()?;
        Some(before.name.clone())
    }

    /// `he` or `she`, or a description, of gender `g` answering a turn that called someone
    /// of that gender by name (`"Mr. Hale, sit down," said Maud.¶"I will not," he
    /// said.`): the one called. The turn is
    /// the quotes from `first` up to `q`; the one called is a speaker of the last few turns
    /// or, failing that, the last person the document named so. A turn that calls no one
    /// is answered by the one its tag says it was spoken to ([`Self::tag_hearer`]).
    fn reply_to(
        &self,
        first: usize,
        q: usize,
        g: Gender,
        previous: &str,
        attrs: &[Option<Attribution<'a>>],
        resolver: &crate::resolve::Resolver<'a, '_>,
    ) -> Option<Cow<'a, str>> {
        let Some((k, v)) = self.last_vocative(first..q) else {
            // `Maud said to Tom, "Q"`¶`"Not since Sunday," he said.`: the one the turn's
            // tag says it was spoken to.
            let (_, name) = self.tag_hearer(first..q, attrs, resolver)?;
            return (name != previous && resolver.agrees(&name, Some(g))).then_some(name);
        };
        if v.gender.is_some_and(|vg| vg != g) {
            return None;
        }
        // The one called is of the pronoun's gender; only their name is wanted here.
        let v = Vocative {
            gender: Some(g),
            ..v
        };
        let called = (k, v);
        let a = self.answerer(
            "addressee-replies",
            called,
            first,
            Some(previous),
            attrs,
            resolver,
        )?;
        Some(a.name)
    }

    /// called-back: in a dialogue, a turn nobody is named for (or whose speaker was only
    /// guessed from alternation), answered by a turn that calls someone by name (`"Where
    /// have you been?"¶"Only out, Maud."`), is the one called: people answer whoever just
    /// spoke. The one called must be a speaker of the last few turns, or a person the
    /// narration has named, and not the one the answering turn is given to.
    fn called_back(
        &self,
        attrs: &mut [Option<Attribution<'a>>],
        resolver: &crate::resolve::Resolver<'a, '_>,
    ) {
        for q in 0..self.raws.len() {
            let guessed = attrs[q]
                .as_ref()
                .is_some_and(|a| GUESSED_TURNS.contains(&a.rule.name));
            if attrs[q].is_some() && !guessed || !self.opens_turn(q) {
                continue;
            }
            let para = self.para(self.qtok[q]);
            // The next turn: the quotes of the next paragraph, which must open with one.
            let n = self.raws.len();
            let first = (q + 1..n)
                .find(|&k| self.para(self.qtok[k]) > para)
                .unwrap_or(n);
            if first == n || self.para(self.qtok[first]) != para + 1 || !self.opens_turn(first) {
                continue;
            }
            let end = (first..n)
                .find(|&k| self.para(self.qtok[k]) > para + 1)
                .unwrap_or(n);
            let Some(called) = self.last_vocative(first..end) else {
                continue;
            };
            let speaks_next = attrs[first].as_ref().map(|a| a.name.clone());
            let found = self.answerer(
                "called-back",
                called,
                q,
                speaks_next.as_deref(),
                attrs,
                resolver,
            );
            if let Some(a) = found {
                // The rest of the turn went on with the guess.
                let guess = attrs[q].as_ref().map(|g| g.name.clone());
                for b in &mut attrs[q + 1..first] {
                    if b.as_ref().map(|b| &b.name) == guess.as_ref() {
                        *b = Some(inherit("continuation", &a));
                    }
                }
                attrs[q] = Some(a);
            }
        }
    }

    /// Whom quote `q` calls by name (`"..., Maud."`), read once for several tests.
    fn addressed(&self, q: usize) -> Addressed<'a> {
        Addressed(vocatives(&self.text[self.raws[q].content.clone()]))
    }

    /// Whom quote `q` and the quotes after it in its paragraph that go on with the same
    /// speech call by name: those with `q`'s tag `mention` (the second half of a split
    /// quote), or with no tag of their own that open a sentence. A tag naming someone
    /// else ends it, and so does a quote inside narration (`And her answer was, "Q"`).
    fn addressed_in_speech(
        &self,
        q: usize,
        mention: &Mention,
        locals: &[Option<(&'static Rule, Found)>],
    ) -> Addressed<'a> {
        let mut addressed = self.addressed(q);
        let para = self.para(self.qtok[q]);
        let later = locals
            .iter()
            .enumerate()
            .skip(q + 1)
            .take(MAX_SPEECH_QUOTES);
        for (k, local) in later {
            let same_speech = self.para(self.qtok[k]) == para
                && match local {
                    Some((_, f)) => f.mention.span == mention.span,
                    None => self.ctx(k).sent_start == self.qtok[k],
                };
            if !same_speech {
                break;
            }
            addressed.0.extend(self.addressed(k).0);
        }
        addressed
    }

    /// addressee-not-speaker: a speaker inherited from earlier quotes whom the quote
    /// addresses by name (`"..., Maud."`) is not its speaker, since no one calls themselves
    /// by name; the latest earlier speaker it does not address speaks instead. Unchanged
    /// when there is none.
    fn unless_addressed(
        &self,
        q: usize,
        a: Attribution<'a>,
        attrs: &[Option<Attribution<'a>>],
        resolver: &crate::resolve::Resolver<'a, '_>,
    ) -> Attribution<'a> {
        let addressed = self.addressed(q);
        if !addressed.calls(&a.name, resolver) {
            return a;
        }
        let other = attrs
            .iter()
            .rev()
            .take(PARTNER_LOOKBACK)
            .flatten()
            .find(|p| p.name != a.name && !addressed.calls(&p.name, resolver));
        match other {
            Some(p) => inherit("addressee-not-speaker", p),
            None => a,
        }
    }

    /// Whether the whole document reads as dialogue, judged before any name is resolved:
    /// of the quotes opening consecutive paragraphs that both name their speaker in their
    /// own sentence, how many change speaker by the words alone (`said Tom` then `said
    /// Ruth`, `he said` then `she said`). Pairs the words cannot tell (`he` then `he`) are
    /// left out. This lets the first turns of a novel be read as turns, before the
    /// resolved evidence of [`Turns`] has built up.
    ///
    /// A short scene may have too few such pairs, so a second sign is counted: a closed
    /// quote paragraph with no speaker named in its sentence, right after another such.
    /// News names a speaker in every paragraph or two, and runs one speaker's words on
    /// over paragraphs by leaving the closing mark off; a row of closed turns nobody is
    /// named for is how fiction writes a two-way exchange (`"You missed supper," she
    /// said.¶"I wasn't hungry."¶"Mother noticed."¶"Mother notices everything."`). With
    /// [`UNTAGGED_IN_A_ROW`] of them, the document is a dialogue.
    fn turns_by_surface(&self, locals: &[Option<(&'static Rule, Found)>]) -> bool {
        let mut turns = Turns::default();
        let mut untagged_in_a_row = 0;
        for q in 1..locals.len() {
            let Some(p) = self.turn_before(q) else {
                continue;
            };
            let (Some((_, a)), Some((_, b))) = (&locals[p], &locals[q]) else {
                if locals[p].is_none() && locals[q].is_none() {
                    untagged_in_a_row += 1;
                }
                continue;
            };
            let (ma, mb) = (&a.mention, &b.mention);
            if ma.kind == MentionKind::Name && mb.kind == MentionKind::Name {
                // `Tom` and `Tom Hale` are one speaker: names sharing a word.
                let wb = &self.text[mb.name.clone()];
                let same = self.text[ma.name.clone()]
                    .split_whitespace()
                    .any(|w| wb.split_whitespace().any(|v| v == w));
                turns.record(same);
            } else if let (Some(ga), Some(gb)) =
                (ma.kind.personal_gender(), mb.kind.personal_gender())
            {
                if ga != gb {
                    turns.record(false);
                }
            }
        }
        turns.dialogue() || untagged_in_a_row >= UNTAGGED_IN_A_ROW
    }

    /// Whether a paragraph of the document is a chapter heading (`CHAPTER IV`, `Chapter 12:
    /// The Mill`): `Chapter`, a number or a Roman numeral, and nothing after them but a
    /// title's words and punctuation. A book is a story, so its paragraphs of speech
    /// are turns, however few of them a short excerpt has tagged. (`Chapter 11 filings
    /// rose` in a business story goes on in lower case.)
    fn chaptered(&self) -> bool {
        // Most documents never write the word: one search of the bytes spares them the
        // pass over every paragraph.
        // (The searchers are built once: building one costs more than a short search.)
        static WORD: once_cell::sync::Lazy<[memchr::memmem::Finder<'static>; 2]> =
            once_cell::sync::Lazy::new(|| [b"hapter", b"HAPTER"].map(memchr::memmem::Finder::new));
        if WORD.iter().all(|f| f.find(self.text.as_bytes()).is_none()) {
            return false;
        }
        let numeral = |w: &str| {
            w.bytes().all(|b| b.is_ascii_digit())
                || w.bytes().all(|b| matches!(b, b'I' | b'V' | b'X' | b'L'))
        };
        let mut opening = std::iter::once(0).chain(
            (0..self.tokens.len())
                .filter(|&k| self.tokens[k].kind == Kind::Break)
                .map(|k| k + 1),
        );
        // (A title's small words stay in lower case: `The Mill on the River`.)
        let title_word = |t: &Token| {
            t.kind != Kind::Word || t.is_capitalized(self.text) || t.info().function.is_some()
        };
        opening.any(|k| {
            let mut heading = self.tokens[k.min(self.tokens.len())..]
                .iter()
                .take_while(|t| t.kind != Kind::Break)
                .take(MAX_CHAPTER_HEADING + 1);
            let (Some(first), Some(number)) = (heading.next(), heading.next()) else {
                return false;
            };
            first.text(self.text).eq_ignore_ascii_case("chapter")
                && numeral(number.text(self.text))
                && heading.clone().count() <= MAX_CHAPTER_HEADING - 2
                && heading.all(title_word)
        })
    }

    /// Whether the paragraph before the one quote token `qt` opens is narration about
    /// nobody but `speaker`: no quotation, no speech verb, and no capitalized word outside
    /// `speaker`'s name other than one the document also writes in lower case (`The`,
    /// `Still`).
    fn quiet_paragraph_before(&self, qt: usize, speaker: &str) -> bool {
        let paragraph = self.paragraph_before(qt);
        // An interviewer's question (`Don't your cooks complain?`) reports no one's speech.
        let question = self.asked_before(qt);
        !paragraph.is_empty()
            && paragraph.into_iter().all(|k| {
                let t = &self.tokens[k];
                // (`Isn't` opening a question is capitalized, and names no one.)
                let named = t.is_capitalized(self.text)
                    && !t.common()
                    && t.info().function.is_none()
                    && !speaker.split(' ').any(|w| w == t.text(self.text));
                t.quote().is_none()
                    && !named
                    && (question
                        || !rules::verb_at(self.tokens, k, self.text)
                            .is_some_and(|(_, kind)| kind != lexicon::VerbKind::Manner))
            })
    }

    /// interview-answer: in a question-and-answer piece, a quote that opens the paragraph
    /// after the interviewer's question is the answer of `interviewee` (see
    /// [`Self::interviewee`]). Read before the context rules, as the piece's form is
    /// surer evidence than a name in the question (`Your coach, Tom Hale, called you
    /// "stubborn." Is he right?`).
    fn interview_answer(
        &self,
        qt: usize,
        interviewee: Option<&(Mention, Cow<'a, str>)>,
    ) -> Option<Attribution<'a>> {
        let (m, name) = interviewee?;
        self.answers_question(qt)
            .then(|| read_off("interview-answer", m.clone(), name.clone()))
    }

    /// in-report: a quotation inside a turn a speaker's label opens is the speaker's words
    /// (`Ruiz: Bridge Will Reopen, 'Nothing Can Stop Us'`). `report` is the latest such
    /// turn before quote `q`: its words, its speaker's mention and their name.
    fn in_report(
        &self,
        q: usize,
        report: Option<&(std::ops::Range<usize>, Mention, Cow<'a, str>)>,
    ) -> Option<Attribution<'a>> {
        let (content, m, name) = report?;
        let raw = &self.raws[q];
        (content.start <= raw.open.start && raw.close.end <= content.end)
            .then(|| read_off("in-report", m.clone(), name.clone()))
    }

    /// Whether quote token `qt` opens the paragraph right after one that ends on a
    /// question of the narration's own: an answer, if the piece is an interview.
    fn answers_question(&self, qt: usize) -> bool {
        self.starts_paragraph(qt) && self.asked_before(qt)
    }

    /// The person a question-and-answer piece interviews, with the mention that first
    /// names them: the person its introduction names most often, when at least
    /// [`MIN_ANSWERS`] quote paragraphs each answer a question the paragraph before asks
    /// (`Were there days you thought you'd quit?`¶`"Plenty."`). The introduction is all
    /// before the first such question.
    fn interviewee(
        &self,
        resolver: &crate::resolve::Resolver<'a, '_>,
    ) -> Option<(Mention, Cow<'a, str>)> {
        let mut answers = self
            .qtok
            .iter()
            .copied()
            .filter(|&qt| self.answers_question(qt));
        let first = answers.next()?;
        if answers.take(MIN_ANSWERS - 1).count() < MIN_ANSWERS - 1 {
            return None;
        }
        let question = self.paragraph_before(first).start;
        let intro_end = self.tokens.get(question)?.span.start;
        let (name, at) = resolver.most_named_before(intro_end)?;
        let m = self.mention_at(at)?;
        Some((m, name))
    }

    /// Whether the paragraph before the one quote token `qt` opens speaks of someone of
    /// the other gender than `speaker` (`"Q1," said Tom.¶Her voice rose over the
    /// engine.¶"Q2"`): a `he`, `him`, `his` or `himself` after a woman's quote, or the
    /// same of `she` after a man's. The narration is about someone else, who may be the
    /// one speaking now.
    fn other_gender_before(
        &self,
        qt: usize,
        speaker: &str,
        resolver: &crate::resolve::Resolver<'a, '_>,
    ) -> bool {
        let other = |g: Gender| match g {
            Gender::Male => Gender::Female,
            Gender::Female => Gender::Male,
            g => g,
        };
        self.tokens[self.paragraph_before(qt)].iter().any(|t| {
            t.kind == Kind::Word
                && lexicon::personal_gender(t.text(self.text))
                    .is_some_and(|g| resolver.known_gender(speaker, other(g)))
        })
    }

    /// Whether the paragraph before the one token `t` stands in ends on a question of its
    /// own, outside any quotation: an interviewer's.
    fn asked_before(&self, t: usize) -> bool {
        self.paragraph_before(t)
            .next_back()
            .is_some_and(|k| self.tokens[k].is_punct('?'))
    }

    /// The tokens of the paragraph before the one token `t` stands in (empty for the
    /// first paragraph).
    fn paragraph_before(&self, t: usize) -> Range<usize> {
        let break_before = |to: usize| (0..to).rev().find(|&k| self.tokens[k].kind == Kind::Break);
        match break_before(t) {
            Some(b) => break_before(b).map_or(0, |k| k + 1)..b,
            None => 0..0,
        }
    }

    /// Whether the paragraph before the one token `t` stands in is narration: it has
    /// words, where a row of asterisks between scenes has none.
    fn narration_before(&self, t: usize) -> bool {
        self.tokens[self.paragraph_before(t)]
            .iter()
            .any(|t| t.kind == Kind::Word)
    }

    /// The speaker of the last speech verb in the sentence ending at token `end`
    /// (`..., said Bart Naylor, an advocate. "Q"`), if that sentence holds no quote.
    fn speaker_before(&self, end: usize) -> Option<Mention> {
        let start = self.quoteless_sentence_before(end)?;
        let verbs = (start..end).rev().filter(|&k| {
            rules::verb_at(self.tokens, k, self.text)
                .is_some_and(|(_, kind)| kind != lexicon::VerbKind::Manner)
                && !self.tokens[k].text(self.text).ends_with("ing")
        });
        // The latest speech verb's subject, unless a conjunction of background opens its
        // clause: in `Ruiz wrote that the delegates, who signed on before the campaign
        // began, may leave`, the campaign reports nothing. (A few verbs at most: the
        // sentence is bounded.)
        // (A verb with no subject to read ends the search, as for the latest alone.)
        let subject = |v: usize| {
            let b = rules::skip_between_back(self.tokens, start, v, self.text);
            mention::backward(self.tokens, b, self.text)
                .filter(|m| m.tokens.start >= start)
                .or_else(|| mention::forward_loose(self.tokens, v + 1, self.text))
        };
        let background = |m: &Mention| {
            // (Not `as` and `when`, whose clause in fiction is often the speaking itself:
            // `as he answered`, `when Anne called her back`.)
            m.tokens.start > start
                && lexicon::subordinator(self.tokens[m.tokens.start - 1].text(self.text))
                    == Some(lexicon::Subordinate::Background)
        };
        let m = verbs
            .take(MAX_REPORTING_VERBS)
            .map(subject)
            .find(|m| !m.as_ref().is_some_and(background))??;
        let personal = !matches!(
            m.kind,
            MentionKind::Pronoun(Some(Gender::Neuter), _) | MentionKind::Pronoun(None, _)
        );
        personal.then_some(m)
    }

    /// Where the sentence ending at token `end` starts, if it holds no quote. (A show's
    /// or a work's title that an opening preposition takes, `On "Face the Facts," ...`,
    /// is no quote: see [`Self::opening_title`].)
    fn quoteless_sentence_before(&self, end: usize) -> Option<usize> {
        let last = end.checked_sub(1)?;
        let (start, _) = sentence_of(self.tokens, last);
        (start..end)
            .all(|k| self.tokens[k].quote().is_none() || self.opening_title(start, k))
            .then_some(start)
    }

    /// Whether the quotation token `k` is a title that the preposition opening the
    /// sentence at `start` takes, set off by a comma after it (`On "Face the Facts,"`, `In
    /// "The Long Road,"`): where the sentence's subject is said or written, not speech.
    fn opening_title(&self, start: usize, k: usize) -> bool {
        k == start + 1
            && OPENING_PREPOSITIONS.contains(&self.tokens[start].text(self.text))
            && self.tokens[k].quote().is_some()
            && (rules::title_with_comma(&self.tokens[k], self.text)
                || self.tokens.get(k + 1).is_some_and(|t| t.is_punct(',')))
    }

    /// `Moss looked at his watch. "Q?" he asked.`: `he` or `she` in the quote's own
    /// sentence, right after a sentence of the same paragraph whose subject is a person
    /// of that gender (or of unknown gender), is that person, whoever spoke last.
    fn antecedent(
        &self,
        c: &Ctx,
        m: &Mention,
        resolver: &mut crate::resolve::Resolver<'a, '_>,
    ) -> Option<Cow<'a, str>> {
        let g = m.kind.personal_gender()?;
        // The quote opens its sentence, and the sentence before is in its paragraph.
        if c.sent_start != c.qt || c.qt == 0 || self.tokens[c.qt - 1].kind == Kind::Break {
            return None;
        }
        let subject = self.subject_before(c.qt, resolver)?;
        // `The victim's sister, Carla Dunn, said ...`: the name set beside the description
        // is who it is.
        let subject = self.named_in_apposition(subject, resolver);
        if !matches!(subject.kind, MentionKind::Name | MentionKind::Role) {
            return None;
        }
        // `Ohio expects a close count. "Q," he said`: a place or an institution opening
        // the sentence is no one `he` stands for.
        if subject.kind == MentionKind::Name && resolver.names_no_person(&subject) {
            return None;
        }
        let name = resolver.resolve(&subject);
        // `Sympathy seemed the safer course. "Q," he said`: a lone word the document also
        // writes in lower case is capitalized for opening the sentence; unless the text
        // has shown it a person of that gender, it is no one `he` stands for.
        if subject.lone_common_word(self.tokens) && !resolver.known_gender(&name, g) {
            return None;
        }
        resolver.agrees(&name, Some(g)).then_some(name)
    }

    /// `At 40, Cerato said she has beaten the odds. But ... she was forced to choose.¶"Q"`:
    /// the paragraph ending at token `end` holds no quotation and reports, in one of its
    /// sentences before the last, what someone said; the quote that opens the next
    /// paragraph is theirs.
    fn reporter_in_paragraph_before(&self, end: usize) -> Option<Mention> {
        let mut e = self.quoteless_sentence_before(end)?;
        for _ in 0..REPORT_LOOKBACK {
            if e == 0 || self.tokens[e - 1].kind == Kind::Break {
                return None;
            }
            if let Some(m) = self.speaker_before(e) {
                return Some(m);
            }
            e = self.quoteless_sentence_before(e)?;
        }
        None
    }

    /// The person the narration right after quote token `qt` is about, up to the end of
    /// its sentence, when it holds no quote: a name (`Tom` in `"Q." Tom looked up.`,
    /// `"Q?" Tom pointed to the box.`) or a narrator's `I`.
    fn subject_after(&self, qt: usize) -> Option<Mention> {
        // The quote is a whole utterance: its words end in punctuation, inside the marks
        // (`"It is late."`) or right after them (`'It is late'.`). A headline's `"Missing"
        // White Voters` ends in none.
        let q = self.tokens[qt].quote()?;
        let inside = self.text[self.raws[q].content.clone()]
            .trim_end()
            .ends_with(['.', ',', '!', '?', '…', '-', '—']);
        let outside = self.tokens.get(qt + 1).is_some_and(|t| {
            matches!(t.kind, Kind::Punct('.' | ',' | '!' | '?'))
                && t.span.start == self.tokens[qt].span.end
        });
        let start = qt + 1 + usize::from(outside);
        if !(inside || outside) || self.tokens.get(start)?.kind != Kind::Word {
            return None;
        }
        let end = (start..self.tokens.len().min(start + rules::MAX_SENTENCE))
            .find(|&k| {
                let t = &self.tokens[k];
                t.ends() || matches!(t.kind, Kind::Break | Kind::Quote(_))
            })
            .unwrap_or(self.tokens.len());
        if self.tokens.get(end).is_some_and(|t| t.quote().is_some()) {
            return None;
        }
        let m = rules::subject_of(self.tokens, start, end, self.text)?;
        (m.kind == MentionKind::Name || m.kind.is_narrator()).then_some(m)
    }

    /// `said the mayor, Rhona Ellery,`: the speaker is the person the apposition names,
    /// whom the name index can follow through the article, rather than the description.
    fn named_in_apposition(
        &self,
        m: Mention,
        resolver: &crate::resolve::Resolver<'a, '_>,
    ) -> Mention {
        match mention::appositive_name(self.tokens, &m, self.text) {
            // (A body's description, `the lobbying group, the Freight Council,`, takes
            // the body's name.)
            Some(name)
                if resolver.names_person(&name) || mention::describes_body(self.tokens, &m) =>
            {
                name
            }
            _ => m,
        }
    }

    /// The person the sentence ending at token `end` starts with, if that sentence holds
    /// no quote; or the subject of the last clause joined on to it, which is where the
    /// narration leaves off (`Mrs. Alder set down the tray, and Ruth turned to the
    /// window.`: Ruth, and `he` in `..., and he turned`).
    fn subject_before(
        &self,
        end: usize,
        resolver: &crate::resolve::Resolver<'a, '_>,
    ) -> Option<Mention> {
        let start = self.quoteless_sentence_before(end)?;
        // The sentence's subject may be no one the reader knows (`A cry broke from his
        // lips, and he leaped up.`): a clause joined on may still have a person's.
        let first = rules::subject_of(self.tokens, start, end, self.text);
        let rest = first.as_ref().map_or(start, |m| m.tokens.end);
        // The name index has read each joined subject already: ask it for the last one in
        // the rest of the sentence.
        let joined = (rest < end)
            .then(|| {
                let from = self.tokens[rest].span.start;
                resolver.last_joined_subject(from, self.tokens[end - 1].span.end)
            })
            .flatten()
            .map(|at| self.tokens.partition_point(|t| t.span.start < at))
            .filter(|&k| match first {
                // `Cole and Berg have also won`: a second subject joined right on to the
                // first is one compound subject, not a new clause.
                Some(_) => !(k == rest + 1 && self.tokens[rest].kind == Kind::Word),
                // No subject at the sentence's start: only a clause joined on after it.
                None => k > start,
            })
            .and_then(|k| mention::forward(self.tokens, k, self.text))
            .filter(|c| c.kind == MentionKind::Name || c.kind.personal_gender().is_some());
        let m = joined.or(first)?;
        (m.kind.is_person()
            || m.kind.is_narrator()
            || m.styled_character(self.tokens, self.text)
            || m.one_of_a_people(self.tokens, self.text))
        .then_some(m)
    }

    /// Partial when the quote sits inside the writer's own sentence: right after a word
    /// of it that is not a speech verb, or, after a speech verb, when it starts in lower
    /// case and the sentence goes on after it (`have said "lessons will be learned" after`).
    /// A quoted full sentence joined by `and`/`but` stays direct.
    fn kind(&self, c: &Ctx) -> QuoteKind {
        let qt = c.qt;
        if qt == c.sent_start || qt == 0 {
            return QuoteKind::Direct;
        }
        let prev = &self.tokens[qt - 1];
        if prev.kind != Kind::Word {
            return QuoteKind::Direct;
        }
        let content = &self.text[self.raws[self.tokens[qt].quote().unwrap_or(0)]
            .content
            .clone()];
        if rules::verb_at(self.tokens, qt - 1, self.text).is_some() {
            let lower = content.starts_with(char::is_lowercase);
            let goes_on = c.sent_end > qt + 1 && self.tokens[qt + 1].kind == Kind::Word;
            return if lower && goes_on {
                QuoteKind::Partial
            } else {
                QuoteKind::Direct
            };
        }
        let w = prev.text(self.text);
        let conj = matches!(w, "and" | "but" | "And" | "But");
        if conj && content.ends_with(['.', '!', '?']) {
            return QuoteKind::Direct;
        }
        QuoteKind::Partial
    }

    /// Whether a rule of the quote's own sentence ties it to a verb of saying (not one of
    /// manner, not one inherited from an earlier quote).
    fn spoken(&self, a: &Attribution<'a>) -> bool {
        matches!(a.rule.matcher, rules::Matcher::Local(_))
            && a.cue.as_ref().is_some_and(|s| {
                lexicon::lookup(&self.text[s.clone()])
                    .verb
                    .is_some_and(|(_, kind)| kind != lexicon::VerbKind::Manner)
            })
    }

    /// The quotes and tokens, as [`crate::nonquote`] reads them.
    fn marks(&self) -> Marks<'_> {
        Marks {
            text: self.text,
            raws: self.raws,
            tokens: self.tokens,
            qtok: &self.qtok,
        }
    }

    fn quote(
        &self,
        q: usize,
        kind: QuoteKind,
        attr: Option<&Attribution<'a>>,
        resolver: &crate::resolve::Resolver<'a, '_>,
    ) -> Quote<'a> {
        let text = self.text;
        let mut span = self.raws[q].content.clone();
        // A speaker inside the quotation with a colon after it is a transcript label
        // (`"WALLACE: Let's start"`); the turn's words start after it. (A name an answer
        // gives as its own, `"Ruth Baker."`, is part of the words.)
        let label = |a: &&Attribution<'a>| {
            span.contains(&a.mention.span.start)
                && text
                    .get(a.mention.span.end..span.end)
                    .is_some_and(|rest| rest.starts_with(':'))
        };
        if let Some(a) = attr.filter(label) {
            let words = text[a.mention.span.end..span.end]
                .trim_start_matches(|ch: char| ch == ':' || ch.is_whitespace());
            span.start = span.end - words.len();
        }
        let (speaker, cue, rule, confidence) = match attr {
            Some(a) => (
                Some(Speaker {
                    mention: &text[a.mention.span.clone()],
                    span: a.mention.span.clone(),
                    gender: resolver.speaker_gender(&a.name, &a.mention),
                    name: a.name.clone(),
                }),
                a.cue.clone().map(|s| Cue {
                    text: &text[s.clone()],
                    span: s,
                }),
                Some(a.rule.name),
                a.rule.confidence,
            ),
            None => (None, None, None, 0.0),
        };
        Quote {
            text: &text[span.clone()],
            span,
            kind,
            speaker,
            cue,
            rule,
            confidence,
        }
    }
}

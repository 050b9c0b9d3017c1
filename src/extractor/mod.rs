//! The extractor: scan, tokenize, attribute, resolve, classify — one document at a time.
//!
//! This module holds the public [`Extractor`] and a document's main loop, which reads each
//! quote's own sentence first. [`context`] holds the rules that read the quotes around it,
//! [`narration`] what the narration around it tells, and [`passes`] the passes over the
//! quotes once all have speakers.

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
use crate::resolve::{answers_to, answers_to_pet, tidy, PARTNER_LOOKBACK};
use crate::rules::{self, attribute_local, sentence_of, Ctx, Found, Rule};
use crate::scan::{scan, RawQuote};
use crate::token::{finish, tokenize, Kind, Token};
use crate::vocative::{after_honorific, vocatives, Vocative};

mod context;
mod narration;
mod passes;

use passes::*;

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
            // A piece that quotes no one and reports no one's words has no speaker to
            // look for: the name index would be built for nothing.
            if raws.is_empty() && reported.is_empty() {
                return Vec::new();
            }
            Document::new(text, &raws, tokens, &self.gazetteer).extract(reported)
        })
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
    let spoke = |answers: fn(&str, &str) -> bool| {
        (before.saturating_sub(PARTNER_LOOKBACK)..before)
            .rev()
            .filter_map(|j| attrs[j].as_ref())
            // (`Pooh and Piglet` spoke together; it is not Piglet who is called.)
            .find(|a| {
                not != Some(&*a.name)
                    && a.one_speaker()
                    && answers(&a.name, called)
                    && resolver.agrees(&a.name, g)
            })
    };
    spoke(answers_to).or_else(|| spoke(answers_to_pet))
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

/// The [`Speaker`] of mention `m`, resolved to `name`: its gender and kind as the
/// resolver knows them.
fn speaker<'a>(
    name: Cow<'a, str>,
    m: &Mention,
    resolver: &crate::resolve::Resolver<'a, '_>,
    text: &'a str,
) -> Speaker<'a> {
    let gender = resolver.speaker_gender(&name, m);
    Speaker {
        mention: &text[m.span.clone()],
        span: m.span.clone(),
        kind: resolver.speaker_kind(&name, m, gender),
        gender,
        name,
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

/// Most words between a verb that reports a question and the word that opens it (`asked
/// Emma quietly whether`): whom it is asked of, and an adverb.
const MAX_BEFORE_QUESTION: usize = 3;

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
        // (`Okafor said she's met many`: an auxiliary may be joined on to the pronoun.)
        let first = || {
            text[r.content.clone()]
                .split_whitespace()
                .next()
                .map(|w| mention::without_joined_auxiliary(w).unwrap_or(w))
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
                // (`Her accountant said she`: so does one described by whose they are.)
                let agent = || {
                    described.contains(" for ")
                        || described.contains(['\'', '’'])
                        || described.split_whitespace().next().is_some_and(|w| {
                            lexicon::PERSON_POSSESSIVES
                                .iter()
                                .any(|p| w.eq_ignore_ascii_case(p))
                        })
                };
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

    /// Whether quote `q` is the first quote of its paragraph.
    fn first_in_paragraph(&self, q: usize) -> bool {
        q == 0 || self.para(self.qtok[q - 1]) != self.para(self.qtok[q])
    }

    /// Whether quote `q` opens a turn of dialogue: it opens its paragraph, or is the
    /// paragraph's first quote and its sentence opens the paragraph (`Tony said, "Q"`).
    fn opens_turn(&self, q: usize) -> bool {
        let qt = self.qtok[q];
        if self.starts_paragraph(qt) {
            return true;
        }
        self.first_in_paragraph(q) && self.starts_paragraph(sentence_of(self.tokens, qt).0)
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
        // (The first quote of all has no turn before it.)
        if q == 0 || !self.first_in_paragraph(q) || self.starts_paragraph(qt) {
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
        // Turns that gave their speaker's name, and whom their tag had been read as.
        let mut self_namings: Vec<(usize, Cow<'a, str>)> = Vec::new();
        for q in 0..=self.raws.len() {
            // Reported speech before this quote, resolved in document order with it.
            let until = self.raws.get(q).map_or(usize::MAX, |r| r.open.start);
            while let Some(mut r) =
                reported.next_if(|r| r.mention.span.start.min(r.content.start) < until)
            {
                r.mention = self.named_in_apposition(r.mention, &resolver);
                let name = resolver.resolve(&r.mention);
                resolver.note_reporter(r.mention.span.start, name.clone(), r.mention.kind);
                // (`The Lakeshore Gazette says she won`: an institution's or a group's
                // report speaks of someone else. Asked only of a report that tells a
                // gender, a few in a hundred: the kind reads the name's words.)
                let body = || {
                    matches!(
                        resolver.speaker_kind(&name, &r.mention, None),
                        Some(crate::SpeakerKind::Organization | crate::SpeakerKind::Group)
                    )
                };
                let g = self.reporter_gender(&r).filter(|_| !body());
                if let Some(g) = g {
                    resolver.note_gender(name.clone(), g);
                }
                let text = self.text;
                // A quotation inside a speaker's labelled turn is theirs. (One inside a
                // clause in the writer's words may be a scare quote or another's words:
                // `said the plan was "dead," as critics put it`.)
                if r.verbatim {
                    report = Some((r.content.clone(), r.mention.clone(), name.clone()));
                }
                out.push(Quote {
                    text: &text[r.content.clone()],
                    span: r.content.clone(),
                    kind: QuoteKind::Indirect,
                    speaker: Some(speaker(name, &r.mention, &resolver, text)),
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
                    // latest other speaker of his gender, or failing one, the latest other
                    // man the narration named in this paragraph or the one before. (Nor is
                    // `she` in `"Q1," she said. "Keep it, Ruth."`: the rest of her speech
                    // counts too.)
                    if let Some(g) = mention.kind.personal_gender() {
                        let addressed = self.addressed_in_speech(q, &mention, &locals);
                        if addressed.calls(&name, &resolver) {
                            if let Some(other) = resolver
                                .partner(Some(g), mention.span.start, &name)
                                .filter(|o| !addressed.calls(o, &resolver))
                                .or_else(|| {
                                    resolver.named_nearby(g, mention.span.start, |o| {
                                        o != name && !addressed.calls(o, &resolver)
                                    })
                                })
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
            // The question may be the turn before even when the answer's paragraph opens
            // with narration (`She stepped back. "Mrs. Dale," she said.`).
            // (For a quote opening its paragraph that is `turn` itself.)
            let asked = self
                .first_in_paragraph(q)
                .then(|| self.turn_in_paragraph_before(q))
                .flatten();
            let attr = match asked.filter(|_| dialogue && !named_in_tag) {
                Some(t) => match self.self_named(t, q, &resolver) {
                    Some(named) => {
                        if let Some(a) = &attr {
                            self_namings.push((q, a.name.clone()));
                        }
                        Some(named)
                    }
                    None => attr,
                },
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
        for (q, stood_for) in self_namings {
            self.named_at_last(q, &stood_for, &mut attrs);
        }
        if whole || turns.dialogue() {
            self.called_back(&mut attrs, &resolver);
            let turns = self.turns();
            self.answered_later(&turns, &mut attrs);
            self.unattributed_turns(&turns, &mut attrs, &resolver);
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
        // A speaker on a line of its own after the words signs them (`"Q.¶Dana Ruiz, port
        // director."`): the words end before that line.
        let signed = |a: &Attribution<'a>| {
            // (Most speakers stand outside the marks: only then is the text read again.)
            span.contains(&a.mention.span.start).then_some(())?;
            let name = rules::signature(&text[span.clone()])?;
            (span.start + name.start == a.mention.span.start).then_some(())?;
            let line = text[span.start..a.mention.span.start].rfind('\n')?;
            Some(text[span.start..span.start + line].trim_end().len()).filter(|&n| n > 0)
        };
        if let Some(a) = attr.filter(label) {
            let words = text[a.mention.span.end..span.end]
                .trim_start_matches(|ch: char| ch == ':' || ch.is_whitespace());
            span.start = span.end - words.len();
        } else if let Some(words) = attr.and_then(signed) {
            span.end = span.start + words;
        }
        let (speaker, cue, rule, confidence) = match attr {
            Some(a) => (
                Some(speaker(a.name.clone(), &a.mention, resolver, text)),
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

//! The result types: a [`Quote`], who said it ([`Speaker`]) and the speech verb ([`Cue`]).

use crate::Gender;
use std::borrow::Cow;
use std::ops::Range;

/// What sort of quotation a [`Quote`] is.
///
/// ```
/// use quotation::{extract_quotes, QuoteKind};
/// let text = "The minister called the plan a \"bold experiment,\" critics said.";
/// let quotes = extract_quotes(text);
/// assert_eq!(quotes[0].kind, QuoteKind::Partial);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
pub enum QuoteKind {
    /// Words in quotation marks that stand as the speaker's own sentence or sentences.
    Direct,
    /// A quoted phrase inside the writer's own sentence: `called it a "bold experiment"`.
    Partial,
    /// Reported speech without quotation marks: `She said the plan would fail.`
    Indirect,
}

/// What kind of source a [`Speaker`] is: one person, several people, or an institution.
///
/// A media researcher's tally counts people apart from the bodies that speak through
/// statements: a speaker of no known [`Gender`] is either a person the text gives none,
/// or one of these others.
///
/// ```
/// use quotation::{extract_quotes, SpeakerKind};
/// let text = "\"We will appeal,\" said Dana Ruiz.\n\n\"The ruling stands,\" the ministry said.\n\n\"We are not done,\" protesters chanted.";
/// let kinds: Vec<_> = extract_quotes(text)
///     .iter()
///     .map(|q| q.speaker.as_ref().unwrap().kind)
///     .collect();
/// assert_eq!(
///     kinds,
///     [Some(SpeakerKind::Person), Some(SpeakerKind::Organization), Some(SpeakerKind::Group)]
/// );
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
pub enum SpeakerKind {
    /// One person: named (`Dana Ruiz`), described by a role (`the spokeswoman`), or `he`,
    /// `she` or `I`.
    Person,
    /// Several people: `officials`, `the protesters`, `Senate Democrats`, `Saudis`,
    /// `they`, two people named together.
    Group,
    /// An institution, an outlet, a place that speaks as its government, or a document
    /// issued in its name: `the ministry`, `The Boston Globe`, `Canada`, `the report`, `it`.
    Organization,
}

/// The person or group a quotation is attributed to.
///
/// `mention` is what the text says at the attribution (`"he"`, `"Okafor"`, `"the
/// minister"`); `name` is who that is, resolved through the article and the
/// [`Gazetteer`](crate::Gazetteer) (`"Ada Okafor"`).
///
/// ```
/// use quotation::extract_quotes;
/// let text = "Health Minister Ada Okafor spoke first.\n\n\"We are ready,\" she said.";
/// let q = &extract_quotes(text)[0];
/// let speaker = q.speaker.as_ref().unwrap();
/// assert_eq!(speaker.mention, "she");
/// assert_eq!(&text[speaker.span.clone()], "she");
/// assert_eq!(speaker.name, "Ada Okafor");
/// assert_eq!(speaker.gender, Some(quotation::Gender::Female));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Speaker<'a> {
    /// The words in the text that name the speaker.
    pub mention: &'a str,
    /// Byte range of `mention` in the input.
    pub span: Range<usize>,
    /// The person or group the mention refers to: the fullest name known for it. A `he`
    /// or `she` that no one named stands for is the description of a person that opened a
    /// sentence just before (`The inspector came in. "Q," he said.` is `inspector`); with
    /// none, it is named `he` or `she`, in lower case however it is written (`He said`,
    /// `said he`), so one unknown speaker keeps one name.
    pub name: Cow<'a, str>,
    /// The speaker's gender, when something tells it: a [`Gazetteer`](crate::Gazetteer)
    /// entry, an honorific (`Mrs.`), the pronouns the article uses for the person (`he
    /// said`, or `she` after the name elsewhere in the text), a gendered noun (`the
    /// chairwoman`), or, failing all of these, the gender a given name usually carries.
    /// `None` for groups, institutions and anyone the text leaves open.
    pub gender: Option<Gender>,
    /// Whether the speaker is a person, a group or an institution. `None` for a name that
    /// nothing in the text shows to be either a person's or an institution's (a lone
    /// `Rally`, or a name of two unfamiliar words that never speaks).
    pub kind: Option<SpeakerKind>,
}

/// The speech verb or phrase that ties a quotation to its speaker.
///
/// ```
/// use quotation::extract_quotes;
/// let text = "\"Not today,\" Okafor insisted.";
/// let cue = extract_quotes(text)[0].cue.clone().unwrap();
/// assert_eq!(cue.text, "insisted");
/// assert_eq!(&text[cue.span], "insisted");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Cue<'a> {
    /// The cue as written (`"said"`, `"told"`, `"according to"`).
    pub text: &'a str,
    /// Byte range of `text` in the input.
    pub span: Range<usize>,
}

/// One quotation found in a text.
///
/// `text` borrows from the input: `&input[q.span.clone()] == q.text` always holds.
///
/// ```
/// use quotation::{extract_quotes, QuoteKind};
/// let text = "\"We will rebuild the bridge,\" Mayor Lina Ortiz said on Monday.";
/// let q = &extract_quotes(text)[0];
/// assert_eq!(q.text, "We will rebuild the bridge,");
/// assert_eq!(&text[q.span.clone()], q.text);
/// assert_eq!(q.kind, QuoteKind::Direct);
/// assert_eq!(q.speaker.as_ref().unwrap().name, "Lina Ortiz");
/// assert_eq!(q.rule, Some("quote-speaker-verb"));
/// assert!(q.confidence > 0.5);
/// ```
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Quote<'a> {
    /// The quoted words, without the quotation marks.
    pub text: &'a str,
    /// Byte range of `text` in the input.
    pub span: Range<usize>,
    /// Direct, partial or indirect.
    pub kind: QuoteKind,
    /// Who said it, when the rules found out.
    pub speaker: Option<Speaker<'a>>,
    /// The speech verb or phrase, when one ties the quote to its speaker.
    pub cue: Option<Cue<'a>>,
    /// The name of the attribution rule that gave the speaker (see [`RULES`](crate::RULES)).
    pub rule: Option<&'static str>,
    /// How often that rule is right on the annotated evaluation corpora, from 0 to 1.
    pub confidence: f32,
}

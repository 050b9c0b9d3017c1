//! Speaker mentions: the noun phrase that names who speaks, read forward from a token or
//! backward from the word before a speech verb.
//!
//! A mention is a name (`Defense Secretary Robert Gates`), a pronoun (`she`), a description
//! headed by a role noun (`the Pentagon chief`), a group (`U.S. officials`) or an
//! institution (`the ministry`). For names, the title words are kept apart from the name.

use std::ops::Range;

use crate::lexicon::{self, Function, Gender, Number, VerbKind, WordInfo};
use crate::token::{Kind, Token};

/// What sort of phrase a mention is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum MentionKind {
    /// A proper name, perhaps with titles before it.
    Name,
    /// A personal pronoun.
    Pronoun(Option<Gender>, Number),
    /// A description headed by a role noun: `the spokesman`.
    Role,
    /// A group of people: `officials`, `U.S. officials`.
    Group,
    /// An institution: `the ministry`, `the White House`.
    Org,
}

impl MentionKind {
    /// A person: a name, a role description, or `he`/`she`.
    pub(crate) fn is_person(self) -> bool {
        matches!(
            self,
            MentionKind::Name
                | MentionKind::Role
                | MentionKind::Pronoun(Some(Gender::Male | Gender::Female), _)
        )
    }

    /// `I`, a first-person narrator: the one singular pronoun of no gender in
    /// [`crate::lexicon`]'s pronoun table.
    pub(crate) fn is_narrator(self) -> bool {
        self == MentionKind::Pronoun(None, Number::Singular)
    }

    /// Several people: a group (`the protesters`) or `they`/`we`.
    pub(crate) fn is_plural(self) -> bool {
        matches!(
            self,
            MentionKind::Group | MentionKind::Pronoun(_, Number::Plural)
        )
    }

    /// The gender of `he` or `she`; `None` for any other mention.
    pub(crate) fn personal_gender(self) -> Option<Gender> {
        match self {
            MentionKind::Pronoun(g @ Some(Gender::Male | Gender::Female), Number::Singular) => g,
            _ => None,
        }
    }
}

/// A speaker mention found in the tokens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Mention {
    pub kind: MentionKind,
    /// The whole phrase, as written.
    pub span: Range<usize>,
    /// For names, the name without titles (`Robert Gates`); for other kinds, the phrase
    /// without a leading article.
    pub name: Range<usize>,
    /// The title words before a name (`Defense Secretary`), if any.
    pub title: Option<Range<usize>>,
    /// Gender implied by an honorific or a given name.
    pub gender: Option<Gender>,
    /// Token index of the first and one past the last token.
    pub tokens: Range<usize>,
}

impl Mention {
    /// A name one token long: `Ortiz`, but also a capitalized word that only looks like a
    /// name (`Shortly`, `Seated`, `Maine`), which the readers of sentence openings test for.
    pub(crate) fn one_word_name(&self) -> bool {
        self.kind == MentionKind::Name && self.tokens.len() == 1
    }

    /// A one-word name the document also writes in lower case (`Sympathy`, `Without`):
    /// capitalized for opening a sentence, so no one unless the text shows otherwise.
    pub(crate) fn lone_common_word(&self, tokens: &[Token]) -> bool {
        self.one_word_name() && tokens[self.tokens.start].common()
    }

    /// `The Duchess`, `the Grandmother`: an article and one capitalized noun that tells a
    /// gender (a rank, `Granny`), which the reader of descriptions takes for an institution
    /// (`the Kremlin`) but which names a character of the story.
    pub(crate) fn styled_character(&self, tokens: &[Token], text: &str) -> bool {
        self.kind == MentionKind::Org
            && self.tokens.len() == 2
            && tokens[self.tokens.start].info().function == Some(Function::Determiner)
            && tokens[self.tokens.end - 1].is_capitalized(text)
            && lexicon::character_gender(tokens[self.tokens.end - 1].text(text)).is_some()
    }

    /// `the Spaniard`, `the Canadian`: `the` and one nationality or people noun, which the
    /// reader of descriptions takes for an institution, is one person described by origin.
    /// (Not `the French`, `the British`, `the Chinese`, `the Swiss`: a word in `-ch`,
    /// `-sh`, `-ese` or `-ss` after `the` is the whole people.)
    pub(crate) fn one_of_a_people(&self, tokens: &[Token], text: &str) -> bool {
        let noun = tokens[self.tokens.end - 1].text(text);
        // (Compared as bytes: the noun may end in a letter of several.)
        let collective = |end: &str| {
            let bytes = noun.as_bytes();
            bytes.len() > end.len()
                && bytes[bytes.len() - end.len()..].eq_ignore_ascii_case(end.as_bytes())
        };
        self.kind == MentionKind::Org
            && self.tokens.len() == 2
            && tokens[self.tokens.start]
                .text(text)
                .eq_ignore_ascii_case("the")
            && tokens[self.tokens.end - 1].is_capitalized(text)
            && lexicon::is_people(noun)
            && !["ch", "sh", "ese", "ss"].into_iter().any(collective)
    }
}

/// Longest description the parser reads (`the company's new chief executive`).
const MAX_DESCRIPTION: usize = 6;
/// Longest name run (`Secretary of State Condoleezza Rice`).
const MAX_NAME: usize = 8;
/// How far an apposition or relative clause may run between a name and its verb. (An
/// apposition set off by dashes with a relative clause inside runs past 20: `Dana Ruiz,
/// the head of Lantern Films -- the studio that ..., which ... -- told me`. On the dev files 28 found 2 more novel speakers and raised PolNeAR's
/// end-to-end figure, and lost none.)
const MAX_APPOSITION: usize = 28;
/// Longest parenthesis after a name, in tokens (`(D-Ore.)`, `(R-S.C.)`).
const MAX_PARENTHESIS: usize = 10;

/// Lower-case words that may stand inside a name: `Secretary of State`, `Ludwig van
/// Beethoven`, `Osama bin Laden`.
const PARTICLES: &[&str] = &[
    "of", "de", "van", "von", "der", "den", "bin", "al", "da", "del", "la", "le", "du", "st.",
];

/// Numbers that are determiners in running text (`one picker said`) but, capitalized after
/// a name word, end a company's or a channel's name: `Hydro One`, `Capital One`, `BBC
/// Two`, `Air Force One`.
const NAME_NUMBERS: &[&str] = &["One", "Two", "Three"];

/// Whether the word at `i` is `for` inside an institution's name: after a capitalized
/// institution noun, before a capitalized word that is no given name (`Department for
/// Education`, `Centre for Addiction and Mental Health`, `Institute for Fiscal Studies`).
/// British and Canadian bodies are named so as often as with `of`; read apart, the name
/// would end at `for` and `a spokeswoman for the Department for Education` would speak as
/// `Education`. (`a lawyer for Ana Ruiz`: `lawyer` is no capitalized institution noun.)
#[inline]
fn institution_for(tokens: &[Token], i: usize, text: &str) -> bool {
    // The length first: most words asked are not `for`, and it is one compare.
    tokens[i].span.len() == 3
        && i > 0
        && tokens[i].text(text) == "for"
        && tokens[i - 1].info().org
        && is_capitalized(tokens[i - 1].text(text))
        && tokens
            .get(i + 1)
            .is_some_and(|n| is_capitalized(n.text(text)) && n.info().given.is_none())
}

/// Whether the word at `i` is `and` joining the two fields of an institution named with
/// `of` (or `for`): `Department of Fisheries and Aquaculture`,
/// `Ministry of Health and Wellness`, `Centre for Addiction and Mental Health`. Between
/// the institution noun and `and` stand only capitalized words, and after it capitalized
/// words that are no given name, no place and no institution noun. Read apart, the name
/// would end at `and` and the ministry would speak as `Wellness`. (`the Bank of Canada
/// and Ottawa`, `... and Finance Canada`: a place or a body of its own; `the Department of
/// Justice and Ana Ruiz`: a person.)
#[inline]
fn institution_and(tokens: &[Token], i: usize, text: &str) -> bool {
    // The length first: most words asked are not `and`.
    if tokens[i].span.len() != 3 || i < 3 || tokens[i].text(text) != "and" {
        return false;
    }
    // The institution noun, `of` or `for`, then one or two capitalized words up to `and`.
    let joined = (i - 3..i - 1).any(|k| {
        matches!(tokens[k].text(text), "of" | "for")
            && tokens[k - 1].info().org
            && is_capitalized(tokens[k - 1].text(text))
            && tokens[k + 1..i]
                .iter()
                .all(|t| is_capitalized(t.text(text)))
    });
    if !joined || !word(tokens, i + 1, text).is_some_and(is_capitalized) {
        return false;
    }
    // The field's words: no given name, no place and no second body's noun (`the Bank of
    // Canada and Finance Canada`, `the Department of Labor and Harbour Bank`).
    (i + 1..tokens.len().min(i + 1 + MAX_DEPARTMENT_WORDS))
        .map_while(|k| {
            word(tokens, k, text)
                .filter(|w| is_capitalized(w))
                .map(|w| (k, w))
        })
        .all(|(k, w)| {
            let info = tokens[k].info();
            info.given.is_none() && !info.org && !lexicon::is_place(w)
        })
}

/// Whether the lower-case word at `j` is what the person named after it is in the place
/// the run from `start` names whole: `Ohio developer Carl Brandt`, `Toronto landlord Rosa
/// Diaz`. News writes any trade so, not only the role nouns the lexicon knows, and read
/// apart the place would be the subject and the person a stray name after it. The word
/// is a plain noun (no function word, no `-ed`, `-ly` or plural `-s` form: `Ohio elected
/// Mike DeWine`, `Texas backs Ana Ruiz`), and a name follows it: a known given name, or
/// two capitalized words of no other class (`Florida developer Mel Sembler`).
#[inline]
fn place_noun_before_name(tokens: &[Token], start: usize, j: usize, text: &str) -> bool {
    // Asked at the end of most runs: a place's name has at most a few words, and the word
    // after the run is a noun of a few letters at least.
    if j == start || j - start > MAX_PLACE_WORDS || tokens[j].span.len() < 3 {
        return false;
    }
    // Then the word after: most runs end in a lower-case word before another.
    if !tokens
        .get(j + 1)
        .is_some_and(|n| n.kind == Kind::Word && n.is_capitalized(text))
    {
        return false;
    }
    // (From here `j > start`, the word has three bytes or more and the next is capitalized.)
    let w = tokens[j].text(text);
    let info = tokens[j].info();
    let plain_capital = |k: usize| {
        tokens.get(k).is_some_and(|t| {
            let info = t.info();
            t.kind == Kind::Word
                && is_capitalized(t.text(text))
                && info.function.is_none()
                && !title_word(info)
                && !info.org
        })
    };
    plain_capital(j + 1)
        && (tokens[j + 1].info().given.is_some() || plain_capital(j + 2))
        && w.bytes().all(|b| b.is_ascii_lowercase())
        && info.function.is_none()
        && info.verb.is_none()
        && info.pronoun.is_none()
        && !w.ends_with("ed")
        && !w.ends_with("ly")
        && (!w.ends_with('s') || w.ends_with("ss"))
        && lexicon::is_place(&text[tokens[start].span.start..tokens[j - 1].span.end])
}

/// Whether the word at `i` is `and` joining two departments' words inside one name:
/// `Health and Human Services Secretary Alex Azar`, `Environment and Climate Change
/// Canada meteorologist` (not `Smith and Jones`, two people, nor `the Secretary of State
/// and Sanders`). The capitalized words after it, no given name among them, run within
/// a few to a title, an institution's or a department's word, or end after two or more,
/// or in a lower-case role.
#[inline]
fn department_and(tokens: &[Token], i: usize, text: &str) -> bool {
    // Asked of many words: the length of `and` first.
    let joins = i > 0
        && tokens
            .get(i)
            .is_some_and(|t| t.span.len() == 3 && t.kind == Kind::Word)
        && word(tokens, i, text) == Some("and")
        && word(tokens, i - 1, text)
            .is_some_and(|w| is_capitalized(w) && lexicon::is_department(w));
    if !joins {
        return false;
    }
    for k in i + 1..tokens.len().min(i + 1 + MAX_DEPARTMENT_WORDS) {
        let w = word(tokens, k, text).filter(|w| is_capitalized(w));
        let Some(w) = w else {
            // The run ends: in a lower-case role (`meteorologist`), or after two words or
            // more of no one's name (`Climate Change Canada said`).
            let role = word(tokens, k, text).is_some_and(|_| tokens[k].info().role);
            return k > i + 1 && role || k > i + 2;
        };
        let info = tokens[k].info();
        if info.given.is_some() {
            return false;
        }
        if title_word(info) || info.org || lexicon::is_department(w) {
            return true;
        }
    }
    false
}

/// Most capitalized words [`department_and`] reads after `and`.
const MAX_DEPARTMENT_WORDS: usize = 4;

/// Whether the word at `i` is one of [`NAME_NUMBERS`] right after a capitalized word.
pub(crate) fn name_number(tokens: &[Token], i: usize, text: &str) -> bool {
    i > 0
        && word(tokens, i, text).is_some_and(|w| NAME_NUMBERS.contains(&w))
        && word(tokens, i - 1, text).is_some_and(is_capitalized)
}

/// Titles of a saint: before a name they make a place (`St. Paul's`, `Saint Jean`).
const SAINTS: &[&str] = &["st", "saint", "ste"];

pub(crate) fn word<'a>(tokens: &[Token], i: usize, text: &'a str) -> Option<&'a str> {
    tokens
        .get(i)
        .filter(|t| t.kind == Kind::Word)
        .map(|t| t.text(text))
}

fn is_capitalized(w: &str) -> bool {
    // Most words are ASCII: their first byte answers without decoding a char.
    match w.as_bytes().first() {
        Some(&b) if b.is_ascii() => {
            b.is_ascii_uppercase() || matches!(b, b'd' | b'l') && crate::token::elided_capital(w)
        }
        _ => w.chars().next().is_some_and(char::is_uppercase),
    }
}

/// Whether `t` is a number: a number word the lexicon knows (`forty`, `dozens`) or digits
/// (`1,409`).
pub(crate) fn number_word(t: &Token, text: &str) -> bool {
    t.kind == Kind::Word && (t.info().number || numeral(t.text(text)))
}

/// Whether `w` is a number in digits, its groups perhaps set off by commas (`1,409`).
fn numeral(w: &str) -> bool {
    w.starts_with(|c: char| c.is_ascii_digit())
        && w.bytes().all(|b| b.is_ascii_digit() || b == b',')
}

/// A word with its possessive ending removed: `Putin's` -> `Putin`.
pub(crate) fn strip_possessive(w: &str) -> (&str, bool) {
    // Every ending below closes with `s`, `'` or the last byte of `’`: most words have
    // none of them, and are answered by one byte.
    if !matches!(w.as_bytes().last(), Some(b's' | b'\'' | 0x99)) {
        return (w, false);
    }
    for s in ["'s", "’s", "'", "’"] {
        if let Some(stem) = w.strip_suffix(s) {
            if !stem.is_empty() {
                return (stem, true);
            }
        }
    }
    (w, false)
}

/// Whether a capitalized word can be part of a name.
#[inline]
fn name_word(t: &Token, info: &WordInfo, w: &str) -> bool {
    is_capitalized(w)
        && info.function.is_none()
        && info.verb.is_none()
        && info.pronoun.is_none()
        && !(t.joined() && (place_adjective(w) || party_tag(w)))
}

/// Ordinals that, capitalized inside a sentence, begin a name: `First Nations`, `Third
/// Way`, `Second Harvest`. At a sentence's start they number a writer's points (`Second,
/// they ...`) and stay function words.
const NAME_ORDINALS: &[&str] = &["first", "second", "third", "fourth", "fifth"];

/// Whether the word at `i` is one of [`NAME_ORDINALS`], capitalized inside its sentence
/// and before another capitalized word: the first word of a name.
#[inline(always)]
pub(crate) fn ordinal_in_name(tokens: &[Token], i: usize, text: &str) -> bool {
    let t = &tokens[i];
    // The length first: asked of capitalized function words only, most of them longer
    // or shorter than an ordinal.
    (5..=6).contains(&t.span.len())
        && t.kind == Kind::Word
        && t.is_capitalized(text)
        && NAME_ORDINALS
            .iter()
            .any(|o| t.text(text).eq_ignore_ascii_case(o))
        && word(tokens, i + 1, text).is_some_and(is_capitalized)
        && !crate::token::opens_sentence(tokens, i)
}

/// `D-Texas`, `R-Ky.`, `I-Vt.`: a US legislator's party and state, set beside the name;
/// no name itself.
fn party_tag(w: &str) -> bool {
    let b = w.as_bytes();
    b.len() > 3 && matches!(b[0], b'D' | b'R' | b'I') && b[1] == b'-' && b[2].is_ascii_uppercase()
}

/// `Toronto-based`, `Ottawa-born`, `Republican-leaning`: a capitalized word joined by a
/// hyphen to a participle or to one of [`ADJECTIVE_ENDINGS`] is an adjective made from a
/// name, not a name; so is `Mother-of-three`. `Jean-Paul` and `Smith-Jones` are capitalized throughout, and the
/// lower-case part of `Ban Ki-moon` or `Moon Jae-in` is neither.
pub(crate) fn place_adjective(w: &str) -> bool {
    // Asked of every capitalized word: only its last few bytes are read for the hyphen.
    let b = w.as_bytes();
    let n = b
        .iter()
        .rev()
        .take(MAX_ADJECTIVE_ENDING + 1)
        .take_while(|c| c.is_ascii_lowercase())
        .count();
    if n < 3 || n >= b.len() || b[b.len() - n - 1] != b'-' {
        return false;
    }
    let last = &w[w.len() - n..];
    let participle = n >= 5 && (last.ends_with("ed") || last.ends_with("ing"));
    // `Mother-of-three Kelly Dunmore`: a description joined by `of` to a number.
    let of_number = w[..w.len() - n - 1].ends_with("-of");
    participle || of_number || ADJECTIVE_ENDINGS.contains(&last)
}

/// The longest ending [`place_adjective`] reads after the hyphen (`-controlled`).
const MAX_ADJECTIVE_ENDING: usize = 12;

/// Words that make an adjective of the name hyphened before them (`Ottawa-born`,
/// `Liberal-led`, `Cold War-era`, `Canada-wide`); participles of five letters or more
/// (`Toronto-based`, `Republican-leaning`) need no entry.
const ADJECTIVE_ENDINGS: &[&str] = &[
    "born", "bred", "led", "run", "made", "built", "grown", "era", "wide", "style", "area",
    "bound", "like", "owned",
];

/// `Florida-based Republican strategist Al Cardenas`: such an adjective opens a name's
/// titles when capitalized words, or role words and then a name, follow it.
fn adjective_before_name(tokens: &[Token], i: usize, w: &str, text: &str) -> bool {
    tokens[i].joined()
        && place_adjective(w)
        && is_capitalized(w)
        && role_words_then_name(tokens, i + 1, text)
}

/// `Theresa May`, `Ms. May`, `Ana Young`, `Michael Every`: a capitalized modal, adverb,
/// epithet or determiner right after a given name or an honorific is a surname, not a word
/// to step over. So it is after two name words the tables do not know (`Soe Lwin May`),
/// unless a number dates it (`Yangon May 5`) or a capitalized word follows, as in a
/// headline's title case (`Museum Will Open`). So is a speech verb's plain or past form
/// after a given name or an honorific (`Gareth Read`, `Ms. Post`, `Dr. Bellow`), unless a
/// capitalized word follows (`Maria Said She Would Run`). `info` is what the lexicon knows
/// of the word at `i` (of its stem, for `May's`).
pub(crate) fn surname_after_first_name(
    tokens: &[Token],
    i: usize,
    info: &WordInfo,
    text: &str,
) -> bool {
    let unknown_name = |k: usize| {
        let t = &tokens[k];
        t.kind == Kind::Word
            && name_word(t, t.info(), t.text(text))
            && !lexicon::is_place(t.text(text))
    };
    let capitalized_after = || {
        word(tokens, i + 1, text)
            .is_some_and(|n| n.starts_with(|c: char| c.is_ascii_digit() || c.is_uppercase()))
    };
    // (A form in `-s` or `-ing` is a headline's verb, `Maria Says`, far more often. In
    // title case, `Ana Ruiz Joked "Q"`, the given name may itself be a surname, and a
    // quotation may follow the verb.)
    let verb_surname = || {
        info.verb.is_some() && {
            let w = tokens[i].text(text);
            !w.ends_with('s')
                && !w.ends_with("ing")
                && !capitalized_after()
                && tokens.get(i + 1).map_or(true, |n| n.quote().is_none())
                && (i < 2
                    || !tokens[i - 2].is_capitalized(text)
                    || tokens[i - 1].info().given.is_none())
        }
    };
    i > 0
        && tokens[i].is_capitalized(text)
        && (matches!(
            info.function,
            Some(Function::Between | Function::Epithet | Function::Determiner)
        ) && info.verb.is_none()
            || verb_surname())
        && {
            let prev = tokens[i - 1].info();
            prev.given.is_some()
                || prev.honorific.is_some()
                || info.verb.is_none()
                    && i > 1
                    && unknown_name(i - 1)
                    && unknown_name(i - 2)
                    && !capitalized_after()
        }
}

/// `Will Young`: a capitalized given name that is also a modal opens a name when a
/// capitalized name word follows it, or a past tense (`May looked up`), or an adverb in
/// `-ly` and a past tense (`May suddenly proposed`).
fn modal_given_name(tokens: &[Token], i: usize, info: &WordInfo, w: &str, text: &str) -> bool {
    if !(info.given.is_some() && info.function == Some(Function::Between) && is_capitalized(w)) {
        return false;
    }
    word(tokens, i + 1, text).is_some_and(|n| {
        let next = tokens[i + 1].info();
        let name_after = is_capitalized(n)
            && next.pronoun.is_none()
            && next.function != Some(Function::Determiner);
        // `May looked up`: no modal stands before a past tense, nor before an
        // adverb and one (`May quickly go` has the base form).
        let adverb_then_past =
            ly_adverb(n) && word(tokens, i + 2, text).is_some_and(crate::lexicon::is_past_form);
        name_after || crate::lexicon::is_past_form(n) || adverb_then_past
    }) || inverted_after_verb(tokens, i, text)
}

/// A lower-case word of five letters or more in `-ly`, read as an adverb next to a modal
/// given name (`May suddenly proposed`, `said May quietly`).
fn ly_adverb(w: &str) -> bool {
    w.len() > 4 && w.ends_with("ly") && w.bytes().all(|b| b.is_ascii_lowercase())
}

/// `"Yes," said May.`, `said May quietly`: right after a speech verb, a given name that is
/// also a modal is the inverted subject when its clause ends there or an adverb in `-ly`
/// follows (`said May would` is still a modal, or a month).
fn inverted_after_verb(tokens: &[Token], i: usize, text: &str) -> bool {
    let verb_before = i > 0
        && tokens[i - 1].kind == Kind::Word
        && tokens[i - 1].info().verb.is_some()
        && !tokens[i - 1].is_capitalized(text);
    verb_before
        && match tokens.get(i + 1) {
            None => true,
            Some(n) if n.kind == Kind::Word => ly_adverb(n.text(text)),
            Some(n) => n.is_punct(',') || n.is_punct('.') || n.kind == Kind::Break,
        }
}

/// `Young said`, `Read said`: a capitalized epithet or verb of manner right before a speech
/// verb (not one of manner) stands for a surname, since neither can be a subject alone.
fn surname_before_verb(tokens: &[Token], i: usize, info: &WordInfo, w: &str, text: &str) -> bool {
    // `"Q," From said`: a preposition or conjunction capitalized inside its sentence, right
    // after the quote or comma, can only be a surname there.
    let mid_sentence_stop =
        info.function == Some(Function::Stop) && i > 0 && tokens[i - 1].ends_with_comma(text);
    let odd_word = info.function == Some(Function::Epithet)
        || mid_sentence_stop
        || info.verb.is_some_and(|(_, kind)| kind == VerbKind::Manner);
    odd_word
        && is_capitalized(w)
        && tokens.get(i + 1).is_some_and(|t| {
            t.info()
                .verb
                .is_some_and(|(_, kind)| kind != VerbKind::Manner)
        })
}

/// Plural agent nouns the tables do not list (`forecasters`, `organizers`, `pediatricians`,
/// `environmentalists`): by their suffix, people. Used only for a subject right before a
/// speech verb, where a plural noun of this shape is a group that speaks.
fn agent_plural(w: &str) -> bool {
    w.len() >= 6
        && w.bytes().all(|b| b.is_ascii_lowercase())
        && ["ers", "ors", "ists", "ians"]
            .iter()
            .any(|s| w.ends_with(s))
        && !NOT_AGENTS.contains(&w)
}

/// Whether a word (`w`, with lexicon entry `info`) is a noun that heads a description: a
/// role, a group or an institution of the tables, or an agent plural.
fn head_noun(info: &WordInfo, w: &str) -> bool {
    info.role || info.group || info.org || agent_plural(w) || age_noun(w)
}

/// Whether token `t` is a lower-case plural noun for people: a group noun of the tables
/// (`officials`) or an agent noun by its suffix (`strategists`).
pub(crate) fn people_plural(t: &Token, text: &str) -> bool {
    let w = t.text(text);
    t.kind == Kind::Word
        && w.starts_with(|c: char| c.is_ascii_lowercase())
        && (t.info().group || agent_plural(w))
}

/// Plurals with an agent suffix that name things, not people.
const NOT_AGENTS: &[&str] = &[
    "others",
    "orders",
    "numbers",
    "papers",
    "matters",
    "quarters",
    "headquarters",
    "waters",
    "powers",
    "centers",
    "borders",
    "corners",
    "layers",
    "filters",
    "towers",
    "chambers",
    "offers",
    "answers",
    "factors",
    "sectors",
    "motors",
    "errors",
    "colors",
    "colours",
    "floors",
    "doors",
    "mirrors",
    "indicators",
    "computers",
    "containers",
    "meters",
    "metres",
    "figures",
    "members",
    "posters",
    "flowers",
    "letters",
    "chapters",
    "characters",
    "registers",
    "headers",
    "markers",
    "twists",
    "exists",
    "insists",
    "persists",
    "resists",
    "assists",
    "consists",
];

/// The lexicon entry of a token's word, or of its stem when it had a possessive ending.
fn info_of(t: &Token, stem: &str, possessive: bool) -> &'static WordInfo {
    if possessive {
        lexicon::lookup(stem)
    } else {
        t.info()
    }
}

/// Whether the word is part of a title: a title word or honorific, in any case.
fn title_word(info: &WordInfo) -> bool {
    info.title || info.honorific.is_some()
}

/// Auxiliaries joined on to a subject pronoun that may come before a speech verb: `she's
/// said`, `I've told`, `they'd warned`, `he'll say`. (Not `'re`: `we're told` is passive.)
const JOINED_AUXILIARIES: &[&str] = &["s", "ve", "d", "ll"];

/// `she's said`, `I've told them`: a personal pronoun with an auxiliary joined on is the
/// subject; the mention is the pronoun alone. (`it's` is left out: `it's said` is passive.)
fn contracted_subject(tokens: &[Token], i: usize, w: &str) -> Option<Mention> {
    // Asked of every word a mention may start at: first whether the lexicon knows it (a
    // contraction it does not), then the length (`they’ll`, 9 bytes, is the longest) and
    // the first letter of `he`, `she`, `they`, `we` or `I`.
    let short = tokens[i].lex == 0
        && w.len() <= 9
        && matches!(w.as_bytes()[0] | 0x20, b'h' | b's' | b't' | b'w' | b'i');
    if !short {
        return None;
    }
    let (stem, aux) = w.split_once(['\'', '\u{2019}'])?;
    if !JOINED_AUXILIARIES
        .iter()
        .any(|a| aux.eq_ignore_ascii_case(a))
    {
        return None;
    }
    let (g, n) = lexicon::lookup(stem).pronoun?;
    if g == Some(Gender::Neuter) || stem.eq_ignore_ascii_case("you") {
        return None;
    }
    let mut m = single(tokens, i, MentionKind::Pronoun(g, n), None);
    m.span.end = m.span.start + stem.len();
    m.name = m.span.clone();
    Some(m)
}

/// Reads a mention that starts at token `i`.
pub(crate) fn forward(tokens: &[Token], i: usize, text: &str) -> Option<Mention> {
    let w = word(tokens, i, text)?;
    let info = tokens[i].info();
    if let Some((g, n)) = info.pronoun {
        return Some(single(tokens, i, MentionKind::Pronoun(g, n), None));
    }
    if let Some(m) = contracted_subject(tokens, i, w) {
        return Some(m);
    }
    if imperative(tokens, i, text) {
        return None;
    }
    if info.function == Some(Function::Determiner) || strip_possessive(w).1 && is_capitalized(w) {
        return description(tokens, i, i + 1, text).or_else(|| fused_alone(tokens, i, text));
    }
    // `Eight years ago`, `Forty protesters`, `Dozens of`, `about 200 protesters`: a number
    // (after a word of approximation) before a plural or `of` counts what follows; alone or
    // before a verb a number word may be a name (`said Five`, `Seven looked up`).
    let number = if info.approximation { i + 1 } else { i };
    let counts = tokens.get(number).is_some_and(|t| number_word(t, text))
        && word(tokens, number + 1, text).is_some_and(|n| {
            let info = tokens[number + 1].info();
            n.starts_with(|c: char| c.is_ascii_lowercase())
                && info.verb.is_none()
                && (n.ends_with('s') || info.group || n == "of")
        });
    if counts {
        return description(tokens, i, i + 1, text);
    }
    // `21 percent said`: a share of those asked stands for them, a group.
    let share = tokens
        .get(number)
        .is_some_and(|t| t.kind == Kind::Word && numeral(t.text(text)))
        && word(tokens, number + 1, text) == Some("percent");
    if share {
        return Some(phrase(tokens, i..number + 2, MentionKind::Group, None));
    }
    // `engineer Sam Adeyemi`, `nurse practitioner Owen Leclair`: lower-case role words
    // before a name start the run too.
    let role_before_name = (info.role || info.title) && role_words_then_name(tokens, i + 1, text)
        // `city councillor Maria Santos`, `company spokesman Ed Lau`: so does the body the
        // role is of, before it.
        || info.org && modifiers_then_role(tokens, i, text);
    // `Young said`, `Read said`, `"Q," From said`: an epithet, a verb of manner or a
    // capitalized preposition alone before a speech verb is a surname.
    let epithet_name = surname_before_verb(tokens, i, info, w, text);
    // `First Minister Ana Ruiz` is titled, but `Second, they ...` opens a sentence: a title
    // that is also an adverb needs a capitalized word after it.
    let titled = title_word(info)
        && is_capitalized(w)
        && (info.function.is_none() || word(tokens, i + 1, text).is_some_and(is_capitalized));
    // `said lawyers Ana Ruiz and Tom Hale`: the plural is the names' title.
    if plural_title(tokens, i, text) {
        return name_after(tokens, i, i + 1, text);
    }
    // `Officials said`, `Residents say`: a plural for people, capitalized only for opening
    // its sentence, is a group, not a name (`Residents Association` reads on as one).
    // (`Republicans` is capitalized anywhere: the name of the party's members, which the
    // name index may complete to `Senate Republicans`.)
    let opening_group = info.group
        && crate::token::opens_sentence(tokens, i)
        && !lexicon::is_party_members(w)
        && !word(tokens, i + 1, text).is_some_and(is_capitalized);
    if opening_group {
        return Some(single(tokens, i, MentionKind::Group, None));
    }
    if name_word(&tokens[i], info, w)
        || titled
        || ordinal_in_name(tokens, i, text)
        || role_before_name
        || epithet_name
        || modal_given_name(tokens, i, info, w, text)
        || adjective_before_name(tokens, i, w, text)
    {
        return name_run(tokens, i, text);
    }
    if info.group {
        return Some(single(tokens, i, MentionKind::Group, None));
    }
    // `Young Hale stood up`, `Poor Anne`: an epithet before a name is not part of it, but
    // the mention covers it.
    if info.function == Some(Function::Epithet)
        && word(tokens, i + 1, text).is_some_and(is_capitalized)
    {
        return name_after(tokens, i, i + 1, text);
    }
    None
}

/// Whether the word at `i` opens its sentence with an object pronoun right after it: a
/// verb in the imperative (`Let her reply, "Q"`, `Tell him`, `Give me the keys`) or a
/// participle (`Sending him to Ohio was ...`), since no subject is followed by an object
/// alone. Capitalized only for opening the sentence, it is no name.
fn imperative(tokens: &[Token], i: usize, text: &str) -> bool {
    crate::token::opens_sentence(tokens, i)
        && word(tokens, i + 1, text).is_some_and(|o| lexicon::OBJECT_FORMS.contains(&o))
}

/// Like [`forward`], and also reads a name after a few lower-case modifiers (`oil and gas
/// worker Mike Wipf`, `lead author Dr. Allan Garland`), where the position already says a
/// speaker comes next (right after a speech verb). The mention covers the modifiers.
pub(crate) fn forward_loose(tokens: &[Token], i: usize, text: &str) -> Option<Mention> {
    if let Some(m) = forward(tokens, i, text) {
        return Some(m);
    }
    let mut j = i;
    while j < i + MAX_DESCRIPTION {
        let w = word(tokens, j, text)?;
        if is_capitalized(w) {
            return name_after(tokens, i, j, text);
        }
        let info = tokens[j].info();
        let joins = matches!(w, "and" | "of" | "&");
        if info.verb.is_some() || info.pronoun.is_some() || info.function.is_some() && !joins {
            return None;
        }
        j += 1;
    }
    None
}

/// The name at token `at`, its mention widened to start at token `from` over the words
/// before it (`oil and gas worker Mike Wipf`, `Young Hale`).
fn name_after(tokens: &[Token], from: usize, at: usize, text: &str) -> Option<Mention> {
    let mut m = forward(tokens, at, text).filter(|m| m.kind == MentionKind::Name)?;
    m.span.start = tokens[from].span.start;
    m.tokens.start = from;
    Some(m)
}

/// The speaker named by an object pronoun before the speech verb at token `v`, after a verb
/// of perception or causing: `heard her say`, `made him promise` (`her` and `him` speak,
/// not whoever heard them). After a verb of hearing, a name or a noun phrase too: `heard
/// Tom say`, `heard a faint voice calling`.
pub(crate) fn object_speaker(tokens: &[Token], v: usize, text: &str) -> Option<Mention> {
    let object = v.checked_sub(1)?;
    let perceiver = word(tokens, object.checked_sub(1)?, text)?;
    if let Some((g, n)) = lexicon::object_speaker(perceiver, word(tokens, object, text)?) {
        return Some(single(tokens, object, MentionKind::Pronoun(g, n), g));
    }
    // `heard Tom say`, `heard the old man call`, `heard a plaintive voice calling`. (The
    // verb of hearing is sought first: most speech verbs have none before them, and
    // reading a mention back costs more.)
    let heard = |k: usize| word(tokens, k, text).is_some_and(lexicon::is_hearing);
    let p = (v.saturating_sub(MAX_DESCRIPTION + 3)..object)
        .rev()
        .find(|&k| heard(k))?;
    if let Some(m) = backward(tokens, v, text) {
        return (m.tokens.start == p + 1).then_some(m);
    }
    // (Not `was heard three times to say`: the passive's subject is the one heard.)
    let passive = p
        .checked_sub(1)
        .and_then(|k| word(tokens, k, text))
        .is_some_and(|w| crate::rules::BE_FORMS.contains(&w));
    (!passive)
        .then(|| determiner_phrase(tokens, p + 1, v, text))
        .flatten()
}

/// The object before the `to` at token `to` of a verb that takes one and an infinitive
/// (`led her to declare`, `urged Ruiz to call`): the infinitive's subject, so the speaker
/// of a speech verb after `to`. An object pronoun, or a noun phrase.
pub(crate) fn object_before_to(tokens: &[Token], to: usize, text: &str) -> Option<Mention> {
    let object = to.checked_sub(1)?;
    // After a preposition the infinitive hangs on something else (`without waiting for
    // her to answer`), and its speech is no quotation's cue.
    let before = object.checked_sub(1).map(|k| tokens[k].info().function);
    if before == Some(Some(Function::Stop)) {
        return None;
    }
    match lexicon::object_pronoun(word(tokens, object, text)?) {
        Some((g, n)) => Some(single(tokens, object, MentionKind::Pronoun(g, n), g)),
        None => backward(tokens, to, text),
    }
}

fn single(tokens: &[Token], i: usize, kind: MentionKind, gender: Option<Gender>) -> Mention {
    phrase(tokens, i..i + 1, kind, gender)
}

/// The tokens `range` as one mention of `kind`, named by all its words, with no title.
fn phrase(
    tokens: &[Token],
    range: Range<usize>,
    kind: MentionKind,
    gender: Option<Gender>,
) -> Mention {
    let span = tokens[range.start].span.start..tokens[range.end - 1].span.end;
    Mention {
        kind,
        span: span.clone(),
        name: span,
        title: None,
        gender,
        tokens: range,
    }
}

/// `"Q," said nanny.`: a lower-case noun for a person alone at `i`, right after an inverted
/// speech verb, with no determiner and the clause ending after it, is what the household
/// calls them (`nanny`, `nurse`, `mother`): a name, resolved to its own word.
pub(crate) fn bare_role(tokens: &[Token], i: usize, text: &str) -> Option<Mention> {
    let w = word(tokens, i, text)?;
    let info = tokens[i].info();
    let person =
        w.starts_with(|c: char| c.is_ascii_lowercase()) && (info.role || info.character.is_some());
    let ends = tokens.get(i + 1).map_or(true, |t| {
        matches!(
            t.kind,
            Kind::Punct('.' | ',' | '!' | '?' | ';') | Kind::Break
        )
    });
    (person && ends).then(|| phrase(tokens, i..i + 1, MentionKind::Name, info.character))
}

/// A description with no determiner, starting at `i`: modifiers, then a role, group or
/// institution noun (`national security experts`).
pub(crate) fn description_at(tokens: &[Token], i: usize, text: &str) -> Option<Mention> {
    description(tokens, i, i, text)
}

/// The name set off by commas right after description `m`, which is the same person:
/// `said the mayor, Rhona Ellery, when asked`, `the coach, Piet van der Berg, insisted`.
/// The name must close the apposition (a comma, the sentence's end, a quotation): after
/// `the mayor, Rhona Ellery and the police chief` the name is one of a list, not the mayor.
pub(crate) fn appositive_name(tokens: &[Token], m: &Mention, text: &str) -> Option<Mention> {
    // A description headed by a lower-case noun, known to the tables or not (`the
    // mayor's introducer, actress Dana Hill`): `Representative Peter T. King, Republican
    // of New York,` is a name already, and what follows it is his party.
    let head = tokens.get(m.tokens.end.checked_sub(1)?)?;
    if matches!(m.kind, MentionKind::Name | MentionKind::Pronoun(..))
        || head.is_capitalized(text)
        || !tokens.get(m.tokens.end)?.is_punct(',')
    {
        return None;
    }
    let closer = |t: &Token| {
        matches!(
            t.kind,
            Kind::Punct(',' | '.' | ';' | '!' | '?') | Kind::Quote(_) | Kind::Break
        )
    };
    let start = m.tokens.end + 1;
    // `her neighbour, retired teacher Doug Petrakis,`: a role's words may come first.
    let name = forward(tokens, start, text).or_else(|| {
        let end =
            (start..tokens.len().min(start + MAX_APPOSITION)).find(|&k| closer(&tokens[k]))?;
        described_name(tokens, start, end, text)
    })?;
    // (`Marta Ruiz (D-Norfolk),`: a short parenthesis may follow the name.)
    let after = skip_parenthesis(tokens, name.tokens.end);
    let closes = tokens.get(after).map_or(true, closer);
    // `said a spokesman, Tuesday,`: a day is no one's name.
    let day = name.one_word_name() && lexicon::is_day(&text[name.name.clone()]);
    // `the industry's lobbying group, the Association of Freight Carriers,`: a body's
    // proper name after a description of a body.
    let body = name.kind == MentionKind::Org
        && tokens[name.tokens.end - 1].is_capitalized(text)
        && describes_body(tokens, m);
    ((name.kind == MentionKind::Name || body) && closes && !day).then_some(name)
}

/// Whether description `m` is headed by a noun for a body or a group (`lobbying group`,
/// `the company`): what a name set beside it names is that body.
pub(crate) fn describes_body(tokens: &[Token], m: &Mention) -> bool {
    let head = tokens[m.tokens.end - 1].info();
    head.org || head.group
}

/// An age used as a noun for a person (`the 24-year-old said`), as news refers back to
/// someone just named.
pub(crate) fn age_noun(w: &str) -> bool {
    w.strip_suffix("-year-old")
        .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

/// A description starting with a determiner at `start`; its words begin at `body`.
fn description(tokens: &[Token], start: usize, body: usize, text: &str) -> Option<Mention> {
    let mut head: Option<(usize, MentionKind)> = None;
    // Whether the head so far is an age (`the 26-year-old`), which a noun may follow.
    let mut aged = false;
    let mut all_caps = true;
    // Where the words after the last possessive start.
    let mut owned = body;
    // `Microsoft's Brad Smith`: the determiner is an owner (`Here's` is `here is`).
    let owner_first = start < body
        && word(tokens, start, text).is_some_and(|w| {
            let (stem, possessive) = strip_possessive(w);
            possessive && info_of(&tokens[start], stem, possessive).function.is_none()
        });
    let mut j = body;
    while j < tokens.len() && j < body + MAX_DESCRIPTION {
        let Some(w) = word(tokens, j, text) else {
            break;
        };
        let (stem, possessive) = strip_possessive(w);
        let info = info_of(&tokens[j], stem, possessive);
        // A second determiner starts another phrase: `the card that the volunteers ...`.
        let determiner = j > body && info.function == Some(Function::Determiner);
        // A pronoun ends the phrase: `told The Huffington Post he's leaving` (its `'s` is
        // `is`, not a possessive). (`news`, `statement` may follow a speech verb as words
        // of time and place, and modify a head too: `the news agency`.)
        if info.verb.is_some() && !info.role
            || info.pronoun.is_some()
            || determiner
            || matches!(info.function, Some(Function::Stop | Function::Relative))
            || info.function == Some(Function::Between) && !info.document
        {
            break;
        }
        // `the good Mrs. Jennings`, `the more candid Lady Bertram`: words of description
        // before an honorific and a name are its epithet; the mention is the name. After
        // an article they may stand before a bare name too, when it heads the phrase
        // (`the exasperated Bounderby said`: [`epithet_before_name`]).
        let lower_so_far = j > body && !all_caps;
        if lower_so_far && head.is_none() && is_capitalized(w) {
            let epithet =
                info.honorific.is_some() || epithet_before_name(tokens, start, body, j, text);
            if epithet {
                if let Some(m) = name_after(tokens, start, j, text) {
                    if info.honorific.is_some() || names_head(tokens, &m, text) {
                        return Some(m);
                    }
                }
            }
        }
        // `The Duchess shook her head`, `the Kremlin rejected it`: a verb in the past tense
        // ends a run of capitalized words after the determiner, unless a head noun follows
        // it as a participle's (`the Democratic registered voters`). (Other lower-case
        // words may go on to a head noun: `the Democratic primary voters`.)
        if j > owned && all_caps && head.is_none() && lexicon::is_past_form(w) {
            let modifies =
                word(tokens, j + 1, text).is_some_and(|n| head_noun(tokens[j + 1].info(), n));
            if !modifies {
                break;
            }
        }
        // `Labour's Rachel Hughes hit back`: after an owner, a given name and the words
        // capitalized after it are a person's name, which the first lower-case word ends
        // (here a verb in the past the lexicon does not know for one); unless the
        // lower-case words go on to a head noun (`Trump's Virginia state director`).
        let owner = owned > body || owner_first;
        if owner
            && j > owned
            && all_caps
            && head.is_none()
            && !is_capitalized(w)
            && tokens[owned].info().given.is_some()
            && !lower_words_then_head(tokens, j, text)
        {
            break;
        }
        all_caps &= is_capitalized(w);
        if info.role {
            head = Some((j, MentionKind::Role));
        } else if info.group || agent_plural(w) {
            head = Some((j, MentionKind::Group));
        } else if info.org {
            head = Some((j, MentionKind::Org));
        } else if age_noun(w) {
            // `the 26-year-old`: who is resolved as `the Ohio Democrat` is, to the person
            // just named (see `Resolver::just_named`).
            head = Some((j, MentionKind::Org));
            aged = true;
        } else if aged {
            // `a 29-year-old Berlin woman`: the age modifies a noun after it.
            head = None;
            aged = false;
        } else if head.is_some() && !noun_modifiers_then_head(tokens, j, text) {
            break;
        }
        j += 1;
        if possessive {
            // `the company's chief executive`: the possessive is a determiner.
            head = None;
            all_caps = true;
            owned = j;
        }
    }
    // `the journalist Olivia Messer`, `his wife Mary`: a role noun right before a name is
    // the name's title; the person is named.
    if let Some(m) = office_of_place(tokens, start, body, head, j, all_caps, text) {
        return Some(m);
    }
    if let Some((h, MentionKind::Role)) = head {
        let named =
            word(tokens, h + 1, text).is_some_and(|w| is_capitalized(w) && !lexicon::is_day(w));
        if named {
            if let Some(m) = name_after(tokens, start, h + 1, text) {
                return Some(m);
            }
        }
    }
    let (end, kind) = match head {
        Some((h, k)) => (h + 1, k),
        // `the White House`, `the Kremlin`: capitalized words after the article.
        None if all_caps && j > owned => {
            // `the company's Lena Kowalski`, `Microsoft's Brad Smith`: a name after a
            // possessive is the person's own.
            if owned > body || owner_first {
                if let Some(m) = name_after(tokens, start, owned, text) {
                    return Some(m);
                }
            }
            (j, MentionKind::Org)
        }
        None => return voice_of(tokens, start, body, owned, j, text),
    };
    let span = tokens[start].span.start..tokens[end - 1].span.end;
    let mut first = body.min(end - 1);
    // `the Prime Minister's Office`, `the Mayor's Office`: an institution capitalized after
    // the title that heads it is named whole; `the company's board` is a board.
    let possessor =
        owned > start && word(tokens, owned - 1, text).is_some_and(|w| strip_possessive(w).1);
    if kind == MentionKind::Org && possessor && tokens[end - 1].is_capitalized(text) {
        let titled = |k: usize| {
            word(tokens, k, text)
                .is_some_and(|w| is_capitalized(w) && lexicon::lookup(strip_possessive(w).0).title)
        };
        let mut k = owned;
        while k > start && titled(k - 1) {
            k -= 1;
        }
        if k < owned {
            first = first.min(k);
        }
    }
    let name = tokens[first].span.start..span.end;
    Some(Mention {
        kind,
        span,
        name,
        title: None,
        gender: None,
        tokens: start..end,
    })
}

/// Lower-case words a description may put before its head noun, at most.
const MAX_MODIFIERS_BEFORE_HEAD: usize = 3;

/// Whether the lower-case words from token `j` reach a head noun for a person, a group or
/// a body within [`MAX_MODIFIERS_BEFORE_HEAD`] words (`state director`, `press office`).
fn lower_words_then_head(tokens: &[Token], j: usize, text: &str) -> bool {
    (j..tokens.len())
        .take(MAX_MODIFIERS_BEFORE_HEAD)
        .map_while(|k| {
            word(tokens, k, text)
                .filter(|w| !is_capitalized(w))
                .map(|w| (k, w))
        })
        .any(|(k, w)| {
            let info = tokens[k].info();
            info.role || info.group || info.org || agent_plural(w)
        })
}

/// Whether the lower-case word at `j` and at most one more are plain nouns that modify a
/// head noun right after them: `water` in `the city water agency`, `news` in `the state
/// news agency`, `weekly` in `the city weekly newspaper`. A head noun may modify another
/// one (`city`, `state`), and the phrase goes on to the last. No verb: not a past form
/// (`the company hired staff who said`), nor a form in `-s` after the head (`the city
/// employs staff who said`), which is the present tense as often as a plural noun.
fn noun_modifiers_then_head(tokens: &[Token], j: usize, text: &str) -> bool {
    let plain = |k: usize| {
        word(tokens, k, text).is_some_and(|w| {
            let info = tokens[k].info();
            !is_capitalized(w)
                && (info.function.is_none() || info.document)
                && info.verb.is_none()
                && info.pronoun.is_none()
                && (info.document || !w.ends_with('s') || w.ends_with("ss"))
                && !lexicon::is_past_form(w)
        })
    };
    let head = |k: usize| {
        word(tokens, k, text).is_some_and(|w| {
            let info = tokens[k].info();
            !is_capitalized(w) && (info.role || info.group || info.org)
        })
    };
    plain(j) && (head(j + 1) || plain(j + 1) && head(j + 2))
}

/// `the Secretary of State`, `the Duke of Westminster`: a capitalized title, rank or
/// institution noun, `of` and a place after the determiner at `start` is the office or
/// body named whole, as it is
/// without the article; `the Governor of Texas Greg Abbott` is the holder. The
/// description's words from `body` have been read to `head` (a title) or, with no head,
/// to `j` (capitalized words, `all_caps`, the last of which may be a rank).
fn office_of_place(
    tokens: &[Token],
    start: usize,
    body: usize,
    head: Option<(usize, MentionKind)>,
    j: usize,
    all_caps: bool,
    text: &str,
) -> Option<Mention> {
    if !all_caps {
        return None;
    }
    if j > body {
        if let Some(end) = rank_office(tokens, j - 1, text) {
            return Some(rank_mention(tokens, start, body, end, text));
        }
    }
    // (Also an institution's: `the Federation of Canadian Municipalities`, `the Bank of
    // Canada`.)
    let (h, _) = head.filter(|&(_, k)| matches!(k, MentionKind::Role | MentionKind::Org))?;
    let office = word(tokens, h + 1, text) == Some("of")
        && word(tokens, h + 2, text).is_some_and(is_capitalized);
    if !office {
        return None;
    }
    let mut m = name_run(tokens, body, text).filter(|m| m.tokens.end > h + 2)?;
    m.span.start = tokens[start].span.start;
    m.tokens.start = start;
    Some(m)
}

/// `Duke of Westminster`, `Countess of Wessex`: a capitalized rank of nobility at `h`,
/// `of` and a capitalized place is how the holder is known. The end of the place, when
/// so. (A rank is no title before a name, `Count Dracula`, so the name reader does not
/// join it with `of` itself.)
fn rank_office(tokens: &[Token], h: usize, text: &str) -> Option<usize> {
    // Asked of every name run: the cheap test first.
    if word(tokens, h + 1, text) != Some("of") {
        return None;
    }
    let w = word(tokens, h, text)?;
    if !is_capitalized(w) || lexicon::rank_gender(w).is_none() {
        return None;
    }
    let limit = tokens.len().min(h + 2 + MAX_NAME);
    let end = (h + 2..limit)
        .find(|&k| !word(tokens, k, text).is_some_and(is_capitalized))
        .unwrap_or(limit);
    (end > h + 2).then_some(end)
}

/// The office [`rank_office`] found, from token `start` (the determiner, if any), named
/// from `body`, ending before `end`: the name a person of the rank's gender goes by, the
/// rank its title (`the duchess` later is the `Duchess of Harley`).
fn rank_mention(tokens: &[Token], start: usize, body: usize, end: usize, text: &str) -> Mention {
    let rank = (body + 1..end)
        .find(|&k| word(tokens, k, text) == Some("of"))
        .map_or(body, |k| k - 1);
    Mention {
        kind: MentionKind::Name,
        span: tokens[start].span.start..tokens[end - 1].span.end,
        name: tokens[body].span.start..tokens[end - 1].span.end,
        title: Some(tokens[rank].span.clone()),
        gender: word(tokens, rank, text).and_then(lexicon::rank_gender),
        tokens: start..end,
    }
}

/// `said the muffled voice of Kemp`, `said the Rabbit's voice`: a voice speaks for whoever
/// it is the voice of. The description from its determiner at `start` (its words from
/// `body`) ends at token `j` with the noun `voice`; the person is named after `of`, or by
/// a possessive after the determiner, before `owned`. The mention covers the whole phrase.
/// (A name's own possessive, `Bumble's voice`, is read as the name by the name reader.)
fn voice_of(
    tokens: &[Token],
    start: usize,
    body: usize,
    owned: usize,
    j: usize,
    text: &str,
) -> Option<Mention> {
    // The reader stops at `of`; after a possessive it may have read on past the noun.
    let is_voice =
        |k: usize| word(tokens, k, text).is_some_and(|w| w.eq_ignore_ascii_case("voice"));
    let of = word(tokens, j, text) == Some("of") && j > body && is_voice(j - 1);
    let v = if of {
        j - 1
    } else {
        // `the Rabbit's shrill voice`: at most a word or two of description before it.
        (owned.max(body)..j.min(owned + 3))
            .find(|&k| is_voice(k))
            .filter(|&v| {
                (owned..v).all(|k| {
                    let info = tokens[k].info();
                    word(tokens, k, text).is_some_and(|w| w.starts_with(char::is_lowercase))
                        && info.verb.is_none()
                        && info.function.is_none()
                })
            })?
    };
    let mut m = if of {
        let m = forward(tokens, j + 1, text)?;
        m.kind.is_person().then_some(m)?
    } else {
        let determiner =
            body == start + 1 && tokens[start].info().function == Some(Function::Determiner);
        possessor(tokens, owned.checked_sub(1)?, text)
            .filter(|m| determiner && m.kind == MentionKind::Name && owned > body)?
    };
    m.span = tokens[start].span.start..m.span.end.max(tokens[v].span.end);
    m.tokens = start..m.tokens.end.max(v + 1);
    Some(m)
}

/// Most words of description [`epithet_before_name`] reads before a name.
const MAX_EPITHET_WORDS: usize = 3;

/// `the exasperated Bounderby`, `a smiling Clinton`, `the still waiting Harriet`: after an
/// article, a few lower-case words of description and then a capitalized word that is
/// nobody's title, institution, group, people or common noun are the epithet of a name.
/// (`the acting Mayor`, `the local Council`, `the moist English` are not.)
fn epithet_before_name(tokens: &[Token], start: usize, body: usize, j: usize, text: &str) -> bool {
    let article = body == start + 1
        && word(tokens, start, text)
            .is_some_and(|d| ["the", "a", "an"].iter().any(|a| d.eq_ignore_ascii_case(a)));
    let described = j - body <= MAX_EPITHET_WORDS
        && (body..j).all(|k| {
            word(tokens, k, text).is_some_and(|w| {
                let info = tokens[k].info();
                w.starts_with(char::is_lowercase)
                    && info.verb.is_none()
                    && matches!(info.function, None | Some(Function::Epithet))
            })
        });
    let t = &tokens[j];
    let info = t.info();
    let Some(w) = word(tokens, j, text) else {
        return false;
    };
    article
        && described
        && name_word(t, info, w)
        && !strip_possessive(w).1
        && !t.common()
        && !(info.title || head_noun(info, w))
        && !lexicon::is_people(w)
}

/// Whether name mention `m` ends its phrase: no noun follows that it modifies (`a new
/// Associated Press poll`, `the 2010 McConnell comment`); punctuation, a function word, a
/// pronoun, an inflected speech verb (`said`, `replies`) or a past tense (`waved`) does.
fn names_head(tokens: &[Token], m: &Mention, text: &str) -> bool {
    tokens.get(m.tokens.end).map_or(true, |t| {
        let info = t.info();
        let w = t.text(text);
        let inflected = info
            .verb
            .is_some_and(|(lemma, _)| !w.eq_ignore_ascii_case(lemma));
        // Nouns in `-ed` are short (`bed`, `seed`, `need`).
        let past = w.len() > 4 && w.ends_with("ed");
        t.kind != Kind::Word
            || inflected
            || past
            || info.function.is_some()
            || info.pronoun.is_some()
    })
}

/// The owner named by a possessive word at `i`: `Abedin's`, `Hillary Clinton's` (the name
/// run ending in it), or `his`/`her`/`their`.
pub(crate) fn possessor(tokens: &[Token], i: usize, text: &str) -> Option<Mention> {
    let w = word(tokens, i, text)?;
    // `his reply`: the possessive stands for the pronoun of its person.
    let subject = match w.to_ascii_lowercase().as_str() {
        "his" => Some("he"),
        "her" => Some("she"),
        "their" => Some("they"),
        _ => None,
    };
    if let Some(subject) = subject {
        let (g, n) = lexicon::lookup(subject).pronoun?;
        return Some(single(tokens, i, MentionKind::Pronoun(g, n), None));
    }
    let (stem, possessive) = strip_possessive(w);
    if !possessive || !is_capitalized(stem) {
        return None;
    }
    let mut j = i;
    while j > 0
        && i - j < MAX_NAME
        && word(tokens, j - 1, text).is_some_and(|p| {
            is_capitalized(p) && name_word(&tokens[j - 1], tokens[j - 1].info(), p)
        })
    {
        j -= 1;
    }
    let end = tokens[i].span.start + stem.len();
    let first = word(tokens, j, text).unwrap_or(stem);
    let gender = lexicon::lookup(strip_possessive(first).0).given;
    let span = tokens[j].span.start..end;
    Some(Mention {
        kind: MentionKind::Name,
        span: span.clone(),
        name: span,
        title: None,
        gender,
        tokens: j..i + 1,
    })
}

/// `the editorial`, `a 2013 article in the journal`: a phrase from the determiner at `start`
/// to `end` (a few words, no punctuation), whatever its head noun. Only for positions where
/// the sentence's shape already says a speaker stands there (`"Q," the editorial said`).
pub(crate) fn determiner_phrase(
    tokens: &[Token],
    start: usize,
    end: usize,
    text: &str,
) -> Option<Mention> {
    phrase_to(tokens, start, end, false, text)
}

/// [`determiner_phrase`], or one whose determiner is a capitalized possessive (`said Ruiz's
/// introducer`): only after an inverted speech verb, where a speaker must follow. (Before
/// one, `Ruiz's curt reply:` would read as a speaker `Ruiz's curt` and the verb `reply`.)
pub(crate) fn inverted_phrase(
    tokens: &[Token],
    start: usize,
    end: usize,
    text: &str,
) -> Option<Mention> {
    phrase_to(tokens, start, end, true, text)
}

/// [`determiner_phrase`]; `owners` lets a capitalized possessive be the determiner.
fn phrase_to(
    tokens: &[Token],
    start: usize,
    end: usize,
    owners: bool,
    text: &str,
) -> Option<Mention> {
    let det = tokens.get(start)?;
    let words = end.checked_sub(start)?;
    let w = det.text(text);
    let owner = owners && det.kind == Kind::Word && is_capitalized(w) && strip_possessive(w).1;
    let ok = det.kind == Kind::Word
        && (det.info().function == Some(Function::Determiner) || owner)
        && (2..=MAX_DESCRIPTION + 2).contains(&words)
        && tokens[start + 1..end].iter().enumerate().all(|(k, t)| {
            // The head may be a speech-verb form used as a noun (`the civil claim said`).
            let noun_head = k + 2 == words;
            t.kind == Kind::Word
                && (t.info().verb.is_none() || noun_head)
                && t.info().pronoun.is_none()
        });
    // `said Tom's voice`: the owner of a voice speaks, as in `the Rabbit's voice` (see
    // [`voice_of`]).
    if ok && owner && words == 2 && tokens[start + 1].text(text).eq_ignore_ascii_case("voice") {
        let mut m = possessor(tokens, start, text)?;
        m.span.end = tokens[start + 1].span.end;
        m.tokens.end = end;
        return Some(m);
    }
    // `one of the jurymen`, `some of the guests`: a part of a group keeps its quantifier.
    let partitive = tokens.get(start + 1).is_some_and(|t| t.text(text) == "of");
    // (An owner stays in the name: `Ruiz's introducer` tells more than `introducer`.)
    let name_start = if partitive || owner { start } else { start + 1 };
    ok.then(|| Mention {
        kind: MentionKind::Org,
        span: det.span.start..tokens[end - 1].span.end,
        name: tokens[name_start].span.start..tokens[end - 1].span.end,
        title: None,
        gender: None,
        tokens: start..end,
    })
}

/// Whether token `i` is a party's members in the plural: `Democrats`, `Tories`.
fn party_members(tokens: &[Token], i: usize, text: &str) -> bool {
    // Asked at the start of every name: only a word ending in `s` is looked up.
    let w = tokens[i].text(text);
    w.ends_with('s') && lexicon::is_party_members(w)
}

/// Most words of a place's name in [`lexicon::is_place`] (`Prince Edward Island`).
const MAX_PLACE_WORDS: usize = 3;

/// Whether the capitalized word at `start` and one or two after it name a place whole
/// (`New York`, `South Carolina`, `Prince Edward Island`).
fn opens_place(tokens: &[Token], start: usize, text: &str) -> bool {
    (2..=MAX_PLACE_WORDS).any(|n| {
        let last = start + n - 1;
        (start + 1..=last).all(|k| word(tokens, k, text).is_some_and(is_capitalized))
            && lexicon::is_place(&text[tokens[start].span.start..tokens[last].span.end])
    })
}

/// A run of capitalized words starting at `start`: titles, then a name, or titles then a
/// role noun (`Pentagon spokesman`), or modifiers then a group noun (`U.S. officials`).
fn name_run(tokens: &[Token], start: usize, text: &str) -> Option<Mention> {
    // `Meanwhile Brenda`, `Presently Tony`: a word capitalized only because it opens the
    // sentence is not part of the name after it. A given name is (`Bill Hale`, though the
    // text speaks of a bill too), and so is a role noun, the person's title (`Lawyer Ana
    // Ruiz`, though the text goes on to say `the lawyer`).
    // Nor is a party's members before their names (`Republicans Jolly and DeSantis`), as
    // `Republican Tom Price` is titled by the singular.
    // (Nor a word that begins a place's name: `New York`, `New Hampshire`, though the
    // document writes `new` in lower case too.)
    let mut start = start;
    while (tokens[start].common()
        && tokens[start].info().given.is_none()
        && !title_word(tokens[start].info())
        && !tokens[start].info().role
        && !opens_place(tokens, start, text)
        && !ordinal_in_name(tokens, start, text)
        || party_members(tokens, start, text))
        && word(tokens, start + 1, text).is_some_and(is_capitalized)
    {
        start += 1;
    }
    if let Some(end) = rank_office(tokens, start, text) {
        return Some(rank_mention(tokens, start, start, end, text));
    }
    let mut j = start;
    let mut end = start;
    while j < tokens.len() && j < start + MAX_NAME {
        if j > start && nickname_inside(tokens, j, text) {
            j += 1;
            continue;
        }
        let Some(w) = word(tokens, j, text) else {
            break;
        };
        let (stem, possessive) = strip_possessive(w);
        let info = info_of(&tokens[j], stem, possessive);
        // The tests in order of cost; most words of a run are plain name words.
        let keep = name_word(&tokens[j], info, stem)
            || title_word(info) && is_capitalized(w)
            || ordinal_in_name(tokens, j, text)
            || adjective_before_name(tokens, j, w, text)
            // `of` joins after a title (`Secretary of State`, `Bishop of Durham`) or an
            // institution noun (`Bank of Canada governor Peter Lisle`), never two names
            // side by side. `van der Berg`, `de la Cruz`: two particles may stand before
            // the surname.
            || PARTICLES.contains(&w)
                && (w != "of" || j > start && {
                    let before = tokens[j - 1].info();
                    title_word(before) || before.org
                })
                && (word(tokens, j + 1, text).is_some_and(is_capitalized)
                    || w != "of"
                        && word(tokens, j + 1, text).is_some_and(|n| n != "of" && PARTICLES.contains(&n))
                        && word(tokens, j + 2, text).is_some_and(is_capitalized))
            // `Pentagon spokesman Geoff Morrell`, `Rockets general manager Bruce
            // Hamilton`: lower-case role words inside the run, when a name follows them.
            || !is_capitalized(w)
                && (info.role || info.title)
                && !PARTICLES.contains(&w)
                && role_words_then_name(tokens, j, text)
            // `Chinese foreign ministry spokeswoman Hua Chunying`: lower-case modifiers of
            // a role word, inside a run a capitalized word has opened.
            || (j > start || info.org)
                && !is_capitalized(w)
                && modifiers_then_role(tokens, j, text)
            // `Young said`: an epithet standing alone before a speech verb is a surname.
            || j == start && surname_before_verb(tokens, j, info, w, text)
            || j == start && modal_given_name(tokens, j, info, w, text)
            || j > start && surname_after_first_name(tokens, j, info, text)
            || j > start && name_number(tokens, j, text)
            || j > start && department_and(tokens, j, text)
            || j > start && institution_for(tokens, j, text)
            || j > start && institution_and(tokens, j, text)
            || j > start && place_noun_before_name(tokens, start, j, text)
            // `CBS News`, `Fox News`: a capitalized medium noun after a name ends an
            // outlet's name (these nouns are otherwise words after a verb: `said in a news
            // release`).
            || j > start
                && is_capitalized(w)
                && info.document
                && info.function == Some(Function::Time);
        if !keep {
            break;
        }
        j += 1;
        end = j;
        if possessive {
            // `Russia's incoming president`: the name is a determiner of what follows.
            return description(tokens, start, j, text)
                .or_else(|| name_mention(tokens, start, end, text));
        }
    }
    if end == start {
        return None;
    }
    // `U.S. officials`, `Pentagon spokesman`: the run modifies a lower-case head noun.
    if let Some(w) = word(tokens, end, text) {
        let info = tokens[end].info();
        if !is_capitalized(w) && (info.group || info.role) {
            let kind = if info.group {
                MentionKind::Group
            } else {
                MentionKind::Role
            };
            return Some(phrase(tokens, start..end + 1, kind, None));
        }
    }
    name_mention(tokens, start, end, text)
}

/// `Theo "Tank" Marsh`, `Joaquín "El Chapo" Guzmán`: whether token `j` is a short
/// quotation of capitalized words between two capitalized words, a nickname inside the
/// name they make.
pub(crate) fn nickname_inside(tokens: &[Token], j: usize, text: &str) -> bool {
    let t = &tokens[j];
    let cap = |k: usize| {
        tokens
            .get(k)
            .is_some_and(|t| t.kind == Kind::Word && t.is_capitalized(text))
    };
    if t.quote().is_none() || j == 0 || !cap(j - 1) || !cap(j + 1) {
        return false;
    }
    let inner = text[t.span.clone()].trim_matches(|c: char| !c.is_alphanumeric());
    let mut words = inner.split_whitespace();
    inner.len() <= MAX_NICKNAME
        && !inner.contains([',', '.', '!', '?', ';', ':'])
        && words.clone().count() <= 3
        && words.all(|w| w.starts_with(char::is_uppercase))
}

/// Steps over a short parenthesis after a name: `Sen. Ann Ruiz (D-Ore.) said`.
pub(crate) fn skip_parenthesis(tokens: &[Token], i: usize) -> usize {
    if !tokens.get(i).is_some_and(|t| t.is_punct('(')) {
        return i;
    }
    for (k, t) in tokens.iter().enumerate().take(i + 8).skip(i + 1) {
        match t.kind {
            Kind::Punct(')') => return k + 1,
            Kind::Quote(_) | Kind::Break | Kind::Punct('(') => return i,
            _ => {}
        }
    }
    i
}

/// Whether token `j` is a nickname inside a name ([`nickname_inside`]) or a short term in
/// marks inside a phrase (`wearing a "Vote Yes" pin`): a few words and no punctuation of a
/// sentence, so no speech.
pub(crate) fn quoted_term(tokens: &[Token], j: usize, text: &str) -> bool {
    let t = &tokens[j];
    if t.quote().is_none() {
        return false;
    }
    let inner = text[t.span.clone()].trim_matches(|c: char| !c.is_alphanumeric());
    nickname_inside(tokens, j, text)
        || inner.len() <= MAX_QUOTED_TERM
            && !inner.contains([',', '.', '!', '?', ';', ':'])
            && inner.split_whitespace().count() <= 4
}

/// Longest term in marks [`quoted_term`] reads, in bytes.
const MAX_QUOTED_TERM: usize = 40;

/// Longest nickname [`nickname_inside`] reads, in bytes.
const MAX_NICKNAME: usize = 24;

/// Most lower-case role or title words before a name: `deputy chief executive`, `chief
/// technology officer`.
const MAX_ROLE_WORDS: usize = 3;

/// Whether the lower-case role or title words from `j` on, at most [`MAX_ROLE_WORDS`],
/// lead to a capitalized word.
fn role_words_then_name(tokens: &[Token], mut j: usize, text: &str) -> bool {
    // (Not `0..=MAX_ROLE_WORDS`: the inclusive range cost 3.5 M instructions on the news
    // dev pass under callgrind, through how the run reader was inlined.)
    for _ in 0..MAX_ROLE_WORDS + 1 {
        match word(tokens, j, text) {
            Some(w) if is_capitalized(w) => return true,
            Some(_) => {
                let info = tokens[j].info();
                if !(info.role || info.title) {
                    return false;
                }
            }
            None => return false,
        }
        j += 1;
    }
    false
}

/// Whether, from token `j`, one or two lower-case words that are no verb, function word
/// or particle come before role or title words and a capitalized word (`foreign ministry
/// spokeswoman Hua`). After a name, a word in `-ed` or `-s` is more likely its verb than
/// a modifier (`Donald Trump attacked former Rep. ...`, `Frank quotes former adviser ...`;
/// `press` is a modifier).
fn modifiers_then_role(tokens: &[Token], j: usize, text: &str) -> bool {
    // Asked after most names: first the one cheap test that rules nearly all out.
    let role_word = |k: usize| {
        tokens.get(k).is_some_and(|t| {
            let info = t.info();
            info.role || info.title
        })
    };
    if !(role_word(j + 1) || role_word(j + 2)) {
        return false;
    }
    let modifier = |k: usize| {
        word(tokens, k, text).is_some_and(|w| {
            let info = tokens[k].info();
            let verb_like = w.ends_with("ed") || w.ends_with('s') && !w.ends_with("ss");
            !is_capitalized(w)
                && !verb_like
                && info.verb.is_none()
                && info.function.is_none()
                && info.pronoun.is_none()
                && !PARTICLES.contains(&w)
        })
    };
    // (A lower-case word [`role_words_then_name`] accepts is a role or title word.)
    let role_at = |k: usize| {
        word(tokens, k, text).is_some_and(|w| !is_capitalized(w))
            && role_words_then_name(tokens, k, text)
    };
    modifier(j) && (role_at(j + 1) || modifier(j + 1) && role_at(j + 2))
}

/// The participles of auxiliaries, which open a participle clause (`Having said this, ...`,
/// `Being a doctor, ...`) and name no one.
const PARTICIPLE_AUXILIARIES: &[&str] = &["having", "being"];

/// Lower-case words that an adverb in `-ly` opening a sentence may have next, and a name
/// may not: `Shortly after`, `Shortly afterward`, `Precisely such`. (A determiner or a
/// participle in `-ing` counts too, [`opening_ly_adverb`].)
const AFTER_OPENING_ADVERB: &[&str] = &["after", "afterward", "afterwards", "before", "such"];

/// Whether the word at `i`, in `-ly` and opening a sentence, is an adverb rather than a
/// name: `Hastily calling this to mind`, `Scarcely a word was spoken`, `Scarcely had he
/// gone`, `Shortly after the vote`. A name in `-ly` (`Connolly`, `Kelly`) has its verb or
/// a comma next; a known given name (`Emily`) is never taken for an adverb, and neither is
/// a word shorter than six letters (`Ely`, `Daly`).
fn opening_ly_adverb(tokens: &[Token], i: usize, text: &str) -> bool {
    let t = &tokens[i];
    let w = t.text(text);
    if w.len() < 6
        || !w.ends_with("ly")
        || t.info().given.is_some()
        || !crate::token::opens_sentence(tokens, i)
    {
        return false;
    }
    let Some(next) = word(tokens, i + 1, text).filter(|n| !is_capitalized(n)) else {
        return false;
    };
    let info = tokens[i + 1].info();
    // `Scarcely had he`, `Seldom did the board`: an auxiliary before its subject.
    let inverted = info.function == Some(Function::Between)
        && tokens
            .get(i + 2)
            .is_some_and(|s| s.is_pronoun() || s.info().function == Some(Function::Determiner));
    info.function == Some(Function::Determiner)
        || next.len() > 4 && next.ends_with("ing")
        || AFTER_OPENING_ADVERB.contains(&next)
        || inverted
}

/// Splits the capitalized run `start..end` into titles and name.
fn name_mention(tokens: &[Token], start: usize, end: usize, text: &str) -> Option<Mention> {
    if end == start + 1 {
        let w = tokens[start].text(text);
        // `Having said this, ...`: a lone participle, capitalized only because it opens
        // the sentence (the document also writes it in lower case), names no one. Short
        // forms count here (`Being`), unlike in `participle_form`: the lower-case use
        // already shows the word is no name. A participle of an auxiliary never is one,
        // though the document has no lower-case `having`.
        let participle = PARTICIPLE_AUXILIARIES
            .iter()
            .any(|a| w.eq_ignore_ascii_case(a))
            || tokens[start].common() && w.ends_with("ing");
        // `Hastily he rose`, `Individually it knew better`: a lone word opening a sentence
        // with a subject pronoun right after it is an adverb; the pronoun is the subject.
        let adverb = tokens.get(end).is_some_and(Token::is_pronoun)
            && crate::token::opens_sentence(tokens, start);
        if participle || adverb || opening_ly_adverb(tokens, start, text) {
            return None;
        }
    }
    // `WASHINGTON`, `OTTAWA, Aug. 3 (CP)` before a dateline's dash name a place, a date
    // and an agency, not a person.
    if tokens[start].in_dateline() {
        return None;
    }
    // The name is the longest tail of the run with no title word in it.
    let mut name_start = end;
    let mut gender = None;
    while name_start > start {
        if nickname_inside(tokens, name_start - 1, text) {
            name_start -= 1;
            continue;
        }
        let (w, possessive) = strip_possessive(tokens[name_start - 1].text(text));
        let info = info_of(&tokens[name_start - 1], w, possessive);
        // `Lawyer Roberta Kaplan`, `Coach Ana Ruiz`: a role noun opening the run, before
        // the name, is what the person is (a given name that is also one is not: `Porter
        // Goss`).
        // So is one right after a title or department word (`National Security Adviser
        // Eduardo Año`): together they are the office.
        // (The word before is read only for a role noun.)
        let after_title = || {
            name_start - 1 > start && {
                let (before, possessive) = strip_possessive(tokens[name_start - 2].text(text));
                title_word(info_of(&tokens[name_start - 2], before, possessive))
            }
        };
        let role_first = name_start < end
            && info.role
            && info.given.is_none()
            && (name_start - 1 == start || after_title());
        // `Peter T. King`, `Larry King`: a title word after a given name or an initial, at
        // the run's end or before `of`, is a surname (`Virginia Gov. Terry McAuliffe` is
        // titled).
        let surname = || {
            name_start - 1 > start
                && (name_start == end || tokens[name_start].text(text) == "of")
                && {
                    let before = &tokens[name_start - 2];
                    let b = before.text(text).trim_end_matches('.');
                    before.info().given.is_some()
                        || b.len() == 1 && b.bytes().all(|c| c.is_ascii_uppercase())
                }
        };
        // `Martin St. Louis`, `Georges St-Pierre`: `Saint` after a given name, before a
        // capitalized word, begins the surname.
        let saint_surname = || {
            name_start < end
                && name_start - 1 > start
                && SAINTS
                    .iter()
                    .any(|s| w.trim_end_matches('.').eq_ignore_ascii_case(s))
                && tokens[name_start - 2].info().given.is_some()
        };
        // `Conservative Rachel Hughes`, `Tory Ann Ruiz`: a party's member before a given
        // name is what the person is, like `Democrat` (`Tory Burch` is a name).
        let party_first = || {
            name_start < end
                && lexicon::is_party_member(w)
                && tokens[name_start].info().given.is_some()
        };
        // `First Nations`: an ordinal that titles a person (`First Lady Ana Ruiz`)
        // begins a name when one word that is no title and no given name is all that
        // follows it.
        let ordinal_body = || {
            name_start + 1 == end && ordinal_in_name(tokens, name_start - 1, text) && {
                let last = tokens[end - 1].info();
                !title_word(last) && last.given.is_none()
            }
        };
        if title_word(info) && !surname() && !saint_surname() && !ordinal_body()
            || role_first
            || party_first()
            || !is_capitalized(w)
                && !PARTICLES.contains(&w)
                && !institution_for(tokens, name_start - 1, text)
        {
            break;
        }
        name_start -= 1;
    }
    // `Health Canada`, `Public Safety Canada`: department words with no office after them
    // begin an institution's name; `Health Minister Ana Ruiz` has one.
    if name_start > start
        && name_start < end
        && (start..name_start).all(|k| {
            let w = tokens[k].text(text);
            is_capitalized(w) && lexicon::is_department(w) || department_and(tokens, k, text)
        })
    {
        name_start = start;
    }
    // `Acme Health`, `Riverside Health Network`: a department word after capitalized
    // words of no office, in a run that holds no office, is part of a body's name when it
    // ends the run or an institution's noun does (`Ontario Health Minister Ana Ruiz` holds
    // an office, and `Ontario Justice Ana Ruiz` a name after it).
    if name_start > start + 1 && {
        let dept = name_start - 1;
        let only_departments = |k: usize| {
            !title_word(tokens[k].info()) || lexicon::is_department(tokens[k].text(text))
        };
        lexicon::is_department(tokens[dept].text(text))
            && (start..dept).all(|k| is_capitalized(tokens[k].text(text)))
            && (start..end).all(only_departments)
            && (name_start == end
                || tokens[end - 1].info().org
                    && (name_start..end).all(|k| tokens[k].info().given.is_none()))
    } {
        name_start = start;
    }
    // `Bureau of Labor Statistics`, `Federal Bureau of Prisons`: an institution noun, `of`
    // and capitalized words with no office and no given name among them name one body,
    // though a department word stands inside (`Labor`, as in `Labor Secretary`) or ends
    // it (`Department of Homeland Security`: a body, not an office).
    if name_start > start && institution_of(tokens, start, end, text) {
        name_start = start;
    }
    // `Mayor of London`, `Bishop of Durham`: `of` and a place after a title are the office.
    // A given name after the place starts the holder's name (`Governor of Texas Greg
    // Abbott`); failing one, a run too long to be only an office ends in a two-word name.
    // (Not a party's member: `Senator Lindsey Graham, Republican of South Carolina,`; nor
    // after a name: `Representative Peter King of New York`.)
    if name_start > start
        && name_start < end
        && tokens[name_start].text(text) == "of"
        && tokens[start + 1..name_start]
            .iter()
            .all(|t| title_word(t.info()))
        && !lexicon::is_party_member(tokens[name_start - 1].text(text))
    {
        name_start = holder_after_office(tokens, name_start + 1, end);
    }
    // Particles never start a name.
    while name_start < end && !is_capitalized(tokens[name_start].text(text)) {
        name_start += 1;
    }
    for t in &tokens[start..end] {
        let info = t.info();
        if let Some(Some(g)) = info.honorific {
            gender = Some(g);
        }
    }
    let span = tokens[start].span.start..tokens[end - 1].span.end;
    let last = strip_possessive(tokens[end - 1].text(text)).0;
    let span =
        span.start..span.start + (span.len() - (tokens[end - 1].text(text).len() - last.len()));
    if name_start == end {
        // Only titles: `the President said` is a role.
        return Some(Mention {
            kind: MentionKind::Role,
            span: span.clone(),
            name: span,
            title: None,
            gender,
            tokens: start..end,
        });
    }
    if gender.is_none() {
        gender = tokens[name_start].info().given;
    }
    // `Representative Peter King of New York`: the place after a name is where the
    // person is from, no part of the name.
    // (`Association of Flight Attendants` is a body's name.)
    let name_end = (name_start + 1..end)
        .find(|&k| {
            let before = tokens[k - 1].info();
            tokens[k].text(text) == "of" && !before.org && !before.group
        })
        .map_or(span.end, |k| tokens[k - 1].span.end);
    let name = tokens[name_start].span.start..name_end;
    let title =
        (name_start > start).then(|| tokens[start].span.start..tokens[name_start - 1].span.end);
    // `St. Paul's`, `St. Louis`: one word after a saint's title names a church, a street
    // or a town, not a person of the story (`St. John Rivers` is one).
    let saint = name_start == start + 1 && end == start + 2 && {
        let w = tokens[start].text(text);
        SAINTS
            .iter()
            .any(|s| w.trim_end_matches('.').eq_ignore_ascii_case(s))
    };
    Some(Mention {
        kind: if saint {
            MentionKind::Org
        } else {
            MentionKind::Name
        },
        span,
        name,
        title,
        gender,
        tokens: start..end,
    })
}

/// Whether the name run `start..end` is an institution's name built on `of` (or `for`,
/// [`institution_for`]): a capitalized institution noun, `of`, and after it only capitalized words (and particles)
/// that are no role and no given name (`Bank of Canada`, not `Bank of Canada Governor Tiff
/// Macklem`).
fn institution_of(tokens: &[Token], start: usize, end: usize, text: &str) -> bool {
    let Some(of) = (start + 1..end)
        .find(|&k| tokens[k].text(text) == "of" || institution_for(tokens, k, text))
    else {
        return false;
    };
    tokens[of - 1].info().org
        && (of + 1..end).all(|k| {
            let t = &tokens[k];
            let w = t.text(text);
            let info = t.info();
            (is_capitalized(w) || PARTICLES.contains(&w) || institution_and(tokens, k, text))
                && !info.role
                && info.given.is_none()
        })
}

/// Where the holder's name starts in the words `place..end` that follow `Title of`: at the
/// first given name after the place's first word; else at the last two words when three
/// or more follow and the last is no institution's noun (`CEO of Harbour Restaurant
/// Association` is all office); else nowhere (`end`: the run is only an office).
fn holder_after_office(tokens: &[Token], place: usize, end: usize) -> usize {
    if let Some(k) = (place + 1..end).find(|&k| tokens[k].info().given.is_some()) {
        return k;
    }
    if end >= place + 3 && !tokens[end - 1].info().org {
        end - 2
    } else {
        end
    }
}

/// Reads the mention that ends with token `end - 1`, reading backward. Steps over an
/// apposition or relative clause set off by commas (`Gates, who had a sling, said`).
pub(crate) fn backward(tokens: &[Token], end: usize, text: &str) -> Option<Mention> {
    backward_in(tokens, end, text, MAX_NESTING)
}

/// How many appositions, parentheses and relative clauses the backward reader steps
/// through, one inside or before another: real subjects need two or three, and the bound
/// keeps the reader's work per call constant on any input (`( ) ( ) ( ) ... said`).
const MAX_NESTING: u8 = 8;

/// [`backward`] with `depth` steps of nesting left.
fn backward_in(tokens: &[Token], end: usize, text: &str, depth: u8) -> Option<Mention> {
    let depth = depth.checked_sub(1)?;
    let m = backward_phrase(tokens, end, text, depth)
        .or_else(|| relative_subject(tokens, end, text, depth))
        .or_else(|| post_modified(tokens, end, text, depth))
        .or_else(|| affiliated_person(tokens, end, text, depth))?;
    let m = affiliation_head(tokens, m, text, depth);
    let m = coordinated_before(tokens, m, text, depth);
    // `Ana Ruiz, who wrote the bill with Sen. Dan Holt, R-Ohio, said`: a name read back
    // through an apposition may lie inside a relative clause set off after the subject;
    // the clause tells of the subject, and the subject speaks.
    // (Read back from the comma too: the subject may end in an apposition of its own,
    // `Ana Ruiz, D-Ohio, who`.) The clause is closed before the verb: in `Trump, whom
    // he called a "con artist"`, `he` speaks.
    let closed = (m.tokens.end..end).any(|k| tokens[k].is_punct(','));
    if let Some(open) = closed
        .then(|| relative_clause_opening(tokens, m.tokens.start, text))
        .flatten()
    {
        let subject = backward_in(tokens, open, text, depth)
            .or_else(|| backward_in(tokens, open + 1, text, depth));
        if let Some(s) = subject {
            return Some(s);
        }
    }
    // `A man charged with robbing a Surrey bank said`: a phrase that is not the start of
    // the clause but the object inside a modifier after the subject gives way to the
    // subject the modifier follows.
    // (`published in The Lancet`: the article may be capitalized as part of the name.)
    let mut p = m.tokens.start;
    if p > 0 && word(tokens, p - 1, text).is_some_and(|w| w.eq_ignore_ascii_case("the")) {
        p -= 1;
    }
    let inside = !matches!(m.kind, MentionKind::Pronoun(..))
        && p > 0
        && word(tokens, p - 1, text).is_some_and(|w| {
            OBJECT_PREPOSITIONS.contains(&w)
                || w.len() > 4
                    && (w.ends_with("ing") || w.ends_with("ed"))
                    && w.bytes().all(|b| b.is_ascii_lowercase())
        });
    if inside {
        if let Some(s) =
            post_modified(tokens, end, text, depth).filter(|s| s.tokens.end < m.tokens.start)
        {
            return Some(s);
        }
    }
    Some(m)
}

/// Most names [`coordinated_before`] and [`coordinated_after`] join into one group
/// (`Ruiz, Hale, Dunn and Cole`).
const MAX_COORDINATED: usize = 6;

/// `Ruiz and Hale said`, `Ana Ruiz, Tom Hale and Kay Dunn said`: names joined by `and`,
/// with commas between the first ones, are the subject together, one group. The first
/// name must open its clause: in `He thanked Ruiz and Hale said`, Ruiz is an object. (`In
/// Ohio, Ruiz and Hale said` reads `Ohio` into the list, which then opens no clause, and
/// the speaker stays the last name, as it does after any comma.) Any other mention is returned as it is.
fn coordinated_before(tokens: &[Token], m: Mention, text: &str, depth: u8) -> Mention {
    if m.kind != MentionKind::Name {
        return m;
    }
    // The names before `m`, nearest first: the one before `and`, then each before a comma.
    let mut starts = Vec::new();
    let mut serial = false;
    let mut at = m.tokens.start;
    for n in 0..MAX_COORDINATED - 1 {
        let Some(sep) = at.checked_sub(1) else { break };
        let end = if n == 0 {
            if word(tokens, sep, text) != Some("and") {
                break;
            }
            // The serial comma: `Ruiz, Hale, and Dunn`.
            if sep > 0 && tokens[sep - 1].is_punct(',') {
                serial = true;
                sep - 1
            } else {
                sep
            }
        } else if tokens[sep].is_punct(',') {
            sep
        } else {
            break;
        };
        let name = |l: &Mention| l.kind == MentionKind::Name && plain_name(l, text);
        let mut left =
            backward_phrase(tokens, end, text, depth).filter(|l| name(l) && l.tokens.end == end);
        // `Ana Ruiz, a lawyer, and Tom Hale said`: the comma before `and` may close an
        // apposition of the name before it, and is then no serial comma.
        if left.is_none() && n == 0 && serial {
            left = role_apposition_before(tokens, end, text)
                .and_then(|comma| backward_phrase(tokens, comma, text, depth))
                .filter(|l| name(l) && tokens[l.tokens.end].is_punct(','));
            serial = left.is_none();
        }
        let Some(left) = left else {
            break;
        };
        at = left.tokens.start;
        starts.push(at);
    }
    // The farthest name starts the group, and must open its clause: in `celebrities like
    // Oprah Winfrey, Will Smith and Stevie Wonder, who joked`, no group can be cut from
    // the middle of the list.
    let opens = |k: usize| {
        // (`Defence lawyers Ana Ruiz and Tom Hale said`: what the people are stands before
        // the names; `The Bank of Canada and Ottawa said`: a body's `the` stands before its
        // name.)
        let k = before_plural_title(tokens, k, text);
        let k = if k > 0 && tokens[k - 1].text(text).eq_ignore_ascii_case("the") {
            k - 1
        } else {
            k
        };
        k.checked_sub(1).map_or(true, |b| {
            // (A comma may be the list's own, going on past the names read.)
            tokens[b].kind != Kind::Word && !tokens[b].is_punct(',')
                || CLAUSE_OPENERS.contains(&tokens[b].text(text))
        })
    };
    // (`Mary, and Katharine said` is two clauses: a serial comma needs a list before it.)
    match starts.last() {
        Some(&start) if opens(start) && !(serial && starts.len() < 2) => {
            phrase(tokens, start..m.tokens.end, MentionKind::Group, None)
        }
        _ => m,
    }
}

/// `said lawyers Ana Ruiz and Tom Hale`, `Engineers Ana Ruiz and Tom Hale said`: whether
/// token `i` is a plural for people (lower-case, or capitalized to open its sentence)
/// right before a given name. It says what the people named after it are, as `lawyer`
/// does before one name: the names are read, and the plural is their title. (A party's
/// members are read as part of the name: `Republicans Jolly and DeSantis`.)
fn plural_title(tokens: &[Token], i: usize, text: &str) -> bool {
    // Asked at every word a mention may start at: first whether a given name follows.
    tokens
        .get(i + 1)
        .is_some_and(|n| n.info().given.is_some() && n.is_capitalized(text))
        && plural_for_people(tokens, i, text)
}

/// Whether token `i` is a plural for people that may title the names after it: lower-case,
/// or capitalized to open its sentence, and not a party's members.
fn plural_for_people(tokens: &[Token], i: usize, text: &str) -> bool {
    let t = &tokens[i];
    let w = t.text(text);
    people_plural(t, text)
        || crate::token::opens_sentence(tokens, i)
            && (t.info().group || agent_plural(&w.to_ascii_lowercase()))
            && !lexicon::is_party_members(w)
}

/// Most modifiers [`before_plural_title`] steps over (`senior defence lawyers`).
const MAX_TITLE_MODIFIERS: usize = 2;

/// Where the plural title before the names from token `k` starts, with up to
/// [`MAX_TITLE_MODIFIERS`] modifiers before it (`Structural engineers Ana Ruiz and Tom
/// Hale`, `defence lawyers`): words that are no verb, function word or pronoun, and a
/// determiner before them (`her parents`). `k` when no plural for people stands right
/// before it.
fn before_plural_title(tokens: &[Token], k: usize, text: &str) -> usize {
    // (The names are read already: the first need not be a known given name, as in
    // `Councillors Raj Malhotra and Beth Orr`.)
    let Some(p) = k
        .checked_sub(1)
        .filter(|&p| plural_for_people(tokens, p, text))
    else {
        return k;
    };
    let modifier = |m: usize| {
        tokens[m].kind == Kind::Word && {
            let info = tokens[m].info();
            info.verb.is_none() && info.function.is_none() && info.pronoun.is_none()
        }
    };
    let mut start = p;
    while start > 0 && p - start < MAX_TITLE_MODIFIERS && modifier(start - 1) {
        start -= 1;
    }
    // (`Her parents Ana and Tom Hale said`: a determiner opens the phrase.)
    if start > 0 && tokens[start - 1].info().function == Some(Function::Determiner) {
        start -= 1;
    }
    start
}

/// `Ana Ruiz, a lawyer, and`: the comma that opens a role set beside a name, which the
/// comma at `close` closes. The role is read forward from that comma and must end at
/// `close`: no longer phrase, which may be a clause (`Ana Ruiz, who ..., and`), is read.
fn role_apposition_before(tokens: &[Token], close: usize, text: &str) -> Option<usize> {
    let lo = close.saturating_sub(MAX_APPOSITION);
    let open = (lo..close).rev().find(|&k| tokens[k].kind != Kind::Word)?;
    (tokens[open].is_punct(',')
        && forward(tokens, open + 1, text)
            .is_some_and(|a| a.kind == MentionKind::Role && a.tokens.end == close))
    .then_some(open)
}

/// Whether a name mention is a name alone, capitalized, with its title: not a description
/// that ends in one (`her eyes directed towards Mr. Rushworth`).
fn plain_name(m: &Mention, text: &str) -> bool {
    text[m.span.clone()].starts_with(char::is_uppercase)
}

/// `said Ruiz and Hale.`, `"Q," Ana Ruiz, Tom Hale and Kay Dunn said`: names joined by
/// `and`, with commas between the first ones, are the speakers together, one group, when
/// `ends` holds at the token after the last name (punctuation after an inverted speaker, the
/// verb after a subject). In `said Ruiz and left`, the clause goes on with a verb, and the
/// speaker is Ruiz alone. Any other mention is returned as it is.
pub(crate) fn coordinated_after(
    tokens: &[Token],
    m: Mention,
    text: &str,
    ends: impl Fn(usize) -> bool,
) -> Mention {
    if m.kind != MentionKind::Name {
        return m;
    }
    let mut end = m.tokens.end;
    for n in 0..MAX_COORDINATED - 1 {
        // `said Ana Ruiz, a lawyer, and Tom Hale`: a role set beside the name, closed by
        // the comma before `and`.
        let apposition = || {
            forward(tokens, end + 1, text)
                .filter(|a| a.kind == MentionKind::Role)
                .map(|a| a.tokens.end)
                .filter(|&e| {
                    tokens.get(e).is_some_and(|t| t.is_punct(','))
                        && word(tokens, e + 1, text) == Some("and")
                })
        };
        let and = match tokens.get(end) {
            Some(t) if t.is_punct(',') => {
                // (`said Mary, and Katharine said` is two clauses: a serial comma needs a
                // list before it.)
                if let Some(e) = apposition() {
                    e + 2
                } else if word(tokens, end + 1, text) == Some("and") && n > 0 {
                    end + 2
                } else {
                    end + 1
                }
            }
            Some(_) if word(tokens, end, text) == Some("and") => end + 1,
            _ => break,
        };
        let Some(next) = forward(tokens, and, text)
            .filter(|n| n.kind == MentionKind::Name && plain_name(n, text))
        else {
            break;
        };
        let last = word(tokens, and - 1, text) == Some("and");
        end = next.tokens.end;
        if last {
            return if ends(end) {
                phrase(tokens, m.tokens.start..end, MentionKind::Group, None)
            } else {
                m
            };
        }
    }
    m
}

/// `a statement from the mayor's office`, `an email by Ana Ruiz`, `a letter signed by the
/// deans`: the author named after `from` or `by` (and a participle of issuing, [`ISSUED`])
/// speaks through the document that description `m` names, whether `m`
/// ends with the document's noun or runs on over its author. Any other mention is
/// returned as it is.
pub(crate) fn document_author(tokens: &[Token], m: Mention, text: &str) -> Mention {
    let document = |h: usize| {
        tokens[h].info().document
            && word(tokens, h, text).is_some_and(|w| w.starts_with(char::is_lowercase))
    };
    let from = |k: usize| word(tokens, k, text).is_some_and(|w| matches!(w, "from" | "by"));
    // (`a statement released by the office`: a participle of issuing may come between.)
    let issued = |k: usize| word(tokens, k, text).is_some_and(|w| ISSUED.contains(&w));
    let author = (m.tokens.clone()).find_map(|h| {
        if !document(h) {
            None
        } else if from(h + 1) {
            Some(h + 2)
        } else {
            (issued(h + 1) && from(h + 2)).then_some(h + 3)
        }
    });
    let Some(author) = author else {
        return m;
    };
    forward(tokens, author, text)
        .filter(|a| !matches!(a.kind, MentionKind::Pronoun(..)))
        .unwrap_or(m)
}

/// Whether token `k` ends an inverted speaker's phrase (`said Ruiz and Hale.`, `said Ruiz
/// and Hale in a statement`): punctuation, or a preposition opening an adjunct.
pub(crate) fn ends_inverted_speaker(tokens: &[Token], k: usize, text: &str) -> bool {
    tokens.get(k).map_or(true, |t| {
        t.kind != Kind::Word || ADJUNCT_PREPOSITIONS.contains(&t.text(text))
    })
}

/// Prepositions that open an adjunct after a speaker (`said Ruiz and Hale in a statement`).
const ADJUNCT_PREPOSITIONS: &[&str] = &["in", "at", "on", "during", "after", "before", "from"];

/// The comma that opens a relative clause (`, who`, `, whose`, `, which`) holding the
/// words from `start`, when only words lie between them: the clause is inside one pair of
/// commas, so a comma before `start` ends the search (`The mayor, who spoke first, and
/// Ana Ruiz said` has Ana Ruiz outside the clause).
fn relative_clause_opening(tokens: &[Token], start: usize, text: &str) -> Option<usize> {
    let lo = start.saturating_sub(MAX_RELATIVE_CLAUSE);
    let rel = (lo..start)
        .rev()
        .take_while(|&k| tokens[k].kind == Kind::Word)
        .find(|&k| {
            tokens[k].info().function == Some(Function::Relative)
                && word(tokens, k, text)
                    .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_lowercase()))
        })?;
    (rel > 0 && tokens[rel - 1].is_punct(',')).then_some(rel - 1)
}

/// `a lawyer for the family said`, `a neighbour of the couple said`: the phrase before the
/// verb names no one, but it hangs by a preposition of affiliation from a role or group
/// noun, and that is who speaks. (A body or a name after the preposition is read by
/// [`affiliation_head`].)
fn affiliated_person(tokens: &[Token], end: usize, text: &str, depth: u8) -> Option<Mention> {
    let lo = end.saturating_sub(MAX_AFFILIATED_PHRASE + 1);
    let prep = (lo..end)
        .rev()
        .take_while(|&k| tokens[k].kind == Kind::Word)
        .find(|&k| {
            let w = tokens[k].text(text);
            AFFILIATIONS.contains(&w) || w == "in" && located_by_determiner(tokens, k)
        })?;
    // The words after the preposition are one plain noun phrase: no verb, no clause word.
    let plain = (prep + 1..end).all(|k| {
        let info = tokens[k].info();
        info.verb.is_none()
            && info.pronoun.is_none()
            && (info.function.is_none()
                || k == prep + 1 && info.function == Some(Function::Determiner))
    });
    if !plain || prep + 1 == end {
        return None;
    }
    // `with` ties a person to a body (`a nurse with the clinic`); with no body after it,
    // it tells how they are or what they have (`the duchess with mock sadness`, `a man
    // with a dog`), a phrase the verb's reader steps over.
    if tokens[prep].text(text) == "with" && !may_be_party(&tokens[end - 1], text) {
        return None;
    }
    // The mention keeps the phrase it hangs from, as a description read forward does.
    let mut m = backward_phrase(tokens, prep, text, depth).filter(|m| people(tokens, m))?;
    m.span.end = tokens[end - 1].span.end;
    m.name.end = m.span.end;
    m.tokens.end = end;
    Some(m)
}

/// Whether word token `t` may name a body, a person or a group (`clinic`, `Red Cross`,
/// `crews`, `nurse`): the object that makes `with` an affiliation (`a nurse with the
/// clinic`) rather than a manner (`with a sigh`).
pub(crate) fn may_be_party(t: &Token, text: &str) -> bool {
    let info = t.info();
    t.is_capitalized(text) || info.org || info.group || info.role
}

/// `Residents in the area`, `parents in both districts`: `in` ties people to a place
/// named by a common noun when a determiner or a count opens it; a bare noun after `in`
/// is more often a state or a field (`in trouble`, `in court`).
fn located_by_determiner(tokens: &[Token], k: usize) -> bool {
    tokens
        .get(k + 1)
        .is_some_and(|t| t.info().function == Some(Function::Determiner))
}

/// Longest phrase after a preposition [`affiliated_person`] reads, in words.
const MAX_AFFILIATED_PHRASE: usize = 4;

/// `a White House official who spoke anonymously to discuss strategy said`: a relative
/// clause without commas between the subject and the verb; the subject is the phrase
/// before `who`.
fn relative_subject(tokens: &[Token], end: usize, text: &str, depth: u8) -> Option<Mention> {
    let lo = end.saturating_sub(MAX_RELATIVE_CLAUSE);
    let who = (lo..end)
        .rev()
        .take_while(|&k| tokens[k].kind == Kind::Word)
        .find(|&k| tokens[k].text(text) == "who")?;
    backward_phrase(tokens, who, text, depth)
        .filter(|m| !matches!(m.kind, MentionKind::Pronoun(..)))
        .or_else(|| person_before_who(tokens, who, text))
}

/// `the ferocious brawler who calls herself`: `who` stands for a person, so the
/// description before it names one even when its noun is not in the role table. Only a
/// determiner and lower-case words, the last of them no verb (nor a past form) and no animal,
/// read so (`the team which`, `everyone who` and `those who` do not). The description ends
/// at `end`: `who`, or the comma before it.
fn person_before_who(tokens: &[Token], end: usize, text: &str) -> Option<Mention> {
    let start = (end.saturating_sub(MAX_DESCRIPTION)..end)
        .rev()
        .find(|&k| !crate::rules::plain_word(&tokens[k], text))?;
    who_described(tokens, start, text).filter(|m| m.tokens.end == end)
}

/// A description read as [`person_before_who`] reads it, from its determiner at `start`:
/// `Ana Ruiz, the ferocious brawler who` describes her as a role noun would.
pub(crate) fn who_described(tokens: &[Token], start: usize, text: &str) -> Option<Mention> {
    if !matches!(word(tokens, start, text), Some("the" | "a" | "an")) {
        return None;
    }
    let end = (start + 1..tokens.len().min(start + 1 + MAX_DESCRIPTION))
        .find(|&k| !crate::rules::plain_word(&tokens[k], text))?;
    let head = end.checked_sub(1)?;
    // (`the same speaker who`, `the other one who`: someone known already, not a holder
    // of the noun; `the old mare who`: an animal.)
    let pointer = (start + 1..end).any(|k| lexicon::is_identity_word(tokens[k].text(text)));
    if end == start + 1
        || lexicon::is_past_form(tokens[head].text(text))
        || pointer
        || lexicon::is_animal(tokens[head].text(text))
        || !who_follows(tokens, end, text)
    {
        return None;
    }
    let mut m = phrase(tokens, start..end, MentionKind::Role, None);
    m.name.start = tokens[start + 1].span.start;
    Some(m)
}

/// Whether `who` is token `k`, or follows the comma that is.
pub(crate) fn who_follows(tokens: &[Token], k: usize, text: &str) -> bool {
    let k = k + usize::from(tokens.get(k).is_some_and(|t| t.is_punct(',')));
    word(tokens, k, text) == Some("who")
}

/// `sources familiar with the talks said`, `people arrested last week said`: a group or a
/// role noun with a modifier after it (an adjective of knowing, a participle, or a
/// participle of issuing after a document); the speaker is the phrase before the modifier.
fn post_modified(tokens: &[Token], end: usize, text: &str, depth: u8) -> Option<Mention> {
    let lo = end.saturating_sub(MAX_RELATIVE_CLAUSE);
    let at = (lo..end)
        .rev()
        .take_while(|&k| tokens[k].kind == Kind::Word)
        .find(|&k| {
            let w = tokens[k].text(text);
            POST_MODIFIERS.contains(&w) || came_out(w) || participle_after_noun(tokens, k, text)
        })?;
    let issued = came_out(tokens[at].text(text));
    backward_phrase(tokens, at, text, depth)
        .filter(|m| people(tokens, m) || issued && m.kind == MentionKind::Org)
}

/// `players wearing their kit say`, `officials speaking on background said`: a
/// lower-case participle right after a noun opens a modifier of it.
fn participle_after_noun(tokens: &[Token], k: usize, text: &str) -> bool {
    let w = tokens[k].text(text);
    k > 0
        && w.len() > 4
        && (w.ends_with("ed") || w.ends_with("ing"))
        && w.bytes().all(|b| b.is_ascii_lowercase())
        && tokens[k].info().verb.is_none()
        && {
            let before = tokens[k - 1].info();
            before.group || before.role || agent_plural(tokens[k - 1].text(text))
        }
}

/// Participles after a document or a body that say how it came out: `a release sent to
/// media late Friday said`, `a letter signed by the deans`. Whoever `by` names after one
/// wrote or issued it ([`document_author`]).
const ISSUED: &[&str] = &[
    "sent",
    "issued",
    "released",
    "published",
    "posted",
    "filed",
    "signed",
    "written",
];

/// Participles after a document that say who came to hold it, not who wrote it: `the
/// report obtained by the newspaper says`.
const HELD: &[&str] = &["obtained", "seen"];

/// Whether `w` says how a document came out, issued ([`ISSUED`]) or held ([`HELD`]).
fn came_out(w: &str) -> bool {
    ISSUED.contains(&w) || HELD.contains(&w)
}

/// Whether the mention is a group of people or a role (`Sources` capitalized at the start
/// of a sentence reads as a name, but its word is the group noun).
fn people(tokens: &[Token], m: &Mention) -> bool {
    let head = tokens[m.tokens.end - 1].info();
    matches!(m.kind, MentionKind::Group | MentionKind::Role)
        || m.one_word_name() && (head.group || head.role)
}

/// Adjectives that open a modifier after a group or role noun: `familiar with`, `close to`
/// (a participle right after the noun is read by [`participle_after_noun`]:
/// `people arrested last week`).
pub(crate) const POST_MODIFIERS: &[&str] = &["familiar", "close", "knowledgeable"];

/// Longest relative clause [`relative_subject`] reads, in words.
const MAX_RELATIVE_CLAUSE: usize = 12;

/// `Tim Guest with the Harbour Health Authority says`: a name after a preposition of
/// affiliation is where the speaker works; the speaker is the phrase before it, when there
/// is one (`a spokesman for Metrolinx`, `Jingyi Pan of IG`).
fn affiliation_head(tokens: &[Token], m: Mention, text: &str, depth: u8) -> Mention {
    // `Members of the party said`: people of a body speak, not the body; and `a spokesman
    // for the minister said`, `the father of the boy`: the person the phrase hangs from
    // speaks, not the one it names.
    let body = m.kind == MentionKind::Org;
    let described = matches!(m.kind, MentionKind::Role | MentionKind::Group);
    if m.kind != MentionKind::Name && !body && !described {
        return m;
    }
    let mut p = m.tokens.start;
    // `the daughter of former president Jimmy Carter`: a modifier of the title may stand
    // between the preposition and the mention.
    if m.kind == MentionKind::Name
        && m.title.is_some()
        && p > 1
        && crate::rules::plain_word(&tokens[p - 1], text)
    {
        p -= 1;
    }
    // (`Leaders of several First Nations`, `Chiefs from three Cree Nations`: a count or a
    // quantifier stands there as `the` does.)
    if p > 0
        && word(tokens, p - 1, text).is_some_and(|w| {
            w == "the"
                || m.kind == MentionKind::Name
                    && !is_capitalized(w)
                    && (tokens[p - 1].info().number || fused(w).is_some())
        })
    {
        p -= 1;
    }
    // `in east Vancouver`, `in rural Ohio`: a word that says which part of a place.
    if m.kind == MentionKind::Name
        && p > 0
        && word(tokens, p - 1, text).is_some_and(|w| PLACE_PARTS.contains(&w))
    {
        p -= 1;
    }
    let prep = p.checked_sub(1);
    let Some(w) = prep.and_then(|k| word(tokens, k, text)) else {
        return m;
    };
    // `Police in Halifax said`, `a diplomat in Manila, who ..., said`: a place or a body
    // named after `in` is where people, or someone not yet named, are. (`The doctor in
    // Aziz thought` is a side of Aziz.)
    let located = w == "in" && matches!(m.kind, MentionKind::Name | MentionKind::Org);
    if !AFFILIATIONS.contains(&w) && !located {
        return m;
    }
    let head = prep.and_then(|k| backward_phrase(tokens, k, text, depth));
    if located {
        let read = located_head(tokens, m.clone(), head, text, depth);
        if read.tokens != m.tokens {
            return read;
        }
        // `Workers at a plant in Ohio said`: the phrase before `in` hangs by a preposition
        // of affiliation from people, and they are the ones in the place.
        return match prep.and_then(|k| affiliated_person(tokens, k, text, depth)) {
            Some(mut people) => {
                people.span.end = m.span.end;
                people.name.end = m.span.end;
                people.tokens.end = m.tokens.end;
                people
            }
            None => m,
        };
    }
    // `former secretary of state Hillary Clinton`: a title word, `of` and a department
    // word are one office written in lower case, and the name after it is its holder's.
    let office_of_department = m.kind == MentionKind::Name
        && prep.is_some_and(|k| k > 0 && tokens[k - 1].info().title)
        && m.title.as_ref().is_some_and(|t| {
            text[t.clone()]
                .split_whitespace()
                .all(crate::lexicon::is_department)
        });
    match head {
        Some(head) if office_of_department => {
            let mut m = m;
            m.span.start = head.span.start;
            m.title = m.title.map(|t| head.span.start..t.end);
            m.tokens.start = head.tokens.start;
            m
        }
        // The description keeps the phrase it hangs from, as one read forward does (`a
        // spokesman for the minister`), whether that names a role, a body or a person (`a
        // spokeswoman for the University of Toronto`, `a lawyer for Ana Ruiz`): whose
        // spokeswoman is what a count of sources needs. A person's name stays alone
        // (`Tom Becker of King's College London`).
        Some(mut head)
            if (described || body || m.kind == MentionKind::Name)
                && head.kind != MentionKind::Name
                && people(tokens, &head) =>
        {
            head.span.end = m.span.end;
            head.name.end = m.span.end;
            head.tokens.end = m.tokens.end;
            head
        }
        // `Tom Becker of King's College London said`: so does a person's name.
        Some(head) if body && (people(tokens, &head) || head.kind == MentionKind::Name) => head,
        // `Bakers' Guild of Eastern Ontario president Karen Roy said`: a title made of a
        // body's name and a lower-case office (`Eastern Ontario president`) after a
        // capitalized name before `of` is one title, the body's name run on: the person
        // speaks. (`the daughter of former president Jimmy Carter`: the daughter.)
        Some(head)
            if m.kind == MentionKind::Name
                && matches!(head.kind, MentionKind::Name | MentionKind::Org)
                && office_title(&m, text).is_some_and(|t| t.starts_with(char::is_uppercase)) =>
        {
            m
        }
        Some(head)
            if m.kind == MentionKind::Name && !matches!(head.kind, MentionKind::Pronoun(..)) =>
        {
            head
        }
        _ => m,
    }
}

/// `Police in Halifax said`: who is in the place or body `m` that `in` follows, `head`
/// being the phrase before `in`. A group, an indefinite role (`a diplomat in Manila`) or
/// a person's name speaks; a body is read in turn (`an official at the Housing Authority
/// in Arizona`); else `m` stays.
fn located_head(
    tokens: &[Token],
    m: Mention,
    head: Option<Mention>,
    text: &str,
    depth: u8,
) -> Mention {
    let someone = |h: &Mention| h.kind != MentionKind::Role || indefinite(h, text);
    let Some(h) = head else {
        return m;
    };
    let body_name = h.kind == MentionKind::Name && tokens[h.tokens.end - 1].info().org;
    if people(tokens, &h) && someone(&h) || h.kind == MentionKind::Name && !body_name {
        return h;
    }
    if h.kind != MentionKind::Org && !body_name {
        return m;
    }
    match depth.checked_sub(1) {
        Some(inner) => {
            let read = affiliation_head(tokens, h.clone(), text, inner);
            if read.tokens == h.tokens {
                m
            } else {
                read
            }
        }
        None => m,
    }
}

/// Whether mention `m` opens with `the`: `the old man`, `The lawyer`.
pub(crate) fn definite(m: &Mention, text: &str) -> bool {
    let first = text[m.span.clone()].split_whitespace().next().unwrap_or("");
    first.eq_ignore_ascii_case("the")
}

/// Whether mention `m` opens with an indefinite article or `one`: `a justice official`,
/// `one veteran`, `another neighbour` introduce someone new.
pub(crate) fn indefinite(m: &Mention, text: &str) -> bool {
    let first = text[m.span.clone()].split_whitespace().next().unwrap_or("");
    ["a", "an", "one", "another"]
        .iter()
        .any(|w| first.eq_ignore_ascii_case(w))
}

/// Where a date that ends right before token `i`, and not before `start`, begins: a month
/// and a day's number (`May 5`, `Sept. 12`), with `on` before them if it is there.
pub(crate) fn date_before(tokens: &[Token], start: usize, i: usize, text: &str) -> Option<usize> {
    let k = i.checked_sub(2).filter(|&k| k >= start)?;
    let day = tokens[i - 1].text(text);
    let dated = tokens[k].kind == Kind::Word
        && (1..=2).contains(&day.len())
        && day.bytes().all(|b| b.is_ascii_digit())
        && crate::lexicon::is_month(tokens[k].text(text));
    if !dated {
        return None;
    }
    let on = k > start && tokens[k - 1].text(text) == "on";
    Some(if on { k - 1 } else { k })
}

/// Prepositions whose object, in a modifier after a subject, may stand right before the
/// verb: `accused of stealing from a hospital said`, `arrested near the bank said`.
const OBJECT_PREPOSITIONS: &[&str] = &[
    "of", "with", "from", "at", "for", "in", "on", "near", "by", "to", "into", "outside",
    "against", "over", "about", "after",
];

/// Words between the comma that opens a phrase set off after a subject and the
/// preposition of the place that ends it (`, based in`, `, who lives in`).
const MAX_LEAD: usize = 4;

/// Words that say which part of a place follows (`in east Vancouver`, `in rural Ohio`).
const PLACE_PARTS: &[&str] = &[
    "east",
    "west",
    "north",
    "south",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
    "eastern",
    "western",
    "northern",
    "southern",
    "central",
    "downtown",
    "rural",
    "suburban",
    "upstate",
    "coastal",
];

/// Prepositions that tie a person to the body they speak for.
pub(crate) const AFFILIATIONS: &[&str] = &["of", "with", "at", "for", "from"];

/// The mention ending at `end`, without looking past a preposition before it.
fn backward_phrase(tokens: &[Token], end: usize, text: &str, depth: u8) -> Option<Mention> {
    if end == 0 {
        return None;
    }
    let inner = depth.checked_sub(1)?;
    // `Sen. Ann Ruiz (D-Ore.), noting ..., said`: a short parenthesis after the name.
    if tokens[end - 1].is_punct(')') {
        let open = (end.saturating_sub(MAX_PARENTHESIS)..end - 1)
            .rev()
            .find(|&k| tokens[k].is_punct('(') || tokens[k].is_punct(')'))?;
        return if tokens[open].is_punct('(') {
            backward_phrase(tokens, open, text, inner)
        } else {
            None
        };
    }
    if tokens[end - 1].is_punct(',') {
        return apposition(tokens, end - 1, text, inner);
    }
    // `The senator — who has served since 2004 — said`: a clause set off by dashes.
    if tokens[end - 1].kind == Kind::Dash {
        let open = (end.saturating_sub(MAX_APPOSITION)..end - 1)
            .rev()
            .find(|&k| {
                matches!(tokens[k].kind, Kind::Dash | Kind::Quote(_) | Kind::Break)
                    || tokens[k].is_punct('.')
            })?;
        // (`Ana Ruiz, the director of Harbor Works -- the nonprofit that runs the shelter --
        // said`: the opening dash may close an apposition as a comma would.)
        return if tokens[open].kind == Kind::Dash {
            apposition(tokens, open, text, inner)
                .or_else(|| backward_phrase(tokens, open, text, inner))
        } else {
            None
        };
    }
    // `veteran MPs who say`, `Charlie Sykes, who lamented`: a relative pronoun stands for
    // the phrase before it.
    if end >= 2 && tokens[end - 1].info().function == Some(Function::Relative) {
        let mut r = end - 1;
        if r >= 2 && tokens[r - 1].is_punct(',') {
            r -= 1;
        }
        return backward_in(tokens, r, text, inner)
            .filter(|m| !matches!(m.kind, MentionKind::Pronoun(..)))
            .or_else(|| person_before_who(tokens, r, text));
    }
    if let Some(m) = fused_determiner(tokens, end, text) {
        return Some(m);
    }
    // `14 percent said`: a share (see [`forward`]), which no name or description reads.
    if end >= 2 && word(tokens, end - 1, text) == Some("percent") {
        if let Some(m) = forward(tokens, end - 2, text).filter(|m| m.tokens.end == end) {
            return Some(m);
        }
    }
    let start = phrase_start(tokens, end, text)?;
    let m = forward(tokens, start, text).filter(|m| m.tokens.end == end);
    if m.is_some() {
        return m;
    }
    // `King's College London`, `St. Mary's Hospital`: a capitalized run with a possessive
    // inside it is one institution's name, though read forward the possessive ends it.
    if let Some(m) = possessive_institution(tokens, start, end, text) {
        return Some(m);
    }
    // `Elementary Teachers' Federation of Ontario president Karen Brown said`: a title
    // too long to read whole from its start, a body's name and a lower-case office; the
    // longest part of it that reads up to the verb as a name with such a title (`Ontario
    // president Karen Brown`) names the person.
    if end > start + 1 && tokens[end - 1].is_capitalized(text) {
        let part = (start + 1..end - 1)
            .filter_map(|k| forward(tokens, k, text))
            .find(|m| {
                m.tokens.end == end
                    && m.kind == MentionKind::Name
                    && office_title(m, text).is_some()
            });
        if part.is_some() {
            return part;
        }
    }
    // `justice officials`, `provincial health authorities`: modifiers with no determiner
    // before a role or group noun.
    let head = tokens[end - 1].info();
    if head_noun(head, tokens[end - 1].text(text)) {
        return description(tokens, start, start, text).filter(|m| m.tokens.end == end);
    }
    None
}

/// Determiners that stand for a noun phrase left out (`Some said`, `Another wrote`, `Both
/// said`): before a verb they are its subject, a group (or, for the singular ones, one of
/// a group) the text has just spoken of. With [`Function::Determiner`] they would read as
/// the determiner of a noun that the verb form is (`the said document`).
const FUSED_DETERMINERS: &[(&str, MentionKind)] = &[
    ("some", MentionKind::Group),
    ("many", MentionKind::Group),
    ("most", MentionKind::Group),
    ("several", MentionKind::Group),
    ("few", MentionKind::Group),
    ("both", MentionKind::Group),
    ("others", MentionKind::Group),
    ("one", MentionKind::Role),
    ("another", MentionKind::Role),
];

/// The word of [`FUSED_DETERMINERS`] that `words` is, in lower case: the speaker a
/// `Another said` or `Some wrote` names is `another` or `some` wherever the word stands,
/// not a name because it opens a sentence.
pub(crate) fn fused_word(words: &str) -> Option<&'static str> {
    fused(words).map(|(d, _)| d)
}

/// The entry of [`FUSED_DETERMINERS`] for word `w`, in any case.
fn fused(w: &str) -> Option<(&'static str, MentionKind)> {
    FUSED_DETERMINERS
        .iter()
        .find(|(d, _)| w.eq_ignore_ascii_case(d))
        .copied()
}

/// `"Q," said one.`, `said another, who asked not to be named`: a determiner of
/// [`FUSED_DETERMINERS`] with no word after it stands for its noun wherever it is.
fn fused_alone(tokens: &[Token], i: usize, text: &str) -> Option<Mention> {
    if tokens.get(i + 1).is_some_and(|t| t.kind == Kind::Word) {
        return None;
    }
    let (_, kind) = fused(word(tokens, i, text)?)?;
    Some(single(tokens, i, kind, None))
}

/// Conjunctions after which a clause, and its subject, begins.
const CLAUSE_OPENERS: &[&str] = &["and", "but", "yet", "while", "though", "although", "as"];

/// The mention a fused determiner ending at token `end - 1` makes ([`FUSED_DETERMINERS`]),
/// with the `a` of `a few`.
#[inline]
pub(crate) fn fused_determiner(tokens: &[Token], end: usize, text: &str) -> Option<Mention> {
    let k = end.checked_sub(1)?;
    // Asked at every subject read back: the length first (`few` to `several`).
    if !(3..=7).contains(&tokens[k].span.len()) {
        return None;
    }
    let w = word(tokens, k, text)?;
    let (_, kind) = fused(w)?;
    // It opens its clause: nothing but punctuation or a conjunction before it (not `they
    // both`, `no one`, `the one`, `his many`).
    let before = k.checked_sub(1).and_then(|b| word(tokens, b, text));
    let start = match before {
        None => k,
        Some(b) if b.eq_ignore_ascii_case("a") && w.eq_ignore_ascii_case("few") => k - 1,
        Some(b) if CLAUSE_OPENERS.iter().any(|c| b.eq_ignore_ascii_case(c)) => k,
        Some(_) => return None,
    };
    // `Edwards and others said`: the people named and the rest, one group.
    let joined = (before == Some("and") && w == "others")
        .then(|| backward(tokens, k - 1, text))
        .flatten()
        .filter(|m| m.kind == MentionKind::Name);
    let start = joined.map_or(start, |m| m.tokens.start);
    Some(phrase(tokens, start..end, kind, None))
}

/// The tokens `start..end` as one institution's name, when they are capitalized words and
/// one before the last is a possessive: `King's College London`.
fn possessive_institution(
    tokens: &[Token],
    start: usize,
    end: usize,
    text: &str,
) -> Option<Mention> {
    let capitalized = (start..end).all(|k| word(tokens, k, text).is_some_and(is_capitalized));
    let possessive = (start..end - 1).any(|k| strip_possessive(tokens[k].text(text)).1);
    (end > start + 1 && capitalized && possessive)
        .then(|| phrase(tokens, start..end, MentionKind::Org, None))
}

/// Where the noun phrase ending at `end - 1` starts.
fn phrase_start(tokens: &[Token], end: usize, text: &str) -> Option<usize> {
    let last = word(tokens, end - 1, text)?;
    let info = tokens[end - 1].info();
    if info.pronoun.is_some() {
        return Some(end - 1);
    }
    let mut j = end - 1;
    let epithet_name = surname_before_verb(tokens, end - 1, info, last, text);
    let surname_word =
        surname_after_first_name(tokens, end - 1, info, text) || name_number(tokens, end - 1, text);
    if is_capitalized(last) && (info.function.is_none() || epithet_name || surname_word) {
        // Walk back over the capitalized run, its particles and inner role words.
        while j > 0 && j + MAX_NAME > end {
            if nickname_inside(tokens, j - 1, text) {
                j -= 1;
                continue;
            }
            let Some(w) = word(tokens, j - 1, text) else {
                break;
            };
            let info = tokens[j - 1].info();
            let inside = name_word(&tokens[j - 1], info, w)
                || ordinal_in_name(tokens, j - 1, text)
                || modal_given_name(tokens, j - 1, info, w, text)
                // `Roberta A. Kaplan`: a middle initial that is also an article.
                || surname_after_first_name(tokens, j - 1, info, text)
                || title_word(info) && is_capitalized(w)
                // `of` joins a title, an institution noun or a group's to what follows
                // (`Secretary of State`, `Bank of Canada`, `Communications Workers of
                // America`), not a name to a place or a body: `Rebecca Sun of Harlow
                // Securities said` ends in `Harlow Securities`, which she is with.
                || PARTICLES.contains(&w)
                    && (w != "of"
                        || j >= 2 && {
                            let before = tokens[j - 2].info();
                            title_word(before)
                                || before.org
                                || before.group
                                || rank_office(tokens, j - 2, text).is_some()
                        })
                // (`chief executive Ana Ruiz`, `head coach Tom Hale`: the lower-case
                // words of a title run up to the name together.)
                || !is_capitalized(w)
                    && (info.role || info.title)
                    && role_words_then_name(tokens, j, text)
                || department_and(tokens, j - 1, text)
                || institution_for(tokens, j - 1, text)
                || institution_and(tokens, j - 1, text);
            if !inside {
                if info.function == Some(Function::Determiner)
                    && !is_capitalized(tokens[j].text(text))
                {
                    j -= 1;
                }
                break;
            }
            j -= 1;
        }
        while j < end - 1 && PARTICLES.contains(&tokens[j].text(text)) {
            j += 1;
        }
        return Some(j);
    }
    if head_noun(info, last) {
        // Walk back over modifiers to the determiner, if there is one.
        while j > 0 && j + MAX_DESCRIPTION > end {
            let Some(w) = word(tokens, j - 1, text) else {
                break;
            };
            let (stem, possessive) = strip_possessive(w);
            let info = info_of(&tokens[j - 1], stem, possessive);
            if info.function == Some(Function::Determiner) {
                return Some(j - 1);
            }
            // `On May 5 relief workers said`: the day's number of a date is no count of
            // the people after it.
            if date_before(tokens, 0, j, text).is_some() {
                break;
            }
            // Whether a determiner stands right before this word (asked only of the few
            // words that need it).
            let determined = || {
                j >= 2
                    && tokens[j - 2].kind == Kind::Word
                    && tokens[j - 2].info().function == Some(Function::Determiner)
            };
            if strip_possessive(w).1 {
                // `the province's auditor general`: the determiner of the possessor too.
                return Some(if determined() { j - 2 } else { j - 1 });
            }
            // `The clip featured four women who said`, `a video featuring four women who
            // said`: a past form or participle right before a count is the verb the counted
            // phrase is the object of, no modifier of it. (After a determiner it is one:
            // `the remaining four members`.)
            let verb_before_count = (w.ends_with("ed") || w.ends_with("ing"))
                && number_word(&tokens[j], text)
                && !determined();
            if verb_before_count {
                break;
            }
            // (`the old pilot said`: an epithet before a name modifies a noun too.)
            let modifier = info.document || info.function == Some(Function::Epithet);
            // `The state news agency said`, `China's state media said`: a speech verb's
            // form right after a determiner is a noun that modifies the head.
            if info.function.is_some() && !modifier || info.verb.is_some() || info.pronoun.is_some()
            {
                break;
            }
            j -= 1;
        }
        return Some(j);
    }
    None
}

/// `NAME , APPOSITION ,` ending at the comma `comma`: the mention is the name before the
/// first comma, or, when the part between the commas is itself a name (`Rice, said`), that.
fn apposition(tokens: &[Token], comma: usize, text: &str, depth: u8) -> Option<Mention> {
    match apposition_near(tokens, comma, text, depth) {
        Some(m) if title_part(tokens, &m, text) => {
            apposition_far(tokens, comma, text, depth).or(Some(m))
        }
        Some(m) => Some(m),
        None => apposition_far(tokens, comma, text, depth),
    }
}

/// Whether `m` is a title phrase (`Minister of Innovation`) itself set off by a comma: one
/// part of a longer apposition after the name, not who speaks.
fn title_part(tokens: &[Token], m: &Mention, text: &str) -> bool {
    m.tokens.start > 0
        && tokens[m.tokens.start - 1].is_punct(',')
        && (m.title.is_some() || m.kind == MentionKind::Role)
        && text[m.span.clone()].contains(" of ")
}

/// An apposition of several parts: `Will Fenn, a baker in Macon, Ga., and a steward at
/// the local, said`; `Navdeep Bains, Minister of Innovation, Science and
/// Economic Development, said`. Steps back over the commas inside it to one that an
/// apposition opener or a title follows, with a name or role before it.
fn apposition_far(tokens: &[Token], comma: usize, text: &str, depth: u8) -> Option<Mention> {
    let lo = comma.saturating_sub(MAX_APPOSITION);
    let mut k = comma;
    let mut commas = 0;
    while k > lo && commas < MAX_APPOSITION_PARTS {
        k -= 1;
        let t = &tokens[k];
        match t.kind {
            Kind::Punct(',') => {
                commas += 1;
                let opens = apposition_opener(tokens, k + 1, text)
                    || word(tokens, k + 1, text).is_some_and(is_capitalized) && {
                        let info = tokens[k + 1].info();
                        info.title || info.role
                    };
                if opens {
                    // (`Minister of Innovation, Science and Sport,`: a department word after
                    // a comma opens the list's next part; the title before it is no
                    // speaker, and the name before the title is.)
                    if let Some(m) = backward_phrase(tokens, k, text, depth) {
                        if matches!(m.kind, MentionKind::Name | MentionKind::Role)
                            && !title_part(tokens, &m, text)
                        {
                            return Some(m);
                        }
                    }
                }
            }
            // `Macon, Ga., and`: an abbreviation's period before a comma.
            Kind::Punct('.') if tokens.get(k + 1).is_some_and(|n| n.is_punct(',')) => {}
            Kind::Quote(_) if nickname_inside(tokens, k, text) => {}
            Kind::Punct('.' | ';' | ':' | '?' | '!') | Kind::Quote(_) | Kind::Break => return None,
            _ => {}
        }
    }
    None
}

/// Commas [`apposition_far`] steps back over.
const MAX_APPOSITION_PARTS: usize = 4;

/// The speaker before a comma that closes an apposition of one part.
fn apposition_near(tokens: &[Token], comma: usize, text: &str, depth: u8) -> Option<Mention> {
    let lo = comma.saturating_sub(MAX_APPOSITION);
    // (A nickname in marks is part of the name: `the mayor's nephew, Marta "Tia" Ruiz,`.)
    let open = (lo..comma).rev().find(|&k| {
        tokens[k].is_punct(',')
            || tokens[k].kind == Kind::Break
            || tokens[k].quote().is_some() && !nickname_inside(tokens, k, text)
            || tokens[k].is_punct('.')
    });
    let Some(open) = open else {
        // At the very start of the text nothing comes before the part: it is the name set
        // off itself (`Ana Ruiz, the director of ..., the nonprofit, said` passed alone).
        return (lo == 0)
            .then(|| forward(tokens, after_conjunction(tokens, 0, text), text))
            .flatten()
            .filter(|m| m.tokens.end == comma && m.kind == MentionKind::Name);
    };
    if tokens[open].is_punct(',') && open + 1 < comma && apposition_opener(tokens, open + 1, text) {
        // `Her neighbour, retired teacher Doug Petrakis, said`: `retired` opens like a
        // participle, but the part is a role and the name of who holds it.
        if let Some(d) = described_name(tokens, open + 1, comma, text) {
            return Some(d);
        }
        if let Some(m) = backward_in(tokens, open, text, depth) {
            // `a nurse in Boulder, Colorado, in May, said`: the name read back is the
            // state of the place before it; read on from its comma as from the verb's.
            let region = m.kind == MentionKind::Name
                && m.tokens.end == open
                && (m.gender.is_none() || m.one_word_name())
                && m.tokens.start > 0
                && tokens[m.tokens.start - 1].is_punct(',')
                && after_place(tokens, m.tokens.start - 1, text).is_some();
            if let Some(s) = region
                .then(|| apposition_near(tokens, open, text, depth))
                .flatten()
            {
                return Some(s);
            }
            // `Tusk, the president of the Council, which represents ..., urged`: the clause
            // belongs to a phrase that is itself set off after a name; the name speaks.
            let nested = m.kind != MentionKind::Name
                && m.tokens.start > 0
                && tokens[m.tokens.start - 1].is_punct(',');
            if nested {
                if let Some(n) =
                    apposition(tokens, m.tokens.start - 1, text, depth.saturating_sub(1))
                        .filter(|n| n.kind == MentionKind::Name && n.tokens.end < m.tokens.start)
                {
                    return Some(n);
                }
            }
            if !matches!(m.kind, MentionKind::Pronoun(..)) {
                return Some(m);
            }
        }
    }
    // `A nurse who works nights, and who asked not to be named, said`: a second relative
    // clause, joined to the one before by `and` or `but`, is set off as an apposition is;
    // the subject stands before both.
    if tokens[open].is_punct(',') && joined_relative(tokens, open + 1, text) {
        if let Some(m) = backward_in(tokens, open, text, depth)
            .filter(|m| !matches!(m.kind, MentionKind::Pronoun(..)))
        {
            return Some(m);
        }
    }
    // `Scheer, however, said`: an adverb set off by commas.
    if open + 2 == comma
        && tokens[open + 1].info().function == Some(Function::Between)
        && tokens[open].is_punct(',')
    {
        return backward_in(tokens, open, text, depth);
    }
    // `In general, Rice, said`: the commas set off the name itself. A description that
    // opens like an apposition only when no name stands before it: in `Ramil Carr, 31, a
    // freelance photographer, said` it is the second part of the one after the name,
    // which [`apposition_far`] reads.
    // (Where the part opens a sentence, a conjunction may come before the name.)
    let first = if tokens[open].is_punct(',') {
        open + 1
    } else {
        after_conjunction(tokens, open + 1, text)
    };
    let m = forward(tokens, first, text).or_else(|| described_name(tokens, first, comma, text))?;
    // `Ana Ruiz, 45, of Surrey, B.C., said`, `a nurse in Austin, Texas, said`: a name set
    // off right after a place is its state or province, and the speaker is before both.
    // (Not a person's name: `the president of Acme, Dana Ruiz, said`.)
    let region = m.tokens.end == comma
        && m.kind == MentionKind::Name
        && (m.gender.is_none() || m.one_word_name());
    if let Some(prep) = after_place(tokens, open, text).filter(|_| region) {
        // (`The firm, based in Austin, Texas, said`: the place may end a phrase set off
        // after the subject, which speaks.)
        let set_off = || {
            let c = (prep.saturating_sub(MAX_LEAD)..prep)
                .rev()
                .find(|&k| tokens[k].is_punct(','))?;
            apposition_opener(tokens, c + 1, text)
                .then(|| backward_in(tokens, c, text, depth))
                .flatten()
        };
        return apposition_far(tokens, comma, text, depth)
            .filter(|p| p.tokens.end < open)
            .or_else(|| backward_phrase(tokens, prep, text, depth))
            .or_else(set_off);
    }
    // `A spokeswoman for the developer, Ridgeline Group, said`: a body's name set off
    // after the body it names; the one who speaks for it is before both.
    if m.tokens.end == comma && m.kind == MentionKind::Name && names_body(tokens, &m, text) {
        if let Some(prep) = after_affiliation(tokens, open, text) {
            return backward_phrase(tokens, prep, text, depth);
        }
    }
    if m.tokens.end == comma {
        if m.kind != MentionKind::Name && apposition_opener(tokens, open + 1, text) {
            return apposition_far(tokens, comma, text, depth).or(Some(m));
        }
        return Some(m);
    }
    // `His lawyers, Ann Byrne and Paul Cole, said`: names joined by `and` set off after
    // the phrase they name; the phrase speaks for both.
    let second = (m.tokens.end + 1 < comma && word(tokens, m.tokens.end, text) == Some("and"))
        .then(|| forward(tokens, m.tokens.end + 1, text))
        .flatten()
        .filter(|n| n.tokens.end == comma && n.kind == MentionKind::Name);
    if m.kind == MentionKind::Name && second.is_some() && tokens[open].is_punct(',') {
        return backward_in(tokens, open, text, depth)
            .filter(|h| !matches!(h.kind, MentionKind::Pronoun(..)))
            .or(Some(m));
    }
    None
}

/// Whether token `k` is `and` or `but` before `who` or `whose`: `, and who asked not to
/// be named,` joins a second relative clause about a person to the first.
fn joined_relative(tokens: &[Token], k: usize, text: &str) -> bool {
    matches!(word(tokens, k, text), Some("and" | "but"))
        && matches!(word(tokens, k + 1, text), Some("who" | "whose"))
}

/// Conjunctions that may open a sentence before its subject: `But Tom Avery, ...,
/// said`, `And the mayor, ..., agreed`.
const OPENING_CONJUNCTIONS: &[&str] = &["but", "and", "yet", "or", "nor"];

/// Token `i`, or the one after it when `i` is one of [`OPENING_CONJUNCTIONS`] that opens a
/// sentence: where its subject starts. (`But Tom Avery, the president of Harbour Watch,
/// said`: read from `But`, no name ends at the first comma, and the apposition after it
/// would speak.)
fn after_conjunction(tokens: &[Token], i: usize, text: &str) -> usize {
    let conjunction = word(tokens, i, text).is_some_and(|w| {
        OPENING_CONJUNCTIONS
            .iter()
            .any(|c| w.eq_ignore_ascii_case(c))
    });
    if conjunction && tokens.get(i + 1).is_some_and(|t| t.kind == Kind::Word) {
        i + 1
    } else {
        i
    }
}

/// The title of name mention `m` when it ends in a lower-case office (`Eastern Ontario
/// president` of `Eastern Ontario president Karen Roy`, `former president`).
fn office_title<'t>(m: &Mention, text: &'t str) -> Option<&'t str> {
    let title = &text[m.title.clone()?];
    title
        .split_whitespace()
        .last()
        .is_some_and(|w| w.starts_with(char::is_lowercase))
        .then_some(title)
}

/// `Her neighbour, retired teacher Doug Petrakis, said`: a name set off by commas after
/// lower-case words that end in a role (`retired teacher`), read from token `i` to the
/// comma at `comma`. The mention covers the words before the name.
fn described_name(tokens: &[Token], i: usize, comma: usize, text: &str) -> Option<Mention> {
    let name = (i..comma).find(|&j| tokens[j].is_capitalized(text))?;
    let role = name > i && {
        let info = tokens[name - 1].info();
        info.role || info.title
    };
    if !role {
        return None;
    }
    forward_loose(tokens, i, text).filter(|m| m.kind == MentionKind::Name && m.tokens.end == comma)
}

/// The preposition of place that opens the place the comma at `comma` closes: `of` in `of
/// Surrey,`, `in` in `in Macon,`.
fn after_place(tokens: &[Token], comma: usize, text: &str) -> Option<usize> {
    opened_by(tokens, comma, text, MAX_NAME, is_capitalized, PLACE_OPENERS)
}

/// The preposition that ties a role to the body the comma at `comma` closes: `for` in `a
/// spokeswoman for the developer,`. The body is one to three lower-case words.
fn after_affiliation(tokens: &[Token], comma: usize, text: &str) -> Option<usize> {
    let body_word = |w: &str| !is_capitalized(w) && !AFFILIATIONS.contains(&w);
    opened_by(tokens, comma, text, 3, body_word, AFFILIATIONS)
}

/// The one of `openers` before a run of one to `max` words that pass `inner` and end at
/// `comma`: the preposition that opens the phrase the comma closes.
fn opened_by(
    tokens: &[Token],
    comma: usize,
    text: &str,
    max: usize,
    inner: impl Fn(&str) -> bool,
    openers: &[&str],
) -> Option<usize> {
    let mut k = comma;
    while k > 0 && comma - k < max && word(tokens, k - 1, text).is_some_and(&inner) {
        k -= 1;
    }
    let prep = k.checked_sub(1).filter(|_| k < comma)?;
    word(tokens, prep, text)
        .is_some_and(|w| openers.contains(&w))
        .then_some(prep)
}

/// Whether name `m` ends in a noun for a body (`Ridgeline Group`, `Harbour Authority`)
/// or a company's legal suffix (`Acme Inc.`).
fn names_body(tokens: &[Token], m: &Mention, text: &str) -> bool {
    let last = &tokens[m.tokens.end - 1];
    let info = last.info();
    let w = last.text(text);
    is_capitalized(w) && (info.org || info.group || lexicon::is_corporate_suffix(w))
}

/// Prepositions that open a place in a description of someone: `of Surrey, B.C.`, `in
/// Austin, Texas`, `from Halifax, N.S.`, `near Moncton, N.B.`.
const PLACE_OPENERS: &[&str] = &["of", "in", "from", "near"];

/// `Smiling broadly, ...`, `Appearing before supporters, ...`, `Knowing time was short,
/// ...`: a lone capitalized participle that opens a sentence, followed by a lower-case word
/// that cannot follow a subject, is not a name (`Manning also said`, `Manning was`,
/// `Fielding stopped` are).
pub(crate) fn opening_participle(tokens: &[Token], m: &Mention, text: &str) -> bool {
    let Some(next) = word(tokens, m.tokens.end, text) else {
        return false;
    };
    let info = tokens[m.tokens.end].info();
    let after_subject = info.function == Some(Function::Between)
        || info.verb.is_some()
        || crate::indirect::AUXILIARIES.contains(&next)
        || next.ends_with("ed");
    m.one_word_name()
        && word(tokens, m.tokens.start, text).is_some_and(participle_form)
        && next.starts_with(|c: char| c.is_ascii_lowercase())
        && !after_subject
}

/// A word shaped like a participle (`playing`, `Appearing`, `Seated`, `going`); short words
/// (`king`, `shed`) are not, nor an `-ing` with no vowel before it (`thing`, `string`).
pub(crate) fn participle_form(w: &str) -> bool {
    let ing = w
        .strip_suffix("ing")
        .is_some_and(|stem| stem.bytes().any(|b| b"aeiouyAEIOUY".contains(&b)));
    // (Capitalized too, opening a sentence: `Given the facts, ...`.)
    w.len() >= 5 && (ing || w.ends_with("ed"))
        || IRREGULAR_PARTICIPLES
            .iter()
            .any(|p| w.eq_ignore_ascii_case(p))
}

/// Past participles not in `-ed` that open a phrase after a noun (`The chef, known for
/// ...,`), and are no past tense (`held`, `made` often are the verb: `Ruiz, his aide,
/// made`).
const IRREGULAR_PARTICIPLES: &[&str] = &[
    "known", "born", "sworn", "taken", "given", "shown", "written", "chosen", "seen",
];

/// Words that open a phrase set off by commas between a speaker and the verb, when they
/// start it: a determiner or relative (`Ortiz, a pastor, said`; `Ortiz, who ..., said`), a
/// number (`Ortiz, 58, said`), a preposition of circumstance (`Ortiz, in a statement,
/// said`), a lower-case role word (`Novak, technology analyst at ..., agreed`) or a
/// participle (`Fisk, playing the mayor on ..., explained`).
fn apposition_opener(tokens: &[Token], k: usize, text: &str) -> bool {
    let Some(w) = word(tokens, k, text) else {
        return false;
    };
    let info = tokens[k].info();
    let lower = w.starts_with(|c: char| c.is_ascii_lowercase());
    // `technology analyst at`: a role word after one or two lower-case modifiers.
    let role_soon = (k..k + 3).any(|j| {
        word(tokens, j, text).is_some_and(|w| {
            w.starts_with(|c: char| c.is_ascii_lowercase()) && {
                let i = tokens[j].info();
                i.role || i.title
            }
        })
    });
    matches!(
        info.function,
        Some(Function::Determiner | Function::Relative)
    ) || w.starts_with(|c: char| c.is_ascii_digit())
        // `Rep. Ana Ruiz, D-Texas, said`: as an age is.
        || party_tag(w)
        || APPOSITION_PREPOSITIONS.contains(&w)
        || lower && info.function.is_none() && (role_soon || participle_form(w))
        // `Ana Ruiz, Alberta-based manager with ...,`: a place joined to a participle,
        // before a role word.
        || role_soon && w.rsplit_once('-').is_some_and(|(_, p)| participle_form(p))
        // `Ana Ruiz, also campaigning in Ohio, said`: an adverb before the participle (not
        // an auxiliary: `Ruiz, was ...` sets nothing off).
        || lower
            && info.function == Some(Function::Between)
            && !crate::indirect::AUXILIARIES.contains(&w)
            && word(tokens, k + 1, text).is_some_and(|n| {
                n.starts_with(|c: char| c.is_ascii_lowercase()) && participle_form(n)
            })
}

/// Prepositions that open a circumstance between a speaker and the verb:
/// `the mayor, at a briefing on Monday, said`.
const APPOSITION_PREPOSITIONS: &[&str] = &[
    "in",
    "at",
    "on",
    "during",
    "after",
    "before",
    "with",
    "from",
    "for",
    "like",
    "speaking",
    "among",
    "including",
    "asked",
    "via",
    "through",
    "under",
    "while",
    "when",
];

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(text: &str) -> Vec<Token> {
        crate::token::analyze(text).1
    }

    fn fwd(text: &str) -> Option<(MentionKind, String, String)> {
        let t = toks(text);
        forward(&t, 0, text).map(|m| (m.kind, text[m.span].to_string(), text[m.name].to_string()))
    }

    #[test]
    fn up_to_three_lower_case_title_words_before_a_name_are_its_title() {
        for (text, span) in [
            (
                "chief executive Ana Ruiz wrote.",
                "chief executive Ana Ruiz",
            ),
            (
                "chief technology officer Ana Ruiz wrote.",
                "chief technology officer Ana Ruiz",
            ),
            (
                "deputy chief executive Ana Ruiz wrote.",
                "deputy chief executive Ana Ruiz",
            ),
        ] {
            let m = fwd(text).unwrap_or_else(|| panic!("{text}"));
            assert_eq!(
                (m.0, m.1.as_str(), m.2.as_str()),
                (MentionKind::Name, span, "Ana Ruiz")
            );
        }
        // Words that are no title end the run: no name is read from `chief` here.
        assert_eq!(fwd("chief among the reasons Ana Ruiz gave."), None);
    }

    #[test]
    fn participles_have_a_vowel_before_ing() {
        for w in ["going", "playing", "Appearing", "Seated", "known"] {
            assert!(participle_form(w), "{w}");
        }
        for w in ["thing", "string", "king", "shed", "sing"] {
            assert!(!participle_form(w), "{w}");
        }
    }

    #[test]
    fn a_modal_third_in_a_run_of_unknown_words_ends_a_name() {
        let name = |text: &str| fwd(text).map(|(_, _, name)| name);
        let some = |n: &str| Some(n.to_string());
        assert_eq!(name("Soe Lwin May, 58, said so."), some("Soe Lwin May"));
        assert_eq!(name("Hla Thet Will said so."), some("Hla Thet Will"));
        // A date's day, and a headline's title case, leave the modal out.
        assert_eq!(name("Bago Region May 5 was quiet."), some("Bago Region"));
        assert_eq!(
            name("Harbour Museum Will Open Soon"),
            some("Harbour Museum")
        );
        // One unknown word before it is not enough to tell a name from a modal.
        assert_eq!(name("Lwin May go."), some("Lwin"));
    }

    #[test]
    fn a_person_named_after_an_owner_is_a_name() {
        let read = |text: &str| fwd(text).map(|(k, _, name)| (k, name));
        let name = |n: &str| Some((MentionKind::Name, n.to_string()));
        assert_eq!(read("Microsoft's Brad Smith said no."), name("Brad Smith"));
        // A lower-case word the lexicon does not know for a verb ends the name.
        assert_eq!(
            read("Labour's Rachel Hughes hit back."),
            name("Rachel Hughes")
        );
        // Not when it goes on to a head noun, nor after `Here's`; a body stays a body.
        assert_ne!(
            read("Ford's Victoria office manager quit.").map(|m| m.0),
            Some(MentionKind::Name)
        );
        assert_ne!(
            read("Here's Dana Ruiz on the vote.").map(|m| m.0),
            Some(MentionKind::Name)
        );
        assert_eq!(
            read("Canada's Foreign Ministry said no.").map(|m| m.0),
            Some(MentionKind::Org)
        );
    }

    #[test]
    fn a_party_member_before_a_given_name_is_a_title() {
        let name = |text: &str| fwd(text).map(|m| m.2);
        assert_eq!(
            name("Conservative Rachel Hughes said no.").as_deref(),
            Some("Rachel Hughes")
        );
        assert_eq!(name("Tory Ann Ruiz said no.").as_deref(), Some("Ann Ruiz"));
        // A surname after it: the party word is a given name.
        assert_eq!(name("Tory Burch said no.").as_deref(), Some("Tory Burch"));
    }

    #[test]
    fn a_plural_for_people_opening_a_sentence_is_a_group() {
        let kind = |text: &str| fwd(text).map(|m| m.0);
        assert_eq!(
            kind("Officials said the road was shut."),
            Some(MentionKind::Group)
        );
        assert_eq!(
            kind("Residents say the rent doubled."),
            Some(MentionKind::Group)
        );
        // A capitalized word after it makes a name of both; a party's members are
        // capitalized anywhere and read as a name.
        assert_eq!(
            kind("Residents Association members voted."),
            Some(MentionKind::Group)
        );
        assert_ne!(
            kind("Residents Association said no."),
            Some(MentionKind::Group)
        );
        assert_eq!(kind("Republicans said no."), Some(MentionKind::Name));
    }

    #[test]
    fn possessive_endings_are_stripped_in_every_form_and_nothing_else() {
        assert_eq!(strip_possessive("Putin's"), ("Putin", true));
        assert_eq!(strip_possessive("Putin’s"), ("Putin", true));
        assert_eq!(strip_possessive("Jones'"), ("Jones", true));
        assert_eq!(strip_possessive("Jones’"), ("Jones", true));
        // Words the one-byte test lets through without an ending, and words it stops.
        assert_eq!(strip_possessive("Jones"), ("Jones", false));
        assert_eq!(strip_possessive("Ruiz"), ("Ruiz", false));
        assert_eq!(strip_possessive("José"), ("José", false));
        assert_eq!(strip_possessive("'"), ("'", false));
        assert!(is_capitalized("Élise") && is_capitalized("Ana") && !is_capitalized("ana"));
        assert!(!is_capitalized("") && !is_capitalized("élise"));
    }

    #[test]
    fn words_of_description_after_an_article_are_the_epithet_of_the_name_they_precede() {
        let name = |text: &str| fwd(text).map(|(k, _, n)| (k, n));
        let person = |n: &str| Some((MentionKind::Name, n.to_string()));
        assert_eq!(name("The exasperated Okonkwo said no."), person("Okonkwo"));
        assert_eq!(
            name("A weary Teodora Vance waved."),
            person("Teodora Vance")
        );
        assert_eq!(
            name("The tired old Brannigan, who had waited."),
            person("Brannigan")
        );
        // A given name that is also a people's is the name (`Finn`, not Finland's).
        assert_eq!(name("The young Finn said no."), person("Finn"));
        // The whole phrase is the mention; the name is the person's.
        assert_eq!(
            fwd("The exasperated Okonkwo said no.").unwrap().1,
            "The exasperated Okonkwo"
        );
        // A title, a people, a word of more than description, or a name that modifies a
        // noun is no epithet's name.
        assert_ne!(name("The acting Mayor said no."), person("Mayor"));
        assert_ne!(name("The moist English stayed home."), person("English"));
        assert_ne!(name("The celebrated Oriental smiled."), person("Oriental"));
        assert_ne!(name("A new Gallup poll shows it."), person("Gallup"));
        assert_ne!(name("The 2010 Okonkwo comment stung."), person("Okonkwo"));
        assert_ne!(name("That Okonkwo can win is clear."), person("Okonkwo"));
        assert_ne!(
            name("The very long and winding Okonkwo road."),
            person("Okonkwo")
        );
    }

    #[test]
    fn a_voice_is_the_person_it_is_the_voice_of() {
        let name = fwd;
        let kemp = Some((
            MentionKind::Name,
            "The muffled voice of Kemp".to_string(),
            "Kemp".to_string(),
        ));
        assert_eq!(name("The muffled voice of Kemp rang out."), kemp);
        let rabbit = name("The Rabbit's voice rang out.").unwrap();
        assert_eq!((rabbit.0, rabbit.2.as_str()), (MentionKind::Name, "Rabbit"));
        // A crowd's voice is no one person's, nor is a voice of nobody named.
        assert_ne!(
            name("The voice of the crowd rose.").map(|m| m.0),
            Some(MentionKind::Name)
        );
        assert_eq!(name("A voice rang out."), None);
        // A name's own possessive stays the name reader's: `Mr. Bumble` with his title.
        let bumble = name("Mr. Bumble's voice rang out.").unwrap();
        assert_eq!(bumble.2, "Bumble");
    }

    #[test]
    fn a_verb_in_the_past_ends_the_capitalized_words_after_an_article() {
        let org = |span: &str| Some((MentionKind::Org, span.to_string()));
        let read = |text: &str| fwd(text).map(|(k, span, _)| (k, span));
        assert_eq!(read("The Duchess shook her head."), org("The Duchess"));
        assert_eq!(
            read("The Harbour Board refused the permit."),
            org("The Harbour Board")
        );
        // A participle before a head noun modifies it: the phrase reads on.
        assert_eq!(
            read("The Liberal registered voters split evenly.").map(|m| m.0),
            Some(MentionKind::Group)
        );
        // Other lower-case words may lead on to a head noun, or to nothing.
        assert_eq!(
            read("The Labour party members voted.").map(|m| m.0),
            Some(MentionKind::Group)
        );
        assert_eq!(read("The Harbour looks calm."), None);
    }

    #[test]
    fn a_place_joined_to_a_lower_case_word_is_an_adjective() {
        assert!(place_adjective("Toronto-based") && place_adjective("Liberal-led"));
        assert!(place_adjective("Mother-of-three"));
        // Hyphenated names and titles are not.
        assert!(!place_adjective("Jean-Paul") && !place_adjective("Smith-Jones"));
        assert!(!place_adjective("Detective-inspector") && !place_adjective("Toronto"));
        assert!(!place_adjective("Al-Assad") && !place_adjective("U.S.-led-"));
        assert!(!place_adjective("Ki-moon") && !place_adjective("Jae-in"));
        assert!(place_adjective("Ottawa-born") && place_adjective("Republican-leaning"));
    }

    #[test]
    fn a_name_set_off_after_a_description_is_its_apposition() {
        let appositive = |text: &str| {
            let t = toks(text);
            let m = forward(&t, 0, text)?;
            appositive_name(&t, &m, text).map(|n| text[n.name].to_string())
        };
        assert_eq!(
            appositive("the mayor, Rhona Ellery, said").as_deref(),
            Some("Rhona Ellery")
        );
        assert_eq!(
            appositive("the mayor, Rhona Ellery.").as_deref(),
            Some("Rhona Ellery")
        );
        assert_eq!(
            appositive("the coach, Piet van der Berg, insisted").as_deref(),
            Some("Piet van der Berg")
        );
        // A list, a day, a name already, or no comma at all: no apposition.
        assert_eq!(appositive("the mayor, Rhona Ellery and the chief"), None);
        assert_eq!(appositive("a spokesman, Tuesday, said"), None);
        assert_eq!(
            appositive("Senator Ana Ruiz, Democrat of Oregon, said"),
            None
        );
        assert_eq!(appositive("the mayor Rhona Ellery said"), None);
    }

    #[test]
    fn a_pronoun_ends_a_description_and_a_name_after_a_possessive_is_named() {
        // `he's` is `he is`: no phrase, and the end of the one before it.
        assert_eq!(fwd("that he's been in the job for years"), None);
        assert_eq!(
            fwd("The Daily Ledger he's not planning an appeal"),
            Some((
                MentionKind::Org,
                "The Daily Ledger".into(),
                "Daily Ledger".into()
            ))
        );
        // The person after an institution's possessive is named, not the institution.
        let named = fwd("the company's Lena Kowalski said").unwrap();
        assert_eq!(
            (named.0, named.2.as_str()),
            (MentionKind::Name, "Lena Kowalski")
        );
        assert_eq!(
            fwd("the ministry's Press Office said").map(|m| m.0),
            Some(MentionKind::Org)
        );
    }

    #[test]
    fn an_epithet_is_a_name_only_alone_before_a_verb() {
        let name = |text: &str| fwd(text).map(|(_, _, name)| name);
        assert_eq!(name("Young said it would rain."), Some("Young".into()));
        let before = |text: &str| back(text).map(|(_, _, name)| name);
        assert_eq!(before("Then in came Old Jolyon"), Some("Jolyon".into()));
        assert_eq!(name("Young people said nothing."), None);
    }

    #[test]
    fn an_ordinal_is_a_title_only_before_a_name() {
        assert_eq!(
            fwd("First Minister Ada Okafor said"),
            s(MentionKind::Name, "First Minister Ada Okafor", "Ada Okafor")
        );
        assert_eq!(fwd("Second, they wanted more."), None);
    }

    #[test]
    fn a_number_counts_a_plural_but_may_be_a_name_alone() {
        let cases = [
            ("Eight years ago, she left.", None),
            (
                "Forty protesters gathered.",
                s(MentionKind::Group, "Forty protesters", "protesters"),
            ),
            (
                "about 200 protesters gathered.",
                s(MentionKind::Group, "about 200 protesters", "200 protesters"),
            ),
            ("Seven looked up.", s(MentionKind::Name, "Seven", "Seven")),
        ];
        for (text, want) in cases {
            assert_eq!(fwd(text), want, "{text}");
        }
    }

    fn back(text: &str) -> Option<(MentionKind, String, String)> {
        let t = toks(text);
        backward(&t, t.len(), text)
            .map(|m| (m.kind, text[m.span].to_string(), text[m.name].to_string()))
    }

    fn s(k: MentionKind, a: &str, b: &str) -> Option<(MentionKind, String, String)> {
        Some((k, a.to_string(), b.to_string()))
    }

    #[test]
    fn and_joins_the_fields_of_an_institution_not_two_names() {
        assert_eq!(
            fwd("Ministry of Health and Wellness said"),
            s(
                MentionKind::Name,
                "Ministry of Health and Wellness",
                "Ministry of Health and Wellness"
            )
        );
        // A place, a second body or a person after `and` is no part of the name.
        for text in [
            "Bank of Canada and Ottawa said",
            "Bank of Canada and Finance Canada said",
            "Department of Justice and Nora Ellis said",
        ] {
            let (_, span, _) = fwd(text).unwrap();
            assert!(!span.contains(" and "), "{text}: {span}");
        }
    }

    #[test]
    fn a_short_or_irregular_participle_opens_a_phrase_after_the_subject() {
        let cases = [
            ("The lawsuit, filed Friday in federal court,", "The lawsuit"),
            ("The firm, based in Ohio,", "The firm"),
            ("The chef, known for her stews,", "The chef"),
        ];
        for (text, want) in cases {
            let got = back(text).map(|(_, span, _)| span);
            assert_eq!(got.as_deref(), Some(want), "{text}");
        }
        // A word in `-ed` too short to be a participle opens nothing.
        assert_eq!(back("The firm, red,"), None);
    }

    #[test]
    fn a_place_and_its_region_may_end_a_phrase_set_off_after_the_subject() {
        for text in [
            "The firm, based in Austin, Texas,",
            "The company, headquartered in Waterloo, Ont.,",
        ] {
            let got = back(text).map(|(kind, span, _)| (kind, span));
            let subject = text.split(',').next().unwrap().to_string();
            assert_eq!(got, Some((MentionKind::Org, subject)), "{text}");
        }
    }

    #[test]
    fn a_name_inside_a_relative_clause_set_off_after_the_subject_is_not_the_subject() {
        let cases = [
            (
                "Rep. Nadia Brandt, D-Mich., who drafted the measure with Rep. Owen Pike, R-Ind.,",
                "Nadia Brandt",
            ),
            (
                "Corinne Vale, whose daughter Ruby, 9, plays in the league,",
                "Corinne Vale",
            ),
            (
                "The union, which represents nurses at St. Brigid's Hospital, a teaching hospital,",
                "union",
            ),
        ];
        for (text, want) in cases {
            let got = back(text).map(|(_, _, name)| name);
            assert_eq!(got.as_deref(), Some(want), "{text}");
        }
        // The clause's own subject, with no comma closing the clause before the verb, is
        // the one who speaks in it: `Marsh, whom Cole called`.
        assert_eq!(
            back("The mayor cited Ken Marsh, whom Cole").map(|(_, _, n)| n),
            Some("Cole".to_string())
        );
    }

    #[test]
    fn the_body_a_role_is_of_starts_the_name_it_titles() {
        assert_eq!(
            fwd("city councillor Maria Santos said"),
            s(
                MentionKind::Name,
                "city councillor Maria Santos",
                "Maria Santos"
            )
        );
        assert_eq!(
            fwd("campaign chairman John Podesta told"),
            s(
                MentionKind::Name,
                "campaign chairman John Podesta",
                "John Podesta"
            )
        );
        // With no role word between, the body is no title: `city` before a name says where.
        assert_eq!(fwd("city Maria Santos said"), None);
    }

    #[test]
    fn saint_after_a_given_name_begins_the_surname() {
        assert_eq!(
            fwd("coach Martin St. Louis said"),
            s(
                MentionKind::Name,
                "coach Martin St. Louis",
                "Martin St. Louis"
            )
        );
        // Alone before one word it names a place, and before a name it is a title.
        assert_eq!(
            fwd("St. Louis said").map(|(k, _, _)| k),
            Some(MentionKind::Org)
        );
        assert_eq!(
            fwd("Archbishop St. John Rivers said").map(|(_, _, n)| n),
            Some("John Rivers".to_string())
        );
    }

    #[test]
    fn such_opening_a_sentence_is_no_name() {
        assert_eq!(fwd("Such were her words"), None);
    }

    #[test]
    fn every_lower_case_word_of_a_title_before_a_name_is_read_back() {
        let name = |span: &str| s(MentionKind::Name, span, "Ana Ruiz");
        assert_eq!(
            back("In a memo, chief executive Ana Ruiz"),
            name("chief executive Ana Ruiz")
        );
        assert_eq!(
            back("the chief executive Ana Ruiz"),
            name("the chief executive Ana Ruiz")
        );
        // A word that is no title word ends the run.
        assert_eq!(
            back("a deal with executive Ana Ruiz"),
            name("executive Ana Ruiz")
        );
    }

    #[test]
    fn headline_words_for_a_chief_are_titles() {
        // `boss` before a name is a title, as `chief` is; alone it is a role.
        assert_eq!(
            back("Bank boss Tom Hale"),
            s(MentionKind::Name, "Bank boss Tom Hale", "Tom Hale")
        );
        assert_eq!(back("the boss"), s(MentionKind::Role, "the boss", "boss"));
    }

    #[test]
    fn an_office_capitalized_after_its_title_is_named_whole() {
        let cases = [
            (
                "The Prime Minister's Office",
                s(
                    MentionKind::Org,
                    "Prime Minister's Office",
                    "Prime Minister's Office",
                ),
            ),
            (
                "the Mayor's Office",
                s(MentionKind::Org, "Mayor's Office", "Mayor's Office"),
            ),
            // Not after a place's possessive: the body is its noun.
            (
                "Canada's Parliament",
                s(MentionKind::Org, "Canada's Parliament", "Parliament"),
            ),
        ];
        for (text, want) in cases {
            assert_eq!(back(text), want, "{text}");
        }
    }

    #[test]
    fn a_nickname_in_quotation_marks_is_part_of_the_name_it_stands_in() {
        assert_eq!(
            fwd("Theo \"Tank\" Marsh said"),
            s(
                MentionKind::Name,
                "Theo \"Tank\" Marsh",
                "Theo \"Tank\" Marsh"
            )
        );
        assert_eq!(
            back("Goalie Ana \u{201c}The Wall\u{201d} Ruiz"),
            s(
                MentionKind::Name,
                "Goalie Ana \u{201c}The Wall\u{201d} Ruiz",
                "Ana \u{201c}The Wall\u{201d} Ruiz"
            )
        );
        // A title in marks, or a quotation that is a sentence, is no nickname.
        assert_eq!(
            fwd("Marsh \"Ghost Town, Part Two\" Lee").map(|(_, _, n)| n),
            Some("Marsh".to_string())
        );
        assert_eq!(
            fwd("Marsh \"we won\" Lee").map(|(_, _, n)| n),
            Some("Marsh".to_string())
        );
    }

    #[test]
    fn of_and_a_place_after_a_title_are_part_of_the_office() {
        // The office alone is a role, not the place.
        assert_eq!(
            fwd("Mayor of Halifax said"),
            s(MentionKind::Role, "Mayor of Halifax", "Mayor of Halifax")
        );
        assert_eq!(
            fwd("Archbishop of Armagh said"),
            s(
                MentionKind::Role,
                "Archbishop of Armagh",
                "Archbishop of Armagh"
            )
        );
        // A given name after the place starts the holder's name.
        assert_eq!(
            fwd("Premier of Nova Scotia Tim Houlihan said"),
            s(
                MentionKind::Name,
                "Premier of Nova Scotia Tim Houlihan",
                "Tim Houlihan"
            )
        );
        // With no given name known, a long run ends in a two-word name.
        assert_eq!(
            fwd("Mayor of Leeds Tariq Mahmood said"),
            s(
                MentionKind::Name,
                "Mayor of Leeds Tariq Mahmood",
                "Tariq Mahmood"
            )
        );
        // An institution after `of` is all office.
        assert_eq!(
            fwd("Director of Harbour Lending Company said").map(|(k, _, n)| (k, n)),
            Some((
                MentionKind::Role,
                "Director of Harbour Lending Company".to_string()
            ))
        );
        // `of` after a name, or after a party's member, places the person; the name stays.
        assert_eq!(
            fwd("Representative Dale King of New Mexico said"),
            s(
                MentionKind::Name,
                "Representative Dale King of New Mexico",
                "Dale King"
            )
        );
        assert_eq!(
            fwd("Senator Ann Ruiz, Democrat of Ohio, said").map(|(_, _, n)| n),
            Some("Ann Ruiz".to_string())
        );
    }

    #[test]
    fn names_lose_their_titles() {
        assert_eq!(
            fwd("Health Minister Ada Okafor said"),
            s(
                MentionKind::Name,
                "Health Minister Ada Okafor",
                "Ada Okafor"
            )
        );
        assert_eq!(
            fwd("Secretary of State Lena Fisk"),
            s(
                MentionKind::Name,
                "Secretary of State Lena Fisk",
                "Lena Fisk"
            )
        );
        assert_eq!(
            fwd("Fire spokesman Tom Reyes said"),
            s(MentionKind::Name, "Fire spokesman Tom Reyes", "Tom Reyes")
        );
        assert_eq!(
            fwd("Mr. Harlow, who"),
            s(MentionKind::Name, "Mr. Harlow", "Harlow")
        );
        assert_eq!(
            fwd("President-elect Ines Marr"),
            s(MentionKind::Name, "President-elect Ines Marr", "Ines Marr")
        );
        // An office held or sought is a title too.
        assert_eq!(
            fwd("Democratic incumbent Ines Marr attacked"),
            s(
                MentionKind::Name,
                "Democratic incumbent Ines Marr",
                "Ines Marr"
            )
        );
    }

    #[test]
    fn only_i_is_a_narrator() {
        let kind = |t: &str| fwd(t).map(|(k, _, _)| k.is_narrator());
        assert_eq!(kind("I said"), Some(true));
        assert_eq!(kind("she said"), Some(false));
        assert_eq!(kind("we said"), Some(false));
        assert_eq!(kind("they said"), Some(false));
    }

    #[test]
    fn descriptions_groups_and_pronouns() {
        assert_eq!(
            fwd("she said"),
            s(
                MentionKind::Pronoun(Some(Gender::Female), Number::Singular),
                "she",
                "she"
            )
        );
        assert_eq!(
            fwd("the harbour chief said"),
            s(MentionKind::Role, "the harbour chief", "harbour chief")
        );
        assert_eq!(
            fwd("U.S. officials have said"),
            s(MentionKind::Group, "U.S. officials", "U.S. officials")
        );
        assert_eq!(
            fwd("the White House said"),
            s(MentionKind::Org, "the White House", "White House")
        );
        assert_eq!(
            fwd("Norway's incoming premier said"),
            s(
                MentionKind::Role,
                "Norway's incoming premier",
                "incoming premier"
            )
        );
        assert_eq!(
            fwd("the ministry said"),
            s(MentionKind::Org, "the ministry", "ministry")
        );
        assert_eq!(fwd("the quick fox"), None);
        assert_eq!(fwd("But"), None);
    }

    #[test]
    fn backward_from_the_verb() {
        assert_eq!(
            back("Yesterday Health Minister Ada Okafor"),
            s(
                MentionKind::Name,
                "Health Minister Ada Okafor",
                "Ada Okafor"
            )
        );
        assert_eq!(
            back("and the harbour chief"),
            s(MentionKind::Role, "the harbour chief", "harbour chief")
        );
        assert_eq!(
            back("Okafor, who had spoken for an hour,"),
            s(MentionKind::Name, "Okafor", "Okafor")
        );
        assert_eq!(
            back("Tom Reyes, 58,"),
            s(MentionKind::Name, "Tom Reyes", "Tom Reyes")
        );
        assert_eq!(
            back("In general, Okafor,"),
            s(MentionKind::Name, "Okafor", "Okafor")
        );
        assert_eq!(
            back("But he"),
            s(
                MentionKind::Pronoun(Some(Gender::Male), Number::Singular),
                "he",
                "he"
            )
        );
        assert_eq!(back("the road was long"), None);
        // A role noun tied to a phrase that names no one: `a lawyer for the family said`.
        assert_eq!(
            back("A lawyer for the family"),
            s(
                MentionKind::Role,
                "A lawyer for the family",
                "lawyer for the family"
            )
        );
        assert_eq!(back("The roof of the old barn"), None);
    }

    #[test]
    fn who_makes_a_description_a_person() {
        // `who` stands for a person: the noun before it need not be in the role table.
        assert_eq!(
            back("the restless tinkerer who"),
            s(
                MentionKind::Role,
                "the restless tinkerer",
                "restless tinkerer"
            )
        );
        assert_eq!(
            back("a lifelong loner, who"),
            s(MentionKind::Role, "a lifelong loner", "lifelong loner")
        );
        // Not after `which`, not an animal, not a description pointing back at someone
        // known (`the same`), not a verb, and not without a determiner.
        assert_eq!(back("the restless tinkerer which"), None);
        assert_eq!(back("the grey mare who"), None);
        assert_eq!(back("the same tinkerer who"), None);
        assert_eq!(back("the crowd cheered who"), None);
        assert_eq!(back("restless tinkerer who"), None);
    }

    #[test]
    fn a_plural_for_people_before_a_given_name_is_its_title() {
        let read = |text: &str| fwd(text).map(|(k, _, name)| (k, name));
        let name = |n: &str| Some((MentionKind::Name, n.to_string()));
        assert_eq!(
            read("lawyers Irene Kowal and Simon Beaulieu."),
            name("Irene Kowal")
        );
        assert_eq!(
            read("Engineers Agnes Moyo and Peter Lund said."),
            name("Agnes Moyo")
        );
        // Not before a word that is no given name (a body's name reads on), nor alone.
        assert_eq!(
            read("Residents Association of Halifax said."),
            name("Residents Association of Halifax")
        );
        assert_eq!(
            read("lawyers said."),
            Some((MentionKind::Group, "lawyers".to_string()))
        );
    }
}

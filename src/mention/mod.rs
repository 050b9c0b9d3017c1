//! Speaker mentions: the noun phrase that names who speaks, read forward from a token or
//! backward from the word before a speech verb.
//!
//! A mention is a name (`Defense Secretary Robert Gates`), a pronoun (`she`), a description
//! headed by a role noun (`the Pentagon chief`), a group (`U.S. officials`) or an
//! institution (`the ministry`). For names, the title words are kept apart from the name.
//!
//! Each part of the reading has a module of its own:
//! - [`names`]: a run of capitalized words, and the tests on its words;
//! - [`descriptions`]: a determiner phrase headed by a role noun;
//! - [`read_forward`]: a mention from its first word;
//! - [`read_backward`]: a mention from the word before a verb, with those coordinated with
//!   it;
//! - [`subject_phrase`]: where the phrase before a verb starts, and its appositions;
//! - [`affiliation`]: what follows a noun and still belongs to it.

use std::ops::Range;

use crate::lexicon::{self, Function, Gender, Number, VerbKind, WordInfo};
use crate::token::{Kind, Token};

mod affiliation;
mod descriptions;
mod expletive;
mod names;
mod read_backward;
mod read_forward;
mod shares;
mod subject_phrase;

pub(crate) use affiliation::*;
pub(crate) use descriptions::*;
pub(crate) use expletive::later_subject;
pub(crate) use names::*;
pub(crate) use read_backward::*;
pub(crate) use read_forward::*;
pub(crate) use subject_phrase::*;

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
            && tokens[self.tokens.end - 1].is_capitalized()
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
            && tokens[self.tokens.end - 1].is_capitalized()
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

pub(crate) fn word<'a>(tokens: &[Token], i: usize, text: &'a str) -> Option<&'a str> {
    tokens
        .get(i)
        .filter(|t| t.kind == Kind::Word)
        .map(|t| t.text(text))
}

/// [`crate::token::capitalized`], under the name the mention readers use.
#[inline]
fn is_capitalized(w: &str) -> bool {
    crate::token::capitalized(w)
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

/// The articles, in any case: a description or a noun follows them.
const ARTICLES: &[&str] = &["a", "an", "the"];

/// Whether `w` is an article (`a`, `An`, `the`).
pub(crate) fn is_article(w: &str) -> bool {
    ARTICLES.iter().any(|a| w.eq_ignore_ascii_case(a))
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

/// Plural nouns for people the tables do not list: agent nouns by their suffix
/// (`forecasters`, `organizers`, `pediatricians`, `environmentalists`), and the plurals of
/// the tables' role nouns (`pilots`, `chefs`, `coaches`). Used for a subject right before a
/// speech verb, where a plural noun of this shape is a group that speaks, and for the
/// group a partitive picks one person out of (`one of the organizers`).
pub(crate) fn agent_plural(w: &str) -> bool {
    let suffix = w.len() >= 6
        && w.bytes().all(|b| b.is_ascii_lowercase())
        && ["ers", "ors", "ists", "ians"]
            .iter()
            .any(|s| w.ends_with(s));
    (suffix || role_plural(w)) && !NOT_AGENTS.contains(&w)
}

/// Whether `w` is the plural of a role noun of the tables (`pilots`, `chefs`, `coaches`,
/// `referees`, `deputies`, `policewomen`): `-s`, `-es`, `-y` made `-ies` and `-man` made
/// `-men`. Irregular plurals beyond these are listed in the tables where they matter.
fn role_plural(w: &str) -> bool {
    if w.len() < 4 || !w.bytes().all(|b| b.is_ascii_lowercase()) {
        return false;
    }
    let role = |stem: &str| lexicon::lookup(stem).role;
    let respelled = |plural: &str, singular: &str| {
        w.strip_suffix(plural)
            .is_some_and(|base| role(&format!("{base}{singular}")))
    };
    if w.ends_with("men") {
        return respelled("men", "man");
    }
    let Some(stem) = w.strip_suffix('s') else {
        return false;
    };
    role(stem) || stem.strip_suffix('e').is_some_and(role) || respelled("ies", "y")
}

/// Whether a word (`w`, with lexicon entry `info`) is a noun that heads a description: a
/// role, a group or an institution of the tables, or an agent plural.
fn head_noun(info: &WordInfo, w: &str) -> bool {
    info.role || info.group || info.org || agent_plural(w) || age_noun(w)
}

/// `Mother of slain cyclist says`, `Teacher wins award`: a name mention that is only a
/// role noun opening its sentence, capitalized because it comes first (not a title word,
/// nor a given name as `Nanny` or `Major` may be).
pub(crate) fn lone_role_opening(tokens: &[Token], m: &Mention) -> bool {
    let k = m.tokens.start;
    let info = tokens[k].info();
    m.kind == MentionKind::Name
        && m.tokens.len() == 1
        && m.title.is_none()
        && info.role
        && !info.title
        && info.given.is_none()
        && crate::token::opens_sentence(tokens, k)
}

/// Whether token `t` is a lower-case plural noun for people: a group noun of the tables
/// (`officials`) or an [`agent_plural`] (`strategists`, `pilots`).
pub(crate) fn people_plural(t: &Token, text: &str) -> bool {
    let w = t.text(text);
    t.kind == Kind::Word
        && w.starts_with(|c: char| c.is_ascii_lowercase())
        && (t.info().group || agent_plural(w))
}

/// Plurals with an agent suffix, or of a role noun, that name things, not people.
const NOT_AGENTS: &[&str] = &[
    // (A role's plural that names things more often: `the stars replied` is a sky.)
    "stars",
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
        // An adverb of the word of description is part of the epithet.
        assert_eq!(
            name("The still waiting Okonkwo said no."),
            person("Okonkwo")
        );
        assert_eq!(name("The now famous Okonkwo waved."), person("Okonkwo"));
        // Not one that stands alone between a speaker and the verb.
        assert_ne!(name("The still Okonkwo said no."), person("Okonkwo"));
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
    fn and_joins_a_regulator_s_fields_after_an_article_too() {
        let cases = [
            (
                "the Securities and Exchange Commission said",
                "the Securities and Exchange Commission",
                "Securities and Exchange Commission",
            ),
            (
                "the Fish and Wildlife Service said",
                "the Fish and Wildlife Service",
                "Fish and Wildlife Service",
            ),
            // A lower-case word before the capitals says which body: no part of its name.
            (
                "the federal Food and Drug Administration said",
                "the federal Food and Drug Administration",
                "Food and Drug Administration",
            ),
            (
                "the provincial Health Department said",
                "the provincial Health Department",
                "Health Department",
            ),
        ];
        for (text, span, name) in cases {
            assert_eq!(fwd(text), s(MentionKind::Org, span, name), "{text}");
        }
        // Two bodies joined by `and` stay two.
        let (_, span, _) = fwd("the Bank of Canada and Ottawa said").unwrap();
        assert_eq!(span, "the Bank of Canada");
    }

    #[test]
    fn a_comma_between_two_adjectives_stays_inside_the_description() {
        assert_eq!(
            fwd("a thin, elderly gentleman said"),
            s(
                MentionKind::Role,
                "a thin, elderly gentleman",
                "thin, elderly gentleman"
            )
        );
        // A participle after the comma is no adjective before the head.
        assert_eq!(
            fwd("the girl, smiling at him"),
            s(MentionKind::Role, "the girl", "girl")
        );
        // After a possessive's noun, the comma ends the phrase: what follows is another.
        let read = fwd("the mayor's 2008 election, city workers said");
        assert!(
            read.as_ref()
                .map_or(true, |(_, span, _)| !span.contains(',')),
            "{read:?}"
        );
    }

    #[test]
    fn a_count_above_one_before_a_singular_role_noun_makes_it_a_modifier() {
        // `more than 50 member states`: the states are counted, no member speaks.
        assert_eq!(back("from more than 50 member"), None);
        assert_eq!(
            back("a committee member"),
            s(MentionKind::Role, "a committee member", "committee member")
        );
        assert_eq!(
            back("one member"),
            s(MentionKind::Role, "one member", "member")
        );
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
    fn a_pronoun_with_be_joined_on_is_the_subject_unless_told() {
        let we = |w: &str| s(MentionKind::Pronoun(None, Number::Plural), w, w);
        assert_eq!(fwd("We're pleased to announce it"), we("We"));
        assert_eq!(
            fwd("I'm glad to report"),
            s(MentionKind::Pronoun(None, Number::Singular), "I", "I")
        );
        assert_eq!(fwd("they’ve said"), we("they"));
        // A passive's subject hears; and neither it nor `It's` is a name.
        assert_eq!(fwd("We're told it is safe"), None);
        assert_eq!(fwd("It's said to be safe"), None);
        assert_eq!(fwd("You're right"), None);
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

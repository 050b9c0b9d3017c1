//! Word tables the reported-speech rules read: verbs that need `that` or take an object,
//! words that deny the saying, prepositions, auxiliaries.

use crate::lexicon;
use crate::token::{Kind, Token};

/// Verbs that take an object and its description, not a clause: `called the letter a
/// "serious document"`; and verbs that report a clause only with `that`: `agreed with
/// Putin` is no report, `agreed that the talks failed` is (`signaled its support`, `hinted
/// at a deal`).
pub(super) const NO_CLAUSE: &[&str] = &[
    "call",
    "describe",
    "ask",
    "begin",
    "think",
    "respond",
    "reply",
    "answer",
    // A tag of dialogue (`"Q," interrupted Maud`) whose object elsewhere is whom or what
    // was cut short: `interrupted him during the rally`.
    "interrupt",
];

/// Verbs of [`NO_CLAUSE`] that report an indirect question all the same: `asked whether
/// the plant would close` (see [`asks_question`]).
///
/// [`asks_question`]: super::hearer_and_time::asks_question
pub(super) const ASKING: &[&str] = &["ask"];

/// Verbs of telling that may report a clause with no hearer: `warned there was a lot to
/// do`, `warned that costs would rise` (`told there was` is no English).
pub(super) const HEARER_OPTIONAL: &[&str] = &["warn"];

pub(super) const NEEDS_THAT: &[&str] = &[
    "agree", "add", "continue", "write", "testify", "comment", "remark", "explain", "complain",
    "joke", "tweet", "report", "deny", "demand", "signal", "hint",
    // Verbs that tag dialogue but take a thing as object elsewhere: `snapped a five-game
    // streak`, `piped water to the camp`, `barked orders`.
    "snap", "pipe", "bark", "boom", "thunder", "roar",
];

/// Words before a speech verb that say the words after it were not said: `declined to
/// say which offices`, `would not say whether`, `never said that`. A phrase of the list
/// ends right before the verb. (So does an auxiliary with `not` joined on, `won't say`,
/// `hasn't indicated`, or split off, `did n't say`: see [`unsaid`].)
const UNSAID: &[&[&str]] = &[
    &["declined", "to"],
    &["declines", "to"],
    &["refused", "to"],
    &["refuses", "to"],
    &["not"],
    &["never"],
    &["n't"],
];

/// Whether the speech verb at `k` (in a sentence from `start`) is denied or refused:
/// see [`UNSAID`].
pub(super) fn unsaid(tokens: &[Token], start: usize, k: usize, text: &str) -> bool {
    // `didn't actually say`, `would not publicly say`: an adverb may stand between.
    let adverb = k > start && tokens[k - 1].kind == Kind::Word && {
        let w = tokens[k - 1].text(text);
        w.len() > 4 && w.ends_with("ly")
    };
    let k = k - usize::from(adverb);
    let negated = k > start
        && tokens[k - 1].kind == Kind::Word
        && lexicon::is_negative_auxiliary(tokens[k - 1].text(text));
    negated
        || UNSAID.iter().any(|phrase| {
            k >= start + phrase.len()
                && phrase
                    .iter()
                    .enumerate()
                    .all(|(i, w)| word_eq(tokens, k - phrase.len() + i, text, w))
        })
}

/// Verbs whose object is as often a thing as a clause: `announced a new plan`, `confirmed
/// the move`, `suggested two changes`. Without `that`, they report only what shows itself
/// a clause ([`shows_clause`]).
///
/// [`shows_clause`]: super::clause::shows_clause
pub(super) const OBJECT_OR_CLAUSE: &[&str] = &[
    "announce",
    "chant",
    "confirm",
    "suggest",
    "acknowledge",
    "note",
    "boast",
    "contend",
    "admit",
    "reveal",
    "propose",
    "recommend",
    "concede",
    "plead",
    "mention",
    "recall",
    "confess",
    "scream",
    "cite",
    "echo",
    "observe",
    "emphasize",
    "emphasise",
    "indicate",
    "proclaim",
];

/// Words that stand as the object of `say` or `tell` (`said nothing`, `told them
/// everything`, `said goodbye`, `will say more on Monday`), not as the subject of a
/// reported clause, unless a verb follows before any punctuation ([`verb_soon`]: `said
/// nothing had changed`, `said much of the talk was about trade`).
///
/// [`verb_soon`]: super::clause::verb_soon
const OBJECT_WORDS: &[&str] = &[
    "nothing",
    "something",
    "anything",
    "everything",
    "little",
    "much",
    "more",
    "less",
    "enough",
    "goodbye",
    "good-bye",
    "hello",
    "yes",
    "so",
    "sorry",
    "thanks",
    "grace",
];

/// Whether the word at `c`, right after a speech verb, is one of [`OBJECT_WORDS`]; `more`
/// and `less` before `than` are a count (`said more than 40 homes were lost`), the
/// clause's subject, whatever verb the clause has.
pub(super) fn object_word(tokens: &[Token], c: usize, text: &str) -> bool {
    let Some(w) = tokens.get(c).map(|t| t.text(text)) else {
        return false;
    };
    let count = matches!(w, "more" | "less") && word_eq(tokens, c + 1, text, "than");
    !count && OBJECT_WORDS.iter().any(|o| o.eq_ignore_ascii_case(w))
}

/// Most lower-case words a speaker's title or article may have before the name
/// (`the union president`).
pub(super) const MAX_TITLE_WORDS: usize = 3;

/// Prepositions that open a phrase about the speaking (`in an interview`, `on Friday`).
pub(super) const PREPOSITIONS: &[&str] = &[
    "in", "on", "at", "during", "after", "before", "via", "through", "by", "with", "from", "for",
    "about", "of", "over", "under",
];

/// Prepositions besides [`PREPOSITIONS`] that news sets before a plural noun of speech
/// (`amid claims that`, `despite warnings that`).
pub(super) const MORE_PREPOSITIONS: &[&str] = &["amid", "despite", "against", "among"];

/// Finite auxiliaries: a stretch holding one is a clause, not a phrase.
pub(crate) const AUXILIARIES: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "can",
    "could", "should", "may", "might", "must", "do", "does", "did",
];

/// Auxiliaries that may stand between a speaker and the verb they speak with (`have said`,
/// `will tell`); forms of `be` make a passive (`was told`) and are not among them.
pub(super) const PERFECT_AND_MODAL: &[&str] = &[
    "has", "have", "had", "will", "would", "could", "should", "may", "might", "must", "did",
    "does", "do",
];

/// Words right before a speaker that are the object of the speech verb: in `what she said
/// about fees`, what she said is `what`, and the words after the verb are no report,
/// unless they are a clause with `what` as one of its parts ([`gap_clause`]).
///
/// [`gap_clause`]: super::clause::gap_clause
pub(super) const OBJECT_BEFORE_SPEAKER: &[&str] = &["what", "whatever"];

/// Whether token `i` is the word `w`, in any case.
pub(super) fn word_eq(tokens: &[Token], i: usize, text: &str, w: &str) -> bool {
    tokens
        .get(i)
        .is_some_and(|t| t.kind == Kind::Word && t.text(text).eq_ignore_ascii_case(w))
}

/// Short adverbs that may stand between a speech verb and `that` (`said only that`);
/// adverbs in `-ly` and the short ones that close a speech-verb clause (`again`) are
/// recognized by [`rules::manner_adverb`].
///
/// [`rules::manner_adverb`]: crate::rules::manner_adverb
pub(super) const FOCUS_ADVERBS: &[&str] = &["only", "just", "merely", "also", "once"];

//! Closed-class words the rules care about: determiners, the words that may stand between
//! a speaker and a speech verb, subordinating conjunctions, relative pronouns, number words,
//! and the words that end a name.

/// Closed-class words the rules care about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Function {
    /// the, a, an, his, her, their, its, our, this, that.
    Determiner,
    /// Auxiliaries and adverbs that may stand between a speaker and a speech verb:
    /// `Gates has also said`, `she later told`.
    Between,
    /// Words of time and place that may follow a speech verb: `said Monday`.
    Time,
    /// who, which, whose: start a relative clause after a name.
    Relative,
    /// Epithets before a name: old, young, poor, dear.
    Epithet,
    /// Conjunctions and prepositions that end a name: and, or, of, with, to, from, in...
    Stop,
}

/// Determiners besides the possessive ones ([`POSSESSIVE_DETERMINERS`]), which are
/// determiners too.
///
/// [`POSSESSIVE_DETERMINERS`]: super::POSSESSIVE_DETERMINERS
pub(super) const DETERMINERS: &[&str] = &[
    "the", "a", "an", "this", "that", "another", "one", "two", "three", "several", "some", "many",
    "other", "both", "these", "those", "each", "every",
];

/// Words of [`Function::Between`] besides the sentence openers and negative auxiliaries.
pub(super) const BETWEEN: &[&str] = &[
    "has",
    "have",
    "had",
    "also",
    "later",
    "then",
    "once",
    "previously",
    "earlier",
    "again",
    "repeatedly",
    "recently",
    "reportedly",
    "would",
    "will",
    "could",
    "might",
    "may",
    "should",
    "must",
    "did",
    "does",
    "do",
    "is",
    "was",
    "were",
    "are",
    "been",
    "quickly",
    "simply",
    "just",
    "often",
    "frequently",
    "publicly",
    "privately",
    "already",
    "still",
    "further",
    "last",
    "first",
    "finally",
    "now",
    "long",
    "subsequently",
    "similarly",
    "likewise",
    "flatly",
    // Degree before a manner adverb: `the lawyer somewhat flatly continued`.
    "somewhat",
    "rather",
    "only",
    "even",
    "never",
    "always",
    "softly",
    "quietly",
    "loudly",
    "angrily",
    "calmly",
];

/// Modal auxiliaries: one heads its verb phrase, and no auxiliary comes before it.
pub(crate) const MODALS: &[&str] = &[
    "will", "would", "can", "could", "should", "may", "might", "must",
];

/// Words of order that, between a possessive and its noun, make it no less the owner's
/// (`her first answer`, `his last words`, `their only reply`), though before a verb they
/// are adverbs of [`BETWEEN`] (`she first said`).
pub(crate) const ORDER_WORDS: &[&str] = &["first", "last", "only", "final", "next", "second"];

/// Auxiliaries with `not` joined on, in both apostrophes: like the auxiliaries of
/// [`BETWEEN`] they may stand between a subject and its verb, and capitalized at a
/// question's start (`Isn't that expensive?`) they are no one's name.
pub(super) const NEGATIVE_AUXILIARIES: &[&str] = &[
    "isn't",
    "aren't",
    "wasn't",
    "weren't",
    "don't",
    "doesn't",
    "didn't",
    "can't",
    "couldn't",
    "won't",
    "wouldn't",
    "shouldn't",
    "hasn't",
    "haven't",
    "hadn't",
    "mustn't",
    "needn't",
    "ain't",
    "shan't",
    "isn’t",
    "aren’t",
    "wasn’t",
    "weren’t",
    "don’t",
    "doesn’t",
    "didn’t",
    "can’t",
    "couldn’t",
    "won’t",
    "wouldn’t",
    "shouldn’t",
    "hasn’t",
    "haven’t",
    "hadn’t",
    "mustn’t",
    "needn’t",
    "ain’t",
    "shan’t",
];

/// Adverbs and interjections that open sentences: capitalized there, never names.
pub(super) const SENTENCE_OPENERS: &[&str] = &[
    "however",
    "therefore",
    "meanwhile",
    "presently",
    "thus",
    "perhaps",
    "suddenly",
    "indeed",
    "yet",
    "afterwards",
    "afterward",
    "soon",
    "instead",
    "besides",
    "moreover",
    "nevertheless",
    "nonetheless",
    "otherwise",
    "certainly",
    "surely",
    "eventually",
    "anyway",
    "hence",
    "accordingly",
    "consequently",
    "furthermore",
    "unfortunately",
    "fortunately",
    "naturally",
    "obviously",
    "clearly",
    "apparently",
    "evidently",
    "meantime",
    "tomorrow",
    "here",
    "there",
    "yes",
    "oh",
    "ah",
    "well",
    "why",
    "what",
    "where",
    "how",
    "like",
    "unlike",
    "sometimes",
    "possibly",
    "probably",
    "happily",
    "sadly",
    "luckily",
    "slowly",
    "gently",
    "again",
    "everyone",
    "everybody",
    "nobody",
    "someone",
    "somebody",
    "anyone",
    "thereupon",
    "back",
    "whereupon",
    "hereupon",
    // Ordinals that number a writer's points (`Second, they ...`); `first` is in BETWEEN.
    "second",
    "third",
    "fourth",
    "lastly",
    // Words that open a sentence as a quantifier or a relative (`All the girls said`,
    // `Next day he wrote`, `Such were her words`, `Whatever is said`) or a preposition (`Amid
    // the noise`, `Without a word`): capitalized there, never names. (`each`, `every`,
    // `these` and `those` are determiners; `upon`, which ends a name as `on` does, is a
    // stop word.)
    "all",
    "next",
    "such",
    "whatever",
    "whoever",
    "whenever",
    "wherever",
    "without",
    "within",
    "among",
    "amid",
    "beneath",
    "beyond",
    "despite",
];

/// What the clause a subordinating conjunction opens tells of the main one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Subordinate {
    /// When it happens, alongside: `when`, `as`, `while`. In fiction the clause is often
    /// the speaking itself (`as he answered`).
    Time,
    /// What came before it or led to it, the background: `before`, `after`, `because`.
    Background,
    /// A condition or a concession, or a word that opens one: `if`, `although`, `despite`.
    Other,
}

/// Words that open a subordinate clause, and what that clause tells
/// ([`subordinator`]). After `that` they show it is the conjunction (`added that while
/// sales fell, ...`); the clause's subject may act (`when Ruiz took to the radio with
/// this:`), or, for background, report nothing (`before the union said otherwise`).
///
/// [`subordinator`]: super::subordinator
pub(super) const SUBORDINATORS: &[(&str, Subordinate)] = &[
    ("while", Subordinate::Time),
    ("when", Subordinate::Time),
    ("as", Subordinate::Time),
    ("because", Subordinate::Background),
    ("since", Subordinate::Background),
    ("once", Subordinate::Background),
    ("after", Subordinate::Background),
    ("before", Subordinate::Background),
    ("until", Subordinate::Background),
    ("if", Subordinate::Other),
    ("although", Subordinate::Other),
    ("though", Subordinate::Other),
    ("unless", Subordinate::Other),
    ("despite", Subordinate::Other),
    ("even", Subordinate::Other),
    ("whether", Subordinate::Other),
];

/// Epithets that stand before a name in fiction (`old Jolyon`, `young Tom`, `poor Anne`),
/// so they are not part of it; alone before a speech verb they are a surname (`Young said`).
pub(super) const EPITHETS: &[&str] = &["dear", "darling", "good", "poor", "little", "old", "young"];

/// Words of [`Function::Relative`].
pub(super) const RELATIVE: &[&str] = &["who", "which", "whose", "whom"];

/// Number words beyond `one`, `two` and `three` (which are determiners), for a count before
/// a noun (`Eight years ago`). Not a function class: alone they may be names (`said Five`).
pub(super) const NUMBERS: &[&str] = &[
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
    "hundred",
    "hundreds",
    "thousand",
    "thousands",
    "dozens",
];

/// Words that make a count approximate: `about 200 protesters`. (`some` is a determiner,
/// which reads `Some 40 workers` already.)
pub(super) const APPROXIMATIONS: &[&str] = &["about", "nearly", "almost", "roughly", "around"];

/// Words of [`Function::Stop`]: they end a name (`Ruiz and`, `Ruiz of`).
pub(super) const STOP: &[&str] = &[
    "and",
    "or",
    "but",
    "of",
    "with",
    "to",
    "from",
    "in",
    "on",
    "at",
    "for",
    "by",
    "as",
    "than",
    "that",
    "if",
    "because",
    "after",
    "before",
    "when",
    "while",
    "though",
    "although",
    "since",
    "not",
    "no",
    "nor",
    "so",
    "yet",
    "about",
    "into",
    "upon",
    "over",
    "under",
    "said",
    "says",
    "according",
];

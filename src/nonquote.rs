//! Text in quotation marks that is not a quotation: titles, terms, nicknames, headings and
//! lists of words. Each test reads only the marks and the tokens next to them.

use crate::scan::RawQuote;
use crate::token::{Kind, Token};

/// Longest title [`Marks::title`] recognizes, in words.
const MAX_TITLE_WORDS: usize = 8;
/// Words a title leaves in lower case.
pub(crate) const TITLE_SMALL_WORDS: &[&str] = &[
    "a", "an", "the", "of", "and", "or", "to", "in", "on", "for", "at", "by", "with", "from", "as",
    "nor", "vs",
];
/// Nouns for works with titles: a title-case quote right after one is the work's title
/// ([`Marks::work_title`]).
const WORK_NOUNS: &[&str] = &[
    "book",
    "novel",
    "memoir",
    "film",
    "movie",
    "play",
    "musical",
    "show",
    "series",
    "sitcom",
    "podcast",
    "program",
    "programme",
    "documentary",
    "album",
    "song",
    "single",
    "opera",
    "episode",
    "column",
    "poem",
    "newspaper",
    "magazine",
    "newsletter",
    "blog",
    "essay",
    "report",
    "video",
    "track",
    "ad",
    "advert",
    "advertisement",
    "commercial",
    "exhibition",
    "painting",
];
/// Verb forms that give something a name ([`Marks::coined`]), and how many tokens before a
/// quote they are looked for (`called it the "Evil Empire"`).
const NAMING_VERBS: &[&str] = &[
    "call",
    "calls",
    "called",
    "calling",
    "dub",
    "dubs",
    "dubbed",
    "dubbing",
    "brand",
    "brands",
    "branded",
    "branding",
    "label",
    "labels",
    "labeled",
    "labelled",
    "labeling",
    "labelling",
    "nickname",
    "nicknamed",
    "term",
    "termed",
];
const NAMING_REACH: usize = 4;

/// Longest capitalized word [`Marks::sentences`] takes for an abbreviation before a
/// period (`Gov.`, `Sept.`, `Corp.`).
const MAX_ABBREVIATION: usize = 4;
/// Longest heading [`Marks::heading`] recognizes, in words: a subheading is a phrase, not a
/// paragraph.
const MAX_HEADING_WORDS: usize = 12;
/// Longest item of a list of words ([`Marks::list_item`]), in words.
const MAX_LIST_ITEM_WORDS: usize = 4;
/// Fewest quoted items that make a list of words.
const MIN_LIST_ITEMS: usize = 3;

/// The document's quotations and tokens, as the tests read them.
pub(crate) struct Marks<'a> {
    pub text: &'a str,
    pub raws: &'a [RawQuote],
    pub tokens: &'a [Token],
    /// Token index of each quote.
    pub qtok: &'a [usize],
}

impl Marks<'_> {
    fn content(&self, q: usize) -> &str {
        &self.text[self.raws[q].content.clone()]
    }

    /// Number of words between quote `q`'s marks.
    pub fn words(&self, q: usize) -> usize {
        self.content(q).split_whitespace().count()
    }

    /// `"The Kid Who Would Be King"`, `"Attack the Block,"`: a title in title case — two to
    /// eight words, each capitalized but for the small words of titles, no sentence
    /// punctuation. Spoken words are not written so; a title is never a quotation.
    pub fn title(&self, q: usize) -> bool {
        let content = self.content(q).trim_end_matches([',', ' ']);
        // `Oh, God,`, `Like Oakland. Or Ferguson`, `Yes!`: punctuation is speech.
        self.title_case(content) && content.split_whitespace().nth(1).is_some()
    }

    /// `NBC's "Meet the Press."`, `in his new book, "Bound to Fail,"`: a name in title
    /// case right after a possessive or a noun for a work ([`WORK_NOUNS`]) is the title of
    /// a work or a programme, even with the period or comma American style sets inside the
    /// marks, with a subtitle after a colon, and where a speech verb comes before it (`she
    /// told NBC's "Meet the Press"`). A slogan or a title introduced by `titled` is left
    /// alone: news quotes those as words someone used.
    pub fn work_title(&self, q: usize) -> bool {
        let qt = self.qtok[q];
        let word_before = |i: usize| {
            let t = self.tokens.get(i).filter(|t| t.kind == Kind::Word)?;
            Some(t.text(self.text))
        };
        let possessive = |w: &str| crate::mention::strip_possessive(w).1;
        let work = |w: &str| WORK_NOUNS.iter().any(|n| w.eq_ignore_ascii_case(n));
        // The noun may stand before a comma: `the hit play, "Eclipsed."`.
        let noun_at = if qt > 1 && self.tokens[qt - 1].is_punct(',') {
            qt - 2
        } else {
            qt.wrapping_sub(1)
        };
        let owned = qt > 0
            && (word_before(qt - 1).is_some_and(possessive)
                || word_before(noun_at).is_some_and(work));
        let content = self.content(q).trim_end_matches(['.', ',']);
        owned && !content.is_empty() && content.split(": ").all(|part| self.title_case(part))
    }

    /// `called her "Crooked Hillary"`, `"Little Marco," as he calls him`: a quote that a
    /// verb of naming, a few words before or after it, gives as a name is the speaker's
    /// coinage.
    ///
    /// A verb after the quote that goes on to a quote of its own names that one instead:
    /// in `wrote the "Clean Air Act," called the delay "a failure"`, the act's title is no
    /// coinage.
    pub fn coined(&self, q: usize) -> bool {
        let qt = self.qtok[q];
        let naming = |i: usize| {
            let t = &self.tokens[i];
            t.kind == Kind::Word && NAMING_VERBS.contains(&t.text(self.text))
        };
        let end = self.tokens.len();
        let quote_after = |v: usize| {
            self.tokens[v + 1..(v + 1 + NAMING_REACH).min(end)]
                .iter()
                .any(|t| t.quote().is_some())
        };
        (qt.saturating_sub(NAMING_REACH)..qt).any(naming)
            || (qt + 1..(qt + 1 + NAMING_REACH).min(end)).any(|v| naming(v) && !quote_after(v))
    }

    /// `the so-called "lighthouse mystery"`: the writer holds the words at a distance as a
    /// term in use; no one is quoted saying them.
    pub fn so_called(&self, q: usize) -> bool {
        let qt = self.qtok[q];
        let word = |i: usize| {
            self.tokens
                .get(i)
                .filter(|t| t.kind == Kind::Word)
                .map(|t| t.text(self.text))
        };
        qt > 0
            && (word(qt - 1).is_some_and(|w| w.eq_ignore_ascii_case("so-called"))
                || qt > 1
                    && word(qt - 1) == Some("called")
                    && word(qt - 2).is_some_and(|w| w.eq_ignore_ascii_case("so")))
    }

    /// Whether `content` is written as a title: one to [`MAX_TITLE_WORDS`] words, each
    /// capitalized but for the small words of titles, with no punctuation.
    fn title_case(&self, content: &str) -> bool {
        if content.contains(['.', ',', '!', '?', ';', ':', '…']) {
            return false;
        }
        let mut words = 0;
        for w in content.split_whitespace() {
            words += 1;
            let capital = w.starts_with(|ch: char| ch.is_uppercase() || ch.is_ascii_digit());
            if words > MAX_TITLE_WORDS
                || !capital && (words == 1 || !TITLE_SMALL_WORDS.contains(&w))
            {
                return false;
            }
        }
        words >= 1
    }

    /// A short quote with no sentence punctuation (a title, a term, a name in quotes), or
    /// a single word in quotes (`words such as "yeet,"`).
    pub fn term(&self, q: usize) -> bool {
        let content = self.content(q);
        let words = self.words(q);
        let sentence = content.ends_with(['.', '!', '?', '…']);
        words <= 1 && !sentence || !sentence && !content.ends_with([',', '-', '—']) && words <= 4
    }

    /// `for "standing firm on the closures. That matters."`: the quote ends one sentence
    /// and goes on with another. No one scare-quotes, titles or names two sentences, so
    /// it is quoted speech, though the sentence around it names no speaker. A period after
    /// a letter alone or a short capitalized word is taken for an abbreviation (`U.S.
    /// Navy`, `Mr. Hale`, `Gov. Ruiz`), not a sentence end.
    pub fn sentences(&self, q: usize) -> bool {
        let content = self.content(q);
        content.match_indices(['.', '!', '?']).any(|(i, mark)| {
            let next_capital = content[i + 1..]
                .strip_prefix(' ')
                .is_some_and(|rest| rest.starts_with(|c: char| c.is_uppercase()));
            let word = content[..i]
                .rsplit(|c: char| !c.is_alphabetic())
                .next()
                .unwrap_or("");
            let abbreviation = mark == "."
                && (word.chars().count() < 2
                    || word.starts_with(char::is_uppercase)
                        && word.chars().count() <= MAX_ABBREVIATION);
            next_capital && !abbreviation
        })
    }

    /// `Dwayne "The Rock" Johnson`: a short quote between two capitalized words.
    pub fn nickname(&self, q: usize) -> bool {
        let qt = self.qtok[q];
        let cap = |i: usize| self.tokens.get(i).is_some_and(|t| t.is_capitalized());
        qt > 0 && cap(qt - 1) && cap(qt + 1) && self.words(q) <= 4
    }

    /// `'A promise kept'` on a line of its own between paragraphs: a subheading, which
    /// news sites often set in quotation marks. A line of dialogue ends in punctuation
    /// (`"Yes."`, `"Wait—"`, `"Well,"`); a heading is a phrase of a few words with none
    /// but commas inside (`'Not a hero, just a nurse'`), and text follows it.
    pub fn heading(&self, q: usize) -> bool {
        let qt = self.qtok[q];
        let raw = &self.raws[q];
        let alone = (qt == 0 || self.tokens[qt - 1].kind == Kind::Break)
            && self
                .tokens
                .get(qt + 1)
                .is_some_and(|t| t.kind == Kind::Break)
            && self.tokens.len() > qt + 2;
        // Space before the closing mark stands for a lost dash (`"But I      "`).
        let tight = raw.content.start == raw.open.end && raw.content.end == raw.close.start;
        if !(alone && tight) {
            return false;
        }
        let content = self.content(q);
        !content.contains(['.', '!', '?', ';', ':', '…', '—', '–', '\n'])
            && !content.ends_with(['-', '_', ','])
            && (2..=MAX_HEADING_WORDS).contains(&self.words(q))
    }

    /// `words such as "nugatory," "couth" and "vexillology"`: one of three or more short
    /// quotes in a row joined only by commas, `and` or `or`. Such a list names words; it
    /// does not quote anyone using them. Items are phrases: a cry or a question, or a comma
    /// inside, makes them speech, and so does a period before the next item.
    pub fn list_item(&self, q: usize) -> bool {
        // `"Hear, hear!" "Bravo!"` are cries, not words named.
        let short = |q: usize| {
            let c = self.content(q);
            self.words(q) <= MAX_LIST_ITEM_WORDS
                && !c.contains(['!', '?'])
                && !c.trim_end_matches(',').contains(',')
        };
        // `"Yes." "No." "Maybe," said Tom.`: an item that ends its own sentence before the
        // next one is an utterance. (A list's last item may hold the sentence's period.)
        let ends = |q: usize| self.content(q).ends_with('.');
        // Most quotes have no neighbour joined to them by a comma or `and` alone, so the
        // token test comes before the reading of the words.
        // Counting stops at the fewest items a list needs: in a run of thousands of quotes
        // side by side each quote reads two neighbours a side, not the whole run.
        let mut items = 1;
        let mut p = q;
        while items < MIN_LIST_ITEMS
            && p > 0
            && self.joined(p - 1, p)
            && short(p - 1)
            && !ends(p - 1)
        {
            items += 1;
            p -= 1;
        }
        let mut n = q;
        while items < MIN_LIST_ITEMS
            && n + 1 < self.raws.len()
            && self.joined(n, n + 1)
            && !ends(n)
            && short(n + 1)
        {
            items += 1;
            n += 1;
        }
        items >= MIN_LIST_ITEMS && short(q)
    }

    /// Whether only a list's joints (`,`, `and`, `or`) stand between quotes `p` and `q`.
    fn joined(&self, p: usize, q: usize) -> bool {
        let (pt, qt) = (self.qtok[p], self.qtok[q]);
        pt < qt
            && self.tokens[pt + 1..qt].iter().all(|t| {
                t.is_punct(',') || t.kind == Kind::Word && matches!(t.text(self.text), "and" | "or")
            })
    }
}

//! Words, punctuation and whole quotations as tokens, over the stretch of text the rules read.
//!
//! A quotation the scanner found becomes a single token, so a rule sees the shape of the
//! sentence around it (`QUOTE , NAME VERB .`) without caring what the quote says.

use crate::hash::{bytes_in, key_at, load, FxHashMap, KeySet, HIGH, ONES};
use once_cell::sync::Lazy;
use std::ops::Range;

use crate::layout::Layout;
use crate::scan::RawQuote;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// A word: letters and digits, with inner apostrophes, hyphens and periods (`don't`,
    /// `President-elect`, `U.S.`), and the period of a known abbreviation (`Mr.`).
    Word,
    /// One punctuation character.
    Punct(char),
    /// A dash used as punctuation: `—`, `–`, or `--`.
    Dash,
    /// A whole quotation, marks included: the index into the extractor's quote list. (A
    /// `u32` keeps the token small; a text would need over 8 GiB of marks to outrun it.)
    Quote(u32),
    /// The end of a paragraph.
    Break,
}

/// One token and where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Token {
    pub kind: Kind,
    pub span: Range<usize>,
    /// [`COMMON`], [`ENDS`], [`BOILERPLATE`], [`JOINED`], [`DATELINE`] and [`CAPITAL`], in
    /// one byte: with them the token is 40 bytes, not 48, and more of a document's tokens
    /// stay in the first-level cache.
    flags: u8,
    /// The word's lexicon index (0: not in the lexicon, or not a word).
    pub lex: u16,
    /// The word's case-folded hash, [`crate::hash::word_key`] (0 for anything but a word).
    pub key: u64,
    /// The paragraph the token is in, counted from 0 (set by [`finish`]); a paragraph
    /// break token belongs to the paragraph it opens.
    pub para: u32,
}

/// [`Token::common`]'s bit.
const COMMON: u8 = 1;
/// [`Token::ends`]'s bit.
const ENDS: u8 = 2;
/// [`Token::boilerplate`]'s bit.
const BOILERPLATE: u8 = 4;
/// [`Token::joined`]'s bit.
const JOINED: u8 = 8;
/// [`Token::in_dateline`]'s bit.
const DATELINE: u8 = 16;
/// [`Token::is_capitalized`]'s bit, set once when the word is read: the test is asked
/// of the same word by many readers, and would read the text again each time.
const CAPITAL: u8 = 32;
/// [`Token::plain`]'s bit.
const PLAIN: u8 = 64;

impl Token {
    fn new(kind: Kind, span: Range<usize>) -> Token {
        Token {
            kind,
            span,
            flags: 0,
            lex: 0,
            key: 0,
            para: 0,
        }
    }

    /// A capitalized word whose lower-case form the document also uses (`Meanwhile`,
    /// `Presently`, but also `Rose` beside `she rose`): perhaps capitalized only because it
    /// starts a sentence. [`Token::plain`] tells when it surely is.
    pub fn common(&self) -> bool {
        self.flags & COMMON != 0
    }

    /// A capitalized word that opens a sentence alone (no capitalized word follows), that
    /// the document writes in lower case elsewhere but never capitalizes inside a
    /// sentence, and that is neither a given name nor a noun that names a character
    /// (`Nanny`): an ordinary word, capitalized only for its place (`Very soon the porter
    /// ...`, `Quite a crowd ...`), which no reader takes for a name. (`Rose` stays one, a
    /// given name, and so would `Hatch` where the text also has `said Hatch`.)
    pub fn plain(&self) -> bool {
        self.flags & PLAIN != 0
    }

    /// Whether a sentence ends with this token (set by [`finish`]).
    pub fn ends(&self) -> bool {
        self.flags & ENDS != 0
    }

    /// Whether the token is in a line of page boilerplate: a link to another story
    /// (`READ MORE: ...`), page furniture (`Story continues below advertisement`) or a
    /// photo credit (`Jane Roe/Reuters.`; set by [`finish`]).
    pub fn boilerplate(&self) -> bool {
        self.flags & BOILERPLATE != 0
    }

    /// Whether the word may have inner joiners (`don't`, `U.S.`, `Toronto-based`): it was
    /// read past a joiner or a non-ASCII character. Most words were not, and the tests of
    /// their inner parts are skipped.
    pub fn joined(&self) -> bool {
        self.flags & JOINED != 0
    }

    /// Whether the token is in a news dateline or a heading in capitals, before its dash
    /// or colon (`WASHINGTON`, `OTTAWA, Aug. 3 (CP)`, `MARKET WATCH`; set by [`finish`],
    /// see [`dateline_end`]).
    pub fn in_dateline(&self) -> bool {
        self.flags & DATELINE != 0
    }

    fn set(&mut self, flag: u8, on: bool) {
        if on {
            self.flags |= flag;
        } else {
            self.flags &= !flag;
        }
    }

    /// The token's text.
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        &text[self.span.clone()]
    }

    /// Whether this is a word starting with a capital letter.
    #[inline]
    pub fn is_capitalized(&self) -> bool {
        self.flags & CAPITAL != 0
    }

    pub fn is_punct(&self, c: char) -> bool {
        self.kind == Kind::Punct(c)
    }

    /// What the lexicon knows of this token (nothing, for punctuation).
    pub fn info(&self) -> &'static crate::lexicon::WordInfo {
        crate::lexicon::info(self.lex)
    }

    /// Whether the token is a personal pronoun that can be a subject (`he`, `they`, `it`).
    pub fn is_pronoun(&self) -> bool {
        self.kind == Kind::Word && self.info().pronoun.is_some()
    }

    pub fn quote(&self) -> Option<usize> {
        match self.kind {
            Kind::Quote(i) => Some(i as usize),
            _ => None,
        }
    }

    /// Whether the token ends with a comma, so the sentence goes on after it: a comma, or
    /// a quotation with one before its closing mark (`"We won,"`, `reading "Vote Yes,"`).
    pub fn ends_with_comma(&self, text: &str) -> bool {
        self.is_punct(',')
            || self.quote().is_some()
                && text[self.span.clone()]
                    .trim_end_matches(|c| crate::marks::lookup(c).is_some())
                    .ends_with(',')
    }
}

/// Abbreviations whose period does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "St", "Jr", "Sr", "Gov", "Sen", "Rep", "Lt", "Gen", "Col", "Capt",
    "Sgt", "Prof", "Rev", "Fr", "Mt", "Jan", "Feb", "Mar", "Apr", "Aug", "Sept", "Sep", "Oct",
    "Nov", "Dec", "No", "vs", "etc", "Inc", "Corp", "Co", "Ltd", "Ave", "Blvd", "Dept", "Det",
    "Supt", "Insp", "Cpl", "Pvt", "Adm", "Cmdr", "Msgr", "Mme", "Messrs", "approx", "e.g", "i.e",
    // Canadian police and council titles, and a few more of rank and office.
    "Cst", "Const", "Coun", "Hon", "Atty", "Maj", "Brig", "Ald", "Del", "Mlle", "Ont", "Que",
    "Calif", "Fla", "Mass", "Penn", "Ariz", "Ore", "Wash", "Ill", "Mich",
];

/// Whether `word` is one of [`ABBREVIATIONS`]: asked at every word before a period.
fn is_abbreviation(word: &str) -> bool {
    static SET: Lazy<FxHashMap<&'static str, ()>> =
        Lazy::new(|| ABBREVIATIONS.iter().map(|&a| (a, ())).collect());
    word.len() <= MAX_ABBREVIATION && SET.contains_key(word)
}

/// The longest of [`ABBREVIATIONS`], in bytes.
const MAX_ABBREVIATION: usize = longest(ABBREVIATIONS);

const fn longest(words: &[&str]) -> usize {
    let (mut i, mut max) = (0, 0);
    while i < words.len() {
        if words[i].len() > max {
            max = words[i].len();
        }
        i += 1;
    }
    max
}

/// Characters that take no room on the page (zero-width space and joiners, word joiner, byte
/// order mark): web copy leaves them between words (`Traeger\u{200b} said`), where they
/// separate like a space rather than stand as punctuation.
const INVISIBLE: &[char] = &['\u{200b}', '\u{200c}', '\u{200d}', '\u{2060}', '\u{feff}'];

/// A letter, a digit, or the replacement character `\u{FFFD}` that a failed decoding leaves
/// where a letter was (`Th\u{FFFD}r\u{FFFD}se`): the word goes on through it.
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == char::REPLACEMENT_CHARACTER
}

/// Whether the `?` at byte `at` stands for a lost letter: text converted to ASCII puts a `?`
/// for each letter it cannot write (`Th?r?se`, `fa?ade`, `r?gime`). A question mark has a
/// space after it; one between a letter and a lower-case letter is inside a word.
fn lost_letter(bytes: &[u8], at: usize) -> bool {
    bytes[at] == b'?'
        && at > 0
        && bytes[at - 1].is_ascii_alphabetic()
        && bytes.get(at + 1).is_some_and(u8::is_ascii_lowercase)
}

/// Tokenizes `range` of `text`. `quotes` are the scanner's quotations (sorted); each one
/// that starts inside `range` becomes one token covering its marks, and must end inside it.
///
/// Plain ASCII words, spaces and punctuation take a byte path; only words that run into a
/// joiner (`don't`, `U.S.`), a period or a non-ASCII character are read char by char.
pub(crate) fn tokenize(
    text: &str,
    range: Range<usize>,
    quotes: &[RawQuote],
    layout: Layout,
    out: &mut Vec<Token>,
) {
    let bytes = text.as_bytes();
    let mut q = quotes.partition_point(|r| r.open.start < range.start);
    let quote_at = |q: usize| quotes.get(q).map_or(usize::MAX, |r| r.open.start);
    let mut next_quote = quote_at(q);
    let mut i = range.start;
    while i < range.end {
        if i >= next_quote {
            let rq = &quotes[q];
            // Past u32::MAX quotations (over 8 GiB of marks) a quotation gets no token.
            if let Ok(index) = u32::try_from(q) {
                out.push(Token::new(Kind::Quote(index), rq.open.start..rq.close.end));
            }
            i = i.max(rq.close.end);
            q += 1;
            next_quote = quote_at(q);
            continue;
        }
        // No word runs into the next quotation's opening mark.
        let limit = range.end.min(next_quote);
        let b = bytes[i];
        match b {
            b'\n' => {
                match layout.paragraph_break(bytes, i) {
                    Some(next) => {
                        if !matches!(out.last(), Some(t) if t.kind == Kind::Break) {
                            out.push(Token::new(Kind::Break, i..i + 1));
                        }
                        i = next.min(range.end).max(i + 1);
                    }
                    None => i += 1,
                }
                continue;
            }
            b' ' | b'\t' | b'\r' | b'\x0b' | b'\x0c' => {
                i += 1;
                continue;
            }
            _ if b.is_ascii_alphanumeric() => {
                let mut end = i + 1 + alnum_run(&bytes[i + 1..limit]);
                let joined = end < limit
                    && (bytes[end] >= 0x80
                        || matches!(bytes[end], b'\'' | b'-' | b'.' | b'&' | b'/')
                        || bytes[end] == b',' && digit_group(bytes, end)
                        || lost_letter(bytes, end));
                if joined {
                    end = word_end(text, i, end, limit);
                }
                let mut t = word(text, i..end);
                t.set(JOINED, joined);
                out.push(t);
                i = end;
                continue;
            }
            b'-' if bytes.get(i + 1) == Some(&b'-') => {
                if !introduces_quote(text, out, i + 2, next_quote) {
                    out.push(Token::new(Kind::Dash, i..i + 2));
                }
                i += 2;
                continue;
            }
            _ if b < 0x80 => {
                out.push(Token::new(Kind::Punct(char::from(b)), i..i + 1));
                i += 1;
                continue;
            }
            _ => {}
        }
        let Some(c) = text[i..].chars().next() else {
            break;
        };
        let len = c.len_utf8();
        if is_word_char(c) {
            let end = word_end(text, i, i, limit);
            let mut t = word(text, i..end);
            t.set(JOINED, true);
            out.push(t);
            i = end;
        } else if matches!(c, '—' | '–' | '―') {
            if !introduces_quote(text, out, i + len, next_quote) {
                out.push(Token::new(Kind::Dash, i..i + len));
            }
            i += len;
        } else if c.is_whitespace() || INVISIBLE.contains(&c) {
            i += len;
        } else {
            out.push(Token::new(Kind::Punct(c), i..i + len));
            i += len;
        }
    }
}

/// Whether a dash ending at `end` only joins a colon or comma to the quotation that opens at
/// `next_quote` (`made this reply:--"Q"`, `began:--` ¶ `"Q"`, `said he,--"Q"`): older
/// printing's way of introducing a quote. It adds nothing to the colon or comma, and is
/// left out so the rules see `: "Q"` as they would in any other text.
fn introduces_quote(text: &str, out: &[Token], end: usize, next_quote: usize) -> bool {
    matches!(out.last(), Some(t) if matches!(t.kind, Kind::Punct(':' | ',')))
        && next_quote <= text.len()
        && text[end..next_quote].chars().all(char::is_whitespace)
}

/// How many ASCII letters and digits `bytes` starts with. Eight bytes are tested at a
/// time, since this loop sees nearly every byte of the text.
fn alnum_run(bytes: &[u8]) -> usize {
    let mut n = 0;
    while n + 8 <= bytes.len() {
        let x = load(bytes, n);
        let low7 = x & !HIGH;
        // Setting bit 5 lower-cases letters and leaves digits as they are.
        let alpha = bytes_in(low7 | (ONES * 0x20), b'a', b'z');
        let digit = bytes_in(low7, b'0', b'9');
        let other = !((alpha | digit) & !x) & HIGH;
        if other != 0 {
            return n + (other.trailing_zeros() / 8) as usize;
        }
        n += 8;
    }
    while n < bytes.len() && bytes[n].is_ascii_alphanumeric() {
        n += 1;
    }
    n
}

/// A word token, with its key and lexicon index.
fn word(text: &str, span: Range<usize>) -> Token {
    let key = key_at(text, span.clone());
    let mut lex = crate::lexicon::id_of_key(text, span.clone(), key);
    // `José`, `Tomás`, `Chloé`: a given name written with its accents is the name the
    // table holds without them. (Only for words the lexicon does not know, and only a
    // given name: `Résumé` is not made the verb `resume`.)
    if lex == 0
        && !text.as_bytes()[span.start].is_ascii_lowercase()
        && !text[span.clone()].is_ascii()
    {
        lex = crate::lexicon::accented_given_name(&text[span.clone()]);
    }
    // `Anne-Marie`, `Jean-Pierre`: a compound given name is a given name too.
    if lex == 0
        && text.as_bytes()[span.start].is_ascii_uppercase()
        && text[span.clone()].contains('-')
    {
        lex = crate::lexicon::compound_given_name(&text[span.clone()]);
    }
    // (Most words answer on their first byte, without slicing the text: this runs for
    // every word.)
    let b = text.as_bytes()[span.start];
    let capital = b.is_ascii_uppercase()
        || (matches!(b, b'd' | b'l') || !b.is_ascii()) && capitalized(&text[span.clone()]);
    Token {
        lex,
        key,
        flags: if capital { CAPITAL } else { 0 },
        ..Token::new(Kind::Word, span)
    }
}

/// The lower-case words of a document, and the capitalized ones [`Token::plain`] is
/// decided by: scratch space [`finish`] fills, reused between documents.
#[derive(Debug, Default)]
pub(crate) struct Vocabulary {
    /// Words the lexicon knows, by their index: one bit each, set without hashing (most
    /// running words are such function words, verbs and nouns).
    known: Vec<u64>,
    /// The other words, by key.
    other: KeySet,
    /// Capitalized words inside a sentence that are [`Token::common`], by key: names,
    /// since their place does not capitalize them.
    inner_capitals: KeySet,
    /// Capitalized words that open a sentence and are [`Token::common`], by token index:
    /// [`Token::plain`] unless `inner_capitals` has them.
    openers: Vec<usize>,
}

impl Vocabulary {
    /// Makes room for the words of a document of `tokens` tokens. The bits of known words
    /// are left clear by [`Vocabulary::forget`], so only the other words' table is reset.
    fn reset(&mut self, tokens: usize) {
        self.known.resize(usize::from(u16::MAX) / 64 + 1, 0);
        // Room for a quarter of the tokens: only lower-case words the lexicon does not
        // know go in, each once, and the set grows if a text has more.
        self.other.reset(tokens / 4);
        self.inner_capitals.reset(16);
        self.openers.clear();
    }

    fn insert(&mut self, t: &Token) {
        if t.lex == 0 {
            self.other.insert(t.key);
        } else {
            self.known[usize::from(t.lex / 64)] |= 1 << (t.lex % 64);
        }
    }

    /// Clears the bits of `tokens`' known words: cheaper than clearing the whole bitmap
    /// for a short document.
    fn forget(&mut self, tokens: &[Token]) {
        for t in tokens {
            self.known[usize::from(t.lex / 64)] = 0;
        }
    }

    fn contains(&self, t: &Token) -> bool {
        if t.lex == 0 {
            self.other.contains(t.key)
        } else {
            self.known[usize::from(t.lex / 64)] & 1 << (t.lex % 64) != 0
        }
    }
}

/// Marks, after tokenizing, the tokens that end a sentence, the capitalized words whose
/// lower-case form also occurs in the document ([`Token::common`]) and those of them
/// capitalized only for opening a sentence ([`Token::plain`]). `vocabulary` is scratch
/// space, reused.
pub(crate) fn finish(
    text: &str,
    quotes: &[RawQuote],
    tokens: &mut [Token],
    vocabulary: &mut Vocabulary,
) {
    vocabulary.reset(tokens.len());
    for t in tokens.iter() {
        if t.kind == Kind::Word && text.as_bytes()[t.span.start].is_ascii_lowercase() {
            vocabulary.insert(t);
        }
    }
    let mut para = 0;
    let (mut boilerplate, mut credit) = (false, false);
    // Where the photographer's name of a credit opening the paragraph ends.
    let mut credited_to = 0;
    for i in 0..tokens.len() {
        // A paragraph's lines are read at the break before it (a break belongs to the
        // paragraph it opens, a break that opens the text too), or at the text's first
        // token when no break comes first.
        if i == 0 || tokens[i].kind == Kind::Break {
            let first = if tokens[i].kind == Kind::Break {
                i + 1
            } else {
                i
            };
            boilerplate = crate::boilerplate::is_boilerplate_line(tokens, first, text);
            // Whether the sentence being read is a photo credit; a credit runs to its
            // paragraph's end, and one that is the whole paragraph marks its break too.
            credit = crate::boilerplate::is_credit_sentence(tokens, first, text);
            credited_to = crate::boilerplate::opening_credit_end(tokens, first, text).unwrap_or(0);
            // Marked ahead of the tokens, since [`ends_sentence`] reads the marks at the dash.
            mark_dateline(tokens, first, text);
        } else if !credit && tokens[i - 1].kind != Kind::Break && tokens[i - 1].ends() {
            // A later sentence of the paragraph (its first was read at the break).
            credit = crate::boilerplate::is_credit_sentence(tokens, i, text);
        }
        let ends = ends_sentence(tokens, i, text, quotes);
        let opens = opens_sentence(tokens, i);
        let t = &mut tokens[i];
        if t.kind == Kind::Break {
            para += 1;
        }
        t.para = para;
        t.set(ENDS, ends);
        t.set(BOILERPLATE, boilerplate || credit || i < credited_to);
        if t.kind == Kind::Word
            && t.span.len() > 1
            && text.as_bytes()[t.span.start].is_ascii_uppercase()
        {
            let common = vocabulary.contains(t);
            t.set(COMMON, common);
            // (Only a common word may be plain, so only common ones are kept: most
            // capitalized words inside a sentence are names the text never lowers.)
            if common && !opens {
                vocabulary.inner_capitals.insert(t.key);
            } else if common && open_word(t.info()) {
                vocabulary.openers.push(i);
            }
        }
    }
    for &i in &vocabulary.openers {
        // (A capitalized word after it makes it the first of a name's words: `Bellwether
        // County`, `De Blasio`.)
        let alone = !tokens.get(i + 1).is_some_and(Token::is_capitalized);
        if alone && !vocabulary.inner_capitals.contains(tokens[i].key) {
            tokens[i].set(PLAIN, true);
        }
    }
    vocabulary.forget(tokens);
}

/// Whether a word of this lexicon entry may be capitalized only for opening a sentence,
/// and then be no name ([`Token::plain`]): a word of the open classes the lexicon holds
/// no name for. (Function words and pronouns are never names anyway; given names and
/// nouns that name a character, `Nanny`, may be.)
fn open_word(info: &crate::lexicon::WordInfo) -> bool {
    info.function.is_none()
        && info.pronoun.is_none()
        && info.given.is_none()
        && info.character.is_none()
}

/// Marks the tokens of the dateline or heading that opens the paragraph at `first`, if it
/// has one ([`dateline_end`]): [`ends_sentence`] ends the sentence at the dash or colon
/// after them.
fn mark_dateline(tokens: &mut [Token], first: usize, text: &str) {
    if let Some(end) = dateline_end(tokens, first, text) {
        for t in &mut tokens[first..end] {
            t.set(DATELINE, true);
        }
    }
}

/// The dash or colon that closes a news dateline or a heading in capitals in the paragraph
/// whose first token is `first`:
/// - a dateline opens with a word in capitals, and within a few tokens, before any stop, a
///   dash is followed by a capitalized word or a quotation (`WASHINGTON — Sen. Ruiz
///   said`, `OTTAWA, Aug. 3 (CP) — The minister`);
/// - a heading is two words or more in capitals, then a colon and the same (`ANALYST'S
///   VIEWPOINT: "Q" Ana Ruiz said`, `MARKET WATCH: Rates rose`). One word in capitals
///   before a colon may be a speaker's name (`UN: "Q"`, `RUIZ: "Q"`) and is left alone.
///
/// Either is a unit of its own, like a sentence: its words name a place, a date, an agency
/// or a topic, never the subject of what follows. (`NASA — the agency that flew it — said`
/// has no capital after its dash, and is a subject.)
fn dateline_end(tokens: &[Token], first: usize, text: &str) -> Option<usize> {
    /// How far the dash may be from the first word: a place, a province, a date and an agency.
    const REACH: usize = 9;
    // Most paragraphs open with a word whose second letter is lower case: `has_lower_case`
    // finds it in the first bytes.
    let capitals = |t: &Token| {
        let w = t.text(text);
        t.kind == Kind::Word && w.len() > 1 && t.is_capitalized() && !has_lower_case(w)
    };
    if !capitals(tokens.get(first)?) {
        return None;
    }
    let end = (first + 1..tokens.len().min(first + REACH))
        .take_while(|&k| {
            !matches!(
                tokens[k].kind,
                Kind::Break | Kind::Quote(_) | Kind::Punct('.' | '!' | '?')
            )
        })
        .find(|&k| matches!(tokens[k].kind, Kind::Dash | Kind::Punct('-' | ':')))?;
    let heading = || {
        let words = &tokens[first..end];
        words.len() > 1 && words.iter().all(capitals)
    };
    let closes = match tokens[end].kind {
        Kind::Punct(':') => heading(),
        _ => true,
    };
    let next = tokens.get(end + 1)?;
    (closes && (next.is_capitalized() || next.quote().is_some())).then_some(end)
}

/// Whether `s` has a lower-case letter (the ASCII ones found byte by byte).
pub(crate) fn has_lower_case(s: &str) -> bool {
    s.bytes().any(|b| b.is_ascii_lowercase()) || !s.is_ascii() && s.chars().any(char::is_lowercase)
}

/// Whether token `k` opens a sentence: it is the first, or the token before ends one (a
/// paragraph break always does).
pub(crate) fn opens_sentence(tokens: &[Token], k: usize) -> bool {
    k == 0 || tokens[k - 1].ends()
}

/// Whether the comma at `at` separates digit groups (`40,000`): a digit on both sides. The
/// number is one word, and its comma no clause boundary.
fn digit_group(bytes: &[u8], at: usize) -> bool {
    at > 0 && bytes[at - 1].is_ascii_digit() && bytes.get(at + 1).is_some_and(u8::is_ascii_digit)
}

/// The end of the word starting at `start`, read on from `from`: the caller has already
/// seen that `start..from` is all word characters.
fn word_end(text: &str, start: usize, from: usize, limit: usize) -> usize {
    let mut end = from;
    let mut chars = text[from..limit].char_indices().peekable();
    while let Some((off, c)) = chars.next() {
        let at = from + off;
        if is_word_char(c) {
            end = at + c.len_utf8();
            continue;
        }
        // Inner joiners: don't, Russian-U.S., U.S.A, AT&T, 3.5
        let joins = matches!(c, '\'' | '’' | '-' | '.' | '&' | '/')
            && chars.peek().is_some_and(|&(_, n)| is_word_char(n))
            || c == ',' && digit_group(text.as_bytes(), at)
            || lost_letter(text.as_bytes(), at);
        if joins {
            end = at + c.len_utf8();
            continue;
        }
        // `the Grocers' Union`, `Gates’ aides`: an apostrophe after a plural `s` is its
        // possessive, as `'s` is (`Cole's`), so the word keeps it. (A quotation's closing
        // mark never reaches here: the scanner's quotations are tokens of their own.)
        if matches!(c, '\'' | '’') && text[start..end].ends_with(['s', 'S']) {
            end = at + c.len_utf8();
            break;
        }
        // The period of an abbreviation or initialism belongs to it: Mr. U.S. J.
        if c == '.' {
            let word = &text[start..end];
            // (Not a decimal number, `3.5` or `2.6bn`: its period ends the sentence.)
            let initialism = word.contains('.')
                && !word.ends_with('.')
                && !word.starts_with(|c: char| c.is_ascii_digit());
            // `I.` is the pronoun ending a sentence (`said I. "Come"`) unless a name goes on
            // after it (`Ana I. Ruiz`, `I. M. Pei`).
            let pronoun_i = word == "I"
                && !text[at + 1..limit]
                    .trim_start_matches([' ', '\t'])
                    .starts_with(char::is_uppercase);
            let initial =
                word.chars().count() == 1 && word.chars().all(char::is_uppercase) && !pronoun_i;
            if initialism || initial || is_abbreviation(word) {
                end = at + 1;
                // U.S.-Russia: a hyphen after the initialism joins on.
                let rest = &text[end..limit];
                if rest.starts_with('-') && rest[1..].starts_with(is_word_char) {
                    return word_end(text, end + 1, end + 1, limit);
                }
            }
        }
        break;
    }
    end
}

/// The dashes a quotation may trail off with after its final stop.
const DASHES: [char; 3] = ['-', '—', '–'];

/// Whether quotation `q`'s words end their sentence: in `.`, `!`, `?` or `…`, before any
/// trailing space or dash (`"... what to do.--" Emma frowned.`: a dash after the final
/// stop trails off, and the sentence has ended).
fn finished(text: &str, q: &RawQuote) -> bool {
    text[q.content.clone()]
        .trim_end_matches(|c: char| c.is_whitespace() || DASHES.contains(&c))
        .ends_with(['.', '!', '?', '…'])
}

/// Whether the token at `i` ends a sentence; [`finish`] stores it in [`Token::ends`].
fn ends_sentence(tokens: &[Token], i: usize, text: &str, quotes: &[RawQuote]) -> bool {
    let next = tokens.get(i + 1);
    // Read only for the few tokens that may end a sentence.
    let next_starts = || match next {
        None => true,
        Some(t) => match t.kind {
            Kind::Break | Kind::Quote(_) => true,
            Kind::Word => t
                .text(text)
                .chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c.is_numeric()),
            Kind::Punct(c) => matches!(c, '(' | '['),
            Kind::Dash => false,
        },
    };
    match tokens[i].kind {
        Kind::Break => true,
        Kind::Punct('.' | '!' | '?' | '…') => next_starts(),
        Kind::Quote(q) => finished(text, &quotes[q as usize]) && next_starts(),
        // The dash after a dateline, the colon after a heading.
        Kind::Punct('-' | ':') => i > 0 && tokens[i - 1].in_dateline(),
        // `"... get over it."--Even Mr. Hale shook his head`: a dash between a quotation
        // that ends its sentence and a capital ends it too; the narration after it is a
        // sentence of its own.
        Kind::Dash => {
            i > 0
                && (tokens[i - 1].in_dateline()
                    || matches!(tokens[i - 1].kind,
                        Kind::Quote(q) if finished(text, &quotes[q as usize]))
                        && matches!(next, Some(t) if t.kind == Kind::Word)
                        && next_starts())
        }
        // A word that swallowed an abbreviation's period ends a sentence only before a
        // paragraph break or the end; an initial, an initialism or another abbreviation
        // also before a quotation that opens with a capital (`wrote one rider on X. "Great
        // start."`, `by 3 p.m. "We know ..."`, `in Gananoque, Ont. "My phone ..."`). Not a
        // title's abbreviation, which may stand before a nickname (`Gen. "Mad Dog"
        // Mattis`).
        // (Most words end in a letter: only a break or the end ends their sentence, and one
        // look at the last byte settles them.)
        Kind::Word if text.as_bytes()[tokens[i].span.end - 1] != b'.' => {
            matches!(next.map(|t| t.kind), None | Some(Kind::Break))
        }
        Kind::Word => match next.map(|t| t.kind) {
            None | Some(Kind::Break) => true,
            Some(Kind::Quote(q)) => {
                let word = tokens[i].text(text);
                let stem = word.strip_suffix('.').unwrap_or(word);
                let initial = stem.len() == 1 || stem.contains('.');
                // `in Gananoque, Ont. "My phone ..."`: a place's abbreviation ends it too.
                let title = || {
                    let info = crate::lexicon::lookup(stem);
                    info.title || info.honorific.is_some()
                };
                word.ends_with('.')
                    && (initial || !title())
                    && text[quotes[q as usize].content.clone()].starts_with(char::is_uppercase)
            }
            // `shortly before 4 p.m. Deliberations resume ...`: after the hour, a sentence
            // that goes on has a day, a month or a zone (`4 p.m. Friday`, `p.m. ET`); any
            // other capital opens the next one.
            Some(Kind::Word) => {
                clock_suffix(tokens[i].text(text))
                    && next.is_some_and(|n| opens_after_clock(n.text(text)))
            }
            _ => false,
        },
        _ => false,
    }
}

/// Whether `word` is `a.m.` or `p.m.`, in either case.
fn clock_suffix(word: &str) -> bool {
    ["a.m.", "p.m."]
        .iter()
        .any(|c| c.eq_ignore_ascii_case(word))
}

/// Whether `word`, after `a.m.` or `p.m.`, opens a new sentence: a capitalized word that
/// is no day, month, time zone (`ET`, `GMT`: two capitals or more; `I` and `A` open
/// sentences) or zone name.
fn opens_after_clock(word: &str) -> bool {
    let zone = word.trim_end_matches('.');
    let abbreviated_zone = zone.len() > 1 && zone.chars().all(|c| c.is_uppercase());
    word.starts_with(|c: char| c.is_uppercase())
        && !crate::lexicon::is_day(word)
        && !crate::lexicon::is_month(word)
        && !abbreviated_zone
        && !ZONE_NAMES.contains(&zone)
}

/// Names of time zones that follow an hour: `4 p.m. Eastern`, `noon Pacific time`.
const ZONE_NAMES: &[&str] = &[
    "Eastern",
    "Central",
    "Mountain",
    "Pacific",
    "Atlantic",
    "Newfoundland",
    "Alaska",
    "Hawaii",
    "Greenwich",
];

/// Whether word `w` starts with a capital letter, or with an elided particle before one
/// ([`elided_capital`]): what [`Token::is_capitalized`] tells of a word token, and the
/// mention readers of a word they hold as text.
#[inline]
pub(crate) fn capitalized(w: &str) -> bool {
    // Most words are ASCII: their first byte answers without decoding a char.
    match w.as_bytes().first() {
        Some(&b) if b.is_ascii() => {
            b.is_ascii_uppercase() || matches!(b, b'd' | b'l') && elided_capital(w)
        }
        _ => w.chars().next().is_some_and(char::is_uppercase),
    }
}

/// `d'Entremont`, `d’Alembert`, `l'Heureux`: a surname that opens with an elided
/// particle in lower case, capitalized after the apostrophe, is a capitalized word.
pub(crate) fn elided_capital(w: &str) -> bool {
    let b = w.as_bytes();
    // Most words fail on their first two bytes.
    if b.len() < 3 || !matches!(b[0], b'd' | b'l') || !matches!(b[1], b'\'' | 0xE2) {
        return false;
    }
    w[1..]
        .strip_prefix('\'')
        .or_else(|| w[1..].strip_prefix('’'))
        .is_some_and(|rest| rest.starts_with(char::is_uppercase))
}

/// The quotations and finished tokens of `text`, read as news: what unit tests of the
/// token-reading modules start from.
#[cfg(test)]
pub(crate) fn analyze(text: &str) -> (Vec<RawQuote>, Vec<Token>) {
    let quotes = crate::scan::scan(text, Layout::LinePerParagraph);
    let mut tokens = Vec::new();
    tokenize(
        text,
        0..text.len(),
        &quotes,
        Layout::LinePerParagraph,
        &mut tokens,
    );
    finish(text, &quotes, &mut tokens, &mut Vocabulary::default());
    (quotes, tokens)
}

#[cfg(test)]
mod tests {

    #[test]
    fn an_elided_particle_before_a_capital_is_capitalized() {
        for w in ["d'Entremont", "d’Alembert", "l'Heureux"] {
            assert!(elided_capital(w), "{w}");
        }
        for w in ["don't", "d'", "l'amour", "dead", "D'Arcy"] {
            assert!(!elided_capital(w), "{w}");
        }
    }
    use super::*;

    /// The quotations and tokens of `text`, read as news (a paragraph per line).
    fn tokens_of(text: &str) -> (Vec<RawQuote>, Vec<Token>) {
        analyze(text)
    }

    fn words(text: &str) -> Vec<&str> {
        tokens_of(text).1.iter().map(|t| t.text(text)).collect()
    }

    #[test]
    fn a_token_stays_small() {
        // Every word of a document is a token: a bigger one costs memory on long texts.
        assert!(std::mem::size_of::<Token>() <= 40);
    }

    #[test]
    fn flags_are_read_back_as_set() {
        let text = "Meanwhile Ortiz left. It rained, meanwhile.";
        let (_, tokens) = tokens_of(text);
        let first = &tokens[0];
        assert!(first.common(), "{first:?}");
        assert!(!first.ends() && !first.boilerplate(), "{first:?}");
        let stop = tokens.iter().position(|t| t.is_punct('.')).unwrap();
        assert!(tokens[stop].ends() && !tokens[stop].common());
        // `It` opens a sentence, `rained` does not; nor does `Ortiz`, inside one.
        assert!(opens_sentence(&tokens, 0) && opens_sentence(&tokens, stop + 1));
        assert!(!opens_sentence(&tokens, stop + 2) && !opens_sentence(&tokens, 1));
        // After a paragraph break, whatever closed the paragraph before.
        let text = "Meanwhile Ortiz left\n\nthen came back";
        let (_, tokens) = tokens_of(text);
        let then = tokens.iter().position(|t| t.text(text) == "then").unwrap();
        assert!(opens_sentence(&tokens, then) && !opens_sentence(&tokens, then + 1));
    }

    #[test]
    fn a_word_capitalized_only_for_opening_a_sentence_is_plain() {
        let plain = |text: &str, word: &str| {
            let (_, tokens) = tokens_of(text);
            let t = tokens.iter().find(|t| t.text(text) == word).unwrap();
            t.plain()
        };
        // Written in lower case elsewhere, never capitalized inside a sentence.
        assert!(plain(
            "It was very late. Very soon the doctor came.",
            "Very"
        ));
        assert!(plain(
            "The lane was quite still. Quite a crowd came.",
            "Quite"
        ));
        // Not where the text also capitalizes it inside a sentence: a name.
        assert!(!plain(
            "The hatch was shut. Hatch left. We saw Hatch.",
            "Hatch"
        ));
        // Not a word the document never writes in lower case.
        assert!(!plain("It was late. Ortolan left.", "Ortolan"));
        // Not the first word of a longer name, nor a given name or a character's noun.
        assert!(!plain("He was bold. Bold Street was shut.", "Bold"));
        assert!(!plain("She rose at six. Rose left.", "Rose"));
        assert!(!plain("Ask the nanny. Nanny came in.", "Nanny"));
        // Nor a function word, a name or not anyway.
        assert!(!plain("We went in. In the hall it was dark.", "In"));
    }

    #[test]
    fn a_reused_vocabulary_forgets_the_document_before() {
        let mut vocabulary = Vocabulary::default();
        let mut read = |text: &str| {
            let quotes = crate::scan::scan(text, Layout::LinePerParagraph);
            let mut tokens = Vec::new();
            let layout = Layout::LinePerParagraph;
            tokenize(text, 0..text.len(), &quotes, layout, &mut tokens);
            finish(text, &quotes, &mut tokens, &mut vocabulary);
            tokens[0].common()
        };
        // `meanwhile` is a lexicon word, `ortolan` is not: both kinds are forgotten.
        assert!(read("Meanwhile it rained, meanwhile."));
        assert!(read("Ortolan was served, the ortolan."));
        assert!(!read("Meanwhile Ortiz left."));
        assert!(!read("Ortolan Ruiz left."));
    }

    #[test]
    fn alnum_run_agrees_with_the_byte_test_on_every_byte() {
        for b in 0..=255u8 {
            for at in 0..10 {
                let mut bytes = vec![b'a'; 12];
                bytes[at] = b;
                let expected = if b.is_ascii_alphanumeric() { 12 } else { at };
                assert_eq!(alnum_run(&bytes), expected, "byte {b:#x} at {at}");
            }
        }
        assert_eq!(alnum_run(b""), 0);
        assert_eq!(alnum_run(b"Zz09"), 4);
    }

    #[test]
    fn every_abbreviation_is_found_by_its_length_bound() {
        assert!(ABBREVIATIONS.iter().all(|a| a.len() <= MAX_ABBREVIATION));
        assert!(ABBREVIATIONS.iter().all(|a| is_abbreviation(a)));
        assert!(!is_abbreviation("said") && !is_abbreviation("Messrsx"));
        assert_eq!(
            words("Gov. Ames and Prof. Lee spoke."),
            ["Gov.", "Ames", "and", "Prof.", "Lee", "spoke", "."]
        );
    }

    #[test]
    fn a_letter_lost_in_decoding_stays_inside_its_word() {
        // A `?` or a replacement character where an accented letter was: one word.
        assert_eq!(
            words("Th?r?se saw the fa\u{FFFD}ade. Ren\u{FFFD}e?"),
            [
                "Th?r?se",
                "saw",
                "the",
                "fa\u{FFFD}ade",
                ".",
                "Ren\u{FFFD}e",
                "?"
            ]
        );
        // A question mark before a space or a capital, or at the end, is one.
        assert_eq!(
            words("Why? Because. Why?Not. Why?"),
            ["Why", "?", "Because", ".", "Why", "?", "Not", ".", "Why", "?"]
        );
    }

    #[test]
    fn words_keep_inner_punctuation() {
        assert_eq!(
            words("Mr. Bush's U.S.-Russia talks don't end -- President-elect J. Smith."),
            [
                "Mr.",
                "Bush's",
                "U.S.-Russia",
                "talks",
                "don't",
                "end",
                "--",
                "President-elect",
                "J.",
                "Smith",
                "."
            ]
        );
    }

    #[test]
    fn a_number_s_comma_is_inside_it() {
        // Between digits a comma groups them; before a space it ends a clause.
        assert_eq!(
            words("Of 40,000 adults, 1,200 fell, 30, 40."),
            ["Of", "40,000", "adults", ",", "1,200", "fell", ",", "30", ",", "40", "."]
        );
    }

    #[test]
    fn a_plural_possessive_keeps_its_apostrophe() {
        // As `Bush's` keeps its `'s`; an apostrophe after any other letter stands alone.
        assert_eq!(
            words("The Grocers' Union and the players’ fund were goin' home."),
            [
                "The",
                "Grocers'",
                "Union",
                "and",
                "the",
                "players’",
                "fund",
                "were",
                "goin",
                "'",
                "home",
                "."
            ]
        );
    }

    #[test]
    fn the_pronoun_i_before_a_stop_is_no_initial() {
        assert_eq!(words("So said I."), ["So", "said", "I", "."]);
        assert_eq!(
            words("Ana I. Ruiz and I. M. Pei"),
            ["Ana", "I.", "Ruiz", "and", "I.", "M.", "Pei"]
        );
        assert_eq!(words("Ana J. Ruiz"), ["Ana", "J.", "Ruiz"]);
    }

    #[test]
    fn a_decimal_number_leaves_the_sentence_s_period_alone() {
        // `U.S.` keeps its period; `3.5` and `2.6bn` are numbers, and the period after
        // them ends the sentence.
        assert_eq!(
            words("It fell to 2.6bn. Rates rose 3.5. The U.S. Senate met."),
            [
                "It", "fell", "to", "2.6bn", ".", "Rates", "rose", "3.5", ".", "The", "U.S.",
                "Senate", "met", "."
            ]
        );
    }

    #[test]
    fn a_dateline_ends_at_its_dash() {
        let ends = |text: &str| {
            let (_, toks) = tokens_of(text);
            (0..toks.len())
                .filter(|&i| toks[i].ends())
                .map(|i| toks[i].text(text).to_string())
                .collect::<Vec<_>>()
        };
        assert_eq!(ends("OTTAWA, Aug. 3 (CP) — The minister left."), ["—", "."]);
        assert_eq!(ends("PARIS - Ruiz left."), ["-", "."]);
        // Not after a word with lower-case letters, nor before a lower-case word.
        assert_eq!(ends("Paris — Ruiz left."), ["."]);
        assert_eq!(ends("NASA — the agency — said no."), ["."]);
        // A heading of two words in capitals ends at its colon; one word may be a name.
        assert_eq!(ends("MARKET WATCH: Rates rose."), [":", "."]);
        assert_eq!(ends("RUIZ: Rates rose."), ["."]);
        assert_eq!(ends("11:40 am — Police left."), ["."]);
        // Every token before the dash is in the dateline, none after it.
        let text = "Ruiz spoke.\n\nOTTAWA, Aug. 3 (CP) — The minister left.";
        let (_, toks) = tokens_of(text);
        let inside: Vec<&str> = toks
            .iter()
            .filter(|t| t.in_dateline())
            .map(|t| t.text(text))
            .collect();
        assert_eq!(inside, ["OTTAWA", ",", "Aug.", "3", "(", "CP", ")"]);
    }

    #[test]
    fn a_quotation_is_one_token() {
        let text = "\"We will win, and soon,\" she said.";
        let (_, toks) = tokens_of(text);
        assert_eq!(toks[0].quote(), Some(0));
        assert_eq!(toks[0].text(text), "\"We will win, and soon,\"");
        assert_eq!(toks.len(), 4);
    }

    #[test]
    fn invisible_characters_separate_like_spaces() {
        assert_eq!(
            words("Ana Ruiz\u{200b} said it\u{feff} rained."),
            ["Ana", "Ruiz", "said", "it", "rained", "."]
        );
    }

    #[test]
    fn paragraph_breaks_are_tokens() {
        assert_eq!(words("One.\n\nTwo."), ["One", ".", "\n", "Two", "."]);
    }

    #[test]
    fn sentence_ends() {
        let text = "Mr. Smith left. He came back. \"Fine.\" The end";
        let (_, toks) = tokens_of(text);
        let ends: Vec<&str> = (0..toks.len())
            .filter(|&i| toks[i].ends())
            .map(|i| toks[i].text(text))
            .collect();
        assert_eq!(ends, [".", ".", "\"Fine.\"", "end"]);
    }

    #[test]
    fn a_quote_trailing_off_after_its_stop_ends_the_sentence() {
        let ends = |text: &str| {
            let (_, toks) = tokens_of(text);
            toks.iter().filter(|t| t.ends()).count()
        };
        // The stop before the dash ends it; a dash alone breaks off mid-sentence.
        assert_eq!(ends("\"She did not know what to do.--\" Emma frowned."), 2);
        assert_eq!(
            ends("\"She did not know what to do.\u{2014}\" Emma frowned."),
            2
        );
        assert_eq!(ends("\"She did not know what--\" Emma frowned."), 1);
    }

    /// The tokens of `text` that end a sentence.
    fn ends(text: &str) -> Vec<&str> {
        let (_, toks) = tokens_of(text);
        let t = toks.iter().filter(|t| t.ends()).map(|t| t.text(text));
        t.collect()
    }

    #[test]
    fn an_initial_before_a_capitalized_quotation_ends_the_sentence() {
        assert_eq!(
            ends("It was fixed by 3 p.m. \"Good,\" he said."),
            ["p.m.", "."]
        );
        // Not a title before a nickname, nor an initial before a quotation in lower case.
        assert_eq!(ends("Gen. \"Mad Dog\" Mattis spoke."), ["."]);
        assert_eq!(ends("It ran past 3 p.m. \"for once\" on Friday."), ["."]);
    }

    #[test]
    fn the_hour_before_a_capital_ends_the_sentence_unless_a_day_month_or_zone_follows() {
        assert_eq!(
            ends("The jury left at 4 p.m. Deliberations resume today."),
            ["p.m.", "."]
        );
        assert_eq!(ends("We met at 9 a.m. I was late."), ["a.m.", "."]);
        assert_eq!(
            ends("Polls close at 8 P.M. Voters may queue."),
            ["P.M.", "."]
        );
        for goes_on in [
            "It opens at 9 a.m. Monday in the hall.",
            "It opens at 9 a.m. Sept. 3 in the hall.",
            "It opens at 9 a.m. ET in the hall.",
            "It opens at 9 a.m. Eastern in the hall.",
            "It opens at 9 a.m. and shuts at noon.",
        ] {
            assert_eq!(ends(goes_on), ["."], "{goes_on}");
        }
    }
}

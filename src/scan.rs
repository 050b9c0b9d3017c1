//! The quotation-mark scanner: one pass over the bytes that finds every quoted span.
//!
//! It keeps a stack of open marks. A mark of a family already open closes it; straight
//! marks (`"`, `'`) open or close by the characters around them; apostrophes are told from
//! single quotes by the same context. Only outermost quotations are reported: a quotation
//! inside another is part of it. A paragraph that ends inside a quotation continues it only
//! if the next paragraph reopens with a mark of the same family (the news convention for
//! quotes that run over several paragraphs); otherwise the open marks were stray and are
//! dropped, and any quotation they seemed to contain is reported on its own. A mark that
//! opened its paragraph, a turn of dialogue, is the exception: the writer left it open, and
//! it runs to the paragraph's end, or, in a book, past a set-off verse to the closing mark
//! that takes the turn up again.

use std::ops::Range;

use crate::layout::Layout;
use crate::marks::{self, Family, Role, ELISIONS};

/// Deepest nesting of open marks the scanner keeps.
const MAX_DEPTH: usize = 16;

/// Farthest, in bytes, from a turn left open to the closing mark that takes it up again
/// ([`Scanner::resume_turn`]): past a verse or another short set-off block.
const MAX_RESUME: usize = 2000;

/// Spaces before a line that set it off from a book's paragraphs: a verse, a heading, a
/// letter's signature.
const SET_OFF_INDENT: usize = 4;

/// How far past a possible plural possessive the scanner looks for a closing mark.
const POSSESSIVE_LOOKAHEAD: usize = 300;

/// A quoted span as the scanner found it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct RawQuote {
    /// The opening mark.
    pub open: Range<usize>,
    /// The closing mark.
    pub close: Range<usize>,
    /// What is between the marks, without surrounding whitespace. Never empty.
    pub content: Range<usize>,
    /// The family of the marks.
    pub family: Family,
    /// How many paragraph breaks the quotation runs over.
    pub breaks: u32,
}

/// Finds the next byte the scanner must look at, with SIMD searches instead of a byte
/// loop. Marks are found by two searches: the common lead bytes (`"`, `'`, and `E2` of the
/// curly marks) and the rare ones (`C2` of `«»`, `E3` of `「」`) plus newlines. The position
/// each search last found is kept until the scan passes it, so every byte is searched a
/// bounded number of times however the hits interleave.
struct Candidates<'b> {
    bytes: &'b [u8],
    /// Next `"`, `'` or `E2` at or after the last query (`bytes.len()` if none).
    common: usize,
    /// Next `C2`, `E3` or newline at or after the last query.
    rare: usize,
    /// Next `C2` or `E3` at or after the last query, for when newlines do not matter.
    rare_marks: usize,
    /// Next backtick at or after the last query, searched only in a text that opens a
    /// quotation with two of them (``` ``so'' ```), which most never do.
    ticks: Option<usize>,
}

impl<'b> Candidates<'b> {
    fn new(bytes: &'b [u8]) -> Self {
        let end = |k: Option<usize>| k.unwrap_or(bytes.len());
        Candidates {
            bytes,
            common: end(memchr::memchr3(b'"', b'\'', 0xE2, bytes)),
            rare: end(memchr::memchr3(0xC2, 0xE3, b'\n', bytes)),
            rare_marks: end(memchr::memchr2(0xC2, 0xE3, bytes)),
            ticks: memchr::memmem::find(bytes, b"``"),
        }
    }

    /// Refreshes a cached hit that lies before `i`.
    fn refresh(cached: &mut usize, i: usize, bytes: &[u8], find: impl Fn(&[u8]) -> Option<usize>) {
        if *cached < i {
            *cached = find(&bytes[i..]).map_or(bytes.len(), |k| i + k);
        }
    }

    /// The first candidate byte at or after `i`; newlines count only when `newlines`.
    fn from(&mut self, i: usize, newlines: bool) -> usize {
        if i >= self.bytes.len() {
            return self.bytes.len();
        }
        let bytes = self.bytes;
        Self::refresh(&mut self.common, i, bytes, |h| {
            memchr::memchr3(b'"', b'\'', 0xE2, h)
        });
        if let Some(ticks) = &mut self.ticks {
            Self::refresh(ticks, i, bytes, |h| memchr::memchr(b'`', h));
            self.common = self.common.min(*ticks);
        }
        if newlines {
            Self::refresh(&mut self.rare, i, bytes, |h| {
                memchr::memchr3(0xC2, 0xE3, b'\n', h)
            });
            self.common.min(self.rare)
        } else {
            Self::refresh(&mut self.rare_marks, i, bytes, |h| {
                memchr::memchr2(0xC2, 0xE3, h)
            });
            self.common.min(self.rare_marks)
        }
    }
}

/// An open mark waiting for its close.
#[derive(Debug, Clone)]
struct Open {
    mark: Range<usize>,
    family: Family,
    /// The opening character, for pairs such as `„ “` whose closer depends on the opener.
    ch: char,
    breaks: u32,
    /// Length of the scanner's `pending` list when this mark opened: quotations closed
    /// inside it come after this point.
    pending_at: usize,
    /// Whether the mark opens its paragraph with nothing else open: a dialogue turn, which
    /// the writer may leave open before a verse the speaker goes on to recite.
    opens_paragraph: bool,
    /// The first straight double mark read as opening a quotation inside this one, when
    /// it might have closed it instead: see [`Scanner::close_at_inner_opener`].
    inner_opener: Option<Range<usize>>,
}

/// Finds every outermost quotation in `text`, in order, never overlapping.
pub(crate) fn scan(text: &str, layout: Layout) -> Vec<RawQuote> {
    Scanner {
        text,
        layout,
        stack: Vec::new(),
        pending: Vec::new(),
        out: Vec::new(),
        resume: None,
    }
    .run()
}

struct Scanner<'t> {
    text: &'t str,
    layout: Layout,
    stack: Vec<Open>,
    /// Quotations closed inside a mark that is still open: reported only if that mark
    /// turns out to be stray.
    pending: Vec<RawQuote>,
    out: Vec<RawQuote>,
    /// After a turn left open at its paragraph's end ([`Scanner::end_open_turn`]): where
    /// the next paragraph starts, the turn's family, and the turn's index in `out`. A
    /// closing mark of that family, with none opened since, ends the turn after all.
    resume: Option<(usize, Family, usize)>,
}

/// What the context says a mark is doing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Action {
    Open,
    /// Open a quotation inside the one open at this stack index, with a straight mark
    /// that might have closed it ([`Scanner::decide`]).
    OpenInside(usize),
    /// Close the open mark at this stack index.
    Close(usize),
    Ignore,
}

impl<'t> Scanner<'t> {
    fn run(mut self) -> Vec<RawQuote> {
        let bytes = self.text.as_bytes();
        let mut next = Candidates::new(bytes);
        let mut i = 0;
        while i < bytes.len() {
            // Jump to the next byte that can matter: a mark's lead byte, or a newline while
            // a mark is open. Everything between is skipped at memchr speed.
            i = next.from(i, !self.stack.is_empty());
            let Some(&b) = bytes.get(i) else { break };
            if b == b'\n' {
                if self.stack.is_empty() {
                    i += 1;
                    continue;
                }
                match self.layout.paragraph_break(bytes, i) {
                    Some(next) => i = self.paragraph_end(next),
                    None => i += 1,
                }
                continue;
            }
            if !marks::is_mark_lead_byte(b) {
                i += 1;
                continue;
            }
            let Some(c) = self.text[i..].chars().next() else {
                break;
            };
            let len = c.len_utf8();
            let Some(mark) = marks::lookup(c).or_else(|| marks::ticks(&bytes[i..])) else {
                i += len;
                continue;
            };
            // Two apostrophes stand for a double quotation mark in some newspapers, and two
            // backticks open one in typewriter and TeX style.
            let (family, role, len) = if c == '\'' && bytes.get(i + 1) == Some(&b'\'') {
                (Family::Double, Role::Either, 2)
            } else if c == '`' {
                (mark.family, mark.role, 2)
            } else {
                (mark.family, mark.role, len)
            };
            let action = self.decide(i, i + len, c, family, role);
            if self.resume.is_some_and(|(_, f, _)| f == family) {
                if action == Action::Ignore && self.stack.is_empty() {
                    self.resume_turn(i..i + len);
                }
                self.resume = None;
            }
            match action {
                // Deeper nesting is not writing but noise; ignoring it keeps every
                // stack search short on hostile input.
                Action::Open | Action::OpenInside(_) if self.stack.len() >= MAX_DEPTH => {}
                Action::Open | Action::OpenInside(_) => {
                    if let Action::OpenInside(k) = action {
                        self.stack[k].inner_opener.get_or_insert(i..i + len);
                    }
                    // (Asked of the bottom mark only: no other is read as a turn.)
                    let opens_paragraph = self.stack.is_empty() && self.opens_paragraph(i);
                    self.stack.push(Open {
                        mark: i..i + len,
                        family,
                        ch: c,
                        breaks: 0,
                        pending_at: self.pending.len(),
                        opens_paragraph,
                        inner_opener: None,
                    })
                }
                Action::Close(k) => self.close(k, i..i + len),
                Action::Ignore => {}
            }
            i += len;
        }
        let end = self.text.len();
        self.close_at_inner_opener();
        self.end_open_turn(end);
        self.drop_open();
        self.out
    }

    /// The character before byte `at`, if any.
    fn prev_char(&self, at: usize) -> Option<char> {
        self.text[..at].chars().next_back()
    }

    /// The character at byte `at`, if any.
    fn next_char(&self, at: usize) -> Option<char> {
        self.text[at..].chars().next()
    }

    /// The innermost open mark of `family`.
    fn open_of(&self, family: Family) -> Option<usize> {
        self.stack.iter().rposition(|o| o.family == family)
    }

    fn decide(&self, start: usize, end: usize, c: char, family: Family, role: Role) -> Action {
        let prev = self.prev_char(start);
        let next = self.next_char(end);
        // Room to open: nothing but space or opening punctuation before, a word after.
        let can_open = prev.map_or(true, |p| p.is_whitespace() || marks::opens_after(p))
            && next.is_some_and(|n| !n.is_whitespace());
        // Room to close: something before, and no word glued on after.
        let can_close =
            prev.is_some_and(|p| !p.is_whitespace()) && next.map_or(true, |n| !n.is_alphanumeric());
        let open = self.open_of(family);

        if family == Family::Single {
            return self.decide_single(start, end, c, prev, next, can_open, can_close);
        }
        match role {
            Role::Either => match open {
                // `"I knew it would be "no" all along."`: a straight mark after a space and
                // before a word opens; a closing mark is glued to the words it closes. So
                // it opens a quotation inside the open one, unless that one is still open
                // when its paragraph ends ([`Self::close_at_inner_opener`]).
                Some(k) if can_open && !can_close => Action::OpenInside(k),
                Some(k) => Action::Close(k),
                // A straight mark glued after a word and before a space closes nothing
                // that is open: an inch sign, or the end of a quote whose opening we lost.
                None if can_close && !can_open => Action::Ignore,
                None if next.is_none() => Action::Ignore,
                None => Action::Open,
            },
            Role::Open => match open {
                // `„ … “`: the German closing mark is the English opening one.
                Some(k) if c == '“' && self.stack[k].ch == '„' => Action::Close(k),
                // `“Hello,“ he said`: an opening mark typed where the closing one belongs.
                Some(k) if can_close && !can_open => Action::Close(k),
                _ if next.is_none() => Action::Ignore,
                _ => Action::Open,
            },
            Role::Close => match open {
                Some(k) => Action::Close(k),
                // `»Hallo«` and `”Hej”`: a closing mark used to open.
                None if can_open && !can_close => Action::Open,
                None => Action::Ignore,
            },
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn decide_single(
        &self,
        start: usize,
        end: usize,
        c: char,
        prev: Option<char>,
        next: Option<char>,
        can_open: bool,
        can_close: bool,
    ) -> Action {
        // don't, it’s, O'Brien: a mark between two letters is an apostrophe.
        if prev.is_some_and(char::is_alphanumeric) && next.is_some_and(char::is_alphanumeric) {
            return Action::Ignore;
        }
        if let Some(k) = self.open_of(Family::Single) {
            let opener = self.stack[k].ch;
            // ‚…‘ pairs close with the English opening mark.
            if c == '‘' && opener == '‚' {
                return Action::Close(k);
            }
            if c != '‘'
                && c != '‚'
                && can_close
                && !self.is_plural_possessive(end, prev)
                && !self.ends_elided_letter(start)
            {
                return Action::Close(k);
            }
        }
        if c == '’' || !can_open || self.is_elision(end) {
            return Action::Ignore;
        }
        let _ = start;
        Action::Open
    }

    /// `the players' money`: an apostrophe after a plural `s` followed by a lower-case word
    /// is a possessive, even inside a single-quoted quotation, when a closing mark follows
    /// soon in the same paragraph (`'yes' twice` has none, so that one closes).
    fn is_plural_possessive(&self, end: usize, prev: Option<char>) -> bool {
        let mut rest = self.text[end..].chars();
        if !(prev == Some('s')
            && rest.next() == Some(' ')
            && rest.next().is_some_and(char::is_lowercase))
        {
            return false;
        }
        // Bounded, so the scan stays linear whatever the input.
        let window = &self.text.as_bytes()[end..(end + POSSESSIVE_LOOKAHEAD).min(self.text.len())];
        let mut prev_byte = b' ';
        for (j, &b) in window.iter().enumerate() {
            if b == b'\n' {
                return false;
            }
            let closes = (b == b'\'' || window[j..].starts_with("’".as_bytes()))
                && !prev_byte.is_ascii_whitespace()
                && window
                    .get(j + if b == b'\'' { 1 } else { 3 })
                    .map_or(true, |n| !n.is_ascii_alphanumeric());
            if closes {
                return true;
            }
            prev_byte = b;
        }
        false
    }

    /// Whether the word after an apostrophe at `end` is a shortened one: `'90s`, `'em`,
    /// `rock 'n' roll`.
    fn is_elision(&self, end: usize) -> bool {
        let rest = &self.text[end..];
        if rest.starts_with(|c: char| c.is_ascii_digit()) {
            return true;
        }
        let word_len = rest
            .find(|c: char| !c.is_alphabetic())
            .unwrap_or(rest.len());
        let word = &rest[..word_len];
        // A one-letter word followed by an apostrophe ('n') is shortened on both sides;
        // not when a letter follows that apostrophe: `'I'm leaving,'` opens a quotation
        // with a contraction.
        let mut tail = rest[word_len..].chars();
        let after = tail.next();
        if word.len() == 1
            && matches!(after, Some('\'' | '’'))
            && !tail.next().is_some_and(char::is_alphabetic)
        {
            return true;
        }
        ELISIONS.iter().any(|e| e.eq_ignore_ascii_case(word))
            && !matches!(after, Some('\'' | '’') if word.len() > 1)
    }

    /// Whether the mark at byte `start` ends a one-letter word shortened on both sides
    /// (`rock ’n’ roll` inside a quotation): a space, an apostrophe, one letter, then this
    /// mark. Only the four bytes before are read.
    fn ends_elided_letter(&self, start: usize) -> bool {
        let mut before = self.text[..start].chars().rev();
        before.next().is_some_and(char::is_alphabetic)
            && before.next().is_some_and(|c| matches!(c, '\'' | '’'))
            && before.next().map_or(true, char::is_whitespace)
    }

    /// Closes the open mark at stack index `k` with the mark at `close`.
    fn close(&mut self, k: usize, close: Range<usize>) {
        // Marks opened after it and never closed were stray; what they held is inside `k`.
        self.stack.truncate(k + 1);
        let open = self.stack.pop().expect("k is a stack index");
        let content = trim(self.text, open.mark.end..close.start);
        // Whatever closed inside this quotation belongs to it.
        self.pending.truncate(open.pending_at);
        if content.is_empty() {
            return;
        }
        let quote = RawQuote {
            open: open.mark,
            close,
            content,
            family: open.family,
            breaks: open.breaks,
        };
        if self.stack.is_empty() {
            self.out.push(quote);
        } else {
            self.pending.push(quote);
        }
    }

    /// A quotation still open where its paragraph or the text ends, with a straight mark
    /// inside it read as opening another ([`Action::OpenInside`]): that mark was its
    /// closing one after all, typed with a space before it (`"Not now, "he said.`), or
    /// the quotation's own closing mark was lost (`were "game changer and "at the end of
    /// the day" again`). It closes there, as the mark was read before straight marks could
    /// nest, and the quotations opened inside it are dropped. Whether it is still open is
    /// known only at the paragraph's end, hence the second reading. (So a quotation that
    /// holds a straight pair and runs on into the next paragraph is still cut at that
    /// pair.) Returns whether one was closed.
    fn close_at_inner_opener(&mut self) -> bool {
        let inner = |(k, o): (usize, &Open)| Some((k, o.inner_opener.clone()?));
        let Some((k, mark)) = self.stack.iter().enumerate().find_map(inner) else {
            return false;
        };
        self.close(k, mark);
        true
    }

    /// A paragraph ended with marks still open and the next one starts at `next`; returns
    /// where scanning goes on.
    fn paragraph_end(&mut self, next: usize) -> usize {
        if self.close_at_inner_opener() && self.stack.is_empty() {
            return next;
        }
        let bottom = &self.stack[0];
        let family = bottom.family;
        let reopen = self.next_char(next).and_then(|c| {
            let m = marks::lookup(c).or_else(|| marks::ticks(&self.text.as_bytes()[next..]))?;
            let opens = m.family == family && m.role != Role::Close
                || family == Family::Double && c == '\'' && self.text[next..].starts_with("''");
            opens.then(|| {
                if matches!(c, '\'' | '`') && family == Family::Double {
                    2
                } else {
                    c.len_utf8()
                }
            })
        });
        match reopen {
            // A transcript quoted paragraph by paragraph (`"WALLACE: ...¶"PENCE: ...`):
            // each turn opens with its speaker's label, and is a quotation of its own.
            Some(len) if crate::rules::speaker_label(&self.text[next + len..]).is_some() => {
                let end = self.text[..next].trim_end().len();
                let ch = self.next_char(next).unwrap_or('"');
                // Closing the bottom mark empties the stack; the next turn opens anew.
                self.close(0, end..end);
                self.stack.push(Open {
                    mark: next..next + len,
                    family,
                    ch,
                    breaks: 0,
                    pending_at: self.pending.len(),
                    opens_paragraph: true,
                    inner_opener: None,
                });
                next + len
            }
            Some(len) => {
                // The news convention: the quotation goes on in the next paragraph.
                self.stack.truncate(1);
                self.stack[0].breaks += 1;
                next + len
            }
            None => {
                self.end_open_turn(next);
                self.drop_open();
                next
            }
        }
    }

    /// Whether the mark at byte `at` is the first thing in its paragraph. (Only the
    /// whitespace right before the mark is read, and each run of it precedes one mark.)
    fn opens_paragraph(&self, at: usize) -> bool {
        let bytes = self.text.as_bytes();
        let mut j = at;
        let (mut newlines, mut indent) = (0, 0);
        while j > 0 {
            match bytes[j - 1] {
                b'\n' => newlines += 1,
                b' ' | b'\t' | b'\r' if newlines == 0 => indent += 1,
                b' ' | b'\t' | b'\r' => {}
                _ => break,
            }
            j -= 1;
        }
        match self.layout {
            Layout::LinePerParagraph => j == 0 || newlines >= 1,
            // A line set off deep in a book (a signature, a heading, a verse) is no turn.
            Layout::HardWrapped => (j == 0 || newlines >= 2) && indent < SET_OFF_INDENT,
        }
    }

    /// A turn that opened its paragraph and was left open at its end, the next paragraph
    /// (starting at `next`) not taking it up: the writer dropped the closing mark, and the
    /// words to the paragraph's end are the turn. In a book only before a set-off
    /// paragraph, a verse the speaker recites (`"I can only recall the first verse:¶    The
    /// rain it raineth every day`), which [`Scanner::resume_turn`] may then take into the
    /// turn; a book's turn left open before plain narration is a letter read out, or
    /// stray. Any other mark left open was stray.
    fn end_open_turn(&mut self, next: usize) {
        let Some(bottom) = self.stack.first() else {
            return;
        };
        let set_off = next >= self.text.len() || self.text[..next].ends_with([' ', '\t']);
        if !bottom.opens_paragraph || self.layout == Layout::HardWrapped && !set_off {
            return;
        }
        // `“It was hard. “We lost two,” she said.`: a sentence, then a quotation of the
        // family opened afresh and closed inside it, shows the first mark was never
        // closed ([`Scanner::unclosed_before_reopen`]), not a turn left open.
        if self.unclosed_before_reopen().is_some() {
            return;
        }
        let end = self.text[..next].trim_end().len();
        if end <= bottom.mark.end {
            return;
        }
        let family = bottom.family;
        let reported = self.out.len();
        self.close(0, end..end);
        // (In a book, where verses and letters are set off; a news paragraph after an
        // open one is the reporter's.)
        if self.out.len() > reported && self.layout == Layout::HardWrapped {
            self.resume = Some((next, family, reported));
        }
    }

    /// `"I recall only the first verse.¶    The rain it raineth every day.¶And that is
    /// all I know."`: a closing mark with nothing open, a little after a turn left open,
    /// ends that turn after all. The speaker recited what stands between, and it is part
    /// of the quotation, with any quotation inside it.
    fn resume_turn(&mut self, close: Range<usize>) {
        let Some((from, _, k)) = self.resume else {
            return;
        };
        let prev = self.prev_char(close.start);
        let next = self.next_char(close.end);
        let closes = prev.is_some_and(|p| !p.is_whitespace() && !p.is_alphanumeric())
            && next.map_or(true, |n| !n.is_alphanumeric());
        if !closes || close.start.saturating_sub(from) > MAX_RESUME {
            return;
        }
        // The turn's own paragraph break, and each one after it.
        let bytes = self.text.as_bytes();
        let mut breaks = 1;
        let mut i = from;
        while let Some(nl) = memchr::memchr(b'\n', &bytes[i..close.start]) {
            i = match self.layout.paragraph_break(bytes, i + nl) {
                Some(next) => {
                    breaks += 1;
                    next
                }
                None => i + nl + 1,
            };
        }
        self.out.truncate(k + 1);
        let turn = &mut self.out[k];
        turn.content = trim(self.text, turn.content.start..close.start);
        turn.close = close;
        turn.breaks += breaks;
    }

    /// Forgets every open mark: they were stray. Quotations they held stand on their own.
    fn drop_open(&mut self) {
        let unclosed = self.unclosed_before_reopen();
        self.stack.clear();
        self.out.extend(unclosed);
        self.out.append(&mut self.pending);
    }

    /// `“That is wrong. “It is unfair,” she said.`: the writer began a new quotation with
    /// a fresh opening mark and forgot to close the one before. Marks of one family do not
    /// nest in English, so when the bottom mark is left open and the first quotation closed
    /// inside it is of its family and opens a sentence, the words between the two, which
    /// must end a sentence, are a quotation of their own, closed where the next one opens.
    /// Read only when the bottom mark proves stray, so a true quote within a quote (`“He
    /// said it. “Go.” So I went,” she said.`) is never split.
    fn unclosed_before_reopen(&self) -> Option<RawQuote> {
        let bottom = self.stack.first()?;
        let next = self.pending.first()?;
        // A mark still open before the next quotation opens stands between the two.
        let between_open = self.stack[1..]
            .iter()
            .any(|o| o.mark.start < next.open.start);
        if next.family != bottom.family || between_open {
            return None;
        }
        let content = trim(self.text, bottom.mark.end..next.open.start);
        let words = &self.text[content.clone()];
        let ends_sentence = words.ends_with(['.', '!', '?', '…']);
        (ends_sentence && words.contains(' ')).then(|| RawQuote {
            open: bottom.mark.clone(),
            close: content.end..content.end,
            content,
            family: bottom.family,
            breaks: bottom.breaks,
        })
    }
}

/// `range` without leading and trailing whitespace.
fn trim(text: &str, range: Range<usize>) -> Range<usize> {
    let s = &text[range.clone()];
    let start = range.start + (s.len() - s.trim_start().len());
    let end = range.end - (s.len() - s.trim_end().len());
    start..end.max(start)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scan(text: &str) -> Vec<RawQuote> {
        super::scan(text, Layout::detect(text))
    }

    fn quoted(text: &str) -> Vec<&str> {
        scan(text).into_iter().map(|q| &text[q.content]).collect()
    }

    #[test]
    fn every_style_of_mark() {
        let cases: &[(&str, &[&str])] = &[
            ("He said \"yes\" twice.", &["yes"]),
            ("He said “yes” twice.", &["yes"]),
            ("He said ‘yes’ twice.", &["yes"]),
            ("He said 'yes' twice.", &["yes"]),
            ("Il a dit « oui » deux fois.", &["oui"]),
            ("Er sagte „ja“ zweimal.", &["ja"]),
            ("Er sagte »ja« zweimal.", &["ja"]),
            ("彼は「はい」と言った。", &["はい"]),
            ("''We won,'' the coach said.", &["We won,"]),
            ("``We won,'' the coach said.", &["We won,"]),
            // One backtick quotes code, not speech.
            ("Type `make` and wait.", &[]),
        ];
        for (text, want) in cases {
            assert_eq!(quoted(text), *want, "{text}");
        }
    }

    #[test]
    fn backticks_reopen_a_quote_that_runs_on_to_the_next_paragraph() {
        let text = "``The first part,\n\n``and the second.'' He left.";
        assert_eq!(quoted(text), ["The first part,\n\n``and the second."]);
    }

    #[test]
    fn apostrophes_are_not_quotes() {
        let cases = [
            "We don't know what Gates' aides want.",
            "Music of the '90s, rock 'n' roll and all that.",
            "The players' union said it’s fine, and the Joneses' dog agreed.",
            "Give 'em an inch and they'll take a mile.",
            "O'Brien and D'Souza met at 5 o'clock.",
            "The board is 6' 2\" wide.",
        ];
        for text in cases {
            assert_eq!(quoted(text), Vec::<&str>::new(), "{text}");
        }
    }

    #[test]
    fn apostrophes_inside_quotes_do_not_end_them() {
        let text = "'We don't want the players' money,' she said. ‘It’s theirs.’";
        assert_eq!(
            quoted(text),
            ["We don't want the players' money,", "It’s theirs."]
        );
        // A letter shortened on both sides, in either kind of mark.
        let text = "‘Rock ’n’ roll never hurt anyone,’ said Maud. 'Nor did rock 'n' roll.'";
        assert_eq!(
            quoted(text),
            ["Rock ’n’ roll never hurt anyone,", "Nor did rock 'n' roll."]
        );
        // `I` and a contraction open a quotation: `'I'm` is no `'n'`.
        assert_eq!(
            quoted("'I'm staying,' she said. ‘I’d go,’ he said. \"'I've won,' she said.\""),
            ["I'm staying,", "I’d go,", "'I've won,' she said."]
        );
        // A quotation ending in a one-letter word still closes.
        assert_eq!(
            quoted("'Take vitamin C' was all he said."),
            ["Take vitamin C"]
        );
    }

    #[test]
    fn nested_quotes_belong_to_the_outer_one() {
        let text = "“He told me ‘never again’ and left,” she said. \"They called it 'the deal'.\"";
        assert_eq!(
            quoted(text),
            [
                "He told me ‘never again’ and left,",
                "They called it 'the deal'."
            ]
        );
    }

    #[test]
    fn a_straight_mark_before_a_word_opens_a_quote_inside_the_open_one() {
        // Straight double marks nested in straight double marks, as some books print
        // them: the inner pair belongs to the turn.
        let text = "\"I knew she would say \"never\" before I asked her.\"\n\n\
                    \"Then why ask?\" said Tom, \"when the answer was \"never\" anyway?\"";
        assert_eq!(
            quoted(text),
            [
                "I knew she would say \"never\" before I asked her.",
                "Then why ask?",
                "when the answer was \"never\" anyway?"
            ]
        );
        // Still open at the paragraph's end, the quote closed at that mark after all: a
        // closing mark typed with a space before it, or a term whose closing mark was
        // lost. Neither runs on into the next paragraph's quote.
        let text = "\"Not tonight, \"he said, and went up.\n\n\"Good night,\" said Ann.";
        assert_eq!(quoted(text), ["Not tonight,", "Good night,"]);
        let text = "The nominees were \"game changer and \"at the end of the day\" again.\n\n\
                    \"We had thousands of votes,\" she said.";
        assert_eq!(
            quoted(text),
            ["game changer and", "We had thousands of votes,"]
        );
    }

    #[test]
    fn a_transcript_quoted_paragraph_by_paragraph_is_one_quote_per_turn() {
        // Each paragraph reopens the quotation with a speaker's label: a new turn. A
        // paragraph without one goes on with the turn before it.
        let text = "As follows:\n\n\"HOST: Will you run?\n\n\"SEN. ANN RUIZ: Not this year.\n\n\
                    \"We will see.\n\n\"HOST: Thank you.\"\n\nAfter.";
        assert_eq!(
            quoted(text),
            [
                "HOST: Will you run?",
                "SEN. ANN RUIZ: Not this year.\n\n\"We will see.",
                "HOST: Thank you."
            ]
        );
        // A heading in capitals is no turn: the speech goes on.
        let text = "\"We begin.\n\n\"NOTE: this part was cut.\n\n\"We end,\" she said.";
        assert_eq!(quoted(text).len(), 1);
    }

    #[test]
    fn a_quote_over_several_paragraphs_is_one_quote() {
        let text = "“First paragraph of the speech.\n\n“Second paragraph.\n\n“Last one,” he said.\n\nAfter.";
        let q = scan(text);
        assert_eq!(q.len(), 1);
        assert_eq!(
            &text[q[0].content.clone()],
            "First paragraph of the speech.\n\n“Second paragraph.\n\n“Last one,"
        );
        assert_eq!(q[0].breaks, 2);
    }

    #[test]
    fn an_unclosed_mark_does_not_hide_later_quotes() {
        let text = "She said “this never closes.\n\nThen he said “this one does,” twice.";
        assert_eq!(quoted(text), ["this one does,"]);
        let text = "A stray \" mark, then \"a real quote\" here.";
        assert_eq!(quoted(text), ["mark, then"]);
        let text = "An 'unclosed single, then \"a double quote\" after it.";
        assert_eq!(quoted(text), ["a double quote"]);
    }

    #[test]
    fn a_turn_left_open_around_a_recited_verse_takes_it_in() {
        // A book: the turn opens its paragraph, is left open before an indented verse, and
        // is closed in the paragraph after it.
        let text = "\"Then sing me the old song,\" said Nell.\n\n\"Only the start of it. It\nwent like this:\n\n      \
                    Down by the mill the water runs,\n      And no one waits for me.\n\n\
                    That is all I recall.\"\n\n\"Thank you.\"\n";
        let q = scan(text);
        assert_eq!(
            quoted(text),
            [
                "Then sing me the old song,",
                "Only the start of it. It\nwent like this:\n\n      Down by the mill the water \
                 runs,\n      And no one waits for me.\n\nThat is all I recall.",
                "Thank you."
            ]
        );
        assert_eq!(q[1].breaks, 2);
        // A quotation inside the verse is part of the turn.
        let text = "\"Only the start of it. It\nwent like this:\n\n      'Down by the mill,'\n\n\
                    That is all.\"\n\n\"Thank you.\"\n";
        assert_eq!(quoted(text).len(), 2);
        // Left open before the verse and never closed, the turn runs to its paragraph's end.
        let text = "\"Only the start of it. It\nwent like this:\n\n      Down by the mill.\n\n\
                    She stopped there.\n";
        assert_eq!(quoted(text), ["Only the start of it. It\nwent like this:"]);
    }

    #[test]
    fn a_paragraph_opened_by_a_mark_and_left_open_is_a_quote_in_news() {
        // One paragraph a line: the writer dropped the closing mark.
        let text = "The vote was close.\n“We will not give up on the line.\nThe mayor left early.";
        assert_eq!(quoted(text), ["We will not give up on the line."]);
        // A mark inside the paragraph, left open, is stray as before.
        let text = "The vote was close.\nShe said “we will not give up.\nThe mayor left early.";
        assert_eq!(quoted(text), Vec::<&str>::new());
        // A fresh opening mark in the paragraph shows the first was never closed: two
        // quotes, the tag outside both.
        let text = "The vote was close.\n“It was a hard year. “We lost two members,” Osei said.\nThen a vote.";
        assert_eq!(
            quoted(text),
            ["It was a hard year.", "We lost two members,"]
        );
    }

    #[test]
    fn a_book_paragraph_left_open_before_plain_narration_is_stray() {
        // A letter read out, a line set off deep in the page: no turn of dialogue.
        let text =
            "She read it aloud:\n\n\"Dear Tom, the boat\nleaves at six.\n\nYours ever,\nMaud.\n\n\
                    Then she folded it.\n";
        assert_eq!(quoted(text), Vec::<&str>::new());
        let text = "The paper came with the\nannouncement of--\n\n                    \"A Great Scandal!\n\n\
                    \x20                   The Whole Story Told!\n\nHe read no more.\n";
        assert_eq!(quoted(text), Vec::<&str>::new());
    }

    #[test]
    fn a_quote_left_open_before_a_new_opening_mark_ends_there() {
        // The writer opened the second sentence anew and never closed the first.
        let text = "“It was a hard year for us. “We lost two members,” Osei said.\n\nThen a vote.";
        assert_eq!(
            quoted(text),
            ["It was a hard year for us.", "We lost two members,"]
        );
        // A quote within a quote in the same marks, closed after it, stays one quotation.
        let text = "“He said it once. “Go home.” So I went,” she said.";
        assert_eq!(quoted(text), ["He said it once. “Go home.” So I went,"]);
        // Words that end no sentence before the next mark are no quotation: a stray mark.
        let text = "A stray “mark and then “a real quote” here.";
        assert_eq!(quoted(text), ["a real quote"]);
        // A quotation in the other family is nested, not a fresh start.
        let text = "“They said. ‘No more,’ and that was all.\n\nAfter.";
        assert_eq!(quoted(text), ["No more,"]);
    }

    #[test]
    fn hard_wrapped_lines_do_not_end_a_quote() {
        let text = "The old man looked up\nfrom his work and said,\n\"I have not seen\nhim since the\nwinter,\" and went back to it.\n";
        assert_eq!(quoted(text), ["I have not seen\nhim since the\nwinter,"]);
    }

    #[test]
    fn spans_are_sorted_and_never_overlap() {
        let text = "\"a\" 'bee' “c ‘d’ e” «f» „g“ \"h";
        let q = scan(text);
        for w in q.windows(2) {
            assert!(w[0].close.end <= w[1].open.start);
        }
        assert_eq!(quoted(text), ["a", "bee", "c ‘d’ e", "f", "g"]);
    }

    #[test]
    fn empty_quotes_are_not_reported() {
        assert!(quoted("He said \"\" and \"  \".").is_empty());
    }
}

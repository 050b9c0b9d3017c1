//! Paragraphs: where one ends and the next begins, for hard-wrapped and unwrapped text alike.
//!
//! News text puts each paragraph on its own line; plain-text books wrap lines at about 70
//! characters and separate paragraphs with a blank line. A quotation may run over the line
//! breaks of a wrapped paragraph, so the scanner needs to know which kind of text it reads.

use memchr::memchr_iter;

/// How a text breaks its paragraphs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Layout {
    /// Every newline ends a paragraph.
    LinePerParagraph,
    /// Lines are wrapped; a blank line ends a paragraph.
    HardWrapped,
}

/// Lines longer than this are paragraphs, not wrapped lines.
const WRAP_WIDTH: usize = 100;

impl Layout {
    /// Decides from the line lengths: a text is hard-wrapped when it has several lines and
    /// almost none of them is longer than a wrapped line can be. A short text counts as
    /// several lines when it separates paragraphs by blank lines: a snippet of a book, two
    /// wrapped lines and a blank one, is as wrapped as the whole book.
    pub(crate) fn detect(text: &str) -> Layout {
        let bytes = text.as_bytes();
        let (mut lines, mut long, mut start) = (0usize, 0usize, 0usize);
        let mut blank = false;
        for nl in memchr_iter(b'\n', bytes) {
            let line = &bytes[start..nl];
            if line.iter().all(|b| matches!(b, b' ' | b'\t' | b'\r')) {
                blank |= lines > 0;
            } else {
                lines += 1;
                if line.len() > WRAP_WIDTH {
                    long += 1;
                }
            }
            start = nl + 1;
        }
        if bytes.len() - start > WRAP_WIDTH {
            long += 1;
        }
        if bytes[start..].iter().any(|b| !b.is_ascii_whitespace()) {
            lines += 1;
        }
        let several = lines >= 4 || blank && lines >= 2;
        if several && long * 20 < lines {
            Layout::HardWrapped
        } else {
            Layout::LinePerParagraph
        }
    }

    /// If a paragraph ends at the newline at `nl`, where the next paragraph starts
    /// (the first byte after the break's whitespace); `None` when the newline only wraps a
    /// line.
    pub(crate) fn paragraph_break(self, text: &[u8], nl: usize) -> Option<usize> {
        let mut i = nl + 1;
        let mut blank = false;
        while i < text.len() {
            match text[i] {
                b'\n' => blank = true,
                b' ' | b'\t' | b'\r' => {}
                _ => break,
            }
            i += 1;
        }
        match self {
            Layout::LinePerParagraph => Some(i),
            Layout::HardWrapped if blank || i >= text.len() => Some(i),
            Layout::HardWrapped => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn news_text_has_a_paragraph_per_line() {
        let text = "The council met on Tuesday to discuss the budget for the coming year, which has grown by a fifth.\n\
                    \"We cannot keep spending like this,\" said the treasurer, who has served on the council for nine years.\n\
                    The vote is next week.";
        assert_eq!(Layout::detect(text), Layout::LinePerParagraph);
        assert_eq!(
            Layout::LinePerParagraph.paragraph_break(text.as_bytes(), 98),
            Some(99)
        );
    }

    #[test]
    fn wrapped_book_text_breaks_only_at_blank_lines() {
        let text = "It was late when the coach\nreached the inn, and the\nlandlord had gone to bed.\n\n\"Hullo,\" said the\nguard.\n";
        let layout = Layout::detect(text);
        assert_eq!(layout, Layout::HardWrapped);
        let first_nl = text.find('\n').unwrap();
        assert_eq!(layout.paragraph_break(text.as_bytes(), first_nl), None);
        let blank = text.find("\n\n").unwrap();
        assert_eq!(
            layout.paragraph_break(text.as_bytes(), blank),
            Some(blank + 2)
        );
    }

    #[test]
    fn a_short_text_is_not_taken_for_a_wrapped_one() {
        assert_eq!(Layout::detect("one line"), Layout::LinePerParagraph);
        assert_eq!(Layout::detect(""), Layout::LinePerParagraph);
        // Three short lines with no blank one between could be three news paragraphs.
        assert_eq!(
            Layout::detect("Rain at noon.\nWind by night.\nSun tomorrow."),
            Layout::LinePerParagraph
        );
    }

    #[test]
    fn a_short_snippet_with_blank_lines_is_wrapped() {
        let text = "\"You are late,\" said the\nguard.\n\n\"The coach was slow,\" she said.";
        assert_eq!(Layout::detect(text), Layout::HardWrapped);
        // A blank line before any text, or trailing ones, make no paragraphs.
        assert_eq!(
            Layout::detect("\n\nOne line.\n\n"),
            Layout::LinePerParagraph
        );
        // A line too long to be wrapped still makes it news.
        let long = format!("{}\n\nSecond paragraph.", "word ".repeat(30));
        assert_eq!(Layout::detect(&long), Layout::LinePerParagraph);
    }
}

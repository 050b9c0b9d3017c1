//! The names a quotation calls people by: `Jake` in `"Listen, Jake."`, `Mr. Hale` in
//! `"Mr. Hale, sit down."`. Whom a turn addresses tells who answers it, and who speaks it
//! is not the one it calls.

use crate::layout::Layout;
use crate::lexicon::{self, Gender};
use crate::marks::Family;

/// Words that never address anyone by name though they stand where a name would: `"Well,
/// Good heavens!"`. (Forms of address, `"Yes, Sir."`, are [`FORMS_OF_ADDRESS`], in any
/// case.)
const NOT_VOCATIVES: &[&str] = &[
    "Yes",
    "No",
    "Oh",
    "Ah",
    "Well",
    "Mister",
    "Please",
    "Thanks",
    "Hello",
    "Hallo",
    "Hullo",
    "Look",
    "Listen",
    "Now",
    "Come",
    "Why",
    "What",
    "Dear",
    "Darling",
    "Good",
    "God",
    "Lord",
    "Okay",
    "OK",
    "Gentlemen",
    "Ladies",
    "Boys",
    "Friends",
];

/// Words after a sentence's opening name and comma, or after the next name, that show
/// the name spoken of, not called: a relative clause (`Harriet, who was late, ...`) or a
/// list (`Tom, and Ruth too`, `Tom, Ruth and I went`).
const OPENING_NOT_CALLED: &[&str] = &["who", "whom", "whose", "which", "and", "or", "nor"];

/// Forms of address a speaker calls the hearer by. A name, a comma and one of them alone
/// is most often an answer that names someone (`"Who called?"`¶`"Mr. Hale, sir."`), so
/// the name is not read as called.
const FORMS_OF_ADDRESS: &[&str] = &["sir", "madam", "ma'am", "miss", "mum", "mem"];

/// Whether `w` is one of [`FORMS_OF_ADDRESS`], in any case.
fn form_of_address(w: &str) -> bool {
    FORMS_OF_ADDRESS.iter().any(|f| w.eq_ignore_ascii_case(f))
}

/// Most bytes of the words before the comma that a sentence's opening name may take
/// (`My dearest Anna Petrovna,`).
const MAX_OPENING_BYTES: usize = 64;

/// Most words a sentence's opening name may take, with its honorific or words of
/// endearment (`My dearest Anna Petrovna,`).
const MAX_OPENING_WORDS: usize = 4;

/// Most spaces after a sentence's stop before its first word (older typesetting puts
/// two or three).
const MAX_SPACES: usize = 3;

/// Whether byte `b` may open a name called, with its honorific or words of endearment: a
/// capital, any letter beyond ASCII (`Élise`), or the first letter of a word of
/// endearment (`my dear Anne`, `dearest`, `poor`).
fn may_open_name(b: u8) -> bool {
    b.is_ascii_uppercase() || b >= 0x80 || matches!(b, b'm' | b'd' | b'p')
}

/// Where the comma (or the exclamation mark) after a name that opens `s` stands: within
/// [`MAX_OPENING_WORDS`] words and [`MAX_OPENING_BYTES`] bytes, with nothing but
/// letters, stops of abbreviations and apostrophes before it.
fn name_then_mark(s: &[u8]) -> Option<usize> {
    let mut spaces = 0;
    for (i, &b) in s.iter().enumerate().take(MAX_OPENING_BYTES) {
        match b {
            b',' | b'!' => return Some(i),
            b' ' | b'\n' => {
                spaces += 1;
                if spaces == MAX_OPENING_WORDS {
                    return None;
                }
            }
            b'.' | b'\'' | b'-' => {}
            _ if b.is_ascii_alphabetic() || b >= 0x80 => {}
            _ => return None,
        }
    }
    None
}

/// Most words of an aside after a sentence's opening name and comma (`Mr. Martin, I
/// dare say, is ...`).
const MAX_ASIDE_WORDS: usize = 4;

/// A name a quotation calls someone by (`Jake` in `"Listen, Jake."`), without the
/// honorific before it, and the gender that honorific gives (`Mr. Elliot`: a man; `Miss
/// Elliot`, whom the same words call too, is someone else).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Vocative<'a> {
    /// The words called, without an honorific.
    pub(crate) name: &'a str,
    /// The gender the honorific before them gives, if any.
    pub(crate) gender: Option<Gender>,
}

/// `s` past an honorific that opens it before a capitalized name (`Mr. Willoughby, ...` ->
/// `Willoughby, ...`), or past a capitalized title (`Captain Hale, ...` -> `Hale, ...`),
/// and the gender the honorific gives.
pub(crate) fn after_honorific(s: &str) -> (&str, Option<Gender>) {
    // (Any space: a hard-wrapped line may break after `Mr.`.)
    let Some((word, rest)) = s.split_once(char::is_whitespace) else {
        return (s, None);
    };
    let info = lexicon::lookup(word);
    match info.honorific {
        Some(g) if rest.starts_with(|c: char| c.is_ascii_uppercase()) => (rest, g),
        // A rank or office before a name calls its holder by the name (`Captain Hale,
        // ...`): the name is what is called.
        None if info.title
            && word.starts_with(|c: char| c.is_ascii_uppercase())
            && rest.starts_with(|c: char| c.is_ascii_uppercase()) =>
        {
            (rest, None)
        }
        _ => (s, None),
    }
}

/// Words of endearment a quotation may put before the name it calls someone by (`My dear
/// Harriet, ...`, `..., dearest Anne.`), longest first.
const ENDEARMENTS: &[&str] = &[
    "my dearest",
    "my darling",
    "my dear",
    "my good",
    "my poor",
    "my own",
    "my sweet",
    "dearest",
    "darling",
    "dear",
    "poor",
];

/// `s` past words of endearment that open it before a capitalized name (`My dear
/// Harriet, ...` -> `Harriet, ...`).
fn after_endearment(s: &str) -> &str {
    for e in ENDEARMENTS {
        let rest = s
            .get(..e.len())
            .filter(|head| head.eq_ignore_ascii_case(e))
            .and_then(|_| s[e.len()..].strip_prefix(char::is_whitespace));
        if let Some(rest) = rest.filter(|r| r.starts_with(|c: char| c.is_uppercase())) {
            return rest;
        }
    }
    s
}

/// The capitalized words a quotation uses to address someone: first and followed by a comma
/// (`Jake, listen`, `Mr. Hale, listen`), or after a comma and before the end of a sentence
/// (`Listen, Jake.`). A title alone addresses its holder as a name does (`General, I
/// have done nothing`, `Yes, Doctor.`); in a longer run it is some other phrase
/// (`Chief Justice, ...` may open a list).
///
/// A name called inside a quotation the speaker repeats (`'Well, Mr. Lane,' he said`, in
/// single marks within the speech) was called by someone else, and is left out: the
/// speaker may be Mr. Lane himself, telling what was said to him.
pub(crate) fn vocatives(quote: &str) -> Vec<Vocative<'_>> {
    let mut called = all_vocatives(quote);
    // (Most quotations call no one: then there is nothing to leave out.)
    if called.is_empty() {
        return called;
    }
    let inner = inner_quotations(quote);
    if !inner.is_empty() {
        // (Each name is a slice of `quote`: its address gives its byte offset. Wrapping, a
        // name from anywhere else would fall in no range rather than panic.)
        let base = quote.as_ptr() as usize;
        called.retain(|v| {
            let at = (v.name.as_ptr() as usize).wrapping_sub(base);
            !inner.iter().any(|r| r.contains(&at))
        });
    }
    called
}

/// The byte ranges of the quotations in single marks inside a speech (`'Well, Mr. Lane,'
/// he said, 'you are late.'`), as the scanner reads them in the speech's own words: so an
/// apostrophe (`don't`, `Gates'`, `'90s`, `rock 'n' roll`) is no mark here either, and one
/// left open (`give 'em a minute`) encloses nothing.
fn inner_quotations(quote: &str) -> Vec<std::ops::Range<usize>> {
    // (Asked only of speeches that call someone; most of those hold no single mark.)
    if memchr::memchr2(b'\'', 0xE2, quote.as_bytes()).is_none() {
        return Vec::new();
    }
    // A speech is one paragraph, or several set apart by blank lines, however it is wrapped.
    crate::scan::scan(quote, Layout::HardWrapped)
        .into_iter()
        .filter(|q| q.family == Family::Single)
        .map(|q| q.content)
        .collect()
}

/// [`vocatives`], counting those inside the quotations a speech repeats.
fn all_vocatives(quote: &str) -> Vec<Vocative<'_>> {
    // (`honored`: an honorific stood before it, which makes any capitalized word a
    // surname: `Mr Last`, `Miss Young`.)
    let name_like = |w: &str, honored: bool| {
        w.len() >= 3
            && w.starts_with(|c: char| c.is_ascii_uppercase())
            && w.chars()
                .all(|c| c.is_alphabetic() || c == '\'' || c == ' ')
            && !NOT_VOCATIVES.contains(&w)
            && !form_of_address(w)
            && (honored
                || w.split(' ').all(|part| {
                    let info = lexicon::lookup(part);
                    // `Thank you`, `All right`: every word of a name is capitalized.
                    part.starts_with(|c: char| c.is_uppercase())
                        && (info.given.is_some()
                            || info.function.is_none()
                                && info.pronoun.is_none()
                                && info.verb.is_none()
                                && info.honorific.is_none()
                                && (!info.title || !w.contains(' '))
                                && !part.ends_with("ly"))
                }))
    };
    // (Each found with its byte offset, to keep them in the order they are called.)
    let mut out = Vec::new();
    let mut opening = |at: usize| {
        // (A name is short: its comma or `!` is sought no further than a name's words, so
        // that a long speech of many sentences is read once, not once for each.)
        let Some(mark) = name_then_mark(&quote.as_bytes()[at..]) else {
            return;
        };
        let (first, rest) = (&quote[at..at + mark], &quote[at + mark + 1..]);
        let (name, gender) = after_honorific(after_endearment(first.trim()));
        if !name_like(name, gender.is_some()) {
            return;
        }
        // (Read only where a branch below asks.)
        let styled = || name.len() < first.trim().len();
        let given = || name.split(' ').all(|w| lexicon::lookup(w).given.is_some());
        // `Jenny! Come down at once.`: a name that is a whole exclamation, with more
        // said to its bearer after it, calls them, when it is surely a name (`Nonsense!`
        // is a sentence too). Alone it may answer who did it (`"Dr. Hale!" I
        // whispered.`), and after `poor` it pities (`Poor Miss Lee! It is hard.`).
        if quote.as_bytes()[at + mark] == b'!' {
            let pities = first
                .trim_start()
                .get(..5)
                .is_some_and(|w| w.eq_ignore_ascii_case("poor "));
            if (styled() || given()) && !pities && !rest.trim().is_empty() {
                out.push((at, Vocative { name, gender }));
            }
            return;
        }
        // `"Mr. Hallam, sir."`, answering who called: the hearer is `sir`. (A bare form,
        // which punctuation or the speech's end closes: `Maud, Miss Lee is here` calls
        // Maud.)
        let mut words = rest.split_whitespace();
        let then = words.next().unwrap_or("");
        let form = then.trim_end_matches(['.', '!', '?', ',', ';']);
        let addressed_as =
            (form.len() < then.len() || words.clone().next().is_none()) && form_of_address(form);
        if addressed_as {
            return;
        }
        if at > 0 {
            // `Harriet, who was late, ...`: a relative clause or a list goes on about
            // whoever is named, and calls no one.
            let listed = then.starts_with(|c: char| c.is_uppercase())
                && (then.ends_with(',')
                    || words
                        .next()
                        .is_some_and(|w| OPENING_NOT_CALLED.contains(&w)));
            // `Mr. Martin, I suppose, is ...`: an aside set off by commas after the name
            // leads on to the name's own verb.
            let aside = rest
                .split_whitespace()
                .take(MAX_ASIDE_WORDS)
                .any(|w| w.ends_with(','));
            // Inside the speech a capitalized word before a comma is as often one the
            // sentence opens with (`Remember, ...`, `Everingham, as it was, ...`): only a
            // given name, or a name after an honorific, a title or a word of endearment, is
            // surely called.
            if OPENING_NOT_CALLED.contains(&then) || listed || aside || !(styled() || given()) {
                return;
            }
        }
        out.push((at, Vocative { name, gender }));
    };
    opening(0);
    // `It is too warm in here. Harriet, let us go out.`: a sentence inside the speech may
    // open on the name it calls, as the speech itself may.
    // (Not the stop of `Mr.` or an initial, inside a sentence.)
    let bytes = quote.as_bytes();
    for i in memchr::memchr3_iter(b'.', b'!', b'?', bytes) {
        // The sentence's first word, past a few spaces or a line's end.
        let spaces = bytes[i + 1..]
            .iter()
            .take(MAX_SPACES)
            .take_while(|&&b| matches!(b, b' ' | b'\n'))
            .count();
        // (Most stops are followed by no name: read those no further.)
        if spaces == 0 || !bytes.get(i + 1 + spaces).is_some_and(|&b| may_open_name(b)) {
            continue;
        }
        let before = quote[..i].rsplit(char::is_whitespace).next().unwrap_or("");
        let abbreviation = bytes[i] == b'.'
            && (before.chars().count() == 1 || lexicon::lookup(before).honorific.is_some());
        if !abbreviation {
            opening(i + 1 + spaces);
        }
    }
    let word_end = |s: &str| {
        s.find(|c: char| !(c.is_alphabetic() || c == '\''))
            .unwrap_or(s.len())
    };
    // (`, Fanny.` and, where a hard-wrapped line breaks after the comma, `,\nFanny.`)
    for i in memchr::memchr_iter(b',', bytes) {
        let Some(after_comma) = quote[i + 1..].strip_prefix([' ', '\n']) else {
            continue;
        };
        if !after_comma.bytes().next().is_some_and(may_open_name) {
            continue;
        }
        let (rest, gender) = after_honorific(after_endearment(after_comma));
        let mut end = word_end(rest);
        // `Anna Sergeyevna`: a second capitalized word belongs to the name.
        if rest[end..].starts_with(' ')
            && rest[end + 1..].starts_with(|c: char| c.is_ascii_uppercase())
        {
            end = end + 1 + word_end(&rest[end + 1..]);
        }
        let (word, after) = rest.split_at(end);
        // (`No, Kate; you will stay.`, `You are quiet, Miss Lee--but ...`)
        let closes = after.is_empty()
            || after.starts_with(['.', '!', '?', ',', ';', '—'])
            || after.starts_with("--");
        if closes && name_like(word, gender.is_some()) {
            out.push((i, Vocative { name: word, gender }));
        }
    }
    out.sort_by_key(|&(at, _)| at);
    out.into_iter().map(|(_, v)| v).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn called(quote: &str) -> Vec<(&str, Option<Gender>)> {
        vocatives(quote)
            .into_iter()
            .map(|v| (v.name, v.gender))
            .collect()
    }

    #[test]
    fn a_name_before_a_bare_form_of_address_is_spoken_of() {
        // The answer to `Who called?`: `sir` is the one spoken to.
        assert_eq!(called("Mr. Hallam, sir."), []);
        assert_eq!(called("Who is at the door? Mr. Pryor, ma'am."), []);
        // A form of address that begins a name is no bare form.
        assert_eq!(called("Maud, Miss Lee is here."), [("Maud", None)]);
    }

    #[test]
    fn a_name_opening_or_closing_a_sentence_is_called() {
        assert_eq!(called("Listen, Jake."), [("Jake", None)]);
        assert_eq!(
            called("Mr. Hale, sit down."),
            [("Hale", Some(Gender::Male))]
        );
        assert_eq!(called("My dear Harriet, how kind."), [("Harriet", None)]);
        assert_eq!(called("Come in, Anna Petrovna!"), [("Anna Petrovna", None)]);
        // A rank or office before the name calls its holder by the name.
        assert_eq!(called("Oh, Colonel Lisle, look here."), [("Lisle", None)]);
        assert_eq!(called("Captain Hale, the boat is ready."), [("Hale", None)]);
    }

    #[test]
    fn a_name_opening_a_later_sentence_of_the_speech_is_called() {
        assert_eq!(
            called("It is far too warm in here. Harriet, let us go out."),
            [("Harriet", None)]
        );
        assert_eq!(
            called("Enough! Mr. Dunn, sit down. We start at nine, Ruth."),
            [("Dunn", Some(Gender::Male)), ("Ruth", None)]
        );
        // Older typesetting puts two spaces after a stop; a word of endearment may
        // open the sentence in lower case.
        assert_eq!(
            called("I am so glad.  Oh! my dear Will, you came."),
            [("Will", None)]
        );
        // Spoken of, not to: a relative clause or a list after the name.
        assert!(called("We waited. Harriet, who was late, came at ten.").is_empty());
        assert!(called("It rained. Tom, Ruth and I stayed in.").is_empty());
        // Nor is a name after a title's stop a sentence's first word.
        assert!(called("I wrote to Mr. Dunn, the new tenant.").is_empty());
    }

    #[test]
    fn a_name_that_is_a_whole_exclamation_calls_its_bearer() {
        assert_eq!(
            called("What a way to behave. Jenny! Are you not ashamed?"),
            [("Jenny", None)]
        );
        assert_eq!(
            called("Mr. Hale! Come back here."),
            [("Hale", Some(Gender::Male))]
        );
        // Not a word that is no name, nor a name that is the whole speech (it may
        // answer who did it), nor one pitied.
        assert!(called("Nonsense! You are late.").is_empty());
        assert!(called("Dr. Hale!").is_empty());
        assert!(called("Poor Miss Lee! It is hard on her.").is_empty());
    }

    #[test]
    fn a_line_may_break_after_the_comma_or_the_honorific() {
        assert_eq!(
            called("I had not done with you,\nFanny."),
            [("Fanny", None)]
        );
        assert_eq!(
            called("Sit down, Mr.\nDunn, and listen."),
            [("Dunn", Some(Gender::Male))]
        );
        assert_eq!(
            called("The wind is cold.\nHenry, give him your coat."),
            [("Henry", None)]
        );
    }

    #[test]
    fn after_an_honorific_any_capitalized_word_is_a_surname() {
        assert_eq!(
            called("Since you ask, Mr Last, I think not."),
            [("Last", Some(Gender::Male))]
        );
        assert_eq!(
            called("Good night, Miss Young."),
            [("Young", Some(Gender::Female))]
        );
        // Without one, such a word is no name: `Last` opens a phrase.
        assert!(called("Well, Last of all, the boat.").is_empty());
    }

    #[test]
    fn a_semicolon_or_a_dash_closes_a_name_called() {
        assert_eq!(called("No, Kate; you will stay."), [("Kate", None)]);
        assert_eq!(
            called("You are quiet, Miss Lee--but you agree?"),
            [("Lee", Some(Gender::Female))]
        );
        assert_eq!(called("Look, Ruth\u{2014}the gate!"), [("Ruth", None)]);
        // A word joined by one hyphen is still the name's.
        assert!(called("We sent it on, Mary-Ann's way.").is_empty());
    }

    #[test]
    fn a_name_called_inside_a_repeated_quotation_is_not_called_by_the_speaker() {
        assert!(called("Not much. 'Well, Mr. Lane,' he said, 'you are late.'").is_empty());
        assert!(called("He shouted \u{2018}Run, Jake!\u{2019} and ran.").is_empty());
        // Apostrophes inside and before words open no quotation.
        assert_eq!(called("Don't give 'em a minute, Jake."), [("Jake", None)]);
        assert_eq!(called("It's the boys' dog, Jake."), [("Jake", None)]);
        // Nor do a dialect's clipped words, at a sentence's start and at a word's end: the
        // scanner's reading of apostrophes decides, not a letter on either side.
        assert_eq!(
            called("'Tis a cold night, Martha, an' the lane's dark."),
            [("Martha", None)]
        );
        assert_eq!(
            called("Goin' home early, Ned? 'Twas dark by six."),
            [("Ned", None)]
        );
    }

    #[test]
    fn words_in_a_name_s_place_call_nobody() {
        assert!(called("Yes, sir.").is_empty());
        assert!(called("Thank you, Thank you.").is_empty());
        assert!(called("We went to the shop, and then home.").is_empty());
        // A name inside the sentence is spoken of, not to.
        assert!(called("I saw Jake at the shop, and Ruth too.").is_empty());
    }
}

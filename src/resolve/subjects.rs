//! Which names are the subject of a sentence or a clause: the ones the narration goes on
//! about, whom a later `he` or `she` may stand for (`Ruth came down.`, `, and Ruth turned`,
//! `At half-past eight Ruth came down`). The name index marks each name so once; the
//! pronoun and description readers weigh a subject above a name that only stands in a
//! sentence (`took the cup from Mrs. Dale`).

use super::*;

/// Whether name `m`, which [`crate::rules::at_sentence_start`] found `opens` its sentence
/// or not, is the subject of a sentence or clause.
pub(super) fn is_subject(tokens: &[Token], m: &Mention, opens: bool, text: &str) -> bool {
    opens
        || clause_subject(tokens, m.tokens.start, m.tokens.end, text)
        || opening_clause_subject(tokens, m, text)
        || apposed_to_subject(tokens, m, text)
        || after_opening_phrase(tokens, m, text)
        || presented(tokens, m, text)
}

/// `She looked up, and saw that it was Tom Hale.`: a name that `it was` (or `it is`)
/// presents is who the narration turns to, as a subject is; the `he` after it goes on about
/// him. Only where the sentence or clause ends after it, or a participle or `who` goes on
/// about him (`It was Tom, running back`): not `it was Tom's coat`. (Asked last of the
/// subject tests, for names none of them took: the verb's length is compared first.)
fn presented(tokens: &[Token], m: &Mention, text: &str) -> bool {
    let k = m.tokens.start;
    let word = |i: usize| tokens[i].kind == Kind::Word;
    k >= 2
        && tokens[k - 1].span.len() <= 3
        && word(k - 1)
        && matches!(tokens[k - 1].text(text), "was" | "is")
        && word(k - 2)
        && tokens[k - 2].text(text).eq_ignore_ascii_case("it")
        && tokens.get(m.tokens.end).map_or(true, |t| match t.kind {
            Kind::Punct(c) => matches!(c, '.' | ',' | ';' | '!' | '?'),
            Kind::Word => {
                let w = t.text(text);
                w == "who" || w.len() > 4 && w.ends_with("ing")
            }
            Kind::Break | Kind::Dash => true,
            Kind::Quote(_) => false,
        })
}

/// `Mrs. Dowling and Preston went after her.`: whether name `m` is joined by `and` to
/// another name or a pronoun, one of a plural subject that a later `she` or `he` does not
/// take up.
pub(crate) fn coordinated(tokens: &[Token], m: &Mention, text: &str) -> bool {
    let word = |k: usize| {
        tokens
            .get(k)
            .filter(|t| t.kind == Kind::Word)
            .map(|t| t.text(text))
    };
    let person =
        |w: &str| w.starts_with(char::is_uppercase) || matches!(w, "he" | "she" | "his" | "her");
    let and_after = word(m.tokens.end) == Some("and") && word(m.tokens.end + 1).is_some_and(person);
    let and_before = m.tokens.start >= 2
        && word(m.tokens.start - 1) == Some("and")
        && word(m.tokens.start - 2).is_some_and(|w| w.starts_with(char::is_uppercase));
    and_after || and_before
}

/// Conjunctions that open a clause whose subject may follow: `but Mary recalled her`.
const CLAUSE_CONJUNCTIONS: &[&str] = &["and", "but", "then", "yet", "so"];

/// Conjunctions that open a clause inside a sentence whose subject the narration may go
/// on about: `It was long after seven when Ruth came back. She was pale.` (Not `until` or
/// `as`, whose clause is more often a side note: on the dev novels `when`, `after` and
/// `before` each made more pronouns right than wrong, `as` and `until` more wrong. Nor
/// `while`, whose clause sets a scene behind the main one: `Tom waited while Ruth shut
/// the door` goes on about Tom.)
const INNER_SUBORDINATORS: &[&str] = &["when", "after", "before"];

/// Whether the words from token `k` on are a clause's subject: a conjunction or a comma
/// opens the clause before them (`, and Ralph stood up`, `but Mary recalled her`), and a
/// lower-case word, the verb, comes right after the `end` of the subject; not `said to
/// Ralph quietly`, nor `while Mary watched`, which is no main clause.
pub(crate) fn clause_subject(tokens: &[Token], k: usize, end: usize, text: &str) -> bool {
    let opened = k.checked_sub(1).map_or(true, |b| match tokens[b].kind {
        // `"Q," Ruiz told reporters`: the tag after a quotation is a clause.
        Kind::Quote(_) => tokens[b].ends_with_comma(text),
        _ => joins_clause(&tokens[b], text),
    }) || adverb_after_conjunction(tokens, k, text);
    opened && (verb_after(tokens, end) || verb_after_aside(tokens, end, text))
}

/// Whether token `t` is a conjunction ([`CLAUSE_CONJUNCTIONS`], [`INNER_SUBORDINATORS`]),
/// comma or semicolon that opens a clause.
#[inline]
fn joins_clause(t: &Token, text: &str) -> bool {
    match t.kind {
        Kind::Word => {
            let w = t.text(text);
            CLAUSE_CONJUNCTIONS.contains(&w) || INNER_SUBORDINATORS.contains(&w)
        }
        Kind::Punct(',' | ';') => true,
        _ => false,
    }
}

/// `, and then she turned`, `but again she stopped`: whether an adverb
/// ([`crate::rules::inner_adverb`]) after a conjunction or comma stands right before token
/// `k`, a clause's subject. (Kept out of [`clause_subject`], which runs for every name.)
#[inline(never)]
fn adverb_after_conjunction(tokens: &[Token], k: usize, text: &str) -> bool {
    k > 1 && joins_clause(&tokens[k - 2], text) && crate::rules::inner_adverb(tokens, k - 1, text)
}

/// `Since Haddad had no answer to give, he went to the window`: the subject of a clause
/// that opens its sentence with a subordinating conjunction is who the narration is about,
/// and whom the main clause's `he` takes up.
fn opening_clause_subject(tokens: &[Token], m: &Mention, text: &str) -> bool {
    let k = m.tokens.start;
    // (The conjunction's length first: the check runs for every name.)
    k > 0
        && tokens[k - 1].span.len() <= LONGEST_SUBORDINATOR
        && crate::token::opens_sentence(tokens, k - 1)
        && CLAUSE_ONLY_OPENERS
            .iter()
            .chain(MORE_SUBORDINATORS)
            .any(|w| tokens[k - 1].text(text).eq_ignore_ascii_case(w))
        && verb_after(tokens, m.tokens.end)
        && main_clause_pronoun(tokens, m.tokens.end, text)
}

/// Whether the comma that closes the clause after token `from`, within its sentence, has a
/// personal pronoun right after it: the main clause's subject (`..., he went to the window`).
fn main_clause_pronoun(tokens: &[Token], from: usize, text: &str) -> bool {
    let Some(comma) = tokens[from..]
        .iter()
        .take(MAX_OPENING_CLAUSE)
        .take_while(|t| t.kind == Kind::Word || t.is_punct(','))
        .position(|t| t.is_punct(','))
    else {
        return false;
    };
    // (A second clause opening may stand before it, whose subject is the same person:
    // `When Ruth came home, though she was tired, ...`.)
    let mut k = from + comma + 1;
    if tokens
        .get(k)
        .is_some_and(|t| CLAUSE_ONLY_OPENERS.contains(&t.text(text)))
    {
        k += 1;
    }
    tokens
        .get(k)
        .is_some_and(|t| matches!(t.text(text), "he" | "she"))
}

/// Most tokens of a clause opening a sentence that [`main_clause_pronoun`] reads.
const MAX_OPENING_CLAUSE: usize = 16;

/// The length in bytes of the longest conjunction [`opening_clause_subject`] reads.
const LONGEST_SUBORDINATOR: usize = 8;

/// Conjunctions besides [`CLAUSE_ONLY_OPENERS`] that open a clause before the main one
/// when a name and a verb follow them (`Since Ruth had ...`), though they may also head a
/// phrase (`Since Monday`).
const MORE_SUBORDINATORS: &[&str] = &["since", "once"];

/// Most tokens of an aside between a subject and its verb ([`verb_after_aside`]).
const MAX_ASIDE: usize = 12;

/// Most tokens of an aside that is a relative clause opened by `who` ([`verb_after_aside`]).
const MAX_RELATIVE_ASIDE: usize = 24;

/// Whether token `end` opens an aside set off by commas, with the verb right after it:
/// `but Mr. Lane, instead of leaving too, sat down again`. The aside holds words only,
/// no quote, sentence end or break.
fn verb_after_aside(tokens: &[Token], end: usize, text: &str) -> bool {
    if !tokens.get(end).is_some_and(|t| t.is_punct(',')) {
        return false;
    }
    // (A relative clause on a person may run longer: `Cora, who seemed to be arguing
    // with someone on the stairs about it, burst in`.)
    let relative = tokens
        .get(end + 1)
        .is_some_and(|t| matches!(t.text(text), "who" | "whose" | "whom"));
    let close = tokens[end + 1..]
        .iter()
        .take(if relative {
            MAX_RELATIVE_ASIDE
        } else {
            MAX_ASIDE
        })
        .position(|t| t.kind != Kind::Word)
        .map(|i| end + 1 + i);
    // Not a description or a name set beside the name (`Millie, her new maid, had`):
    // that is an apposition, for the apposition reader, and stepping over one here made
    // more pronouns wrong than right on the dev novels. Nor a clause joined on (`Ruth,
    // and then said`), which is a new clause, not an aside.
    let first = tokens.get(end + 1);
    let not_aside = first.is_some_and(|t| {
        t.is_capitalized()
            || t.info().function == Some(lexicon::Function::Determiner)
            || CLAUSE_CONJUNCTIONS.contains(&t.text(text))
            || matches!(t.text(text), "or" | "nor")
    });
    !not_aside
        && close
            .is_some_and(|c| c > end + 1 && tokens[c].is_punct(',') && verb_after(tokens, c + 1))
}

/// Whether token `end` may be the verb after a subject: a lower-case word that is no
/// article, preposition or conjunction (`nodded`, `had`, `then`).
pub(super) fn verb_after(tokens: &[Token], end: usize) -> bool {
    tokens.get(end).is_some_and(|t| {
        t.kind == Kind::Word
            && !t.is_capitalized()
            // (`told`, which the tables also list among words after a speech verb.)
            && (matches!(t.info().function, None | Some(lexicon::Function::Between))
                || t.info().verb.is_some())
    })
}

/// Most lower-case words [`apposed_to_subject`] steps over before a name.
const MAX_MODIFIERS: usize = 3;

/// Whether name `m` is set off by commas after a description that opens its sentence,
/// with the verb after it: `Her counterpart in Ottawa, Dr. Felix Arsenault, disagreed.`
/// The name is who the sentence is about, as much as if it opened it.
fn apposed_to_subject(tokens: &[Token], m: &Mention, text: &str) -> bool {
    let Some(mut comma) = m.tokens.start.checked_sub(1) else {
        return false;
    };
    // `Her grandmother, 88-year-old Odette Lind,`, `..., retired nurse Ada Kolb,`: an age
    // or lower-case role words may stand before the name.
    let modifier = |t: &Token| {
        let w = t.text(text);
        let info = t.info();
        t.kind == Kind::Word
            && !t.is_capitalized()
            && (mention::age_noun(w) || info.role || info.title || crate::rules::plain_word(t))
    };
    let first = comma;
    while comma > 0 && first - comma < MAX_MODIFIERS && modifier(&tokens[comma]) {
        comma -= 1;
    }
    if !(tokens[comma].is_punct(',')
        && tokens.get(m.tokens.end).is_some_and(|t| t.is_punct(','))
        && verb_after(tokens, m.tokens.end + 1))
    {
        return false;
    }
    // The sentence opens a few words back with a description, and no verb or comma comes
    // between it and the name's comma (`in Ottawa` may).
    let Some(start) = (comma.saturating_sub(MAX_APPOSED_SUBJECT)..comma)
        .rev()
        .find(|&k| crate::token::opens_sentence(tokens, k))
    else {
        return false;
    };
    mention::forward(tokens, start, text).is_some_and(|d| {
        d.kind == MentionKind::Role
            && tokens[d.tokens.end.min(comma)..comma]
                .iter()
                .all(|t| t.kind == Kind::Word && t.info().verb.is_none())
    })
}

/// How many tokens a description opening the sentence may take before a name set off
/// after it ([`apposed_to_subject`]).
const MAX_APPOSED_SUBJECT: usize = 10;

/// Most words of a phrase that opens a sentence without a comma before its subject
/// ([`after_opening_phrase`]).
const MAX_BARE_PHRASE: usize = 8;

/// Conjunctions that open only a subordinate clause, never a phrase of time or place: a
/// name after them is that clause's subject (`As Duchess Varga rose to leave the band
/// struck up`), not the sentence's. (`after`, `before`, `since` and `until` also
/// head phrases: `After supper Ruth read aloud`.)
const CLAUSE_ONLY_OPENERS: &[&str] = &[
    "when", "whenever", "while", "as", "if", "though", "although", "because", "unless", "whereas",
];

/// Whether name `m` is its sentence's subject after an opening phrase of two words or more
/// with no comma: `At half-past nine Ruth came down`, `For a moment Ruth stood still`.
/// (After one word, `Then Ruth turned`, the name is [`crate::rules::at_sentence_start`]'s.)
/// The phrase is read as [`crate::rules::subject_of`] reads it for the speech rules, up to
/// the verb after the name: a comma later in the sentence closes no phrase before it.
fn after_opening_phrase(tokens: &[Token], m: &Mention, text: &str) -> bool {
    let k = m.tokens.start;
    let Some(start) = (k.saturating_sub(MAX_BARE_PHRASE)..k)
        .rev()
        .find(|&j| crate::token::opens_sentence(tokens, j))
    else {
        return false;
    };
    let opener = tokens[start].text(text);
    let clause = CLAUSE_ONLY_OPENERS
        .iter()
        .any(|w| opener.eq_ignore_ascii_case(w));
    // (`Before he had even latched Mr. Lane's gate, he ...`: a pronoun in the phrase is
    // the subject of a clause, and the name after it is not the sentence's.)
    if k - start < 2
        || clause
        || tokens[start..k]
            .iter()
            .any(|t| t.kind != Kind::Word || t.is_pronoun())
    {
        return false;
    }
    // `The following Monday Ruth surprised her aunt`, `A moment later Ruth turned`: a
    // phrase of time that a noun of time (or an adverb measuring back from one) ends. Not
    // `the` and the noun alone: `The day Ruth left, ...` is the day of which a clause
    // tells.
    let last = tokens[k - 1].text(text);
    let time_word = |w: &&str| last.eq_ignore_ascii_case(w);
    let bare_the = k - start == 2 && opener.eq_ignore_ascii_case("the");
    let timed = (TIME_PHRASE_ENDS.iter().any(time_word) || lexicon::DAYS.iter().any(time_word))
        && !bare_the
        && tokens[start + 1..k - 1].iter().all(|t| !t.is_capitalized())
        && (verb_after(tokens, m.tokens.end) || verb_after_aside(tokens, m.tokens.end, text));
    let limit = (m.tokens.end + 1).min(tokens.len());
    timed
        || crate::rules::subject_of(tokens, start, limit, text)
            .is_some_and(|s| s.tokens.start == k && s.kind == MentionKind::Name)
}

/// Nouns for a person's body, voice and bearing. When one that a name owns is a sentence's
/// subject (`Petra's chin trembled.`), the sentence is about that person as much as if
/// the name were its subject: a `she` after it is Petra. A relative the name owns is a
/// person of their own (`Petra's aunt came in.`), and so are most other nouns, which is why
/// only these count.
const BEARING_NOUNS: &[&str] = &[
    "arm",
    "arms",
    "breath",
    "brow",
    "cheek",
    "cheeks",
    "chin",
    "color",
    "colour",
    "countenance",
    "courage",
    "expression",
    "eye",
    "eyes",
    "face",
    "features",
    "fingers",
    "forehead",
    "gaze",
    "glance",
    "hand",
    "hands",
    "head",
    "heart",
    "jaw",
    "knees",
    "laugh",
    "lip",
    "lips",
    "look",
    "manner",
    "mind",
    "mood",
    "mouth",
    "nose",
    "patience",
    "pulse",
    "shoulders",
    "smile",
    "spirits",
    "tears",
    "temper",
    "thoughts",
    "throat",
    "tone",
    "voice",
];

/// Whether `word` is a noun for a person's body, voice or bearing ([`BEARING_NOUNS`]).
pub(crate) fn bearing_noun(word: &str) -> bool {
    BEARING_NOUNS.contains(&word)
}

/// The owner named at token `i` when its body, voice or bearing ([`BEARING_NOUNS`]) is the
/// subject of a sentence or a joined clause: `Petra` in `Petra's chin trembled.` or in
/// `, and Petra's voice shook`, as a one-word name that the name index then reads as a
/// subject. (`Mr. Hale's face` is left to the description reader: a title before the
/// owner is rare there.)
pub(super) fn possessor_subject(tokens: &[Token], i: usize, text: &str) -> Option<Mention> {
    let t = &tokens[i];
    let (stem, possessive) = mention::strip_possessive(t.text(text));
    let noun = tokens.get(i + 1)?;
    if !possessive
        || stem.contains(['\'', '’'])
        || lexicon::lookup(stem).function.is_some()
        || noun.kind != Kind::Word
        || !BEARING_NOUNS.contains(&noun.text(text))
    {
        return None;
    }
    let subject =
        crate::rules::at_sentence_start(tokens, i, text) || clause_subject(tokens, i, i + 2, text);
    let name = t.span.start..t.span.start + stem.len();
    subject.then(|| Mention {
        kind: MentionKind::Name,
        span: name.clone(),
        name,
        title: None,
        gender: None,
        tokens: i..i + 1,
    })
}

/// Words that end a phrase of time opening a sentence ([`after_opening_phrase`]), besides
/// the days ([`lexicon::DAYS`]): its noun (`that evening`, `the next morning`), or an
/// adverb that measures back from one (`a moment later`). Not `time`, which heads a
/// clause as often as not (`Every time Ruth spoke`).
const TIME_PHRASE_ENDS: &[&str] = &[
    "morning",
    "afternoon",
    "evening",
    "night",
    "day",
    "week",
    "month",
    "year",
    "hour",
    "minute",
    "moment",
    "instant",
    "later",
    "afterwards",
    "afterward",
    // Meals tell the time of day too: `That evening before dinner Ruth came up`.
    "breakfast",
    "luncheon",
    "lunch",
    "dinner",
    "supper",
];

#[cfg(test)]
mod tests {
    use super::*;

    /// Whether the name that starts at the first `name` in `text` is read as a subject.
    fn subject(text: &str, name: &str) -> bool {
        let tokens = crate::token::analyze(text).1;
        let at = text.find(name).expect("name in text");
        let k = tokens
            .iter()
            .position(|t| t.span.start == at)
            .expect("token");
        let m = mention::forward(&tokens, k, text).expect("a mention");
        let opens = crate::rules::at_sentence_start(&tokens, k, text);
        is_subject(&tokens, &m, opens, text)
    }

    #[test]
    fn a_name_opening_its_sentence_or_a_joined_clause_is_a_subject() {
        assert!(subject("The kettle sang. Ruth came down.", "Ruth"));
        assert!(subject("Then Ruth turned to the window.", "Ruth"));
        assert!(subject("The kettle sang, and Ruth stood up.", "Ruth"));
        assert!(!subject("Tom took the cup from Ruth and drank.", "Ruth"));
        assert!(!subject("He spoke to Ruth quietly.", "Ruth"));
    }

    #[test]
    fn an_adverb_after_the_opening_conjunction_leaves_the_subject_one() {
        for text in [
            "The kettle sang. But again Ruth stopped him.",
            "And then Ruth got up from her chair.",
            "The kettle sang, and then Ruth stood up.",
            "Tom waited; but presently Ruth came down.",
        ] {
            assert!(subject(text, "Ruth"), "{text}");
        }
        // An adverb that is no opener, or an object after it, is no subject.
        for text in [
            "But Tom again asked Ruth to stay.",
            "The kettle sang, and Tom quietly thanked Ruth for it.",
            "The kettle sang. Then slowly Tom handed Ruth the cup.",
        ] {
            assert!(!subject(text, "Ruth"), "{text}");
        }
    }

    #[test]
    fn the_longest_subordinator_bounds_every_one() {
        let longest = CLAUSE_ONLY_OPENERS
            .iter()
            .chain(MORE_SUBORDINATORS)
            .map(|w| w.len())
            .max();
        assert_eq!(longest, Some(LONGEST_SUBORDINATOR));
    }

    #[test]
    fn the_subject_of_an_opening_clause_whose_main_clause_is_he_or_she_is_a_subject() {
        for text in [
            "Since Ruth had only herself to blame, she said nothing.",
            "When Ruth came in from the yard, she shut the door.",
            // A second opening clause may stand before the pronoun.
            "When Ruth got back, though she was tired, the letters had to be answered.",
        ] {
            assert!(subject(text, "Ruth"), "{text}");
        }
        // With a name after the comma, the main clause is about someone else; after
        // `while` in mid-sentence the name is no sentence's subject.
        assert!(!subject("When Ruth came in, Tom shut the door.", "Ruth"));
        assert!(!subject(
            "When Ruth came in, though Tom was there, ...",
            "Ruth"
        ));
        assert!(!subject("Tom waited while Ruth shut the door.", "Ruth"));
    }

    #[test]
    fn a_name_set_off_after_a_description_opening_the_sentence_is_a_subject() {
        let text = "Her counterpart in Ottawa, Dr. Felix Arsenault, disagreed.";
        assert!(subject(text, "Dr. Felix"));
        let object = "She wrote to her counterpart in Ottawa, Dr. Felix Arsenault, at once.";
        assert!(!subject(object, "Dr. Felix"));
    }

    #[test]
    fn a_name_after_an_opening_phrase_without_a_comma_is_a_subject() {
        for text in [
            "The following Monday Ruth surprised her aunt.",
            "At half-past eight Ruth came down.",
            "A minute later Ruth turned.",
            "For a moment Ruth stood quite still.",
            // A meal tells the time of day.
            "That evening before dinner Ruth came up the stairs.",
        ] {
            assert!(subject(text, "Ruth"), "{text}");
        }
        // A clause has a subject of its own, and so does a phrase with a pronoun in it; `The
        // day` before a name is a day a clause tells of.
        for (text, name) in [
            (
                "When at last Margaret came in Ruth was reading.",
                "Margaret",
            ),
            ("The day Margaret left Ruth wept.", "Margaret"),
            ("Before he had shut Mr. Grey's gate he ran.", "Mr. Grey"),
        ] {
            assert!(!subject(text, name), "{text}");
        }
    }

    #[test]
    fn a_name_after_a_phrase_of_time_and_before_an_aside_is_a_subject() {
        let text = "One evening Ruth, coming in with the post, found her aunt asleep.";
        assert!(subject(text, "Ruth"));
        // A list is no aside: the name is one of several people.
        assert!(!subject("One evening Ruth, Tom and Ann went out.", "Ruth"));
    }

    /// The owner [`possessor_subject`] reads at the first `word` in `text`.
    fn owner(text: &str, word: &str) -> Option<String> {
        let tokens = crate::token::analyze(text).1;
        let at = text.find(word).expect("word in text");
        let k = tokens.iter().position(|t| t.span.start == at)?;
        possessor_subject(&tokens, k, text).map(|m| text[m.name].to_string())
    }

    #[test]
    fn the_owner_of_a_face_or_voice_that_is_a_subject_is_read_as_a_name() {
        for text in [
            "Petra's chin trembled.",
            "The door shut. Petra's eyes filled with tears.",
            "The door shut, and Petra's voice shook when she spoke.",
        ] {
            assert_eq!(owner(text, "Petra's").as_deref(), Some("Petra"), "{text}");
        }
        // A relative is a person of their own; a face in the object is not the subject.
        for text in [
            "Petra's aunt came in.",
            "Mrs. Lowe took Petra's hand.",
            "He looked at Petra's face for a long time.",
        ] {
            assert_eq!(owner(text, "Petra's"), None, "{text}");
        }
    }
}

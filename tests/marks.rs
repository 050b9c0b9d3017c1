//! Quotation-mark styles, apostrophes, nesting and paragraphs, through the public API.

use quotation::{Quote, QuoteKind};

/// The quotes in marks: these tests are about marks, not reported speech.
fn extract_quotes(input: &str) -> Vec<Quote<'_>> {
    quotation::extract_quotes(input)
        .into_iter()
        .filter(|q| q.kind != QuoteKind::Indirect)
        .collect()
}

fn texts(input: &str) -> Vec<&str> {
    extract_quotes(input).into_iter().map(|q| q.text).collect()
}

/// Asserts that no input of `cases` yields a quotation.
fn assert_no_quotes(cases: &[&str]) {
    for input in cases {
        assert!(texts(input).is_empty(), "{input}: {:?}", texts(input));
    }
}

#[test]
fn every_mark_style_with_a_speaker() {
    let cases = [
        (
            "\"The vote is final,\" the clerk said.",
            "The vote is final,",
        ),
        ("“The vote is final,” the clerk said.", "The vote is final,"),
        ("‘The vote is final,’ the clerk said.", "The vote is final,"),
        ("'The vote is final,' the clerk said.", "The vote is final,"),
        ("«The vote is final,» the clerk said.", "The vote is final,"),
        ("„The vote is final,“ the clerk said.", "The vote is final,"),
        (
            "「The vote is final,」 the clerk said.",
            "The vote is final,",
        ),
        (
            "''The vote is final,'' the clerk said.",
            "The vote is final,",
        ),
        (
            "``The vote is final,'' the clerk said.",
            "The vote is final,",
        ),
    ];
    for (input, want) in cases {
        let quotes = extract_quotes(input);
        assert_eq!(quotes.len(), 1, "{input}");
        assert_eq!(quotes[0].text, want, "{input}");
        assert_eq!(
            quotes[0].speaker.as_ref().map(|s| s.mention),
            Some("the clerk"),
            "{input}"
        );
    }
}

#[test]
fn a_headline_in_single_quotes() {
    let input = "Okafor: 'We will not close the ward'\n\nThe minister spoke on Friday.";
    let q = extract_quotes(input);
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].text, "We will not close the ward");
    assert_eq!(q[0].speaker.as_ref().unwrap().name, "Okafor");
}

#[test]
fn apostrophes_never_make_quotes() {
    let input = "The '90s were kind to Gates' rivals, who didn't mind rock 'n' roll or the players' union. \
                 O'Neill said it's 'em or us.";
    assert!(texts(input).is_empty(), "{:?}", texts(input));
}

#[test]
fn inner_quotes_stay_inside_the_outer_one() {
    let input = "\"When she said 'we are done' I believed her,\" Reyes said.";
    assert_eq!(
        texts(input),
        ["When she said 'we are done' I believed her,"]
    );
}

#[test]
fn a_quote_over_three_paragraphs_is_one_quote() {
    let input = "Fisk described the night of the storm.\n\n\
                 \"The water came over the wall at midnight.\n\n\
                 \"By two the cranes were down.\n\n\
                 \"By dawn we were counting what was left,\" she said.";
    let q = extract_quotes(input);
    assert_eq!(q.len(), 1);
    assert!(q[0].text.starts_with("The water came") && q[0].text.ends_with("what was left,"));
    assert_eq!(q[0].speaker.as_ref().unwrap().name, "Fisk");
}

#[test]
fn stray_marks_do_not_hide_later_quotes() {
    let input = "The sign read \"closed for the season.\n\nThe owner said, \"We reopen in May.\"";
    assert_eq!(texts(input), ["We reopen in May."]);
    let input = "He is 6'2\" tall.\n\n\"I played centre,\" he said.";
    assert_eq!(texts(input), ["I played centre,"]);
}

#[test]
fn hard_wrapped_dialogue() {
    let input = "The carriage stopped at the gate and\nthe old man climbed down slowly.\n\n\
                 \"You are late again,\" said Mrs. Hale, who had\nwaited an hour in the cold and\nwas not pleased.\n\n\
                 \"The roads were bad,\" he said. \"There was\nsnow on the hill all the way\nfrom the village.\"\n";
    let q = extract_quotes(input);
    assert_eq!(q.len(), 3);
    assert_eq!(
        q[2].text,
        "There was\nsnow on the hill all the way\nfrom the village."
    );
    assert_eq!(q[0].speaker.as_ref().unwrap().mention, "Mrs. Hale");
}

#[test]
fn partial_quotes_take_the_sentence_speaker() {
    let input = "Okafor called the budget a \"serious step\" toward recovery.";
    let q = &extract_quotes(input)[0];
    assert_eq!(q.kind, QuoteKind::Partial);
    assert_eq!(q.speaker.as_ref().unwrap().mention, "Okafor");
}

#[test]
fn scare_quotes_titles_and_nicknames_are_not_quotes() {
    let cases = [
        "The so-called \"reform\" passed without debate.",
        "She reread \"The Old Man and the Sea\" on the train.",
        "Boxer Jimmy \"The Hammer\" Doyle retired last week.",
        "The \"smart\" meters failed in the first frost.",
    ];
    assert_no_quotes(&cases);
}

#[test]
fn a_phrase_running_on_past_a_sentence_end_is_speech_without_a_speaker() {
    // No speech verb and no speaker in the sentence, but the quote ends one sentence and
    // goes on with another: no scare quote, title or nickname does that.
    let input = "The mayor thanked the six towns for \"standing firm on the closures. That \
                 matters more than any grant.\"";
    assert_eq!(
        texts(input),
        ["standing firm on the closures. That matters more than any grant."]
    );
    // So does a cry, and a sentence ending in a name.
    let cry = "The meeting broke up in cries of \"Wait! We have not voted yet.\"";
    assert_eq!(texts(cry), ["Wait! We have not voted yet."]);
    let named = "The councils were thanked for \"standing by Halvorsen. Nobody else did.\"";
    assert_eq!(texts(named), ["standing by Halvorsen. Nobody else did."]);
    // A period after an abbreviation or an initial ends no sentence: still a phrase.
    let cases = [
        "Tourists photograph the \"bridge drawn up by Mr. Hale\" every summer.",
        "Tourists photograph the \"bridge opened by Gov. Ruiz\" every summer.",
        "Locals still call it the \"mill bought by J. Ortiz\" today.",
        "Locals still call it the \"mill of the U.S. Navy\" today.",
    ];
    assert_no_quotes(&cases);
}

#[test]
fn a_lone_quoted_word_needs_a_speaker_of_its_own_sentence() {
    // The word's own sentence has no speech verb: a speaker inherited from the quote
    // before does not make it theirs. It is the writer holding a word at a distance.
    let inherited = "\"We will open the depot in March,\" Ines Varga said. The board \
                     called the plan sound. Its \"temporary\" status has lasted two years.";
    assert_eq!(texts(inherited), ["We will open the depot in March,"]);
    // A speech verb of its own sentence makes the word the speaker's.
    let own = "\"We will open the depot in March,\" Ines Varga said. She called the delay \
               \"regrettable\" on Friday.";
    assert_eq!(
        texts(own),
        ["We will open the depot in March,", "regrettable"]
    );
    // A phrase in the same place is kept with the inherited speaker.
    let phrase = "\"We will open the depot in March,\" Ines Varga said. The board \
                  called the plan sound. Its \"temporary for now\" status has lasted.";
    assert_eq!(
        texts(phrase),
        ["We will open the depot in March,", "temporary for now"]
    );
}

#[test]
fn a_title_or_a_term_is_no_quote_even_in_a_sentence_with_a_speech_verb() {
    // A show's title inside a sentence a speech verb governs, and a term held at a
    // distance by `so-called`, even where someone speaks in the sentence.
    let cases = [
        "The broadcaster has renewed \"The Quiet Shore\" for a third season, it announced.",
        "Viewers complain the so-called \"lighthouse mystery\" has dragged on.",
        "Viewers complain the so called \"lighthouse mystery\" has dragged on.",
    ];
    assert_no_quotes(&cases);
    // A name the speaker coins is their words, in title case or not.
    assert_eq!(
        texts("The minister called the campaign \"Project Panic\" on Monday."),
        ["Project Panic"]
    );
    assert_eq!(
        texts("\"Project Panic,\" as the minister calls it, failed."),
        ["Project Panic,"]
    );
}

#[test]
fn a_quoted_subheading_is_not_a_quotation() {
    let input = "\"We will keep the clinic open,\" Okafor said.\n\n\
                 'A promise kept at last'\n\n\
                 The clinic opened in 1998 and serves four villages.";
    assert_eq!(texts(input), ["We will keep the clinic open,"]);
    // A comma inside makes no sentence of it.
    let comma = "\"We will keep the clinic open,\" Okafor said.\n\n\
                 'Not a hero, just a nurse'\n\n\
                 The clinic opened in 1998 and serves four villages.";
    assert_eq!(texts(comma), ["We will keep the clinic open,"]);
    // Dialogue on a line of its own carries punctuation, or a space for a lost dash.
    let dialogue = "\"Where is the ferry?\" asked Moss.\n\n\"Gone.\"\n\n\"I say it will come back  \"\n\n\"Well, not today,\"\n\nThe pier was empty.";
    assert_eq!(
        texts(dialogue),
        [
            "Where is the ferry?",
            "Gone.",
            "I say it will come back",
            "Well, not today,"
        ]
    );
}

#[test]
fn a_list_of_quoted_words_is_not_a_quotation() {
    let input = "The dictionary added \"doomscroll,\" \"side quest\" and \"rizz\" this year, \
                 editor Ann Cole said.";
    assert!(texts(input).is_empty(), "{:?}", texts(input));
    // Cries in a row are speech.
    let cries = "\"Bravo!\" \"Encore!\" \"Once more!\" the crowd shouted.";
    assert_eq!(texts(cries), ["Bravo!", "Encore!", "Once more!"]);
    // Two quoted phrases are not yet a list.
    let two = "Cole called the words \"overused\" and \"tired\" in a note.";
    assert_eq!(texts(two), ["overused", "tired"]);
    // Short sentences in a row, each with its own stop, are turns of speech.
    let turns = "\"Yes.\" \"No.\" \"Maybe,\" said Tom.";
    assert_eq!(texts(turns), ["Yes.", "No.", "Maybe,"]);
    // The last word of a list may carry the sentence's period.
    let last = "The dictionary added \"doomscroll,\" \"side quest\" and \"rizz.\"";
    assert!(texts(last).is_empty(), "{:?}", texts(last));
}

#[test]
fn a_short_snippet_of_a_wrapped_book_keeps_its_quotes_whole() {
    // Two wrapped lines and a blank one: the line break inside the quote only wraps it,
    // though the snippet is too short to show its layout by line lengths alone.
    let text = "Mrs. Lane shook her head. \"How can you say that, Mr.\n\
                Penrose? The horses suffer.\"\n\n\
                She went out.";
    let quotes = quotation::extract_quotes(text);
    assert_eq!(quotes.len(), 1);
    assert_eq!(
        quotes[0].text,
        "How can you say that, Mr.\nPenrose? The horses suffer."
    );
    assert_eq!(
        quotes[0].speaker.as_ref().map(|s| s.mention),
        Some("Mrs. Lane")
    );
}

//! Whole articles, written for these tests: several speakers, pronouns, descriptions,
//! multi-paragraph quotes and dialogue.

use quotation::{Entry, Extractor, Gazetteer, Gender, Quote, QuoteKind};

/// The quotes in marks (direct and partial) of `text`.
fn extract_quotes(text: &str) -> Vec<Quote<'_>> {
    quotation::extract_quotes(text)
        .into_iter()
        .filter(|q| q.kind != QuoteKind::Indirect)
        .collect()
}

/// The reported speech of `text`: `(clause, speaker name, rule)`.
fn reported(text: &str) -> Vec<(&str, String, &'static str)> {
    quotation::extract_quotes(text)
        .into_iter()
        .filter(|q| q.kind == QuoteKind::Indirect)
        .map(|q| (q.text, q.speaker.unwrap().name.to_string(), q.rule.unwrap()))
        .collect()
}

/// Asserts that each `(text, report, speaker)` case reports that one clause, said by that
/// speaker.
fn assert_one_report_each(cases: &[(&str, &str, &str)]) {
    for &(text, report, speaker) in cases {
        let got: Vec<(&str, String)> = reported(text).into_iter().map(|r| (r.0, r.1)).collect();
        assert_eq!(got, [(report, speaker.to_string())], "{text}");
    }
}

/// Each of `quotes` with its resolved speaker name; all must have a speaker.
fn said_by<'a>(quotes: &[Quote<'a>]) -> Vec<(&'a str, String)> {
    quotes
        .iter()
        .map(|q| (q.text, q.speaker.as_ref().unwrap().name.to_string()))
        .collect()
}

/// The mention and resolved name of the last quote's speaker in `text`, which must have
/// one.
fn last_speaker(text: &str) -> (String, String) {
    let quotes = extract_quotes(text);
    let s = quotes
        .last()
        .and_then(|q| q.speaker.as_ref())
        .expect("a speaker");
    (s.mention.to_string(), s.name.to_string())
}

/// The resolved speaker name of each of `quotes`, which must all have a speaker.
fn speaker_names(quotes: &[Quote<'_>]) -> Vec<String> {
    quotes
        .iter()
        .map(|q| q.speaker.as_ref().unwrap().name.to_string())
        .collect()
}

type Row = (String, Option<String>, Option<&'static str>);

/// `(quote text, resolved speaker name, rule)` for every quote, the text cut to the length
/// of the expected prefix.
fn summary(quotes: &[quotation::Quote<'_>], want: &[Row]) -> Vec<Row> {
    quotes
        .iter()
        .zip(
            want.iter()
                .map(|w| w.0.len())
                .chain(std::iter::repeat(usize::MAX)),
        )
        .map(|(q, n)| {
            let cut = q
                .text
                .char_indices()
                .map(|(i, _)| i)
                .chain([q.text.len()])
                .find(|&i| i >= n)
                .unwrap_or(q.text.len());
            (
                q.text[..cut].to_string(),
                q.speaker.as_ref().map(|s| s.name.to_string()),
                q.rule,
            )
        })
        .collect()
}

fn row(prefix: &str, name: &str, rule: &'static str) -> Row {
    (prefix.to_string(), Some(name.to_string()), Some(rule))
}

const COUNCIL: &str = "\
City Council Delays Vote on Transit Plan

Councillor Priya Raman said on Tuesday that the transit plan needed another month of study.

\"We are being asked to spend half a billion dollars on a map,\" Raman said. \"I want to see the engineering first.\"

Transit Commissioner Daniel Osei defended the proposal, calling it \"the most studied line in the province.\"

\"Every station on this route has been surveyed twice,\" he said. \"The engineering exists. It is in the appendix.\"

The commissioner said the delay would cost the city about $4 million a month in higher prices.

Raman was unmoved. \"Then the appendix should have been in the report,\" she told reporters after the meeting.

Added Osei: \"We will bring it back in March, with the appendix on top.\"
";

#[test]
fn council_article_every_speaker_resolved() {
    let q = extract_quotes(COUNCIL);
    let want = vec![
        row(
            "We are being asked to spend",
            "Priya Raman",
            "quote-speaker-verb",
        ),
        row(
            "I want to see the engineering",
            "Priya Raman",
            "continuation",
        ),
        row(
            "the most studied line in the",
            "Daniel Osei",
            "sentence-verb",
        ),
        row(
            "Every station on this route",
            "Daniel Osei",
            "quote-speaker-verb",
        ),
        row("The engineering exists.", "Daniel Osei", "continuation"),
        row(
            "Then the appendix should",
            "Priya Raman",
            "quote-speaker-verb",
        ),
        row(
            "We will bring it back in Ma",
            "Daniel Osei",
            "verb-speaker-quote",
        ),
    ];
    assert_eq!(summary(&q, &want), want);
    assert_eq!(q[2].kind, QuoteKind::Partial);
    assert_eq!(q[3].speaker.as_ref().unwrap().mention, "he");
    assert_eq!(q[5].speaker.as_ref().unwrap().mention, "she");
    assert_eq!(q[5].cue.as_ref().unwrap().text, "told");
}

const FLOOD: &str = "\
Flood Defences Hold as River Peaks

Environment Agency spokeswoman Hannah Lowe said the barriers in the town centre held through the night.

\"We had people on the walls from six in the evening until it turned.

\"At the peak the river was eleven centimetres from the top. That is closer than anyone would like, but it held,\" Lowe said.

Residents were less sure. Local officials have said \"lessons will be learned\" after the last flood, said shop owner Graham Pike.

\"They said that in 2015 too,\" Pike said.

The spokeswoman said a review of the defences would be published in the spring.

\"Nothing is off the table,\" the spokeswoman said.
";

#[test]
fn flood_article_multi_paragraph_quote_and_role_noun() {
    let q = extract_quotes(FLOOD);
    assert_eq!(q.len(), 4, "{q:#?}");
    assert!(q[0].text.starts_with("We had people") && q[0].text.ends_with("but it held,"));
    assert_eq!(q[0].speaker.as_ref().unwrap().name, "Hannah Lowe");
    assert_eq!(q[1].text, "lessons will be learned");
    assert_eq!(q[1].kind, QuoteKind::Partial);
    assert_eq!(q[1].speaker.as_ref().unwrap().mention, "Local officials");
    assert_eq!(q[2].speaker.as_ref().unwrap().name, "Graham Pike");
    assert_eq!(q[3].speaker.as_ref().unwrap().mention, "the spokeswoman");
    assert_eq!(q[3].speaker.as_ref().unwrap().name, "Hannah Lowe");
}

const DIALOGUE: &str = "\
The lamp had burned low by the time\nMargaret came down the stairs.\n\n\
\"You are still awake,\" said Margaret.\n\n\
\"I could not sleep,\" said Edward. \"The wind\nkept me up.\"\n\n\
\"It has been blowing since noon.\"\n\n\
\"Since yesterday, I think.\"\n\n\
Margaret sat by the fire and said nothing\nfor a while. \"Will you go to town tomorrow?\"\n";

#[test]
fn dialogue_turn_taking_in_hard_wrapped_text() {
    let q = extract_quotes(DIALOGUE);
    let want = vec![
        row("You are still awake,", "Margaret", "quote-verb-speaker"),
        row("I could not sleep,", "Edward", "quote-verb-speaker"),
        row("The wind\nkept me up.", "Edward", "continuation"),
        row("It has been blowing since", "Margaret", "turn-taking"),
        row("Since yesterday, I think.", "Edward", "turn-taking"),
        row("Will you go to town tomor", "Margaret", "sentence-before"),
    ];
    assert_eq!(summary(&q, &want), want);
    assert!(q.iter().all(|q| q.kind == QuoteKind::Direct));
}

/// A dialogue in which one speaker's tag breaks across a line (`said Mrs.\nTolliver`).
const WRAPPED_TAG: &str = "\"Is the coach late again?\" asked Mr. Dunn.

\"It is,\" said Mrs. Tolliver.

\"And the inn at Stowe?\" asked Mr. Dunn.

\"Full, sir, since Tuesday,\" said Mrs. Tolliver.

\"Then I am stuck here,\" said Mr. Dunn.

\"There are worse places,\" said Mrs. Tolliver.

\"I did not say otherwise,\" said Mr. Dunn.

\"It is always late in March,\" said Mrs.
Tolliver. \"The road floods below the mill.\"

Mrs. Tolliver set down the teapot. \"You will want a room, then,\" she said.

\"Just for the one night.\"
";

#[test]
fn a_name_broken_across_lines_is_the_same_speaker() {
    // `Mrs.\nTolliver` and `Mrs. Tolliver` are one woman: after two of her turns, the
    // untagged reply is the other speaker's, not hers again under her wrapped name.
    let q = extract_quotes(WRAPPED_TAG);
    let want = vec![
        row("It is always late", "Mrs. Tolliver", "quote-verb-speaker"),
        row("The road floods", "Mrs. Tolliver", "continuation"),
        row(
            "You will want a room",
            "Mrs. Tolliver",
            "quote-speaker-verb",
        ),
        row("Just for the one night.", "Dunn", "dialogue-alternation"),
    ];
    assert_eq!(summary(&q[7..], &want), want);
}

const RECITED_VERSE: &str =
    "The kettle had begun to sing on the hob when Nell came in from the yard.

\"Is the fire lit?\" asked Nell.

\"It is,\" said Amos.

\"Then sing me the old song.\"

\"Only the start of it. It went like this:

      Down by the mill where Kitty waits,
      The water runs all day.

And that is all I can call to mind of it now.\"

\"Mother used to sing it.\"

\"She did. She sang it every winter.\"
";

#[test]
fn a_turn_that_recites_a_verse_is_one_quote_and_the_talk_goes_on() {
    // The turn is left open before the verse and closed after it: one quotation with the
    // verse inside, so `Kitty` in the verse is no one in the scene, and the turns after
    // it keep alternating between Nell and Amos.
    let q = extract_quotes(RECITED_VERSE);
    assert_eq!(q.len(), 6);
    assert!(q[3].text.contains("Kitty waits") && q[3].text.ends_with("of it now."));
    let want = vec![
        row("Only the start", "Amos", "turn-taking"),
        row("Mother used to", "Nell", "turn-taking"),
        row("She did.", "Amos", "turn-taking"),
    ];
    assert_eq!(summary(&q[3..], &want), want);
}

#[test]
fn a_gazetteer_changes_names_and_pronouns() {
    let text = "\"We will publish the figures,\" Dr. Osei said.\n\n\"All of them,\" she added.";
    // Without a gazetteer, `she` has no compatible person in the article but the speaker.
    let plain = extract_quotes(text);
    assert_eq!(plain[0].speaker.as_ref().unwrap().name, "Osei");
    let mut g = Gazetteer::new();
    g.insert(
        Entry::new("Abena Osei")
            .alias("Dr. Osei")
            .alias("Osei")
            .gender(Gender::Female),
    )
    .unwrap();
    let x = Extractor::builder().gazetteer(g).build();
    let q: Vec<Quote<'_>> = x
        .extract(text)
        .into_iter()
        .filter(|q| q.kind != QuoteKind::Indirect)
        .collect();
    assert_eq!(q[0].speaker.as_ref().unwrap().name, "Abena Osei");
    assert_eq!(q[1].speaker.as_ref().unwrap().name, "Abena Osei");
}

#[test]
fn the_bundled_sample_article() {
    let text = include_str!("../examples/sample_article.txt");
    let q = extract_quotes(text);
    assert_eq!(q.len(), 11);
    assert!(q.iter().all(|q| q.speaker.is_some()), "{q:#?}");
    let names: Vec<String> = q
        .iter()
        .map(|q| q.speaker.as_ref().unwrap().name.to_string())
        .collect();
    assert_eq!(names.iter().filter(|n| *n == "Samuel Adeyemi").count(), 4);
    assert_eq!(names.iter().filter(|n| *n == "Maya Brennan").count(), 2);
}

#[test]
fn council_article_reported_speech() {
    assert_eq!(
        reported(COUNCIL),
        vec![
            (
                "the transit plan needed another month of study",
                "Priya Raman".to_string(),
                "indirect-speaker-verb"
            ),
            (
                "the delay would cost the city about $4 million a month in higher prices",
                "Daniel Osei".to_string(),
                "indirect-speaker-verb"
            ),
        ]
    );
}

#[test]
fn reported_speech_constructions() {
    let cases: &[(&str, &str, &str)] = &[
        (
            "Fisk told reporters on Friday that the port had never been busier.",
            "the port had never been busier",
            "Fisk",
        ),
        // `that` before a noun and a plural is the conjunction: as a determiner it takes a
        // singular head (`that plan would fail`).
        (
            "Wojcik told councillors that service cuts were likely by spring.",
            "service cuts were likely by spring",
            "Wojcik",
        ),
        // A count made approximate after `that` opens the clause's subject.
        (
            "Chief Liam Sato said at a briefing that at least 14 homes had burned.",
            "at least 14 homes had burned",
            "Liam Sato",
        ),
        (
            "The union said that more than half its members had voted.",
            "more than half its members had voted",
            "union",
        ),
        // So does a phrase of time or place, when a verb follows it: `that` as a
        // determiner takes no preposition.
        (
            "The paper reported that in March the mayor had sold the old ferry.",
            "in March the mayor had sold the old ferry",
            "paper",
        ),
        (
            "Harbour radio reported that during the visit, the mayor repeated his offer.",
            "during the visit, the mayor repeated his offer",
            "Harbour radio",
        ),
        // So does a long subject that a finite verb follows, its noun singular or not.
        (
            "The architect explains that comfort for the old dog and the use of local \
             timber were the two main goals.",
            "that comfort for the old dog and the use of local timber were the two main goals",
            "architect",
        ),
        // A period named from now between the verb and `that` is when it was said.
        (
            "The inspector, Lt. Omar Haddad, testified last week that the wiring was new.",
            "the wiring was new",
            "Omar Haddad",
        ),
        (
            "Regional officials said earlier this month that the ferry would resume in April.",
            "the ferry would resume in April",
            "Regional officials",
        ),
        (
            "Haddad said late Tuesday the wiring had passed two checks.",
            "the wiring had passed two checks",
            "Haddad",
        ),
        // Where the speaking was: the report starts at `that`.
        (
            "Defence lawyer Craig Dunmore said outside the courthouse that his clients were \
             disappointed.",
            "his clients were disappointed",
            "Craig Dunmore",
        ),
        (
            "The port had never been busier, Fisk said.",
            "The port had never been busier",
            "Fisk",
        ),
        (
            "According to the ministry, the talks will resume next week.",
            "the talks will resume next week",
            "ministry",
        ),
        (
            "Okafor said Monday the ward would stay open.",
            "the ward would stay open",
            "Okafor",
        ),
        (
            "Okafor insisted that the ward would stay open through the winter.",
            "the ward would stay open through the winter",
            "Okafor",
        ),
        // A clause inside the report is not a phrase before `that`.
        (
            "Aziz says the gate is designed for that to happen in a storm.",
            "the gate is designed for that to happen in a storm",
            "Aziz",
        ),
        // A phrase of place before `that`.
        (
            "The utility said in its filing that rates would rise by a tenth.",
            "rates would rise by a tenth",
            "utility",
        ),
        // A subordinate clause right after `that`.
        (
            "The mayor added that while costs rose, the plan still stands.",
            "while costs rose, the plan still stands",
            "mayor",
        ),
        // A progressive is not a passive.
        (
            "Planners have been saying that the city needs more shade trees.",
            "the city needs more shade trees",
            "Planners",
        ),
        // A hearer that is a bare plural, then a clause without `that`.
        (
            "She told detectives she saw the van leave before midnight.",
            "she saw the van leave before midnight",
            "she",
        ),
        // An epithet alone before the verb is a surname.
        (
            "Young said he expects the line to reopen by spring.",
            "he expects the line to reopen by spring",
            "Young",
        ),
        // The antecedent of `who` speaks.
        (
            "The club has a list of veteran coaches who say they will retire soon.",
            "they will retire soon",
            "veteran coaches",
        ),
        // Modifiers with no determiner before a group noun.
        (
            "At the briefing, transit officials said the new cars are late again.",
            "the new cars are late again",
            "transit officials",
        ),
        // A plural agent noun the tables do not list.
        (
            "But forecasters say the harvest will be late this year.",
            "the harvest will be late this year",
            "forecasters",
        ),
        // A verb that needs `that` before an object takes a clause after a subject pronoun.
        (
            "Officials explain they will gut the building before any repairs.",
            "they will gut the building before any repairs",
            "Officials",
        ),
        // A contrast inside what was said stays in the report.
        (
            "Okafor says the ward will stay open, but the night shift will move upstairs.",
            "the ward will stay open, but the night shift will move upstairs",
            "Okafor",
        ),
        // The source after the clause, with a relative clause of its own.
        (
            "Those jobs are the best bets for school leavers, according to a study which will be published Monday.",
            "Those jobs are the best bets for school leavers",
            "study",
        ),
        // The source set off by dashes around an aside.
        (
            "According to the audit — which covered three budget years — the fund lost $2 million.",
            "the fund lost $2 million",
            "audit",
        ),
        // The source with a phrase after its head.
        (
            "According to the latest figures from the statistics office, rents rose by a fifth.",
            "rents rose by a fifth",
            "latest figures",
        ),
        // The speaker after the verb, with an apposition.
        (
            "The eastern shore was also badly hit, said Lena Fisk, a spokeswoman for the coast guard.",
            "The eastern shore was also badly hit",
            "Lena Fisk",
        ),
        // The hearer and a time phrase after the verb.
        (
            "At least four crew members were hurt, the captain told reporters on Sunday.",
            "At least four crew members were hurt",
            "captain",
        ),
        // A perfect auxiliary between the speaker and the verb, and a modifier after the
        // group noun.
        (
            "Sources familiar with the talks have said the deal could close by spring.",
            "the deal could close by spring",
            "Sources",
        ),
        // The people of a body speak, not the body; the name keeps which body.
        (
            "Members of the board have said they will back the new budget.",
            "they will back the new budget",
            "Members of the board",
        ),
        // A verb that may take a thing reports a clause that shows a verb.
        (
            "The club announced its coach had resigned after the final.",
            "its coach had resigned after the final",
            "club",
        ),
        // `that` as a determiner stays in the clause; as a conjunction before a contracted
        // pronoun it does not.
        (
            "Ruiz said that plan would fail within a year.",
            "that plan would fail within a year",
            "Ruiz",
        ),
        (
            "Okafor added that he'd like to see the ward stay open.",
            "he'd like to see the ward stay open",
            "Okafor",
        ),
        // A source of modifiers and a head noun, with no determiner.
        (
            "According to national health experts, the flu season will peak early.",
            "the flu season will peak early",
            "national health experts",
        ),
        // A source after a whole clause, with no comma.
        (
            "Bus fares rose 6 per cent this spring according to the trade group.",
            "Bus fares rose 6 per cent this spring",
            "trade group",
        ),
        // An owner's name before the speaker, and a document noun as a modifier.
        (
            "The ferry left port with forty cars aboard, South Korea's news agency said.",
            "The ferry left port with forty cars aboard",
            "news agency",
        ),
        // A hearer after `to`.
        (
            "Crews alleged to local reporters that the police used too much force.",
            "the police used too much force",
            "Crews",
        ),
        // A document with a participle of issuing after it.
        (
            "A release sent to media late Friday said most of the staff voted to join.",
            "most of the staff voted to join",
            "release",
        ),
        // One person, with a modifier.
        (
            "A person familiar with the talks says both teams have agreed to the trade.",
            "both teams have agreed to the trade",
            "person",
        ),
        // A modifier of knowing with `with`, an adjective perhaps in it.
        (
            "People with knowledge of the sale said the stadium would be renamed.",
            "the stadium would be renamed",
            "People",
        ),
        (
            "A banker with direct knowledge of the bid says the offer will be raised.",
            "the offer will be raised",
            "banker",
        ),
        // Two names set off after the phrase they name.
        (
            "Her lawyers, Ann Byrne and Paul Cole, have said they might appeal the ruling.",
            "they might appeal the ruling",
            "lawyers",
        ),
    ];
    for (text, clause, name) in cases {
        let r = reported(text);
        assert_eq!(r.len(), 1, "{text}: {r:?}");
        assert_eq!(r[0].0, *clause, "{text}");
        assert_eq!(r[0].1, *name, "{text}");
    }
}

#[test]
fn links_to_other_stories_give_no_quotes() {
    let text = "Ruiz said the harbour will reopen in May.\n\n\
                READ MORE: 'Worst storm in decades,' mayor says of the flooding\n\n\
                WATCH: Fisk says the port had never been busier\n\n\
                \"We are ready,\" Fisk said.";
    let all = quotation::extract_quotes(text);
    let texts: Vec<&str> = all.iter().map(|q| q.text).collect();
    assert_eq!(
        texts,
        ["the harbour will reopen in May", "We are ready,"],
        "{all:#?}"
    );
    // A report whose paragraph ends without a full stop, just before a link line, stays.
    let text = "Ruiz said the harbour will reopen in May,\n\n\
                READ MORE: Mayor says the port had never been busier";
    let r = reported(text);
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].0, "the harbour will reopen in May");
}

#[test]
fn things_and_circumstances_are_not_reported_clauses() {
    for text in [
        // An object that is a thing, after a verb that takes either.
        "The club announced a new stadium plan for the east side.",
        "Both coaches confirmed the move to the northern league.",
        // The circumstances of speaking after a direct quote.
        "\"We are not done,\" the former harbour master Ana Ruiz said in an interview this summer.",
        // A second verb of the same subject.
        "The first time he shouted and banged the door and left the room.",
        // `so-called` is no speech verb.
        "The so-called reform passed without any debate at all.",
    ] {
        assert_eq!(reported(text), [], "{text}");
    }
    // A source name with commas in it is not a clause after the source.
    let r =
        reported("The quake struck at dawn, according to the Office of Mines, Energy and Water.");
    let clauses: Vec<&str> = r.iter().map(|r| r.0).collect();
    assert_eq!(clauses, ["The quake struck at dawn"]);
}

#[test]
fn a_but_with_a_report_of_its_own_ends_the_clause() {
    let r = reported("Ruiz said the vote was fair but, like the mayor, she said it came too late.");
    let clauses: Vec<&str> = r.iter().map(|r| r.0).collect();
    assert_eq!(clauses, ["the vote was fair", "it came too late"], "{r:?}");
}

#[test]
fn adverbs_and_an_aside_before_the_clause_are_not_what_was_said() {
    // `only`, `repeatedly` say how the speaker put it; an aside after `that` opens the
    // clause and is part of it; `that all` is the conjunction, as before `such`.
    let cases = [
        (
            "A spokesperson for the ministry said only that all options remained open.",
            "all options remained open",
        ),
        (
            "Ortiz said repeatedly that the contract was fair.",
            "the contract was fair",
        ),
        (
            "Ortiz said that, if the vote failed, the depot would close.",
            "if the vote failed, the depot would close",
        ),
        (
            "Ortiz said that all the beds were full.",
            "all the beds were full",
        ),
    ];
    for (text, clause) in cases {
        let r = reported(text);
        let clauses: Vec<&str> = r.iter().map(|r| r.0).collect();
        assert_eq!(clauses, [clause], "{text}");
    }
}

#[test]
fn a_source_inside_the_sentence_frames_both_sides() {
    let r = reported(
        "The new pool will replace the old gym, which has three courts, according to the city, \
         and that gym is due to close next spring.",
    );
    let clauses: Vec<&str> = r.iter().map(|r| r.0).collect();
    assert_eq!(
        clauses,
        [
            "The new pool will replace the old gym, which has three courts",
            "that gym is due to close next spring"
        ],
        "{r:?}"
    );
    assert!(r
        .iter()
        .all(|r| r.1 == "city" && r.2 == "indirect-according-to"));
    // Nor does a source phrase followed by a relative clause report that clause.
    let r =
        reported("Sales fell sharply in May, according to the report, which the bank released.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].0, "Sales fell sharply in May");
}

#[test]
fn a_mixed_quote_contains_its_partial_quote() {
    let text = "Ortiz said the repairs were \"long overdue\" and would finish in May.";
    let all = quotation::extract_quotes(text);
    assert_eq!(all.len(), 2, "{all:#?}");
    assert_eq!(all[0].kind, QuoteKind::Indirect);
    assert_eq!(
        all[0].text,
        "the repairs were \"long overdue\" and would finish in May"
    );
    assert_eq!(all[1].kind, QuoteKind::Partial);
    assert_eq!(all[1].text, "long overdue");
    assert_eq!(all[1].speaker.as_ref().unwrap().name, "Ortiz");
    assert!(all[0].span.start <= all[1].span.start && all[1].span.end <= all[0].span.end);
}

#[test]
fn reported_speech_negatives() {
    for text in [
        "The bridge is said to be the oldest in the city.",
        "She filed the said document with the court.",
        "Ortiz says so.",
        "Did Ortiz say the bridge would reopen in May?",
        "Ortiz called the plan a bold experiment in city planning.",
        "\"The bridge reopens in May,\" Ortiz told reporters at the site.",
        // A participle clause opens the sentence: its `announced` has no subject of its own.
        "Having announced that the bridge would close, the council moved to the budget.",
        // A time phrase after the hearer is no clause, and the hour ends the sentence.
        "Judge Ines Calder instructed the jurors shortly after 3 p.m. Closing arguments \
         resume on Monday.",
    ] {
        assert!(reported(text).is_empty(), "{text}: {:?}", reported(text));
    }
}

/// The speaker of each quote in marks, with the rule that found it, in order.
fn speakers_by_rule(text: &str) -> Vec<(Option<String>, Option<&'static str>)> {
    extract_quotes(text)
        .into_iter()
        .filter(|q| q.kind != QuoteKind::Indirect)
        .map(|q| (q.speaker.map(|s| s.name.to_string()), q.rule))
        .collect()
}

/// The speaker of each quote in marks, in order.
fn speakers(text: &str) -> Vec<Option<String>> {
    extract_quotes(text)
        .into_iter()
        .filter(|q| q.kind != QuoteKind::Indirect)
        .map(|q| q.speaker.map(|s| s.name.to_string()))
        .collect()
}

#[test]
fn a_quote_inside_a_turn_in_the_same_straight_marks_stays_inside_it() {
    // Some books print a quotation inside a turn with the same straight marks: the turn
    // is whole, and its tag after it gives the speaker.
    let text = "\"Are we going to the fair?\" said Tom.\n\n\
                \"You said \"next week\" last week,\" said Ann. \"I have stopped asking.\"";
    let quotes = extract_quotes(text);
    let turn = &quotes[1];
    assert_eq!(turn.text, "You said \"next week\" last week,");
    assert_eq!(turn.rule, Some("quote-verb-speaker"));
    assert_eq!(turn.speaker.as_ref().map(|s| &*s.name), Some("Ann"));
    assert_eq!(quotes.len(), 3);
}

#[test]
fn a_short_scene_of_untagged_turns_is_read_as_a_dialogue() {
    // Too short for pairs of tagged turns to show it a dialogue, the scene still is one:
    // closed turns follow each other with no tag, as news never writes them. The turns
    // alternate between the two, and the one tag at the end settles who is who.
    let text = "Harriet found her brother in the orchard, sitting on an upturned crate.\n\n\
                \"You missed supper,\" she said.\n\n\
                \"I wasn't hungry.\"\n\n\
                \"Mother noticed.\"\n\n\
                \"Mother notices everything. Did she send you?\"\n\n\
                \"No. I came on my own.\"\n\n\
                \"Then walk back with me,\" said Edmund. \"It's getting dark.\"";
    let names: Vec<Option<String>> = speakers(text);
    let (h, e) = (Some("Harriet".to_string()), Some("Edmund".to_string()));
    assert_eq!(
        names,
        [h.clone(), e.clone(), h.clone(), e.clone(), h, e.clone(), e]
    );
}

#[test]
fn a_man_nobody_names_is_one_speaker_however_his_pronoun_is_written() {
    // `he said` and `He dropped` stand for one unknown man: his name is `he` both times,
    // so the turns between his are not given to a second man, `He`, by alternation.
    let text = "\"You're late,\" he said.\n\n\
                \"The ferry was held up.\"\n\n\
                \"The ferry is always held up.\" He dropped a screw into a jar. \"Your \
                mother rang.\"\n\n\
                \"What did she want?\"";
    let names = speakers(text);
    assert_eq!(names.len(), 5);
    let he = Some("he".to_string());
    assert_eq!([&names[0], &names[3]], [&he, &he]);
    assert_ne!(names[1], he);
    assert_ne!(names[4], he);
}

#[test]
fn a_man_only_described_is_who_his_pronoun_stands_for() {
    // Nobody is named: `he` is the man the narration described as its subject, and
    // `she` the woman, each in the paragraph or the one before.
    let text = "The old man was coiling a rope when a girl came down the jetty.\n\n\
                \"You've missed the last boat,\" he said.\n\n\
                \"Then I'll wait for the first one.\"\n\n\
                The clerk at the ticket window leaned out. \"He's right, dear,\" she said.";
    let names = speakers(text);
    assert_eq!(names.len(), 3);
    assert_eq!(names[0].as_deref(), Some("old man"));
    assert_eq!(names[2].as_deref(), Some("clerk"));
    // A description whose noun tells the other gender, or one further back than the
    // paragraph before, is not taken up.
    let text = "The ticket clerk's aunt kept the kiosk.\n\n\
                \"The boat is late,\" he said.";
    assert_eq!(speakers(text), [Some("he".to_string())]);
    let text = "The old man came in.\n\n\
                It rained all week.\n\n\
                The harbour was empty.\n\n\
                \"The boat is late,\" he said.";
    assert_eq!(speakers(text), [Some("he".to_string())]);
}

#[test]
fn one_run_of_untagged_quote_paragraphs_in_news_stays_the_speakers() {
    // A news article may give one speaker several closed quote paragraphs after a single
    // tag. One run of them is no dialogue: they are all the mayor's.
    let text = "The mayor defended the budget at a packed council meeting on Monday night.\n\n\
                \"We made hard choices, and I stand by every one of them,\" Mayor Ellen \
                Brandt said.\n\n\
                \"The roads come first. They have waited long enough.\"\n\n\
                \"Nobody likes a tax increase, least of all me.\"\n\n\
                Councillor Ray Osei said the plan leaves the transit system short.";
    let quotes = extract_quotes(text);
    let direct: Vec<_> = quotes
        .iter()
        .filter(|q| q.kind != QuoteKind::Indirect)
        .collect();
    assert_eq!(direct.len(), 3);
    for q in &direct[1..] {
        assert_eq!(q.speaker.as_ref().map(|s| &*s.name), Some("Ellen Brandt"));
        assert_eq!(q.rule, Some("paragraph-continuation"));
    }
}

#[test]
fn the_one_a_turn_calls_answers_though_named_only_later() {
    // A scene may open on its talk: the aunt calls Clara by name, and the narration names
    // Clara only after the exchange. The answer is still hers, and the turns alternate.
    let text = "\"Is that you, Clara?\" called Aunt Jess from the kitchen.\n\n\
                \"Who else would it be?\"\n\n\
                \"The man about the boiler, for all I know.\"\n\n\
                \"On a Sunday?\"\n\n\
                Clara hung her wet coat on the peg and went through to the kitchen.";
    let quotes = extract_quotes(text);
    assert_eq!(quotes[1].rule, Some("addressee-replies"));
    let (c, j) = (Some("Clara".to_string()), Some("Jess".to_string()));
    assert_eq!(speakers(text), [j.clone(), c.clone(), j, c]);
}

#[test]
fn a_name_with_letters_lost_in_decoding_is_read_whole() {
    // Scraped copy converted to ASCII writes `?` for each accented letter it lost. The name
    // is still one word: the speaker is not `Th`, cut at the first `?`.
    let text = "Th?r?se Aubry runs the caf? on the quay.\n\n\
                \"We open at six,\" Th?r?se said. \"The r?gime here is strict.\"";
    assert_eq!(
        speakers(text),
        [
            Some("Th?r?se Aubry".to_string()),
            Some("Th?r?se Aubry".to_string())
        ]
    );
}

#[test]
fn names_that_are_also_common_words() {
    // A modal after a given name or an honorific is a surname.
    let text = "Prime Minister Theresa May spoke on Monday.\n\n\
                “We will deliver on the vote,” Ms. May said.";
    assert_eq!(speakers(text), [Some("Theresa May".to_string())]);
    // A modal takes a bare verb; before `said` or `had`, `May` and `Will` are names.
    let text = "May Welland came in from the garden.\n\n\
                “Good night,” May said.\n\n\
                Will Grant looked up. “Sleep well,” Will said.";
    assert_eq!(
        speakers(text),
        [
            Some("May Welland".to_string()),
            Some("Will Grant".to_string())
        ]
    );
    // A modal before a bare verb or a pronoun is a modal, and a month is a month.
    let text = "“May I go?” asked Tom Hale. In May the ferry stops.\n\n“Will it?” he said.";
    assert_eq!(speakers(text), vec![Some("Tom Hale".to_string()); 2]);
}

#[test]
fn a_word_for_a_faith_is_no_given_name() {
    // `Christian` is far more often the believer than the first name: `he` passes over it.
    let text = "For years Tom Hale had cared for no creed, Hindu, Christian or Greek.\n\n\
                “I come every week,” he said.";
    assert_eq!(speakers(text), [Some("Tom Hale".to_string())]);
}

#[test]
fn she_after_narration_is_the_woman_who_spoke_last() {
    // Two paragraphs of narration about no one new: the second `she` is still Maud, who
    // spoke last, not Anna, who was only named before her.
    let text = "Maud Hale came in with Anna Lee.\n\n\
                “The river is high,” she said.\n\n\
                She went to the window and watched the rain.\n\n\
                The fire burned low in the grate.\n\n\
                “It will flood by morning,” she said.";
    assert_eq!(
        speakers(text),
        [Some("Maud Hale".to_string()), Some("Maud Hale".to_string())]
    );
}

#[test]
fn he_after_a_paragraph_about_someone_of_unknown_gender_is_them() {
    // Nothing tells Rumi Okafor's gender, but the paragraph before the quote is about them
    // and names no one else: `he` is Okafor, not Tom Hale, who spoke before.
    let text = "“We open at nine,” Rumi Okafor said.\n\n\
                Tom Hale waited by the stove in the back room.\n\n\
                “It is late,” said Tom Hale.\n\n\
                Rumi Okafor walked in.\n\n\
                “How are you?” he said.";
    let found = speakers(text);
    assert_eq!(found[2].as_deref(), Some("Rumi Okafor"), "{found:?}");
    // Someone named since is a nearer clue: `he` is Tom Hale, the man named last.
    let text = "“We open at nine,” Rumi Okafor said.\n\n\
                “It is late,” said Tom Hale.\n\n\
                Rumi Okafor walked in and nodded to Tom Hale.\n\n\
                “How are you?” he said.";
    let found = speakers(text);
    assert_eq!(found[2].as_deref(), Some("Tom Hale"), "{found:?}");
    // A surname alone is a person's when it disagrees, as when it agrees or says.
    let text = "“We are ready,” Lena Ruiz said Monday.\n\nHale disagreed.\n\n\
                “This is overkill,” he said.";
    let found = speakers(text);
    assert_eq!(found[1].as_deref(), Some("Hale"), "{found:?}");
}

#[test]
fn the_text_overrules_the_gender_a_given_name_usually_carries() {
    // `Brett` is most often a man's name; this text goes on about Brett with `she` again
    // and again, so `she` can mean her, and Anna, named before, does not speak.
    let text = "Anna Lee waited in the hall.\n\n\
                Brett Vance came in from the rain. She shook out her coat. Brett hung it by \
                the door. She looked tired. Brett sat down. She closed her eyes. Brett had \
                driven all night. She was cold. Brett smiled at last. She was home.\n\n\
                “I made it,” she said.";
    assert_eq!(speakers(text), [Some("Brett Vance".to_string())]);
    // Two such sentences are too few to overrule the name: `she` stays with Anna.
    let text = "Anna Lee waited in the hall.\n\n\
                Brett Vance came in from the rain. She shook out her coat. Brett hung it by \
                the door. She looked tired.\n\n\
                “I made it,” she said.";
    assert_eq!(speakers(text), [Some("Anna Lee".to_string())]);
}

#[test]
fn a_verb_form_inside_a_name_is_not_a_verb() {
    // `States` in `United States` is no speech verb, so `United` never speaks.
    let text = "Felipe Ortiz met envoys from the United States on Monday.\n\n\
                “We agree on the basics,” he said.";
    assert_eq!(speakers(text), [Some("Felipe Ortiz".to_string())]);
}

#[test]
fn an_institution_named_after_a_person_is_not_a_person() {
    // A name ending in an institution noun is not a person `he` can stand for.
    let text = "Tom Baker toured James Hill High School on Friday.\n\n\
                “It went well,” he said.";
    assert_eq!(speakers(text), [Some("Tom Baker".to_string())]);
    // Nor is an institution noun and `of`: `she` is not the university, `it` is.
    let text = "The University of Halden said on Monday that the campus would close.\n\n\
                “We had no choice,” she said.";
    assert_eq!(speakers(text), [Some("she".to_string())]);
    let text = "The University of Halden said on Monday that the campus would close.\n\n\
                “We had no choice,” it said.";
    assert_eq!(speakers(text), [Some("University of Halden".to_string())]);
}

#[test]
fn an_address_is_not_a_person() {
    // `Harley Street`, the subject of the paragraph before, is no one `he` can stand for.
    let text = "Tom Baker came home late.\n\nHarley Street was empty by then.\n\n\
                “It went well,” he said.";
    assert_eq!(speakers(text), [Some("Tom Baker".to_string())]);
    // A surname that is also a word for a place is still a person's.
    let text = "Lois Lane came home late.\n\n“It went well,” she said.";
    assert_eq!(speakers(text), [Some("Lois Lane".to_string())]);
    // Nor is a street whose name opens on its noun, as in French.
    let text = "Tom Baker came home late.\n\nBoulevard Raspail was empty by then.\n\n\
                “It went well,” he said.";
    assert_eq!(speakers(text), [Some("Tom Baker".to_string())]);
}

#[test]
fn a_heading_in_capitals_is_not_a_speaker() {
    let text = "MARKET WATCH: “Rates will rise again before the summer.”";
    assert_eq!(speakers(text), [None]);
    let text = "Ortiz: “Rates will rise again before the summer.”";
    assert_eq!(speakers(text), [Some("Ortiz".to_string())]);
}

#[test]
fn a_dateline_names_a_place_not_the_speaker() {
    // The place, province and agency before the dash are no one; the sentence, and its
    // subject, start after it.
    let text = "WASHINGTON — Sen. Ada Ruiz (D-Ore.) defended the bill on Tuesday, saying it \
                would “help every family.”";
    assert_eq!(speakers(text), [Some("Ada Ruiz".to_string())]);
    let text = "MIRAMICHI, N.B. — Premier Ana Ruiz toured the mill on Friday, saying the \
                town had “a future here.”";
    assert_eq!(speakers(text), [Some("Ana Ruiz".to_string())]);
    // An acronym in capitals with a dash and no sentence after it is a subject.
    let text = "NASA — the agency that flew the probe — said the data looked “very promising.”";
    assert_eq!(speakers(text), [Some("NASA".to_string())]);
}

#[test]
fn a_word_that_only_opens_the_sentence_is_no_name() {
    // A preposition or an adverb in `-ly`, capitalized at the start of a sentence, is no
    // one: not the subject before a participle, and not the person a description stands for.
    let text = "Despite protests from neighbours, Mayor Ana Ruiz defended the plan, saying \
                it was “ready to go.”";
    assert_eq!(speakers(text), [Some("Ana Ruiz".to_string())]);
    let text = "Amid calls from members to delay the vote, the council's Ana Ruiz defended \
                the plan, saying it was “ready to go.”";
    assert_eq!(speakers(text), [Some("Ana Ruiz".to_string())]);
    for opener in [
        "Hastily calling the porter",
        "Shortly remarking that the roads were bad",
    ] {
        let text = format!(
            "The coach was late.\n\n{opener}, the clerk went back inside.\n\n\
             “Where is the coach?” cried the stranger."
        );
        assert_eq!(speakers(&text), [Some("stranger".to_string())], "{opener}");
    }
    // A name in `-ly` before its verb stays a name.
    let text = "Connolly said the vote was “a disgrace.”";
    assert_eq!(speakers(text), [Some("Connolly".to_string())]);
}

#[test]
fn a_surname_or_initial_that_is_also_a_function_word_stays_in_the_name() {
    // `Every` is a determiner and `A.` an article too; after a given name they are the
    // name's, and a verb after them is still a verb.
    let text = "Michael Every said the talks were “going nowhere.”";
    assert_eq!(speakers(text), [Some("Michael Every".to_string())]);
    let text = "“We will appeal,” said Roberta A. Kaplan, a lawyer for the couples.";
    assert_eq!(speakers(text), [Some("Roberta A. Kaplan".to_string())]);
    let text = "“We will appeal,” Roberta A. Kaplan said.";
    assert_eq!(speakers(text), [Some("Roberta A. Kaplan".to_string())]);
}

#[test]
fn a_surname_that_is_also_a_speech_verb_stays_in_the_name() {
    // `Read`, `Post`, `Bellow` are speech verbs too; after a given name or an honorific
    // they are the name's, for a quote and for a report.
    let text = "“The merger is off,” Gareth Read said.";
    assert_eq!(speakers(text), [Some("Gareth Read".to_string())]);
    let text = "Ms. Post said the ferry would run again by spring.";
    assert_eq!(reported(text)[0].1, "Ms. Post");
    assert_eq!(reported(text)[0].0, "the ferry would run again by spring");
    // In title case the verb stays a verb: `Said` opens a headline's clause, and after a
    // full name `Joked` is what she did.
    let text = "Nadia Said She Would Run Again\n\n“I am not done,” Nadia Okafor said.";
    assert_eq!(speakers(text), [Some("Nadia Okafor".to_string())]);
    let text = "At The Gala, Nadia Okafor Joked “We Should Do This Every Week.”";
    assert_eq!(speakers(text), [Some("Nadia Okafor".to_string())]);
}

#[test]
fn and_joins_departments_inside_one_name() {
    let text = "“We are watching the outbreak closely,” said Health and Human Services \
                Secretary Alex Azar.";
    assert_eq!(speakers(text), [Some("Alex Azar".to_string())]);
    let text = "“Rain will turn to snow overnight,” said Environment and Climate Change \
                Canada meteorologist Gerald Cheng.";
    assert_eq!(speakers(text), [Some("Gerald Cheng".to_string())]);
    let text = "Environment and Climate Change Canada said the warning would stay in place.";
    assert_eq!(reported(text)[0].1, "Environment and Climate Change Canada");
    // Two people, or an office and a person, stay apart.
    let text = "The Secretary of State and Sanders said the talks had gone well.";
    assert_eq!(reported(text)[0].1, "Sanders");
    let text = "The Secretary of State and Bernie Sanders said the talks had gone well.";
    assert_eq!(reported(text)[0].1, "Bernie Sanders");
}

#[test]
fn they_after_two_people_joined_as_the_subject_is_both() {
    let text = "Tom Reyes and Ana Liu opened their bakery on Dundas Street in 2015.\n\n\
                “We had no idea what we were doing,” they said, laughing.";
    assert_eq!(speakers(text), [Some("Tom Reyes and Ana Liu".to_string())]);
    // Joined before a speech verb too, when only they have spoken since.
    let text = "In a statement, the bakery's owners Tore Lund and Maya Haddad said they \
                respected the vote.\n\n“Our staff come first,” they said.";
    assert_eq!(
        speakers(text),
        [Some("Tore Lund and Maya Haddad".to_string())]
    );
    // Not when someone else has spoken since, nor for a narrator's `we`.
    let text = "Tom Reyes and Ana Liu opened their bakery in 2015. Their landlord, Sam Ode, \
                said the rent was fair.\n\n“We had no idea,” they said.";
    assert_eq!(speakers(text), [Some("they".to_string())]);
}

#[test]
fn names_joined_by_and_speak_together() {
    let s = |n: &str| Some(n.to_string());
    // Before the verb, each resolved to the full name given earlier.
    let text = "Lena Ruiz and Tom Hale ran the campaign together. “We knew it would be \
                close,” Ruiz and Hale said in a joint statement.";
    assert_eq!(speakers(text), [s("Lena Ruiz and Tom Hale")]);
    // After the verb, a list with titles, which the name leaves out.
    let text = "“We stand together,” said Sen. Ann Ruiz, Rep. Tom Hale and Kay Dunn.";
    assert_eq!(speakers(text), [s("Ann Ruiz, Tom Hale and Kay Dunn")]);
    // Read from the quote on, over the words that may stand before a verb.
    let text = "“We lost,” Ruiz and Hale also said.";
    assert_eq!(
        speakers_by_rule(text),
        [(s("Ruiz and Hale"), Some("quote-speaker-verb"))]
    );
    let text = "Ana Ruiz and Tom Hale said in a joint statement: “We will appeal.”";
    assert_eq!(speakers(text), [s("Ana Ruiz and Tom Hale")]);
    // A description that ends in a name is no name of the list.
    let text = "“I think,” said Ana Ruiz, her eyes turned towards Mr. Osei and Kay, “we should \
                go.”";
    assert_eq!(speakers(text), [s("Ana Ruiz"), s("Ana Ruiz")]);
    // `and` then a verb goes on with the speaker's clause.
    let text = "“We won,” said Ruiz and left the room.";
    assert_eq!(speakers(text), [s("Ruiz")]);
    // A name that is the object of a verb before it is no part of the subject.
    let text = "He thanked Ruiz and Hale said the plan was dead.";
    assert_eq!(reported(text)[0].1, "Hale");
    // `, and` after a lone name joins a new clause.
    let text = "“It is late,” said Ana, and Kay, after a pause, said: “Then we go.”";
    assert_eq!(speakers(text), [s("Ana"), s("Kay")]);
    // The end of a longer list is not cut out of it as a group.
    let text = "Guests included the mayor, Ana Ruiz, Tom Hale and Kay Dunn, who joked: “We \
                came for the food.”";
    assert_eq!(speakers(text), [s("Kay Dunn")]);
    // A pair who spoke together is not the one of them a later turn answers to.
    let text = "“Coming,” said Kay.\n\n“Where is everyone?” asked Ana.\n\n“Outside,” said \
                Kay.\n\n“Hurry up!” called Ana and Tom.\n\n“Here is the map,” Ana said to \
                Tom.\n\n“What map?”";
    assert_eq!(speakers(text)[3..], [s("Ana and Tom"), s("Ana"), s("Tom")]);
}

#[test]
fn an_acronym_spelled_out_before_is_the_name() {
    let text = "A report by the Canadian Centre for Policy Alternatives (CCPA) found that \
                rents rose 12 per cent.\n\n\
                “Renters are squeezed from every side,” the CCPA said.";
    assert_eq!(
        speakers(text),
        [Some("Canadian Centre for Policy Alternatives".to_string())]
    );
    // Commas and small words between the name's words; a lead-in before it.
    let text = "Officials at Immigration, Refugees and Citizenship Canada (IRCC) met the \
                family.\n\n“The file is under review,” IRCC said in a statement.";
    assert_eq!(
        speakers(text),
        [Some(
            "Immigration, Refugees and Citizenship Canada".to_string()
        )]
    );
    // Letters the words before the parenthesis do not give are no acronym of them.
    let text = "The new plan (NB) was late.\n\n“We need more time,” NB said.";
    assert_eq!(speakers(text), [Some("NB".to_string())]);
}

#[test]
fn an_acronym_is_the_name_before_it_whose_initials_it_takes() {
    // No parentheses: the name's capitalized words give the letters.
    let text = "The fare rise was approved on Tuesday by the Metro Transit Board.\n\n\
                “Fares will go up by a quarter,” the MTB said.";
    assert_eq!(speakers(text), [Some("Metro Transit Board".to_string())]);
    // Small words and the commas of a list of words inside the name are stepped over.
    let text = "A letter from Housing, Infrastructure and Communities Canada reached the \
                council in May.\n\n“We are reviewing the file,” HICC said.";
    assert_eq!(
        speakers(text),
        [Some(
            "Housing, Infrastructure and Communities Canada".to_string()
        )]
    );
    // Two names a comma sets apart, with no `and` to make them a list, spell nothing.
    let text = "She moved to Bogota, Colombia, in 2009.\n\n“We are pleased,” BC said.";
    assert_eq!(speakers(text), [Some("BC".to_string())]);
    // A name that ends in a title is someone's office, not a body.
    let text = "The Deputy Mayor was away.\n\n“The roads come first,” DM said.";
    assert_eq!(speakers(text), [Some("DM".to_string())]);
    // A name spelled out only after the acronym is used does not reach back.
    let text = "“Fares will go up,” the MTB said.\n\nThe Metro Transit Board meets again in \
                June.";
    assert_eq!(speakers(text), [Some("MTB".to_string())]);
}

#[test]
fn an_owner_named_in_full_right_before_a_body_owns_it() {
    // The reader reads `Alghabra's office` back from the verb; the given name before it
    // is the owner's, though the index never saw the full name.
    let text = "Asked about the delay, Transport Minister Omar Alghabra's office said in an \
                email that the review was still under way.";
    assert_eq!(reported(text)[0].1, "Omar Alghabra's office");
    // With a Bill and a Hillary Clinton named before, the given name written there
    // decides.
    let text = "Bill Clinton spoke first. Then Hillary Clinton took the stage.\n\n\
                Hillary Clinton's campaign said it raised $15 million in January.";
    assert_eq!(reported(text)[0].1, "Hillary Clinton's campaign");
    // No given name before it: the names before must agree, and here they do not, so
    // the owner stays as written.
    let text = "Bill Clinton spoke first. Then Hillary Clinton took the stage.\n\n\
                Clinton's campaign said it raised $15 million in January.";
    assert_eq!(reported(text)[0].1, "Clinton's campaign");
    // An owner named nowhere before stays as written too, not cut to the noun.
    let text = "Reporters asked about the audit on Friday.\n\n\
                “We have no comment at this time,” said Hale's office.";
    assert_eq!(speakers(text), [Some("Hale's office".to_string())]);
    // So does one with an honorific, and a body has no gender of its own.
    let text = "Reporters asked about the audit on Friday.\n\n\
                “We have no comment at this time,” said Mr. Hale's office.";
    assert_eq!(speakers(text), [Some("Mr. Hale's office".to_string())]);
    let quotes = extract_quotes(text);
    assert_eq!(quotes[0].speaker.as_ref().unwrap().gender, None);
    // But a capitalized word before the possessive may be the start of the owner's name,
    // which the reader cut short: the noun alone is safer than half a name.
    let text = "The talks stalled, South Korea's news agency said on Friday.";
    assert_eq!(reported(text)[0].1, "news agency");
}

#[test]
fn a_number_closing_a_company_name_is_the_names() {
    // `One` and `Two` are determiners in running text; capitalized after a name word they
    // end a company's or a channel's name, and the verb after them is a verb.
    let text = "Power was out on 40,000 homes by midnight, Hydro One said.";
    assert_eq!(
        reported(text),
        [(
            "Power was out on 40,000 homes by midnight",
            "Hydro One".to_string(),
            "indirect-clause-speaker-verb"
        )]
    );
    let text = "Capital One said the breach touched about 6,000 card holders.";
    assert_eq!(reported(text)[0].1, "Capital One");
    let text = "“We are looking into it,” Hydro One spokesperson Mina Farouk said.";
    assert_eq!(speakers(text), [Some("Mina Farouk".to_string())]);
    // Opening a sentence it is no part of a name: it stands for a noun left out.
    let text = "Two men were arrested. One said the police had the wrong man.";
    assert_eq!(reported(text)[0].1, "one");
}

#[test]
fn an_institution_named_with_of_is_named_whole() {
    // After `the` an institution noun, `of` and a place or field are one body's name, as
    // they are without the article.
    let text = "“Rates will hold through the spring,” the Bank of Canada said in a statement.";
    assert_eq!(speakers(text), [Some("Bank of Canada".to_string())]);
    let text = "Members welcomed the plan but said it left towns short, according to the \
                Federation of Canadian Municipalities.";
    assert_eq!(reported(text)[0].1, "Federation of Canadian Municipalities");
    // A department word inside the name (`Labor`, as in `Labor Secretary`) is no title.
    let text = "Hiring slowed sharply in the spring, according to the Bureau of Labor Statistics.";
    assert_eq!(reported(text)[0].1, "Bureau of Labor Statistics");
    // An office and a given name after the body's name: the person holding it speaks.
    let text = "Bank of Canada Governor Tiff Macklem said rates would hold through the spring.";
    assert_eq!(reported(text)[0].1, "Tiff Macklem");
    let text = "“Rates will hold,” said Bank of Canada Governor Tiff Macklem.";
    assert_eq!(speakers(text), [Some("Tiff Macklem".to_string())]);
}

#[test]
fn sports_copy_calls_the_player_just_named_by_nationality() {
    let text = "Serena Okoye won her first title of the season on Sunday.\n\n\
                Her opponent, Karolina Brandt, was gracious in defeat. “She was better in \
                every part of the game,” the German said.";
    assert_eq!(speakers(text), [Some("Karolina Brandt".to_string())]);
    // Read back from its verb the nationality loses its article, and is still the player.
    let text = "Marcus Lindqvist missed the game with a sprained ankle. The Swede said he \
                hoped to return next week.";
    assert_eq!(reported(text)[0].1, "Marcus Lindqvist");
    // In a dialogue (fiction) a nationality is a character's epithet, not the last subject.
    let text = "“Is the boat ready?” asked Tom.\n\n“Nearly,” said Ruth.\n\n\
                “Then we leave at dawn,” said Tom.\n\n“Not before the tide,” said Ruth.\n\n\
                “The tide turns at six,” said Tom.\n\n“Then six it is,” said Ruth.\n\n\
                Tom rowed out to the point.\n\n“You are late,” said the Italian.";
    assert_eq!(speakers(text).last().unwrap().as_deref(), Some("Italian"));
}

#[test]
fn a_determiner_standing_for_its_noun_is_the_subject() {
    // `Some`, `Many`, `Both`, `One`, `Another`, `A few`, `Others`: the people the text
    // just spoke of, a noun left out. No name, though it opens a sentence: the speaker is
    // `some` or `another` wherever the word stands.
    let text = "Voters outside the rink were split. Some said the arena would bring jobs.";
    assert_eq!(
        reported(text),
        [(
            "the arena would bring jobs",
            "some".to_string(),
            "indirect-speaker-verb"
        )]
    );
    let text = "Dozens of readers wrote in.\n\nAnother wrote, “This is the worst decision \
                the council has made in years.”";
    assert_eq!(speakers(text), [Some("another".to_string())]);
    let text = "A few parents backed the new hours, while others said the buses would \
                leave too early.";
    assert_eq!(
        reported(text),
        [(
            "the buses would leave too early",
            "others".to_string(),
            "indirect-speaker-verb"
        )]
    );
    // Joined to a name, the rest make one group with the one named.
    let text = "Parents packed the gym. Ana Ruiz and others said the buses would leave too early.";
    assert_eq!(
        reported(text),
        [(
            "the buses would leave too early",
            "Ana Ruiz and others".to_string(),
            "indirect-speaker-verb"
        )]
    );
    let text = "Two neighbours watched the fire. One said the flames reached the roof in \
                minutes, and another said the smoke could be seen from the highway.";
    assert_eq!(
        reported(text),
        [
            (
                "the flames reached the roof in minutes",
                "one".to_string(),
                "indirect-speaker-verb"
            ),
            (
                "the smoke could be seen from the highway",
                "another".to_string(),
                "indirect-speaker-verb"
            ),
        ]
    );
    // Inside a phrase it is no subject: `no one`, `they both`.
    let text = "Mr. Vale went on, though no one said the name aloud, to praise the plan.";
    assert!(reported(text).is_empty());
}

#[test]
fn a_report_joined_by_and_with_a_speaker_of_its_own_ends_the_first() {
    let text = "Cole said the talks had stalled over pay, and Ruiz said they would resume Monday.";
    assert_eq!(
        reported(text),
        [
            (
                "the talks had stalled over pay",
                "Cole".to_string(),
                "indirect-speaker-verb"
            ),
            (
                "they would resume Monday",
                "Ruiz".to_string(),
                "indirect-speaker-verb"
            ),
        ]
    );
    // The same speaker's second verb goes on with the first report.
    let text = "Cole said the talks had stalled, and said they would resume Monday.";
    assert_eq!(reported(text).len(), 1);
}

#[test]
fn the_company_is_the_institution_that_spoke_last() {
    // `the company`, `the agency`: nouns any institution answers to stand for the one
    // that last spoke by its name.
    let text = "Pellworth said on Monday that its quarterly profit fell by half. Analyst \
                Dana Ruiz said the drop was expected.\n\n\
                “We remain confident in our plan,” the company said in a statement.";
    assert_eq!(speakers(text), [Some("Pellworth".to_string())]);
    let text = "Harlow Transit Inc. said on Monday that fares would rise.\n\n\
                “We held them for five years,” the company said.";
    assert_eq!(speakers(text), [Some("Harlow Transit Inc.".to_string())]);
    // A body of another kind is not `the company` (a bank's name is headed by `Bank`).
    let text = "The Bank of Canada said it would keep its rate at four per cent.\n\n\
                “Every fare will be refunded,” the company said.";
    assert_eq!(speakers(text), [Some("company".to_string())]);
    // Not a group, nor a person's name: the noun stays.
    let text = "Officials said the man was unarmed.\n\n\
                “There was no threat to the president,” the agency said.";
    assert_eq!(speakers(text), [Some("agency".to_string())]);
    let text = "Tomas Ferreira said the plant would close.\n\n\
                “We regret the loss of jobs,” the company said.";
    assert_eq!(speakers(text), [Some("company".to_string())]);
}

#[test]
fn a_transcript_label_in_capitals_is_the_person_named_before() {
    let text = "Gov. Ruth Abernathy and Sen. Carl Whitcombe met for their only debate.\n\n\
                ABERNATHY: “We will fix the roads before we raise a single tax.”\n\n\
                WHITCOMBE: “The governor has said that for six years.”";
    assert_eq!(
        speakers(text),
        [
            Some("Ruth Abernathy".to_string()),
            Some("Carl Whitcombe".to_string())
        ]
    );
    // The label inside the quotation marks, where the name index does not reach.
    let text = "Gov. Ruth Abernathy spoke to the station on Friday. A partial transcript:\n\n\
                “ABERNATHY: We will fix the roads before we raise a single tax.”";
    assert_eq!(speakers(text), [Some("Ruth Abernathy".to_string())]);
    // An acronym nobody was named by stays as written.
    let text = "“We will not cut the budget,” NATO said.";
    assert_eq!(speakers(text), [Some("NATO".to_string())]);
}

#[test]
fn a_role_noun_opening_a_name_is_what_the_person_is() {
    let text = "Organizer Dwayne Okafor said the march was “peaceful.”";
    assert_eq!(speakers(text), [Some("Dwayne Okafor".to_string())]);
    // Alone, a capitalized role noun is the character's name; a given name that is also
    // a role noun stays a first name.
    let text = "“Sit down,” said Doctor.";
    assert_eq!(speakers(text), [Some("Doctor".to_string())]);
    let text = "Porter Goss said the agency was “ready.”";
    assert_eq!(speakers(text), [Some("Porter Goss".to_string())]);
}

#[test]
fn a_heading_before_a_quote_is_no_speaker_and_no_sentence() {
    let text = "MARKET VIEW: “Will rates fall? Not this year.” Lena Fisk, an analyst at \
                the bank, wrote in a note.";
    assert_eq!(speakers(text), [Some("Lena Fisk".to_string())]);
    let text = "Viewpoint: “Will rates fall?” Lena Fisk asked in a note.";
    assert_eq!(speakers(text), [Some("Lena Fisk".to_string())]);
}

#[test]
fn a_dash_after_a_colon_or_comma_only_introduces_the_quote() {
    // Older printing sets a dash between the colon and the quote it introduces.
    let text = "Lady Ruiz listened, and made only this cautious reply:--\"Time will tell.\"";
    assert_eq!(speakers(text), [Some("Lady Ruiz".to_string())]);
    let text = "Anne smiled, and said:—\n\n“Very well.”";
    assert_eq!(speakers(text), [Some("Anne".to_string())]);
    // After a comma, the second half of a split quote is read as one.
    let text = "\"Not yet,\" said Anne,--\"but soon.\"";
    let rules: Vec<_> = extract_quotes(text).iter().map(|q| q.rule).collect();
    assert_eq!(rules, [Some("quote-verb-speaker"), Some("quote-split")]);
}

#[test]
fn the_one_heard_saying_a_quote_speaks_it() {
    // After a verb of perception, the object of the speech verb is its speaker.
    let text = "Ana Ruiz came to the door. Tom heard her say, “Come in.”";
    assert_eq!(speakers(text), [Some("Ana Ruiz".to_string())]);
    let text = "Tom Hale came in late.\n\nRuth was surprised to hear him say, “I will go.”";
    assert_eq!(speakers(text), [Some("Tom Hale".to_string())]);
    // The one told is the hearer, not the speaker.
    let text = "Ana Ruiz came to the door. Tom told her, “Come in.”";
    assert_eq!(speakers(text), [Some("Tom".to_string())]);
}

#[test]
fn a_narrator_saying_i_at_the_end_of_a_sentence_is_no_initial() {
    // `said I.` ends the sentence with the pronoun; `I.` is an initial only before a name.
    let text = "Ana Ruiz sat by the window.\n\n“He won’t come,” said I. “He never does.”";
    let quotes = extract_quotes(text);
    assert_eq!(quotes.len(), 2);
    for q in &quotes {
        assert_eq!(
            q.speaker.as_ref().map(|s| &*s.name),
            Some("I"),
            "{}",
            q.text
        );
        assert_eq!(q.kind, QuoteKind::Direct, "{}", q.text);
    }
}

#[test]
fn an_ordinal_that_numbers_a_point_is_not_a_person() {
    // `Second,` opens a sentence as `First,` does; `he` stays the admiral's.
    let text = "Admiral Ruiz said the charge was “untrue.” Second, they wanted to hurt him. \
                “It is simply not true,” he said.";
    assert_eq!(
        speakers(text),
        [Some("Ruiz".to_string()), Some("Ruiz".to_string())]
    );
}

#[test]
fn a_lone_name_finds_the_full_name_it_belongs_to() {
    // A known given name is a first name before it is the last word of another name.
    let text = "Flora Jane won the spelling bee. Jane Andrews came second.\n\n\
                “I studied every night,” said Jane.";
    assert_eq!(speakers(text), [Some("Jane Andrews".to_string())]);
}

#[test]
fn a_word_opening_a_sentence_before_a_name_that_modifies_people_is_no_first_name() {
    // `Top Brandt strategists`: `Top` only opens the sentence, so `Top Brandt` is no second
    // full name that would leave a lone `Brandt` undecided.
    let text = "Senator Ada Brandt spoke in Ohio on Sunday.\n\n\
                Top Brandt strategists acknowledged as much on Monday.\n\n\
                “We will fight on,” Brandt said.";
    assert_eq!(speakers(text), [Some("Ada Brandt".to_string())]);
}

#[test]
fn a_nickname_and_what_its_bearer_is_are_no_full_name() {
    // `Badger` is what Nibs is (the text also writes `badger`): `Nibs` stays `Nibs`,
    // however often `Nibs Badger` is written. A known given name still opens a full name,
    // though its surname is also a common word.
    let text = "Nibs Badger lived under the hill. Each morning Nibs Badger counted his \
                acorns while the other badger slept.\n\n\
                “Forty-one,” said Nibs.\n\n\
                Molly Baker came by with bread. The baker had risen early.\n\n\
                “Good morning,” said Molly.";
    assert_eq!(
        speakers(text),
        [Some("Nibs".to_string()), Some("Molly Baker".to_string())]
    );
}

#[test]
fn a_title_finds_the_titled_person_who_has_been_speaking() {
    let text = "Foreign Minister Ana Ruiz spoke in Lyon on Tuesday.\n\n\
                Prime Minister Paul Cole had spoken there the day before.\n\n\
                “We will not give up,” Ruiz said.\n\n\
                “It is a matter of principle,” the minister said.";
    assert_eq!(
        speakers(text),
        [Some("Ana Ruiz".to_string()), Some("Ana Ruiz".to_string())]
    );
}

#[test]
fn an_epithet_after_a_given_name_is_a_surname() {
    // `Young`, `Little` are also epithets (`young Tom`); after a given name they end it.
    for (text, name) in [
        ("“The cold breaks everything,” said Ana Young.", "Ana Young"),
        (
            "Tom Little, a mechanic, said: “The cold breaks everything.”",
            "Tom Little",
        ),
    ] {
        assert_eq!(speakers(text), [Some(name.to_string())], "{text}");
    }
    let r = reported("Ana Young said frost is hard on the old trains.");
    assert_eq!(r[0].1, "Ana Young");
    // A given name that is also a modal opens a name before a capitalized word.
    let r = reported("Will Young, a mechanic, said frost is hard on the old trains.");
    assert_eq!(r[0].1, "Will Young");
    let r = reported("Will the council act before winter? Nobody will say it will.");
    assert_eq!(r, []);
}

#[test]
fn a_sentence_about_others_after_a_quote_keeps_the_speaker() {
    let text = "“We tried,” said Ortiz, who has won twice. Cole and Berg have also won.\n\n\
                “We will be back next year.”";
    assert_eq!(
        speakers(text),
        [Some("Ortiz".to_string()), Some("Ortiz".to_string())]
    );
    // Without a quote before, the sentence's subject is the speaker.
    let text = "Ortiz has won twice. Cole and Berg have also won.\n\n\
                “We will be back next year.”";
    assert_eq!(speakers(text), [Some("Cole".to_string())]);
}

#[test]
fn a_participle_after_a_group_noun_opens_a_modifier() {
    let r = reported("Team members dressed for the game say the coach deserves a new kidney.");
    assert_eq!(r[0].1, "Team members");
    let text = "“Come and cheer for us,” team members wearing their kit say in the video.";
    assert_eq!(speakers(text), [Some("team members".to_string())]);
    // Not after a noun that names no one.
    let r = reported("Prices charged for the game say little about demand this year.");
    assert_eq!(r, []);
}

#[test]
fn the_subject_of_the_sentence_before_may_follow_an_opening_phrase() {
    let text = "At 25, Gillis was diagnosed with a rare bowel disease.\n\n\
                “My condition is getting worse, but I feel fine.”";
    assert_eq!(speakers(text), [Some("Gillis".to_string())]);
}

#[test]
fn a_description_after_an_opening_conjunction_is_the_sentence_before_s_subject() {
    // `But the stranger` opens the sentence as `But Ruth` would: the quote after it is
    // the stranger's, a person nobody has named.
    let text = "The landlord wiped the bar and said nothing more.

                But the stranger set down his glass, his face grave. “You will want the                 money first.”";
    assert_eq!(speakers(text), [Some("stranger".to_string())]);
}

#[test]
fn a_description_of_one_gender_finds_a_person_as_a_pronoun_would() {
    let text = "Henry Vale waited by the boat while Maud Finch walked down to the gate.\n\n\
                “Is it late?” asked the girl.";
    assert_eq!(speakers(text), [Some("Maud Finch".to_string())]);
}

#[test]
fn she_may_be_a_speaker_known_only_by_a_description() {
    // The countess is never named; `she` three turns on is her, not Mrs. Pryor, the last
    // woman named, who has left the scene.
    let text = "Mrs. Pryor went up early, and Edmund drew a chair near the countess.\n\n\
                “You are very late,” said the countess.\n\n\
                “I am never early,” he said, smiling.\n\n\
                “That is your fault, Edmund. You keep too many friends.”\n\n\
                “I keep them for the winter.”\n\n\
                “And you will keep them for the spring as well?” she asked.";
    let found = speakers(text);
    assert_eq!(found[0].as_deref(), Some("countess"));
    assert_eq!(found[4].as_deref(), Some("countess"));
    // A description stands for someone named, not for another description: the matron is
    // Mrs. Pryor again, not the first woman, though she spoke last.
    let text = "Mrs. Pryor came into the ward at noon.\n\n\
                “Is she asleep?” said the matron.\n\n\
                “She sleeps,” answered the first woman.\n\n\
                “Then wake her,” said the matron.";
    assert_eq!(
        speakers(text),
        [
            Some("Mrs. Pryor".to_string()),
            Some("first woman".to_string()),
            Some("Mrs. Pryor".to_string())
        ]
    );
}

#[test]
fn a_description_that_tells_a_gender_is_no_one_of_another_or_unknown_gender() {
    // `Al Brandt` has no known gender; the spokeswoman and his wife are not him.
    let text = "Senator Al Brandt skipped the dinner in Ohio.\n\n\
                “He had obligations at home,” the spokeswoman said.";
    assert_eq!(speakers(text), [Some("spokeswoman".to_string())]);
    let text = "The dinner went ahead without Al Brandt.\n\n\
                “He had obligations at home,” his wife said.";
    assert_eq!(speakers(text), [Some("wife".to_string())]);
    // Peter, who read aloud, is a man: the old lady is someone not yet named.
    let text = "Peter read aloud to Mr. Hale by the fire.\n\n\
                “Is he asleep?” said the old lady.";
    assert_eq!(speakers(text), [Some("old lady".to_string())]);
    // A woman named is still found.
    let text = "Maud Finch came in.\n\n“Is he asleep?” said the old lady.";
    assert_eq!(speakers(text), [Some("Maud Finch".to_string())]);
}

#[test]
fn a_definite_description_takes_up_the_described_speaker_before_it() {
    // The official who speaks again is the city official, not the mayor named before.
    let text = "Mayor Ilse Brandt announced the plan on Monday.\n\n\
                “The vote is final,” a city official said.\n\n\
                Brandt left the hall early.\n\n\
                “We expect no appeal,” the official said.";
    assert_eq!(
        speakers(text),
        [
            Some("city official".to_string()),
            Some("city official".to_string())
        ]
    );
    // Only a description with every word of the later one: the old lady is not the
    // young lady.
    let text = "Two women sat by the fire.\n\n\
                “It is cold,” said the young lady.\n\n\
                “Then come closer,” said the old lady.";
    assert_eq!(
        speakers(text),
        [Some("young lady".to_string()), Some("old lady".to_string())]
    );
}

#[test]
fn a_capitalized_description_is_a_character_of_its_own() {
    // `the Warden` is capitalized as a name and nobody was introduced with that title: it
    // is a character, not the man who spoke last.
    let text = "“The gate is shut,” said Tobias Reed.\n\n\
                “Then open it,” said the Warden.";
    assert_eq!(
        speakers(text),
        [Some("Tobias Reed".to_string()), Some("Warden".to_string())]
    );
    // Someone introduced with the title is still found.
    let text = "Captain Ida Crane came down the steps.\n\n\
                “The gate is shut,” said Tobias Reed.\n\n\
                “Then open it,” said the Captain.";
    assert_eq!(
        speakers(text),
        [
            Some("Tobias Reed".to_string()),
            Some("Ida Crane".to_string())
        ]
    );
    // In lower case it is a description, resolved to a person as before.
    let text = "Ada Finch came in late.\n\n\
                “Is it late?” asked the girl.";
    assert_eq!(speakers(text), [Some("Ada Finch".to_string())]);
}

#[test]
fn the_latter_the_former_and_the_other_point_by_place() {
    let text = "Rosa Lind and Edith Marsh came up the path together.\n\n\
                “You are early,” said the latter.";
    assert_eq!(speakers(text), [Some("Edith Marsh".to_string())]);
    let text = "Rosa Lind and Edith Marsh came up the path together.\n\n\
                “You are early,” said the former.";
    assert_eq!(speakers(text), [Some("Rosa Lind".to_string())]);
    // `the other` is the one of the two speakers who did not speak last.
    let text = "“Is the ferry running?” asked Tom Hale.\n\n\
                “Not today,” said Jack Moss.\n\n\
                “Then we walk,” said the other.";
    assert_eq!(
        speakers(text),
        [
            Some("Tom Hale".to_string()),
            Some("Jack Moss".to_string()),
            Some("Tom Hale".to_string())
        ]
    );
    // With nobody before it to point at, it stays as written.
    let text = "“Then we walk,” said the other.";
    assert_eq!(speakers(text), [Some("other".to_string())]);
}

#[test]
fn a_crowd_chants_its_words() {
    let text = "As the speakers spoke, protesters chanted “The mayor must go!”";
    assert_eq!(speakers(text), [Some("protesters".to_string())]);
    // Slogans are a thing chanted, not a report.
    assert_eq!(
        reported("Protesters chanted slogans outside the embassy all afternoon."),
        []
    );
}

#[test]
fn it_is_the_body_that_spoke_last() {
    let text = "Harbour Power said in a statement that 60,000 homes lost power.\n\n\
                Mayor Rod Ames toured the worst streets on Saturday.\n\n\
                “Crews will work through the night,” it said.";
    assert_eq!(speakers(text), [Some("Harbour Power".to_string())]);
    // A person is never `it`.
    let text = "Anna Berg said in a statement that 60,000 homes lost power.\n\n\
                “Crews will work through the night,” it said.";
    assert_eq!(speakers(text), [Some("it".to_string())]);
}

#[test]
fn it_and_they_with_no_speaker_before_are_what_opens_the_sentence() {
    // No body spoke before: `it` is the institution that opened the sentence before, and
    // `they` the group that opened theirs.
    let names = |text: &str| -> Vec<String> {
        quotation::extract_quotes(text)
            .into_iter()
            .filter_map(|q| q.speaker.map(|s| s.name.to_string()))
            .collect()
    };
    assert_eq!(
        names(
            "The transit authority cut two bus routes on Monday. \
             It said ridership had fallen by a third since the spring."
        ),
        ["transit authority"]
    );
    assert_eq!(
        names("Senate Republicans stalled the vote because they said the bill was rushed."),
        ["Senate Republicans"]
    );
    assert_eq!(
        names(
            "Nurses marched past the hospital on Friday.\n\n\
             “The wards are short of staff every night,” they said."
        ),
        ["Nurses"]
    );
    // A group named inside the sentence may be its object; a plural is no `it`.
    assert_eq!(
        names(
            "The council met the unions on Monday. \
             They said the talks had stalled over pensions."
        ),
        ["they"]
    );
    assert_eq!(
        names(
            "Three PACs paid a polling firm in May. \
             It said the survey had reached every county."
        ),
        ["it"]
    );
}

#[test]
fn a_given_name_that_is_the_family_s_surname_is_settled_by_place() {
    // `Howard` is a given name, but nobody here goes by it: it is the surname of a wife
    // and her husband, and the one just named is the one speaking.
    let text = "Ruth Howard is running for the seat her husband held.\n\n\
                At a rally for her on Sunday, former senator Paul Howard said his wife was ready.\n\n\
                Howard said, \"She knows the valley better than anyone.\"";
    let quotes = quotation::extract_quotes(text);
    let last = quotes.last().and_then(|q| q.speaker.as_ref());
    assert_eq!(last.map(|s| s.name.as_ref()), Some("Paul Howard"));
}

#[test]
fn he_after_a_reporter_of_no_known_gender_goes_on_with_the_reporter() {
    // `Tavita` tells no gender; the governor named earlier is a man. The `He` two
    // paragraphs after Tavita's report, with no one speaking between, is still Tavita.
    let text = "Governor Paul Dean visited the coast on Sunday.\n\n\
                Tavita, a fisherman who runs boat tours, said by phone that the sea had been calm.\n\n\
                A video shows the flooded market in the old town.\n\n\
                He said many families had moved inland.";
    let names: Vec<String> = quotation::extract_quotes(text)
        .into_iter()
        .filter_map(|q| q.speaker.map(|s| s.name.to_string()))
        .collect();
    assert_eq!(names, ["Tavita", "Tavita"]);
}

#[test]
fn a_participle_phrase_set_off_after_the_subject_is_stepped_over() {
    // `facing ... Iowa, a swing state,` tells of the senator, as a `who` clause would: the
    // place inside it does not report.
    let text = "Sen. Ann Ruiz, facing a tough race in Iowa, a swing state, said she would \
                welcome the debate.";
    assert_eq!(
        reported(text),
        [(
            "she would welcome the debate",
            "Ann Ruiz".to_string(),
            "indirect-speaker-verb"
        )]
    );
    // Set off or not, the phrase is the subject's: the one it names stays inside it.
    let text = "The mayor, standing beside Ruiz, said the bridge would reopen.";
    assert_eq!(reported(text)[0].1, "mayor");
    let text = "Voters attending the rally in Iowa said they wanted change.";
    assert_eq!(reported(text)[0].1, "Voters");
}

#[test]
fn someone_in_a_place_speaks_though_the_tables_know_no_noun_for_them() {
    // `teller` is in no table of roles; the place after `in` still does not speak.
    let text = "One Harbor Bank teller in Ohio, who spoke on the condition that she not be \
                named, said that she had been told to open accounts nobody asked for.";
    assert_eq!(
        reported(text),
        [(
            "she had been told to open accounts nobody asked for",
            "Harbor Bank teller".to_string(),
            "indirect-speaker-verb"
        )]
    );
    let text = "A ferry deckhand in Nanaimo said the crossings were full all week.";
    assert_eq!(reported(text)[0].1, "ferry deckhand");
}

#[test]
fn a_clause_inside_a_relative_clause_has_its_own_subject() {
    // `voters` say, though a `who` stands before them: the `when` clause inside the
    // relative clause has a subject of its own.
    let text =
        "She ran as a candidate who lost ground in a year when voters said they wanted change.";
    let speakers: Vec<&str> = quotation::extract_quotes(text)
        .iter()
        .filter_map(|q| q.speaker.as_ref().map(|s| s.mention))
        .collect();
    assert_eq!(speakers, ["voters"]);
}

#[test]
fn a_speaker_reporting_with_she_and_an_auxiliary_joined_on_is_a_woman() {
    // `Kerrin` and `Adebayo` tell no gender; `she's` does, as `she` would.
    let text = "Kerrin Adebayo, the board chair, said she's heard from hundreds of parents.\n\n\
                Kerrin Adebayo said they'd asked the province twice.";
    let genders: Vec<_> = quotation::extract_quotes(text)
        .iter()
        .map(|q| q.speaker.as_ref().and_then(|s| s.gender))
        .collect();
    assert_eq!(genders, [Some(Gender::Female), Some(Gender::Female)]);
}

#[test]
fn a_speaker_reporting_with_she_is_a_woman() {
    // `Okonjo` is no given name the tables know; `said she` tells her gender, so the later
    // `she` is Okonjo, not the other woman named in between.
    let text = "Ngozi Okonjo, the board chair, said she understands the anger of parents.\n\n\
                Marie Howell, a parent, wrote to the board in May about the portables.\n\n\
                The school opened in 1961 and has grown every year since.\n\n\
                For Okonjo, the problem is money.\n\n\
                “We have asked the province twice,” she said.";
    assert_eq!(speakers(text), [Some("Ngozi Okonjo".to_string())]);
}

#[test]
fn a_surname_does_not_look_ahead_to_a_later_full_name() {
    // The full name the reader has not met yet is someone else: the namesake named later.
    let text = "The festival opens with a new work on Friday.\n\n\
                “It is a long piece,” Marsh said.\n\n\
                Her uncle was the late actor Paul Marsh, who died in 2012.";
    assert_eq!(speakers(text), [Some("Marsh".to_string())]);
    // Named before, the full name is found.
    let text = "Paul Marsh directs the festival.\n\n“It is a long piece,” Marsh said.";
    assert_eq!(speakers(text), [Some("Paul Marsh".to_string())]);
}

#[test]
fn an_honorific_picks_a_surname_of_its_gender() {
    // An honorific says surname, and its gender picks among the family.
    let text = "Thomas Gradgrind sat with Louisa Gradgrind by the fire.\n\n\
                “Facts alone are wanted,” said Mr. Gradgrind.";
    assert_eq!(speakers(text), [Some("Thomas Gradgrind".to_string())]);
}

#[test]
fn an_honorific_in_a_vocative_calls_someone_of_its_gender() {
    // `Mr. Webb` is the brother, though the sister was named after him.
    let text = "“Is the boat ready?” asked Maud.\n\n“Nearly,” said Henry.\n\n\
                “And the oars?” asked Maud.\n\n“In the shed,” said Henry.\n\n\
                “Then fetch them,” said Maud.\n\n“I will,” said Henry.\n\n\
                Jack Webb came down the path, and his sister Agnes Webb behind him.\n\n\
                “Will you row, Mr. Webb?” said Maud.\n\n“Not today.”";
    let q = extract_quotes(text);
    let last = q.last().unwrap();
    assert_eq!(last.speaker.as_ref().unwrap().name, "Jack Webb");
    assert_eq!(last.rule, Some("addressee-replies"));
}

#[test]
fn he_answering_a_turn_that_calls_a_man_is_that_man() {
    // `he` replies to Maud, who called John Hale: not Tom, the man who spoke last.
    let text = "John Hale came in from the rain and sat down by the door.\n\n\
                “Is it late?” asked Tom.\n\n“Nearly ten,” said Maud.\n\n\
                “Is the road open?” asked Tom.\n\n\
                “Not yet,” said Maud. “Come to the fire, Mr. Hale.”\n\n\
                “I will not,” he said.";
    assert_eq!(speakers(text)[5], Some("John Hale".to_string()));
    // Called as a woman, Ruth Hale answers no `he`: the man who spoke last does.
    let text = text.replace("John", "Ruth").replace("Mr.", "Miss");
    assert_eq!(speakers(&text)[5], Some("Tom".to_string()));
}

#[test]
fn she_answering_a_turn_said_to_a_woman_is_that_woman() {
    // Maud's tag says whom she spoke to: the `she` who answers is Ruth Dunn, not Agnes,
    // the other woman who spoke last.
    let text = "Ruth Dunn sat on the wall above the jetty.\n\n\
                “Is the tide with us?” Maud asked.\n\n“It turns at ten,” said Agnes.\n\n\
                “Then we wait,” said Maud.\n\n“I brought tea,” said Agnes.\n\n\
                “Have you seen the boat?” Maud said to Ruth.\n\n\
                “Not since Sunday,” she said.";
    assert_eq!(speakers(text)[5], Some("Ruth Dunn".to_string()));
    // Said to no one in particular, the answer is the partner's.
    let text = text.replace(" to Ruth", "");
    assert_eq!(speakers(&text)[5], Some("Agnes".to_string()));
}

#[test]
fn a_woman_titled_by_a_surname_alone_keeps_her_honorific() {
    // `Mrs. Archer` and a bare `Archer` are mother and son: her quote is not his.
    let text = "Mrs. Archer dined alone with her son that night.\n\n\
                “It is cold,” said Mrs. Archer.\n\n“It will snow,” said Archer.";
    assert_eq!(
        speakers(text),
        [Some("Mrs. Archer".to_string()), Some("Archer".to_string())]
    );
    // A man's honorific is his surname's: `Mr. Hale` and `Hale` are one man.
    let text = "“It is cold,” said Mr. Hale.\n\n“It will snow,” Hale added.";
    assert_eq!(
        speakers(text),
        [Some("Hale".to_string()), Some("Hale".to_string())]
    );
}

#[test]
fn a_surname_seen_speaking_learns_its_gender_where_it_opens_a_sentence() {
    // `Archer said` shows a person; `Archer stood ..., and he` then shows a man, whom the
    // next `he` finds rather than the man who spoke last.
    let text = "“It is cold,” Archer said.\n\n\
                Sillerton Jackson came in and sat down by the fire.\n\n\
                “It is,” said Sillerton Jackson.\n\n\
                Archer stood at the window, and he watched the street.\n\n\
                “It will snow,” he said.";
    assert_eq!(speakers(text)[2], Some("Archer".to_string()));
}

#[test]
fn she_completes_a_surname_two_full_names_share() {
    // A bare `Lindqvist` may be Petra or Jan; `she` says which.
    let text = "Lindqvist wins the harbour vote\n\n\
                Mayor Petra Lindqvist spoke to the council on Monday. Her husband, Jan \
                Lindqvist, watched from the gallery.\n\n\
                Lindqvist stood up, and she thanked the staff.\n\n\
                “We waited ten years for this,” she said.\n\n\
                Lindqvist said the work would start in May.";
    assert_eq!(speakers(text), [Some("Petra Lindqvist".to_string())]);
}

#[test]
fn a_name_after_an_opening_adverb_is_the_subject_a_pronoun_finds() {
    // `Then Jack came in`: Jack is the sentence's subject, and the `he` after is his, not
    // Tom's, though Tom spoke last.
    let text = "“Is it late?” asked Tom. Then Jack came in and sat down by the fire.\n\n\
                “It will snow,” he said.";
    assert_eq!(speakers(text)[1], Some("Jack".to_string()));
}

#[test]
fn a_name_broken_over_lines_has_single_spaces() {
    // A name broken over lines comes out with single spaces.
    let text = "The schoolroom was plain and bare, and the master stood before it with\n\
                his hands behind him and his eyes on the rows of children in front.\n\
                \n\
                “Now, what I want is facts,” said Thomas\n\
                Gradgrind, looking at them all, one row after another, slowly\n\
                and without a smile.";
    let q = extract_quotes(text);
    let s = q[0].speaker.as_ref().unwrap();
    assert_eq!(s.mention, "Thomas\nGradgrind");
    assert_eq!(s.name, "Thomas Gradgrind");
}

#[test]
fn the_document_shows_whether_a_new_paragraph_is_a_new_speaker() {
    // News: the speaker's attributed paragraphs follow one another, so an unattributed
    // one after them is hers too.
    let news = "“The port moved more cargo than ever,” Fisk said.\n\
                “We hired forty people,” Fisk said.\n\
                “We will need more cranes,” Fisk added.\n\
                “The city has been a good partner,” Fisk said.\n\
                “Next year will be harder,” Fisk said.\n\
                “Fuel costs keep rising.”";
    let s = speakers(news);
    assert_eq!(s.last().unwrap().as_deref(), Some("Fisk"));
    // A dialogue: attributed paragraphs alternate, so an unattributed one is the other
    // speaker's turn even when the turn before it did not open its paragraph.
    let dialogue = "“Is the boat ready?” asked Maud.\n\n“Nearly,” said Henry.\n\n\
                    “And the oars?” asked Maud.\n\n“In the shed,” said Henry.\n\n\
                    “Is it locked?” asked Maud.\n\n“No,” said Henry.\n\n\
                    Maud looked at the sky. “Then fetch them,” said Maud.\n\n\
                    “I will,” said Henry.\n\n“Quickly, the tide is turning.”";
    let s = speakers(dialogue);
    assert_eq!(s.last().unwrap().as_deref(), Some("Maud"));
}

#[test]
fn in_a_dialogue_he_is_the_other_speaker_of_his_gender() {
    let text = "“Is the boat ready?” asked Tom.\n\n“Nearly,” said Henry.\n\n\
                “And the oars?” asked Tom.\n\n“In the shed,” said Henry.\n\n\
                “Is it locked?” asked Tom.\n\n“No,” said Henry.\n\n\
                “Then fetch them,” he said.";
    let s = speakers(text);
    assert_eq!(s.last().unwrap().as_deref(), Some("Tom"));
}

/// A first-person dialogue: each pair is a turn of Tom's and then one of the narrator's.
fn tom_and_i(lines: &[(&str, &str)]) -> String {
    let mut text = String::new();
    for (theirs, mine) in lines {
        text.push_str(&format!("“{theirs}” said Tom.\n\n“{mine}” I said.\n\n"));
    }
    text
}

#[test]
fn a_first_person_narrator_takes_the_name_others_call_them() {
    // Ten turns of `I said`, and the other speaker addresses the narrator by name.
    let lines = [
        ("Are you coming to the harbour, Nell?", "Not yet."),
        ("Nell, the boat leaves at six.", "Then I have an hour."),
        ("You always say that.", "And I am always there."),
        ("Bring the lantern, Nell.", "It is already packed."),
        ("What about the nets?", "Mended last night."),
        ("Good. Eat something, Nell.", "I had bread."),
        ("Bread is not breakfast.", "It is today."),
        ("The wind is rising.", "It will drop by noon."),
        ("How do you know?", "The gulls are sitting."),
        ("Then go, Nell.", "Going now."),
    ];
    let text = tom_and_i(&lines);
    let s = speakers(&text);
    assert_eq!(s.len(), 20);
    assert!(
        s.iter()
            .skip(1)
            .step_by(2)
            .all(|n| n.as_deref() == Some("Nell")),
        "{s:?}"
    );
    // A column with a few first-person turns keeps `I`.
    let column = "“Is the line late again?” I said.\n\n“Always,” said Tom.";
    assert_eq!(speakers(column)[0].as_deref(), Some("I"));
}

#[test]
fn a_first_person_narrator_has_the_gender_others_call_them_by() {
    let genders = |text: &str| -> Vec<Option<Gender>> {
        extract_quotes(text)
            .iter()
            .filter(|q| q.speaker.as_ref().unwrap().mention == "I")
            .map(|q| q.speaker.as_ref().unwrap().gender)
            .collect()
    };
    // An honorific tells it: others call the narrator `Mr. Vane`.
    let lines = [
        ("Are you coming to the harbour, Mr. Vane?", "Not yet."),
        ("Mr. Vane, the boat leaves at six.", "Then I have an hour."),
        ("You always say that.", "And I am always there."),
        ("Bring the lantern, Mr. Vane.", "It is already packed."),
        ("What about the nets?", "Mended last night."),
        ("Good. Eat something first.", "I had bread."),
        ("Bread is not breakfast.", "It is today."),
        ("The wind is rising.", "It will drop by noon."),
        ("How do you know?", "The gulls are sitting."),
        ("Then go, Mr. Vane.", "Going now."),
    ];
    assert_eq!(genders(&tom_and_i(&lines)), [Some(Gender::Male); 10]);
    // Failing one, a given name borne by one sex: others call her `Nell`.
    let lines = lines.map(|(theirs, mine)| (theirs.replace("Mr. Vane", "Nell"), mine));
    let lines: Vec<(&str, &str)> = lines.iter().map(|(t, m)| (t.as_str(), *m)).collect();
    assert_eq!(genders(&tom_and_i(&lines)), [Some(Gender::Female); 10]);
}

#[test]
fn a_name_given_as_a_speaker_is_not_the_narrators() {
    // Mara calls Tom by name as often as Tom calls the narrator `Nell`; Tom is named as a
    // speaker in the narration, so the name others call the narrator is still `Nell`.
    let mut text = String::new();
    let rounds = [
        ("Is the boat ready, Nell?", "Nearly.", "Tom, help her."),
        ("Nell, where is the rope?", "In the shed.", "Fetch it, Tom."),
        ("The tide is turning.", "I know.", "Hurry, Tom."),
        ("Hold the bow, Nell.", "I have it.", "Mind the rocks."),
        ("Push off now, Nell.", "Pushing.", "Good luck."),
    ];
    for (tom, mine, mara) in rounds.iter().chain(&rounds) {
        text.push_str(&format!(
            "“{tom}” said Tom.\n\n“{mine}” I said.\n\n“{mara}” said Mara.\n\n"
        ));
    }
    let s = speakers(&text);
    assert_eq!(s.len(), 30);
    assert!(
        s.iter()
            .skip(1)
            .step_by(3)
            .all(|n| n.as_deref() == Some("Nell")),
        "{s:?}"
    );
}

#[test]
fn fiction_turn_verbs_and_epithets_before_names() {
    let text = "Silas Crane had kept the lighthouse for thirty years.\n\n\
                “The lamp is out,” stammered Ned Hale.\n\n\
                “Then light it,” returned Crane.\n\n\
                Young Crane shook his head. “There is no oil left.”";
    assert_eq!(
        speakers(text),
        [
            Some("Ned Hale".to_string()),
            Some("Silas Crane".to_string()),
            Some("Silas Crane".to_string())
        ]
    );
    let q = &extract_quotes(text)[2];
    assert_eq!(q.speaker.as_ref().unwrap().mention, "Young Crane");
    // A verb of taking one's turn is no report away from a quote.
    assert_eq!(
        reported("Crane returned to the harbour that the storm had wrecked."),
        []
    );
}

#[test]
fn a_family_in_the_plural_is_no_one_person() {
    let text = "Corvin Dale took the early train. The Ashby Marlows were already at the house.\n\n\
                “You are late,” he said.";
    assert_eq!(speakers(text), [Some("Corvin Dale".to_string())]);
    // One person with a name ending in `s` is still a person.
    let text = "Ruth Vane took the early train. Amos Hobbs was already at the house.\n\n\
                “You are late,” he said.";
    assert_eq!(speakers(text), [Some("Amos Hobbs".to_string())]);
}

#[test]
fn he_after_a_sentence_about_someone_is_its_subject() {
    let text = "“We should go,” said Tom Hale.\n\n\
                Jack Moss looked at his watch. “Shall I take the letter in?” he asked.";
    assert_eq!(
        speakers(text),
        [Some("Tom Hale".to_string()), Some("Jack Moss".to_string())]
    );
    // Not a subject of the other gender: `he` is still the man who spoke.
    let text = "“We should go,” said Tom Hale.\n\n\
                Ruth Vane looked at her watch. “Shall I take the letter in?” he asked.";
    assert_eq!(
        speakers(text),
        [Some("Tom Hale".to_string()), Some("Tom Hale".to_string())]
    );
}

#[test]
fn the_attribution_of_one_turn_is_not_the_next_turns_speaker() {
    let text = "“Ready?” said Tom Hale.\n\n\
                “Nearly,” said Jack Moss.\n\n\
                “Is the river deep here?” Tom asked.\n\n\
                “Deep enough for trout.”";
    assert_eq!(
        speakers(text).last().cloned().flatten().as_deref(),
        Some("Jack Moss")
    );
    // A sentence of narration after a quote still gives the next quote its subject.
    let text = "“We start at six,” said Tom Hale. “Bring boots.” Jack Moss needed no urging. \
                “I will be there first.”";
    assert_eq!(
        speakers(text).last().cloned().flatten().as_deref(),
        Some("Jack Moss")
    );
}

#[test]
fn words_that_open_a_reply_are_not_the_narrators_name() {
    // `Thank you,` and `All right,` open Tom's turns more often than he says `Nell`; a
    // name has every word capitalized, so the narrator is still Nell.
    let lines = [
        ("Thank you, that is kind.", "It is nothing."),
        ("All right, we go at six.", "Six it is."),
        ("Thank you, I can carry it.", "Let me help."),
        ("All right, take the rope.", "I have it."),
        ("Is that the boat, Nell?", "That is her."),
        ("Thank you, I see it now.", "She is small."),
        ("All right, small but dry.", "Mostly dry."),
        ("Hold on, Nell.", "I am holding."),
        ("Thank you, that helped.", "Any time."),
        ("Well done, Nell.", "We made it."),
    ];
    let text = tom_and_i(&lines);
    let s = speakers(&text);
    assert_eq!(s[1].as_deref(), Some("Nell"), "{s:?}");
}

#[test]
fn a_description_beside_a_name_introduces_its_role() {
    let text = "Ana Ruiz, the transport minister, toured the new line on Monday. \
                Tomas Berg, a union leader, walked with her.\n\n\
                “Trains will run every four minutes,” the minister said.";
    assert_eq!(speakers(text), [Some("Ana Ruiz".to_string())]);
    let text = "The port director, Lena Fisk, opened the new berth. Tomas Berg cut the ribbon.\n\n\
                “We can take the largest ships now,” the director said.";
    assert_eq!(speakers(text), [Some("Lena Fisk".to_string())]);
    // A description that starts a clause after a place is not set beside the place.
    let text = "Down in Harrow Lane, the minister met the residents.\n\n\
                “We will fix the road,” the minister said.";
    assert_eq!(speakers(text), [Some("minister".to_string())]);
}

#[test]
fn household_and_trade_nouns_of_older_fiction_are_roles() {
    let text = "Amos Crook, the beadle, stood at the gate. Ruth Vane watched from the window.\n\n\
                “Nobody passes after dark,” said the beadle.";
    assert_eq!(speakers(text), [Some("Amos Crook".to_string())]);
    // `lad` is a man's word: it finds him as `he` would, not the woman who spoke.
    let text = "“Is he awake?” asked Ruth Vane.\n\n\
                Peter Lowe sat up in the bed.\n\n\
                “I am now,” said the lad.";
    assert_eq!(
        speakers(text),
        [
            Some("Ruth Vane".to_string()),
            Some("Peter Lowe".to_string())
        ]
    );
}

#[test]
fn a_role_given_long_ago_still_names_its_holder_in_the_scene() {
    // The beadle was introduced chapters back; many names have passed since, but he is
    // in the scene again, and he is the only beadle the story has had.
    let crowd = "Ruth Vane and Eli Stone talked by the well with Jonas Pike.\n\n".repeat(25);
    let text = format!(
        "Amos Crook, the beadle, stood at the gate.\n\n{crowd}\
         Amos Crook came out of the church. Ruth Vane was at the gate.\n\n\
         “Nobody passes after dark,” said the beadle."
    );
    assert_eq!(speakers(&text), [Some("Amos Crook".to_string())]);
    // A crowded scene names a dozen people after him: he is still in it.
    let scene = "Ruth Vane and Eli Stone talked by the well with Jonas Pike.\n\n".repeat(4);
    let text = format!(
        "Amos Crook, the beadle, stood at the gate.\n\n{crowd}\
         Amos Crook came out of the church.\n\n{scene}\
         “Nobody passes after dark,” said the beadle."
    );
    assert_eq!(speakers(&text), [Some("Amos Crook".to_string())]);
    // Two beadles in the story: the description is nobody in particular.
    let text = format!(
        "Amos Crook, the beadle, stood at the gate. Tobias Reed, the beadle, came later.\n\n\
         {crowd}Amos Crook came out of the church. Ruth Vane was at the gate.\n\n\
         “Nobody passes after dark,” said the beadle."
    );
    assert_ne!(speakers(&text), [Some("Amos Crook".to_string())]);
    // He is out of the scene: the last few names are others.
    let text = format!(
        "Amos Crook, the beadle, stood at the gate.\n\n{crowd}\
         “Nobody passes after dark,” said the beadle."
    );
    assert_ne!(speakers(&text), [Some("Amos Crook".to_string())]);
}

#[test]
fn a_heading_in_capitals_names_nobody() {
    // A chapter title is no one the next `he` can be.
    let text = "Tom Hale walked up the hill to the mill.\n\n\n\
                CHAPTER II\nGREGORY ARRIVES\n\n\n\
                “Is anyone home?” he called.";
    assert_eq!(speakers(text), [Some("Tom Hale".to_string())]);
}

#[test]
fn a_participle_opening_the_sentence_is_no_speaker() {
    let text = "The council was having a long night.\n\n\
                Having said this, the chair went on to the budget.";
    assert!(
        reported(text).iter().all(|r| r.1 != "Having"),
        "{:?}",
        reported(text)
    );
    // A surname in `-ing` is still a name.
    let r = reported("Lena Manning said the ferry would run all winter.");
    assert_eq!(r[0].1, "Lena Manning");
}

#[test]
fn no_one_addresses_themselves_by_name() {
    // `he` after a sentence about Jack Moss would be Jack, but the words are said to Jack:
    // they are the other man's.
    let text = "“Is the boat ready?” asked Tom Hale.\n\n\
                “Nearly,” said Jack Moss.\n\n\
                Jack looked at the sky. “We must go now, Jack,” he said.";
    assert_eq!(speakers(text)[2].as_deref(), Some("Tom Hale"));
    // Said to Tom, they are Jack's, as the sentence before says.
    let text = text.replace("now, Jack", "now, Tom");
    assert_eq!(speakers(&text)[2].as_deref(), Some("Jack Moss"));
    // A turn inherited from two paragraphs back goes to the other speaker when it
    // addresses the one it would go to.
    let text = "“Where were you?” asked Ruth Lane.\n\n\
                “Out,” said Jack Moss.\n\n\
                “Only down at the shed, Ruth.”";
    assert_eq!(speakers(text)[2].as_deref(), Some("Jack Moss"));
}

#[test]
fn a_description_is_not_the_one_its_words_call_by_name() {
    // `the old man` would be Jack, the man just named, as `he` would; but the words call
    // Jack by name, so they are the other man's. Called Tom, they are Jack's.
    let text = "“Is the boat ready?” asked Tom Hale.\n\n\
                “Nearly,” said Jack Moss.\n\n\
                Jack looked at the sky. “We must go now, Jack,” said the old man.";
    assert_eq!(speakers(text)[2].as_deref(), Some("Tom Hale"));
    let text = text.replace("now, Jack", "now, Tom");
    assert_eq!(speakers(&text)[2].as_deref(), Some("Jack Moss"));
}

#[test]
fn a_full_name_called_is_only_the_person_of_every_word() {
    // `Ann Lane` shares a surname with Tom Lane but does not call him: `he` is still
    // Tom, the man just named.
    let text = "“Is dinner ready?” asked Ann Lane.\n\n\
                “Nearly,” said Jack Moss.\n\n\
                Tom Lane came in from the yard. “Not for an hour yet, Ann Lane,” he said.";
    assert_eq!(speakers(text)[2].as_deref(), Some("Tom Lane"));
    // `Tom Lane` does call the man the story knows as `Mr. Lane`, and `Ann Lane`, a
    // woman's name, does not.
    let text = "“Is dinner ready?” asked Jack Moss.\n\n\
                Mr. Lane came in from the yard. “Sit down, Tom Lane,” he said.";
    assert_eq!(speakers(text)[1].as_deref(), Some("Jack Moss"));
    let text = text.replace("Tom Lane,", "Ann Lane,");
    assert_eq!(speakers(&text)[1].as_deref(), Some("Lane"));
}

#[test]
fn a_beat_about_he_before_an_answer_is_the_one_the_turn_called() {
    // The turn calls Jack; the paragraph answering it opens with a sentence about `he`:
    // he is Jack, whether the quote has a tag of its own, none, or shares the sentence.
    let turns = "“Is the boat in?” asked Tom Hale.\n\n“An hour ago,” said Jack Moss.\n\n\
                 “And the nets?” asked Tom Hale.\n\n“Drying,” said Jack Moss.\n\n";
    let call = "“You can stay for supper, Jack, can't you?” asked Tom Hale.\n\n";
    for answer in [
        "He shook his head. “Not tonight,” he said.",
        "He shook his head. “Not tonight.”",
        "He shook his head and said, “Not tonight.”",
    ] {
        let text = format!("{turns}{call}{answer}");
        assert_eq!(speakers(&text)[5].as_deref(), Some("Jack Moss"), "{answer}");
    }
    // A turn that calls a woman says nothing of `he`: he is the man just named.
    let text = format!(
        "{turns}Ann Lane came in with the lamp.\n\n\
         “You can stay for supper, Ann, can't you?” asked Tom Hale.\n\n\
         He shook his head. “She can't.”"
    );
    assert_eq!(speakers(&text)[5].as_deref(), Some("Tom Hale"));
    // Nor does news answer: `He added` goes on with the man who told the mayor.
    let text = "Tom Hale told Mayor Lee Park that “the bridge will open in May.”\n\n\
                He added that the delay was “entirely avoidable.”";
    assert_eq!(speakers(text)[1].as_deref(), Some("Tom Hale"));
}

#[test]
fn a_description_answering_a_turn_is_the_one_it_called() {
    // `the old man` would be guessed as `he` is, the man last named; answering a turn
    // that called Mr. Moss, he is Mr. Moss.
    let text = "“Is the boat in?” asked Tom Hale.\n\n“An hour ago,” said Ann Lane.\n\n\
                “And the nets?” asked Tom Hale.\n\n“Drying,” said Ann Lane.\n\n\
                Jack Moss came up from the shore, and Tom Hale went to meet him.\n\n\
                “Mr. Moss, is it?” said Ann Lane.\n\n\
                “The same,” said the old man.";
    assert_eq!(speakers(text)[5].as_deref(), Some("Jack Moss"));
    // A kin of someone is not found by whom the turn called.
    let text = text.replace("said the old man", "said her husband");
    assert_ne!(speakers(&text)[5].as_deref(), Some("Jack Moss"));
}

#[test]
fn no_one_addresses_themselves_later_in_the_same_speech() {
    // `she` would be Ruth, the subject just before, but the second half of her speech
    // calls Ruth by name: the words are Maud's, both halves.
    let text = "“Is that the ring?” asked Maud Hale.\n\n\
                Ruth Lane held it out to her across the table.\n\n\
                “I won't take it unless Henry gives it to me himself,” she said. \
                “Keep it for me, Ruth.”";
    let s = speakers(text);
    assert_eq!(s[1].as_deref(), Some("Maud Hale"), "{s:?}");
    assert_eq!(s[2].as_deref(), Some("Maud Hale"), "{s:?}");
    // A quote that names its own speaker in between ends her speech.
    let text = text.replace(" “Keep", " “He will,” said Maud. “Keep");
    let s = speakers(&text);
    assert_eq!(s[1].as_deref(), Some("Ruth Lane"), "{s:?}");
    // So does a quote set inside narration (`and her answer was, "Q"`).
    let text = "“Is that the ring?” asked Maud Hale.\n\n\
                Ruth Lane held it out to her across the table.\n\n\
                “I won't take it unless Henry gives it to me himself,” she said, and the \
                only answer was, “Keep it for me, Ruth.”";
    let s = speakers(text);
    assert_eq!(s[1].as_deref(), Some("Ruth Lane"), "{s:?}");
}

#[test]
fn a_given_name_alone_keeps_the_full_name_it_stood_for() {
    // `May` stood for May Welland before May Archer (her married name) was written; a
    // later `May` is still she.
    let text = "May Welland came in from the garden. Everyone at Newport knew May Welland.\n\n\
                “Good night,” May said.\n\n\
                Years later, May Archer sat by the fire with her son.\n\n\
                “Good night,” May said.";
    assert_eq!(speakers(text), vec![Some("May Welland".to_string()); 2]);
    // A full name written once, in passing, is no one a given name alone stands for.
    let text = "Henry Fielding wrote better novels, said the critic.\n\n\
                “Good night,” Henry said.\n\n\
                Later, Henry Otway sat by the fire. Henry Otway was tired.\n\n\
                “Good night,” Henry said.";
    let s = speakers(text);
    assert_ne!(s[1].as_deref(), Some("Henry Fielding"), "{s:?}");
}

#[test]
fn a_phrasal_speech_verb_is_the_cue_with_its_particle() {
    // Inverted, the speaker follows the particle; either way the cue holds both words.
    let text = "“It is late,” went on Maud Hale. “And the road is long,” Tom Reyes broke in.";
    let quotes = extract_quotes(text);
    let read = |q: &quotation::Quote| {
        (
            q.speaker.as_ref().map(|s| s.name.to_string()),
            q.cue.as_ref().map(|c| c.text.to_string()),
        )
    };
    assert_eq!(
        read(&quotes[0]),
        (Some("Maud Hale".to_string()), Some("went on".to_string()))
    );
    assert_eq!(
        read(&quotes[1]),
        (Some("Tom Reyes".to_string()), Some("broke in".to_string()))
    );
}

#[test]
fn the_one_called_by_name_answers() {
    // Three people talk; the sixth turn asks Nell, who spoke two turns before, and the
    // reply is hers, not the next in the alternation of the last two speakers.
    let text = "“Is the shed open?” said Jack Moss.\n\n\
                “Who has the key?” said Tom Hale.\n\n\
                “Not I,” said Nell Ward.\n\n\
                “Nor I,” said Jack Moss.\n\n\
                “Then who locked the shed?” said Tom.\n\n\
                “Did you lock it last night, Nell?”\n\n\
                “I never went near it.”";
    let s = speakers(text);
    assert_eq!(s[5].as_deref(), Some("Jack Moss"), "{s:?}");
    assert_eq!(s[6].as_deref(), Some("Nell Ward"), "{s:?}");
}

#[test]
fn the_one_called_by_a_name_the_narration_gave_answers() {
    // Rhoda has not spoken before she is called, but the narration named her in full.
    let mut text = String::new();
    for _ in 0..3 {
        text.push_str("\"Is the kettle on?\" asked Tom.\n\n\"It is,\" said Ellen.\n\n");
    }
    text.push_str(
        "Rhoda Quill came in from the yard, shaking the rain off her coat.\n\n\
         \"Will you have a cup, Rhoda?\" said Ellen.\n\n\
         \"Two, if there are two.\"",
    );
    let who = speakers(&text);
    assert_eq!(
        who.last(),
        Some(&Some("Rhoda Quill".to_string())),
        "{who:?}"
    );
}

#[test]
fn a_story_told_in_turns_reads_its_first_turns_as_turns() {
    // The first `he` answers Jack: in a story whose paragraphs alternate speakers, it is
    // the other man of the exchange, though the evidence comes only later in the story.
    let text = "“The tide is out,” said Tom Hale.\n\n\
                “Then we wait,” said Jack Moss.\n\n\
                “For how long?” he said.\n\n\
                The sun went down behind the point.\n\n\
                “Is that the boat?” said Jack.\n\n\
                “It is,” said Tom.\n\n\
                “Wave to them,” said Jack.\n\n\
                “They see us,” said Tom.\n\n\
                “At last,” said Jack.";
    assert_eq!(speakers(text)[2].as_deref(), Some("Tom Hale"));
}

#[test]
fn titles_in_title_case_are_not_quotations() {
    let text = "The festival's director, Ana Ruiz, said the program mixes old and new. \
                \"We open with a classic,\" Ruiz said.\n\n\
                \"The Girl Who Sailed Alone\" plays on Friday, and \"Harbour of Lights\" \
                closes the week.\n\n\
                \"Your Honour,\" the defendant said, \"I was wrong.\"";
    let texts: Vec<&str> = extract_quotes(text).iter().map(|q| q.text).collect();
    assert_eq!(
        texts,
        ["We open with a classic,", "Your Honour,", "I was wrong."],
        "film titles after an attributed quote are dropped; a spoken greeting stays"
    );
}

#[test]
fn a_title_before_a_verb_of_naming_is_no_coinage() {
    // `called` names what follows it, `a failure of nerve`; the bill's title before it
    // is no one's words. A nickname it gives stays (`"Steady Eddie," as she calls him`).
    let text = "Sen. Ana Ruiz, who wrote the \"Fair Rent Act,\" called the delay \"a \
                failure of nerve.\"\n\n\
                Ruiz praised the Senate's chairman, \"Steady Eddie,\" as she calls him.";
    let texts: Vec<&str> = extract_quotes(text)
        .iter()
        .filter(|q| q.kind != QuoteKind::Indirect)
        .map(|q| q.text)
        .collect();
    assert_eq!(texts, ["a failure of nerve.", "Steady Eddie,"]);
}

#[test]
fn a_title_after_a_possessive_or_a_work_names_the_work() {
    // American style sets the period inside the marks, and a speech verb comes first, yet
    // `Harbour Watch` and `Sunrise` are what the networks air, not anything said; and a
    // book's title, subtitle and all, is no quotation either.
    let text = "Ana Ruiz told CBC's \"Harbour Watch.\" that the ferry would run all winter. \
                A day later she went on the station's \"Sunrise\" to say it again.\n\n\
                In her new book, \"Crossing Over: A Life on the Strait,\" she tells how the \
                service began.\n\n\
                Her rival, Tom Hale, said it was the mayor's \"grandest illusion yet.\" \
                \"The book is a campaign ad,\" Hale said.\n\n\
                One ad, \"Fair Crossing,\" stars an actor who promises that fares will fall.";
    let texts: Vec<&str> = extract_quotes(text).iter().map(|q| q.text).collect();
    assert_eq!(
        texts,
        ["grandest illusion yet.", "The book is a campaign ad,"],
        "titles of programmes and books are dropped; a possessive before words in lower \
         case, or a sentence in quotes, keeps them"
    );
}

#[test]
fn a_phrasal_verb_of_interrupting_is_a_cue_with_its_particle() {
    // `broke off`, `broke in`, `burst out`: the particle makes the verb a speech verb.
    let text = "Maud set the oars down on the jetty.\n\n\
                \"If the tide turns before we--\" Maud broke off.\n\n\
                \"It won't,\" Henry broke in. \"Not for an hour.\"\n\n\
                Agnes burst out, \"Then what are we waiting for?\"";
    let found: Vec<(String, Option<&str>)> = extract_quotes(text)
        .into_iter()
        .map(|q| {
            let speaker = q.speaker.map(|s| s.name.to_string()).unwrap_or_default();
            (speaker, q.cue.map(|c| c.text))
        })
        .collect();
    assert_eq!(
        found,
        [
            ("Maud".to_string(), Some("broke off")),
            ("Henry".to_string(), Some("broke in")),
            ("Henry".to_string(), Some("broke in")),
            ("Agnes".to_string(), Some("burst out")),
        ]
    );
    // Without its particle the head is no cue: the quote is Tom's, from the sentence
    // before, not the glass's.
    let text = "Tom Hale stood at the window. The glass broke. \"Get down!\"";
    let quotes = extract_quotes(text);
    assert_eq!(quotes.len(), 1);
    assert!(quotes[0].cue.is_none(), "{:?}", quotes[0]);
}

#[test]
fn verbs_of_begging_and_voice_are_cues_next_to_the_quote() {
    let text = "Maud and Henry Vale reached the gate at dusk.\n\n\
                \"One more day, please,\" Maud begged.\n\n\
                \"Not one,\" chuckled Henry, shaking his head.";
    assert_eq!(
        speakers(text),
        [Some("Maud".to_string()), Some("Henry Vale".to_string())]
    );
    // Away from a quotation the verb reports nothing.
    let text = "The residents begged the council for a crossing.";
    assert!(extract_quotes(text).is_empty());
    // Mumbling, grunting and comforting take the turn too, not the partner of the turn
    // before.
    let text = "Maud and Henry Vale reached the gate at dusk.\n\n\
                \"Is it locked?\" asked Maud.\n\n\
                \"It always is,\" mumbled Henry.\n\n\
                \"Then we climb,\" grunted Henry, reaching for the bar.\n\n\
                \"You will manage,\" comforted Maud.";
    assert_eq!(
        speakers(text),
        [
            Some("Maud".to_string()),
            Some("Henry Vale".to_string()),
            Some("Henry Vale".to_string()),
            Some("Maud".to_string())
        ]
    );
}

#[test]
fn a_turn_of_split_quotes_is_one_turn_of_the_dialogue() {
    // Every turn is a split quote: the dialogue is still two people taking turns, so the
    // last `he` is the man Maud answers, not the one she waves to.
    let text = "\"Is the boat ready?\" asked Maud.\n\n\
                \"Nearly,\" said Henry, \"but the oars are wet.\"\n\n\
                \"Then dry them,\" said Maud, \"and quickly.\"\n\n\
                \"I will,\" said Henry, \"if the sun comes out.\"\n\n\
                \"It will,\" said Maud, waving to Tom Hale on the bank, \"it always does.\"\n\n\
                \"Then we row at noon,\" he said, \"and not before.\"";
    let found = speakers(text);
    assert_eq!(found.len(), 11);
    assert_eq!(found[9].as_deref(), Some("Henry"), "{found:?}");
    assert_eq!(found[10].as_deref(), Some("Henry"), "{found:?}");
}

#[test]
fn a_given_name_tells_whom_a_pronoun_can_mean() {
    // Neither name is in the hand-written table; the SSA-derived one knows both, so `she`
    // passes over the man named last.
    let text = "Marisol Reyes, who runs the food bank, sat beside Dwayne Okafor, the \
                parish treasurer.\n\n\
                “We will need twice the freezer space by March,” she said.";
    assert_eq!(speakers(text), [Some("Marisol Reyes".to_string())]);
    // And a place that is also a given name stays a place: `she` finds no one.
    let text = "Dwayne Okafor drove home to Alberta.\n\n\
                “The roads were empty,” she said.";
    assert_eq!(speakers(text), [Some("she".to_string())]);
}

#[test]
fn a_word_capitalized_for_opening_a_sentence_is_no_antecedent() {
    // `Sympathy` opens its sentence; the text also writes `sympathy`, so `he` is Mr. Lal.
    let text = "Mr. Lal had little sympathy for the major, who always believed the worst of \
                him. Sympathy seemed the safer course all the same. \"How is your head?\" he \
                asked.";
    assert_eq!(speakers(text), [Some("Lal".to_string())]);
}

#[test]
fn words_of_description_before_an_honorific_are_an_epithet() {
    // The mention covers `the embattled` and `poor`, but the speaker is the titled name,
    // resolved to the full name given before.
    for text in [
        "Prime Minister Ana Ruiz spoke first. \"We will see,\" the embattled Ms. Ruiz said.",
        "Prime Minister Ana Ruiz spoke first. \"We will see,\" said poor Ms. Ruiz.",
    ] {
        assert_eq!(speakers(text), [Some("Ana Ruiz".to_string())], "{text}");
    }
    // With no full name to stand for, a woman keeps her honorific: the surname alone
    // would be her husband's or father's too.
    let text = "\"I am afraid so,\" said the more candid Lady Bertram.";
    assert_eq!(speakers(text), [Some("Lady Bertram".to_string())]);
}

#[test]
fn words_of_description_before_a_bare_name_are_an_epithet() {
    // After an article, a few words of description and then a name: the speaker is the
    // name, resolved to the full name given before, not `exasperated Okonkwo`.
    let text = "Rufus Okonkwo had waited an hour for the ferry.\n\n\
                \"Twelve minutes late again,\" said the exasperated Okonkwo.\n\n\
                \"Every single day,\" the tired old Okonkwo added.";
    assert_eq!(
        speakers(text),
        [
            Some("Rufus Okonkwo".to_string()),
            Some("Rufus Okonkwo".to_string())
        ]
    );
    // A people or a nationality is no name: `the elderly English` are not a person called
    // English.
    let text = "Visitors crowded the pier.\n\n\
                \"Far too cold,\" said the elderly English.";
    assert_ne!(speakers(text), [Some("English".to_string())]);
}

#[test]
fn a_group_that_calls_out_is_no_party_to_the_dialogue() {
    // The children shout once into Ada and Tom's exchange; the turn after Tom's is
    // Ada's, not the children's again.
    let text = "Ada Brandt and Tom Ruiz sat on the porch while the children played.\n\n\
                \"It is warm tonight,\" said Ada.\n\n\
                \"Warmer than last week,\" said Tom.\n\n\
                \"Do you think it will rain?\" asked Ada.\n\n\
                \"Not before morning,\" said Tom.\n\n\
                \"Then we can stay out,\" said Ada.\n\n\
                \"Hurrah!\" they cried from the garden.\n\n\
                \"Not so loud,\" said Tom.\n\n\
                \"Let them shout.\"";
    let last = speakers(text).pop().unwrap();
    assert_eq!(last.as_deref(), Some("Ada Brandt"));
}

#[test]
fn a_noun_of_gender_is_not_an_honorific() {
    // `the old lady` is any woman, not the one styled `Lady`; she is found as `she`
    // would be. A capitalized `Lady` before the name is the honorific.
    let text = "Lady Ashby opened the fair and left before noon.\n\n\
                Mrs. Poole stood by the jam stall all afternoon.\n\n\
                \"Too sweet by half,\" said the old lady.";
    assert_eq!(speakers(text), [Some("Mrs. Poole".to_string())]);
}

#[test]
fn a_name_shown_a_man_or_woman_once_is_a_person_everywhere() {
    // `Aziz said he ...` shows Aziz a man; so `Aziz was offended.` is about a person, the
    // one `He` then stands for, not the last speaker.
    let text = "Aziz said he would wait for the others.\n\n\
                \"Will you come?\" asked Fielding.\n\n\
                Aziz was offended by the question. He said stiffly, \"I shall wait here.\"";
    assert_eq!(
        speakers(text),
        [Some("Fielding".to_string()), Some("Aziz".to_string())]
    );
}

#[test]
fn a_pronoun_with_nobody_before_it_is_the_person_named_next() {
    // A feature opens on the words and names their speaker after them.
    let text = "\"I don't know where we go now,\" she said. \"Maybe my daughter's.\"\n\n\
                That was Teresa Alvarez, 61, who has rented the same flat for thirty years.";
    assert_eq!(
        speakers(text),
        [Some("Teresa Alvarez".into()), Some("Teresa Alvarez".into())]
    );
    // Not a man for `she`, nor a person named paragraphs later, nor anyone once someone
    // spoke before.
    for text in [
        "\"I don't know,\" she said.\n\nThat was Tomas Ferreira, 61.",
        "\"I don't know,\" she said.\n\nThe rent doubled.\n\nNobody called.\n\n\
         Teresa Alvarez, 61, moved out.",
        "Officials said the block would close. \"I don't know,\" she said.\n\n\
         Teresa Alvarez, 61, moved out.",
    ] {
        assert_eq!(speakers(text)[0].as_deref(), Some("she"), "{text}");
    }
}

#[test]
fn a_person_named_after_an_owner_is_the_subject_a_pronoun_finds() {
    // `Labour's Rachel Hughes`: the party's person, not the party, is the subject; the
    // `she` after her is hers, not the last speaker's.
    let text = "The Prime Minister said: 'We will not be blown off course.'\n\n\
                Labour's Rachel Hughes hit back. 'The Government has lost control,' she said.";
    assert_eq!(
        speakers(text),
        [Some("Prime Minister".into()), Some("Rachel Hughes".into())]
    );
    // An owner's office with a given name for a place heads on to the person set off.
    let text = "Ford's Victoria office manager, Tom Reyes, said the lease was signed in May.";
    assert_eq!(reported(text)[0].1, "Tom Reyes");
}

#[test]
fn a_pronoun_left_unresolved_is_no_one_for_the_next_to_refer_to() {
    // Nobody is named: `she` is not taken for the `He` before her.
    let text = "He called the inquiry a \"witch hunt.\" She said it was \"long overdue.\"";
    assert_eq!(speakers(text), [Some("he".into()), Some("she".into())]);
}

#[test]
fn a_pronoun_with_no_one_named_for_it_is_the_description_that_spoke() {
    // No woman is named: `she` is the minister who just spoke.
    let text = "Clinic director Tom Reyes met the health minister on Monday. In an \
                interview, the health minister said the province would hire 400 nurses.\n\n\
                \"We are not going to wait for Ottawa,\" she said.";
    assert_eq!(speakers(text), [Some("health minister".into())]);
    // A woman who could be `she` is named: she is.
    let text = "Dana Ruiz runs the clinic. In an interview, the health minister said the \
                province would hire 400 nurses.\n\n\
                \"We are not going to wait for Ottawa,\" she said.";
    assert_eq!(speakers(text), [Some("Dana Ruiz".into())]);
}

#[test]
fn a_pronoun_finds_the_subject_the_narration_turned_to() {
    // Another man spoke the turn before; the narration since makes Tom Brandt the subject.
    let text = "“Is the ferry still running?” asked Peter Hale.\n\n\
                Tom Brandt looked along the empty pier. The water was flat and grey. “Not \
                since Sunday,” he said.";
    assert_eq!(
        speakers(text),
        [
            Some("Peter Hale".to_string()),
            Some("Tom Brandt".to_string())
        ]
    );
    // A man named inside the sentence is not its subject: `he` is still the speaker.
    let text = "“We talked about the border,” said Peter Hale.\n\n\
                He spoke after meeting Tom Brandt at the port. “It went well,” he said.";
    assert_eq!(
        speakers(text),
        [
            Some("Peter Hale".to_string()),
            Some("Peter Hale".to_string())
        ]
    );
}

#[test]
fn the_narration_tells_a_gender_the_tables_do_not_know() {
    // Neither given name is in a table; `she` in Ottoline Vask's own sentence tells hers.
    let text = "Ottoline Vask crossed the yard while she counted the hens. Tarquin Holt sat \
                by the gate.\n\n\
                “Did you see the fox?” she asked.";
    assert_eq!(speakers(text), [Some("Ottoline Vask".to_string())]);
    // `his` belongs to someone else as often as not, so it tells nothing: `he` takes the
    // latest person named, as with no clue at all, not Ottoline Vask.
    let text = "Ottoline Vask took his arm at the gate. Tarquin Holt said nothing.\n\n\
                “Did you see the fox?” he asked.";
    assert_eq!(speakers(text), [Some("Tarquin Holt".to_string())]);
}

#[test]
fn a_family_name_with_both_honorifics_keeps_them_apart() {
    // `Mr. Quill` and `Mrs. Quill` are two people; the bare `Quill` the narration follows
    // takes the gender its own sentences give it, not the first honorific's.
    let text = "Mrs. Quill set down the teapot. “The carriage is late,” said Mrs. Quill.\n\n\
                “It will come,” said Mr. Quill.\n\n\
                Quill crossed to the window, and he drew the curtain aside. Quill waited \
                there while he counted the lamps in the street.\n\n\
                Mrs. Quill folded her hands. Quill turned from the glass. “I see it now,” he said.";
    assert_eq!(
        speakers(text),
        [
            Some("Mrs. Quill".to_string()),
            Some("Mr. Quill".to_string()),
            Some("Quill".to_string())
        ]
    );
    // One honorific alone names no family: `Mr. Vance` is `Vance`.
    let text = "“We are ready,” Mr. Vance said.\n\nVance spoke in Dayton. “It is time,” he said.";
    assert_eq!(
        speakers(text),
        [Some("Vance".to_string()), Some("Vance".to_string())]
    );
}

#[test]
fn a_mother_and_her_daughters_share_a_surname_but_not_a_name() {
    // `Mrs. Thorne` beside a `Miss Thorne` is the mother; the given names of the page
    // (`Rosalind Thorne`) are her daughters', so she keeps her own title.
    let text = "Rosalind Thorne came down late. Miss Thorne was never early.\n\n\
                “You will miss the coach,” said Mrs. Thorne.\n\n\
                “Then I shall walk,” said Rosalind Thorne.";
    assert_eq!(
        speakers(text),
        [
            Some("Mrs. Thorne".to_string()),
            Some("Rosalind Thorne".to_string())
        ]
    );
    // With no unmarried woman of that name, `Mrs.` is the woman the article named in full.
    let text = "Rosalind Thorne opened the library on Monday.\n\n\
                “Books are for everyone,” said Mrs. Thorne.";
    assert_eq!(speakers(text), [Some("Rosalind Thorne".to_string())]);
}

#[test]
fn among_sisters_miss_and_the_surname_is_the_eldest() {
    // Once the story has `the Miss Harrows`, the sister called `Miss Lucy` or `Miss Lucy
    // Harrow` is a younger one: `Miss Harrow` alone is her elder sister, whom the page
    // never names in full, so she keeps her title.
    let text = "The Miss Harrows called on Tuesday. Lucy Harrow admired the garden, and \
                Miss Lucy said little else all afternoon.\n\n\
                “What a charming room!” said Miss Harrow.\n\n\
                “We like it,” said Lucy.";
    assert_eq!(
        speakers(text),
        [
            Some("Miss Harrow".to_string()),
            Some("Lucy Harrow".to_string())
        ]
    );
    let text = "The Miss Harrows called on Tuesday, and Miss Lucy Harrow admired the garden.\n\n\
                “What a charming room!” said Miss Harrow.";
    assert_eq!(speakers(text), [Some("Miss Harrow".to_string())]);
    // With no sisters in sight, `Miss Harrow` is the one Miss Harrow the page named.
    let text = "Lucy Harrow admired the garden, and Miss Lucy said little else all \
                afternoon.\n\n\
                “What a charming room!” said Miss Harrow.";
    assert_eq!(speakers(text), [Some("Lucy Harrow".to_string())]);
}

#[test]
fn a_description_of_a_newcomer_is_no_one_named_before() {
    // `An old gentleman` brought someone new into the scene: `the old gentleman` is him,
    // nameless, not Tom, the last man named.
    let text = "Tom Hale ran down the lane to the market.\n\n\
                An old gentleman in a green coat was reading at the bookstall. The old \
                gentleman looked up as Tom went by.\n\n\
                “Where is the fire?” said the old gentleman.";
    assert_eq!(speakers(text), [Some("old gentleman".to_string())]);
    // Said of someone the story has (`Tom Hale was an old gentleman`), the description
    // brings in no one.
    let text = "Tom Hale was an old gentleman of seventy, and slow on the stairs.\n\n\
                “Where is the fire?” said the old gentleman.";
    assert_eq!(speakers(text), [Some("Tom Hale".to_string())]);
    // Nor is `the impatient man` the `man` met before: the word it adds tells of someone
    // the reader knows. (And `a young gentleman` has no `man` in it.)
    let text = "Tom Hale waited by the gate while a man and a young gentleman unloaded the \
                cart.\n\n\
                “Are we done?” said the impatient man. “It is late,” said the young man.";
    assert_eq!(
        speakers(text),
        [Some("Tom Hale".to_string()), Some("Tom Hale".to_string())]
    );
}

#[test]
fn a_newcomer_in_a_dialogue_is_not_the_partner_of_the_exchange() {
    // Tom and Silas have been talking; then the narration brings in `a farming man`, and
    // `the man` who replies to Silas is him, not Tom, whom the text has not named since.
    let text = "\"Are we near the mill?\" asked Tom Hale.\n\n\
                \"Near enough,\" said Silas Crane. \"Keep up, boy.\"\n\n\
                \"My feet hurt,\" said Tom.\n\n\
                \"Then sleep in the cart,\" said Silas.\n\n\
                \"I am hungry too,\" said Tom.\n\n\
                \"You are always hungry,\" said Silas.\n\n\
                \"Only when I walk,\" said Tom.\n\n\
                It was dark when he woke. He found Silas at the inn, deep in talk with a \
                farming man, over a mug of cider.\n\n\
                \"So you are going on to the mill,\" said Silas.\n\n\
                \"Yes, I am,\" replied the man.";
    let said = speakers(text);
    assert_eq!(said.last(), Some(&Some("man".to_string())));
    // Named since the newcomer came in, the partner is still the one who answers.
    let text = text.replace("over a mug of cider.", "over a mug of cider. Tom yawned.");
    let said = speakers(&text);
    assert_eq!(said.last(), Some(&Some("Tom Hale".to_string())));
}

#[test]
fn a_speakers_words_bring_no_newcomer_in() {
    // `a man from the village` is in Ann's words, not the narration's: nobody new has come
    // to the river, and `the man` is Tom.
    let text = "Tom Hale and his sister Ann came down to the river at dusk.\n\n\
                \"We could pay a man from the village to row us,\" said Ann.\n\n\
                Tom Hale looked at the black water for a long time.\n\n\
                \"I will row it myself,\" said the man.";
    assert_eq!(
        speakers(text),
        [Some("Ann".to_string()), Some("Tom Hale".to_string())]
    );
    // Nor does a predicate set off by a parenthesis (`was, by all accounts, an old
    // gentleman`) or opened by a bracket (`(being an old gentleman`) bring anyone in.
    for said_of in [
        "Tom Hale was, by all accounts, an old gentleman",
        "Tom Hale (being an old gentleman",
    ] {
        let text = format!(
            "{said_of} of regular habits, and went to bed at nine.\n\n\
             \"Where is my candle?\" said the old gentleman."
        );
        assert_eq!(speakers(&text), [Some("Tom Hale".to_string())], "{said_of}");
    }
}

#[test]
fn he_goes_on_about_a_described_speaker_of_his_paragraph() {
    // `the surgeon` tells no gender, but he spoke in this very paragraph and no one has
    // been named since: `He` is the surgeon, not Tom, the last man named.
    let text = "Tom Hale sat by the bed all night.\n\n\
                \"Keep him warm,\" said the surgeon, pulling on his gloves. He put on his \
                hat, and, pausing at the door, added, \"Send for me if the fever comes \
                back.\"";
    assert_eq!(
        speakers(text),
        [Some("surgeon".to_string()), Some("surgeon".to_string())]
    );
    // With Tom named since, the pronoun has a man to go on about.
    let text = text.replace("He put on his hat", "Tom nodded. He put on his hat");
    assert_eq!(
        speakers(&text),
        [Some("surgeon".to_string()), Some("Tom Hale".to_string())]
    );
}

#[test]
fn he_goes_on_about_the_titled_one_the_narration_just_made_its_subject() {
    // The Collector, Mr. Turton, is the subject of the sentences after Ronny spoke: `he`
    // is the Collector, not Ronny, the last man heard.
    let text = "The Collector, Mr. Turton, who had come in late, drove down to the club with \
                Ronny Heaslop.\n\n\
                \"We shall see,\" said Ronny.\n\n\
                The Collector took in the scene at a glance. Then he drove off to his \
                bungalow.\n\n\
                \"I know what you are like at last,\" he said.";
    assert_eq!(
        speakers(text),
        [
            Some("Ronny Heaslop".to_string()),
            Some("Turton".to_string())
        ]
    );
    // The same in news: the minister, titled so when first named, takes the floor.
    let text = "Finance Minister Tom Ruiz and Ben Hale, the opposition leader, met on \
                Monday.\n\n\
                \"We will not support this budget,\" Hale said.\n\n\
                The minister left the room before the vote. \"The numbers speak for \
                themselves,\" he said.";
    assert_eq!(
        speakers(text),
        [Some("Ben Hale".to_string()), Some("Tom Ruiz".to_string())]
    );
    // An indefinite description is anyone: `he` is still the man last heard.
    let text = text.replace("The minister left", "A minister left");
    assert_eq!(
        speakers(&text),
        [Some("Ben Hale".to_string()), Some("Ben Hale".to_string())]
    );
}

#[test]
fn a_description_finds_the_person_its_abbreviated_title_names() {
    // `Dr.` is the doctor and `Sen.` the senator: a description by office finds the person
    // whose title was written short.
    let text = "Dr. Amy Lowell examined the boy while Tom Hale waited by the door.\n\n\
                “He will live,” the doctor said.\n\n\
                Sen. Ray Ortiz met Mayor Jane Webb at the clinic on Monday.\n\n\
                “We will fund the wing,” the senator said. “The doctor was right,” the mayor said.";
    assert_eq!(
        speakers(text),
        [
            Some("Amy Lowell".to_string()),
            Some("Ray Ortiz".to_string()),
            Some("Jane Webb".to_string())
        ]
    );
}

#[test]
fn a_pronoun_finds_the_subject_of_the_narration_after_the_last_turn() {
    // The narration that closes the paragraph of Jane's question is about Maud, so the
    // `she` who answers in the next paragraph is Maud, not Jane.
    let text = "“Is the boat late?” Jane asked. Maud looked along the pier for a long while.\n\n\
                “It will come,” she said.";
    assert_eq!(
        speakers(text),
        [Some("Jane".to_string()), Some("Maud".to_string())]
    );
}

#[test]
fn a_pronoun_follows_the_subjects_of_the_narration_back_to_a_name() {
    // `She` opens the sentence before and carries Ruth on: the last woman named, Mrs.
    // Alder, is only in its object, and Ruth was the subject before that.
    let text = "Ruth Carver came in from the yard with the milk pails.\n\n\
                She sat down by the stove and took a cup from Mrs. Alder.\n\n\
                “It is cold again,” she said.";
    assert_eq!(speakers(text), [Some("Ruth Carver".to_string())]);
    // The subject of a clause joined on with `and` or after a comma is a subject too: the
    // later one is whom `she` carries on.
    let text = "Mrs. Alder poured the tea, and Ruth Carver took the cup from her.\n\n\
                “It is cold again,” she said.";
    assert_eq!(speakers(text), [Some("Ruth Carver".to_string())]);
    // Not a woman in the object, nor the subject of a clause of time: Ruth is the subject.
    let text = "Ruth Carver handed a cup to Mrs. Alder.\n\n\
                “It is cold again,” she said.";
    assert_eq!(speakers(text), [Some("Ruth Carver".to_string())]);
    let text = "Ruth Carver poured the tea while Mrs. Alder watched.\n\n\
                “It is cold again,” she said.";
    assert_eq!(speakers(text), [Some("Ruth Carver".to_string())]);
}

#[test]
fn a_pronoun_takes_the_subject_of_its_own_paragraph_though_no_name_tells_a_gender() {
    // Neither `Tavish Hollis` nor `Pellow` tells a gender. `he` in the paragraph whose
    // subject is Hollis is Hollis, not Pellow, who spoke the turn before.
    let text = "“Where were you at four?” asked Tavish Hollis.\n\n\
                “In the garden, sir,” said Pellow.\n\n\
                Hollis turned to the window. Then he said:\n\n\
                “Consider the order of events.”";
    let hollis = Some("Tavish Hollis".to_string());
    assert_eq!(speakers(text).pop(), Some(hollis));
    // A subject of the paragraph before is not so close: there the last speaker stands.
    let text = "“Where were you at four?” asked Tavish Hollis.\n\n\
                Hollis turned to the window.\n\n\
                “In the garden, sir,” said Pellow. Then he said:\n\n\
                “Consider the order of events.”";
    assert_eq!(speakers(text).pop(), Some(Some("Pellow".to_string())));
}

#[test]
fn the_sentence_before_speaks_through_the_subject_of_its_last_clause() {
    // The narration leaves off with Ruth: the quote after it is hers, not Mrs. Alder's.
    let text = "Mrs. Alder set down the tray, and Ruth Carver turned to the window.\n\n\
                “Then let us speak of the harvest.”";
    assert_eq!(speakers(text), [Some("Ruth Carver".to_string())]);
    // So with a pronoun as that subject: `he` is Tom Hale.
    let text = "Ruth Carver set down the tray for Tom Hale, and he turned to the window.\n\n\
                “Then let us speak of the harvest.”";
    assert_eq!(speakers(text), [Some("Tom Hale".to_string())]);
    // A clause of time is no main clause: the subject stays Mrs. Alder.
    let text = "Mrs. Alder set down the tray while Ruth Carver turned to the window.\n\n\
                “Then let us speak of the harvest.”";
    assert_eq!(speakers(text), [Some("Mrs. Alder".to_string())]);
}

#[test]
fn a_description_nobody_holds_answers_as_the_other_speaker() {
    // Nell and Tobias are talking; the man named in the narration since is not in the
    // exchange. `the old man` answering Nell is Tobias, the other speaker of his gender.
    let dialogue = |closing: &str| {
        format!(
            "Nell Garvey found Tobias Wren at the gate of his field.\n\n\
             “The carts are late,” Nell said.\n\n\
             “They're always late in October,” Tobias said.\n\n\
             “Not this late,” she said.\n\n\
             “You worry too much,” he said.\n\n\
             “Somebody has to,” Nell said.\n\n\
             “Then worry quietly,” Tobias said.\n\n\
             “I can't,” she said. She had watched Jack Pollard's cart leave at dawn.\n\n\
             “Then go and look for them yourself,” {closing}."
        )
    };
    let last = |text: &str| speakers(text).pop().flatten();
    assert_eq!(
        last(&dialogue("grumbled the old man")).as_deref(),
        Some("Tobias Wren")
    );
    // A noun of no gender is the other speaker too.
    assert_eq!(
        last(&dialogue("grumbled the farmer")).as_deref(),
        Some("Tobias Wren")
    );
    // A description someone holds is theirs, whoever spoke before.
    let text = dialogue("grumbled the farmer").replace("watched Jack", "watched farmer Jack");
    assert_eq!(last(&text).as_deref(), Some("Jack Pollard"));
}

#[test]
fn a_common_word_opening_the_sentence_before_is_no_speaker() {
    // `Usually` is written in lower case too: capitalized only for opening its sentence.
    let text = "Maud Hale waited on the pier, though the ferry usually came at noon.\n\n\
                Usually it was early. “Where is it?”";
    assert_ne!(speakers(text), [Some("Usually".to_string())]);
    // A person the text names, though her name is a word too, still speaks.
    let text = "Rose Hale waited by the rose bed while the ferry came in.\n\n\
                Rose looked up at the sky. “Where is it?”";
    assert_eq!(speakers(text), [Some("Rose Hale".to_string())]);
}

#[test]
fn a_given_name_that_is_also_a_word_stays_in_the_name() {
    // The text speaks of a bill, but `Bill Hale` is a given name and a surname.
    let text = "The council passed the bill on Monday.\n\n\
                “It is a good day,” said Bill Hale. “It took a year,” Bill added.";
    assert_eq!(
        speakers(text),
        [Some("Bill Hale".to_string()), Some("Bill Hale".to_string())]
    );
}

#[test]
fn a_given_name_that_is_a_modal_opens_a_sentence_before_a_past_tense() {
    // No modal stands before a past tense: `May looked` is May Welland looking.
    let text = "Newland Archer turned to his wife, May Welland. It may rain, he thought.\n\n\
                “Is it over?” he asked.\n\n\
                May looked at him. “Why, yes, it is over.”";
    assert_eq!(
        speakers(text).last().cloned().flatten().as_deref(),
        Some("May Welland")
    );
    // Before a verb's base form `May` is the modal, and nobody.
    let text = "Newland Archer turned to his wife, May Welland.\n\n\
                May I say one thing? “It is over.”";
    assert_ne!(speakers(text), [Some("May Welland".to_string())]);
}

#[test]
fn a_part_of_a_group_is_named_with_its_quantifier() {
    // `one of the jurymen` is one juryman, not `of the jurymen`.
    let text = "The jury came back after an hour.\n\n\
                “Guilty,” said one of the jurymen. “We are agreed,” some of the others said.";
    assert_eq!(
        speakers(text),
        [
            Some("one of the jurymen".to_string()),
            Some("some of the others".to_string())
        ]
    );
}

#[test]
fn a_description_finds_the_person_given_the_same_office_in_other_words() {
    // A surgeon is `the doctor`, though a phrase of place closes the apposition.
    let text = "Ana Ruiz, a surgeon at the county hospital, examined the boy while Tom Hale \
                waited by the door.\n\n\
                “He will live,” the doctor said.";
    assert_eq!(speakers(text), [Some("Ana Ruiz".to_string())]);
    // The same office in other words finds them either way round.
    let text = "Sam Cole, an attorney for the family, met Rita Park outside the court.\n\n\
                “We will appeal,” the lawyer said.\n\n\
                Dr. Amy Lowell examined the boy while Tom Hale waited by the door.\n\n\
                “He will live,” the surgeon said.";
    assert_eq!(
        speakers(text),
        [Some("Sam Cole".to_string()), Some("Amy Lowell".to_string())]
    );
    // The president of a club is not `the president`.
    let text = "Jon Pell, president of the rowing club, stood by the door while the boy slept.\n\n\
                “He needs rest,” the president said.";
    assert_ne!(speakers(text), [Some("Jon Pell".to_string())]);
}

#[test]
fn a_capitalized_noun_of_one_gender_is_a_character_a_pronoun_finds() {
    // Agnes is named first; the narration then turns to `the Duchess`, a character the
    // novel never names otherwise. `she` is the Duchess, the last woman in the narration.
    let scene = |who: &str| {
        format!(
            "Agnes Marchand had lost twice at the card table.\n\n\
             Across the room {who} put down a glass and looked at the clock.\n\n\
             “It is past midnight, and the carriages are waiting,” she said."
        )
    };
    let first = |text: &str| speakers(text).first().cloned().flatten();
    assert_eq!(first(&scene("the Duchess")).as_deref(), Some("Duchess"));
    assert_eq!(first(&scene("Granny")).as_deref(), Some("Granny"));
    // A noun that tells no gender is no woman for `she`; nor is a word capitalized only
    // for opening a sentence (`Count`, a verb there) a man for `he`.
    assert_eq!(
        first(&scene("the Hatter")).as_deref(),
        Some("Agnes Marchand")
    );
    let text = "Tom Riley had lost twice at the card table. A count of the \
                chips showed it.\n\nCount the chips again.\n\n\
                “It is past midnight,” he said.";
    assert_eq!(first(text).as_deref(), Some("Tom Riley"));
    // Opening a sentence with a verb after it, though the household also writes it in
    // lower case (`nanny called`), `Nanny` is the woman who acts: `she` is her.
    let text = "Agnes Marchand had gone up to town for the week.\n\n\
                Nanny sat by the gate with a letter while the boy rode. Then nanny called \
                him in.\n\n\
                “Wipe your boots before you come into the house,” she said.";
    assert_eq!(first(text).as_deref(), Some("Nanny"));
}

#[test]
fn a_saint_before_a_name_makes_a_place_not_a_person() {
    // `St. Paul's` is a church; `he` is the man of the story, named before it.
    let text = "Nobody came for Ben Hollis, and at last the bells of St. Paul's rang \
                the hour.\n\n“They won't come now,” he said.";
    assert_eq!(
        speakers(text).first().cloned().flatten().as_deref(),
        Some("Ben Hollis")
    );
    // A longer name after the title is a person's: `St. John Rivers`.
    let text = "St. John Rivers came to the corner where Ben Hollis waited.\n\n\
                “They won't come now,” he said.";
    assert_eq!(
        speakers(text).first().cloned().flatten().as_deref(),
        Some("John Rivers")
    );
}

#[test]
fn a_name_after_a_preposition_of_place_is_no_person() {
    let last = |text: &str| speakers(text).pop().flatten();
    // `in Port Royal` is a town: `she` is the person named before it, whose gender the
    // tables do not know.
    let text = "Tunde Adeyemi runs the only clinic on the island, which sits in Port Royal.\n\n\
                “We have waited long enough,” she said.";
    assert_eq!(last(text).as_deref(), Some("Tunde Adeyemi"));
    // A name whose gender is known stays a person after the same words.
    let text = "Tunde Adeyemi runs the only clinic on the island, and the nurses confide \
                in Grace Obi.\n\n“We have waited long enough,” she said.";
    assert_eq!(last(text).as_deref(), Some("Grace Obi"));
    // An article may stand between: `into the Paseo Verde` is a street, not the latter
    // of two people.
    let text = "Ravi Sen met Tunde Adeyemi, and they drove the van into the Paseo Verde.\n\n\
                “We have waited long enough,” said the latter.";
    assert_eq!(last(text).as_deref(), Some("Tunde Adeyemi"));
}

#[test]
fn a_surname_in_the_possessive_is_the_person_named_in_full() {
    // `Holt's reply` is read as a description, not indexed as a name where it stands: the
    // surname still resolves to the person named in full before.
    let text = "Jana Holt has run the bakery on Dundas Street for thirty years. The city \
                offered to buy the building in March.\n\nHolt's reply: “Not a chance.”";
    assert_eq!(speakers(text), [Some("Jana Holt".to_string())]);
    let text = "Dana Okafor edits the paper.\n\nOkafor's reply: “Not a chance.”";
    assert_eq!(speakers(text), [Some("Dana Okafor".to_string())]);
    // Only a person's: a name known for one by no given name or gender is no one's.
    let text = "Zorvex Okafor edits the paper.\n\nOkafor's reply: “Not a chance.”";
    assert_eq!(speakers(text), [Some("Okafor".to_string())]);
}

#[test]
fn she_is_no_name_that_neither_acts_nor_speaks() {
    // `the Lisbon Express` is only ridden on: with no woman named and no person of
    // unknown gender who did anything, `she` stays unresolved rather than becoming a train.
    let text = "I slept badly that night on the Lisbon Express. In the morning a porter \
                carried my bags to the hotel, and a woman in grey opened the door.\n\n\
                “You are expected,” she said.";
    assert_eq!(speakers(text).pop().flatten().as_deref(), Some("she"));
    // A person of unknown gender who is the subject of a sentence may still be `she`.
    let text = "Tunde Adeyemi slept badly that night on the Lisbon Express.\n\n\
                In the morning the bags were carried to the hotel.\n\n\
                “You are expected,” she said.";
    assert_eq!(
        speakers(text).pop().flatten().as_deref(),
        Some("Tunde Adeyemi")
    );
}

#[test]
fn a_capitalized_description_that_answers_to_a_name_becomes_its_epithet() {
    // The narration calls the old dealer `the Peddler`; twice he answers when called
    // `Crane`, and from then on `the Peddler` is Amos Crane.
    let scene = |calls: &[&str]| {
        let mut text = String::from(
            "Tom Ruddle led the boy up the stairs. By the stove stood Amos Crane, with a \
             ladle, and Ned Barrow sat at the table.\n\n",
        );
        for call in calls {
            text += &format!(
                "“Where's the money, {call}?” asked Ned Barrow.\n\n\
                 “Safe, my lad, safe,” said the Peddler.\n\n"
            );
        }
        text + "The boys laughed.\n\n“Sit down, boy,” said the Peddler."
    };
    let last = |text: &str| speakers(text).pop().flatten();
    assert_eq!(
        last(&scene(&["Crane", "Crane"])).as_deref(),
        Some("Amos Crane")
    );
    // Once is not enough; and answering to two names as often, it is nobody's epithet
    // and stays a character of its own.
    assert_eq!(last(&scene(&["Crane"])).as_deref(), Some("Peddler"));
    let mixed = scene(&["Crane", "Ruddle", "Crane", "Ruddle"]);
    assert_eq!(last(&mixed).as_deref(), Some("Peddler"));
}

#[test]
fn an_epithet_learned_late_names_the_turns_spoken_before_it_too() {
    // `the Peddler` speaks, with a second quote in the same paragraph, before anyone calls
    // him `Crane`; once he has answered to it twice, those first quotes were his too.
    let scene = |calls: &[&str]| {
        let mut text = String::from(
            "Tom Ruddle led the boy up the stairs. By the stove stood Amos Crane, with a \
             ladle, and Ned Barrow sat at the table.\n\n\
             “Shut the door,” said the Peddler, without looking round. “The draught \
             is cruel.”\n\n",
        );
        for call in calls {
            text += &format!(
                "“Where's the money, {call}?” asked Ned Barrow.\n\n\
                 “Safe, my lad, safe,” said the Peddler.\n\n"
            );
        }
        text
    };
    let first_two = |text: &str| speakers(text).into_iter().take(2).collect::<Vec<_>>();
    let crane = Some("Amos Crane".to_string());
    assert_eq!(
        first_two(&scene(&["Crane", "Crane"])),
        vec![crane.clone(), crane]
    );
    // Answering once shows nothing: the Peddler is still a character of his own.
    let peddler = Some("Peddler".to_string());
    assert_eq!(
        first_two(&scene(&["Crane"])),
        vec![peddler.clone(), peddler]
    );
}

#[test]
fn a_capitalized_description_set_before_a_name_is_that_person_anywhere() {
    // `the Warden, Mr. Pryce,` gives the title to one man; many names later, with Pryce
    // long out of the scene, `the Warden` speaking is still Mr. Pryce.
    let story = |introduction: &str| {
        let mut text = format!("{introduction}\n\n");
        for _ in 0..12 {
            text += "Aziz Khan rode to the river. Mary Dale followed him. \
                     Tom Fell stayed by the well.\n\n";
        }
        text + "“Back to work, all of you,” cried the Warden, from the gate."
    };
    let last = |text: &str| speakers(text).pop().flatten();
    let pryce = story("They knew the rider at once, the Warden, Mr. Pryce, with his grey horse.");
    assert_eq!(last(&pryce).as_deref(), Some("Pryce"));
    // In a list of three, the name after the description's comma is the next person, not
    // the Warden.
    let listed = story("At the table sat the Warden, Mr. Pryce, and Tom Fell.");
    assert_eq!(last(&listed).as_deref(), Some("Warden"));
}

#[test]
fn a_pet_name_and_the_formal_name_with_the_same_surname_are_one_person() {
    // `Bill Dale` and `William Dale` are one senator: both quotes are his, under one name.
    let text = "Senator William Dale opened the hearing on Tuesday.\n\n\
                “We will hear every witness,” William Dale said.\n\n\
                Outside, Bill Dale was more blunt. “Nobody leaves early,” Bill Dale told \
                reporters.";
    let dale = Some("William Dale".to_string());
    assert_eq!(speakers(text), [dale.clone(), dale]);
    // The form the text uses more is the name: `Tony Marsh` throughout, `Anthony Marsh`
    // once, on the nameplate.
    let text = "The nameplate on the door said Anthony Marsh.\n\n\
                “Come in,” Tony Marsh said. “Sit anywhere.”\n\n\
                Tony Marsh poured two cups. “The mill closes on Friday,” Tony Marsh said.";
    let tony = Some("Tony Marsh".to_string());
    assert_eq!(speakers(text), [tony.clone(), tony.clone(), tony]);
    // `Kit` may be Christopher or Katherine: with both Hales in the story, Kit Hale is
    // neither.
    let text = "Christopher Hale and Katherine Hale ran the farm.\n\n\
                “The rain is early,” Kit Hale said.";
    assert_eq!(speakers(text), [Some("Kit Hale".to_string())]);
}

#[test]
fn a_pet_name_alone_is_the_formal_full_name_named_before() {
    // `Francis Dunmore` goes by `Frank` once the story knows him.
    let text = "Walter Dunmore gave a dinner for his brother Francis Dunmore, who sailed \
                for Lisbon at dawn.\n\n\
                “I shall miss you,” said Walter.\n\n\
                “You are too good,” said Frank.";
    assert_eq!(
        speakers(text),
        [
            Some("Walter Dunmore".to_string()),
            Some("Francis Dunmore".to_string())
        ]
    );
    // A `Frank` met before any Francis is someone else: a writer names a person first.
    let text = "“The boat is late,” said Frank.\n\n\
                Francis Dunmore came down to the quay at noon.";
    assert_eq!(speakers(text), [Some("Frank".to_string())]);
    // `Kit` may shorten Christopher or Katherine: with both in the story, it is neither.
    let text = "Christopher Hale and Katherine Hale ran the farm.\n\n\
                “The rain is early,” said Kit.";
    assert_eq!(speakers(text), [Some("Kit".to_string())]);
}

#[test]
fn a_name_after_words_of_endearment_is_still_the_one_called() {
    // `my dear Agnes` calls Agnes: she answers the turn.
    let text = "“Is the boat ready?” asked Maud.\n\n“Nearly,” said Henry.\n\n\
                “And the oars?” asked Maud.\n\n“In the shed,” said Henry.\n\n\
                “Then fetch them,” said Maud.\n\n“I will,” said Henry.\n\n\
                Agnes Webb came down the path with her basket.\n\n\
                “Will you row, my dear Agnes?” said Maud.\n\n“Not today.”";
    assert_eq!(
        speakers(text).pop().flatten().as_deref(),
        Some("Agnes Webb")
    );
    // `My dear Harriet, ...` is said to Harriet, not by her, though the sentence before
    // is about her.
    let text = "“It is only a riddle,” said Emma Wood.\n\n\
                Harriet Smith looked grave.\n\n\
                “My dear Harriet, you must not make so much of a riddle.”";
    assert_eq!(speakers(text).pop().flatten().as_deref(), Some("Emma Wood"));
}

#[test]
fn a_chapter_heading_before_a_quote_names_no_one() {
    let text = "The lamps were lit and the guests went home.\n\n\n\nCHAPTER VII\n\n\
                “And then the vicar said to me, quite seriously, that he had never seen a kite.”";
    assert_eq!(speakers(text), [None]);
    // A sentence in the ordinary case before the quote still speaks for it.
    let text = "The lamps were lit.\n\nMarion Vale looked up from her book.\n\n\
                “And then the vicar said to me that he had never seen a kite.”";
    assert_eq!(speakers(text), [Some("Marion Vale".to_string())]);
}

#[test]
fn a_word_in_ly_before_a_subject_pronoun_is_an_adverb_not_a_speaker() {
    let text = |second: &str| {
        format!(
            "Tom Ruddle waited by the door of the inn.\n\n{second} took up the hat and \
             the stick.\n\n“We must go before the light fails.”"
        )
    };
    // `Hastily he took up`: the pronoun is the subject, and it is Tom.
    assert_eq!(
        speakers(&text("Hastily he")),
        [Some("Tom Ruddle".to_string())]
    );
    // A name in `-ly` before its verb is still the subject.
    assert_eq!(
        speakers(&text("Beverly Shaw")),
        [Some("Beverly Shaw".to_string())]
    );
}

#[test]
fn a_lone_word_before_a_subject_pronoun_names_no_one() {
    // `Albeit he was tired`: not a name, so the quote after it is not `Albeit`'s (the
    // sentence's subject is the talk, no one's).
    let text = "Jim Harte sat by the fire.\n\nAlbeit he was tired, the talk went on.\n\n\
                “Another hour, then.”";
    assert_eq!(speakers(text), [None]);
}

#[test]
fn a_description_with_a_name_set_off_after_it_is_that_named_person() {
    // The mayor is Rhona Ellery: the quote is hers by name, and so is the later quote of
    // `Ellery`.
    let text = "“I don't know,” said the mayor, Rhona Ellery, when asked about the budget. \
                “We will see.”\n\n\
                The council meets again in March. “There is no money for it,” Ellery said.";
    let ellery = Some("Rhona Ellery".to_string());
    assert_eq!(speakers(text), [ellery.clone(), ellery.clone(), ellery]);
    // Before the verb too, and a surname after two particles belongs to the name.
    let coach = "‘We are ready,’ the coach, Piet van der Berg, insisted after training.";
    assert_eq!(speakers(coach), [Some("Piet van der Berg".to_string())]);
    // A name that starts a list after the comma is not the description's.
    let listed = "“Nobody told us,” said the treasurer, Rhona Ellery and two aides nodding.";
    assert_eq!(speakers(listed), [Some("treasurer".to_string())]);
    // A name with its party after it keeps its name; the party is no second person.
    let party = "“It is a bad bill,” Representative Ana Ruiz, Democrat of Oregon, said.";
    assert_eq!(speakers(party), [Some("Ana Ruiz".to_string())]);
}

#[test]
fn a_role_noun_before_a_name_titles_the_name() {
    // `the journalist Nadia Okafor`: one person, named, whether the phrase opens the
    // sentence or follows the verb.
    let before =
        "The columnist Nadia Okafor called the ruling \u{201c}a gift to landlords.\u{201d}";
    assert_eq!(speakers(before), [Some("Nadia Okafor".to_string())]);
    let after = "\u{201c}Nobody reads the fine print,\u{201d} said the columnist Nadia Okafor.";
    assert_eq!(speakers(after), [Some("Nadia Okafor".to_string())]);
    // Two role words before the name, and a profession news quotes by.
    let nurse = "Her colleague, nurse practitioner Owen Leclair, agreed: \
                 \u{201c}It has never been this bad.\u{201d}";
    assert_eq!(speakers(nurse), [Some("Owen Leclair".to_string())]);
    let paramedic = "\u{201c}We ran out of stretchers,\u{201d} said one paramedic.";
    assert_eq!(speakers(paramedic), [Some("paramedic".to_string())]);
}

#[test]
fn a_role_noun_opening_the_sentence_titles_the_name_the_role_later_stands_for() {
    // `Lawyer Roberta Kaplan` opens its sentence, and the document writes `lawyer` in
    // lower case too: the role is still her title, so `the lawyer` is her.
    let lawyer = "Lawyer Marisol Quaye filed the appeal on Monday.\n\n\
                  \u{201c}The ruling ignored the evidence,\u{201d} said the lawyer.";
    assert_eq!(speakers(lawyer), [Some("Marisol Quaye".to_string())]);
    // Players are quoted by their position.
    let goalie = "The Harbour Hawks beat Riverton 4-2. Hawks goalie Lena Marsh made 31 \
                  saves.\n\n\u{201c}We stayed calm when they pushed,\u{201d} the goalie said.";
    assert_eq!(speakers(goalie), [Some("Lena Marsh".to_string())]);
    let opening = "Quarterback Dev Patel threw for 300 yards as the Lions won again.\n\n\
                   \u{201c}The line gave me all day,\u{201d} said the quarterback.";
    assert_eq!(speakers(opening), [Some("Dev Patel".to_string())]);
    // A sentence-opening word that is no role stays out of the name: `Meanwhile`.
    let opener = "Meanwhile Dev Patel threw for 300 yards.\n\n\
                  \u{201c}The line gave me all day,\u{201d} said Patel.";
    assert_eq!(speakers(opener), [Some("Dev Patel".to_string())]);
}

#[test]
fn an_age_and_a_description_after_a_name_leave_the_name_the_speaker() {
    // `Tamsin Achterberg, 31, a retired teacher, said`: two parts of one apposition; the
    // name before them speaks.
    let text = "Tamsin Achterberg, 31, a retired teacher, said the rally was \
                \u{201c}the biggest in years.\u{201d}";
    assert_eq!(speakers(text), [Some("Tamsin Achterberg".to_string())]);
}

#[test]
fn a_day_between_the_speaker_and_the_verb_is_stepped_over() {
    // `on Tuesday` between the name and the verb: the partial quote is still hers, and is
    // kept rather than dropped as a scare quote for want of a speaker.
    let text = "Premier Lise Vautrin on Tuesday called the strike \u{201c}reckless and \
                avoidable.\u{201d}";
    assert_eq!(speakers(text), [Some("Lise Vautrin".to_string())]);
    let reported = reported("Vautrin on Friday told reporters the talks had failed.");
    assert_eq!(reported.len(), 1);
    assert_eq!(reported[0].1, "Vautrin");
}

#[test]
fn an_adjective_made_from_a_place_is_no_name() {
    // `Toronto-based` is no person for `she` to pick up; the woman named before it is.
    let text = "Marta Quill, Toronto-based policy manager with the Grain Growers of Canada, \
                said she was unsure what would change. \u{201c}We will keep lobbying either \
                way,\u{201d} she said.";
    assert_eq!(speakers(text), [Some("Marta Quill".to_string())]);
    // Before capitalized titles and a name, it is one of the name's titles.
    let titled = "\u{201c}How much worse could it get?\u{201d} said Halifax-based Liberal \
                  strategist Oren Pastore.";
    assert_eq!(speakers(titled), [Some("Oren Pastore".to_string())]);
}

#[test]
fn an_institution_that_spoke_is_no_one_for_she() {
    let text = "The Grain Growers Council stated in March it opposed the tariff.\n\n\
                \u{201c}We rely on exports,\u{201d} she said.\n\n\
                \u{201c}Exports are everything,\u{201d} it said.";
    assert_eq!(
        speakers(text),
        [
            Some("she".to_string()),
            Some("Grain Growers Council".to_string())
        ]
    );
}

#[test]
fn an_institution_and_its_country_open_the_titles_of_a_name() {
    let text = "The plan may have been oversold, according to former Bank of Canada governor \
                Peter Lisle.\n\n\u{201c}They sold it as stimulus,\u{201d} he said.";
    assert_eq!(speakers(text), [Some("Peter Lisle".to_string())]);
}

#[test]
fn page_furniture_names_no_one_and_a_role_beside_a_name_makes_a_person() {
    // `Story continues` is a line of the page, not someone continuing; `Yuni`, one word of
    // no known gender, is a person by the role beside her, so her `she` tells her gender.
    let text = "Nearby shops were flooded.\n\n\
                Story continues below advertisement\n\n\
                Yuni, a teacher from the harbour district, was asleep when she heard the \
                water.\n\n\
                \u{201c}It came in through the floor,\u{201d} she said.";
    assert_eq!(speakers(text), [Some("Yuni".to_string())]);
    // `a resident of ...` shows a person as well.
    let resident = text.replace(
        "a teacher from the harbour district",
        "a resident of Lampung",
    );
    assert_eq!(speakers(&resident), [Some("Yuni".to_string())]);
}

#[test]
fn a_clause_set_off_by_dashes_between_speaker_and_verb_is_stepped_over() {
    let text = "The senator \u{2014} who has sat since 2004 \u{2014} said the bill was \
                \u{201c}dead on arrival.\u{201d}";
    assert_eq!(speakers(text), [Some("senator".to_string())]);
    let reported = reported(text);
    assert_eq!(reported.len(), 1);
    assert_eq!(reported[0].1, "senator");
}

#[test]
fn a_name_after_a_phrase_of_time_opening_the_sentence_is_its_subject() {
    // No comma sets `The following Monday` off, but Ruth is whom the sentence is about: the
    // `she` of the turn after is Ruth, not the aunt who spoke last and is named since.
    let text = "\"You will not set foot in that school again,\" said Aunt Margaret.\n\n\
                The following Monday Ruth surprised Margaret by coming down early with her \
                books.\n\n\
                \"I am going back after all,\" she announced.";
    let want = [Some("Margaret".to_string()), Some("Ruth".to_string())];
    assert_eq!(speakers(text), want);
    // A phrase a preposition heads, or an adverb of time ends, as well.
    for opening in ["At half-past eight", "For a moment", "A minute later"] {
        let other = text.replace("The following Monday", opening);
        assert_eq!(speakers(&other), want, "{opening}");
    }
}

#[test]
fn a_name_after_a_clause_opening_the_sentence_is_not_its_subject() {
    // `When at last Margaret came in` is a clause of its own, with its own subject: the
    // sentence is about Ruth, who is reading.
    let text = "\"Is there any post for me?\" asked Ruth.\n\n\
                When at last Margaret came in Ruth was reading by the fire.\n\n\
                \"Nothing came for either of us today,\" she said.";
    let ruth = [Some("Ruth".to_string()), Some("Ruth".to_string())];
    assert_eq!(speakers(text), ruth);
    // `The day Margaret left` is the day of which a clause tells, not a phrase of time.
    let relative = text.replace(
        "When at last Margaret came in Ruth was reading by the fire",
        "The day Margaret left Ruth wept",
    );
    assert_eq!(speakers(&relative), ruth);
    // Nor is a name after a pronoun in the phrase: `he` is the clause's subject, and the
    // `he` who goes on is Tom.
    let text = "\"I shall go in the morning,\" said Tom, lifting his cap.\n\n\
                Before he had even latched Mr. Grey's gate, he had made up his mind to \
                walk all night.\n\n\
                So he said, \"Good-bye, then.\"";
    assert_eq!(
        speakers(text),
        [Some("Tom".to_string()), Some("Tom".to_string())]
    );
}

#[test]
fn a_name_set_off_after_the_sentence_subject_is_who_the_sentence_is_about() {
    // `Nandakumar's counterpart in Ottawa, Dr. Felix Arsenault, disagreed.`: the `he` after
    // it is Arsenault, not the doctor quoted before (whose given name tells no gender).
    let text = "\u{201c}We did everything we could,\u{201d} said Dr. Sevi Nandakumar, the \
                hospital's chief of staff.\n\n\
                Nandakumar's counterpart in Ottawa, Dr. Felix Arsenault, disagreed. He said \
                the province had \u{201c}dropped the ball.\u{201d}";
    assert_eq!(
        speakers(text),
        [
            Some("Sevi Nandakumar".to_string()),
            Some("Felix Arsenault".to_string())
        ]
    );
}

#[test]
fn modifiers_of_a_role_word_before_a_name_are_its_titles() {
    // Read from the sentence's start, as the subject of `saying`.
    let text = "Norwegian health ministry spokeswoman Ingrid Dahl hit back on Friday, saying \
                the rules were \u{201c}under review.\u{201d}";
    assert_eq!(speakers(text), [Some("Ingrid Dahl".to_string())]);
    // A verb after a name is no modifier: `attacked former councillor Ben Lott` leaves
    // `Ana Ruiz` her own name, which `Ruiz` then completes.
    let verb = "Mayor Ana Ruiz attacked former councillor Ben Lott on Monday. \
                \u{201c}He has no plan,\u{201d} Ruiz said.";
    assert_eq!(speakers(verb), [Some("Ana Ruiz".to_string())]);
}

#[test]
fn a_character_styled_by_rank_is_the_subject_of_the_beat_before_a_quote() {
    // `The Duchess` reads like `the Kremlin`, but a rank capitalized alone names a
    // character; the sentence before the quote makes her its subject.
    let text = "\"I can hardly wait for the races on Saturday,\" said Mr. Penrose.\n\n\
                The Duchess shook her head sadly. \"How can you say that? The horses suffer.\"";
    assert_eq!(
        speakers(text),
        [Some("Penrose".to_string()), Some("Duchess".to_string())]
    );
}

#[test]
fn i_is_never_the_institution_that_spoke_last() {
    // `I` is the narrator, however recently a body or a group spoke; only `we` and
    // `they` may stand for one.
    let text = "\"No boats leave before noon,\" the Harbour Board announced.\n\n\
                \"Then I shall wait,\" I replied, and sat down on my trunk.";
    let quotes = quotation::extract_quotes(text);
    let last = quotes.last().unwrap().speaker.as_ref().unwrap();
    assert_eq!((last.mention, last.name.as_ref()), ("I", "I"));
}

#[test]
fn a_beat_between_dashes_splits_one_speech() {
    // The beat's subject speaks both halves, not the speaker of the turn before.
    let text = "\"Will the ferry run tomorrow?\" asked Ruth.\n\n\
                \"It might\"—Okafor rubbed his chin—\"if the wind drops.\"";
    let quotes = extract_quotes(text);
    let got: Vec<(&str, Option<&str>)> = quotes
        .iter()
        .map(|q| (q.text, q.speaker.as_ref().map(|s| s.mention)))
        .collect();
    assert_eq!(
        got,
        [
            ("Will the ferry run tomorrow?", Some("Ruth")),
            ("It might", Some("Okafor")),
            ("if the wind drops.", Some("Okafor")),
        ]
    );
}

#[test]
fn a_surname_that_is_also_a_given_name_completes_to_a_woman() {
    // `Vance` and `Lance` are men's given names too, but here they are the surnames of
    // women introduced in full: the lone surname is hers, and so is her gender, so the
    // `he` of a later quote is the man named last, not her.
    let text = "Sen. Roberta Vance accused the agency of stalling.\n\n\
                \"The public deserves to see these contracts,\" Vance said.\n\n\
                Analyst Maria Lance agreed, as did trade lawyer Owen Petrakis.\n\n\
                \"Nobody has read the annexes,\" Lance said. \"Nobody.\"\n\n\
                \"It is a modest deal,\" he said.";
    assert_eq!(
        speakers(text),
        [
            Some("Roberta Vance".to_string()),
            Some("Maria Lance".to_string()),
            Some("Maria Lance".to_string()),
            Some("Owen Petrakis".to_string()),
        ]
    );
}

#[test]
fn a_trade_before_a_name_is_a_title_the_description_later_stands_for() {
    // `Fisherman` and `critic` are what the person is, not part of the name; `the
    // fisherman` later is the man introduced with it, and the joined `and said` belongs
    // to the critic, not to the capitalized `Opposition` that opens the sentence.
    let text = "Fisherman Paul Arsenault has crossed on the old ferry all his life.\n\n\
                Opposition critic Dana Whitcombe called the plan timid and said the boats \
                would come late.\n\n\
                \"She groans in every swell,\" the fisherman said.";
    let quotes = quotation::extract_quotes(text);
    let got: Vec<(QuoteKind, &str)> = quotes
        .iter()
        .map(|q| (q.kind, q.speaker.as_ref().unwrap().name.as_ref()))
        .collect();
    assert_eq!(
        got,
        [
            (QuoteKind::Indirect, "Dana Whitcombe"),
            (QuoteKind::Direct, "Paul Arsenault"),
        ]
    );
}

#[test]
fn a_partial_quote_after_signalled_is_the_signaller_s() {
    // `signalled that` reports what the governor said, so the phrase quoted in it is hers,
    // not a scare quote.
    let text = "The bank held its key rate on Thursday, but Governor Eleanor Hart signalled \
                that cuts could come \"sooner rather than later.\"";
    let quotes = extract_quotes(text);
    let got: Vec<(&str, QuoteKind, Option<&str>)> = quotes
        .iter()
        .map(|q| (q.text, q.kind, q.speaker.as_ref().map(|s| s.name.as_ref())))
        .collect();
    assert_eq!(
        got,
        [(
            "sooner rather than later.",
            QuoteKind::Partial,
            Some("Eleanor Hart")
        )]
    );
}

#[test]
fn words_quoted_in_a_characterization_are_the_characterizer_s() {
    // `dismissed X as "Q"`, `denounced`, `praised`: the quoted words are the subject's own.
    let partials = |text| {
        extract_quotes(text)
            .into_iter()
            .filter(|q| q.kind == QuoteKind::Partial)
            .map(|q| (q.text, q.speaker.map(|s| s.name.to_string())))
            .collect::<Vec<_>>()
    };
    let text = "Sen. Dana Ortiz dismissed the audit as \"a fishing trip\" on Tuesday.";
    assert_eq!(
        partials(text),
        [("a fishing trip", Some("Dana Ortiz".to_string()))]
    );
    let text = "The union denounced the offer as \"an insult to every nurse.\"";
    assert_eq!(
        partials(text),
        [("an insult to every nurse.", Some("union".to_string()))]
    );
    let text = "Mayor Omar Haddad praised the crews for their \"tireless work\" overnight.";
    assert_eq!(
        partials(text),
        [("tireless work", Some("Omar Haddad".to_string()))]
    );
}

#[test]
fn a_document_speaks_for_its_author_named_after_from_or_by() {
    let s = |n: &str| Some(n.to_string());
    let text = "“We thank the voters,” reads a statement from the Ruiz campaign.";
    assert_eq!(speakers(text), [s("Ruiz campaign")]);
    // Read from the quote on, to the verb after the author.
    let text = "“We thank the voters,” a letter by Mayor Lena Ruiz said.";
    assert_eq!(
        speakers_by_rule(text),
        [(s("Lena Ruiz"), Some("quote-speaker-verb"))]
    );
    let text = "A statement from the city council said: “We thank the voters.”";
    assert_eq!(speakers(text), [s("city council")]);
    // A person is no document: a spokesman for the council is the spokesman, the
    // council's.
    let text = "A spokesman for the city council said: “We thank the voters.”";
    assert_eq!(speakers(text), [s("spokesman for the city council")]);
}

#[test]
fn a_lede_s_description_is_the_one_person_later_named_with_that_title() {
    // News opens with the office and names its holder a paragraph on. With two mayors
    // named, the description names neither.
    let one = "\"We are not raising taxes this year,\" the mayor said on Tuesday.\n\n\
               Mayor Linda Okonkwo took office in November on a promise of restraint.";
    let two = "\"We are not raising taxes this year,\" the mayor said on Tuesday.\n\n\
               Mayor Linda Okonkwo met Mayor Ray Dube of the next town over in November.";
    assert_eq!(speakers(one), [Some("Linda Okonkwo".to_string())]);
    assert_eq!(speakers(two), [Some("mayor".to_string())]);
}

#[test]
fn a_state_or_province_after_a_hometown_is_no_speaker() {
    // `B.C.` and `Texas` close the place a preposition opened; the person before speaks.
    // A name set off after an institution (`of Harbour Mutual, Dana Ruiz,`) still does.
    let text = "Councillor Priya Mehta, 45, of Surrey, B.C., said: \"People are scared.\"\n\n\
                Jonah Webb of Austin, Texas, said: \"We saw it coming.\"\n\n\
                Tom Okafor, a nurse in Portland, Ore., said: \"The ward is full.\"\n\n\
                The president of Harbour Mutual, Dana Ruiz, said: \"Claims have doubled.\"";
    assert_eq!(
        speakers(text),
        [
            Some("Priya Mehta".to_string()),
            Some("Jonah Webb".to_string()),
            Some("Tom Okafor".to_string()),
            Some("Dana Ruiz".to_string()),
        ]
    );
}

#[test]
fn the_age_of_someone_just_named_stands_for_them() {
    // `the 26-year-old` is the goalie the sentence before made its subject; `a
    // 19-year-old` is someone new and stays a description.
    let text = "Hawks goaltender Tomas Brandvold made 41 saves on Saturday.\n\n\
                \"The guys in front of me made it easy,\" the 26-year-old said.\n\n\
                \"I have never seen a crowd like it,\" a 19-year-old fan said.";
    assert_eq!(
        speakers(text),
        [
            Some("Tomas Brandvold".to_string()),
            Some("19-year-old fan".to_string()),
        ]
    );
}

#[test]
fn a_photo_credit_is_no_one_and_no_paragraph_of_the_article() {
    // The photographer credited under the picture is not `the 31-year-old`, and the
    // credit line does not push the pitcher two paragraphs back.
    let text = "Right-hander Dario Castellano struck out 11 on Sunday.\n\n\
                Helen Marsh/The Valley Courier.\n\n\
                \"My slider finally listened to me,\" the 31-year-old said.\n\n\
                Open this photo in gallery Fans wait outside the park. Owen Pike via Getty Images.\n\n\
                \"We will be back in October,\" he added.";
    assert_eq!(
        speakers(text),
        [
            Some("Dario Castellano".to_string()),
            Some("Dario Castellano".to_string()),
        ]
    );
}

#[test]
fn it_said_is_no_titled_person_with_an_unfamiliar_given_name() {
    // `Ysolde` is in no list of given names, but `Fisheries Minister` shows her a person:
    // the letter's `it stated` is not hers.
    let text = "Fisheries Minister Ysolde Marrak spoke on Sunday.\n\n\
                \"The quota will hold,\" Marrak said.\n\n\
                Forty skippers from the north coast have signed an open letter.\n\n\
                \"We cannot survive another season like the last,\" it stated.";
    assert_eq!(
        speakers(text),
        [Some("Ysolde Marrak".to_string()), Some("it".to_string())]
    );
}

#[test]
fn an_office_that_replies_is_not_the_one_it_answers() {
    // In question period the minister answers the opposition MP: not her, but the
    // housing minister the story names after; with no minister named at all, the
    // description stays unresolved.
    let exchange = "The opposition pressed the government on rents on Tuesday.\n\n\
                    \"Families cannot afford a one-bedroom apartment,\" Conservative MP \
                    Dana Whitfield said.\n\n\
                    \"We have built more homes in two years than in the decade before,\" \
                    the minister replied.";
    let named_later = format!(
        "{exchange}\n\nHousing Minister Raj Patel later said the figures would be \
         published in March."
    );
    assert_eq!(
        speakers(&named_later),
        [
            Some("Dana Whitfield".to_string()),
            Some("Raj Patel".to_string())
        ]
    );
    assert_eq!(
        speakers(exchange),
        [
            Some("Dana Whitfield".to_string()),
            Some("minister".to_string())
        ]
    );
    // The minister who spoke last and is named as such answers a reporter: still him.
    let again = "\"The figures come out in March,\" Housing Minister Raj Patel said.\n\n\
                 Asked whether rents would fall, \"Not this year,\" the minister replied.";
    assert_eq!(
        speakers(again),
        [Some("Raj Patel".to_string()), Some("Raj Patel".to_string())]
    );
}

#[test]
fn a_place_word_opening_a_sentence_is_no_part_of_a_name() {
    // `Outside` tells where: `Harwick Steel` is a place, no person `he` could be.
    let text = "Welder Tomas Ruiz has worked at the plant for 20 years.\n\n\
                Outside Harwick Steel, the parking lot was half empty on Friday.\n\n\
                \"The work is steady and the pay is fair,\" he said.";
    assert_eq!(speakers(text), [Some("Tomas Ruiz".to_string())]);
}

#[test]
fn a_party_member_just_named_stands_for_them() {
    // `the Kentucky Republican` is the leader the paragraph opened with; another
    // senator named after the quote changes nothing.
    let text = "Majority Leader Vernon Pike accused Democrats of playing politics. \
                \"They voted for border security before,\" the Kentucky Republican said.\n\n\
                Sen. Ruth Calloway, the minority leader, disagreed.";
    assert_eq!(speakers(text), [Some("Vernon Pike".to_string())]);
    // With nobody named as a subject in this paragraph or the one before, it stays as
    // written.
    let text = "The vote was delayed again on Friday.\n\n\
                \"We will be here all weekend,\" the Ohio Democrat said.";
    assert_eq!(speakers(text), [Some("Ohio Democrat".to_string())]);
}

#[test]
fn a_department_word_before_a_name_begins_an_institution() {
    // `Health Canada` and the `State Department` are bodies, not a `Canada` or a
    // `Department` with a title; `Health Minister Ana Ruiz` has an office after the word.
    let text = "Health Canada said the recall covered three brands of infant formula.\n\n\
                The State Department said the embassy would stay open.\n\n\
                Health Minister Ana Ruiz said the stock on shelves was safe.";
    let names: Vec<String> = reported(text).into_iter().map(|r| r.1).collect();
    assert_eq!(names, ["Health Canada", "State Department", "Ana Ruiz"]);
}

#[test]
fn a_body_named_after_a_role_s_affiliation_is_not_the_speaker() {
    // `Ridgeline Group` names the developer; the spokeswoman speaks for it. A person's
    // name in the same place is the spokeswoman's own.
    let text = "A spokeswoman for the developer, Ridgeline Group, said the company had \
                followed every rule.\n\n\
                A spokesman for the builder, Owen Marsh, said the permits were in order.\n\n\
                \"We held two open houses,\" a spokeswoman for the developer, Harbour Homes \
                Inc., said.";
    let names: Vec<String> = quotation::extract_quotes(text)
        .into_iter()
        .map(|q| q.speaker.map(|s| s.name.to_string()).unwrap_or_default())
        .collect();
    assert_eq!(names, ["spokeswoman", "Owen Marsh", "spokeswoman"]);
}

#[test]
fn a_role_a_place_qualifies_is_the_person_just_named() {
    // Nobody is styled `researcher`: `the Toronto researcher` is the scientist the
    // paragraph before made its subject.
    let text = "Dr. Amara Nwosu has spent 30 years studying sleep.\n\n\
                \"Most adults need seven to nine hours,\" the Toronto researcher said.";
    assert_eq!(speakers(text), [Some("Amara Nwosu".to_string())]);
    // With no one the subject of this paragraph or the one before, it stays as written.
    let text = "Sleep clinics report long waiting lists.\n\n\
                \"Most adults need seven to nine hours,\" the Toronto researcher said.";
    assert_eq!(speakers(text), [Some("Toronto researcher".to_string())]);
}

#[test]
fn a_shared_surname_is_the_one_just_named_in_full() {
    // Two people named Okafor: the lone surname right after `Teresa Okafor` is she.
    let text = "Teresa Okafor fled with her husband, Daniel Okafor, and their children.\n\n\
                \"You could hear it,\" Daniel Okafor said.\n\n\
                Teresa Okafor said the family would stay with relatives in Chilliwack.\n\n\
                \"She keeps asking about the cat,\" Okafor said.";
    assert_eq!(
        speakers(text),
        [
            Some("Daniel Okafor".to_string()),
            Some("Teresa Okafor".to_string())
        ]
    );
}

#[test]
fn a_shared_surname_keeps_to_whom_it_stood_for() {
    // `Marsh` stood alone for the senator before his wife was named: it stays his.
    let text = "Sen. Adam Marsh opened his campaign in Elm Falls on Friday.\n\n\
                \"We start here,\" Marsh said.\n\n\
                At the urging of his wife, Clara Marsh, he has been talking to donors.\n\n\
                \"We will win this state,\" Marsh said.";
    assert_eq!(speakers(text), vec![Some("Adam Marsh".to_string()); 2]);
    // A name set as someone's relative is not whom the next lone surname stands for:
    // the mother spoke, though her son was named after her.
    let text = "Patricia Reyes, mother of the firefighter Luis Reyes, spoke next.\n\n\
                \"He ran back in for the dog,\" Reyes said.";
    assert_eq!(speakers(text), [Some("Reyes".to_string())]);
    // Far from either full name, a lone shared surname stays as written.
    let text = "Teresa Okafor and Daniel Okafor moved to Hope in 1998.\n\n\
                The town grew.\n\nThe mill closed.\n\nA new school opened.\n\n\
                \"We never thought of leaving,\" Okafor said.";
    assert_eq!(speakers(text), [Some("Okafor".to_string())]);
}

#[test]
fn a_party_s_members_before_their_names_are_not_a_name() {
    // `Republicans Jolly` is no one: the plural stands before two congressmen's surnames,
    // as `Republican Tom Price` is titled by the singular.
    let text = "Rep. Dan Jolly and Rep. Ron Keane spoke in Tampa on Monday.\n\n\
                Republicans Jolly of Clearwater and Keane of Ocala oppose the bill.\n\n\
                Jolly said the bill would cost too much.";
    let names: Vec<String> = reported(text).into_iter().map(|r| r.1).collect();
    assert_eq!(names, ["Dan Jolly"]);
    let text = "Democrats Ann Lee and Bob Ortiz voted against the budget.\n\n\
                \"We have the votes next time,\" Lee said.";
    assert_eq!(speakers(text), [Some("Ann Lee".to_string())]);
}

#[test]
fn a_name_of_a_place_or_a_firm_before_the_verb_is_the_speaker_s_affiliation() {
    // `of` ties the analyst to her firm and the professor to his city: they speak.
    let text = "Analyst Rebecca Sun of Harlow Securities said the cuts were overdue.\n\n\
                Ivan Petrov of Winnipeg said the study was too small.";
    let names: Vec<String> = reported(text).into_iter().map(|r| r.1).collect();
    assert_eq!(names, ["Rebecca Sun", "Ivan Petrov"]);
    let text = "Ivan Petrov of Winnipeg said, \"The sample was far too small.\"";
    assert_eq!(speakers(text), [Some("Ivan Petrov".to_string())]);
    // After a title, an institution noun or a group's, `of` still joins one name.
    let text = "Secretary of State Ana Ruiz said the talks would resume.\n\n\
                The Hollywood Chamber of Commerce said the star would stay.\n\n\
                Lena Ortiz, the president of the Communications Workers of America, which \
                backed the bill, said the vote was close.";
    let names: Vec<String> = reported(text).into_iter().map(|r| r.1).collect();
    assert_eq!(
        names,
        ["Ana Ruiz", "Hollywood Chamber of Commerce", "Lena Ortiz"]
    );
}

#[test]
fn what_a_speaker_declined_to_say_is_not_reported() {
    // Refused, denied or never said: the words after the verb are not the speaker's.
    let text = "A Brightloop spokesperson declined to say which offices would close.\n\n\
                The mayor would not say whether she would run again.\n\n\
                Ortiz has never said that she would run.\n\n\
                Chen didn't say the plan was dead.";
    assert_eq!(reported(text), []);
    // Any auxiliary with `not` joined on, in either apostrophe, and an adverb between.
    let text = "Ruiz won\u{2019}t say what she will do if she loses.\n\n\
                The council hasn't indicated that it would reopen the bid.\n\n\
                Okafor can't say with any certainty that the line will open.\n\n\
                The minister didn't actually say that fares would rise.";
    assert_eq!(reported(text), []);
    // A negation inside what was said is still said.
    let text = "Ortiz said the plan was not dead.";
    let clauses: Vec<&str> = reported(text).into_iter().map(|r| r.0).collect();
    assert_eq!(clauses, ["the plan was not dead"]);
}

#[test]
fn the_person_a_phrase_hangs_from_speaks_not_the_one_it_names() {
    // `for the minister`, `of the boy`: the spokesman and the father speak.
    let text = "A spokesman for the minister said the bill would pass.\n\n\
                The father of the boy said he was doing well.\n\n\
                Supporters of the mayor said the count was fair.";
    let names: Vec<String> = reported(text).into_iter().map(|r| r.1).collect();
    assert_eq!(
        names,
        [
            "spokesman for the minister",
            "father of the boy",
            "Supporters of the mayor"
        ]
    );
    let text = "\"The bill will pass,\" a spokesman for the minister said.";
    assert_eq!(
        speakers(text),
        [Some("spokesman for the minister".to_string())]
    );
    // `One`, a determiner standing for its noun, is one of the officers: the phrase is
    // kept whole, as `a spokesman for the minister` is.
    let text = "One of the officers said the car was stolen.";
    let names: Vec<String> = reported(text).into_iter().map(|r| r.1).collect();
    assert_eq!(names, ["One of the officers"]);
}

#[test]
fn the_object_inside_a_modifier_of_the_subject_does_not_speak() {
    // The hospital and the bank sit inside what is said of the nurse and the man.
    let text = "A former nurse accused of stealing opioids from a Halifax hospital told a \
                jury Wednesday that she took the pills for back pain.\n\n\
                A man charged with robbing a Surrey bank said he was sorry.";
    let names: Vec<String> = reported(text).into_iter().map(|r| r.1).collect();
    assert_eq!(names, ["former nurse", "man"]);
    // A clause of its own before the subject is no modifier of it.
    let text = "Protesters gathered outside as Ruiz said the vote was rigged.";
    let names: Vec<String> = reported(text).into_iter().map(|r| r.1).collect();
    assert_eq!(names, ["Ruiz"]);
}

#[test]
fn a_role_noun_after_department_words_is_an_office() {
    // `National Security Adviser` is one office: the name is Eduardo Año, and a lone
    // `Año` is he.
    let text = "National Security Adviser Eduardo Año said the crew was unhurt.\n\n\
                \"We will not be intimidated,\" Año told reporters.";
    let quotes = quotation::extract_quotes(text);
    let names: Vec<String> = quotes
        .iter()
        .map(|q| q.speaker.as_ref().unwrap().name.to_string())
        .collect();
    assert_eq!(names, ["Eduardo Año", "Eduardo Año"]);
    // With no role noun after them, department words still open a body's name.
    let text = "Health Canada said the recall covered three brands.";
    let names: Vec<String> = reported(text).into_iter().map(|r| r.1).collect();
    assert_eq!(names, ["Health Canada"]);
}

#[test]
fn people_in_a_place_speak_not_the_place() {
    // Where someone is (`in Surrey`) is left out of the name; whom they work for (`at the
    // Harbour Housing Authority`) is kept.
    let text = "Police in Halifax said the road would stay closed overnight.\n\n\
                A Western diplomat in Manila, who asked not to be named, said the \
                incident was the most serious this year.\n\n\
                Jane Ruiz in Ottawa said the deal was close.\n\n\
                An official at the Harbour Housing Authority in Surrey said the repairs \
                would take a year.";
    let names: Vec<String> = reported(text).into_iter().map(|r| r.1).collect();
    assert_eq!(
        names,
        [
            "Police",
            "Western diplomat",
            "Jane Ruiz",
            "official at the Harbour Housing Authority"
        ]
    );
    // `The doctor in Aziz`: a definite description before `in` and a name is a side of
    // that person, not someone in a place: Aziz speaks.
    let text = "Aziz smiled.\n\n\"Not yet,\" the doctor in Aziz said.";
    assert_eq!(speakers(text), [Some("Aziz".to_string())]);
}

#[test]
fn a_dash_after_the_verb_ends_the_clause_it_reports() {
    // The aside after the dash elaborates; the report is the clause before the verb.
    let text = "Families with more screen time may differ in other ways, she says — more \
                shift work, for example, or smaller homes.";
    let clauses: Vec<&str> = reported(text).into_iter().map(|r| r.0).collect();
    assert_eq!(
        clauses,
        ["Families with more screen time may differ in other ways"]
    );
    // Between two dashes the report starts after the first.
    let text = "We found a room full of young people -- teachers on a holiday, the \
                landlord told us -- and our hearts sank.";
    let clauses: Vec<&str> = reported(text).into_iter().map(|r| r.0).collect();
    assert_eq!(clauses, ["teachers on a holiday"]);
    // A dash that leads into a quotation reports nothing before it.
    let text = "After a long pause, Harriet said --\n\n\"I never thought so.\"";
    assert_eq!(reported(text), []);
}

#[test]
fn an_initialism_before_a_capitalized_quotation_ends_the_sentence() {
    // `p.m.` ends the sentence: the quotation after it is a sentence of its own, not a
    // phrase inside the report before it.
    let text = "Kevin Osterhout told CBC News the system was stable by 3 p.m. \"We know \
                trust has to be earned back,\" he said.";
    let quotes = quotation::extract_quotes(text);
    let kinds: Vec<(QuoteKind, &str)> = quotes.iter().map(|q| (q.kind, q.text)).collect();
    assert_eq!(
        kinds,
        [
            (QuoteKind::Indirect, "the system was stable by 3 p.m."),
            (QuoteKind::Direct, "We know trust has to be earned back,")
        ]
    );
    // A title's abbreviation before a nickname does not.
    let text = "Gen. \"Mad Dog\" Mattis said the plan was sound.";
    assert!(quotation::extract_quotes(text)
        .iter()
        .all(|q| q.kind != QuoteKind::Direct));
}

#[test]
fn a_participle_after_a_quote_s_verb_reports_what_follows() {
    // `adding that`, `noting that` after a quotation: its speaker says the clause too.
    let text = "\"It was the right call,\" Ruiz said, adding that the board would review \
                it in June.\n\n\
                \"It is over,\" said Ana Ruiz, noting that the deal had collapsed twice.";
    let reports: Vec<(&str, String)> = reported(text).into_iter().map(|r| (r.0, r.1)).collect();
    assert_eq!(
        reports,
        [
            ("the board would review it in June", "Ruiz".to_string()),
            ("the deal had collapsed twice", "Ana Ruiz".to_string())
        ]
    );
    // Observing or indicating a thing reports nothing; a clause after them does.
    let text = "\"Look at that,\" she said, indicating the broken gate.\n\n\
                Ruiz indicated the broken gate.\n\n\
                Chen observed the ritual from the back row.\n\n\
                Ruiz observed that the gate had been broken for weeks.";
    let clauses: Vec<&str> = reported(text).into_iter().map(|r| r.0).collect();
    assert_eq!(clauses, ["the gate had been broken for weeks"]);
}

#[test]
fn they_stands_for_a_person_the_article_says_goes_by_they() {
    let text = "Sam Rivera, who uses they/them pronouns, said the shelter was full.\n\n\
                \"We turned away six people last night,\" they said.";
    assert_eq!(speakers(text), [Some("Sam Rivera".to_string())]);
    // Without the note, `they` is the group that spoke, or stays as written.
    let text = "Sam Rivera said the shelter was full.\n\n\
                \"We turned away six people last night,\" they said.";
    assert_eq!(speakers(text), [Some("they".to_string())]);
    let text = "Sam Rivera (they/them) runs the shelter. Volunteers said it was full.\n\n\
                \"We turned away six people,\" they said.";
    assert_eq!(speakers(text), [Some("Volunteers".to_string())]);
}

#[test]
fn a_name_set_beside_the_subject_before_a_quote_is_who_she_is() {
    // `The victim's sister, Carla Dunn, said ...` makes Dunn the subject `she` takes up,
    // not the prosecutor named earlier in the paragraph.
    let text = "Crown attorney Sofia Brandt told the jury that Maclean had planned the attack. \
                Outside the courthouse, the victim's sister, Carla Dunn, said the family was \
                relieved. \"We waited two years for today,\" she said.";
    let quotes = extract_quotes(text);
    let names: Vec<String> = quotes
        .iter()
        .map(|q| q.speaker.as_ref().unwrap().name.to_string())
        .collect();
    assert_eq!(names, ["Carla Dunn"]);
}

#[test]
fn clergy_speak_after_an_opening_phrase_and_their_see_is_part_of_the_office() {
    let text = "Speaking at a service in Dover, the archbishop told worshippers: \"No child \
                should go to school hungry.\"\n\n\
                The Bishop of Whitby said the church would open its halls. \"We have the \
                room,\" the bishop said.\n\n\
                The Rev. Ann Holt, who runs a food bank in Dover, said demand had doubled.";
    let quotes = quotation::extract_quotes(text);
    let speakers: Vec<(&str, String)> = quotes
        .iter()
        .map(|q| {
            let s = q.speaker.as_ref().unwrap();
            (s.mention, s.name.to_string())
        })
        .collect();
    assert_eq!(
        speakers,
        [
            ("the archbishop", "archbishop".to_string()),
            ("Bishop of Whitby", "Bishop of Whitby".to_string()),
            ("the bishop", "Bishop of Whitby".to_string()),
            ("Rev. Ann Holt", "Ann Holt".to_string()),
        ]
    );
}

#[test]
fn answers_in_a_question_and_answer_interview_are_the_interviewee_s() {
    // The interviewer's questions are unquoted paragraphs; a capitalized `Isn't` opening
    // one is no name, and the answers after them are the one interviewed, whom the
    // introduction names.
    let text = "Chef Lena Ortiz opened her restaurant in 2019.\n\n\
                Why no freezer?\n\n\
                \"Because it made me lazy,\" Ortiz says. \"When you can freeze anything, you \
                stop planning.\"\n\n\
                Isn't that expensive?\n\n\
                \"It's cheaper, actually. We waste less.\"\n\n\
                Don't your cooks complain?\n\n\
                \"Every day.\"";
    let quotes = extract_quotes(text);
    let want = [
        row(
            "Because it made me lazy",
            "Lena Ortiz",
            "quote-speaker-verb",
        ),
        row("When you can freeze", "Lena Ortiz", "continuation"),
        row("It's cheaper", "Lena Ortiz", "interview-answer"),
        row("Every day", "Lena Ortiz", "interview-answer"),
    ];
    assert_eq!(summary(&quotes, &want), want);
}

#[test]
fn a_science_story_s_study_and_outside_expert_are_its_speakers() {
    let text = "A study published in The Journal of Sleep suggests that people who nap \
                for twenty minutes recall more.\n\n\
                Prof. Ines Duarte of St. Olaf's College Dublin, who was not involved, \
                cautioned that such studies \"can't separate cause from effect.\"\n\n\
                The lead author, Tariq Mensah, disagreed. \"The effect held in every \
                group,\" the 41-year-old Ghanaian said.";
    let quotes = quotation::extract_quotes(text);
    let got = said_by(&quotes);
    assert_eq!(
        got,
        [
            (
                "people who nap for twenty minutes recall more",
                "study".to_string()
            ),
            // The clause she cautioned, with the quoted words in it, is reported too.
            (
                "such studies \"can't separate cause from effect.\"",
                "Ines Duarte".to_string()
            ),
            (
                "can't separate cause from effect.",
                "Ines Duarte".to_string()
            ),
            (
                "The effect held in every group,",
                "Tariq Mensah".to_string()
            ),
        ]
    );
}

#[test]
fn a_band_s_members_are_named_through_their_instruments_and_nicknames() {
    let text = "Frontwoman Kira Lund calls the album \"the record we were scared to \
                make.\"\n\n\
                \"We threw away forty songs,\" Lund says.\n\n\
                Drummer Theo \"Tank\" Marsh, 31, joined in 2015. \"Kira writes the words. \
                I just hit things,\" he joked. Later, Marsh added: \"I mean it.\"";
    let quotes = extract_quotes(text);
    let names: Vec<String> = quotes
        .iter()
        .map(|q| q.speaker.as_ref().unwrap().name.to_string())
        .collect();
    assert_eq!(
        names,
        [
            "Kira Lund",
            "Kira Lund",
            // (The nickname is read with the name, and left out of the name reported.)
            "Theo Marsh",
            "Theo Marsh"
        ]
    );
}

#[test]
fn police_ranks_written_short_title_the_officer_they_stand_before() {
    // `Cpl.`, `Cst.`, `Insp.`: the rank is the title, not part of the name, so the surname
    // alone and the rank's full word later find the officer.
    let text = "Cpl. Vanessa Munn said officers found the victim shortly after 2 a.m. \
                \"This was a senseless act,\" Munn said.\n\n\
                RCMP Cst. Amir Dhillon said the highway had been closed. Later the constable \
                said it had reopened.";
    let names = speaker_names(&quotation::extract_quotes(text));
    assert_eq!(
        names,
        [
            "Vanessa Munn",
            "Vanessa Munn",
            "Amir Dhillon",
            "Amir Dhillon"
        ]
    );
}

#[test]
fn a_relative_clause_tells_the_gender_of_the_description_it_follows() {
    // The witness is known only by a description; `she` in the clause set after it says
    // she is the `she` who speaks next, not the officer quoted before.
    let text = "\"This was a senseless act,\" Cpl. Vanessa Munn said.\n\n\
                A witness who asked not to be named because she feared reprisals said the \
                two men had argued inside the club. \"It happened so fast,\" she said.";
    let names = speaker_names(&extract_quotes(text));
    assert_eq!(names, ["Vanessa Munn", "witness"]);
}

#[test]
fn a_relative_of_someone_named_is_a_person_of_their_own() {
    // The prosecutor spoke last, but `the accused's sister` is somebody else: the report is
    // the sister's, not the last woman's to speak.
    let text = "The prosecutor, Helen Marsh, said the thefts had left patients in pain. \
                \"One patient waited four hours,\" Ms Marsh said.\n\n\
                Cole's sister, who did not want to be named, said the family was \"devastated\".";
    let quotes = quotation::extract_quotes(text);
    let last: Vec<(&str, String)> = quotes
        .iter()
        .filter(|q| q.span.start > text.find("Cole's").unwrap())
        .map(|q| (q.text, q.speaker.as_ref().unwrap().name.to_string()))
        .collect();
    assert_eq!(
        last,
        [
            ("the family was \"devastated\"", "sister".to_string()),
            ("devastated", "sister".to_string())
        ]
    );
}

#[test]
fn a_relative_of_several_people_is_none_of_them() {
    // `Their mother` is the mother of the two who just spoke, so not the girl who spoke
    // last of the women: the speaker is the mother, named by her own words.
    let text = "\"The bus broke down,\" said Leo.\n\n\"We walked the last mile,\" said Ivy.\n\n\
                Their mother came in from the garden. \"Wash your hands, both of you.\"";
    let quotes = quotation::extract_quotes(text);
    assert_eq!(speaker_names(&quotes), ["Leo", "Ivy", "mother"]);
    // `Her mother` was already someone other than the woman `her` stands for.
    let text = text.replace("Their mother", "Her mother");
    assert_eq!(
        speaker_names(&quotation::extract_quotes(&text))[2],
        "mother"
    );
}

#[test]
fn a_spokeswoman_for_a_union_in_the_plural_possessive_speaks_for_it() {
    // `Nurses'` is one possessive word, as `Cole's` is: the union is what the spokeswoman
    // speaks for, and she, not the chief executive quoted before, says the last words.
    let text = "Chief executive Priya Natarajan said the cuts would save money.\n\n\
                A spokeswoman for the Nurses' Union said members had not been consulted. \
                \"Nobody has spoken to us,\" she said.";
    let quotes = quotation::extract_quotes(text);
    let speakers: Vec<(&str, &str)> = quotes
        .iter()
        .map(|q| {
            let s = q.speaker.as_ref().unwrap();
            (s.mention, s.name.as_ref())
        })
        .collect();
    assert_eq!(
        speakers,
        [
            ("Chief executive Priya Natarajan", "Priya Natarajan"),
            (
                "A spokeswoman for the Nurses' Union",
                "spokeswoman for the Nurses' Union"
            ),
            ("she", "spokeswoman for the Nurses' Union")
        ]
    );
}

#[test]
fn a_number_s_commas_do_not_end_the_source_after_according_to() {
    // `40,000` is one number: the source runs to the sentence's end and frames one report.
    let text = "Brisk walkers in their fifties are less likely to develop heart disease, \
                according to a study of 40,000 adults published on Wednesday.";
    assert_eq!(
        reported(text),
        [(
            "Brisk walkers in their fifties are less likely to develop heart disease",
            "study".to_string(),
            "indirect-according-to"
        )]
    );
}

#[test]
fn the_statement_speaks_for_whoever_was_said_to_issue_it() {
    // The trust issued the statement; the resident quoted after it issued none, so the
    // second `the statement` stays a statement of nobody known.
    let text = "In a statement released on Friday evening, the hospital trust said it had \
                changed how drugs are stored on its wards.\n\n\
                \"We are deeply sorry,\" the statement said.\n\n\
                Resident Dev Chaudhry said the smoke was so thick he could not see.\n\n\
                \"Work continues,\" the statement said.";
    let names = speaker_names(&quotation::extract_quotes(text));
    assert_eq!(
        names,
        [
            "hospital trust",
            "hospital trust",
            "Dev Chaudhry",
            "statement"
        ]
    );
}

#[test]
fn a_source_opening_the_sentence_frames_it_whatever_word_comes_first() {
    // After `According to X,` the sentence is the report even when it opens with a
    // preposition; mid-sentence, a phrase of place after the source is no report.
    let text = "According to the regulator, about 1.5 million households still lack fast \
                internet.\n\nPrices rose, according to the bank, in most provinces.";
    assert_eq!(
        reported(text),
        [(
            "about 1.5 million households still lack fast internet",
            "regulator".to_string(),
            "indirect-according-to"
        )]
    );
}

#[test]
fn per_after_a_comma_names_a_source_as_according_to_does() {
    // `per` before a price's unit is no source. (The report's author is its source.)
    let text = "The talks have stalled, per a report from the wire service.\n\n\
                Tickets cost $5, per person, at the door.";
    assert_eq!(
        reported(text),
        [(
            "The talks have stalled",
            "wire service".to_string(),
            "indirect-according-to"
        )]
    );
}

#[test]
fn a_trade_spoken_of_in_the_plural_speaks_as_a_group() {
    let text = "Internet providers welcomed the money but warned that the work would take \
                years.";
    assert_eq!(
        reported(text),
        [(
            "the work would take years",
            "Internet providers".to_string(),
            "indirect-speaker-verb"
        )]
    );
}

#[test]
fn the_subject_a_parenthetical_she_said_interrupts_is_not_she() {
    // The airline is what the analyst speaks of, not who `she` is; in an aside with no
    // speech verb (`Osei, he could not say why, was annoyed`) the subject is the
    // pronoun's own.
    let text = "Analyst Karen Cho said the cuts were overdue. Maple Leaf, she said, \
                \"has been flying half-empty planes for too long.\"\n\n\
                Daniel Osei met the board on Friday. Osei, he could not say why, was annoyed. \
                \"Nobody listens,\" he said.";
    let names = speaker_names(&extract_quotes(text));
    assert_eq!(names, ["Karen Cho", "Daniel Osei"]);
}

#[test]
fn a_cry_heard_is_no_report_unless_a_clause_says_what_was_cried() {
    let text = "Neighbours described hearing shouting in the hours before police arrived.\n\n\
                On the video, Ana Ruiz can be heard yelling her brother was unarmed.";
    assert_eq!(
        reported(text),
        [(
            "her brother was unarmed",
            "Ana Ruiz".to_string(),
            "indirect-speaker-verb"
        )]
    );
}

#[test]
fn a_possessed_office_keeps_its_determiner_and_finds_its_holder_named_later() {
    // The lede's `The province's auditor general` is definite, so it is the one auditor
    // general the story names a paragraph on.
    let text = "The province's auditor general says the ministry overpaid for care beds.\n\n\
                \"The ministry simply took their word for it,\" Auditor General Bonnie Lysyk \
                told reporters.";
    let quotes = quotation::extract_quotes(text);
    let first = quotes[0].speaker.as_ref().unwrap();
    assert_eq!(
        (first.mention, first.name.as_ref()),
        ("The province's auditor general", "Bonnie Lysyk")
    );
}

#[test]
fn an_office_owned_by_its_finds_the_one_holder_named_before_or_after() {
    // `its chief executive` is the company's one chief executive, named in the next
    // paragraph; later, with her named, the same words are her again.
    let text = "Harlow Freight will cut 200 jobs, its chief executive said on Monday.\n\n\
                In a memo to staff, chief executive Dana Okafor wrote that the cuts were \
                \"painful but necessary.\"\n\n\
                The company's shares rose 4 percent. Its chief executive said the cuts \
                would save $30 million a year.";
    let names: Vec<String> = reported(text).into_iter().map(|r| r.1).collect();
    assert_eq!(names, ["Dana Okafor", "Dana Okafor", "Dana Okafor"]);
}

#[test]
fn a_qualified_office_with_a_possessor_is_not_the_person_just_named() {
    // `the Republican governor` would be read as the senator just named; the state's
    // governor holds the office of a state, whoever was named last.
    let text = "Sen. Ann Ruiz of Vermont opposed the bill.\n\n\
                In Georgia, the state's Republican governor said the bill would fail.";
    assert_eq!(
        reported(text),
        [(
            "the bill would fail",
            "state's Republican governor".to_string(),
            "indirect-speaker-verb"
        )]
    );
}

#[test]
fn opined_is_a_speech_verb() {
    let text = "\"We have done our part,\" opined the minister.\n\n\
                Mr. Rao opined that the dam would be ready by March.";
    let quotes = quotation::extract_quotes(text);
    let got: Vec<(&str, &str)> = quotes
        .iter()
        .map(|q| (q.text, q.cue.as_ref().unwrap().text))
        .collect();
    assert_eq!(
        got,
        [
            ("We have done our part,", "opined"),
            ("the dam would be ready by March", "opined")
        ]
    );
}

#[test]
fn a_study_concludes_and_a_delegate_beams() {
    // A study's finding in the present, and a verb of manner that tags a cheer.
    let text = "\"Most towns will lose a bank branch by 2030,\" the authors conclude.\n\n\
                \"This is fantastic!\" beamed delegate Rosa Vance of Lubbock.";
    let quotes = quotation::extract_quotes(text);
    let got: Vec<(&str, &str, &str)> = quotes
        .iter()
        .map(|q| {
            let s = q.speaker.as_ref().unwrap();
            (s.mention, &*s.name, q.cue.as_ref().unwrap().text)
        })
        .collect();
    assert_eq!(
        got,
        [
            ("the authors", "authors", "conclude"),
            ("delegate Rosa Vance", "Rosa Vance", "beamed")
        ]
    );
}

#[test]
fn a_clause_of_background_does_not_report_the_quote_after_it() {
    // The quote after the sentence is the columnist's, not the union's: the union only
    // voted, in a clause `before` opens.
    let text = "Ruiz wrote in her column that members who signed on before the union \
                said otherwise may leave.\n\n\
                \"Nobody should be held to a promise made in the dark.\"";
    assert_eq!(speakers(text), [Some("Ruiz".into())]);
}

#[test]
fn a_pronoun_with_an_auxiliary_joined_on_is_the_subject() {
    // `he's said`, `she'd told`: the pronoun is the subject and the speaker.
    let text = "Tom Reyes has run the yard for 30 years. \"Nobody buys lumber online,\" \
                he's said more than once.\n\n\
                Dana Ruiz sat on the board. She'd told the council, \"Fix the road.\"";
    assert_eq!(
        speakers(text),
        [Some("Tom Reyes".into()), Some("Dana Ruiz".into())]
    );
    // `it's said` and `we're told` are passive: nobody named speaks.
    let text = "\"The well never runs dry,\" it's said in the village.\n\n\
                \"The road opens Monday,\" we're told.";
    assert_eq!(speakers(text), [None, None]);
}

#[test]
fn a_participle_after_a_comma_begins_a_report_of_its_own() {
    // `adding` introduces the quotation, so `said` still reports the clause before it;
    // and `noting that` is a second report, not part of the first.
    let text = "The premier said the deal was fair, adding: \"Families can trust it.\"\n\n\
                Ruiz said the plan was sound, noting that costs would fall.";
    assert_eq!(
        reported(text),
        [
            (
                "the deal was fair",
                "premier".to_string(),
                "indirect-speaker-verb"
            ),
            (
                "the plan was sound",
                "Ruiz".to_string(),
                "indirect-speaker-verb"
            ),
            (
                "costs would fall",
                "Ruiz".to_string(),
                "indirect-speaker-verb"
            ),
        ]
    );
}

#[test]
fn an_institution_described_with_the_is_the_one_its_noun_heads() {
    // `the airline` is the last body whose name ends in a word for an airline, `the bank`
    // the last whose name the noun heads; `the rival airline` is some other airline, and
    // `the company` has no company named before it. The byline names no one in the story,
    // so `the brother` is not guessed to be its writer.
    let text = "Storm grounds flights\n\n\
                By Tom Whitlock\n\n\
                Toronto-based Northgate Airways cancelled 300 flights on Sunday as snow \
                closed two runways.\n\n\
                \"Safety comes first,\" the airline said in a statement.\n\n\
                \"We kept flying,\" the rival airline said.\n\n\
                The Bank of Canada, meanwhile, kept its key rate at four per cent.\n\n\
                \"Inflation is easing,\" the bank said.\n\n\
                \"Every fare will be refunded,\" the company said.\n\n\
                \"He slept on the floor at Gate 9,\" the brother of one passenger said.";
    assert_eq!(
        speaker_names(&extract_quotes(text)),
        [
            "Northgate Airways",
            "rival airline",
            "Bank of Canada",
            "company",
            "brother of one passenger"
        ]
    );
}

#[test]
fn a_government_body_named_a_department_or_a_service_is_the_agency() {
    // `the agency` is the body just named for its kind: an administration, a bureau, a
    // department, a commission or a service.
    let text = "The Federal Aviation Administration grounded the fleet on Monday.\n\n\
                \"Safety comes first,\" the agency said.\n\n\
                Agents of the Secret Service searched the hall after the rally.\n\n\
                \"No weapon was found,\" the agency said.";
    assert_eq!(
        speaker_names(&extract_quotes(text)),
        ["Federal Aviation Administration", "Secret Service"]
    );
    // A body so named four paragraphs back is not what a generic noun stands for: the
    // text has moved on, and `the agency` stays as written. (`the utility` for `BC
    // Hydro`, a noun of one kind, is read from anywhere.)
    let text = "The Federal Aviation Administration grounded the fleet on Monday.\n\n\
                Passengers waited for hours.\n\n\
                Some slept at the gate.\n\n\
                Others took the train.\n\n\
                \"Safety comes first,\" the agency said.";
    assert_eq!(speaker_names(&extract_quotes(text)), ["agency"]);
    // An office is a room as often as a body: `the Oval Office` is no agency.
    let text = "The president spoke from the Oval Office on Monday.\n\n\
                \"We will review the ruling,\" the agency said.";
    assert_eq!(speaker_names(&extract_quotes(text)), ["agency"]);
}

#[test]
fn a_speech_verb_after_an_article_is_a_noun() {
    // `a note`, `a reply`: the phrase before `that` says where it was said, and the
    // report is the clause after `that`.
    let text = "Analysts at the bank said in a note to clients that rates would fall.\n\n\
                The mayor said in a reply to the council that the budget would balance.";
    assert_eq!(
        reported(text),
        [
            (
                "rates would fall",
                "Analysts at the bank".to_string(),
                "indirect-speaker-verb"
            ),
            (
                "the budget would balance",
                "mayor".to_string(),
                "indirect-speaker-verb"
            ),
        ]
    );
}

#[test]
fn a_surname_is_the_only_full_name_met_so_far() {
    // Mother and daughter share a surname, but only the daughter has been named when
    // `Mbeki says`; `Her mother says` is not the daughter `her` stands for; and a role
    // after a modifier (`retired nurse`) still names the person set off after `her coach`.
    let text = "Grace Mbeki woke up in hospital unable to remember her own name.\n\n\
                Five years later, she runs marathons.\n\n\
                \"Johan was tough on me,\" Mbeki says. \"Sometimes I hated him.\"\n\n\
                Her mother says the hardest part was the waiting.\n\n\
                \"She never gave up,\" says Thandiwe Mbeki.\n\n\
                \"She will finish,\" her coach, retired nurse Ada Kolb, said.";
    let quotes = extract_quotes(text);
    assert_eq!(
        speaker_names(&quotes),
        ["Grace Mbeki", "Grace Mbeki", "Thandiwe Mbeki", "Ada Kolb"]
    );
    assert_eq!(
        reported(text),
        [(
            "the hardest part was the waiting",
            "mother".to_string(),
            "indirect-speaker-verb"
        )]
    );
}

#[test]
fn a_plural_before_a_participle_and_by_is_no_speech_verb() {
    // `reports obtained by the paper`: `reports` is the noun the participle describes, so
    // `Internal` is no speaker, neither of the scare quote nor, later, of `her neighbour`.
    let text = "Internal reports obtained by the Gazette show engineers rated the levee \
                \"high risk\" in 2021.\n\n\
                Her neighbour said he had never been warned about the levee.";
    assert!(extract_quotes(text)
        .iter()
        .all(|q| q.speaker.as_ref().map_or(true, |s| s.name != "Internal")));
    assert_eq!(
        reported(text),
        [(
            "he had never been warned about the levee",
            "neighbour".to_string(),
            "indirect-speaker-verb"
        )]
    );
}

#[test]
fn a_body_described_beside_its_name_is_found_by_that_noun() {
    // `Her management company, Northlight Artists,` and `Baltic Wings, the regional
    // airline,`: `the company` and `the airline` are those bodies, though neither name has
    // the noun in it; neither description makes a body a person.
    let text = "Singer Maya Lind cancelled her tour on Sunday. Her management company, \
                Northlight Artists, said refunds would follow.\n\n\
                \"Maya's health comes first,\" the company said. \"Fans will be \
                refunded,\" it added.\n\n\
                Shares of Baltic Wings, the regional airline, fell on the news.\n\n\
                \"We had sold 40,000 seats,\" the airline said.";
    assert_eq!(
        speaker_names(&extract_quotes(text)),
        ["Northlight Artists", "Northlight Artists", "Baltic Wings"]
    );
}

#[test]
fn british_council_copy() {
    // `Cllr` is a councillor's title, `Mother-of-three` no part of a name, and `added that
    // food waste would ...` a report, whether `that` opens the clause or `that food waste`
    // is its subject (as `that plan` is in `said that plan would fail`).
    let text = "Council leader Cllr Fiona Hartley said: \"Nobody likes this.\"\n\n\
                She added that food waste would still be collected weekly.\n\n\
                Mother-of-three Kelly Dunmore, 34, told the Gazette: \"We already struggle.\"\n\n\
                \"It is the least painful option,\" the councillor said.";
    assert_eq!(
        speaker_names(&extract_quotes(text)),
        ["Fiona Hartley", "Kelly Dunmore", "Fiona Hartley"]
    );
    assert_eq!(
        reported(text),
        [(
            "that food waste would still be collected weekly",
            "Fiona Hartley".to_string(),
            "indirect-speaker-verb"
        )]
    );
}

#[test]
fn a_profile_with_a_long_title_an_age_and_a_province() {
    // `Gananoque, Ont.` ends its sentence before the next quote, which is then a whole
    // quote of its own; an age before a name set off after the subject (`88-year-old`)
    // leaves that name the one `she` stands for; a title too long to read whole still
    // ends in the person it names.
    let text = "\"I didn't even know what was happening,\" Rosa Lind said from her bakery in \
                Gananoque, Ont. \"My phone just wouldn't stop buzzing.\"\n\n\
                Her grandmother, 88-year-old Odette Lind, is less impressed. \"It's just \
                bread,\" she said.\n\n\
                Bakers' Guild of Eastern Ontario president Karen Roy said the recipe was older \
                than the town.";
    let quotes = extract_quotes(text);
    let kinds: Vec<QuoteKind> = quotes.iter().map(|q| q.kind).collect();
    assert_eq!(kinds, [QuoteKind::Direct; 3]);
    assert_eq!(
        speaker_names(&quotes),
        ["Rosa Lind", "Rosa Lind", "Odette Lind"]
    );
    assert_eq!(
        reported(text),
        [(
            "the recipe was older than the town",
            "Karen Roy".to_string(),
            "indirect-speaker-verb"
        )]
    );
}

#[test]
fn a_peer_is_named_by_rank_and_place_and_a_relative_clause_tells_of_the_subject() {
    // `the Duchess of Carrick` is how she is named, not `Duchess`; `the duchess` later is
    // her. A relative clause set off after the subject, with an apposition inside
    // (`Ruby, 9,`), names someone else: the subject before it speaks. `the Minister of
    // Health` is the office named whole.
    let text = "The Duchess of Carrick opened the new ward at Lochside Infirmary on Friday.\n\n\
                \"Every nurse here should be proud,\" the duchess said.\n\n\
                Corinne Vale, whose daughter Ruby, 9, was treated on the ward last year, said: \
                \"They gave us our girl back.\"\n\n\
                \"The funding is secure,\" the Minister of Health told reporters.";
    assert_eq!(
        speaker_names(&extract_quotes(text)),
        ["Duchess of Carrick", "Corinne Vale", "Minister of Health"]
    );
    // Read whole, `the Secretary of State` is still the one titled so.
    let text = "Secretary of State Ana Brill flew to Oslo on Monday for the talks.\n\n\
                \"We will listen first,\" the Secretary of State said.";
    assert_eq!(speaker_names(&extract_quotes(text)), ["Ana Brill"]);
}

#[test]
fn a_duchess_named_by_her_title_speaks_as_the_duchess_and_as_she() {
    // The Duchess of Wrexham is `the duchess` and then `she`, not the last woman named
    // (Lady Pell) nor her brother, whom a role names with her rank as its possessor (the
    // text has lost its apostrophes, as plain-text editions of old novels often have).
    let text = "The Duchess of Wrexham came down to breakfast late. Her brother, Sir Hugh \
                Marlow, the duchess s brother and the best shot in the county, was already \
                out with the guns, and Lady Pell had gone to the village.\n\n\
                \"You look tired, Gladys,\" said Lord Ambrose.\n\n\
                \"I am never tired, Ambrose,\" cried the duchess. \"I am only bored.\"\n\n\
                \"Then we must find you a scandal. Nothing cures boredom so quickly.\"\n\n\
                \"Then find me one before lunch,\" she said.";
    assert_eq!(
        speaker_names(&extract_quotes(text)),
        [
            "Ambrose",
            "Duchess of Wrexham",
            "Duchess of Wrexham",
            "Ambrose",
            "Duchess of Wrexham"
        ]
    );
}

#[test]
fn a_body_or_group_of_his_or_hers_is_named_as_theirs() {
    // `Her office` is the minister's office, `his aides` the challenger's; a noun of no
    // body or group (`her ladyship`) and an owner not known to be a person stay as written.
    let text = "Transport Minister Denise Arsenault said she was disappointed by the cuts. \
                Her office said the province had offered the ferry company a loan.\n\n\
                Her challenger, Colin Boyd, called the offer \"too little, too late.\" His \
                aides said he would release his own plan on Monday.\n\n\
                The Harbour Trust said its own review was under way. \"Her ladyship will \
                decide,\" her ladyship said.";
    let names: Vec<String> = reported(text).into_iter().map(|(_, n, _)| n).collect();
    assert_eq!(
        names,
        [
            "Denise Arsenault",
            "Denise Arsenault's office",
            "Colin Boyd's aides",
            "Harbour Trust"
        ]
    );
    assert_eq!(
        speaker_names(&extract_quotes(text)),
        ["Colin Boyd", "ladyship"]
    );
    // A name's possessive names the owner in full; `Dunmore's statement` is hers. With
    // two Clintons before it, `Clinton's campaign` is only a campaign.
    let text = "Premier Rachel Dunmore promised a harbour tunnel on Friday. Dunmore's office \
                said the estimate came from a study. Dunmore's statement said work would \
                start in 2027.\n\n\
                Hillary Clinton and Bill Clinton spoke in Ohio. Clinton's campaign said the \
                crowd was the largest of the year.";
    let names: Vec<String> = reported(text).into_iter().map(|(_, n, _)| n).collect();
    assert_eq!(
        names,
        ["Rachel Dunmore's office", "Rachel Dunmore", "campaign"]
    );
    // `Her` with no woman named finds only a body: the team stays `team`.
    let text = "Analysts at Morrow Analytics said fares would rise.\n\n\
                Her team said the rise was expected.";
    let names: Vec<String> = reported(text).into_iter().map(|(_, n, _)| n).collect();
    assert_eq!(names, ["Analysts at Morrow Analytics", "team"]);
}

#[test]
fn a_surname_opening_with_an_elided_particle_is_part_of_the_name() {
    // `d'Entremont` is capitalized after its apostrophe: `Raymond d'Entremont` is one
    // name, and the lone surname and `he` later are him.
    let text = "Lobster buyer Raymond d'Entremont said he ships his catch on the morning boat.\n\n\
                \"They do not travel well by truck,\" d'Entremont said.\n\n\
                \"Five hours in a truck is too long,\" he added.";
    assert_eq!(
        speaker_names(&extract_quotes(text)),
        ["Raymond d'Entremont", "Raymond d'Entremont"]
    );
    assert_eq!(reported(text)[0].1, "Raymond d'Entremont");
}

#[test]
fn a_carrier_is_a_firm_and_a_jury_is_told_things() {
    // `the carrier` is the ferry line named before it; `told the jury` has a hearer, and
    // the clause after it is reported.
    let text = "Harbourline Ferries will cut its winter crossings by a third, the carrier \
                said Tuesday.\n\n\
                Defence lawyer Sean Dobbs told the jury the case rested on one witness.";
    assert_eq!(
        reported(text),
        [
            (
                "Harbourline Ferries will cut its winter crossings by a third",
                "Harbourline Ferries".to_string(),
                "indirect-clause-speaker-verb"
            ),
            (
                "the case rested on one witness",
                "Sean Dobbs".to_string(),
                "indirect-tell"
            )
        ]
    );
}

#[test]
fn people_of_a_place_in_a_town_speak_not_the_town() {
    // `Workers at a plant in Ohio`: the plant is in Ohio and the workers at it speak;
    // `in east Vancouver` names a part of the city.
    let text = "Workers at a bottling plant in Ohio said the line would close in March.\n\n\
                Tenants of a 60-unit building in east Vancouver say their landlord ignored \
                complaints about mould.\n\n\
                Police in north Toronto said the road had reopened.";
    let names: Vec<String> = reported(text).into_iter().map(|(_, n, _)| n).collect();
    // (Read whole, as `The workers at a bottling plant in Ohio` would be.)
    assert_eq!(
        names,
        [
            "Workers at a bottling plant in Ohio",
            "Tenants of a 60-unit building in east Vancouver",
            "Police"
        ]
    );
}

#[test]
fn people_in_a_place_named_by_a_common_noun_speak() {
    // `in the area`, `in both districts`: a determiner or a count opens a place, and the
    // people before `in` are the ones there. A thing before `in` does not speak.
    let text = "Residents in the area said the water had been brown for weeks.\n\n\
                Parents in both districts said they would keep their children home.\n\n\
                Many in the crowd said they had waited since dawn.\n\n\
                The rise in the price of eggs said more about feed than about demand.";
    let names: Vec<String> = reported(text).into_iter().map(|(_, n, _)| n).collect();
    assert_eq!(
        names,
        [
            "Residents in the area",
            "Parents in both districts",
            "Many in the crowd"
        ]
    );
}

#[test]
fn an_unnamed_source_set_off_after_a_place_is_the_she_that_follows() {
    // The relative clause after `A nurse at a hospital in Barrie` tells her gender, so the
    // `she` of the quote after it is the nurse, not the spokeswoman named before.
    let text = "A spokeswoman for the ministry, Hannah Jensen, said the province had added \
                beds.\n\n\
                A nurse at a hospital in Barrie, who asked not to be named because she was \
                not authorized to speak publicly, said patients were treated in hallways. \
                \"It's every day now,\" she said.";
    assert_eq!(
        speaker_names(&extract_quotes(text)),
        ["nurse at a hospital"]
    );
}

#[test]
fn a_police_title_abbreviation_and_a_lower_case_title_after_a_clause() {
    // `Const.` does not end the sentence, so the constable is the speaker of both the quote
    // and the clause before him; `chief executive` before a name after the clause's comma
    // is the name's title, not words of the clause, and so is `the` before a body's name.
    let text = "\"We know someone saw this,\" Const. Jerome Stewart said.\n\n\
                The cyclist was taken to hospital, Const. Jerome Stewart said.\n\n\
                Streamline will lay off 1,200 employees, chief executive Tomas Ferreira told \
                staff in a memo.\n\n\
                About 3,000 people were ordered out of their homes, the BC Wildfire Service said.";
    assert_eq!(speaker_names(&extract_quotes(text)), ["Jerome Stewart"]);
    let names: Vec<String> = reported(text).into_iter().map(|(_, n, _)| n).collect();
    assert_eq!(
        names,
        ["Jerome Stewart", "Tomas Ferreira", "BC Wildfire Service"]
    );
}

#[test]
fn a_place_ending_a_phrase_after_the_subject_is_no_one() {
    // `based in Waterloo, Ont.,` is where the company is: the company reports, and
    // Waterloo, though a speech verb follows it, is no one a later `she` stands for.
    let text = "The company, based in Waterloo, Ont., said it would spend $800 million on new \
                products.\n\n\
                \"Twelve years, and I found out from a login screen,\" she said.";
    assert_eq!(
        reported(text),
        [(
            "it would spend $800 million on new products",
            "company".to_string(),
            "indirect-speaker-verb"
        )]
    );
    assert_eq!(speaker_names(&extract_quotes(text)), ["she"]);
}

#[test]
fn a_walk_of_life_before_a_name_is_its_title() {
    // `Teenager` opening the sentence is what Noor Haddad is, not her first name: her
    // surname alone later is the same person.
    let text = "Teenager Noor Haddad, 16, who started the petition, said she studies at the \
                library every weekend.\n\n\
                \"It's the only quiet place I have,\" Haddad said.";
    assert_eq!(speaker_names(&extract_quotes(text)), ["Noor Haddad"]);
    assert_eq!(reported(text)[0].1, "Noor Haddad");
}

#[test]
fn a_compound_given_name_tells_a_gender() {
    // `Anne-Marie` is a woman's name, as `Anne` is: her office is hers, and the `he` after
    // a man is not her.
    let text = "The mayor, Anne-Marie Castonguay, abstained. Her office said she owns \
                property on the block.\n\n\
                Councillor Raj Bhatt voted for the lane. \"It's overdue,\" he said.";
    assert_eq!(reported(text)[0].1, "Anne-Marie Castonguay's office");
    let quotes = extract_quotes(text);
    let direct = quotes.iter().find(|q| q.kind == QuoteKind::Direct).unwrap();
    assert_eq!(direct.speaker.as_ref().unwrap().name, "Raj Bhatt");
    // With two people named, `he` is the one whose name is a man's.
    let text = "Marie-Claude Roy chairs the board. Jean-Marc Dubois runs the clinic.\n\n\
                \"We are out of beds,\" she said.";
    assert_eq!(speaker_names(&extract_quotes(text)), ["Marie-Claude Roy"]);
}

#[test]
fn an_accented_given_name_tells_a_gender() {
    // `Tomás` is `Tomas` to the given-name table: a man, so the `she` after him is not him.
    let text = "Chief executive Tomás Ferreira said the cuts were final.\n\n\
                \"Twelve years, and I found out from a login screen,\" she said.";
    assert_eq!(speaker_names(&extract_quotes(text)), ["she"]);
}

#[test]
fn a_sentence_passed_alone_is_read_as_inside_an_article() {
    // Pipelines often pass one paragraph at a time: a name set off at the very start of
    // the text, before two appositions, still speaks.
    let sentence = "Ana Ruiz, the director of Harbor Works, the nonprofit, told me, \
                    \"We are full every night.\"";
    let article = format!("The shelter on Pier 9 turned people away again.\n\n{sentence}");
    assert_eq!(speakers(&article), vec![Some("Ana Ruiz".to_string())]);
    assert_eq!(speakers(sentence), vec![Some("Ana Ruiz".to_string())]);
}

#[test]
fn a_share_of_those_polled_speaks_as_a_group() {
    let text = "Asked whether the fare rise was fair, 21 percent said \"not too likely\" \
                and 14 percent said \"not at all likely.\" In the same poll, 62 percent said \
                they would ride more if fares fell.";
    let quotes = quotation::extract_quotes(text);
    let speakers: Vec<_> = quotes
        .iter()
        .map(|q| (q.text, q.speaker.as_ref().map(|s| s.mention)))
        .collect();
    assert_eq!(
        speakers,
        vec![
            ("not too likely", Some("21 percent")),
            ("not at all likely.", Some("14 percent")),
            ("they would ride more if fares fell", Some("62 percent")),
        ]
    );
    // Of whom it is a share belongs to the mention.
    let text = "In the poll, 40 percent of riders said the fare was too high.";
    let quotes = quotation::extract_quotes(text);
    assert_eq!(
        quotes[0].speaker.as_ref().unwrap().mention,
        "40 percent of riders"
    );
    // A share of something else names no one.
    let text = "Fares rose 5 percent, the agency said.";
    let quotes = quotation::extract_quotes(text);
    assert_eq!(quotes[0].speaker.as_ref().unwrap().mention, "the agency");
}

#[test]
fn a_name_borne_by_either_sex_takes_the_gender_the_text_gives_it() {
    // `Lee` is most often a man's name, but one `she` settles it.
    let text = "Lee Varga founded the bakery in 2009, and she still bakes every morning. \
                Tom Reyes, a customer, stopped by at noon.\n\n\
                \"The rye sells out first,\" Reyes said.\n\n\
                \"We bake more of it every week,\" she said.";
    assert_eq!(speakers(text)[1], Some("Lee Varga".to_string()));
    // So does the `she` of what she is reported to have said, after a description with a
    // place joined to it.
    let text = "\"It will change how schools buy food,\" said Jordan Pike, who writes about \
                food rules on his blog.\n\n\
                Lee Varga, Alberta-based education manager with the dairy board, said she is \
                unsure what schools will do. \"We will still encourage milk,\" she said.";
    assert_eq!(
        speakers(text),
        vec![
            Some("Jordan Pike".to_string()),
            Some("Lee Varga".to_string())
        ]
    );
    // A name of one sex keeps its gender against a single cue.
    let text = text.replace("Lee", "Tom");
    assert_ne!(speakers(&text)[1], Some("Tom Varga".to_string()));
}

#[test]
fn a_body_named_with_two_fields_is_one_speaker() {
    // `and` joins the two fields of a ministry or centre named with `of` or `for`: the body
    // speaks, not its last word. A department word may end the name; the body stays a
    // body, and a person named as one of its staff speaks, not the body.
    let text = "The Ministry of Agriculture and Forestry said in a statement that the ban \
                would be lifted.\n\n\
                The Centre for Housing and Urban Growth said rents had risen 9 per cent.\n\n\
                Economist Lena Varga of the Department of Homeland Security said the data \
                were incomplete.";
    let names: Vec<String> = reported(text).into_iter().map(|r| r.1).collect();
    assert_eq!(
        names,
        [
            "Ministry of Agriculture and Forestry",
            "Centre for Housing and Urban Growth",
            "Lena Varga"
        ]
    );
    // After `and`, a second body or a person speaks with the first, together: a body's
    // `the` before the first name does not keep the pair from opening the clause.
    let text = "The Bank of Canada and Finance Canada said rates would hold.\n\n\
                The Department of Justice and Nora Ellis said the case was closed.";
    let names: Vec<String> = reported(text).into_iter().map(|r| r.1).collect();
    assert_eq!(
        names,
        [
            "Bank of Canada and Finance Canada",
            "Department of Justice and Nora Ellis"
        ]
    );
}

#[test]
fn a_described_speaker_keeps_whom_they_speak_for() {
    // `for` inside a body's name is part of the name: the spokeswoman speaks for the whole
    // department, and `the spokeswoman` after her is the same woman.
    let text = "A spokeswoman for the Department for Transport said the line would reopen \
                in May. \"We are sorry for the delay,\" the spokeswoman added.";
    assert_eq!(
        speaker_names(&quotation::extract_quotes(text)),
        [
            "spokeswoman for the Department for Transport",
            "spokeswoman for the Department for Transport"
        ]
    );
    // So is a body named with `for` that speaks itself.
    let text = "The Institute for Fiscal Studies said the gap had widened.";
    let names: Vec<String> = reported(text).into_iter().map(|r| r.1).collect();
    assert_eq!(names, ["Institute for Fiscal Studies"]);
    // A body's spokesperson, and a person's lawyer, keep whose they are; a person's own
    // name after a body stays alone.
    let text = "A spokesperson for Transit Canada said fares would not rise.\n\n\
                A lawyer for Dana Whitfield said the appeal would be filed on Monday.\n\n\
                Marcus Bell of the Centre for Urban Research said rents would keep rising.";
    let names: Vec<String> = reported(text).into_iter().map(|r| r.1).collect();
    assert_eq!(
        names,
        [
            "spokesperson for Transit Canada",
            "lawyer for Dana Whitfield",
            "Marcus Bell"
        ]
    );
    // The head of a description is the word before its affiliation: `the senator from
    // Ohio` is the senator the article is about.
    let text = "Sen. Dana Whitfield voted against the bill on Tuesday.\n\n\
                The senator from Ohio said the vote was about cost.";
    let names: Vec<String> = reported(text).into_iter().map(|r| r.1).collect();
    assert_eq!(names, ["Dana Whitfield"]);
    // A description taken up later finds the one that spoke for someone.
    let text = "A spokesman for the minister said the talks would resume.\n\n\
                \"We remain hopeful,\" the spokesman added.";
    assert_eq!(
        speaker_names(&quotation::extract_quotes(text)),
        ["spokesman for the minister", "spokesman for the minister"]
    );
}

#[test]
fn an_office_of_a_department_in_lower_case_titles_the_name_after_it() {
    // `secretary of state` is one office: the name after it is the speaker's, not a
    // body the secretary works for.
    let text = "Former secretary of state Dana Whitfield said: \"We learned that late.\"";
    let quotes = extract_quotes(text);
    let speaker = quotes[0].speaker.as_ref().unwrap();
    assert_eq!(speaker.mention, "Former secretary of state Dana Whitfield");
    assert_eq!(speaker.name, "Dana Whitfield");
}

#[test]
fn at_length_between_a_speaker_and_the_verb_is_no_place() {
    let text = "\"The train leaves at six,\" his son at length pointed out.\n\n\
                \"The gate is shut,\" the porter at last replied.";
    let mentions: Vec<&str> = extract_quotes(text)
        .iter()
        .map(|q| q.speaker.as_ref().unwrap().mention)
        .collect();
    assert_eq!(mentions, ["his son", "the porter"]);
    let text = "The clerk at length said the rooms were full.";
    let names: Vec<String> = reported(text).into_iter().map(|r| r.1).collect();
    assert_eq!(names, ["clerk"]);
    // `at` and a noun phrase is where the speaker works.
    let text = "The clerk at the desk said the rooms were full.";
    let names: Vec<String> = reported(text).into_iter().map(|r| r.1).collect();
    assert_eq!(names, ["clerk at the desk"]);
}

#[test]
fn a_voice_of_a_description_speaks_for_it() {
    // `the voice of the Grey Stranger` is the stranger's, not a voice that the head of
    // the description would find someone else for.
    let text = "The Grey Stranger stood in the doorway, and Tom Hale looked up from the \
                fire.\n\n\"Shut the door,\" said the voice of the Grey Stranger.";
    assert_eq!(speaker_names(&extract_quotes(text)), ["Grey Stranger"]);
}

#[test]
fn a_speech_verb_form_after_a_demonstrative_object_is_a_noun() {
    // `described that claim as`: `claim` is the object, `described` the cue.
    let text = "The mayor described that claim as \"frankly insulting\".";
    let quotes = extract_quotes(text);
    assert_eq!(quotes.len(), 1);
    assert_eq!(quotes[0].cue.as_ref().unwrap().text, "described");
    assert_eq!(quotes[0].speaker.as_ref().unwrap().name, "mayor");
    // After a speech verb, `that` opening a clause leaves it the report.
    let text = "Ortiz said that claims of fraud were false.";
    let r = reported(text);
    assert_eq!(r.len(), 1);
    assert_eq!(r[0].0, "that claims of fraud were false");
}

#[test]
fn a_modal_after_said_stays_a_modal_before_its_verb() {
    // `said May would`: a modal (or a month) opening the report, not a speaker.
    let r = reported("Ortiz said May would be the wettest month on record.");
    assert_eq!(r.len(), 1);
    assert_eq!(r[0].0, "May would be the wettest month on record");
    assert_eq!(r[0].1, "Ortiz");
    // Nor is it a woman a later `she` could stand for.
    let text = "Tom Hale said May would be the wettest month on record.\n\n\
                \"Bring coats,\" she said.";
    assert_eq!(speaker_names(&extract_quotes(text)), ["she"]);
}

#[test]
fn a_place_is_no_one_a_pronoun_stands_for() {
    // A state named after a city, or opening a sentence, is no person: `she` is the woman
    // the sentence is about, `he` the man.
    let text = "Dana Whitcombe, who lost her brother in the flood in Boulder, Colorado, \
                said the agency never called back.\n\n\
                \"They promised to visit us,\" she said. \"Nobody came.\"";
    assert_eq!(
        speaker_names(&extract_quotes(text)),
        ["Dana Whitcombe", "Dana Whitcombe"]
    );
    let text = "New Hampshire holds its primary in February. Tom Avery, a retired teacher, \
                has knocked on doors since June.\n\n\
                \"People here want to meet you,\" he said.";
    assert_eq!(speaker_names(&extract_quotes(text)), ["Tom Avery"]);
    // A place opening the sentence before the quote is not the `he` of its verb.
    let text = "Ohio expects a close count this year. \"We are ready,\" he said.";
    assert_eq!(speaker_names(&extract_quotes(text)), ["he"]);
    // A place that is also a given name is the person's where it speaks.
    let text = "\"The tide is turning,\" said Florence, and she went to the window.\n\n\
                \"Come and see,\" she said.";
    assert_eq!(
        speaker_names(&extract_quotes(text)),
        ["Florence", "Florence"]
    );
}

#[test]
fn a_place_still_owns_what_it_has() {
    // `Korea's` cut from `North Korea` is the country named before: no person, but an
    // owner all the same.
    let text = "North Korea sent a delegation to the talks.\n\n\
                Korea's state news agency said the talks had been useful.";
    let names: Vec<String> = reported(text).into_iter().map(|r| r.1).collect();
    assert_eq!(names, ["North Korea's state news agency"]);
}

#[test]
fn a_trade_between_a_place_and_a_name_titles_the_name() {
    // `Ohio developer Carl Brandt`: `developer` is no role noun the lexicon knows, but
    // between a place and a name it is what the person is.
    let text = "Last spring, Ohio developer Carl Brandt voiced doubts about the plan. \
                \"I kept hoping it would fail,\" he told the paper.";
    let quotes = extract_quotes(text);
    assert_eq!(speaker_names(&quotes), ["Carl Brandt"]);
    // Two capitalized words of no known given name make the name too, and `he` finds its
    // subject.
    let text = "Last spring, Ohio developer Tal Ardell voiced doubts about the plan. \
                \"I kept hoping it would fail,\" he told the paper.";
    assert_eq!(speaker_names(&extract_quotes(text)), ["Tal Ardell"]);
    let text = "Toronto landlord Rosa Diaz Kemp said rents would rise.";
    let r = reported(text);
    assert_eq!(r.len(), 1);
    assert_eq!(r[0].1, "Rosa Diaz Kemp");
    // A verb is no trade: `Ohio elected Mike Dewine` keeps Ohio apart from the name.
    let text = "Ohio elected Mike Dewine in 2018. \"We will rebuild,\" he said.";
    assert_eq!(speaker_names(&extract_quotes(text)), ["Mike Dewine"]);
}

#[test]
fn a_state_after_a_city_and_a_set_off_date_is_not_the_speaker() {
    // `in Boulder, Colorado, in May 2013, said`: the state closes the place, the date
    // is set off after it, and the speaker is before both.
    let text = "Dana Whitcombe, who lost her brother during the flood in Boulder, \
                Colorado, in May 2013, said the agency never called back.";
    let r = reported(text);
    assert_eq!(r.len(), 1);
    assert_eq!(r[0].1, "Dana Whitcombe");
    let text = "Dana Whitcombe, a nurse from Boulder, Colorado, in May, said the agency \
                never called back.";
    let r = reported(text);
    assert_eq!(r.len(), 1);
    assert_eq!(r[0].1, "Dana Whitcombe");
}

#[test]
fn nouns_between_two_heads_belong_to_one_description() {
    // `city` and `state` head descriptions of their own, but a noun after them may go on
    // to a later head: the phrase is the whole body.
    let r = reported("The city water agency said the pipes would be replaced by June.");
    assert_eq!(r.len(), 1);
    assert_eq!(r[0].1, "city water agency");
    let r = reported("Yesterday the state news agency said the talks had been useful.");
    assert_eq!(r.len(), 1);
    assert_eq!(r[0].1, "state news agency");
    // A possessive before the nouns is the body's owner.
    let r = reported("China's state news agency said the talks had been useful.");
    assert_eq!(r.len(), 1);
    assert_eq!(r[0].1, "China's state news agency");
    // A verb is no noun, though the lexicon does not know it for a speech verb: in the
    // present (`employs`) or the past (`hired`), the head before it ends the phrase.
    for text in [
        "The city employs staff who said the rules were unclear.",
        "The company hired staff who said the rules were unclear.",
    ] {
        let names: Vec<String> = reported(text).into_iter().map(|r| r.1).collect();
        assert!(
            names
                .iter()
                .all(|n| !n.contains("city") && !n.contains("company")),
            "{text}: {names:?}"
        );
    }
}

#[test]
fn state_media_speak_as_a_body() {
    let text = "\"The talks were useful,\" state media said.";
    let quotes = extract_quotes(text);
    assert_eq!(speaker_names(&quotes), ["state media"]);
    let r = reported("The public broadcaster reported that the border had reopened.");
    assert_eq!(r.len(), 1);
    assert_eq!(r[0].1, "public broadcaster");
    // So do a site, a magazine, a tabloid and a blog.
    assert_one_report_each(&[
        (
            "The mayor often flew home at weekends, the news site reported.",
            "The mayor often flew home at weekends",
            "news site",
        ),
        (
            "The magazine said the recipe had won the poll three times.",
            "the recipe had won the poll three times",
            "magazine",
        ),
    ]);
}

#[test]
fn a_common_word_that_opens_a_place_stays_in_its_name() {
    // The article writes `new` in lower case, but `New York` and `New Hampshire` are whole
    // names, not `York` and `Hampshire`.
    let text = "The new rules take effect in May.\n\n\
                New York Mayor Ana Ruiz said the rules were fair.\n\n\
                New Hampshire voters said the rules went too far.";
    let speakers: Vec<(String, String)> = quotation::extract_quotes(text)
        .into_iter()
        .map(|q| {
            let s = q.speaker.unwrap();
            (s.mention.to_string(), s.name.to_string())
        })
        .collect();
    assert_eq!(
        speakers,
        [
            (
                "New York Mayor Ana Ruiz".to_string(),
                "Ana Ruiz".to_string()
            ),
            (
                "New Hampshire voters".to_string(),
                "New Hampshire voters".to_string()
            )
        ]
    );
    // A common word before a name that is no place still only opens the sentence.
    let text = "The rules take effect in May. Meanwhile Brenda Hale said the rules were fair.";
    let quotes = quotation::extract_quotes(text);
    assert_eq!(quotes[0].speaker.as_ref().unwrap().mention, "Brenda Hale");
}

#[test]
fn an_ordinal_inside_a_sentence_begins_a_name() {
    // `Third Way`, `First Nations`: capitalized inside the sentence, the ordinal is the
    // name's first word; the adviser speaks, not `Way`.
    let text = "Dana Ruiz, a senior adviser at Third Way, a centrist think tank, said the \
                plan would pass.";
    let r = reported(text);
    assert_eq!(r.len(), 1);
    assert_eq!(r[0].1, "Dana Ruiz");
    let text = "Yesterday several First Nations said the deal was fair.";
    let r = reported(text);
    assert_eq!(r.len(), 1);
    assert_eq!(r[0].1, "First Nations");
    // An ordinal before a person's name still titles it.
    let text = "\"We are ready,\" said First Lady Ana Ruiz.";
    assert_eq!(speaker_names(&extract_quotes(text)), ["Ana Ruiz"]);
    // At a sentence's start an ordinal numbers a point, and the name after it stands
    // alone.
    let text = "Second, Ana Ruiz said the deal was fair.";
    let r = reported(text);
    assert_eq!(r.len(), 1);
    assert_eq!(r[0].1, "Ana Ruiz");
}

#[test]
fn a_conjunction_opening_the_sentence_comes_before_the_named_speaker() {
    // Read from `But`, no name ended at the first comma, and the apposition after it,
    // `the president of Harbour Watch`, spoke and was then taken for another president.
    let text = "Bill Clinton, the former president, spoke first.\n\n\
                But Tom Avery, the president of Harbour Watch, a conservative group that \
                has sued to obtain records from the mayor's office, said that \"the damage \
                is done.\"";
    let quotes = extract_quotes(text);
    assert_eq!(quotes[0].speaker.as_ref().unwrap().mention, "Tom Avery");
    assert_eq!(speaker_names(&quotes), ["Tom Avery"]);
    // At the very start of the text too.
    let text = "And Tom Avery, the president of Harbour Watch, a conservative group that \
                has sued to obtain records from the mayor's office, said that \"the damage \
                is done.\"";
    assert_eq!(speaker_names(&extract_quotes(text)), ["Tom Avery"]);
}

#[test]
fn a_count_before_a_named_body_keeps_the_people_of_it_speaking() {
    // `Leaders of several First Nations`: the leaders speak, as `Leaders of the First
    // Nations` do; the count stands where `the` would.
    for text in [
        "Leaders of several First Nations said the deal was fair.",
        "Leaders of the First Nations said the deal was fair.",
    ] {
        let r = reported(text);
        assert_eq!(r.len(), 1, "{text}");
        assert!(r[0].1.starts_with("Leaders of"), "{text}: {}", r[0].1);
    }
}

#[test]
fn a_subject_set_apart_from_its_verb_by_an_aside_is_still_the_subject() {
    // `but Tom Lane, instead of leaving too, sat down`: the aside between commas does not
    // stop Tom Lane being the subject, so the `he` that follows is his, not Mr. Hale's.
    let text = "Mr. Hale at last went out to the gate; but Tom Lane, instead of leaving \
                too, sat down again by the stove. He began to talk about the harvest.\n\n\
                \"The rain came late this year,\" said he.";
    assert_eq!(speakers(text), [Some("Tom Lane".to_string())]);
    // A clause joined on after the comma is no aside: in `and Tom Lane, and said to the
    // room` the name closes a list, and the one who speaks is the sentence's subject.
    let joined = "Ada Reyes sat between Mr. Hale and Tom Lane, and said to the room, \
                  quietly, \"We should go.\"";
    assert_eq!(speakers(joined), [Some("Ada Reyes".to_string())]);
}

#[test]
fn an_answer_giving_a_name_is_spoken_by_its_bearer() {
    // The woman at the gate says who she is; the tag's `she` would go to Maud, the only
    // woman named before, and the turns after the answer alternate from it.
    let text = "\"Is the boat ready?\" asked Maud.\n\n\"Nearly,\" said Henry.\n\n\
                \"And the oars?\" asked Maud.\n\n\"In the shed,\" said Henry.\n\n\
                \"Then fetch them,\" said Maud.\n\n\"I will,\" said Henry.\n\n\
                Maud went in. A woman was waiting at the gate when Henry came back.\n\n\
                \"Who are you?\" he asked.\n\n\
                \"I'm Mrs. Dale,\" she said, \"from the mill.\"\n\n\
                \"What brings you here?\"\n\n\
                \"The flood.\"";
    let quotes: Vec<_> = extract_quotes(text)
        .into_iter()
        .filter(|q| q.kind != QuoteKind::Indirect)
        .collect();
    let answer = &quotes[7];
    assert_eq!(answer.text, "I'm Mrs. Dale,");
    assert_eq!(answer.rule, Some("self-named"));
    let who: Vec<_> = quotes[6..]
        .iter()
        .map(|q| q.speaker.as_ref().map(|s| s.name.to_string()))
        .collect();
    assert_eq!(
        who,
        [
            Some("Henry".to_string()),
            Some("Mrs. Dale".to_string()),
            Some("Mrs. Dale".to_string()),
            Some("Henry".to_string()),
            Some("Mrs. Dale".to_string()),
        ]
    );
}

#[test]
fn a_person_described_before_who_is_the_speaker() {
    // `tinkerer` is in no role table, but `who` says a person follows the name, and the
    // words she calls herself are hers.
    let text = "The crowd in the yard cheered for Dana Ortiz, the tireless tinkerer who calls \
                herself \"The Spark.\" Ortiz finished the frame in an hour.";
    let quotes = extract_quotes(text);
    assert_eq!(quotes.len(), 1);
    assert_eq!(quotes[0].text, "The Spark.");
    let speaker = quotes[0].speaker.as_ref().unwrap();
    assert_eq!(speaker.mention, "the tireless tinkerer");
    assert_eq!(speaker.name, "Dana Ortiz");
    // A named animal takes `who` as well, and is nobody's voice.
    let text = "The children fed Biscuit, the grey mare who calls herself \"The Queen.\" \
                She ate the apples.";
    assert!(extract_quotes(text)
        .iter()
        .all(|q| q.speaker.as_ref().map_or(true, |s| s.name != "Biscuit")));
}

#[test]
fn a_name_set_beside_any_description_is_the_speaker() {
    // `introducer` and `user` are in no role table; the name set off after them is still
    // the person who speaks, and the one a researcher counts.
    let text = "The loudest cheer came early: \"It is time we had a woman in charge,\" \
                exhorted the mayor's introducer, actress Dana Hill.\n\n\
                \"We are worried,\" wrote another forum user, Ruth Baker.";
    assert_eq!(
        speakers(text),
        [
            Some("Dana Hill".to_string()),
            Some("Ruth Baker".to_string())
        ]
    );
    // A possessive name before the noun: the description is the speaker when no name
    // follows, and a voice is its owner's.
    let text = "\"It is time,\" said Ruiz's introducer.\n\n\"Come in,\" said Hale's voice.";
    assert_eq!(
        speakers(text),
        [
            Some("Ruiz's introducer".to_string()),
            Some("Hale".to_string())
        ]
    );
}

#[test]
fn a_generational_suffix_is_not_the_surname() {
    // `Jr.` and `III` close the full name; the surname before them is what the article
    // goes on to call the person by.
    let text = "Vice President Carl T. Brandt Jr. spoke in Dayton on Monday, and Nora \
                Hale III followed him.\n\n\
                \"We will carry Ohio,\" Mr. Brandt said.\n\n\
                \"The count is close,\" Hale said.";
    assert_eq!(
        speakers(text),
        [
            Some("Carl T. Brandt Jr.".to_string()),
            Some("Nora Hale III".to_string())
        ]
    );
}

#[test]
fn a_possessive_surname_finds_the_full_name_of_someone_given_a_role() {
    // `Voss's reply` is read as a description, so the name index has no entry for `Voss`
    // there; the full name before it is a person's by the role it was given, though its
    // given name is in no table.
    let text = "Her chief of staff, Zenaida Voss, wrote to the board on Monday.\n\n\
                Voss's reply to the mayor: \"Not now.\"";
    assert_eq!(speakers(text), [Some("Zenaida Voss".to_string())]);
}

#[test]
fn a_place_adjective_inside_a_name_run_is_not_the_name() {
    // `South Korean-born` tells where she was born; the name after it is hers, and the
    // surname later finds it, as after a one-word `Ottawa-born`.
    let text = "South Korean-born Mira Tollund runs the bakery on Elm Street.\n\n\
                \"We open at six,\" Tollund said.\n\n\
                New York-based Ana Rusk agreed. \"It is early,\" Rusk said.";
    assert_eq!(
        speakers(text),
        [
            Some("Mira Tollund".to_string()),
            Some("Ana Rusk".to_string())
        ]
    );
}

/// Two women talking by turns, six turns, each tagged with its speaker.
const LOWE_AND_MARSH: &str = "Mrs. Lowe and her friend Petra Marsh sat by the fire all \
                              afternoon.\n\n\
                              “Is it late?” said Mrs. Lowe.\n\n\
                              “Nearly six,” said Petra.\n\n\
                              “Is that rain?” said Mrs. Lowe.\n\n\
                              “It is,” said Petra.\n\n\
                              “It will not stop,” said Mrs. Lowe.\n\n\
                              “It never does in March,” said Petra.\n\n";

#[test]
fn a_pronoun_after_narration_answers_the_partner_of_its_gender() {
    // A line of narration opens the next paragraph, so it is no bare turn, and names no
    // one: `she` is the one Petra answered, not Petra again.
    let text = format!(
        "{LOWE_AND_MARSH}The kettle began to sing on the hob. “Then we shall stay in,” she said."
    );
    assert_eq!(speakers(&text)[6].as_deref(), Some("Mrs. Lowe"));
    // With no partner of her gender, `she` is still the one who spoke last.
    let text = text
        .replace("Mrs. Lowe", "Mr. Lowe")
        .replace("her friend", "his friend");
    assert_eq!(speakers(&text)[6].as_deref(), Some("Petra Marsh"));
}

#[test]
fn a_pronoun_opening_a_paragraph_of_narration_goes_on_about_the_one_just_heard() {
    // The same two women. A paragraph of narration alone, opened by `she`, is no turn: it
    // tells what Petra, just heard, does next, and the words after it are hers.
    let text = format!(
        "{LOWE_AND_MARSH}She took up her cup and carried it to the window.\n\n\
         “Then we shall stay in.”"
    );
    assert_eq!(speakers(&text)[6].as_deref(), Some("Petra Marsh"));
    // Narration that opens on something else has left the turn behind: `she` there is
    // still the one Petra answered.
    let other = text.replace(
        "She took up her cup",
        "The kettle sang, and she took up her cup",
    );
    assert_eq!(speakers(&other)[6].as_deref(), Some("Mrs. Lowe"));
}

#[test]
fn the_owner_of_a_face_that_opens_a_sentence_is_whom_she_stands_for() {
    // Mrs. Lowe sends the girl away. `Petra's chin trembled` tells of Petra, so the `she`
    // who begs next is Petra, not Mrs. Lowe, who spoke last.
    let text = "Mrs. Lowe opened the door only a little way.\n\n\
                “You cannot come in today. Go home, child.”\n\n\
                Petra's chin trembled.\n\n\
                “May I not see Ruth for one minute?” she begged.\n\n\
                “Ruth is out with her father,” said Mrs. Lowe.";
    assert_eq!(
        speakers(text),
        [
            Some("Mrs. Lowe".into()),
            Some("Petra".into()),
            Some("Mrs. Lowe".into())
        ]
    );
    // Petra's aunt is someone else: the sentence is hers, and `she` is not Petra.
    let aunt = text.replace("Petra's chin trembled", "Petra's aunt came up the path");
    assert_ne!(speakers(&aunt)[1].as_deref(), Some("Petra"));
}

/// A story told in the first person: the narrator is the subject of one sentence after
/// another, then watches two others talk.
const HARBOUR: &str = "I woke before the gulls. I dressed in the dark, and I went down to \
                       the harbour. I had not slept much. I walked the length of the wall \
                       twice. I counted the boats. I knew every one of them. I looked for the \
                       Kestrel and did not find her. I sat on a bollard, and I waited.\n\n";

const HARBOUR_TALK: &str = "Marta and Peter came along the wall together.\n\n\
                            “Is the Kestrel in?” said Marta.\n\n\
                            “Not yet,” said Peter.\n\n\
                            “She is late,” said Marta.\n\n\
                            “She is always late,” said Peter.\n\n\
                            “Not like this,” said Marta.\n\n\
                            “No,” said Peter.\n\n\
                            The wind turned. I got up and walked over to Peter.\n\n\
                            “You look tired,” he said.\n\n\
                            “I did not sleep.”";

#[test]
fn a_first_person_narrator_who_joins_the_talk_answers() {
    // After Marta and Peter's exchange the narrator walks over to Peter: the untagged
    // answer to Peter is the narrator's, not Marta's.
    let text = format!("{HARBOUR}{HARBOUR_TALK}");
    let found = speakers(&text);
    assert_eq!(found[6].as_deref(), Some("Peter"));
    assert_eq!(found[7].as_deref(), Some("I"));
    // A story told in the third person, whose one `I` may be a letter's, keeps the
    // exchange between the two who were talking.
    let third = format!("The gulls woke early.\n\n{HARBOUR_TALK}");
    assert_eq!(speakers(&third)[7].as_deref(), Some("Marta"));
}

#[test]
fn a_pronoun_does_not_take_up_a_speaker_of_unknown_gender_a_paragraph_back() {
    // Ashby's gender is never told. A paragraph on, `he` is the man of the exchange who
    // asked, not Ashby, who answered him.
    let text = "Mr. Vance set the ledger on the desk. Across from him sat the clerk, Ashby.\n\n\
                “Is this the March ledger?” said Mr. Vance.\n\n\
                “Yes, sir,” said Ashby.\n\n\
                “Is this your hand?” said Mr. Vance.\n\n\
                “It is not,” said Ashby.\n\n\
                “Whose, then?” said Mr. Vance.\n\n\
                “I could not say,” said Ashby.\n\n\
                The clock struck four. “Then guess,” he said.";
    assert_eq!(speakers(text)[6].as_deref(), Some("Vance"));
}

#[test]
fn a_dash_after_a_finished_quotation_ends_its_sentence() {
    // Older printing runs the narration on after a dash: `Even Mr. Hale ...` opens a
    // sentence of its own, whose subject says the next quote. Not Tom's continuation.
    let text = "\"It is a shock,\" said Tom. \"He will never get over it.\"--Even Mr. Hale \
                frowned, and looked grave, and said, \"It will not do.\"";
    assert_eq!(
        speakers_by_rule(text),
        [
            (Some("Tom".to_string()), Some("quote-verb-speaker")),
            (Some("Tom".to_string()), Some("continuation")),
            (Some("Hale".to_string()), Some("speaker-verb-quote")),
        ]
    );
    // A dash before a lower-case word goes on with the sentence: `"Q."--said he`.
    let text = "Tom sat by the fire.\n\n\"It will not do.\"--said he, rising.";
    assert_eq!(speakers(text), [Some("Tom".to_string())]);
}

#[test]
fn people_named_together_under_one_role_speak_together() {
    // A plural that says what the people are (`lawyers`, `Structural engineers`) stands
    // before their names as `lawyer` stands before one: the names after it speak
    // together, whichever side of the quotation they are on.
    let text = "\"The verdict will be appealed,\" said defence lawyers Irene Kowal and \
                Simon Beaulieu.\n\n\
                \"We expected this,\" lawyers Irene Kowal and Simon Beaulieu said.\n\n\
                Structural engineers Agnes Moyo and Peter Lund wrote that the deck was failing.\n\n\
                Her parents Rosa and Daniel Ferreira said the school had ignored the bullying.";
    let quotes = quotation::extract_quotes(text);
    assert_eq!(
        speaker_names(&quotes),
        [
            "Irene Kowal and Simon Beaulieu",
            "Irene Kowal and Simon Beaulieu",
            "Agnes Moyo and Peter Lund",
            "Rosa and Daniel Ferreira"
        ]
    );
    // The first name need not be a known given name when the plural stands before a pair,
    // though the article also writes the plural in lower case.
    let text = "Councillors Ravindra Malhotra and Beth Orr, who voted against the freeze, \
                warned that the agency faced a shortfall.\n\n\
                The chief financial officer told councillors the cuts were coming.";
    let names: Vec<String> = reported(text).into_iter().map(|r| r.1).collect();
    assert_eq!(names[0], "Ravindra Malhotra and Beth Orr");
    // So do names each followed by a role set beside it by commas: the comma before
    // `and` closes the role, and is no list's comma.
    let text =
        "Irene Kowal, a lawyer, and Simon Beaulieu, a paralegal, said the file was lost.\n\n\
                \"It was lost twice,\" said Agnes Moyo, a clerk, and Peter Lund, her manager.";
    let quotes = quotation::extract_quotes(text);
    assert_eq!(
        speaker_names(&quotes),
        [
            "Irene Kowal and Simon Beaulieu",
            "Agnes Moyo and Peter Lund"
        ]
    );
    // A clause between the commas is no role of the name before it, and a verb after the
    // role ends the speaker: each sentence has one speaker.
    let text = "Senator Ruth Abara, who chairs the committee, spoke first, and Lena Fisk said \
                the bill would pass.\n\n\
                \"We lost,\" said Agnes Moyo, a clerk, and left the room.";
    let quotes = quotation::extract_quotes(text);
    assert_eq!(speaker_names(&quotes), ["Lena Fisk", "Agnes Moyo"]);
}

#[test]
fn a_speech_tag_inside_a_sentence_may_carry_a_phrase_about_the_speaking() {
    // `C1, X said in an interview, C2`: the tag, with its phrase of time, place or hearer,
    // is set off by commas; the report is what comes before it and what goes on after it,
    // not the phrase.
    let cases = [
        (
            "The final bill, Albers said in an interview, was likely to be twice the estimate.",
            ["The final bill", "was likely to be twice the estimate"],
            "Albers",
        ),
        (
            "Bridge tolls for trucks, the minister said on Tuesday, would not rise before \
             the election.",
            [
                "Bridge tolls for trucks",
                "would not rise before the election",
            ],
            "minister",
        ),
        (
            "The ferry schedule, she told reporters, had been cut without notice.",
            ["The ferry schedule", "had been cut without notice"],
            "she",
        ),
        (
            "In the long run, the mayor said, the levy would pay for itself.",
            ["In the long run", "the levy would pay for itself"],
            "mayor",
        ),
    ];
    for (text, parts, speaker) in cases {
        let got: Vec<(&str, String)> = reported(text).into_iter().map(|r| (r.0, r.1)).collect();
        let want = parts.map(|p| (p, speaker.to_string()));
        assert_eq!(got, want, "{text}");
    }
    // Fewer than three words before the tag are a part of the report when they say
    // something, as the subject of the part after (`Tolls`), not a conjunction (`But`).
    let text = "Tolls, the minister said on Tuesday, would not rise before the election.";
    let got: Vec<&str> = reported(text).into_iter().map(|r| r.0).collect();
    assert_eq!(got, ["Tolls", "would not rise before the election"]);
    let text = "But, the minister said on Tuesday, tolls would not rise before the election.";
    let got: Vec<&str> = reported(text).into_iter().map(|r| r.0).collect();
    assert_eq!(got, ["tolls would not rise before the election"]);
    // A clause before the tag is the report when what follows the phrase is no clause: a
    // new clause after `and`, or a phrase set beside the phrase's noun.
    let text = "The warning was ignored for years, Kell wrote in her report, and the cables \
                kept rusting.\n\n\
                Corrosion was found on every cable, engineer Mia Haddad wrote on Span Notes, \
                a blog about bridges.";
    let got: Vec<&str> = reported(text).into_iter().map(|r| r.0).collect();
    assert_eq!(
        got,
        [
            "The warning was ignored for years",
            "Corrosion was found on every cable"
        ]
    );
    // A speech word that does not follow its subject sets off no tag.
    let text = "After the meeting, the union sent a letter with sharp comments about the \
                contract, adding nothing new.";
    assert_eq!(reported(text), []);
}

#[test]
fn a_summary_a_tally_or_exit_polls_are_sources_a_report_cites() {
    // What a story cites for its facts speaks as a body: a summary, a tally, a polling
    // average, results, exit polls, an article, a plea agreement.
    assert_one_report_each(&[
        (
            "The contractor wiped the backups in March, according to the inspector's summary.",
            "The contractor wiped the backups in March",
            "inspector's summary",
        ),
        (
            "Okafor has won 412 delegates so far, according to a tally by the Daily Ledger.",
            "Okafor has won 412 delegates so far",
            "tally",
        ),
        (
            "According to exit polls, younger voters broke for the challenger by a wide margin.",
            "younger voters broke for the challenger by a wide margin",
            "exit polls",
        ),
        (
            "According to the plea agreement, the clerk will repay the stolen funds by June.",
            "the clerk will repay the stolen funds by June",
            "plea agreement",
        ),
    ]);
}

#[test]
fn a_voice_someone_owns_speaks_for_them() {
    // `his voice said` is him speaking, as `her statement said` is her; a voice no one
    // owns stays a voice.
    let text = "Tom Lane waited by the shed. \"Come in,\" his voice said from the dark.\n\n\
                \"Who is there?\" said a voice behind the hedge.";
    assert_eq!(
        speakers(text),
        [
            Some("Tom Lane".to_string()),
            Some("voice behind the hedge".to_string())
        ]
    );
}

#[test]
fn speech_the_narration_reports_is_no_turn_for_the_pronoun_after_it() {
    // Mrs. Grey's words are told, not quoted: the man the narration brought in is still
    // the `he` who answers, not the last man quoted.
    let text = "\"The roads are flooded,\" said Tom Pratt.\n\n\
                Mr. Hale came in and sat by the fire. Mrs. Grey said that the bridge was \
                closed. \"Dreadful,\" he muttered.";
    assert_eq!(
        speakers(text),
        [Some("Tom Pratt".to_string()), Some("Hale".to_string())]
    );
}

#[test]
fn a_verb_before_a_count_is_no_part_of_the_speakers_phrase() {
    // `featured four women who said`: the women speak, not `The clip featured four women`;
    // after a determiner the word is a modifier (`The remaining four members`).
    assert_one_report_each(&[
        (
            "The clip featured four nurses who said the ward had been short-staffed for months.",
            "the ward had been short-staffed for months",
            "nurses",
        ),
        (
            "He posted a video featuring three farmers who said the dam had flooded their fields.",
            "the dam had flooded their fields",
            "farmers",
        ),
        (
            "The remaining four members said the board had acted too slowly.",
            "the board had acted too slowly",
            "remaining four members",
        ),
    ]);
}

#[test]
fn in_a_cleft_the_one_in_focus_speaks() {
    // `It was X who V1 and V2`: the second verb's subject is X, not `it`.
    assert_one_report_each(&[
        (
            "It was Ruiz who opened the meeting and said the plan would fail.",
            "the plan would fail",
            "Ruiz",
        ),
        (
            "It was indeed the mayor who stood up and asked whether the vote was fair.",
            "whether the vote was fair",
            "mayor",
        ),
    ]);
}

#[test]
fn an_indirect_question_is_what_ask_reports() {
    // `asked whether/if/how ...`, with or without a hearer, reports the question.
    assert_one_report_each(&[
        (
            "Councillor Ruiz asked whether the plant would close before winter.",
            "whether the plant would close before winter",
            "Ruiz",
        ),
        (
            "The reporter asked the minister if the ferry would run on Sundays.",
            "if the ferry would run on Sundays",
            "reporter",
        ),
        (
            "Dana Osei asked aides how the vote had slipped away.",
            "how the vote had slipped away",
            "Dana Osei",
        ),
        // A person named by what they are doing when the story meets them.
        (
            "Then a voter asked how the mayor could win back young people.",
            "how the mayor could win back young people",
            "voter",
        ),
    ]);
    // A request or a topic is no question: nothing is reported. (`asked aides to leave`
    // is a directive, reported as one.)
    for text in [
        "Councillor Ruiz asked about the plant on Tuesday.",
        "The city asked the court for a delay in the ruling.",
        "Dana Osei asked for a recount of the ballots.",
        "Dana Osei asked him about the budget and the ferry.",
    ] {
        assert_eq!(reported(text), [], "{text}");
    }
}

#[test]
fn a_verb_of_telling_reports_past_a_phrase_after_its_hearer() {
    // `told X at Y how ...`: the phrase of place or time after the hearer is no part of
    // what was told; a question word or a subject pronoun opens the report.
    assert_one_report_each(&[
        (
            "Nora Diaz is telling voters at the annual gala how she saved the old hotel.",
            "how she saved the old hotel",
            "Nora Diaz",
        ),
        (
            "The coach told reporters at the airport she was proud of the team.",
            "she was proud of the team",
            "coach",
        ),
        // A pronoun right after the preposition opens a clause of time, not the report.
        (
            "Kofi Mensah told the paper before he spoke at the hearing that he would resign.",
            "he would resign",
            "Kofi Mensah",
        ),
        // A bare time after the hearer (`told reporters Tuesday`) is no part of it either.
        (
            "The coach told reporters Tuesday she would stay another season.",
            "she would stay another season",
            "coach",
        ),
        (
            "Nora Diaz asked the council last week whether the ferry could run all winter.",
            "whether the ferry could run all winter",
            "Nora Diaz",
        ),
    ]);
}

#[test]
fn plural_nouns_for_those_who_take_part_speak_as_groups() {
    // `participants`, `respondents`, `delegates`, `migrants`: a plural for people, with
    // no name, is a group that speaks.
    assert_one_report_each(&[
        (
            "Many participants said the party must end the raids to win their votes.",
            "the party must end the raids to win their votes",
            "participants",
        ),
        (
            "Several delegates said they would switch on the second ballot.",
            "they would switch on the second ballot",
            "delegates",
        ),
        (
            "Migrants said the camp had run out of clean water.",
            "the camp had run out of clean water",
            "Migrants",
        ),
    ]);
}

#[test]
fn a_department_word_inside_a_body_name_makes_no_office() {
    // `Health`, `Energy`, `Defense`: after capitalized words of no office, and with no
    // person's name after it, a department word is part of the body's name, and the body
    // speaks as itself, not as the person who once held a post there.
    let text = "Calder Health chief executive Martin Kessler resigned in March.\n\n\
                Calder Health said it would co-operate fully with investigators.\n\n\
                The Northern Energy Agency said the pipeline was safe.";
    let names: Vec<String> = reported(text).into_iter().map(|r| r.1).collect();
    assert_eq!(names, ["Calder Health", "Northern Energy Agency"]);
    // A department word before an office, or before a person's name, still makes the
    // office: the person speaks.
    let text = "Ontario Health Minister Carla Benoit said the plan would work.\n\n\
                Harbour City Public Advocate Trish Olsen said the plan would fail.";
    let names: Vec<String> = reported(text).into_iter().map(|r| r.1).collect();
    assert_eq!(names, ["Carla Benoit", "Trish Olsen"]);
}

#[test]
fn stations_and_departments_joined_by_and_are_whole_body_names() {
    // A station speaks as itself (`Radio` ends the name as `Agency` does), and a
    // department's name may join two of its words with `and`.
    let text = "\"Call us back next week,\" Harbour Public Radio said in a post.\n\n\
                The state's Science and Technology Directorate said the tower was safe.\n\n\
                Infrastructure Canada said the bridge money had been approved.";
    let names: Vec<String> = quotation::extract_quotes(text)
        .into_iter()
        .map(|q| q.speaker.unwrap().name.to_string())
        .collect();
    assert_eq!(
        names,
        [
            "Harbour Public Radio",
            "Science and Technology Directorate",
            "Infrastructure Canada"
        ]
    );
    // Before a person's name, the same words make an office or a role: the person speaks.
    let text = "\"We will fund the labs,\" Science Minister Kirsty Lund said.\n\n\
                \"Nobody listens to us,\" radio host Dale Finch said on Tuesday.";
    let names: Vec<String> = quotation::extract_quotes(text)
        .into_iter()
        .map(|q| q.speaker.unwrap().name.to_string())
        .collect();
    assert_eq!(names, ["Kirsty Lund", "Dale Finch"]);
}

#[test]
fn what_someone_said_is_reported_only_as_part_of_a_clause() {
    // `what the mayor said was ...`: `what` is the subject of the clause she said, and the
    // clause is reported; so is `what engineers say they need`, with `what` its object.
    let cases = [
        (
            "The council cut what the mayor said was the city's best youth program.",
            "was the city's best youth program",
            "mayor",
        ),
        (
            "The grant covers less than half of what engineers say they need every year.",
            "they need every year",
            "engineers",
        ),
    ];
    assert_one_report_each(&cases);
    // `what he said about parking fees`: what he said is `what`, and the words after the
    // verb are about it, not his.
    for text in [
        "Several pledges, including what he said about parking fees, serve no clear agenda.",
        "Nobody wrote down what the chair said when the vote failed.",
    ] {
        assert!(reported(text).is_empty(), "{text}: {:?}", reported(text));
    }
}

#[test]
fn a_pronoun_and_an_auxiliary_before_a_modal_end_the_report() {
    // `says they will could sway`: no verb phrase holds an auxiliary and then a modal, so
    // the report ended at `they will`, its verb left out, too short to report.
    let text = "Estimates that the repairs cost less than the city says they will could \
                sway the vote.";
    assert!(reported(text).is_empty(), "{:?}", reported(text));
    // After a noun, `is` may end a clause inside the subject of the modal: the report
    // goes on.
    let text = "The paper said whoever the next mayor is should visit the site first.";
    let got: Vec<&str> = reported(text).into_iter().map(|r| r.0).collect();
    assert_eq!(
        got,
        ["whoever the next mayor is should visit the site first"]
    );
    let text = "The city says they will finish the repairs by May.";
    let got: Vec<&str> = reported(text).into_iter().map(|r| r.0).collect();
    assert_eq!(got, ["they will finish the repairs by May"]);
}

#[test]
fn a_subject_pronoun_is_no_one_named_in_its_own_clause() {
    // `He insisted Vance had ...`: the name inside the clause `he` governs is someone
    // else, though Vance is the last man named before it.
    let text = "The developer's lawyer, Ben Ortiz, filed the appeal on Monday. Judge Omar \
                Vance had ruled against his client in March.\n\n\
                He insisted Vance had \"ignored the evidence\" in the case.";
    let q = quotation::extract_quotes(text);
    let marked: Vec<_> = q
        .iter()
        .filter(|q| q.text == "ignored the evidence")
        .collect();
    assert_eq!(marked.len(), 1);
    let s = marked[0].speaker.as_ref().unwrap();
    assert_eq!((s.mention, s.name.as_ref()), ("He", "Ben Ortiz"));
    // A possessive governs nothing: `his` may be the man the clause names.
    let text = "Omar Vance spoke to reporters on Monday.\n\n\
                His office said Vance would \"take this as far as it goes.\"";
    let q = quotation::extract_quotes(text);
    let s = q[0].speaker.as_ref().unwrap();
    assert_eq!(s.name.as_ref(), "Omar Vance's office");
}

#[test]
fn a_line_break_inside_a_paragraph_does_not_end_a_pronouns_clause() {
    // A hard-wrapped novel breaks `glared at Jonah` over two lines. The clause still runs
    // on: the `he` who glared is not Jonah, so neither is the `he` who goes on speaking,
    // though Jonah is the last man the narration made a subject.
    let text = "Jonah Pell walked into the shed with Tomas Reyes behind him. Jonah set \
                the lamp down on the bench.\n\n\
                He turned and glared at\n\
                Jonah, and then at the lamp. \"You left the gate open,\" he said.";
    let q = quotation::extract_quotes(text);
    assert_eq!(q.len(), 1);
    let s = q[0].speaker.as_ref().unwrap();
    assert_eq!((s.mention, s.name.as_ref()), ("he", "Tomas Reyes"));
}

#[test]
fn a_name_that_it_was_presents_is_whom_the_next_he_goes_on_about() {
    // `it was Tomas Reyes` brings him in as the narration's subject; the `He` after it,
    // and the `he` of the quote, are him, not the man last made a subject by name.
    let text = "Jonah Pell had gone out to the yard an hour before. Mara heard steps on \
                the stair, and saw that it was Tomas Reyes. He came down slowly, one hand \
                on the rail. \"You are late,\" he said.";
    let q = quotation::extract_quotes(text);
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].speaker.as_ref().unwrap().name.as_ref(), "Tomas Reyes");
    // Not a name `it was` puts before a noun it owns: the coat is the thing presented.
    let text = "Jonah Pell had gone out to the yard an hour before. Mara saw that it was \
                Tomas Reyes's coat on the peg. He came in a moment later. \"You are late,\" \
                he said.";
    let q = quotation::extract_quotes(text);
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].speaker.as_ref().unwrap().name.as_ref(), "Jonah Pell");
}

#[test]
fn a_speech_verb_joined_on_gives_the_partial_quote_and_report_a_speaker() {
    // A match report: the manager's second verb, after `but` or `and`, carries the quoted
    // words; they are hers, and no scare quote to drop.
    let text = "Rovers manager Ffion Hale praised her players but warned there was \"a lot \
                to work on\" before the cup tie.\n\n\
                Her captain, Callum Ashdown, thanked the travelling fans and said the squad \
                would \"regroup and go again.\"";
    let marked = extract_quotes(text);
    let got = said_by(&marked);
    assert_eq!(
        got,
        [
            ("a lot to work on", "Ffion Hale".to_string()),
            ("regroup and go again.", "Callum Ashdown".to_string()),
        ]
    );
    // Each report is the clause of its own verb, not the noun object of the first joined
    // on to it (`the travelling fans and said ...`).
    let got: Vec<(&str, String)> = reported(text).into_iter().map(|r| (r.0, r.1)).collect();
    assert_eq!(
        got,
        [
            (
                "there was \"a lot to work on\" before the cup tie",
                "Ffion Hale".to_string()
            ),
            (
                "the squad would \"regroup and go again.\"",
                "Callum Ashdown".to_string()
            ),
        ]
    );
}

#[test]
fn a_quotation_counts_for_its_words_in_a_report() {
    // `there was` alone is too short to be a report, but the quoted words make it one.
    assert_one_report_each(&[
        (
            "Hale said there was \"a lot to work on\".",
            "there was \"a lot to work on\"",
            "Hale",
        ),
        ("Hale said it was \"brutal\".", "it was \"brutal\"", "Hale"),
    ]);
    // A short clause with a one-word quote is still no report.
    assert!(reported("Hale said \"no\" twice.").is_empty());
}

#[test]
fn a_participle_after_a_verb_in_the_past_describes_its_object() {
    // `ignored repeated warnings`: `repeated` is no speech verb here, and the sentence
    // reports nothing.
    let text = "A landlord who ignored repeated warnings about the roof was fined on Thursday.";
    assert!(reported(text).is_empty(), "{:?}", reported(text));
    // As the verb, after its subject or an auxiliary, it reports.
    assert_one_report_each(&[
        (
            "The mayor repeated that the bridge would close in May.",
            "the bridge would close in May",
            "mayor",
        ),
        (
            "The mayor had repeated that the bridge would close in May.",
            "the bridge would close in May",
            "mayor",
        ),
    ]);
}

#[test]
fn a_description_reporting_with_she_is_the_woman_she_picks_up() {
    // A court story: the judge is the last woman named, but the tenant said `she` of
    // herself, so the `she` of the next quote is the tenant.
    let text = "Justice Lorraine Beaudry ordered the landlord to pay the costs. She said he \
                had shown \"a casual disregard\" for his tenants.\n\n\
                Outside court, the tenant, who asked not to be named, said she was relieved \
                it was over.\n\n\
                \"I still do not sleep well,\" she said.";
    let q = extract_quotes(text);
    let last = q.last().unwrap();
    assert_eq!(last.text, "I still do not sleep well,");
    let speaker = last.speaker.as_ref().unwrap();
    assert_eq!(
        (speaker.name.as_ref(), speaker.gender),
        ("tenant", Some(Gender::Female))
    );
    // A description's own noun tells its gender before the pronoun of the report does:
    // the spokeswoman speaks of the mayor.
    let text = "A spokeswoman for the mayor said he would not attend the hearing.";
    let all = quotation::extract_quotes(text);
    let speaker = all[0].speaker.as_ref().unwrap();
    assert_eq!(speaker.gender, Some(Gender::Female));
}

#[test]
fn an_accusation_in_marks_is_the_accuser_s() {
    // A strike story: `accused X of "Q"` puts the charge in the accuser's words.
    let text = "The drivers' union, which represents about 300 crews, accused the \
                council of \"dragging its feet\" over pay.\n\n\
                Regional organiser Shona MacBride accused council leaders of \"hiding behind \
                consultants.\"";
    let got = said_by(&extract_quotes(text));
    assert_eq!(
        got,
        [
            ("dragging its feet", "drivers' union".to_string()),
            ("hiding behind consultants.", "Shona MacBride".to_string()),
        ]
    );
}

#[test]
fn a_front_runner_set_off_by_an_adverb_and_participle_is_the_speaker() {
    // `front-runner` is a title like `nominee`, and `also campaigning in Ohio` is an aside
    // between the speaker and the verb, as `campaigning in Ohio` is.
    let text = "Democratic front-runner Ana Ruiz, also campaigning in Ohio, said the governor \
                was responsible and accused him of \"stoking anger.\"";
    let all = quotation::extract_quotes(text);
    let got: Vec<(&str, &str, String)> = all
        .iter()
        .map(|q| {
            let s = q.speaker.as_ref().unwrap();
            (q.text, s.mention, s.name.to_string())
        })
        .collect();
    let ruiz = |text| {
        (
            text,
            "Democratic front-runner Ana Ruiz",
            "Ana Ruiz".to_string(),
        )
    };
    assert_eq!(
        got,
        [
            ruiz("the governor was responsible and accused him of \"stoking anger.\""),
            ruiz("stoking anger."),
        ]
    );
}

#[test]
fn a_headline_quote_is_the_bare_role_s_after_says() {
    // A UK match report's headline: the words in single marks are the assistant's.
    let text = "Harbour Town boss 'not surprised' by late collapse, says assistant\n\n\
                Harbour Town let slip a two-goal lead at Millbrook on Saturday.";
    let got = said_by(&extract_quotes(text));
    assert_eq!(got, [("not surprised", "assistant".to_string())]);
}

#[test]
fn a_described_speaker_has_the_gender_of_the_noun_before_for() {
    // The head of `a spokeswoman for the board` is `spokeswoman`, not `board`; a headline's
    // bare role noun after `says` tells its gender as `the spokeswoman` does.
    let text = "Harbour board 'will not back down' on fees, says spokeswoman\n\n\
                \"We have been clear with every operator,\" a spokeswoman for the board said \
                on Tuesday.\n\n\
                \"Fees pay for the dredging,\" said a chairman of the finance committee.";
    let got: Vec<(&str, Option<Gender>)> = quotation::extract_quotes(text)
        .iter()
        .map(|q| (q.text, q.speaker.as_ref().unwrap().gender))
        .collect();
    assert_eq!(
        got,
        [
            ("will not back down", Some(Gender::Female)),
            (
                "We have been clear with every operator,",
                Some(Gender::Female)
            ),
            ("Fees pay for the dredging,", Some(Gender::Male)),
        ]
    );
}

#[test]
fn a_household_name_for_a_person_tells_a_gender() {
    // `said nanny`, `said mother`: a role noun read as a name keeps the gender it tells.
    let text = "\"Boots off at the door,\" said nanny. \"All of you.\"\n\n\
                \"Where is your father?\" said mother.";
    let got: Vec<(&str, Option<Gender>)> = quotation::extract_quotes(text)
        .iter()
        .map(|q| {
            let s = q.speaker.as_ref().unwrap();
            (s.mention, s.gender)
        })
        .collect();
    assert_eq!(
        got,
        [
            ("nanny", Some(Gender::Female)),
            ("nanny", Some(Gender::Female)),
            ("mother", Some(Gender::Female)),
        ]
    );
}

#[test]
fn a_modal_after_two_unknown_name_words_is_a_surname() {
    // Burmese names have no given name the tables know: `May` third in the run is the
    // name's, not a modal or a month. A date's number, or a headline's next capital,
    // keeps it out.
    let text = "Soe Lwin May, 58, a teacher in the delta, said the closures \"will empty the \
                villages.\"\n\n\
                Protesters marched in Bago Region May 5, and Tun Aung said the army \"cannot \
                hold the roads.\"";
    let got = said_by(&extract_quotes(text));
    assert_eq!(
        got,
        [
            ("will empty the villages.", "Soe Lwin May".to_string()),
            ("cannot hold the roads.", "Tun Aung".to_string()),
        ]
    );
}

#[test]
fn a_sentence_ending_in_a_decimal_is_not_the_next_one_s_report() {
    // `According to X, C` reports the sentence it opens; the figure that ends the sentence
    // before it, `$2.6bn.`, ends that sentence and keeps it out of the report.
    let text = "The company cut its revenue forecast to $2.1bn, from $2.6bn. According to \
                finance chief Marco Bellini, about a third of the shortfall came from one \
                customer.";
    let got = reported(text);
    assert_eq!(
        got,
        [(
            "about a third of the shortfall came from one customer",
            "Marco Bellini".to_string(),
            "indirect-according-to"
        )]
    );
}

#[test]
fn someone_s_lawyer_or_husband_in_the_news_is_a_new_speaker() {
    // `His lawyer said` after an inspector's statement is the driver's lawyer, and `Her
    // husband told reporters` is the cyclist's: neither is whoever spoke last.
    let text = "\"This was an avoidable collision,\" Inspector Rachel Denby said.\n\n\
                One cyclist, a 52-year-old woman, remains in hospital. Her husband told \
                reporters she was \"in good spirits.\"\n\n\
                The driver is due in court on Monday. His lawyer said he would ask the public \
                \"not to rush to judgment.\"";
    let got = said_by(&extract_quotes(text));
    assert_eq!(
        got,
        [
            (
                "This was an avoidable collision,",
                "Rachel Denby".to_string()
            ),
            ("in good spirits.", "husband".to_string()),
            ("not to rush to judgment.", "lawyer".to_string()),
        ]
    );
}

#[test]
fn a_description_nobody_holds_is_the_speaker_named_nearby_or_itself() {
    // `the lanky professor` is Brandt, quoted before and named in the paragraph before;
    // `the witness`, four paragraphs after anyone was named, is someone new.
    let text =
        "Hal Brandt has studied sleep for 30 years. \"Most of us are tired,\" Brandt said.\n\n\
                Brandt now runs a clinic in Leeds.\n\n\
                \"We nap too little,\" the lanky professor said.\n\n\
                The clinic burned down on Friday night.\n\n\
                Fire crews were on the scene within minutes.\n\n\
                The cause is not yet known.\n\n\
                \"It spread very fast,\" the witness said.";
    let got = said_by(&extract_quotes(text));
    assert_eq!(
        got,
        [
            ("Most of us are tired,", "Hal Brandt".to_string()),
            ("We nap too little,", "Hal Brandt".to_string()),
            ("It spread very fast,", "witness".to_string()),
        ]
    );
}

#[test]
fn a_lede_s_description_is_not_a_holder_of_another_qualifier_named_later() {
    // A lede's `the mayor` is the mayor the article names later; its `the Republican
    // front-runner` is not the `Democratic front-runner` it names later.
    let mayor = "\"We will finish the bridge,\" the mayor said on Monday.\n\n\
                 Mayor Linda Okonkwo has promised the bridge since 2019.";
    let runner = "\"Nobody believes that any more,\" the Republican front-runner said.\n\n\
                  Democratic front-runner Ana Ruiz did not comment.";
    assert_eq!(
        said_by(&extract_quotes(mayor)),
        [("We will finish the bridge,", "Linda Okonkwo".to_string())]
    );
    assert_eq!(
        said_by(&extract_quotes(runner)),
        [(
            "Nobody believes that any more,",
            "Republican front-runner".to_string()
        )]
    );
}

#[test]
fn a_phrase_of_manner_or_a_date_is_no_part_of_the_speaker() {
    // `with a sigh` tells how someone spoke, not whom they speak for; a day's number
    // after a month is a date, not a count of people; `old` describes the noun after it.
    let text = "On June 3 rescue crews said the bridge was \"too weak to cross.\"\n\n\
                \"We waited all night,\" the old pilot with a grin replied.\n\n\
                \"Then go home,\" said his uncle with a sigh, \"and sleep.\"\n\n\
                \"It held,\" a nurse with the clinic said.";
    let quotes = extract_quotes(text);
    let mentions: Vec<(&str, &str)> = quotes
        .iter()
        .filter(|q| q.kind != QuoteKind::Indirect)
        .map(|q| (q.text, q.speaker.as_ref().unwrap().mention))
        .collect();
    assert_eq!(
        mentions,
        [
            ("too weak to cross.", "rescue crews"),
            ("We waited all night,", "the old pilot"),
            ("Then go home,", "his uncle"),
            ("and sleep.", "his uncle"),
            ("It held,", "a nurse with the clinic"),
        ]
    );
}

#[test]
fn a_headline_s_role_noun_is_no_one_s_name() {
    // `Man` and `Woman` open headlines as nouns; the `he` and `she` after them are the
    // people the stories describe.
    let text = "Man charged after crash on Route 9\n\n\
                A driver from Elmford was charged on Tuesday after a crash that closed \
                Route 9 for six hours.\n\n\
                \"I never saw the sign,\" he told officers, according to the report.\n\n\
                Woman, 84, rescued from flooded basement\n\n\
                A retired teacher was pulled from her flooded basement on Sunday. \"The \
                water came up so fast,\" she said.";
    assert_eq!(
        speaker_names(&extract_quotes(text)),
        ["driver", "retired teacher"]
    );
}

#[test]
fn a_relative_clause_after_its_subject_reports_up_to_its_closing_comma() {
    let cases: &[(&str, &str, &str)] = &[
        (
            "Councillor Ines Varga, who said the bridge was unsafe, voted against the budget.",
            "the bridge was unsafe",
            "Ines Varga",
        ),
        // The reported clause's own verb after a comma is not the subject's.
        (
            "Ana Ruiz, who said the mayor, and the council in particular, had failed the \
             town, resigned on Monday.",
            "the mayor, and the council in particular, had failed the town",
            "Ana Ruiz",
        ),
    ];
    assert_one_report_each(cases);
    // `proposed the cut` has a noun object: the verb after the comma is the subject's,
    // and reports nothing.
    assert_eq!(
        reported("Tom Hale, who had proposed the cut to save money, voted against it."),
        []
    );
    // A word of time between the verb and `that`.
    assert_one_report_each(&[(
        "Her father said afterward that the family was relieved.",
        "the family was relieved",
        "father",
    )]);
}

#[test]
fn a_participle_set_off_after_its_subject_reports_up_to_its_closing_comma() {
    // The sentence's own verb after the closing comma is the subject's act, not what
    // the participle reports.
    let got = reported(
        "The fire chief, warning residents the storm would turn north, closed the \
         marina at noon.",
    );
    assert_eq!(
        got,
        [(
            "the storm would turn north",
            "fire chief".to_string(),
            "indirect-tell"
        )]
    );
}

#[test]
fn an_interview_s_answers_are_the_person_its_introduction_names() {
    // No answer has a tag; the introduction names the one interviewed, and the
    // questions between the answers are the interviewer's, who quotes someone else in
    // one of them.
    let text = "Five minutes with sprinter Ruth Adeyemi\n\n\
                A year after a fall that broke her wrist, Ruth Adeyemi is back on the \
                track. We spoke to Adeyemi before the indoor season.\n\n\
                How is the wrist?\n\n\
                \"Stiff in the mornings. Fine once I warm up.\"\n\n\
                Your coach, Tom Hale, called you \"stubborn as a mule.\" Is he right?\n\n\
                \"He's being polite. I'm worse.\"";
    let quotes = extract_quotes(text);
    let answers: Vec<(&str, String)> = quotes
        .iter()
        .filter(|q| q.kind == QuoteKind::Direct)
        .map(|q| (q.text, q.speaker.as_ref().unwrap().name.to_string()))
        .collect();
    assert_eq!(
        answers,
        [
            (
                "Stiff in the mornings. Fine once I warm up.",
                "Ruth Adeyemi".to_string()
            ),
            ("He's being polite. I'm worse.", "Ruth Adeyemi".to_string()),
        ]
    );
}

#[test]
fn a_body_s_officer_is_no_one_who_spoke_before() {
    // `its` stands for a body: its spokesman is not the last person quoted.
    let text = "Lindqvist Marine said on Monday that it would close two yards. \
                \"The order book is empty,\" said Pia Norberg, a union steward.\n\n\
                \"We regret the decision,\" its spokesman said.";
    let quotes = extract_quotes(text);
    assert_eq!(
        said_by(&quotes),
        [
            ("The order book is empty,", "Pia Norberg".to_string()),
            ("We regret the decision,", "spokesman".to_string()),
        ]
    );
}

#[test]
fn the_one_quoted_as_saying_a_phrase_said_it() {
    // The paper only reports the phrase; the official it quotes said it. In a relative
    // clause too, where the quoting verb's subject is a `which`.
    let text = "The Harbor Ledger quoted a county official as saying the count was \
                \"nearly done.\" The story ran on the site of the Ledger, which quoted \
                a poll worker as saying that the machines had been \"acting up for weeks.\"";
    let quotes = extract_quotes(text);
    assert_eq!(
        said_by(&quotes),
        [
            ("nearly done.", "county official".to_string()),
            ("acting up for weeks.", "poll worker".to_string()),
        ]
    );
}

#[test]
fn a_person_described_by_origin_is_the_subject_before_a_quote() {
    // `the Norwegian` is the coach just named; `the British` would be a whole people.
    let text = "Coach Ingrid Solberg said her team had been unlucky.\n\n\
                Asked whether she would resign, the Norwegian smiled. \"Not this week.\"\n\n\
                Fans waited by the Citroën. The British were less patient. \"It is time for a change.\"";
    let quotes = extract_quotes(text);
    let got: Vec<(&str, Option<String>)> = quotes
        .iter()
        .map(|q| (q.text, q.speaker.as_ref().map(|s| s.name.to_string())))
        .collect();
    assert_eq!(
        got,
        [
            ("Not this week.", Some("Ingrid Solberg".to_string())),
            ("It is time for a change.", None),
        ]
    );
}

#[test]
fn a_team_named_by_its_city_is_no_one_who_speaks() {
    // `Calgary answered` is the team's play, and `Calgary Flames` no person: the rookie
    // who speaks is someone the article has not named as such.
    let text = "Lena Ostrova scored twice as the Winnipeg Jets beat the struggling Calgary \
                Flames 5-2 on Friday.\n\n\
                Calgary answered late in the second period when Pike scored his first goal \
                of the season.\n\n\
                \"It's a strange feeling to score in a game like that,\" said the rookie \
                winger.";
    let quotes = extract_quotes(text);
    assert_eq!(
        said_by(&quotes),
        [(
            "It's a strange feeling to score in a game like that,",
            "rookie winger".to_string()
        )]
    );
}

#[test]
fn a_document_speaks_for_whoever_issued_it() {
    // A participle of issuing may stand between the document and its author; one of
    // holding may not (the paper that obtained the memo did not write it).
    let text = "\"We will appeal,\" said a statement released by the Harbor Authority.\n\n\
                A letter signed by the nursing staff called the cuts \"reckless.\"\n\n\
                A memo obtained by the Ledger said the plant was \"unsafe.\"";
    let quotes = extract_quotes(text);
    assert_eq!(
        said_by(&quotes),
        [
            ("We will appeal,", "Harbor Authority".to_string()),
            ("reckless.", "nursing staff".to_string()),
            ("unsafe.", "memo".to_string()),
        ]
    );
}

#[test]
fn a_description_before_a_name_with_its_affiliation_styles_that_person() {
    // The name is followed by `of` and where the person works; the description still
    // names them, though a study was mentioned before.
    let text = "Commuters who cycle report fewer sick days, according to a survey released \
                Tuesday.\n\n\
                \"The gap surprised us,\" said the survey's lead author, Dr. Tomas Brandt of \
                the Lakeside Institute.";
    let quotes = extract_quotes(text);
    assert_eq!(
        said_by(&quotes),
        [("The gap surprised us,", "Tomas Brandt".to_string())]
    );
}

#[test]
fn a_nickname_in_marks_is_no_part_of_the_speaker_s_name() {
    // The nickname is no quotation, and the person is counted under one name whether
    // the article writes it or not.
    let text = "\"We ran out of road,\" said Marcus \"Bricks\" Delaney, the team's captain.\n\n\
                \"Next year,\" Delaney said.";
    let quotes = extract_quotes(text);
    assert_eq!(
        said_by(&quotes),
        [
            ("We ran out of road,", "Marcus Delaney".to_string()),
            ("Next year,", "Marcus Delaney".to_string()),
        ]
    );
}

#[test]
fn a_body_s_description_takes_the_name_set_beside_it() {
    // The group's own name, set off by commas after its description, is who spoke.
    let text = "The ferry operators' trade group, the Coastal Shipping Council, said in a \
                statement that it backed \"sensible limits\" on crossings.";
    let quotes = extract_quotes(text);
    assert_eq!(
        said_by(&quotes),
        [("sensible limits", "Coastal Shipping Council".to_string())]
    );
}

#[test]
fn the_name_in_a_quote_s_tag_is_the_subject_the_next_paragraph_goes_on_about() {
    // `'Q,' Ferrand told Sky Sports.` makes Ferrand the subject of its clause, so `the
    // Spaniard` in the next paragraph is him.
    let text = "City lost 2-0 at home on Saturday.\n\n\
                'We were second to every ball,' Luis Ferrand told Sky Sports.\n\n\
                Asked whether he had lost the dressing room, the Spaniard laughed. \
                'No. They are good boys.'";
    let quotes = extract_quotes(text);
    assert_eq!(
        speaker_names(&quotes),
        ["Luis Ferrand".to_string(), "Luis Ferrand".to_string()]
    );
}

#[test]
fn a_chapter_heading_makes_a_short_scene_a_dialogue() {
    // Too few tagged turns to show a dialogue by themselves; the chapter heading says the
    // text is a story, so the untagged replies are turns. `Chapter 11` in a business
    // story, which goes on in lower case, is no heading.
    let scene = "CHAPTER IV\n\n\
                 Edmund found his sister by the fire.\n\n\
                 \"You are late,\" said Harriet.\n\n\
                 \"The road was a river.\"\n\n\
                 \"This is Mr. Ashby,\" she said. \"He has come about the mill.\"\n\n\
                 \"To buy it.\"";
    let quotes = extract_quotes(scene);
    let names: Vec<Option<String>> = quotes
        .iter()
        .map(|q| q.speaker.as_ref().map(|s| s.name.to_string()))
        .collect();
    assert_eq!(names[0].as_deref(), Some("Harriet"));
    assert_eq!(names[1].as_deref(), Some("Edmund"), "{names:?}");
    let business = "Chapter 11 filings rose in May.\n\n\
                    \"We saw it coming,\" said Ana Ruiz, a bankruptcy lawyer.\n\n\
                    \"Rates did it.\"";
    let quotes = extract_quotes(business);
    assert_eq!(speaker_names(&quotes), ["Ana Ruiz", "Ana Ruiz"]);
}

#[test]
fn a_second_relative_clause_joined_by_and_is_stepped_over_to_the_subject() {
    // `, and who asked not to be named ...,` is set off like the clause before it: the
    // courier speaks, and `she` next is the courier, not the manager quoted first.
    let text = "\"Volumes are up,\" said Carla Benn, the depot manager.\n\n\
                A courier who has worked at the depot since 2019, and who asked not to be \
                named because she feared losing her route, said shifts had been cut \
                \"without a word of warning.\"\n\n\
                \"We found out from the app,\" she said.";
    let reports = reported(text);
    assert_eq!(reports.len(), 1, "{reports:?}");
    assert_eq!(reports[0].1, "courier");
    assert_eq!(
        speaker_names(&extract_quotes(text)),
        ["Carla Benn", "courier", "courier"]
    );
    // A clause about a thing (`, and which`) sets off no speaker.
    let plant = "The plant, which employs 300 people, and which opened in 1990, said it \
                 would close.";
    assert!(reported(plant).is_empty(), "{:?}", reported(plant));
}

#[test]
fn he_after_a_name_the_document_titled_with_an_honorific_of_either_sex_is_that_name() {
    // `Dr. Haddad` shows Haddad a person though `Dr.` tells no sex; so `Haddad` opening a
    // sentence, and the subject of a clause opening one, is whom the next `he` stands for,
    // not the man who just spoke.
    for narration in [
        "Haddad could not answer. He went to the window.",
        "Since Haddad had no answer, he went to the window.",
    ] {
        let text = format!(
            "Greaves and Dr. Haddad sat in the surgery.\n\n\
             \"Who signed for the morphine?\" asked Greaves.\n\n\
             {narration} \"Not I.\""
        );
        let quotes = extract_quotes(&text);
        assert_eq!(speaker_names(&quotes), ["Greaves", "Haddad"], "{narration}");
    }
}

#[test]
fn a_parent_child_sibling_or_spouse_bears_the_family_name_of_whose_kin_they_are() {
    // `her father` of Ellen Marsh is the man named Marsh (`Mr. Marsh`, indexed as `Marsh`),
    // not a bare `father`.
    let text = "Rain had kept the family indoors all week. Ellen Marsh sat by the window \
                with a book she was not reading. Mr. Marsh came in from the yard, shaking \
                the water from his hat.\n\n\
                \"Is there any tea left?\" he asked.\n\n\
                \"There is a pot on the stove, papa,\" said Ellen.\n\n\
                \"The roads are under water from here to the mill,\" said her father.";
    assert_eq!(
        speaker_names(&extract_quotes(text)),
        ["Marsh", "Ellen Marsh", "Marsh"]
    );
    // Of two men of the name, the one who has been speaking: her husband, not his late
    // father whose will lies on the table.
    let text = "Robert Pike came home late from the mill. \"The looms are down again,\" \
                he said.\n\n\
                Mrs. Pike looked up from the ledger. Beside it lay the will of old Walter \
                Pike, open at the page about the mill.\n\n\
                \"Your father left it in a poor way,\" she said.\n\n\
                \"He left it as he found it,\" said her husband.";
    assert_eq!(
        speaker_names(&extract_quotes(text)),
        ["Robert Pike", "Mrs. Pike", "Robert Pike"]
    );
    // An aunt is as often of another family: no Marsh is read for her.
    let text = "Ellen Marsh sat by the window. Mrs. Marsh was out.\n\n\
                \"You will spoil your eyes,\" said her aunt.";
    assert_eq!(speaker_names(&extract_quotes(text)), ["aunt"]);
}

#[test]
fn she_is_followed_back_through_a_dozen_sentences_that_have_her_as_subject() {
    // Eight sentences over five paragraphs keep Nora the subject; Ada Moss, named on the
    // way as the writer of a letter, is not whom the last `she` stands for.
    let text = "\"Do not sit up too late, Nora,\" said Mrs. Crane from the stairs.\n\n\
                Nora Vail did not answer. She stayed by the fire.\n\n\
                She read the letter from Ada Moss again. She turned it over.\n\n\
                She read the other side. She put it down.\n\n\
                She looked at the clock. She rose.\n\n\
                She went to the window. She drew back the curtain.\n\n\
                \"It is snowing,\" she said.";
    assert_eq!(
        speaker_names(&extract_quotes(text)),
        ["Mrs. Crane", "Nora Vail"]
    );
}

#[test]
fn a_title_alone_calls_its_holder_who_answers_as_he() {
    // `"General," I replied` calls the man the story names the General; the `he` who
    // answers is him, not the other man in the room.
    let text = "The General came into my room without knocking. De Griers was behind him.\n\n\
                \"You will apologise to the Baron,\" said the General.\n\n\
                \"General,\" I replied, \"I have done nothing that needs an apology.\"\n\n\
                \"For pity's sake, do be reasonable!\" he muttered.";
    let quotes = extract_quotes(text);
    assert_eq!(quotes.len(), 4, "{quotes:?}");
    assert_eq!(quotes[3].speaker.as_ref().unwrap().name, "General");
}

#[test]
fn a_name_once_seen_speaking_is_the_person_a_later_he_stands_for() {
    // `Okonkwo said` shows Okonkwo a person, though the name tells no sex and nothing
    // since has called him `he`: so where he walks over and `He` holds a letter, that
    // `He` is Okonkwo, not Robert, who spoke last.
    let text = "\"Two coffees,\" Okonkwo said, and went back to the bar.\n\n\
                \"You could bet on it,\" Bill said.\n\n\
                \"I would rather not,\" Robert said.\n\n\
                Okonkwo walked over with the post. He had a letter in his hand. \"It is for you.\"";
    assert_eq!(
        speaker_names(&extract_quotes(text)),
        ["Okonkwo", "Bill", "Robert", "Okonkwo"]
    );
    // Not a place the document has put after `in`: `Dorrow` that once `whispered` is
    // still the town, and the `He` is the last man who spoke.
    let text = "Ann grew up in Dorrow. Dorrow whispered of her for years.\n\n\
                \"I would rather not,\" Robert said.\n\n\
                Dorrow lay under snow. He had a letter in his hand. \"It is for you.\"";
    assert_eq!(speaker_names(&extract_quotes(text)), ["Robert", "Robert"]);
}

#[test]
fn a_voice_heard_calling_is_no_call_by_the_one_who_hears_it() {
    // `Maud ... heard a thin voice calling "Maud"`: the voice calls, not Maud; so Maud is
    // the `she` who answers it, not the woman her call would have answered.
    let text = "\"I will say I am sorry,\" said Ann.\n\n\
                Tom had gone out to the field. Maud herself, coming back to the house, was \
                surprised to hear a thin voice calling, \"Maud\" from the landing.\n\n\
                \"Well?\" she called, stepping into the hall.";
    let quotes = extract_quotes(text);
    assert_eq!(quotes.len(), 3, "{quotes:?}");
    assert_eq!(quotes[1].speaker.as_ref().unwrap().mention, "a thin voice");
    assert_eq!(quotes[2].speaker.as_ref().unwrap().name, "Maud");
}

#[test]
fn a_woman_the_narration_brings_in_after_a_turn_takes_the_next_she() {
    // Kate and her father have been talking, turn by turn; as he answers, Cora runs in.
    // The `she` who cries out next is Cora, not Kate, his partner in the talk so far. (A
    // relative clause of fourteen words between `Cora` and `ran` still leaves her the
    // subject of the clause.)
    let text = "Kate sat at the table while her father read the paper.\n\n\
                \"Is there any news of the ship?\" she asked.\n\n\
                \"None yet,\" said Mr. Hale.\n\n\
                \"Not a word from the office?\" she asked.\n\n\
                \"Not one,\" he said.\n\n\
                \"Then I shall write to them,\" she said.\n\n\
                \"They will not answer,\" said Mr. Hale.\n\n\
                \"Then I shall go down to the harbour,\" she said.\n\n\
                \"You will do nothing of the kind,\" Mr. Hale began, in a low, hard voice, \
                when there was a noise on the stairs, and Cora, who seemed to be arguing \
                with the maid about something or other in the passage, ran into the room.\n\n\
                \"Uncle,\" she cried, \"I have seen the ship!\"";
    let names = speaker_names(&extract_quotes(text));
    assert_eq!(names.len(), 10, "{names:?}");
    assert_eq!(names[6..], ["Kate", "Hale", "Cora", "Cora"]);
}

#[test]
fn the_subject_of_a_when_clause_is_whom_the_next_he_goes_on_about() {
    // `It was long after seven when Okafor came back`: Okafor is who the narration is
    // about, so the `He` of the next sentence, and the `he` who mutters, are Okafor, not
    // Dunn, who spoke last.
    for clause in [
        "It was long after seven when Okafor came back into the study.",
        "The fire had long gone out before Okafor came back into the study.",
    ] {
        let text = format!(
            "Dunn had sent for Alan Okafor at noon.\n\n\
             \"Leave me now,\" said Dunn.\n\n\
             {clause} He was pale, but quite calm. \"It is done,\" he muttered."
        );
        assert_eq!(
            speaker_names(&extract_quotes(&text)),
            ["Dunn", "Alan Okafor"],
            "{clause}"
        );
    }
}

#[test]
fn a_companion_is_the_other_party_of_the_scene() {
    // `his companion` answers the man who just spoke: it is the one he is with, not a
    // new person and not himself.
    let text = "Owen Ward and Felix Lott sat in the garden.\n\n\
                “The boat will not float,” said Ward, frowning at his hands.\n\n\
                “Why not?” asked his companion. “You caulked it twice.”\n\n\
                “The keel is cracked,” said Ward.";
    assert_eq!(
        speakers(text),
        ["Owen Ward", "Felix Lott", "Felix Lott", "Owen Ward"].map(|s| Some(s.to_string()))
    );
    // Owned by the woman who spoke, it is the woman she talks to.
    let text = "Nora Vail walked with Ada Price along the river.\n\n\
                “The water is high,” said Ada.\n\n\
                “It rained all week,” her companion answered.";
    assert_eq!(
        speakers(text),
        ["Ada Price", "Nora Vail"].map(|s| Some(s.to_string()))
    );
    // A companion of nobody in the scene is left as written.
    let text = "“Mind the step,” said her companion.";
    assert_eq!(speakers(text), [Some("companion".to_string())]);
}

#[test]
fn the_one_a_quote_calls_owns_the_kin_who_speaks_it() {
    // `his mother` speaking to Tom is Tom's mother, though Mr. Hale was the last man
    // named; and she bears Tom's family name.
    let text = "Tom Lane came home late, and Ruth Lane looked up from the fire. Mr. Hale from \
                next door was still at the gate with his dog.\n\n\
                “Sit down, Tom,” his mother said.";
    assert_eq!(speakers(text), [Some("Ruth Lane".to_string())]);
    // A woman called is no owner of `his`: the pronoun reads on to the last man named.
    let text = "Tom Lane came home late, and Ruth Lane looked up from the fire. Jim Hale \
                came in behind him, and Ann Hale waited at the gate.\n\n\
                “Sit down, Ruth,” his mother said.";
    assert_eq!(speakers(text), [Some("Ann Hale".to_string())]);
}

#[test]
fn a_description_opening_a_turn_s_paragraph_is_the_other_party() {
    // In a dialogue, `The old sailor frowned.` after Mr. Pratt's turn is the sailor Pratt
    // talks to, though the narration named Pratt last.
    let text = "Tom Hale mended nets on the quay while Mr. Pratt watched.\n\n\
                “Did the boat come in?” asked Mr. Pratt.\n\n\
                “At noon.”\n\n\
                “Full?”\n\n\
                “Half empty.”\n\n\
                “The cod have gone north again,” said Tom.\n\n\
                “Then the harbour board,” said Mr. Pratt, “will want its rent all the same.” \
                Mr. Pratt was fond of the board.\n\n\
                The old sailor frowned. “They can wait for it, sir.”";
    let said = speakers_by_rule(text);
    assert_eq!(
        said.last(),
        Some(&(Some("Tom Hale".to_string()), Some("sentence-before")))
    );
    assert_eq!(said[0].0.as_deref(), Some("Pratt"));
}

#[test]
fn her_ladyship_is_the_titled_woman_of_the_scene() {
    // `her ladyship` is the woman titled Lady, not the last woman who spoke.
    let text = "Lady Orme dozed on the sofa while Nell Price sewed by the window.\n\n\
                “The roses want cutting,” said Nell.\n\n\
                “Yes, indeed,” murmured her ladyship, “if it keeps fine.”";
    assert_eq!(
        speakers(text),
        ["Nell Price", "Lady Orme", "Lady Orme"].map(|s| Some(s.to_string()))
    );
    // With no lord in the scene, `his lordship` is left as written.
    let text = "Nell Price sewed by the window.\n\n“Is he come?” asked his lordship.";
    assert_eq!(speakers(text), [Some("lordship".to_string())]);
}

#[test]
fn a_title_case_headline_reports_and_names_the_article_s_person() {
    // A headline's verb is capitalized like every word of it, and its surname stands for
    // the full name the article gives next.
    let text = "Harbour Chief Okafor Says New Berth Will Open by Spring\n\n\
                Port director Teresa Okafor said on Monday that the new berth was on time.";
    assert_eq!(
        reported(text),
        [
            (
                "New Berth Will Open by Spring",
                "Teresa Okafor".to_string(),
                "indirect-speaker-verb"
            ),
            (
                "the new berth was on time",
                "Teresa Okafor".to_string(),
                "indirect-speaker-verb"
            ),
        ]
    );
    // The tag may close the headline too.
    let text = "New Berth Will Open by Spring, Okafor Says\n\n\
                Port director Teresa Okafor spoke on Monday.";
    assert_eq!(
        reported(text),
        [(
            "New Berth Will Open by Spring",
            "Teresa Okafor".to_string(),
            "indirect-clause-speaker-verb"
        )]
    );
    // In running text a capitalized verb form is part of a name, and a surname named
    // before its full name is someone else's.
    for text in [
        "Readers of Harbour News Says Weekly wrote in about the berth on Monday.\n\n\
         Teresa Okafor spoke.",
        "The port gave Okafor a medal for the new berth, and the crowd cheered.\n\n\
         Later that year Teresa Okafor, her niece, retired.",
    ] {
        assert!(reported(text).is_empty(), "{text}: {:?}", reported(text));
    }
    let quotes = quotation::extract_quotes(
        "The port gave Okafor a medal for the new berth.\n\n\
         Teresa Okafor, her niece, said the berth was late.",
    );
    assert_eq!(quotes[0].speaker.as_ref().unwrap().name, "Teresa Okafor");
}

#[test]
fn a_speaker_s_label_opens_a_turn_of_a_transcript_or_a_headline() {
    let text = "Host Maria Lind spoke with port director Teresa Okafor on Sunday.\n\n\
                LIND: When will the new berth open?\n\n\
                OKAFOR: By spring, if the weather holds. We are on time.\n\n\
                LIND: And the cost?";
    assert_eq!(
        reported(text),
        [
            (
                "When will the new berth open?",
                "Maria Lind".to_string(),
                "indirect-label"
            ),
            (
                "By spring, if the weather holds. We are on time",
                "Teresa Okafor".to_string(),
                "indirect-label"
            ),
            ("And the cost?", "Maria Lind".to_string(), "indirect-label"),
        ]
    );
    // A headline's label names who said it; a quotation inside is theirs too.
    let text = "Okafor: New Berth Opens by Spring, 'Nothing Can Stop Us Now.'\n\n\
                Port director Teresa Okafor said the work was on time.";
    let quotes = quotation::extract_quotes(text);
    let labelled: Vec<(&str, &str, Option<&str>)> = quotes
        .iter()
        .map(|q| (q.text, q.speaker.as_ref().unwrap().name.as_ref(), q.rule))
        .collect();
    assert_eq!(
        labelled[..2],
        [
            (
                "New Berth Opens by Spring, 'Nothing Can Stop Us Now.'",
                "Teresa Okafor",
                Some("indirect-label")
            ),
            (
                "Nothing Can Stop Us Now.",
                "Teresa Okafor",
                Some("in-report")
            ),
        ]
    );
    // Section headings of a market report are no speakers: none is named in the
    // article's sentences, and each heads one section.
    for text in [
        "Stocks rose in Tokyo on Monday.\n\n\
         ENERGY: Crude oil rose two cents in electronic trading.\n\n\
         CURRENCIES: The dollar weakened against the yen.",
        "The harbour is closed.\n\n\
         Update: The ferry to the island runs every hour.\n\n\
         Tides are high.",
    ] {
        assert!(reported(text).is_empty(), "{text}: {:?}", reported(text));
    }
}

#[test]
fn a_headline_s_role_noun_is_the_one_the_article_styles_so() {
    // A headline drops its articles: its `Mayor` is the article's one mayor, introduced
    // after it.
    let text = "Mayor says the ferry will run again by spring\n\n\
                The mayor, Teresa Okafor, said on Monday that the new hull was on time.";
    let names: Vec<String> = reported(text).into_iter().map(|r| r.1).collect();
    assert_eq!(names, ["Teresa Okafor", "Teresa Okafor"]);
    // Outside the headline a bare role noun is not resolved ahead.
    let text = "The ferry stopped in May.\n\n\
                Mayor says the ferry will run again by spring.\n\n\
                The mayor, Teresa Okafor, said on Monday that the new hull was on time.";
    let names: Vec<String> = reported(text).into_iter().map(|r| r.1).collect();
    assert_eq!(names, ["Mayor", "Teresa Okafor"]);
}

#[test]
fn an_adverb_set_off_by_commas_stands_between_a_subject_and_its_verb() {
    assert_one_report_each(&[
        (
            "The engineers, though, say the new channel is too shallow.",
            "the new channel is too shallow",
            "engineers",
        ),
        (
            "Teresa Okafor, too, said the ferry would run by spring.",
            "the ferry would run by spring",
            "Teresa Okafor",
        ),
    ]);
    // A quotation's tag too.
    let quotes = extract_quotes("\"It is too shallow,\" the engineers, though, said.");
    assert_eq!(quotes[0].speaker.as_ref().unwrap().mention, "the engineers");
}

#[test]
fn the_plural_of_a_role_noun_is_people_who_speak() {
    assert_one_report_each(&[
        (
            "The pilots said the new channel was too shallow.",
            "the new channel was too shallow",
            "pilots",
        ),
        (
            "Several chefs told the council that rents had doubled.",
            "rents had doubled",
            "chefs",
        ),
        // `-y` made `-ies`, `-man` made `-men`.
        (
            "Two secretaries said the files had been moved in March.",
            "the files had been moved in March",
            "secretaries",
        ),
        (
            "The chairwomen told the board that the merger was off.",
            "the merger was off",
            "chairwomen",
        ),
        // A sheriff's deputy is a role as well as a title.
        (
            "A deputy said the road would stay closed overnight.",
            "the road would stay closed overnight",
            "deputy",
        ),
    ]);
}

#[test]
fn a_relative_or_a_lawyer_of_someone_named_is_not_that_person() {
    // `the mother of Dana Ruiz`, `the mother of the victim`, `the lawyer for Dana Ruiz`:
    // the phrase names the other person, who is the last one named. The description keeps
    // its own words, as `Ruiz's mother` does.
    let story = "Dana Ruiz, 19, was killed in March when a patrol car struck her bicycle \
                 on Harbour Road.\n\n";
    for (sentence, speaker) in [
        (
            "The mother of Dana Ruiz said the police had lied about the crash.",
            "mother of Dana Ruiz",
        ),
        (
            "The mother of the victim said the police had lied about the crash.",
            "mother of the victim",
        ),
        (
            "The lawyer for Dana Ruiz said the police had lied about the crash.",
            "lawyer for Dana Ruiz",
        ),
    ] {
        let text = format!("{story}{sentence}");
        let got: Vec<(&str, String)> = reported(&text).into_iter().map(|r| (r.0, r.1)).collect();
        assert_eq!(
            got,
            [("the police had lied about the crash", speaker.to_string())],
            "{sentence}"
        );
    }
    // A body's name after `for` still tells of the person just named.
    let text = "Ana Ortiz, the communications director for the Harbour Party said in a \
                statement that the count was final.";
    assert_eq!(reported(text)[0].1, "Ana Ortiz");
}

#[test]
fn a_headline_may_open_on_a_role_noun_with_no_article() {
    // `Mother of slain cyclist says ...`: the bare role noun before `of` or `for` heads
    // the description; the person of the phrase does not speak.
    assert_one_report_each(&[
        (
            "Mother of slain cyclist says the police lied",
            "the police lied",
            "Mother of slain cyclist",
        ),
        (
            "Lawyer for Dana Ruiz says the police lied",
            "the police lied",
            "Lawyer for Dana Ruiz",
        ),
        // In title case the preposition is capitalized too.
        (
            "Mother Of Slain Cyclist Says City Ignored Warnings\n\n\
             The crossing on Harbour Road has had no lights since 2019.",
            "City Ignored Warnings",
            "Mother Of Slain Cyclist",
        ),
        (
            "Lawyer For Dana Ruiz Says City Ignored Warnings\n\n\
             The crossing on Harbour Road has had no lights since 2019.",
            "City Ignored Warnings",
            "Lawyer For Dana Ruiz",
        ),
    ]);
}

#[test]
fn a_share_of_those_asked_and_those_asked_speak_as_groups() {
    // `47% say`, `nine out of 10 say`, `those surveyed say`, `those who attended said`: a
    // poll's shares and its respondents report what they think.
    assert_one_report_each(&[
        (
            "In the harbour poll, 47% say the ferry fare is too high.",
            "the ferry fare is too high",
            "47%",
        ),
        (
            "Nearly nine out of 10 say they would ride the tram if it ran past ten.",
            "they would ride the tram if it ran past ten",
            "nine out of 10",
        ),
        (
            "By wide margins, those surveyed say the bridge should be rebuilt first.",
            "the bridge should be rebuilt first",
            "those surveyed",
        ),
        (
            "Those who attended said the hall was too small for the crowd.",
            "the hall was too small for the crowd",
            "Those",
        ),
    ]);
    // A figure that is no share of people, and `those` before a noun, stay as they were.
    assert_eq!(
        reported("The council raised the fare by 40% in March, said Ana Ruiz."),
        [(
            "The council raised the fare by 40% in March",
            "Ana Ruiz".to_string(),
            "indirect-clause-speaker-verb"
        )]
    );
    assert_eq!(
        reported("Those voters said the fare was too high.")[0].1,
        "voters"
    );
}

#[test]
fn a_sentence_opening_on_as_and_a_speech_verb_frames_what_follows() {
    // `As X reported, C`: C is X's, and `As X reported` is no clause of the next subject.
    assert_eq!(
        reported("As the Harbour Daily reported, Ruiz was also accused of breaking the rules."),
        [(
            "Ruiz was also accused of breaking the rules",
            "Harbour Daily".to_string(),
            "indirect-as"
        )]
    );
    assert_one_report_each(&[
        (
            "As I have said many times, the mill will close before winter.",
            "the mill will close before winter",
            "I",
        ),
        (
            "As reported by the Harbour Daily, the mill will close before winter.",
            "the mill will close before winter",
            "Harbour Daily",
        ),
    ]);
}

#[test]
fn she_whom_the_next_turn_calls_by_name_is_the_one_called_and_so_are_her_turns() {
    // `she` would be Maud, the woman the narration named last; the answer calls Agnes, so
    // the question was hers, and so is the turn two on, which took its speaker from the
    // question. The answer itself, and the turn between, stay with the other speaker.
    let text = "\"Is the boat ready?\" asked Maud.\n\n\"Nearly,\" said Henry.\n\n\
                \"And the oars?\" asked Maud.\n\n\"In the shed,\" said Henry.\n\n\
                \"Then fetch them,\" said Maud.\n\n\"I will,\" said Henry.\n\n\
                Agnes Webb had come aboard at the mill. The river widened, and Maud took \
                the oars.\n\n\"Is it far?\" she asked.\n\n\"Not far, Agnes. Past the weir.\"\n\n\
                \"And then?\"\n\n\"Then the town.\"\n\n\"Good. I shall sleep until we land.\"";
    let got = speakers(text);
    let agnes = Some("Agnes Webb".to_string());
    assert_eq!(
        got[6..],
        [
            agnes.clone(),
            Some("Maud".to_string()),
            agnes.clone(),
            Some("Maud".to_string()),
            agnes
        ]
    );
}

#[test]
fn she_goes_on_about_the_speaker_the_narration_after_her_turn_went_on_about() {
    // A turn a paragraph on is read as the other speaker's, unless the narration after the
    // turn before went on about its speaker as `she`: then the next `she` is still her.
    let dialogue = |after: &str| {
        format!(
            "\"Is that the bell?\" asked Harriet.\n\n\"It is,\" said Clara.\n\n\
             \"Already? I thought we had an hour,\" said Harriet.\n\n\
             \"The clock in the hall is slow,\" said Clara.\n\n\
             \"Then I am late!\" cried Harriet{after}\n\n\
             \"Oh, what have I done?\" she said."
        )
    };
    let last = |after: &str| speakers(&dialogue(after)).pop().flatten();
    let harriet = Some("Harriet".to_string());
    let clara = Some("Clara".to_string());
    assert_eq!(
        last(", and she snatched up her gloves so fast that she knocked the vase over."),
        harriet
    );
    // No narration after her words: the turn is the other speaker's.
    assert_eq!(last("."), clara);
    // Narration that names another woman, or brings one in by a noun of her gender, may
    // be going on about her instead.
    assert_eq!(
        last(", and she snatched up her gloves so fast that she nearly knocked Mabel over."),
        clara
    );
    assert_eq!(
        last(", and she snatched up her gloves so fast that she knocked over the vase her aunt had sent."),
        clara
    );
}

#[test]
fn the_miss_and_a_plural_surname_are_sisters_not_a_woman_she_can_be() {
    // `Miss Linton` is the eldest sister; `the Miss Lintons` are the sisters together:
    // `she` is one of them who spoke, not a woman called `Miss Lintons`.
    let text = "The Miss Lintons came in out of the rain. \"We are late,\" said Miss Linton.\n\n\
                \"Not at all,\" said Tom. The Miss Lintons sat down by the fire.\n\n\
                \"Is there tea?\" she asked.";
    assert_eq!(
        speakers(text),
        [
            Some("Miss Linton".to_string()),
            Some("Tom".to_string()),
            Some("Miss Linton".to_string())
        ]
    );
    // A surname that ends in `s` is one woman's when the text titles no one by the
    // singular: `Miss Evans`.
    let one = "Miss Evans came in out of the rain. \"We are late,\" said Tom.\n\n\
               Miss Evans sat down by the fire.\n\n\"Is there tea?\" she asked.";
    assert_eq!(speakers(one)[1], Some("Miss Evans".to_string()));
}

#[test]
fn she_is_not_one_of_a_plural_subject() {
    // `Mrs. Dowling and Preston went after her` is about the two of them: the `she` after it
    // goes on about the woman they went after, not the last woman named.
    let scene = |narration: &str| {
        format!(
            "\"Shall we go in?\" asked Helen Marsh.\n\n\
             \"By all means,\" said Mrs. Dowling.\n\n\
             Helen stood up and showed them into the study. {narration}\n\n\
             She switched on a lamp and said at once: \"This desk was my uncle's.\""
        )
    };
    let last = |narration: &str| speakers(&scene(narration)).pop().flatten();
    let helen = Some("Helen Marsh".to_string());
    assert_eq!(last("Mrs. Dowling and Preston went after her."), helen);
    assert_eq!(last("Preston and Mrs. Dowling went after her."), helen);
    // Alone, the woman who went after her is the subject `she` takes up.
    assert_eq!(
        last("Mrs. Dowling went after her."),
        Some("Mrs. Dowling".to_string())
    );
}

#[test]
fn a_name_called_in_a_quotation_the_speaker_repeats_does_not_rule_him_out() {
    // Tom tells what the foreman said to him: `Mr. Lane` is called by the foreman, inside
    // Tom's speech, so the turn is still Tom's.
    let text = "\"Where were you all day?\" asked Ruth.\n\n\
                \"At the mill,\" said Tom Lane.\n\n\
                \"And what did the foreman say?\"\n\n\
                \"Not much. 'Well, Mr. Lane,' he said, 'you are late again.' Then he went \
                back to his desk.\"";
    let quotes = extract_quotes(text);
    assert_eq!(
        speaker_names(&quotes),
        ["Ruth", "Tom Lane", "Ruth", "Tom Lane"],
        "{quotes:#?}"
    );
    // Called by Tom himself, the name does rule him out.
    let called = text.replace("Not much. 'Well, Mr. Lane,' he said,", "Well, Mr. Lane,");
    let quotes = extract_quotes(&called);
    assert_eq!(quotes[3].speaker.as_ref().unwrap().name, "Ruth");
}

#[test]
fn a_document_speaks_for_the_author_the_text_gave_it() {
    // `A study by X` brings the study in with its author; `the report` that goes on
    // quoting it is X's, as research is called by any of its names.
    let text = "Provinces have spent less on roads than they promised.\n\n\
        A study by the Harbour Institute looked at 14 large projects approved since 2016.\n\n\
        \"It is remarkable how little scrutiny these projects get,\" the report said.\n\n\
        A letter from the mayor's office reached the council on Friday.\n\n\
        \"The city will appeal,\" the lawsuit said.";
    assert_eq!(
        speakers(text),
        [
            Some("Harbour Institute".to_string()),
            Some("lawsuit".to_string())
        ]
    );
    // An analysis is a document too: who wrote it reports.
    let text = "Most of the money went to three firms, according to an analysis by Mira \
        Castellano.";
    assert_eq!(reported(text)[0].1, "Mira Castellano");
}

#[test]
fn the_woman_a_turn_calls_by_name_is_not_its_she_though_no_other_woman_has_spoken() {
    // `she` would be Kitty, the last woman named, but the turn calls Kitty: it is the
    // other woman the narration just named, though she has not spoken yet.
    let text = "Mrs. Gale came into the parlour with the post. Kitty was at the window.\n\n\
                \"Kitty, there is a letter for you from Leeds,\" she said.";
    assert_eq!(speakers(text), [Some("Mrs. Gale".to_string())]);
    // With no other woman named nearby, the turn keeps its `she`'s reading.
    let alone = "Kitty was at the window when the post came.\n\n\
                 \"Kitty, you are dreaming again,\" she said to herself.";
    assert_eq!(speakers(alone), [Some("Kitty".to_string())]);
}

#[test]
fn a_word_a_later_namesake_ends_with_is_still_the_given_name_met_so_far() {
    // `Quenby` stands for Quenby Hale, the only full name with it met so far; that a
    // `Peter Quenby` comes in at the wedding does not unmake him, so `he` is Quenby,
    // not Tom Ward.
    let text = "Tom Ward and Quenby Hale came home late from the mill, and Tom Ward went \
                on to the inn.\n\n\
                Quenby found his aunt in the kitchen, bent over the fire.\n\n\
                \"Is supper ready?\" he asked.\n\n\
                A year later the wedding came. \"Got the ring?\" whispered young Peter \
                Quenby, the best man.";
    assert_eq!(
        speakers(text),
        [
            Some("Quenby Hale".to_string()),
            Some("Peter Quenby".to_string())
        ]
    );
    // `Mr. Quenby` is a surname all the same: a man of his own, not Quenby Hale.
    let titled = text.replace("Quenby found his aunt", "Mr. Quenby found his aunt");
    assert_eq!(speakers(&titled)[0], Some("Quenby".to_string()));
}

#[test]
fn a_parent_no_one_in_the_scene_bears_the_name_of_is_the_one_named_so_long_before() {
    // `his mother` is Mrs. Hale, though the ball has named dozens of people since she
    // was last named; a spouse is not sought so far (`Mary Lyle` may be a maiden name).
    let guests = [
        "Ann Ward",
        "Beth Lowe",
        "Cora Dunn",
        "Dora Finch",
        "Edith Moss",
        "Flora Penn",
        "Grace Rowe",
        "Hilda Shaw",
        "Iris Todd",
        "Julia Vane",
        "Kate Webb",
        "Lucy Yates",
    ];
    let mut text = String::from(
        "Mrs. Hale sat up by the fire while her son Robert Hale went to the ball.\n\n",
    );
    for round in ["first", "second", "third", "fourth", "fifth", "sixth"] {
        text.push_str(&format!(
            "In the {round} set Robert danced with {}, and then with {}.\n\n",
            guests[..6].join(", "),
            guests[6..].join(", ")
        ));
    }
    text.push_str(
        "Robert came home at two and found his mother still by the fire.\n\n\
         \"You are very late,\" his mother said.",
    );
    assert_eq!(speakers(&text), [Some("Mrs. Hale".to_string())]);
    // Her husband is not sought so far back: the Mr. Lyle named before the ball may be
    // her father.
    let married = text
        .replace("Mrs. Hale sat", "Mr. Lyle sat")
        .replace("her son Robert Hale", "his daughter Mary Lyle")
        .replace("Robert danced", "Mary danced")
        .replace(
            "Robert came home at two and found his mother",
            "Mary came home at two and found her husband",
        )
        .replace("his mother said", "her husband said");
    assert_eq!(speakers(&married), [Some("husband".to_string())]);
}

#[test]
fn a_servant_is_not_the_one_served() {
    // `the maid` is someone of her own, not the last woman named, whom she serves.
    let text = "Clara Benning sat by the fire with her book.\n\n\
                The maid came in and drew the curtains. “Dinner is ready,” the maid said.\n\n\
                “Thank you,” said Clara.";
    assert_eq!(
        speakers(text),
        [Some("maid".to_string()), Some("Clara Benning".to_string())]
    );
    // A noun that only tells a gender still goes to the woman of the scene.
    let text = "Clara Benning sat by the fire with her book.\n\n\
                The woman looked up and put the book aside. “Dinner is ready,” the woman said.";
    assert_eq!(speakers(text), [Some("Clara Benning".to_string())]);
}

#[test]
fn a_man_she_only_imagines_has_not_come_in() {
    // After Cora's turn, the narration names Tom Hale only as someone she expects (`would
    // be waiting`): `he` answering her is the man she was speaking with, not Tom.
    let text = "Ned Carver sat by the stove in the back room of the shop.\n\n\
                “You came early,” said Ned.\n\n“The bus was on time.”\n\n\
                “Was it full?”\n\n“Not at all.”\n\n“Are you staying?” said Ned.\n\n\
                “It is late,” Cora said. She thought of the walk home. Tom Hale would \
                be waiting at the gate, with his lantern and his questions. She pulled on \
                her gloves.\n\n\
                “Then I will walk with you,” he said.";
    assert_eq!(speakers(text)[6], Some("Ned Carver".to_string()));
    // Had he come to the door, the turn would be his.
    let text = text.replace("Tom Hale would be waiting", "Tom Hale came to the door,");
    assert_eq!(speakers(&text)[6], Some("Tom Hale".to_string()));
}

#[test]
fn a_town_of_two_words_is_no_one_where_it_opens_a_sentence() {
    // The narration puts San Remo after `in`: where it opens a sentence later it is the
    // town still, and the `she` behind the door is no one named.
    let text = "I took the morning train and found a room in San Remo, near the harbour.\n\n\
                San Remo has a cool morning even in June. I walked up to the house on the \
                hill and rang.\n\n\
                “Who is there?” she called through the door.";
    assert_eq!(speakers(text)[0], Some("she".to_string()));
    // A name of two words the text never places is a person's, and `she` may be her.
    let text = text.replace("in San Remo", "in the old town").replace(
        "San Remo has a cool morning even in June",
        "Rini Osei has a cool manner",
    );
    assert_eq!(speakers(&text)[0], Some("Rini Osei".to_string()));
}

#[test]
fn a_pull_quote_is_signed_on_its_last_line() {
    // A news page sets quotes apart as blocks, each signed with a name and affiliation on
    // a line of its own, inside the marks.
    let text = "The harbour board voted on Tuesday.\n\n\
        \"Fees are the only lever we have left.\nDana Ruiz, port director.\"\n\n\
        \"We met the board at noon.\nTom Hale came later.\"";
    let quotes = extract_quotes(text);
    assert_eq!(quotes[0].text, "Fees are the only lever we have left.");
    assert_eq!(quotes[0].speaker.as_ref().unwrap().mention, "Dana Ruiz");
    assert_eq!(quotes[0].rule, Some("quote-signed"));
    // A line that goes on after the name is the quotation's own sentence.
    assert_eq!(
        quotes[1].text,
        "We met the board at noon.\nTom Hale came later."
    );
    assert_ne!(quotes[1].rule, Some("quote-signed"));
    // Where a long line ends a paragraph, the quotation ends with it, and the signing line
    // is the paragraph after it, which the closing mark ends.
    let text = "Ferry operators said the rise would be passed on to passengers within weeks, and \
        the union said it would ballot its members.\n\n\
        \"Every crossing will cost a family more, and the board has not said where the money goes.\n\
        Malik Osei, Ferry Workers Union.\"\n";
    let quotes = extract_quotes(text);
    let q = &quotes[0];
    assert_eq!(
        (q.text, q.speaker.as_ref().unwrap().mention),
        (
            "Every crossing will cost a family more, and the board has not said where the \
             money goes.",
            "Malik Osei"
        )
    );
    assert_eq!(q.speaker.as_ref().unwrap().gender, Some(Gender::Male));
    // A given name that is also a title (`Dean`) opens the name, as `Sen.` would not.
    let text = "\"Cuts now would deepen the slump.\nDean Mercer, Harbour Institute.\"\n\n\
        \"No member may hold two seats.\nSen. Ana Lima, Plains Caucus.\"";
    let names: Vec<String> = extract_quotes(text)
        .iter()
        .map(|q| q.speaker.as_ref().unwrap().name.to_string())
        .collect();
    assert_eq!(names, ["Dean Mercer", "Ana Lima"]);
}

#[test]
fn news_calls_the_player_just_named_by_a_stage_of_their_career() {
    // As `the 24-year-old` does, `the rookie winger` calls back the person just named.
    let text = "Edmonton answered late in the third when Cole Reyes found the net.\n\n\
        \"It felt like a garbage-time goal,\" said the rookie winger.";
    assert_eq!(speaker_names(&extract_quotes(text)), ["Cole Reyes"]);
    let text = "The youth choir sang first, and then Mia Lund read her poem.\n\n\
        \"I wrote it on the bus,\" said the teenager.";
    assert_eq!(speaker_names(&extract_quotes(text)), ["Mia Lund"]);
    // A role alone is someone the story brings in, not the last person named.
    let text = "Edmonton answered late in the third when Cole Reyes found the net.\n\n\
        \"It felt like a garbage-time goal,\" said the winger.";
    assert_ne!(speaker_names(&extract_quotes(text)), ["Cole Reyes"]);
}

#[test]
fn news_reports_the_player_it_calls_by_age_and_position() {
    // `the 31-year-old left wing`: an age and a hockey position, in reported speech.
    let text = "Nils Lund scored twice on Saturday, a month after Denver sent Victor Hale \
        to Boston to get him. The 31-year-old left wing said the top line finds him open \
        every shift.";
    assert_eq!(
        reported(text),
        [(
            "the top line finds him open every shift",
            "Nils Lund".to_string(),
            "indirect-speaker-verb"
        )]
    );
}

#[test]
fn a_paragraph_ending_on_her_face_gives_her_the_next_turn() {
    // `Her face was pale.` is about Ruth as `She was pale.` is: the speech after it is
    // hers, and it calls her brother.
    let text = "Henry climbed the stairs with the telegram in his hand.\n\n\
        A light shone under the door of the little room where Ruth sewed, and her brother \
        knocked. Ruth let him in and put down her sewing. Her face was pale.\n\n\
        \"Henry! Is there bad news?\"";
    assert_eq!(speaker_names(&extract_quotes(text)), ["Ruth"]);
}

#[test]
fn a_turn_called_back_against_the_alternation_is_the_one_called() {
    // Henry speaks twice running (`And a cheap boat sinks.`), so alternation gives the
    // turns after it to the wrong man. The last turn calls Tom, which alternation had
    // given to Tom himself: the turn before it is Tom's, and the last is Henry's.
    let text = "\"I never wanted a boat,\" said Henry.\n\n\"Then why buy one?\" asked Tom.\n\n\
        \"It was cheap,\" said Henry.\n\n\"And a cheap boat sinks. Everybody knows \
        that.\"\n\n\"Will you buy it from me?\"\n\n\"Good Lord, the thing leaks.\"\n\n\
        \"Oh, I only heard it, but the whole harbour says so.\"\n\n\
        \"But leaks, Tom? Since when?\"";
    let q = extract_quotes(text);
    let want = vec![
        row("Oh, I only heard it", "Tom", "called-back"),
        row("But leaks, Tom?", "Henry", "addressee-not-speaker"),
    ];
    assert_eq!(summary(&q[6..], &want), want);
}

#[test]
fn a_she_after_but_again_carries_the_subject_past_a_woman_named_later() {
    // `But again she stopped me` goes on about Mrs. Dale, though the narration names
    // Rosa, only as an object, before Mrs. Dale speaks again.
    let text = "Mrs. Dale had come down to the garden, and I walked with her along the \
        wall. I began to plead for the girl, but she stopped me.\n\n\
        \"You are kind, Mr. Hale, but the matter is settled. Rosa will come to no harm \
        from me.\"\n\n\
        I began to stammer that I had meant nothing. But again she cut me short, and her \
        words drove Rosa from my mind.\n\n\
        \"Mr. Hale,\" she said, \"do you think we are happy here?\"";
    assert_eq!(
        speaker_names(&extract_quotes(text)),
        ["Mrs. Dale", "Mrs. Dale", "Mrs. Dale"]
    );
}

#[test]
fn a_servant_answering_in_a_dialogue_is_not_the_other_party() {
    // The servant answers Mr. Lowe's question; the one Mr. Lowe was talking with before,
    // Tom, is not who `the servant` stands for.
    let text = "CHAPTER I\n\n\
        \"Is the carriage ready?\" asked Mr. Lowe.\n\n\
        \"Not yet,\" said Tom. \"The horses are still in the yard.\"\n\n\
        \"Then we shall be late,\" said Mr. Lowe.\n\n\
        \"We are always late,\" said Tom.\n\n\
        \"Shall we walk?\"\n\n\"In this rain?\"\n\n\
        Someone knocked below, and the servant came up and announced Mr. Hale.\n\n\
        \"Has the coachman come back?\" inquired Mr. Lowe.\n\n\
        \"Yes, sir,\" replied the servant. \"He is in the kitchen.\"";
    let (mention, name) = last_speaker(text);
    assert_eq!(
        (mention.as_str(), name.as_str()),
        ("the servant", "servant")
    );
}

#[test]
fn a_pet_form_called_in_a_turn_is_answered_by_the_formal_name() {
    // Tom Reed calls `Bill`: the one who answers is William Dale, who spoke two turns
    // before, not Maud, whom alternation alone would give the turn.
    let text = "CHAPTER I\n\n\
        The boat lay at the jetty, and the light was going.\n\n\
        \"Is the boat ready?\" asked William Dale.\n\n\
        \"Nearly,\" said Maud. \"Tom is bringing the lantern.\"\n\n\
        Tom Reed came down the path with the lantern swinging in his hand.\n\n\
        \"Sorry to keep you waiting, Bill. Shall we push off?\"\n\n\
        \"Not yet.\"";
    assert_eq!(last_speaker(text).1, "William Dale");
}

#[test]
fn one_of_two_people_joined_by_and_is_no_subject_he_goes_on_with() {
    // `Peter Quayle and Ortiz` are a plural subject: the `he` after them goes on with
    // Desmond, who spoke just before, not with the first of the pair.
    let text = "CHAPTER I\n\n\
        \"Nobody is to blame for the rain,\" said Ravi.\n\n\
        \"Quite so,\" agreed Desmond, eager to end the quarrel. Peter Quayle and Ortiz \
        frowned at each other. \"You owe the boatman an apology, Sam,\" he said.";
    let (mention, name) = last_speaker(text);
    assert_eq!((mention.as_str(), name.as_str()), ("he", "Desmond"));
    // One person as the subject is still the one `he` goes on with.
    let text = text.replace("Peter Quayle and Ortiz", "Peter Quayle");
    assert_eq!(last_speaker(&text).1, "Peter Quayle");
}

#[test]
fn the_misses_before_a_surname_is_an_honorific_not_a_name() {
    // `the Misses Lane` are sisters: `Mr. Lane` is not named `Misses Lane` after them.
    let text = "After the service the Misses Lane and Dunn poured tea in the vestry.\n\n\
        \"The roof is leaking again,\" said Mr. Lane.";
    assert_eq!(last_speaker(text).1, "Mr. Lane");
}

#[test]
fn an_it_that_stands_for_nothing_is_no_speaker() {
    // `It is easy to promise` puts its subject, promising, later: no one is named.
    let text = "Nora found the little card on the hall table. It is easy to promise \
        \"Come early,\" but the bus left at noon.";
    let q = extract_quotes(text);
    assert!(
        q[0].speaker.as_ref().is_none_or(|s| s.mention != "It"),
        "{q:?}"
    );
    // With `for` the one who would say it is named.
    let text = text.replace(
        "It is easy to promise",
        "It is all very well for the council to promise",
    );
    assert_eq!(last_speaker(&text).0, "the council");
    // A cleft puts its subject after `that`.
    let text = "Dale Hume had run the hotel for years. It was on a Monday that Hume told the \
        porter about the fire, adding: \"Nobody checked the alarms.\"";
    assert_eq!(last_speaker(text), ("Hume".into(), "Dale Hume".into()));
    // Words on the tip of someone's tongue are theirs.
    let text = "Dale Hume kept his temper. It was on the tip of Hume's tongue to answer, \
        \"You never asked me,\" but he said nothing.";
    assert_eq!(last_speaker(text), ("Hume".into(), "Dale Hume".into()));
    // An `it` that tells of a body is kept.
    let text = "The ministry did not deny the report. It was quick to add: \"The review is \
        ongoing.\"";
    assert_eq!(last_speaker(text), ("It".into(), "ministry".into()));
}

#[test]
fn a_word_capitalized_only_to_open_a_sentence_is_no_speaker() {
    // `Very` and `Quite` open their sentences; the text writes both in lower case and
    // never capitalizes them inside a sentence, so neither is anyone's name.
    let text = "The lane was quite dark by then, and the wind very cold.\n\n\
                Quite a number of lanterns hung along the wall of the yard, and muttering, \
                \"Late again,\" the porter went in at the gate.\n\n\
                Very soon Mara Quill saw him, and called out in a sharp voice, \"Who goes \
                there?\"";
    let q = quotation::extract_quotes(text);
    assert_eq!(q.len(), 2);
    for quote in &q {
        let name = quote.speaker.as_ref().map(|s| s.name.as_ref());
        assert!(!matches!(name, Some("Quite" | "Very")), "{quote:?}");
    }
    // Stepped over like an adverb, it leaves the subject after it to speak.
    assert_eq!(q[1].speaker.as_ref().unwrap().name.as_ref(), "Mara Quill");
    // A word the text also capitalizes inside a sentence is a name wherever it stands.
    let text = "The hatch was shut against the rain. Nobody had seen Hatch since noon.\n\n\
                Hatch came in at last and said, \"The boat is gone.\"";
    let q = quotation::extract_quotes(text);
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].speaker.as_ref().unwrap().name.as_ref(), "Hatch");
    // So is a surname named in full once (`Jane Brown`), though the text also has `brown
    // paper` and later opens sentences with `Brown` alone.
    let text = "The brown paper covered the windows of the shop on Elm Street.\n\n\
                Jane Brown bought the shop in May.\n\n\
                Brown said, \"The shop opens Monday.\"";
    let q = quotation::extract_quotes(text);
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].speaker.as_ref().unwrap().name.as_ref(), "Jane Brown");
}

#[test]
fn a_pronoun_no_one_is_found_for_is_named_in_one_form() {
    // Nobody is named for `they` to stand for: the pronoun is its own name, in lower case
    // wherever it stands, so the two quotes are one unknown group, as `He`/`he` are one
    // unknown man. The mention keeps the word as written.
    let text = "Nobody on the street knew who had posted the notice.\n\n\
                They said, \"The road closes at dusk.\"\n\n\
                \"Nobody will be let through,\" they said.";
    let q = quotation::extract_quotes(text);
    assert_eq!(q.len(), 2);
    let s = q[0].speaker.as_ref().unwrap();
    assert_eq!((s.mention, s.name.as_ref()), ("They", "they"));
    assert_eq!(q[1].speaker.as_ref().unwrap().name.as_ref(), "they");
}

#[test]
fn a_given_name_a_story_uses_before_the_full_name_is_that_full_name() {
    // A novel may call someone by the given name for chapters before the narration first
    // writes the full name: each quote of hers is one person's, under one name. A chapter
    // title (`Clara Makes a Wager`) names no one, and is no second full name to choose; an
    // honorific and a surname read once with the name (`With Mrs. Dunn Clara was shy`)
    // make no one Clara by surname.
    let text = "CHAPTER I. Clara Makes a Wager\n\n\
        The mill stood at the bottom of the lane, and Clara went down to it every morning \
        with her father's dinner in a basket.\n\n\
        \"Is the wheel turning today?\" asked Clara.\n\n\
        \"Slowly,\" said the miller. \"The river is low.\"\n\n\
        \"Then I'll wait,\" said Clara, and sat on the wall.\n\n\
        The new teacher came that week. With Mrs. Dunn Clara was shy at first.\n\n\
        CHAPTER II. The Flood\n\n\
        It rained for a week. When Clara Marlowe came down the lane again the water was \
        over the wall, and Clara Marlowe had to stand on the bridge to call out.\n\n\
        \"Is anyone inside?\" cried Clara.\n\n\
        \"Only me,\" said the miller.";
    let clara = Some("Clara Marlowe".to_string());
    let miller = Some("miller".to_string());
    assert_eq!(
        speakers(text),
        vec![
            clara.clone(),
            miller.clone(),
            miller.clone(),
            clara.clone(),
            clara,
            miller
        ]
    );
    // An honorific before the given name alone makes a namesake of it (a `Sir Hugo` the
    // story also has): the lone name is not read ahead to the one full name.
    let namesake = "CHAPTER I. The Hall\n\n\
        Sir Hugo kept the hall, and his nephew lived in the lodge by the gate.\n\n\
        \"Who rang?\" asked Hugo.\n\n\
        \"The carrier,\" said the maid.\n\n\
        CHAPTER II. The Carrier\n\n\
        Hugo Vane went down to the gate. Hugo Vane was not pleased with what he found.\n\n\
        \"Take it back,\" said Hugo.";
    assert_eq!(
        speakers(namesake),
        vec![
            Some("Hugo".to_string()),
            Some("maid".to_string()),
            Some("Hugo Vane".to_string())
        ]
    );
}

#[test]
fn a_woman_called_mrs_and_the_family_name_is_its_mother_not_a_daughter() {
    // `her mother` and `her sister` find the woman of the family's name: the one the text
    // calls `Mrs. Marsh` married into it, so she is the mother, and never the sister. Read
    // by the family name alone, the mother was the daughter who had just spoken, and the
    // sister the mother who had.
    let text = "CHAPTER I. The Parlour\n\n\
        Mrs. Marsh sat by the fire with her work, and her two daughters, Ellen Marsh and \
        Ruth Marsh, sat at the window.\n\n\
        \"Will it rain tomorrow?\" asked Ruth.\n\n\
        \"I hope not,\" said Ellen. \"The Harrows are coming to tea.\"\n\n\
        \"Then you had better go to bed early, both of you,\" said her mother.\n\n\
        Ruth made a face at the fire.\n\n\
        \"She is never tired before midnight,\" said her sister.";
    let said: Vec<(String, String)> = extract_quotes(text)
        .into_iter()
        .filter_map(|q| q.speaker)
        .map(|s| (s.mention.to_string(), s.name.to_string()))
        .filter(|(mention, _)| mention.starts_with("her "))
        .collect();
    assert_eq!(
        said,
        vec![
            ("her mother".to_string(), "Mrs. Marsh".to_string()),
            ("her sister".to_string(), "Ellen Marsh".to_string()),
        ]
    );
}

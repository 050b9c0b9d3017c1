//! Whether each quote's speaker is a person, a group or an organization: what a gender
//! count needs to keep the people of no known gender apart from the bodies that speak.

use quotation::{Entry, Extractor, Gazetteer, Gender, Quote, SpeakerKind};

/// `(speaker name, kind)` for every quote, in order.
fn kinds(quotes: &[Quote<'_>]) -> Vec<(String, Option<SpeakerKind>)> {
    quotes
        .iter()
        .map(|q| {
            let s = q.speaker.as_ref().expect("every quote here has a speaker");
            (s.name.to_string(), s.kind)
        })
        .collect()
}

fn row(name: &str, kind: Option<SpeakerKind>) -> (String, Option<SpeakerKind>) {
    (name.to_string(), kind)
}

#[test]
fn people_groups_and_institutions_each_have_their_kind() {
    let text = "The port authority closed the north terminal on Friday after a crane \
        collapsed onto two trucks.\n\n\
        \"Nobody was hurt, and that is a small miracle,\" said harbour master Colm Rafferty.\n\n\
        \"We warned them in March,\" dock workers said as they gathered by the gate.\n\n\
        The authority said the terminal would stay shut until inspectors finished their \
        work. \"Safety comes first,\" it said in a statement.\n\n\
        Meridian Cranes Ltd. said the machine had passed its last inspection.\n\n\
        \"The load was within limits,\" a company engineer said.";
    let quotes = quotation::extract_quotes(text);
    use SpeakerKind::*;
    assert_eq!(
        kinds(&quotes),
        vec![
            row("Colm Rafferty", Some(Person)),
            row("dock workers", Some(Group)),
            row("authority", Some(Organization)),
            row("authority", Some(Organization)),
            row("Meridian Cranes Ltd.", Some(Organization)),
            row("company engineer", Some(Person)),
        ]
    );
}

#[test]
fn an_acronym_speaks_for_an_institution_and_they_for_whoever_it_stands_for() {
    let text = "The tribunal ruled against the province on Tuesday.\n\n\
        The EU said the ruling changed nothing. NATO said it would study it.\n\n\
        Nurses marched to the legislature after the vote. \"We are tired of waiting,\" \
        they said.\n\n\
        The health ministry said on Wednesday that talks would resume. \"We expect a deal \
        soon,\" they said.";
    let quotes = quotation::extract_quotes(text);
    use SpeakerKind::*;
    assert_eq!(
        kinds(&quotes),
        vec![
            row("EU", Some(Organization)),
            row("NATO", Some(Organization)),
            row("Nurses", Some(Group)),
            row("health ministry", Some(Organization)),
            row("health ministry", Some(Organization)),
        ]
    );
    // One person who goes by `they` is a person.
    let text = "Jesse Okoro (they/them), a ward clerk, joined the picket line on \
        Monday.\n\n\"Nobody wants this,\" they said.";
    let quotes = quotation::extract_quotes(text);
    assert_eq!(kinds(&quotes), vec![row("Jesse Okoro", Some(Person))]);
}

#[test]
fn a_name_nothing_shows_to_be_a_persons_is_left_open() {
    // `Orvalle Tessaract` could be a firm or a person: neither word is a known given
    // name, and nothing in the text gives a title, an honorific or a pronoun. The
    // gazetteer settles it, as `Dr.` does for the other.
    let text = "\"The figures speak for themselves,\" said Orvalle Tessaract.\n\n\
        \"They do not,\" said Dr. Quennell Abara.";
    let quotes = quotation::extract_quotes(text);
    assert_eq!(
        kinds(&quotes),
        vec![
            row("Orvalle Tessaract", None),
            row("Quennell Abara", Some(SpeakerKind::Person)),
        ]
    );
    let mut gazetteer = Gazetteer::new();
    gazetteer.insert(Entry::new("Orvalle Tessaract")).unwrap();
    let quotes = Extractor::builder()
        .gazetteer(gazetteer)
        .build()
        .extract(text);
    assert_eq!(
        quotes[0].speaker.as_ref().unwrap().kind,
        Some(SpeakerKind::Person)
    );
}

#[test]
fn a_role_in_lower_case_after_a_capitalized_word_tells_the_gender() {
    // `a Navy spokeswoman`: the noun that heads the role is what tells, however the
    // words before it are written.
    let text = "\"The ship will sail on schedule,\" a Navy spokeswoman said on Monday.";
    let quotes = quotation::extract_quotes(text);
    let s = quotes[0].speaker.as_ref().unwrap();
    assert_eq!(s.name, "Navy spokeswoman");
    assert_eq!(s.gender, Some(Gender::Female));
    assert_eq!(s.kind, Some(SpeakerKind::Person));
}

#[test]
fn an_outlet_or_an_office_of_a_body_is_an_organization() {
    // A name ending in a newspaper's word, or with an institution noun and `of` inside
    // it, is no person's, however many capitalized words it has.
    let text = "The Lakeshore Tribune said the mayor had known about the leak for a \
        month.\n\n\
        The Provincial Board of Health said the water was safe to drink.\n\n\
        The Harwick Bureau of Statistics said prices rose 3 per cent.";
    let quotes = quotation::extract_quotes(text);
    use SpeakerKind::*;
    assert_eq!(
        kinds(&quotes),
        vec![
            row("Lakeshore Tribune", Some(Organization)),
            row("Provincial Board of Health", Some(Organization)),
            row("Harwick Bureau of Statistics", Some(Organization)),
        ]
    );
}

#[test]
fn party_members_and_peoples_are_groups_and_a_role_after_a_place_is_a_person() {
    let text = "Senate Democrats said the bill would never pass the chamber.\n\n\
        Norwegians said in a poll last year that they trusted the police.\n\n\
        A Halifax youth hockey coach said the rink had been closed for weeks.";
    let quotes = quotation::extract_quotes(text);
    use SpeakerKind::*;
    assert_eq!(
        kinds(&quotes),
        vec![
            row("Senate Democrats", Some(Group)),
            row("Norwegians", Some(Group)),
            row("Halifax youth hockey coach", Some(Person)),
        ]
    );
}

#[test]
fn an_outlet_or_an_acronym_is_no_one_a_pronoun_or_description_stands_for() {
    // The outlet is the last name before `he`, but a name ending in a newspaper's word
    // is no man: the pronoun goes on with the one who spoke.
    let text = "\u{201c}There are three ways to win this race,\u{201d} Hallam tells \
        Lakeshore News.\n\n\
        \u{201c}The first is turnout, and the second is money,\u{201d} he says.";
    let quotes = quotation::extract_quotes(text);
    let names: Vec<_> = quotes
        .iter()
        .map(|q| q.speaker.as_ref().unwrap().name.to_string())
        .collect();
    assert_eq!(names, ["Hallam", "Hallam"]);
    // Nor is an acronym's name someone a description stands for: `the witness` here is
    // the one the broadcaster quoted, whom no one has named.
    let text = "Flooding closed the coastal road on Sunday.\n\n\
        WRBC quoted a driver as saying the water rose a metre in under an hour.\n\n\
        The witness said three cars were swept off the causeway near the marina.";
    let quotes = quotation::extract_quotes(text);
    let speaker = quotes.last().unwrap().speaker.as_ref().unwrap();
    assert_eq!(speaker.name, "witness");
}

#[test]
fn an_age_for_a_noun_is_a_person() {
    // The mention reader takes an age for a body's description, so that it may stand for
    // the one just named; no one is named here, and the age is still a person's, in
    // words as in digits. The agency beside them stays an organization.
    let text = "We spent the morning at the farm.\n\n\
        \"That one is the dad,\" says my three-year-old.\n\n\
        \"We saw two foals,\" the 19-year-old said.\n\n\
        \"The farm passed its inspection,\" the agency said.";
    let quotes = quotation::extract_quotes(text);
    use SpeakerKind::*;
    assert_eq!(
        kinds(&quotes),
        vec![
            row("three-year-old", Some(Person)),
            row("19-year-old", Some(Person)),
            row("agency", Some(Organization)),
        ]
    );
}

#[test]
fn an_institution_or_an_agent_reporting_she_did_something_tells_no_gender() {
    // `X said she ...` tells X's gender when X is a person speaking of themselves; a
    // paper, a party or a place reporting so speaks of someone else, and stays an
    // institution; and so does someone described by whose they are.
    let text = "Voters in Elm County went to the polls on Tuesday.\n\n\
        The Lakeshore Gazette reported that she had won the seat by 200 votes.\n\n\
        The GOP said he was offered a seat on the board.\n\n\
        Her accountant said she would not comment on the audit.\n\n\
        Their lawyer said he would appeal the ruling.\n\n\
        Kerrin Adebayo said she was grateful to every volunteer.";
    let quotes = quotation::extract_quotes(text);
    let speakers: Vec<_> = quotes
        .iter()
        .map(|q| {
            let s = q.speaker.as_ref().expect("each report has a speaker");
            (s.name.to_string(), s.gender, s.kind)
        })
        .collect();
    use SpeakerKind::*;
    assert_eq!(
        speakers,
        [
            ("Lakeshore Gazette".to_string(), None, Some(Organization)),
            ("GOP".to_string(), None, Some(Organization)),
            ("accountant".to_string(), None, Some(Person)),
            // (A group's agent reporting `he` speaks of himself: no `he` is the group.)
            ("lawyer".to_string(), Some(Gender::Male), Some(Person)),
            (
                "Kerrin Adebayo".to_string(),
                Some(Gender::Female),
                Some(Person)
            ),
        ]
    );
}

#[test]
fn a_name_ending_in_a_word_for_a_kind_of_body_is_an_organization() {
    // `Hydro` names a utility and `Energy` a power company; a known given name before
    // such a word makes a person's surname of it.
    let text = "Storms cut power to 9,000 homes overnight.\n\n\
        \"Crews will work through the night,\" Lakeland Hydro said.\n\n\
        \"Our mines are safe,\" Brackett Energy said in a statement.\n\n\
        \"The river is still rising,\" Marian Power said.";
    let quotes = quotation::extract_quotes(text);
    use SpeakerKind::*;
    assert_eq!(
        kinds(&quotes),
        vec![
            row("Lakeland Hydro", Some(Organization)),
            row("Brackett Energy", Some(Organization)),
            row("Marian Power", Some(Person)),
        ]
    );
}

#[test]
fn a_regulator_whose_name_joins_two_fields_with_and_is_one_organization() {
    // Read apart at `and`, the first field would be left to stand as a group's name.
    let text = "Regulators opened an inquiry into the lender on Monday.\n\n\
        \"We are reviewing every filing,\" the Securities and Exchange Commission said.\n\n\
        \"No recall is planned,\" the federal Food and Drug Administration said in a statement.\n\n\
        \"We will not comment on a pending case,\" a board member said.";
    let quotes = quotation::extract_quotes(text);
    use SpeakerKind::*;
    assert_eq!(
        kinds(&quotes),
        vec![
            row("Securities and Exchange Commission", Some(Organization)),
            row("Food and Drug Administration", Some(Organization)),
            row("board member", Some(Person)),
        ]
    );
}

#[test]
fn in_a_story_a_description_no_table_knows_is_a_person_and_a_crowd_a_group() {
    // A scene of turns: the ferryman's noun is in no table, nor is the Heron's, who is
    // a character; the story makes them people, where news would leave an unknown
    // description to the bodies.
    let text = "The boat bumped against the jetty.\n\n\
        \"Mind the step,\" said the ferryman.\n\n\
        \"Is it always this rough?\" asked Nell.\n\n\
        \"Only when the wind's from the east.\"\n\n\
        \"And today?\"\n\n\
        \"Today it's from the east.\"\n\n\
        \"Then I'll walk back,\" said Nell.\n\n\
        \"Shame!\" shouted the crowd.\n\n\
        \"Nobody walks in an east wind,\" said the Heron from the reeds.";
    let quotes = quotation::extract_quotes(text);
    use SpeakerKind::*;
    assert_eq!(
        kinds(&quotes),
        vec![
            row("ferryman", Some(Person)),
            row("Nell", Some(Person)),
            row("ferryman", Some(Person)),
            row("Nell", Some(Person)),
            row("ferryman", Some(Person)),
            row("Nell", Some(Person)),
            row("crowd", Some(Group)),
            row("Heron", Some(Person)),
        ]
    );
    // In news, a body's noun stays a body's.
    let news = "The ferry line cut its winter timetable on Monday.\n\n\
        \"Fuel costs left us no choice,\" the operator said.";
    assert_eq!(
        kinds(&quotation::extract_quotes(news)),
        vec![row("operator", Some(Organization))]
    );
}

#[test]
fn a_name_that_labels_or_signs_inside_the_marks_is_a_person() {
    // A transcript writes its labels in capitals, as an acronym is written; a pull quote
    // signs with a name the article may not name elsewhere. Both are people, and a given
    // name borne by one sex tells the gender.
    let text = "\"HOST: Welcome back to the harbour hour.\"\n\n\
        \"RUIZ: Thank you for having me.\"\n\n\
        \"Nobody asked the farmers.\nAna Lima, Plains Caucus.\"";
    let quotes = quotation::extract_quotes(text);
    assert_eq!(
        kinds(&quotes),
        [
            row("HOST", Some(SpeakerKind::Person)),
            row("RUIZ", Some(SpeakerKind::Person)),
            row("Ana Lima", Some(SpeakerKind::Person)),
        ]
    );
    assert_eq!(
        quotes[2].speaker.as_ref().unwrap().gender,
        Some(Gender::Female)
    );
}

#[test]
fn in_news_a_description_of_one_person_is_a_person() {
    // A reader online, a party member by state, one of a group of advisers, a mogul, a
    // narrator in an ad and a minister styled `the Rev.`: none of them holds an office
    // the role tables know, and none is a body; the party members together, a paper and
    // a report are not one person.
    let text = "The county recount ended on Thursday with the incumbent ahead by 41 votes.\n\n\
        \"Count them all again,\" one user wrote beneath the live stream.\n\n\
        \"I never saw a closer race,\" said a Maine Republican who asked not to be named.\n\n\
        \"He knew it was lost by noon,\" one of the advisers said.\n\n\
        \"Nobody buys this town twice,\" said the shipping mogul.\n\n\
        \"Who pays for your roads?\" the narrator in the new ad asks.\n\n\
        \"We pray for both of them,\" said the Rev. Tobias Okonkwo.\n\n\
        \"The voters have spoken,\" county Republicans said.\n\n\
        \"The margin is within the error of any count,\" the report said.";
    let quotes = quotation::extract_quotes(text);
    use SpeakerKind::*;
    assert_eq!(
        kinds(&quotes),
        vec![
            row("user", Some(Person)),
            row("Maine Republican", Some(Person)),
            row("one of the advisers", Some(Person)),
            row("shipping mogul", Some(Person)),
            row("narrator in the new ad", Some(Person)),
            row("Tobias Okonkwo", Some(Person)),
            row("Republicans", Some(Group)),
            row("report", Some(Organization)),
        ]
    );
}

#[test]
fn a_body_then_capitalized_words_then_a_role_in_lower_case_is_the_role() {
    // `the Senate Minority leader`: the capitalized words after the body's name modify
    // the role noun after them. Read as `the Senate`, the speaker was the chamber. With
    // no noun in lower case after them, the capitalized words are the body's own name.
    let text = "The budget vote slipped to next week.\n\n\
        \"We will not move the bill this week,\" the Senate Minority leader said.\n\n\
        \"No member has been charged,\" the House Ethics Committee said in a notice.";
    let quotes = quotation::extract_quotes(text);
    use SpeakerKind::*;
    assert_eq!(
        kinds(&quotes),
        vec![
            row("Senate Minority leader", Some(Person)),
            row("House Ethics Committee", Some(Organization)),
        ]
    );
}

#[test]
fn a_title_before_the_speaker_makes_a_person_but_not_of_an_acronyms_plural() {
    // `President Okafor` reported once, with no pronoun, given name or honorific: the
    // title before the name is what shows a person. Nothing shows `Kestrel` one, and
    // `veteran` before `MLAs` is the title of many.
    let text = "Trade talks resumed in Geneva on Monday.\n\n\
        President Okafor has faced criticism for telling farmers that they would lose \
        their subsidies.\n\n\
        Kestrel has said that the deal would cut its costs.\n\n\
        The premier faces a long list of veteran MLAs who say they will not stand again.";
    let kinds: Vec<(String, Option<SpeakerKind>)> = quotation::extract_quotes(text)
        .iter()
        .filter_map(|q| q.speaker.as_ref())
        .map(|s| (s.name.to_string(), s.kind))
        .collect();
    assert_eq!(
        kinds,
        vec![
            row("Okafor", Some(SpeakerKind::Person)),
            row("Kestrel", None),
            row("MLAs", None)
        ]
    );
}

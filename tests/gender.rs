//! The speaker's gender each quote reports: what tells it, and when nothing does.

use quotation::{Entry, Extractor, Gazetteer, Gender, Quote};

/// `(quote text, speaker name, gender)` for every quote in marks or not.
fn genders<'a>(quotes: &[Quote<'a>]) -> Vec<(&'a str, String, Option<Gender>)> {
    quotes
        .iter()
        .map(|q| {
            let s = q.speaker.as_ref().expect("every quote here has a speaker");
            (q.text, s.name.to_string(), s.gender)
        })
        .collect()
}

fn row(text: &str, name: &str, gender: Option<Gender>) -> (String, String, Option<Gender>) {
    (text.to_string(), name.to_string(), gender)
}

fn owned(rows: Vec<(&str, String, Option<Gender>)>) -> Vec<(String, String, Option<Gender>)> {
    rows.into_iter()
        .map(|(t, n, g)| (t.to_string(), n, g))
        .collect()
}

#[test]
fn the_gender_comes_from_honorifics_given_names_pronouns_and_nouns() {
    let text = "The council met late on Monday to vote on the new budget.\n\n\
        \"Nobody asked the tenants,\" said the chairwoman of the renters' union.\n\n\
        \"We cannot keep cutting,\" said Mrs. Ferris, who runs the finance committee.\n\n\
        Councillor Daniel Osei disagreed. \"Every line was argued over,\" Osei said.\n\n\
        \"The numbers hold,\" Mr. King said. He has sat on the council since 2009.";
    let quotes = quotation::extract_quotes(text);
    assert_eq!(
        owned(genders(&quotes)),
        vec![
            // A noun of one gender, though no one in the article is named as holding it.
            row(
                "Nobody asked the tenants,",
                "chairwoman",
                Some(Gender::Female)
            ),
            // An honorific.
            row(
                "We cannot keep cutting,",
                "Mrs. Ferris",
                Some(Gender::Female)
            ),
            // A given name of one gender, carried to the surname alone.
            row(
                "Every line was argued over,",
                "Daniel Osei",
                Some(Gender::Male)
            ),
            // An honorific before a surname that is also a title noun.
            row("The numbers hold,", "Mr. King", Some(Gender::Male)),
        ]
    );
}

#[test]
fn kin_and_partners_tell_their_gender() {
    let text = "Lena Ortiz, 34, drowned off the pier on Friday.\n\n\
        \"She swam there every morning,\" her boyfriend said.\n\n\
        \"She was never afraid of the water,\" her stepfather said.\n\n\
        \"We had just booked the hall,\" said her fiancée, who asked not to be named.";
    let quotes = quotation::extract_quotes(text);
    let got: Vec<_> = quotes
        .iter()
        .map(|q| q.speaker.as_ref().map(|s| (s.mention, s.gender)))
        .collect();
    assert_eq!(
        got,
        vec![
            Some(("her boyfriend", Some(Gender::Male))),
            Some(("her stepfather", Some(Gender::Male))),
            Some(("her fiancée", Some(Gender::Female))),
        ]
    );
}

#[test]
fn a_given_name_of_either_sex_tells_no_gender_until_the_text_does() {
    // `Jordan` and `Robin` are given to men and women alike: the name alone is no answer.
    let unsure = "Jordan Hale runs the night shelter on the east side.\n\n\
        \"We turn people away every night,\" Hale said.";
    assert_eq!(
        owned(genders(&quotation::extract_quotes(unsure))),
        vec![row("We turn people away every night,", "Jordan Hale", None)]
    );
    // A pronoun that picks the person up settles it.
    let told = "Robin Mercer opened the clinic in 2015. She still works the Saturday shift.\n\n\
        \"The waiting list keeps growing,\" Mercer said.";
    assert_eq!(
        owned(genders(&quotation::extract_quotes(told))),
        vec![row(
            "The waiting list keeps growing,",
            "Robin Mercer",
            Some(Gender::Female)
        )]
    );
}

#[test]
fn pronouns_speak_for_themselves_and_groups_and_institutions_have_no_gender() {
    let text = "Tenants gathered outside the housing office on Friday.\n\n\
        \"We have waited two years,\" they said.\n\n\
        \"Repairs are scheduled,\" the agency said in a statement.\n\n\
        Priya Raman, a lawyer for the tenants, was not convinced. \
        \"We have heard that before,\" she said.";
    let quotes = quotation::extract_quotes(text);
    let got: Vec<Option<Gender>> = quotes
        .iter()
        .map(|q| q.speaker.as_ref().unwrap().gender)
        .collect();
    assert_eq!(got, [None, None, Some(Gender::Female)]);
    assert_eq!(quotes[2].speaker.as_ref().unwrap().name, "Priya Raman");
}

#[test]
fn the_gazetteer_decides_the_gender() {
    let text = "Sam Okoro, the union's treasurer, answered questions for an hour.\n\n\
        \"The fund is solvent,\" Okoro said.";
    // Without a gazetteer `Sam` is given to either sex, and nothing in the text says more.
    let plain = quotation::extract_quotes(text);
    assert_eq!(plain[0].speaker.as_ref().unwrap().gender, None);

    let mut g = Gazetteer::new();
    g.insert(Entry::new("Sam Okoro").gender(Gender::Female))
        .unwrap();
    let x = Extractor::builder().gazetteer(g).build();
    let quotes = x.extract(text);
    let speaker = quotes[0].speaker.as_ref().unwrap();
    assert_eq!(speaker.name, "Sam Okoro");
    assert_eq!(speaker.gender, Some(Gender::Female));
}

#[test]
fn an_honorific_after_a_name_tells_the_gender_and_another_person() {
    // `Nadir Begum` is Nadir's wife, as `Mrs. Nadir` would be: not a man surnamed Begum,
    // and not the `Nadir` who answers her.
    let text = "Nadir came home at dusk. Nadir Begum was waiting on the veranda.\n\n\
        \"The rice has gone cold,\" said Nadir Begum.\n\n\
        \"Then we shall eat it cold,\" said Nadir. Nadir smiled as he sat down.\n\n\
        \"Come in, all of you,\" said Mehta Sahib from the doorway.";
    let quotes = quotation::extract_quotes(text);
    assert_eq!(
        owned(genders(&quotes)),
        vec![
            row(
                "The rice has gone cold,",
                "Nadir Begum",
                Some(Gender::Female)
            ),
            row("Then we shall eat it cold,", "Nadir", Some(Gender::Male)),
            row("Come in, all of you,", "Mehta Sahib", Some(Gender::Male)),
        ]
    );
}

#[test]
fn a_person_has_one_gender_across_the_article() {
    // The reported clause comes first, before anything tells who Danjuma is; the two
    // `she` quotes later tell it, and the clause is hers too.
    let text = "Ifeoluwa Danjuma said the tenants would not move.\n\n\
        \"We have lived here for thirty years,\" Danjuma said.\n\n\
        Asked about the offer, Danjuma laughed. \"It is not enough,\" she said. \
        \"Not nearly,\" she added.";
    let quotes = quotation::extract_quotes(text);
    assert_eq!(quotes.len(), 4);
    for q in &quotes {
        let s = q.speaker.as_ref().unwrap();
        assert_eq!(s.name, "Ifeoluwa Danjuma", "{:?}", q.text);
        assert_eq!(s.gender, Some(Gender::Female), "{:?}", q.text);
    }
}

#[test]
fn a_pet_form_of_a_given_name_tells_its_gender() {
    // `Stan` is Stanley's pet form and `Meg` Margaret's: names of one sex, though neither
    // is a formal given name. Nothing else in the text tells their gender.
    let text = "Stan Kowalczyk has run the hardware shop on Main Street for 30 years.\n\n\
        \"We still sell nails by the pound,\" Kowalczyk said.\n\n\
        \"People fix things here,\" said Meg Doyle, who runs the bakery next door.\n\n\
        Marty Quell chairs the merchants' association. She wants more parking.\n\n\
        \"We lose customers every winter,\" she said.";
    assert_eq!(
        owned(genders(&quotation::extract_quotes(text))),
        vec![
            row(
                "We still sell nails by the pound,",
                "Stan Kowalczyk",
                Some(Gender::Male)
            ),
            row("People fix things here,", "Meg Doyle", Some(Gender::Female)),
            // `Marty` is Martin's pet form and Martha's: the text says which.
            row(
                "We lose customers every winter,",
                "Marty Quell",
                Some(Gender::Female)
            ),
        ]
    );
}

#[test]
fn given_names_of_many_origins_tell_a_gender() {
    // Names from the SSA counts with a few thousand bearers, of one sex: nothing else in
    // the text tells these speakers' gender.
    let text = "The school board voted to keep the library open on weekends.\n\n\
        \"Students asked for this,\" said Priya Raman, who chairs the board.\n\n\
        \"The staff will manage,\" said Kwame Asante, the head librarian.\n\n\
        Trustee Hamza Qureshi voted against. \"The money is not there,\" Qureshi said.\n\n\
        \"We found it last year,\" said Anjali Rao.";
    assert_eq!(
        owned(genders(&quotation::extract_quotes(text))),
        vec![
            row(
                "Students asked for this,",
                "Priya Raman",
                Some(Gender::Female)
            ),
            row("The staff will manage,", "Kwame Asante", Some(Gender::Male)),
            row(
                "The money is not there,",
                "Hamza Qureshi",
                Some(Gender::Male)
            ),
            row("We found it last year,", "Anjali Rao", Some(Gender::Female)),
        ]
    );
    // A rarer name that more people bear as a surname (`Dixon`), or that is also a word
    // (`Meadow`), tells nothing: alone, it is likelier someone's surname or a thing.
    let text = "\"The vote was rushed,\" Dixon said.\n\n\"It was fair,\" Meadow said.";
    assert_eq!(
        owned(genders(&quotation::extract_quotes(text))),
        vec![
            row("The vote was rushed,", "Dixon", None),
            row("It was fair,", "Meadow", None),
        ]
    );
}

#[test]
fn given_names_from_beyond_the_us_counts_tell_a_gender() {
    // Names few Americans bear, which sources from many countries agree are of one sex;
    // and common ones the dictionary also lists (`Dieter`), which the hand-written table
    // keeps.
    let text = "The rowing club elected a new board on Sunday.\n\n\
        \"We need a second boathouse,\" said Jochen Albers, the new chair.\n\n\
        \"The juniors come first,\" said Orsolya Farkas, who coaches them.\n\n\
        \"The loan is affordable,\" said Maciej Sowa, the treasurer.\n\n\
        \"I will help with the paperwork,\" said Dieter Lang.";
    assert_eq!(
        owned(genders(&quotation::extract_quotes(text))),
        vec![
            row(
                "We need a second boathouse,",
                "Jochen Albers",
                Some(Gender::Male)
            ),
            row(
                "The juniors come first,",
                "Orsolya Farkas",
                Some(Gender::Female)
            ),
            row("The loan is affordable,", "Maciej Sowa", Some(Gender::Male)),
            row(
                "I will help with the paperwork,",
                "Dieter Lang",
                Some(Gender::Male)
            ),
        ]
    );
    // A name that is also a word (`Coral`), or one of the common US surnames (`Franz`),
    // tells nothing alone, however the sources count it as a given name.
    let text = "\"The reef is dying,\" Coral said.\n\n\"It will recover,\" Franz said.";
    assert_eq!(
        owned(genders(&quotation::extract_quotes(text))),
        vec![
            row("The reef is dying,", "Coral", None),
            row("It will recover,", "Franz", None),
        ]
    );
}

#[test]
fn a_wife_styled_by_her_husband_s_name_is_neither_him_nor_a_man() {
    // `Mrs. John Hale` is a woman known by her husband's name: her words are not his, and
    // the `she` after them is her.
    let text = "John Hale and his wife came to dinner. Mrs. John Hale had brought the \
                children.\n\n\
                \"The roads were dreadful,\" said Mrs. John Hale.\n\n\
                \"They always are in March,\" said John Hale.\n\n\
                \"Hush,\" she said.";
    let quotes = quotation::extract_quotes(text);
    assert_eq!(
        owned(genders(&quotes)),
        vec![
            row(
                "The roads were dreadful,",
                "Mrs. John Hale",
                Some(Gender::Female)
            ),
            row("They always are in March,", "John Hale", Some(Gender::Male)),
            row("Hush,", "Mrs. John Hale", Some(Gender::Female)),
        ]
    );
}

#[test]
fn a_pronoun_in_the_speaker_s_own_tag_tells_an_unknown_name_s_gender() {
    // `muttered Voss, as he rapped`: the tag's `he` is Voss, whom nothing else marks.
    let text = "“Open up,” muttered Voss, as he rapped on the shutter.\n\n\
                “Who is it?” a voice asked.\n\n\
                Voss said quietly, “A friend.”";
    let quotes = quotation::extract_quotes(text);
    let voss: Vec<_> = genders(&quotes)
        .into_iter()
        .filter(|(_, name, _)| name == "Voss")
        .map(|(_, _, g)| g)
        .collect();
    assert_eq!(voss, [Some(Gender::Male), Some(Gender::Male)]);
    // A name whose gender is known keeps it: the `he` after `said Ruth` is another man,
    // however often he comes.
    let text = "Tom walked up the lane with his bag.\n\n\
                “Come in,” said Ruth, as he opened the gate.\n\n\
                “Sit down,” said Ruth, as he came into the kitchen.\n\n\
                “Have some tea,” said Ruth, as he took off his coat.";
    let quotes = quotation::extract_quotes(text);
    assert!(genders(&quotes)
        .iter()
        .all(|(_, name, g)| name == "Ruth" && *g == Some(Gender::Female)));
}

#[test]
fn a_surname_that_twice_takes_up_his_own_things_is_a_man_s() {
    // Nothing else tells Pryor's gender: no honorific, no given name, no `he` after him.
    // Twice a sentence opens on him and goes on to `his` before anyone else is named: a
    // man. Once is not enough (`Pryor took his arm` may be someone else's), and `her` is
    // as often the object of the verb as a possessive.
    for (second, gender) in [("his", Some(Gender::Male)), ("her", None)] {
        let text = format!(
            "Pryor opened his notebook on the desk. Pryor turned {second} chair to the \
             window.\n\n\"The train was late,\" said Pryor."
        );
        let quotes = quotation::extract_quotes(&text);
        assert_eq!(
            owned(genders(&quotes)),
            [row("The train was late,", "Pryor", gender)],
            "{second}"
        );
    }
}

//! The attribution rules: named constructions that tie a quotation to its speaker.
//!
//! [`RULES`] lists them in the order they are tried, most precise first, as the sieve
//! systems of the field do. The first that matches gives the quote its speaker, cue and
//! `rule`. Rules of the first group read only the sentence around the quote; those of the
//! second group (`continuation` onward) also read the quotes before it, and run after the
//! first group has had its say on every quote. Each rule carries its own examples, checked
//! by the test suite: the positive ones must fire the rule with the given speaker, the
//! negative ones must not fire it.

use std::ops::Range;

use crate::confidence;
use crate::lexicon::{self, Function, Gender, Number, Subordinate, VerbKind};
use crate::mention::{self, Mention, MentionKind};
use crate::token::{Kind, Token};

/// One attribution rule.
///
/// ```
/// let rule = quotation::RULES.iter().find(|r| r.name == "quote-speaker-verb").unwrap();
/// assert_eq!(rule.pattern, "\"Q,\" X said.");
/// assert!(rule.confidence > 0.5);
/// ```
#[derive(Debug)]
pub struct Rule {
    /// Short name, as it appears in [`Quote::rule`](crate::Quote::rule).
    pub name: &'static str,
    /// The construction, written as an example shape.
    pub pattern: &'static str,
    /// How often the rule's speaker is right on the annotated evaluation corpora.
    pub confidence: f32,
    /// Sentences the rule attributes, with the quote's index among the extracted quotes of
    /// the rule's own kind (indirect quotes for the `indirect-` rules, quotes in marks for
    /// the others) and the speaker mention it must get.
    pub positive: &'static [(&'static str, usize, &'static str)],
    /// Sentences it must not attribute: `(text, quote index)`.
    pub negative: &'static [(&'static str, usize)],
    pub(crate) matcher: Matcher,
}

/// How a rule is applied.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Matcher {
    /// Reads the quote's own sentence.
    Local(fn(&Ctx) -> Option<Found>),
    /// Applied by the extractor with the attributions of earlier quotes at hand.
    Context,
    /// Applied by the reported-speech pass, which finds its own content spans.
    Reported,
}

/// What a rule found: the mention and the cue.
#[derive(Debug, Clone)]
pub(crate) struct Found {
    pub mention: Mention,
    pub cue: Option<Range<usize>>,
}

/// The quote a local rule looks at, with its sentence.
pub(crate) struct Ctx<'a> {
    pub text: &'a str,
    pub tokens: &'a [Token],
    /// Token index of the quote.
    pub qt: usize,
    /// First token of the sentence that holds the quote.
    pub sent_start: usize,
    /// One past the last token of that sentence.
    pub sent_end: usize,
}

/// Six turns between Maud and Henry, ending with Henry's: enough for a document to show
/// itself a dialogue; shared by the examples of the rules that read turns.
macro_rules! two_in_the_boat {
    () => {
        "\"Is the boat ready?\" asked Maud.\n\n\"Nearly,\" said Henry.\n\n\
         \"And the oars?\" asked Maud.\n\n\"In the shed,\" said Henry.\n\n\
         \"Then fetch them,\" said Maud.\n\n\"I will,\" said Henry.\n\n"
    };
}

/// Ten turns among Maud, Henry and Tom, ending with Tom's: the opening shared by the
/// examples of the dialogue rules (`addressee-replies`, `called-back`, `named-partner`),
/// which differ only in what comes after it.
macro_rules! three_in_the_boat {
    () => {
        concat!(
            two_in_the_boat!(),
            "\"Go now,\" said Maud.\n\n\"Right away,\" said Henry.\n\n\
             \"Wait, where is Tom?\" said Maud.\n\n\"Here,\" said Tom.\n\n"
        )
    };
}

/// The rules, in the order they are tried.
pub static RULES: &[Rule] = &[
    Rule {
        name: "quote-label",
        pattern: "\"X: Q\" (a transcript)",
        confidence: confidence::QUOTE_LABEL,
        positive: &[
            ("\"HOST: Welcome back to the show.\"\n\n\"RUIZ: Thank you for having me.\"", 1, "RUIZ"),
            ("\"SEN. ANN RUIZ: We will not vote for it.\"", 0, "SEN. ANN RUIZ"),
            // Quoted paragraph by paragraph, with no closing mark until the end: each
            // label opens a turn of its own.
            ("\"HOST: Welcome back.\n\n\"RUIZ: Thank you.\n\n\"HOST: Why now?\"", 1, "RUIZ"),
        ],
        negative: &[
            ("\"NOTE: The ferry leaves at nine.\"", 0),
            ("\"Q: Why now?\"", 0),
            ("\"Ruiz: a life\" opens on Friday.", 0),
        ],
        matcher: Matcher::Local(quote_label),
    },
    Rule {
        name: "quote-speaker-verb",
        pattern: "\"Q,\" X said.",
        confidence: confidence::QUOTE_SPEAKER_VERB,
        positive: &[
            ("\"We will rebuild,\" Mayor Lina Ortiz said.", 0, "Mayor Lina Ortiz"),
            ("\"It is late,\" the harbour chief told reporters.", 0, "the harbour chief"),
            ("\"Not yet,\" she later added.", 0, "she"),
            ("\"I'm ready,\" Ortiz, 58, said on Monday.", 0, "Ortiz"),
            ("\"Rates must fall,\" the weekend editorial said.", 0, "the weekend editorial"),
            ("\"Prices will climb.\" Lena Fisk of Harbour Analytics said so in a note.", 0, "Lena Fisk"),
            ("\"It was close.\" Sen. Ann Ruiz (D-Ore.) said.", 0, "Sen. Ann Ruiz"),
            ("\"Keep the line open,\" the sign read.", 0, "the sign"),
            ("\"Talks stalled,\" CBS News reported.", 0, "CBS News"),
            ("\"We paid attention,\" Read said.", 0, "Read"),
            // A preposition capitalized inside the sentence is a surname (Al From).
            ("\"We built it from nothing,\" From said.", 0, "From"),
            ("\"We will stay,\" the family said.", 0, "the family"),
            ("\"Sit down,\" the chairman barked.", 0, "the chairman"),
            ("\"Shall we walk to the harbour?\" Maud suddenly proposed.", 0, "Maud"),
            // A count of children after the person's noun, as an age before it.
            ("\"We open at six,\" the 45-year-old mother of two said.", 0, "the 45-year-old mother"),
            ("\"The fee was unlawful,\" the civil claim said.", 0, "the civil claim"),
            ("\"Act now,\" the committee chairmen wrote.", 0, "the committee chairmen"),
            // After a label and a colon, the quote still opens its own sentence.
            ("MARKET VIEW: \"Will rates fall?\" Lena Fisk, an analyst, asked.", 0, "Lena Fisk"),
            ("Viewpoint: \"Will rates fall?\" Lena Fisk asked in a note.", 0, "Lena Fisk"),
            (
                "\"I see the same issues,\" Italy's League leader Marco Bassi wrote.",
                0,
                "Italy's League leader Marco Bassi",
            ),
            // A name set off after a description is who it is: with a nickname in marks,
            // a title after a lower-case word, a parenthesis after it.
            (
                "\"We will rebuild,\" the mayor's nephew, Marta \"Tia\" Ruiz, shouted.",
                0,
                "Marta \"Tia\" Ruiz",
            ),
            (
                "\"We will rebuild,\" the mayor's niece, state Del. Marta Ruiz (D-Norfolk), shouted.",
                0,
                "state Del. Marta Ruiz",
            ),
            // A short term in marks inside the phrase set off is part of it.
            ("\"We will rebuild,\" Ana Ruiz, wearing a \"Vote Yes\" pin, said.", 0, "Ana Ruiz"),
            // An adverbial of time between the subject and the verb is no part of either.
            ("\"Go home,\" his son at length said.", 0, "his son"),
            // A given name that is also a modal, before an adverb and a past tense.
            ("\"Shall we go?\" May suddenly proposed.", 0, "May"),
            // The one quoted `as saying` said it, not the paper that quotes them.
            ("\"We will be fine,\" the Ledger quoted him as saying.", 0, "him"),
            (
                "\"Not this year,\" the paper quoted a port official as telling staff.",
                0,
                "a port official",
            ),
        ],
        negative: &[
            ("\"Fine,\" and the crowd went home.", 0),
            ("\"Prices will climb,\" Lena Fisk of the port board said.", 0),
            ("\"Go home,\" the crowd in the square was told.", 0),
            // After a quote's full stop, a capitalized conjunction opens a new sentence.
            ("\"We built it.\" And asked, \"Who helped?\"", 0),
        ],
        matcher: Matcher::Local(quote_speaker_verb),
    },
    Rule {
        name: "quote-verb-speaker",
        pattern: "\"Q,\" said X.",
        confidence: confidence::QUOTE_VERB_SPEAKER,
        positive: &[
            ("\"We will rebuild,\" said Mayor Lina Ortiz.", 0, "Mayor Lina Ortiz"),
            // `so` taking up the words just quoted.
            ("\"We are ready.\" So said Mayor Lena Ruiz on Monday.", 0, "Mayor Lena Ruiz"),
            ("\"It's a fine day,\" quipped Ortiz, who lives nearby.", 0, "Ortiz"),
            ("\"Ready?\" asked the coach.", 0, "the coach"),
            // After the verb, a given name that is also a modal, ending its clause.
            ("\"Yes,\" said May quietly.", 0, "May"),
            ("\"Yes,\" said May.", 0, "May"),
            ("\"Vote for change,\" said the printed slate card.", 0, "the printed slate card"),
            ("\"Who knows?\" asked the Ferryman wearily.", 0, "the Ferryman"),
            ("\"No more,\" said the Magistrate dryly.", 0, "the Magistrate"),
            ("\"At once,\" said the Rani quite calmly.", 0, "the Rani"),
            ("\"Patience wins,\" echoes Ortiz.", 0, "Ortiz"),
            // A determiner alone after the verb stands for its noun.
            ("\"We were promised a park,\" said one, who asked not to be named.", 0, "one"),
            ("\"Not again,\" said another.", 0, "another"),
            (
                "\"It was careless,\" said former Republican presidential candidate Jeb Fenn.",
                0,
                "former Republican presidential candidate Jeb Fenn",
            ),
            ("\"We are ready,\" assured the harbour chief.", 0, "the harbour chief"),
            // A voice of fiction's dialogue.
            ("\"Dogs, always dogs,\" drivelled old Amos Pratt.", 0, "old Amos Pratt"),
            // A participle or relative clause after the phrase is not part of it.
            (
                "\"Fares went up again,\" wrote a reader from Duluth using the name Prairie Owl.",
                0,
                "a reader from Duluth",
            ),
            ("\"Fares went up,\" wrote a reader who asked not to be named.", 0, "a reader"),
            // A phrasal verb, its particle before the speaker.
            ("\"And the road is long,\" went on Maud.", 0, "Maud"),
            // A noun for a person alone, no determiner: what the household calls them.
            ("\"Eat your supper,\" said nanny.", 0, "nanny"),
            // Its head may be a verb alone too: `put`, of `as she put it`.
            ("\"The last train has gone,\" put in the porter.", 0, "the porter"),
            // Looking back is telling, next to the quote.
            (
                "\"The pier was a ruin then,\" remembered Roy Vance, the port's former spokesman.",
                0,
                "Roy Vance",
            ),
            // Nor is an `-ing` before a name.
            ("\"Well,\" said the still waiting Ruth.", 0, "the still waiting Ruth"),
            // A name's possessive as the determiner of a noun the tables do not know; a
            // voice is its owner's.
            ("\"It is time,\" said Ruiz's introducer.", 0, "Ruiz's introducer"),
            ("\"Come in,\" said Tom's voice.", 0, "Tom's voice"),
            // A phrase of manner after the speaker is none of them (a body after `with`
            // would be their affiliation).
            ("\"Not again,\" answered the duchess with mock sadness.", 0, "the duchess"),
            ("\"Sit down,\" said his uncle with a sigh.", 0, "his uncle"),
            (
                "\"It was close,\" said one Republican familiar with the talks.",
                0,
                "one Republican familiar with the talks",
            ),
        ],
        negative: &[
            ("\"Ready?\" said nothing at all to me.", 0),
            ("\"Vote,\" said the card that the volunteers handed out at the door.", 0),
            // A quote no punctuation closes, inside a sentence, is a phrase of it.
            ("Critics of the so-called \"safety net\" argue Ortiz wants delay.", 0),
            // `that` after the verb opens the clause reported, not an inverted speaker.
            ("Her slogan, \"Fresh Start,\" promises that Ruiz will cut fares.", 0),
            // A participle after a second phrase: the first is no speaker by itself.
            ("\"No,\" cried my companion his voice now shaking with rage and fear.", 0),
            // A bare noun for a person that the sentence goes on from is no one's name.
            ("\"It hurts,\" said patient after patient.", 0),
        ],
        matcher: Matcher::Local(quote_verb_speaker),
    },
    Rule {
        name: "quote-dash-speaker",
        pattern: "\"Q\" — X",
        confidence: confidence::QUOTE_DASH_SPEAKER,
        positive: &[
            ("\"The sea gives and the sea takes.\" — Tom Reyes, fisherman", 0, "Tom Reyes"),
            ("“We voted early.”― Ana Ruiz\n“We stayed late.”― Tom Reyes", 1, "Tom Reyes"),
        ],
        negative: &[("\"The sea gives\" — and it takes.", 0)],
        matcher: Matcher::Local(quote_dash_speaker),
    },
    Rule {
        name: "quote-split",
        pattern: "\"Q1,\" X said, \"Q2.\"",
        confidence: confidence::QUOTE_SPLIT,
        positive: &[
            ("\"We tried,\" Ortiz said, \"and we will try again.\"", 1, "Ortiz"),
            ("\"We tried,\" said the coach, \"and lost.\"", 1, "the coach"),
            // A manner phrase after the speaker is none of them, as in the first part.
            ("\"We tried,\" said the coach in a low voice, \"and lost.\"", 1, "the coach"),
            ("\"We tried,\" said the coach with a shrug, \"and lost.\"", 1, "the coach"),
        ],
        negative: &[
            ("\"We tried.\" Then the rain came, \"and we lost.\"", 1),
            // `it` after the verb is its object, not a speaker set after it.
            ("As Ana Ruiz, a professor of law, put it, \"The court never ruled.\"", 0),
        ],
        matcher: Matcher::Local(quote_split),
    },
    Rule {
        name: "quote-dash-beat",
        pattern: "\"Q1\"—X shook his head—\"Q2\"",
        confidence: confidence::QUOTE_DASH_BEAT,
        positive: &[
            ("\"I do not think\"—Tom paused—\"that we can win.\"", 0, "Tom"),
            ("\"I do not think\"—Tom paused—\"that we can win.\"", 1, "Tom"),
            ("\"Well\"—she shook her head—\"perhaps not.\"", 1, "she"),
        ],
        negative: &[
            // No one is the subject between the dashes.
            ("\"Well\"—and that was all—\"perhaps not.\"", 1),
            // A thing is no speaker.
            ("\"We won\"—the Kremlin denied it—\"fairly.\"", 1),
            // A sentence between two speeches tells of someone else.
            ("\"It is late.\"—Tom was asked.—\"Is it not?\"", 1),
        ],
        matcher: Matcher::Local(quote_dash_beat),
    },
    Rule {
        name: "speaker-verb-quote",
        pattern: "X said: \"Q\"",
        confidence: confidence::SPEAKER_VERB_QUOTE,
        positive: &[
            ("Mayor Lina Ortiz said: \"We will rebuild.\"", 0, "Mayor Lina Ortiz"),
            ("The harbour chief told reporters on Monday, \"It is late.\"", 0, "The harbour chief"),
            // A phrase of manner between the speaker and the verb.
            ("The old pilot with a grin replied, \"Not in this fog.\"", 0, "The old pilot"),
            ("Port officials have said \"no comment\" all week.", 0, "Port officials"),
            // A passive's agent after `by` speaks, not its subject.
            ("Ortiz was called \"reckless\" by Tom Hale.", 0, "Tom Hale"),
            ("Ortiz, a retired nurse, said: \"I have seen worse.\"", 0, "Ortiz"),
            // `her` the object of a verb, `his` standing alone: no possessive before `said`.
            ("The woman who hired her said: \"She was never late.\"", 0, "The woman"),
            ("A friend of his said: \"He was always early.\"", 0, "A friend of his"),
            // An apposition set off by dashes, with a relative clause of its own inside.
            (
                "Dana Ruiz, the head of Lantern Films -- the small studio that makes the \
                 Sunday quiz show for public radio, which is also put out as a podcast \
                 each week -- told me, \"We make what we like.\"",
                0,
                "Dana Ruiz",
            ),
            // A phrase a preposition opens may run into the clause without a comma; a
            // subject after the comma comes first.
            ("At the end he sank into his chair, muttering, \"She left me.\"", 0, "he"),
            (
                "When asked whom she backed, Ms. Ruiz smiled and said, \"Nobody yet.\"",
                0,
                "Ms. Ruiz",
            ),
            // A nickname in marks inside a name set off after a description.
            (
                "The mayor's nephew, Marta \"Tia\" Ruiz, said: \"We will rebuild.\"",
                0,
                "Marta \"Tia\" Ruiz",
            ),
            // An age stands for the person, after an opening phrase too.
            ("On Sunday, the 26-year-old wrote: \"I need a rest.\"", 0, "the 26-year-old"),
            // A verb joined on after a clause that opens with an adverb.
            ("Then Maud thought a while, and said: \"We row.\"", 0, "Maud"),
            // A sentence that opens with no subject of its own: the verb joined on is
            // said by the subject of the latest clause joined on before it.
            (
                "For a moment Tom thought she would cry; but she laughed instead, and, \
                 looking from one to the other, asked: \"Are you friends now?\"",
                0,
                "she",
            ),
            // After a verb of perception, the object speaks.
            ("Tom heard her say, \"Come in.\"", 0, "her"),
            // So does a name or a noun phrase heard.
            ("From the stairs Ana heard her father shout, \"Supper!\"", 0, "her father"),
            ("Lena was surprised to hear a faint voice calling, \"Lena\" from the yard.", 0, "a faint voice"),
            // Heard in the passive, the subject speaks.
            ("Petra was heard three times to say, \"Not again.\"", 0, "Petra"),
            // An opening clause without its comma, with a subject of its own.
            ("When she sat down she started by saying, \"Nothing has changed.\"", 0, "she"),
            // After `with`, the phrase before a participle is its subject, not the sentence's.
            (
                "Guards stepped in, with an organizer of the march saying, \"We are leaving.\"",
                0,
                "an organizer of the march",
            ),
            ("Fans booed, with Ruiz reportedly yelling: \"Get out!\"", 0, "Ruiz"),
            // Lower-case words of a title may open the phrase after `with`.
            (
                "The crowd cheered, with press secretary Lena Ashford saying: \"We won.\"",
                0,
                "press secretary Lena Ashford",
            ),
            // Not read as an affiliation of the words before `with` (`Tim Guest with the
            // Health Authority`).
            (
                "At a rally in Ruston, Texas, on Saturday, fans booed, with Ruiz yelling: \"Out!\"",
                0,
                "Ruiz",
            ),
            (
                "Leah Novak, technology analyst at Harbor Capital, agreed: \"The deal makes sense.\"",
                0,
                "Leah Novak",
            ),
            ("The mayor, in a statement on Monday, said: \"We will rebuild.\"", 0, "The mayor"),
            (
                "Sam Fisk, playing the mayor on a late-night show, explained: \"Nobody reads it.\"",
                0,
                "Sam Fisk",
            ),
            // A number counting a noun opens no name: the subject follows the phrase.
            (
                "Eight years ago, she backed the plan and said, \"It will work.\"",
                0,
                "she",
            ),
            // An approximate count opens a description: `Outside` is not the subject.
            (
                "Outside the hall, about 200 protesters gathered, chanting \"Close the mine.\"",
                0,
                "about 200 protesters",
            ),
            (
                "During a long speech on Monday, Ortiz attacked the council, saying, \"We waited.\"",
                0,
                "Ortiz",
            ),
            (
                "On Friday, after months of silence, Novak backed the plan, saying, \"It will do.\"",
                0,
                "Novak",
            ),
            (
                "Appearing before supporters at dawn, Ortiz thanked them, saying, \"We did it.\"",
                0,
                "Ortiz",
            ),
            ("As Ana Ruiz, a professor of law, put it, \"The court never ruled.\"", 0, "Ana Ruiz"),
            // A word before `later` or `ago` opens the sentence: it is no name.
            ("Minutes later, she sent a note saying, \"Done.\"", 0, "she"),
            // A participle after a reporting clause set off by commas is that clause's.
            (
                "Demand has doubled since spring, Osei said, adding, \"We are out of rice.\"",
                0,
                "Osei",
            ),
            (
                "Demand has doubled since spring, said Kamal Osei, adding: \"We are out of rice.\"",
                0,
                "Kamal Osei",
            ),
            (
                "Demand has doubled, said Kamal Osei, who runs the food bank, adding: \"We are \
                 out of rice.\"",
                0,
                "Kamal Osei",
            ),
            ("As the Harbour Times pointed out in May, \"Fares rose.\"", 0, "Harbour Times"),
            ("A port official who asked not to be named said, \"We will see.\"", 0, "A port official"),
            (
                "As one veteran of the harbour projects commented: \"It never ends.\"",
                0,
                "one veteran of the harbour projects",
            ),
            (
                "Tom Reyes, a baker in Macon, Ga., and a steward at the local, said: \"No.\"",
                0,
                "Tom Reyes",
            ),
            (
                "Ana Ruiz, Minister of Fisheries, Oceans and the Coast Guard, said: \"We will act.\"",
                0,
                "Ana Ruiz",
            ),
            (
                "Tom Hale, Minister of Innovation, Health and Sport, said: \"We will act.\"",
                0,
                "Tom Hale",
            ),
            ("Asked about the delay, Ortiz shot back, \"Ask the council.\"", 0, "Ortiz"),
            ("Novak later Thursday told reporters: \"We are done.\"", 0, "Novak"),
            (
                "Sen. Ann Ruiz (D-Ore.), noting the cost, said, \"We cannot wait.\"",
                0,
                "Sen. Ann Ruiz",
            ),
            ("Ortiz went on to say, \"We have seen worse.\"", 0, "Ortiz"),
            (
                "Maud read the letter twice and then, after a long pause, said, \"He lies.\"",
                0,
                "Maud",
            ),
            // After an opening phrase, a phrase with any head noun, as at the start.
            ("After the vote, the crowd chanted, \"Recount now!\"", 0, "the crowd"),
            ("Soaked by the rain, the audience sang, \"Stay dry!\"", 0, "the audience"),
            // A clause set off by dashes after an apposition: the name before it speaks.
            (
                "Ana Ruiz, the director of Harbor Works -- the group that runs the shelter -- \
                 told me, \"We are full every night.\"",
                0,
                "Ana Ruiz",
            ),
            // A quoted term ending with a comma closes the phrase around it.
            (
                "Lena Ortiz, who wore a badge reading \"Vote Yes,\" shouted, \"We are not done!\"",
                0,
                "Lena Ortiz",
            ),
            ("Ortiz nodded and said, \"We have seen worse.\"", 0, "Ortiz"),
            ("Ortiz jokingly said, \"We have seen worse.\"", 0, "Ortiz"),
            ("It was Dana Ruiz, who tweeted, \"We have seen worse.\"", 0, "Dana Ruiz"),
            ("In a statement, the ministry gave no details but said \"talks go on.\"", 0, "the ministry"),
            (
                "The most decorated rower in the club finally said \"enough.\"",
                0,
                "The most decorated rower in the club",
            ),
        ],
        negative: &[
            // A name given, not words quoted.
            ("The ferry, simply called \"the Cat,\" runs all winter.", 0),
            ("The report said little. \"We will rebuild.\"", 0),
            ("She read \"War and Peace\" twice that winter.", 0),
            // After a possessive, a verb's form is the noun: what she said, not her saying.
            ("Her curt reply was, \"Send it back.\"", 0),
            // (An adjective in `-us` is no plural subject: `Her aides say` is.)
            ("Her nervous reply was, \"Send it back.\"", 0),
        ],
        matcher: Matcher::Local(speaker_verb_quote),
    },
    Rule {
        name: "verb-speaker-quote",
        pattern: "Added X: \"Q\"",
        confidence: confidence::VERB_SPEAKER_QUOTE,
        positive: &[
            ("Added Ortiz: \"We are not done.\"", 0, "Ortiz"),
            ("Responded the coach in French: \"Merci.\"", 0, "the coach"),
            // After a short opening phrase and its comma.
            ("In other words, explained moderator Ana Cordes: \"Why now?\"", 0, "moderator Ana Cordes"),
        ],
        negative: &[
            ("Added to the list: \"apples.\"", 0),
            ("READ MORE: \"Rates will rise again this spring.\"", 0),
            // A clause before the comma is no opening phrase.
            ("When it rained, said the ferryman: \"we stayed in.\"", 0),
        ],
        matcher: Matcher::Local(verb_speaker_quote),
    },
    Rule {
        name: "possessor-noun-quote",
        pattern: "X's reply: \"Q\"",
        confidence: confidence::POSSESSOR_NOUN_QUOTE,
        positive: &[
            ("Abedin's short reply: \"Not now.\"", 0, "Abedin"),
            ("Her response was: \"We will see.\"", 0, "Her"),
            // A comma for the colon, right after the copula; the noun's adjectives.
            ("Her curt reply was, \"Send it back.\"", 0, "Her"),
            // An adjective after the copula; whom the words were for after the noun.
            ("Holt's response was blunt: \"Not a chance.\"", 0, "Holt"),
            ("Her message to the council was simple: \"Fix the road.\"", 0, "Her"),
            ("His advice for new owners: \"Keep your receipts.\"", 0, "His"),
            // A noun for something said, as well as one for something written.
            ("Her verdict: \"It is a mess.\"", 0, "Her"),
            ("Tom's question was simple: \"Why now?\"", 0, "Tom"),
            ("Ruiz's motto is short: \"Show up.\"", 0, "Ruiz"),
            // The author after `from` or `of`, the noun opening the sentence.
            (
                "The message from Mayor Lena Ruiz was clear: \"Stay home.\"",
                0,
                "Mayor Lena Ruiz",
            ),
            ("The verdict of the judges: \"Guilty.\"", 0, "the judges"),
        ],
        negative: &[
            ("The reply: \"Not now.\"", 0),
            ("Abedin's dog barked: \"Woof.\"", 0),
            ("Abedin's dog was loud: \"Woof.\"", 0),
            ("Abedin's reply was brief, \"Woof,\" said the dog.", 0),
            ("She went on without waiting for his reply: \"Stay here.\"", 0),
            // A noun of no words; a phrase inside the sentence, not opening it.
            ("The dog of the Ruiz family: \"Rex.\"", 0),
            ("Fans cheered the news from Ottawa: \"We won.\"", 0),
        ],
        matcher: Matcher::Local(possessor_noun_quote),
    },
    Rule {
        name: "quote-was-possessor-noun",
        pattern: "\"Q,\" was X's reply.",
        confidence: confidence::QUOTE_WAS_POSSESSOR_NOUN,
        positive: &[
            ("\"Not before noon,\" was Maud Lane's curt reply.", 0, "Maud Lane"),
            ("\"Who sent you?\" was Tom Reyes's first question.", 0, "Tom Reyes"),
            ("\"We shall see,\" was Mrs. Fisk's answer, \"when the rain stops.\"", 0, "Mrs. Fisk"),
            // A person described: `the` and a person noun in the possessive.
            ("\"Who sent you?\" was the old man's first question.", 0, "the old man"),
        ],
        negative: &[
            // No one's: the answer of nobody named.
            ("\"Not before noon,\" was the curt reply.", 0),
            // A thing's answer is no person's.
            ("\"Closed for repairs\" was the shop's answer.", 0),
            // Not a thing said.
            ("\"The Lark\" was Maud's boat.", 0),
            // The quote ends a sentence that began before it; what follows is another.
            ("He wrote \"Not yet.\" Was his reply wise?", 0),
            // `his` is left to the turns of the dialogue, which place him better than a
            // pronoun's nearest man does.
            ("\"Who sent you?\" was his first question.", 0),
        ],
        matcher: Matcher::Local(quote_was_possessor_noun),
    },
    Rule {
        name: "quote-noun-from-author",
        pattern: "\"Q,\" came the reply from X.",
        confidence: confidence::QUOTE_NOUN_FROM_AUTHOR,
        positive: &[
            ("\"We will not back down,\" came the reply from the union.", 0, "the union"),
            ("\"No comment,\" was the response from Tom Hale's office.", 0, "Tom Hale's office"),
            ("\"Never,\" came the curt answer from Mrs. Fisk.", 0, "Mrs. Fisk"),
            ("\"Guilty,\" was the verdict of the judges.", 0, "the judges"),
        ],
        negative: &[
            // No author: the reply of nobody named.
            ("\"Not before noon,\" came the reply.", 0),
            // Whom the words were for is not who said them.
            ("\"Not now,\" was the reply to the union.", 0),
            // A place the words came from is no one who said them.
            ("\"Coming!\" came the answer from upstairs.", 0),
            ("\"Coming!\" came the answer from the kitchen.", 0),
            // Not a noun for words.
            ("\"Help!\" came the sound from the street.", 0),
            // The quote ends a sentence that began before it; what follows is another.
            ("She wrote \"Not yet.\" Was the reply from the union wise?", 0),
        ],
        matcher: Matcher::Local(quote_noun_from_author),
    },
    Rule {
        name: "according-to",
        pattern: "\"Q,\" according to X.",
        confidence: confidence::ACCORDING_TO,
        positive: &[
            ("\"The dam will hold,\" according to engineer Sam Adeyemi.", 0, "engineer Sam Adeyemi"),
            ("According to the ministry, \"the dam will hold.\"", 0, "the ministry"),
            // Whose spokesperson, after a preposition.
            (
                "According to a spokesperson for the port, \"the dam will hold.\"",
                0,
                "a spokesperson",
            ),
            ("According to the ministry: \"The dam will hold.\"", 0, "the ministry"),
            // A document speaks for whoever it is from.
            (
                "\"The dam will hold,\" according to a letter from the port authority.",
                0,
                "the port authority",
            ),
        ],
        negative: &[
            ("\"The dam will hold,\" according to plan.", 0),
            // A clause after the preposition is no part of the source.
            ("According to a spokesperson for what it is worth, \"the dam will hold.\"", 0),
        ],
        matcher: Matcher::Local(according_to),
    },
    Rule {
        name: "in-words-of",
        pattern: "In X's words, \"Q\"",
        confidence: confidence::IN_WORDS_OF,
        positive: &[
            ("In Ruiz's words, \"we open at six and close when the bread is gone.\"", 0, "Ruiz"),
            ("In the words of one baker, \"the bread is the clock.\"", 0, "one baker"),
            ("\"The bread is the clock,\" in the words of Dana Ruiz.", 0, "Dana Ruiz"),
            ("In Dana Ruiz's own words, \"we open at six.\"", 0, "Dana Ruiz"),
            // Set off inside the sentence.
            ("Ruiz kept the shop because, in her words, \"bread is a duty.\"", 0, "her"),
        ],
        negative: &[
            // Words that are the topic, not the source.
            ("In other words, \"open\" means six.", 0),
            ("She chose her words: \"We open at six.\"", 0),
            ("She weighed, more than once, her words: \"We open at six.\"", 0),
        ],
        matcher: Matcher::Local(in_words_of),
    },
    Rule {
        name: "source-colon-quote",
        pattern: "More from X: \"Q\"",
        confidence: confidence::SOURCE_COLON_QUOTE,
        positive: &[
            ("More from pollster Ann Lee: \"Voters want both.\"", 0, "pollster Ann Lee"),
            ("Here's Dana Ruiz on the vote: \"We lost by two.\"", 0, "Dana Ruiz"),
            ("Reaction from the union: \"A bad day for riders.\"", 0, "the union"),
            ("And from Ortiz:\n\n\"We are not done yet.\"", 0, "Ortiz"),
            (
                "The signs were there all along - more from Ruiz and Lee: \"We saw it.\"",
                0,
                "Ruiz and Lee",
            ),
        ],
        negative: &[
            // The words before `from` tell of a person, who is the speaker.
            ("A nurse from Surrey: \"We are tired.\"", 0),
            ("Here's the thing: \"Nobody asked.\"", 0),
            // A clause follows the source: it is not a heading.
            ("More from Ann Lee was expected: \"Soon.\"", 0),
        ],
        matcher: Matcher::Local(source_colon_quote),
    },
    Rule {
        name: "speaker-colon-quote",
        pattern: "X: \"Q\"",
        confidence: confidence::SPEAKER_COLON_QUOTE,
        positive: &[
            ("Ortiz: \"We will rebuild the bridge\"", 0, "Ortiz"),
            ("Rep. Ann Ruiz (D-Ore.): \"We will rebuild.\"", 0, "Rep. Ann Ruiz"),
            ("FARES RISE AGAIN - Tom Reyes: \"Nobody expected it.\"", 0, "Tom Reyes"),
            // A headline gives a role or a group the same way.
            ("Bank boss: \"We got it wrong\"", 0, "Bank boss"),
            ("Farm workers: \"Pay us on time\"", 0, "Farm workers"),
        ],
        negative: &[
            ("One rule: \"never give up.\"", 0),
            ("The list was short: \"apples, pears.\"", 0),
            // The tag after the quote names the speaker; the word before the colon is a label.
            ("Viewpoint: \"Rates will fall,\" said Ana Ruiz.", 0),
        ],
        matcher: Matcher::Local(speaker_colon_quote),
    },
    Rule {
        name: "intro-paragraph",
        pattern: "... X said:¶\"Q\"",
        confidence: confidence::INTRO_PARAGRAPH,
        positive: &[
            ("In a statement on Friday, the ministry said:\n\n\"The dam will hold.\"", 0, "the ministry"),
            (
                "Mr. Brandt put his head in at the door, and said aloud:\n\n\"Supper.\"",
                0,
                "Mr. Brandt",
            ),
            ("Then she turned, smiling, and said:\n\n\"Come in.\"", 0, "she"),
        ],
        negative: &[("The list was short:\n\n\"Apples, pears.\"", 0)],
        matcher: Matcher::Local(intro_paragraph),
    },
    Rule {
        name: "sentence-verb",
        pattern: "X said that ... \"Q\" ...",
        confidence: confidence::SENTENCE_VERB,
        positive: &[
            ("Ortiz called the plan a \"bold experiment\" on Monday.", 0, "Ortiz"),
            // `remarks` after a determiner and a modifier is the noun, not the verb.
            (
                "Ortiz said in her opening remarks that the plan was \"bold.\"",
                0,
                "Ortiz",
            ),
            ("The coach said the team had \"nothing left to give.\"", 0, "The coach"),
            ("Ortiz praised the crew, saying they had \"done the impossible.\"", 0, "Ortiz"),
            // `quoted ... as saying`: the one quoted said it, not the one quoting.
            (
                "The Ledger quoted a county clerk as saying the count was \"nearly done.\"",
                0,
                "a county clerk",
            ),
            ("Ortiz was quoted as saying the deal was \"fair.\"", 0, "Ortiz"),
            (
                "Police moved in, with a lawyer for the camp calling it \"a raid.\"",
                0,
                "a lawyer for the camp",
            ),
            // An adverb opening the sentence is no subject: the subject follows its phrase.
            (
                "Early in the race, Ortiz praised the crew, saying they had \"done it.\"",
                0,
                "Ortiz",
            ),
            // The state after a city is part of the opening phrase, not the subject.
            (
                "At a town hall in Bangor, Maine, on Friday, Ortiz spoke, saying they had \"won.\"",
                0,
                "Ortiz",
            ),
            // A sentence may open with a past participle's phrase too.
            (
                "Seated beside the mayor, Ortiz spoke, saying they had \"won.\"",
                0,
                "Ortiz",
            ),
            // A name with a time after it keeps the subject when no other follows the comma.
            (
                "Ortiz on Tuesday, in a long speech, praised the crew, saying they had \"done it.\"",
                0,
                "Ortiz",
            ),
            // A verb joined on by `but` or `and` is the sentence subject's.
            ("Ortiz praised the crew but warned of \"a long season.\"", 0, "Ortiz"),
            // A passive's agent speaks.
            (
                "Ortiz was asked by moderator Tom Hale whether she would \"raise taxes.\"",
                0,
                "moderator Tom Hale",
            ),
            // A date between the subject and the verb.
            (
                "Officials on Sept. 12 said the roads were \"closed for days.\"",
                0,
                "Officials",
            ),
            ("Ortiz May 5 told reporters it was \"a warning.\"", 0, "Ortiz"),
            // A date before the subject: its day's number is no count of the people.
            (
                "On June 3 rescue crews said the bridge was \"too weak to cross.\"",
                0,
                "rescue crews",
            ),
            // After `to`, the object before it speaks.
            ("The result led her to declare the race \"all but over.\"", 0, "her"),
            (
                "The board urged Ortiz to describe the plan as \"a gift.\"",
                0,
                "Ortiz",
            ),
        ],
        negative: &[("The plan was a \"bold experiment\" from the start.", 0)],
        matcher: Matcher::Local(sentence_verb),
    },
    Rule {
        name: "sentence-verb-after",
        pattern: "\"Q\" in ..., X said.",
        confidence: confidence::SENTENCE_VERB_AFTER,
        positive: &[
            ("\"We have done our part\" in these talks, Ortiz said.", 0, "Ortiz"),
            (
                "\"We will see,\" a port official who spoke on condition of anonymity said.",
                0,
                "a port official",
            ),
            // A headline's bare role noun after its verb.
            (
                "Mayor 'deeply concerned' over delays, says spokesman\n\nThe mayor was away.",
                0,
                "spokesman",
            ),
        ],
        negative: &[
            ("\"We have done our part\" in these talks, and more.", 0),
            // `it` after the verb is its object.
            ("Critics of a \"safety net\" argue it could trap the port for years.", 0),
            // `that` after the verb opens the clause, whose subject is no speaker.
            ("The poster, \"Fresh Start,\" in red, promises that Ruiz will cut fares.", 0),
        ],
        matcher: Matcher::Local(sentence_verb_after),
    },
    Rule {
        name: "subject-colon-quote",
        pattern: "X turned to the crowd: \"Q\" · X shivered, \"Q\"",
        confidence: confidence::SUBJECT_COLON_QUOTE,
        positive: &[
            ("Ortiz quickly changed the subject: \"Let us talk about jobs.\"", 0, "Ortiz"),
            ("Later, the mayor turned to the crowd again: \"Go home.\"", 0, "the mayor"),
            ("Ortiz, 58, issued the following statement:\n\n\"We grieve.\"", 0, "Ortiz"),
            ("Maud shivered, \"A ghost!\"", 0, "Maud"),
            // A sentence joined on by `but`, its subject right after it.
            ("But Ortiz deflected with a joke: \"Ask my wife.\"", 0, "Ortiz"),
            // The clause that ends at the colon has a subject of its own.
            (
                "Ruth was as cheerful as ever; and, after seeing her, Tom turned to the window: \"She knows.\"",
                0,
                "Tom",
            ),
            // So has a clause a subordinating conjunction opens, when a person acts in it.
            (
                "Calm lasted a week, until Ortiz took to the radio with this: \"Spend it all.\"",
                0,
                "Ortiz",
            ),
            (
                "Ortiz kept calm until the storm hit: \"Stay home.\"",
                0,
                "Ortiz",
            ),
            // A body or a document speaks so too.
            (
                "The ministry's letter makes the case plainly: \"Every child is owed a seat.\"",
                0,
                "The ministry's letter",
            ),
            // After three opening phrases.
            (
                "On Monday, after months of silence, in a packed hall, Mayor Tom Hale looked \
                 up: \"We stay.\"",
                0,
                "Mayor Tom Hale",
            ),
            // After a long opening phrase with a name of its own.
            (
                "With campaign aides anxious about a shortage of enthusiasm for Dana Ruiz among \
                 older voters, Mayor Tom Hale is trying out a new slogan: \"It's about me.\"",
                0,
                "Mayor Tom Hale",
            ),
            // Not one that another clause follows before the colon.
            (
                "Tom waited while Ann read the note, and at last looked up: \"Well?\"",
                0,
                "Tom",
            ),
            // A sentence that opens with no person: the subject of the latest clause
            // joined on, or of one a conjunction of time opens.
            (
                "The box, when shaken, gave a pleasant sound; Ruth rose from her chair and, \
                 lowering her voice, said, with a frown, \"We are too late.\"",
                0,
                "Ruth",
            ),
            (
                "For a whole minute the room was still, until Ruth broke the silence by \
                 asking, \"Is that all?\"",
                0,
                "Ruth",
            ),
        ],
        negative: &[
            ("The menu was short: \"Soup or nothing.\"", 0),
            // Nor does a clause joined on with no person for its subject make one.
            (
                "The box, when shaken, gave a pleasant sound, and the lid, once prised open, \
                 showed a label, in faded ink, \"Property of the Crown.\"",
                0,
            ),
            ("Ortiz left. The sign on the door: \"Closed.\"", 0),
            // After a comma, only a quote that starts a sentence of its own.
            // A participle opening the sentence is nobody's name, capitalized or not.
            ("Given the facts -- and some history -- a reader would ask: \"Why?\"", 0),
            ("Ortiz named the plan, \"a bold experiment.\"", 0),
            // A verb in the imperative, its object after it, is no subject: `Let` is no one.
            ("Let her reply, \"We will not close the library.\"", 0),
            ("Tell them plainly: \"The bridge stays shut.\"", 0),
        ],
        matcher: Matcher::Local(subject_colon_quote),
    },
    Rule {
        name: "quote-subject-tag",
        pattern: "\"Q,\" she owned. · \"Q,\" X glanced up.",
        confidence: confidence::QUOTE_SUBJECT_TAG,
        positive: &[
            ("\"I suppose it was,\" she owned.", 0, "she"),
            ("\"Well, then?\" he pondered, turning the letter over.", 0, "he"),
            ("\"I cannot go on,\" he was thinking. \"Not another day.\"", 0, "he"),
            ("\"And you\", she threw out, \"will you stay?\"", 0, "she"),
            ("\"Nobody is at home,\" Ruth Webb glanced up at the windows.", 0, "Ruth Webb"),
        ],
        negative: &[
            // A new sentence: `He` may be the listener as well as the speaker.
            ("\"It is late.\" He looked at his watch.", 0),
            // A conjunction after the quote: the narration goes on about others.
            ("\"Fine,\" and he left the room.", 0),
            ("\"Fine,\" he and Maud agreed at once.", 0),
            // A quoted phrase inside the writer's sentence is no utterance of his.
            ("After \"the incident,\" he resigned.", 0),
            // After `!` a capitalized name may open a new sentence.
            ("\"I love this town!\"Former mayor Ruth Webb broke down what was wrong.", 0),
        ],
        matcher: Matcher::Local(quote_subject_tag),
    },
    Rule {
        name: "continuation",
        pattern: "\"Q1,\" X said. \"Q2.\"",
        confidence: confidence::CONTINUATION,
        positive: &[("\"We tried,\" Ortiz said. \"We will try again.\"", 1, "Ortiz")],
        negative: &[("\"We tried,\" Ortiz said.\n\nThe rain went on. \"We lost.\"", 1)],
        matcher: Matcher::Context,
    },
    Rule {
        name: "paragraph-continuation",
        pattern: "\"Q1,\" X said.¶\"Q2.\"",
        confidence: confidence::PARAGRAPH_CONTINUATION,
        positive: &[("\"We tried,\" Ortiz said.\n\n\"We will try again next year.\"", 1, "Ortiz")],
        negative: &[
            ("\"We tried,\" Ortiz said.\n\nThe rain went on all night.\n\n\"We lost.\"", 1),
            // Untagged turns in a row make a dialogue, where a turn is not the last
            // speaker's.
            (
                "\"We tried,\" Ortiz said.\n\n\"Tried what?\"\n\n\"To win.\"\n\n\"Did you?\"",
                1,
            ),
            // An interviewer's question before it: the answer is not the one it quoted.
            (
                "Your captain called you \"the toughest coach\" he had. Is that fair?\n\n\
                 \"Tough is a word people use.\"",
                1,
            ),
        ],
        matcher: Matcher::Context,
    },
    Rule {
        name: "in-report",
        pattern: "X: C \"Q\" C → X",
        confidence: confidence::IN_REPORT,
        positive: &[(
            "Ruiz: Bridge Will Reopen in May, 'Nothing Can Stop Us.'\n\n\
             Mayor Dana Ruiz said the work is done.",
            0,
            "Ruiz",
        )],
        negative: &[
            // A quotation after the report's clause is not inside it.
            (
                "Ruiz: Bridge Will Reopen in May\n\nMayor Dana Ruiz spoke.\n\n\
                 'Nothing can stop us now.'",
                0,
            ),
        ],
        matcher: Matcher::Context,
    },
    Rule {
        name: "interview-answer",
        pattern: "(intro naming X)¶Question?¶\"A1.\"¶Question?¶\"A2.\" → X",
        confidence: confidence::INTERVIEW_ANSWER,
        positive: &[(
            "A talk with harbour pilot Ines Varga, who retires this week after forty years \
             on the river.\n\nWhat was your worst night?\n\n\"The flood of 1998. We \
             lost two barges.\"\n\nWill you miss it?\n\n\"Every single day.\"",
            1,
            "Ines Varga",
        )],
        negative: &[
            // One question and its answer may be a writer's rhetorical question.
            (
                "Ines Varga retires this week after forty years on the river.\n\n\
                 Was it worth it?\n\n\"Every single day.\"",
                0,
            ),
            // In a dialogue, a question of the narration is no interviewer's.
            (
                concat!(
                    two_in_the_boat!(),
                    "Where had the time gone?\n\n\"We should go.\"\n\n\
                     Was it dark already?\n\n\"Nearly.\""
                ),
                7,
            ),
        ],
        matcher: Matcher::Context,
    },
    Rule {
        name: "speaker-resumes",
        pattern: "\"Q1,\" X said.¶(narration about no one else)¶\"Q2.\"",
        confidence: confidence::SPEAKER_RESUMES,
        positive: &[(
            "\"We tried,\" Ortiz said.\n\nThe loss was the worst in a decade, with the \
             team down by nine at the half.\n\n\"We will be back next year.\"",
            1,
            "Ortiz",
        )],
        negative: &[
            (
                "\"We tried,\" Ortiz said.\n\nThe loss was the worst since Ana Ruiz took over \
                 the club.\n\n\"We will be back next year.\"",
                1,
            ),
            (
                "\"We tried,\" Ortiz said.\n\nThe club said it would appeal.\n\n\
                 \"We will be back next year.\"",
                1,
            ),
            // The narration speaks of a woman after a man's quote: someone else.
            (
                "\"We tried,\" said Tom Ortiz.\n\nHer voice carried over the noise of the \
                 crowd.\n\n\"We will be back next year.\"",
                1,
            ),
        ],
        matcher: Matcher::Context,
    },
    Rule {
        name: "addressee-replies",
        pattern: "(in a dialogue) \"Q1,\" said A.¶\"Q2,\" said B.¶\"..., A?\"¶\"Q4\" → A; \
                  or C, whom the narration named: C D came in.¶\"..., C?\" said A.¶\"Q\" → C D; \
                  or whom the tag names: \"Q1?\" B asked A.¶\"Q2\" → A",
        confidence: confidence::ADDRESSEE_REPLIES,
        positive: &[
            (
                concat!(
                    three_in_the_boat!(),
                    "\"Are you coming with us, Henry?\"\n\n\"I am.\""
                ),
                11,
                "Henry",
            ),
            (
                concat!(
                    three_in_the_boat!(),
                    "Agnes Webb came down the path with a basket.\n\n\
                     \"Will you row, Agnes?\" said Maud.\n\n\"Not today.\""
                ),
                11,
                "Agnes",
            ),
            // An honorific before the name is no part of it, and its gender picks the
            // brother, though the sister was named last.
            (
                concat!(
                    three_in_the_boat!(),
                    "Jack Webb came down the path, and his sister Agnes Webb behind him.\n\n\
                     \"Will you row, Mr. Webb?\" said Maud.\n\n\"Not today.\""
                ),
                11,
                "Webb",
            ),
            // The calling turn need have no speaker of its own.
            (
                concat!(
                    three_in_the_boat!(),
                    "The wind rose over the water.\n\n\"Row us over, Henry.\"\n\n\"Not today.\""
                ),
                11,
                "Henry",
            ),
            // A turn of two quotes calls her in its second.
            (
                concat!(
                    three_in_the_boat!(),
                    "Agnes Webb came down the path with a basket.\n\n\
                     \"Row with us,\" said Maud, \"will you, Agnes?\"\n\n\"Not today.\""
                ),
                12,
                "Agnes",
            ),
            // The turn's tag says whom it is spoken to: the object of a verb of asking or
            // telling, or a name after `to`.
            (
                concat!(
                    three_in_the_boat!(),
                    "\"Will you fetch the oars?\" Maud asked Henry.\n\n\"Not today.\""
                ),
                11,
                "Henry",
            ),
            (
                concat!(
                    three_in_the_boat!(),
                    "\"Fetch the oars,\" said Maud to Henry.\n\n\"Not today.\""
                ),
                11,
                "Henry",
            ),
            // Clara is named only a few paragraphs after she is called.
            (
                "\"Is that you, Clara?\" called Aunt Jess from the kitchen.\n\n\
                 \"Who else would it be?\"\n\n\
                 \"The man about the boiler, for all I know.\"\n\n\"On a Sunday?\"\n\n\
                 Clara hung her wet coat on the peg and went through to the kitchen.",
                1,
                "Clara",
            ),
        ],
        negative: &[
            (
                concat!(three_in_the_boat!(), "\"Are you coming with us?\"\n\n\"I am.\""),
                11,
            ),
            // Only looked at, Henry is not spoken to.
            (
                concat!(
                    three_in_the_boat!(),
                    "\"Fetch the oars,\" Maud said, looking at Henry.\n\n\"Not today.\""
                ),
                11,
            ),
            // A name after `said` is no hearer: here it opens what was said.
            (
                concat!(
                    three_in_the_boat!(),
                    "\"Fetch the oars,\" Maud said Henry had told her.\n\n\"Not today.\""
                ),
                11,
            ),
            // Agnes is named neither before she is called nor in the paragraphs after.
            (
                concat!(
                    three_in_the_boat!(),
                    "\"Will you row, Agnes?\" said Maud.\n\n\"Not today.\""
                ),
                11,
            ),
        ],
        matcher: Matcher::Context,
    },
    Rule {
        name: "self-named",
        pattern: "(in a dialogue) \"What is your name?\"¶\"Ruth Baker.\" → Ruth Baker",
        confidence: confidence::SELF_NAMED,
        positive: &[
            (
                concat!(
                    three_in_the_boat!(),
                    "A girl stood at the gate.\n\n\"And what is your name?\" asked Maud.\n\n\
                     \"Ruth Baker.\""
                ),
                11,
                "Ruth Baker",
            ),
            // The name given outweighs a `she` the tag leaves to the nearest woman.
            (
                concat!(
                    three_in_the_boat!(),
                    "A woman stood at the gate.\n\n\"Who are you?\" asked Henry.\n\n\
                     \"I'm Mrs. Dale,\" she said, \"from the mill.\""
                ),
                11,
                "Mrs. Dale",
            ),
        ],
        negative: &[
            // No name given.
            (
                concat!(
                    three_in_the_boat!(),
                    "\"And what is your name?\" asked Maud.\n\n\"Never you mind.\""
                ),
                11,
            ),
            // No name asked for: a name in the answer is someone else's.
            (
                concat!(
                    three_in_the_boat!(),
                    "\"Who will row?\" asked Maud.\n\n\"Ruth Baker.\""
                ),
                11,
            ),
            // A name asked back is no answer.
            (
                concat!(
                    three_in_the_boat!(),
                    "\"Is your name Ruth Baker?\" asked Maud.\n\n\"Ruth Baker? No.\""
                ),
                11,
            ),
            // A name the tag gives stands.
            (
                concat!(
                    three_in_the_boat!(),
                    "\"Who are you?\" asked Henry.\n\n\"Ruth Baker,\" said Maud, and pointed."
                ),
                11,
            ),
        ],
        matcher: Matcher::Context,
    },
    Rule {
        name: "called-back",
        pattern: "(in a dialogue) \"Q1\"¶\"Q2, A.\" → Q1 is A's",
        confidence: confidence::CALLED_BACK,
        positive: &[(
            concat!(
                three_in_the_boat!(),
                "The wind rose over the water.\n\n\"Are we going, then?\"\n\n\
                 \"Not yet, Henry.\""
            ),
            10,
            "Henry",
        )],
        negative: &[(
            concat!(
                three_in_the_boat!(),
                "The wind rose over the water.\n\n\"Are we going, then?\"\n\n\"Not yet.\""
            ),
            10,
        )],
        matcher: Matcher::Context,
    },
    Rule {
        name: "turn-taking",
        pattern: "\"Q1,\" said A.¶\"Q2,\" said B.¶\"Q3.\"",
        confidence: confidence::TURN_TAKING,
        positive: &[(
            "\"Are you coming?\" asked Maud.\n\n\"Not tonight,\" said Henry.\n\n\"Then I shall go alone.\"",
            2,
            "Maud",
        )],
        negative: &[
            ("\"Are you coming?\" asked Maud.\n\n\"Then I shall go alone.\"", 1),
            // A group is no party to a two-way exchange.
            (
                "\"Are you coming?\" they asked.\n\n\"Not tonight,\" said Henry.\n\n\
                 \"Then we shall go alone.\"",
                2,
            ),
        ],
        matcher: Matcher::Context,
    },
    Rule {
        name: "turn-taking-back",
        pattern: "(in a dialogue) \"Q1.\"¶\"Q2,\" said B.¶\"Q3,\" said A. → A",
        confidence: confidence::TURN_TAKING_BACK,
        positive: &[(
            concat!(
                three_in_the_boat!(),
                "It grew dark on the river.\n\n\"Is it far?\"\n\n\"Two miles,\" said Henry.\n\n\
                 \"Then we row,\" said Maud."
            ),
            10,
            "Maud",
        ),
        // A turn may open with the narration that names its speaker.
        (
            concat!(
                three_in_the_boat!(),
                "It grew dark on the river.\n\n\"Is it far?\"\n\n\"Two miles,\" said Henry.\n\n\
                 Maud said, \"Then we row.\""
            ),
            10,
            "Maud",
        ),
        // A guess at the other speaker (`dialogue-alternation` would say Maud) yields to
        // the turn after next.
        (
            concat!(
                three_in_the_boat!(),
                "It grew dark on the river.\n\n\"We should turn back,\" said Tom.\n\n\
                 \"Is it far?\"\n\n\"Two miles,\" said Tom.\n\n\"Then we row,\" said Henry."
            ),
            11,
            "Henry",
        )],
        negative: &[
            // Not in a dialogue: news keeps the speaker across paragraphs.
            (
                "\"The port is busy.\"\n\n\"We need cranes,\" Fisk said.\n\n\
                 \"Two more,\" Ortiz said.",
                0,
            ),
            // The turns named later are not two people taking turns.
            (
                concat!(
                    three_in_the_boat!(),
                    "It grew dark on the river.\n\n\"Is it far?\"\n\n\"Two miles,\" said Henry.\n\n\
                     \"Or three,\" said Henry."
                ),
                10,
            ),
        ],
        matcher: Matcher::Context,
    },
    Rule {
        name: "dialogue-alternation",
        pattern: "(in a dialogue) \"Q1,\" said A.¶\"Q2.\" → the other speaker",
        confidence: confidence::DIALOGUE_ALTERNATION,
        positive: &[
            (
                concat!(
                    two_in_the_boat!(),
                    "Maud looked at the sky. \"Go now,\" said Maud.\n\n\
                     \"Right away,\" said Henry.\n\n\
                     \"Quickly, the tide is turning.\""
                ),
                8,
                "Maud",
            ),
            // The turn before got its speaker only from the turn after it (`called-back`).
            (
                concat!(
                    two_in_the_boat!(),
                    "*      *      *\n\n\
                     \"Are we going?\"\n\n\"Not yet, Henry. The tide is still out.\""
                ),
                7,
                "Maud",
            ),
            // The other speaker is nobody yet: the turn after next is still Ortiz's.
            (
                "\"We tried,\" Ortiz said.\n\n\"Tried what?\"\n\n\"To win.\"\n\n\"Did you?\"",
                2,
                "Ortiz",
            ),
        ],
        negative: &[(
            "\"The port is busy,\" Fisk said.\n\n\"We need two more cranes.\"",
            1,
        )],
        matcher: Matcher::Context,
    },
    Rule {
        name: "dialogue-resumes",
        pattern: "(in a dialogue) \"Q1,\" said B.¶\"Q2,\" said A.¶(narration)¶\"Q3.\"¶\"Q4.\" \
                  → A, then B",
        confidence: confidence::DIALOGUE_RESUMES,
        positive: &[
            (
                concat!(
                    two_in_the_boat!(),
                    "The wind dropped, and the gulls went quiet over the water.\n\n\
                     \"The tide will not wait for us.\"\n\n\"No, it never does.\""
                ),
                6,
                "Henry",
            ),
            (
                concat!(
                    two_in_the_boat!(),
                    "The wind dropped, and the gulls went quiet over the water.\n\n\
                     \"The tide will not wait for us.\"\n\n\"No, it never does.\""
                ),
                7,
                "Maud",
            ),
        ],
        negative: &[
            // A row of asterisks between scenes is no pause in the talk.
            (
                concat!(
                    two_in_the_boat!(),
                    "*      *      *\n\n\
                     \"The tide will not wait for us.\""
                ),
                6,
            ),
            // The same, for a turn whose quote comes after a few words of its own
            // paragraph: the paragraph before that one is what pauses the talk.
            (
                concat!(
                    two_in_the_boat!(),
                    "*      *      *\n\n\
                     And then, \"The tide will not wait for us.\""
                ),
                6,
            ),
            // Not in news, where a new paragraph is not a new turn.
            (
                "\"We tried,\" Ortiz said.\n\nThe club said it would appeal.\n\n\
                 \"We will be back next year.\"",
                1,
            ),
        ],
        matcher: Matcher::Context,
    },
    Rule {
        name: "narrated-partner",
        pattern: "(in a dialogue) \"Q0,\" said B. C rose (or, told in the first person, I rose).¶\"Q1,\" said A.¶\"Q2.\" → C (or I)",
        confidence: confidence::NARRATED_PARTNER,
        positive: &[(
            concat!(
                three_in_the_boat!(),
                "Ruth Vane came down the path with the lantern.\n\n\
                 \"Is it time?\" asked Tom.\n\n\"Nearly.\""
            ),
            11,
            "Ruth Vane",
        )],
        negative: &[(
            // Ruth is only in the object: the narration's subject is Maud, the other
            // speaker already, and the turn is hers (`dialogue-alternation`).
            concat!(
                three_in_the_boat!(),
                "Maud waved to Ruth Vane.\n\n\
                 \"Is it time?\" asked Tom.\n\n\"Nearly.\""
            ),
            11,
        )],
        matcher: Matcher::Context,
    },
    Rule {
        name: "named-partner",
        pattern: "(in a dialogue, nobody else speaking) B came in.¶\"Q1,\" said A.¶\"Q2.\" → B",
        confidence: confidence::NAMED_PARTNER,
        positive: &[(
            concat!(
                three_in_the_boat!(),
                "The three of them rowed out past the point.\n\nThe wind rose.\n\nIt rained.\n\n\
                 The night was long.\n\nMorning came grey and cold.\n\nThe tide was low.\n\n\
                 Gulls cried over the flats.\n\nA bell rang in the town.\n\n\
                 Jack Webb walked down to the dock at noon.\n\n\
                 \"Where is everyone?\" asked Ruth Vane.\n\n\"Gone fishing.\""
            ),
            11,
            "Jack Webb",
        )],
        negative: &[(
            // Not in a dialogue: news quotes in a row are one speaker's.
            "Ana Ruiz opened the new berth in May.\n\n\"The port is busy,\" Fisk said.\n\n\
             \"We need two more cranes.\"",
            1,
        )],
        matcher: Matcher::Context,
    },
    Rule {
        name: "addressee-not-speaker",
        pattern: "\"Q1,\" said A.¶\"Q2,\" said B.¶\"Q3, A.\" → B",
        confidence: confidence::ADDRESSEE_NOT_SPEAKER,
        positive: &[(
            "\"Where were you?\" asked Maud.\n\n\"Out,\" said Henry.\n\n\"Only at the shed, Maud.\"",
            2,
            "Henry",
        )],
        negative: &[
            (
                "\"Where were you?\" asked Maud.\n\n\"Out,\" said Henry.\n\n\"Out where?\"",
                2,
            ),
            // `Mr. Lane` is a man: not Maud Lane, whom the same surname would call.
            (
                "\"Where were you?\" asked Maud Lane.\n\n\"Out,\" said Henry.\n\n\
                 \"And you, Mr. Lane?\"",
                2,
            ),
        ],
        matcher: Matcher::Context,
    },
    Rule {
        name: "beat-after",
        pattern: "\"Q\" X stood up.",
        confidence: confidence::BEAT_AFTER,
        positive: &[
            ("Maud sat by the fire.\n\n\"It is late.\" Tom looked at his watch.", 0, "Tom"),
            // A first-person narrator too.
            ("\"Come here,\" called Tom.\n\n\"What is it?\" I looked up from the desk.", 1, "I"),
            // The narration may go on in the quote's own sentence.
            ("\"What is in the box?\" Ruth Webb pointed to the shelf.", 0, "Ruth Webb"),
        ],
        negative: &[
            ("\"It is late.\" The clock struck ten.", 0),
            // A word capitalized only to open the sentence is no one.
            ("\"It is late.\" Gone were the days of long suppers.", 0),
            // A headline's word in marks is no utterance: it ends in no punctuation.
            ("\"Forgotten\" Mill Workers Rally Downtown\n\nThe rally began at noon.", 0),
            // `he` may be the listener as often as the speaker: the rule takes names (and a
            // narrator's `I`) only.
            ("\"It is late.\" He looked at his watch.", 0),
        ],
        matcher: Matcher::Context,
    },
    Rule {
        name: "sentence-before",
        pattern: "X stood up. \"Q\" / X said C. ...¶\"Q\"",
        confidence: confidence::SENTENCE_BEFORE,
        positive: &[
            ("Ortiz stood up at last. \"We are not done.\"", 0, "Ortiz"),
            // An opening phrase without its comma.
            ("After supper Maud sat by the fire. \"We leave at dawn.\"", 0, "Maud"),
            (
                "While he shaved Nora read him the headlines. \"A storm is coming.\"",
                0,
                "Nora",
            ),
            // A narrator telling of themselves.
            ("I could not help laughing.\n\n\"You are quite mad.\"", 0, "I"),
            // A show's title in marks, after the opening preposition, is no quote.
            (
                "On \"Morning Desk,\" Ana Ruiz named rents as a reason for anger. \"People \
                 are tired of paying more.\"",
                0,
                "Ana Ruiz",
            ),
            // A lone adverb opening the sentence without its comma.
            ("Finally Ortiz turned to the crowd. \"We are not done.\"", 0, "Ortiz"),
            ("Cole sat down.\n\nYet Ortiz stayed by the door. \"We are not done.\"", 0, "Ortiz"),
            (
                "Maud rose slowly from the fire.\n\nSlowly she crossed the room. \"We leave.\"",
                0,
                "she",
            ),
            // A pronoun after the opening phrase, when no name is in it.
            (
                "Maud came in from the garden.\n\nAfter supper she sat by the fire. \"We leave at dawn.\"",
                0,
                "she",
            ),
            (
                "At 40, Ana Cerato said she had beaten the odds. Knowing time was short, the \
                 family chose.\n\n\"It is a gift.\"",
                0,
                "Ana Cerato",
            ),
            // A rank capitalized alone names a character of the story.
            ("The Baroness frowned at the waiter. \"This soup is cold.\"", 0, "The Baroness"),
            // A sentence whose subject is no person, with a clause joined on whose subject is.
            (
                "Ruth handed Tom the letter.\n\nA cry broke from the boy's lips, and he leaped \
                 up. \"It cannot be true!\"",
                0,
                "he",
            ),
        ],
        negative: &[
            ("The rain stopped at last. \"We are not done.\"", 0),
            // A participle opening the sentence before its preposition is no one.
            ("Based upon the polls, the race is open. \"We can win.\"", 0),
            // Capitalized words after `the` that are no character's are an institution.
            ("The Harbour Board refused the permit. \"We are not done.\"", 0),
            // Nor a thing after the adverb.
            ("Then the rain stopped. \"We are not done.\"", 0),
            // Nor in a clause joined on.
            ("The rain stopped, and the bells rang out. \"We are not done.\"", 0),
            // A name inside the opening phrase is not its subject.
            ("After Tom left the fire died down. \"We leave at dawn.\"", 0),
            // Nor a pronoun right after the opener.
            ("After she ate the fire died down. \"We leave at dawn.\"", 0),
            // Nor a name that modifies the subject after `but`.
            ("But the big Ortiz poster still hangs there. \"It stays.\"", 0),
            // A sentence about others closing a paragraph of someone's quotes.
            (
                "\"We tried,\" said Ortiz, who has won twice. Cole and Berg have also won.\n\n\
                 \"We will be back next year.\"",
                1,
            ),
        ],
        matcher: Matcher::Context,
    },
    Rule {
        name: "indirect-speaker-verb",
        pattern: "X said (that) C.",
        confidence: confidence::INDIRECT_SPEAKER_VERB,
        positive: &[
            ("Ortiz said the bridge would reopen in May.", 0, "Ortiz"),
            ("The ministry said Monday that the talks will resume.", 0, "The ministry"),
            ("Okafor warned that the ward could close by winter.", 0, "Okafor"),
            // A progressive's subject is the phrase before its `be`.
            ("The senator is insisting that the vote was fair.", 0, "The senator"),
            // Members of the group set off after it (`among them`, `including`).
            (
                "Several unions, including the nurses' union, said the deal was fair.",
                0,
                "Several unions",
            ),
            // A participle's subject is the sentence's, after its opening phrase.
            (
                "Shortly after the vote, the mayor sent a note saying the council had erred.",
                0,
                "the mayor",
            ),
            // `nothing` is the clause's subject when a verb follows it.
            ("Ortiz said nothing had changed since May.", 0, "Ortiz"),
            // A verb that tags dialogue reports a clause after `that`.
            ("The coach snapped that the referees were blind.", 0, "The coach"),
            // An indirect question is what `ask` with no hearer reports.
            ("Ortiz asked if the bridge would reopen in May.", 0, "Ortiz"),
            ("The central bank signalled that rates would fall soon.", 0, "The central bank"),
            // The person a phrase of `of` hangs from speaks, past a modifier of the title,
            // and keeps the phrase: whose daughter she is.
            (
                "The daughter of former mayor Ann Ruiz said the farm was sold.",
                0,
                "The daughter of former mayor Ann Ruiz",
            ),
            // A determiner standing for its noun is the subject; a number after a name
            // word ends the name.
            ("Voters were split. Some said the rink was too costly.", 0, "Some"),
            ("Hydro One said the outage would last a day.", 0, "Hydro One"),
            // `about` before a number makes a count, not a topic.
            ("Ortiz said about 40 beds sit empty each night.", 0, "Ortiz"),
            // A report of its own after `while` is another speaker's.
            (
                "Ortiz said the fee was too high, while the union said it was too low.",
                1,
                "the union",
            ),
        ],
        negative: &[
            // `nothing`, `goodbye`: what was said is the verb's object, not a clause.
            ("Ortiz said nothing at first, and then she smiled.", 0),
            ("The mayor said goodbye to the staff on Friday.", 0),
            // A phrasal verb cues quotations only: `put in place` reports nothing.
            ("The province put in place rules that limit foreign ownership of farms.", 0),
            ("The bridge is said to be the oldest in the city.", 0),
            ("She read the said document twice over.", 0),
            ("Ortiz went home, though no one said the vote was over.", 0),
            ("Ortiz says so.", 0),
            ("Did Ortiz say the bridge would reopen?", 0),
            ("Okafor denied the request for an inquiry.", 0),
            // After `be`, the `-ing` form is the verb of its own clause (the `who`'s), not
            // a participle hanging on the sentence's subject.
            (
                "\"Stay here,\" Mr. Hale began, when Cora, who appeared to be insisting that \
                 the ship was in, ran into the room.",
                0,
            ),
            // A form in `-s` after a preposition is a plural noun.
            ("A spokeswoman declined to comment on reports that the ferry was sold.", 0),
            // `signal` and `hint` report a clause only with `that`.
            ("The leaders signaled their support for the delay.", 0),
            ("Okafor hinted at a deal with the union.", 0),
            // `echo` takes what it repeats as its object as often as a clause.
            ("Okafor echoed the mayor's call for calm on Monday.", 0),
            // A speech verb's `-ing` form that is part of a noun (`warning sirens`).
            ("Okafor looked into why warning sirens had failed to sound.", 0),
            // A verb that tags dialogue takes a thing as its object here.
            ("The Falcons snapped the visitors' five-game winning streak on Friday.", 0),
            ("The crew ignored warning lights that showed the pump was failing.", 0),
        ],
        matcher: Matcher::Reported,
    },
    Rule {
        name: "indirect-tell",
        pattern: "X told Y (that) C.",
        confidence: confidence::INDIRECT_TELL,
        positive: &[
            ("Fisk told reporters that the port had never been busier.", 0, "Fisk"),
            // After `with`, the phrase before the participle is its subject.
            (
                "The port defended its record, with press secretary Lena Ashford telling \
                 reporters it had never been busier.",
                0,
                "press secretary Lena Ashford",
            ),
            // A party and state set off after a name is no name.
            ("Rep. Ana Ruiz, D-Texas, told reporters the port was busy.", 0, "Rep. Ana Ruiz"),
            // `ask` reports an indirect question after its hearer.
            ("Fisk asked the mayor whether the port would close.", 0, "Fisk"),
        ],
        negative: &[
            ("Fisk told a long story.", 0),
            ("Fisk asked the mayor about the port.", 0),
            ("Fisk told them everything about the port and its cranes.", 0),
            // The verb attributes the quote before it, though `Ombudsman` is read without
            // its article: the place after the hearer is no report.
            ("\"We will win,\" the Ombudsman told reporters outside the court.", 0),
            // So does a lower-case title the name is read without.
            ("\"We will win,\" the union president Kay Dunn told reporters outside the court.", 0),
            ("\"We will win,\" local union president Kay Dunn told reporters outside the court.", 0),
        ],
        matcher: Matcher::Reported,
    },
    Rule {
        name: "indirect-clause-speaker-verb",
        pattern: "C, X said.",
        confidence: confidence::INDIRECT_CLAUSE_SPEAKER_VERB,
        positive: &[
            ("The port had never been busier, Fisk said on Friday.", 0, "Fisk"),
            ("The port had never been busier, said Lena Fisk, its director.", 0, "Lena Fisk"),
            ("At least four crew members were hurt, the captain told reporters.", 0, "the captain"),
        ],
        negative: &[
            ("Busy, Fisk said.", 0),
            ("He arrived late, told reporters he was sick and left.", 0),
            // `said that` opens the verb's own clause: no inversion, no `Ty` speaking.
            ("Lena Fisk, 31, said that her younger brother, Theo, had tried to calm the crowd.", 0),
        ],
        matcher: Matcher::Reported,
    },
    Rule {
        name: "indirect-directive",
        pattern: "X urged Y to C.",
        confidence: confidence::INDIRECT_DIRECTIVE,
        positive: &[
            ("The mayor urged residents to conserve water until Friday.", 0, "The mayor"),
            ("Police warned the public on Monday not to approach the animal.", 0, "Police"),
        ],
        negative: &[
            ("The mayor urged patience.", 0),
            ("She asked about the plan to widen the road.", 0),
            ("Ortiz told reporters travelling with her to the summit that talks went well.", 0),
            // A subject after the hearer opens a clause; its `to` is no directive's.
            ("Ortiz told reporters she planned to visit the summit.", 0),
        ],
        matcher: Matcher::Reported,
    },
    Rule {
        name: "indirect-parenthetical",
        pattern: "C1, X said, C2.",
        confidence: confidence::INDIRECT_PARENTHETICAL,
        positive: &[
            ("It was on his watch, Okafor said, that the deficit doubled.", 0, "Okafor"),
            ("It was on his watch, Okafor said, that the deficit doubled.", 1, "Okafor"),
            ("Most of the money, they promise, will go back to families.", 0, "they"),
            ("Most of the money, they promise, will go back to families.", 1, "they"),
            ("In the long run, Okafor said, the levy would pay for itself.", 0, "Okafor"),
            ("The talks stalled again, Okafor said, as hundreds of protesters gathered outside the hall.", 0, "Okafor"),
        ],
        negative: &[
            ("Most of the money, they promise, will go back to families.", 2),
            ("The talks stalled again, Okafor said, as hundreds of protesters gathered outside the hall.", 1),
            ("The plan, Okafor said, \"will never work.\"", 0),
        ],
        matcher: Matcher::Reported,
    },
    Rule {
        name: "indirect-naming",
        pattern: "X called it C. / what X calls C",
        confidence: confidence::INDIRECT_NAMING,
        positive: &[
            ("Farm groups called it a stopgap that fixes nothing.", 0, "Farm groups"),
            ("Ruiz objects to the levy, which she calls a tax grab on renters.", 0, "she"),
            ("Okafor called her a candidate with no plan at all.", 0, "Okafor"),
        ],
        negative: &[
            ("The crew called it off at noon.", 0),
            ("The coaches called them back for one more drill.", 0),
            ("Ruiz called the plan a stopgap that fixes nothing.", 0),
            ("The judge called them to the stand one by one.", 0),
            ("Ruiz called her record in office a model for the region.", 0),
        ],
        matcher: Matcher::Reported,
    },
    Rule {
        name: "indirect-label",
        pattern: "X: C (a transcript's turn, a headline)",
        confidence: confidence::INDIRECT_LABEL,
        positive: &[
            (
                "Maria Lind spoke with Dana Ruiz.\n\nLIND: Welcome back to the program.\n\n\
                 RUIZ: Thank you for having me here.",
                1,
                "RUIZ",
            ),
            (
                "Ruiz: Bridge Will Reopen in May\n\nMayor Dana Ruiz said the work is done.",
                0,
                "Ruiz",
            ),
        ],
        negative: &[
            // A label alone in running text heads a note.
            ("The bridge is closed.\n\nUpdate: The ferry runs every hour.\n\nIt is late.", 0),
            // A quotation after the label is quoted, not reported.
            (
                "Maria Lind spoke with Dana Ruiz.\n\nLIND: Welcome back to the program.\n\n\
                 RUIZ: \"Thank you for having me here.\"",
                1,
            ),
        ],
        matcher: Matcher::Reported,
    },
    Rule {
        name: "indirect-according-to",
        pattern: "According to X, C. / C, according to X.",
        confidence: confidence::INDIRECT_ACCORDING_TO,
        positive: &[
            ("According to the ministry, the talks will resume next week.", 0, "the ministry"),
            ("The talks will resume next week, according to the ministry.", 0, "the ministry"),
            ("Most of the money, according to the ministry, will go to schools.", 1, "the ministry"),
            // A document's author, named after `from` or `by`.
            (
                "According to a report by the auditor general, the fund ran dry in May.",
                0,
                "the auditor general",
            ),
        ],
        negative: &[
            ("According to plan, we left.", 0),
            ("Work went on according to the plan the ministry drew up.", 0),
        ],
        matcher: Matcher::Reported,
    },

];

/// The rule named `name`.
pub(crate) fn rule(name: &str) -> &'static Rule {
    RULES
        .iter()
        .find(|r| r.name == name)
        .expect("rule names are fixed")
}

// ---- token helpers -------------------------------------------------------------------

fn word<'a>(c: &Ctx<'a>, i: usize) -> Option<&'a str> {
    c.tokens
        .get(i)
        .filter(|t| t.kind == Kind::Word)
        .map(|t| t.text(c.text))
}

/// The lemma of the phrasal speech verb whose head is token `i` and whose particle comes
/// right after it (`broke in`, `put in`).
pub(crate) fn phrasal_at(tokens: &[Token], i: usize, text: &str) -> Option<&'static str> {
    particle_after(tokens[i].info().phrasal?, tokens, i, text)
}

/// The lemma of the phrasal verb whose head, at token `i`, takes `particles`, when one of
/// them comes right after it.
#[inline]
fn particle_after(
    particles: &'static [(&'static str, &'static str)],
    tokens: &[Token],
    i: usize,
    text: &str,
) -> Option<&'static str> {
    let next = tokens
        .get(i + 1)
        .filter(|n| n.kind == Kind::Word)?
        .text(text);
    particles
        .iter()
        .find(|(particle, _)| *particle == next)
        .map(|&(_, lemma)| lemma)
}

/// The speech verb at token `i`, if any.
#[inline]
pub(crate) fn verb_at(tokens: &[Token], i: usize, text: &str) -> Option<(&'static str, VerbKind)> {
    let t = tokens.get(i).filter(|t| t.kind == Kind::Word)?;
    let info = t.info();
    // `pointed out`, `shot back`: a phrasal verb is a cue with its particle. (`put in` is
    // one though `put` alone is a verb too, of `as she put it`.)
    if let Some(lemma) = info
        .phrasal
        .and_then(|p| particle_after(p, tokens, i, text))
    {
        return Some((lemma, VerbKind::Say));
    }
    let verb = info.verb?;
    // `the United States`, `Consumer Reports`: a verb form that is also a plural noun,
    // capitalized after a capitalized word, is part of a name. (`Clinton Says` in a
    // title-case headline stays a verb.)
    if !t.is_capitalized(text) {
        return (!noun_after_determiner(tokens, i, text)).then_some(verb);
    }
    let in_name = i > 0
        && tokens[i - 1].is_capitalized(text)
        && tokens[i - 1].info().pronoun.is_none()
        && NOUN_FORMS
            .iter()
            .any(|n| t.text(text).eq_ignore_ascii_case(n));
    (!in_name).then_some(verb)
}

/// `in her opening remarks`, `the comments`: a plural that is seldom a news verb, after a
/// determiner or after a determiner and a modifier, is the noun. (`states`, `claims`,
/// `notes` and `reports` stay verbs after a modifier: `the bill states that`.) Any speech
/// verb form right after an article is a noun: an article never comes before a verb; and
/// so is a plural before a participle and `by` (`reports obtained by the paper`).
fn noun_after_determiner(tokens: &[Token], i: usize, text: &str) -> bool {
    // Right after an article, any form is the noun: `in a note to clients`, `the claims`.
    let article = |k: usize| {
        let a = tokens[k].text(text);
        ["a", "an", "the"].iter().any(|w| w.eq_ignore_ascii_case(a))
    };
    if i >= 1 && article(i - 1) {
        return true;
    }
    if owned(tokens, i, text) {
        return true;
    }
    // `described that claim as`, `disputed these reports`: after a verb, a demonstrative
    // determines the verb's object, or `that` opens a clause whose subject follows;
    // either way the form after it is a noun. (`a statement that said`: after a noun,
    // `that` is a relative pronoun and a verb follows.)
    if i >= 2
        && DEMONSTRATIVES.contains(&tokens[i - 1].text(text))
        && verb_form(&tokens[i - 2], text)
    {
        return true;
    }
    let w = tokens[i].text(text);
    // `Internal reports obtained by the paper show`: a plural followed by a participle
    // and its `by` is the noun the participle describes.
    let by_after = |k: usize| {
        tokens
            .get(k)
            .is_some_and(|t| t.kind == Kind::Word && mention::participle_form(t.text(text)))
            && tokens.get(k + 1).is_some_and(|t| t.text(text) == "by")
    };
    if NOUN_FORMS.contains(&w) && by_after(i + 1) {
        return true;
    }
    if !NOUN_PLURALS.contains(&w) {
        return false;
    }
    let determiner = |k: usize| tokens[k].info().function == Some(Function::Determiner);
    // The modifier between is no noun that could be a subject (`the company comments`).
    let modifier = |k: usize| {
        let info = tokens[k].info();
        plain_word(&tokens[k], text) && !(info.role || info.title || info.org || info.group)
    };
    i >= 1 && determiner(i - 1) || i >= 2 && modifier(i - 1) && determiner(i - 2)
}

/// `her reply`, `in their answer`, `Her curt reply was`: whether the speech verb form at
/// `i` is a noun, what someone said, after a possessive determiner. Right after it, any
/// form is: a determiner never comes before a verb. After adjectives too, only a noun for
/// something said (`reply`, `retort`), the adjectives no plurals: `His critics reply` and
/// `her aides say` have a subject before the verb. But `his` stands alone after `of` (`a
/// friend of his said`), and `her` is an object after a verb (`the man who hired her
/// said`), so `her` counts only opening its sentence or after a preposition or
/// conjunction. A gerund keeps its verb, whose speaker the possessive names (`his
/// muttering acknowledgment`).
fn owned(tokens: &[Token], i: usize, text: &str) -> bool {
    if tokens[i].text(text).ends_with("ing") {
        return false;
    }
    let mut p = i;
    while p > 0 && i - p < MAX_NOUN_MODIFIERS && plain_word(&tokens[p - 1], text) {
        p -= 1;
    }
    let Some(d) = p.checked_sub(1) else {
        return false;
    };
    let w = tokens[d].text(text);
    let Some(det) = lexicon::POSSESSIVE_DETERMINERS
        .iter()
        .find(|p| w.eq_ignore_ascii_case(p))
    else {
        return false;
    };
    let before = d
        .checked_sub(1)
        .filter(|_| !crate::token::opens_sentence(tokens, d))
        .map(|b| &tokens[b]);
    let determines = match *det {
        "his" => !before.is_some_and(|b| b.text(text) == "of"),
        "her" => match before {
            None => true,
            Some(b) => b.info().function == Some(Function::Stop),
        },
        _ => true,
    };
    // (`her nervous reply`: `-ss` and `-us` end adjectives and singulars, not plurals.)
    let plural = |w: &str| w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us");
    let adjectives = || {
        (p..i).all(|k| !plural(tokens[k].text(text)))
            && lexicon::is_utterance_noun(tokens[i].text(text))
    };
    determines && (p == i || adjectives())
}

/// Demonstratives that may determine a noun (`that claim`) as well as stand alone.
const DEMONSTRATIVES: &[&str] = &["that", "this", "these", "those"];

/// Whether `t` is a verb: one of the speech-verb table, or a lower-case past form in
/// `-ed` of any verb (`described`, `rejected`, `denied`).
fn verb_form(t: &Token, text: &str) -> bool {
    let w = t.text(text);
    t.kind == Kind::Word
        && (t.info().verb.is_some()
            || w.len() > 4 && w.ends_with("ed") && w.bytes().all(|b| b.is_ascii_lowercase()))
}

/// A lower-case word the lexicon gives no function, verb or pronoun: an adjective or a
/// noun (`food`, `waste`, `opening`).
pub(crate) fn plain_word(t: &Token, text: &str) -> bool {
    let info = t.info();
    t.kind == Kind::Word
        && !t.is_capitalized(text)
        && info.function.is_none()
        && info.pronoun.is_none()
        && info.verb.is_none()
}

/// A word of a noun phrase before its head or after its preposition: a [`plain_word`] or
/// a determiner (`the`, `union`, `new`).
pub(crate) fn modifier_word(t: &Token, text: &str) -> bool {
    plain_word(t, text) || t.kind == Kind::Word && t.info().function == Some(Function::Determiner)
}

/// Speech verb forms [`noun_after_determiner`] reads as nouns after a determiner.
const NOUN_PLURALS: &[&str] = &[
    "remarks", "comments", "answers", "replies", "charges", "demands", "promises", "calls",
];

/// Forms of `be` that make a following participle passive (`was told`, `is said to`).
pub(crate) const BE_FORMS: &[&str] = &["was", "were", "is", "are", "be", "been"];

/// Speech verb forms that are also plural nouns, and so may end a name (`United States`,
/// `Consumer Reports`, `Small Claims Court`).
const NOUN_FORMS: &[&str] = &[
    "states", "reports", "notes", "claims", "remarks", "comments", "answers", "replies", "charges",
    "calls", "demands", "promises",
];

fn verb(c: &Ctx, i: usize) -> Option<(&'static str, VerbKind)> {
    verb_at(c.tokens, i, c.text)
}

/// Skips words that may stand between a speaker and the verb (`has also`, `at last`),
/// forward.
pub(crate) fn skip_between(tokens: &[Token], mut i: usize, text: &str) -> usize {
    loop {
        if tokens.get(i).is_some_and(|t| between_word(t, text)) {
            i += 1;
        } else if i < tokens.len() && at_adverbial(tokens, i, text) {
            i += 2;
        } else {
            return i;
        }
    }
}

/// A word that may stand between a speaker and the verb: an auxiliary or adverb from the
/// table (`has also`), or a manner adverb in `-ly` (`jokingly`, `emphatically`).
pub(crate) fn between_word(t: &Token, text: &str) -> bool {
    t.kind == Kind::Word
        && (t.info().function == Some(Function::Between) || manner_adverb(t.text(text)))
}

/// `jokingly`, `emphatically`: a lower-case word of six letters or more in `-ly` that is no
/// noun the table knows (`family`, `assembly`), or a short adverb of [`SHORT_ADVERBS`].
pub(crate) fn manner_adverb(w: &str) -> bool {
    let long_ly = w.len() >= 6
        && w.ends_with("ly")
        && w.bytes().all(|b| b.is_ascii_lowercase())
        && !LY_NOUNS.contains(&w);
    long_ly || SHORT_ADVERBS.contains(&w)
}

/// Adverbs shorter than six letters that close a speech-verb clause after its speaker
/// (`said the Coroner dryly`, `said the Nawab Bahadur quite calmly`). Short words in `-ly`
/// are listed, not guessed: many are nouns (`belly`, `rally`, `bully`).
const SHORT_ADVERBS: &[&str] = &[
    "dryly", "drily", "shyly", "wryly", "slyly", "coyly", "sadly", "badly", "gaily", "madly",
    "quite", "again", "aloud",
];

/// Nouns and adjectives in `-ly` that can end a subject: `the family said`.
const LY_NOUNS: &[&str] = &[
    "family",
    "assembly",
    "supply",
    "monopoly",
    "anomaly",
    "butterfly",
    "elderly",
    "friendly",
    "weekly",
    "monthly",
    "quarterly",
    "daily",
    "bully",
    "melancholy",
];

/// Whether `at` and a word of [`AT_ADVERBS`] stand at `k` (`at length`, `at last`): an
/// adverbial of time between a subject and its verb, no place the subject is at.
#[inline]
fn at_adverbial(tokens: &[Token], k: usize, text: &str) -> bool {
    // The length first: most words asked are not `at`, and it is one compare.
    tokens[k].span.len() == 2
        && tokens[k].text(text) == "at"
        && tokens
            .get(k + 1)
            .is_some_and(|t| t.kind == Kind::Word && AT_ADVERBS.contains(&t.text(text)))
}

/// Words that make an adverbial of time after `at` ([`at_adverbial`]).
const AT_ADVERBS: &[&str] = &["length", "last", "once", "first"];

/// Steps back over `has also` before a verb at `v`; returns the end of the subject.
fn between_back(c: &Ctx, v: usize) -> usize {
    skip_between_back(c.tokens, 0, v, c.text)
}

/// Steps back from a verb at `v` over `has also` and the like, no further than `start`;
/// returns where the subject ends.
pub(crate) fn skip_between_back(tokens: &[Token], start: usize, v: usize, text: &str) -> usize {
    let mut i = v;
    let day =
        |k: usize| tokens[k].kind == Kind::Word && crate::lexicon::is_day(tokens[k].text(text));
    loop {
        // `her nephew at length pointed out`, `the clerk at last replied`.
        if i >= start + 2 && at_adverbial(tokens, i - 2, text) {
            i -= 2;
            continue;
        }
        // `Officials on Sept. 12 said`, `Ruiz May 5 told`.
        if let Some(d) = mention::date_before(tokens, start, i, text) {
            i = d;
            continue;
        }
        // `the duchess with mock sadness said`, `Ortiz with a grin replied`.
        if let Some(w) = with_adverbial(tokens, start, i, text) {
            i = w;
            continue;
        }
        // Days too: `Priebus later Thursday told`, `Trudeau on Tuesday called`.
        let between = i > start
            && (between_word(&tokens[i - 1], text)
                || day(i - 1)
                || i < v && tokens[i - 1].text(text) == "on" && day(i));
        // `Theresa May said`, `Ms. May said`
        if !between || mention::surname_after_first_name(tokens, i - 1, tokens[i - 1].info(), text)
        {
            return i;
        }
        i -= 1;
    }
}

/// Where a phrase of manner or company that `with` opens, and that ends right before
/// token `i`, begins (`the duchess with mock sadness said`, `Ortiz with a grin replied`,
/// `a man with a dog told`), when a subject stands before it: lower-case words that name
/// no body, person or group. With one (`an analyst with the bank said`, `a nurse with
/// Doctors Without Borders said`) the phrase is the subject's affiliation, which the
/// mention reader keeps.
fn with_adverbial(tokens: &[Token], start: usize, i: usize, text: &str) -> Option<usize> {
    let lo = i.saturating_sub(MAX_WITH_PHRASE + 1).max(start + 1);
    let with = (lo..i)
        .rev()
        .take_while(|&k| tokens[k].kind == Kind::Word)
        .find(|&k| tokens[k].span.len() == 4 && tokens[k].text(text) == "with")?;
    // (`people familiar with the talks said`: the phrase completes an adjective that
    // tells who they are.)
    let manner = with + 1 < i
        && tokens[with - 1].kind == Kind::Word
        && !mention::POST_MODIFIERS.contains(&tokens[with - 1].text(text))
        && (with + 1..i).all(|k| {
            let info = tokens[k].info();
            // (A determiner only right after `with`: in `with diffidence that the other
            // said`, `that` opens a clause whose subject is after it.)
            let determiner = k == with + 1 && info.function == Some(Function::Determiner);
            !mention::may_be_party(&tokens[k], text)
                && info.pronoun.is_none()
                && (info.function.is_none() || determiner)
        });
    manner.then_some(with)
}

/// Most words after `with` that [`with_adverbial`] reads.
const MAX_WITH_PHRASE: usize = 4;

/// After a mention ending at `i`, steps over an apposition or relative clause set off by
/// commas (`Ortiz, 58, said`; `Ortiz, who lives nearby, said`; `Schuh, the company's
/// founder, said`). Callers check that a speech verb follows, which is what makes the
/// stretch between the commas an apposition rather than a list.
pub(crate) fn skip_apposition(tokens: &[Token], i: usize, text: &str) -> usize {
    let i = skip_affiliation(tokens, mention::skip_parenthesis(tokens, i), text);
    if !tokens.get(i).is_some_and(|t| t.is_punct(',')) {
        return i;
    }
    for (k, t) in tokens
        .iter()
        .enumerate()
        .take(i + MAX_APPOSITION)
        .skip(i + 1)
    {
        match t.kind {
            Kind::Punct(',') => return k + 1,
            // `McConnell, R-Ky., said`: a period before the closing comma is an abbreviation's.
            Kind::Punct('.') if tokens.get(k + 1).is_some_and(|n| n.is_punct(',')) => {}
            // `the mayor's nephew, Marta "Tia" Ruiz, said`: a nickname is part of the name;
            // `Ana Ruiz, wearing a "Vote Yes" pin, said`: a short term in marks is part of
            // the phrase.
            Kind::Quote(_) if mention::quoted_term(tokens, k, text) => {}
            Kind::Punct('.' | ';' | ':' | '?' | '!') | Kind::Quote(_) | Kind::Break => return i,
            _ => {}
        }
    }
    i
}

/// Steps over an affiliation after a name: `Jingyi Pan of IG said`, `Ana Ruiz at the
/// Fraser Institute said`, `a spokesman for Metrolinx said`: a preposition, perhaps `the`,
/// then capitalized words.
fn skip_affiliation(tokens: &[Token], i: usize, text: &str) -> usize {
    let is = |k: usize, ws: &[&str]| {
        tokens
            .get(k)
            .is_some_and(|t| t.kind == Kind::Word && ws.contains(&t.text(text)))
    };
    if !is(i, mention::AFFILIATIONS) {
        return i;
    }
    // `the mother of two said`: a count of children tells of the person, like an age.
    // (`one` to `three` are in the lexicon as determiners, not as counts.)
    let count = tokens.get(i + 1).is_some_and(|t| {
        let w = t.text(text);
        t.kind == Kind::Word
            && (t.info().number
                || matches!(w, "one" | "two" | "three")
                || w.bytes().all(|b| b.is_ascii_digit()))
    });
    if is(i, &["of"]) && count {
        return i + 2;
    }
    let mut k = i + 1;
    if is(k, &["the"]) {
        k += 1;
    }
    let first = k;
    while k < first + 6 && tokens.get(k).is_some_and(|t| t.is_capitalized(text)) {
        k += 1;
    }
    if k == first {
        i
    } else {
        k
    }
}

/// Longest apposition [`skip_apposition`] steps over, in tokens.
const MAX_APPOSITION: usize = 24;

fn found(mention: Mention, cue: Option<&Token>) -> Option<Found> {
    Some(Found {
        mention,
        cue: cue.map(|t| t.span.clone()),
    })
}

/// Punctuation that closes a quoted speech, inside its marks or right after them.
const CLOSING: &[char] = &[',', '.', '!', '?', ';', '-', '\u{2014}', '\u{2026}'];

/// Whether punctuation closes the quote: `"Q," said`, `"Q", said`, `"Q!" cried`.
fn closed(c: &Ctx) -> bool {
    let inner = c.text[c.tokens[c.qt].span.clone()]
        .trim_end_matches(|ch: char| !ch.is_alphanumeric() && !CLOSING.contains(&ch));
    inner.ends_with(CLOSING)
        || c.tokens.get(c.qt + 1).is_some_and(|t| {
            t.kind == Kind::Dash || matches!(t.kind, Kind::Punct(p) if CLOSING.contains(&p))
        })
}

/// Where the words after the quote start, skipping a comma (British punctuation puts it
/// outside the marks); `None` when the quote ends a sentence that began before it, since
/// then what follows is a new sentence about something else.
fn after_quote(c: &Ctx) -> Option<usize> {
    // A quote that ends a sentence begun before it has had its say; but a label and a colon
    // with no verb (`Viewpoint: "Q?" Ana Ruiz asked.`) begin no sentence of their own.
    let label = || {
        c.tokens[c.qt - 1].is_punct(':') && (c.sent_start..c.qt - 1).all(|k| verb(c, k).is_none())
    };
    if c.sent_end == c.qt + 1 && c.sent_start < c.qt && !label() {
        return None;
    }
    let i = c.qt + 1;
    if c.tokens.get(i).is_some_and(|t| t.is_punct(',')) {
        Some(i + 1)
    } else {
        Some(i)
    }
}

// ---- the local rules -----------------------------------------------------------------

/// `"WALLACE: Let's start ..."`: a transcript quotes each turn with the speaker's name in
/// capitals and a colon at its head.
fn quote_label(c: &Ctx) -> Option<Found> {
    let span = c.tokens[c.qt].span.clone();
    let inner = &c.text[span.clone()];
    let start = span.start + inner.find(|ch: char| ch.is_alphanumeric())?;
    let label = speaker_label(&c.text[start..span.end])?;
    Some(Found {
        mention: label_mention(start, label, c.qt..c.qt),
        cue: None,
    })
}

/// The speaker a transcript's `label` names, written from byte `start` (its title words,
/// `SEN.`, kept apart from the name); `tokens` are the tokens it is read from.
pub(crate) fn label_mention(start: usize, label: &str, tokens: Range<usize>) -> Mention {
    let mut name_start = start;
    let mut in_title = true;
    let mut gender = None;
    let mut offset = 0;
    for w in label.split(' ') {
        let info = crate::lexicon::lookup(w);
        if in_title && (info.title || info.honorific.is_some()) {
            gender = gender.or(info.honorific.flatten());
            name_start = start + offset + w.len() + 1;
        } else {
            in_title = false;
        }
        offset += w.len() + 1;
    }
    let end = start + label.len();
    // `HOST:`, `MODERATOR:`: a label of title words alone names its speaker by them.
    if name_start >= end {
        name_start = start;
    }
    Mention {
        kind: MentionKind::Name,
        span: start..end,
        name: name_start..end,
        title: (name_start > start).then(|| start..name_start - 1),
        gender,
        tokens,
    }
}

/// The speaker label `rest` opens with, without its colon: one to four words in capitals
/// (`WALLACE`, `SEN. ANN RUIZ`), a colon and a space, as a transcript marks each turn.
/// (`NOTE:` and the like head a note, not a turn.)
pub(crate) fn speaker_label(rest: &str) -> Option<&str> {
    // Look for the colon only as far as a label reaches: the scanner asks at every
    // paragraph that reopens a quote, and a search to the end of the text would make
    // a colonless text of such paragraphs quadratic.
    let reach = &rest.as_bytes()[..rest.len().min(MAX_LABEL + 1)];
    let colon = reach.iter().position(|&b| b == b':')?;
    rest[colon + 1..]
        .starts_with([' ', '\u{a0}'])
        .then_some(())?;
    let label = &rest[..colon];
    let mut words = 0;
    let mut letters = 0;
    for w in label.split(' ') {
        let capitals = !w.is_empty()
            && w.chars().any(char::is_alphabetic)
            && w.chars()
                .all(|ch| ch.is_uppercase() || matches!(ch, '.' | '\'' | '’' | '-'));
        if !capitals || (words == 0 && LABEL_HEADINGS.contains(&w)) {
            return None;
        }
        words += 1;
        letters += w.chars().filter(|ch| ch.is_alphabetic()).count();
    }
    (words <= MAX_LABEL_WORDS && letters >= 2).then_some(label)
}

/// Longest transcript label, in bytes and in words.
const MAX_LABEL: usize = 40;
const MAX_LABEL_WORDS: usize = 4;

/// Capitalized words that head a note, not a turn: `"NOTE: ..."`, `"UPDATE: ..."`.
const LABEL_HEADINGS: &[&str] = &[
    "NOTE",
    "UPDATE",
    "BREAKING",
    "WATCH",
    "READ",
    "CORRECTION",
    "WARNING",
    "PHOTO",
    "VIDEO",
    "LIVE",
    "EXCLUSIVE",
    "RELATED",
    "EDITOR'S",
    "EDITOR’S",
    "SOURCE",
    "SOURCES",
    "MORE",
    "ALSO",
];

fn quote_speaker_verb(c: &Ctx) -> Option<Found> {
    let i = after_quote(c)?;
    // `"Q," the editorial said.`: between a quote and its verb, any determiner phrase; with
    // the verb's token.
    let phrase_to_verb = || {
        let v = (i + 1..(i + 9).min(c.sent_end)).find(|&k| verb(c, k).is_some())?;
        let end = between_back(c, v);
        // `"Q," the crowd was told`: a passive's subject heard, it did not speak.
        let passive = (i..v).any(|k| word(c, k).is_some_and(|w| BE_FORMS.contains(&w)));
        (!passive).then_some(())?;
        Some((mention::determiner_phrase(c.tokens, i, end, c.text)?, v))
    };
    let m = match mention::forward(c.tokens, i, c.text) {
        // `"Q," Ruiz and Hale said`: names joined before the verb speak together.
        // (`Ruiz and Hale also said`: the words that may stand before a verb are stepped
        // over.)
        Some(m) => {
            let m = mention::document_author(c.tokens, m, c.text);
            mention::coordinated_after(c.tokens, m, c.text, |k| {
                verb(c, skip_between(c.tokens, k, c.text)).is_some()
            })
        }
        None => phrase_to_verb()?.0,
    };
    // `Italy's League leader Marco Bassi wrote`: a description, then the name it titles.
    let m = match m.kind {
        MentionKind::Role | MentionKind::Org => mention::forward(c.tokens, m.tokens.end, c.text)
            .filter(|n| {
                n.kind == MentionKind::Name && c.tokens[m.tokens.end].is_capitalized(c.text)
            })
            .map(|mut n| {
                n.title = Some(m.span.start..n.name.start.max(m.span.end));
                n.span.start = m.span.start;
                n.tokens.start = m.tokens.start;
                n
            })
            .unwrap_or(m),
        _ => m,
    };
    let j = skip_between(
        c.tokens,
        skip_apposition(c.tokens, m.tokens.end, c.text),
        c.text,
    );
    if verb(c, j).is_none() {
        // `"Q," the committee chairmen said.`: the phrase read goes on past the head
        // the tables know, in more lower-case nouns, up to the verb (not in a phrase of
        // its own, `his son in the end said`, nor in a name).
        let (longer, v) = phrase_to_verb().filter(|(p, _)| {
            p.tokens.end > m.tokens.end
                && c.tokens[m.tokens.end..p.tokens.end]
                    .iter()
                    .all(|t| t.info().function.is_none() && !t.is_capitalized(c.text))
        })?;
        return found(longer, c.tokens.get(v));
    }
    // `"Q," the civil claim said.`: a speech-verb form followed by a speech verb is a noun,
    // the head of the subject; the second word is the verb.
    let next = skip_between(c.tokens, j + 1, c.text);
    if !c.tokens[j].is_capitalized(c.text) && verb(c, next).is_some() {
        let m = mention::determiner_phrase(c.tokens, i, between_back(c, next), c.text)?;
        return found(m, c.tokens.get(next));
    }
    quoted_as(c, j).or_else(|| verb_found(c, m, j))
}

/// Most words between `quoted` and the `as` of `as saying`: the object (`the health
/// minister's chief of staff`).
const MAX_QUOTED_OBJECT: usize = 6;

/// `"Q," the paper quoted him as saying.`: after `quoted`, the object before `as` and a
/// speech verb said it, not the subject who only reports it. The cue is the verb after
/// `as`.
fn quoted_as(c: &Ctx, v: usize) -> Option<Found> {
    if verb(c, v)?.0 != "quote" {
        return None;
    }
    let end = (v + 2 + MAX_QUOTED_OBJECT).min(c.sent_end);
    let r#as = (v + 2..end).find(|&k| word(c, k) == Some("as") && verb(c, k + 1).is_some())?;
    let m = mention::object_before_to(c.tokens, r#as, c.text)?;
    (m.tokens.start > v).then_some(())?;
    found(m, c.tokens.get(r#as + 1))
}

/// What a rule found: mention `m` and the speech verb at token `v` ([`verb_span`]).
fn verb_found(c: &Ctx, m: Mention, v: usize) -> Option<Found> {
    Some(Found {
        mention: m,
        cue: Some(verb_span(c, v)),
    })
}

/// The last token of the speech verb at token `v`, which [`verb`] accepted: its particle
/// when it is phrasal (`went on`, `broke in`; a phrasal head is no verb without one).
fn verb_last(c: &Ctx, v: usize) -> usize {
    if phrasal_at(c.tokens, v, c.text).is_some() {
        v + 1
    } else {
        v
    }
}

/// The bytes of the speech verb at token `v`, with its particle ([`verb_last`]).
fn verb_span(c: &Ctx, v: usize) -> Range<usize> {
    c.tokens[v].span.start..c.tokens[verb_last(c, v)].span.end
}

fn quote_verb_speaker(c: &Ctx) -> Option<Found> {
    let v = after_quote(c)?;
    // `"Q." So said Mayor Ruiz.`: `so` takes up the words just quoted before an inverted
    // verb.
    let taken_up =
        word(c, v).is_some_and(|w| matches!(w, "So" | "Thus")) && verb(c, v + 1).is_some();
    let v = if taken_up { v + 1 } else { v };
    // `Critics of what is known as a "backstop" argue it ...`: a quote inside a sentence
    // that no punctuation closes is a phrase of that sentence, not a speech it reports.
    (c.sent_start == c.qt || closed(c)).then_some(())?;
    verb(c, v)?;
    // `"Q," went on Maud`: a phrasal verb's speaker follows its particle. (`i` is the
    // verb's last word.)
    let i = verb_last(c, v);
    if complementizer(c, i + 1) {
        return None;
    }
    let read = mention::forward_loose(c.tokens, i + 1, c.text)
        .or_else(|| mention::bare_role(c.tokens, i + 1, c.text));
    let m = match read {
        Some(m) => m,
        // `"Q," said the printed slate card.`: a determiner phrase that ends the sentence.
        None => {
            // `posted a reader from Leeds writing under the name X`: a participle or a
            // relative pronoun after the phrase opens a modifier of it, which ends it.
            // (Not a participle before a name, `the still waiting Harriet`, nor one after
            // a second phrase, `my companion his voice now trembling`.)
            let modifier = |k: usize| {
                let opens = word(c, k).is_some_and(|w| {
                    w.ends_with("ing")
                        && mention::participle_form(w)
                        && word(c, k + 1).is_some_and(|n| n.starts_with(char::is_lowercase))
                        || c.tokens[k].info().function == Some(Function::Relative)
                });
                let one_phrase =
                    (i + 2..k).all(|j| c.tokens[j].info().function != Some(Function::Determiner));
                k > i + 2 && opens && one_phrase
            };
            let end = (i + 2..(i + 10).min(c.sent_end + 1))
                .find(|&k| c.tokens.get(k).map_or(true, |t| t.kind != Kind::Word) || modifier(k))?;
            let ends = modifier(end)
                || c.tokens.get(end).map_or(true, |t| {
                    matches!(t.kind, Kind::Punct('.' | ',' | '!' | ';') | Kind::Break)
                });
            ends.then_some(())?;
            // `said the stranger humbly.`: a manner adverb closing the phrase is not in it.
            let mut end = end;
            while end > i + 3 && manner_adverb(c.tokens[end - 1].text(c.text)) {
                end -= 1;
            }
            // `answered the duchess with mock sadness.`: nor is a phrase of manner.
            if let Some(with) = with_adverbial(c.tokens, i + 1, end, c.text) {
                end = with;
            }
            mention::inverted_phrase(c.tokens, i + 1, end, c.text)?
        }
    };
    let m = mention::coordinated_after(c.tokens, m, c.text, |k| {
        mention::ends_inverted_speaker(c.tokens, k, c.text)
    });
    let m = mention::document_author(c.tokens, m, c.text);
    verb_found(c, m, v)
}

/// Whether token `k`, right after a speech verb, is `that` opening the clause it reports
/// (`promises that Ruiz won't`), read as reported speech reads it: the words after it
/// are then no inverted speaker, where `said that gentleman,` points at someone.
fn complementizer(c: &Ctx, k: usize) -> bool {
    word(c, k).is_some_and(|w| w.eq_ignore_ascii_case("that"))
        && crate::indirect::that_is_conjunction(c.tokens, k, c.text)
}

fn quote_dash_speaker(c: &Ctx) -> Option<Found> {
    let i = c.qt + 1;
    (c.tokens.get(i)?.kind == Kind::Dash).then_some(())?;
    let m = mention::forward(c.tokens, i + 1, c.text)?;
    (m.kind == MentionKind::Name).then_some(())?;
    let after = c.tokens.get(m.tokens.end);
    // The name ends its line, or the next quotation follows it (`"Q1" ― Ann Ruiz "Q2"`).
    let ends = after.map_or(true, |t| {
        matches!(
            t.kind,
            Kind::Break | Kind::Punct(',' | '.' | '(') | Kind::Quote(_)
        )
    });
    ends.then_some(Found {
        mention: m,
        cue: None,
    })
}

/// Longest beat between two dashes that split a quotation, in tokens.
const MAX_BEAT: usize = 16;

/// The beat that opens with the dash at token `dash` and splits a quotation (`"Q1"—Peter
/// set down his glass—"Q2"`): its subject ([`acting_person`]), and the dash that closes the
/// beat within [`MAX_BEAT`] tokens, with no quotation, paragraph break or stop before it.
fn dash_beat(c: &Ctx, dash: usize) -> Option<(Mention, usize)> {
    let m = acting_person(c.tokens, dash + 1, c.text)?;
    // A beat is no sentence of its own: `"Q1."--Mr. Elton was appealed to.--"Q2"` tells of
    // someone else, between two speeches.
    let close = (m.tokens.end..(dash + 1 + MAX_BEAT).min(c.tokens.len()))
        .take_while(|&k| {
            !matches!(
                c.tokens[k].kind,
                Kind::Quote(_) | Kind::Break | Kind::Punct('.' | '!' | '?')
            )
        })
        .find(|&k| c.tokens[k].kind == Kind::Dash)?;
    Some((m, close))
}

/// `"Q1"—X shook his head—"Q2"`: a quotation broken by a beat between dashes is the
/// speech of the beat's subject, both halves of it.
fn quote_dash_beat(c: &Ctx) -> Option<Found> {
    // The first half: a dash right after it, the beat, a dash, the next quotation.
    if c.tokens.get(c.qt + 1).is_some_and(|t| t.kind == Kind::Dash) {
        if let Some((m, close)) = dash_beat(c, c.qt + 1) {
            if c.tokens.get(close + 1).is_some_and(|t| t.quote().is_some()) {
                return found(m, None);
            }
        }
    }
    // The second half: the same beat, read back from the dash right before it.
    let close = c.qt.checked_sub(1)?;
    (c.tokens[close].kind == Kind::Dash).then_some(())?;
    let open = (close.saturating_sub(MAX_BEAT)..close)
        .rev()
        .take_while(|&k| !matches!(c.tokens[k].kind, Kind::Quote(_) | Kind::Break))
        .find(|&k| c.tokens[k].kind == Kind::Dash)?;
    (open > 0 && c.tokens[open - 1].quote().is_some()).then_some(())?;
    let (m, end) = dash_beat(c, open)?;
    (end == close).then_some(Found {
        mention: m,
        cue: None,
    })
}

fn quote_split(c: &Ctx) -> Option<Found> {
    // `Q1 , X said , Q2` or `Q1 , said X , Q2`
    let comma = c.qt.checked_sub(1)?;
    c.tokens[comma].is_punct(',').then_some(())?;
    let (m, v) = if verb(c, comma.checked_sub(1)?).is_some() {
        let v = comma - 1;
        (mention::backward(c.tokens, between_back(c, v), c.text)?, v)
    } else {
        // (`said the woman with a groan, "Q2"`: the phrase of manner is none of the speaker.)
        let end = with_adverbial(c.tokens, 0, comma, c.text).unwrap_or(comma);
        let m = mention::backward(c.tokens, end, c.text)?;
        let v = m.tokens.start.checked_sub(1)?;
        verb(c, v)?;
        // `As Ruiz, a professor, put it, "Q"`: `it` after the verb is its object; no one
        // says `said it` for `it said`.
        if m.kind == MentionKind::Pronoun(Some(Gender::Neuter), Number::Singular) {
            return None;
        }
        if c.tokens.get(v.checked_sub(1)?)?.quote().is_some() || c.tokens[v - 1].is_punct(',') {
            // `"Q1," said the stranger in a softer voice, "Q2"`: the speaker is read from
            // the verb on, as the first part's is; the manner phrase after it is none of
            // the speaker.
            let m = mention::forward_loose(c.tokens, v + 1, c.text)
                .filter(|f| f.tokens.end <= m.tokens.end)
                .unwrap_or(m);
            return found(m, c.tokens.get(v));
        }
        return None;
    };
    let before = m.tokens.start.checked_sub(1)?;
    let t = &c.tokens[before];
    let prev_quote = t.quote().is_some()
        || t.is_punct(',') && before > 0 && c.tokens[before - 1].quote().is_some();
    prev_quote.then(|| Found {
        mention: m,
        cue: Some(c.tokens[v].span.clone()),
    })
}

fn speaker_verb_quote(c: &Ctx) -> Option<Found> {
    let mut j = c.qt;
    let punct = j > 0 && (c.tokens[j - 1].is_punct(':') || c.tokens[j - 1].is_punct(','));
    if punct {
        j -= 1;
    }
    // With `:` or `,` before the quote, a few words may follow the verb (`told reporters on
    // Monday:`); without, the verb must be right before the quote.
    let reach = if punct { 10 } else { 1 };
    let lo = j.saturating_sub(reach).max(c.sent_start);
    let v = (lo..j).rev().find(|&k| verb(c, k).is_some())?;
    if (v + 1..j).any(|k| c.tokens[k].kind != Kind::Word) {
        return None;
    }
    // `She read "War and Peace"`: a verb of manner introduces speech only with a colon or
    // comma before the quote (`The sign read: "Q"`).
    if !punct && verb(c, v).is_some_and(|(_, kind)| kind == VerbKind::Manner) {
        return None;
    }
    // `..., saying, "Q"`: a participle's speaker is the subject of the sentence; so is
    // the speaker of a verb in a chain (`went on to say`, `began by saying`) or joined on
    // (`confirmed it and said`).
    let b = between_back(c, v);
    // `Tom heard her say, "Q"`: the one heard speaks.
    if let Some(m) = mention::object_speaker(c.tokens, b, c.text) {
        return verb_found(c, m, v);
    }
    if let Some(m) = passive_agent(c, b, v) {
        return verb_found(c, m, v);
    }
    let chained = chained(c, b);
    let m = if participle(c, v) {
        // `..., with Trump reportedly yelling: "Q"`: after `with`, the phrase before the
        // participle is its subject.
        with_subject(c, v)
            .or_else(|| reporting_clause_before(c, v))
            .or_else(|| subject(c, c.sent_start, v))?
    } else if chained {
        subject(c, c.sent_start, v).or_else(|| joined_before(c, c.sent_start, b))?
    } else {
        // `The most popular player in golf finally said "Q"`: a subject phrase from the
        // start of the sentence, whatever its head.
        // `As one veteran of the projects commented: "Q"`: after `as` (and `but as`) too.
        let mut s0 = c.sent_start;
        while s0 + 1 < b && word(c, s0).is_some_and(|w| AS_OPENERS.contains(&w)) {
            s0 += 1;
        }
        let whole = || mention::determiner_phrase(c.tokens, s0, b, c.text);
        match mention::backward(c.tokens, b, c.text) {
            // `the rower in the club said`: a phrase after a preposition is not the subject.
            Some(m)
                if m.tokens.start > 0
                    && word(c, m.tokens.start - 1).is_some_and(|w| {
                        matches!(w, "in" | "of" | "at" | "for" | "from" | "with" | "on")
                    }) =>
            {
                // (`A statement from the mayor's office said`: the document's author.)
                whole().map_or(m, |w| mention::document_author(c.tokens, w, c.text))
            }
            // (`A statement released by the mayor's office said`: its author too.)
            Some(m) => mention::document_author(c.tokens, m, c.text),
            None => match whole().or_else(|| after_opening_phrase(c, b)) {
                Some(m) => m,
                // `Fanny paused and then, after a moment, said, "Q"`: a phrase set off by
                // commas right before the verb interrupts its clause, whose subject is the
                // sentence's. Only with the quote set off too: `the system, simply called
                // "loop"` names, it does not quote.
                // (`Ortiz, who wore a badge reading "Vote Yes," shouted, "Q"`: the comma
                // may stand inside the marks of a quoted term ending the phrase.)
                None if punct && b > c.sent_start && c.tokens[b - 1].ends_with_comma(c.text) => {
                    subject(c, c.sent_start, v).or_else(|| joined_before(c, c.sent_start, b))?
                }
                None => return None,
            },
        }
    };
    verb_found(c, m, v)
}

/// How many tokens back from a verb or a colon [`joined_before`] looks for the subject of
/// a clause joined on before it, when the sentence opens with none.
const JOINED_SUBJECT_REACH: usize = 40;

/// `For a moment Tom thought she would cry; but she laughed instead, and, looking from
/// one to the other, asked: "Q"`: when the sentence opens with no subject of its own, a
/// verb joined on (or one after a phrase set off by commas) before token `end` is said by
/// the subject of the latest clause joined on before it, `she`, not Tom; or of a later
/// clause a conjunction of time opens (`the room was still, until Ruth broke the silence
/// by asking, "Q"`). Tokens from `start` only, and a few dozen at most, are read, so a
/// sentence megabytes long costs no more.
/// Whether the verb whose subject would end at token `b` is in a chain (`went on to say`,
/// `began by saying`) or joined on to another verb (`praised the crew and said`,
/// `conceded the point but warned`): its subject is the sentence's, not a phrase before it.
fn chained(c: &Ctx, b: usize) -> bool {
    b > c.sent_start
        && word(c, b - 1).is_some_and(|w| matches!(w, "to" | "by" | "and" | "but" | "then"))
}

fn joined_before(c: &Ctx, start: usize, end: usize) -> Option<Mention> {
    let from = end.saturating_sub(JOINED_SUBJECT_REACH).max(start);
    // (Both read a name from the token it starts at, so two that start together are one.)
    [
        joined_subject(c, from, end),
        subordinate_subject(c, from, end),
    ]
    .into_iter()
    .flatten()
    .max_by_key(|m| m.tokens.start)
}

fn verb_speaker_quote(c: &Ctx) -> Option<Found> {
    let mut s = c.sent_start;
    if matches!(word(c, s), Some("And" | "But" | "Then" | "So")) {
        s += 1;
    }
    // `In other words, explained X:`: after a short opening phrase and its comma, the verb
    // is in lower case.
    let opened = lead_phrase_end(c, s);
    let s = opened.unwrap_or(s);
    let w = word(c, s)?;
    // A verb of manner is a cue only right next to the quote (`READ MORE: "Q"` is a link).
    let speech = verb(c, s).is_some_and(|(_, kind)| kind != VerbKind::Manner);
    (speech && (opened.is_some() || w.starts_with(char::is_uppercase))).then_some(())?;
    let m = mention::forward(c.tokens, s + 1, c.text)?;
    let p = c.qt.checked_sub(1)?;
    let colon = c.tokens[p].is_punct(':') || c.tokens[p].is_punct(',');
    (colon && p >= m.tokens.end && p - m.tokens.end <= 4).then_some(())?;
    (m.tokens.end..p)
        .all(|k| c.tokens[k].kind == Kind::Word)
        .then_some(())?;
    found(m, c.tokens.get(s))
}

/// Longest lead phrase [`lead_phrase_end`] steps over, in words.
const MAX_LEAD_PHRASE: usize = 4;

/// Where the sentence goes on after a short lead phrase from `s` (`In other words,`, `On
/// Monday,`): the token after its comma. The phrase is a few words, with no verb or pronoun,
/// and opens no clause (`When it rained,`).
fn lead_phrase_end(c: &Ctx, s: usize) -> Option<usize> {
    let clause = word(c, s).is_some_and(lexicon::is_subordinator);
    if clause {
        return None;
    }
    let comma = (s..(s + MAX_LEAD_PHRASE + 1).min(c.qt))
        .take_while(|&k| {
            let t = &c.tokens[k];
            let info = t.info();
            t.is_punct(',')
                || t.kind == Kind::Word
                    && info.verb.is_none()
                    && info.pronoun.is_none()
                    && info.function != Some(Function::Relative)
        })
        .find(|&k| c.tokens[k].is_punct(','))?;
    (comma > s).then_some(comma + 1)
}

fn possessor_noun_quote(c: &Ctx) -> Option<Found> {
    let colon = c.qt.checked_sub(1)?;
    let copula = |k: usize| word(c, k).is_some_and(|w| matches!(w, "was" | "is"));
    // `Her reply was, "Q"`: a comma may stand for the colon right after the copula. (Not
    // after an adjective: `Her reply was brief, "Q"` may go on to someone else's words.)
    let comma_after_copula =
        c.tokens[colon].is_punct(',') && colon > c.sent_start && copula(colon - 1);
    (c.tokens[colon].is_punct(':') || comma_after_copula).then_some(())?;
    let mut k = colon;
    // `Holt's response was blunt:`: the copula, and an adjective after it.
    if k > c.sent_start + 1 && copula(k - 2) && plain_word(&c.tokens[k - 1], c.text) {
        k -= 2;
    } else if k > c.sent_start && copula(k - 1) {
        k -= 1;
    }
    if let Some(f) = noun_from_author(c, k) {
        return Some(f);
    }
    // `Her message to the council:`: whom the words were for, after the noun.
    let lo = k.saturating_sub(MAX_NOUN_COMPLEMENT).max(c.sent_start + 1);
    if let Some(p) = (lo..k)
        .rev()
        .find(|&p| word(c, p).is_some_and(|w| matches!(w, "to" | "for")))
    {
        let plain = (p + 1..k).all(|i| modifier_word(&c.tokens[i], c.text));
        if plain {
            k = p;
        }
    }
    let noun = k.checked_sub(1).filter(|&n| n >= c.sent_start)?;
    let head = &c.tokens[noun];
    words_noun(head, c.text).then_some(())?;
    // A few adjectives between the possessive and the noun: `Abedin's succinct reply`.
    let mut p = noun;
    while p > c.sent_start && noun - p < 3 && plain_word(&c.tokens[p - 1], c.text) {
        p -= 1;
    }
    let owner = p.checked_sub(1)?;
    // `without waiting for his reply: "Q"`: a reply waited for is not the quote.
    if owner > c.sent_start
        && word(c, owner - 1).is_some_and(|w| matches!(w, "for" | "without" | "to"))
    {
        return None;
    }
    let m = mention::possessor(c.tokens, owner, c.text)?;
    found(m, Some(head))
}

/// Whether `t` is a lower-case noun for what is written or issued (`statement`), or for
/// something said (`verdict`, `question`).
fn words_noun(t: &Token, text: &str) -> bool {
    t.kind == Kind::Word
        && !t.is_capitalized(text)
        && (t.info().document || lexicon::is_utterance_noun(t.text(text)))
}

/// `The message from Mayor Lena Ruiz was clear: "Q"`, `The verdict of the judges: "Q"`: a
/// noun for words that opens the sentence with its article, its author after `from` or
/// `of` up to `k` (the copula, or the colon).
fn noun_from_author(c: &Ctx, k: usize) -> Option<Found> {
    let lo = k.saturating_sub(MAX_AUTHOR + 1).max(c.sent_start + 2);
    let p = (lo..k)
        .rev()
        .find(|&p| word(c, p).is_some_and(|w| matches!(w, "from" | "of")))?;
    let m = mention::forward(c.tokens, p + 1, c.text).filter(|m| m.tokens.end == k)?;
    let noun = p - 1;
    let opens = noun == c.sent_start + 1
        && word(c, c.sent_start).is_some_and(|w| matches!(w, "The" | "the" | "A" | "a"));
    (opens && words_noun(&c.tokens[noun], c.text)).then_some(())?;
    found(m, Some(&c.tokens[noun]))
}

/// Most tokens of an author [`noun_from_author`] reads (`the mayor's chief of staff`).
const MAX_AUTHOR: usize = 6;

/// Most adjectives read between a possessive and its noun (`Marilla's dry response`).
const MAX_NOUN_MODIFIERS: usize = 2;

/// Most words of the phrase of `to` or `for` after an utterance noun (`her message to the
/// new owners:`), the preposition included.
const MAX_NOUN_COMPLEMENT: usize = 4;

/// Most words a possessor's name runs to, its possessive included (`Mrs. Rachel Lynde's`).
const MAX_POSSESSOR: usize = 4;

/// `"Q," was Maud's reply.`, `"Q?" was Tom Reyes's question.`, `"Q?" was the old man's
/// question.`: the quote is what the possessor, named or described, said, named by a noun
/// for an utterance. (`was his reply` is left to the
/// context rules: measured on the novels, a dialogue's turns find him more often than
/// resolving `his` does.)
fn quote_was_possessor_noun(c: &Ctx) -> Option<Found> {
    if !closed(c) {
        return None;
    }
    let was = after_quote(c)?;
    word(c, was).filter(|&w| w == "was")?;
    // The possessive ends the owner's name: `was Mrs. Rachel Lynde's comment`.
    let owner = (was + 1..(was + 1 + MAX_POSSESSOR).min(c.sent_end))
        .find(|&k| word(c, k).is_some_and(|w| mention::strip_possessive(w).1))?;
    let m = mention::possessor(c.tokens, owner, c.text)
        .filter(|m| m.kind == MentionKind::Name && m.tokens.start == was + 1)
        .or_else(|| owner_description(c, was + 1, owner))?;
    let noun = (owner + 1..(owner + 2 + MAX_NOUN_MODIFIERS).min(c.tokens.len()))
        .take_while(|&k| word(c, k).is_some_and(|w| w.starts_with(char::is_lowercase)))
        .find(|&k| word(c, k).is_some_and(crate::lexicon::is_utterance_noun))?;
    found(m, Some(&c.tokens[noun]))
}

/// `"Q," came the reply from the union.`, `"Q," was the response from Hale's office.`: the
/// quote is named by a noun for words (`reply`, `verdict`), and its author follows `from`
/// or `of`, as it does where such a noun opens the sentence ([`noun_from_author`]).
fn quote_noun_from_author(c: &Ctx) -> Option<Found> {
    if !closed(c) {
        return None;
    }
    let verb = after_quote(c)?;
    word(c, verb).filter(|&w| matches!(w, "was" | "came"))?;
    word(c, verb + 1).filter(|w| matches!(*w, "the" | "a" | "an"))?;
    // A few adjectives before the noun: `came the curt answer`.
    let noun = (verb + 2..(verb + 3 + MAX_NOUN_MODIFIERS).min(c.sent_end))
        .take_while(|&k| word(c, k).is_some_and(|w| w.starts_with(char::is_lowercase)))
        .find(|&k| words_noun(&c.tokens[k], c.text))?;
    word(c, noun + 1).filter(|&w| matches!(w, "from" | "of"))?;
    let m = mention::forward(c.tokens, noun + 2, c.text)?;
    found(m, Some(&c.tokens[noun]))
}

/// `the impatient man's` in `"Q?" was the impatient man's question.`: `the`, a few words,
/// and a person noun in the possessive at token `owner`, read as the description of the one
/// who spoke (a possessive `his` or `her` is left to the turns, as above).
fn owner_description(c: &Ctx, the: usize, owner: usize) -> Option<Mention> {
    word(c, the).filter(|w| w.eq_ignore_ascii_case("the"))?;
    let (stem, possessive) = mention::strip_possessive(word(c, owner)?);
    let person =
        possessive && stem.starts_with(char::is_lowercase) && crate::lexicon::lookup(stem).role;
    person.then_some(())?;
    let end = c.tokens[owner].span.start + stem.len();
    Some(Mention {
        kind: MentionKind::Role,
        span: c.tokens[the].span.start..end,
        name: c.tokens[the + 1].span.start..end,
        title: None,
        gender: None,
        tokens: the..owner + 1,
    })
}

fn according_to(c: &Ctx) -> Option<Found> {
    let is_according = |i: usize| {
        word(c, i).is_some_and(|w| w.eq_ignore_ascii_case("according"))
            && word(c, i + 1) == Some("to")
    };
    let cue = |i: usize| Some(c.tokens[i].span.start..c.tokens[i + 1].span.end);
    // "Q," according to X.
    // (The author of a document named so speaks: `according to a letter from X`.)
    let author = |m| mention::document_author(c.tokens, m, c.text);
    if let Some(i) = after_quote(c).filter(|&i| is_according(i)) {
        let m = author(mention::forward(c.tokens, i + 2, c.text)?);
        return Some(Found {
            mention: m,
            cue: cue(i),
        });
    }
    // According to X, "Q" (also `a spokesperson for the ministry,`: a phrase of a few
    // words after a preposition tells whose spokesperson).
    let s = c.sent_start;
    if is_according(s) {
        let m = mention::forward(c.tokens, s + 2, c.text)?;
        let comma = of_phrase_end(c, m.tokens.end).unwrap_or(m.tokens.end);
        // `According to the ministry: "Q"`: a colon right before the quote.
        let colon = comma + 1 == c.qt && c.tokens[comma].is_punct(':');
        if c.tokens.get(comma).is_some_and(|t| t.is_punct(',')) && comma < c.qt || colon {
            return Some(Found {
                mention: author(m),
                cue: cue(s),
            });
        }
    }
    None
}

/// Whether the words from token `i` are `in the words of`.
fn in_the_words_of(c: &Ctx, i: usize) -> bool {
    word(c, i).is_some_and(|w| w.eq_ignore_ascii_case("in"))
        && word(c, i + 1) == Some("the")
        && word(c, i + 2) == Some("words")
        && word(c, i + 3) == Some("of")
}

/// `In Ruiz's words, "Q"`, `In the words of one baker, "Q"`, `"Q," in the words of X.`:
/// the source of the words is named as their owner.
fn in_words_of(c: &Ctx) -> Option<Found> {
    let cue = |from: usize, to: usize| Some(c.tokens[from].span.start..c.tokens[to].span.end);
    if let Some(i) = after_quote(c).filter(|&i| in_the_words_of(c, i)) {
        return Some(Found {
            mention: mention::forward(c.tokens, i + 4, c.text)?,
            cue: cue(i, i + 3),
        });
    }
    let s = c.sent_start;
    // The phrase ends with a comma or colon right before the quote.
    let closes = |k: usize| k + 1 == c.qt && matches!(c.tokens[k].kind, Kind::Punct(',' | ':'));
    if in_the_words_of(c, s) {
        let m = mention::forward(c.tokens, s + 4, c.text)?;
        let end = of_phrase_end(c, m.tokens.end).unwrap_or(m.tokens.end);
        return closes(end).then_some(Found {
            mention: m,
            cue: cue(s, s + 3),
        });
    }
    // `In Ruiz's words,`, `In Dana Ruiz's own words:`, and set off inside the sentence:
    // `... because, in her words, "Q"`.
    let words = c.qt.checked_sub(2).filter(|&k| k > s && closes(k + 1))?;
    (word(c, words) == Some("words")).then_some(())?;
    let owner = if word(c, words - 1) == Some("own") {
        words - 2
    } else {
        words - 1
    };
    let m = mention::possessor(c.tokens, owner, c.text)?;
    let i = m.tokens.start.checked_sub(1).filter(|&i| i >= s)?;
    let opens = i == s || c.tokens[i - 1].is_punct(',');
    (opens && word(c, i).is_some_and(|w| w.eq_ignore_ascii_case("in"))).then_some(Found {
        mention: m,
        cue: cue(words, words),
    })
}

/// Prepositions that tie a phrase to the description before them, saying whose or where
/// that person is: `a spokesperson for the ministry`, `an official at the port`, `a doctor
/// in Lagos`. [`mention::AFFILIATIONS`] with `in`: here the phrase is read to its comma,
/// whatever its words, so a place may stand in it too.
const DESCRIPTION_PREPOSITIONS: &[&str] = &["for", "of", "at", "with", "from", "in"];

/// Longest phrase [`of_phrase_end`] reads, in tokens.
const MAX_OF_PHRASE: usize = 8;

/// Where the phrase after a description ends, when the token at `at` is one of
/// [`DESCRIPTION_PREPOSITIONS`] and a comma follows within [`MAX_OF_PHRASE`] tokens of
/// words: the comma's index. No verb, pronoun or quotation may stand in the phrase.
fn of_phrase_end(c: &Ctx, at: usize) -> Option<usize> {
    let prep = word(c, at)?;
    if !DESCRIPTION_PREPOSITIONS.contains(&prep) {
        return None;
    }
    (at + 1..(at + 1 + MAX_OF_PHRASE).min(c.tokens.len()))
        .take_while(|&k| {
            let t = &c.tokens[k];
            t.is_punct(',')
                || t.kind == Kind::Word && t.info().verb.is_none() && t.info().pronoun.is_none()
        })
        .find(|&k| c.tokens[k].is_punct(','))
}

/// Words that may lead a source line up to the word that hands over to its speaker
/// (`More from`, `And now, reaction from`, `Here's`): headings in the writer's voice, not
/// a person the words before `from` could describe (`A nurse from Surrey:`).
const SOURCE_LEADS: &[&str] = &[
    "and",
    "but",
    "now",
    "plus",
    "also",
    "more",
    "further",
    "some",
    "the",
    "a",
    "final",
    "last",
    "latest",
    "reaction",
    "reactions",
    "response",
    "responses",
    "comment",
    "comments",
    "word",
    "words",
];

/// Words of topic that may follow the speaker of a source line (`Here's Ruiz on the vote:`).
const SOURCE_TOPIC: &[&str] = &["on", "about"];

/// Longest topic after the speaker of a source line, in words.
const MAX_SOURCE_TOPIC: usize = 6;

/// `More from pollster Ann Lee: "Q"`, `Here's Ruiz on the vote: "Q"`, `And from the
/// mayor:¶"Q"`: a heading that hands over to a speaker, whose quote follows the colon.
fn source_colon_quote(c: &Ctx) -> Option<Found> {
    let before = c.qt.checked_sub(1)?;
    // The colon right before the quote, or ending the paragraph before it.
    let colon = if c.tokens[before].kind == Kind::Break {
        before.checked_sub(1)?
    } else {
        before
    };
    c.tokens[colon].is_punct(':').then_some(())?;
    // From the start of the sentence, or of a heading set after a dash (`... all along
    // -More from Ruiz:`).
    let sentence = sentence_of(c.tokens, colon).0;
    let start = (sentence..colon)
        .rev()
        .find(|&k| matches!(c.tokens[k].kind, Kind::Dash | Kind::Punct('-')))
        .map_or(sentence, |k| k + 1);
    // Leading words, then the hand-over: `from`, `Here's`, `Here is`.
    let mut hand = None;
    for k in start..colon {
        let w = word(c, k)?;
        let (stem, possessive) = mention::strip_possessive(w);
        let here = stem.eq_ignore_ascii_case("here");
        let here_is = k > start
            && matches!(w, "is" | "are")
            && word(c, k - 1).is_some_and(|p| p.eq_ignore_ascii_case("here"));
        if w.eq_ignore_ascii_case("from") || here && possessive || here_is {
            hand = Some(k);
            break;
        }
        let lead = here || SOURCE_LEADS.iter().any(|l| l.eq_ignore_ascii_case(w));
        lead.then_some(())?;
    }
    let mut m = mention::forward(c.tokens, hand? + 1, c.text)?;
    // `More from Ruiz and Lee:`: a pair speaks together.
    if word(c, m.tokens.end) == Some("and") {
        if let Some(second) = mention::forward(c.tokens, m.tokens.end + 1, c.text) {
            m = Mention {
                kind: MentionKind::Group,
                span: m.span.start..second.span.end,
                name: m.name.start..second.name.end,
                title: None,
                gender: None,
                tokens: m.tokens.start..second.tokens.end,
            };
        }
    }
    // Up to the colon after the speaker: nothing, or a topic with no verb in it.
    let mut k = skip_apposition(c.tokens, m.tokens.end, c.text);
    if word(c, k).is_some_and(|w| SOURCE_TOPIC.contains(&w)) {
        let topic = (k + 1..colon)
            .all(|i| c.tokens[i].kind == Kind::Word && c.tokens[i].info().verb.is_none());
        if topic && colon - k <= MAX_SOURCE_TOPIC + 1 {
            k = colon;
        }
    }
    (k == colon).then_some(Found {
        mention: m,
        cue: None,
    })
}

fn speaker_colon_quote(c: &Ctx) -> Option<Found> {
    let colon = c.qt.checked_sub(1)?;
    c.tokens[colon].is_punct(':').then_some(())?;
    let m = mention::backward(c.tokens, colon, c.text)?;
    // `ANALYST'S VIEWPOINT:` is a heading; a name in capitals is one word at most (`UN:`).
    let heading = m.tokens.len() > 1 && !crate::token::has_lower_case(&c.text[m.span.clone()]);
    // At the start of its sentence, or after a dash (`HEADLINE - Ann Ruiz: "Q"`).
    let first = m.tokens.start == c.sent_start
        || m.tokens.start > 0
            && matches!(
                c.tokens[m.tokens.start - 1].kind,
                Kind::Dash | Kind::Punct('-')
            );
    // `Viewpoint: "Q" Ana Ruiz said.`: a speech tag after the quote names its speaker, and
    // the word before the colon was a label.
    // (Read as if the quote opened the sentence: the label before the colon is not part of it.)
    let tagged = || {
        let from_quote = Ctx {
            sent_start: c.qt,
            ..*c
        };
        quote_speaker_verb(&from_quote).is_some() || quote_verb_speaker(&from_quote).is_some()
    };
    // (`Bank boss: "Q"`, `Police: "Q"`: a headline gives a role or a group so too.)
    let speaker = matches!(
        m.kind,
        MentionKind::Name | MentionKind::Role | MentionKind::Group
    );
    let intro = first && speaker && !heading && !tagged();
    intro.then_some(Found {
        mention: m,
        cue: None,
    })
}

fn intro_paragraph(c: &Ctx) -> Option<Found> {
    // The quote opens a paragraph; the one before ends with a colon.
    let brk = c.qt.checked_sub(1)?;
    (c.tokens[brk].kind == Kind::Break).then_some(())?;
    let colon = brk.checked_sub(1)?;
    c.tokens[colon].is_punct(':').then_some(())?;
    // `... X said:` with a few words after the verb at most.
    let lo = colon.saturating_sub(6);
    let v = (lo..colon)
        .rev()
        .take_while(|&k| c.tokens[k].kind == Kind::Word)
        .find(|&k| verb(c, k).is_some())?;
    // `Mr. Brandt put his head in at the door, and said aloud:`: a verb joined on to the
    // sentence, or a participle, is said by the sentence's subject.
    let b = between_back(c, v);
    let start = sentence_of(c.tokens, colon).0;
    let chained = b > start && word(c, b - 1).is_some_and(|w| matches!(w, "and" | "then"));
    let m = if chained || participle(c, v) {
        subject(c, start, v)?
    } else {
        mention::backward(c.tokens, b, c.text)?
    };
    found(m, c.tokens.get(v))
}

/// The subject of a participle in a `with` phrase: `with officials warning that ...`.
fn with_subject(c: &Ctx, v: usize) -> Option<Mention> {
    // `with Trump reportedly yelling`: an adverb may stand between the two.
    with_subject_before(c.tokens, c.sent_start, between_back(c, v), c.text)
}

/// [`with_subject`] of a participle whose subject ends at token `end`, in a sentence that
/// starts at token `start`.
pub(crate) fn with_subject_before(
    tokens: &[Token],
    start: usize,
    end: usize,
    text: &str,
) -> Option<Mention> {
    let with =
        |k: usize| k > start && tokens[k].kind == Kind::Word && tokens[k].text(text) == "with";
    let after_with = |m: &Mention| m.tokens.start > 0 && with(m.tokens.start - 1);
    if let Some(m) = mention::backward(tokens, end, text).filter(after_with) {
        return Some(m);
    }
    // The backward reader may take `with Trump` for an affiliation of the words before it
    // (`Tim Guest with the Health Authority`), or stop at lower-case words of a title
    // (`with press secretary Ana Ruiz`): read forward from a `with` close before.
    let with = (end.saturating_sub(MAX_WITH_SUBJECT)..end)
        .rev()
        .find(|&k| with(k))?;
    mention::forward_loose(tokens, with + 1, text).filter(|m| m.tokens.end == end)
}

/// Most tokens between `with` and its participle [`with_subject`] reads forward.
const MAX_WITH_SUBJECT: usize = 6;

/// Longest speaker, in tokens, that a reporting clause set off before a participle may
/// have after its verb (`said the party's deputy leader Ana Ruiz,`).
const MAX_INVERTED_SPEAKER: usize = 8;

/// `Demand has doubled, Osei said, adding, "Q"`, `..., said Kamal Osei, adding: "Q"`: a
/// participle right after a reporting clause set off by commas is that clause's, and its
/// speaker is the participle's subject, not the sentence's.
fn reporting_clause_before(c: &Ctx, v: usize) -> Option<Mention> {
    let comma = v
        .checked_sub(1)
        .filter(|&k| k > c.sent_start && c.tokens[k].is_punct(','))?;
    // The clause is set off: a comma (or a quote ending in one) before it.
    let set_off = |k: usize| k > c.sent_start && c.tokens[k - 1].ends_with_comma(c.text);
    // `Osei said,`: the speaker before the verb.
    let said = comma - 1;
    if verb(c, said).is_some() && !participle(c, said) {
        let b = between_back(c, said);
        return mention::backward(c.tokens, b, c.text).filter(|m| set_off(m.tokens.start));
    }
    // `said Osei,`: the speaker after it, up to the comma, or up to a relative clause
    // that runs to it (`said Kamal Osei, who runs the food bank, adding`).
    let lo = comma
        .saturating_sub(MAX_INVERTED_SPEAKER + MAX_RELATIVE + 1)
        .max(c.sent_start + 1);
    let relative = |m: &Mention| {
        let e = m.tokens.end;
        c.tokens[e].is_punct(',')
            && word(c, e + 1).is_some_and(|w| matches!(w, "who" | "whose"))
            && (e + 2..comma).all(|k| c.tokens[k].kind == Kind::Word)
    };
    (lo..comma)
        .rev()
        .find(|&k| verb(c, k).is_some() && !participle(c, k))
        .filter(|&k| set_off(k))
        .and_then(|k| mention::forward(c.tokens, k + 1, c.text))
        .filter(|m| m.tokens.end == comma || m.tokens.end < comma && relative(m))
}

/// Most words of a relative clause set off after an inverted speaker (`who runs the food
/// bank`).
const MAX_RELATIVE: usize = 10;

/// Whether the verb at `v` is a participle (`saying`, `adding`): its subject is the
/// sentence's subject.
fn participle(c: &Ctx, v: usize) -> bool {
    word(c, v).is_some_and(|w| w.ends_with("ing"))
}

/// The subject of the sentence: the mention it starts with, after the opening phrases set
/// off by commas if there are any (`During a long speech on Monday, Ortiz ...`; `On Friday,
/// after months of silence, Novak ...`).
fn subject(c: &Ctx, start: usize, limit: usize) -> Option<Mention> {
    subject_of(c.tokens, start, limit, c.text)
}

/// Whether `t` is a quotation whose words end in a comma inside its closing mark, as
/// American style sets a title's comma: `On "Face the Facts," Ruiz said`.
pub(crate) fn title_with_comma(t: &Token, text: &str) -> bool {
    t.quote().is_some()
        && t.text(text)
            .trim_end_matches(|c: char| !c.is_alphanumeric() && c != ',')
            .ends_with(',')
}

/// The subject of the sentence starting at token `start`, before token `limit`: the
/// mention it opens with, or the one after one or two opening phrases set off by commas
/// (`At 25, Gillis was ...`, `During the debate, Ortiz ...`).
pub(crate) fn subject_of(
    tokens: &[Token],
    start: usize,
    limit: usize,
    text: &str,
) -> Option<Mention> {
    // `Then he thought a while, and said`: an adverb opening the sentence without a comma
    // comes before its subject, whatever commas follow.
    if let Some(m) = subject_after_adverb(tokens, start, limit, text) {
        return Some(m);
    }
    let mut k = start;
    // A word read as a name that may instead open the sentence (`Shortly after ...,`): kept
    // for when no subject follows its phrase.
    let mut fallback = None;
    // The state after a city (`Portland, Maine,`) belongs to the phrase before it: it is
    // stepped over without counting as a phrase, at most once per phrase, so the reading
    // stays bounded however long a list of places runs.
    let (mut phrases, mut tails) = (0, 0);
    while phrases <= MAX_OPENING_PHRASES {
        // (A title in marks inside the phrase may hold its comma: `On "Face the Facts,"`.)
        let comma = (k..limit.min(k + MAX_OPENING_PHRASE))
            .find(|&j| tokens[j].is_punct(',') || j > k && title_with_comma(&tokens[j], text));
        let mut tail = false;
        if let Some(m) = mention::forward(tokens, k, text)
            .filter(|m| !mention::opening_participle(tokens, m, text))
        {
            if fallback.is_none() && comma.is_some() && opening_adverb(tokens, &m, text) {
                fallback = Some(m);
            } else if tails < MAX_OPENING_PHRASES && place_tail(tokens, &m, start, text) {
                tail = true;
                tails += 1;
            } else {
                return Some(m);
            }
        }
        if !tail {
            phrases += 1;
        }
        match comma {
            Some(comma) => {
                // `At the end he sank into his chair, muttering`: a phrase a preposition
                // opens may run into the clause without a comma of its own; its subject
                // is kept for when none follows the comma (`When asked, Ms. Ruiz said`).
                if !tail && fallback.is_none() {
                    fallback = subject_after_bare_opener(tokens, k, comma, text);
                }
                k = comma + 1;
            }
            None => {
                return subject_after_bare_opener(tokens, k, limit, text).or(fallback);
            }
        }
    }
    fallback
}

/// `At a rally in Beaumont, Tex., Ortiz ...`: a lone name between commas right after a
/// capitalized word that ends an opening phrase is the rest of a place (its state or
/// country), not the subject.
fn place_tail(tokens: &[Token], m: &Mention, start: usize, text: &str) -> bool {
    let k = m.tokens.start;
    m.one_word_name()
        && k >= start + 3
        && tokens[k - 1].is_punct(',')
        && tokens[k - 2].is_capitalized(text)
        && tokens[k - 2].info().function.is_none()
        && tokens.get(m.tokens.end).is_some_and(|t| t.is_punct(','))
}

/// `Shortly after the vote, ...`, `Early in the race, ...`, `Inside the hall, ...`: a lone
/// capitalized word the tables do not know, with a preposition, conjunction or determiner
/// right after it, may be an adverb or preposition opening the sentence rather than a name.
/// A name can stand there too (`Ortiz on Tuesday, in a speech, said`), so [`subject_of`]
/// takes it only when no subject follows the phrase's comma.
/// (So does a word before an adverb that measures time back from it: `Minutes later, she
/// sent a note`, `Weeks earlier, ...`.)
fn opening_adverb(tokens: &[Token], m: &Mention, text: &str) -> bool {
    let Some(next) = tokens.get(m.tokens.end) else {
        return false;
    };
    let lone = m.one_word_name() && m.title.is_none();
    let first = &tokens[m.tokens.start];
    lone && first.info().given.is_none()
        && next.kind == Kind::Word
        && !next.is_capitalized(text)
        && (matches!(
            next.info().function,
            Some(Function::Stop | Function::Determiner)
        ) || TIME_BACK.contains(&next.text(text)))
}

/// Adverbs that measure time from a span before them (`Minutes later`, `Days ago`).
const TIME_BACK: &[&str] = &["later", "earlier", "ago", "afterwards", "afterward"];

/// `When the vote ended, the crowd chanted, "Q"`, `The next day, her account posted: "Q"`:
/// after an opening phrase and its comma, a determiner phrase right before the verb at `b`
/// is its subject, whatever its head noun, as at the start of a sentence.
fn after_opening_phrase(c: &Ctx, b: usize) -> Option<Mention> {
    let comma = (c.sent_start..b)
        .rev()
        .find(|&k| c.tokens[k].is_punct(','))?;
    mention::determiner_phrase(c.tokens, comma + 1, b, c.text)
}

/// Prepositions and conjunctions that head an opening phrase of time or place. Not `and`
/// or `but`: a clause they open has its subject first (`But the Trump face hasn't ...`).
const BARE_OPENERS: &[&str] = &[
    "after", "before", "when", "while", "as", "in", "on", "at", "during", "since", "until", "with",
    "without", "from", "by", "through", "upon", "once",
];

/// `After lunch Mrs Dunn came in`, `While he shaved Nora read`: an opening phrase
/// headed by a preposition or conjunction, without its comma. The subject is the first
/// name after it with a lower-case word (its verb) next; a name right after a preposition
/// is inside the phrase (`After Tom left ...`), and then nothing is guessed.
fn subject_after_bare_opener(
    tokens: &[Token],
    k: usize,
    limit: usize,
    text: &str,
) -> Option<Mention> {
    let opener = tokens.get(k)?;
    let w = opener.text(text);
    if !(opener.is_capitalized(text) && BARE_OPENERS.iter().any(|o| w.eq_ignore_ascii_case(o))) {
        return None;
    }
    let window = k + 1..limit.min(k + MAX_OPENING_PHRASE);
    let Some(j) = window
        .clone()
        .take_while(|&j| tokens[j].kind == Kind::Word)
        .find(|&j| tokens[j].is_capitalized(text))
    else {
        return pronoun_after_bare_opener(tokens, window, text);
    };
    if tokens[j - 1].info().function == Some(Function::Stop) {
        return None;
    }
    let m = mention::forward(tokens, j, text).filter(|m| m.kind == MentionKind::Name)?;
    verb_next(tokens, &m, text).then_some(m)
}

/// Adverbs of time and sequence, and conjunctions, that open a sentence without a comma
/// before its subject: `Then he turned`, `Presently Tom came in`, `But Ortiz left`.
/// Besides these, a word in `-ly` that the document also writes in lower case (`Slowly
/// she rose`).
const ADVERB_OPENERS: &[&str] = &[
    // A clause joined on with its subject right after (`But Trump quickly deflected`).
    "but",
    "and",
    "then",
    "now",
    "soon",
    "again",
    "still",
    "later",
    "presently",
    "suddenly",
    "finally",
    "afterwards",
    "afterward",
    "meanwhile",
    "instantly",
    "immediately",
    // `Even Mrs. Denham laughed`, `Yet Tom stayed`, `Thus Maud spoke`.
    "even",
    "yet",
    "thus",
];

/// `Finally he turned to the lawyer`: after a lone adverb opening the sentence, a name or
/// `he`/`she` with a lower-case word (its verb) next is the subject.
fn subject_after_adverb(tokens: &[Token], k: usize, limit: usize, text: &str) -> Option<Mention> {
    if k >= tokens.len() || !adverb_opener(tokens, k, text) {
        return None;
    }
    acting_person(tokens, k + 1, text).filter(|m| m.tokens.end < limit)
}

/// A name, `he`/`she` or a definite description of a person at token `k` with a
/// lower-case word (its verb) next: the subject of a clause that tells what someone does
/// (`Peter set down his glass`, `But the girl turned round`).
fn acting_person(tokens: &[Token], k: usize, text: &str) -> Option<Mention> {
    let m = mention::forward(tokens, k, text)?;
    let person = m.kind == MentionKind::Name
        || m.kind.personal_gender().is_some()
        || m.kind == MentionKind::Role && mention::definite(&m, text);
    (person && verb_next(tokens, &m, text)).then_some(m)
}

/// Whether token `k` is a capitalized adverb or conjunction that may open a sentence before
/// its subject ([`ADVERB_OPENERS`], or a word in `-ly` the document also writes in lower
/// case, or that a subject pronoun follows: `Hastily he rose`).
fn adverb_opener(tokens: &[Token], k: usize, text: &str) -> bool {
    let t = &tokens[k];
    let w = t.text(text);
    let pronoun_next = || tokens.get(k + 1).is_some_and(Token::is_pronoun);
    t.is_capitalized(text)
        && (ADVERB_OPENERS.iter().any(|a| w.eq_ignore_ascii_case(a))
            || w.len() > 4 && w.ends_with("ly") && (t.common() || pronoun_next()))
}

/// Whether the word at token `i` opens its sentence, or follows only an opening adverb
/// (`Then Archer turned`): the place of a sentence's subject.
pub(crate) fn at_sentence_start(tokens: &[Token], i: usize, text: &str) -> bool {
    let starts = |k: usize| crate::token::opens_sentence(tokens, k);
    starts(i) || i > 0 && starts(i - 1) && adverb_opener(tokens, i - 1, text)
}

/// Whether a lower-case word, the subject's verb, comes right after mention `m`.
fn verb_next(tokens: &[Token], m: &Mention, text: &str) -> bool {
    tokens
        .get(m.tokens.end)
        .is_some_and(|t| t.kind == Kind::Word && !t.is_capitalized(text))
}

/// `After luncheon she came in`: with no name in the opening phrase's reach, a personal
/// pronoun after it, with a lower-case word (its verb) next. A pronoun right after the
/// opener is the subject of the phrase itself (`After she ate, ...`).
fn pronoun_after_bare_opener(
    tokens: &[Token],
    window: Range<usize>,
    text: &str,
) -> Option<Mention> {
    let first = window.start;
    let mut words = window.take_while(|&j| tokens[j].kind == Kind::Word);
    let subject =
        |j: usize| acting_person(tokens, j, text).filter(|m| m.kind.personal_gender().is_some());
    let j = words.find(|&j| tokens[j].info().pronoun.is_some())?;
    if j == first {
        // `When he returned he began ...`: a pronoun right after the opener is the subject
        // of the opening clause; the sentence's own comes after that clause's verb.
        return words
            .skip(1)
            .find(|&k| tokens[k].info().pronoun.is_some())
            .and_then(subject);
    }
    subject(j)
}

/// Opening phrases [`subject_of`] steps over, and the longest of them in tokens. (News
/// opens with long ones: `With campaign aides anxious about a shortage of enthusiasm for
/// Dana Ruiz among older voters,` is 16; at 14, its name was read as the subject and refused. On
/// the dev files 20 found 13 more novel speakers and 3 news quotes, and lost none; a
/// third phrase, `On Monday, after months of silence, in a packed hall,`, 4 more.)
const MAX_OPENING_PHRASES: usize = 3;
const MAX_OPENING_PHRASE: usize = 20;

/// `Ruiz was asked by moderator Tom Hale whether she would "raise taxes"`, `Ruiz was called
/// "reckless" by Tom Hale`: the speech verb at `v`, whose subject would end at `b`, is a
/// passive, and the agent named after `by` (before the quotation or right after it) spoke,
/// not the subject. Not in a relative clause (`a loan that was reported by the Times`),
/// whose verb is not the quotation's. With no agent named, the quotation is left to the
/// other readings, which give it the subject: often the annotated source too (`Ruiz was
/// asked about the "slip"`). (`was` is one of the words [`between_back`] steps over.)
fn passive_agent(c: &Ctx, b: usize, v: usize) -> Option<Mention> {
    (b.saturating_sub(1).max(c.sent_start)..v).find(|&k| {
        word(c, k).is_some_and(|w| BE_FORMS.contains(&w))
            && !(k > 0
                && (c.tokens[k - 1].info().function == Some(Function::Relative)
                    || word(c, k - 1) == Some("that")))
    })?;
    let by = (v + 1..c.qt)
        .chain(c.qt + 1..c.qt + 2)
        .find(|&k| word(c, k) == Some("by"))?;
    mention::forward(c.tokens, by + 1, c.text)
}

fn sentence_verb(c: &Ctx) -> Option<Found> {
    let v = (c.sent_start..c.qt)
        .rev()
        .find(|&k| verb(c, k).is_some_and(|(_, kind)| kind != VerbKind::Manner))?;
    let m = if participle(c, v) {
        // `Guards stepped in, with an organizer of the march calling the scene "Q"`:
        // after `with`, the phrase before the participle is its subject.
        // `The paper quoted an aide as saying the plan was "Q"`: after `as`, the object
        // before it is who said it, not the verb's subject (who only reports it).
        let as_before = v > c.sent_start && word(c, v - 1) == Some("as");
        with_subject(c, v)
            .or_else(|| {
                as_before
                    .then(|| mention::object_before_to(c.tokens, v - 1, c.text))
                    .flatten()
            })
            .or_else(|| subject(c, c.sent_start, v))?
    } else {
        let b = between_back(c, v);
        if let Some(m) = passive_agent(c, b, v) {
            return found(m, c.tokens.get(v));
        }
        // `Ruiz praised the crew but warned of "a long season"`: a verb joined on is the
        // sentence subject's, when no noun phrase of its own stands before it.
        // After `to`, a noun phrase right before it is the verb's subject (`urged Ruiz to
        // call it "Q"`); with none, the sentence's is (`went on to call it "Q"`).
        let to = b > c.sent_start && word(c, b - 1) == Some("to");
        mention::backward(c.tokens, b, c.text)
            .or_else(|| {
                to.then(|| mention::object_before_to(c.tokens, b - 1, c.text))
                    .flatten()
            })
            .or_else(|| {
                chained(c, b)
                    .then(|| subject(c, c.sent_start, v))
                    .flatten()
                    .filter(|m| !m.lone_common_word(c.tokens))
            })?
    };
    // (`A letter signed by the deans called it "Q"`: the letter's authors.)
    found(
        mention::document_author(c.tokens, m, c.text),
        c.tokens.get(v),
    )
}

fn sentence_verb_after(c: &Ctx) -> Option<Found> {
    after_quote(c)?;
    let end = c.sent_end.min(c.qt + 25);
    for k in c.qt + 1..end {
        if c.tokens[k].quote().is_some() {
            return None;
        }
        if verb(c, k).is_some_and(|(_, kind)| kind != VerbKind::Manner) && !participle(c, k) {
            let b = between_back(c, k);
            if let Some(m) =
                mention::backward(c.tokens, b, c.text).filter(|m| m.tokens.start > c.qt)
            {
                return found(m, c.tokens.get(k));
            }
            // `argue it could`: `it` after a verb is its object, never an inverted subject.
            if complementizer(c, k + 1) {
                return None;
            }
            // (A headline's bare role noun too: `Minister 'deeply concerned' over delays,
            // says spokesman`.)
            let m = mention::forward(c.tokens, k + 1, c.text)
                .filter(|m| !matches!(m.kind, MentionKind::Pronoun(Some(Gender::Neuter), _)))
                .or_else(|| mention::bare_role(c.tokens, k + 1, c.text))?;
            return found(m, c.tokens.get(k));
        }
    }
    None
}

/// `"Q," she owned.`, `"Q?" he pondered.`, `"Q," Ruth glanced up.`: a quotation that is a
/// whole utterance and opens its sentence, then in the same sentence `he`, `she` or a
/// name, and a verb the speech-verb table does not know (`owned`, `threw out`, `was
/// thinking`). That subject's clause is the quotation's tag, whatever its verb: fiction
/// attaches speech to many verbs no list holds.
fn quote_subject_tag(c: &Ctx) -> Option<Found> {
    if c.sent_start != c.qt {
        return None;
    }
    let i = after_quote(c)?;
    let comma_after = i > c.qt + 1;
    // The words end in a comma, a question, an exclamation or a break, inside the marks,
    // or a comma follows them (`"And you", she threw out`).
    let quoted = &c.text[c.tokens[c.qt].span.clone()];
    let words = quoted
        .trim_end_matches(|ch: char| ch.is_whitespace() || crate::marks::lookup(ch).is_some());
    if !comma_after && !words.ends_with([',', '?', '!', '-', '\u{2014}']) {
        return None;
    }
    let m = acting_person(c.tokens, i, c.text)?;
    // `he` or `she` in lower case is in the quote's sentence. A name is capitalized
    // anyway, so only after a comma (`"Q?" Ruth turned away.` may be a new sentence,
    // and a word capitalized only to open one is no name).
    let personal =
        m.kind.personal_gender().is_some() && word(c, i)?.starts_with(char::is_lowercase);
    let named = m.kind == MentionKind::Name
        && (comma_after || words.ends_with(','))
        && !m.lone_common_word(c.tokens);
    // The word after the subject is its verb, or an auxiliary before it; not `and`, `or`,
    // `to`, `the` or another pronoun.
    let v = m.tokens.end;
    let info = c.tokens[v].info();
    let verb_like = info.pronoun.is_none()
        && !matches!(
            info.function,
            Some(Function::Determiner | Function::Stop | Function::Relative)
        );
    ((personal || named) && verb_like).then(|| Found {
        mention: m,
        cue: Some(c.tokens[v].span.clone()),
    })
}

/// `Ortiz quickly changed the subject: "Q"`: a quotation after a colon that ends a clause
/// whose subject is a person (or a body, a group, a document) is theirs, whatever the
/// verb.
fn subject_colon_quote(c: &Ctx) -> Option<Found> {
    let before = c.qt.checked_sub(1)?;
    // The colon right before the quote, or ending the paragraph the quote follows
    // (`Trump issued the following statement:¶"Q"`).
    let (colon, start) = if c.tokens[before].kind == Kind::Break {
        let colon = before.checked_sub(1)?;
        (colon, sentence_of(c.tokens, colon).0)
    } else {
        (before, c.sent_start)
    };
    // `Mrs. Moore shivered, "A ghost!"`: a comma does as well in the quote's own
    // sentence, before a quote that starts a sentence of its own (not `called it, "a
    // raid"`).
    let comma = colon == before && c.tokens[colon].is_punct(',') && {
        let quoted = c.tokens[c.qt].text(c.text);
        let mut chars = quoted.chars().skip(1).skip_while(|ch| ch.is_whitespace());
        chars.next().is_some_and(char::is_uppercase)
    };
    ((c.tokens[colon].is_punct(':') || comma) && colon > start).then_some(())?;
    // Only the writer's words before the colon.
    (start..colon)
        .all(|k| c.tokens[k].quote().is_none())
        .then_some(())?;
    // `She was as cheerful as ever; and, after leaving her, Ruth thus reflected:`: the clause
    // that ends at the colon has a subject of its own; so has one a subordinating
    // conjunction opens (`Calm was short-lived when Ruiz took to the radio with this:`):
    // whoever acts in it introduces the quotation.
    let m = match subject(c, start, colon) {
        Some(m) => joined_subject(c, m.tokens.end, colon)
            .or_else(|| subordinate_subject(c, m.tokens.end, colon))
            .unwrap_or(m),
        // `Reaching the door at last, and finding it locked, Ruth turned back; and,
        // lowering her voice, said, with a frown, "Q"`: a sentence that opens with no
        // subject has the one of the latest clause joined on.
        None => joined_before(c, start, colon)?,
    };
    // `I`, `we` and `they` speak here too.
    // So do bodies, groups and documents: `The campaign, in a memo, put it carefully:`,
    // `The letter makes the case plainly:`.
    let person = m.kind.is_person()
        || matches!(
            m.kind,
            MentionKind::Pronoun(None, _) | MentionKind::Org | MentionKind::Group
        );
    // A clause follows the subject (after an apposition): a lower-case word.
    let next = skip_apposition(c.tokens, m.tokens.end, c.text);
    let clause = next < colon && word(c, next).is_some_and(|w| w.starts_with(char::is_lowercase));
    (person && clause && m.tokens.end < colon).then_some(Found {
        mention: m,
        cue: None,
    })
}

/// The subject of the last clause joined on between tokens `from` and `to` (`, and Ruth
/// turned`, `; and, after leaving her, Ruth thus reflected`): a name or `he`/`she` that a
/// comma, semicolon or conjunction opens and a lower-case word follows.
fn joined_subject(c: &Ctx, from: usize, to: usize) -> Option<Mention> {
    (from..to).rev().find_map(|k| {
        let m = mention::forward(c.tokens, k, c.text)?;
        let person = m.kind == MentionKind::Name || m.kind.personal_gender().is_some();
        (person
            && m.tokens.end < to
            && crate::resolve::clause_subject(c.tokens, k, m.tokens.end, c.text))
        .then_some(m)
    })
}

/// The subject of the subordinate clause that runs up to token `to` from after `from`: a
/// name or `he`/`she` right after a conjunction of time or background, with a lower-case
/// word, its verb, after it.
fn subordinate_subject(c: &Ctx, from: usize, to: usize) -> Option<Mention> {
    (from..to.saturating_sub(1)).rev().find_map(|k| {
        // (A clause of time or background; not a condition or concession.)
        let opener = c.tokens[k].kind == Kind::Word
            && matches!(
                lexicon::subordinator(c.tokens[k].text(c.text)),
                Some(Subordinate::Time | Subordinate::Background)
            );
        if !opener {
            return None;
        }
        let m = mention::forward(c.tokens, k + 1, c.text)?;
        let person = m.kind == MentionKind::Name || m.kind.personal_gender().is_some();
        let verb = word(c, m.tokens.end).is_some_and(|w| w.starts_with(char::is_lowercase));
        // The clause runs on to the colon: no other clause is joined on after it (`as she
        // sat down, sipping tea, and he began:` is his).
        let runs_on = (m.tokens.end..to).all(|i| {
            let t = &c.tokens[i];
            !(t.is_punct(',') || t.is_punct(';') || t.kind == Kind::Dash)
        });
        (person && verb && m.tokens.end < to && runs_on).then_some(m)
    })
}

/// Words that may open the clause of a speech verb before its subject: `But as X put it:`.
const AS_OPENERS: &[&str] = &["As", "as", "But", "And"];

/// Longest stretch of tokens the rules read on either side of a quote.
pub(crate) const MAX_SENTENCE: usize = 120;

/// The sentence around token `qt`: `(first token, one past the last)`.
/// Looks at most [`MAX_SENTENCE`] tokens each way, so that text without sentence ends costs
/// no more per quote than ordinary text.
pub(crate) fn sentence_of(tokens: &[Token], qt: usize) -> (usize, usize) {
    let mut start = qt;
    while start > 0 && qt - start < MAX_SENTENCE && !tokens[start - 1].ends() {
        start -= 1;
    }
    let mut end = qt + 1;
    if !tokens[qt].ends() {
        while end < tokens.len() && end - qt < MAX_SENTENCE && !tokens[end - 1].ends() {
            end += 1;
        }
        // A sentence that ends at a paragraph break does not include it.
        if end > 0 && tokens.get(end - 1).is_some_and(|t| t.kind == Kind::Break) {
            end -= 1;
        }
    }
    (start, end.max(qt + 1))
}

/// Applies the local rules, in order, to the quote at token `qt`.
pub(crate) fn attribute_local(c: &Ctx) -> Option<(&'static Rule, Found)> {
    RULES.iter().find_map(|r| match r.matcher {
        Matcher::Local(f) => f(c).map(|found| (r, found)),
        Matcher::Context | Matcher::Reported => None,
    })
}

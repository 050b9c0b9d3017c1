//! The attribution rules: named constructions that tie a quotation to its speaker.
//!
//! [`RULES`] lists them in the order they are tried, most precise first, as the sieve
//! systems of the field do. The first that matches gives the quote its speaker, cue and
//! `rule`. Rules of the first group read only the sentence around the quote; those of the
//! second group (`continuation` onward) also read the quotes before it, and run after the
//! first group has had its say on every quote. Each rule carries its own examples, checked
//! by the test suite: the positive ones must fire the rule with the given speaker, the
//! negative ones must not fire it.
//!
//! The table is here, as data. The code that reads each local rule's construction is in
//! [`tags`] (a tag beside the quotation), [`sources`] (its owner or source) and
//! [`subjects`] (the subject of its sentence), and the token tests they share are in
//! [`words`]. The context rules are applied by the extractor, the reported-speech rules by
//! `indirect`.

use std::ops::Range;

use crate::confidence;
use crate::lexicon::{self, Function, Gender, Number, Subordinate, VerbKind};
use crate::mention::{self, Mention, MentionKind};
use crate::token::{Kind, Token};

mod sources;
mod subjects;
mod tags;
mod words;

use sources::*;
pub(crate) use subjects::*;
pub(crate) use tags::*;
pub(crate) use words::*;

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

/// A woman met in the dark, whose first tag reads `$tag`, gives her name when asked: the
/// scene of `self-named-back`'s examples.
macro_rules! woman_at_the_boathouse {
    ($tag:literal) => {
        concat!(
            "Henry rowed across to the far bank while the others slept. A woman stood by \
             the boathouse.\n\n\"Oh!\" ",
            $tag,
            " cried.\n\n\"Are you lost?\" he asked.\n\n\"No, thank you.\"\n\n\
             \"May I know your name?\"\n\nShe stepped back into the shadow of the door, and \
             she said quietly, \"Mrs. Dale.\""
        )
    };
}

/// Agnes comes aboard, but Maud is the woman the narration named last: the scene of
/// `called-back`'s examples for `she`.
macro_rules! agnes_aboard {
    () => {
        "Agnes Webb had come aboard at the mill. The river widened, and Maud took the \
         oars.\n\n"
    };
}

/// Henry and Tom talk of a boat, and Henry speaks two turns running (`"And a cheap boat
/// sinks."`), so alternation gives every later turn to the wrong one of them; the last
/// turn, `$answer`, may call Tom: the scene of `called-back`'s examples for turns
/// alternation gave.
macro_rules! leaking_boat {
    ($answer:literal) => {
        concat!(
            "\"I never wanted a boat,\" said Henry.\n\n\"Then why buy one?\" asked Tom.\n\n\
             \"It was cheap,\" said Henry.\n\n\"And a cheap boat sinks. Everybody knows \
             that.\"\n\n\"Will you buy it from me?\"\n\n\"Good Lord, the thing leaks.\"\n\n\
             \"Oh, I only heard it, but the whole harbour says so.\"\n\n",
            $answer
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
        name: "quote-signed",
        pattern: "\"Q.¶X, affiliation.\" (a pull quote)",
        confidence: confidence::QUOTE_SIGNED,
        positive: &[
            (
                "\"Fees are the only lever we have left.\nDana Ruiz, port director.\"",
                0,
                "Dana Ruiz",
            ),
            ("\"We will not close the ferry.\nMalik Osei\"", 0, "Malik Osei"),
            (
                "\"Nobody asked the farmers.\n\u{2014}Sen. Ana Lima, Plains Caucus.\"",
                0,
                "Sen. Ana Lima",
            ),
        ],
        negative: &[
            // A line that goes on after the name is a sentence of the quotation.
            ("\"We met at noon.\nTom Hale came later.\"", 0),
            // A letter's closing names no one by a given name.
            ("\"Bring the bread.\nLove, Mum.\"", 0),
            // A place on a line of its own, after no finished sentence, is an address.
            ("\"Send the forms to\nPort Harbour Office.\"", 0),
        ],
        matcher: Matcher::Local(quote_signed),
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
            // Nor words of time, a phrase of manner, or the one spoken to.
            ("\"Stay for supper,\" said her ladyship soon afterwards.", 0, "her ladyship"),
            ("\"Nothing at all,\" said the old porter in a gruff manner.", 0, "the old porter"),
            ("\"Faster, please!\" said a heron to a crab.", 0, "a heron"),
            ("\"No,\" answered the duchess with mock sadness soon afterwards.", 0, "the duchess"),
            // `to` after `close` is part of the phrase, and so is a place.
            ("\"Hush,\" said a voice close to her ear.", 0, "a voice close to her ear"),
            ("\"Come in,\" said the voice in the hall.", 0, "the voice in the hall"),
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
            // Nor is the one told: no one writes `"Q," told Ortiz`.
            ("Ortiz, 54, told Reuters, \"We will appeal.\"", 0),
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
            // A word after a preposition is its object, no adverb before the verb.
            ("A voice from within answered, \"Come in.\"", 0, "A voice from within"),
            ("Port officials have said \"no comment\" all week.", 0, "Port officials"),
            // A passive's agent after `by` speaks, not its subject.
            ("Ortiz was called \"reckless\" by Tom Hale.", 0, "Tom Hale"),
            ("Ortiz, a retired nurse, said: \"I have seen worse.\"", 0, "Ortiz"),
            // A relative pronoun before the verb: the one who hung the sign speaks through
            // it; with no person for subject, the thing before the pronoun does.
            ("Ortiz hung a sign in the hall that read, \"No vote, no tower.\"", 0, "Ortiz"),
            ("The page was replaced by a message that said, \"Back at six.\"", 0, "a message"),
            // A period named from now between the subject and the verb.
            ("The minister earlier this year said: \"We will build.\"", 0, "The minister"),
            // A second speaker in the sentence, someone by what they were doing.
            (
                "\"We will rebuild,\" Ortiz said as a heckler yelled: \"You lied to us!\"",
                1,
                "a heckler",
            ),
            // The one `told`, with a comma after them, is no speaker set after the verb.
            ("Ortiz, 54, told Reuters, \"We will appeal.\"", 0, "Ortiz"),
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
            // A passive verb of telling with no agent: its subject is the one told.
            ("In an interview on Monday, Ortiz was asked, \"Will you run again?\"", 0),
            ("At the meeting, the crews were told: \"Sell the benefits.\"", 0),
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
            // A word of order before the noun; a plural noun and its copula.
            ("Her first answer was: \"Not yet.\"", 0, "Her"),
            ("His last words were, \"Mind the step.\"", 0, "His"),
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
            // Someone by what they were doing when the words were met.
            ("\"Best sled ever!\" was the response of one happy viewer.", 0, "one happy viewer"),
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
            // A subject whose head no table holds, right before a verb the quote follows.
            (
                "The union leaflet argues that \"only a strike will move the board.\"",
                0,
                "The union leaflet",
            ),
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
            // The subject of a passive with no agent heard the words: the verb before
            // it tells who said them.
            (
                "The ministry says travellers are advised to \"take great care\" there.",
                0,
                "The ministry",
            ),
        ],
        negative: &[
            ("The plan was a \"bold experiment\" from the start.", 0),
            // A passive's subject is what was said, no speaker.
            ("The old rumour was denied that \"the mill would close.\"", 0),
        ],
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
            // The name may open a later sentence of the turn, which went on after its tag.
            (
                concat!(
                    three_in_the_boat!(),
                    "\"You are shivering,\" said Maud. \"The wind is cold. Henry, give him \
                     your coat.\"\n\n\"Gladly.\""
                ),
                12,
                "Henry",
            ),
            // A hard-wrapped line may break between the comma and the name, and a
            // semicolon may close the name.
            (
                concat!(
                    three_in_the_boat!(),
                    "The wind rose over the water.\n\n\"It is late, and you row best,\n\
                     Henry.\"\n\n\"Not today.\""
                ),
                11,
                "Henry",
            ),
            (
                concat!(
                    three_in_the_boat!(),
                    "The wind rose over the water.\n\n\"Come, Henry; row us over.\"\n\n\
                     \"Not today.\""
                ),
                11,
                "Henry",
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
            // A question the narration reports, of someone it names.
            (
                concat!(
                    three_in_the_boat!(),
                    "Maud asked Henry whether the oars were dry.\n\n\"They are.\""
                ),
                10,
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
            // The answer's paragraph may open with narration.
            (
                concat!(
                    three_in_the_boat!(),
                    "A girl stood at the gate.\n\n\"And what is your name?\" asked Maud.\n\n\
                     The girl looked down at her boots. \"Ruth Baker,\" she said."
                ),
                11,
                "Ruth Baker",
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
            // A name before a comma and more words calls the one spoken to.
            (
                concat!(
                    three_in_the_boat!(),
                    "A girl stood at the gate.\n\n\"And what is your name?\" asked Maud.\n\n\
                     \"Henry, must I tell her?\""
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
        name: "self-named-back",
        pattern: "(in a dialogue) \"Q1,\" the woman said.¶\"What is your name?\"¶\"Ruth Baker,\" \
                  she said. → Q1 is Ruth Baker's",
        confidence: confidence::SELF_NAMED_BACK,
        positive: &[
            (
                concat!(three_in_the_boat!(), woman_at_the_boathouse!("the woman")),
                10,
                "Mrs. Dale",
            ),
            // Her turns inherited by alternation are hers too.
            (
                concat!(three_in_the_boat!(), woman_at_the_boathouse!("the woman")),
                12,
                "Mrs. Dale",
            ),
        ],
        negative: &[
            // A tag of her own, `she`, is read on its own evidence: only the answer was
            // misread.
            (
                concat!(three_in_the_boat!(), woman_at_the_boathouse!("she")),
                10,
            ),
            // A tag naming her stands, and so do the turns before it.
            (
                concat!(three_in_the_boat!(), woman_at_the_boathouse!("Maud")),
                10,
            ),
        ],
        matcher: Matcher::Context,
    },
    Rule {
        name: "called-back",
        pattern: "(in a dialogue) \"Q1\" (or \"Q1,\" she said.)¶\"Q2, A.\" → Q1 is A's",
        confidence: confidence::CALLED_BACK,
        positive: &[
            (
                concat!(
                    three_in_the_boat!(),
                    "The wind rose over the water.\n\n\"Are we going, then?\"\n\n\
                     \"Not yet, Henry.\""
                ),
                10,
                "Henry",
            ),
            // `she`, read as Maud, the woman named last, is the one the answer calls.
            (
                concat!(
                    three_in_the_boat!(),
                    agnes_aboard!(),
                    "\"Is it far?\" she asked.\n\n\"Not far, Agnes.\""
                ),
                10,
                "Agnes",
            ),
            // Alternation gave the turn to Henry, and the answer, which it gave to Tom,
            // calls Tom: Tom spoke the turn, and the alternation broke before it.
            (leaking_boat!("\"But leaks, Tom? Since when?\""), 6, "Tom"),
        ],
        negative: &[
            // The answer calls no one: the alternation stands.
            (leaking_boat!("\"But leaks? Since when?\""), 6),
            // The answer calls Tom, and alternation gave it to Henry: nothing shows a
            // break, and the turn before stays as alternation gave it.
            (
                leaking_boat!("\"Are you sure?\"\n\n\"But leaks, Tom? Since when?\""),
                7,
            ),
            (
                concat!(
                    three_in_the_boat!(),
                    "The wind rose over the water.\n\n\"Are we going, then?\"\n\n\"Not yet.\""
                ),
                10,
            ),
            // `she` called Agnes herself: the answer calls Agnes too, and need not be
            // spoken to the one who asked.
            (
                concat!(
                    three_in_the_boat!(),
                    agnes_aboard!(),
                    "\"Is it far, Agnes?\" she asked.\n\n\"Not far, Agnes.\""
                ),
                10,
            ),
            // Nor is `she` a man called.
            (
                concat!(
                    three_in_the_boat!(),
                    agnes_aboard!(),
                    "\"Is it far?\" she asked.\n\n\"Not far, Henry.\""
                ),
                10,
            ),
            // Nor one the tag says she spoke to.
            (
                concat!(
                    three_in_the_boat!(),
                    agnes_aboard!(),
                    "\"Wake up,\" she said to Agnes.\n\n\"Let her sleep, Agnes.\""
                ),
                10,
            ),
        ],
        matcher: Matcher::Context,
    },
    Rule {
        name: "turn-taking",
        pattern: "\"Q1,\" said A.¶\"Q2,\" said B.¶\"Q3.\"",
        confidence: confidence::TURN_TAKING,
        positive: &[
            (
                "\"Are you coming?\" asked Maud.\n\n\"Not tonight,\" said Henry.\n\n\"Then I shall go alone.\"",
                2,
                "Maud",
            ),
            // In a dialogue, a turn may open with narration about no one.
            (
                concat!(
                    two_in_the_boat!(),
                    "\"Is it far?\" asked Maud.\n\n\"Two miles,\" said Henry.\n\n\
                     The wind rose. \"Then we row.\""
                ),
                8,
                "Maud",
            ),
        ],
        negative: &[
            ("\"Are you coming?\" asked Maud.\n\n\"Then I shall go alone.\"", 1),
            // Outside a dialogue, narration before the quote ends the exchange.
            (
                "\"Are you coming?\" asked Maud.\n\n\"Not tonight,\" said Henry.\n\n\
                 The wind rose. \"Then I shall go alone.\"",
                2,
            ),
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
                  → A, then B (B, then A, when Q2 asks a question)",
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
            // Unless it reports their question, which the turn answers.
            (
                concat!(
                    two_in_the_boat!(),
                    "Maud asked whether the tide had turned.\n\n\
                     \"Not yet.\"\n\n\"Then we wait.\""
                ),
                6,
                "Henry",
            ),
            // Narration about the other one: the talk resumes with them.
            (
                concat!(
                    two_in_the_boat!(),
                    "Maud looked up at the sky. The gulls went quiet over the water.\n\n\
                     \"The tide will not wait for us.\"\n\n\"No, it never does.\""
                ),
                6,
                "Maud",
            ),
            // A question before the pause: the one asked answers after it.
            (
                concat!(
                    two_in_the_boat!(),
                    "\"Shall I light the lantern too?\" asked Henry.\n\n\
                     The wind dropped, and the gulls went quiet over the water.\n\n\
                     \"Yes, light it.\"\n\n\"Then I will.\""
                ),
                7,
                "Maud",
            ),
            (
                concat!(
                    two_in_the_boat!(),
                    "\"Shall I light the lantern too?\" asked Henry.\n\n\
                     The wind dropped, and the gulls went quiet over the water.\n\n\
                     \"Yes, light it.\"\n\n\"Then I will.\""
                ),
                8,
                "Henry",
            ),
            // Unless the one asked keeps silent: the one who asked goes on.
            (
                concat!(
                    two_in_the_boat!(),
                    "\"Shall I light the lantern too?\" asked Henry.\n\n\
                     Maud said nothing.\n\n\
                     \"I will light it, then.\""
                ),
                7,
                "Henry",
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
            // Henry repeats what was said to him: the aunt called him, not Henry himself.
            (
                "\"Where were you?\" asked Maud.\n\n\"Out,\" said Henry.\n\n\
                 \"And what did your aunt say?\"\n\n\
                 \"Not much. 'Well, Henry,' she said, 'you are late.'\"",
                3,
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
            // A paragraph that ends on her face, her voice or her bearing is about her.
            (
                "Ruth let her brother in and put down her sewing. Her face was pale.\n\n\
                 \"Henry! Is there bad news?\"",
                0,
                "Her",
            ),
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
            // A sentence that introduces the question the next paragraph asks.
            (
                concat!(
                    three_in_the_boat!(),
                    "Maud asked quietly, as if afraid of the answer.\n\n\"Are the oars dry?\""
                ),
                10,
                "Maud",
            ),
        ],
        negative: &[
            // Inside a paragraph, `His voice rose.` after a quote goes on about its
            // speaker: the quote after it is the same speech's.
            (
                "Cole waved Maud over to the fire.\n\n\"The road is gone,\" said Maud. His voice \
                 rose. \"We must wait.\"",
                1,
            ),
            ("The rain stopped at last. \"We are not done.\"", 0),
            // In a dialogue, a question the narration reports is answered in the next
            // paragraph, not asked again.
            (
                concat!(
                    three_in_the_boat!(),
                    "Maud asked whether the oars were dry.\n\n\"They are.\""
                ),
                10,
            ),
            // Nor does one who keeps silent speak next.
            (
                concat!(three_in_the_boat!(), "Maud said nothing.\n\n\"They are dry.\""),
                10,
            ),
            (
                concat!(
                    three_in_the_boat!(),
                    "Maud looked at the oars, but had nothing to say.\n\n\"They are dry.\""
                ),
                10,
            ),
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
            // A share of those asked, alone, is the subject too.
            ("Nearly half said the rink was too costly.", 0, "half"),
            ("Six in 10 said the rink was too costly.", 0, "Six in 10"),
            ("Of 40 clubs, only 12 said the rink was too costly.", 0, "only 12"),
            // An adverbial set off by commas stands between the subject and the verb.
            ("Critics, of course, say the rink was too costly.", 0, "Critics"),
            // A name or phrase inside a relative clause without commas is its object; the
            // subject stands before `who` or `whose`.
            ("Officials who met Ortiz on Monday said the rink was too costly.", 0, "Officials"),
            ("Parents whose children skate there said the rink was too costly.", 0, "Parents"),
            // After a title, a given name that is also a modal starts the name.
            ("Rep. Will Hurley said the rink was too costly.", 0, "Rep. Will Hurley"),
            ("Hydro One said the outage would last a day.", 0, "Hydro One"),
            // `about` before a number makes a count, not a topic.
            ("Ortiz said about 40 beds sit empty each night.", 0, "Ortiz"),
            // `more than` before a number is a count, not the object `more`.
            ("Ortiz said more than 40 beds sit empty each night.", 0, "Ortiz"),
            ("The port authority last week said the ferry would run.", 0, "The port authority"),
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
            ("The mayor will say more about the budget on Friday.", 0),
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
            // `interrupt` tags dialogue; as a verb of narration its object is whom it cut
            // short.
            ("A protester interrupted him twice during the rally on Sunday.", 0),
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
            // A part before too short to report alone is the subject of the part after.
            ("The levy, Okafor said, will pay for itself.", 0, "Okafor"),
            ("The levy, Okafor said, will pay for itself.", 1, "Okafor"),
        ],
        negative: &[
            ("Most of the money, they promise, will go back to families.", 2),
            // A conjunction or an adverb of how it was said is no part of the report.
            ("But, Okafor said, the levy will pay for itself.", 1),
            ("Softly, Okafor said, the levy will pay for itself.", 1),
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
    Rule {
        name: "indirect-as",
        pattern: "As X said, C.",
        confidence: confidence::INDIRECT_AS,
        positive: &[
            ("As the ministry said, the talks will resume next week.", 0, "the ministry"),
            (
                "As Ana Ruiz told reporters on Monday, the ferry will not run this winter.",
                0,
                "Ana Ruiz",
            ),
            ("As first reported by the Harbour Daily, the mill will close.", 0, "the Harbour Daily"),
            ("As the mayor put it, the port has never been busier.", 0, "the mayor"),
        ],
        negative: &[
            ("As Ruiz said goodbye, the lights went out.", 0),
            ("As Ruiz reported for work, she saw the smoke.", 0),
            ("As expected, the talks will resume next week.", 0),
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

/// Applies the local rules, in order, to the quote at token `qt`.
pub(crate) fn attribute_local(c: &Ctx) -> Option<(&'static Rule, Found)> {
    // A sentence that names only who was told the quotation names no speaker for any rule
    // to read (`Ortiz was asked, "Q?"`).
    if subjects::told_unnamed(c) {
        return None;
    }
    RULES.iter().find_map(|r| match r.matcher {
        Matcher::Local(f) => f(c).map(|found| (r, found)),
        Matcher::Context | Matcher::Reported => None,
    })
}

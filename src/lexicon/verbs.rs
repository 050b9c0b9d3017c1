//! Speech verbs with all their inflections: the cues that tie a quotation to a speaker.
//!
//! Each row is `(lemma, forms)`. Forms are listed, not generated, so irregular verbs
//! (`say`/`said`, `tell`/`told`, `write`/`wrote`) are as plain as regular ones.

/// How a speech verb relates its speaker to the quotation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum VerbKind {
    /// Reports a statement: say, add, insist, warn.
    Say,
    /// Takes the hearer as object before the content: tell, ask, warn (`told reporters`).
    Tell,
    /// Expresses manner rather than content; a cue in dialogue only: laugh, sigh, smile.
    Manner,
}

/// One row: lemma, kind, and every form of the verb.
pub(crate) type VerbRow = (&'static str, VerbKind, &'static [&'static str]);

use VerbKind::*;

/// The speech verbs.
pub(crate) const SPEECH_VERBS: &[VerbRow] = &[
    ("say", Say, &["say", "says", "said", "saying"]),
    ("tell", Tell, &["tell", "tells", "told", "telling"]),
    ("add", Say, &["add", "adds", "added", "adding"]),
    ("echo", Say, &["echo", "echoes", "echoed", "echoing"]),
    (
        "insist",
        Say,
        &["insist", "insists", "insisted", "insisting"],
    ),
    ("warn", Tell, &["warn", "warns", "warned", "warning"]),
    (
        "explain",
        Say,
        &["explain", "explains", "explained", "explaining"],
    ),
    ("reply", Say, &["reply", "replies", "replied", "replying"]),
    (
        "respond",
        Say,
        &["respond", "responds", "responded", "responding"],
    ),
    ("ask", Tell, &["ask", "asks", "asked", "asking"]),
    ("note", Say, &["note", "notes", "noted", "noting"]),
    ("argue", Say, &["argue", "argues", "argued", "arguing"]),
    ("claim", Say, &["claim", "claims", "claimed", "claiming"]),
    // `"Q," opined the minister`: common in South Asian and older English news.
    ("opine", Say, &["opine", "opines", "opined", "opining"]),
    ("state", Say, &["states", "stated", "stating"]),
    (
        "declare",
        Say,
        &["declare", "declares", "declared", "declaring"],
    ),
    (
        "announce",
        Say,
        &["announce", "announces", "announced", "announcing"],
    ),
    ("continue", Say, &["continues", "continued"]),
    // (`"Q," the authors conclude`: a study's finding, in the present.)
    ("conclude", Say, &["conclude", "concludes", "concluded"]),
    (
        "write",
        Say,
        &["write", "writes", "wrote", "writing", "written"],
    ),
    (
        "recall",
        Say,
        &["recall", "recalls", "recalled", "recalling"],
    ),
    ("admit", Say, &["admit", "admits", "admitted", "admitting"]),
    (
        "acknowledge",
        Say,
        &[
            "acknowledge",
            "acknowledges",
            "acknowledged",
            "acknowledging",
        ],
    ),
    (
        "concede",
        Say,
        &["concede", "concedes", "conceded", "conceding"],
    ),
    (
        "contend",
        Say,
        &["contend", "contends", "contended", "contending"],
    ),
    (
        "propose",
        Say,
        &["propose", "proposes", "proposed", "proposing"],
    ),
    (
        "suggest",
        Say,
        &["suggest", "suggests", "suggested", "suggesting"],
    ),
    (
        "predict",
        Say,
        &["predict", "predicts", "predicted", "predicting"],
    ),
    (
        "promise",
        Tell,
        &["promise", "promises", "promised", "promising"],
    ),
    ("joke", Say, &["joke", "jokes", "joked", "joking"]),
    ("quip", Say, &["quip", "quips", "quipped", "quipping"]),
    (
        "exclaim",
        Say,
        &["exclaim", "exclaims", "exclaimed", "exclaiming"],
    ),
    ("cry", Say, &["cried", "cries"]),
    ("shout", Say, &["shout", "shouts", "shouted", "shouting"]),
    // `protesters chanted "Q"`: a crowd's words; its object may be a thing too (`chanted
    // slogans`), which reported speech leaves out.
    ("chant", Say, &["chant", "chants", "chanted", "chanting"]),
    ("yell", Say, &["yell", "yells", "yelled", "yelling"]),
    ("scream", Say, &["screamed", "screams"]),
    (
        "whisper",
        Say,
        &["whisper", "whispers", "whispered", "whispering"],
    ),
    (
        "murmur",
        Say,
        &["murmur", "murmurs", "murmured", "murmuring"],
    ),
    (
        "mutter",
        Say,
        &["mutter", "mutters", "muttered", "muttering"],
    ),
    (
        "answer",
        Say,
        &["answer", "answers", "answered", "answering"],
    ),
    (
        "observe",
        Say,
        &["observe", "observes", "observed", "observing"],
    ),
    (
        "remark",
        Say,
        &["remark", "remarks", "remarked", "remarking"],
    ),
    (
        "comment",
        Say,
        &["comment", "comments", "commented", "commenting"],
    ),
    ("tweet", Say, &["tweet", "tweets", "tweeted", "tweeting"]),
    (
        "emphasize",
        Say,
        &[
            "emphasize",
            "emphasizes",
            "emphasized",
            "emphasizing",
            "emphasise",
            "emphasises",
            "emphasised",
            "emphasising",
        ],
    ),
    ("stress", Say, &["stresses", "stressed", "stressing"]),
    (
        "assert",
        Say,
        &["assert", "asserts", "asserted", "asserting"],
    ),
    ("maintain", Say, &["maintains", "maintained"]),
    (
        "complain",
        Say,
        &["complain", "complains", "complained", "complaining"],
    ),
    ("boast", Say, &["boast", "boasts", "boasted", "boasting"]),
    ("counter", Say, &["countered", "counters"]),
    ("retort", Say, &["retort", "retorts", "retorted"]),
    ("deny", Say, &["deny", "denies", "denied", "denying"]),
    (
        "confirm",
        Say,
        &["confirm", "confirms", "confirmed", "confirming"],
    ),
    (
        "testify",
        Say,
        &["testify", "testifies", "testified", "testifying"],
    ),
    ("plead", Say, &["pleaded", "pleads", "pled"]),
    ("urge", Tell, &["urge", "urges", "urged", "urging"]),
    (
        "remind",
        Tell,
        &["remind", "reminds", "reminded", "reminding"],
    ),
    (
        "advise",
        Tell,
        &["advise", "advises", "advised", "advising"],
    ),
    (
        "encourage",
        Tell,
        &["encourage", "encourages", "encouraged", "encouraging"],
    ),
    (
        "implore",
        Tell,
        &["implore", "implores", "implored", "imploring"],
    ),
    (
        "instruct",
        Tell,
        &["instruct", "instructs", "instructed", "instructing"],
    ),
    ("demand", Say, &["demanded", "demands"]),
    ("repeat", Say, &["repeated", "repeats"]),
    ("recount", Say, &["recounted", "recounts"]),
    (
        "describe",
        Say,
        &["describe", "describes", "described", "describing"],
    ),
    ("call", Say, &["called", "calls", "calling"]),
    // Verbs that characterize something in the speaker's words (`dismissed the report
    // as "fake news"`, `denounced the plan as "reckless"`): the quoted words are theirs.
    (
        "characterize",
        Say,
        &[
            "characterized",
            "characterised",
            "characterizes",
            "characterises",
        ],
    ),
    ("dismiss", Say, &["dismissed", "dismisses"]),
    ("denounce", Say, &["denounced", "denounces"]),
    ("deride", Say, &["derided", "derides"]),
    ("decry", Say, &["decried", "decries"]),
    ("condemn", Say, &["condemned", "condemns"]),
    // `accused the council of "dragging its feet"`: the charge is in the speaker's words.
    ("accuse", Say, &["accused", "accuses"]),
    ("slam", Say, &["slammed", "slams"]),
    ("blast", Say, &["blasted", "blasts"]),
    ("hail", Say, &["hailed", "hails"]),
    ("praise", Say, &["praised", "praises"]),
    (
        "criticize",
        Say,
        &["criticized", "criticised", "criticizes", "criticises"],
    ),
    ("muse", Say, &["mused", "muses"]),
    ("snap", Say, &["snapped"]),
    ("growl", Say, &["growled"]),
    ("protest", Say, &["protested"]),
    ("reason", Say, &["reasoned"]),
    (
        "inquire",
        Say,
        &["inquired", "enquired", "inquires", "enquires"],
    ),
    ("wonder", Say, &["wondered", "wonders"]),
    ("begin", Say, &["began"]),
    ("interrupt", Say, &["interrupted"]),
    ("agree", Say, &["agreed", "agrees"]),
    ("disagree", Say, &["disagreed", "disagrees"]),
    ("think", Say, &["thought"]),
    ("report", Say, &["reported", "reports"]),
    ("caution", Say, &["cautioned", "cautions"]),
    ("vow", Say, &["vowed", "vows"]),
    ("pledge", Say, &["pledged", "pledges"]),
    ("quote", Say, &["quoted"]),
    ("indicate", Say, &["indicated", "indicates", "indicating"]),
    // Not `signal(s)` or `hint(s)`: as often nouns (`a signal that`), and a thing
    // `signals` as often as a person does (`the vote signals "the end"`).
    (
        "signal",
        Say,
        &["signalled", "signaled", "signalling", "signaling"],
    ),
    ("hint", Say, &["hinted", "hinting"]),
    ("allege", Say, &["alleged", "alleges"]),
    (
        "assure",
        Tell,
        &["assure", "assures", "assured", "assuring"],
    ),
    (
        "reassure",
        Tell,
        &["reassure", "reassures", "reassured", "reassuring"],
    ),
    ("surmise", Say, &["surmised", "surmises"]),
    ("speculate", Say, &["speculated", "speculates"]),
    ("lament", Say, &["lamented", "laments", "lamenting"]),
    (
        "reiterate",
        Say,
        &["reiterated", "reiterates", "reiterating"],
    ),
    ("concur", Say, &["concurred", "concurs"]),
    ("scoff", Say, &["scoffed", "scoffs"]),
    ("gush", Say, &["gushed", "gushes"]),
    ("marvel", Say, &["marveled", "marvelled", "marvels"]),
    ("blurt", Say, &["blurted", "blurts"]),
    ("proclaim", Say, &["proclaimed", "proclaims", "proclaiming"]),
    ("fume", Say, &["fumed", "fumes"]),
    ("bark", Say, &["barked", "barks"]),
    ("boom", Say, &["boomed", "booms"]),
    ("thunder", Say, &["thundered", "thunders"]),
    ("snarl", Say, &["snarled", "snarls"]),
    ("hiss", Say, &["hissed", "hisses"]),
    ("holler", Say, &["hollered", "hollers"]),
    ("mock", Say, &["mocked", "mocks"]),
    ("taunt", Say, &["taunted", "taunts"]),
    ("jeer", Say, &["jeered", "jeers"]),
    ("demur", Say, &["demurred", "demurs"]),
    ("exhort", Say, &["exhorted", "exhorts"]),
    ("rant", Say, &["ranted", "rants"]),
    ("grumble", Say, &["grumbled", "grumbles"]),
    ("chide", Say, &["chided", "chides"]),
    ("scold", Say, &["scolded", "scolds"]),
    ("stammer", Say, &["stammered", "stammers"]),
    ("stutter", Say, &["stuttered", "stutters"]),
    ("falter", Say, &["faltered", "falters"]),
    ("remonstrate", Say, &["remonstrated", "remonstrates"]),
    ("ejaculate", Say, &["ejaculated"]),
    ("query", Say, &["queried", "queries"]),
    ("interject", Say, &["interjected", "interjects"]),
    ("interpose", Say, &["interposed", "interposes"]),
    ("assent", Say, &["assented", "assents"]),
    ("acquiesce", Say, &["acquiesced"]),
    (
        "confess",
        Say,
        &["confess", "confessed", "confesses", "confessing"],
    ),
    ("confide", Say, &["confided", "confides"]),
    ("object", Say, &["objected", "objects"]),
    ("laugh", Manner, &["laughed"]),
    ("sigh", Manner, &["sighed"]),
    ("smile", Manner, &["smiled"]),
    ("beam", Manner, &["beamed"]),
    ("sob", Manner, &["sobbed"]),
    ("gasp", Manner, &["gasped"]),
    ("groan", Manner, &["groaned"]),
    ("sneer", Manner, &["sneered"]),
    ("nod", Manner, &["nodded"]),
    // `"Q," returned Ortiz`, `"Q," he resumed`: in fiction, verbs of taking one's turn;
    // elsewhere they mean other things (`returned to Ottawa`), so only next to the quote.
    ("return", Manner, &["returned"]),
    // `"Q," remembered a former aide`: looking back, as `recalled`; elsewhere it takes
    // an object (`remembered the day`), so only next to the quote.
    ("remember", Manner, &["remembered"]),
    ("rejoin", Manner, &["rejoined"]),
    ("resume", Manner, &["resumed"]),
    ("pursue", Manner, &["pursued"]),
    ("proceed", Manner, &["proceeded"]),
    ("persist", Manner, &["persisted"]),
    ("venture", Manner, &["ventured"]),
    ("hazard", Manner, &["hazarded"]),
    ("reflect", Manner, &["reflected"]),
    ("hesitate", Manner, &["hesitated"]),
    ("question", Manner, &["questioned"]),
    ("breathe", Manner, &["breathed"]),
    ("pronounce", Manner, &["pronounced"]),
    ("command", Manner, &["commanded"]),
    ("expostulate", Manner, &["expostulated"]),
    ("sputter", Manner, &["sputtered"]),
    // `"Q," she corrected herself`, `"Q," she informed Marilla`.
    ("correct", Manner, &["corrected"]),
    ("inform", Manner, &["informed"]),
    // Asking, urging and warning, said of the speaker of the words next to them.
    ("beg", Manner, &["begged"]),
    ("entreat", Manner, &["entreated"]),
    ("prompt", Manner, &["prompted"]),
    ("counsel", Manner, &["counselled", "counseled"]),
    ("admonish", Manner, &["admonished"]),
    ("challenge", Manner, &["challenged"]),
    ("nag", Manner, &["nagged"]),
    ("affirm", Manner, &["affirmed"]),
    ("corroborate", Manner, &["corroborated"]),
    ("contradict", Manner, &["contradicted"]),
    ("submit", Manner, &["submitted"]),
    ("quoth", Manner, &["quoth"]),
    // Sounds of the voice.
    ("wail", Manner, &["wailed"]),
    ("shriek", Manner, &["shrieked"]),
    ("whimper", Manner, &["whimpered"]),
    ("moan", Manner, &["moaned"]),
    ("roar", Manner, &["roared"]),
    ("bawl", Manner, &["bawled"]),
    ("squeak", Manner, &["squeaked"]),
    ("sniff", Manner, &["sniffed"]),
    ("bluster", Manner, &["blustered"]),
    ("mourn", Manner, &["mourned"]),
    ("whine", Manner, &["whined"]),
    ("screech", Manner, &["screeched"]),
    ("chatter", Manner, &["chattered"]),
    ("prattle", Manner, &["prattled"]),
    ("chuckle", Manner, &["chuckled"]),
    ("pout", Manner, &["pouted"]),
    ("hoot", Manner, &["hooted"]),
    ("yawn", Manner, &["yawned"]),
    ("mumble", Manner, &["mumbled"]),
    ("grunt", Manner, &["grunted"]),
    ("quaver", Manner, &["quavered"]),
    ("splutter", Manner, &["spluttered"]),
    ("blubber", Manner, &["blubbered"]),
    ("titter", Manner, &["tittered"]),
    ("coo", Manner, &["cooed"]),
    ("warble", Manner, &["warbled"]),
    ("croak", Manner, &["croaked"]),
    ("wheeze", Manner, &["wheezed"]),
    ("snort", Manner, &["snorted"]),
    ("purr", Manner, &["purred"]),
    ("lisp", Manner, &["lisped"]),
    ("drawl", Manner, &["drawled"]),
    ("pipe", Manner, &["piped"]),
    // Voices of fiction's dialogue: `"Q," drivelled old Talbot`, `"Q," he was raving`.
    ("rave", Manner, &["raved", "raving"]),
    ("drivel", Manner, &["drivelled", "driveled"]),
    ("babble", Manner, &["babbled"]),
    ("burble", Manner, &["burbled"]),
    ("gabble", Manner, &["gabbled"]),
    ("jabber", Manner, &["jabbered"]),
    ("rasp", Manner, &["rasped"]),
    ("simper", Manner, &["simpered"]),
    ("bellow", Manner, &["bellowed"]),
    ("howl", Manner, &["howled"]),
    ("yelp", Manner, &["yelped"]),
    ("squeal", Manner, &["squealed"]),
    ("giggle", Manner, &["giggled"]),
    ("snigger", Manner, &["sniggered"]),
    ("cackle", Manner, &["cackled"]),
    ("pant", Manner, &["panted"]),
    ("choke", Manner, &["choked"]),
    ("weep", Manner, &["wept"]),
    ("bleat", Manner, &["bleated"]),
    ("jest", Manner, &["jested"]),
    ("grin", Manner, &["grinned"]),
    // `"Q," comforted Matthew`, `"Q," she interpolated`: said of the words next to them.
    ("comfort", Manner, &["comforted"]),
    ("console", Manner, &["consoled"]),
    ("interpolate", Manner, &["interpolated"]),
    ("stipulate", Manner, &["stipulated"]),
    ("beseech", Manner, &["besought", "beseeched"]),
    // `as Ridge put it: "..."`: only next to the quote, where the colon makes it speech.
    ("put", Manner, &["put", "puts"]),
    // `"Q," the sign read.`, `"Q," she posted.`: speech only right next to the quote.
    ("read", Manner, &["read", "reads"]),
    ("post", Manner, &["posted"]),
    ("sing", Manner, &["sang", "sings", "sung"]),
];

/// Speech verbs that answer someone (`replied`, `retorted`, `shot back`), by lemma: the
/// one who replies is not the one just answered.
pub(crate) const REPLY_VERBS: &[&str] = &[
    "reply",
    "respond",
    "retort",
    "answer",
    "counter",
    "rejoin",
    "shoot back",
    "fire back",
    "hit back",
];

/// Speech verbs, by lemma, whose noun right after them is always the one told, never a
/// speaker set after the verb: `Ruiz, 54, told Reuters, "Q"` is Ruiz speaking to Reuters,
/// for no one writes `"Q," told Ruiz`. (`asked`, `warned` and the like do come before
/// their speaker: `"Q," asked Maud.`)
pub(crate) const NEVER_INVERTED: &[&str] = &["tell"];

/// Speech verbs that report a question (`asked`, `inquired`), by lemma: a question the
/// narration reports (`Edmund asked Fanny whether she would ride.`) is answered by the
/// turn after it, not spoken in it.
pub(crate) const QUESTION_VERBS: &[&str] = &["ask", "inquire"];

/// Words that open an indirect question, what a verb of telling may report after its
/// hearer: `told them how it began`, `asked aides why the vote failed`.
pub(crate) const QUESTION_WORDS: &[&str] = &["how", "why", "whether", "what", "where", "when"];

/// Besides [`QUESTION_WORDS`], words that open the question a [`QUESTION_VERBS`] verb
/// reports in narration (`asked if`, `asked who it was`, `inquired after her health`).
pub(crate) const MORE_QUESTION_OPENERS: &[&str] =
    &["if", "who", "whom", "whose", "which", "after", "about"];

/// Phrasal speech verbs: `(forms of the head, [(particle, lemma)])`. The head alone is no
/// cue (`the ball went`, `shots were fired`, `the glass broke`); with one of its particles
/// right after it, it is one.
pub(crate) type PhrasalRow = (
    &'static [&'static str],
    &'static [(&'static str, &'static str)],
);

/// The phrasal speech verbs.
pub(crate) const PHRASAL_SPEECH_VERBS: &[PhrasalRow] = &[
    (
        &["point", "points", "pointed", "pointing"],
        &[("out", "point out")],
    ),
    (&["goes", "went", "going"], &[("on", "go on")]),
    (&["shot", "shoots", "shooting"], &[("back", "shoot back")]),
    (&["fired", "fires", "firing"], &[("back", "fire back")]),
    (&["hit", "hits", "hitting"], &[("back", "hit back")]),
    (&["chimed", "chimes", "chiming"], &[("in", "chime in")]),
    // `"Q," put in Fielding`: a speaker breaking into the talk. (Not `cut in`: `cuts in
    // Medicare` is a noun.)
    (&["put", "puts", "putting"], &[("in", "put in")]),
    (&["spoke", "speaks", "speaking"], &[("up", "speak up")]),
    (&["summed", "sums", "summing"], &[("up", "sum up")]),
    // `"Q--" she broke off`, `"Q," he broke in`, `she burst out, "Q"`: a speaker
    // stopping, interrupting or starting in sudden feeling.
    (
        &["broke", "breaks", "breaking"],
        &[
            ("off", "break off"),
            ("in", "break in"),
            ("out", "break out"),
        ],
    ),
    // Not `burst forth`, which says it of feelings (`his anger burst forth`).
    (&["burst", "bursts", "bursting"], &[("out", "burst out")]),
    (&["blurted", "blurts", "blurting"], &[("out", "blurt out")]),
];

/// Common verbs whose past tense does not end in `-ed`. A modal is never followed by a past
/// tense, so `May looked`, `May said` and `Will came` open with a given name, not with `may`
/// or `will` ([`crate::lexicon::is_past_form`]). Pasts that are also base forms (`put`,
/// `lay`, `read`) are left out: `May put` may be the modal.
pub(crate) const IRREGULAR_PAST: &[&str] = &[
    "was", "were", "had", "did", "said", "told", "spoke", "wrote", "began", "made", "came", "went",
    "saw", "sat", "stood", "took", "gave", "felt", "knew", "thought", "got", "kept", "left",
    "held", "brought", "caught", "ran", "rose", "fell", "met", "heard", "found", "drew", "threw",
    "shook", "broke", "led", "stole", "sank", "grew",
];

/// Words that close a sentence of narration in which someone keeps from speaking: `Ruth
/// said nothing.`, `He made no answer.` In a dialogue, the turn after it is not the silent
/// one's: the one who spoke before goes on.
pub(crate) const SILENCES: &[&[&str]] = &[
    &["said", "nothing"],
    &["answered", "nothing"],
    &["made", "no", "answer"],
    &["made", "no", "reply"],
    &["made", "no", "response"],
    &["gave", "no", "answer"],
    &["gave", "no", "reply"],
    &["returned", "no", "answer"],
    &["did", "not", "answer"],
    &["did", "not", "reply"],
    &["was", "silent"],
    &["were", "silent"],
    &["remained", "silent"],
    &["kept", "silent"],
    &["nothing", "to", "say"],
];

/// Verbs of perception and causing that take an object and a bare verb: `heard her say`,
/// `watched him whisper`, `made them promise`. Before a speech verb, the object is the
/// speaker ([`super::object_speaker`]).
pub(crate) const PERCEPTION_VERBS: &[&str] = &[
    "hear", "hears", "heard", "hearing", "see", "sees", "saw", "seen", "seeing", "watch",
    "watches", "watched", "watching", "make", "makes", "made", "making", "let", "lets", "letting",
];

/// Verbs of hearing: before a noun phrase and a speech verb, the phrase names the speaker
/// (`heard the guard shout`, `overheard a neighbour saying`), not the one who hears.
pub(crate) const HEARING_VERBS: &[&str] = &[
    "hear",
    "hears",
    "heard",
    "hearing",
    "overhear",
    "overhears",
    "overheard",
    "overhearing",
];

/// Compound nouns whose first word is a speech verb's `-ing` form (`warning signs`,
/// `talking points`): the form modifies the noun after it, so `asked why warning sirens
/// did not sound` reports nothing of the sirens. Each `-ing` form, then the nouns it
/// joins.
pub(crate) const SPEECH_COMPOUNDS: &[(&str, &[&str])] = &[
    (
        "warning",
        &[
            "sign", "signs", "light", "lights", "siren", "sirens", "shot", "shots", "label",
            "labels", "letter", "letters", "system", "systems", "bell", "bells", "flag", "flags",
        ],
    ),
    ("talking", &["point", "points", "head", "heads"]),
    (
        "speaking",
        &[
            "tour",
            "tours",
            "engagement",
            "engagements",
            "fee",
            "fees",
            "slot",
            "slots",
        ],
    ),
    ("calling", &["card", "cards"]),
    ("writing", &["style", "desk", "credits"]),
];

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
    ("conclude", Say, &["concludes", "concluded"]),
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
    ("think", Say, &["thought"]),
    ("report", Say, &["reported", "reports"]),
    ("caution", Say, &["cautioned", "cautions"]),
    ("vow", Say, &["vowed", "vows"]),
    ("pledge", Say, &["pledged", "pledges"]),
    ("quote", Say, &["quoted"]),
    ("indicate", Say, &["indicated", "indicates", "indicating"]),
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
    ("laugh", Manner, &["laughed"]),
    ("sigh", Manner, &["sighed"]),
    ("smile", Manner, &["smiled"]),
    ("sob", Manner, &["sobbed"]),
    ("gasp", Manner, &["gasped"]),
    ("groan", Manner, &["groaned"]),
    ("sneer", Manner, &["sneered"]),
    ("nod", Manner, &["nodded"]),
    // `as Ridge put it: "..."`: only next to the quote, where the colon makes it speech.
    ("put", Manner, &["put", "puts"]),
    // `"Q," the sign read.`, `"Q," she posted.`: speech only right next to the quote.
    ("read", Manner, &["read", "reads"]),
    ("post", Manner, &["posted"]),
    ("sing", Manner, &["sang", "sings", "sung"]),
];

/// Phrasal speech verbs: `(lemma, particle, forms of the head)`. The head alone is no cue
/// (`the ball went`, `shots were fired`); with its particle right after it, it is one.
pub(crate) const PHRASAL_SPEECH_VERBS: &[(&str, &str, &[&str])] = &[
    (
        "point out",
        "out",
        &["point", "points", "pointed", "pointing"],
    ),
    ("go on", "on", &["goes", "went", "going"]),
    ("shoot back", "back", &["shot", "shoots", "shooting"]),
    ("fire back", "back", &["fired", "fires", "firing"]),
    ("hit back", "back", &["hit", "hits", "hitting"]),
    ("chime in", "in", &["chimed", "chimes", "chiming"]),
    ("speak up", "up", &["spoke", "speaks", "speaking"]),
    ("sum up", "up", &["summed", "sums", "summing"]),
];

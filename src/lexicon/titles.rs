//! Words that describe a person's office or standing rather than name them.
//!
//! `Defense Secretary Robert Gates`: the resolver keeps `Robert Gates` as the name and
//! `Defense Secretary` as the role, so that `the defense secretary` can find him later.

use super::Gender;

/// Honorifics, with the gender they imply. Written without a final period; the
/// tokenizer strips it.
pub(crate) const HONORIFICS: &[(&str, Option<Gender>)] = &[
    ("mr", Some(Gender::Male)),
    ("mister", Some(Gender::Male)),
    ("sir", Some(Gender::Male)),
    ("lord", Some(Gender::Male)),
    ("mrs", Some(Gender::Female)),
    ("ms", Some(Gender::Female)),
    ("miss", Some(Gender::Female)),
    ("madam", Some(Gender::Female)),
    ("madame", Some(Gender::Female)),
    ("mme", Some(Gender::Female)),
    ("lady", Some(Gender::Female)),
    ("dame", Some(Gender::Female)),
    ("dr", None),
    ("prof", None),
    ("rev", None),
    ("fr", None),
];

/// Offices and ranks written before a name (`President`, `Sen.`, `Defense Secretary`), and
/// the department words that go with them.
pub(crate) const TITLES: &[&str] = &[
    "president", "vice", "prime", "minister", "secretary", "senator", "sen", "rep",
    "representative", "congressman", "congresswoman", "gov", "governor", "lt", "mayor", "judge",
    "justice", "chief", "general", "gen", "col", "colonel", "captain", "capt", "sgt", "sergeant",
    "officer", "detective", "det", "constable", "inspector", "superintendent", "commissioner",
    "chancellor", "king", "queen", "prince", "princess", "pope", "cardinal", "bishop", "rabbi",
    "imam", "ambassador", "attorney", "director", "chairman", "chairwoman", "chair", "premier",
    "speaker", "leader", "coach", "professor", "councillor", "councilman", "councilwoman",
    "commander", "admiral", "marshal", "deputy", "assistant", "acting", "former", "state",
    "defense", "defence", "foreign", "interior", "finance", "health", "labor", "labour",
    "treasury", "homeland", "security", "energy", "commerce", "agriculture", "education",
    "transportation", "transport", "environment", "immigration", "trade", "public", "safety",
    "national", "general", "attorney-general", "head", "spokesman", "spokeswoman",
    "spokesperson", "executive", "ceo", "founder", "candidate", "nominee", "sheriff", "dean",
    "principal", "minister-designate", "president-elect", "senator-elect", "chief-of-staff",
    "economist", "analyst", "author", "activist", "host", "anchor", "reporter", "columnist",
    "economy", "legislator", "lawmaker", "mp", "mla", "mpp", "alderman", "pastor", "father",
    "sister", "brother", "uncle", "aunt", "cousin", "grandma", "grandpa", "saint", "st",
    "democrat", "republican", "gop", "democratic", "rabbi", "emir", "sheikh", "crown",
    "ayatollah", "field", "staff", "first", "second", "u.s.", "us", "un", "nato", "eu",
];

/// Nouns that head a description of one person who can speak: `the spokesman`, `the
/// Pentagon chief`, `a police officer`.
pub(crate) const ROLE_NOUNS: &[&str] = &[
    "spokesman", "spokeswoman", "spokesperson", "chief", "minister", "secretary", "president",
    "official", "director", "chairman", "chairwoman", "chair", "leader", "head", "executive",
    "ceo", "senator", "governor", "mayor", "lawyer", "attorney", "prosecutor", "judge", "officer",
    "commissioner", "analyst", "expert", "economist", "professor", "researcher", "scientist",
    "doctor", "physician", "nurse", "author", "coach", "manager", "candidate", "nominee",
    "premier", "chancellor", "ambassador", "diplomat", "general", "commander", "source",
    "witness", "resident", "neighbour", "neighbor", "mother", "father", "wife", "husband", "son",
    "daughter", "sister", "brother", "friend", "teacher", "student", "man", "woman", "boy",
    "girl", "victim", "owner", "founder", "aide", "adviser", "advisor", "strategist", "pollster",
    "representative", "lawmaker", "legislator", "congressman", "congresswoman", "player", "star",
    "actor", "actress", "singer", "veteran", "activist", "organizer", "organiser", "founder",
    "historian", "specialist", "worker", "employee", "survivor", "suspect", "defendant",
    "plaintiff", "sheriff", "superintendent", "inspector", "detective", "investigator",
    "councillor", "councilman", "councilwoman", "mp", "agent", "partner", "host", "reporter",
    "columnist", "editor", "writer", "director-general", "president-elect", "vice-president",
    "king", "queen", "prince", "princess", "pope", "bishop", "priest", "pastor", "rabbi",
    "imam", "captain", "colonel", "sergeant", "lieutenant", "colonel", "admiral", "driver",
    "farmer", "owner", "chef", "designer", "architect", "engineer", "consultant", "contractor",
    "landlord", "tenant", "patient", "parent", "child", "grandmother", "grandfather", "lady",
    "gentleman", "stranger", "visitor", "guard", "soldier", "servant", "maid", "nurse",
];

/// Plural and collective nouns for groups that speak: `U.S. officials`, `police`.
pub(crate) const GROUP_NOUNS: &[&str] = &[
    "officials", "police", "authorities", "experts", "analysts", "critics", "residents",
    "sources", "observers", "lawmakers", "legislators", "officers", "investigators",
    "prosecutors", "researchers", "scientists", "economists", "protesters", "protestors",
    "organizers", "organisers", "supporters", "opponents", "democrats", "republicans",
    "leaders", "members", "witnesses", "doctors", "parents", "students", "teachers",
    "workers", "employees", "advocates", "activists", "diplomats", "executives", "aides",
    "advisers", "advisors", "spokesmen", "representatives", "negotiators", "agents",
    "organizations", "groups", "companies", "unions", "insiders", "people", "voters", "fans",
    "neighbours", "neighbors", "families", "relatives", "friends", "colleagues", "rescuers",
    "firefighters", "paramedics", "staff", "administrators", "judges", "lawyers", "attorneys",
];

/// Nouns for institutions that issue statements: `the ministry said`.
pub(crate) const ORG_NOUNS: &[&str] = &[
    "company", "ministry", "department", "agency", "government", "statement", "report", "group",
    "union", "campaign", "court", "city", "board", "council", "committee", "office", "firm",
    "bank", "party", "team", "club", "league", "university", "hospital", "school",
    "organization", "organisation", "administration", "embassy", "army", "military",
    "navy", "regime", "commission", "coalition", "study", "survey", "poll", "website",
    "newspaper", "network", "federation", "association", "institute", "foundation", "service",
    "police", "force", "province", "state", "county", "municipality", "district", "senate",
    "house", "parliament", "legislature", "cabinet", "kremlin", "pentagon", "centre", "center",
    "lawsuit", "complaint", "indictment", "filing", "letter", "memo", "document", "release",
];

//! Common given names and the gender they usually carry: the first clue for `he` and
//! `she` before the article itself says more. A gazetteer entry's gender overrides it.

/// Given names usually borne by men.
pub(crate) const MALE: &[&str] = &[
    "aaron", "adam", "ahmed", "alan", "albert", "alex", "alexander", "alfred", "ali", "andrew",
    "andy", "anthony", "antonio", "arthur", "barack", "ben", "benjamin", "bernie", "bill",
    "bob", "boris", "brad", "brian", "bruce", "carl", "carlos", "charles", "charlie", "chris",
    "christopher", "chuck", "colin", "craig", "dan", "daniel", "darren", "dave", "david",
    "dennis", "dmitry", "donald", "doug", "douglas", "ed", "edward", "eric", "frank", "fred",
    "frederick", "gary", "geoff", "geoffrey", "george", "gerald", "greg", "harold", "harry",
    "henry", "hugh", "ian", "jack", "jacob", "james", "jamie", "jason", "jeb", "jeff",
    "jeffrey", "jeremy", "jerry", "jim", "jimmy", "joe", "john", "johnny", "jonathan", "jose",
    "joseph", "josh", "juan", "justin", "keith", "ken", "kevin", "larry", "lawrence", "lee",
    "len", "leonard", "louis", "luke", "marco", "mark", "martin", "matt", "matthew", "michael",
    "mike", "mitch", "mohammed", "muhammad", "nathan", "neil", "nicholas", "nick", "oliver",
    "ollie", "patrick", "paul", "pete", "peter", "philip", "phil", "ralph", "randy",
    "raymond", "richard", "rick", "rob", "robert", "roger", "ron", "ronald", "roy", "rudy",
    "russell", "ryan", "sam", "samuel", "scott", "sean", "sergei", "simon", "stephen",
    "steve", "steven", "ted", "terry", "thomas", "tim", "timothy", "todd", "tom", "tony",
    "vladimir", "walter", "wayne", "william", "zach", "justin", "doug", "jean", "pierre",
    "francois", "jagmeet", "andrew", "stephen", "jason", "chrystia", "ralph", "ted", "mitt",
];

/// Given names usually borne by women.
pub(crate) const FEMALE: &[&str] = &[
    "alice", "alison", "amanda", "amy", "andrea", "angela", "ann", "anna", "anne", "barbara",
    "betty", "beverly", "brenda", "carol", "caroline", "carly", "catherine", "cathy",
    "charlotte", "christine", "claire", "condoleezza", "cynthia", "deborah", "debbie", "diana",
    "diane", "donna", "dorothy", "elizabeth", "ellen", "emily", "emma", "evelyn", "fiona",
    "frances", "hannah", "heather", "helen", "hillary", "jane", "janet", "jennifer", "jessica",
    "jill", "joan", "joanne", "judith", "judy", "julia", "julie", "karen", "kate", "katherine",
    "kathleen", "kathy", "kelly", "kim", "laura", "linda", "lisa", "lucy", "margaret",
    "maria", "marie", "martha", "mary", "megan", "melania", "melissa", "michelle", "nancy",
    "natalie", "nicole", "olivia", "pamela", "patricia", "rachel", "rebecca", "ruth",
    "sally", "samantha", "sandra", "sarah", "sharon", "shirley", "sophie", "stephanie",
    "susan", "theresa", "virginia", "wendy", "elizabeth", "kathleen", "catherine", "chrystia",
    "mary", "jody", "rachel", "ruth", "elise", "nikki", "kirsten", "kamala", "ivanka",
    "caitlin", "jenny", "lauren", "ashley", "amber", "grace", "rose", "jane", "emma",
];

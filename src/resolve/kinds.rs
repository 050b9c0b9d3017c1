//! What kind of source a speaker is: a person, a group of people or an organization
//! ([`SpeakerKind`]), from the mention's kind and what the name index learnt of a name.

use super::*;
use crate::SpeakerKind;

/// Whether `name` is a description headed by a noun in lower case, `coach` in `Vancouver
/// hockey coach`: a person's role, though a place's name may open it. The head ends the
/// description (`Superior Court of Ontario judge`) or comes before its phrase of
/// affiliation (`spokesman for the Ministry of Health`). (No name ends in a word in
/// lower case.)
fn role_headed(name: &str) -> bool {
    let lower_last = |s: &str| {
        s.split_whitespace()
            .next_back()
            .is_some_and(|head| head.starts_with(char::is_lowercase))
    };
    lower_last(name) || description::affiliated_office(name).is_some_and(lower_last)
}

/// Nouns for a gathering of people that may call out as one. (Not group nouns to the
/// mention reader: there `told the crowd that ...` made a crowd a hearer of reports
/// more often wrongly than rightly on the dev news.)
const GATHERINGS: &[&str] = &["crowd", "audience", "mob", "throng"];

/// Whether `name`, a description's words, speaks of one person: its head noun is one of
/// [`lexicon::is_one_person_noun`] or a party member in the singular (`a Vermont Republican`), or
/// it picks one out of people (`one of the advisers`, `one of them`). The head is the
/// last word before a preposition: `the narrator in the new ad`. (`Republicans`, `some of
/// the guests` are groups; `the statement`, `the daily` bodies or papers.)
fn one_person(name: &str) -> bool {
    let (partitive, rest) = match name.get(..7) {
        Some(one) if one.eq_ignore_ascii_case("one of ") => (true, &name[7..]),
        _ => (false, name),
    };
    let Some(head) = rest
        .split_whitespace()
        .take_while(|w| lexicon::lookup(w).function != Some(lexicon::Function::Stop))
        .last()
    else {
        return false;
    };
    if partitive {
        matches!(head, "them" | "us")
            || mention::agent_plural(head)
            || lexicon::is_party_members(head)
            || head
                .strip_suffix('s')
                .is_some_and(lexicon::is_one_person_noun)
    } else {
        lexicon::is_one_person_noun(head) || lexicon::is_party_member(head)
    }
}

/// Whether `head`, the head noun of a description, is a word in the singular, not an
/// acronym, that the lexicon knows as no kind of body, group or document: a noun for
/// someone no table lists (`mariner`, `gamekeeper`, `hostess`), or a character's
/// capitalized one (`the Heron`, `the Dodger`). A voice is someone's too: a document noun
/// to the mention reader (`a voice message`), in a story it is whoever speaks unseen.
fn unknown_person(head: &str) -> bool {
    if head.eq_ignore_ascii_case("voice") {
        return true;
    }
    let info = lexicon::lookup(head);
    // (`-ss` ends a singular: `hostess`, `Marchioness`.)
    head.starts_with(char::is_alphabetic)
        && !lexicon::is_acronym(head)
        && !naming::plural_name_word(head)
        && !info.org
        && !info.group
        && !info.document
}

impl Resolver<'_, '_> {
    /// What kind of source mention `m`, resolved to `name`, speaks for; `gender` is what
    /// [`Self::speaker_gender`] told of it. A gender makes a person; else the mention's
    /// kind tells, and for a name, what the index learnt of it.
    pub(crate) fn speaker_kind(
        &self,
        name: &str,
        m: &Mention,
        gender: Option<Gender>,
    ) -> Option<SpeakerKind> {
        if gender.is_some() || self.read_inside_quote(m) {
            return Some(SpeakerKind::Person);
        }
        match m.kind {
            MentionKind::Group => Some(SpeakerKind::Group),
            // `the 24-year-old`, `my two-year-old`: read as a body's description, so that
            // it stands for the one just named, but an age is a person's.
            MentionKind::Org if self.head_word(m).is_some_and(mention::age_noun) => {
                Some(SpeakerKind::Person)
            }
            // A gathering that calls out as one (`"Q!" shouted the crowd`) is a group.
            MentionKind::Org if self.head_word(m).is_some_and(|h| GATHERINGS.contains(&h)) => {
                Some(SpeakerKind::Group)
            }
            // `"Q," said the waiter.`, `"Q," said the Heron.`: in a story's dialogue, a
            // description headed by a noun no table knows is one of its people, not a
            // body: bodies speak in news, and their nouns are in the tables (`the firm`).
            MentionKind::Org if self.dialogue && self.head_word(m).is_some_and(unknown_person) => {
                Some(SpeakerKind::Person)
            }
            // `one user wrote`, `said a Vermont Republican`, `one of the advisers said`: in
            // news too, a description of one person is a person's.
            MentionKind::Org if one_person(&self.text[m.name.clone()]) => Some(SpeakerKind::Person),
            MentionKind::Org | MentionKind::Pronoun(Some(Gender::Neuter), _) => {
                Some(SpeakerKind::Organization)
            }
            // `I`, or a `he` or `she` no one named stands for.
            MentionKind::Pronoun(_, Number::Singular) => Some(SpeakerKind::Person),
            // `they` stands for a body that spoke before (`the ministry said ... they
            // said`) as well as for people, or for one person who goes by it.
            MentionKind::Pronoun(_, Number::Plural) => {
                if self.singular_they.contains_key(name) {
                    return Some(SpeakerKind::Person);
                }
                // (Among the last few speakers, as the pronoun resolver reads them. The
                // quotes are built once every speaker is noted: a binary search, not a
                // walk back over all the later ones, keeps this from growing with the
                // document.)
                let k = self.speakers.partition_point(|e| e.pos < m.span.start);
                let body = self.speakers[..k]
                    .iter()
                    .rev()
                    .take(PARTNER_LOOKBACK)
                    .find(|e| e.name == name)
                    .is_some_and(|e| e.kind == MentionKind::Org);
                Some(if body {
                    SpeakerKind::Organization
                } else {
                    SpeakerKind::Group
                })
            }
            // (A role noun heads a description of a person, whatever qualifies it: `the
            // Vancouver hockey coach`, `a Superior Court of Ontario judge`. A description
            // with no such head may be an institution's name all the same: `the EU`, `The
            // Boston Globe`.)
            MentionKind::Role | MentionKind::Name if role_headed(name) => Some(SpeakerKind::Person),
            MentionKind::Role => self.name_kind(name, m).or(Some(SpeakerKind::Person)),
            MentionKind::Name => self.name_kind(name, m),
        }
    }

    /// [`Self::speaker_kind`] of a name of no known gender. An institution or place is an
    /// organization: as the index read it, or by its words as the index reads them (a
    /// name the index passed over, `The Harwick Bureau of Statistics said`), a company by
    /// its suffix (`TransCanada Corp.`), an acronym; unless a group noun ends it, `Senate
    /// Democrats`. A people in the plural is a group. A person needs more than two
    /// capitalized words (`BC Hydro` is none): a known given name, an honorific, a title
    /// before the mention itself (`President Okafor has faced criticism`) or a title or
    /// role the document gives them, `they` as their pronoun, or the gazetteer. Failing
    /// those, a name that ends in a word a kind of body is named by (`BC Hydro`, `Peabody
    /// Energy`) is an organization. Anything else is left open.
    fn name_kind(&self, name: &str, m: &Mention) -> Option<SpeakerKind> {
        let words = NameWords::of(name, None, None);
        let mut all = name.split_whitespace();
        let company =
            all.clone().count() > 1 && all.next_back().is_some_and(lexicon::is_corporate_suffix);
        let institution = self.names_no_person(m)
            || words.last.starts_with(char::is_uppercase) && words.last_org
            || words.org_of
            || company
            || acronym_name(name);
        // (`veteran MPs`: a title before an acronym's plural is the members', many.)
        let acronyms = name.strip_suffix('s').is_some_and(lexicon::is_acronym);
        let person = || {
            words.given.is_some()
                || m.title.is_some() && !acronyms
                || honorifics(self.text, m).next().is_some()
                || self.titled.contains_key(name)
                || self.singular_they.contains_key(name)
                || self.gazetteer.get(name).is_some()
        };
        // `Saudis`, `African-Americans`: a people in the plural is a group of people.
        let people = !name.contains(char::is_whitespace)
            && name
                .rsplit('-')
                .next()
                .is_some_and(lexicon::is_peoples_plural);
        // `Democrats`, `Dairy Farmers`: a name the index takes for a body's because a
        // group noun ends it is a group of people.
        let group = || {
            let last = lexicon::lookup(words.last);
            last.group && !last.org
        };
        // `BC Hydro`, `Peabody Energy`: a name of several words that ends in a word a kind
        // of body is named by, and that shows no person (`Samantha Power` is one).
        let body_named = || {
            name.contains(char::is_whitespace)
                && words.last.starts_with(char::is_uppercase)
                && lexicon::names_body_kind(words.last)
        };
        if institution && group() {
            Some(SpeakerKind::Group)
        } else if institution {
            Some(SpeakerKind::Organization)
        } else if people {
            Some(SpeakerKind::Group)
        } else if person() {
            Some(SpeakerKind::Person)
        } else if body_named() {
            Some(SpeakerKind::Organization)
        } else {
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_description_of_one_person_is_told_by_its_head_or_its_partitive() {
        for name in [
            "user",
            "German user from Hanover",
            "billionaire business mogul",
            "narrator in the new ad",
            "Ohio Republican",
            "Democrat",
            "one of the advisers",
            "one of those Tories",
            "one of them",
            "one of the waiters",
        ] {
            assert!(one_person(name), "{name}");
        }
        // A body, a paper, a document, the party members together, some of a group, one
        // of several things, and a preposition's object that is a person's noun.
        for name in [
            "company",
            "influential daily",
            "statement",
            "Ohio Republicans",
            "some of the advisers",
            "one of the reports",
            "ad for the mogul",
            "",
        ] {
            assert!(!one_person(name), "{name}");
        }
    }

    #[test]
    fn a_singular_noun_no_table_knows_may_be_a_person() {
        for head in [
            "mariner",
            "gamekeeper",
            "ferryman",
            "Heron",
            "hostess",
            "voice",
        ] {
            assert!(unknown_person(head), "{head}");
        }
        // A body's, a group's or a document's noun, a plural, or an acronym is known to
        // be something else, or left to the name readers.
        for head in ["firm", "Company", "crew", "statement", "others", "BBC"] {
            assert!(!unknown_person(head), "{head}");
        }
    }
}

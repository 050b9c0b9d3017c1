//! Personal pronouns that can stand for a speaker, with the gender and number they carry.

use super::Gender;

/// Number of a pronoun's referent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Number {
    Singular,
    Plural,
}

/// `(pronoun, gender, number)`: only subject forms, since only they introduce speech.
pub(crate) const PRONOUNS: &[(&str, Option<Gender>, Number)] = &[
    ("he", Some(Gender::Male), Number::Singular),
    ("she", Some(Gender::Female), Number::Singular),
    ("they", None, Number::Plural),
    ("i", None, Number::Singular),
    ("we", None, Number::Plural),
    ("it", Some(Gender::Neuter), Number::Singular),
];

/// Personal pronouns as objects, with what they tell: `heard him say` names a man speaking.
/// (`me` and `us` are left out: the narrator keeps the word `I`.)
pub(crate) const OBJECT_PRONOUNS: &[(&str, Option<Gender>, Number)] = &[
    ("him", Some(Gender::Male), Number::Singular),
    ("her", Some(Gender::Female), Number::Singular),
    ("them", None, Number::Plural),
];

/// The pronouns that are objects, never subjects: a hearer (`told them`, `said to us`), or
/// the object of a verb in the imperative (`Let her reply`, `Tell him`).
pub(crate) const OBJECT_FORMS: &[&str] = &["me", "us", "him", "her", "them"];

/// Possessive determiners, which the lexicon gives the determiner function: a word after
/// them (and its adjectives) is a noun, `her reply`. `her` is an object too (`who hired
/// her said`) and `his` may stand alone (`a friend of his said`): [`crate::rules`] reads
/// them as determiners only where nothing else fits.
pub(crate) const POSSESSIVE_DETERMINERS: &[&str] =
    &["my", "your", "his", "her", "its", "our", "their"];

/// Every form of the third-person singular pronouns of a person, with its gender:
/// subject, object, possessive and reflexive.
pub(crate) const PERSONAL_FORMS: &[(&str, Gender)] = &[
    ("he", Gender::Male),
    ("him", Gender::Male),
    ("his", Gender::Male),
    ("himself", Gender::Male),
    ("she", Gender::Female),
    ("her", Gender::Female),
    ("hers", Gender::Female),
    ("herself", Gender::Female),
];

/// Possessive determiners of another person (`his lawyer`, `her aide`): a `he` or `she`
/// in the report of someone so described is as likely that person as the speaker. (Not
/// `its` or `their`, nor `my`, `your` or `our`, whose owners no `he` or `she` stands for:
/// in `their lawyer said he`, `he` is the lawyer.)
pub(crate) const PERSON_POSSESSIVES: &[&str] = &["his", "her"];

/// Possessive determiners that stand for several people (`their mother`, `our guide`):
/// whom the description names is none of them, so not whichever of them spoke last.
pub(crate) const GROUP_POSSESSIVES: &[&str] = &["their", "our"];

/// `(word, gender)`: the pronouns that, said after a person who opens a sentence, most
/// often pick that person up, and so tell their gender. Subject and reflexive forms only:
/// `his` and `her` as often belong to someone else in the sentence.
pub(crate) const GENDER_CUES: &[(&str, Gender)] = &[
    ("he", Gender::Male),
    ("himself", Gender::Male),
    ("she", Gender::Female),
    ("herself", Gender::Female),
];

/// Whom a definite anaphor (`the latter`) points at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Anaphor {
    /// `the latter`: the last person named.
    LastNamed,
    /// `the former`: the person named before the last one.
    NamedBefore,
    /// `the other`: of the two who have just been speaking, the one who did not speak last.
    OtherSpeaker,
}

/// `(word after "the", what it points at)`: descriptions that name nobody by their own
/// words, only by their place among the people just named or heard.
pub(crate) const ANAPHORS: &[(&str, Anaphor)] = &[
    ("latter", Anaphor::LastNamed),
    ("former", Anaphor::NamedBefore),
    ("other", Anaphor::OtherSpeaker),
];

/// The anaphor `phrase` is, if it is one: `the latter`, `The other`.
pub(crate) fn anaphor(phrase: &str) -> Option<Anaphor> {
    let mut words = phrase.split_whitespace();
    let (Some(the), Some(word), None) = (words.next(), words.next(), words.next()) else {
        return None;
    };
    if !the.eq_ignore_ascii_case("the") {
        return None;
    }
    ANAPHORS
        .iter()
        .find(|(w, _)| word.eq_ignore_ascii_case(w))
        .map(|&(_, a)| a)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn anaphors_are_the_word_after_the() {
        assert_eq!(anaphor("the latter"), Some(Anaphor::LastNamed));
        assert_eq!(anaphor("The former"), Some(Anaphor::NamedBefore));
        assert_eq!(anaphor("the other"), Some(Anaphor::OtherSpeaker));
        // Not with more words, another determiner, or a noun after it.
        assert_eq!(anaphor("the former minister"), None);
        assert_eq!(anaphor("an other"), None);
        assert_eq!(anaphor("the others"), None);
        assert_eq!(anaphor("latter"), None);
    }
}

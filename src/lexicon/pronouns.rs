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

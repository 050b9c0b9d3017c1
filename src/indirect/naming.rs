//! `X called it C`, `the plan, which X calls C`: the name a speaker gives
//! (`indirect-naming`).

use crate::lexicon::Function;
use crate::mention;
use crate::token::{Kind, Token};

use super::clause::{push, subject_pronoun};
use super::words::{word_eq, PREPOSITIONS};
use super::{speaker, Reported};

/// `They called it a stopgap that fixes nothing.` · `the plan, which she calls a tax grab`:
/// `call` reports the name it gives, after a pronoun object or in a relative clause whose
/// object is what is named. Other objects (`called the plan a stopgap`) leave no sure
/// boundary between the thing and its name, and are left out. Returns where scanning goes
/// on.
pub(super) fn naming(
    text: &str,
    tokens: &[Token],
    start: usize,
    k: usize,
    stop: usize,
    out: &mut Vec<Reported>,
) -> Option<usize> {
    let relative = k >= start + 2
        && subject_pronoun(tokens, k - 1, text)
        && ["what", "which", "who", "whom"]
            .iter()
            .any(|w| word_eq(tokens, k - 2, text, w));
    let (m, from) = if relative {
        (mention::forward(tokens, k - 1, text)?, k + 1)
    } else if ["it", "them", "him", "her", "this"]
        .iter()
        .any(|w| word_eq(tokens, k + 1, text, w))
        // `called her record a blueprint`: `her` before a bare noun is its owner.
        && (!word_eq(tokens, k + 1, text, "her")
            || tokens
                .get(k + 2)
                .is_some_and(|t| t.info().function == Some(Function::Determiner)))
    {
        (speaker(text, tokens, start, k, false)?, k + 2)
    } else {
        return None;
    };
    // `called them to the stand`, `called it off`: a place or a particle, not a name.
    let name_starts = tokens.get(from).is_some_and(|t| {
        t.kind == Kind::Word
            && t.info().function != Some(Function::Stop)
            && !PREPOSITIONS.contains(&t.text(text))
            && !CALL_PARTICLES.contains(&t.text(text))
    });
    if !name_starts {
        return None;
    }
    let cue = tokens[k].span.clone();
    push(
        out,
        text,
        tokens,
        "indirect-naming",
        m,
        cue,
        from,
        stop,
        false,
    )
}

/// Particles that make `call` a phrasal verb (`called it off`, `called them back`), which
/// gives no name.
const CALL_PARTICLES: &[&str] = &["off", "up", "back", "out", "down", "away", "together"];

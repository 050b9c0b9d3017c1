//! Whom `he`, `she`, `they` and `it` stand for, and who takes a dialogue's turn: the
//! latest speaker or subject of the pronoun's gender, the partner a turn answers, the body
//! or group that last spoke.

use super::*;

/// Longest subject, in bytes, that a parenthetical `she said` may interrupt for
/// [`Resolver::pronoun_within`] to pass it over.
const MAX_INTERRUPTED: usize = 64;

/// Most bytes after a pronoun that [`Resolver::named_in_clause`] reads for the rest of
/// its clause. Writers do name someone a pronoun stands for deep inside a long clause it
/// governs (`he said after the prosecutor read the facts to which Lazar admitted`): only
/// names near the pronoun are kept from it.
const MAX_CLAUSE_BYTES: usize = 80;

/// How many turns, and paragraphs, before a speaker [`Resolver::answered_before`] looks for
/// the one they answered.
const ANSWER_TURNS: usize = 3;

/// How many paragraphs back `it` looks for the body that spoke, and a description for a
/// body named by a word for its kind (`Secret Service` for `the agency`).
pub(super) const BODY_LOOKBACK: usize = 3;

/// Paragraphs after a pronoun's own that [`Resolver::named_after`] reads for the person
/// a pronoun with nobody before it points ahead to.
const CATAPHORA_PARAGRAPHS: usize = 1;

/// Fewest sentences of narration with `I` as their subject that make a document told in
/// the first person ([`Resolver::first_person`]).
const MIN_NARRATOR_SUBJECTS: usize = 10;

/// A document told in the first person has `I` as a narration subject at least once in
/// this many paragraphs ([`Resolver::first_person`]). On the dev novels the three told in
/// the first person have one in every two to six paragraphs; the others, one in fifty or
/// fewer.
const NARRATOR_PARAGRAPHS: usize = 20;

/// Longest narration, in bytes, after a turn's last quotation that
/// [`Resolver::narrated_on`] reads for who it goes on about. (Longer, and the next turn
/// is no longer read against it.)
const MAX_NARRATION_ON: usize = 2048;

/// Most words of a name [`Resolver::supposed`] steps over to the word after it.
const MAX_NAME_WORDS: usize = 4;

/// How many paragraphs back a scene's people are sought.
const SCENE_PARAGRAPHS: usize = 20;

/// How many paragraphs back a speaker of no known gender is still the one a `he` or
/// `she` goes on with, when no one of that gender is nearer.
const SPEAKER_REACH: usize = 2;

/// Whether `full` is a name of several words whose last is `surname`.
fn ends_in_surname(full: &str, surname: &str) -> bool {
    full.contains(' ')
        && full
            .split_whitespace()
            .rfind(|w| !lexicon::is_generational_suffix(w))
            == Some(surname)
}

impl<'t> Resolver<'t, '_> {
    /// Resolves the mention of a dialogue turn that follows `previous`'s turn: `he` or
    /// `she` there is, when the exchange has one, the other speaker of that gender, not
    /// the one who just spoke; so is a description nobody holds ([`Self::role`]).
    pub(crate) fn resolve_turn(&mut self, m: &Mention, previous: &str) -> Cow<'t, str> {
        if let Some(g) = m.kind.personal_gender() {
            if let Some(name) = self.entered(g, m.span.start, previous) {
                return name;
            }
            if self.narrated_on(g, m.span.start, previous) {
                return Cow::Owned(previous.to_owned());
            }
            if let Some(name) = self.partner(Some(g), m.span.start, previous) {
                return name;
            }
        }
        self.resolve_after(m, After::Turn(previous))
    }

    /// `"Q1," Hale began, when Cora burst into the room.¶"Q2," she cried`: the person of
    /// gender `g`, not `previous`, whom the narration after the turn before the pronoun's
    /// (from that turn's last quote on) makes a subject. She has just come in, and the
    /// turn is hers, not the partner's of the exchange so far. (Not one the narration only
    /// supposes will act, [`Self::supposed`]: `Cora would be waiting` brings no one in.)
    fn entered(&self, g: Gender, pos: usize, previous: &str) -> Option<Cow<'t, str>> {
        let k = self.quotes.partition_point(|q| q.start < pos);
        let after = self.quotes.get(k.checked_sub(2)?)?.start;
        self.subjects_since(after, pos, previous)
            .find(|n| self.compatible(&n.full, Some(g)) == Some(true) && !self.supposed(n.start))
            .map(|n| n.full.clone())
    }

    /// Whether the subject named at byte `at` is only supposed to act: a modal follows the
    /// name (`Cora would be there`, `Hale might call`). That is someone the narration
    /// imagines, in a character's thoughts, not one who has come in.
    fn supposed(&self, at: usize) -> bool {
        self.text[at..]
            .split_whitespace()
            .take(MAX_NAME_WORDS + 1)
            .find(|w| !w.starts_with(char::is_uppercase))
            .is_some_and(|w| lexicon::MODALS.contains(&w))
    }

    /// `"Q1," cried Harriet, and she snatched up her gloves so fast that she knocked the
    /// vase over.¶"Q2," she said.`: the narration after the turn before goes on about its
    /// speaker, `previous` (of gender `g`), as `she`, and brings in no one else `she` could
    /// be (no other person of that gender named, no noun such as `the mother`). The `she`
    /// of the turn at byte `pos` then goes on about her too, and is not the partner she
    /// spoke to.
    fn narrated_on(&self, g: Gender, pos: usize, previous: &str) -> bool {
        if self.compatible(previous, Some(g)) != Some(true) {
            return false;
        }
        let Some(before) = self.paragraph(pos).checked_sub(1) else {
            return false;
        };
        // The narration after the last quotation of the paragraph before.
        let Some(last) = self.quotes_in(before).last() else {
            return false;
        };
        let narration = last.end..self.paragraph_bounds(before).end;
        if narration.len() > MAX_NARRATION_ON {
            return false;
        }
        let goes_on = self
            .subjects_before(narration.end)
            .iter()
            .rev()
            .take_while(|s| s.0 >= narration.start)
            .any(|s| s.1 == g);
        let someone_else = || {
            self.names_between(narration.start, narration.end).any(|n| {
                n.person && n.full != previous && self.compatible(&n.full, Some(g)) != Some(false)
            })
        };
        let described = || {
            self.text[narration.clone()].split_whitespace().any(|w| {
                lexicon::noun_gender(w.trim_matches(|c: char| !c.is_alphabetic())) == Some(g)
            })
        };
        goes_on && !someone_else() && !described()
    }

    /// The latest speaker of gender `g` (of any, for `None`), within a few turns and
    /// paragraphs, who is not `previous`: whom `he` or `she` in a turn stands for.
    pub(crate) fn partner(
        &self,
        g: Option<Gender>,
        pos: usize,
        previous: &str,
    ) -> Option<Cow<'t, str>> {
        self.partner_among(g, pos, previous, Referents::Described)
    }

    /// [`Self::partner`], among `who`.
    pub(super) fn partner_among(
        &self,
        g: Option<Gender>,
        pos: usize,
        previous: &str,
        who: Referents,
    ) -> Option<Cow<'t, str>> {
        self.recent_speakers(pos, who)
            .filter(|ev| g.is_none() || self.compatible(&ev.name, g) == Some(true))
            .find(|ev| ev.name != previous)
            .map(|ev| ev.name.clone())
    }

    /// The latest person of gender `g` named before byte `pos`, in its paragraph or the one
    /// before, for whom `ok` holds.
    pub(crate) fn named_nearby(
        &self,
        g: Gender,
        pos: usize,
        ok: impl Fn(&str) -> bool,
    ) -> Option<Cow<'t, str>> {
        let para = self.paragraph(pos);
        self.names_before(pos)
            .take_while(|n| self.paragraph(n.start) + 1 >= para)
            .find(|n| n.person && self.compatible(&n.full, Some(g)) == Some(true) && ok(&n.full))
            .map(|n| self.fuller(&n.full, Some(g), pos))
    }

    /// The latest person named before byte `pos`, within [`SCENE_PARAGRAPHS`], who is
    /// not `not`: their name, and the byte where the mention starts.
    pub(crate) fn other_named(&self, pos: usize, not: &str) -> Option<(Cow<'t, str>, usize)> {
        let para = self.paragraph(pos);
        self.names_before(pos)
            .take_while(|n| self.paragraph(n.start) + SCENE_PARAGRAPHS >= para)
            .find(|n| n.person && n.full != not)
            .map(|n| (n.full.clone(), n.start))
    }

    /// The person named most often before byte `pos` (the first of them on a tie), at
    /// most [`LOOKBACK`] names: their name, and the byte where their first mention starts.
    /// Whom an interview's introduction is about.
    pub(crate) fn most_named_before(&self, pos: usize) -> Option<(Cow<'t, str>, usize)> {
        let k = self.names.partition_point(|n| n.start < pos);
        let people: Vec<&NameRef<'t>> = self.names[..k]
            .iter()
            .take(LOOKBACK)
            .filter(|n| n.person)
            .collect();
        let count = |full: &str| people.iter().filter(|n| n.full == full).count();
        people
            .iter()
            .enumerate()
            .max_by_key(|&(i, n)| (count(&n.full), std::cmp::Reverse(i)))
            .map(|(_, n)| (n.full.clone(), n.start))
    }

    /// The latest person after byte `after` and before byte `pos` whom the narration
    /// makes the subject of a sentence or clause, who is not `not`: their name, and the
    /// byte where the mention starts.
    pub(crate) fn subject_since(
        &self,
        after: usize,
        pos: usize,
        not: &str,
    ) -> Option<(Cow<'t, str>, usize)> {
        self.subjects_since(after, pos, not)
            .next()
            .map(|n| (n.full.clone(), n.start))
    }

    /// The people after byte `after` and before byte `pos` whom the narration makes the
    /// subject of a sentence or clause, other than `not`, latest first.
    fn subjects_since<'s>(
        &'s self,
        after: usize,
        pos: usize,
        not: &'s str,
    ) -> impl Iterator<Item = &'s NameRef<'t>> + 's {
        self.names_between(after, pos)
            .filter(move |n| n.subject && n.person && n.full != not)
    }

    /// Which of `a` and `b` the narration between bytes `from` and `to` last makes the
    /// subject of a sentence or clause: by name, or by `he` or `she` when only one of
    /// them is known to be of that gender. `Some(true)` for `a`, `None` for neither.
    /// (Both were found in the name pass, so no token is read again.)
    pub(crate) fn narrated_one_of(&self, from: usize, to: usize, a: &str, b: &str) -> Option<bool> {
        let named = self
            .names_between(from, to)
            .find(|n| n.subject && n.person && (n.full == a || n.full == b))
            .map(|n| (n.start, n.full == a));
        let pronoun = self
            .subjects_before(to)
            .iter()
            .rev()
            .take_while(|s| s.0 > from)
            .find_map(
                |&(at, g)| match (self.known_gender(a, g), self.known_gender(b, g)) {
                    (true, false) => Some((at, true)),
                    (false, true) => Some((at, false)),
                    _ => None,
                },
            );
        match (named, pronoun) {
            (Some(n), Some(p)) => Some(if n.0 > p.0 { n.1 } else { p.1 }),
            (n, p) => n.or(p).map(|x| x.1),
        }
    }

    /// Whether the narration tells the story in the first person: `I` is the subject of at
    /// least [`MIN_NARRATOR_SUBJECTS`] of its sentences, and of one in every
    /// [`NARRATOR_PARAGRAPHS`] paragraphs. (A novel told in the third person has its `I`
    /// only in a letter or a diary copied into the narration: a few dozen at most, where a
    /// first-person novel has hundreds.)
    pub(crate) fn first_person(&self) -> bool {
        let n = self.narrator_subjects.len();
        // (The paragraphs are one more than the breaks between them.)
        n >= MIN_NARRATOR_SUBJECTS && n * NARRATOR_PARAGRAPHS > self.breaks.len()
    }

    /// Where, after byte `after` and before byte `pos`, the narration last makes `I` a
    /// subject (`I got up and walked over to Peter.`): the narrator is in the scene.
    pub(crate) fn narrator_subject_since(&self, after: usize, pos: usize) -> Option<usize> {
        let k = self.narrator_subjects.partition_point(|&s| s < pos);
        k.checked_sub(1)
            .map(|k| self.narrator_subjects[k])
            .filter(|&s| s > after)
    }

    /// Where the latest subject of a clause joined on (`, and Ruth turned`, `and she
    /// smiled`) starts, from byte `from` up to byte `to`: a name the index read as a
    /// subject, or `he`/`she` as one. Both were found in the name pass, so no token is
    /// read again.
    pub(crate) fn last_joined_subject(&self, from: usize, to: usize) -> Option<usize> {
        let name = self
            .names_before(to)
            .take_while(|n| n.start >= from)
            .find(|n| n.subject)
            .map(|n| n.start);
        let pronoun = self
            .subjects_before(to)
            .last()
            .map(|s| s.0)
            .filter(|&p| p >= from);
        name.max(pronoun)
    }

    /// The people among `who` who spoke before byte `pos`, within [`PARTNER_LOOKBACK`]
    /// turns and paragraphs, latest first.
    fn recent_speakers(
        &self,
        pos: usize,
        who: Referents,
    ) -> impl Iterator<Item = &SpeakerEvent<'t>> {
        let para = self.paragraph(pos);
        self.speakers_before(pos)
            .take(PARTNER_LOOKBACK)
            .take_while(move |ev| self.paragraph(ev.pos) + PARTNER_LOOKBACK >= para)
            .filter(move |ev| {
                ev.kind.is_person()
                    && (ev.name.contains(char::is_uppercase)
                        || who == Referents::Described && self.gender_of(&ev.name).is_some())
            })
    }

    /// The people known to be of gender `g` who spoke before byte `pos`, within
    /// [`PARTNER_LOOKBACK`] turns and paragraphs, latest first.
    fn speakers_of(
        &self,
        g: Option<Gender>,
        pos: usize,
        who: Referents,
    ) -> impl Iterator<Item = &SpeakerEvent<'t>> {
        self.recent_speakers(pos, who)
            .filter(move |ev| self.compatible(&ev.name, g) == Some(true))
    }

    /// The people named soon after byte `pos` in the rest of its clause (before any
    /// punctuation, quotation mark or paragraph break): no one a subject pronoun at `pos` can
    /// stand for. In `He insisted Curiel had a conflict`, `he` is not Curiel: a name inside
    /// the clause a pronoun governs is someone else. (After a comma it may be the same
    /// person: `He agrees, but Prager thinks ...`.)
    fn named_in_clause(&self, pos: usize) -> &[NameRef<'t>] {
        // (A possessive governs nothing: in `His campaign said Trump would ...`, `his` may
        // well be Trump.)
        let rest = &self.text[pos..];
        let subject = ["he", "she"].iter().any(|p| {
            rest.get(..p.len())
                .is_some_and(|w| w.eq_ignore_ascii_case(p))
                && !rest[p.len()..].starts_with(|c: char| c.is_alphanumeric())
        });
        if !subject {
            return &[];
        }
        let mut cut = rest.len().min(MAX_CLAUSE_BYTES);
        while !rest.is_char_boundary(cut) {
            cut -= 1;
        }
        let rest = &rest[..cut];
        // (A line break inside a paragraph is hard wrapping, not the clause's end.)
        let paragraph_end = self.paragraph_bounds(self.paragraph(pos)).end;
        let end = (pos
            + rest
                .find(['.', '!', '?', ';', ':', ',', '"', '“', '”', '(', '—'])
                .unwrap_or(rest.len()))
        .min(paragraph_end);
        // (The names are in text order: those in the clause are one run of them.)
        let from = self.names.partition_point(|n| n.start <= pos);
        let to = self.names.partition_point(|n| n.start < end);
        &self.names[from..to.max(from)]
    }

    /// Whom `he` or `she` at byte `pos` stands for.
    pub(super) fn pronoun(&self, g: Option<Gender>, pos: usize) -> Option<Cow<'t, str>> {
        self.pronoun_within(g, pos, SUBJECT_CHAIN, Referents::Described)
    }

    /// [`Self::pronoun`] among `who`, following at most `chain` narration subjects back.
    pub(super) fn pronoun_within(
        &self,
        g: Option<Gender>,
        pos: usize,
        chain: usize,
        who: Referents,
    ) -> Option<Cow<'t, str>> {
        let para = self.paragraph(pos);
        let bound = self.named_in_clause(pos);
        let free = |name: &str| !bound.iter().any(|b| b.full.as_ref() == name);
        // A person of that gender whom the narration since the last turn, in this
        // paragraph or the one before, makes the subject of a sentence: `Moss looked along
        // the pier. "Q," he said.` is Moss's, though another man spoke the turn before, and
        // so is `"Q1?" Ray asked. Moss looked along the pier.¶"Q2," he said.`. A name inside
        // a sentence (`after meeting Vladimir Putin`) is not its subject and does not count.
        // (Speech the narration reports, `Mrs. Grey said that the bridge was closed`, is
        // part of the narration, not a turn: the window runs back past it, and finds the
        // reporter among its subjects if the pronoun is hers. A reporter not named there
        // (a description or a pronoun) is found only among the speakers, so a report of
        // hers ends the window as a turn does: `A spokeswoman said C. "Q," she said.`)
        let since = self
            .speakers_before(pos)
            .find(|e| {
                !e.reported
                    || e.kind != MentionKind::Name && self.compatible(&e.name, g) != Some(false)
            })
            .map(|e| e.pos + 1)
            .into_iter()
            .chain(para.checked_sub(2).map(|p| self.breaks[p]))
            .max()
            .unwrap_or(0);
        // Failing one, a person of no known gender who is the subject in the pronoun's own
        // paragraph: `Tavish Hollis turned to the window. Then he said:` is Hollis's,
        // not the last speaker's; or who is the last person named, as the subject of the
        // paragraph before (`Rumi Okafor walked in.¶"Q," he said.`). (Further back, or with
        // someone named since, an unknown gender is too weak a clue.)
        // (Not the subject that a parenthetical `she said` right after it interrupts:
        // `Maple Leaf, she said, "has been flying ..."` is what she speaks of.)
        // (`Moss, he could not have told you why, was cross` is about Moss: only a speech
        // verb makes the aside someone else's words.)
        let speaks = || {
            let mut words = self.text[pos..].split_whitespace();
            words.next();
            words
                .next()
                .is_some_and(|v| lexicon::lookup(v.trim_end_matches(',')).verb.is_some())
        };
        let interrupted = |n: &NameRef<'t>| {
            let between = self.text[n.start..pos].trim_end();
            between.len() <= MAX_INTERRUPTED
                && between.strip_suffix(',').is_some_and(|subject| {
                    !subject.contains([',', '.', ';', ':', '"', '“', '”', '\n'])
                })
                && speaks()
        };
        // (Not one of a plural subject: after `Mrs. Dowling and Preston went after her.`,
        // a `she` goes on about the one they went after.)
        let named = self
            .names_before(pos)
            .take_while(|n| n.start >= since)
            .find(|n| {
                n.subject
                    && !n.joined
                    && n.person
                    && self.compatible(&n.full, g) == Some(true)
                    && !interrupted(n)
                    && free(&n.full)
            })
            .or_else(|| {
                self.names_before(pos)
                    .take_while(|n| n.start >= since && self.paragraph(n.start) == para)
                    .find(|n| {
                        n.subject
                            && !n.joined
                            && n.person
                            && self.compatible(&n.full, g).is_none()
                            && !interrupted(n)
                            && free(&n.full)
                    })
            })
            .or_else(|| {
                self.names_before(pos).next().filter(|n| {
                    n.start >= since
                        && self.paragraph(n.start) + 1 == para
                        && n.subject
                        && !n.joined
                        && n.person
                        && self.compatible(&n.full, g).is_none()
                        && free(&n.full)
                })
            });
        // A later sentence or clause whose subject is `she` carries on whoever that `she`
        // was: in `She sat down by Edward and took the cup from Mrs. Dale. "Q," she said.`
        // the speaker is not Mrs. Dale, the last woman named, but the subject before.
        let carried = self
            .subjects_before(pos)
            .iter()
            .rev()
            .take_while(|s| s.0 >= since && named.map_or(true, |n| n.start < s.0))
            .find(|s| Some(s.1) == g);
        // `Turton, the Collector, drove up. ... The Collector took in the scene. "Q," he
        // said.`: a description of someone the text has given that title, made the
        // subject in this paragraph since the last person named, is whom the pronoun
        // goes on about, unless a later `he` or `she` has taken the subject over.
        if who == Referents::Described {
            let from = since
                .max(self.paragraph_bounds(para).start)
                .max(named.map_or(0, |n| n.start + 1));
            if let Some((name, at)) = self.titled_subject(g, pos, from) {
                if !carried.is_some_and(|c| c.0 > at) && free(&name) {
                    return Some(name);
                }
            }
        }
        if let Some(c) = carried.filter(|_| chain > 0) {
            if let Some(name) = self.pronoun_within(g, c.0, chain - 1, who) {
                if free(&name) {
                    return Some(name);
                }
            }
        }
        if let Some(n) = named {
            return Some(self.fuller(&n.full, g, pos));
        }
        // The latest speaker, when they spoke in this paragraph or the one before.
        for ev in self.speakers_before(pos).take(4) {
            let ev_para = self.paragraph(ev.pos);
            if ev_para + 1 < para {
                break;
            }
            // (A description only for a pronoun, and when it is known to be of that
            // gender: `A witness who said she feared reprisals said C. "Q," she said.`)
            let agrees = self.compatible(&ev.name, g);
            // (Or, of no known gender, when it spoke in the pronoun's own paragraph and no
            // one has been named since: `"Q1," said the surgeon. He put on his hat and
            // added, "Q2."`)
            let described = who == Referents::Described
                && (agrees == Some(true)
                    || agrees.is_none()
                        && ev_para == para
                        && !self.names_between(ev.pos, pos).any(|n| n.person));
            // (A pronoun left unresolved stands as its own name, `He`: no one to refer to.)
            let unresolved = || lexicon::lookup(&ev.name).pronoun.is_some();
            // In a dialogue, a turn a paragraph on is the other speaker's. So one of no
            // known gender a paragraph back is the one this turn answers, whom `she` does
            // not take up; and one of her gender yields to the woman they answered, if one
            // did (`"Q1," said Mrs. Lowe.¶"Q2," said Petra.¶The kettle sang. "Q3," she
            // said.` is Mrs. Lowe's). Not a `she` that opens a paragraph of narration
            // alone: that paragraph is no turn, and goes on about the one just heard
            // (`"Q2," said Petra.¶She took up her gloves.`).
            let goes_on = self.narration_only(para) && self.opens_paragraph(pos);
            let answered = self.dialogue && ev_para < para && !goes_on;
            if ev.kind.is_person()
                && agrees != Some(false)
                && (agrees == Some(true) || !answered)
                && (ev.name.contains(char::is_uppercase) || described)
                && !unresolved()
                && free(&ev.name)
            {
                let partner = answered
                    .then(|| self.answered_before(ev, g, para))
                    .flatten()
                    .filter(|p| free(p));
                return partner.or_else(|| Some(ev.name.clone()));
            }
        }
        // Else whoever of that gender came last: a person named, or a speaker of a few
        // paragraphs back (`"Q1," she said.¶She went to the door.¶"Q2," she said.`: the
        // narration between goes on with her and names no other woman).
        let spoke = self.speakers_of(g, pos, who).find(|ev| free(&ev.name));
        let mut unknown = None;
        for n in self.names_before(pos).filter(|n| n.person && free(&n.full)) {
            if spoke.is_some_and(|ev| ev.pos > n.start) {
                break;
            }
            // (A name of no known gender only if it acts or speaks: one that is only
            // ridden on or walked past, `on the Lisbon Express`, is likelier a thing.)
            match self.compatible(&n.full, g) {
                Some(true) => return Some(self.fuller(&n.full, g, pos)),
                // The last one to speak, a paragraph or two back, goes on speaking
                // (`Roman, a guide, said the sea was calm.¶A photo shows the shore.¶He
                // said ...`): no one of known gender further back is likelier. (Not in a
                // dialogue, where the last to speak is as often the one answered.)
                None if n.speaking
                    && !self.dialogue
                    && self.paragraph(n.start) + SPEAKER_REACH >= para
                    && who == Referents::Described
                    && self
                        .speakers_before(pos)
                        .next()
                        .is_some_and(|e| e.name == n.full) =>
                {
                    return Some(n.full.clone())
                }
                None if unknown.is_none() && (n.subject || n.speaking) => {
                    unknown = Some(n.full.clone())
                }
                _ => {}
            }
        }
        // A name of no known gender may be `she`, but not `the spokeswoman`: a noun that
        // tells a gender is someone known to have it (`Al Brandt` is not the spokeswoman).
        spoke
            .map(|ev| ev.name.clone())
            .or(unknown.filter(|_| who == Referents::Described))
            .or_else(|| {
                self.described_speaker(pos, g)
                    .filter(|_| who == Referents::Described)
            })
    }

    /// The person a definite description that opens a sentence between `from` and `pos`
    /// stands for, when the text has given someone that title (`the Collector, Mr.
    /// Turton`) and they may be of gender `g`; and where it stands.
    fn titled_subject(
        &self,
        g: Option<Gender>,
        pos: usize,
        from: usize,
    ) -> Option<(Cow<'t, str>, usize)> {
        let m = self.description_opening(pos, from, true)?;
        // (Only a definite one: `A new campaign manager` is anyone, not the one the
        // text has titled so.)
        if self.first_word(&m) != "The" {
            return None;
        }
        match self.styled(&m) {
            Styled::Holder(name) if self.compatible(&name, g) != Some(false) => {
                Some((name, m.span.start))
            }
            _ => None,
        }
    }

    /// The speaker of gender `g` whom speaker event `ev` answered: among the few turns
    /// before it ([`ANSWER_TURNS`]), the latest by another name, within as many paragraphs
    /// of paragraph `para`. (Further back, the conversation may be another one.)
    fn answered_before(
        &self,
        ev: &SpeakerEvent<'t>,
        g: Option<Gender>,
        para: usize,
    ) -> Option<Cow<'t, str>> {
        self.speakers_before(ev.pos)
            .take(ANSWER_TURNS)
            .take_while(|p| self.paragraph(p.pos) + ANSWER_TURNS >= para)
            .find(|p| {
                p.name != ev.name && p.kind.is_person() && self.compatible(&p.name, g) == Some(true)
            })
            .map(|p| p.name.clone())
    }

    /// Failing anyone named, the description of no known gender that spoke last, in this
    /// paragraph or the one before: `the health minister said C.¶"Q," she said.` is the
    /// minister's when the article names no woman who could be `she`.
    fn described_speaker(&self, pos: usize, g: Option<Gender>) -> Option<Cow<'t, str>> {
        let para = self.paragraph(pos);
        self.speakers_before(pos)
            .take(RECENT_SPEAKERS)
            .take_while(|ev| self.paragraph(ev.pos) + 1 >= para)
            .find(|ev| ev.kind == MentionKind::Role)
            .filter(|ev| self.compatible(&ev.name, g).is_none())
            .map(|ev| ev.name.clone())
    }

    /// Whom `he` or `she` at byte `pos` stands for when the document names no person
    /// before it: the person named next, in its paragraph or the next
    /// [`CATAPHORA_PARAGRAPHS`]. A feature may open on the words and name their speaker
    /// after (`"Maybe," she said.¶That was Teresa Alvarez, 61, ...`); a pronoun with
    /// nobody before it can only point ahead.
    pub(super) fn named_after(&self, g: Option<Gender>, pos: usize) -> Option<Cow<'t, str>> {
        // The first person named at all, so no search.
        let n = &self.names[self.first_person?];
        if n.start < pos || self.speakers_before(pos).next().is_some() {
            return None;
        }
        let near = self.paragraph(n.start) <= self.paragraph(pos) + CATAPHORA_PARAGRAPHS;
        (near && self.compatible(&n.full, g) != Some(false)).then(|| n.full.clone())
    }

    /// `name`, a lone surname the index could not complete (`Lindqvist` in a headline, or
    /// among a `Petra Lindqvist` and a `Jan Lindqvist`), completed once `he` or `she` tells
    /// the gender: the latest full name before byte `pos` that ends in it and is known to
    /// be of gender `g`.
    fn fuller(&self, name: &Cow<'t, str>, g: Option<Gender>, pos: usize) -> Cow<'t, str> {
        // A given name is no surname: `Katharine` is not the end of `Cassandra Katharine`.
        if name.contains(' ') || lexicon::lookup(name).given.is_some() {
            return name.clone();
        }
        self.names_before(pos)
            .find(|m| ends_in_surname(&m.full, name) && self.compatible(&m.full, g) == Some(true))
            .map_or_else(|| name.clone(), |m| m.full.clone())
    }

    /// `Jana Holt owns the bakery. Holt's reply: "Q"`: a lone surname the index did not
    /// read as a name where it stands (a possessive is read as the start of a description,
    /// `Holt's reply`) is the latest person named in full with it.
    pub(super) fn surname_unindexed(&self, m: &Mention) -> Option<Cow<'t, str>> {
        let name = &self.text[m.name.clone()];
        if name.contains(' ') || self.entry(m).is_some() {
            return None;
        }
        self.names_before(m.span.start)
            .find(|n| n.person && ends_in_surname(&n.full, name))
            // (Known for a person's by a given name, a gender or a title or role given it:
            // `York Times`, read short of its `New`, is not.)
            .filter(|n| {
                self.gender_of(&n.full).is_some()
                    || n.title.is_some()
                    || n.role.is_some()
                    || lexicon::lookup(n.full.split(' ').next().unwrap_or_default())
                        .given
                        .is_some()
            })
            .map(|n| n.full.clone())
    }

    /// The person `the latter`, `the former` or `the other` at byte `pos` points at.
    pub(super) fn anaphor(&self, a: Anaphor, pos: usize) -> Option<Cow<'t, str>> {
        let mut people = self.names_before(pos).filter(|n| n.person);
        match a {
            Anaphor::LastNamed => people.next().map(|n| n.full.clone()),
            Anaphor::NamedBefore => {
                let last = people.next()?;
                people.find(|n| n.full != last.full).map(|n| n.full.clone())
            }
            Anaphor::OtherSpeaker => {
                let para = self.paragraph(pos);
                let mut heard = self
                    .speakers_before(pos)
                    .take(PARTNER_LOOKBACK)
                    .take_while(|e| self.paragraph(e.pos) + PARTNER_LOOKBACK >= para)
                    .filter(|e| e.kind.is_person() && e.name.contains(char::is_uppercase));
                let last = heard.next()?;
                heard.find(|e| e.name != last.name).map(|e| e.name.clone())
            }
        }
    }

    /// The institution among the last few speakers, within a few paragraphs: a body
    /// (`the ministry`) or a name that is not a person's (`BC Hydro said ... it said`).
    /// A name is a person's when a given name starts it, a gender is known for it, or the
    /// document gives it a title or role.
    pub(super) fn body(&self, pos: usize) -> Option<Cow<'t, str>> {
        self.body_speaker(pos, None)
    }

    /// [`Self::body`], or with `named`, only an institution the text called by a name
    /// that the generic noun `named` fits.
    pub(super) fn body_speaker(&self, pos: usize, named: Option<&str>) -> Option<Cow<'t, str>> {
        let para = self.paragraph(pos);
        // One word that is no common noun (`Google`, not `Officials`), or a name with the
        // noun itself, `Group` or a company's suffix in it (`Pellworth Group Inc.` for `the
        // company`; not `Bank of Canada`, a body of another kind, nor `Elon Musk`, who
        // may be a person).
        let by_name = |name: &str, noun: &str| {
            let mut words = name.split_whitespace();
            let (Some(first), last) = (words.next(), words.next_back()) else {
                return false;
            };
            let info = lexicon::lookup(first);
            name.starts_with(char::is_uppercase)
                && match last {
                    None => !(info.group || info.role || info.org),
                    Some(_) => name.split_whitespace().any(|w| {
                        w.eq_ignore_ascii_case(noun)
                            || w.eq_ignore_ascii_case("group")
                            || lexicon::is_corporate_suffix(w)
                    }),
                }
        };
        self.speakers_before(pos)
            .take(RECENT_SPEAKERS)
            .take_while(|e| self.paragraph(e.pos) + BODY_LOOKBACK >= para)
            .filter(|e| named.map_or(true, |noun| by_name(&e.name, noun)))
            .find(|e| match e.kind {
                MentionKind::Org => true,
                MentionKind::Name => {
                    self.gender_of(&e.name).is_none()
                        && !self.titled.contains_key(&e.name)
                        && e.name.contains(char::is_uppercase)
                        && !e
                            .name
                            .split_whitespace()
                            .next()
                            .is_some_and(|w| lexicon::lookup(w).given.is_some())
                }
                _ => false,
            })
            .map(|e| e.name.clone())
    }

    pub(super) fn group_pronoun(&self, pos: usize) -> Option<Cow<'t, str>> {
        let para = self.paragraph(pos);
        let near = |at: usize| self.paragraph(at) + 1 >= para;
        let ev = self.speakers_before(pos).next();
        if let Some(ev) = ev {
            let group = matches!(ev.kind, MentionKind::Group | MentionKind::Org);
            let they = self.singular_they.contains_key(&ev.name);
            if (group || they) && near(ev.pos) {
                return Some(ev.name.clone());
            }
        }
        if let Some(pair) = self.joined_subjects(pos, ev.map(|e| e.pos)) {
            return Some(pair);
        }
        // `Sam Rivera, who uses they/them pronouns, said ...¶"Q," they said.`: the person
        // who goes by `they`, named last in this paragraph or the one before, when no one
        // has spoken since.
        if self.singular_they.is_empty() {
            return None;
        }
        let n = self.names_before(pos).next()?;
        let since = !ev.is_some_and(|ev| ev.pos >= n.start);
        (since && near(n.start) && self.singular_they.contains_key(&n.full)).then(|| n.full.clone())
    }

    /// `Tom Reyes and Ana Liu opened the bakery in 2015. "Q," they said.`: two people
    /// joined by `and` as a subject (opening the sentence, or before a speech verb), the
    /// last names before `pos`, in its paragraph or the one before, with nobody else
    /// speaking since (the latest speaker was at `spoke`): `they` are both, named together.
    fn joined_subjects(&self, pos: usize, spoke: Option<usize>) -> Option<Cow<'t, str>> {
        // (Not `we`: a narrator's `we` takes in the narrator too.)
        let they = self.text[pos..]
            .get(..4)
            .is_some_and(|w| w.eq_ignore_ascii_case("they"));
        if !they {
            return None;
        }
        // (The last two people: a place may come after them, `on Dundas Street`.)
        let mut names = self.names_before(pos).filter(|n| n.person);
        let (second, first) = (names.next()?, names.next()?);
        let between = &self.text[first.start..second.start];
        let joined = (first.opens || first.subject || second.speaking)
            && first.full != second.full
            && between.ends_with(" and ")
            && !between.contains(['.', ',', ';', ':', '"', '“', '”', '\n']);
        let near = self.paragraph(first.start) + 1 >= self.paragraph(pos);
        let since = spoke.map_or(true, |p| p <= second.start);
        (joined && near && since).then(|| Cow::Owned(format!("{} and {}", first.full, second.full)))
    }
}

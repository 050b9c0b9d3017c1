//! Building the resolver: one pass over the article's tokens that indexes every name
//! mention, the subjects of narration and the paragraphs, then the tables the readings
//! share.

use super::*;

impl<'t, 'g> Resolver<'t, 'g> {
    /// Indexes the names in `tokens`.
    pub(crate) fn new(
        text: &'t str,
        tokens: &'g [Token],
        gazetteer: &'g Gazetteer,
        dialogue: bool,
    ) -> Self {
        // A boilerplate line (a photo credit, `Story continues below advertisement`) is no
        // paragraph of the article: the paragraphs either side of it are next to each other.
        let (mut breaks, mut openings, mut quotes) = (Vec::new(), Vec::new(), Vec::new());
        let mut opening = true;
        for t in tokens {
            match t.kind {
                Kind::Break if !t.boilerplate() => {
                    breaks.push(t.span.start);
                    opening = true;
                }
                Kind::Break => {}
                kind => {
                    if opening {
                        openings.push(t.span.start);
                        opening = false;
                    }
                    if matches!(kind, Kind::Quote(_)) {
                        quotes.push(t.span.clone());
                    }
                }
            }
        }
        // Where narration (a quotation is one token, its words unread) has `he`, `she` or
        // `I` as a subject (`She sat down.`, `Slowly he rose.`, `and she smiled`). Compared by
        // lexicon index, in the name pass: most tokens are none of them.
        let (he, she, i_word) = (lexicon::id("he"), lexicon::id("she"), lexicon::id("i"));
        let mut subjects = Vec::new();
        let mut narrator_subjects = Vec::new();
        // Pass 1: every name mention, with its name span.
        let mut raw: Vec<(Mention, bool)> = Vec::new();
        // The last paragraph asked whether it is in capitals, and the answer.
        let mut shouted_at: Option<(u32, bool)> = None;
        let mut i = 0;
        while i < tokens.len() {
            let t = &tokens[i];
            // A link to another story or a line of page furniture names no one here.
            if t.boilerplate() {
                i += 1;
                continue;
            }
            // `CHAPTER XXI. Tessa Makes Her Choice`: a chapter's title names no one who is
            // there, and `Tessa Makes` is no one's full name. (Books are stories: news is
            // not asked.)
            if dialogue
                && t.span.len() == "chapter".len()
                && (i == 0 || tokens[i - 1].kind == Kind::Break)
                && crate::headline::chapter_heading(tokens, i, text)
            {
                i += tokens[i..]
                    .iter()
                    .position(|t| t.kind == Kind::Break)
                    .unwrap_or(tokens.len() - i);
                continue;
            }
            // `he`, `she` and the narrator's `I` as narration subjects (`I got up and
            // walked over to Peter.`). A pronoun opens no name, so the phrase reader is not
            // asked either way.
            if t.lex == he || t.lex == she || t.lex == i_word {
                let subject = crate::rules::at_sentence_start(tokens, i, text)
                    || clause_subject(tokens, i, i + 1, text);
                if subject && t.lex == i_word {
                    // (Not a lower-case `i`, a numeral or a typo.)
                    if t.text(text) == "I" {
                        narrator_subjects.push(t.span.start);
                    }
                } else if subject {
                    let g = if t.lex == he {
                        Gender::Male
                    } else {
                        Gender::Female
                    };
                    subjects.push((t.span.start, g));
                }
                i += 1;
                continue;
            }
            // Only a name is indexed here: a capitalized article, preposition or pronoun
            // (`The`, `In`, `He`) opens none, so the phrase reader is not asked.
            // (Nor does `Toronto-based` or `Mother-of-three`: `Toronto-based Ratehub Inc.`
            // is named from the next word.)
            let cap = t.is_capitalized() && {
                let info = t.info();
                info.pronoun.is_none()
                    && !(t.joined() && mention::place_adjective(t.text(text)))
                    && (info.function.is_none()
                        || info.given.is_some()
                        || info.title
                        || info.honorific.is_some()
                        || info.function == Some(lexicon::Function::Epithet)
                        || mention::ordinal_in_name(tokens, i, text))
            };
            if cap {
                // `Petra's chin trembled.`: the owner is who the sentence is about, though
                // the description reader takes `Petra's chin` for a thing.
                if let Some(m) = subjects::possessor_subject(tokens, i, text) {
                    raw.push((m, false));
                    i += 1;
                    continue;
                }
                if let Some(mut m) = mention::forward(tokens, i, text) {
                    // `South Korean-born Monte Haines`: a place adjective inside the run
                    // tells the person's origin, as one opening it does; the name is read
                    // from after it.
                    let adjective = (m.tokens.start + 1..m.tokens.end).find(|&k| {
                        tokens[k].joined() && mention::place_adjective(tokens[k].text(text))
                    });
                    if let Some(a) = adjective {
                        i = a;
                        continue;
                    }
                    // `Top Sanders strategists said`: a name right before a plural noun for
                    // people modifies it, and a word of no name that only opens the
                    // sentence (`Top`, `Several`) is not its first name. The name is read
                    // again from the next word.
                    let modifier = m.kind == MentionKind::Name
                        && m.tokens.end - m.tokens.start > 1
                        && m.title.is_none()
                        && t.info().given.is_none()
                        && tokens
                            .get(m.tokens.end)
                            .is_some_and(|n| mention::people_plural(n, text))
                        && crate::rules::at_sentence_start(tokens, i, text);
                    if modifier {
                        i += 1;
                        continue;
                    }
                    if m.kind == MentionKind::Name {
                        // `shop owner Graham Pike`: a lower-case role word before the name is its title.
                        let role_before = i > 0 && tokens[i - 1].kind == Kind::Word && {
                            let w = tokens[i - 1].text(text);
                            let info = tokens[i - 1].info();
                            w.starts_with(char::is_lowercase) && (info.role || info.title)
                        };
                        if role_before && m.title.is_none() {
                            m.title = Some(tokens[i - 1].span.clone());
                        }
                        // `the Newland Archers`, `the Wellands`: a family, not a person; its
                        // words are no one's full name. A paragraph in capitals is a heading
                        // or a telegram (`CHAPTER XII`, `OLIVER'S NEW FRIENDS`, `ARRIVING
                        // TUESDAY STOP`): its capitals mark no names.
                        // (Each paragraph is read once, however many such names it holds.)
                        let mut shouted = || {
                            if crate::token::has_lower_case(&text[m.span.clone()]) {
                                return false;
                            }
                            match shouted_at {
                                Some((p, s)) if p == t.para => s,
                                _ => {
                                    let s = shouted_paragraph(tokens, i, text);
                                    shouted_at = Some((t.para, s));
                                    s
                                }
                            }
                        };
                        // `Man charged after crash`, `Teacher wins award`: in news, a role
                        // noun alone, capitalized only to open a headline, is the noun, not
                        // a name. (A story's `Nanny sat by the gate.` calls someone so.)
                        let bare_role = !dialogue
                            && mention::lone_role_opening(tokens, &m)
                            && crate::headline::headline(tokens, i);
                        if bare_role || family(tokens, &m, text) || team(&m, text) || shouted() {
                            i = m.tokens.end.max(i + 1);
                            continue;
                        }
                        let after =
                            skip_between(tokens, skip_apposition(tokens, m.tokens.end, text), text);
                        let speaking = verb_at(tokens, after, text).is_some();
                        i = m.tokens.end.max(i + 1);
                        raw.push((m, speaking));
                        continue;
                    }
                    // `Bishop of Whitby`: the place in an office is no one's name.
                    if m.kind == MentionKind::Role {
                        i = m.tokens.end.max(i + 1);
                        continue;
                    }
                }
            }
            i += 1;
        }
        // Each name's words, read once.
        let words: Vec<NameWords<'t>> = raw
            .iter()
            .map(|(m, _)| {
                // The entries of the name's first and last tokens, when each is a whole
                // word of the name (not `Mary's`, whose entry is not `Mary`'s).
                let space_at = |i: usize| text[i..].starts_with(char::is_whitespace);
                let space_before = |i: usize| text[..i].ends_with(char::is_whitespace);
                let in_name = &tokens[m.tokens.clone()];
                let first = in_name.iter().find(|t| {
                    t.span.start == m.name.start
                        && (t.span.end == m.name.end
                            || t.span.end < m.name.end && space_at(t.span.end))
                });
                let last = in_name.iter().rev().find(|t| {
                    t.span.end == m.name.end
                        && (t.span.start == m.name.start || space_before(t.span.start))
                });
                NameWords::of(
                    &text[m.name.clone()],
                    first.map(|t| t.info()),
                    last.map(|t| t.info().org || t.info().group),
                )
            })
            .collect();
        // Full names by last and first word: the names a lone surname or first name may
        // stand for. A run of capitalized words is trusted as a full name when it is used
        // more than once, follows a title or honorific, starts with a known given name, or
        // is two words neither of which the document also writes in lower case; a one-off
        // such as `Harvest Thanksgiving Tony` is two names side by side.
        // Sized once: grown from empty, these maps rehash several times a document.
        let mut uses: FxHashMap<&'t str, usize> =
            FxHashMap::with_capacity_and_hasher(raw.len(), Default::default());
        for (m, _) in &raw {
            *uses.entry(&text[m.name.clone()]).or_default() += 1;
        }
        let mut by_last = FullNameIndex::default();
        let mut by_first = FullNameIndex::default();
        for (k, ((m, _), w)) in raw.iter().zip(&words).enumerate() {
            if !(2..=MAX_FULL_NAME).contains(&w.count) {
                continue;
            }
            let in_name = &tokens[m.tokens.clone()];
            let plain_pair = w.count == 2 && !in_name.iter().any(|t| t.common());
            // `Pooh Bear`, `Piglet Pig`: a name that is no known given name, then a word the
            // document also writes in lower case, is a nickname and what the bearer is, not a
            // given name and a surname; however often it is used, its first word is no
            // one's full name. `Fanny Price` starts with a given name and stays one.
            let epithet = w.count == 2
                && w.given.is_none()
                && m.title.is_none()
                && in_name
                    .iter()
                    .rev()
                    .find(|t| t.kind == Kind::Word)
                    .is_some_and(|t| t.common() && t.span.end == m.name.end);
            let trusted = !epithet
                && (uses[&text[m.name.clone()]] > 1
                    || m.title.is_some()
                    || w.given.is_some()
                    || plain_pair);
            if trusted {
                by_last.add(w.last, k);
                by_first.add(w.first, k);
            }
        }
        // A lone name resolves only when the article gives it one full name: `Steele` among
        // `Lucy Steele` and `Anne Steele` stays `Steele`. `Mr. Gradgrind` among `Thomas
        // Gradgrind` and `Louisa Gradgrind` is the one of his gender: full names of another
        // known gender are left out first. Each index entry is summed up once, so a lookup
        // costs a binary search however often the article repeats the name.
        let raw_gender: Vec<Option<Gender>> = raw
            .iter()
            .zip(&words)
            .map(|((m, _), w)| m.gender.or(w.post).or(w.given))
            .collect();
        let same = |a: usize, b: usize| {
            same_name(&text[raw[a].0.name.clone()], &text[raw[b].0.name.clone()])
        };
        let by_last = by_last.summarize(&raw_gender, same);
        let by_first = by_first.summarize(&raw_gender, same);
        let mut genders: NameGenders<'t> =
            FxHashMap::with_capacity_and_hasher(raw.len(), Default::default());
        let mut guessed: FxHashMap<Cow<'t, str>, ()> = FxHashMap::default();
        for e in gazetteer.entries() {
            if let Some(g) = e.gender {
                genders.insert(Cow::Owned(e.name.clone()), g);
            }
        }
        let families = families(text, &raw);
        let sisters = sisters(&families);
        // The given names of younger sisters, which the title takes in: `Miss Lucy Steele`
        // beside `the Miss Steeles`, or `Miss Lucy` alone.
        let younger: Vec<&str> = raw
            .iter()
            .zip(&words)
            .filter(|((m, _), w)| {
                m.title.is_some()
                    && w.given.is_some()
                    && (w.count == 1 || sisters.contains(&w.last))
                    && titled_woman(text, m, false)
            })
            .map(|(_, w)| w.first)
            .collect();
        let namesakes = Namesakes::new(text, tokens, &raw, &raw_gender, &uses);
        // The one-word names an honorific goes before somewhere (`Sir John`, `Miss Anne`):
        // a namesake may go by the given name alone there. (Read only in a story, the one
        // reader of it.)
        let mut honoured: FxHashMap<&'t str, ()> = FxHashMap::default();
        if dialogue {
            let titled = raw
                .iter()
                .filter(|(m, _)| honorifics(text, m).next().is_some());
            for (m, _) in titled {
                let name = &text[m.name.clone()];
                if !name.contains(char::is_whitespace) {
                    honoured.insert(name, ());
                }
            }
        }
        let headline_end = crate::headline::opening(tokens, text);
        let mut names = Vec::with_capacity(raw.len());
        let mut institutions = Vec::with_capacity(raw.len());
        // Per name: whether it is a place that is also a given name (`Florence`), which
        // the document may yet show a person's.
        let mut given_places = Vec::with_capacity(raw.len());
        // Per name: whether only its having several words made it a person's; and the
        // names of several words the document puts after a preposition of place.
        let mut by_words = Vec::with_capacity(raw.len());
        let mut placed_names: FxHashMap<Cow<'t, str>, ()> = FxHashMap::default();
        let mut nicks = Vec::with_capacity(raw.len());
        for (k, (m, speaking)) in raw.iter().enumerate() {
            let own = &text[m.name.clone()];
            let single = !own.contains(char::is_whitespace);
            // `Mr. Gradgrind` is a surname; a lone known given name (`Jane`) is more likely
            // a first name than the last word of another full name (`Flora Jane`). When
            // the likelier index has the word but no single full name met so far, it
            // stays as it is; when none at all, the other index may settle it.
            let honorific = honorifics(text, m).next().is_some();
            let given_name = words[k].given.is_some();
            // `PENCE:` in a transcript: a lone name in capitals is the one the article
            // writes in title case (`Mike Pence`).
            let titled;
            let key = if in_capitals(own) {
                titled = title_case(own);
                titled.as_str()
            } else {
                own
            };
            let (likely, other) = if given_name && !honorific {
                (by_first.get(key), by_last.get(key))
            } else {
                (by_last.get(key), by_first.get(key))
            };
            // `Mrs. Welland` in a document that also has a `Miss Welland` is the mother of
            // the family, none of the daughters its given names name (`May Welland`).
            let titled = if single {
                families.get(own).copied().unwrap_or(0)
            } else {
                0
            };
            let mother =
                titled & (WIFE | DAUGHTER) == WIFE | DAUGHTER && titled_woman(text, m, true);
            // `Miss Steele` where the document has `the Miss Steeles` is the eldest sister,
            // none that goes by `Miss Lucy Steele`.
            let eldest = single
                && titled & DAUGHTER != 0
                && titled_woman(text, m, false)
                && sisters.contains(&own);
            // `the Miss Lintons`, `the two Miss Harrows`: `Miss` before the plural of a
            // surname the document also titles in the singular is the sisters together,
            // no one woman `she` may be. (`Miss Bates` is one woman: nobody is `Bate`.)
            let together = single
                && plural_name_word(own)
                && titled_woman(text, m, false)
                && own
                    .strip_suffix('s')
                    .is_some_and(|one| families.contains_key(one));

            let by_surname = single && given_name && !honorific && likely.is_none();
            // Several full names it may stand for: settled by place (see
            // [`Namesakes::choose`]). (Read as a given name too: `May` after `May Welland`
            // is still she once `May Archer` is named. Not for a full name written once,
            // `Henry Fielding` named in passing before the `Henry` of the story.)
            let by_place = |names: FullNames<'_>, as_given: bool| {
                let plain = !(honorific || m.title.is_some());
                plain
                    .then(|| namesakes.choose(&names, k))
                    .flatten()
                    .filter(|&j| !as_given || uses[&text[raw[j].0.name.clone()]] > 1)
            };
            // `Quenby` after `Quenby Hale`, where a `Peter Quenby` comes in only later:
            // the likelier index has the word, but for no full name the reader has met
            // yet, so the full name of the other index that the reader has met stands.
            // (Not after an honorific: `Mr. Quenby` is a surname whatever else is.)
            let unmet = |names: FullNames<'_>| !honorific && names.latest(k).is_none();
            let full_idx = match (single, likely) {
                (false, _) => None,
                _ if mother => None,
                // Several full names end in it: settled by place, unless the mention
                // carries what tells them apart itself.
                (true, Some(names)) if eldest => {
                    names.nearest_but(k, m.gender, |j| younger.contains(&words[j].first))
                }
                (true, Some(names)) => names
                    .nearest(k, m.gender)
                    .or_else(|| by_place(names, given_name))
                    .or_else(|| unmet(names).then(|| other?.nearest(k, m.gender)).flatten()),
                (true, None) if honorific => None,
                // A given name nobody here goes by may be a surname (`Vance` for `Roberta
                // Vance`): the gender it has as a given name says nothing then. (Nor when
                // a husband and wife share it: `Ferrante` after `Lia Ferrante` and her
                // husband `Tom Ferrante` is settled by place, as any surname is.)
                (true, None) if by_surname => other
                    .and_then(|names| names.nearest(k, None).or_else(|| by_place(names, false))),
                (true, None) => other.and_then(|names| names.nearest(k, m.gender)),
            };
            // `Ruiz Says Bridge Will Reopen`, then `Mayor Dana Ruiz said`: a headline names
            // people before the article does, so there a word no full name before it
            // stands for is the first full name after it.
            let full_idx = full_idx.or_else(|| {
                let early = single && !mother && !honorific && m.span.start < headline_end;
                early
                    .then(|| likely.or(other)?.first_after(k, m.gender))
                    .flatten()
            });
            let as_surname = by_surname && full_idx.is_some();
            // `Frank` after `Francis Oakley`, with no `Frank ...` named before: a pet form
            // alone is the full name its one formal given name starts.
            let full_idx = full_idx.or_else(|| {
                if !(single && given_name && !honorific) {
                    return None;
                }
                sole(
                    lexicon::formal_given(key)
                        .iter()
                        .filter_map(|f| by_first.get(&title_case(f))?.nearest(k, m.gender)),
                )
            });
            // `Tessa` for chapters before the narration first writes `Tessa Marlowe`: in a
            // story, a lone given name that no full name met so far stands for is the
            // document's one full name that starts with it, when that name is a person's
            // used more than once (not `Grace Church`), nobody goes by the word as a
            // surname, and no honorific makes a namesake of it (`Sir John` beside `John
            // Dashwood`). (News gives the full name first: there a given name before it is
            // more often something else, `Orlando mourned` before `Orlando International
            // Airport`.)
            // Someone goes by it as a surname when a full name ending in it is used more
            // than once: `With Mrs. Dunn Clara was shy`, read once, makes no one Clara by
            // surname. (Past a few such names, the word is taken for a surname.)
            let surname_of_someone = |names: FullNames<'_>| {
                let every = names.every();
                every.len() > MAX_NAMESAKES
                    || every
                        .iter()
                        .any(|&j| uses[&text[raw[j].0.name.clone()]] > 1)
            };
            let full_idx = full_idx.or_else(|| {
                let ahead = dialogue
                    && single
                    && given_name
                    && !honorific
                    && m.title.is_none()
                    && !mother
                    && !other.is_some_and(surname_of_someone)
                    && !honoured.contains_key(own);
                ahead
                    .then(|| likely?.first_after(k, m.gender))
                    .flatten()
                    .filter(|&j| {
                        let w = &words[j];
                        uses[&text[raw[j].0.name.clone()]] > 1 && !(w.last_org || w.org_of)
                    })
            });
            // `Mrs. Archer` with no full name to stand for, in a document that also has a
            // `Mr. Archer`: a family, whose members the honorific tells apart (a bare
            // `Archer` may be any of them). A woman's honorific keeps her apart anyway: the
            // surname alone is as often her husband's or son's (`Mrs. Archer` and `Archer`).
            let both = titled & (MAN | WOMAN) == MAN | WOMAN;
            let woman = full_idx.is_none() && m.gender == Some(Gender::Female);
            // `Mrs. John Hale` is the wife styled by her husband's name: a woman's
            // honorific before a man's given name keeps her apart from him.
            let wife_by_name = !single && woman && words[k].given == Some(Gender::Male);
            let own_titled = if honorific && (single && (both || mother || woman) || wife_by_name) {
                &text[m.span.clone()]
            } else {
                own
            };
            let full_text: &'t str = full_idx.map_or(own_titled, |j| &text[raw[j].0.name.clone()]);
            let entry = gazetteer.get(own).or_else(|| gazetteer.get(full_text));
            let full: Cow<'t, str> = match entry {
                Some(e) => Cow::Owned(e.name.clone()),
                None => tidy(Cow::Borrowed(full_text)),
            };
            // `James Hill High School`, `Nova Scotia Health Authority`: a name ending in an
            // institution noun is an institution, whatever given name it starts with.
            let (institution, given) = match entry {
                // The article's own words, read once already.
                None => {
                    let w = &words[full_idx.unwrap_or(k)];
                    let institution =
                        w.last.starts_with(char::is_uppercase) && w.last_org || w.org_of;
                    (institution, w.given.filter(|_| !institution))
                }
                Some(_) => (
                    false,
                    full.split_whitespace()
                        .next()
                        .and_then(|w| lexicon::lookup(w).given),
                ),
            };
            // `Ohio`, `New York`, `Canada said`: a place is no person, however many words
            // it has or whatever it says, unless the mention itself shows one (an honorific,
            // a title, the gazetteer). A place that is also a given name is the person's
            // name where it speaks (`"Yes," said Florence.`).
            // (A full name that starts with a given name is a person's: no place of
            // several words starts with one, so the table is not asked.)
            let several = words[full_idx.unwrap_or(k)].count > 1;
            let place = entry.is_none()
                && !honorific
                && m.title.is_none()
                && !(given.is_some() && (*speaking || several))
                && lexicon::is_place(&full);
            given_places.push(place && given.is_some());
            // `IRCC said`: a name in capitals alone is an institution's acronym. (Not
            // with an honorific or a title, `Mr. JONES`, nor a given name, `LOUISA awoke`:
            // a transcript's capitals, or a chapter's first word.)
            let acronym = entry.is_none()
                && !honorific
                && m.title.is_none()
                && given.is_none()
                && acronym_name(&full);
            let institution = institution || place || together || acronym;
            let given = given.filter(|_| !place);
            let opens = crate::rules::at_sentence_start(tokens, m.tokens.start, text);
            let gender = m
                .gender
                .filter(|_| !as_surname)
                .or(words[k].post)
                .or(given)
                .or_else(|| full_idx.and_then(|j| raw[j].0.gender))
                // `the Grandmother`, `Granny`: a lone capitalized noun that tells a gender
                // names a character of that gender, as `she` may pick up; not when it is
                // capitalized only for opening a sentence (`Count the votes.`). A verb
                // after it makes it the sentence's subject, the character, even where the
                // household writes it in lower case too (`Nanny rose.` ... `nanny called`).
                .or_else(|| {
                    let sentence_word =
                        opens && m.lone_common_word(tokens) && !verb_after(tokens, m.tokens.end);
                    let alone = single && full_idx.is_none() && entry.is_none();
                    if alone && !sentence_word {
                        lexicon::character_gender(own)
                    } else {
                        None
                    }
                })
                .filter(|_| !institution);
            // What an honorific or the gazetteer says of the person is told; the usual
            // gender of a given name borne by either sex is only guessed, and yields to
            // anything told.
            let told = honorific
                || words[k].post.is_some()
                || entry.is_some()
                || full_idx.is_some_and(|j| honorifics(text, &raw[j].0).next().is_some());
            if let Some(g) = gender {
                let was_guessed = guessed.contains_key(&full);
                match genders.get(&full) {
                    None if !told && given_to_either(&full) => {
                        genders.insert(full.clone(), g);
                        guessed.insert(full.clone(), ());
                    }
                    None => {
                        genders.insert(full.clone(), g);
                    }
                    Some(_) if told && was_guessed => {
                        genders.insert(full.clone(), g);
                        guessed.remove(&full);
                    }
                    Some(_) => {}
                }
            }
            // `drove towards Bethnal Green`, `lived in Port Royal`: a name of no known
            // gender after a preposition of place is a place, however many words it has.
            // (`out into the Rue Cambon`: an article may stand between them.)
            let placed = || placed(tokens, m, text);
            // `Yuni, a teacher from the district,`, `Yuni, a resident of Lampung,`: a role
            // set beside a name makes it a person's, though it is one word of no known
            // gender.
            let (role, described) = appositive_role(tokens, m, text);
            // (A place before a speech verb is where the speaker is based, not who
            // speaks: `The company, based in Waterloo, Ont., said`.)
            // (`Dr. Haddad`: an honorific of either sex names a person all the same.)
            let shown = entry.is_some() || gender.is_some() || honorific || described;
            let several_words = full.contains(' ');
            // (Asked only where nothing else shows a person.)
            let is_placed = !shown && (several_words || *speaking) && placed();
            let person =
                !institution && (shown || *speaking && !is_placed || several_words && !is_placed);
            by_words.push(person && !shown && !*speaking);
            if several_words && is_placed && !institution {
                placed_names.insert(full.clone(), ());
            }
            institutions.push(institution);
            // For [`formal_names`]: whether the full name starts with a pet form or with
            // a formal given name. (A gazetteer name is the user's own and stays.)
            let w = &words[full_idx.unwrap_or(k)];
            let several = w.count >= 2 && entry.is_none();
            nicks.push((several && w.pet, several && w.formal));
            names.push(NameRef {
                start: m.span.start,
                title: m.title.clone(),
                role,
                full,
                person,
                speaking: *speaking,
                opens,
                subject: subjects::is_subject(tokens, m, opens, text),
                joined: subjects::coordinated(tokens, m, text),
            });
        }
        formal_names(&mut names, &nicks, &mut genders);
        // A name seen speaking anywhere is a person's, so the sentences it opens may tell
        // its gender: `Archer stood at the window, and he ...` votes once `Archer said`
        // has shown Archer a person.
        let speakers: FxHashMap<&str, ()> = names
            .iter()
            .filter(|n| n.speaking && n.person)
            .map(|n| (n.full.as_ref(), ()))
            .collect();
        let spoken: Vec<bool> = names
            .iter()
            .zip(&raw)
            .zip(&institutions)
            .map(|((n, (m, _)), &institution)| {
                !n.person
                    && !institution
                    && !m.lone_common_word(tokens)
                    && speakers.contains_key(n.full.as_ref())
            })
            .collect();
        // Of the names seen speaking, those the document also puts after a preposition of
        // place somewhere (`lived in Dorrow`): places, though a quote's rule once took one
        // for a speaker. (Only those names are looked at: most documents have few.)
        let places: FxHashMap<Cow<'t, str>, ()> = names
            .iter()
            .zip(&raw)
            .filter(|(n, (m, _))| {
                !n.person && speakers.contains_key(n.full.as_ref()) && placed(tokens, m, text)
            })
            .map(|(n, _)| (n.full.clone(), ()))
            .collect();
        learn_genders(
            text,
            tokens,
            &raw,
            &names,
            &spoken,
            (&mut genders, &mut guessed),
            |name| gazetteer.get(name).is_some_and(|e| e.gender.is_some()),
        );
        // A name is a person's wherever it stands once the document has shown it a
        // person's of one gender: `Aziz was offended.` names the man whom `Aziz said he
        // ...` showed a man. (Not an institution, nor a lone word the document also
        // writes in lower case: `Without` opening a sentence is no one.)
        // (A place that is also a given name too: `Florence` once `said Florence`.)
        // So is a name seen speaking elsewhere (`Okonkwo said`), unless the document also
        // puts it after a preposition of place: `Okonkwo walked over. He ...` is then
        // Okonkwo's `He`.
        // So is a name the document once titled with an honorific of either sex: `Haddad
        // had no answer` names the `Dr. Haddad` of before. (One of a sex gave the name
        // its gender above; most documents have no other, and skip the lookups.)
        let honored: FxHashMap<Cow<'t, str>, ()> = names
            .iter()
            .zip(&raw)
            .filter(|(n, (m, _))| {
                n.person && m.title.is_some() && honorifics(text, m).any(|g| g.is_none())
            })
            .map(|(n, _)| (n.full.clone(), ()))
            .collect();
        // `San Remo has a cool morning`: a name of several words that the document
        // elsewhere puts after a preposition of place (`a room in San Remo`) is the place
        // wherever it stands, unless the document shows it a person's (a gender, a speech
        // verb). Only its words made it a person's here; `she` does not stand for it.
        let places_too: Vec<bool> = if placed_names.is_empty() {
            Vec::new()
        } else {
            names
                .iter()
                .zip(&by_words)
                .map(|(n, &words_only)| {
                    words_only
                        && placed_names.contains_key(&n.full)
                        && !genders.contains_key(&n.full)
                        && !speakers.contains_key(n.full.as_ref())
                })
                .collect()
        };
        let people = institutions.iter().zip(&given_places);
        for (((n, (m, _)), (&institution, &given_place)), &spoke) in
            names.iter_mut().zip(&raw).zip(people).zip(&spoken)
        {
            let person_or_place = !institution || given_place;
            let known = spoke && !places.contains_key(&n.full)
                || genders.contains_key(&n.full)
                || !honored.is_empty() && honored.contains_key(&n.full);
            if !m.lone_common_word(tokens) && person_or_place && known {
                n.person = true;
            }
        }
        for (n, place) in names.iter_mut().zip(places_too) {
            n.person &= !place;
        }
        let (holders, titled) = role_holders(text, &names);
        let singular_they = singular_they(text, tokens, &raw, &names);
        let first_person = names.iter().position(|n| n.person);
        Resolver {
            text,
            gazetteer,
            holders,
            titled,
            first_person,
            names,
            genders,
            guessed,
            speakers: Vec::new(),
            epithets: FxHashMap::default(),
            breaks,
            quotes,
            openings,
            subjects,
            narrator_subjects,
            tokens,
            institutions,
            singular_they,
            acronyms: std::cell::OnceCell::new(),
            headline_end,
            dialogue,
        }
    }
}

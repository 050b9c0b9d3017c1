//! The context rules: a quote's speaker from the quotes around it, in dialogue turns, by
//! whom the turns call by name, and whom they answer.

use super::*;

impl<'a, 'd> Document<'a, 'd> {
    /// The rules that read earlier attributions, in table order.
    pub(super) fn attribute_in_context(
        &self,
        q: usize,
        turn: Option<usize>,
        c: &Ctx,
        attrs: &[Option<Attribution<'a>>],
        resolver: &mut crate::resolve::Resolver<'a, '_>,
        dialogue: bool,
    ) -> Option<Attribution<'a>> {
        let qt = c.qt;
        let para = self.para(qt);
        // beat-after: a quote that opens its paragraph, followed in it by narration about
        // a person (`"It is late." Tom looked at his watch.`), is that person's.
        if self.starts_paragraph(qt) {
            if let Some(m) = self
                .subject_after(qt)
                .filter(|m| m.kind != MentionKind::Name || resolver.names_person(m))
            {
                let name = resolver.resolve(&m);
                return Some(read_off("beat-after", m, name));
            }
        }
        // sentence-before: the sentence before, in the same paragraph or ending the
        // paragraph before when the quote opens its own, is about a person.
        if c.sent_start == qt && qt > 0 {
            let end = if self.tokens[qt - 1].kind == Kind::Break {
                qt - 1
            } else {
                qt
            };
            // Not in dialogue, where the narration between turns names whoever it is about.
            let opens_paragraph = end < qt && !dialogue;
            // A sentence merely about someone, closing a paragraph of another speaker's
            // quotes, does not take the quote from them: `"Q1," said Hadwin. Silverman
            // has also won.¶"Q2"` is Hadwin's.
            let after_quotes = end < qt
                && q.checked_sub(1).is_some_and(|p| {
                    attrs[p].is_some() && self.para(self.qtok[p]) + 1 == self.para(qt)
                });
            // `"Q1?" Bill asked.¶"Q2."`: a sentence that only attributes the quote before it
            // is that quote's; the next quote's speaker is read as any next turn's.
            let reporter = self.speaker_before(end);
            let attribution_of_quote = reporter.is_some()
                && self
                    .quoteless_sentence_before(end)
                    .is_some_and(|s| s > 0 && self.tokens[s - 1].quote().is_some());
            // A question the narration closing the paragraph before reports, in a
            // dialogue, is answered by this turn: by the one it was asked of, when the
            // verb names them (`Edmund asked Fanny whether she would ride.`), and never
            // by the one who asked.
            let question = (end < qt && dialogue)
                .then(|| self.reported_question(end))
                .flatten();
            if let Some(Some(m)) = &question {
                let name = resolver.resolve(m);
                return Some(read_off("addressee-replies", m.clone(), name));
            }
            // Else the reporter, or the subject, of the sentence before.
            let found = if attribution_of_quote || question.is_some() {
                None
            } else {
                reporter
                    .or_else(|| {
                        (!after_quotes)
                            .then(|| self.subject_before(end, resolver))
                            .flatten()
                    })
                    .or_else(|| {
                        opens_paragraph
                            .then(|| self.reporter_in_paragraph_before(end))
                            .flatten()
                    })
            };
            // `Usually it ended ...`, `Without a word, she ...`: a lone word the document
            // also writes in lower case opens the sentence, and names no one the index knows.
            // A heading (`CHAPTER VII`) before the quote is about no one.
            // `Ruth said nothing.`: in a dialogue, whoever keeps silent does not speak next.
            let silent = dialogue && self.ends_in_silence(end);
            let found = found
                .filter(|_| !silent)
                .filter(|m| !m.lone_common_word(self.tokens) || resolver.names_person(m))
                .filter(|m| !crate::resolve::in_heading(self.tokens, m, self.text));
            if let Some(m) = found {
                // (`"Stay, Jack?"¶He shook his head. "Not tonight."`: the `he` answering a
                // turn that called a man by name is him.)
                let beat = dialogue.then(|| self.turn_before_beat(q, &m)).flatten();
                let reply = beat.and_then(|t| {
                    let previous = &attrs[t].as_ref()?.name;
                    self.reply_to(t, q, m.kind.personal_gender()?, previous, attrs, resolver)
                });
                // (`"Q1," said Mr. Pratt.¶The old sailor frowned. "Q2."`: a description in a
                // dialogue is read as a turn's, the other party's, not the one who just
                // spoke.)
                let described_turn = (dialogue
                    && m.kind == MentionKind::Role
                    && self.starts_paragraph(m.tokens.start))
                .then(|| self.turn_in_paragraph_before(q))
                .flatten()
                .and_then(|t| attrs[t].as_ref())
                .map(|pa| pa.name.clone());
                let name = match (reply, described_turn) {
                    (Some(name), _) => name,
                    (None, Some(previous)) => resolver.resolve_turn(&m, &previous),
                    (None, None) => resolver.resolve(&m),
                };
                return Some(read_off("sentence-before", m, name));
            }
        }
        let prev = q
            .checked_sub(1)
            .and_then(|p| attrs[p].as_ref().map(|a| (p, a)));
        let Some((p, pa)) = prev else {
            // A turn that called someone by name is answered by them, though nobody was
            // named for it (`"Last time I was here, Tony, ..."¶"Tight that night."`).
            let first = turn.filter(|&t| {
                dialogue && self.starts_paragraph(qt) && self.para(self.qtok[t]) + 1 == para
            })?;
            return self.addressee_replies(first, q, None, attrs, resolver);
        };
        let pt = self.qtok[p];
        // continuation: an earlier quote in the same paragraph has a speaker.
        if self.para(pt) == para {
            return Some(inherit("continuation", pa));
        }
        // speaker-resumes: one paragraph of narration between, which names nobody else and
        // reports no speech, does not change the speaker of news quotes.
        if !dialogue
            && self.starts_paragraph(qt)
            && self.para(pt) + 2 == para
            && self.quiet_paragraph_before(qt, &pa.name)
            && !self.other_gender_before(qt, &pa.name, resolver)
        {
            return Some(inherit("speaker-resumes", pa));
        }
        // Across paragraphs: only a quote that opens its paragraph, right after one with a
        // speaker. In a dialogue, so does the first quote after narration that is about
        // no one (`His voice altered. "Q"`): the sentence before found no person above.
        let after_beat = dialogue && c.sent_start == qt && self.first_in_paragraph(q);
        if !(self.starts_paragraph(qt) || after_beat) || self.para(pt) + 1 != para {
            return None;
        }
        let turn = turn.or_else(|| {
            after_beat
                .then(|| self.turn_in_paragraph_before(q))
                .flatten()
        });
        if let Some(a) = turn
            .filter(|_| dialogue)
            .and_then(|first| self.addressee_replies(first, q, Some(&pa.name), attrs, resolver))
        {
            return Some(a);
        }
        // turn-taking: the two paragraphs before are turns of a dialogue between two
        // speakers; this turn goes back to the first of them.
        let turn_before = (0..p)
            .rev()
            .take_while(|&k| self.para(self.qtok[k]) + 1 >= self.para(pt))
            .find(|&k| self.para(self.qtok[k]) + 2 == para);
        if let Some(pp) = turn_before {
            let ppt = self.qtok[pp];
            let first_of = |k: usize| {
                (0..=k)
                    .rev()
                    .take_while(|&j| self.para(self.qtok[j]) == self.para(self.qtok[k]))
                    .last()
                    .unwrap_or(k)
            };
            let turns = self.starts_paragraph(self.qtok[first_of(p)])
                && self.starts_paragraph(self.qtok[first_of(pp)]);
            if let Some(ppa) = attrs[pp].as_ref().filter(|a| {
                turns && a.name != pa.name && self.para(ppt) + 2 == para && a.one_speaker()
            }) {
                return Some(inherit("turn-taking", ppa));
            }
        }
        // dialogue-alternation: where this document's own attributed turns show that a
        // new quote paragraph is a new speaker, it is the other one of the exchange.
        if dialogue {
            let other = (p.saturating_sub(PARTNER_LOOKBACK)..p)
                .rev()
                .take_while(|&k| {
                    self.para(self.qtok[k]) as usize + PARTNER_LOOKBACK >= para as usize
                })
                .find_map(|k| {
                    let a = attrs[k].as_ref()?;
                    (a.name != pa.name && a.one_speaker()).then_some((k, a))
                });
            if let Some((k, other)) = other {
                // narrated-partner: since the other speaker last spoke, the narration has
                // made a third person the subject (`Ruth came down the path.`): the turn
                // is theirs, joining in, not the other speaker's.
                let narrated = resolver
                    .subject_since(self.raws[k].close.end, self.tokens[qt].span.start, &pa.name)
                    .filter(|(name, _)| *name != other.name);
                if let Some((name, m)) =
                    narrated.and_then(|(name, at)| self.mention_at(at).map(|m| (name, m)))
                {
                    return Some(read_off("narrated-partner", m, name));
                }
                // So has a first-person narrator who was not one of the two (`I got up
                // and walked over to Peter.`): the narrator is the one who answers.
                let narrator = |a: &Attribution<'_>| a.mention.kind.is_narrator();
                let joins = resolver
                    .narrator_subject_since(self.raws[k].close.end, self.tokens[qt].span.start)
                    .filter(|_| !narrator(pa) && !narrator(other) && resolver.first_person());
                if let Some(m) = joins.and_then(|at| self.mention_at(at)) {
                    let name = resolver.resolve(&m);
                    return Some(read_off("narrated-partner", m, name));
                }
                return Some(inherit("dialogue-alternation", other));
            }
        }
        // named-partner: in a dialogue with no other speaker at hand, the turn after X's is
        // the latest other person the narration named, who is there to answer.
        if dialogue {
            let named = resolver.other_named(self.tokens[qt].span.start, &pa.name);
            if let Some((name, m)) =
                named.and_then(|(name, at)| self.mention_at(at).map(|m| (name, m)))
            {
                return Some(read_off("named-partner", m, name));
            }
        }
        // In a dialogue the turn after X's is not X's, and no one else is at hand to take
        // it: it is left for the passes that read later turns ([`Self::answered_later`]).
        // Nor is the answer to a question the paragraph before ends on in narration (`Your
        // captain called you "tough." Is that fair?`): the one quoted in it is not the one
        // who answers.
        if dialogue || self.asked_before(qt) {
            return None;
        }
        Some(inherit("paragraph-continuation", pa))
    }

    /// The mention that starts at byte `at`, where the resolver found a name or a subject.
    pub(super) fn mention_at(&self, at: usize) -> Option<Mention> {
        let t = self.tokens.partition_point(|t| t.span.start < at);
        mention::forward(self.tokens, t, self.text)
    }

    /// The last name any of `quotes` calls someone by, with the quote that does.
    pub(super) fn last_vocative(&self, quotes: Range<usize>) -> Option<(usize, Vocative<'a>)> {
        quotes.rev().find_map(|k| {
            let text: &'a str = self.text;
            vocatives(&text[self.raws[k].content.clone()])
                .pop()
                .map(|v| (k, v))
        })
    }

    /// Who answers to `v`, the name quote `k` calls someone by, under `rule`: a speaker of
    /// the turns before quote `before` or, failing that, the last person the narration
    /// named so; never `not`.
    pub(super) fn answerer(
        &self,
        rule: &'static str,
        (k, v): (usize, Vocative<'a>),
        before: usize,
        not: Option<&str>,
        attrs: &[Option<Attribution<'a>>],
        resolver: &crate::resolve::Resolver<'a, '_>,
    ) -> Option<Attribution<'a>> {
        if let Some(a) = spoke_as(before, v.name, v.gender, not, attrs, resolver) {
            return Some(inherit(rule, a));
        }
        let name = resolver.person_called(v.name, v.gender, self.raws[k].open.start)?;
        let mention = self.vocative_mention(k, v.name)?;
        (not != Some(&*name)).then(|| read_off(rule, mention, name))
    }

    /// addressee-replies: in a dialogue, the turn from quote `first` up to quote `q`
    /// calls someone by name (`"Where to, Maud?"`), and `q`, opening the next turn, is
    /// their answer: when they have spoken lately, or the narration has named them
    /// (`Agnes Webb came down the path.¶"Will you row, Agnes?" said Maud.`). Not the
    /// speaker of the calling turn, `previous`, if it has one.
    pub(super) fn addressee_replies(
        &self,
        first: usize,
        q: usize,
        previous: Option<&str>,
        attrs: &[Option<Attribution<'a>>],
        resolver: &crate::resolve::Resolver<'a, '_>,
    ) -> Option<Attribution<'a>> {
        // The last name the turn calls anyone by, in any of its quotes (`"Row," said
        // Maud, "will you, Agnes?"`).
        let called = self.last_vocative(first..q).and_then(|called| {
            self.answerer(
                "addressee-replies",
                called,
                first,
                previous,
                attrs,
                resolver,
            )
        });
        // Else the one its tag says it is spoken to (`"Where to?" Maud asked Agnes.`).
        called.or_else(|| {
            let (m, name) = self.tag_hearer(first..q, attrs, resolver)?;
            (previous != Some(&*name)).then(|| read_off("addressee-replies", m, name))
        })
    }

    /// The person the tag of one of `quotes` says they are spoken to, with its mention: a
    /// name after the speech verb, its object when the verb takes a hearer (`"Q?" I asked
    /// Harris.`) or after `to` (`"Q," said Maud to Agnes.`, `she said to Mrs. Lee, "Q"`).
    /// The name must be a speaker of the last few turns or a person the document has
    /// named by the tag's end, and the tag the quote's own, not one inherited.
    pub(super) fn tag_hearer(
        &self,
        quotes: Range<usize>,
        attrs: &[Option<Attribution<'a>>],
        resolver: &crate::resolve::Resolver<'a, '_>,
    ) -> Option<(Mention, Cow<'a, str>)> {
        let a = quotes
            .clone()
            .rev()
            .find_map(|k| attrs[k].as_ref().filter(|a| explicit(a)))?;
        let cue = a.cue.clone()?;
        let verb = self.tokens.partition_point(|t| t.span.start < cue.start);
        let mut i = self.tokens.partition_point(|t| t.span.start < cue.end);
        // `said Maud to Agnes`: the speaker stands between the verb and the hearer.
        if a.mention.span.start >= cue.end {
            i = a.mention.tokens.end;
        }
        let tells = self
            .tokens
            .get(verb)
            .and_then(|t| t.info().verb)
            .is_some_and(|(_, kind)| kind == lexicon::VerbKind::Tell);
        let to = mention::word(self.tokens, i, self.text) == Some("to");
        if !(to || tells) {
            return None;
        }
        let m = mention::forward(self.tokens, i + usize::from(to), self.text)?;
        if m.kind != MentionKind::Name {
            return None;
        }
        let called = &self.text[m.name.clone()];
        // A speaker of the last few turns, else a person the narration has named.
        let spoke = spoke_as(quotes.start, called, None, None, attrs, resolver);
        let name = spoke
            .map(|b| b.name.clone())
            .or_else(|| resolver.person_called(called, None, m.span.end))?;
        (name != a.name).then_some((m, name))
    }

    /// The mention of `v`, a name that quote `p` calls someone by (a slice of its
    /// words), as evidence that they answer. Its token is the quotation's own, since the
    /// words inside a quotation are not tokens.
    pub(super) fn vocative_mention(&self, p: usize, v: &str) -> Option<Mention> {
        let start = (v.as_ptr() as usize).checked_sub(self.text.as_ptr() as usize)?;
        let end = start + v.len();
        let content = &self.raws[p].content;
        (content.start <= start && end <= content.end).then(|| Mention {
            kind: MentionKind::Name,
            span: start..end,
            name: start..end,
            title: None,
            gender: None,
            tokens: self.qtok[p]..self.qtok[p] + 1,
        })
    }

    /// The turns of the document: the quotes of each paragraph that opens with one.
    pub(super) fn turns(&self) -> Vec<Range<usize>> {
        let mut turns: Vec<Range<usize>> = Vec::new();
        for q in 0..self.raws.len() {
            match turns.last_mut() {
                Some(t) if self.para(self.qtok[t.start]) == self.para(self.qtok[q]) => {
                    t.end = q + 1
                }
                _ if self.opens_turn(q) => turns.push(q..q + 1),
                _ => {}
            }
        }
        turns
    }

    /// Turns still without a speaker once every pass has run, each right after a turn
    /// that has one, A's, are given one from the exchange A is part of, and the
    /// unattributed turns after them alternate:
    /// - dialogue-resumes: a paragraph of narration between the turns (`"Q1," said
    ///   Ada.¶The rain went on.¶"Q2."`) pauses the dialogue, and the talk most often
    ///   resumes with A; after A's question, with the one asked;
    /// - dialogue-alternation: a turn right after A's goes to the other speaker, as in the
    ///   forward pass, where A's turn had no speaker yet (one named only in a later turn)
    ///   or the document had not yet shown itself a dialogue. When no other speaker is
    ///   known, the turn after next is still A's (`"We tried," Ortiz said.¶"Tried
    ///   what?"¶"To win."`).
    ///
    /// Run last, after [`Self::answered_later`], since a speaker named in a later turn is
    /// better evidence.
    pub(super) fn unattributed_turns(
        &self,
        turns: &[Range<usize>],
        attrs: &mut [Option<Attribution<'a>>],
        resolver: &crate::resolve::Resolver<'a, '_>,
    ) {
        let para_of = |n: usize| self.para(self.qtok[turns[n].start]);
        let spoken = |attrs: &[Option<Attribution<'a>>], n: usize| {
            turns[n].clone().find_map(|k| attrs[k].clone())
        };
        let unattributed = |attrs: &[Option<Attribution<'a>>], n: usize| {
            turns[n].clone().all(|k| attrs[k].is_none())
        };
        let mut n = 1;
        while n < turns.len() {
            let gap = para_of(n) - para_of(n - 1);
            let paused = gap == 2 && self.narration_before(self.qtok[turns[n].start]);
            let before = spoken(attrs, n - 1).filter(|_| gap == 1 || paused);
            let Some(before) = before.filter(|_| unattributed(attrs, n)) else {
                n += 1;
                continue;
            };
            // The other one of the exchange: the latest earlier speaker who is not `before`.
            let other = (n.saturating_sub(PARTNER_LOOKBACK)..n - 1)
                .rev()
                .filter_map(|m| spoken(attrs, m))
                .find(|a| a.name != before.name);
            let pair = if paused {
                // Unless the pause is narration about the other one (`Maud looked up at
                // the sky.`): the talk resumes with the one it was about.
                let from = self.raws[turns[n - 1].end - 1].close.end;
                let to = self.tokens[self.qtok[turns[n].start]].span.start;
                // (Not when it reports the other one's question, which this turn
                // answers: `Maud asked whether the oars were dry.` Asked last: the
                // paragraph is read only when the narration is about the other one.)
                let asked = || {
                    let narration = self.paragraph_before(self.qtok[turns[n].start]);
                    self.reported_question(narration.end).is_some()
                };
                let about_other = other.as_ref().is_some_and(|o| {
                    resolver.narrated_one_of(from, to, &o.name, &before.name) == Some(true)
                }) && !asked();
                // (So after their question: the one asked answers once the pause is over.)
                let last = &self.raws[turns[n - 1].end - 1];
                let question = self.text[last.content.clone()].trim_end().ends_with('?');
                // (Unless the pause ends on the other one keeping silent, `Ray said
                // nothing.`: then A goes on.)
                let silent = || {
                    let narration = self.paragraph_before(self.qtok[turns[n].start]);
                    self.ends_in_silence(narration.end)
                };
                let first = if (about_other || question) && !silent() {
                    [other, Some(before)]
                } else {
                    [Some(before), other]
                };
                first.map(|a| a.map(|a| inherit("dialogue-resumes", &a)))
            } else {
                [other, Some(before)].map(|a| a.map(|a| inherit("dialogue-alternation", &a)))
            };
            let mut m = n;
            while m < turns.len()
                && (m == n || para_of(m - 1) + 1 == para_of(m))
                && unattributed(attrs, m)
            {
                // (With no other speaker at hand, the turns between A's stay without one.)
                if let Some(a) = &pair[(m - n) % 2] {
                    for k in turns[m].clone() {
                        attrs[k] = Some(a.clone());
                    }
                }
                m += 1;
            }
            n = m.max(n + 1);
        }
    }

    /// turn-taking-back: a dialogue often opens with turns nobody is named for, and names
    /// its speakers only later (`"Going out?"¶"Only to the shed."¶"Take a coat," said
    /// Maud.`). Read from the last turn back, a turn left without a speaker takes that of
    /// the nearest later turn of its run that has one an even number of turns on (at most
    /// [`PARTNER_LOOKBACK`]), since turns alternate; when a turn between has a speaker too,
    /// it must be someone else, or the exchange is not a two-way one and the turn stays as
    /// it was. A turn that only
    /// guessed at alternation (`paragraph-continuation`, `dialogue-alternation`) yields
    /// too, but only to a speaker named in the turn after next.
    pub(super) fn answered_later(
        &self,
        turns: &[Range<usize>],
        attrs: &mut [Option<Attribution<'a>>],
    ) {
        let para_of = |t: &Range<usize>| self.para(self.qtok[t.start]);
        // The quote that gives each turn its speaker, if any.
        let mut spoken: Vec<Option<usize>> = turns
            .iter()
            .map(|t| t.clone().find(|&k| attrs[k].is_some()))
            .collect();
        for n in (0..turns.len()).rev() {
            let guessed = match &attrs[turns[n].start] {
                None => None,
                Some(a) if GUESSED_TURNS.contains(&a.rule.name) => Some(a.name.clone()),
                Some(_) => continue,
            };
            // The nearest later turn an even number on with a speaker, and the nearest odd
            // one before it.
            let mut other: Option<usize> = None;
            let mut found = None;
            for m in n + 1..turns.len().min(n + 1 + PARTNER_LOOKBACK) {
                if para_of(&turns[m - 1]) + 1 != para_of(&turns[m]) {
                    break;
                }
                let Some(k) = spoken[m] else { continue };
                if (m - n) % 2 == 1 {
                    other.get_or_insert(k);
                    continue;
                }
                let name = attrs[k].as_ref().map(|a| &a.name);
                let two_way = !other.is_some_and(|o| attrs[o].as_ref().map(|a| &a.name) == name);
                found = two_way.then_some((m, k));
                break;
            }
            let from = found.and_then(|(m, k)| Some((m, attrs[k].as_ref()?)));
            let Some((m, from)) = from.filter(|(_, a)| a.one_speaker()) else {
                continue;
            };
            if guessed.is_some() && !(explicit(from) && m == n + 2) {
                continue;
            }
            let a = inherit("turn-taking-back", from);
            for q in turns[n].clone() {
                let replace = match &attrs[q] {
                    None => true,
                    Some(b) => !explicit(b) && Some(&b.name) == guessed.as_ref(),
                };
                if replace {
                    attrs[q] = Some(a.clone());
                }
            }
            spoken[n] = Some(turns[n].start);
        }
    }

    /// Whom quote `q` answers, when its cue is a reply verb (`replied`, `shot back`): the
    /// speaker of the quote just before it. (When that quote's speaker is unknown, so is
    /// whom this one answers: in a novel's exchange it is often the unnamed turn between.)
    pub(super) fn answered(
        &self,
        q: usize,
        cue: &Option<Range<usize>>,
        attrs: &[Option<Attribution<'a>>],
    ) -> Option<Cow<'a, str>> {
        let cue = cue.as_ref()?;
        if !lexicon::is_reply(&self.text[cue.clone()]) {
            return None;
        }
        let before = attrs.get(q.checked_sub(1)?)?.as_ref()?;
        Some(before.name.clone())
    }

    /// `he` or `she`, or a description, of gender `g` answering a turn that called someone
    /// of that gender by name (`"Mr. Hale, sit down," said Maud.¶"I will not," he
    /// said.`): the one called. The turn is
    /// the quotes from `first` up to `q`; the one called is a speaker of the last few turns
    /// or, failing that, the last person the document named so. A turn that calls no one
    /// is answered by the one its tag says it was spoken to ([`Self::tag_hearer`]).
    pub(super) fn reply_to(
        &self,
        first: usize,
        q: usize,
        g: Gender,
        previous: &str,
        attrs: &[Option<Attribution<'a>>],
        resolver: &crate::resolve::Resolver<'a, '_>,
    ) -> Option<Cow<'a, str>> {
        let Some((k, v)) = self.last_vocative(first..q) else {
            // `Maud said to Tom, "Q"`¶`"Not since Sunday," he said.`: the one the turn's
            // tag says it was spoken to.
            let (_, name) = self.tag_hearer(first..q, attrs, resolver)?;
            return (name != previous && resolver.agrees(&name, Some(g))).then_some(name);
        };
        if v.gender.is_some_and(|vg| vg != g) {
            return None;
        }
        // The one called is of the pronoun's gender; only their name is wanted here.
        let v = Vocative {
            gender: Some(g),
            ..v
        };
        let called = (k, v);
        let a = self.answerer(
            "addressee-replies",
            called,
            first,
            Some(previous),
            attrs,
            resolver,
        )?;
        Some(a.name)
    }

    /// called-back: in a dialogue, a turn nobody is named for (or whose speaker was only
    /// guessed from alternation), answered by a turn that calls someone by name (`"Where
    /// have you been?"¶"Only out, Maud."`), is the one called: people answer whoever just
    /// spoke. The one called must be a speaker of the last few turns, or a person the
    /// narration has named, and not the one the answering turn is given to. So is a turn
    /// whose tag reads `he` or `she` as someone else, when the one called is of that
    /// gender and the turn neither calls them itself nor is said to them by its tag
    /// (`"Is it far?" she asked Agnes.`); the turns that took their speaker from that tag
    /// follow it.
    pub(super) fn called_back(
        &self,
        attrs: &mut [Option<Attribution<'a>>],
        resolver: &crate::resolve::Resolver<'a, '_>,
    ) {
        for q in 0..self.raws.len() {
            let guessed = attrs[q]
                .as_ref()
                .is_some_and(|a| GUESSED_TURNS.contains(&a.rule.name));
            // `"Q," she said.`: `she` read as someone the next turn does not call.
            let pronoun = attrs[q]
                .as_ref()
                .filter(|a| explicit(a))
                .and_then(|a| a.mention.kind.personal_gender());
            // A turn-taking turn, answered by a turn that alternation gave to the one it
            // calls (so [`Self::unless_addressed`] gave it to another): the alternation
            // broke before the answer, and the turn is the one called's.
            let alternated = attrs[q]
                .as_ref()
                .is_some_and(|a| a.rule.name == "turn-taking");
            if attrs[q].is_some() && !guessed && !alternated && pronoun.is_none()
                || !self.opens_turn(q)
            {
                continue;
            }
            let para = self.para(self.qtok[q]);
            // The next turn: the quotes of the next paragraph, which must open with one.
            let n = self.raws.len();
            let first = (q + 1..n)
                .find(|&k| self.para(self.qtok[k]) > para)
                .unwrap_or(n);
            if first == n || self.para(self.qtok[first]) != para + 1 || !self.opens_turn(first) {
                continue;
            }
            if alternated
                && pronoun.is_none()
                && !attrs[first]
                    .as_ref()
                    .is_some_and(|a| a.rule.name == "addressee-not-speaker")
            {
                continue;
            }
            let end = (first..n)
                .find(|&k| self.para(self.qtok[k]) > para + 1)
                .unwrap_or(n);
            let Some(called) = self.last_vocative(first..end) else {
                continue;
            };
            if pronoun.is_some_and(|g| called.1.gender.is_some_and(|vg| vg != g)) {
                continue;
            }
            let speaks_next = attrs[first].as_ref().map(|a| a.name.clone());
            let found = self.answerer(
                "called-back",
                called,
                q,
                speaks_next.as_deref(),
                attrs,
                resolver,
            );
            // A turn that calls someone, or whose tag says whom it is spoken to, is spoken
            // to them: their name in the next turn is no evidence against `she`.
            let found = found.filter(|a| {
                pronoun.map_or(true, |g| {
                    resolver.agrees(&a.name, Some(g))
                        && attrs[q].as_ref().is_some_and(|p| p.name != a.name)
                        && !(q..first).any(|k| self.addressed(k).calls(&a.name, resolver))
                        && self.tag_hearer(q..first, attrs, resolver).is_none()
                })
            });
            if let (Some(a), Some(p), Some(_)) = (&found, &attrs[q], pronoun) {
                // The turns that took their speaker from this tag take the one called.
                // Those are the turns an even number of paragraphs on, in the unbroken run
                // of turns (the odd ones took the tag as the other speaker's), and not one
                // that calls them: no one calls themselves.
                let span = p.mention.span.clone();
                for k in first..attrs.len().min(first + MAX_RENAMED_RUN) {
                    let (pk, before) = (self.para(self.qtok[k]), self.para(self.qtok[k - 1]));
                    if pk > before + 1 {
                        break;
                    }
                    let took = attrs[k]
                        .as_ref()
                        .is_some_and(|b| !explicit(b) && b.mention.span == span);
                    if took && (pk - para) % 2 == 0 && !self.addressed(k).calls(&a.name, resolver) {
                        attrs[k] = attrs[k].as_ref().map(|b| inherit(b.rule.name, a));
                    }
                }
            }
            if let Some(a) = found {
                // The rest of the turn went on with the guess.
                let guess = attrs[q].as_ref().map(|g| g.name.clone());
                for b in &mut attrs[q + 1..first] {
                    if b.as_ref().map(|b| &b.name) == guess.as_ref() {
                        *b = Some(inherit("continuation", &a));
                    }
                }
                attrs[q] = Some(a);
            }
        }
    }

    /// Whom quote `q` calls by name (`"..., Maud."`), read once for several tests.
    pub(super) fn addressed(&self, q: usize) -> Addressed<'a> {
        Addressed(vocatives(&self.text[self.raws[q].content.clone()]))
    }

    /// Whom quote `q` and the quotes after it in its paragraph that go on with the same
    /// speech call by name: those with `q`'s tag `mention` (the second half of a split
    /// quote), or with no tag of their own that open a sentence. A tag naming someone
    /// else ends it, and so does a quote inside narration (`And her answer was, "Q"`).
    pub(super) fn addressed_in_speech(
        &self,
        q: usize,
        mention: &Mention,
        locals: &[Option<(&'static Rule, Found)>],
    ) -> Addressed<'a> {
        let mut addressed = self.addressed(q);
        let para = self.para(self.qtok[q]);
        let later = locals
            .iter()
            .enumerate()
            .skip(q + 1)
            .take(MAX_SPEECH_QUOTES);
        for (k, local) in later {
            let same_speech = self.para(self.qtok[k]) == para
                && match local {
                    Some((_, f)) => f.mention.span == mention.span,
                    None => self.ctx(k).sent_start == self.qtok[k],
                };
            if !same_speech {
                break;
            }
            addressed.0.extend(self.addressed(k).0);
        }
        addressed
    }

    /// addressee-not-speaker: a speaker inherited from earlier quotes whom the quote
    /// addresses by name (`"..., Maud."`) is not its speaker, since no one calls themselves
    /// by name; the latest earlier speaker it does not address speaks instead. Unchanged
    /// when there is none.
    pub(super) fn unless_addressed(
        &self,
        q: usize,
        a: Attribution<'a>,
        attrs: &[Option<Attribution<'a>>],
        resolver: &crate::resolve::Resolver<'a, '_>,
    ) -> Attribution<'a> {
        let addressed = self.addressed(q);
        if !addressed.calls(&a.name, resolver) {
            return a;
        }
        let other = attrs
            .iter()
            .rev()
            .take(PARTNER_LOOKBACK)
            .flatten()
            .find(|p| p.name != a.name && !addressed.calls(&p.name, resolver));
        match other {
            Some(p) => inherit("addressee-not-speaker", p),
            None => a,
        }
    }

    /// Whether the whole document reads as dialogue, judged before any name is resolved:
    /// of the quotes opening consecutive paragraphs that both name their speaker in their
    /// own sentence, how many change speaker by the words alone (`said Tom` then `said
    /// Ruth`, `he said` then `she said`). Pairs the words cannot tell (`he` then `he`) are
    /// left out. This lets the first turns of a novel be read as turns, before the
    /// resolved evidence of [`Turns`] has built up.
    ///
    /// A short scene may have too few such pairs, so a second sign is counted: a closed
    /// quote paragraph with no speaker named in its sentence, right after another such.
    /// News names a speaker in every paragraph or two, and runs one speaker's words on
    /// over paragraphs by leaving the closing mark off; a row of closed turns nobody is
    /// named for is how fiction writes a two-way exchange (`"You missed supper," she
    /// said.¶"I wasn't hungry."¶"Mother noticed."¶"Mother notices everything."`). With
    /// [`UNTAGGED_IN_A_ROW`] of them, the document is a dialogue.
    pub(super) fn turns_by_surface(&self, locals: &[Option<(&'static Rule, Found)>]) -> bool {
        let mut turns = Turns::default();
        let mut untagged_in_a_row = 0;
        for q in 1..locals.len() {
            let Some(p) = self.turn_before(q) else {
                continue;
            };
            let (Some((_, a)), Some((_, b))) = (&locals[p], &locals[q]) else {
                if locals[p].is_none() && locals[q].is_none() {
                    untagged_in_a_row += 1;
                }
                continue;
            };
            let (ma, mb) = (&a.mention, &b.mention);
            if ma.kind == MentionKind::Name && mb.kind == MentionKind::Name {
                // `Tom` and `Tom Hale` are one speaker: names sharing a word.
                let wb = &self.text[mb.name.clone()];
                let same = self.text[ma.name.clone()]
                    .split_whitespace()
                    .any(|w| wb.split_whitespace().any(|v| v == w));
                turns.record(same);
            } else if let (Some(ga), Some(gb)) =
                (ma.kind.personal_gender(), mb.kind.personal_gender())
            {
                if ga != gb {
                    turns.record(false);
                }
            }
        }
        turns.dialogue() || untagged_in_a_row >= UNTAGGED_IN_A_ROW
    }

    /// Whether a paragraph of the document is a chapter heading
    /// ([`crate::headline::chapter_heading`]). A book is a story, so its paragraphs of
    /// speech are turns, however few of them a short excerpt has tagged.
    pub(super) fn chaptered(&self) -> bool {
        // Most documents never write the word: one search of the bytes spares them the
        // pass over every paragraph.
        // (The searchers are built once: building one costs more than a short search.)
        static WORD: once_cell::sync::Lazy<[memchr::memmem::Finder<'static>; 2]> =
            once_cell::sync::Lazy::new(|| [b"hapter", b"HAPTER"].map(memchr::memmem::Finder::new));
        if WORD.iter().all(|f| f.find(self.text.as_bytes()).is_none()) {
            return false;
        }
        let mut opening = std::iter::once(0).chain(
            (0..self.tokens.len())
                .filter(|&k| self.tokens[k].kind == Kind::Break)
                .map(|k| k + 1),
        );
        opening.any(|k| crate::headline::chapter_heading(self.tokens, k, self.text))
    }
}

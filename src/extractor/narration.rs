//! What the narration around a quote tells of its speaker: an interview's form, the
//! paragraph or sentence before it, the reporter of an earlier sentence, and the subject
//! after it.

use super::*;

impl<'a, 'd> Document<'a, 'd> {
    /// Whether the paragraph before the one quote token `qt` opens is narration about
    /// nobody but `speaker`: no quotation, no speech verb, and no capitalized word outside
    /// `speaker`'s name other than one the document also writes in lower case (`The`,
    /// `Still`).
    pub(super) fn quiet_paragraph_before(&self, qt: usize, speaker: &str) -> bool {
        let paragraph = self.paragraph_before(qt);
        // An interviewer's question (`Don't your cooks complain?`) reports no one's speech.
        let question = self.asked_before(qt);
        !paragraph.is_empty()
            && paragraph.into_iter().all(|k| {
                let t = &self.tokens[k];
                // (`Isn't` opening a question is capitalized, and names no one.)
                let named = t.is_capitalized()
                    && !t.common()
                    && t.info().function.is_none()
                    && !speaker.split(' ').any(|w| w == t.text(self.text));
                t.quote().is_none()
                    && !named
                    && (question
                        || !rules::verb_at(self.tokens, k, self.text)
                            .is_some_and(|(_, kind)| kind != lexicon::VerbKind::Manner))
            })
    }

    /// interview-answer: in a question-and-answer piece, a quote that opens the paragraph
    /// after the interviewer's question is the answer of `interviewee` (see
    /// [`Self::interviewee`]). Read before the context rules, as the piece's form is
    /// surer evidence than a name in the question (`Your coach, Tom Hale, called you
    /// "stubborn." Is he right?`).
    pub(super) fn interview_answer(
        &self,
        qt: usize,
        interviewee: Option<&(Mention, Cow<'a, str>)>,
    ) -> Option<Attribution<'a>> {
        let (m, name) = interviewee?;
        self.answers_question(qt)
            .then(|| read_off("interview-answer", m.clone(), name.clone()))
    }

    /// in-report: a quotation inside a turn a speaker's label opens is the speaker's words
    /// (`Ruiz: Bridge Will Reopen, 'Nothing Can Stop Us'`). `report` is the latest such
    /// turn before quote `q`: its words, its speaker's mention and their name.
    pub(super) fn in_report(
        &self,
        q: usize,
        report: Option<&(std::ops::Range<usize>, Mention, Cow<'a, str>)>,
    ) -> Option<Attribution<'a>> {
        let (content, m, name) = report?;
        let raw = &self.raws[q];
        (content.start <= raw.open.start && raw.close.end <= content.end)
            .then(|| read_off("in-report", m.clone(), name.clone()))
    }

    /// Whether quote token `qt` opens the paragraph right after one that ends on a
    /// question of the narration's own: an answer, if the piece is an interview.
    pub(super) fn answers_question(&self, qt: usize) -> bool {
        self.starts_paragraph(qt) && self.asked_before(qt)
    }

    /// The person a question-and-answer piece interviews, with the mention that first
    /// names them: the person its introduction names most often, when at least
    /// [`MIN_ANSWERS`] quote paragraphs each answer a question the paragraph before asks
    /// (`Were there days you thought you'd quit?`¶`"Plenty."`). The introduction is all
    /// before the first such question.
    pub(super) fn interviewee(
        &self,
        resolver: &crate::resolve::Resolver<'a, '_>,
    ) -> Option<(Mention, Cow<'a, str>)> {
        let mut answers = self
            .qtok
            .iter()
            .copied()
            .filter(|&qt| self.answers_question(qt));
        let first = answers.next()?;
        if answers.take(MIN_ANSWERS - 1).count() < MIN_ANSWERS - 1 {
            return None;
        }
        let question = self.paragraph_before(first).start;
        let intro_end = self.tokens.get(question)?.span.start;
        let (name, at) = resolver.most_named_before(intro_end)?;
        let m = self.mention_at(at)?;
        Some((m, name))
    }

    /// Whether the paragraph before the one quote token `qt` opens speaks of someone of
    /// the other gender than `speaker` (`"Q1," said Tom.¶Her voice rose over the
    /// engine.¶"Q2"`): a `he`, `him`, `his` or `himself` after a woman's quote, or the
    /// same of `she` after a man's. The narration is about someone else, who may be the
    /// one speaking now.
    pub(super) fn other_gender_before(
        &self,
        qt: usize,
        speaker: &str,
        resolver: &crate::resolve::Resolver<'a, '_>,
    ) -> bool {
        let other = |g: Gender| match g {
            Gender::Male => Gender::Female,
            Gender::Female => Gender::Male,
            g => g,
        };
        self.tokens[self.paragraph_before(qt)].iter().any(|t| {
            t.kind == Kind::Word
                && lexicon::personal_gender(t.text(self.text))
                    .is_some_and(|g| resolver.known_gender(speaker, other(g)))
        })
    }

    /// Whether the paragraph before the one token `t` stands in ends on a question of its
    /// own, outside any quotation: an interviewer's.
    pub(super) fn asked_before(&self, t: usize) -> bool {
        self.paragraph_before(t)
            .next_back()
            .is_some_and(|k| self.tokens[k].is_punct('?'))
    }

    /// Whether the sentence whose full stop is token `end - 1` closes on someone keeping
    /// from speaking (`Ruth looked away and said nothing.`): see
    /// [`lexicon::ends_in_silence`].
    pub(super) fn ends_in_silence(&self, end: usize) -> bool {
        let Some(stop) = end.checked_sub(1) else {
            return false;
        };
        if !self.tokens[stop].is_punct('.') {
            return false;
        }
        let back = self.tokens[..stop]
            .iter()
            .rev()
            .take_while(|t| t.kind == Kind::Word)
            .map(|t| t.text(self.text));
        lexicon::ends_in_silence(back)
    }

    /// The tokens of the paragraph before the one token `t` stands in (empty for the
    /// first paragraph).
    pub(super) fn paragraph_before(&self, t: usize) -> Range<usize> {
        let break_before = |to: usize| (0..to).rev().find(|&k| self.tokens[k].kind == Kind::Break);
        match break_before(t) {
            Some(b) => break_before(b).map_or(0, |k| k + 1)..b,
            None => 0..0,
        }
    }

    /// Whether the paragraph before the one token `t` stands in is narration: it has
    /// words, where a row of asterisks between scenes has none.
    pub(super) fn narration_before(&self, t: usize) -> bool {
        self.tokens[self.paragraph_before(t)]
            .iter()
            .any(|t| t.kind == Kind::Word)
    }

    /// The speaker of the last speech verb in the sentence ending at token `end`
    /// (`..., said Bart Naylor, an advocate. "Q"`), if that sentence holds no quote.
    pub(super) fn speaker_before(&self, end: usize) -> Option<Mention> {
        let start = self.quoteless_sentence_before(end)?;
        let verbs = (start..end).rev().filter(|&k| {
            rules::verb_at(self.tokens, k, self.text)
                .is_some_and(|(_, kind)| kind != lexicon::VerbKind::Manner)
                && !self.tokens[k].text(self.text).ends_with("ing")
        });
        // The latest speech verb's subject, unless a conjunction of background opens its
        // clause: in `Ruiz wrote that the delegates, who signed on before the campaign
        // began, may leave`, the campaign reports nothing. (A few verbs at most: the
        // sentence is bounded.)
        // (A verb with no subject to read ends the search, as for the latest alone.)
        let subject = |v: usize| {
            let b = rules::skip_between_back(self.tokens, start, v, self.text);
            mention::backward(self.tokens, b, self.text)
                .filter(|m| m.tokens.start >= start)
                .or_else(|| mention::forward_loose(self.tokens, v + 1, self.text))
        };
        let background = |m: &Mention| {
            // (Not `as` and `when`, whose clause in fiction is often the speaking itself:
            // `as he answered`, `when Anne called her back`.)
            m.tokens.start > start
                && lexicon::subordinator(self.tokens[m.tokens.start - 1].text(self.text))
                    == Some(lexicon::Subordinate::Background)
        };
        let m = verbs
            .take(MAX_REPORTING_VERBS)
            .map(subject)
            .find(|m| !m.as_ref().is_some_and(background))??;
        let personal = !matches!(
            m.kind,
            MentionKind::Pronoun(Some(Gender::Neuter), _) | MentionKind::Pronoun(None, _)
        );
        personal.then_some(m)
    }

    /// `Edmund asked Fanny whether she would ride.`: whether the sentence ending at token
    /// `end` (with a stop, not the colon of `she asked:`) reports a question, and whom it
    /// was asked of when the verb names them (`Fanny`).
    pub(super) fn reported_question(&self, end: usize) -> Option<Option<Mention>> {
        let start = self.quoteless_sentence_before(end)?;
        let last = &self.tokens[end.checked_sub(1)?];
        if !(last.is_punct('.') || last.is_punct('?')) {
            return None;
        }
        // The question it reports follows the verb, and perhaps whom it is asked of:
        // `asked whether`, `asked Emma quietly if`, `inquired after her health`. (Not
        // `asked a great many questions`, nor `asked slowly, as if ...`, which introduces
        // the question the next paragraph quotes.)
        let reports = |v: usize| {
            (v + 1..(v + 1 + MAX_BEFORE_QUESTION).min(end))
                .take_while(|&k| self.tokens[k].kind == Kind::Word)
                .any(|k| lexicon::opens_question(self.tokens[k].text(self.text)))
        };
        // (Asked, not a question meant or forgotten: `forgetting to ask who she was`.)
        let infinitive = |k: usize| k > 0 && self.tokens[k - 1].text(self.text) == "to";
        let v = (start..end).rev().find(|&k| {
            rules::verb_at(self.tokens, k, self.text).is_some_and(|(lemma, _)| lexicon::asks(lemma))
                && !self.tokens[k].text(self.text).ends_with("ing")
                && !infinitive(k)
        })?;
        if !reports(v) {
            return None;
        }
        let hearer =
            mention::forward(self.tokens, v + 1, self.text).filter(|m| m.kind == MentionKind::Name);
        Some(hearer)
    }

    /// Where the sentence ending at token `end` starts, if it holds no quote. (A show's
    /// or a work's title that an opening preposition takes, `On "Face the Facts," ...`,
    /// is no quote: see [`Self::opening_title`].)
    pub(super) fn quoteless_sentence_before(&self, end: usize) -> Option<usize> {
        let last = end.checked_sub(1)?;
        let (start, _) = sentence_of(self.tokens, last);
        (start..end)
            .all(|k| self.tokens[k].quote().is_none() || self.opening_title(start, k))
            .then_some(start)
    }

    /// Whether the quotation token `k` is a title that the preposition opening the
    /// sentence at `start` takes, set off by a comma after it (`On "Face the Facts,"`, `In
    /// "The Long Road,"`): where the sentence's subject is said or written, not speech.
    pub(super) fn opening_title(&self, start: usize, k: usize) -> bool {
        k == start + 1
            && OPENING_PREPOSITIONS.contains(&self.tokens[start].text(self.text))
            && self.tokens[k].quote().is_some()
            && (rules::title_with_comma(&self.tokens[k], self.text)
                || self.tokens.get(k + 1).is_some_and(|t| t.is_punct(',')))
    }

    /// `Moss looked at his watch. "Q?" he asked.`: `he` or `she` in the quote's own
    /// sentence, right after a sentence of the same paragraph whose subject is a person
    /// of that gender (or of unknown gender), is that person, whoever spoke last.
    pub(super) fn antecedent(
        &self,
        c: &Ctx,
        m: &Mention,
        resolver: &mut crate::resolve::Resolver<'a, '_>,
    ) -> Option<Cow<'a, str>> {
        let g = m.kind.personal_gender()?;
        // The quote opens its sentence, and the sentence before is in its paragraph.
        if c.sent_start != c.qt || c.qt == 0 || self.tokens[c.qt - 1].kind == Kind::Break {
            return None;
        }
        let subject = self.subject_before(c.qt, resolver)?;
        // `The victim's sister, Carla Dunn, said ...`: the name set beside the description
        // is who it is.
        let subject = self.named_in_apposition(subject, resolver);
        if !matches!(subject.kind, MentionKind::Name | MentionKind::Role) {
            return None;
        }
        // `Quayle and Ortiz frowned. "Q," he said`: one of two people joined by
        // `and` is no subject `he` goes on with; the two together are `they`.
        if crate::resolve::coordinated(self.tokens, &subject, self.text) {
            return None;
        }
        // `Ohio expects a close count. "Q," he said`: a place or an institution opening
        // the sentence is no one `he` stands for.
        if subject.kind == MentionKind::Name && resolver.names_no_person(&subject) {
            return None;
        }
        let name = resolver.resolve(&subject);
        // `Sympathy seemed the safer course. "Q," he said`: a lone word the document also
        // writes in lower case is capitalized for opening the sentence; unless the text
        // has shown it a person of that gender, it is no one `he` stands for.
        if subject.lone_common_word(self.tokens) && !resolver.known_gender(&name, g) {
            return None;
        }
        resolver.agrees(&name, Some(g)).then_some(name)
    }

    /// `At 40, Cerato said she has beaten the odds. But ... she was forced to choose.¶"Q"`:
    /// the paragraph ending at token `end` holds no quotation and reports, in one of its
    /// sentences before the last, what someone said; the quote that opens the next
    /// paragraph is theirs.
    pub(super) fn reporter_in_paragraph_before(&self, end: usize) -> Option<Mention> {
        let mut e = self.quoteless_sentence_before(end)?;
        for _ in 0..REPORT_LOOKBACK {
            if e == 0 || self.tokens[e - 1].kind == Kind::Break {
                return None;
            }
            if let Some(m) = self.speaker_before(e) {
                return Some(m);
            }
            e = self.quoteless_sentence_before(e)?;
        }
        None
    }

    /// The person the narration right after quote token `qt` is about, up to the end of
    /// its sentence, when it holds no quote: a name (`Tom` in `"Q." Tom looked up.`,
    /// `"Q?" Tom pointed to the box.`) or a narrator's `I`.
    pub(super) fn subject_after(&self, qt: usize) -> Option<Mention> {
        // The quote is a whole utterance: its words end in punctuation, inside the marks
        // (`"It is late."`) or right after them (`'It is late'.`). A headline's `"Missing"
        // White Voters` ends in none.
        let q = self.tokens[qt].quote()?;
        let inside = self.text[self.raws[q].content.clone()]
            .trim_end()
            .ends_with(['.', ',', '!', '?', '…', '-', '—']);
        let outside = self.tokens.get(qt + 1).is_some_and(|t| {
            matches!(t.kind, Kind::Punct('.' | ',' | '!' | '?'))
                && t.span.start == self.tokens[qt].span.end
        });
        let start = qt + 1 + usize::from(outside);
        if !(inside || outside) || self.tokens.get(start)?.kind != Kind::Word {
            return None;
        }
        let end = (start..self.tokens.len().min(start + rules::MAX_SENTENCE))
            .find(|&k| {
                let t = &self.tokens[k];
                t.ends() || matches!(t.kind, Kind::Break | Kind::Quote(_))
            })
            .unwrap_or(self.tokens.len());
        if self.tokens.get(end).is_some_and(|t| t.quote().is_some()) {
            return None;
        }
        let m = rules::subject_of(self.tokens, start, end, self.text)?;
        (m.kind == MentionKind::Name || m.kind.is_narrator()).then_some(m)
    }

    /// `said the mayor, Rhona Ellery,`: the speaker is the person the apposition names,
    /// whom the name index can follow through the article, rather than the description.
    pub(super) fn named_in_apposition(
        &self,
        m: Mention,
        resolver: &crate::resolve::Resolver<'a, '_>,
    ) -> Mention {
        match mention::appositive_name(self.tokens, &m, self.text) {
            // (A body's description, `the lobbying group, the Freight Council,`, takes
            // the body's name.)
            Some(name)
                if resolver.names_person(&name) || mention::describes_body(self.tokens, &m) =>
            {
                name
            }
            _ => m,
        }
    }

    /// `Her face was pale.`, `His voice shook.`: a sentence from token `start` to `end`
    /// that opens on `his` or `her`, a noun of the body, voice or bearing, and a word in
    /// lower case (its verb) is about that person, as `She was pale.` is. The possessive,
    /// read as the pronoun it is a form of.
    fn bearing_subject(&self, start: usize, end: usize) -> Option<Mention> {
        let [owner, noun, then, ..] = self.tokens.get(start..end)? else {
            return None;
        };
        let gender = lexicon::PERSON_POSSESSIVES
            .iter()
            .find(|w| owner.text(self.text).eq_ignore_ascii_case(w))
            .and_then(|w| lexicon::personal_gender(w))?;
        let bearing = noun.kind == Kind::Word
            && crate::resolve::bearing_noun(noun.text(self.text))
            && then.kind == Kind::Word
            && !then.is_capitalized();
        bearing.then(|| Mention {
            kind: MentionKind::Pronoun(Some(gender), lexicon::Number::Singular),
            span: owner.span.clone(),
            name: owner.span.clone(),
            title: None,
            gender: Some(gender),
            tokens: start..start + 1,
        })
    }

    /// The person the sentence ending at token `end` starts with, if that sentence holds
    /// no quote; or the subject of the last clause joined on to it, which is where the
    /// narration leaves off (`Mrs. Alder set down the tray, and Ruth turned to the
    /// window.`: Ruth, and `he` in `..., and he turned`).
    pub(super) fn subject_before(
        &self,
        end: usize,
        resolver: &crate::resolve::Resolver<'a, '_>,
    ) -> Option<Mention> {
        let start = self.quoteless_sentence_before(end)?;
        // The sentence's subject may be no one the reader knows (`A cry broke from his
        // lips, and he leaped up.`): a clause joined on may still have a person's.
        // (Only a sentence that ends its paragraph: inside one, `His voice rose.` after
        // a quote goes on about its speaker, whom the quote before already gives.)
        let closes = self.tokens.get(end).is_some_and(|t| t.kind == Kind::Break);
        let first = closes
            .then(|| self.bearing_subject(start, end))
            .flatten()
            .or_else(|| rules::subject_of(self.tokens, start, end, self.text));
        let rest = first.as_ref().map_or(start, |m| m.tokens.end);
        // The name index has read each joined subject already: ask it for the last one in
        // the rest of the sentence.
        let joined = (rest < end)
            .then(|| {
                let from = self.tokens[rest].span.start;
                resolver.last_joined_subject(from, self.tokens[end - 1].span.end)
            })
            .flatten()
            .map(|at| self.tokens.partition_point(|t| t.span.start < at))
            .filter(|&k| match first {
                // `Cole and Berg have also won`: a second subject joined right on to the
                // first is one compound subject, not a new clause.
                Some(_) => !(k == rest + 1 && self.tokens[rest].kind == Kind::Word),
                // No subject at the sentence's start: only a clause joined on after it.
                None => k > start,
            })
            .and_then(|k| mention::forward(self.tokens, k, self.text))
            .filter(|c| c.kind == MentionKind::Name || c.kind.personal_gender().is_some());
        let m = joined.or(first)?;
        (m.kind.is_person()
            || m.kind.is_narrator()
            || m.styled_character(self.tokens, self.text)
            || m.one_of_a_people(self.tokens, self.text))
        .then_some(m)
    }
}

//! Institutions, groups and documents as speakers: `the statement said` is its issuer's,
//! `her campaign said` is the campaign of the woman `her` stands for, `the ministry said`
//! is the ministry the article named.

use super::*;

/// How many bytes on either side of a speaker [`Resolver::issuer`] reads for the document
/// they issued (`In a statement released on Sunday evening, the trust said`).
const ISSUE_REACH: usize = 160;

/// How many paragraphs back [`Resolver::author`] looks for the document brought in with
/// its author.
const AUTHOR_LOOKBACK: usize = 4;

impl<'t> Resolver<'t, '_> {
    /// The noun of `m` when it is `the` and a document's noun in lower case (`the
    /// statement`, `the report`): the document speaks for whoever issued or wrote it.
    /// (`The Post reported`: capitalized, the newspaper's name.)
    fn definite_document(&self, m: &Mention) -> Option<&'t str> {
        let mut words = self.text[m.span.clone()].split_whitespace();
        let first = words.next()?;
        let head = words.next_back()?;
        let document = head.starts_with(char::is_lowercase) && lexicon::lookup(head).document;
        (first.eq_ignore_ascii_case("the") && document).then_some(head)
    }

    /// `The trust said in a statement that ...¶"Q," the statement said.`: a document
    /// named with `the` is the one the last speaker, in this paragraph or the one before,
    /// was just said to issue, when the words around that speaker name it: its issuer
    /// speaks.
    pub(super) fn issuer(&self, m: &Mention) -> Option<Cow<'t, str>> {
        let head = self.definite_document(m)?;
        let pos = m.span.start;
        let ev = self.speakers_before(pos).next()?;
        if self.paragraph(ev.pos) + 1 < self.paragraph(pos) {
            return None;
        }
        // Bytes, so the window needs no char boundary; a word of its own.
        let bytes = self.text.as_bytes();
        // Within the speaker's paragraph: an earlier `the statement said` is no issuing.
        let para = self.paragraph(ev.pos);
        let para_start = para.checked_sub(1).map_or(0, |p| self.breaks[p]);
        let para_end = self.breaks.get(para).copied().unwrap_or(bytes.len());
        let window = ev.pos.saturating_sub(ISSUE_REACH).max(para_start)
            ..(ev.pos + ISSUE_REACH).min(pos).min(para_end);
        let n = head.len();
        let named = window.clone().any(|i| {
            i + n <= window.end
                && bytes[i..i + n].eq_ignore_ascii_case(head.as_bytes())
                && (i == 0 || !bytes[i - 1].is_ascii_alphanumeric())
                && !bytes.get(i + n).is_some_and(u8::is_ascii_alphanumeric)
        });
        named.then(|| ev.name.clone())
    }

    /// `A study by the Harbour Institute found ...¶"Q," the study said.`: a document
    /// named with `the`, which no speaker was just said to issue ([`Self::issuer`]), is
    /// the latest one the text brought in with its author (`a study by`, `a report from`,
    /// `a report released by`) within [`AUTHOR_LOOKBACK`] paragraphs: one of the same
    /// noun, or for research, of any research noun (`A study by ... found`, then `the
    /// report said`: [`lexicon::RESEARCH_DOCUMENTS`]). Its author speaks: the mention
    /// of them.
    pub(super) fn author(&self, m: &Mention) -> Option<Mention> {
        let head = self.definite_document(m)?;
        let research = |w: &str| lexicon::RESEARCH_DOCUMENTS.contains(&w);
        let same = |w: &str| w == head || research(w) && research(head);
        let tokens = self.tokens;
        let at = tokens.partition_point(|t| t.span.start < m.span.start);
        let para = self.paragraph(m.span.start);
        let from = self
            .paragraph_bounds(para.saturating_sub(AUTHOR_LOOKBACK))
            .start;
        let lo = tokens[..at].partition_point(|t| t.span.start < from);
        (lo..at).rev().find_map(|k| {
            let t = &tokens[k];
            let w = t.text(self.text);
            if t.kind != Kind::Word || !t.info().document || !same(w) {
                return None;
            }
            let doc = mention::single(tokens, k, MentionKind::Org, None);
            let author = mention::document_author(tokens, doc, self.text);
            (author.tokens != (k..k + 1) && author.span.end <= m.span.start).then_some(author)
        })
    }

    /// `Northgate Airways cancelled 300 flights.¶"Q," the airline said.`: an institution
    /// described with `the` is the last one named whose name it heads: whose last word,
    /// or the word before its `of` (`Bank of Canada`), is the same noun or a word for that
    /// kind of body ([`lexicon::heads_body`]). A word before the noun must be in the name
    /// too (`the budget office`, `Congressional Budget Office`), or tell where the body is
    /// based (`the Calgary-based railway`): `the terrorist group` is not `SITE
    /// Intelligence Group`. A name of one word (`Paper` opening a heading) heads nothing.
    /// A noun any body answers to ([`lexicon::GENERIC_BODIES`], `the agency`) takes a
    /// name headed by a word for its kind (`Secret Service`) only from the last few
    /// paragraphs.
    pub(super) fn named_body(&self, m: &Mention) -> Option<Cow<'t, str>> {
        let mut words = self.text[m.span.clone()].split_whitespace();
        let first = words.next()?;
        let noun = words.next_back()?;
        // (`The Post said`: capitalized, the name itself; `the statement`: see `issuer`.)
        let info = lexicon::lookup(noun);
        let body = noun.starts_with(char::is_lowercase) && info.org && !info.document;
        if !first.eq_ignore_ascii_case("the") || !body {
            return None;
        }
        let modifiers: Vec<&str> = words.filter(|w| !mention::place_adjective(w)).collect();
        let para = self.paragraph(m.span.start);
        let generic = lexicon::GENERIC_BODIES.contains(&noun);
        let heads = |full: &str, at: usize| {
            let named = |w: &&str| full.split_whitespace().any(|n| n.eq_ignore_ascii_case(w));
            if full.split_whitespace().nth(1).is_none() || !modifiers.iter().all(named) {
                return false;
            }
            let mut head = full.split_whitespace().last();
            let mut ws = full.split_whitespace().peekable();
            while let Some(w) = ws.next() {
                if ws.peek() == Some(&"of") {
                    head = Some(w);
                    break;
                }
            }
            // (A word for the kind of body, not the noun itself, stands for a noun any body
            // of its kind answers to, `Secret Service` for `the agency`, only from a few
            // paragraphs back: from further, `the agency` is as likely to be another
            // body the text has moved on to. `BC Hydro` is `the utility` from anywhere.)
            head.is_some_and(|h| {
                h.eq_ignore_ascii_case(noun)
                    || lexicon::heads_body(h, noun)
                        && (!generic || self.paragraph(at) + pronoun::BODY_LOOKBACK >= para)
            })
        };
        // Or one the document set beside that noun: `Her management company, Northlight
        // Artists,` for `the company`.
        let text = self.text;
        let described = |n: &NameRef<'t>| {
            let noun_of = |r: &Range<usize>| {
                text[r.clone()]
                    .split_whitespace()
                    .last()
                    .is_some_and(|w| w.eq_ignore_ascii_case(noun))
            };
            n.role.as_ref().is_some_and(noun_of)
        };
        self.names_before(m.span.start)
            .find(|n| heads(&n.full, n.start) || modifiers.is_empty() && described(n))
            .map(|n| n.full.clone())
    }

    /// `Google said Thursday ... "Q," the company said.`: `the company`, `the agency`,
    /// nouns any institution answers to, stand for the institution that spoke last, as
    /// `it said` does, when [`Self::named_body`] finds none whose name they head.
    pub(super) fn generic_body(&self, m: &Mention) -> Option<Cow<'t, str>> {
        let mut words = self.text[m.span.clone()].split_whitespace();
        let (first, noun) = (words.next()?, words.next_back()?);
        let generic = words.next().is_none()
            && first.eq_ignore_ascii_case("the")
            && lexicon::GENERIC_BODIES.contains(&noun);
        if !generic {
            return None;
        }
        self.body_speaker(m.span.start, Some(noun))
    }

    /// For `his statement` / `her letter`, the gender of the possessor.
    pub(super) fn possessed_document(&self, m: &Mention) -> Option<Option<Gender>> {
        if !self.document(m) {
            return None;
        }
        self.owner(m).map(Some)
    }

    /// Whether the head of description `m` is a noun for what a speaker writes or issues.
    pub(super) fn document(&self, m: &Mention) -> bool {
        self.head_word(m)
            .is_some_and(|head| lexicon::lookup(head).document)
    }

    /// Whether the head of description `m` is a noun for a body or a group of people
    /// (`campaign`, `aides`).
    pub(super) fn body_or_group(&self, m: &Mention) -> bool {
        self.head_word(m).is_some_and(|w| {
            let info = lexicon::lookup(w);
            info.org || info.group
        })
    }

    /// Whether description `m` opens with `his` or `her` or a capitalized possessive,
    /// after any title and given name (`Dunmore's office`, `Sen. Ann Ruiz's office`):
    /// the words [`Self::owner_name`] reads.
    pub(super) fn possessed(&self, m: &Mention) -> bool {
        self.owner(m).is_some() || self.titled_owner(m)
    }

    /// Whether a capitalized word stands right before mention `m`: the name it opens with
    /// may be the end of a longer one (`Korea's` of `South Korea's`).
    pub(super) fn cut_short(&self, m: &Mention) -> bool {
        self.word_before(m)
            .is_some_and(|w| w.starts_with(char::is_uppercase))
    }

    /// The word right before mention `m`, past the one space that parts them, with any
    /// punctuation on it; `None` when no space stands right before `m`.
    pub(super) fn word_before(&self, m: &Mention) -> Option<&'t str> {
        self.text[..m.span.start]
            .strip_suffix(' ')
            .and_then(|b| b.rsplit(char::is_whitespace).next())
    }

    /// Whether description `m` opens with a capitalized possessive: `Dunmore's office`,
    /// `Cole's sister`.
    pub(super) fn named_owner(&self, m: &Mention) -> bool {
        let first = self.first_word(m);
        first.starts_with(char::is_uppercase) && mention::strip_possessive(first).1
    }

    /// [`Self::named_owner`], or the possessive after a title and a given name: `Sen. Ann
    /// Ruiz's office`. (Only for bodies and groups, through [`Self::possessed`]: `Mr.
    /// Bumble's good lady` is a kin description the role reader guesses at.)
    pub(super) fn titled_owner(&self, m: &Mention) -> bool {
        let mut words = self.text[m.span.clone()].split_whitespace();
        words
            .find(|w| !w.starts_with(char::is_uppercase) || mention::strip_possessive(w).1)
            .is_some_and(|w| w.starts_with(char::is_uppercase))
    }

    /// The person whose body or group description `m` names: whom its `his` or `her`
    /// stands for, when that is a person known to be of that gender (`her` may have found
    /// a body), or the person named in its possessive (`Dunmore's office`).
    pub(super) fn owner_name(&self, m: &Mention) -> Option<Cow<'t, str>> {
        if let Some(g) = self.owner(m) {
            return self
                .pronoun(Some(g), m.span.start)
                .filter(|o| self.compatible(o, Some(g)) == Some(true));
        }
        // (The reader takes `Dunmore's` for the description's determiner, so the index
        // has no entry for it: the person named so before is found by the word, when the
        // names before agree on who: `Clinton's campaign` after both a Bill and a Hillary
        // Clinton is left as written.)
        // The owner is the possessive word (`Dunmore's`), after any title and given name
        // the mention holds (`Sen. Ann Ruiz's office`).
        let words: Vec<&str> = self.text[m.span.clone()].split_whitespace().collect();
        let p = words
            .iter()
            .rposition(|w| mention::strip_possessive(w).1)
            .unwrap_or(0);
        let (stem, _) = mention::strip_possessive(words.get(p)?);
        // `Transport Minister Omar Alghabra's office`: a given name right before the
        // surname, inside the mention or (when the reader read the run back only to the
        // surname) just before it, is the owner's.
        let before = match p.checked_sub(1) {
            Some(b) => Some(words[b]),
            None => self.word_before(m),
        };
        let given = before
            .filter(|w| w.starts_with(char::is_uppercase) && lexicon::lookup(w).given.is_some());
        if let Some(given) = given {
            return Some(Cow::Owned(format!("{given} {stem}")));
        }
        // (A place owns too: `Korea's news agency` after `North Korea`.)
        let mut called = self
            .names_before(m.span.start)
            .filter(|n| answers_to(&n.full, stem) && (n.person || lexicon::is_place(&n.full)));
        let first = called.next()?;
        called
            .all(|n| n.full == first.full)
            .then(|| first.full.clone())
    }

    /// The gender of the person whose body, group or document mention `m` is, when it
    /// opens with `his` or `her` (`his campaign`, `her aides`).
    pub(super) fn owner(&self, m: &Mention) -> Option<Gender> {
        let first = self.first_word(m);
        if first.eq_ignore_ascii_case("his") {
            Some(Gender::Male)
        } else if first.eq_ignore_ascii_case("her") {
            Some(Gender::Female)
        } else {
            None
        }
    }
}

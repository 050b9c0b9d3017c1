//! How often each rule's speaker is right, measured on the annotated dev files by
//! `scripts/evaluate.py --write-confidence`: score.py's speaker test per rule, averaged
//! over the dev files with each file weighing alike. Generated: edit the script, not this
//! file.

/// `quote-label`: all dev files 7/19.
pub(crate) const QUOTE_LABEL: f32 = 0.37;
/// `quote-speaker-verb`: gendergaptracker 186/187, polnear 1979/1999, pdnc 4143/5092.
pub(crate) const QUOTE_SPEAKER_VERB: f32 = 0.93;
/// `quote-verb-speaker`: gendergaptracker 49/49, polnear 584/597, pdnc 6869/8168.
pub(crate) const QUOTE_VERB_SPEAKER: f32 = 0.94;
/// `quote-dash-speaker`: all dev files 17/17.
pub(crate) const QUOTE_DASH_SPEAKER: f32 = 1.00;
/// `quote-split`: polnear 76/80, pdnc 1254/1473.
pub(crate) const QUOTE_SPLIT: f32 = 0.90;
/// `quote-dash-beat`: all dev files 13/17.
pub(crate) const QUOTE_DASH_BEAT: f32 = 0.76;
/// `speaker-verb-quote`: polnear 421/436, pdnc 881/1166.
pub(crate) const SPEAKER_VERB_QUOTE: f32 = 0.86;
/// `verb-speaker-quote`: fired too rarely to measure; 0.5 until it does.
pub(crate) const VERB_SPEAKER_QUOTE: f32 = 0.50;
/// `possessor-noun-quote`: fired too rarely to measure; 0.5 until it does.
pub(crate) const POSSESSOR_NOUN_QUOTE: f32 = 0.50;
/// `quote-was-possessor-noun`: pdnc 29/31.
pub(crate) const QUOTE_WAS_POSSESSOR_NOUN: f32 = 0.94;
/// `according-to`: all dev files 8/9.
pub(crate) const ACCORDING_TO: f32 = 0.89;
/// `speaker-colon-quote`: polnear 18/20.
pub(crate) const SPEAKER_COLON_QUOTE: f32 = 0.90;
/// `intro-paragraph`: pdnc 123/169.
pub(crate) const INTRO_PARAGRAPH: f32 = 0.73;
/// `sentence-verb`: polnear 37/45, pdnc 348/467.
pub(crate) const SENTENCE_VERB: f32 = 0.78;
/// `sentence-verb-after`: polnear 41/44, pdnc 61/104.
pub(crate) const SENTENCE_VERB_AFTER: f32 = 0.76;
/// `subject-colon-quote`: polnear 28/33, pdnc 123/182.
pub(crate) const SUBJECT_COLON_QUOTE: f32 = 0.76;
/// `quote-subject-tag`: pdnc 75/91.
pub(crate) const QUOTE_SUBJECT_TAG: f32 = 0.82;
/// `continuation`: gendergaptracker 85/88, polnear 1278/1312, pdnc 5171/6347.
pub(crate) const CONTINUATION: f32 = 0.92;
/// `paragraph-continuation`: gendergaptracker 40/43, polnear 51/58, pdnc 14/28.
pub(crate) const PARAGRAPH_CONTINUATION: f32 = 0.77;
/// `speaker-resumes`: fired too rarely to measure; 0.5 until it does.
pub(crate) const SPEAKER_RESUMES: f32 = 0.50;
/// `addressee-replies`: pdnc 648/755.
pub(crate) const ADDRESSEE_REPLIES: f32 = 0.86;
/// `called-back`: pdnc 110/148.
pub(crate) const CALLED_BACK: f32 = 0.74;
/// `turn-taking`: pdnc 4596/6316.
pub(crate) const TURN_TAKING: f32 = 0.73;
/// `turn-taking-back`: pdnc 416/651.
pub(crate) const TURN_TAKING_BACK: f32 = 0.64;
/// `dialogue-alternation`: pdnc 925/1559.
pub(crate) const DIALOGUE_ALTERNATION: f32 = 0.59;
/// `dialogue-resumes`: pdnc 124/318.
pub(crate) const DIALOGUE_RESUMES: f32 = 0.39;
/// `narrated-partner`: pdnc 72/163.
pub(crate) const NARRATED_PARTNER: f32 = 0.44;
/// `named-partner`: pdnc 31/80.
pub(crate) const NAMED_PARTNER: f32 = 0.39;
/// `addressee-not-speaker`: pdnc 77/161.
pub(crate) const ADDRESSEE_NOT_SPEAKER: f32 = 0.48;
/// `beat-after`: pdnc 102/110.
pub(crate) const BEAT_AFTER: f32 = 0.93;
/// `sentence-before`: gendergaptracker 17/20, polnear 30/43, pdnc 1239/1809.
pub(crate) const SENTENCE_BEFORE: f32 = 0.74;
/// `indirect-speaker-verb`: gendergaptracker 226/311, polnear 1564/2417.
pub(crate) const INDIRECT_SPEAKER_VERB: f32 = 0.69;
/// `indirect-tell`: gendergaptracker 13/20, polnear 111/186.
pub(crate) const INDIRECT_TELL: f32 = 0.62;
/// `indirect-clause-speaker-verb`: gendergaptracker 33/39, polnear 208/244.
pub(crate) const INDIRECT_CLAUSE_SPEAKER_VERB: f32 = 0.85;
/// `indirect-directive`: polnear 37/69.
pub(crate) const INDIRECT_DIRECTIVE: f32 = 0.54;
/// `indirect-parenthetical`: polnear 128/160.
pub(crate) const INDIRECT_PARENTHETICAL: f32 = 0.80;
/// `indirect-naming`: all dev files 8/19.
pub(crate) const INDIRECT_NAMING: f32 = 0.42;
/// `indirect-according-to`: gendergaptracker 32/38, polnear 183/254.
pub(crate) const INDIRECT_ACCORDING_TO: f32 = 0.78;

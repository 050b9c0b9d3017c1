//! How often each rule's speaker is right, measured on the annotated dev files by
//! `scripts/evaluate.py --write-confidence`: score.py's speaker test per rule, averaged
//! over the dev files with each file weighing alike. Generated: edit the script, not this
//! file.

/// `quote-label`: all dev files 7/19.
pub(crate) const QUOTE_LABEL: f32 = 0.37;
/// `quote-speaker-verb`: gendergaptracker 182/183, polnear 1964/1985, pdnc 3217/4754.
pub(crate) const QUOTE_SPEAKER_VERB: f32 = 0.89;
/// `quote-verb-speaker`: gendergaptracker 49/49, polnear 583/596, pdnc 5830/7666.
pub(crate) const QUOTE_VERB_SPEAKER: f32 = 0.91;
/// `quote-dash-speaker`: all dev files 16/16.
pub(crate) const QUOTE_DASH_SPEAKER: f32 = 1.00;
/// `quote-split`: polnear 76/80, pdnc 1032/1368.
pub(crate) const QUOTE_SPLIT: f32 = 0.85;
/// `speaker-verb-quote`: polnear 409/428, pdnc 642/1054.
pub(crate) const SPEAKER_VERB_QUOTE: f32 = 0.78;
/// `verb-speaker-quote`: fired too rarely to measure; 0.5 until it does.
pub(crate) const VERB_SPEAKER_QUOTE: f32 = 0.50;
/// `possessor-noun-quote`: fired too rarely to measure; 0.5 until it does.
pub(crate) const POSSESSOR_NOUN_QUOTE: f32 = 0.50;
/// `according-to`: all dev files 6/7.
pub(crate) const ACCORDING_TO: f32 = 0.86;
/// `speaker-colon-quote`: all dev files 17/19.
pub(crate) const SPEAKER_COLON_QUOTE: f32 = 0.89;
/// `intro-paragraph`: pdnc 68/94.
pub(crate) const INTRO_PARAGRAPH: f32 = 0.72;
/// `sentence-verb`: polnear 37/47, pdnc 285/466.
pub(crate) const SENTENCE_VERB: f32 = 0.70;
/// `sentence-verb-after`: polnear 53/55, pdnc 51/115.
pub(crate) const SENTENCE_VERB_AFTER: f32 = 0.70;
/// `subject-colon-quote`: polnear 26/29, pdnc 93/167.
pub(crate) const SUBJECT_COLON_QUOTE: f32 = 0.73;
/// `continuation`: gendergaptracker 84/87, polnear 1258/1295, pdnc 4502/6515.
pub(crate) const CONTINUATION: f32 = 0.88;
/// `paragraph-continuation`: gendergaptracker 39/43, polnear 50/60, pdnc 664/1904.
pub(crate) const PARAGRAPH_CONTINUATION: f32 = 0.70;
/// `speaker-resumes`: all dev files 5/13.
pub(crate) const SPEAKER_RESUMES: f32 = 0.38;
/// `turn-taking`: pdnc 3349/5657.
pub(crate) const TURN_TAKING: f32 = 0.59;
/// `dialogue-alternation`: pdnc 831/1888.
pub(crate) const DIALOGUE_ALTERNATION: f32 = 0.44;
/// `sentence-before`: gendergaptracker 18/21, polnear 50/67, pdnc 1045/1905.
pub(crate) const SENTENCE_BEFORE: f32 = 0.72;
/// `indirect-speaker-verb`: gendergaptracker 216/299, polnear 1442/2260.
pub(crate) const INDIRECT_SPEAKER_VERB: f32 = 0.68;
/// `indirect-tell`: gendergaptracker 13/20, polnear 96/169.
pub(crate) const INDIRECT_TELL: f32 = 0.61;
/// `indirect-clause-speaker-verb`: gendergaptracker 33/39, polnear 206/244.
pub(crate) const INDIRECT_CLAUSE_SPEAKER_VERB: f32 = 0.85;
/// `indirect-directive`: polnear 36/69.
pub(crate) const INDIRECT_DIRECTIVE: f32 = 0.52;
/// `indirect-parenthetical`: polnear 126/158.
pub(crate) const INDIRECT_PARENTHETICAL: f32 = 0.80;
/// `indirect-naming`: all dev files 8/19.
pub(crate) const INDIRECT_NAMING: f32 = 0.42;
/// `indirect-according-to`: gendergaptracker 31/38, polnear 179/249.
pub(crate) const INDIRECT_ACCORDING_TO: f32 = 0.77;

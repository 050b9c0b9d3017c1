//! How often each rule's speaker is right, measured on the annotated dev files by
//! `scripts/evaluate.py --write-confidence`: score.py's speaker test per rule, averaged
//! over the dev files with each file weighing alike. Generated: edit the script, not this
//! file.

/// `quote-label`: all dev files 7/19.
pub(crate) const QUOTE_LABEL: f32 = 0.37;
/// `quote-speaker-verb`: gendergaptracker 182/183, polnear 1963/1984, pdnc 3204/4754.
pub(crate) const QUOTE_SPEAKER_VERB: f32 = 0.89;
/// `quote-verb-speaker`: gendergaptracker 49/49, polnear 582/595, pdnc 5765/7666.
pub(crate) const QUOTE_VERB_SPEAKER: f32 = 0.91;
/// `quote-dash-speaker`: all dev files 16/16.
pub(crate) const QUOTE_DASH_SPEAKER: f32 = 1.00;
/// `quote-split`: polnear 76/80, pdnc 1024/1368.
pub(crate) const QUOTE_SPLIT: f32 = 0.85;
/// `speaker-verb-quote`: polnear 408/425, pdnc 642/1052.
pub(crate) const SPEAKER_VERB_QUOTE: f32 = 0.79;
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
/// `sentence-verb`: polnear 39/50, pdnc 286/464.
pub(crate) const SENTENCE_VERB: f32 = 0.70;
/// `sentence-verb-after`: polnear 54/56, pdnc 52/114.
pub(crate) const SENTENCE_VERB_AFTER: f32 = 0.71;
/// `subject-colon-quote`: polnear 26/29, pdnc 93/167.
pub(crate) const SUBJECT_COLON_QUOTE: f32 = 0.73;
/// `continuation`: gendergaptracker 84/87, polnear 1256/1292, pdnc 4455/6507.
pub(crate) const CONTINUATION: f32 = 0.87;
/// `paragraph-continuation`: gendergaptracker 36/41, polnear 50/58, pdnc 660/1879.
pub(crate) const PARAGRAPH_CONTINUATION: f32 = 0.70;
/// `speaker-resumes`: all dev files 5/13.
pub(crate) const SPEAKER_RESUMES: f32 = 0.38;
/// `turn-taking`: pdnc 3265/5518.
pub(crate) const TURN_TAKING: f32 = 0.59;
/// `dialogue-alternation`: pdnc 805/1869.
pub(crate) const DIALOGUE_ALTERNATION: f32 = 0.43;
/// `sentence-before`: gendergaptracker 17/22, polnear 49/68, pdnc 1021/1934.
pub(crate) const SENTENCE_BEFORE: f32 = 0.67;
/// `indirect-speaker-verb`: gendergaptracker 215/300, polnear 1453/2271.
pub(crate) const INDIRECT_SPEAKER_VERB: f32 = 0.68;
/// `indirect-tell`: gendergaptracker 13/20, polnear 95/168.
pub(crate) const INDIRECT_TELL: f32 = 0.61;
/// `indirect-clause-speaker-verb`: gendergaptracker 33/39, polnear 205/244.
pub(crate) const INDIRECT_CLAUSE_SPEAKER_VERB: f32 = 0.84;
/// `indirect-directive`: polnear 36/69.
pub(crate) const INDIRECT_DIRECTIVE: f32 = 0.52;
/// `indirect-parenthetical`: polnear 126/158.
pub(crate) const INDIRECT_PARENTHETICAL: f32 = 0.80;
/// `indirect-naming`: all dev files 8/19.
pub(crate) const INDIRECT_NAMING: f32 = 0.42;
/// `indirect-according-to`: gendergaptracker 31/38, polnear 179/250.
pub(crate) const INDIRECT_ACCORDING_TO: f32 = 0.77;

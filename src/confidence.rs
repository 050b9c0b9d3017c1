//! How often each rule's speaker is right, measured on the annotated dev files by
//! `scripts/evaluate.py --write-confidence`: score.py's speaker test per rule, averaged
//! over the dev files with each file weighing alike. Generated: edit the script, not this
//! file.

/// `subject-colon-quote`: fired too rarely to measure; 0.5 until it does.
pub(crate) const SUBJECT_COLON_QUOTE: f32 = 0.50;
/// `quote-label`: fired too rarely to measure; 0.5 until it does.
pub(crate) const QUOTE_LABEL: f32 = 0.50;
/// `quote-speaker-verb`: gendergaptracker 182/183, polnear 1951/1972, pdnc 3142/4656.
pub(crate) const QUOTE_SPEAKER_VERB: f32 = 0.89;
/// `quote-verb-speaker`: gendergaptracker 49/49, polnear 582/595, pdnc 5765/7654.
pub(crate) const QUOTE_VERB_SPEAKER: f32 = 0.91;
/// `quote-dash-speaker`: fired too rarely to measure; 0.5 until it does.
pub(crate) const QUOTE_DASH_SPEAKER: f32 = 0.50;
/// `quote-split`: polnear 76/80, pdnc 1026/1366.
pub(crate) const QUOTE_SPLIT: f32 = 0.85;
/// `speaker-verb-quote`: polnear 364/383, pdnc 585/976.
pub(crate) const SPEAKER_VERB_QUOTE: f32 = 0.77;
/// `verb-speaker-quote`: fired too rarely to measure; 0.5 until it does.
pub(crate) const VERB_SPEAKER_QUOTE: f32 = 0.50;
/// `possessor-noun-quote`: fired too rarely to measure; 0.5 until it does.
pub(crate) const POSSESSOR_NOUN_QUOTE: f32 = 0.50;
/// `according-to`: all dev files 6/7.
pub(crate) const ACCORDING_TO: f32 = 0.86;
/// `speaker-colon-quote`: all dev files 9/9.
pub(crate) const SPEAKER_COLON_QUOTE: f32 = 1.00;
/// `intro-paragraph`: pdnc 61/85.
pub(crate) const INTRO_PARAGRAPH: f32 = 0.72;
/// `sentence-verb`: polnear 37/49, pdnc 271/444.
pub(crate) const SENTENCE_VERB: f32 = 0.68;
/// `sentence-verb-after`: polnear 50/52, pdnc 51/114.
pub(crate) const SENTENCE_VERB_AFTER: f32 = 0.70;
/// `continuation`: gendergaptracker 83/87, polnear 1256/1302, pdnc 4492/6571.
pub(crate) const CONTINUATION: f32 = 0.87;
/// `paragraph-continuation`: gendergaptracker 35/41, polnear 50/79, pdnc 652/1866.
pub(crate) const PARAGRAPH_CONTINUATION: f32 = 0.61;
/// `turn-taking`: pdnc 3276/5565.
pub(crate) const TURN_TAKING: f32 = 0.59;
/// `dialogue-alternation`: pdnc 790/1876.
pub(crate) const DIALOGUE_ALTERNATION: f32 = 0.42;
/// `sentence-before`: polnear 65/100, pdnc 1059/2070.
pub(crate) const SENTENCE_BEFORE: f32 = 0.58;
/// `indirect-speaker-verb`: gendergaptracker 203/301, polnear 1428/2264.
pub(crate) const INDIRECT_SPEAKER_VERB: f32 = 0.65;
/// `indirect-tell`: gendergaptracker 13/21, polnear 95/178.
pub(crate) const INDIRECT_TELL: f32 = 0.58;
/// `indirect-clause-speaker-verb`: gendergaptracker 26/31, polnear 155/182.
pub(crate) const INDIRECT_CLAUSE_SPEAKER_VERB: f32 = 0.85;
/// `indirect-directive`: polnear 38/71.
pub(crate) const INDIRECT_DIRECTIVE: f32 = 0.54;
/// `indirect-parenthetical`: polnear 125/158.
pub(crate) const INDIRECT_PARENTHETICAL: f32 = 0.79;
/// `indirect-according-to`: polnear 22/27.
pub(crate) const INDIRECT_ACCORDING_TO: f32 = 0.81;

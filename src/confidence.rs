//! How often each rule's speaker is right, measured on the annotated dev files by
//! `scripts/evaluate.py --write-confidence`: score.py's speaker test per rule, averaged
//! over the dev files with each file weighing alike. Generated: edit the script, not this
//! file.

/// `quote-label`: all dev files 7/19.
pub(crate) const QUOTE_LABEL: f32 = 0.37;
/// `quote-speaker-verb`: gendergaptracker 182/183, polnear 1963/1984, pdnc 3187/4754.
pub(crate) const QUOTE_SPEAKER_VERB: f32 = 0.88;
/// `quote-verb-speaker`: gendergaptracker 49/49, polnear 582/595, pdnc 5772/7666.
pub(crate) const QUOTE_VERB_SPEAKER: f32 = 0.91;
/// `quote-dash-speaker`: all dev files 16/16.
pub(crate) const QUOTE_DASH_SPEAKER: f32 = 1.00;
/// `quote-split`: polnear 76/80, pdnc 1027/1368.
pub(crate) const QUOTE_SPLIT: f32 = 0.85;
/// `speaker-verb-quote`: polnear 408/425, pdnc 637/1052.
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
/// `sentence-verb`: polnear 39/50, pdnc 284/464.
pub(crate) const SENTENCE_VERB: f32 = 0.70;
/// `sentence-verb-after`: polnear 54/56, pdnc 51/114.
pub(crate) const SENTENCE_VERB_AFTER: f32 = 0.71;
/// `subject-colon-quote`: polnear 26/29, pdnc 94/167.
pub(crate) const SUBJECT_COLON_QUOTE: f32 = 0.73;
/// `continuation`: gendergaptracker 84/87, polnear 1256/1292, pdnc 4457/6506.
pub(crate) const CONTINUATION: f32 = 0.87;
/// `paragraph-continuation`: gendergaptracker 35/41, polnear 50/58, pdnc 654/1871.
pub(crate) const PARAGRAPH_CONTINUATION: f32 = 0.69;
/// `turn-taking`: pdnc 3270/5510.
pub(crate) const TURN_TAKING: f32 = 0.59;
/// `dialogue-alternation`: pdnc 794/1869.
pub(crate) const DIALOGUE_ALTERNATION: f32 = 0.42;
/// `sentence-before`: gendergaptracker 15/22, polnear 49/68, pdnc 1006/1934.
pub(crate) const SENTENCE_BEFORE: f32 = 0.64;
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
/// `indirect-naming`: all dev files 10/22.
pub(crate) const INDIRECT_NAMING: f32 = 0.45;
/// `indirect-according-to`: gendergaptracker 31/38, polnear 179/250.
pub(crate) const INDIRECT_ACCORDING_TO: f32 = 0.77;

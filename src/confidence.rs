//! How often each rule's speaker is right, measured on the annotated dev files by
//! `scripts/evaluate.py --write-confidence`: score.py's speaker test per rule, averaged
//! over the dev files with each file weighing alike. Generated: edit the script, not this
//! file.

/// `quote-speaker-verb`: gendergaptracker 180/181, polnear 1912/1933, pdnc 2666/4616.
pub(crate) const QUOTE_SPEAKER_VERB: f32 = 0.85;
/// `quote-verb-speaker`: gendergaptracker 49/49, polnear 581/594, pdnc 5757/7644.
pub(crate) const QUOTE_VERB_SPEAKER: f32 = 0.91;
/// `quote-dash-speaker`: fired too rarely to measure; 0.5 until it does.
pub(crate) const QUOTE_DASH_SPEAKER: f32 = 0.50;
/// `quote-split`: polnear 76/80, pdnc 974/1361.
pub(crate) const QUOTE_SPLIT: f32 = 0.83;
/// `speaker-verb-quote`: polnear 356/375, pdnc 559/952.
pub(crate) const SPEAKER_VERB_QUOTE: f32 = 0.77;
/// `verb-speaker-quote`: fired too rarely to measure; 0.5 until it does.
pub(crate) const VERB_SPEAKER_QUOTE: f32 = 0.50;
/// `according-to`: all dev files 6/7.
pub(crate) const ACCORDING_TO: f32 = 0.86;
/// `speaker-colon-quote`: all dev files 9/9.
pub(crate) const SPEAKER_COLON_QUOTE: f32 = 1.00;
/// `intro-paragraph`: pdnc 56/79.
pub(crate) const INTRO_PARAGRAPH: f32 = 0.71;
/// `sentence-verb`: polnear 36/47, pdnc 254/436.
pub(crate) const SENTENCE_VERB: f32 = 0.67;
/// `sentence-verb-after`: polnear 52/55, pdnc 48/110.
pub(crate) const SENTENCE_VERB_AFTER: f32 = 0.69;
/// `continuation`: gendergaptracker 82/87, polnear 1244/1295, pdnc 4307/6582.
pub(crate) const CONTINUATION: f32 = 0.85;
/// `paragraph-continuation`: gendergaptracker 35/41, polnear 52/81, pdnc 634/1849.
pub(crate) const PARAGRAPH_CONTINUATION: f32 = 0.61;
/// `turn-taking`: pdnc 2960/5585.
pub(crate) const TURN_TAKING: f32 = 0.53;
/// `dialogue-alternation`: pdnc 716/1887.
pub(crate) const DIALOGUE_ALTERNATION: f32 = 0.38;
/// `sentence-before`: gendergaptracker 12/21, polnear 63/110, pdnc 1053/2079.
pub(crate) const SENTENCE_BEFORE: f32 = 0.55;
/// `indirect-speaker-verb`: gendergaptracker 203/300, polnear 1406/2229.
pub(crate) const INDIRECT_SPEAKER_VERB: f32 = 0.65;
/// `indirect-tell`: gendergaptracker 13/21, polnear 87/163.
pub(crate) const INDIRECT_TELL: f32 = 0.58;
/// `indirect-clause-speaker-verb`: gendergaptracker 26/31, polnear 155/182.
pub(crate) const INDIRECT_CLAUSE_SPEAKER_VERB: f32 = 0.85;
/// `indirect-directive`: polnear 38/71.
pub(crate) const INDIRECT_DIRECTIVE: f32 = 0.54;
/// `indirect-parenthetical`: polnear 125/158.
pub(crate) const INDIRECT_PARENTHETICAL: f32 = 0.79;
/// `indirect-according-to`: polnear 21/24.
pub(crate) const INDIRECT_ACCORDING_TO: f32 = 0.88;
/// `possessor-noun-quote`: not yet measured; 0.5 until it is.
pub(crate) const POSSESSOR_NOUN_QUOTE: f32 = 0.50;

//! How often each rule's speaker is right, measured on the annotated dev files by
//! `scripts/evaluate.py --write-confidence`: score.py's speaker test per rule, averaged
//! over the dev files with each file weighing alike. Generated: edit the script, not this
//! file.

/// `quote-speaker-verb`: gendergaptracker 182/183, polnear 1949/1970, pdnc 2681/4631.
pub(crate) const QUOTE_SPEAKER_VERB: f32 = 0.85;
/// `quote-verb-speaker`: gendergaptracker 49/49, polnear 582/595, pdnc 5763/7650.
pub(crate) const QUOTE_VERB_SPEAKER: f32 = 0.91;
/// `quote-dash-speaker`: fired too rarely to measure; 0.5 until it does.
pub(crate) const QUOTE_DASH_SPEAKER: f32 = 0.50;
/// `quote-split`: polnear 76/80, pdnc 975/1361.
pub(crate) const QUOTE_SPLIT: f32 = 0.83;
/// `speaker-verb-quote`: polnear 360/379, pdnc 562/957.
pub(crate) const SPEAKER_VERB_QUOTE: f32 = 0.77;
/// `verb-speaker-quote`: fired too rarely to measure; 0.5 until it does.
pub(crate) const VERB_SPEAKER_QUOTE: f32 = 0.50;
/// `possessor-noun-quote`: fired too rarely to measure; 0.5 until it does.
pub(crate) const POSSESSOR_NOUN_QUOTE: f32 = 0.50;
/// `according-to`: all dev files 6/7.
pub(crate) const ACCORDING_TO: f32 = 0.86;
/// `speaker-colon-quote`: all dev files 9/9.
pub(crate) const SPEAKER_COLON_QUOTE: f32 = 1.00;
/// `intro-paragraph`: pdnc 57/81.
pub(crate) const INTRO_PARAGRAPH: f32 = 0.70;
/// `sentence-verb`: polnear 36/48, pdnc 254/435.
pub(crate) const SENTENCE_VERB: f32 = 0.67;
/// `sentence-verb-after`: polnear 50/52, pdnc 50/111.
pub(crate) const SENTENCE_VERB_AFTER: f32 = 0.71;
/// `continuation`: gendergaptracker 83/87, polnear 1256/1302, pdnc 4317/6582.
pub(crate) const CONTINUATION: f32 = 0.86;
/// `paragraph-continuation`: gendergaptracker 35/41, polnear 50/79, pdnc 634/1847.
pub(crate) const PARAGRAPH_CONTINUATION: f32 = 0.61;
/// `turn-taking`: pdnc 2957/5576.
pub(crate) const TURN_TAKING: f32 = 0.53;
/// `dialogue-alternation`: pdnc 713/1885.
pub(crate) const DIALOGUE_ALTERNATION: f32 = 0.38;
/// `sentence-before`: polnear 65/100, pdnc 1052/2072.
pub(crate) const SENTENCE_BEFORE: f32 = 0.58;
/// `indirect-speaker-verb`: gendergaptracker 203/300, polnear 1416/2245.
pub(crate) const INDIRECT_SPEAKER_VERB: f32 = 0.65;
/// `indirect-tell`: gendergaptracker 13/21, polnear 92/174.
pub(crate) const INDIRECT_TELL: f32 = 0.57;
/// `indirect-clause-speaker-verb`: gendergaptracker 26/31, polnear 155/182.
pub(crate) const INDIRECT_CLAUSE_SPEAKER_VERB: f32 = 0.85;
/// `indirect-directive`: polnear 38/71.
pub(crate) const INDIRECT_DIRECTIVE: f32 = 0.54;
/// `indirect-parenthetical`: polnear 125/158.
pub(crate) const INDIRECT_PARENTHETICAL: f32 = 0.79;
/// `indirect-according-to`: polnear 22/27.
pub(crate) const INDIRECT_ACCORDING_TO: f32 = 0.81;

//! How often each rule's speaker is right, measured on the annotated dev files by
//! `scripts/evaluate.py --write-confidence`: score.py's speaker test per rule, averaged
//! over the dev files with each file weighing alike. Generated: edit the script, not this
//! file.

/// `quote-speaker-verb`: gendergaptracker 177/177, polnear 1877/1897, pdnc 1953/4562.
pub(crate) const QUOTE_SPEAKER_VERB: f32 = 0.81;
/// `quote-verb-speaker`: gendergaptracker 45/45, polnear 568/581, pdnc 5356/7147.
pub(crate) const QUOTE_VERB_SPEAKER: f32 = 0.91;
/// `quote-dash-speaker`: fired too rarely to measure; 0.5 until it does.
pub(crate) const QUOTE_DASH_SPEAKER: f32 = 0.50;
/// `quote-split`: polnear 76/80, pdnc 887/1360.
pub(crate) const QUOTE_SPLIT: f32 = 0.80;
/// `speaker-verb-quote`: polnear 336/349, pdnc 408/773.
pub(crate) const SPEAKER_VERB_QUOTE: f32 = 0.75;
/// `verb-speaker-quote`: fired too rarely to measure; 0.5 until it does.
pub(crate) const VERB_SPEAKER_QUOTE: f32 = 0.50;
/// `according-to`: all dev files 6/7.
pub(crate) const ACCORDING_TO: f32 = 0.86;
/// `speaker-colon-quote`: all dev files 9/10.
pub(crate) const SPEAKER_COLON_QUOTE: f32 = 0.90;
/// `intro-paragraph`: pdnc 44/78.
pub(crate) const INTRO_PARAGRAPH: f32 = 0.56;
/// `sentence-verb`: polnear 37/48, pdnc 206/436.
pub(crate) const SENTENCE_VERB: f32 = 0.62;
/// `sentence-verb-after`: polnear 57/62, pdnc 46/113.
pub(crate) const SENTENCE_VERB_AFTER: f32 = 0.66;
/// `continuation`: gendergaptracker 79/86, polnear 1231/1285, pdnc 3910/6568.
pub(crate) const CONTINUATION: f32 = 0.82;
/// `paragraph-continuation`: gendergaptracker 37/43, polnear 52/93, pdnc 1794/6384.
pub(crate) const PARAGRAPH_CONTINUATION: f32 = 0.57;
/// `turn-taking`: pdnc 1714/3173.
pub(crate) const TURN_TAKING: f32 = 0.54;
/// `sentence-before`: gendergaptracker 11/24, polnear 63/123, pdnc 969/2149.
pub(crate) const SENTENCE_BEFORE: f32 = 0.47;
/// `indirect-speaker-verb`: gendergaptracker 202/299, polnear 1406/2224.
pub(crate) const INDIRECT_SPEAKER_VERB: f32 = 0.65;
/// `indirect-tell`: gendergaptracker 15/23, polnear 103/181.
pub(crate) const INDIRECT_TELL: f32 = 0.61;
/// `indirect-clause-speaker-verb`: gendergaptracker 26/31, polnear 155/181.
pub(crate) const INDIRECT_CLAUSE_SPEAKER_VERB: f32 = 0.85;
/// `indirect-parenthetical`: polnear 125/158.
pub(crate) const INDIRECT_PARENTHETICAL: f32 = 0.79;
/// `indirect-according-to`: polnear 21/24.
pub(crate) const INDIRECT_ACCORDING_TO: f32 = 0.88;
/// `dialogue-alternation`: not yet measured; 0.5 until it is.
pub(crate) const DIALOGUE_ALTERNATION: f32 = 0.50;
/// `indirect-directive`: not yet measured; 0.5 until it is.
pub(crate) const INDIRECT_DIRECTIVE: f32 = 0.50;

//! How often each rule's speaker is right, measured on the annotated dev files by
//! `scripts/evaluate.py --write-confidence`: score.py's speaker test per rule, averaged
//! over the dev files with each file weighing alike. Generated: edit the script, not this
//! file.

/// `quote-speaker-verb`: gendergaptracker 177/177, polnear 1874/1894, pdnc 1949/4550.
pub(crate) const QUOTE_SPEAKER_VERB: f32 = 0.81;
/// `quote-verb-speaker`: gendergaptracker 45/45, polnear 568/581, pdnc 5332/6967.
pub(crate) const QUOTE_VERB_SPEAKER: f32 = 0.91;
/// `quote-dash-speaker`: fired too rarely to measure; 0.5 until it does.
pub(crate) const QUOTE_DASH_SPEAKER: f32 = 0.50;
/// `quote-split`: polnear 76/80, pdnc 888/1360.
pub(crate) const QUOTE_SPLIT: f32 = 0.80;
/// `speaker-verb-quote`: polnear 335/348, pdnc 408/769.
pub(crate) const SPEAKER_VERB_QUOTE: f32 = 0.75;
/// `verb-speaker-quote`: fired too rarely to measure; 0.5 until it does.
pub(crate) const VERB_SPEAKER_QUOTE: f32 = 0.50;
/// `according-to`: all dev files 6/7.
pub(crate) const ACCORDING_TO: f32 = 0.86;
/// `speaker-colon-quote`: all dev files 9/10.
pub(crate) const SPEAKER_COLON_QUOTE: f32 = 0.90;
/// `intro-paragraph`: pdnc 44/77.
pub(crate) const INTRO_PARAGRAPH: f32 = 0.57;
/// `sentence-verb`: polnear 37/48, pdnc 205/434.
pub(crate) const SENTENCE_VERB: f32 = 0.62;
/// `sentence-verb-after`: polnear 54/59, pdnc 46/111.
pub(crate) const SENTENCE_VERB_AFTER: f32 = 0.66;
/// `continuation`: gendergaptracker 79/86, polnear 1229/1286, pdnc 3924/6537.
pub(crate) const CONTINUATION: f32 = 0.82;
/// `paragraph-continuation`: gendergaptracker 36/42, polnear 52/93, pdnc 1793/6452.
pub(crate) const PARAGRAPH_CONTINUATION: f32 = 0.56;
/// `turn-taking`: pdnc 1746/3206.
pub(crate) const TURN_TAKING: f32 = 0.54;
/// `sentence-before`: gendergaptracker 12/25, polnear 63/128, pdnc 968/2162.
pub(crate) const SENTENCE_BEFORE: f32 = 0.47;
/// `indirect-speaker-verb`: gendergaptracker 191/283, polnear 1342/2088.
pub(crate) const INDIRECT_SPEAKER_VERB: f32 = 0.66;
/// `indirect-tell`: gendergaptracker 13/20, polnear 96/166.
pub(crate) const INDIRECT_TELL: f32 = 0.61;
/// `indirect-clause-speaker-verb`: gendergaptracker 25/29, polnear 156/183.
pub(crate) const INDIRECT_CLAUSE_SPEAKER_VERB: f32 = 0.86;
/// `indirect-according-to`: polnear 21/24.
pub(crate) const INDIRECT_ACCORDING_TO: f32 = 0.88;

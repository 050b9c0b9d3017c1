//! How often each rule's speaker is right, measured on the annotated dev files by
//! `scripts/evaluate.py --write-confidence`: score.py's speaker test per rule, averaged
//! over the dev files with each file weighing alike. Generated: edit the script, not this
//! file.

/// `quote-speaker-verb`: gendergaptracker 173/173, polnear 1844/1865, pdnc 1261/4530.
pub(crate) const QUOTE_SPEAKER_VERB: f32 = 0.76;
/// `quote-verb-speaker`: gendergaptracker 41/43, polnear 562/575, pdnc 4111/7140.
pub(crate) const QUOTE_VERB_SPEAKER: f32 = 0.84;
/// `quote-dash-speaker`: fired too rarely to measure.
pub(crate) const QUOTE_DASH_SPEAKER: f32 = 0.50;
/// `quote-split`: polnear 76/79, pdnc 724/1371.
pub(crate) const QUOTE_SPLIT: f32 = 0.75;
/// `speaker-verb-quote`: polnear 294/299, pdnc 275/692.
pub(crate) const SPEAKER_VERB_QUOTE: f32 = 0.69;
/// `verb-speaker-quote`: fired too rarely to measure.
pub(crate) const VERB_SPEAKER_QUOTE: f32 = 0.50;
/// `according-to`: fired too rarely to measure.
pub(crate) const ACCORDING_TO: f32 = 0.50;
/// `speaker-colon-quote`: fired too rarely to measure.
pub(crate) const SPEAKER_COLON_QUOTE: f32 = 0.50;
/// `intro-paragraph`: pdnc 28/76.
pub(crate) const INTRO_PARAGRAPH: f32 = 0.37;
/// `sentence-verb`: polnear 72/95, pdnc 184/511.
pub(crate) const SENTENCE_VERB: f32 = 0.56;
/// `sentence-verb-after`: polnear 64/70, pdnc 37/111.
pub(crate) const SENTENCE_VERB_AFTER: f32 = 0.62;
/// `continuation`: gendergaptracker 71/80, polnear 1217/1268, pdnc 2834/6374.
pub(crate) const CONTINUATION: f32 = 0.76;
/// `paragraph-continuation`: gendergaptracker 31/41, polnear 53/81, pdnc 1164/5691.
pub(crate) const PARAGRAPH_CONTINUATION: f32 = 0.54;
/// `turn-taking`: pdnc 1177/2943.
pub(crate) const TURN_TAKING: f32 = 0.40;
/// `sentence-before`: polnear 31/42, pdnc 273/705.
pub(crate) const SENTENCE_BEFORE: f32 = 0.56;

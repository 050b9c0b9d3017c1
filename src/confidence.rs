//! How often each rule's speaker is right, measured on the annotated dev files by
//! `scripts/evaluate.py --write-confidence`: score.py's speaker test per rule, averaged
//! over the dev files with each file weighing alike. Generated: edit the script, not this
//! file.

/// `quote-label`: all dev files 13/19.
pub(crate) const QUOTE_LABEL: f32 = 0.68;
/// `quote-signed`: all dev files 3/5.
pub(crate) const QUOTE_SIGNED: f32 = 0.60;
/// `quote-speaker-verb`: gendergaptracker 187/188, polnear 1990/2010, pdnc 4323/5062.
pub(crate) const QUOTE_SPEAKER_VERB: f32 = 0.95;
/// `quote-verb-speaker`: gendergaptracker 49/49, polnear 592/605, pdnc 6984/8201.
pub(crate) const QUOTE_VERB_SPEAKER: f32 = 0.94;
/// `quote-dash-speaker`: all dev files 17/17.
pub(crate) const QUOTE_DASH_SPEAKER: f32 = 1.00;
/// `quote-split`: polnear 76/76, pdnc 1293/1506.
pub(crate) const QUOTE_SPLIT: f32 = 0.93;
/// `quote-dash-beat`: all dev files 15/17.
pub(crate) const QUOTE_DASH_BEAT: f32 = 0.88;
/// `speaker-verb-quote`: polnear 452/465, pdnc 977/1225.
pub(crate) const SPEAKER_VERB_QUOTE: f32 = 0.88;
/// `verb-speaker-quote`: fired too rarely to measure; 0.5 until it does.
pub(crate) const VERB_SPEAKER_QUOTE: f32 = 0.50;
/// `possessor-noun-quote`: all dev files 9/10.
pub(crate) const POSSESSOR_NOUN_QUOTE: f32 = 0.90;
/// `quote-was-possessor-noun`: pdnc 29/31.
pub(crate) const QUOTE_WAS_POSSESSOR_NOUN: f32 = 0.94;
/// `quote-noun-from-author`: fired too rarely to measure; 0.5 until it does.
pub(crate) const QUOTE_NOUN_FROM_AUTHOR: f32 = 0.50;
/// `according-to`: all dev files 8/9.
pub(crate) const ACCORDING_TO: f32 = 0.89;
/// `in-words-of`: fired too rarely to measure; 0.5 until it does.
pub(crate) const IN_WORDS_OF: f32 = 0.50;
/// `source-colon-quote`: fired too rarely to measure; 0.5 until it does.
pub(crate) const SOURCE_COLON_QUOTE: f32 = 0.50;
/// `speaker-colon-quote`: polnear 20/22.
pub(crate) const SPEAKER_COLON_QUOTE: f32 = 0.91;
/// `intro-paragraph`: pdnc 133/173.
pub(crate) const INTRO_PARAGRAPH: f32 = 0.77;
/// `sentence-verb`: polnear 37/45, pdnc 406/524.
pub(crate) const SENTENCE_VERB: f32 = 0.80;
/// `sentence-verb-after`: polnear 36/39, pdnc 63/98.
pub(crate) const SENTENCE_VERB_AFTER: f32 = 0.78;
/// `subject-colon-quote`: polnear 37/40, pdnc 125/173.
pub(crate) const SUBJECT_COLON_QUOTE: f32 = 0.82;
/// `quote-subject-tag`: pdnc 73/88.
pub(crate) const QUOTE_SUBJECT_TAG: f32 = 0.83;
/// `continuation`: gendergaptracker 88/90, polnear 1276/1304, pdnc 5307/6322.
pub(crate) const CONTINUATION: f32 = 0.93;
/// `paragraph-continuation`: gendergaptracker 41/43, polnear 57/64.
pub(crate) const PARAGRAPH_CONTINUATION: f32 = 0.92;
/// `in-report`: fired too rarely to measure; 0.5 until it does.
pub(crate) const IN_REPORT: f32 = 0.50;
/// `interview-answer`: fired too rarely to measure; 0.5 until it does.
pub(crate) const INTERVIEW_ANSWER: f32 = 0.50;
/// `speaker-resumes`: fired too rarely to measure; 0.5 until it does.
pub(crate) const SPEAKER_RESUMES: f32 = 0.50;
/// `addressee-replies`: pdnc 825/938.
pub(crate) const ADDRESSEE_REPLIES: f32 = 0.88;
/// `self-named`: all dev files 6/6.
pub(crate) const SELF_NAMED: f32 = 1.00;
/// `self-named-back`: all dev files 7/7.
pub(crate) const SELF_NAMED_BACK: f32 = 1.00;
/// `called-back`: pdnc 174/233.
pub(crate) const CALLED_BACK: f32 = 0.75;
/// `turn-taking`: pdnc 4860/6326.
pub(crate) const TURN_TAKING: f32 = 0.77;
/// `turn-taking-back`: pdnc 385/585.
pub(crate) const TURN_TAKING_BACK: f32 = 0.66;
/// `dialogue-alternation`: pdnc 966/1478.
pub(crate) const DIALOGUE_ALTERNATION: f32 = 0.65;
/// `dialogue-resumes`: pdnc 128/264.
pub(crate) const DIALOGUE_RESUMES: f32 = 0.48;
/// `narrated-partner`: pdnc 108/206.
pub(crate) const NARRATED_PARTNER: f32 = 0.52;
/// `named-partner`: pdnc 31/65.
pub(crate) const NAMED_PARTNER: f32 = 0.48;
/// `addressee-not-speaker`: pdnc 77/172.
pub(crate) const ADDRESSEE_NOT_SPEAKER: f32 = 0.45;
/// `beat-after`: pdnc 102/110.
pub(crate) const BEAT_AFTER: f32 = 0.93;
/// `sentence-before`: gendergaptracker 18/20, polnear 28/36, pdnc 1319/1819.
pub(crate) const SENTENCE_BEFORE: f32 = 0.80;
/// `indirect-speaker-verb`: gendergaptracker 282/325, polnear 2425/2877.
pub(crate) const INDIRECT_SPEAKER_VERB: f32 = 0.86;
/// `indirect-tell`: gendergaptracker 17/21, polnear 188/217.
pub(crate) const INDIRECT_TELL: f32 = 0.84;
/// `indirect-clause-speaker-verb`: gendergaptracker 35/39, polnear 244/259.
pub(crate) const INDIRECT_CLAUSE_SPEAKER_VERB: f32 = 0.92;
/// `indirect-directive`: polnear 45/70.
pub(crate) const INDIRECT_DIRECTIVE: f32 = 0.64;
/// `indirect-parenthetical`: polnear 239/264.
pub(crate) const INDIRECT_PARENTHETICAL: f32 = 0.91;
/// `indirect-naming`: all dev files 13/16.
pub(crate) const INDIRECT_NAMING: f32 = 0.81;
/// `indirect-label`: polnear 35/38.
pub(crate) const INDIRECT_LABEL: f32 = 0.92;
/// `indirect-according-to`: gendergaptracker 34/39, polnear 241/288.
pub(crate) const INDIRECT_ACCORDING_TO: f32 = 0.85;
/// `indirect-as`: all dev files 11/12.
pub(crate) const INDIRECT_AS: f32 = 0.92;

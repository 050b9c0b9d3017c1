//! Find the quotations in news text and say who said them.
//!
//! ```
//! let article = "Health Minister Ada Okafor opened the new ward on Monday.\n\n\
//!                \"We built this in eleven months,\" Okafor said. \"Nobody thought we could.\"\n\n\
//!                \"It is a good start,\" she added.";
//! let quotes = quotation::extract_quotes(article);
//! assert_eq!(quotes.len(), 3);
//! for q in &quotes {
//!     assert_eq!(&article[q.span.clone()], q.text);
//!     assert_eq!(q.speaker.as_ref().unwrap().name, "Ada Okafor");
//! }
//! assert_eq!(quotes[0].cue.as_ref().unwrap().text, "said");
//! assert_eq!(quotes[2].speaker.as_ref().unwrap().mention, "she");
//! ```
#![forbid(unsafe_code)]
#![warn(missing_docs)]

mod boilerplate;
mod confidence;
mod extractor;
mod gazetteer;
mod hash;
mod headline;
mod indirect;
mod json;
mod layout;
mod lexicon;
mod marks;
mod mention;
mod nonquote;
mod quote;
mod resolve;
mod rules;
mod scan;
mod token;
mod vocative;

use once_cell::sync::Lazy;

pub use extractor::{Extractor, ExtractorBuilder};
pub use gazetteer::{Entry, Gazetteer, GazetteerError};
pub use lexicon::Gender;
pub use quote::{Cue, Quote, QuoteKind, Speaker, SpeakerKind};
pub use rules::{Rule, RULES};

static DEFAULT: Lazy<Extractor> = Lazy::new(Extractor::new);

/// Every quotation in `text`, with its speaker, using the default [`Extractor`] (no
/// gazetteer), built once.
///
/// ```
/// let quotes = quotation::extract_quotes("\"We will rebuild,\" said Mayor Lina Ortiz.");
/// let q = &quotes[0];
/// assert_eq!(q.text, "We will rebuild,");
/// assert_eq!(q.speaker.as_ref().unwrap().name, "Lina Ortiz");
/// assert_eq!(q.cue.as_ref().unwrap().text, "said");
/// ```
pub fn extract_quotes(text: &str) -> Vec<Quote<'_>> {
    DEFAULT.extract(text)
}

/// Entry points into single stages of the pipeline, for the benchmarks. Not part of the
/// stable API.
#[doc(hidden)]
pub mod stages {
    use crate::layout::Layout;

    /// Number of quotations the mark scanner finds, without attribution.
    ///
    /// ```
    /// assert_eq!(quotation::stages::scan_count("\"a\" and 'bee' and “c”"), 3);
    /// ```
    pub fn scan_count(text: &str) -> usize {
        crate::scan::scan(text, Layout::detect(text)).len()
    }

    /// Number of speech-verb tokens: the scan, tokenization and cue lookup of every word.
    ///
    /// ```
    /// assert_eq!(quotation::stages::cue_count("She said it, he told me, they added."), 3);
    /// ```
    pub fn cue_count(text: &str) -> usize {
        let layout = Layout::detect(text);
        let quotes = crate::scan::scan(text, layout);
        let mut tokens = Vec::new();
        crate::token::tokenize(text, 0..text.len(), &quotes, layout, &mut tokens);
        tokens
            .iter()
            .filter(|t| t.kind == crate::token::Kind::Word && t.info().verb.is_some())
            .count()
    }
}

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

mod confidence;
mod extractor;
mod gazetteer;
mod json;
mod layout;
mod lexicon;
mod marks;
mod mention;
mod quote;
mod resolve;
mod rules;
mod scan;
mod token;

use once_cell::sync::Lazy;

pub use extractor::{Extractor, ExtractorBuilder};
pub use gazetteer::{Entry, Gazetteer, GazetteerError};
pub use lexicon::Gender;
pub use quote::{Cue, Quote, QuoteKind, Speaker};
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

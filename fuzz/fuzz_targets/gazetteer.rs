//! Gazetteer files of any content: an error or a gazetteer, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let _ = quotation::Gazetteer::from_tsv(text, "fuzz.tsv");
    let _ = quotation::Gazetteer::from_json(text, "fuzz.json");
});

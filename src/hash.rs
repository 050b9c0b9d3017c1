//! A fast hasher for the short word keys of the lexicon and the per-document indexes.
//!
//! The standard hasher resists hash flooding, which costs several times more per short key;
//! these tables hold words, and a word lookup is on the hot path for every token. The
//! function is the multiply-rotate one of the Firefox and rustc hash maps.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::ops::Range;

/// Multiply-rotate hasher over 8-byte chunks.
#[derive(Default, Clone, Copy)]
pub(crate) struct FxHasher {
    hash: u64,
}

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl FxHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut b = [0u8; 8];
            b.copy_from_slice(c);
            self.add(u64::from_le_bytes(b));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut b = [0u8; 8];
            b[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(b));
        }
    }

    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    #[inline]
    fn finish(&self) -> u64 {
        self.hash
    }
}

/// A `HashMap` with [`FxHasher`].
pub(crate) type FxHashMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;

/// The case-folded hash of a word, with a final period dropped (`Said.` and `said` agree):
/// what the lexicon and the per-document vocabulary are keyed by, so each word is hashed
/// once. Never 0, so 0 can mark an empty slot.
pub(crate) fn word_key(word: &str) -> u64 {
    key_at(word, 0..word.len())
}

/// [`word_key`] of `text[span]`. An ASCII word is read eight bytes at a time straight from
/// `text` (the bytes past its end masked off) and folded with [`fold`]; a word with other
/// characters is folded char by char through the same chunking, so both paths agree.
// (Always: left to itself the compiler inlined it into the tokenizer's word lookup in
// one build and not in the next, after changes elsewhere; called once per word, the call
// cost 1.5 % of the instructions of a pass over the news articles.)
#[inline(always)]
pub(crate) fn key_at(text: &str, span: Range<usize>) -> u64 {
    let bytes = text.as_bytes();
    let start = span.start;
    let mut end = span.end;
    if end > start && bytes[end - 1] == b'.' {
        end -= 1;
    }
    let mut h = FxHasher::default();
    let mut high = 0;
    let mut i = start;
    while i + 8 <= end {
        let x = load(bytes, i);
        high |= x;
        h.add(fold(x));
        i += 8;
    }
    let last = load_short(bytes, i, end - i);
    high |= last;
    if high & HIGH != 0 {
        return folded_key(&text[start..end]);
    }
    h.add(fold(last) ^ ((end - start) as u64) << 56);
    h.hash | 1
}

/// The high bit of each of eight packed bytes.
pub(crate) const HIGH: u64 = 0x8080_8080_8080_8080;

/// 1 in each of eight packed bytes.
pub(crate) const ONES: u64 = 0x0101_0101_0101_0101;

/// The high bit of each byte of `low7` (eight packed bytes below 0x80) that lies in
/// `lo..=hi` (SWAR: no byte's sum carries into the next).
#[inline]
pub(crate) fn bytes_in(low7: u64, lo: u8, hi: u8) -> u64 {
    let ge = low7 + ONES * u64::from(0x80 - lo);
    let gt = low7 + ONES * u64::from(0x7f - hi);
    ge & !gt & HIGH
}

/// The `len` (at most eight) bytes of `bytes` from `i`, little-endian and zero-padded: one
/// load, masked, where the text goes on past them, since this runs for every word.
#[inline]
pub(crate) fn load_short(bytes: &[u8], i: usize, len: usize) -> u64 {
    if len == 0 {
        0
    } else if i + 8 <= bytes.len() {
        load(bytes, i) & (u64::MAX >> (64 - 8 * len))
    } else {
        bytes[i..i + len]
            .iter()
            .rev()
            .fold(0, |acc, &b| acc << 8 | u64::from(b))
    }
}

/// Eight bytes of `bytes` from `i`, little-endian.
#[inline]
pub(crate) fn load(bytes: &[u8], i: usize) -> u64 {
    let mut b = [0u8; 8];
    b.copy_from_slice(&bytes[i..i + 8]);
    u64::from_le_bytes(b)
}

/// [`word_key`] of a word with non-ASCII characters: lower-cases it char by char into the
/// same eight-byte chunks the ASCII path hashes, without allocating.
fn folded_key(word: &str) -> u64 {
    let mut h = FxHasher::default();
    let mut chunk = 0u64;
    let mut fill = 0;
    let mut len = 0u64;
    let mut buf = [0u8; 4];
    for c in word.chars().flat_map(char::to_lowercase) {
        for &b in c.encode_utf8(&mut buf).as_bytes() {
            chunk |= u64::from(b) << (8 * fill);
            fill += 1;
            len += 1;
            if fill == 8 {
                h.add(chunk);
                chunk = 0;
                fill = 0;
            }
        }
    }
    h.add(chunk ^ len << 56);
    h.hash | 1
}

/// Lower-cases the ASCII capitals among eight packed bytes at once (SWAR): a byte gets its
/// 0x20 bit when it lies in `A..=Z`; bytes at or above 0x80 are left alone.
#[inline]
pub(crate) fn fold(x: u64) -> u64 {
    let upper = bytes_in(x & !HIGH, b'A', b'Z') & !x;
    x | (upper >> 2)
}

/// A set of [`word_key`]s: open addressing over a power-of-two table, reused between
/// documents so that building the vocabulary of one allocates nothing once warm.
#[derive(Debug, Default)]
pub(crate) struct KeySet {
    slots: Vec<u64>,
    len: usize,
}

impl KeySet {
    /// Empties the set and makes room for `n` keys.
    pub(crate) fn reset(&mut self, n: usize) {
        let size = (n * 2).next_power_of_two().max(16);
        self.slots.clear();
        self.slots.resize(size, 0);
        self.len = 0;
    }

    fn slot(&self, key: u64) -> usize {
        let mask = self.slots.len() - 1;
        let mut i = (key >> 32) as usize & mask;
        while self.slots[i] != 0 && self.slots[i] != key {
            i = (i + 1) & mask;
        }
        i
    }

    /// Adds a key (never 0).
    pub(crate) fn insert(&mut self, key: u64) {
        if (self.len + 1) * 2 > self.slots.len() {
            let old = std::mem::take(&mut self.slots);
            self.reset(self.len + 1);
            for k in old.into_iter().filter(|&k| k != 0) {
                self.insert(k);
            }
        }
        let i = self.slot(key);
        if self.slots[i] == 0 {
            self.slots[i] = key;
            self.len += 1;
        }
    }

    /// Whether the key is in the set.
    pub(crate) fn contains(&self, key: u64) -> bool {
        !self.slots.is_empty() && self.slots[self.slot(key)] == key
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_work_with_short_and_long_keys() {
        let mut m: FxHashMap<&str, usize> = FxHashMap::default();
        for (i, w) in ["a", "said", "abcdefgh", "abcdefghi", ""]
            .iter()
            .enumerate()
        {
            m.insert(w, i);
        }
        assert_eq!(m["abcdefghi"], 3);
        assert_eq!(m[""], 4);
        assert!(!m.contains_key("abcdefgh "));
    }

    #[test]
    fn word_keys_fold_case_and_a_final_period() {
        assert_eq!(word_key("Said"), word_key("said"));
        assert_eq!(word_key("SAID."), word_key("said"));
        assert_eq!(word_key("Spokeswoman"), word_key("spokeswoman"));
        assert_eq!(word_key("ÉLISE"), word_key("élise"));
        assert_ne!(word_key("said"), word_key("sad"));
        assert_ne!(word_key("ab"), word_key("ab\0"));
        // Punctuation and digits next to the letter range do not fold.
        assert_ne!(word_key("@"), word_key("`"));
        assert_ne!(word_key("["), word_key("{"));
        assert_ne!(word_key("Z9"), word_key("z\x19"));
    }

    #[test]
    fn keys_read_in_place_match_keys_of_the_word_alone() {
        let text = "The Spokeswoman said, “Très bien.” Then Ortiz’s aide LEFT";
        let mut at = 0;
        for w in text.split(|c: char| !c.is_alphanumeric() && c != '’' && c != '.') {
            let start = text[at..].find(w).unwrap() + at;
            at = start + w.len();
            if !w.is_empty() {
                assert_eq!(key_at(text, start..at), word_key(w), "{w}");
                assert_eq!(word_key(w), word_key(&w.to_lowercase()), "{w}");
            }
        }
        // The char-by-char path agrees with the fast path on ASCII.
        for w in ["a", "Secretary", "abcdefgh", "abcdefghijklmnopq"] {
            assert_eq!(folded_key(w), word_key(w));
        }
    }

    #[test]
    fn key_sets_grow_and_find() {
        let mut s = KeySet::default();
        s.reset(2);
        let words: Vec<String> = (0..1000).map(|i| format!("w{i}")).collect();
        for w in &words {
            s.insert(word_key(w));
        }
        assert!(words.iter().all(|w| s.contains(word_key(w))));
        assert!(!s.contains(word_key("absent")));
        s.reset(4);
        assert!(!s.contains(word_key("w1")));
    }
}

//! Per-thread memos of pure look-ups by word (a word's Zipf value, the places
//! a name names): a text says the same words again and again, and each check
//! asks about them again, so a look-up that reads a table or folds the word
//! is done once per word and thread. A memo only ever returns what the
//! look-up itself would, so output does not depend on it; it is emptied when
//! it grows past a bound, so memory stays flat over a long stream.

use foldhash::HashMap;
use std::cell::RefCell;
use std::hash::Hash;
use std::thread::LocalKey;

/// Entries a memo holds before it is emptied (a few MB at most).
pub const MAX_ENTRIES: usize = 100_000;

/// Values by a small key (the language, the table asked) and a word.
pub struct Memo<K, V> {
    maps: HashMap<K, HashMap<Box<str>, V>>,
    entries: usize,
}

impl<K, V> Default for Memo<K, V> {
    fn default() -> Self {
        Memo {
            maps: HashMap::default(),
            entries: 0,
        }
    }
}

/// `compute()`, the value of (`slot`, `word`), from `memo` when this thread
/// has computed it before. `compute` may use other memos, or this one.
pub fn get<K, V>(
    memo: &'static LocalKey<RefCell<Memo<K, V>>>,
    slot: K,
    word: &str,
    compute: impl FnOnce() -> V,
) -> V
where
    K: Hash + Eq + Copy + 'static,
    V: Clone + 'static,
{
    let hit = memo.with(|m| {
        m.borrow()
            .maps
            .get(&slot)
            .and_then(|words| words.get(word))
            .cloned()
    });
    if let Some(v) = hit {
        return v;
    }
    let v = compute();
    memo.with(|m| {
        let mut m = m.borrow_mut();
        if m.entries >= MAX_ENTRIES {
            m.maps.clear();
            m.entries = 0;
        }
        m.entries += 1;
        m.maps
            .entry(slot)
            .or_default()
            .insert(word.into(), v.clone());
    });
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    thread_local! {
        static SQUARES: RefCell<Memo<u8, usize>> = RefCell::default();
    }

    #[test]
    fn computes_once_per_slot_and_word_and_stays_bounded() {
        let mut calls = 0;
        for _ in 0..3 {
            assert_eq!(
                get(&SQUARES, 1, "abc", || {
                    calls += 1;
                    9
                }),
                9
            );
        }
        assert_eq!(calls, 1);
        assert_eq!(get(&SQUARES, 2, "abc", || 4), 4);
        for i in 0..MAX_ENTRIES + 10 {
            get(&SQUARES, 3, &i.to_string(), || i);
        }
        SQUARES.with(|m| assert!(m.borrow().entries <= MAX_ENTRIES));
        let last = MAX_ENTRIES + 9;
        assert_eq!(get(&SQUARES, 3, &last.to_string(), || 0), last);
    }
}

//! Look-ups in tables carried as text: lines sorted by their UTF-8 bytes,
//! searched in place by bisection, so nothing is parsed or built at start-up.

/// The first line of `text` at or after byte `at` (which may fall inside a
/// line), as (start, end) without its newline.
fn line_at(text: &str, at: usize) -> Option<(usize, usize)> {
    let bytes = text.as_bytes();
    let start = if at == 0 {
        0
    } else {
        // The line that `at` falls in starts after the previous newline.
        memchr::memrchr(b'\n', &bytes[..at]).map_or(0, |i| i + 1)
    };
    if start >= bytes.len() {
        return None;
    }
    let end = memchr::memchr(b'\n', &bytes[start..]).map_or(bytes.len(), |i| start + i);
    Some((start, end))
}

/// Every line of `text` whose first field (up to the first tab, or the whole
/// line) starts with `prefix` when `whole` is false, or equals it when `whole`
/// is true. `text` holds comment lines (`#`) first, then data lines sorted by
/// bytes.
pub fn lines_with<'a>(text: &'a str, prefix: &str, whole: bool) -> impl Iterator<Item = &'a str> {
    let first = lower_bound(text, prefix);
    let p = prefix.to_string();
    text[first..]
        .split('\n')
        .take_while(move |l| {
            let field = first_field(l);
            if whole {
                field == p
            } else {
                field.starts_with(p.as_str())
            }
        })
        .filter(|l| !l.is_empty())
}

/// A line's first field: up to its first tab, or the whole line.
fn first_field(line: &str) -> &str {
    memchr::memchr(b'\t', line.as_bytes()).map_or(line, |i| &line[..i])
}

/// Byte offset of the first data line whose first field is not less than `key`.
fn lower_bound(text: &str, key: &str) -> usize {
    // Comment lines lead the file; data starts after them.
    let mut lo = 0;
    while text[lo..].starts_with('#') {
        match text[lo..].find('\n') {
            Some(i) => lo += i + 1,
            None => return text.len(),
        }
    }
    let mut hi = text.len();
    // Invariant: `lo` and `hi` are line starts (or the end); every data line
    // starting before `lo` is less than `key`, the one at `hi` and after are not.
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        // The line `mid` falls in starts at or after `lo`, which is a line start.
        let Some((s, e)) = line_at(text, mid) else {
            hi = mid;
            continue;
        };
        let field = first_field(&text[s..e]);
        if field < key {
            lo = (e + 1).min(text.len());
        } else {
            hi = s;
        }
    }
    lo
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_lines_by_first_field() {
        let t = "# header\na\t1\nab\t2\nabc\t3\nb\t4\nc\t5\nca\t6";
        assert_eq!(lines_with(t, "ab", true).collect::<Vec<_>>(), vec!["ab\t2"]);
        assert_eq!(
            lines_with(t, "ab", false).collect::<Vec<_>>(),
            vec!["ab\t2", "abc\t3"]
        );
        assert_eq!(lines_with(t, "ca", true).collect::<Vec<_>>(), vec!["ca\t6"]);
        assert_eq!(lines_with(t, "a", true).collect::<Vec<_>>(), vec!["a\t1"]);
        assert!(lines_with(t, "bb", true).next().is_none());
        assert!(lines_with(t, "d", false).next().is_none());
        assert!(lines_with(t, "", false).count() == 6);
        for k in ["a", "ab", "abc", "b", "c", "ca"] {
            assert_eq!(lines_with(t, k, true).count(), 1, "{k}");
        }
    }
}

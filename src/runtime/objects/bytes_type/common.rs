//! The byte-string algorithms bytes and bytearray share (CPython's stringlib for bytes):
//! searching, splitting, stripping, padding, case mapping and the ASCII character classes.

/// Python's bytes whitespace: space, \t, \n, \r, \x0b, \x0c.
pub fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

/// The first occurrence of `needle` in `hay` at or after `start` and ending by `end`.
pub fn find(hay: &[u8], needle: &[u8], start: i64, end: i64) -> Option<usize> {
    if start > end || (end - start) < needle.len() as i64 {
        return None;
    }
    let (s, e) = (start as usize, end as usize);
    if needle.is_empty() {
        return Some(s);
    }
    let window = &hay[s..e];
    if needle.len() == 1 {
        return window.iter().position(|&b| b == needle[0]).map(|p| p + s);
    }
    window
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|p| p + s)
}

/// The last occurrence of `needle` within `start..end`.
pub fn rfind(hay: &[u8], needle: &[u8], start: i64, end: i64) -> Option<usize> {
    if start > end || (end - start) < needle.len() as i64 {
        return None;
    }
    let (s, e) = (start as usize, end as usize);
    if needle.is_empty() {
        return Some(e);
    }
    let window = &hay[s..e];
    if needle.len() == 1 {
        return window.iter().rposition(|&b| b == needle[0]).map(|p| p + s);
    }
    window
        .windows(needle.len())
        .rposition(|w| w == needle)
        .map(|p| p + s)
}

/// Non-overlapping occurrences of `needle` within `start..end`.
pub fn count(hay: &[u8], needle: &[u8], start: i64, end: i64) -> usize {
    if start > end || (end - start) < needle.len() as i64 {
        return 0;
    }
    let (s, e) = (start as usize, end as usize);
    if needle.is_empty() {
        return e - s + 1;
    }
    let window = &hay[s..e];
    if needle.len() == 1 {
        return window.iter().filter(|&&b| b == needle[0]).count();
    }
    let mut n = 0;
    let mut i = 0;
    while i + needle.len() <= window.len() {
        if &window[i..i + needle.len()] == needle {
            n += 1;
            i += needle.len();
        } else {
            i += 1;
        }
    }
    n
}

/// The pieces of `data` split at `sep`, at most `maxsplit` splits (negative: no limit).
pub fn split(data: &[u8], sep: &[u8], maxsplit: i64) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut splits = 0;
    let mut i = 0;
    while maxsplit < 0 || splits < maxsplit {
        match find(data, sep, i as i64, data.len() as i64) {
            Some(p) => {
                out.push((start, p));
                start = p + sep.len();
                i = start;
                splits += 1;
            }
            None => break,
        }
    }
    out.push((start, data.len()));
    out
}

/// The pieces of `data` split at `sep` from the right, in order.
pub fn rsplit(data: &[u8], sep: &[u8], maxsplit: i64) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut end = data.len();
    let mut splits = 0;
    while maxsplit < 0 || splits < maxsplit {
        match rfind(data, sep, 0, end as i64) {
            Some(p) => {
                out.push((p + sep.len(), end));
                end = p;
                splits += 1;
            }
            None => break,
        }
    }
    out.push((0, end));
    out.reverse();
    out
}

/// The words of `data` separated by runs of whitespace; after `maxsplit` splits, the rest
/// (left-stripped) is the last piece.
pub fn split_whitespace(data: &[u8], maxsplit: i64) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let n = data.len();
    let mut i = 0;
    let mut splits = 0;
    loop {
        while i < n && is_space(data[i]) {
            i += 1;
        }
        if i == n {
            break;
        }
        if maxsplit >= 0 && splits >= maxsplit {
            out.push((i, n));
            break;
        }
        let start = i;
        while i < n && !is_space(data[i]) {
            i += 1;
        }
        out.push((start, i));
        splits += 1;
    }
    out
}

/// `rsplit()` on whitespace, pieces in order.
pub fn rsplit_whitespace(data: &[u8], maxsplit: i64) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut i = data.len();
    let mut splits = 0;
    loop {
        while i > 0 && is_space(data[i - 1]) {
            i -= 1;
        }
        if i == 0 {
            break;
        }
        if maxsplit >= 0 && splits >= maxsplit {
            out.push((0, i));
            break;
        }
        let end = i;
        while i > 0 && !is_space(data[i - 1]) {
            i -= 1;
        }
        out.push((i, end));
        splits += 1;
    }
    out.reverse();
    out
}

/// The lines of `data` (split at \n, \r and \r\n), with their ends when `keepends`.
pub fn splitlines(data: &[u8], keepends: bool) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let n = data.len();
    let mut i = 0;
    while i < n {
        let start = i;
        while i < n && data[i] != b'\n' && data[i] != b'\r' {
            i += 1;
        }
        let mut eol = i;
        if i < n {
            if data[i] == b'\r' && i + 1 < n && data[i + 1] == b'\n' {
                i += 2;
            } else {
                i += 1;
            }
            if keepends {
                eol = i;
            }
        }
        out.push((start, eol));
    }
    out
}

/// The range left after stripping bytes in `chars` (whitespace when None) from the left
/// and/or right.
pub fn strip(data: &[u8], chars: Option<&[u8]>, left: bool, right: bool) -> (usize, usize) {
    let strip_it = |b: u8| match chars {
        Some(cs) => cs.contains(&b),
        None => is_space(b),
    };
    let mut s = 0;
    let mut e = data.len();
    if left {
        while s < e && strip_it(data[s]) {
            s += 1;
        }
    }
    if right {
        while e > s && strip_it(data[e - 1]) {
            e -= 1;
        }
    }
    (s, e)
}

/// `data` with `left` fill bytes before and `right` after.
pub fn pad(data: &[u8], left: usize, right: usize, fill: u8) -> Vec<u8> {
    let mut out = Vec::with_capacity(left + data.len() + right);
    out.resize(left, fill);
    out.extend_from_slice(data);
    out.resize(left + data.len() + right, fill);
    out
}

/// `center(width)`'s left padding, as CPython splits an odd margin.
pub fn center_left(marg: usize, width: usize) -> usize {
    marg / 2 + (marg & width & 1)
}

/// `zfill(width)`.
pub fn zfill(data: &[u8], width: usize) -> Vec<u8> {
    if data.len() >= width {
        return data.to_vec();
    }
    let fill = width - data.len();
    let mut out = pad(data, fill, 0, b'0');
    if let Some(&c) = data.first()
        && (c == b'+' || c == b'-') {
            out[0] = c;
            out[fill] = b'0';
        }
    out
}

/// `replace(old, new, count)` (count negative: all).
pub fn replace(data: &[u8], old: &[u8], new: &[u8], count: i64) -> Vec<u8> {
    let max = if count < 0 {
        usize::MAX
    } else {
        count as usize
    };
    let mut out = Vec::with_capacity(data.len());
    if old.is_empty() {
        let mut done = 0;
        for (i, &b) in data.iter().enumerate() {
            if done < max {
                out.extend_from_slice(new);
                done += 1;
            } else {
                out.extend_from_slice(&data[i..]);
                return out;
            }
            out.push(b);
        }
        if done < max {
            out.extend_from_slice(new);
        }
        return out;
    }
    let mut i = 0;
    let mut done = 0;
    while done < max {
        match find(data, old, i as i64, data.len() as i64) {
            Some(p) => {
                out.extend_from_slice(&data[i..p]);
                out.extend_from_slice(new);
                i = p + old.len();
                done += 1;
            }
            None => break,
        }
    }
    out.extend_from_slice(&data[i..]);
    out
}

/// The length of `expandtabs(tabsize)`'s result (None past `isize::MAX`).
pub fn expandtabs_len(data: &[u8], tabsize: i64) -> Option<usize> {
    let mut total: u64 = 0;
    let mut col: u64 = 0;
    for &b in data {
        match b {
            b'\t' if tabsize > 0 => {
                let n = tabsize as u64 - col % tabsize as u64;
                total = total.checked_add(n)?;
                col += n;
            }
            b'\t' => {}
            b'\n' | b'\r' => {
                total += 1;
                col = 0;
            }
            _ => {
                total += 1;
                col += 1;
            }
        }
    }
    usize::try_from(total).ok().filter(|&n| n <= isize::MAX as usize)
}

/// `expandtabs(tabsize)`.
pub fn expandtabs(data: &[u8], tabsize: i64) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len());
    let mut col: i64 = 0;
    for &b in data {
        match b {
            b'\t' => {
                if tabsize > 0 {
                    let n = tabsize - col % tabsize;
                    out.resize(out.len() + n as usize, b' ');
                    col += n;
                }
            }
            b'\n' | b'\r' => {
                out.push(b);
                col = 0;
            }
            _ => {
                out.push(b);
                col += 1;
            }
        }
    }
    out
}

pub fn title(data: &[u8]) -> Vec<u8> {
    let mut prev_cased = false;
    data.iter()
        .map(|&c| {
            if c.is_ascii_lowercase() {
                let r = if prev_cased {
                    c
                } else {
                    c.to_ascii_uppercase()
                };
                prev_cased = true;
                r
            } else if c.is_ascii_uppercase() {
                let r = if prev_cased {
                    c.to_ascii_lowercase()
                } else {
                    c
                };
                prev_cased = true;
                r
            } else {
                prev_cased = false;
                c
            }
        })
        .collect()
}

pub fn capitalize(data: &[u8]) -> Vec<u8> {
    data.iter()
        .enumerate()
        .map(|(i, c)| {
            if i == 0 {
                c.to_ascii_uppercase()
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect()
}

pub fn swapcase(data: &[u8]) -> Vec<u8> {
    data.iter()
        .map(|&c| {
            if c.is_ascii_lowercase() {
                c.to_ascii_uppercase()
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect()
}

pub fn istitle(data: &[u8]) -> bool {
    let mut cased = false;
    let mut prev_cased = false;
    for &c in data {
        if c.is_ascii_uppercase() {
            if prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else if c.is_ascii_lowercase() {
            if !prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    cased
}

/// `islower()` / `isupper()`: some cased byte, none of the other case.
pub fn is_case(data: &[u8], upper: bool) -> bool {
    let mut cased = false;
    for &c in data {
        if (upper && c.is_ascii_lowercase()) || (!upper && c.is_ascii_uppercase()) {
            return false;
        }
        cased |= c.is_ascii_alphabetic();
    }
    cased
}

/// Lowercase hex digits of `data`, with `sep` between groups of `per_sep` bytes counted from
/// the right (from the left when negative).
pub fn hex(data: &[u8], sep: Option<u8>, per_sep: i64) -> Vec<u8> {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let group = per_sep.unsigned_abs() as usize;
    let mut out = Vec::with_capacity(data.len() * 3);
    let n = data.len();
    for (i, &b) in data.iter().enumerate() {
        if let Some(s) = sep
            && i > 0 && group > 0 {
                let boundary = if per_sep < 0 {
                    i % group == 0
                } else {
                    (n - i).is_multiple_of(group)
                };
                if boundary {
                    out.push(s);
                }
            }
        out.push(DIGITS[usize::from(b >> 4)]);
        out.push(DIGITS[usize::from(b & 15)]);
    }
    out
}

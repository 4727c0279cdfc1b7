//! The exception table (co_exceptiontable): encoding and decoding of its entries, all counted
//! in code units, as CPython 3.12 lays them out.

/// One handler range: instructions `start..end` (code units, end exclusive) unwind to `target`
/// with the value stack cut to `depth`, pushing the raising offset first when `lasti` is set.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct ExceptionEntry {
    pub start: u32,
    pub end: u32,
    pub target: u32,
    pub depth: u32,
    pub lasti: bool,
}

fn write_varint(out: &mut Vec<u8>, val: u32, mut msb: u8) {
    for shift in [24u32, 18, 12, 6] {
        if val >= 1 << shift {
            out.push((((val >> shift) & 63) as u8) | 64 | msb);
            msb = 0;
        }
    }
    out.push(((val & 63) as u8) | msb);
}

/// Encodes the entries (which must be sorted by start and not overlap).
pub fn encode(entries: &[ExceptionEntry]) -> Vec<u8> {
    let mut out = Vec::new();
    for e in entries {
        write_varint(&mut out, e.start, 128);
        write_varint(&mut out, e.end - e.start, 0);
        write_varint(&mut out, e.target, 0);
        write_varint(&mut out, (e.depth << 1) | u32::from(e.lasti), 0);
    }
    out
}

/// Decodes a table. Malformed data gives an error message instead of entries.
pub fn decode(table: &[u8]) -> Result<Vec<ExceptionEntry>, String> {
    let mut out = Vec::new();
    let mut i = 0;
    let read = |i: &mut usize| -> Result<u32, String> {
        let mut b = *table.get(*i).ok_or("truncated exception table")?;
        *i += 1;
        let mut v = u32::from(b & 63);
        while b & 64 != 0 {
            b = *table.get(*i).ok_or("truncated exception table")?;
            *i += 1;
            v = v.checked_shl(6).ok_or("exception table value too large")? | u32::from(b & 63);
            if v > (1 << 30) {
                return Err("exception table value too large".into());
            }
        }
        Ok(v)
    };
    while i < table.len() {
        if table[i] & 128 == 0 {
            return Err("exception table entry does not start with a start marker".into());
        }
        let start = read(&mut i)?;
        let size = read(&mut i)?;
        let target = read(&mut i)?;
        let dl = read(&mut i)?;
        out.push(ExceptionEntry {
            start,
            end: start.checked_add(size).ok_or("exception table value too large")?,
            target,
            depth: dl >> 1,
            lasti: dl & 1 != 0,
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_bytes() {
        // From CPython 3.12's output for a try/except/finally function.
        let raw: &[u8] = &[
            0x82, 0x0a, 0x17, 0x00, 0x97, 0x09, 0x35, 0x03, 0xa0, 0x0b, 0x30, 0x03, 0xab, 0x05,
            0x38, 0x00, 0xb0, 0x05, 0x35, 0x03, 0xb5, 0x03, 0x38, 0x00, 0xb8, 0x0c, 0x41, 0x04,
            0x03,
        ];
        let entries = decode(raw).unwrap();
        assert_eq!(entries.len(), 7);
        assert_eq!(
            entries[0],
            ExceptionEntry { start: 2, end: 12, target: 23, depth: 0, lasti: false }
        );
        assert_eq!(
            entries[6],
            ExceptionEntry { start: 56, end: 68, target: 68, depth: 1, lasti: true }
        );
        assert_eq!(encode(&entries), raw);
        // start 20, size 8, target 100, depth 3
        let e = ExceptionEntry { start: 20, end: 28, target: 100, depth: 3, lasti: false };
        assert_eq!(encode(&[e]), vec![0x94, 0x08, 0x41, 0x24, 0x06]);
    }
}

//! The location table (co_linetable, the 3.11+ format): encoding from per-instruction locations
//! and decoding into per-code-unit positions, as CPython 3.12 does.

/// A source position: 1-based lines, 0-based UTF-8 byte columns; -1 where unknown.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub struct Location {
    pub lineno: i32,
    pub end_lineno: i32,
    pub col_offset: i32,
    pub end_col_offset: i32,
}

impl Location {
    pub const NONE: Location =
        Location { lineno: -1, end_lineno: -1, col_offset: -1, end_col_offset: -1 };

    pub const fn new(lineno: i32, end_lineno: i32, col_offset: i32, end_col_offset: i32) -> Self {
        Location { lineno, end_lineno, col_offset, end_col_offset }
    }

    pub fn is_none(&self) -> bool {
        self.lineno < 0
    }
}

/// One decoded position (what `code.co_positions()` yields per code unit).
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct Position {
    pub lineno: Option<i32>,
    pub end_lineno: Option<i32>,
    pub col: Option<i32>,
    pub end_col: Option<i32>,
}

const NONE_CODE: u8 = 15;
const LONG_CODE: u8 = 14;
const NO_COLUMNS_CODE: u8 = 13;
const ONE_LINE0_CODE: u8 = 10;

/// Builds a location table from instructions given in order as (location, size in code units).
pub struct LineTableWriter {
    out: Vec<u8>,
    lineno: i32,
    cur: Location,
    cur_size: u32,
}

impl LineTableWriter {
    pub fn new(firstlineno: i32) -> Self {
        LineTableWriter { out: Vec::new(), lineno: firstlineno, cur: Location::NONE, cur_size: 0 }
    }

    /// Adds one instruction; runs of identical locations are merged.
    pub fn push(&mut self, loc: Location, size: u32) {
        if loc != self.cur {
            self.flush();
            self.cur = loc;
        }
        self.cur_size += size;
    }

    pub fn finish(mut self) -> Vec<u8> {
        self.flush();
        self.out
    }

    fn flush(&mut self) {
        let mut size = self.cur_size;
        let loc = self.cur;
        while size > 8 {
            self.entry(loc, 8);
            size -= 8;
        }
        if size > 0 {
            self.entry(loc, size);
        }
        self.cur_size = 0;
    }

    fn header(&mut self, code: u8, length: u32) {
        self.out.push(0x80 | (code << 3) | (length - 1) as u8);
    }

    fn varint(&mut self, mut v: u32) {
        while v >= 64 {
            self.out.push(0x40 | (v & 63) as u8);
            v >>= 6;
        }
        self.out.push(v as u8);
    }

    fn svarint(&mut self, v: i32) {
        let u = if v < 0 { ((v.unsigned_abs()) << 1) | 1 } else { (v as u32) << 1 };
        self.varint(u);
    }

    fn entry(&mut self, loc: Location, size: u32) {
        if loc.lineno < 0 {
            self.header(NONE_CODE, size);
            return;
        }
        let line_delta = loc.lineno - self.lineno;
        let column = loc.col_offset;
        let end_column = loc.end_col_offset;
        if column < 0 || end_column < 0 {
            if loc.end_lineno == loc.lineno || loc.end_lineno == -1 {
                self.header(NO_COLUMNS_CODE, size);
                self.svarint(line_delta);
                self.lineno = loc.lineno;
                return;
            }
        } else if loc.end_lineno == loc.lineno {
            if line_delta == 0 && column < 80 && end_column - column < 16 && end_column >= column {
                self.header((column / 8) as u8, size);
                self.out.push((((column % 8) << 4) | (end_column - column)) as u8);
                return;
            }
            if (0..3).contains(&line_delta) && column < 128 && end_column < 128 {
                self.header(ONE_LINE0_CODE + line_delta as u8, size);
                self.out.push(column as u8);
                self.out.push(end_column as u8);
                self.lineno = loc.lineno;
                return;
            }
        }
        self.header(LONG_CODE, size);
        self.svarint(line_delta);
        self.varint((loc.end_lineno - loc.lineno) as u32);
        self.varint((column + 1) as u32);
        self.varint((end_column + 1) as u32);
        self.lineno = loc.lineno;
    }
}

/// Decodes a location table into one position per code unit. Malformed or short tables give
/// what they can: decoding stops at the first inconsistency, and missing units get no position.
pub fn decode(table: &[u8], firstlineno: i32, code_units: usize) -> Vec<Position> {
    let none = Position { lineno: None, end_lineno: None, col: None, end_col: None };
    let mut out = Vec::with_capacity(code_units);
    let mut i = 0;
    let mut line = firstlineno;
    let read_varint = |i: &mut usize| -> Option<u32> {
        let mut shift = 0;
        let mut v: u32 = 0;
        loop {
            let b = *table.get(*i)?;
            *i += 1;
            v |= u32::from(b & 63).checked_shl(shift)?;
            if b & 64 == 0 {
                return Some(v);
            }
            shift += 6;
            if shift > 30 {
                return None;
            }
        }
    };
    let read_svarint = |i: &mut usize| -> Option<i32> {
        let u = read_varint(i)?;
        Some(if u & 1 != 0 { -((u >> 1) as i32) } else { (u >> 1) as i32 })
    };
    while i < table.len() && out.len() < code_units {
        let first = table[i];
        if first & 0x80 == 0 {
            break;
        }
        i += 1;
        let code = (first >> 3) & 15;
        let length = usize::from(first & 7) + 1;
        let pos = match code {
            NONE_CODE => none,
            LONG_CODE => {
                let Some(delta) = read_svarint(&mut i) else { break };
                let Some(end_delta) = read_varint(&mut i) else { break };
                let Some(col) = read_varint(&mut i) else { break };
                let Some(end_col) = read_varint(&mut i) else { break };
                line = line.wrapping_add(delta);
                Position {
                    lineno: Some(line),
                    end_lineno: Some(line.wrapping_add(end_delta as i32)),
                    col: if col == 0 { None } else { Some(col as i32 - 1) },
                    end_col: if end_col == 0 { None } else { Some(end_col as i32 - 1) },
                }
            }
            NO_COLUMNS_CODE => {
                let Some(delta) = read_svarint(&mut i) else { break };
                line = line.wrapping_add(delta);
                Position { lineno: Some(line), end_lineno: Some(line), col: None, end_col: None }
            }
            10..=12 => {
                line = line.wrapping_add(i32::from(code - ONE_LINE0_CODE));
                let (Some(&c), Some(&e)) = (table.get(i), table.get(i + 1)) else { break };
                i += 2;
                Position {
                    lineno: Some(line),
                    end_lineno: Some(line),
                    col: Some(i32::from(c)),
                    end_col: Some(i32::from(e)),
                }
            }
            _ => {
                let Some(&b) = table.get(i) else { break };
                i += 1;
                let col = i32::from(code) * 8 + i32::from((b >> 4) & 7);
                Position {
                    lineno: Some(line),
                    end_lineno: Some(line),
                    col: Some(col),
                    end_col: Some(col + i32::from(b & 15)),
                }
            }
        };
        for _ in 0..length {
            if out.len() < code_units {
                out.push(pos);
            }
        }
    }
    out.resize(code_units, none);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_forms() {
        let locs = [
            (Location::new(0, 1, 0, 0), 1),
            (Location::new(1, 1, 0, 5), 2),
            (Location::new(2, 2, 4, 100), 1),
            (Location::new(2, 2, 4, 100), 9),
            (Location::NONE, 2),
            (Location::new(7, 7, -1, -1), 1),
            (Location::new(3, 9, 200, 3), 1),
        ];
        let mut w = LineTableWriter::new(1);
        let mut units = 0;
        for (loc, size) in locs {
            w.push(loc, size);
            units += size as usize;
        }
        let table = w.finish();
        let pos = decode(&table, 1, units);
        let mut k = 0;
        for (loc, size) in locs {
            for _ in 0..size {
                let p = pos[k];
                if loc.is_none() {
                    assert_eq!(p.lineno, None);
                } else {
                    assert_eq!(p.lineno, Some(loc.lineno));
                    assert_eq!(p.col, if loc.col_offset < 0 { None } else { Some(loc.col_offset) });
                }
                k += 1;
            }
        }
    }

    #[test]
    fn module_prefix_bytes() {
        // A module's RESUME at (0, 1, 0, 0) with firstlineno 1 is the long form `f0 03 01 01 01`.
        let mut w = LineTableWriter::new(1);
        w.push(Location::new(0, 1, 0, 0), 1);
        assert_eq!(w.finish(), vec![0xf0, 0x03, 0x01, 0x01, 0x01]);
    }
}

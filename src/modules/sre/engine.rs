//! The backtracking matcher of `_sre`: runs a compiled program (words made by `re`'s compiler)
//! over the code units of a str or bytes, with an explicit stack of choice points and a trail
//! of slot writes to undo on backtracking, so that no input can exhaust the native stack.

use crate::runtime::unicode;

/// The opcodes of a compiled program (the `re` package's compiler emits the same numbers).
pub mod op {
    pub const FAIL: u32 = 0;
    pub const SUCCESS: u32 = 1;
    pub const CHAR: u32 = 2;
    pub const NOT_CHAR: u32 = 3;
    pub const CHAR_IC: u32 = 4;
    pub const NOT_CHAR_IC: u32 = 5;
    pub const CHAR_ICA: u32 = 6;
    pub const NOT_CHAR_ICA: u32 = 7;
    pub const ANY: u32 = 8;
    pub const ANY_ALL: u32 = 9;
    pub const IN: u32 = 10;
    pub const AT: u32 = 11;
    pub const MARK: u32 = 12;
    pub const SPLIT: u32 = 13;
    pub const SPLIT_LAZY: u32 = 14;
    pub const JMP: u32 = 15;
    pub const REPEAT_ONE: u32 = 16;
    pub const REPEAT_INIT: u32 = 17;
    pub const REPEAT_CHECK: u32 = 18;
    pub const REPEAT_ITER: u32 = 19;
    pub const ATOMIC_START: u32 = 20;
    pub const ATOMIC_END: u32 = 21;
    pub const ASSERT: u32 = 22;
    pub const ASSERT_END: u32 = 23;
    pub const ASSERT_NOT: u32 = 24;
    pub const ASSERT_NOT_END: u32 = 25;
    pub const GROUPREF: u32 = 26;
    pub const GROUPREF_IC: u32 = 27;
    pub const GROUPREF_ICA: u32 = 28;
    pub const GROUPREF_EXISTS: u32 = 29;
}

/// Where the program starts: the header is `[nslots, ngroups, info, prefix_len, prefix...]`.
const HEADER: usize = 4;
/// `info` bit: the pattern can only match at the start of the string.
const INFO_ANCHORED: u32 = 1;
/// The "no position" value of a slot.
pub const UNSET: usize = usize::MAX;

/// A code unit of the subject (a byte, a UCS-2 or a UCS-4 unit).
pub trait Unit: Copy {
    fn cp(self) -> u32;
    /// The first index at or after `from` holding `c`.
    fn find(hay: &[Self], c: u32, from: usize) -> Option<usize> {
        hay.get(from..)?.iter().position(|u| u.cp() == c).map(|i| i + from)
    }
}

impl Unit for u8 {
    #[inline]
    fn cp(self) -> u32 {
        u32::from(self)
    }
    fn find(hay: &[u8], c: u32, from: usize) -> Option<usize> {
        let b = u8::try_from(c).ok()?;
        memchr::memchr(b, hay.get(from..)?).map(|i| i + from)
    }
}

impl Unit for u16 {
    #[inline]
    fn cp(self) -> u32 {
        u32::from(self)
    }
}

impl Unit for u32 {
    #[inline]
    fn cp(self) -> u32 {
        self
    }
}

/// The key two characters share when they are equal ignoring case (Unicode rules).
pub fn fold_key(c: u32) -> u32 {
    if c < 0x80 {
        return u32::from((c as u8).to_ascii_lowercase());
    }
    let up = unicode::to_upper(c);
    let u = if up.len() == 1 { up.first() } else { c };
    let low = unicode::to_lower(u);
    if low.is_empty() { u } else { low.first() }
}

/// The one-character lowercase (the full mapping's first character: U+0130 gives 'i').
fn simple_lower(c: u32) -> u32 {
    let m = unicode::to_lower(c);
    if m.is_empty() { c } else { m.first() }
}

fn simple_upper(c: u32) -> u32 {
    let m = unicode::to_upper(c);
    if m.len() == 1 { m.first() } else { c }
}

fn ascii_lower(c: u32) -> u32 {
    if (0x41..=0x5a).contains(&c) { c + 32 } else { c }
}

fn ascii_upper(c: u32) -> u32 {
    if (0x61..=0x7a).contains(&c) { c - 32 } else { c }
}

fn is_ascii_word(c: u32) -> bool {
    c < 0x80 && ((c as u8).is_ascii_alphanumeric() || c == 0x5f)
}

fn is_uni_word(c: u32) -> bool {
    c == 0x5f || unicode::is_alnum(c)
}

/// Whether `c` is in category `k` (ASCII digit, non-digit, space, non-space, word, non-word,
/// then the same six for Unicode).
fn category(k: u32, c: u32) -> bool {
    match k {
        0 => (0x30..=0x39).contains(&c),
        1 => !(0x30..=0x39).contains(&c),
        2 => matches!(c, 0x20 | 0x09..=0x0d),
        3 => !matches!(c, 0x20 | 0x09..=0x0d),
        4 => is_ascii_word(c),
        5 => !is_ascii_word(c),
        6 => unicode::is_decimal(c),
        7 => !unicode::is_decimal(c),
        8 => unicode::is_space(c),
        9 => !unicode::is_space(c),
        10 => is_uni_word(c),
        11 => !is_uni_word(c),
        _ => false,
    }
}

enum Choice {
    /// Resume at `pc` and `pos`.
    Alt { pc: usize, pos: usize, trail: usize },
    /// A greedy single-character repeat: retry with `count` characters (and fewer).
    Greedy { next: usize, base: usize, count: usize, min: usize, trail: usize },
    /// A lazy single-character repeat: retry with one more than `count` characters.
    Lazy { next: usize, body: usize, base: usize, count: usize, max: usize, trail: usize },
    /// The start of an atomic group (kind 0), a lookaround (1) or a negative lookaround (2,
    /// resuming at `cont` when popped).
    Barrier { kind: u8, pos: usize, cont: usize, trail: usize },
}

/// The state of matching one program over one subject.
pub struct Matcher<'a, T: Unit> {
    text: &'a [T],
    /// The program: 32-bit little-endian words.
    code: &'a [u8],
    pub slots: Vec<usize>,
    trail: Vec<(usize, usize)>,
    stack: Vec<Choice>,
    /// The span of the last successful match.
    pub start: usize,
    pub end: usize,
    adv_pos: usize,
    must_advance: bool,
    full: bool,
}

impl<'a, T: Unit> Matcher<'a, T> {
    /// A matcher over `text` (already cut at endpos) running `code` (made by `_sre.pack`).
    pub fn new(code: &'a [u8], text: &'a [T]) -> Self {
        let nslots = code.get(..4).map_or(0, |w| u32::from_le_bytes([w[0], w[1], w[2], w[3]])) as usize;
        Matcher {
            text,
            code,
            slots: vec![UNSET; nslots],
            trail: Vec::new(),
            stack: Vec::new(),
            start: 0,
            end: 0,
            adv_pos: 0,
            must_advance: false,
            full: false,
        }
    }

    /// The number of capturing groups.
    pub fn ngroups(&self) -> usize {
        self.word(1) as usize
    }

    /// The span of group `g` (1-based), if it took part.
    pub fn group(&self, g: usize) -> Option<(usize, usize)> {
        if g == 0 {
            return Some((self.start, self.end));
        }
        let s = *self.slots.get(2 * (g - 1))?;
        let e = *self.slots.get(2 * (g - 1) + 1)?;
        if s == UNSET || e == UNSET || s > e { None } else { Some((s, e)) }
    }

    /// The last closed group, if any.
    pub fn lastindex(&self) -> Option<usize> {
        let v = *self.slots.last()?;
        if v == UNSET || self.slots.len() < 2 * self.ngroups() + 1 { None } else { Some(v) }
    }

    #[inline]
    fn word(&self, i: usize) -> u32 {
        match self.code.get(i * 4..i * 4 + 4) {
            Some(w) => u32::from_le_bytes([w[0], w[1], w[2], w[3]]),
            None => op::FAIL,
        }
    }

    #[inline]
    fn at(&self, i: usize) -> usize {
        self.word(i) as usize
    }

    fn start_pc(&self) -> usize {
        HEADER + self.at(3)
    }

    /// Whether the pattern matches at `pos` (mode 0), matches all of the rest (1), or matches
    /// somewhere at or after `pos` (2). An empty match at `pos` is refused when
    /// `must_advance`.
    pub fn search(&mut self, pos: usize, mode: u8, must_advance: bool) -> bool {
        self.must_advance = must_advance;
        self.adv_pos = pos;
        self.full = mode == 1;
        if pos > self.text.len() {
            return false;
        }
        if mode != 2 {
            return self.run(pos);
        }
        if self.word(2) & INFO_ANCHORED != 0 {
            return pos == 0 && self.run(0);
        }
        let plen = self.at(3);
        let first = self.start_pc();
        let first_single = self.is_single(first);
        let mut s = pos;
        loop {
            if plen > 0 {
                match T::find(self.text, self.word(HEADER), s) {
                    Some(i) => s = i,
                    None => return false,
                }
                let fits = self.text.len() - s >= plen
                    && (1..plen).all(|k| self.text[s + k].cp() == self.word(HEADER + k));
                if !fits {
                    s += 1;
                    continue;
                }
            } else if first_single {
                while s < self.text.len() && !self.single(first, self.text[s].cp()) {
                    s += 1;
                }
                if s >= self.text.len() {
                    return false;
                }
            }
            if self.run(s) {
                return true;
            }
            if s >= self.text.len() {
                return false;
            }
            s += 1;
        }
    }

    fn is_single(&self, pc: usize) -> bool {
        matches!(
            self.word(pc),
            op::CHAR
                | op::NOT_CHAR
                | op::CHAR_IC
                | op::NOT_CHAR_IC
                | op::CHAR_ICA
                | op::NOT_CHAR_ICA
                | op::ANY
                | op::ANY_ALL
                | op::IN
        )
    }

    /// Whether the single-character instruction at `pc` accepts `c`.
    #[inline]
    fn single(&self, pc: usize, c: u32) -> bool {
        let arg = self.word(pc + 1);
        match self.word(pc) {
            op::CHAR => c == arg,
            op::NOT_CHAR => c != arg,
            op::CHAR_IC => c == arg || fold_key(c) == fold_key(arg),
            op::NOT_CHAR_IC => !(c == arg || fold_key(c) == fold_key(arg)),
            op::CHAR_ICA => ascii_lower(c) == ascii_lower(arg),
            op::NOT_CHAR_ICA => ascii_lower(c) != ascii_lower(arg),
            op::ANY => c != 0x0a,
            op::ANY_ALL => true,
            op::IN => self.in_set(pc, c),
            _ => false,
        }
    }

    /// The length in words of the single-character instruction at `pc`.
    fn single_len(&self, pc: usize) -> usize {
        match self.word(pc) {
            op::ANY | op::ANY_ALL => 1,
            op::IN => self.at(pc + 1).saturating_sub(pc),
            _ => 2,
        }
    }

    /// IN: `[IN, skip, flags, items..., 0]`, flags bit 0 negates, bits 1-2 the case mode.
    fn in_set(&self, pc: usize, c: u32) -> bool {
        let flags = self.word(pc + 2);
        let ic = (flags >> 1) & 3;
        let (lo_c, up_c, key_c) = match ic {
            1 => (simple_lower(c), simple_upper(c), fold_key(c)),
            2 => (ascii_lower(c), ascii_upper(c), ascii_lower(c)),
            _ => (c, c, c),
        };
        let mut i = pc + 3;
        let mut hit = false;
        loop {
            match self.word(i) {
                1 => {
                    let l = self.word(i + 1);
                    let k = match ic {
                        1 => fold_key(l),
                        2 => ascii_lower(l),
                        _ => l,
                    };
                    if l == c || (ic != 0 && k == key_c) {
                        hit = true;
                        break;
                    }
                    i += 2;
                }
                2 => {
                    let r = self.word(i + 1)..=self.word(i + 2);
                    let folded = |r: &std::ops::RangeInclusive<u32>| {
                        r.contains(&lo_c)
                            || r.contains(&up_c)
                            || (ic == 1 && (r.contains(&simple_lower(up_c)) || r.contains(&simple_upper(lo_c))))
                    };
                    if r.contains(&c) || (ic != 0 && folded(&r)) {
                        hit = true;
                        break;
                    }
                    i += 3;
                }
                3 => {
                    if category(self.word(i + 1), c) {
                        hit = true;
                        break;
                    }
                    i += 2;
                }
                _ => break,
            }
        }
        hit != (flags & 1 != 0)
    }

    fn is_word_at(&self, i: usize, uni: bool) -> bool {
        let c = self.text[i].cp();
        if uni { is_uni_word(c) } else { is_ascii_word(c) }
    }

    fn at_check(&self, kind: u32, pos: usize) -> bool {
        let n = self.text.len();
        match kind {
            0 | 2 => pos == 0,
            1 => pos == 0 || self.text[pos - 1].cp() == 0x0a,
            3 => pos == n || (pos + 1 == n && self.text[pos].cp() == 0x0a),
            4 => pos == n || self.text[pos].cp() == 0x0a,
            5 => pos == n,
            6..=9 => {
                if n == 0 {
                    return false;
                }
                let uni = kind >= 8;
                let before = pos > 0 && self.is_word_at(pos - 1, uni);
                let after = pos < n && self.is_word_at(pos, uni);
                (before != after) == (kind == 6 || kind == 8)
            }
            _ => false,
        }
    }

    #[inline]
    fn set_slot(&mut self, s: usize, v: usize) {
        if let Some(slot) = self.slots.get_mut(s) {
            if !self.stack.is_empty() {
                self.trail.push((s, *slot));
            }
            *slot = v;
        }
    }

    fn undo(&mut self, to: usize) {
        while self.trail.len() > to {
            if let Some((s, old)) = self.trail.pop() {
                if let Some(slot) = self.slots.get_mut(s) {
                    *slot = old;
                }
            }
        }
    }

    fn slot(&self, s: usize) -> usize {
        self.slots.get(s).copied().unwrap_or(UNSET)
    }

    /// The index of the topmost barrier on the stack.
    fn top_barrier(&self) -> Option<usize> {
        self.stack.iter().rposition(|c| matches!(c, Choice::Barrier { .. }))
    }

    /// Compares the text of group `g` with the text at `pos`; the length matched.
    fn backref(&self, g: usize, pos: usize, ic: u32) -> Option<usize> {
        let s = self.slot(2 * g.checked_sub(1)?);
        let e = self.slot(2 * (g - 1) + 1);
        if s == UNSET || e == UNSET || s > e {
            return None;
        }
        let len = e - s;
        if pos + len > self.text.len() {
            return None;
        }
        for k in 0..len {
            let a = self.text[s + k].cp();
            let b = self.text[pos + k].cp();
            let same = match ic {
                0 => a == b,
                1 => simple_lower(a) == simple_lower(b),
                _ => ascii_lower(a) == ascii_lower(b),
            };
            if !same {
                return None;
            }
        }
        Some(len)
    }

    /// One attempt at `start`.
    fn run(&mut self, start: usize) -> bool {
        for s in self.slots.iter_mut() {
            *s = UNSET;
        }
        self.trail.clear();
        self.stack.clear();
        let n = self.text.len();
        let lastindex_slot = self.slots.len().wrapping_sub(1);
        let marks = 2 * self.ngroups();
        let mut pc = self.start_pc();
        let mut pos = start;
        loop {
            let ok = match self.word(pc) {
                op::SUCCESS => {
                    if (self.full && pos != n) || (self.must_advance && pos == self.adv_pos) {
                        false
                    } else {
                        self.start = start;
                        self.end = pos;
                        return true;
                    }
                }
                op::CHAR
                | op::NOT_CHAR
                | op::CHAR_IC
                | op::NOT_CHAR_IC
                | op::CHAR_ICA
                | op::NOT_CHAR_ICA
                | op::ANY
                | op::ANY_ALL
                | op::IN => {
                    if pos < n && self.single(pc, self.text[pos].cp()) {
                        pos += 1;
                        pc += self.single_len(pc);
                        true
                    } else {
                        false
                    }
                }
                op::AT => {
                    if self.at_check(self.word(pc + 1), pos) {
                        pc += 2;
                        true
                    } else {
                        false
                    }
                }
                op::MARK => {
                    let s = self.at(pc + 1);
                    self.set_slot(s, pos);
                    if s % 2 == 1 && s < marks {
                        self.set_slot(lastindex_slot, s / 2 + 1);
                    }
                    pc += 2;
                    true
                }
                op::SPLIT => {
                    self.stack.push(Choice::Alt { pc: self.at(pc + 1), pos, trail: self.trail.len() });
                    pc += 2;
                    true
                }
                op::SPLIT_LAZY => {
                    self.stack.push(Choice::Alt { pc: pc + 2, pos, trail: self.trail.len() });
                    pc = self.at(pc + 1);
                    true
                }
                op::JMP => {
                    pc = self.at(pc + 1);
                    true
                }
                op::REPEAT_ONE => self.repeat_one(&mut pc, &mut pos),
                op::REPEAT_INIT => {
                    let r = self.at(pc + 1);
                    self.set_slot(r, 0);
                    self.set_slot(r + 1, UNSET);
                    pc += 2;
                    true
                }
                op::REPEAT_CHECK => {
                    let r = self.at(pc + 1);
                    let min = self.at(pc + 2);
                    let max = self.at(pc + 3);
                    let lazy = self.word(pc + 4) == 1;
                    let exit = self.at(pc + 5);
                    let body = self.at(pc + 6);
                    let count = self.slot(r);
                    let last = self.slot(r + 1);
                    let more = count < max && pos != last;
                    if count < min {
                        pc = body;
                    } else if !more {
                        pc = exit;
                    } else if lazy {
                        self.stack.push(Choice::Alt { pc: body, pos, trail: self.trail.len() });
                        pc = exit;
                    } else {
                        self.stack.push(Choice::Alt { pc: exit, pos, trail: self.trail.len() });
                        pc = body;
                    }
                    true
                }
                op::REPEAT_ITER => {
                    let r = self.at(pc + 1);
                    let count = self.slot(r);
                    self.set_slot(r, count.saturating_add(1));
                    self.set_slot(r + 1, pos);
                    pc += 2;
                    true
                }
                op::ATOMIC_START => {
                    self.stack.push(Choice::Barrier { kind: 0, pos, cont: 0, trail: self.trail.len() });
                    pc += 1;
                    true
                }
                op::ATOMIC_END | op::ASSERT_END => {
                    if let Some(b) = self.top_barrier() {
                        if let Choice::Barrier { kind: 1, pos: p, .. } = self.stack[b] {
                            pos = p;
                        }
                        self.stack.truncate(b);
                    }
                    pc += 1;
                    true
                }
                op::ASSERT => {
                    let back = self.at(pc + 1);
                    if pos < back {
                        false
                    } else {
                        self.stack.push(Choice::Barrier { kind: 1, pos, cont: 0, trail: self.trail.len() });
                        pos -= back;
                        pc += 2;
                        true
                    }
                }
                op::ASSERT_NOT => {
                    let back = self.at(pc + 1);
                    let cont = self.at(pc + 2);
                    if pos < back {
                        pc = cont;
                    } else {
                        self.stack.push(Choice::Barrier { kind: 2, pos, cont, trail: self.trail.len() });
                        pos -= back;
                        pc += 3;
                    }
                    true
                }
                op::ASSERT_NOT_END => {
                    if let Some(b) = self.top_barrier() {
                        if let Choice::Barrier { trail, .. } = self.stack[b] {
                            self.undo(trail);
                        }
                        self.stack.truncate(b);
                    }
                    false
                }
                op::GROUPREF | op::GROUPREF_IC | op::GROUPREF_ICA => {
                    let ic = self.word(pc) - op::GROUPREF;
                    match self.backref(self.at(pc + 1), pos, ic) {
                        Some(len) => {
                            pos += len;
                            pc += 2;
                            true
                        }
                        None => false,
                    }
                }
                op::GROUPREF_EXISTS => {
                    let g = self.at(pc + 1);
                    let set = g >= 1 && {
                        let s = self.slot(2 * (g - 1));
                        let e = self.slot(2 * (g - 1) + 1);
                        s != UNSET && e != UNSET && s <= e
                    };
                    pc = if set { pc + 3 } else { self.at(pc + 2) };
                    true
                }
                _ => false,
            };
            if !ok && !self.backtrack(&mut pc, &mut pos) {
                return false;
            }
        }
    }

    /// REPEAT_ONE: `[REPEAT_ONE, min, max, mode, next, body...]`.
    fn repeat_one(&mut self, pc: &mut usize, pos: &mut usize) -> bool {
        let p = *pc;
        let min = self.at(p + 1);
        let max = self.at(p + 2);
        let mode = self.word(p + 3);
        let next = self.at(p + 4);
        let body = p + 5;
        let base = *pos;
        let avail = self.text.len() - base;
        let limit = if mode == 1 { min.min(avail) } else { max.min(avail) };
        let mut count = 0;
        if self.word(body) == op::ANY_ALL {
            count = limit;
        } else {
            while count < limit && self.single(body, self.text[base + count].cp()) {
                count += 1;
            }
        }
        if count < min {
            return false;
        }
        match mode {
            0 => {
                if self.word(next) == op::CHAR {
                    let lit = self.word(next + 1);
                    loop {
                        if base + count < self.text.len() && self.text[base + count].cp() == lit {
                            break;
                        }
                        if count == min {
                            return false;
                        }
                        count -= 1;
                    }
                }
                if count > min {
                    let trail = self.trail.len();
                    self.stack.push(Choice::Greedy { next, base, count: count - 1, min, trail });
                }
            }
            1 => {
                if count < max {
                    let trail = self.trail.len();
                    self.stack.push(Choice::Lazy { next, body, base, count, max, trail });
                }
            }
            _ => {}
        }
        *pos = base + count;
        *pc = next;
        true
    }

    /// Resumes at the topmost choice point; false when none is left.
    fn backtrack(&mut self, pc: &mut usize, pos: &mut usize) -> bool {
        while let Some(choice) = self.stack.pop() {
            match choice {
                Choice::Alt { pc: p, pos: q, trail } => {
                    self.undo(trail);
                    *pc = p;
                    *pos = q;
                    return true;
                }
                Choice::Greedy { next, base, count, min, trail } => {
                    self.undo(trail);
                    let mut c = count;
                    if self.word(next) == op::CHAR {
                        let lit = self.word(next + 1);
                        loop {
                            if base + c < self.text.len() && self.text[base + c].cp() == lit {
                                break;
                            }
                            if c <= min {
                                c = usize::MAX;
                                break;
                            }
                            c -= 1;
                        }
                        if c == usize::MAX {
                            continue;
                        }
                    }
                    if c > min {
                        self.stack.push(Choice::Greedy { next, base, count: c - 1, min, trail });
                    }
                    *pc = next;
                    *pos = base + c;
                    return true;
                }
                Choice::Lazy { next, body, base, count, max, trail } => {
                    self.undo(trail);
                    let at = base + count;
                    if at < self.text.len() && self.single(body, self.text[at].cp()) {
                        let c = count + 1;
                        if c < max {
                            self.stack.push(Choice::Lazy { next, body, base, count: c, max, trail });
                        }
                        *pc = next;
                        *pos = base + c;
                        return true;
                    }
                }
                Choice::Barrier { kind, pos: q, cont, trail } => {
                    self.undo(trail);
                    if kind == 2 {
                        *pc = cont;
                        *pos = q;
                        return true;
                    }
                }
            }
        }
        false
    }
}

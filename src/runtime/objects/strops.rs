//! str operations the runtime needs everywhere: one-character strings, concatenation of parts.

use crate::runtime::object::Payload;
use crate::runtime::objects::str::PyString;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

/// A str of one code point.
pub fn char_value(vm: &Vm, c: u32) -> Value {
    if c < 128 {
        let b = [c as u8];
        // ASCII is valid UTF-8.
        return vm.new_str(std::str::from_utf8(&b).unwrap_or(""));
    }
    vm.str_value(PyString::from_code_points([c]))
}

/// The concatenation of str values (BUILD_STRING); non-str parts are skipped.
pub fn join_strs(vm: &Vm, parts: &[Value]) -> Value {
    let mut all_latin1 = true;
    let mut total = 0;
    for p in parts {
        if let Some(Payload::Str(s)) = p.payload() {
            total += s.len();
            all_latin1 &= s.max_char() < 0x100;
        }
    }
    if all_latin1 {
        let mut bytes = Vec::with_capacity(total);
        for p in parts {
            if let Some(Payload::Str(s)) = p.payload() {
                bytes.extend(s.chars().map(|c| c as u8));
            }
        }
        return vm.str_value(PyString::from_latin1_bytes(&bytes));
    }
    let mut cps = Vec::with_capacity(total);
    for p in parts {
        if let Some(Payload::Str(s)) = p.payload() {
            cps.extend(s.chars());
        }
    }
    vm.str_value(PyString::from_vec(cps))
}

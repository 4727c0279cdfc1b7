//! The "Did you mean" suggestions CPython 3.12 adds to the last line of a NameError,
//! AttributeError or ImportError: the closest name by its weighted Levenshtein distance among
//! the object's attributes, or the frame's locals, globals and builtins.

use crate::runtime::object::Payload;
use crate::runtime::objects::exception::{exc_data, field};
use crate::runtime::objects::exception_kinds::{ATTR_NAME, ATTR_OBJ, IMPORT_NAME, IMPORT_NAME_FROM, NAME_NAME};
use crate::runtime::ops;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

const MAX_CANDIDATE_ITEMS: usize = 750;
const MAX_STRING_SIZE: usize = 40;
const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;

fn substitution_cost(a: u8, b: u8) -> usize {
    if a == b {
        0
    } else if a.eq_ignore_ascii_case(&b) {
        CASE_COST
    } else {
        MOVE_COST
    }
}

/// The edit distance of two names (over their UTF-8 bytes), or `max_cost + 1` once it must
/// exceed `max_cost`.
fn distance(a: &[u8], b: &[u8], max_cost: usize) -> usize {
    let mut a = a;
    let mut b = b;
    while let (Some(x), Some(y)) = (a.first(), b.first()) {
        if x != y {
            break;
        }
        a = &a[1..];
        b = &b[1..];
    }
    while let (Some(x), Some(y)) = (a.last(), b.last()) {
        if x != y {
            break;
        }
        a = &a[..a.len() - 1];
        b = &b[..b.len() - 1];
    }
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max_cost + 1;
    }
    if b.len() < a.len() {
        std::mem::swap(&mut a, &mut b);
    }
    if (b.len() - a.len()) * MOVE_COST > max_cost {
        return max_cost + 1;
    }
    let mut row: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (bi, &code) in b.iter().enumerate() {
        let mut dist = bi * MOVE_COST;
        result = dist;
        let mut minimum = usize::MAX;
        for (i, &ac) in a.iter().enumerate() {
            let substitute = dist + substitution_cost(code, ac);
            dist = row[i];
            let insert_delete = result.min(dist) + MOVE_COST;
            result = insert_delete.min(substitute);
            row[i] = result;
            minimum = minimum.min(result);
        }
        if minimum > max_cost {
            return max_cost + 1;
        }
    }
    result
}

/// The closest of `candidates` to `name`, if close enough.
fn closest(candidates: &[String], name: &str) -> Option<String> {
    if candidates.len() >= MAX_CANDIDATE_ITEMS {
        return None;
    }
    let mut best: Option<(&String, usize)> = None;
    for item in candidates {
        if item == name {
            continue;
        }
        let mut max = (name.len() + item.len() + 3) * MOVE_COST / 6;
        if let Some((_, d)) = best {
            max = max.min(d.saturating_sub(1));
        }
        let d = distance(name.as_bytes(), item.as_bytes(), max);
        if d > max {
            continue;
        }
        if best.is_none_or(|(_, bd)| d < bd) {
            best = Some((item, d));
        }
    }
    best.map(|(s, _)| s.clone())
}

fn texts(vm: &mut Vm, v: &Value) -> Option<Vec<String>> {
    let items = crate::runtime::eval::collect_items(vm, v).ok()?;
    Some(items.iter().filter_map(ops::repr::text_of).collect())
}

fn dict_keys(v: &Value) -> Vec<String> {
    match v.payload() {
        Some(Payload::Dict(d)) => d.borrow().keys().filter_map(ops::repr::text_of).collect(),
        _ => Vec::new(),
    }
}

/// The sorted `dir()` of an object.
fn dir_of(vm: &mut Vm, obj: &Value) -> Option<Vec<String>> {
    let name = vm.names.__dir__.clone();
    let d = ops::call_special(vm, obj, &name, &[]).ok()??;
    let mut names = texts(vm, &d)?;
    names.sort();
    Some(names)
}

fn name_error_suggestion(vm: &mut Vm, exc: &Value, name: &str) -> Option<String> {
    let mut tb = exc_data(exc)?.traceback.borrow().clone();
    loop {
        let Some(Payload::Traceback { next, .. }) = tb.payload() else { return None };
        let n = next.borrow().clone();
        if n.is_none() {
            break;
        }
        tb = n;
    }
    let Some(Payload::Traceback { frame, .. }) = tb.payload() else { return None };
    let Some(Payload::FrameObj(fo)) = frame.payload() else { return None };
    let varnames: Vec<String> = fo.code.object.varnames().iter().map(|s| s.to_string()).collect();
    if let Some(s) = closest(&varnames, name) {
        return Some(s);
    }
    if varnames.iter().any(|v| v == "self") {
        let this = fo.self_value.borrow().clone();
        if !this.is_null() {
            let n = vm.intern(name);
            if matches!(ops::getattr_opt(vm, &this, &n), Ok(Some(_))) {
                return Some(format!("self.{name}"));
            }
        }
    }
    let globals = dict_keys(&Value::Obj(fo.globals.clone()));
    if let Some(s) = closest(&globals, name) {
        return Some(s);
    }
    let builtins = dict_keys(&Value::Obj(fo.builtins.clone()));
    closest(&builtins, name)
}

/// The text CPython appends to the last line of `exc` (". Did you mean: 'x'?"), if any.
pub fn suggestion(vm: &mut Vm, exc: &Value) -> Option<String> {
    let cls = exc.class(vm);
    let e = &vm.types.exc;
    let found = if cls.is_subtype(&e.name_error) {
        let name = ops::repr::text_of(&field(exc, NAME_NAME))?;
        let found = name_error_suggestion(vm, exc, &name);
        // A name of a standard module: perhaps an import was forgotten.
        let module = crate::modules::sys::stdlib_names::STDLIB_MODULE_NAMES.contains(&name.as_str());
        return match (found, module) {
            (Some(f), true) => Some(format!(". Did you mean: '{f}'? Or did you forget to import '{name}'?")),
            (Some(f), false) => Some(format!(". Did you mean: '{f}'?")),
            (None, true) => Some(format!(". Did you forget to import '{name}'?")),
            (None, false) => None,
        };
    } else if cls.is_subtype(&e.attribute_error) {
        let name = ops::repr::text_of(&field(exc, ATTR_NAME))?;
        let obj = field(exc, ATTR_OBJ);
        let names = dir_of(vm, &obj)?;
        closest(&names, &name)?
    } else if cls.is_subtype(&e.import_error) {
        let module = field(exc, IMPORT_NAME);
        let name = ops::repr::text_of(&field(exc, IMPORT_NAME_FROM))?;
        let mods = vm.modules.clone();
        let m = crate::runtime::objects::dict::dict_get_str(vm, &mods, &vm.intern(&ops::repr::text_of(&module)?))?;
        let names = dir_of(vm, &m)?;
        closest(&names, &name)?
    } else {
        return None;
    };
    Some(format!(". Did you mean: '{found}'?"))
}

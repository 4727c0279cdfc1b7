//! Printing an uncaught exception as CPython 3.12 does: chained exceptions (cause, context), the
//! traceback entries with their source lines and position markers, and the final
//! `Type: message` line.

use crate::runtime::object::Payload;
use crate::runtime::objects::exception::exc_data;
use crate::runtime::ops;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

/// The text of line `lineno` of a source file (as linecache reads it), without its newline.
pub fn source_line(vm: &mut Vm, filename: &str, lineno: i32) -> Option<String> {
    if lineno < 1 {
        return None;
    }
    let text = vm.source_cache.entry(filename.to_string()).or_insert_with(|| {
        std::fs::read(filename).ok().map(|b| match crate::frontend::decode::decode_source(&b, filename) {
            Ok(t) => t,
            Err(_) => String::from_utf8_lossy(&b).into_owned(),
        })
    });
    let text = text.as_ref()?;
    let line = text.split_inclusive('\n').nth(lineno as usize - 1)?;
    Some(line.trim_end_matches(['\n', '\r']).to_string())
}

fn byte_to_char(line: &str, byte: usize) -> usize {
    let mut b = byte.min(line.len());
    while b > 0 && !line.is_char_boundary(b) {
        b -= 1;
    }
    line[..b].chars().count()
}

/// One traceback entry's lines.
fn format_entry(vm: &mut Vm, tb: &Value) -> String {
    let Some(Payload::Traceback { frame, lasti, lineno, .. }) = tb.payload() else { return String::new() };
    let Some(Payload::FrameObj(fo)) = frame.payload() else { return String::new() };
    let code = fo.code.clone();
    let filename = ops::repr::text_of(&Value::Obj(code.filename.clone())).unwrap_or_default();
    let name = ops::repr::text_of(&Value::Obj(code.name.clone())).unwrap_or_default();
    let line_text = match lineno {
        Some(n) => n.to_string(),
        None => "-1".to_string(),
    };
    let mut out = format!("  File \"{filename}\", line {line_text}, in {name}\n");
    let Some(n) = lineno else { return out };
    let Some(line) = source_line(vm, &filename, *n) else { return out };
    let stripped = line.trim_matches([' ', '\t', '\x0c']);
    if stripped.is_empty() {
        return out;
    }
    out.push_str(&format!("    {stripped}\n"));
    let pos = code.position(*lasti);
    if let (Some(col), Some(end_col), Some(l), Some(el)) = (pos.col, pos.end_col, pos.lineno, pos.end_lineno) {
        let start = byte_to_char(&line, col as usize);
        let end = if l == el { byte_to_char(&line, end_col as usize) } else { line.trim_end().chars().count() };
        let leading = line.chars().count() - line.trim_start_matches([' ', '\t', '\x0c']).chars().count();
        let stripped_len = stripped.chars().count();
        let segment: String = line.chars().skip(start).take(end.saturating_sub(start)).collect();
        let anchors = if l == el { crate::runtime::traceback_anchors::anchors(&segment) } else { None };
        let spans_line = end.saturating_sub(start) >= stripped_len;
        let anchored = anchors.as_ref().is_some_and(|a| a.right_start > a.left_end);
        if !spans_line || anchored {
            out.push_str("    ");
            out.push_str(&" ".repeat(start.saturating_sub(leading)));
            match anchors {
                Some(a) => {
                    let total = end - start;
                    out.push_str(&a.primary.to_string().repeat(a.left_end));
                    out.push_str(&a.secondary.to_string().repeat(a.right_start - a.left_end));
                    out.push_str(&a.primary.to_string().repeat(total.saturating_sub(a.right_start)));
                }
                None => out.push_str(&"^".repeat(end.saturating_sub(start).max(1))),
            }
            out.push('\n');
        }
    }
    out
}

/// The last line: `module.Type: message` (no `: ` when the message is empty).
fn format_final(vm: &mut Vm, exc: &Value) -> String {
    let cls = exc.class(vm);
    let module = crate::runtime::objects::dict::dict_get_str(vm, &cls.dict, &vm.names.__module__).and_then(|m| ops::repr::text_of(&m));
    let qual = cls.qualname.borrow().clone();
    let tname = match module.as_deref() {
        Some("builtins") | Some("__main__") | None => qual.to_string(),
        Some(m) => format!("{m}.{qual}"),
    };
    let msg = match ops::str_of(vm, exc) {
        Ok(s) => ops::repr::text_of(&s).unwrap_or_default(),
        Err(_) => "<exception str() failed>".to_string(),
    };
    let mut out = if msg.is_empty() { format!("{tname}\n") } else { format!("{tname}: {msg}\n") };
    let notes_name = vm.intern("__notes__");
    if let Ok(Some(notes)) = ops::getattr_opt(vm, exc, &notes_name) {
        if let Some(Payload::List(l)) = notes.payload() {
            for n in l.borrow().clone() {
                match ops::repr::text_of(&n) {
                    Some(s) => out.push_str(&format!("{s}\n")),
                    None => {
                        let r = ops::repr(vm, &n).ok().and_then(|r| ops::repr::text_of(&r)).unwrap_or_default();
                        out.push_str(&format!("{r}\n"));
                    }
                }
            }
        }
    }
    out
}

/// The whole report of one exception and its chain.
pub fn format_exception(vm: &mut Vm, exc: &Value) -> String {
    let mut seen: Vec<usize> = Vec::new();
    format_chain(vm, exc, &mut seen)
}

fn format_chain(vm: &mut Vm, exc: &Value, seen: &mut Vec<usize>) -> String {
    seen.push(exc.id());
    let mut out = String::new();
    if let Some(d) = exc_data(exc) {
        let cause = d.cause.borrow().clone();
        let context = d.context.borrow().clone();
        if !cause.is_none() && !seen.contains(&cause.id()) {
            out.push_str(&format_chain(vm, &cause, seen));
            out.push_str("\nThe above exception was the direct cause of the following exception:\n\n");
        } else if !d.suppress_context.get() && !context.is_none() && !seen.contains(&context.id()) {
            out.push_str(&format_chain(vm, &context, seen));
            out.push_str("\nDuring handling of the above exception, another exception occurred:\n\n");
        }
        let tb = d.traceback.borrow().clone();
        if !tb.is_none() {
            out.push_str("Traceback (most recent call last):\n");
            let mut cur = tb;
            let mut last: Option<(usize, i32, String)> = None;
            let mut repeats = 0;
            while let Some(Payload::Traceback { next, .. }) = cur.payload() {
                let entry = format_entry(vm, &cur);
                let key = entry_key(&cur);
                if last.as_ref().is_some_and(|l| *l == key) {
                    repeats += 1;
                } else {
                    flush_repeats(&mut out, repeats);
                    repeats = 0;
                }
                if repeats < 3 {
                    out.push_str(&entry);
                }
                last = Some(key);
                let n = next.borrow().clone();
                cur = n;
            }
            flush_repeats(&mut out, repeats);
        }
    }
    out.push_str(&format_final(vm, exc));
    out
}

/// What makes two traceback entries "the same line" for CPython's repetition folding.
fn entry_key(tb: &Value) -> (usize, i32, String) {
    if let Some(Payload::Traceback { frame, lineno, .. }) = tb.payload() {
        if let Some(Payload::FrameObj(fo)) = frame.payload() {
            let code = std::rc::Rc::as_ptr(&fo.code) as usize;
            return (code, lineno.unwrap_or(-1), String::new());
        }
    }
    (0, -1, String::new())
}

fn flush_repeats(out: &mut String, repeats: usize) {
    if repeats >= 3 {
        let n = repeats - 2;
        out.push_str(&format!("  [Previous line repeated {n} more time{}]\n", if n == 1 { "" } else { "s" }));
    }
}

/// Prints an uncaught exception to stderr.
pub fn print_exception(vm: &mut Vm, exc: &Value) {
    let text = format_exception(vm, exc);
    crate::runtime::stdio::write_stderr(vm, &text);
}

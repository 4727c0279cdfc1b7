//! Printing an uncaught exception as CPython 3.12 does: chained exceptions (cause, context),
//! exception groups in their boxes, the traceback entries with their source lines and position
//! markers (repeated lines folded), the final `Type: message` line with its suggestion, and the
//! notes.

use std::collections::HashSet;

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
        crate::import::library::read_file(std::path::Path::new(filename)).ok().map(|b| match crate::frontend::decode::decode_source(&b, filename) {
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

/// The state of one printing: what was printed already (chains may loop), the group depth
/// and whether a group's box still needs its closing line.
struct Ctx {
    out: String,
    seen: HashSet<usize>,
    depth: usize,
    need_close: bool,
}

/// How deep and how wide exception groups are printed.
const MAX_GROUP_DEPTH: usize = 10;
const MAX_GROUP_WIDTH: usize = 15;
/// How many times the same line is printed before CPython folds the repeats.
const RECURSIVE_CUTOFF: usize = 3;
/// `sys.tracebacklimit`'s default.
const TRACEBACK_LIMIT: usize = 1000;

impl Ctx {
    fn indent(&self) -> String {
        " ".repeat(2 * self.depth)
    }

    fn margin(&self) -> &'static str {
        if self.depth > 0 { "| " } else { "" }
    }

    /// Writes the indent and margin, then `text` (one line or several, the first only prefixed).
    fn emit(&mut self, text: &str) {
        let p = format!("{}{}", self.indent(), self.margin());
        self.out.push_str(&p);
        self.out.push_str(text);
    }

    /// Writes each line of `text` with the indent and margin.
    fn emit_lines(&mut self, text: &str) {
        let p = format!("{}{}", self.indent(), self.margin());
        for line in text.split_inclusive('\n') {
            self.out.push_str(&p);
            self.out.push_str(line);
        }
    }
}

/// The exception's type as the last line names it: `module.Qualname`, without the module for
/// builtins and `__main__`.
fn type_display(vm: &mut Vm, exc: &Value) -> String {
    let cls = exc.class(vm);
    let module = crate::runtime::objects::dict::dict_get_str(vm, &cls.dict, &vm.names.__module__);
    let qual = cls.qualname.borrow().clone();
    match module.as_ref().map(ops::repr::text_of) {
        Some(Some(m)) if m == "builtins" || m == "__main__" => qual.to_string(),
        Some(Some(m)) => format!("{m}.{qual}"),
        Some(None) => format!("<unknown>.{qual}"),
        None => qual.to_string(),
    }
}

/// The SyntaxError lines before the last one: where it is, the line and its caret.
fn syntax_error_location(vm: &mut Vm, exc: &Value, ctx: &mut Ctx) -> Option<String> {
    let get = |vm: &mut Vm, name: &str| {
        let n = vm.intern(name);
        ops::getattr_opt(vm, exc, &n).ok().flatten().unwrap_or(Value::None)
    };
    let msg = get(vm, "msg");
    let filename = get(vm, "filename");
    let lineno = get(vm, "lineno");
    let text = get(vm, "text");
    let offset = get(vm, "offset");
    let end_offset = get(vm, "end_offset");
    let end_lineno = get(vm, "end_lineno");
    let fname = ops::repr::text_of(&filename).unwrap_or_else(|| "<string>".to_string());
    let Value::Int(line) = lineno else { return None };
    ctx.emit(&format!("  File \"{fname}\", line {line}\n"));
    if let Some(t) = ops::repr::text_of(&text) {
        let first = t.split('\n').next().unwrap_or("");
        let stripped = first.trim_start_matches([' ', '\t', '\x0c']);
        let removed = first.chars().count() - stripped.chars().count();
        let shown = stripped.trim_end_matches(['\n', '\r']);
        ctx.emit(&format!("    {shown}\n"));
        if let Value::Int(off) = offset {
            let mut start = off - 1 - removed as i64;
            let same_line = matches!(end_lineno, Value::Int(el) if el == line) || end_lineno.is_none();
            let mut end = match end_offset {
                Value::Int(e) if same_line && e > 0 => e - 1 - removed as i64,
                _ => start + 1,
            };
            let len = shown.chars().count() as i64;
            if start >= len {
                start = len;
            }
            start = start.max(0);
            if end > len + 1 {
                end = len + 1;
            }
            if end <= start {
                end = start + 1;
            }
            let prefix: String = shown.chars().take(start as usize).map(|c| if c.is_whitespace() { c } else { ' ' }).collect();
            ctx.emit(&format!("    {prefix}{}\n", "^".repeat((end - start) as usize)));
        }
    }
    Some(ops::repr::text_of(&msg).unwrap_or_else(|| "<no detail available>".to_string()))
}

/// The last line (`module.Type: message` and its suggestion) and the notes.
fn format_final(vm: &mut Vm, exc: &Value, ctx: &mut Ctx) {
    let tname = type_display(vm, exc);
    let is_syntax = exc.class(vm).is_subtype(&vm.types.exc.syntax_error);
    let syntax_msg = if is_syntax { syntax_error_location(vm, exc, ctx) } else { None };
    let msg = match syntax_msg {
        Some(m) => m,
        None => match ops::str_of(vm, exc) {
            Ok(s) => ops::repr::text_of(&s).unwrap_or_default(),
            Err(_) => "<exception str() failed>".to_string(),
        },
    };
    let suggestion = crate::runtime::traceback_suggest::suggestion(vm, exc).unwrap_or_default();
    if msg.is_empty() {
        ctx.emit(&format!("{tname}{suggestion}\n"));
    } else {
        ctx.emit(&format!("{tname}: {msg}{suggestion}\n"));
    }
    let notes_name = vm.intern("__notes__");
    let notes = match ops::getattr_opt(vm, exc, &notes_name) {
        Ok(Some(n)) => n,
        _ => return,
    };
    let items = match notes.payload() {
        Some(Payload::List(l)) => l.borrow().clone(),
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => {
            let r = ops::repr(vm, &notes).ok().and_then(|r| ops::repr::text_of(&r));
            ctx.emit(&format!("{}\n", r.unwrap_or_else(|| "<__notes__ repr() failed>".to_string())));
            return;
        }
    };
    for n in items {
        match ops::repr::text_of(&n).filter(|_| matches!(n.payload(), Some(Payload::Str(_)))) {
            Some(s) => {
                let mut s = s;
                if !s.ends_with('\n') {
                    s.push('\n');
                }
                ctx.emit_lines(&s);
            }
            None => {
                let r = ops::str_of(vm, &n).ok().and_then(|r| ops::repr::text_of(&r));
                ctx.emit(&format!("{}\n", r.unwrap_or_else(|| "<note str() failed>".to_string())));
            }
        }
    }
}

/// The whole report of one exception and its chain.
pub fn format_exception(vm: &mut Vm, exc: &Value) -> String {
    let mut ctx = Ctx { out: String::new(), seen: HashSet::new(), depth: 0, need_close: false };
    print_recursive(vm, exc, &mut ctx);
    ctx.out
}

fn print_recursive(vm: &mut Vm, exc: &Value, ctx: &mut Ctx) {
    ctx.seen.insert(exc.id());
    if let Some(d) = exc_data(exc) {
        let cause = d.cause.borrow().clone();
        let context = d.context.borrow().clone();
        if !cause.is_none() {
            if !ctx.seen.contains(&cause.id()) {
                print_chained(vm, &cause, ctx, "\nThe above exception was the direct cause of the following exception:\n\n");
            }
        } else if !d.suppress_context.get() && !context.is_none() && !ctx.seen.contains(&context.id()) {
            print_chained(vm, &context, ctx, "\nDuring handling of the above exception, another exception occurred:\n\n");
        }
    }
    if crate::runtime::objects::exception_group::is_group(vm, exc) {
        print_group(vm, exc, ctx);
    } else {
        print_one(vm, exc, ctx);
    }
}

fn print_chained(vm: &mut Vm, exc: &Value, ctx: &mut Ctx, message: &str) {
    if crate::runtime::recursion::enter(vm, " in print_chained").is_err() {
        return;
    }
    print_recursive(vm, exc, ctx);
    crate::runtime::recursion::leave(vm);
    ctx.emit_lines(message);
}

/// An exception's traceback and last lines.
fn print_one(vm: &mut Vm, exc: &Value, ctx: &mut Ctx) {
    let tb = exc_data(exc).map(|d| d.traceback.borrow().clone()).unwrap_or(Value::None);
    if !tb.is_none() {
        let is_group = crate::runtime::objects::exception_group::is_group(vm, exc);
        let header = if is_group { "Exception Group Traceback (most recent call last):\n" } else { "Traceback (most recent call last):\n" };
        let margin = if is_group && ctx.depth == 1 { "+ " } else { ctx.margin() };
        let line = format!("{}{margin}{header}", ctx.indent());
        ctx.out.push_str(&line);
        print_traceback(vm, &tb, ctx);
    }
    format_final(vm, exc, ctx);
}

fn print_traceback(vm: &mut Vm, tb: &Value, ctx: &mut Ctx) {
    let mut entries = Vec::new();
    let mut cur = tb.clone();
    while let Some(Payload::Traceback { next, .. }) = cur.payload() {
        let n = next.borrow().clone();
        entries.push(cur);
        cur = n;
    }
    let skip = entries.len().saturating_sub(TRACEBACK_LIMIT);
    let mut last: Option<(String, i32, String)> = None;
    let mut count = 0;
    for e in &entries[skip..] {
        let key = entry_key(e);
        if last.as_ref() != Some(&key) {
            flush_repeats(ctx, count);
            last = Some(key);
            count = 0;
        }
        count += 1;
        if count <= RECURSIVE_CUTOFF {
            let text = format_entry(vm, e);
            ctx.emit_lines(&text);
        }
    }
    flush_repeats(ctx, count);
}

/// An exception group: its own traceback and line, then each nested exception in its box.
fn print_group(vm: &mut Vm, exc: &Value, ctx: &mut Ctx) {
    if ctx.depth > MAX_GROUP_DEPTH {
        ctx.emit(&format!("... (max_group_depth is {MAX_GROUP_DEPTH})\n"));
        return;
    }
    let toplevel = ctx.depth == 0;
    if toplevel {
        ctx.depth += 1;
    }
    print_one(vm, exc, ctx);
    let excs = crate::runtime::objects::exception_group::exceptions_of(exc);
    let n = excs.len().min(MAX_GROUP_WIDTH + 1);
    ctx.need_close = false;
    for (i, e) in excs.iter().take(n).enumerate() {
        let last = i + 1 == n;
        if last {
            ctx.need_close = true;
        }
        let truncated = i >= MAX_GROUP_WIDTH;
        let title = if truncated { "...".to_string() } else { (i + 1).to_string() };
        let line = format!("{}{}+---------------- {title} ----------------\n", ctx.indent(), if i == 0 { "+-" } else { "  " });
        ctx.out.push_str(&line);
        ctx.depth += 1;
        if truncated {
            let remaining = excs.len() - MAX_GROUP_WIDTH;
            ctx.emit(&format!("and {remaining} more exception{}\n", if remaining > 1 { "s" } else { "" }));
        } else if crate::runtime::recursion::enter(vm, " in print_exception_group").is_ok() {
            print_recursive(vm, e, ctx);
            crate::runtime::recursion::leave(vm);
        }
        if last && ctx.need_close {
            let line = format!("{}+------------------------------------\n", ctx.indent());
            ctx.out.push_str(&line);
            ctx.need_close = false;
        }
        ctx.depth -= 1;
    }
    if ctx.depth == 1 && toplevel {
        ctx.depth = 0;
    }
}

/// What makes two traceback entries "the same line" for the folding of repeats: the file,
/// line and function name.
fn entry_key(tb: &Value) -> (String, i32, String) {
    if let Some(Payload::Traceback { frame, lineno, .. }) = tb.payload()
        && let Some(Payload::FrameObj(fo)) = frame.payload()
    {
        let file = ops::repr::text_of(&Value::Obj(fo.code.filename.clone())).unwrap_or_default();
        let name = ops::repr::text_of(&Value::Obj(fo.code.name.clone())).unwrap_or_default();
        return (file, lineno.unwrap_or(-1), name);
    }
    (String::new(), -1, String::new())
}

fn flush_repeats(ctx: &mut Ctx, count: usize) {
    if count > RECURSIVE_CUTOFF {
        let n = count - RECURSIVE_CUTOFF;
        ctx.out.push_str(&format!("  [Previous line repeated {n} more time{}]\n", if n == 1 { "" } else { "s" }));
    }
}

/// Prints an exception to stderr as `sys.excepthook` does (giving it `tb` when it has no
/// traceback of its own).
pub fn display(vm: &mut Vm, exc: &Value, tb: &Value) {
    if let Some(d) = exc_data(exc) {
        if d.traceback.borrow().is_none() && matches!(tb.payload(), Some(Payload::Traceback { .. })) {
            *d.traceback.borrow_mut() = tb.clone();
        }
    } else {
        let t = ops::type_name(vm, exc);
        let text = format!("TypeError: print_exception(): Exception expected for value, {t} found\n");
        crate::runtime::stdio::write_stderr(vm, &text);
        return;
    }
    let text = format_exception(vm, exc);
    crate::runtime::stdio::write_stderr(vm, &text);
}

/// The last line of an exception's report (with a SyntaxError's location lines) and its notes:
/// what `traceback.format_exception_only` gives.
pub fn format_exception_only(vm: &mut Vm, exc: &Value) -> String {
    let mut ctx = Ctx { out: String::new(), seen: HashSet::new(), depth: 0, need_close: false };
    format_final(vm, exc, &mut ctx);
    ctx.out
}

/// The lines of one traceback entry (file, line, source and position markers).
pub fn format_traceback_entry(vm: &mut Vm, tb: &Value) -> String {
    format_entry(vm, tb)
}

/// Prints an exception and its chain to stderr (what the default `sys.excepthook` does).
pub fn print_exception(vm: &mut Vm, exc: &Value) {
    display(vm, exc, &Value::None);
}

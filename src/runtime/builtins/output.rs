//! The builtins that talk to the standard streams: `print` (through any object with `write()`,
//! in one write for pyrs's own files, one write per piece for others, as CPython calls them)
//! and `input` (the prompt to `sys.stdout`, a line from `sys.stdin`).

use crate::runtime::object::Payload;
use crate::runtime::objects::function::CallArgs;
use crate::runtime::objects::str::PyString;
use crate::runtime::ops;
use crate::runtime::value::Value;
use crate::runtime::vm::{PyResult, Vm};

fn sep_arg(vm: &Vm, v: Option<&Value>, what: &str) -> PyResult<Option<Value>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(s) if matches!(s.payload(), Some(Payload::Str(_))) => Ok(Some(s.clone())),
        Some(other) => {
            let t = ops::type_name(vm, other);
            Err(vm.type_error(format!("{what} must be None or a string, not {t}")))
        }
    }
}

static PRINT_KW: &[&str] = &["sep", "end", "file", "flush"];

/// `print(*objects, sep=' ', end='\n', file=None, flush=False)`.
pub fn print(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let mut kw: [Option<&Value>; 4] = [None; 4];
    for (k, v) in args.kwargs() {
        let Some(Payload::Str(key)) = k.payload() else { return Err(vm.type_error("keywords must be strings")) };
        match PRINT_KW.iter().position(|n| key.eq_str(n)) {
            Some(i) => kw[i] = Some(v),
            None => {
                let name = key.to_string_lossy();
                return Err(vm.type_error(format!("'{name}' is an invalid keyword argument for print()")));
            }
        }
    }
    let file = match kw[2] {
        None | Some(Value::None) => crate::modules::sys::stdout(vm),
        Some(f) => f.clone(),
    };
    let sep = sep_arg(vm, kw[0], "sep")?;
    let end = sep_arg(vm, kw[1], "end")?;
    let flush = match kw[3] {
        Some(v) => ops::is_true(vm, v)?,
        None => false,
    };
    if file.is_none() {
        return Ok(Value::None);
    }
    let native = match file.as_obj() {
        Some(o) => o.class_ref().ptr_eq(&vm.types.text_io_wrapper) && matches!(o.payload, Payload::File(_)),
        None => false,
    };
    if native {
        // One buffer, one write; what was formatted before a failing str() is still written.
        let Some(Payload::File(f)) = file.payload() else { return Ok(Value::None) };
        let mut text: Vec<u32> = Vec::new();
        let mut ascii = String::new();
        let mut all_ascii = true;
        let mut failure = None;
        for (i, v) in args.pos().iter().enumerate() {
            if i > 0 {
                match &sep {
                    Some(s) => push_str(s, &mut ascii, &mut text, &mut all_ascii),
                    None => push_text(" ", &mut ascii, &mut text, all_ascii),
                }
            }
            match ops::str_of(vm, v) {
                Ok(s) => push_str(&s, &mut ascii, &mut text, &mut all_ascii),
                Err(e) => {
                    failure = Some(e);
                    break;
                }
            }
        }
        if failure.is_none() {
            match &end {
                Some(s) => push_str(s, &mut ascii, &mut text, &mut all_ascii),
                None => push_text("\n", &mut ascii, &mut text, all_ascii),
            }
        }
        let s = if all_ascii { PyString::new(&ascii) } else { PyString::from_vec(text) };
        crate::runtime::io::write_text(vm, f, &s, None)?;
        if let Some(e) = failure {
            return Err(e);
        }
    } else {
        let space = vm.new_str(" ");
        for (i, v) in args.pos().iter().enumerate() {
            if i > 0 {
                let s = sep.clone().unwrap_or_else(|| space.clone());
                crate::runtime::stdio::write_value(vm, &file, &s)?;
            }
            let s = ops::str_of(vm, v)?;
            crate::runtime::stdio::write_value(vm, &file, &s)?;
        }
        let e = end.unwrap_or_else(|| vm.new_str("\n"));
        crate::runtime::stdio::write_value(vm, &file, &e)?;
    }
    if flush {
        vm.call_method_name(&file, "flush", &[])?;
    }
    Ok(Value::None)
}

/// Appends a str value: to the ASCII buffer while everything is ASCII, else to the code points.
fn push_str(s: &Value, ascii: &mut String, cps: &mut Vec<u32>, all_ascii: &mut bool) {
    let Some(Payload::Str(ps)) = s.payload() else { return };
    if *all_ascii {
        if let Some(a) = ps.as_ascii() {
            ascii.push_str(a);
            return;
        }
        *all_ascii = false;
        cps.extend(ascii.bytes().map(u32::from));
        ascii.clear();
    }
    cps.extend(ps.chars());
}

fn push_text(t: &str, ascii: &mut String, cps: &mut Vec<u32>, all_ascii: bool) {
    if all_ascii {
        ascii.push_str(t);
    } else {
        cps.extend(t.chars().map(|c| c as u32));
    }
}

/// `input(prompt='')`: writes the prompt, reads a line without its newline; EOFError at the
/// end of input.
pub fn input(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let a = [crate::runtime::builtins::args::unpack(vm, &args, "input", 0, 1)?.first().cloned()];
    let stdin = crate::modules::sys::stdin(vm);
    let stdout = crate::modules::sys::stdout(vm);
    let stderr = crate::modules::sys::stderr(vm);
    if stdin.is_none() {
        return Err(vm.runtime_error("input(): lost sys.stdin"));
    }
    if stdout.is_none() {
        return Err(vm.runtime_error("input(): lost sys.stdout"));
    }
    if !stderr.is_none() {
        let _ = vm.call_method_name(&stderr, "flush", &[]);
    }
    if let Some(p) = a[0].as_ref() {
        let s = ops::str_of(vm, p)?;
        crate::runtime::stdio::write_value(vm, &stdout, &s)?;
    }
    vm.call_method_name(&stdout, "flush", &[])?;
    let line = vm.call_method_name(&stdin, "readline", &[])?;
    let Some(Payload::Str(s)) = line.payload() else {
        return Err(vm.type_error("object.readline() returned non-string"));
    };
    if s.is_empty() {
        return Err(vm.new_error(&vm.types.exc.eof_error.clone(), "EOF when reading a line"));
    }
    let n = s.len();
    if s.get(n - 1) == 10 {
        return Ok(vm.str_value(s.slice(0, n - 1)));
    }
    Ok(line.clone())
}

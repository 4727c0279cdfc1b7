//! The data attributes of `sys`: version, implementation, flags and the other struct sequences,
//! platform facts, paths and the import system's lists.

use crate::machine::Engine;
use crate::runtime::objects::dict::{dict_get_str, dict_set_str};
use crate::runtime::objects::structseq;
use crate::runtime::value::{ObjRef, Value};
use crate::runtime::vm::Vm;

/// `sys.copyright` (also the text of the `copyright` builtin).
pub const COPYRIGHT: &str = "Copyright (c) 2001-2023 Python Software Foundation.\nAll Rights Reserved.\n\nCopyright (c) 2000 BeOpen.com.\nAll Rights Reserved.\n\nCopyright (c) 1995-2001 Corporation for National Research Initiatives.\nAll Rights Reserved.\n\nCopyright (c) 1991-1995 Stichting Mathematisch Centrum, Amsterdam.\nAll Rights Reserved.";

/// The CPython version pyrs implements.
pub const VERSION: (i64, i64, i64, &str, i64) = (3, 12, 1, "final", 0);
/// `sys.hexversion` of 3.12.1 final.
pub const HEXVERSION: i64 = 0x030C01F0;
/// The default of `sys.get_int_max_str_digits()`.
pub const DEFAULT_MAX_STR_DIGITS: usize = 4300;

const FLAG_FIELDS: &[&str] = &[
    "debug",
    "inspect",
    "interactive",
    "optimize",
    "dont_write_bytecode",
    "no_user_site",
    "no_site",
    "ignore_environment",
    "verbose",
    "bytes_warning",
    "quiet",
    "hash_randomization",
    "isolated",
    "dev_mode",
    "utf8_mode",
    "warn_default_encoding",
    "safe_path",
    "int_max_str_digits",
];

fn set(vm: &Vm, d: &ObjRef, k: &str, v: Value) {
    dict_set_str(vm, d, vm.intern(k), v);
}

fn strs(vm: &Vm, items: &[&str]) -> Vec<Value> {
    items.iter().map(|s| vm.new_str(s)).collect()
}

/// The `sys.flags` values for the options pyrs has.
fn flag_values(vm: &Vm) -> Vec<Value> {
    let s = &vm.settings;
    let hash_random = !matches!(s.hash_seed, Some(0));
    vec![
        Value::Int(0),
        Value::Int(0),
        Value::Int(0),
        Value::Int(s.optimize as i64),
        Value::Int(s.dont_write_bytecode as i64),
        Value::Int(0),
        // pyrs imports no `site` module.
        Value::Int(1),
        Value::Int(0),
        Value::Int(s.verbose as i64),
        Value::Int(0),
        Value::Int(0),
        Value::Int(hash_random as i64),
        Value::Int(0),
        Value::Bool(false),
        Value::Int(1),
        Value::Int(0),
        Value::Bool(false),
        Value::Int(vm.int_max_str_digits as i64),
    ]
}

/// `sys.getswitchinterval()`.
pub fn switch_interval(vm: &Vm) -> Value {
    let d = vm.sys.dict.borrow().clone();
    d.and_then(|d| dict_get_str(vm, &d, &vm.intern("_switch_interval"))).unwrap_or(Value::Float(0.005))
}

fn struct_seq(vm: &mut Vm, d: &ObjRef, attr: &str, type_name: &str, fields: &[&str], values: Vec<Value>, instantiable: bool) -> Option<Value> {
    let t = structseq::new_type(vm, "sys", type_name, fields, instantiable).ok()?;
    let v = structseq::new_instance(vm, &t, values);
    set(vm, d, attr, v.clone());
    Some(v)
}

pub fn init(vm: &mut Vm, d: &ObjRef) {
    set(vm, d, "__name__", vm.new_str("sys"));
    set(vm, d, "__doc__", vm.new_str("This module provides access to some objects used or maintained by the\ninterpreter and to functions that interact strongly with the interpreter."));
    set(vm, d, "__package__", vm.new_str(""));
    set(vm, d, "__loader__", Value::None);
    set(vm, d, "__spec__", Value::None);
    set(vm, d, "modules", Value::Obj(vm.modules.clone()));
    let argv: Vec<Value> = vm.settings.argv.clone().iter().map(|a| vm.new_str(a)).collect();
    let argv = vm.new_list(argv);
    set(vm, d, "argv", argv);
    let orig: Vec<Value> = std::env::args_os().map(|a| vm.new_str(&a.to_string_lossy())).collect();
    let orig = vm.new_list(orig);
    set(vm, d, "orig_argv", orig);
    let path: Vec<Value> = vm.settings.path.clone().iter().map(|a| vm.new_str(a)).collect();
    let path = vm.new_list(path);
    set(vm, d, "path", path);
    for k in ["meta_path", "path_hooks", "warnoptions"] {
        let l = vm.new_list(Vec::new());
        set(vm, d, k, l);
    }
    set(vm, d, "path_importer_cache", Value::Obj(vm.new_dict()));
    set(vm, d, "_xoptions", Value::Obj(vm.new_dict()));
    set(vm, d, "maxsize", Value::Int(i64::MAX));
    set(vm, d, "maxunicode", Value::Int(0x10FFFF));
    set(vm, d, "byteorder", vm.new_str(if cfg!(target_endian = "little") { "little" } else { "big" }));
    set(vm, d, "platform", vm.new_str(platform()));
    let exe = std::env::current_exe().map(|p| p.display().to_string()).unwrap_or_default();
    set(vm, d, "executable", vm.new_str(&exe));
    set(vm, d, "_base_executable", vm.new_str(&exe));
    let prefix = std::path::Path::new(&exe)
        .parent()
        .and_then(|p| p.parent())
        .map(|p| p.display().to_string())
        .unwrap_or_default();
    for k in ["prefix", "base_prefix", "exec_prefix", "base_exec_prefix"] {
        set(vm, d, k, vm.new_str(&prefix));
    }
    set(vm, d, "platlibdir", vm.new_str("lib"));
    let prefix = match vm.settings.pycache_prefix.clone() {
        Some(p) => vm.new_str(&p),
        None => Value::None,
    };
    set(vm, d, "pycache_prefix", prefix);
    set(vm, d, "dont_write_bytecode", Value::Bool(vm.settings.dont_write_bytecode));
    set(vm, d, "float_repr_style", vm.new_str("short"));
    set(vm, d, "abiflags", vm.new_str(""));
    set(vm, d, "api_version", Value::Int(1013));
    set(vm, d, "hexversion", Value::Int(HEXVERSION));
    set(vm, d, "copyright", vm.new_str(COPYRIGHT));
    let engine_modules = crate::machine::Engine::builtin_modules(&vm.engine);
    let mut builtin: Vec<&str> =
        crate::modules::BUILTIN_NAMES.iter().chain(engine_modules).copied().filter(|n| !n.contains('.')).collect();
    builtin.sort_unstable();
    let names = strs(vm, &builtin);
    let names = vm.new_tuple(names);
    set(vm, d, "builtin_module_names", names);
    let engine = vm.engine;
    set(
        vm,
        d,
        "version",
        vm.new_str(&format!("3.12.1 (pyrs {}, {} engine) [rustc]", env!("CARGO_PKG_VERSION"), engine.name())),
    );
    let (major, minor, micro, level, serial) = VERSION;
    let version_info = struct_seq(
        vm,
        d,
        "version_info",
        "version_info",
        &["major", "minor", "micro", "releaselevel", "serial"],
        vec![Value::Int(major), Value::Int(minor), Value::Int(micro), vm.new_str(level), Value::Int(serial)],
        false,
    )
    .unwrap_or(Value::None);
    vm.int_max_str_digits = DEFAULT_MAX_STR_DIGITS;
    let flags = flag_values(vm);
    struct_seq(vm, d, "flags", "flags", FLAG_FIELDS, flags, false);
    let float_info = vec![
        Value::Float(f64::MAX),
        Value::Int(f64::MAX_EXP as i64),
        Value::Int(f64::MAX_10_EXP as i64),
        Value::Float(f64::MIN_POSITIVE),
        Value::Int(f64::MIN_EXP as i64),
        Value::Int(f64::MIN_10_EXP as i64),
        Value::Int(f64::DIGITS as i64),
        Value::Int(f64::MANTISSA_DIGITS as i64),
        Value::Float(f64::EPSILON),
        Value::Int(f64::RADIX as i64),
        Value::Int(1),
    ];
    struct_seq(
        vm,
        d,
        "float_info",
        "float_info",
        &["max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"],
        float_info,
        true,
    );
    struct_seq(
        vm,
        d,
        "int_info",
        "int_info",
        &["bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"],
        vec![Value::Int(30), Value::Int(4), Value::Int(DEFAULT_MAX_STR_DIGITS as i64), Value::Int(640)],
        true,
    );
    let hash_info = vec![
        Value::Int(64),
        Value::Int((1i64 << 61) - 1),
        Value::Int(314159),
        Value::Int(0),
        Value::Int(1000003),
        vm.new_str("siphash13"),
        Value::Int(64),
        Value::Int(128),
        Value::Int(0),
    ];
    struct_seq(
        vm,
        d,
        "hash_info",
        "hash_info",
        &["width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"],
        hash_info,
        true,
    );
    let thread_info = vec![vm.new_str("pthread"), vm.new_str("semaphore"), Value::None];
    struct_seq(vm, d, "thread_info", "thread_info", &["name", "lock", "version"], thread_info, true);
    let implementation = crate::runtime::objects::namespace::new_namespace(
        vm,
        vec![
            ("name", vm.new_str("pyrs")),
            ("cache_tag", vm.new_str(engine.cache_tag())),
            ("version", version_info),
            ("hexversion", Value::Int(HEXVERSION)),
            ("_multiarch", vm.new_str(&format!("{}-linux-gnu", std::env::consts::ARCH))),
            ("engine", vm.new_str(engine.name())),
        ],
    );
    set(vm, d, "implementation", implementation);
    let names = strs(vm, super::stdlib_names::STDLIB_MODULE_NAMES);
    if let Ok(names) = crate::runtime::objects::set::new_frozenset(vm, names) {
        set(vm, d, "stdlib_module_names", names);
    }
}

fn platform() -> &'static str {
    match std::env::consts::OS {
        "linux" => "linux",
        "macos" => "darwin",
        "windows" => "win32",
        "freebsd" => "freebsd",
        other => other,
    }
}

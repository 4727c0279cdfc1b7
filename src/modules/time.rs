//! `time`: the clocks (wall, monotonic, process and thread CPU time), `sleep`, the conversions
//! between timestamps and `struct_time` (`gmtime`, `localtime`, `mktime`), text forms
//! (`asctime`, `ctime`, `strftime` through the C library, `strptime` through `_strptime`) and
//! the local time zone's description (`timezone`, `altzone`, `daylight`, `tzname`).

use std::ffi::{CStr, CString};

use num_traits::ToPrimitive;

use crate::runtime::builtins::args::{Signature, index_arg, index_bigint};
use crate::runtime::objects::float_type::float_of;
use crate::runtime::objects::function::{CallArgs, MethodDef};
use crate::runtime::objects::namespace::new_namespace;
use crate::runtime::objects::structseq;
use crate::runtime::ops;
use crate::runtime::types::TypeRef;
use crate::runtime::value::Value;
use crate::runtime::vm::{PyResult, Vm};

const FUNCS: &[MethodDef] = &[
    MethodDef::function("time", time),
    MethodDef::function("time_ns", time_ns),
    MethodDef::function("monotonic", monotonic),
    MethodDef::function("monotonic_ns", monotonic_ns),
    MethodDef::function("perf_counter", monotonic),
    MethodDef::function("perf_counter_ns", monotonic_ns),
    MethodDef::function("process_time", process_time),
    MethodDef::function("process_time_ns", process_time_ns),
    MethodDef::function("thread_time", thread_time),
    MethodDef::function("thread_time_ns", thread_time_ns),
    MethodDef::function("clock_gettime", clock_gettime),
    MethodDef::function("clock_gettime_ns", clock_gettime_ns),
    MethodDef::function("clock_getres", clock_getres),
    MethodDef::function("clock_settime", clock_settime),
    MethodDef::function("clock_settime_ns", clock_settime_ns),
    MethodDef::function("sleep", sleep),
    MethodDef::function("gmtime", gmtime),
    MethodDef::function("localtime", localtime),
    MethodDef::function("mktime", mktime),
    MethodDef::function("asctime", asctime),
    MethodDef::function("ctime", ctime),
    MethodDef::function("strftime", strftime),
    MethodDef::function("strptime", strptime),
    MethodDef::function("get_clock_info", get_clock_info),
    MethodDef::function("tzset", tzset),
];

unsafe extern "C" {
    #[link_name = "tzset"]
    fn tzset_c();
}

const FIELDS: &[&str] =
    &["tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst", "tm_zone", "tm_gmtoff"];

const DAYS: [&str; 7] = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/// The `time` module.
pub fn create(vm: &mut Vm) -> PyResult<Value> {
    let m = super::new_module(vm, "time", FUNCS);
    let t = structseq::new_type_with_hidden(vm, "time", "struct_time", FIELDS, 9, true)?;
    super::set_attr(vm, &m, "struct_time", t.to_value());
    for (name, id) in [
        ("CLOCK_REALTIME", libc::CLOCK_REALTIME),
        ("CLOCK_MONOTONIC", libc::CLOCK_MONOTONIC),
        ("CLOCK_MONOTONIC_RAW", libc::CLOCK_MONOTONIC_RAW),
        ("CLOCK_PROCESS_CPUTIME_ID", libc::CLOCK_PROCESS_CPUTIME_ID),
        ("CLOCK_THREAD_CPUTIME_ID", libc::CLOCK_THREAD_CPUTIME_ID),
        ("CLOCK_BOOTTIME", libc::CLOCK_BOOTTIME),
        ("CLOCK_TAI", libc::CLOCK_TAI),
    ] {
        super::set_attr(vm, &m, name, Value::Int(id as i64));
    }
    init_timezone(vm, &m);
    Ok(m)
}

/// Sets `timezone`, `altzone`, `daylight` and `tzname` from the local time of January and July
/// of this year (so that the southern hemisphere's summer is seen as daylight time too).
fn init_timezone(vm: &mut Vm, m: &Value) {
    const YEAR: libc::time_t = (365 * 24 + 6) * 3600;
    // SAFETY: tzset reads the TZ variable and sets the C library's zone state.
    unsafe { tzset_c() };
    let now = now_realtime().0;
    let jan = (now / YEAR) * YEAR;
    let zone = |t: libc::time_t| -> (i64, String) {
        match local_tm(t) {
            Some(tm) => (-(tm.tm_gmtoff as i64), zone_name(&tm)),
            None => (0, String::new()),
        }
    };
    let (janzone, janname) = zone(jan);
    let (julzone, julname) = zone(jan + YEAR / 2);
    let (tz, alt, names) =
        if janzone < julzone { (julzone, janzone, (julname, janname)) } else { (janzone, julzone, (janname, julname)) };
    super::set_attr(vm, m, "timezone", Value::Int(tz));
    super::set_attr(vm, m, "altzone", Value::Int(alt));
    super::set_attr(vm, m, "daylight", Value::Int((janzone != julzone) as i64));
    let names = vm.new_tuple(vec![vm.new_str(&names.0), vm.new_str(&names.1)]);
    super::set_attr(vm, m, "tzname", names);
}

fn zone_name(tm: &libc::tm) -> String {
    if tm.tm_zone.is_null() {
        return String::new();
    }
    // SAFETY: tm_zone, when set by the C library, points to a NUL-terminated static string.
    unsafe { CStr::from_ptr(tm.tm_zone) }.to_string_lossy().into_owned()
}

fn no_args(vm: &Vm, args: &CallArgs, name: &str) -> PyResult<()> {
    if args.has_kwargs() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    if !args.pos().is_empty() {
        return Err(vm.type_error(format!("{name}() takes no arguments ({} given)", args.pos().len())));
    }
    Ok(())
}

fn clock(id: libc::clockid_t) -> Option<(i64, i64)> {
    let mut ts = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: ts is a valid timespec to fill.
    let r = unsafe { libc::clock_gettime(id, &mut ts) };
    (r == 0).then_some((ts.tv_sec as i64, ts.tv_nsec as i64))
}

fn now_realtime() -> (libc::time_t, i64) {
    let (s, ns) = clock(libc::CLOCK_REALTIME).unwrap_or((0, 0));
    (s as libc::time_t, ns)
}

fn clock_value(vm: &mut Vm, id: libc::clockid_t, ns: bool) -> PyResult<Value> {
    let Some((s, n)) = clock(id) else {
        let e = std::io::Error::last_os_error().raw_os_error().unwrap_or(libc::EINVAL);
        return Err(crate::runtime::io::os_error(vm, e, None));
    };
    if ns {
        let total = i128::from(s) * 1_000_000_000 + i128::from(n);
        return Ok(match i64::try_from(total) {
            Ok(v) => Value::Int(v),
            Err(_) => crate::runtime::objects::int_type::new_int(vm, &vm.types.int.clone(), total.into()),
        });
    }
    Ok(Value::Float(s as f64 + n as f64 * 1e-9))
}

macro_rules! clock_fn {
    ($name:ident, $pyname:literal, $id:expr, $ns:expr) => {
        fn $name(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
            no_args(vm, &args, $pyname)?;
            clock_value(vm, $id, $ns)
        }
    };
}

clock_fn!(time, "time", libc::CLOCK_REALTIME, false);
clock_fn!(time_ns, "time_ns", libc::CLOCK_REALTIME, true);
clock_fn!(monotonic, "monotonic", libc::CLOCK_MONOTONIC, false);
clock_fn!(monotonic_ns, "monotonic_ns", libc::CLOCK_MONOTONIC, true);
clock_fn!(process_time, "process_time", libc::CLOCK_PROCESS_CPUTIME_ID, false);
clock_fn!(process_time_ns, "process_time_ns", libc::CLOCK_PROCESS_CPUTIME_ID, true);
clock_fn!(thread_time, "thread_time", libc::CLOCK_THREAD_CPUTIME_ID, false);
clock_fn!(thread_time_ns, "thread_time_ns", libc::CLOCK_THREAD_CPUTIME_ID, true);

/// The positional arguments of a clock function taking exactly `n` of them, with the messages of
/// CPython's tuple parsing (`fmt_name` is the name in its format, `name` the function's own).
fn clock_args<'a>(vm: &Vm, args: &CallArgs<'a>, name: &str, fmt_name: &str, n: usize) -> PyResult<&'a [Value]> {
    if args.has_kwargs() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    let pos = args.pos();
    if pos.len() != n {
        let s = if n == 1 { "" } else { "s" };
        return Err(vm.type_error(format!("{fmt_name}() takes exactly {n} argument{s} ({} given)", pos.len())));
    }
    Ok(pos)
}

/// A clock id: a C int through `__index__`, with the C long and int range errors.
fn clock_id(vm: &mut Vm, v: &Value) -> PyResult<libc::clockid_t> {
    let Some(id) = index_bigint(vm, v)?.to_i64() else {
        return Err(vm.overflow_error("Python int too large to convert to C long"));
    };
    if id > i64::from(i32::MAX) {
        return Err(vm.overflow_error("signed integer is greater than maximum"));
    }
    if id < i64::from(i32::MIN) {
        return Err(vm.overflow_error("signed integer is less than minimum"));
    }
    Ok(id as libc::clockid_t)
}

fn clock_id_arg(vm: &mut Vm, args: &CallArgs, name: &str, fmt_name: &str) -> PyResult<libc::clockid_t> {
    let v = clock_args(vm, args, name, fmt_name, 1)?[0].clone();
    clock_id(vm, &v)
}

fn clock_gettime(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let id = clock_id_arg(vm, &args, "clock_gettime", "clock_gettime")?;
    clock_value(vm, id, false)
}

fn clock_gettime_ns(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let id = clock_id_arg(vm, &args, "clock_gettime_ns", "clock_gettime")?;
    clock_value(vm, id, true)
}

fn resolution(id: libc::clockid_t) -> Option<f64> {
    let mut ts = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: ts is a valid timespec to fill.
    let r = unsafe { libc::clock_getres(id, &mut ts) };
    (r == 0).then(|| ts.tv_sec as f64 + ts.tv_nsec as f64 * 1e-9)
}

fn clock_getres(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let id = clock_id_arg(vm, &args, "clock_getres", "clock_getres")?;
    match resolution(id) {
        Some(r) => Ok(Value::Float(r)),
        None => {
            let e = std::io::Error::last_os_error().raw_os_error().unwrap_or(libc::EINVAL);
            Err(crate::runtime::io::os_error(vm, e, None))
        }
    }
}

fn set_clock(vm: &mut Vm, id: libc::clockid_t, ns: i64) -> PyResult<Value> {
    let ts = libc::timespec {
        tv_sec: ns.div_euclid(1_000_000_000) as libc::time_t,
        tv_nsec: ns.rem_euclid(1_000_000_000) as libc::c_long,
    };
    // SAFETY: ts is a valid timespec.
    let r = unsafe { libc::clock_settime(id, &ts) };
    if r != 0 {
        let e = std::io::Error::last_os_error().raw_os_error().unwrap_or(libc::EINVAL);
        return Err(crate::runtime::io::os_error(vm, e, None));
    }
    Ok(Value::None)
}

/// `time.clock_settime(clk_id, time)`: seconds (int or float, floored to nanoseconds).
fn clock_settime(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let pos = clock_args(vm, &args, "clock_settime", "clock_settime", 2)?;
    let (id, t) = (pos[0].clone(), pos[1].clone());
    let id = clock_id(vm, &id)?;
    let ns = if let Some(f) = float_of(&t) {
        if f.is_nan() {
            return Err(vm.value_error("Invalid value NaN (not a number)"));
        }
        let d = (f * 1e9).floor();
        if !(-9.223_372_036_854_775_808e18..9.223_372_036_854_775_808e18).contains(&d) {
            return Err(vm.overflow_error("timestamp out of range for platform time_t"));
        }
        d as i64
    } else {
        let secs = index_bigint(vm, &t)?;
        match secs.to_i64().and_then(|s| s.checked_mul(1_000_000_000)) {
            Some(ns) => ns,
            None => return Err(vm.overflow_error("timestamp too large to convert to C _PyTime_t")),
        }
    };
    set_clock(vm, id, ns)
}

/// `time.clock_settime_ns(clk_id, time)`: an int of nanoseconds.
fn clock_settime_ns(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let pos = clock_args(vm, &args, "clock_settime_ns", "clock_settime", 2)?;
    let (id, t) = (pos[0].clone(), pos[1].clone());
    let id = clock_id(vm, &id)?;
    let Some(ns) = t.to_bigint() else {
        let tn = ops::type_name(vm, &t);
        return Err(vm.type_error(format!("expect int, got {tn}")));
    };
    let Some(ns) = ns.to_i64() else {
        return Err(vm.overflow_error("timestamp too large to convert to C _PyTime_t"));
    };
    set_clock(vm, id, ns)
}

fn get_clock_info(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let v = crate::runtime::builtins::args::one_arg(vm, &args, "get_clock_info")?.clone();
    if !crate::runtime::eval::is_str(&v) {
        let t = ops::type_name(vm, &v);
        return Err(vm.type_error(format!("get_clock_info() argument 1 must be str, not {t}")));
    }
    let name = ops::repr::text_of(&v).unwrap_or_default();
    let (id, impl_name, mono, adjustable) = match name.as_str() {
        "time" => (libc::CLOCK_REALTIME, "clock_gettime(CLOCK_REALTIME)", false, true),
        "monotonic" | "perf_counter" => (libc::CLOCK_MONOTONIC, "clock_gettime(CLOCK_MONOTONIC)", true, false),
        "process_time" => (libc::CLOCK_PROCESS_CPUTIME_ID, "clock_gettime(CLOCK_PROCESS_CPUTIME_ID)", true, false),
        "thread_time" => (libc::CLOCK_THREAD_CPUTIME_ID, "clock_gettime(CLOCK_THREAD_CPUTIME_ID)", true, false),
        _ => return Err(vm.value_error("unknown clock")),
    };
    let res = resolution(id).unwrap_or(1e-9);
    Ok(new_namespace(
        vm,
        vec![
            ("implementation", vm.new_str(impl_name)),
            ("monotonic", Value::Bool(mono)),
            ("adjustable", Value::Bool(adjustable)),
            ("resolution", Value::Float(res)),
        ],
    ))
}

/// A number of seconds as `sleep` takes it: an int or a float, not NaN.
fn seconds_arg(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    if let Some(f) = float_of(v) {
        if f.is_nan() {
            return Err(vm.value_error("Invalid value NaN (not a number)"));
        }
        return Ok(f);
    }
    let i = index_bigint(vm, v)?;
    i.to_f64().ok_or_else(|| vm.overflow_error("timestamp too large to convert to C _PyTime_t"))
}

fn sleep(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let v = crate::runtime::builtins::args::one_arg(vm, &args, "sleep")?.clone();
    let secs = seconds_arg(vm, &v)?;
    if secs < 0.0 {
        return Err(vm.value_error("sleep length must be non-negative"));
    }
    if secs > 9.2e9 {
        return Err(vm.overflow_error("timestamp too large to convert to C _PyTime_t"));
    }
    let start = std::time::Instant::now();
    let total = std::time::Duration::from_secs_f64(secs);
    loop {
        if crate::runtime::signals::interrupt_pending() {
            return Err(crate::runtime::signals::take_interrupt(vm));
        }
        let elapsed = start.elapsed();
        if elapsed >= total {
            return Ok(Value::None);
        }
        let left = total - elapsed;
        let ts = libc::timespec { tv_sec: left.as_secs() as libc::time_t, tv_nsec: left.subsec_nanos() as libc::c_long };
        // SAFETY: nanosleep with a valid request and no remainder pointer; an interrupting
        // signal ends it early with EINTR, and the loop checks for Ctrl-C.
        unsafe { libc::nanosleep(&ts, std::ptr::null_mut()) };
    }
}

/// A timestamp as `time_t`, rounded toward minus infinity (`gmtime`, `localtime`, `ctime`).
fn timestamp_arg(vm: &mut Vm, v: &Value) -> PyResult<libc::time_t> {
    if let Some(f) = float_of(v) {
        if f.is_nan() {
            return Err(vm.value_error("Invalid value NaN (not a number)"));
        }
        let f = f.floor();
        if !(-9.223372036854776e18..9.223372036854776e18).contains(&f) {
            return Err(vm.overflow_error("timestamp out of range for platform time_t"));
        }
        return Ok(f as libc::time_t);
    }
    let i = index_bigint(vm, v)?;
    i.to_i64().map(|x| x as libc::time_t).ok_or_else(|| vm.overflow_error("timestamp out of range for platform time_t"))
}

fn optional_timestamp(vm: &mut Vm, args: &CallArgs, name: &str) -> PyResult<libc::time_t> {
    let a = crate::runtime::builtins::args::unpack(vm, args, name, 0, 1)?;
    match a.first() {
        Some(v) if !v.is_none() => timestamp_arg(vm, v),
        _ => Ok(now_realtime().0),
    }
}

fn local_tm(t: libc::time_t) -> Option<libc::tm> {
    // SAFETY: tm is plain data, filled by localtime_r on success.
    let mut tm: libc::tm = unsafe { std::mem::zeroed() };
    let r = unsafe { libc::localtime_r(&t, &mut tm) };
    (!r.is_null()).then_some(tm)
}

fn utc_tm(t: libc::time_t) -> Option<libc::tm> {
    // SAFETY: tm is plain data, filled by gmtime_r on success.
    let mut tm: libc::tm = unsafe { std::mem::zeroed() };
    let r = unsafe { libc::gmtime_r(&t, &mut tm) };
    (!r.is_null()).then_some(tm)
}

fn struct_time_type(vm: &mut Vm) -> PyResult<TypeRef> {
    let m = crate::runtime::import::import_module(vm, "time")?;
    let t = ops::getattr(vm, &m, &vm.intern("struct_time"))?;
    t.as_obj()
        .and_then(|o| TypeRef::from_obj(o.clone()))
        .ok_or_else(|| vm.type_error("time.struct_time is not a type"))
}

fn tm_to_struct(vm: &mut Vm, tm: &libc::tm) -> PyResult<Value> {
    let t = struct_time_type(vm)?;
    let values = vec![
        Value::Int(tm.tm_year as i64 + 1900),
        Value::Int(tm.tm_mon as i64 + 1),
        Value::Int(tm.tm_mday as i64),
        Value::Int(tm.tm_hour as i64),
        Value::Int(tm.tm_min as i64),
        Value::Int(tm.tm_sec as i64),
        Value::Int((tm.tm_wday as i64 + 6) % 7),
        Value::Int(tm.tm_yday as i64 + 1),
        Value::Int(tm.tm_isdst as i64),
        vm.new_str(&zone_name(tm)),
        Value::Int(tm.tm_gmtoff as i64),
    ];
    Ok(structseq::new_instance(vm, &t, values))
}

fn convert_error(vm: &mut Vm) -> crate::runtime::vm::PyErr {
    let e = std::io::Error::last_os_error().raw_os_error().filter(|e| *e != 0).unwrap_or(libc::EOVERFLOW);
    crate::runtime::io::os_error(vm, e, None)
}

fn gmtime(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let t = optional_timestamp(vm, &args, "gmtime")?;
    match utc_tm(t) {
        Some(tm) => tm_to_struct(vm, &tm),
        None => Err(convert_error(vm)),
    }
}

fn localtime(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let t = optional_timestamp(vm, &args, "localtime")?;
    match local_tm(t) {
        Some(tm) => tm_to_struct(vm, &tm),
        None => Err(convert_error(vm)),
    }
}

/// A `struct_time` or 9-tuple as a C `tm` (with the zone's name, kept alive by the caller, when
/// the argument is a `struct_time` that has one).
fn tuple_to_tm(vm: &mut Vm, v: &Value, func: &str) -> PyResult<(libc::tm, Option<CString>)> {
    let items: Vec<Value> = match v.payload() {
        Some(crate::runtime::object::Payload::Tuple(t)) => t.to_vec(),
        _ => return Err(vm.type_error("Tuple or struct_time argument required")),
    };
    if items.len() != 9 {
        return Err(vm.type_error(format!("{func}(): illegal time tuple argument")));
    }
    let mut f = [0i64; 9];
    for (i, item) in items.iter().enumerate() {
        let x = index_arg(vm, item).map_err(|e| {
            if e.0.class().ptr_eq(&vm.types.exc.overflow_error) { vm.overflow_error("Python int too large to convert to C long") } else { e }
        })?;
        f[i] = x;
    }
    let int = |vm: &Vm, x: i64| i32::try_from(x).map_err(|_| vm.overflow_error("Python int too large to convert to C int"));
    // SAFETY: tm is plain data.
    let mut tm: libc::tm = unsafe { std::mem::zeroed() };
    tm.tm_year = int(vm, f[0].wrapping_sub(1900))?;
    tm.tm_mon = int(vm, f[1] - 1)?;
    tm.tm_mday = int(vm, f[2])?;
    tm.tm_hour = int(vm, f[3])?;
    tm.tm_min = int(vm, f[4])?;
    tm.tm_sec = int(vm, f[5])?;
    tm.tm_wday = int(vm, (f[6] + 1) % 7)?;
    tm.tm_yday = int(vm, f[7] - 1)?;
    tm.tm_isdst = int(vm, f[8])?;
    let mut zone = None;
    let st = struct_time_type(vm)?;
    if v.class(vm).ptr_eq(&st) {
        let z = ops::getattr(vm, v, &vm.intern("tm_zone"))?;
        if let Some(s) = ops::repr::text_of(&z).filter(|_| crate::runtime::eval::is_str(&z)) {
            zone = CString::new(s).ok();
        }
        let off = ops::getattr(vm, v, &vm.intern("tm_gmtoff"))?;
        if !off.is_none() {
            tm.tm_gmtoff = index_arg(vm, &off)? as libc::c_long;
        }
    }
    if let Some(z) = &zone {
        tm.tm_zone = z.as_ptr();
    }
    Ok((tm, zone))
}

/// The range checks of `asctime` and `strftime`, after mapping 0 to the first month, day of
/// the month and day of the year.
fn check_tm(vm: &Vm, tm: &mut libc::tm) -> PyResult<()> {
    if tm.tm_mon == -1 {
        tm.tm_mon = 0;
    } else if !(0..=11).contains(&tm.tm_mon) {
        return Err(vm.value_error("month out of range"));
    }
    if tm.tm_mday == 0 {
        tm.tm_mday = 1;
    } else if !(0..=31).contains(&tm.tm_mday) {
        return Err(vm.value_error("day of month out of range"));
    }
    if !(0..=23).contains(&tm.tm_hour) {
        return Err(vm.value_error("hour out of range"));
    }
    if !(0..=59).contains(&tm.tm_min) {
        return Err(vm.value_error("minute out of range"));
    }
    if !(0..=61).contains(&tm.tm_sec) {
        return Err(vm.value_error("seconds out of range"));
    }
    if tm.tm_wday < 0 {
        return Err(vm.value_error("day of week out of range"));
    }
    if tm.tm_yday == -1 {
        tm.tm_yday = 0;
    } else if !(0..=365).contains(&tm.tm_yday) {
        return Err(vm.value_error("day of year out of range"));
    }
    Ok(())
}

fn mktime(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let v = crate::runtime::builtins::args::one_arg(vm, &args, "mktime")?.clone();
    let (mut tm, _zone) = tuple_to_tm(vm, &v, "mktime")?;
    tm.tm_wday = -1;
    // SAFETY: tm is a valid, filled tm structure.
    let t = unsafe { libc::mktime(&mut tm) };
    if t == -1 && tm.tm_wday == -1 {
        return Err(vm.overflow_error("mktime argument out of range"));
    }
    Ok(Value::Float(t as f64))
}

fn format_asctime(tm: &libc::tm) -> String {
    format!(
        "{} {}{:3} {:02}:{:02}:{:02} {}",
        DAYS[tm.tm_wday.rem_euclid(7) as usize],
        MONTHS[tm.tm_mon.rem_euclid(12) as usize],
        tm.tm_mday,
        tm.tm_hour,
        tm.tm_min,
        tm.tm_sec,
        tm.tm_year as i64 + 1900
    )
}

fn asctime(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let a = crate::runtime::builtins::args::unpack(vm, &args, "asctime", 0, 1)?;
    let mut tm = match a.first() {
        Some(v) => tuple_to_tm(vm, v, "asctime")?.0,
        None => local_tm(now_realtime().0).ok_or_else(|| convert_error(vm))?,
    };
    check_tm(vm, &mut tm)?;
    Ok(vm.new_str(&format_asctime(&tm)))
}

fn ctime(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let t = optional_timestamp(vm, &args, "ctime")?;
    let Some(tm) = local_tm(t) else { return Err(convert_error(vm)) };
    Ok(vm.new_str(&format_asctime(&tm)))
}

static STRFTIME_SIG: Signature = Signature { name: "strftime", params: &["format", "tuple"], required: 1, positional_only: 2, keyword_only: 2 };

fn strftime(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let a = STRFTIME_SIG.bind(vm, &args)?;
    let fmt_v = a[0].clone().unwrap_or_default();
    if !crate::runtime::eval::is_str(&fmt_v) {
        let t = ops::type_name(vm, &fmt_v);
        return Err(vm.type_error(format!("strftime() argument 1 must be str, not {t}")));
    }
    let fmt = ops::repr::text_of(&fmt_v).unwrap_or_default();
    let (mut tm, _zone) = match &a[1] {
        Some(v) => tuple_to_tm(vm, v, "strftime")?,
        None => (local_tm(now_realtime().0).ok_or_else(|| convert_error(vm))?, None),
    };
    check_tm(vm, &mut tm)?;
    tm.tm_isdst = tm.tm_isdst.clamp(-1, 1);
    if fmt.is_empty() {
        return Ok(vm.new_str(""));
    }
    let Ok(cfmt) = CString::new(fmt.clone()) else {
        return Err(vm.value_error("embedded null character"));
    };
    let mut size = 1024usize;
    loop {
        let mut buf = vec![0u8; size];
        // SAFETY: buf has `size` writable bytes; cfmt is NUL-terminated; tm is filled.
        let n = unsafe { libc::strftime(buf.as_mut_ptr() as *mut libc::c_char, size, cfmt.as_ptr(), &tm) };
        if n > 0 || size >= 256 * fmt.len() + 1024 {
            buf.truncate(n);
            return Ok(vm.new_str(&String::from_utf8_lossy(&buf)));
        }
        size *= 4;
    }
}

static STRPTIME_SIG: Signature = Signature { name: "strptime", params: &["string", "format"], required: 1, positional_only: 2, keyword_only: 2 };

fn strptime(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let a = STRPTIME_SIG.bind(vm, &args)?;
    let module = crate::runtime::import::import_module(vm, "_strptime")?;
    let f = ops::getattr(vm, &module, &vm.intern("_strptime_time"))?;
    let mut call_args = vec![a[0].clone().unwrap_or_default()];
    if let Some(fmt) = &a[1] {
        call_args.push(fmt.clone());
    }
    vm.call(&f, &call_args, &[])
}

fn tzset(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    no_args(vm, &args, "tzset")?;
    let m = crate::runtime::import::import_module(vm, "time")?;
    init_timezone(vm, &m);
    Ok(Value::None)
}

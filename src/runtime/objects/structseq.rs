//! Struct sequences (`sys.version_info`, `sys.flags`, `sys.float_info`, ...): tuple subclasses
//! whose items are also named fields, with `n_fields`, `n_sequence_fields`,
//! `n_unnamed_fields`, `__match_args__`, and the repr `module.name(field=value, ...)`.

use std::rc::Rc;

use crate::runtime::object::{Object, Payload};
use crate::runtime::objects::dict::{dict_get_str, dict_set_str};
use crate::runtime::objects::function::{CallArgs, MethodDef};
use crate::runtime::ops;
use crate::runtime::types::init::native_function;
use crate::runtime::types::{TypeRef, flags};
use crate::runtime::value::Value;
use crate::runtime::vm::{PyResult, Vm};

/// `__new__` of the struct sequences that cannot be made from Python.
fn no_new(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let name = args.pos().first().and_then(|c| c.as_obj()).and_then(|o| TypeRef::from_obj(o.clone())).map(|t| full_name(vm, &t));
    Err(vm.type_error(format!("cannot create '{}' instances", name.unwrap_or_default())))
}

/// `__new__(cls, sequence)` of the struct sequences that can be made from Python.
fn seq_new(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let pos = args.pos();
    let Some(cls) = pos.first().and_then(|c| c.as_obj()).and_then(|o| TypeRef::from_obj(o.clone())) else {
        return Err(vm.type_error("structseq.__new__(X): X is not a type object"));
    };
    let Some(seq) = pos.get(1) else {
        return Err(vm.type_error("structseq() missing required argument 'sequence' (pos 1)"));
    };
    let mut items = crate::runtime::eval::collect_items(vm, seq)?;
    let n = n_fields(vm, &cls);
    let visible = count_field(vm, &cls, "n_sequence_fields");
    let name = full_name(vm, &cls);
    if visible == n && items.len() != n {
        return Err(vm.type_error(format!("{name}() takes a {n}-sequence ({}-sequence given)", items.len())));
    }
    if items.len() < visible {
        return Err(vm.type_error(format!("{name}() takes an at least {visible}-sequence ({}-sequence given)", items.len())));
    }
    if items.len() > n {
        return Err(vm.type_error(format!("{name}() takes an at most {n}-sequence ({}-sequence given)", items.len())));
    }
    items.resize(n, Value::None);
    Ok(new_instance(vm, &cls, items))
}

fn n_fields(vm: &Vm, t: &TypeRef) -> usize {
    count_field(vm, t, "n_fields")
}

fn count_field(vm: &Vm, t: &TypeRef, field: &str) -> usize {
    match dict_get_str(vm, &t.dict, &vm.intern(field)) {
        Some(Value::Int(n)) => n as usize,
        _ => 0,
    }
}

/// `module.name` as struct sequences print their type.
fn full_name(vm: &Vm, t: &TypeRef) -> String {
    let module = dict_get_str(vm, &t.dict, &vm.names.__module__).and_then(|m| ops::repr::text_of(&m));
    match module.as_deref() {
        Some("builtins") | None => t.name().to_string(),
        Some(m) => format!("{m}.{}", t.name()),
    }
}

/// `sys.version_info(major=3, minor=12, ...)`.
fn repr(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let this = args.pos().first().cloned().unwrap_or_default();
    let cls = this.class(vm);
    let fields: Vec<Value> = match dict_get_str(vm, &cls.dict, &vm.intern("__match_args__")) {
        Some(v) => match v.payload() {
            Some(Payload::Tuple(t)) => t.to_vec(),
            _ => Vec::new(),
        },
        None => Vec::new(),
    };
    let items: Vec<Value> = match this.payload() {
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => Vec::new(),
    };
    let mut parts = Vec::new();
    for (f, v) in fields.iter().zip(items.iter()) {
        let r = ops::repr(vm, v)?;
        parts.push(format!("{}={}", ops::repr::text_of(f).unwrap_or_default(), ops::repr::text_of(&r).unwrap_or_default()));
    }
    let name = full_name(vm, &cls);
    Ok(vm.new_str(&format!("{name}({})", parts.join(", "))))
}

fn reduce(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let this = args.pos().first().cloned().unwrap_or_default();
    let cls = this.class(vm).to_value();
    let items: Vec<Value> = match this.payload() {
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => Vec::new(),
    };
    let t = vm.new_tuple(items);
    let inner = vm.new_tuple(vec![t, Value::Obj(vm.new_dict())]);
    Ok(vm.new_tuple(vec![cls, inner]))
}

static NO_NEW: MethodDef = MethodDef::staticmethod("__new__", no_new);
static SEQ_NEW: MethodDef = MethodDef::staticmethod("__new__", seq_new);
static METHODS: &[MethodDef] = &[MethodDef::slot("__repr__", repr), MethodDef::method("__reduce__", reduce)];

/// A new struct sequence type `module.name` with the given fields (all visible as items).
pub fn new_type(vm: &mut Vm, module: &str, name: &str, fields: &[&str], instantiable: bool) -> PyResult<TypeRef> {
    new_type_with_hidden(vm, module, name, fields, fields.len(), instantiable)
}

/// A new struct sequence type whose first `visible` fields are its items and the rest only
/// attributes (`time.struct_time`'s `tm_zone` and `tm_gmtoff`; None when not given).
pub fn new_type_with_hidden(vm: &mut Vm, module: &str, name: &str, fields: &[&str], visible: usize, instantiable: bool) -> PyResult<TypeRef> {
    let ns = vm.new_dict();
    dict_set_str(vm, &ns, vm.names.__module__.clone(), vm.new_str(module));
    let n = fields.len() as i64;
    dict_set_str(vm, &ns, vm.intern("n_fields"), Value::Int(n));
    dict_set_str(vm, &ns, vm.intern("n_sequence_fields"), Value::Int(visible as i64));
    dict_set_str(vm, &ns, vm.intern("n_unnamed_fields"), Value::Int(0));
    let names: Vec<Value> = fields[..visible].iter().map(|f| Value::Obj(vm.intern(f))).collect();
    let match_args = vm.new_tuple(names);
    dict_set_str(vm, &ns, vm.intern("__match_args__"), match_args);
    dict_set_str(vm, &ns, vm.names.__slots__.clone(), Value::Obj(vm.empty_tuple.clone()));
    let bases = vm.new_tuple(vec![vm.types.tuple.to_value()]);
    let type_ = vm.types.type_.clone();
    let name_v = vm.new_str(name);
    let t = crate::runtime::types::class::new_class(vm, &type_, &name_v, &bases, &Value::Obj(ns))?;
    let Some(t) = t.as_obj().and_then(|o| TypeRef::from_obj(o.clone())) else {
        return Err(vm.system_error("struct sequence type creation failed"));
    };
    let base_slots = t.nslots.get();
    for (i, f) in fields.iter().enumerate() {
        let key = vm.intern(f);
        let d = vm.new_object(vm.types.member_descriptor.clone(), Payload::Member { name: key.clone(), index: base_slots + i, owner: t.clone() });
        dict_set_str(vm, &t.dict, key, d);
    }
    t.nslots.set(base_slots + fields.len());
    let new = native_function(vm, if instantiable { &SEQ_NEW } else { &NO_NEW }, Some(&t));
    dict_set_str(vm, &t.dict, vm.names.__new__.clone(), new);
    for def in METHODS {
        let f = native_function(vm, def, Some(&t));
        dict_set_str(vm, &t.dict, vm.intern(def.name), f);
    }
    t.flags.set((t.flags.get() & !(flags::HEAPTYPE | flags::BASETYPE)) | flags::IMMUTABLE);
    t.modified(vm);
    Ok(t)
}

/// An instance of a struct sequence type with its field values (all of them, hidden ones
/// included).
pub fn new_instance(vm: &Vm, t: &TypeRef, values: Vec<Value>) -> Value {
    let visible = count_field(vm, t, "n_sequence_fields").min(values.len());
    let o = Object::with_slots(t.clone(), Payload::Tuple(values[..visible].to_vec().into_boxed_slice()), t.nslots.get());
    let first = t.nslots.get() - values.len();
    for (i, v) in values.into_iter().enumerate() {
        *o.slots[first + i].borrow_mut() = v;
    }
    Value::Obj(Rc::new(o))
}

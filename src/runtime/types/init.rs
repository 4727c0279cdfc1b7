//! Filling the namespaces of the builtin types at start-up from the method and attribute tables
//! of the object modules.

use crate::runtime::object::Payload;
use crate::runtime::objects::dict::dict_set_str;
use crate::runtime::objects::function::{BuiltinFunction, GetSetDef, MethodDef, NativeKind};
use crate::runtime::types::TypeRef;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

/// A builtin function object for a table entry (unbound; `owner` the defining type).
pub fn native_function(vm: &Vm, def: &MethodDef, owner: Option<&TypeRef>) -> Value {
    let class = match def.kind {
        NativeKind::Function | NativeKind::StaticMethod => vm.types.builtin_function.clone(),
        NativeKind::Method => vm.types.method_descriptor.clone(),
        NativeKind::Slot => vm.types.wrapper_descriptor.clone(),
        NativeKind::ClassMethod => vm.types.classmethod_descriptor.clone(),
    };
    let f = vm.new_object(
        class,
        Payload::BuiltinFunction(Box::new(BuiltinFunction {
            name: def.name,
            func: def.func,
            kind: def.kind,
            bound: None,
            owner: owner.map(|t| t.obj().clone()),
            doc: def.doc,
        })),
    );
    if def.kind == NativeKind::StaticMethod {
        return vm.new_object(vm.types.staticmethod.clone(), Payload::StaticMethod(std::cell::RefCell::new(f)));
    }
    f
}

/// Adds native methods to a builtin type's namespace.
pub fn add_methods(vm: &mut Vm, t: &TypeRef, defs: &[MethodDef]) {
    for d in defs {
        let f = native_function(vm, d, Some(t));
        dict_set_str(vm, &t.dict, vm.intern(d.name), f);
    }
}

/// Adds native attributes (getset descriptors) to a builtin type's namespace.
pub fn add_getsets(vm: &mut Vm, t: &TypeRef, defs: &'static [GetSetDef]) {
    for d in defs {
        let g = vm.new_object(vm.types.getset_descriptor.clone(), Payload::GetSet { def: d, owner: t.clone() });
        dict_set_str(vm, &t.dict, vm.intern(d.name), g);
    }
}

/// Sets a plain attribute of a builtin type.
pub fn add_attr(vm: &mut Vm, t: &TypeRef, name: &str, value: Value) {
    dict_set_str(vm, &t.dict, vm.intern(name), value);
}

/// Fills every builtin type's namespace.
pub fn fill_builtin_types(vm: &mut Vm) {
    crate::runtime::objects::object_type::init(vm);
    crate::runtime::types::type_type::init(vm);
    crate::runtime::objects::exception_type::init(vm);
    crate::runtime::objects::basic_types::init(vm);
    crate::runtime::objects::int_type::init(vm);
    crate::runtime::objects::bool_type::init(vm);
    crate::runtime::objects::float_type::init(vm);
    crate::runtime::objects::complex::init(vm);
    crate::runtime::objects::containers_init(vm);
    crate::runtime::io::init(vm);
    crate::runtime::objects::namespace::init_type(vm);
    crate::runtime::builtins::site::init_types(vm);
    for t in vm.types.all() {
        if crate::runtime::objects::dict::dict_get_str(vm, &t.dict, &vm.names.__doc__).is_none() {
            add_attr(vm, &t, "__doc__", Value::None);
        }
    }
}

//! Python functions (code plus the environment a `def` captured) and builtin functions (Rust
//! functions with their name and binding), and the calling convention they share.

use std::cell::RefCell;
use std::rc::Rc;

use crate::runtime::code::Code;
use crate::runtime::value::{ObjRef, Value};
use crate::runtime::vm::{PyResult, Vm};

/// The arguments of a call: positional values, then the values of the keyword arguments named
/// by `kwnames` (the last `kwnames.len()` items of `args`).
#[derive(Copy, Clone)]
pub struct CallArgs<'a> {
    pub args: &'a [Value],
    pub kwnames: &'a [Value],
}

impl<'a> CallArgs<'a> {
    pub fn positional(args: &'a [Value]) -> CallArgs<'a> {
        CallArgs { args, kwnames: &[] }
    }

    /// The positional arguments.
    #[inline]
    pub fn pos(&self) -> &'a [Value] {
        &self.args[..self.args.len() - self.kwnames.len()]
    }

    /// The keyword arguments as (name, value) pairs.
    pub fn kwargs(&self) -> impl Iterator<Item = (&'a Value, &'a Value)> {
        let start = self.args.len() - self.kwnames.len();
        self.kwnames.iter().zip(&self.args[start..])
    }

    #[inline]
    pub fn has_kwargs(&self) -> bool {
        !self.kwnames.is_empty()
    }
}

/// A builtin function's implementation. For methods, the receiver is the first positional
/// argument.
pub type NativeFn = fn(&mut Vm, CallArgs) -> PyResult<Value>;

/// How a native function sits in a type's namespace.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum NativeKind {
    /// A plain function (module-level builtins).
    Function,
    /// A method of a builtin type (`method_descriptor`): binds to instances.
    Method,
    /// A special method of a builtin type (`wrapper_descriptor`): binds to instances.
    Slot,
    /// A class method of a builtin type (`classmethod_descriptor`): binds to the class.
    ClassMethod,
    /// A static method (`staticmethod` around a builtin).
    StaticMethod,
}

/// A builtin function or method: unbound in a type's namespace, bound to its receiver once
/// looked up on an instance (`[].append`).
pub struct BuiltinFunction {
    pub name: &'static str,
    pub func: NativeFn,
    pub kind: NativeKind,
    /// The receiver of a bound method (`__self__`), the module of a module function.
    pub bound: Option<Value>,
    /// The type that defines it (for reprs and receiver checks), None for module functions.
    pub owner: Option<ObjRef>,
    pub doc: Option<&'static str>,
}

/// A Python function.
pub struct Function {
    pub code: Rc<Code>,
    pub globals: ObjRef,
    pub builtins: ObjRef,
    pub name: RefCell<Value>,
    pub qualname: RefCell<Value>,
    /// `__defaults__`: a tuple or None.
    pub defaults: RefCell<Value>,
    /// `__kwdefaults__`: a dict or None.
    pub kwdefaults: RefCell<Value>,
    /// `__closure__`: the cells for the code's free variables.
    pub closure: Option<Box<[Value]>>,
    /// `__annotations__`: a dict, or a flat tuple from MAKE_FUNCTION until first asked for.
    pub annotations: RefCell<Value>,
    pub module: RefCell<Value>,
    pub doc: RefCell<Value>,
    /// `__type_params__`.
    pub type_params: RefCell<Value>,
}

/// A native function as a static table entry: what builtin types and modules declare.
#[derive(Copy, Clone)]
pub struct MethodDef {
    pub name: &'static str,
    pub func: NativeFn,
    pub kind: NativeKind,
    pub doc: Option<&'static str>,
}

impl MethodDef {
    pub const fn method(name: &'static str, func: NativeFn) -> MethodDef {
        MethodDef { name, func, kind: NativeKind::Method, doc: None }
    }

    pub const fn slot(name: &'static str, func: NativeFn) -> MethodDef {
        MethodDef { name, func, kind: NativeKind::Slot, doc: None }
    }

    pub const fn classmethod(name: &'static str, func: NativeFn) -> MethodDef {
        MethodDef { name, func, kind: NativeKind::ClassMethod, doc: None }
    }

    pub const fn staticmethod(name: &'static str, func: NativeFn) -> MethodDef {
        MethodDef { name, func, kind: NativeKind::StaticMethod, doc: None }
    }

    pub const fn function(name: &'static str, func: NativeFn) -> MethodDef {
        MethodDef { name, func, kind: NativeKind::Function, doc: None }
    }
}

/// A native attribute: its getter and, if assignable, its setter (which receives Null to
/// delete).
pub struct GetSetDef {
    pub name: &'static str,
    pub get: fn(&mut Vm, &Value) -> PyResult<Value>,
    pub set: Option<fn(&mut Vm, &Value, Value) -> PyResult<()>>,
    pub doc: Option<&'static str>,
}

/// Defines a type's six rich-comparison slot functions (`$f(vm, args)`), each calling the
/// type's `$compare(vm, args, name, op)` with its name and operator.
macro_rules! compare_slots {
    ($compare:ident; $($f:ident, $name:literal, $op:ident;)*) => {
        $(
            fn $f(
                vm: &mut $crate::runtime::vm::Vm,
                args: $crate::runtime::objects::function::CallArgs,
            ) -> $crate::runtime::vm::PyResult<$crate::runtime::value::Value> {
                $compare(vm, args, $name, $crate::runtime::ops::CompareOp::$op)
            }
        )*
    };
}
pub(crate) use compare_slots;

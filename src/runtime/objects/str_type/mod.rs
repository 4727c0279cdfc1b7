//! The `str` type: its methods and special methods (dir(str) equal to CPython 3.12's), its
//! constructor and its iterators. The storage is `objects::str`; formatting is
//! `runtime::format`.

pub mod args;
pub mod case;
pub mod dunder;
pub mod find;
pub mod iter;
pub mod layout;
pub mod new;
pub mod split;

use crate::runtime::format;
use crate::runtime::objects::function::MethodDef;
use crate::runtime::ops;
use crate::runtime::types::init::add_methods;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

/// Whether a value is an exact str (not a subclass instance).
#[inline]
pub fn is_exact(v: &Value) -> bool {
    matches!(v, Value::Obj(o) if ops::is_exact_str_obj(o))
}

/// A method's result when the str is unchanged: the str itself if exact, else an exact copy.
#[inline]
pub fn unchanged(vm: &Vm, this: &Value) -> Value {
    format::exact_str(vm, this)
}

static STR_METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", new::str_new),
    MethodDef::slot("__repr__", dunder::repr),
    MethodDef::slot("__hash__", dunder::hash),
    MethodDef::slot("__str__", dunder::str_),
    MethodDef::slot("__getattribute__", ops::attr::object_getattribute),
    MethodDef::slot("__lt__", dunder::lt),
    MethodDef::slot("__le__", dunder::le),
    MethodDef::slot("__eq__", dunder::eq),
    MethodDef::slot("__ne__", dunder::ne),
    MethodDef::slot("__gt__", dunder::gt),
    MethodDef::slot("__ge__", dunder::ge),
    MethodDef::slot("__iter__", dunder::iter),
    MethodDef::slot("__mod__", dunder::mod_),
    MethodDef::slot("__rmod__", dunder::rmod),
    MethodDef::slot("__len__", dunder::len),
    MethodDef::slot("__getitem__", dunder::getitem),
    MethodDef::slot("__add__", dunder::add),
    MethodDef::slot("__mul__", dunder::mul),
    MethodDef::slot("__rmul__", dunder::rmul),
    MethodDef::slot("__contains__", find::contains),
    MethodDef::method("encode", new::encode),
    MethodDef::method("replace", find::replace),
    MethodDef::method("split", split::split),
    MethodDef::method("rsplit", split::rsplit),
    MethodDef::method("join", split::join),
    MethodDef::method("capitalize", case::capitalize),
    MethodDef::method("casefold", case::casefold),
    MethodDef::method("title", case::title),
    MethodDef::method("center", layout::center),
    MethodDef::method("count", find::count),
    MethodDef::method("expandtabs", layout::expandtabs),
    MethodDef::method("find", find::find),
    MethodDef::method("partition", find::partition),
    MethodDef::method("index", find::index),
    MethodDef::method("ljust", layout::ljust),
    MethodDef::method("lower", case::lower),
    MethodDef::method("lstrip", split::lstrip),
    MethodDef::method("rfind", find::rfind),
    MethodDef::method("rindex", find::rindex),
    MethodDef::method("rjust", layout::rjust),
    MethodDef::method("rstrip", split::rstrip),
    MethodDef::method("rpartition", find::rpartition),
    MethodDef::method("splitlines", split::splitlines),
    MethodDef::method("strip", split::strip),
    MethodDef::method("swapcase", case::swapcase),
    MethodDef::method("translate", layout::translate),
    MethodDef::method("upper", case::upper),
    MethodDef::method("startswith", find::startswith),
    MethodDef::method("endswith", find::endswith),
    MethodDef::method("removeprefix", find::removeprefix),
    MethodDef::method("removesuffix", find::removesuffix),
    MethodDef::method("isascii", case::isascii),
    MethodDef::method("islower", case::islower),
    MethodDef::method("isupper", case::isupper),
    MethodDef::method("istitle", case::istitle),
    MethodDef::method("isspace", case::isspace),
    MethodDef::method("isdecimal", case::isdecimal),
    MethodDef::method("isdigit", case::isdigit),
    MethodDef::method("isnumeric", case::isnumeric),
    MethodDef::method("isalpha", case::isalpha),
    MethodDef::method("isalnum", case::isalnum),
    MethodDef::method("isidentifier", case::isidentifier),
    MethodDef::method("isprintable", case::isprintable),
    MethodDef::method("zfill", layout::zfill),
    MethodDef::method("format", dunder::format_method),
    MethodDef::method("format_map", dunder::format_map),
    MethodDef::method("__format__", format::str_format),
    MethodDef::staticmethod("maketrans", layout::maketrans),
    MethodDef::method("__sizeof__", dunder::sizeof),
    MethodDef::method("__getnewargs__", dunder::getnewargs),
];

/// Fills the str type's namespace and its iterators'.
pub fn init(vm: &mut Vm) {
    let t = vm.types.str.clone();
    add_methods(vm, &t, STR_METHODS);
    iter::init(vm);
}

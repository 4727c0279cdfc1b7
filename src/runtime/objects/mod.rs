//! The builtin object layouts and their operations, one module per type family.

pub mod basic_types;
pub mod bool_type;
pub mod complex;
pub mod dict;
pub mod dict_type;
pub mod dict_views;
pub mod dictops;
pub mod exception;
pub mod exception_type;
pub mod float;
pub mod float_type;
pub mod function;
pub mod generator;
pub mod generic_alias;
pub mod int;
pub mod int_type;
pub mod iter;
pub mod numargs;
pub mod numparse;
pub mod iter_types;
pub mod list_type;
pub mod namespace;
pub mod object_type;
pub mod pattern;
pub mod range;
pub mod range_type;
pub mod seq_args;
pub mod set;
pub mod set_type;
pub mod slice_type;
pub mod sort;
pub mod str;
pub mod structseq;
pub mod strops;
pub mod super_;
pub mod tuple_type;
pub mod typing;

/// Fills the namespaces of the container types and the builtin iterator types.
pub fn containers_init(vm: &mut crate::runtime::vm::Vm) {
    list_type::init(vm);
    tuple_type::init(vm);
    dict_type::init(vm);
    dict_views::init(vm);
    set_type::init(vm);
    range_type::init(vm);
    slice_type::init(vm);
    iter_types::init(vm);
    generic_alias::init(vm);
}

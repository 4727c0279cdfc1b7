//! The table of builtin types every interpreter creates at start-up: their names, bases and
//! layouts, and the exception hierarchy.

use super::{Layout, TypeRef};

macro_rules! builtin_types {
    ($($field:ident: $name:literal, $base:ident, $layout:ident, $basetype:literal;)*) => {
        /// The builtin types of one interpreter.
        pub struct BuiltinTypes {
            $(pub $field: TypeRef,)*
            pub exc: ExcTypes,
        }

        /// (field, `__name__`, base field, layout, may be subclassed), in creation order (a base
        /// before its subclasses; `type` and `object` are made first, by hand).
        pub const BUILTIN_TYPE_TABLE: &[(&str, &str, &str, Layout, bool)] = &[
            $((stringify!($field), $name, stringify!($base), Layout::$layout, $basetype),)*
        ];

        impl BuiltinTypes {
            /// Assembles the struct from the types made from the table, in table order.
            pub(crate) fn from_list(mut made: Vec<TypeRef>, exc: ExcTypes) -> BuiltinTypes {
                made.reverse();
                BuiltinTypes {
                    $($field: made.pop().expect("one type per table row"),)*
                    exc,
                }
            }

            /// Every builtin type (for cleanup at shutdown).
            pub fn all(&self) -> Vec<TypeRef> {
                let mut v = vec![$(self.$field.clone(),)*];
                v.extend(self.exc.all());
                v
            }
        }
    };
}

builtin_types! {
    object: "object", object, Object, true;
    type_: "type", object, Type, true;
    int: "int", object, Int, true;
    bool: "bool", int, Int, false;
    float: "float", object, Float, true;
    complex: "complex", object, Complex, true;
    str: "str", object, Str, true;
    bytes: "bytes", object, Bytes, true;
    bytearray: "bytearray", object, ByteArray, true;
    memoryview: "memoryview", object, Opaque, false;
    tuple: "tuple", object, Tuple, true;
    list: "list", object, List, true;
    dict: "dict", object, Dict, true;
    set: "set", object, Set, true;
    frozenset: "frozenset", object, FrozenSet, true;
    none_type: "NoneType", object, Opaque, false;
    not_implemented_type: "NotImplementedType", object, Opaque, false;
    ellipsis_type: "ellipsis", object, Opaque, false;
    function: "function", object, Opaque, false;
    builtin_function: "builtin_function_or_method", object, Opaque, false;
    method_descriptor: "method_descriptor", object, Opaque, false;
    wrapper_descriptor: "wrapper_descriptor", object, Opaque, false;
    method_wrapper: "method-wrapper", object, Opaque, false;
    classmethod_descriptor: "classmethod_descriptor", object, Opaque, false;
    getset_descriptor: "getset_descriptor", object, Opaque, false;
    member_descriptor: "member_descriptor", object, Opaque, false;
    method: "method", object, Opaque, false;
    code: "code", object, Opaque, false;
    module: "module", object, Module, true;
    cell: "cell", object, Opaque, false;
    range: "range", object, Opaque, false;
    slice: "slice", object, Opaque, false;
    property: "property", object, Property, true;
    classmethod: "classmethod", object, ClassMethod, true;
    staticmethod: "staticmethod", object, StaticMethod, true;
    super_: "super", object, Opaque, true;
    generator: "generator", object, Opaque, false;
    coroutine: "coroutine", object, Opaque, false;
    async_generator: "async_generator", object, Opaque, false;
    async_gen_wrapped: "async_generator_wrapped_value", object, Opaque, false;
    async_gen_asend: "async_generator_asend", object, Opaque, false;
    frame: "frame", object, Opaque, false;
    traceback: "traceback", object, Opaque, false;
    mappingproxy: "mappingproxy", object, Opaque, false;
    list_iterator: "list_iterator", object, Opaque, false;
    tuple_iterator: "tuple_iterator", object, Opaque, false;
    range_iterator: "range_iterator", object, Opaque, false;
    str_iterator: "str_ascii_iterator", object, Opaque, false;
    str_uni_iterator: "str_iterator", object, Opaque, false;
    dict_keyiterator: "dict_keyiterator", object, Opaque, false;
    dict_valueiterator: "dict_valueiterator", object, Opaque, false;
    dict_itemiterator: "dict_itemiterator", object, Opaque, false;
    iterator: "iterator", object, Opaque, false;
    callable_iterator: "callable_iterator", object, Opaque, false;
    async_gen_athrow: "async_generator_athrow", object, Opaque, false;
    coroutine_wrapper: "coroutine_wrapper", object, Opaque, false;
    anext_awaitable: "anext_awaitable", object, Opaque, false;
    typevar: "TypeVar", object, Opaque, false;
    paramspec: "ParamSpec", object, Opaque, false;
    typevartuple: "TypeVarTuple", object, Opaque, false;
    paramspec_args: "ParamSpecArgs", object, Opaque, false;
    paramspec_kwargs: "ParamSpecKwargs", object, Opaque, false;
    typealias: "TypeAliasType", object, Opaque, false;
    generic: "Generic", object, Object, true;
    union_type: "UnionType", object, Opaque, false;
    typing_generic_alias: "_GenericAlias", object, Opaque, false;
    typing_union_alias: "_UnionGenericAlias", object, Opaque, false;
    typing_unpack_alias: "_UnpackGenericAlias", object, Opaque, false;
    special_form: "_SpecialForm", object, Opaque, false;
    list_reverseiterator: "list_reverseiterator", object, Opaque, false;
    longrange_iterator: "longrange_iterator", object, Opaque, false;
    set_iterator: "set_iterator", object, Opaque, false;
    dict_reversekeyiterator: "dict_reversekeyiterator", object, Opaque, false;
    dict_reversevalueiterator: "dict_reversevalueiterator", object, Opaque, false;
    dict_reverseitemiterator: "dict_reverseitemiterator", object, Opaque, false;
    dict_keys: "dict_keys", object, Opaque, false;
    dict_values: "dict_values", object, Opaque, false;
    dict_items: "dict_items", object, Opaque, false;
    reversed: "reversed", object, Opaque, true;
    enumerate: "enumerate", object, Opaque, true;
    zip: "zip", object, Opaque, true;
    map: "map", object, Opaque, true;
    filter: "filter", object, Opaque, true;
    generic_alias: "GenericAlias", object, Opaque, true;
    io_base: "_IOBase", object, Object, true;
    raw_io_base: "_RawIOBase", io_base, Object, true;
    buffered_io_base: "_BufferedIOBase", io_base, Object, true;
    text_io_base: "_TextIOBase", io_base, Object, true;
    file_io: "FileIO", raw_io_base, Opaque, false;
    buffered_reader: "BufferedReader", buffered_io_base, Opaque, false;
    buffered_writer: "BufferedWriter", buffered_io_base, Opaque, false;
    buffered_random: "BufferedRandom", buffered_io_base, Opaque, false;
    text_io_wrapper: "TextIOWrapper", text_io_base, Opaque, false;
    string_io: "StringIO", text_io_base, Opaque, true;
    bytes_io: "BytesIO", buffered_io_base, Opaque, true;
    simple_namespace: "SimpleNamespace", object, Object, true;
    site_quitter: "Quitter", object, Object, true;
    site_printer: "_Printer", object, Object, true;
    site_helper: "_Helper", object, Object, true;
    bytes_iterator: "bytes_iterator", object, Opaque, false;
    bytearray_iterator: "bytearray_iterator", object, Opaque, false;
    memory_iterator: "memory_iterator", object, Opaque, false;
}

macro_rules! exception_types {
    ($($field:ident: $name:literal, $base:ident;)*) => {
        /// The builtin exception classes.
        pub struct ExcTypes {
            $(pub $field: TypeRef,)*
        }

        /// (field, `__name__`, base field), a base before its subclasses; `ExceptionGroup` also
        /// derives from `Exception`.
        pub const EXCEPTION_TABLE: &[(&str, &str, &str)] = &[
            $((stringify!($field), $name, stringify!($base)),)*
        ];

        impl ExcTypes {
            pub(crate) fn from_list(mut made: Vec<TypeRef>) -> ExcTypes {
                made.reverse();
                ExcTypes { $($field: made.pop().expect("one type per table row"),)* }
            }

            pub fn all(&self) -> Vec<TypeRef> {
                vec![$(self.$field.clone(),)*]
            }

            /// The builtin exception class of that `__name__`.
            pub fn named(&self, name: &str) -> Option<TypeRef> {
                match name {
                    $($name => Some(self.$field.clone()),)*
                    _ => None,
                }
            }
        }
    };
}

exception_types! {
    base_exception: "BaseException", object;
    base_exception_group: "BaseExceptionGroup", base_exception;
    generator_exit: "GeneratorExit", base_exception;
    keyboard_interrupt: "KeyboardInterrupt", base_exception;
    system_exit: "SystemExit", base_exception;
    exception: "Exception", base_exception;
    arithmetic_error: "ArithmeticError", exception;
    floating_point_error: "FloatingPointError", arithmetic_error;
    overflow_error: "OverflowError", arithmetic_error;
    zero_division_error: "ZeroDivisionError", arithmetic_error;
    assertion_error: "AssertionError", exception;
    attribute_error: "AttributeError", exception;
    buffer_error: "BufferError", exception;
    eof_error: "EOFError", exception;
    exception_group: "ExceptionGroup", base_exception_group;
    import_error: "ImportError", exception;
    module_not_found_error: "ModuleNotFoundError", import_error;
    lookup_error: "LookupError", exception;
    index_error: "IndexError", lookup_error;
    key_error: "KeyError", lookup_error;
    memory_error: "MemoryError", exception;
    name_error: "NameError", exception;
    unbound_local_error: "UnboundLocalError", name_error;
    os_error: "OSError", exception;
    blocking_io_error: "BlockingIOError", os_error;
    child_process_error: "ChildProcessError", os_error;
    connection_error: "ConnectionError", os_error;
    broken_pipe_error: "BrokenPipeError", connection_error;
    connection_aborted_error: "ConnectionAbortedError", connection_error;
    connection_refused_error: "ConnectionRefusedError", connection_error;
    connection_reset_error: "ConnectionResetError", connection_error;
    file_exists_error: "FileExistsError", os_error;
    file_not_found_error: "FileNotFoundError", os_error;
    interrupted_error: "InterruptedError", os_error;
    is_a_directory_error: "IsADirectoryError", os_error;
    not_a_directory_error: "NotADirectoryError", os_error;
    permission_error: "PermissionError", os_error;
    process_lookup_error: "ProcessLookupError", os_error;
    timeout_error: "TimeoutError", os_error;
    reference_error: "ReferenceError", exception;
    runtime_error: "RuntimeError", exception;
    not_implemented_error: "NotImplementedError", runtime_error;
    recursion_error: "RecursionError", runtime_error;
    stop_async_iteration: "StopAsyncIteration", exception;
    stop_iteration: "StopIteration", exception;
    syntax_error: "SyntaxError", exception;
    indentation_error: "IndentationError", syntax_error;
    tab_error: "TabError", indentation_error;
    system_error: "SystemError", exception;
    type_error: "TypeError", exception;
    value_error: "ValueError", exception;
    unicode_error: "UnicodeError", value_error;
    unicode_decode_error: "UnicodeDecodeError", unicode_error;
    unicode_encode_error: "UnicodeEncodeError", unicode_error;
    unicode_translate_error: "UnicodeTranslateError", unicode_error;
    warning: "Warning", exception;
    bytes_warning: "BytesWarning", warning;
    deprecation_warning: "DeprecationWarning", warning;
    encoding_warning: "EncodingWarning", warning;
    future_warning: "FutureWarning", warning;
    import_warning: "ImportWarning", warning;
    pending_deprecation_warning: "PendingDeprecationWarning", warning;
    resource_warning: "ResourceWarning", warning;
    runtime_warning: "RuntimeWarning", warning;
    syntax_warning: "SyntaxWarning", warning;
    unicode_warning: "UnicodeWarning", warning;
    user_warning: "UserWarning", warning;
}

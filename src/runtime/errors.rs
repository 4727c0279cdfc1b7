//! Raising exceptions from Rust: constructors for the exceptions the runtime raises, with their
//! messages.


use super::object::{Object, Payload};
use super::objects::exception::ExceptionData;
use super::types::TypeRef;
use super::value::Value;
use super::vm::{PyErr, Vm};

impl Vm {
    /// A new exception instance of class `t` with `args` (not raised yet).
    pub fn new_exception(&self, t: &TypeRef, args: Vec<Value>) -> PyErr {
        let args = self.new_tuple(args);
        PyErr(Object::new_rc(t.clone(), Payload::Exception(Box::new(ExceptionData::new(args)))))
    }

    /// An exception of the builtin class named `exc_type` (as the front end and the pyc reader
    /// report their errors), SystemError for a name that is not one.
    pub fn error_named(&self, exc_type: &str, msg: impl AsRef<str>) -> PyErr {
        let t = self.types.exc.named(exc_type).unwrap_or_else(|| self.types.exc.system_error.clone());
        self.new_error(&t, msg)
    }

    /// An exception of class `t` with one str argument.
    pub fn new_error(&self, t: &TypeRef, msg: impl AsRef<str>) -> PyErr {
        let m = self.new_str(msg.as_ref());
        self.new_exception(t, vec![m])
    }

    pub fn type_error(&self, msg: impl AsRef<str>) -> PyErr {
        self.new_error(&self.types.exc.type_error, msg)
    }

    pub fn value_error(&self, msg: impl AsRef<str>) -> PyErr {
        self.new_error(&self.types.exc.value_error, msg)
    }

    pub fn overflow_error(&self, msg: impl AsRef<str>) -> PyErr {
        self.new_error(&self.types.exc.overflow_error, msg)
    }

    pub fn zero_division_error(&self, msg: impl AsRef<str>) -> PyErr {
        self.new_error(&self.types.exc.zero_division_error, msg)
    }

    pub fn index_error(&self, msg: impl AsRef<str>) -> PyErr {
        self.new_error(&self.types.exc.index_error, msg)
    }

    pub fn system_error(&self, msg: impl AsRef<str>) -> PyErr {
        self.new_error(&self.types.exc.system_error, msg)
    }

    pub fn runtime_error(&self, msg: impl AsRef<str>) -> PyErr {
        self.new_error(&self.types.exc.runtime_error, msg)
    }

    pub fn recursion_error(&self, msg: impl AsRef<str>) -> PyErr {
        self.new_error(&self.types.exc.recursion_error, msg)
    }

    pub fn name_error(&self, msg: impl AsRef<str>) -> PyErr {
        self.new_error(&self.types.exc.name_error, msg)
    }

    pub fn memory_error(&self) -> PyErr {
        self.new_exception(&self.types.exc.memory_error, vec![])
    }

    /// `KeyError(key)`.
    pub fn key_error(&self, key: Value) -> PyErr {
        self.new_exception(&self.types.exc.key_error, vec![key])
    }

    /// `StopIteration(value)` (no args for None, as CPython raises it).
    pub fn stop_iteration(&self, value: Value) -> PyErr {
        if value.is_none() {
            self.new_exception(&self.types.exc.stop_iteration, vec![])
        } else {
            self.new_exception(&self.types.exc.stop_iteration, vec![value])
        }
    }

    /// AttributeError for a missing attribute of an object.
    pub fn attribute_error(&self, msg: impl AsRef<str>) -> PyErr {
        self.new_error(&self.types.exc.attribute_error, msg)
    }

    /// Whether `err` is an instance of `t`.
    pub fn err_is(&self, err: &PyErr, t: &TypeRef) -> bool {
        err.0.class_ref().is_subtype(t)
    }
}

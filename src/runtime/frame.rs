//! `Frame`: one activation of a code object: its fast locals, cells and free variables, its
//! value stack, where it is, and the namespaces it runs in.

use std::rc::Rc;

use super::code::Code;
use super::value::{ObjRef, Value};

pub struct Frame {
    pub code: Rc<Code>,
    pub globals: ObjRef,
    pub builtins: ObjRef,
    /// The locals mapping of module and class bodies (what LOAD_NAME reads); None in functions.
    pub locals: Option<Value>,
    /// Fast locals, then cells, then free variables (Null where unbound).
    pub localsplus: Vec<Value>,
    pub stack: Vec<Value>,
    /// The next instruction to run (code unit index).
    pub pc: u32,
    /// The instruction running or last run (for tracebacks and `f_lineno`).
    pub lasti: u32,
    /// The function being run, if any (for `__class__` and introspection).
    pub func: Option<ObjRef>,
    /// The frame object handed to Python for this activation, once one was asked for.
    pub frame_object: Option<Value>,
}

impl Frame {
    pub fn new(code: Rc<Code>, globals: ObjRef, builtins: ObjRef, locals: Option<Value>) -> Box<Frame> {
        let nlocalsplus = code.nlocalsplus();
        let stacksize = code.stacksize;
        Box::new(Frame {
            code,
            globals,
            builtins,
            locals,
            localsplus: vec![Value::Null; nlocalsplus],
            stack: Vec::with_capacity(stacksize),
            pc: 0,
            lasti: 0,
            func: None,
            frame_object: None,
        })
    }

    /// The line being run.
    pub fn lineno(&self) -> Option<i32> {
        self.code.line_of(self.lasti)
    }
}

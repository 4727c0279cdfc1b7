//! `Frame`: one activation of a code object: its fast locals, cells and free variables, its
//! value stack, where it is, and the namespaces it runs in.

use std::rc::Rc;

use super::code::Code;
use super::value::{ObjRef, Value};
use super::vm::{PyResult, Vm};

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
    /// What the caller's loop does with this frame's value when it pushed the frame itself
    /// (INLINE_CALLS).
    pub on_return: OnReturn,
    /// A generator's frame resumed by FOR_ITER in its caller's loop (INLINE_CALLS).
    pub resumed: Option<Box<super::objects::generator::InlineResume>>,
}

/// How the value of a frame pushed by its caller's loop (INLINE_CALLS) becomes the result
/// of the caller's instruction: a call's value, or the end of an operation that ran a Python
/// method (an `__init__`, an operator's special method, a property getter, a class body).
#[derive(Default)]
pub enum OnReturn {
    /// It is pushed onto the caller's stack (a call's value).
    #[default]
    Push,
    /// An `__init__` run by a class call: it must be None; the instance already on the
    /// caller's stack is the call's value.
    Instance,
    /// It is dropped: the instruction leaves nothing (`__setitem__`, `__delitem__`).
    Discard,
    /// A `__bool__` run by a conditional jump: its value must be a bool; the caller jumps to
    /// `target` when it equals `jump_if`.
    Branch { jump_if: bool, target: u32 },
    /// A `__next__` run by FOR_ITER: its value is the loop's next item; StopIteration leaving
    /// it ends the loop, which goes on at `exhausted_pc` with the iterator popped.
    Next { exhausted_pc: u32 },
    /// This finishes the operation with it (a binary operator trying the reflected method
    /// after NotImplemented, a class made from its body's namespace); the result is pushed.
    Then(Box<dyn FnOnce(&mut Vm, Value) -> PyResult<Value>>),
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
            on_return: OnReturn::Push,
            resumed: None,
        })
    }

    /// A frame for a call, reusing a finished one (and its vectors' memory) when there is one.
    #[inline]
    pub fn pooled(vm: &mut Vm, code: Rc<Code>, globals: ObjRef, builtins: ObjRef) -> Box<Frame> {
        let n = code.nlocalsplus();
        let mut frame = Frame::from_pool(vm, code, globals, builtins);
        frame.localsplus.resize(n, Value::Null);
        frame
    }

    /// A frame from the pool, or a new one, set up to run `code` from its start; a pooled
    /// frame's fast locals are left empty (sized by the caller).
    #[inline(always)]
    fn from_pool(vm: &mut Vm, code: Rc<Code>, globals: ObjRef, builtins: ObjRef) -> Box<Frame> {
        let Some(mut frame) = vm.frame_pool.pop() else {
            return Frame::new(code, globals, builtins, None);
        };
        frame.stack.reserve(code.stacksize);
        frame.code = code;
        frame.globals = globals;
        frame.builtins = builtins;
        frame.pc = 0;
        frame.lasti = 0;
        frame
    }

    /// A frame for a call whose first fast locals are the arguments, moved from the tail of
    /// the caller's value stack (from `first` on; at most the callee's `nlocalsplus` of them),
    /// the other slots unbound.
    #[inline]
    pub fn pooled_with_args(
        vm: &mut Vm,
        code: Rc<Code>,
        globals: ObjRef,
        builtins: ObjRef,
        stack: &mut Vec<Value>,
        first: usize,
    ) -> Box<Frame> {
        let n = code.nlocalsplus();
        let mut frame = Frame::from_pool(vm, code, globals, builtins);
        let locals = &mut frame.localsplus;
        locals.clear();
        locals.reserve(n);
        let first = first.min(stack.len());
        let nargs = (stack.len() - first).min(n);
        // SAFETY: `locals` is empty with room for `n >= nargs` values; the `nargs` values at
        // `first` move into it and the stack forgets them (set_len), any surplus is dropped by
        // the truncate; the other `n - nargs` slots are written before the length covers them.
        // (Element loops rather than memcpy calls: the counts are small.)
        unsafe {
            for i in 0..nargs {
                std::ptr::write(locals.as_mut_ptr().add(i), std::ptr::read(stack.as_ptr().add(first + i)));
            }
            let surplus = stack.len() - first - nargs;
            for i in 0..surplus {
                std::ptr::write(stack.as_mut_ptr().add(first + i), std::ptr::read(stack.as_ptr().add(first + nargs + i)));
            }
            stack.set_len(first + surplus);
            for i in nargs..n {
                std::ptr::write(locals.as_mut_ptr().add(i), Value::Null);
            }
            locals.set_len(n);
        }
        stack.truncate(first);
        frame
    }

    /// Gives a finished frame back for reuse. Its values are released now; the namespaces it
    /// pointed to are replaced by the builtins dict so that the pool keeps nothing else alive.
    #[inline]
    pub fn recycle(vm: &mut Vm, mut frame: Box<Frame>) {
        const POOL_SIZE: usize = 32;
        if vm.frame_pool.len() < POOL_SIZE && frame.localsplus.capacity() <= 256 && frame.stack.capacity() <= 256 {
            frame.localsplus.clear();
            frame.stack.clear();
            frame.locals = None;
            frame.func = None;
            frame.frame_object = None;
            frame.on_return = OnReturn::Push;
            frame.resumed = None;
            if !Rc::ptr_eq(&frame.globals, &vm.builtins_dict) {
                frame.globals = vm.builtins_dict.clone();
            }
            if !Rc::ptr_eq(&frame.builtins, &vm.builtins_dict) {
                frame.builtins = vm.builtins_dict.clone();
            }
            vm.frame_pool.push(frame);
        }
    }

    /// The line being run.
    pub fn lineno(&self) -> Option<i32> {
        self.code.line_of(self.lasti)
    }
}

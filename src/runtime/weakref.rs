//! Weak references: which weak reference objects point at which object, and what happens when
//! that object goes. A weak reference holds a `std::rc::Weak` to its referent; the registry maps
//! the referent's address to its weak references (held weakly too). An object's class gets
//! the WEAKLY_REFERENCED flag when one of its instances is first weakly referenced, so that
//! `Object`'s `Drop` (which already tests the class flags for `__del__`) calls
//! `referent_dying` only for such objects: the registry entry goes, and the callbacks of the
//! weak references still alive are queued on the interpreter's finalization queue, to run at
//! the next safe point. Objects never weakly referenced pay nothing.

use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

use rustc_hash::FxHashMap;

use super::finalize::FinalizeQueue;
use super::object::{Object, Payload};
use super::value::{ObjRef, Value};

/// A weak reference's state (the payload of `weakref.ref` objects and their subclasses).
pub struct WeakRefState {
    pub target: Weak<Object>,
    /// The referent's address (its registry key).
    pub addr: usize,
    pub callback: RefCell<Value>,
    /// The referent's hash, once asked.
    pub hash: Cell<Option<i64>>,
    /// Whether this is a proxy (`weakref.proxy`) rather than a reference.
    pub proxy: bool,
}

impl Drop for WeakRefState {
    /// Forgets this reference in the registry (its own object is being freed, so its weak
    /// pointer in the list no longer upgrades).
    fn drop(&mut self) {
        let addr = self.addr;
        let _ = REGISTRY.try_with(|r| {
            if let Ok(mut map) = r.try_borrow_mut() {
                let empty = match map.get_mut(&addr) {
                    Some(entry) => {
                        entry.refs.retain(|w| w.strong_count() > 0);
                        entry.refs.is_empty()
                    }
                    None => false,
                };
                if empty {
                    map.remove(&addr);
                }
            }
        });
    }
}

struct Entry {
    queue: Rc<FinalizeQueue>,
    /// The weak reference objects, oldest first.
    refs: Vec<Weak<Object>>,
}

thread_local! {
    static REGISTRY: RefCell<FxHashMap<usize, Entry>> = RefCell::new(FxHashMap::default());
}

/// Records a new weak reference object `wr` to `target`.
pub fn register(queue: &Rc<FinalizeQueue>, target: &ObjRef, wr: &ObjRef) {
    target.class().flags.set(target.class().flags.get() | super::types::flags::WEAKLY_REFERENCED);
    let addr = Rc::as_ptr(target) as usize;
    let _ = REGISTRY.try_with(|r| {
        if let Ok(mut map) = r.try_borrow_mut() {
            let entry = map.entry(addr).or_insert_with(|| Entry { queue: queue.clone(), refs: Vec::new() });
            entry.refs.push(Rc::downgrade(wr));
        }
    });
}

/// The live weak reference objects to the object at `addr`, oldest first.
pub fn refs_to(addr: usize) -> Vec<ObjRef> {
    REGISTRY
        .try_with(|r| match r.try_borrow() {
            Ok(map) => map.get(&addr).map(|e| e.refs.iter().filter_map(Weak::upgrade).collect()).unwrap_or_default(),
            Err(_) => Vec::new(),
        })
        .unwrap_or_default()
}

/// The state of a weak reference object.
pub fn state_of(v: &Value) -> Option<&WeakRefState> {
    match v.payload()? {
        Payload::Native(b) => b.downcast_ref::<WeakRefState>(),
        _ => None,
    }
}

/// Called from `Object`'s `Drop` for an instance of a class with WEAKLY_REFERENCED: the weak
/// references to it die, and their callbacks are queued (most recent reference first, as
/// CPython calls them).
pub(crate) fn referent_dying(addr: usize) {
    let entry = REGISTRY.try_with(|r| r.try_borrow_mut().ok().and_then(|mut map| map.remove(&addr))).ok().flatten();
    let Some(entry) = entry else { return };
    for w in entry.refs.iter().rev() {
        let Some(wr) = w.upgrade() else { continue };
        let callback = match &wr.payload {
            Payload::Native(b) => match b.downcast_ref::<WeakRefState>() {
                Some(st) => st.callback.replace(Value::None),
                None => Value::None,
            },
            _ => Value::None,
        };
        if !callback.is_none() {
            entry.queue.push_callback(callback, Value::Obj(wr));
        }
    }
}

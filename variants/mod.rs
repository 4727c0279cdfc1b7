//! The execution engines: each decides how control moves (calls, returns, unwinding, switching)
//! and shares the runtime's instruction semantics.

pub mod cpython;
pub mod stackless;

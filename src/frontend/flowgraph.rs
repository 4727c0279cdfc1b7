//! The control-flow graph and its optimizations. (Placeholder.)

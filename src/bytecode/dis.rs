//! The disassembler, printing CPython 3.12's `dis` format. (Placeholder while being written.)

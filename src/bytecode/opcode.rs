//! The one opcode table of CPython 3.12: names, numbers, inline caches, operand kinds and stack
//! effects. The compiler, the assembler, dis, marshal validation and every engine derive from it.

/// What an instruction's oparg means (the `opcode.has*` lists of CPython 3.12).
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Operand {
    /// No argument (opcode < HAVE_ARGUMENT, or a pseudo-op without one).
    None,
    /// A plain number whose meaning is particular to the opcode.
    Arg,
    /// A relative jump (forward or backward by the opcode).
    Jump,
    /// A block-push pseudo-op (SETUP_*): no oparg, but a handler target.
    BlockPush,
    /// An index into co_consts.
    Const,
    /// An index into co_names (shifted for LOAD_GLOBAL, LOAD_ATTR, LOAD_SUPER_ATTR).
    Name,
    /// An index into the fast locals.
    Local,
    /// An index into localsplus for a cell or free variable.
    Free,
    /// COMPARE_OP's packed comparison.
    Compare,
}

/// Whether an opcode is one the compiler emits, one the adaptive interpreter swaps in at run time
/// (instrumented), or a compiler-internal pseudo-op that never reaches co_code.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum OpClass {
    Real,
    Instrumented,
    Pseudo,
}

macro_rules! opcodes {
    ($( $name:ident = $num:literal, $caches:literal, $operand:ident; )*) => {
        /// Every opcode of `opcode.opmap` in CPython 3.12, real, instrumented and pseudo.
        #[allow(non_camel_case_types, clippy::upper_case_acronyms)]
        #[repr(u16)]
        #[derive(Copy, Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Op { $($name = $num,)* }

        /// All opcodes in numeric order.
        pub const ALL: &[Op] = &[$(Op::$name,)*];

        impl Op {
            /// The name CPython's `opcode.opname` gives.
            pub const fn name(self) -> &'static str {
                match self { $(Op::$name => stringify!($name),)* }
            }
            /// Number of CACHE code units that follow the instruction in co_code.
            pub const fn caches(self) -> u32 {
                match self { $(Op::$name => $caches,)* }
            }
            /// What the oparg means.
            pub const fn operand(self) -> Operand {
                match self { $(Op::$name => Operand::$operand,)* }
            }
        }
    };
}

opcodes! {
    CACHE = 0, 0, None;
    POP_TOP = 1, 0, None;
    PUSH_NULL = 2, 0, None;
    INTERPRETER_EXIT = 3, 0, None;
    END_FOR = 4, 0, None;
    END_SEND = 5, 0, None;
    NOP = 9, 0, None;
    UNARY_NEGATIVE = 11, 0, None;
    UNARY_NOT = 12, 0, None;
    UNARY_INVERT = 15, 0, None;
    RESERVED = 17, 0, None;
    BINARY_SUBSCR = 25, 1, None;
    BINARY_SLICE = 26, 0, None;
    STORE_SLICE = 27, 0, None;
    GET_LEN = 30, 0, None;
    MATCH_MAPPING = 31, 0, None;
    MATCH_SEQUENCE = 32, 0, None;
    MATCH_KEYS = 33, 0, None;
    PUSH_EXC_INFO = 35, 0, None;
    CHECK_EXC_MATCH = 36, 0, None;
    CHECK_EG_MATCH = 37, 0, None;
    WITH_EXCEPT_START = 49, 0, None;
    GET_AITER = 50, 0, None;
    GET_ANEXT = 51, 0, None;
    BEFORE_ASYNC_WITH = 52, 0, None;
    BEFORE_WITH = 53, 0, None;
    END_ASYNC_FOR = 54, 0, None;
    CLEANUP_THROW = 55, 0, None;
    STORE_SUBSCR = 60, 1, None;
    DELETE_SUBSCR = 61, 0, None;
    GET_ITER = 68, 0, None;
    GET_YIELD_FROM_ITER = 69, 0, None;
    LOAD_BUILD_CLASS = 71, 0, None;
    LOAD_ASSERTION_ERROR = 74, 0, None;
    RETURN_GENERATOR = 75, 0, None;
    RETURN_VALUE = 83, 0, None;
    SETUP_ANNOTATIONS = 85, 0, None;
    LOAD_LOCALS = 87, 0, None;
    POP_EXCEPT = 89, 0, None;
    STORE_NAME = 90, 0, Name;
    DELETE_NAME = 91, 0, Name;
    UNPACK_SEQUENCE = 92, 1, Arg;
    FOR_ITER = 93, 1, Jump;
    UNPACK_EX = 94, 0, Arg;
    STORE_ATTR = 95, 4, Name;
    DELETE_ATTR = 96, 0, Name;
    STORE_GLOBAL = 97, 0, Name;
    DELETE_GLOBAL = 98, 0, Name;
    SWAP = 99, 0, Arg;
    LOAD_CONST = 100, 0, Const;
    LOAD_NAME = 101, 0, Name;
    BUILD_TUPLE = 102, 0, Arg;
    BUILD_LIST = 103, 0, Arg;
    BUILD_SET = 104, 0, Arg;
    BUILD_MAP = 105, 0, Arg;
    LOAD_ATTR = 106, 9, Name;
    COMPARE_OP = 107, 1, Compare;
    IMPORT_NAME = 108, 0, Name;
    IMPORT_FROM = 109, 0, Name;
    JUMP_FORWARD = 110, 0, Jump;
    POP_JUMP_IF_FALSE = 114, 0, Jump;
    POP_JUMP_IF_TRUE = 115, 0, Jump;
    LOAD_GLOBAL = 116, 4, Name;
    IS_OP = 117, 0, Arg;
    CONTAINS_OP = 118, 0, Arg;
    RERAISE = 119, 0, Arg;
    COPY = 120, 0, Arg;
    RETURN_CONST = 121, 0, Const;
    BINARY_OP = 122, 1, Arg;
    SEND = 123, 1, Jump;
    LOAD_FAST = 124, 0, Local;
    STORE_FAST = 125, 0, Local;
    DELETE_FAST = 126, 0, Local;
    LOAD_FAST_CHECK = 127, 0, Local;
    POP_JUMP_IF_NOT_NONE = 128, 0, Jump;
    POP_JUMP_IF_NONE = 129, 0, Jump;
    RAISE_VARARGS = 130, 0, Arg;
    GET_AWAITABLE = 131, 0, Arg;
    MAKE_FUNCTION = 132, 0, Arg;
    BUILD_SLICE = 133, 0, Arg;
    JUMP_BACKWARD_NO_INTERRUPT = 134, 0, Jump;
    MAKE_CELL = 135, 0, Free;
    LOAD_CLOSURE = 136, 0, Free;
    LOAD_DEREF = 137, 0, Free;
    STORE_DEREF = 138, 0, Free;
    DELETE_DEREF = 139, 0, Free;
    JUMP_BACKWARD = 140, 0, Jump;
    LOAD_SUPER_ATTR = 141, 1, Name;
    CALL_FUNCTION_EX = 142, 0, Arg;
    LOAD_FAST_AND_CLEAR = 143, 0, Local;
    EXTENDED_ARG = 144, 0, Arg;
    LIST_APPEND = 145, 0, Arg;
    SET_ADD = 146, 0, Arg;
    MAP_ADD = 147, 0, Arg;
    COPY_FREE_VARS = 149, 0, Arg;
    YIELD_VALUE = 150, 0, Arg;
    RESUME = 151, 0, Arg;
    MATCH_CLASS = 152, 0, Arg;
    FORMAT_VALUE = 155, 0, Arg;
    BUILD_CONST_KEY_MAP = 156, 0, Arg;
    BUILD_STRING = 157, 0, Arg;
    LIST_EXTEND = 162, 0, Arg;
    SET_UPDATE = 163, 0, Arg;
    DICT_MERGE = 164, 0, Arg;
    DICT_UPDATE = 165, 0, Arg;
    CALL = 171, 3, Arg;
    KW_NAMES = 172, 0, Const;
    CALL_INTRINSIC_1 = 173, 0, Arg;
    CALL_INTRINSIC_2 = 174, 0, Arg;
    LOAD_FROM_DICT_OR_GLOBALS = 175, 0, Name;
    LOAD_FROM_DICT_OR_DEREF = 176, 0, Free;
    INSTRUMENTED_LOAD_SUPER_ATTR = 237, 0, Arg;
    INSTRUMENTED_POP_JUMP_IF_NONE = 238, 0, Arg;
    INSTRUMENTED_POP_JUMP_IF_NOT_NONE = 239, 0, Arg;
    INSTRUMENTED_RESUME = 240, 0, Arg;
    INSTRUMENTED_CALL = 241, 0, Arg;
    INSTRUMENTED_RETURN_VALUE = 242, 0, Arg;
    INSTRUMENTED_YIELD_VALUE = 243, 0, Arg;
    INSTRUMENTED_CALL_FUNCTION_EX = 244, 0, Arg;
    INSTRUMENTED_JUMP_FORWARD = 245, 0, Arg;
    INSTRUMENTED_JUMP_BACKWARD = 246, 0, Arg;
    INSTRUMENTED_RETURN_CONST = 247, 0, Arg;
    INSTRUMENTED_FOR_ITER = 248, 0, Arg;
    INSTRUMENTED_POP_JUMP_IF_FALSE = 249, 0, Arg;
    INSTRUMENTED_POP_JUMP_IF_TRUE = 250, 0, Arg;
    INSTRUMENTED_END_FOR = 251, 0, Arg;
    INSTRUMENTED_END_SEND = 252, 0, Arg;
    INSTRUMENTED_INSTRUCTION = 253, 0, Arg;
    INSTRUMENTED_LINE = 254, 0, Arg;
    SETUP_FINALLY = 256, 0, BlockPush;
    SETUP_CLEANUP = 257, 0, BlockPush;
    SETUP_WITH = 258, 0, BlockPush;
    POP_BLOCK = 259, 0, None;
    JUMP = 260, 0, Jump;
    JUMP_NO_INTERRUPT = 261, 0, Jump;
    LOAD_METHOD = 262, 0, Name;
    LOAD_SUPER_METHOD = 263, 0, Name;
    LOAD_ZERO_SUPER_METHOD = 264, 0, Name;
    LOAD_ZERO_SUPER_ATTR = 265, 0, Name;
    STORE_FAST_MAYBE_NULL = 266, 0, Local;
}

/// Opcodes below this take no argument (their oparg byte is ignored).
pub const HAVE_ARGUMENT: u8 = 90;
/// The first pseudo-op number.
pub const MIN_PSEUDO_OPCODE: u16 = 256;
/// The first instrumented opcode number.
pub const MIN_INSTRUMENTED_OPCODE: u16 = 237;

/// Opcode byte to `Op`, for the real opcodes only (the ones that may appear in co_code).
static DECODE: [Option<Op>; 256] = {
    let mut table = [None; 256];
    let mut i = 0;
    while i < ALL.len() {
        let op = ALL[i];
        if (op as u16) < MIN_INSTRUMENTED_OPCODE {
            table[op as usize] = Some(op);
        }
        i += 1;
    }
    table
};

impl Op {
    /// The real opcode with this byte value, if any (instrumented and specialised opcodes are not
    /// valid in a code object's co_code).
    #[inline]
    pub fn from_byte(b: u8) -> Option<Op> {
        DECODE[b as usize]
    }

    /// Any opcode of the table by its number, pseudo-ops included.
    pub fn from_number(n: u32) -> Option<Op> {
        ALL.iter().copied().find(|op| *op as u32 == n)
    }

    /// Any opcode of the table by name.
    pub fn from_name(name: &str) -> Option<Op> {
        ALL.iter().copied().find(|op| op.name() == name)
    }

    #[inline]
    pub const fn number(self) -> u16 {
        self as u16
    }

    pub const fn class(self) -> OpClass {
        let n = self as u16;
        if n >= MIN_PSEUDO_OPCODE {
            OpClass::Pseudo
        } else if n >= MIN_INSTRUMENTED_OPCODE {
            OpClass::Instrumented
        } else {
            OpClass::Real
        }
    }

    #[inline]
    pub const fn is_pseudo(self) -> bool {
        (self as u16) >= MIN_PSEUDO_OPCODE
    }

    /// Whether the oparg is meaningful (`opcode.hasarg`).
    pub const fn has_arg(self) -> bool {
        !matches!(self.operand(), Operand::None | Operand::BlockPush)
    }

    /// Jumps, conditional or not, real or pseudo (not the SETUP_* block pushes).
    pub const fn is_jump(self) -> bool {
        matches!(self.operand(), Operand::Jump)
    }

    /// Instructions carrying a label target in the compiler: jumps and block pushes.
    pub const fn has_target(self) -> bool {
        matches!(self.operand(), Operand::Jump | Operand::BlockPush)
    }

    pub const fn is_block_push(self) -> bool {
        matches!(self, Op::SETUP_FINALLY | Op::SETUP_CLEANUP | Op::SETUP_WITH)
    }

    pub const fn is_unconditional_jump(self) -> bool {
        matches!(
            self,
            Op::JUMP
                | Op::JUMP_NO_INTERRUPT
                | Op::JUMP_FORWARD
                | Op::JUMP_BACKWARD
                | Op::JUMP_BACKWARD_NO_INTERRUPT
        )
    }

    pub const fn is_conditional_jump(self) -> bool {
        matches!(
            self,
            Op::POP_JUMP_IF_FALSE
                | Op::POP_JUMP_IF_TRUE
                | Op::POP_JUMP_IF_NONE
                | Op::POP_JUMP_IF_NOT_NONE
        )
    }

    pub const fn is_backward_jump(self) -> bool {
        matches!(self, Op::JUMP_BACKWARD | Op::JUMP_BACKWARD_NO_INTERRUPT)
    }

    /// Instructions after which control never falls through to the next one in the same frame.
    pub const fn is_scope_exit(self) -> bool {
        matches!(
            self,
            Op::RETURN_VALUE | Op::RETURN_CONST | Op::RAISE_VARARGS | Op::RERAISE
        )
    }

    /// Instructions that end a basic block: jumps and scope exits.
    pub const fn is_terminator(self) -> bool {
        self.is_unconditional_jump() || self.is_scope_exit()
    }

    /// The number of values popped and pushed, following CPython 3.12's `dis.stack_effect`
    /// (`jump` selects the branch-taken edge of jumps and block pushes). `None` where CPython
    /// has no defined effect.
    pub fn stack_effect(self, oparg: u32, jump: bool) -> Option<i32> {
        use Op::*;
        let arg = oparg as i64;
        let e: i64 = match self {
            CACHE | NOP | RESERVED | UNARY_NEGATIVE | UNARY_NOT | UNARY_INVERT => 0,
            POP_TOP | INTERPRETER_EXIT | END_SEND | RETURN_VALUE | POP_EXCEPT => -1,
            PUSH_NULL => 1,
            END_FOR => -2,
            BINARY_SUBSCR => -1,
            BINARY_SLICE => -2,
            STORE_SLICE => -4,
            GET_LEN | MATCH_MAPPING | MATCH_SEQUENCE | MATCH_KEYS | PUSH_EXC_INFO => 1,
            CHECK_EXC_MATCH | CHECK_EG_MATCH => 0,
            WITH_EXCEPT_START | GET_ANEXT | BEFORE_ASYNC_WITH | BEFORE_WITH => 1,
            GET_AITER | GET_ITER | GET_YIELD_FROM_ITER | RETURN_GENERATOR => 0,
            END_ASYNC_FOR => -2,
            CLEANUP_THROW => -1,
            STORE_SUBSCR => -3,
            DELETE_SUBSCR => -2,
            LOAD_BUILD_CLASS | LOAD_ASSERTION_ERROR | LOAD_LOCALS => 1,
            SETUP_ANNOTATIONS => 0,
            STORE_NAME | STORE_GLOBAL | DELETE_ATTR => -1,
            DELETE_NAME | DELETE_GLOBAL => 0,
            UNPACK_SEQUENCE => arg - 1,
            FOR_ITER => 1,
            UNPACK_EX => (arg & 0xFF) + (arg >> 8),
            STORE_ATTR => -2,
            SWAP => 0,
            LOAD_CONST | LOAD_NAME => 1,
            BUILD_TUPLE | BUILD_LIST | BUILD_SET | BUILD_STRING => 1 - arg,
            BUILD_MAP => 1 - 2 * arg,
            LOAD_ATTR => arg & 1,
            COMPARE_OP => -1,
            IMPORT_NAME => -1,
            IMPORT_FROM => 1,
            JUMP_FORWARD | JUMP_BACKWARD | JUMP_BACKWARD_NO_INTERRUPT | JUMP | JUMP_NO_INTERRUPT => 0,
            POP_JUMP_IF_FALSE | POP_JUMP_IF_TRUE | POP_JUMP_IF_NONE | POP_JUMP_IF_NOT_NONE => -1,
            LOAD_GLOBAL => 1 + (arg & 1),
            IS_OP | CONTAINS_OP | RERAISE => -1,
            COPY => 1,
            RETURN_CONST => 0,
            BINARY_OP => -1,
            SEND => 0,
            LOAD_FAST | LOAD_FAST_CHECK | LOAD_FAST_AND_CLEAR | LOAD_CLOSURE | LOAD_DEREF => 1,
            STORE_FAST | STORE_FAST_MAYBE_NULL | STORE_DEREF => -1,
            DELETE_FAST | DELETE_DEREF | MAKE_CELL | COPY_FREE_VARS => 0,
            RAISE_VARARGS => -arg,
            GET_AWAITABLE => 0,
            MAKE_FUNCTION => -i64::from((oparg & 0xF).count_ones()),
            BUILD_SLICE => {
                if arg == 3 {
                    -2
                } else {
                    -1
                }
            }
            LOAD_SUPER_ATTR => -2 + (arg & 1),
            CALL_FUNCTION_EX => -2 - (arg & 1),
            EXTENDED_ARG => 0,
            LIST_APPEND | SET_ADD => -1,
            MAP_ADD => -2,
            YIELD_VALUE | RESUME => 0,
            MATCH_CLASS => -2,
            FORMAT_VALUE => {
                if arg & 4 != 0 {
                    -1
                } else {
                    0
                }
            }
            BUILD_CONST_KEY_MAP => -arg,
            LIST_EXTEND | SET_UPDATE | DICT_MERGE | DICT_UPDATE => -1,
            CALL => -1 - arg,
            KW_NAMES | CALL_INTRINSIC_1 => 0,
            CALL_INTRINSIC_2 => -1,
            LOAD_FROM_DICT_OR_GLOBALS | LOAD_FROM_DICT_OR_DEREF => 0,
            INSTRUMENTED_LOAD_SUPER_ATTR => -2 + (arg & 1),
            INSTRUMENTED_RETURN_VALUE => -1,
            INSTRUMENTED_END_FOR => -2,
            INSTRUMENTED_END_SEND => -1,
            INSTRUMENTED_POP_JUMP_IF_NONE
            | INSTRUMENTED_POP_JUMP_IF_NOT_NONE
            | INSTRUMENTED_RESUME
            | INSTRUMENTED_CALL
            | INSTRUMENTED_YIELD_VALUE
            | INSTRUMENTED_CALL_FUNCTION_EX
            | INSTRUMENTED_JUMP_FORWARD
            | INSTRUMENTED_JUMP_BACKWARD
            | INSTRUMENTED_RETURN_CONST
            | INSTRUMENTED_FOR_ITER
            | INSTRUMENTED_POP_JUMP_IF_FALSE
            | INSTRUMENTED_POP_JUMP_IF_TRUE
            | INSTRUMENTED_INSTRUCTION => 0,
            INSTRUMENTED_LINE => return None,
            SETUP_FINALLY | SETUP_WITH => i64::from(jump),
            SETUP_CLEANUP => {
                if jump {
                    2
                } else {
                    0
                }
            }
            POP_BLOCK => 0,
            LOAD_METHOD => 1,
            LOAD_SUPER_METHOD | LOAD_ZERO_SUPER_METHOD | LOAD_ZERO_SUPER_ATTR => -1,
        };
        Some(e as i32)
    }
}

/// The number of code units an instruction takes with its EXTENDED_ARG prefixes and caches.
#[inline]
pub fn instr_size(op: Op, oparg: u32) -> u32 {
    let ext = if oparg > 0xFF_FFFF {
        3
    } else if oparg > 0xFFFF {
        2
    } else if oparg > 0xFF {
        1
    } else {
        0
    };
    ext + 1 + op.caches()
}

/// COMPARE_OP's comparisons, in CPython's `cmp_op` order.
pub const CMP_OPS: [&str; 6] = ["<", "<=", "==", "!=", ">", ">="];

/// BINARY_OP's operators, indexed by oparg (`opcode._nb_ops`).
pub const NB_OPS: [(&str, &str); 26] = [
    ("NB_ADD", "+"),
    ("NB_AND", "&"),
    ("NB_FLOOR_DIVIDE", "//"),
    ("NB_LSHIFT", "<<"),
    ("NB_MATRIX_MULTIPLY", "@"),
    ("NB_MULTIPLY", "*"),
    ("NB_REMAINDER", "%"),
    ("NB_OR", "|"),
    ("NB_POWER", "**"),
    ("NB_RSHIFT", ">>"),
    ("NB_SUBTRACT", "-"),
    ("NB_TRUE_DIVIDE", "/"),
    ("NB_XOR", "^"),
    ("NB_INPLACE_ADD", "+="),
    ("NB_INPLACE_AND", "&="),
    ("NB_INPLACE_FLOOR_DIVIDE", "//="),
    ("NB_INPLACE_LSHIFT", "<<="),
    ("NB_INPLACE_MATRIX_MULTIPLY", "@="),
    ("NB_INPLACE_MULTIPLY", "*="),
    ("NB_INPLACE_REMAINDER", "%="),
    ("NB_INPLACE_OR", "|="),
    ("NB_INPLACE_POWER", "**="),
    ("NB_INPLACE_RSHIFT", ">>="),
    ("NB_INPLACE_SUBTRACT", "-="),
    ("NB_INPLACE_TRUE_DIVIDE", "/="),
    ("NB_INPLACE_XOR", "^="),
];

/// BINARY_OP opargs by name, for the compiler.
pub mod nb {
    pub const ADD: u32 = 0;
    pub const AND: u32 = 1;
    pub const FLOOR_DIVIDE: u32 = 2;
    pub const LSHIFT: u32 = 3;
    pub const MATRIX_MULTIPLY: u32 = 4;
    pub const MULTIPLY: u32 = 5;
    pub const REMAINDER: u32 = 6;
    pub const OR: u32 = 7;
    pub const POWER: u32 = 8;
    pub const RSHIFT: u32 = 9;
    pub const SUBTRACT: u32 = 10;
    pub const TRUE_DIVIDE: u32 = 11;
    pub const XOR: u32 = 12;
    /// Add to a binary operator's oparg for its in-place form.
    pub const INPLACE: u32 = 13;
}

/// CALL_INTRINSIC_1 operands (`opcode._intrinsic_1_descs`).
pub const INTRINSIC_1: [&str; 12] = [
    "INTRINSIC_1_INVALID",
    "INTRINSIC_PRINT",
    "INTRINSIC_IMPORT_STAR",
    "INTRINSIC_STOPITERATION_ERROR",
    "INTRINSIC_ASYNC_GEN_WRAP",
    "INTRINSIC_UNARY_POSITIVE",
    "INTRINSIC_LIST_TO_TUPLE",
    "INTRINSIC_TYPEVAR",
    "INTRINSIC_PARAMSPEC",
    "INTRINSIC_TYPEVARTUPLE",
    "INTRINSIC_SUBSCRIPT_GENERIC",
    "INTRINSIC_TYPEALIAS",
];

/// CALL_INTRINSIC_2 operands (`opcode._intrinsic_2_descs`).
pub const INTRINSIC_2: [&str; 5] = [
    "INTRINSIC_2_INVALID",
    "INTRINSIC_PREP_RERAISE_STAR",
    "INTRINSIC_TYPEVAR_WITH_BOUND",
    "INTRINSIC_TYPEVAR_WITH_CONSTRAINTS",
    "INTRINSIC_SET_FUNCTION_TYPE_PARAMS",
];

/// CALL_INTRINSIC_1 / CALL_INTRINSIC_2 opargs by name, for the compiler.
pub mod intrinsic {
    pub const PRINT: u32 = 1;
    pub const IMPORT_STAR: u32 = 2;
    pub const STOPITERATION_ERROR: u32 = 3;
    pub const ASYNC_GEN_WRAP: u32 = 4;
    pub const UNARY_POSITIVE: u32 = 5;
    pub const LIST_TO_TUPLE: u32 = 6;
    pub const TYPEVAR: u32 = 7;
    pub const PARAMSPEC: u32 = 8;
    pub const TYPEVARTUPLE: u32 = 9;
    pub const SUBSCRIPT_GENERIC: u32 = 10;
    pub const TYPEALIAS: u32 = 11;
    pub const PREP_RERAISE_STAR: u32 = 1;
    pub const TYPEVAR_WITH_BOUND: u32 = 2;
    pub const TYPEVAR_WITH_CONSTRAINTS: u32 = 3;
    pub const SET_FUNCTION_TYPE_PARAMS: u32 = 4;
}

/// MAKE_FUNCTION flag bits.
pub mod make_function {
    pub const DEFAULTS: u32 = 0x01;
    pub const KWDEFAULTS: u32 = 0x02;
    pub const ANNOTATIONS: u32 = 0x04;
    pub const CLOSURE: u32 = 0x08;
}

/// RESUME opargs.
pub mod resume {
    pub const AT_FUNC_START: u32 = 0;
    pub const AFTER_YIELD: u32 = 1;
    pub const AFTER_YIELD_FROM: u32 = 2;
    pub const AFTER_AWAIT: u32 = 3;
}

/// The specialized instructions of CPython 3.12's adaptive interpreter, by family
/// (`opcode._specializations`, in its order). pyrs specializes nothing, but the superinstructions
/// appear in `_co_code_adaptive` (see `dis::quicken`) and dis names any of them it meets.
pub const SPECIALIZATIONS: &[(Op, &[&str])] = &[
    (
        Op::BINARY_OP,
        &[
            "BINARY_OP_ADD_FLOAT",
            "BINARY_OP_ADD_INT",
            "BINARY_OP_ADD_UNICODE",
            "BINARY_OP_INPLACE_ADD_UNICODE",
            "BINARY_OP_MULTIPLY_FLOAT",
            "BINARY_OP_MULTIPLY_INT",
            "BINARY_OP_SUBTRACT_FLOAT",
            "BINARY_OP_SUBTRACT_INT",
        ],
    ),
    (
        Op::BINARY_SUBSCR,
        &[
            "BINARY_SUBSCR_DICT",
            "BINARY_SUBSCR_GETITEM",
            "BINARY_SUBSCR_LIST_INT",
            "BINARY_SUBSCR_TUPLE_INT",
        ],
    ),
    (
        Op::CALL,
        &[
            "CALL_PY_EXACT_ARGS",
            "CALL_PY_WITH_DEFAULTS",
            "CALL_BOUND_METHOD_EXACT_ARGS",
            "CALL_BUILTIN_CLASS",
            "CALL_BUILTIN_FAST_WITH_KEYWORDS",
            "CALL_METHOD_DESCRIPTOR_FAST_WITH_KEYWORDS",
            "CALL_NO_KW_BUILTIN_FAST",
            "CALL_NO_KW_BUILTIN_O",
            "CALL_NO_KW_ISINSTANCE",
            "CALL_NO_KW_LEN",
            "CALL_NO_KW_LIST_APPEND",
            "CALL_NO_KW_METHOD_DESCRIPTOR_FAST",
            "CALL_NO_KW_METHOD_DESCRIPTOR_NOARGS",
            "CALL_NO_KW_METHOD_DESCRIPTOR_O",
            "CALL_NO_KW_STR_1",
            "CALL_NO_KW_TUPLE_1",
            "CALL_NO_KW_TYPE_1",
        ],
    ),
    (Op::COMPARE_OP, &["COMPARE_OP_FLOAT", "COMPARE_OP_INT", "COMPARE_OP_STR"]),
    (Op::FOR_ITER, &["FOR_ITER_LIST", "FOR_ITER_TUPLE", "FOR_ITER_RANGE", "FOR_ITER_GEN"]),
    (Op::LOAD_SUPER_ATTR, &["LOAD_SUPER_ATTR_ATTR", "LOAD_SUPER_ATTR_METHOD"]),
    (
        Op::LOAD_ATTR,
        &[
            "LOAD_ATTR_CLASS",
            "LOAD_ATTR_GETATTRIBUTE_OVERRIDDEN",
            "LOAD_ATTR_INSTANCE_VALUE",
            "LOAD_ATTR_MODULE",
            "LOAD_ATTR_PROPERTY",
            "LOAD_ATTR_SLOT",
            "LOAD_ATTR_WITH_HINT",
            "LOAD_ATTR_METHOD_LAZY_DICT",
            "LOAD_ATTR_METHOD_NO_DICT",
            "LOAD_ATTR_METHOD_WITH_VALUES",
        ],
    ),
    (Op::LOAD_CONST, &["LOAD_CONST__LOAD_FAST"]),
    (Op::LOAD_FAST, &["LOAD_FAST__LOAD_CONST", "LOAD_FAST__LOAD_FAST"]),
    (Op::LOAD_GLOBAL, &["LOAD_GLOBAL_BUILTIN", "LOAD_GLOBAL_MODULE"]),
    (
        Op::STORE_ATTR,
        &["STORE_ATTR_INSTANCE_VALUE", "STORE_ATTR_SLOT", "STORE_ATTR_WITH_HINT"],
    ),
    (Op::STORE_FAST, &["STORE_FAST__LOAD_FAST", "STORE_FAST__STORE_FAST"]),
    (Op::STORE_SUBSCR, &["STORE_SUBSCR_DICT", "STORE_SUBSCR_LIST_INT"]),
    (
        Op::UNPACK_SEQUENCE,
        &["UNPACK_SEQUENCE_LIST", "UNPACK_SEQUENCE_TUPLE", "UNPACK_SEQUENCE_TWO_TUPLE"],
    ),
    (Op::SEND, &["SEND_GEN"]),
];

/// Byte values of the specialized instructions: the numbers no opcode of the table uses, taken
/// in order by the specialized instructions in `SPECIALIZATIONS` order (as CPython numbers
/// them). Each entry is the name and the family's base opcode.
fn specialized_table() -> &'static [Option<(&'static str, Op)>; 256] {
    static TABLE: std::sync::OnceLock<[Option<(&'static str, Op)>; 256]> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        let mut table = [None; 256];
        let mut family = SPECIALIZATIONS
            .iter()
            .flat_map(|(base, names)| names.iter().map(move |n| (*n, *base)));
        for (b, slot) in table.iter_mut().enumerate() {
            if Op::from_number(b as u32).is_none() {
                match family.next() {
                    Some(entry) => *slot = Some(entry),
                    None => break,
                }
            }
        }
        table
    })
}

/// The specialized instruction with this byte value: its name and base opcode.
pub fn specialized(b: u8) -> Option<(&'static str, Op)> {
    specialized_table()[b as usize]
}

/// The byte value of a specialized instruction by name.
pub fn specialized_number(name: &str) -> Option<u8> {
    specialized_table()
        .iter()
        .position(|e| e.is_some_and(|(n, _)| n == name))
        .map(|b| b as u8)
}

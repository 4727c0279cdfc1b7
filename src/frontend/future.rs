//! `from __future__` imports, as CPython 3.12 handles them: the features a module's leading
//! future imports turn on (future.c), their errors ("future feature X is not defined", "not a
//! chance"), and the check code generation makes on every later `from __future__ import`
//! ("from __future__ imports must occur at the beginning of the file", raised by compile.c).

use super::ast::{Loc, Mod, Stmt, StmtKind};
use super::error::SyntaxError;
use super::source::SourceFile;
use crate::bytecode::code::flags;

/// One feature of the `__future__` module.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct Feature {
    pub name: &'static str,
    /// The `compiler_flag` attribute of the feature in `__future__.py`.
    pub compiler_flag: u32,
    /// Whether importing it changes compilation in 3.12 and so sets `compiler_flag` in the
    /// future flags and co_flags. Every other feature is mandatory by now: importing it is
    /// accepted and changes nothing.
    pub active: bool,
}

/// The features CPython 3.12 knows, in `__future__.all_feature_names` order.
pub const FEATURES: [Feature; 10] = [
    Feature {
        name: "nested_scopes",
        compiler_flag: flags::NESTED,
        active: false,
    },
    Feature {
        name: "generators",
        compiler_flag: 0,
        active: false,
    },
    Feature {
        name: "division",
        compiler_flag: flags::FUTURE_DIVISION,
        active: false,
    },
    Feature {
        name: "absolute_import",
        compiler_flag: flags::FUTURE_ABSOLUTE_IMPORT,
        active: false,
    },
    Feature {
        name: "with_statement",
        compiler_flag: flags::FUTURE_WITH_STATEMENT,
        active: false,
    },
    Feature {
        name: "print_function",
        compiler_flag: flags::FUTURE_PRINT_FUNCTION,
        active: false,
    },
    Feature {
        name: "unicode_literals",
        compiler_flag: flags::FUTURE_UNICODE_LITERALS,
        active: false,
    },
    Feature {
        name: "barry_as_FLUFL",
        compiler_flag: flags::FUTURE_BARRY_AS_BDFL,
        active: true,
    },
    Feature {
        name: "generator_stop",
        compiler_flag: flags::FUTURE_GENERATOR_STOP,
        active: false,
    },
    Feature {
        name: "annotations",
        compiler_flag: flags::FUTURE_ANNOTATIONS,
        active: true,
    },
];

/// The feature of that name, if `__future__` has it.
pub fn feature(name: &str) -> Option<&'static Feature> {
    FEATURES.iter().find(|f| f.name == name)
}

/// What the leading future imports of a module establish.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct FutureFeatures {
    /// The co_flags bits of the active features imported.
    pub flags: u32,
    /// The location of the last leading future import; `Loc::NONE` (line -1) when there is
    /// none. Any `from __future__ import` placed after it is an error.
    pub location: Loc,
}

impl FutureFeatures {
    /// The check code generation makes on each `from ... import ...` statement: one importing
    /// from `__future__` (at any relative level) that comes after the leading ones is an error,
    /// reported at the statement.
    pub fn check_import_from(&self, stmt: &Stmt, source: &SourceFile) -> Result<(), SyntaxError> {
        let StmtKind::ImportFrom {
            module: Some(module),
            ..
        } = &stmt.kind
        else {
            return Ok(());
        };
        if &**module == "__future__" && is_after(stmt.loc, self.location) {
            return Err(source.compile_error(
                "from __future__ imports must occur at the beginning of the file",
                stmt.loc,
            ));
        }
        Ok(())
    }
}

/// compile.c's `location_is_after`: a later line, or the same line and a later column.
fn is_after(a: Loc, b: Loc) -> bool {
    a.lineno > b.lineno || (a.lineno == b.lineno && a.col_offset > b.col_offset)
}

/// The flags of the module's leading `from __future__` imports (after an optional docstring),
/// or the error one of them raises.
pub fn check(module: &Mod, source: &SourceFile) -> Result<u32, SyntaxError> {
    parse(module, source).map(|f| f.flags)
}

/// The features and location of the module's leading `from __future__` imports. Only modules
/// and interactive input have any; an expression has none.
pub fn parse(module: &Mod, source: &SourceFile) -> Result<FutureFeatures, SyntaxError> {
    let mut out = FutureFeatures {
        flags: 0,
        location: Loc::NONE,
    };
    let body = match module {
        Mod::Module(body) | Mod::Interactive(body) => body,
        Mod::Expression(_) => return Ok(out),
    };
    let skip = usize::from(has_docstring(body));
    for stmt in &body[skip..] {
        let StmtKind::ImportFrom {
            module: Some(name),
            names,
            ..
        } = &stmt.kind
        else {
            break;
        };
        if &**name != "__future__" {
            break;
        }
        for alias in names {
            match feature(&alias.name) {
                Some(f) => {
                    if f.active {
                        out.flags |= f.compiler_flag;
                    }
                }
                None => {
                    let msg = if &*alias.name == "braces" {
                        "not a chance".to_owned()
                    } else {
                        format!(
                            "future feature {} is not defined",
                            truncate_100(&alias.name)
                        )
                    };
                    return Err(feature_error(msg, stmt.loc, source));
                }
            }
        }
        out.location = stmt.loc;
    }
    Ok(out)
}

/// Whether a body starts with a docstring: an expression statement that is a str constant (as
/// written: this runs before constant folding).
fn has_docstring(body: &[Stmt]) -> bool {
    use super::ast::ExprKind;
    use crate::bytecode::code::Constant;
    matches!(
        body.first().map(|s| &s.kind),
        Some(StmtKind::Expr { value }) if matches!(
            value.kind,
            ExprKind::Constant { value: Constant::Str(_), .. }
        )
    )
}

/// future.c's errors are placed with `PyErr_SyntaxLocationObject`: the statement's line, its
/// byte column plus one, the same end line and no end column; the text is read back from the
/// file as for other errors raised after parsing.
fn feature_error(msg: String, loc: Loc, source: &SourceFile) -> SyntaxError {
    let mut err = source.compile_error(msg, loc);
    err.end_lineno = err.lineno;
    err.end_offset = 0;
    err
}

/// `%.100s`: at most 100 bytes of the UTF-8 name, cut back to a character boundary (the C
/// format cuts bytes; a name cut inside a character would not be valid text).
fn truncate_100(name: &str) -> &str {
    if name.len() <= 100 {
        return name;
    }
    let mut end = 100;
    while !name.is_char_boundary(end) {
        end -= 1;
    }
    &name[..end]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bytecode::code::Constant;
    use crate::frontend::ast::{Alias, Expr, ExprKind};
    use std::sync::Arc;

    fn loc(line: i32, col: i32, end_col: i32) -> Loc {
        Loc::new(line, line, col, end_col)
    }

    fn future(line: i32, col: i32, names: &[&str]) -> Stmt {
        import_from(line, col, "__future__", names)
    }

    fn import_from(line: i32, col: i32, module: &str, names: &[&str]) -> Stmt {
        let names = names
            .iter()
            .map(|n| Alias {
                name: Arc::from(*n),
                asname: None,
                loc: loc(line, col, col + 1),
            })
            .collect();
        Stmt {
            kind: StmtKind::ImportFrom {
                module: Some(Arc::from(module)),
                names,
                level: 0,
            },
            loc: loc(line, col, col + 30),
        }
    }

    fn docstring(line: i32) -> Stmt {
        let value = Expr::new(
            ExprKind::Constant {
                value: Constant::str("doc"),
                u_prefix: false,
            },
            loc(line, 0, 5),
        );
        Stmt {
            kind: StmtKind::Expr {
                value: Box::new(value),
            },
            loc: loc(line, 0, 5),
        }
    }

    fn pass(line: i32) -> Stmt {
        Stmt {
            kind: StmtKind::Pass,
            loc: loc(line, 0, 4),
        }
    }

    #[test]
    fn flags_of_active_features_only() {
        let text = "";
        let src = SourceFile::new("f", text, false);
        let m = Mod::Module(vec![
            docstring(1),
            future(2, 0, &["division", "annotations"]),
            future(3, 0, &["barry_as_FLUFL", "generator_stop"]),
            pass(4),
        ]);
        let f = parse(&m, &src).unwrap();
        assert_eq!(
            f.flags,
            flags::FUTURE_ANNOTATIONS | flags::FUTURE_BARRY_AS_BDFL
        );
        assert_eq!(f.location, loc(3, 0, 30));
        assert_eq!(
            check(&Mod::Expression(Box::new(docstring(1).into_expr())), &src),
            Ok(0)
        );
    }

    impl Stmt {
        fn into_expr(self) -> Expr {
            match self.kind {
                StmtKind::Expr { value } => *value,
                _ => unreachable!(),
            }
        }
    }

    #[test]
    fn errors_and_their_places() {
        let src = SourceFile::new("f", "", false);
        let e = check(
            &Mod::Module(vec![future(1, 4, &["nested_scopes", "braces"])]),
            &src,
        )
        .unwrap_err();
        assert_eq!(
            (
                e.msg.as_str(),
                e.lineno,
                e.offset,
                e.end_lineno,
                e.end_offset
            ),
            ("not a chance", 1, 5, 1, 0)
        );
        let e = check(&Mod::Module(vec![future(2, 0, &["spam", "braces"])]), &src).unwrap_err();
        assert_eq!(e.msg, "future feature spam is not defined");
        // A relative import from a module named __future__ counts, as in CPython.
        let mut rel = future(1, 0, &["braces"]);
        if let StmtKind::ImportFrom { level, .. } = &mut rel.kind {
            *level = 1;
        }
        assert!(check(&Mod::Module(vec![rel]), &src).is_err());
        // Not at the beginning: not checked here (code generation reports it).
        let m = Mod::Module(vec![pass(1), future(2, 0, &["braces"])]);
        assert_eq!(check(&m, &src), Ok(0));
        // A second docstring-like statement ends the leading imports.
        let m = Mod::Module(vec![docstring(1), docstring(2), future(3, 0, &["braces"])]);
        assert_eq!(check(&m, &src), Ok(0));
        let long = "x".repeat(150);
        let e = check(&Mod::Module(vec![future(1, 0, &[&long])]), &src).unwrap_err();
        assert_eq!(
            e.msg,
            format!("future feature {} is not defined", "x".repeat(100))
        );
    }

    #[test]
    fn late_future_import() {
        let text = "import os\nfrom __future__ import annotations\n";
        let src = SourceFile::new("f", text, true);
        let m = Mod::Module(vec![
            import_from(1, 0, "os", &["path"]),
            future(2, 0, &["annotations"]),
        ]);
        let f = parse(&m, &src).unwrap();
        assert_eq!(f.location, Loc::NONE);
        let Mod::Module(body) = &m else {
            unreachable!()
        };
        assert!(f.check_import_from(&body[0], &src).is_ok());
        let e = f.check_import_from(&body[1], &src).unwrap_err();
        assert_eq!(
            e.msg,
            "from __future__ imports must occur at the beginning of the file"
        );
        assert_eq!(
            (e.lineno, e.offset, e.end_lineno, e.end_offset),
            (2, 1, 2, 31)
        );
        assert_eq!(
            e.text.as_deref(),
            Some("from __future__ import annotations\n")
        );

        // Two on one line: the second is after the first.
        let m = Mod::Module(vec![
            future(1, 0, &["annotations"]),
            future(1, 36, &["division"]),
        ]);
        let f = parse(&m, &src).unwrap();
        let Mod::Module(body) = &m else {
            unreachable!()
        };
        assert!(f.check_import_from(&body[0], &src).is_ok());
        assert!(f.check_import_from(&body[1], &src).is_ok());
        let late = future(1, 40, &["division"]);
        assert!(f.check_import_from(&late, &src).is_err());
    }
}

use std::rc::Rc;
use pyrs::bytecode::code::CodeObject;
use pyrs::frontend::codegen;
use pyrs::frontend::ir::{CodeUnitMetadata, InstrSequence};
use pyrs::frontend::source::SourceFile;
use pyrs::frontend::{CompileError, CompileOptions, Mode, fold, future, parse, symtable};

fn show(seq: &InstrSequence, meta: &CodeUnitMetadata, flags: u32) {
    println!("=== {} ({}) line {} flags {:#x} args {}/{}/{} varnames {:?} cells {:?} frees {:?} hidden {:?}", meta.qualname, meta.name, meta.firstlineno, flags, meta.argcount, meta.posonlyargcount, meta.kwonlyargcount, meta.varnames.items(), meta.cellvars.items(), meta.freevars.items(), meta.fasthidden);
    println!("    consts {:?}", meta.consts.items().iter().map(|c| format!("{c:?}").chars().take(40).collect::<String>()).collect::<Vec<_>>());
    println!("    names {:?}", meta.names.items());
    for (i, ins) in seq.instrs.iter().enumerate() {
        let labels: Vec<usize> = seq.label_map.iter().enumerate().filter(|(_, p)| **p as usize == i).map(|(l, _)| l).collect();
        let arg = if ins.op.has_target() { format!("-> {}", seq.label_map[ins.arg as usize]) } else { ins.arg.to_string() };
        println!("  {i:3} {} {:<22} {:<8} {:?}", if labels.is_empty() {"  "} else {">>"}, ins.op.name(), arg, (ins.loc.lineno, ins.loc.end_lineno, ins.loc.col_offset, ins.loc.end_col_offset));
    }
}

#[test]
fn dump_units() {
    let kb: usize = std::env::var("PYRS_STACK").ok().and_then(|v| v.parse().ok()).unwrap_or(65536);
    std::thread::Builder::new().stack_size(kb << 10).spawn(dump_units_inner).unwrap().join().unwrap();
}

fn dump_units_inner() {
    let Ok(path) = std::env::var("PYRS_DUMP") else { return };
    let quiet = std::env::var("PYRS_QUIET").is_ok();
    let text = std::fs::read_to_string(&path).unwrap();
    let opts = CompileOptions { mode: Mode::Exec, ..Default::default() };
    let source = SourceFile::new(&path, &text, true);
    let mut warnings = Vec::new();
    let mut module = parse::parse(&source, Mode::Exec, &mut warnings).unwrap();
    let ff = future::check(&module, &source).unwrap();
    fold::fold_module(&mut module, 0, ff);
    eprintln!("parsed");
    let table = symtable::build(&module, &source, ff).unwrap();
    eprintln!("symtable built");
    let mut asm = |seq: InstrSequence, meta: CodeUnitMetadata, flags: u32| -> Result<CodeObject, CompileError> {
        if !quiet { show(&seq, &meta, flags); }
        Ok(CodeObject { argcount: 0, posonlyargcount: 0, kwonlyargcount: 0, stacksize: 0, flags, code: vec![], consts: vec![], names: vec![], localsplusnames: vec![], localspluskinds: vec![], filename: Rc::from(""), name: meta.name, qualname: meta.qualname, firstlineno: meta.firstlineno, linetable: vec![], exceptiontable: vec![] })
    };
    let u = codegen::generate(&module, &table, &source, &opts, ff, &mut warnings, &mut asm).unwrap();
    eprintln!("generated {}", u.seq.instrs.len());
    if !quiet { show(&u.seq, &u.meta, u.flags); }
    for w in warnings { println!("warning: {w:?}"); }
}

//! The `pyrs` command.

fn main() {
    std::process::exit(pyrs::cli::main());
}

//! C3 linearization of a class's bases (CPython's `mro_implementation`), with its error
//! messages.

use super::TypeRef;

/// The MRO of a class with these bases: the class first, then the C3 merge of the bases' MROs
/// and the list of bases. On failure, the message of CPython's TypeError.
pub fn compute_mro(this: &TypeRef, bases: &[TypeRef]) -> Result<Vec<TypeRef>, String> {
    for (i, b) in bases.iter().enumerate() {
        if bases[..i].iter().any(|o| o.ptr_eq(b)) {
            return Err(format!("duplicate base class {}", b.name()));
        }
    }
    let mut seqs: Vec<Vec<TypeRef>> = bases.iter().map(|b| b.mro.borrow().clone()).collect();
    seqs.push(bases.to_vec());
    let mut out = vec![this.clone()];
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        // The first head that appears in no other sequence's tail.
        let candidate = seqs.iter().map(|s| &s[0]).find(|head| {
            !seqs.iter().any(|s| s[1..].iter().any(|t| t.ptr_eq(head)))
        });
        let Some(next) = candidate.cloned() else {
            let mut names: Vec<String> = Vec::new();
            for s in &seqs {
                let n = s[0].name().to_string();
                if !names.contains(&n) {
                    names.push(n);
                }
            }
            return Err(format!(
                "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                names.join(", ")
            ));
        };
        for s in &mut seqs {
            if s[0].ptr_eq(&next) {
                s.remove(0);
            }
        }
        out.push(next);
    }
}

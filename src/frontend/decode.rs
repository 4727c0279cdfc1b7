//! Source decoding: BOM, PEP 263 coding cookie, UTF-8 by default. (Placeholder.)

use super::error::SyntaxError;

pub fn decode_source(source: &[u8], _filename: &str) -> Result<String, SyntaxError> {
    Ok(String::from_utf8_lossy(source).into_owned())
}

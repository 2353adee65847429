//! Reading input: bytes to text with a clear error naming the input (size, encoding, binary).

use super::*;

/// Validate raw bytes as a checkable text and return it as a `String`. `input`
/// names the input in errors.
pub fn decode(input: &str, bytes: Vec<u8>, max_bytes: u64) -> Result<String> {
    if bytes.len() as u64 > max_bytes {
        return Err(Error::TooLarge {
            input: input.to_string(),
            size: bytes.len() as u64,
            limit: max_bytes,
        });
    }
    if let Some(offset) = bytes.iter().position(|&b| b == 0) {
        return Err(Error::Binary {
            input: input.to_string(),
            offset,
        });
    }
    let text = String::from_utf8(bytes).map_err(|e| Error::InvalidUtf8 {
        input: input.to_string(),
        offset: e.utf8_error().valid_up_to(),
    })?;
    check_text(input, &text)?;
    Ok(text)
}

/// The checks shared by file and stream input once the text is valid UTF-8.
pub fn check_text(input: &str, text: &str) -> Result<()> {
    if !text.chars().any(|c| c.is_alphanumeric()) {
        return Err(Error::Empty {
            input: input.to_string(),
        });
    }
    if let Some(offset) = text.find('\0') {
        return Err(Error::Binary {
            input: input.to_string(),
            offset,
        });
    }
    Ok(())
}

/// Read a text file, refusing directories, binary data, invalid UTF-8 and inputs
/// over `max_bytes` without reading them whole.
pub fn read_file(path: &Path, max_bytes: u64) -> Result<String> {
    let bytes = read_bytes(path, max_bytes)?;
    decode(&path.display().to_string(), bytes, max_bytes)
}

/// The bytes of a file, refusing directories and files over `max_bytes`
/// without reading them.
pub fn read_bytes(path: &Path, max_bytes: u64) -> Result<Vec<u8>> {
    let input = path.display().to_string();
    let meta = std::fs::metadata(path).map_err(|source| Error::Io {
        path: path.to_path_buf(),
        source,
    })?;
    if meta.is_dir() {
        return Err(Error::IsDirectory { input });
    }
    if meta.len() > max_bytes {
        return Err(Error::TooLarge {
            input,
            size: meta.len(),
            limit: max_bytes,
        });
    }
    std::fs::read(path).map_err(|source| Error::Io {
        path: path.to_path_buf(),
        source,
    })
}

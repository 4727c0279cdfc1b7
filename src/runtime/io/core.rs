//! `FileCore`: an open file descriptor with its read and write buffers, shared by the layers
//! of one file object (`FileIO`, the buffered object, the text wrapper), so that writes through
//! any layer keep their order. System calls go through libc; an interrupted call is retried
//! unless Ctrl-C was pressed, which becomes KeyboardInterrupt.

use std::io;

/// The default buffer size (CPython's `io.DEFAULT_BUFFER_SIZE`).
pub const DEFAULT_BUFFER_SIZE: usize = 8192;

/// What a failed system call reports: errno, or a pending Ctrl-C.
#[derive(Debug)]
pub enum IoFail {
    Os(i32),
    Interrupted,
}

pub type IoResult<T> = Result<T, IoFail>;

fn last_errno() -> i32 {
    io::Error::last_os_error().raw_os_error().unwrap_or(libc::EIO)
}

/// Retries a system call interrupted by a signal, unless the signal was SIGINT with a handler
/// waiting to raise KeyboardInterrupt.
fn retry<T: Copy + PartialOrd + Default>(mut f: impl FnMut() -> T) -> IoResult<T> {
    loop {
        let r = f();
        if r >= T::default() {
            return Ok(r);
        }
        let e = last_errno();
        if e == libc::EINTR {
            if crate::runtime::signals::interrupt_pending() {
                return Err(IoFail::Interrupted);
            }
            continue;
        }
        return Err(IoFail::Os(e));
    }
}

/// An open file and its buffers.
pub struct FileCore {
    /// The descriptor; -1 once closed.
    pub fd: i32,
    /// Whether closing the file closes the descriptor (`closefd`).
    pub closefd: bool,
    pub readable: bool,
    pub writable: bool,
    pub appending: bool,
    pub created: bool,
    /// Bytes written but not yet passed to the OS.
    pub wbuf: Vec<u8>,
    /// Bytes read ahead from the OS; `rpos` is how many were consumed.
    pub rbuf: Vec<u8>,
    pub rpos: usize,
    pub buffer_size: usize,
    /// Whether the descriptor supports seeking (asked once).
    seekable: Option<bool>,
}

impl FileCore {
    pub fn new(fd: i32, closefd: bool, readable: bool, writable: bool) -> FileCore {
        FileCore {
            fd,
            closefd,
            readable,
            writable,
            appending: false,
            created: false,
            wbuf: Vec::new(),
            rbuf: Vec::new(),
            rpos: 0,
            buffer_size: DEFAULT_BUFFER_SIZE,
            seekable: None,
        }
    }

    pub fn closed(&self) -> bool {
        self.fd < 0
    }

    /// Writes all of `data` to the descriptor.
    fn os_write_all(&self, mut data: &[u8]) -> IoResult<()> {
        while !data.is_empty() {
            // SAFETY: a valid buffer of `data.len()` bytes.
            let n = retry(|| unsafe { libc::write(self.fd, data.as_ptr().cast(), data.len()) })?;
            if n == 0 {
                return Err(IoFail::Os(libc::EIO));
            }
            data = &data[n as usize..];
        }
        Ok(())
    }

    /// One read system call of at most `n` bytes.
    pub fn os_read(&self, n: usize) -> IoResult<Vec<u8>> {
        let mut buf = vec![0u8; n];
        // SAFETY: a valid buffer of `n` bytes.
        let got = retry(|| unsafe { libc::read(self.fd, buf.as_mut_ptr().cast(), n) })?;
        buf.truncate(got as usize);
        Ok(buf)
    }

    /// Passes the write buffer to the OS.
    pub fn flush(&mut self) -> IoResult<()> {
        if self.wbuf.is_empty() || self.fd < 0 {
            return Ok(());
        }
        let data = std::mem::take(&mut self.wbuf);
        let r = self.os_write_all(&data);
        if r.is_err() {
            // What was not written is dropped, as a failed write leaves it in CPython too.
            self.wbuf.clear();
        }
        r
    }

    /// Buffers bytes for writing (written through once the buffer is full).
    pub fn write(&mut self, data: &[u8]) -> IoResult<()> {
        self.drop_read_ahead()?;
        self.wbuf.extend_from_slice(data);
        if self.wbuf.len() >= self.buffer_size {
            self.flush()?;
        }
        Ok(())
    }

    /// Writes bytes straight through (the raw layer).
    pub fn write_raw(&mut self, data: &[u8]) -> IoResult<usize> {
        self.flush()?;
        self.drop_read_ahead()?;
        // SAFETY: a valid buffer of `data.len()` bytes.
        let n = retry(|| unsafe { libc::write(self.fd, data.as_ptr().cast(), data.len()) })?;
        Ok(n as usize)
    }

    /// Forgets read-ahead bytes, moving the OS position back to the logical one.
    fn drop_read_ahead(&mut self) -> IoResult<()> {
        let ahead = self.rbuf.len() - self.rpos;
        if ahead > 0 && self.is_seekable() {
            // SAFETY: plain system call.
            retry(|| unsafe { libc::lseek(self.fd, -(ahead as libc::off_t), libc::SEEK_CUR) })?;
        }
        self.rbuf.clear();
        self.rpos = 0;
        Ok(())
    }

    /// Reads more bytes into the read buffer; false at end of file.
    pub fn fill(&mut self) -> IoResult<bool> {
        self.flush()?;
        if self.rpos > 0 && self.rpos == self.rbuf.len() {
            self.rbuf.clear();
            self.rpos = 0;
        }
        let chunk = self.os_read(self.buffer_size.max(1))?;
        if chunk.is_empty() {
            return Ok(false);
        }
        if self.rpos > 0 {
            self.rbuf.drain(..self.rpos);
            self.rpos = 0;
        }
        self.rbuf.extend_from_slice(&chunk);
        Ok(true)
    }

    /// The unread buffered bytes.
    pub fn available(&self) -> &[u8] {
        &self.rbuf[self.rpos..]
    }

    pub fn consume(&mut self, n: usize) {
        self.rpos = (self.rpos + n).min(self.rbuf.len());
        if self.rpos == self.rbuf.len() {
            self.rbuf.clear();
            self.rpos = 0;
        }
    }

    /// Reads up to `n` bytes (all to end of file when None), through the buffer.
    pub fn read(&mut self, n: Option<usize>) -> IoResult<Vec<u8>> {
        self.flush()?;
        let mut out = Vec::new();
        loop {
            let avail = self.available();
            let want = n.map(|n| n - out.len());
            match want {
                Some(w) if avail.len() >= w => {
                    out.extend_from_slice(&avail[..w]);
                    self.consume(w);
                    return Ok(out);
                }
                _ => {
                    out.extend_from_slice(avail);
                    let l = avail.len();
                    self.consume(l);
                }
            }
            if !self.fill()? {
                return Ok(out);
            }
        }
    }

    /// Reads up to `n` bytes with at most one system call (`read1`, and the raw layer's
    /// `read` when nothing is buffered).
    pub fn read_once(&mut self, n: usize) -> IoResult<Vec<u8>> {
        self.flush()?;
        if !self.available().is_empty() {
            let k = n.min(self.available().len());
            let out = self.available()[..k].to_vec();
            self.consume(k);
            return Ok(out);
        }
        self.os_read(n)
    }

    /// One line of bytes (up to and including `\n`), at most `limit` bytes.
    pub fn readline(&mut self, limit: Option<usize>) -> IoResult<Vec<u8>> {
        self.flush()?;
        let mut out = Vec::new();
        loop {
            let avail = self.available();
            let room = limit.map(|l| l - out.len()).unwrap_or(usize::MAX);
            let scan = &avail[..avail.len().min(room)];
            if let Some(i) = scan.iter().position(|&b| b == b'\n') {
                out.extend_from_slice(&scan[..=i]);
                self.consume(i + 1);
                return Ok(out);
            }
            let k = scan.len();
            out.extend_from_slice(scan);
            self.consume(k);
            if limit.is_some_and(|l| out.len() >= l) {
                return Ok(out);
            }
            if !self.fill()? {
                return Ok(out);
            }
        }
    }

    pub fn is_seekable(&mut self) -> bool {
        if let Some(s) = self.seekable {
            return s;
        }
        // SAFETY: plain system call.
        let s = unsafe { libc::lseek(self.fd, 0, libc::SEEK_CUR) } >= 0;
        self.seekable = Some(s);
        s
    }

    /// The logical position (what the user has read or written up to).
    pub fn tell(&mut self) -> IoResult<u64> {
        // SAFETY: plain system call.
        let pos = retry(|| unsafe { libc::lseek(self.fd, 0, libc::SEEK_CUR) })? as u64;
        let ahead = (self.rbuf.len() - self.rpos) as u64;
        Ok(pos.saturating_sub(ahead) + self.wbuf.len() as u64)
    }

    /// Moves the position; returns the new one.
    pub fn seek(&mut self, offset: i64, whence: i32) -> IoResult<u64> {
        self.flush()?;
        let offset = if whence == libc::SEEK_CUR { offset - (self.rbuf.len() - self.rpos) as i64 } else { offset };
        self.rbuf.clear();
        self.rpos = 0;
        // SAFETY: plain system call.
        let pos = retry(|| unsafe { libc::lseek(self.fd, offset as libc::off_t, whence) })?;
        Ok(pos as u64)
    }

    /// Cuts or extends the file to `size` bytes (the position does not move).
    pub fn truncate(&mut self, size: u64) -> IoResult<()> {
        self.flush()?;
        // SAFETY: plain system call.
        retry(|| unsafe { libc::ftruncate(self.fd, size as libc::off_t) })?;
        Ok(())
    }

    pub fn isatty(&self) -> bool {
        // SAFETY: plain system call.
        unsafe { libc::isatty(self.fd) == 1 }
    }

    /// Flushes, then closes the descriptor if the file owns it.
    pub fn close(&mut self) -> IoResult<()> {
        if self.fd < 0 {
            return Ok(());
        }
        let flushed = self.flush();
        let fd = self.fd;
        self.fd = -1;
        self.rbuf.clear();
        self.rpos = 0;
        if self.closefd {
            // SAFETY: the descriptor is ours and closed once.
            if unsafe { libc::close(fd) } < 0 {
                let e = last_errno();
                flushed?;
                return Err(IoFail::Os(e));
            }
        }
        flushed
    }
}

impl Drop for FileCore {
    /// A file object that is dropped unclosed is flushed and closed, as CPython's finalizer does.
    fn drop(&mut self) {
        let _ = self.close();
    }
}

/// How a path is opened.
pub struct OpenFlags {
    pub readable: bool,
    pub writable: bool,
    pub appending: bool,
    pub created: bool,
    pub truncate: bool,
}

/// Opens a path with `open(2)`; the descriptor or errno. Directories opened for reading are
/// refused with EISDIR, as CPython's FileIO does.
pub fn open_path(path: &[u8], f: &OpenFlags) -> Result<i32, i32> {
    let mut flags = libc::O_CLOEXEC;
    flags |= match (f.readable, f.writable) {
        (true, true) => libc::O_RDWR,
        (false, true) => libc::O_WRONLY,
        _ => libc::O_RDONLY,
    };
    if f.appending {
        flags |= libc::O_APPEND | libc::O_CREAT;
    }
    if f.created {
        flags |= libc::O_EXCL | libc::O_CREAT;
    }
    if f.truncate {
        flags |= libc::O_TRUNC | libc::O_CREAT;
    }
    let Ok(c) = std::ffi::CString::new(path) else { return Err(libc::EINVAL) };
    loop {
        // SAFETY: a NUL-terminated path.
        let fd = unsafe { libc::open(c.as_ptr(), flags, 0o666 as libc::c_uint) };
        if fd >= 0 {
            // SAFETY: a zeroed stat buffer filled by fstat.
            let mut st: libc::stat = unsafe { std::mem::zeroed() };
            // SAFETY: `fd` is open and `st` is valid.
            if unsafe { libc::fstat(fd, &mut st) } == 0 && (st.st_mode & libc::S_IFMT) == libc::S_IFDIR {
                // SAFETY: closing the descriptor just opened.
                unsafe { libc::close(fd) };
                return Err(libc::EISDIR);
            }
            return Ok(fd);
        }
        let e = last_errno();
        if e != libc::EINTR {
            return Err(e);
        }
    }
}

/// Whether a descriptor is open (for the standard streams at start-up).
pub fn fd_is_valid(fd: i32) -> bool {
    // SAFETY: plain system call.
    unsafe { libc::fcntl(fd, libc::F_GETFD) >= 0 }
}

/// The preferred block size of an open descriptor.
pub fn block_size(fd: i32) -> usize {
    // SAFETY: a zeroed stat buffer filled by fstat.
    let mut st: libc::stat = unsafe { std::mem::zeroed() };
    // SAFETY: `st` is valid.
    if unsafe { libc::fstat(fd, &mut st) } == 0 && st.st_blksize > 1 {
        st.st_blksize as usize
    } else {
        DEFAULT_BUFFER_SIZE
    }
}

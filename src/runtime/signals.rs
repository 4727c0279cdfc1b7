//! Ctrl-C: a SIGINT handler that only sets a flag (the one piece of process-wide state, as a
//! signal is process-wide); the eval loop checks it at backward jumps and calls and raises
//! KeyboardInterrupt, and blocking reads return early to do the same.

use std::sync::atomic::{AtomicBool, Ordering};

use super::vm::{PyErr, Vm};

static INTERRUPTED: AtomicBool = AtomicBool::new(false);

extern "C" fn on_sigint(_: libc::c_int) {
    INTERRUPTED.store(true, Ordering::Relaxed);
}

/// Installs the SIGINT handler (without SA_RESTART, so that a blocking read returns EINTR).
pub fn install() {
    // SAFETY: the handler only stores to an atomic, which is async-signal-safe; the sigaction
    // structure is zeroed and then filled.
    unsafe {
        let mut sa: libc::sigaction = std::mem::zeroed();
        sa.sa_sigaction = on_sigint as *const () as libc::sighandler_t;
        libc::sigemptyset(&mut sa.sa_mask);
        sa.sa_flags = 0;
        libc::sigaction(libc::SIGINT, &sa, std::ptr::null_mut());
    }
}

/// Whether Ctrl-C was pressed and not yet turned into an exception.
#[inline(always)]
pub fn interrupt_pending() -> bool {
    INTERRUPTED.load(Ordering::Relaxed)
}

/// Clears the flag and returns the KeyboardInterrupt to raise.
pub fn take_interrupt(vm: &Vm) -> PyErr {
    INTERRUPTED.store(false, Ordering::Relaxed);
    vm.new_exception(&vm.types.exc.keyboard_interrupt, vec![])
}

/// Clears a pending interrupt (the interactive prompt handles Ctrl-C itself).
pub fn clear() {
    INTERRUPTED.store(false, Ordering::Relaxed);
}

/// Ends the process as killed by SIGINT (what CPython does after an uncaught
/// KeyboardInterrupt, so that the parent sees the signal: status 130 in a shell).
pub fn die_by_sigint() -> ! {
    // SAFETY: restoring the default action and raising the signal; exit covers the case
    // where the signal does not end the process.
    unsafe {
        libc::signal(libc::SIGINT, libc::SIG_DFL);
        libc::kill(libc::getpid(), libc::SIGINT);
    }
    std::process::exit(130)
}

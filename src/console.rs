//! Connects a Windows program to the console it was started from.
//!
//! On Windows the program is built as a window program, so that a
//! double-click opens no black console window beside it. Started from a
//! Command Prompt or PowerShell (`Reflectietool.exe check …`), it then has
//! no console of its own: it borrows the one it was started from, so that
//! what the commands print can be read there. On other systems this does
//! nothing.

/// Attaches the program to the console of the process that started it, if
/// there is one (Windows only; elsewhere and on failure it does nothing).
pub fn attach_to_parent() {
    #[cfg(windows)]
    {
        // kernel32, which every Windows program imports
        unsafe extern "system" {
            fn AttachConsole(process_id: u32) -> i32;
        }
        const ATTACH_PARENT_PROCESS: u32 = u32::MAX;
        // SAFETY: AttachConsole takes a plain number and fails harmlessly
        // (no parent console, or a console already there).
        unsafe {
            AttachConsole(ATTACH_PARENT_PROCESS);
        }
    }
}

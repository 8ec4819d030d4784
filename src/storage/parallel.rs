//! Reading many files at once: one task per file, spread over as many
//! threads as the machine has cores, the results in the order of the files.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

/// The stack of each reading thread: as large as the main thread's, so that
/// a deeply nested file is refused by the parser's own depth limit, never by
/// running out of stack.
const STACK_BYTES: usize = 8 * 1024 * 1024;

/// Applies `read` to every path, on up to
/// [`std::thread::available_parallelism`] threads (the calling thread is one
/// of them), and returns the results in the order of `paths`. When no extra
/// thread can be started, the calling thread reads everything itself.
pub fn read_all<T: Send>(paths: &[PathBuf], read: impl Fn(&Path) -> T + Sync) -> Vec<T> {
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(paths.len());
    if threads <= 1 {
        return paths.iter().map(|p| read(p)).collect();
    }
    let next = AtomicUsize::new(0);
    // each thread takes the next unread file until none is left
    let work = || {
        let mut done = Vec::new();
        loop {
            let i = next.fetch_add(1, Ordering::Relaxed);
            let Some(path) = paths.get(i) else { break };
            done.push((i, read(path)));
        }
        done
    };
    let mut slots: Vec<Option<T>> = std::iter::repeat_with(|| None).take(paths.len()).collect();
    std::thread::scope(|scope| {
        let helpers: Vec<_> = (1..threads)
            .filter_map(|_| {
                std::thread::Builder::new()
                    .name("reflectietool-read".into())
                    .stack_size(STACK_BYTES)
                    .spawn_scoped(scope, work)
                    .ok()
            })
            .collect();
        let mut all = work();
        for helper in helpers {
            match helper.join() {
                Ok(done) => all.extend(done),
                // a reader that panicked is a bug: let it surface as it would
                // have without threads
                Err(panic) => std::panic::resume_unwind(panic),
            }
        }
        for (i, value) in all {
            slots[i] = Some(value);
        }
    });
    // every index below paths.len() was taken by exactly one thread
    slots.into_iter().flatten().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_the_order_of_the_paths() {
        let paths: Vec<PathBuf> = (0..257).map(|i| PathBuf::from(format!("{i}"))).collect();
        let got = read_all(&paths, |p| {
            // uneven work, so that threads finish out of order
            let n: u64 = p.to_str().unwrap().parse().unwrap();
            std::hint::black_box((0..(n % 7) * 1000).fold(n, |a, b| a.wrapping_mul(31) ^ b));
            n
        });
        assert_eq!(got, (0..257).collect::<Vec<u64>>());
        assert!(read_all(&[], |_| 1).is_empty());
        assert_eq!(
            read_all(&[PathBuf::from("x")], |p| p.to_owned()),
            [PathBuf::from("x")]
        );
    }
}

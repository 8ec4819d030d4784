//! Gathering the groups' work off the UI thread: reflection files from many
//! places (a USB stick) are copied into the data folder on a worker thread,
//! one gathering at a time; the window is woken when it is done.

use std::path::PathBuf;
use std::sync::mpsc::{self, Receiver};

use crate::storage::Store;
use crate::storage::gather::{self, GatherReport};

/// Runs gatherings on a worker thread, one at a time.
#[derive(Default)]
pub struct Gatherer {
    running: Option<Receiver<GatherReport>>,
}

impl Gatherer {
    /// Returns whether a gathering is under way.
    pub fn is_busy(&self) -> bool {
        self.running.is_some()
    }

    /// Starts gathering `sources` into the data folder of `store`; returns
    /// false (and starts nothing) while another gathering is under way.
    /// `wake` is called when it is done.
    pub fn start(
        &mut self,
        store: Store,
        sources: Vec<PathBuf>,
        wake: impl FnOnce() + Send + 'static,
    ) -> bool {
        if self.running.is_some() {
            return false;
        }
        let (tx, rx) = mpsc::channel();
        let spawned = std::thread::Builder::new()
            .name("reflectietool-gather".into())
            .spawn(move || {
                let _ = tx.send(gather::gather(&store, &sources));
                wake();
            });
        if spawned.is_ok() {
            self.running = Some(rx);
        }
        spawned.is_ok()
    }

    /// Returns the finished gathering's report, if there is one.
    pub fn poll(&mut self) -> Option<GatherReport> {
        let rx = self.running.as_ref()?;
        match rx.try_recv() {
            Ok(report) => {
                self.running = None;
                Some(report)
            }
            Err(mpsc::TryRecvError::Empty) => None,
            Err(mpsc::TryRecvError::Disconnected) => {
                self.running = None;
                Some(GatherReport::default())
            }
        }
    }

    /// Waits for the gathering under way, if there is one: the window
    /// closes only when no file is being copied.
    pub fn wait(&mut self) -> Option<GatherReport> {
        let rx = self.running.take()?;
        rx.recv().ok()
    }
}

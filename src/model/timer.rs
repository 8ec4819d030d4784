//! The workshop timer: set in minutes, started, paused and reset; the time
//! is passed in, so that it is tested without a clock or a window.

use std::time::{Duration, Instant};

/// What the timer covers: it starts again on each new slide, or on each
/// new theme.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Scope {
    /// Reset on every new slide.
    #[default]
    Slide,
    /// Reset when the presentation reaches another theme.
    Theme,
}

/// A countdown timer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Timer {
    set: Duration,
    state: State,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    /// Not started since the last reset: the whole set time is left.
    Stopped,
    /// Counting down since `since`, with `left` left at that moment.
    Running { since: Instant, left: Duration },
    /// Paused with `left` left.
    Paused { left: Duration },
}

/// The most minutes a timer can be set to.
pub const MAX_MINUTES: u32 = 180;

impl Default for Timer {
    fn default() -> Timer {
        Timer::minutes(5)
    }
}

impl Timer {
    /// Makes a stopped timer of `minutes` minutes (1 to [`MAX_MINUTES`]).
    pub fn minutes(minutes: u32) -> Timer {
        Timer {
            set: Duration::from_secs(u64::from(minutes.clamp(1, MAX_MINUTES)) * 60),
            state: State::Stopped,
        }
    }

    /// Returns the minutes the timer is set to.
    pub fn set_minutes(&self) -> u32 {
        (self.set.as_secs() / 60) as u32
    }

    /// Sets the timer to `minutes` minutes and stops it at the full time.
    pub fn set(&mut self, minutes: u32) {
        *self = Timer::minutes(minutes);
    }

    /// Starts the timer, or lets a paused one go on; a finished timer
    /// stays finished until it is reset.
    pub fn start(&mut self, now: Instant) {
        let left = self.remaining(now);
        if left.is_zero() || matches!(self.state, State::Running { .. }) {
            return;
        }
        self.state = State::Running { since: now, left };
    }

    /// Pauses a running timer, keeping the time left.
    pub fn pause(&mut self, now: Instant) {
        if let State::Running { .. } = self.state {
            self.state = State::Paused {
                left: self.remaining(now),
            };
        }
    }

    /// Starts a stopped or paused timer, pauses a running one.
    pub fn toggle(&mut self, now: Instant) {
        if self.is_running(now) {
            self.pause(now);
        } else {
            self.start(now);
        }
    }

    /// Stops the timer at its full set time.
    pub fn reset(&mut self) {
        self.state = State::Stopped;
    }

    /// Returns the time left.
    pub fn remaining(&self, now: Instant) -> Duration {
        match self.state {
            State::Stopped => self.set,
            State::Paused { left } => left,
            State::Running { since, left } => {
                left.saturating_sub(now.saturating_duration_since(since))
            }
        }
    }

    /// Returns whether the time is up.
    pub fn is_done(&self, now: Instant) -> bool {
        self.remaining(now).is_zero()
    }

    /// Returns whether the timer counts down (started, not paused, not done).
    pub fn is_running(&self, now: Instant) -> bool {
        matches!(self.state, State::Running { .. }) && !self.is_done(now)
    }

    /// Returns whether the timer was started since its last reset.
    pub fn is_started(&self) -> bool {
        self.state != State::Stopped
    }

    /// Returns the whole seconds shown: the time left, rounded up, so that
    /// it shows 0:00 only when the time is up.
    pub fn shown_seconds(&self, now: Instant) -> u64 {
        let left = self.remaining(now);
        left.as_secs() + u64::from(left.subsec_nanos() > 0)
    }

    /// Returns the time left as `mm:ss` (minutes can pass 99).
    pub fn text(&self, now: Instant) -> String {
        let s = self.shown_seconds(now);
        format!("{}:{:02}", s / 60, s % 60)
    }

    /// Returns how long until the shown time changes, while the timer runs:
    /// at most a second; `None` when paused, stopped or done.
    pub fn next_tick(&self, now: Instant) -> Option<Duration> {
        if !self.is_running(now) {
            return None;
        }
        let left = self.remaining(now);
        let part = Duration::from_nanos(u64::from(left.subsec_nanos()));
        Some(if part.is_zero() {
            Duration::from_secs(1)
        } else {
            part
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const S: Duration = Duration::from_secs(1);

    #[test]
    fn counts_down_pauses_and_goes_on() {
        let t0 = Instant::now();
        let mut t = Timer::minutes(2);
        assert_eq!(t.text(t0), "2:00");
        assert!(!t.is_running(t0));
        t.start(t0);
        assert!(t.is_running(t0));
        assert_eq!(t.remaining(t0 + 30 * S), 90 * S);
        assert_eq!(t.text(t0 + 30 * S), "1:30");
        // 89.5 s left shows 1:30 until it is 89 s
        assert_eq!(t.text(t0 + 30 * S + S / 2), "1:30");
        t.pause(t0 + 40 * S);
        assert!(!t.is_running(t0 + 100 * S));
        assert_eq!(t.remaining(t0 + 100 * S), 80 * S);
        assert_eq!(t.next_tick(t0 + 100 * S), None);
        t.toggle(t0 + 200 * S);
        assert!(t.is_running(t0 + 200 * S));
        assert_eq!(t.remaining(t0 + 210 * S), 70 * S);
        t.toggle(t0 + 210 * S);
        assert_eq!(t.remaining(t0 + 999 * S), 70 * S);
    }

    #[test]
    fn is_done_at_zero_and_stays_there_until_reset() {
        let t0 = Instant::now();
        let mut t = Timer::minutes(1);
        t.start(t0);
        assert!(!t.is_done(t0 + 59 * S));
        assert!(t.is_done(t0 + 60 * S));
        assert!(t.is_done(t0 + 600 * S));
        assert_eq!(t.text(t0 + 600 * S), "0:00");
        assert!(!t.is_running(t0 + 61 * S));
        assert_eq!(t.next_tick(t0 + 61 * S), None, "no repaints once done");
        t.start(t0 + 70 * S);
        assert!(t.is_done(t0 + 70 * S), "a finished timer does not start");
        t.reset();
        assert!(!t.is_done(t0 + 70 * S));
        assert_eq!(t.text(t0 + 70 * S), "1:00");
        assert!(!t.is_started());
    }

    #[test]
    fn ticks_at_most_once_a_second_on_the_whole_second() {
        let t0 = Instant::now();
        let mut t = Timer::minutes(5);
        assert_eq!(t.next_tick(t0), None, "a stopped timer asks for nothing");
        t.start(t0);
        assert_eq!(t.next_tick(t0), Some(S));
        assert_eq!(t.next_tick(t0 + S / 4), Some(S * 3 / 4));
        let tick = t.next_tick(t0 + 10 * S + S / 10).unwrap();
        assert_eq!(tick, S * 9 / 10);
        // the shown time changes exactly then
        let at = t0 + 10 * S + S / 10;
        assert_eq!(t.text(at), "4:50");
        assert_eq!(t.text(at + tick), "4:49");
        assert_eq!(t.text(at + tick - Duration::from_millis(1)), "4:50");
    }

    #[test]
    fn minutes_are_kept_in_range() {
        assert_eq!(Timer::minutes(0).set_minutes(), 1);
        assert_eq!(Timer::minutes(10_000).set_minutes(), MAX_MINUTES);
        let mut t = Timer::minutes(3);
        let t0 = Instant::now();
        t.start(t0);
        t.set(7);
        assert_eq!(t.remaining(t0 + 60 * S), 7 * 60 * S, "setting stops it");
        assert!(!t.is_started());
    }
}

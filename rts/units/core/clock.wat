;; core: the WASI clock import, for the units that read the time: the
;; statistics (core/stats.wat) and the scheduler's timers (proc/scheduler.wat).
;; Linked only with them, so that other modules import no clock.
(module
  (import "wasi_snapshot_preview1" "clock_time_get"
    (func $wasi_clock_time_get (param i32 i64 i32) (result i32)))
)

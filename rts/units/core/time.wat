;; core: sleep, through WASI's poll_oneoff with one relative clock subscription.
;; sleep(ms) blocks the whole program: in a program that spawns it is to be
;; proc/scheduler.wat's $rts_proc_sleep instead, a timer only the sleeping
;; process waits for (not yet compiled so), and the scheduler sleeps here
;; until its first timer. Standard output is flushed first, so that what the program
;; printed before sleeping is seen while it sleeps.
;; The subscription, the event and the event count live at 128..211
;; (Note [Memory map] in README.md).
(module
  (data (i32.const 212) "\0c\00\00\00sleep failed")

  ;; Sleeps ms milliseconds on the monotonic clock; ms <= 0 returns at once.
  (func $rts_sleep (param $ms i64)
    (if (i64.le_s (local.get $ms) (i64.const 0))
      (then (return)))
    ;; 9,223,372,036,854 ms is the most whose nanoseconds fit an i64.
    (call $rts_sleep_ns
      (if (result i64) (i64.gt_s (local.get $ms) (i64.const 9223372036854))
        (then (i64.const 0x7fffffffffffffff))
        (else (i64.mul (local.get $ms) (i64.const 1000000))))))

  ;; Sleeps ns nanoseconds (also the scheduler's wait for its first timer,
  ;; proc/scheduler.wat); ns <= 0 returns at once.
  (func $rts_sleep_ns (param $ns i64)
    (if (i64.le_s (local.get $ns) (i64.const 0))
      (then (return)))
    (call $rts_flush)
    ;; subscription (48 bytes): userdata u64, tag u8 (0 = clock), then the
    ;; clock: id u32 at 16 (1 = monotonic), timeout u64 at 24 (ns), precision
    ;; u64 at 32, flags u16 at 40 (0 = relative).
    (memory.fill (i32.const 128) (i32.const 0) (i32.const 84))
    (i32.store (i32.const 144) (i32.const 1))
    (i64.store (i32.const 152) (local.get $ns))
    (if (call $wasi_poll_oneoff (i32.const 128) (i32.const 176) (i32.const 1) (i32.const 208))
      (then (call $rts_runtime_error (i32.const 212) (i32.const 0)))))
)

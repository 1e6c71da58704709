;; feature switch, alternative clock:<us>: a process yields when its slice of
;; <us> microseconds (the parameter slice_ns, in nanoseconds) on the monotonic
;; clock is over. The clock is read at one safepoint in 64 (a WASI call costs
;; far more than a safepoint), so a slice may run over by up to 63
;; safepoints' work. After the yield returns (the process runs again, or was
;; alone), a new slice starts. Linked only into a program that spawns
;; (decisions/0023), with core/clock.wat. The safepoint is every
;; alternative's (see switch/every-n.wat); here the countdown counts the 63
;; safepoints between clock readings.
(module
  (global $rts_countdown (mut i32) (i32.const 63))
  (global $rts_slice_start (mut i64) (i64.const 0))

  (func $rts_safepoint
    (if (i32.eqz (global.get $rts_countdown))
      (then (call $rts_safepoint_slow))
      (else (global.set $rts_countdown (i32.sub (global.get $rts_countdown) (i32.const 1))))))

  ;; Every 64th safepoint: the clock read; past the slice, a yield.
  (func $rts_safepoint_slow
    (global.set $rts_countdown (i32.const 63))
    (if (i64.ge_s (i64.sub (call $rts_now) (global.get $rts_slice_start))
                  (i64.const ${slice_ns}))
      (then
        (call $rts_yield)
        (global.set $rts_slice_start (call $rts_now)))))
)

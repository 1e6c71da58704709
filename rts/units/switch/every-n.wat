;; feature switch, alternative every-n:<N> (the default, N = 4000 as BEAM's
;; CONTEXT_REDS): a process runs for N reductions, one at each safepoint
;; (function entry and loop back-edge in compiled code), then the scheduler
;; (proc/scheduler.wat) lets the next runnable process run. Linked only into
;; a program that spawns (decisions/0023).
(module
  (global $rts_reductions (mut i32) (i32.const ${reductions}))

  ;; A safepoint: one reduction; at the end of the slice, a yield.
  (func $rts_safepoint
    (global.set $rts_reductions (i32.sub (global.get $rts_reductions) (i32.const 1)))
    (if (i32.le_s (global.get $rts_reductions) (i32.const 0))
      (then
        (global.set $rts_reductions (i32.const ${reductions}))
        (call $rts_yield))))
)

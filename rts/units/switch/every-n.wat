;; feature switch, alternative every-n:<N> (the default, N = 4000 as BEAM's
;; CONTEXT_REDS): a process runs for N reductions, one at each safepoint
;; (function entry and loop back-edge in compiled code), then the scheduler
;; (proc/scheduler.wat) lets the next runnable process run. Linked only into
;; a program that spawns (decisions/0023).
;;
;; Every switch alternative has the same safepoint, which compiled code
;; inlines (emit/FunctionEmitter): when $rts_countdown is 0 it calls
;; $rts_safepoint_slow, which decides whether to yield and sets the
;; countdown again; otherwise it takes one off. $rts_safepoint is the same
;; as a function, for the RTS's own callers.
(module
  (global $rts_countdown (mut i32) (i32.const ${reductions}))

  (func $rts_safepoint
    (if (i32.eqz (global.get $rts_countdown))
      (then (call $rts_safepoint_slow))
      (else (global.set $rts_countdown (i32.sub (global.get $rts_countdown) (i32.const 1))))))

  ;; The end of the slice: a yield, and the next slice's N - 1 reductions to
  ;; count down (the safepoint that finds 0 is the Nth; the first slice is one
  ;; longer).
  (func $rts_safepoint_slow
    (global.set $rts_countdown (i32.sub (i32.const ${reductions}) (i32.const 1)))
    (call $rts_yield))
)

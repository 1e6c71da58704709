;; feature switch, alternative every: a process yields at every safepoint
;; (function entry and loop back-edge in compiled code), so that the
;; scheduler (proc/scheduler.wat) switches as often as it can: the
;; scheduler's stress test, the way gcstress=every:1 is the collectors'.
;; Linked only into a program that spawns (decisions/0023). The safepoint
;; is every alternative's (see switch/every-n.wat); here the countdown
;; stays 0.
(module
  (global $rts_countdown (mut i32) (i32.const 0))

  (func $rts_safepoint
    (call $rts_safepoint_slow))

  (func $rts_safepoint_slow
    (call $rts_yield))
)

;; feature switch, alternative flag: a process yields when the host has set
;; the flag word, as a Unix timer signal would interrupt it. While the module
;; runs, a host thread stores 1 in the word at 248 (Note [Memory map] in
;; rts/units/README.md) every slice, 1 ms (wasi-shims' SliceFlag); the
;; safepoint reads it, and when it is set clears it and yields. The host finds
;; the word through the export weft_flag_address; a host that cannot write
;; memory while the module runs lacks the capability async-memory-write and
;; refuses the module (node). Linked only into a program that spawns
;; (decisions/0023), so only such a module exports the word and gets a host
;; thread.
;;
;; The safepoint is every alternative's (see switch/every-n.wat): the
;; countdown counts the 63 safepoints between readings of the word, which
;; costs a safepoint what every-n's costs (decisions/0023, "switch=flag"). A
;; slice may run over by up to 63 safepoints' work. A tick that comes while
;; the scheduler or another process runs is seen by the next process at its
;; next reading: its first slice is then short, as a signal's would be.
;; A tick that lands between the reading and the clearing is lost; the next
;; comes a slice later.
(module
  (global $rts_countdown (mut i32) (i32.const 63))

  (func $rts_flag_address (result i32)
    (i32.const 248))
  (export "weft_flag_address" (func $rts_flag_address))

  (func $rts_safepoint
    (if (i32.eqz (global.get $rts_countdown))
      (then (call $rts_safepoint_slow))
      (else (global.set $rts_countdown (i32.sub (global.get $rts_countdown) (i32.const 1))))))

  ;; Every 64th safepoint: the word read; set, it is cleared and the process yields.
  (func $rts_safepoint_slow
    (global.set $rts_countdown (i32.const 63))
    (if (i32.load (i32.const 248))
      (then
        (i32.store (i32.const 248) (i32.const 0))
        (call $rts_yield))))
)

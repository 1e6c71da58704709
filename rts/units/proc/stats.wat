;; processes, with weft run --stats in a program that uses them: the
;; processes' lines of core/stats.wat's report, from proc/scheduler.wat's
;; counters: processes made (main included) and the most alive at once,
;; messages sent (those to a process that had ended included), and switches
;; (each time a process that was unwound, to let another run or to wait, was
;; resumed where it stopped). Labels at 2048..2139 (Note [Memory map] in
;; README.md).
(module
  (data (i32.const 2048) "\0f\00\00\00\0a  processes   ")
  (data (i32.const 2068) "\0f\00\00\00 spawned, peak ")
  (data (i32.const 2088) "\05\00\00\00 live")
  (data (i32.const 2100) "\0f\00\00\00\0a  messages    ")
  (data (i32.const 2120) "\0f\00\00\00\0a  switches    ")

  (func $rts_proc_stats_report
    (call $rts_eprint (i32.const 2048))
    (call $rts_stats_number (global.get $rts_proc_spawned))
    (call $rts_eprint (i32.const 2068))
    (call $rts_stats_number (i64.extend_i32_u (global.get $rts_proc_peak)))
    (call $rts_eprint (i32.const 2088))
    (call $rts_eprint (i32.const 2100))
    (call $rts_stats_number (global.get $rts_proc_messages))
    (call $rts_eprint (i32.const 2120))
    (call $rts_stats_number (global.get $rts_proc_switches)))
)

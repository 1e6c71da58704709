;; processes: a program that never spawns is one process, and a runtime error
;; ends it (core/errors.wat). Linked in place of proc/scheduler.wat, which
;; ends only the crashing process when it is not main (decisions/0023).
(module
  ;; Whether the runtime error (prefix, message, position) ended just the
  ;; running process: never, here.
  (func $rts_process_crash (param $prefix i32) (param $message i32) (param $position i32) (result i32)
    (i32.const 0))

  ;; sleep(ms) waits in the one process there is: the whole program, output flushed first.
  (func $rts_proc_sleep (param $ms i64)
    (call $rts_sleep (local.get $ms)))

  ;; weft run --stats: no processes' lines (core/stats.wat).
  (func $rts_proc_stats_report)
)

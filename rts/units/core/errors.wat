;; core: runtime errors.
;; A runtime error flushes stdout, prints one line on stderr,
;;   FILE:LINE:COL: runtime error: MESSAGE
;; and exits with code 70 (EX_SOFTWARE) through proc_exit, so that every engine
;; reports the same code; compile errors exit with 1, distinct from these. In
;; a process other than main, $rts_process_crash (proc/scheduler.wat; in a
;; program that never spawns, proc/alone.wat) ends that process alone instead,
;; and the error returns into code that is being unwound.
;; Messages live at 1024..1535 (Note [Memory map] in README.md).
(module
  (data (i32.const 1024) "\11\00\00\00: runtime error: ")
  (data (i32.const 1048) "\01\00\00\00\n")
  (data (i32.const 1056) "\10\00\00\00division by zero")
  (data (i32.const 1080) "\07\00\00\00panic: ")
  (data (i32.const 1092) "\0f\00\00\00runtime error: ")

  ;; Flushes stdout and prints "POSITION: runtime error: " (or "runtime error: ").
  (func $rts_error_prefix (param $pos i32)
    (call $rts_flush)
    (if (local.get $pos)
      (then
        (call $rts_eprint (local.get $pos))
        (call $rts_eprint (i32.const 1024)))
      (else
        (call $rts_eprint (i32.const 1092)))))

  (func $rts_runtime_error (param $msg i32) (param $pos i32)
    (if (call $rts_process_crash (i32.const 0) (local.get $msg) (local.get $pos)) (then (return)))
    (call $rts_error_prefix (local.get $pos))
    (call $rts_eprint (local.get $msg))
    (call $rts_eprint (i32.const 1048))
    (call $rts_stats_report)
    (call $wasi_proc_exit (i32.const 70))
    (unreachable))

  (func $rts_panic (param $msg i32) (param $pos i32)
    (if (call $rts_process_crash (i32.const 1080) (local.get $msg) (local.get $pos)) (then (return)))
    (call $rts_error_prefix (local.get $pos))
    (call $rts_eprint (i32.const 1080))
    (call $rts_eprint (local.get $msg))
    (call $rts_eprint (i32.const 1048))
    (call $rts_stats_report)
    (call $wasi_proc_exit (i32.const 70))
    (unreachable))

  ;; Int division truncates toward zero; the minimum divided by -1 wraps to the
  ;; minimum (i64.div_s would trap); by zero is a runtime error.
  (func $rts_div_s (param $a i64) (param $b i64) (param $pos i32) (result i64)
    (if (i64.eqz (local.get $b))
      (then (call $rts_runtime_error (i32.const 1056) (local.get $pos))))
    (if (i64.eq (local.get $b) (i64.const -1))
      (then (return (i64.sub (i64.const 0) (local.get $a)))))
    (i64.div_s (local.get $a) (local.get $b)))

  ;; The remainder takes the dividend's sign; by zero is a runtime error.
  (func $rts_rem_s (param $a i64) (param $b i64) (param $pos i32) (result i64)
    (if (i64.eqz (local.get $b))
      (then (call $rts_runtime_error (i32.const 1056) (local.get $pos))))
    (if (i64.eq (local.get $b) (i64.const -1))
      (then (return (i64.const 0))))
    (i64.rem_s (local.get $a) (local.get $b)))
)

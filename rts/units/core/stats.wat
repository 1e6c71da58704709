;; core, with weft run --stats (backend/BuildOptions): the RTS's memory
;; statistics, printed on stderr when the program ends, after its own output
;; (and after a runtime error's line): collections (minor and major), bytes
;; allocated, the peak heap, the linear memory (which never shrinks, so its
;; size at the end is its peak) and the pauses' total and longest. The collectors
;; report to it (gc/*.wat): $rts_stats_alloc on each allocation when ${stats}
;; is 1, $rts_stats_heap when their footprint changes, $rts_stats_gc_begin and
;; $rts_stats_gc_end around each collection. Without --stats, core/stats_off.wat
;; is linked instead: the same functions doing nothing, and no clock import.
;; Digits are built at 96..127 and the clock is read into 232..239
;; (Note [Memory map] in README.md).
(module

  (data (i32.const 1840) "\0a\00\00\00weft stats")
  (data (i32.const 1856) "\0f\00\00\00\0a  collections ")
  (data (i32.const 1876) "\02\00\00\00 (")
  (data (i32.const 1884) "\08\00\00\00 minor, ")
  (data (i32.const 1896) "\07\00\00\00 major)")
  (data (i32.const 1908) "\0f\00\00\00\0a  allocated   ")
  (data (i32.const 1928) "\06\00\00\00 bytes")
  (data (i32.const 1940) "\0f\00\00\00\0a  peak heap   ")
  (data (i32.const 1960) "\0f\00\00\00\0a  pauses      ")
  (data (i32.const 1980) "\0e\00\00\00 ms in total, ")
  (data (i32.const 2000) "\0f\00\00\00 ms the longest")
  (data (i32.const 2020) "\01\00\00\00\0a")
  (data (i32.const 2028) "\0f\00\00\00\0a  memory      ")

  (global $rts_stats_allocated (mut i64) (i64.const 0))
  (global $rts_stats_minor (mut i64) (i64.const 0))
  (global $rts_stats_major (mut i64) (i64.const 0))
  (global $rts_stats_peak (mut i64) (i64.const 0))
  (global $rts_stats_pause_total (mut i64) (i64.const 0))
  (global $rts_stats_pause_max (mut i64) (i64.const 0))
  (global $rts_stats_pause_start (mut i64) (i64.const 0))
  (global $rts_stats_reported (mut i32) (i32.const 0))

  (func $rts_stats_alloc (param $bytes i32)
    (global.set $rts_stats_allocated
      (i64.add (global.get $rts_stats_allocated) (i64.extend_i32_u (local.get $bytes)))))

  ;; The heap now takes bytes of memory: the peak is the most it ever took.
  (func $rts_stats_heap (param $bytes i64)
    (if (i64.gt_u (local.get $bytes) (global.get $rts_stats_peak))
      (then (global.set $rts_stats_peak (local.get $bytes)))))

  (func $rts_stats_now (result i64)
    (drop (call $wasi_clock_time_get (i32.const 1) (i64.const 1000) (i32.const 232)))
    (i64.load (i32.const 232)))

  (func $rts_stats_gc_begin
    (global.set $rts_stats_pause_start (call $rts_stats_now)))

  ;; A collection ended; major is 1 for a collection of the whole heap.
  (func $rts_stats_gc_end (param $major i32)
    (local $pause i64)
    (local.set $pause (i64.sub (call $rts_stats_now) (global.get $rts_stats_pause_start)))
    (global.set $rts_stats_pause_total (i64.add (global.get $rts_stats_pause_total) (local.get $pause)))
    (if (i64.gt_u (local.get $pause) (global.get $rts_stats_pause_max))
      (then (global.set $rts_stats_pause_max (local.get $pause))))
    (if (local.get $major)
      (then (global.set $rts_stats_major (i64.add (global.get $rts_stats_major) (i64.const 1))))
      (else (global.set $rts_stats_minor (i64.add (global.get $rts_stats_minor) (i64.const 1))))))

  ;; Prints the statistics once, on stderr.
  (func $rts_stats_report
    (if (global.get $rts_stats_reported) (then (return)))
    (global.set $rts_stats_reported (i32.const 1))
    (call $rts_eprint (i32.const 1840))
    (call $rts_eprint (i32.const 1856))
    (call $rts_stats_number (i64.add (global.get $rts_stats_minor) (global.get $rts_stats_major)))
    (call $rts_eprint (i32.const 1876))
    (call $rts_stats_number (global.get $rts_stats_minor))
    (call $rts_eprint (i32.const 1884))
    (call $rts_stats_number (global.get $rts_stats_major))
    (call $rts_eprint (i32.const 1896))
    (call $rts_eprint (i32.const 1908))
    (call $rts_stats_number (global.get $rts_stats_allocated))
    (call $rts_eprint (i32.const 1928))
    (call $rts_eprint (i32.const 1940))
    (call $rts_stats_number (global.get $rts_stats_peak))
    (call $rts_eprint (i32.const 1928))
    (call $rts_eprint (i32.const 2028))
    (call $rts_stats_number (i64.mul (i64.extend_i32_u (memory.size)) (i64.const 65536)))
    (call $rts_eprint (i32.const 1928))
    (call $rts_eprint (i32.const 1960))
    (call $rts_stats_ms (global.get $rts_stats_pause_total))
    (call $rts_eprint (i32.const 1980))
    (call $rts_stats_ms (global.get $rts_stats_pause_max))
    (call $rts_eprint (i32.const 2000))
    ;; The processes' lines (proc/stats.wat), or none (proc/alone.wat).
    (call $rts_proc_stats_report)
    (call $rts_eprint (i32.const 2020)))

  ;; An unsigned number in decimal with thousands separators, on stderr.
  (func $rts_stats_number (param $n i64)
    (local $p i32) (local $digits i32)
    (local.set $p (i32.const 128))
    (loop $next
      (if (i32.and (i32.ne (local.get $digits) (i32.const 0)) (i32.eqz (i32.rem_u (local.get $digits) (i32.const 3))))
        (then
          (local.set $p (i32.sub (local.get $p) (i32.const 1)))
          (i32.store8 (local.get $p) (i32.const 44))))
      (local.set $p (i32.sub (local.get $p) (i32.const 1)))
      (i32.store8 (local.get $p) (i32.add (i32.const 48) (i32.wrap_i64 (i64.rem_u (local.get $n) (i64.const 10)))))
      (local.set $digits (i32.add (local.get $digits) (i32.const 1)))
      (local.set $n (i64.div_u (local.get $n) (i64.const 10)))
      (br_if $next (i64.ne (local.get $n) (i64.const 0))))
    (call $rts_write_fd (i32.const 2) (local.get $p) (i32.sub (i32.const 128) (local.get $p))))

  ;; Nanoseconds as milliseconds with three decimals, on stderr.
  (func $rts_stats_ms (param $ns i64)
    (local $us i64) (local $i i32)
    (local.set $us (i64.div_u (local.get $ns) (i64.const 1000)))
    (call $rts_stats_number (i64.div_u (local.get $us) (i64.const 1000)))
    (local.set $us (i64.rem_u (local.get $us) (i64.const 1000)))
    (i32.store8 (i32.const 124) (i32.const 46))
    (local.set $i (i32.const 127))
    (loop $digit
      (i32.store8 (local.get $i) (i32.add (i32.const 48) (i32.wrap_i64 (i64.rem_u (local.get $us) (i64.const 10)))))
      (local.set $us (i64.div_u (local.get $us) (i64.const 10)))
      (local.set $i (i32.sub (local.get $i) (i32.const 1)))
      (br_if $digit (i32.gt_u (local.get $i) (i32.const 124))))
    (call $rts_write_fd (i32.const 2) (i32.const 124) (i32.const 4)))
)

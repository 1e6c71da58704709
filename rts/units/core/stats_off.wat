;; core, without weft run --stats: core/stats.wat's functions, doing nothing,
;; so that the collectors can report to them unconditionally; wasm-opt removes
;; the calls. The module imports no clock for them.
(module
  (func $rts_stats_alloc (param $bytes i32))
  (func $rts_stats_heap (param $bytes i64))
  (func $rts_stats_gc_begin)
  (func $rts_stats_gc_end (param $major i32))
  (func $rts_stats_report)
)

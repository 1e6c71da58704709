;; feature gc, alternative none: the bump allocator, which never collects.
;; Allocation moves a heap pointer up, 8-byte aligned, and nothing is ever
;; freed: the fastest for short runs, and the baseline the collectors are
;; measured against (docs/performance.md). When the heap would pass the end of
;; memory it asks memory/pages.wat for more; when no more can be had, the
;; program stops with the runtime error "out of memory".
(module
  (global $rts_hp (mut i32) (i32.const 0))
  ;; The end of memory when last asked: allocation below it needs no call.
  (global $rts_heap_limit (mut i32) (i32.const 0))

  (global $rts_heap_start (mut i32) (i32.const 0))

  (func $rts_init (param $heap_base i32)
    (global.set $rts_hp (call $rts_shadow_init (local.get $heap_base)))
    (global.set $rts_heap_start (global.get $rts_hp))
    (global.set $rts_heap_limit (i32.wrap_i64 (call $rts_memory_bytes))))

  (func $rts_alloc (param $size i32) (result i32)
    (local $p i32) (local $end i32)
    (local.set $p (global.get $rts_hp))
    (local.set $end (i32.and (i32.add (i32.add (local.get $p) (local.get $size)) (i32.const 7)) (i32.const -8)))
    ;; A wrapped end (past 4 GiB) is out of memory too.
    (if (i32.lt_u (local.get $end) (local.get $p))
      (then (call $rts_out_of_memory)))
    (if (i32.gt_u (local.get $end) (global.get $rts_heap_limit))
      (then (call $rts_heap_reach (local.get $end))))
    (global.set $rts_hp (local.get $end))
    (if (i32.const ${stats})
      (then
        (call $rts_stats_alloc (i32.sub (local.get $end) (local.get $p)))
        (call $rts_stats_heap (i64.extend_i32_u (i32.sub (local.get $end) (global.get $rts_heap_start))))))
    (local.get $p))

  (func $rts_heap_reach (param $end i32)
    (call $rts_memory_reach (local.get $end))
    ;; Memory of 4 GiB has a limit of 2^32, which wraps to 0 as an i32: keep the last byte out.
    (global.set $rts_heap_limit
      (i32.wrap_i64 (select (i64.const 0xfffffff8) (call $rts_memory_bytes)
                            (i64.gt_u (call $rts_memory_bytes) (i64.const 0xfffffff8))))))

  ;; A string of length bytes (decisions/0019): the marker -1, then the length; the bytes are the caller's.
  (func $rts_alloc_string (param $length i32) (result i32)
    (local $b i32)
    (local.set $b (call $rts_alloc (i32.add (local.get $length) (i32.const 8))))
    (i32.store (local.get $b) (i32.const -1))
    (i32.store offset=4 (local.get $b) (local.get $length))
    (i32.add (local.get $b) (i32.const 4)))

  (func $rts_collect)
)

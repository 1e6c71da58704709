;; feature memory, alternative grow (the default).
;; Address space is obtained with memory.grow on demand: the module starts with
;; the pages its static data needs and the bump allocator grows memory when the
;; heap reaches its end, at least doubling it so that growth costs O(log n)
;; calls. Choose it unless the embedding needs a hard memory limit
;; (memory=fixed) or owns the memory (memory=host). Out of memory is the
;; runtime error "out of memory" when the engine refuses to grow.
(module
  (memory (export "memory") ${min_pages})
  (data (i32.const 1792) "\0d\00\00\00out of memory")

  (global $rts_hp (mut i32) (i32.const 0))

  (func $rts_init (param $heap_base i32)
    (global.set $rts_hp (local.get $heap_base)))

  (func $rts_alloc (param $size i32) (result i32)
    (local $p i32) (local $end i32)
    (local.set $p (global.get $rts_hp))
    (local.set $end (i32.and (i32.add (i32.add (local.get $p) (local.get $size)) (i32.const 7)) (i32.const -8)))
    ;; A wrapped end (past 4 GiB) is out of memory too.
    (if (i32.lt_u (local.get $end) (local.get $p))
      (then (call $rts_runtime_error (i32.const 1792) (i32.const 0))))
    (if (i64.gt_u (i64.extend_i32_u (local.get $end))
                  (i64.shl (i64.extend_i32_u (memory.size)) (i64.const 16)))
      (then (call $rts_grow_to (local.get $end))))
    (global.set $rts_hp (local.get $end))
    (local.get $p))

  ;; Grows memory so that it covers end: doubling, or just enough when doubling is refused.
  (func $rts_grow_to (param $end i32)
    (local $need i32)
    (local.set $need
      (i32.sub (i32.wrap_i64 (i64.shr_u (i64.add (i64.extend_i32_u (local.get $end)) (i64.const 65535)) (i64.const 16)))
               (memory.size)))
    (if (i32.ne (memory.grow (select (memory.size) (local.get $need) (i32.gt_u (memory.size) (local.get $need))))
                (i32.const -1))
      (then (return)))
    (if (i32.eq (memory.grow (local.get $need)) (i32.const -1))
      (then (call $rts_runtime_error (i32.const 1792) (i32.const 0)))))
)

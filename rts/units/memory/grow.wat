;; feature memory, alternative grow (the default).
;; Address space is obtained with memory.grow on demand: the module starts with
;; the pages its static data needs, and when the heap (gc/*.wat, through memory/pages.wat) reaches
;; the end of memory it grows, at least doubling so that growth costs O(log n)
;; calls, or by just enough when doubling is refused. Choose it unless the
;; embedding needs a hard memory limit (memory=fixed) or owns the address space
;; (memory=host). Out of memory is the runtime error "out of memory" when the
;; engine refuses to grow.
(module
  (memory (export "memory") ${min_pages})

  (func $rts_memory_more (param $end i32)
    (local $need i32)
    (local.set $need (call $rts_pages_short_of (local.get $end)))
    (if (i32.ne (memory.grow (select (memory.size) (local.get $need) (i32.gt_u (memory.size) (local.get $need))))
                (i32.const -1))
      (then (return)))
    (if (i32.eq (memory.grow (local.get $need)) (i32.const -1))
      (then (call $rts_out_of_memory))))

  ;; How far memory may reach: all of the 32-bit address space (the engine may still refuse).
  (func $rts_memory_limit (result i64)
    (i64.const 0x100000000))
)

;; feature memory, alternative grow (the default).
;; Address space is obtained with memory.grow on demand: the module starts with
;; the pages its static data needs, and when a region (memory/pages.wat) would
;; pass the end of memory it grows by a quarter (at least 1 MiB), so that
;; growth costs O(log n) calls and memory stays within a quarter of what the
;; heaps take, or by just enough when that is refused or more. Choose it unless the
;; embedding needs a hard memory limit (memory=fixed) or owns the address space
;; (memory=host). Out of memory is the runtime error "out of memory" when the
;; engine refuses to grow.
(module
  (memory (export "memory") ${min_pages})

  ;; 1 when memory now reaches end, 0 when the engine refuses.
  (func $rts_memory_more (param $end i32) (result i32)
    (if (i32.ne (memory.grow (call $rts_pages_to_ask (local.get $end))) (i32.const -1))
      (then (return (i32.const 1))))
    (i32.ne (memory.grow (call $rts_pages_short_of (local.get $end))) (i32.const -1)))

  ;; How far memory may reach: all of the 32-bit address space (the engine may still refuse).
  (func $rts_memory_limit (result i64)
    (i64.const 0x100000000))
)

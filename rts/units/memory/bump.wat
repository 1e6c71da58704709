;; feature memory, shared by grow, fixed and host: the bump allocator.
;; Allocation moves a heap pointer up, 8-byte aligned; there is no free (the
;; collector comes with processes). When the heap would pass the end of
;; memory, it calls $rts_memory_more(end), which each alternative defines: grow
;; with memory.grow, ask the host, or fail at a fixed limit. It returns only
;; when memory now reaches end; otherwise it ends the program with the runtime
;; error "out of memory".
;; The memory's size in bytes is kept in a global rather than read with
;; memory.size at each allocation: Wasmtime 7's Cranelift compiles memory.size
;; as the byte length divided by 65,536 with a real div instruction. The global
;; may lag behind the memory (a host may grow it); then the slow path reads
;; the size again before it asks for more.
(module
  (data (i32.const 1792) "\0d\00\00\00out of memory")

  (global $rts_hp (mut i32) (i32.const 0))
  ;; The memory's size in bytes when last read; never more than it is.
  (global $rts_heap_limit (mut i64) (i64.const 0))

  (func $rts_init (param $heap_base i32)
    (global.set $rts_hp (local.get $heap_base))
    (global.set $rts_heap_limit (call $rts_memory_bytes)))

  (func $rts_alloc (param $size i32) (result i32)
    (local $p i32) (local $end i32)
    (local.set $p (global.get $rts_hp))
    (local.set $end (i32.and (i32.add (i32.add (local.get $p) (local.get $size)) (i32.const 7)) (i32.const -8)))
    ;; A wrapped end (past 4 GiB) is out of memory too.
    (if (i32.lt_u (local.get $end) (local.get $p))
      (then (call $rts_out_of_memory)))
    (if (i64.gt_u (i64.extend_i32_u (local.get $end)) (global.get $rts_heap_limit))
      (then (call $rts_heap_reach (local.get $end))))
    (global.set $rts_hp (local.get $end))
    (local.get $p))

  ;; The slow path: memory is made to reach end, and its size noted again.
  (func $rts_heap_reach (param $end i32)
    (if (i64.gt_u (i64.extend_i32_u (local.get $end)) (call $rts_memory_bytes))
      (then (call $rts_memory_more (local.get $end))))
    (global.set $rts_heap_limit (call $rts_memory_bytes)))

  (func $rts_memory_bytes (result i64)
    (i64.shl (i64.extend_i32_u (memory.size)) (i64.const 16)))

  ;; Pages still needed for memory to reach end.
  (func $rts_pages_short_of (param $end i32) (result i32)
    (i32.sub (i32.wrap_i64 (i64.shr_u (i64.add (i64.extend_i32_u (local.get $end)) (i64.const 65535)) (i64.const 16)))
             (memory.size)))

  (func $rts_out_of_memory
    (call $rts_runtime_error (i32.const 1792) (i32.const 0)))
)

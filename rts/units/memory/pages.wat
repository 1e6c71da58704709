;; feature memory, shared by grow, fixed and host: pages of address space.
;; The collectors (gc/*.wat) ask for memory to reach an address with
;; $rts_memory_reach(end); each memory alternative defines $rts_memory_more(end),
;; which grows memory, asks the host, or fails at a fixed limit. It returns only
;; when memory now reaches end; otherwise it ends the program with the runtime
;; error "out of memory".
;; The memory's size in bytes is kept in a global rather than read with
;; memory.size at each allocation: Wasmtime 7's Cranelift compiles memory.size
;; as the byte length divided by 65,536 with a real div instruction. The global
;; may lag behind the memory (a host may grow it); then the slow path reads
;; the size again before it asks for more.
(module
  (data (i32.const 1792) "\0d\00\00\00out of memory")

  ;; The memory's size in bytes when last read; never more than it is.
  (global $rts_memory_known (mut i64) (i64.const 0))

  ;; Makes memory reach end (exclusive); the fast path is one comparison.
  (func $rts_memory_reach (param $end i32)
    (if (i64.gt_u (i64.extend_i32_u (local.get $end)) (global.get $rts_memory_known))
      (then (call $rts_memory_reach_slow (local.get $end)))))

  (func $rts_memory_reach_slow (param $end i32)
    (if (i64.gt_u (i64.extend_i32_u (local.get $end)) (call $rts_memory_bytes))
      (then (call $rts_memory_more (local.get $end))))
    (global.set $rts_memory_known (call $rts_memory_bytes)))

  (func $rts_memory_bytes (result i64)
    (i64.shl (i64.extend_i32_u (memory.size)) (i64.const 16)))

  ;; Pages still needed for memory to reach end.
  (func $rts_pages_short_of (param $end i32) (result i32)
    (i32.sub (i32.wrap_i64 (i64.shr_u (i64.add (i64.extend_i32_u (local.get $end)) (i64.const 65535)) (i64.const 16)))
             (memory.size)))

  (func $rts_out_of_memory
    (call $rts_runtime_error (i32.const 1792) (i32.const 0)))
)

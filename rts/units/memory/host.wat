;; feature memory, alternative host.
;; Pages are requested from the host through the import weft.memory_request,
;; which grows the module's exported memory on the program's behalf (or refuses
;; past the host's own limit) and answers as memory.grow does: the previous size
;; in pages, or -1. Choose it when the embedding owns the address space: it
;; accounts for every page, can share one budget among many instances, and can
;; refuse growth without the engine's help. Requests grow by a quarter like
;; memory=grow's.
;; Needs the engine capability host-memory (every Weft engine adapter has it).
(module
  (import "weft" "memory_request" (func $host_memory_request (param i32) (result i32)))
  (memory (export "memory") ${min_pages})

  ;; 1 when memory now reaches end, 0 when the host refuses.
  (func $rts_memory_more (param $end i32) (result i32)
    (if (i32.ne (call $host_memory_request (call $rts_pages_to_ask (local.get $end))) (i32.const -1))
      (then (return (i32.const 1))))
    (i32.ne (call $host_memory_request (call $rts_pages_short_of (local.get $end))) (i32.const -1)))

  ;; How far memory may reach: all of the 32-bit address space (the host may still refuse).
  (func $rts_memory_limit (result i64)
    (i64.const 0x100000000))
)

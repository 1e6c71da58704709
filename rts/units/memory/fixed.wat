;; feature memory, alternative fixed:<MiB>.
;; One fixed reservation of ${mib} MiB (${pages} pages of 64 KiB) declared as
;; both the minimum and the maximum of the memory, and never grown. Choose it
;; to give a program a hard memory limit, or on hosts where growing memory is
;; costly; when the heaps (gc/*.wat, through memory/pages.wat) reach the end, the program stops
;; with the runtime error "out of memory" instead of the host's failure.
(module
  (memory (export "memory") ${pages} ${pages})

  ;; Never more: the reservation is all there is.
  (func $rts_memory_more (param $end i32) (result i32)
    (i32.const 0))

  ;; How far memory may reach: the reservation, which is never grown.
  (func $rts_memory_limit (result i64)
    (i64.shl (i64.const ${pages}) (i64.const 16)))
)

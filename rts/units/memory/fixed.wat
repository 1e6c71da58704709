;; feature memory, alternative fixed:<MiB>.
;; One fixed reservation of ${mib} MiB (${pages} pages of 64 KiB) declared as
;; both the minimum and the maximum of the memory, and never grown. Choose it
;; to give a program a hard memory limit, or on hosts where growing memory is
;; costly; exceeding the limit is the runtime error "out of memory" instead of
;; the host's failure.
(module
  (memory (export "memory") ${pages} ${pages})
  (data (i32.const 1792) "\0d\00\00\00out of memory")

  (global $rts_hp (mut i32) (i32.const 0))

  (func $rts_init (param $heap_base i32)
    (global.set $rts_hp (local.get $heap_base)))

  (func $rts_alloc (param $size i32) (result i32)
    (local $p i32) (local $end i32)
    (local.set $p (global.get $rts_hp))
    (local.set $end (i32.and (i32.add (i32.add (local.get $p) (local.get $size)) (i32.const 7)) (i32.const -8)))
    (if (i32.or (i32.lt_u (local.get $end) (local.get $p))
                (i64.gt_u (i64.extend_i32_u (local.get $end)) (i64.shl (i64.const ${pages}) (i64.const 16))))
      (then (call $rts_runtime_error (i32.const 1792) (i32.const 0))))
    (global.set $rts_hp (local.get $end))
    (local.get $p))
)

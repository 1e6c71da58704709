;; core: the shadow stack, where pointers live across a possible collection
;; (docs/decisions/0019-heap-layout-roots-and-collectors.md).
;; A region of i32 slots [$rts_stack_base, $rts_stack_top) right after the
;; program's static data; $rts_sp is its lowest slot in use, and it grows down.
;; A compiled function that holds pointers across a call that may allocate
;; takes a frame of slots on entry and gives it back on exit; RTS code pushes
;; and pops single pointers with $rts_root_push and $rts_root_pop. Every slot
;; holds a pointer (heap, static or null), so a collector scans [sp, top) and
;; updates what it moves in place. Running past the base is the runtime error
;; "stack overflow", the same on every engine.
(module
  (data (i32.const 1816) "\0e\00\00\00stack overflow")

  (global $rts_stack_base (mut i32) (i32.const 0))
  (global $rts_stack_top (mut i32) (i32.const 0))
  (global $rts_sp (mut i32) (i32.const 0))

  ;; Places a shadow stack of ${shadow_stack_bytes} bytes at base; returns the
  ;; first address after it (8-aligned), where the heap begins.
  (func $rts_shadow_init (param $base i32) (result i32)
    (local $top i32)
    (local.set $top (i32.and (i32.add (i32.add (local.get $base) (i32.const ${shadow_stack_bytes})) (i32.const 7))
                             (i32.const -8)))
    (call $rts_memory_reach (local.get $top))
    (global.set $rts_stack_base (local.get $base))
    (global.set $rts_stack_top (local.get $top))
    (global.set $rts_sp (local.get $top))
    (local.get $top))

  (func $rts_stack_overflow
    (call $rts_runtime_error (i32.const 1816) (i32.const 0)))

  (func $rts_root_push (param $p i32)
    (local $sp i32)
    (local.set $sp (i32.sub (global.get $rts_sp) (i32.const 4)))
    (if (i32.lt_u (local.get $sp) (global.get $rts_stack_base))
      (then (call $rts_stack_overflow)))
    (i32.store (local.get $sp) (local.get $p))
    (global.set $rts_sp (local.get $sp)))

  (func $rts_root_pop (result i32)
    (local $sp i32)
    (local.set $sp (global.get $rts_sp))
    (global.set $rts_sp (i32.add (local.get $sp) (i32.const 4)))
    (i32.load (local.get $sp)))
)

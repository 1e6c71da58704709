;; processes: copying a value out of one heap and into another, for messages
;; and for the closure a process is spawned with (decisions/0023). Processes
;; share nothing, so a message is copied whole: every heap object reachable
;; from it, each once per path that reaches it (sharing inside a message is
;; not preserved, as in BEAM; Weft's data has no cycles, so the copy ends).
;; Static data (below the regions: string literals, field-less objects,
;; layout records) is never copied: every process may point to it.
;;
;; $rts_value_size(v) walks the value with an explicit stack (a region that
;; doubles when full; no recursion on the native stack, so a list of a
;; million cells is no deeper than one of three) and sums its objects' sizes.
;; $rts_value_copy_to(v, dest) lays the copy out from dest, which must have
;; that many bytes: the first object, then, Cheney's way, each copied
;; object's children after it, so the walk needs no stack at all.
;; $rts_value_copy(v) copies v into the current heap: one allocation of the
;; whole size ($rts_alloc, so a collection may happen first, while v is a
;; root), the copy laid out in it, and $rts_block_carved telling the
;; collector where the objects in that block start. Heap objects are
;; recognised by address: at or above $rts_regions_start.
(module
  (global $rts_copy_stack (mut i32) (i32.const 0))       ;; the walk's stack region
  (global $rts_copy_stack_size (mut i32) (i32.const 0))  ;; its size in bytes

  ;; Whether p points to a heap object (not null, not static data).
  (func $rts_is_heap_pointer (param $p i32) (result i32)
    (i32.ge_u (local.get $p) (global.get $rts_regions_start)))

  ;; The bytes a copy of v takes: the sum of its heap objects' sizes.
  (func $rts_value_size (param $v i32) (result i32)
    (local $sp i32) (local $block i32) (local $size i64) (local $layout i32) (local $i i32) (local $child i32)
    (if (i32.eqz (call $rts_is_heap_pointer (local.get $v))) (then (return (i32.const 0))))
    (if (i32.eqz (global.get $rts_copy_stack))
      (then
        (global.set $rts_copy_stack_size (i32.const 1024))
        (global.set $rts_copy_stack (call $rts_region_alloc (i32.const 1024)))
        (if (i32.eqz (global.get $rts_copy_stack)) (then (call $rts_out_of_memory)))))
    (i32.store (global.get $rts_copy_stack) (local.get $v))
    (local.set $sp (i32.const 4))
    (block $done
      (loop $next
        (br_if $done (i32.eqz (local.get $sp)))
        (local.set $sp (i32.sub (local.get $sp) (i32.const 4)))
        (local.set $block (i32.and (i32.load (i32.add (global.get $rts_copy_stack) (local.get $sp))) (i32.const -8)))
        (local.set $size (i64.add (local.get $size) (i64.extend_i32_u (call $rts_object_size (local.get $block)))))
        (if (i32.ne (i32.load (local.get $block)) (i32.const -1))
          (then
            (local.set $layout (i32.load offset=4 (local.get $block)))
            (local.set $i (i32.load (local.get $layout)))
            (block $slots_done
              (loop $slot
                (br_if $slots_done (i32.eqz (local.get $i)))
                (local.set $i (i32.sub (local.get $i) (i32.const 1)))
                (if (call $rts_slot_is_pointer (local.get $layout) (local.get $i))
                  (then
                    (local.set $child (i32.load offset=8 (i32.add (local.get $block) (i32.shl (local.get $i) (i32.const 3)))))
                    (if (call $rts_is_heap_pointer (local.get $child))
                      (then
                        (if (i32.eq (local.get $sp) (global.get $rts_copy_stack_size)) (then (call $rts_copy_stack_grow)))
                        (i32.store (i32.add (global.get $rts_copy_stack) (local.get $sp)) (local.get $child))
                        (local.set $sp (i32.add (local.get $sp) (i32.const 4)))))))
                (br $slot)))))
        (br $next)))
    (if (i64.gt_u (local.get $size) (i64.const 0x7ffffff0)) (then (call $rts_out_of_memory)))
    (i32.wrap_i64 (local.get $size)))

  ;; The walk's stack, twice as large, its entries kept.
  (func $rts_copy_stack_grow
    (local $new i32)
    (local.set $new (call $rts_region_alloc (i32.shl (global.get $rts_copy_stack_size) (i32.const 1))))
    (if (i32.eqz (local.get $new)) (then (call $rts_out_of_memory)))
    (memory.copy (local.get $new) (global.get $rts_copy_stack) (global.get $rts_copy_stack_size))
    (call $rts_region_free (global.get $rts_copy_stack) (global.get $rts_copy_stack_size))
    (global.set $rts_copy_stack (local.get $new))
    (global.set $rts_copy_stack_size (i32.shl (global.get $rts_copy_stack_size) (i32.const 1))))

  ;; Copies v to dest (8-aligned, with $rts_value_size(v) bytes); the copy's pointer.
  (func $rts_value_copy_to (param $v i32) (param $dest i32) (result i32)
    (local $scan i32) (local $end i32) (local $layout i32) (local $i i32) (local $slot i32)
    (if (i32.eqz (call $rts_is_heap_pointer (local.get $v))) (then (return (local.get $v))))
    (local.set $end (local.get $dest))
    (local.set $v (call $rts_copy_one (local.get $v) (local.get $end)))
    (local.set $scan (local.get $dest))
    (local.set $end (i32.add (local.get $end) (call $rts_object_size (local.get $scan))))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $scan) (local.get $end)))
        (if (i32.ne (i32.load (local.get $scan)) (i32.const -1))
          (then
            (local.set $layout (i32.load offset=4 (local.get $scan)))
            (local.set $i (i32.const 0))
            (block $slots_done
              (loop $each
                (br_if $slots_done (i32.ge_u (local.get $i) (i32.load (local.get $layout))))
                (if (call $rts_slot_is_pointer (local.get $layout) (local.get $i))
                  (then
                    (local.set $slot (i32.add (i32.add (local.get $scan) (i32.const 8)) (i32.shl (local.get $i) (i32.const 3))))
                    (if (call $rts_is_heap_pointer (i32.load (local.get $slot)))
                      (then
                        (i32.store (local.get $slot) (call $rts_copy_one (i32.load (local.get $slot)) (local.get $end)))
                        (local.set $end (i32.add (local.get $end) (call $rts_object_size (local.get $end))))))))
                (local.set $i (i32.add (local.get $i) (i32.const 1)))
                (br $each)))))
        (local.set $scan (i32.add (local.get $scan) (call $rts_object_size (local.get $scan))))
        (br $next)))
    (local.get $v))

  ;; Copies the one object p points into to dest; the pointer to the copy
  ;; (a string's points past its marker, as p did).
  (func $rts_copy_one (param $p i32) (param $dest i32) (result i32)
    (local $block i32)
    (local.set $block (i32.and (local.get $p) (i32.const -8)))
    (memory.copy (local.get $dest) (local.get $block) (call $rts_object_size (local.get $block)))
    (i32.add (local.get $dest) (i32.sub (local.get $p) (local.get $block))))

  ;; A copy of v in the current heap.
  (func $rts_value_copy (param $v i32) (result i32)
    (local $size i32) (local $dest i32)
    (local.set $size (call $rts_value_size (local.get $v)))
    (if (i32.eqz (local.get $size)) (then (return (local.get $v))))
    (call $rts_root_push (local.get $v))
    (local.set $dest (call $rts_alloc (local.get $size)))
    (local.set $v (call $rts_root_pop))
    (local.set $v (call $rts_value_copy_to (local.get $v) (local.get $dest)))
    (call $rts_block_carved (local.get $dest) (local.get $size))
    (local.get $v))
)

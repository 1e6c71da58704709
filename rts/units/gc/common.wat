;; feature gc, shared by copying and mark-sweep (gc/copying.wat, gc/mark-sweep.wat):
;; the walks of the roots and of an object's pointer slots (the layout itself is
;; core/objects.wat's), and the gcstress counter. gc=none collects nothing and does not link it.
;; The roots are the shadow stack's slots from $rts_sp up to $rts_stack_top
;; (core/shadow_stack.wat); an object is [tag][layout][8-byte slots], where the
;; layout record [n][bitmap words] says which slots hold pointers, and a string's
;; block is [-1][length][bytes] with the pointer at block+4. Both walks call
;; $rts_gc_visit_slot(address of a slot holding a pointer), which each collector
;; defines: copying stores the pointer's new address there, mark-sweep marks
;; what it points to. A slot may hold a pointer outside the heap (null, static
;; data): the collector checks the address range before touching anything.
(module
  (global $rts_stress_count (mut i32) (i32.const 0))

  ;; Whether this allocation collects first: every ${stress_every}th under
  ;; gcstress=every:<N>, never under gcstress=off (0).
  (func $rts_gc_stress_due (result i32)
    (if (i32.eqz (i32.const ${stress_every})) (then (return (i32.const 0))))
    (global.set $rts_stress_count (i32.add (global.get $rts_stress_count) (i32.const 1)))
    (if (i32.lt_u (global.get $rts_stress_count) (i32.const ${stress_every})) (then (return (i32.const 0))))
    (global.set $rts_stress_count (i32.const 0))
    (i32.const 1))

  ;; Visits every shadow-stack slot, lowest first.
  (func $rts_gc_scan_roots
    (local $slot i32)
    (local.set $slot (global.get $rts_sp))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $slot) (global.get $rts_stack_top)))
        (call $rts_gc_visit_slot (local.get $slot))
        (local.set $slot (i32.add (local.get $slot) (i32.const 4)))
        (br $next))))

  ;; Visits the pointer slots of the object whose block starts at block, the
  ;; last slot first; a string has none. Last first because mark-sweep's mark
  ;; stack then takes slot 0 first: a cons cell's head is traced before its
  ;; tail, so a long list of records keeps the stack a few entries deep instead
  ;; of one entry per cell.
  (func $rts_gc_scan_object (param $block i32)
    (local $layout i32) (local $i i32)
    (if (i32.eq (i32.load (local.get $block)) (i32.const -1)) (then (return)))
    (local.set $layout (i32.load offset=4 (local.get $block)))
    (local.set $i (i32.load (local.get $layout)))
    (block $done
      (loop $next
        (br_if $done (i32.eqz (local.get $i)))
        (local.set $i (i32.sub (local.get $i) (i32.const 1)))
        (if (call $rts_slot_is_pointer (local.get $layout) (local.get $i))
          (then (call $rts_gc_visit_slot (i32.add (i32.add (local.get $block) (i32.const 8)) (i32.shl (local.get $i) (i32.const 3))))))
        (br $next))))
)

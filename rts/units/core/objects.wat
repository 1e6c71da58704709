;; core: what the RTS knows of a heap object's layout (decisions/0019), for
;; the collectors (gc/common.wat) and for copying values between heaps
;; (proc/copy.wat). An object is [tag][layout][8-byte slots], where the layout
;; record [n][bitmap words] says which slots hold pointers; a string's block
;; is [-1][length][bytes], with the pointer at block+4.
(module
  ;; The bytes an object needs as its header says now: align8(8 + length) for
  ;; a string (its current length, which may be less than it was allocated
  ;; with: core/strings.wat's show_string and show_char shrink theirs), 8 + 8n
  ;; for an object of n slots.
  (func $rts_object_size (param $block i32) (result i32)
    (if (result i32) (i32.eq (i32.load (local.get $block)) (i32.const -1))
      (then (i32.and (i32.add (i32.load offset=4 (local.get $block)) (i32.const 15)) (i32.const -8)))
      (else (i32.add (i32.const 8) (i32.shl (i32.load (i32.load offset=4 (local.get $block))) (i32.const 3))))))

  ;; Whether slot i of an object of this layout holds a pointer.
  (func $rts_slot_is_pointer (param $layout i32) (param $i i32) (result i32)
    (i32.ne (i32.and (i32.load offset=4 (i32.add (local.get $layout) (i32.shl (i32.shr_u (local.get $i) (i32.const 5)) (i32.const 2))))
                     (i32.shl (i32.const 1) (i32.and (local.get $i) (i32.const 31))))
            (i32.const 0)))
)

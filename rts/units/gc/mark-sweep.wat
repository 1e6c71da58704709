;; feature gc, alternative mark-sweep: a non-moving precise collector over the
;; heap layout of decisions/0019. Choose it when memory is tight (memory=fixed)
;; or objects must stay where they were made, or to compare against the
;; copying collector: it needs no second space, so the same memory holds about
;; twice the live data (under memory=fixed:16, a list of 560,000 cells where
;; copying fits fewer than 300,000), but allocation takes a free list instead
;; of a bump, a collection sweeps the whole heap, and free space fragments.
;;
;; The heap is one region [heap_start, heap_end) of 8-byte granules, followed by
;; two bitmaps of one bit per granule: the bounds (bit set where a block, free
;; or in use, starts; a block runs to the next set bit or the heap's end) and
;; the marks (set during a collection at the start of each block reached).
;; Keeping both off the objects leaves each object's word 0, the tag the
;; program reads, untouched, and makes a block's size the collector's own
;; record: core/strings.wat's show_string and show_char store a length shorter
;; than they allocated, and the whole block is still freed when it dies.
;;
;; Allocation takes, for a request of g granules: the head of the free list of
;; exactly g granules (one list per size from 1 to 63 granules, 8 to 504
;; bytes); else a bump through the current chunk; else a new chunk, the first
;; block of the list of large free blocks (64 granules and up) that holds the
;; request (what is left of the old chunk goes to its list); else a larger small
;; block, split. When all fail it collects: marking from the shadow stack
;; (gc/common.wat walks the roots and the slots) with an explicit mark stack in
;; linear memory, then an eager sweep that joins each run of unmarked blocks
;; into one free block and rebuilds the lists in address order. When the live
;; data after a collection fills more than half of the heap, the heap grows (at
;; least doubling) in place: the bitmaps move up to the new end, the space
;; they held joins the free space. Under memory=fixed the heap grows as far as
;; the reservation allows, and "out of memory" comes only when, after a
;; collection and all the growth memory allows, no free block holds the
;; request (the free space may be there but in pieces: nothing moves).
;; With gcstress=every:<N>, every Nth allocation collects first. It reports to
;; core/stats.wat (weft run --stats): every collection is a major one, and
;; the footprint is the fixed area, the heap and the bitmaps.
;;
;; Below the heap, after the shadow stack, a fixed area that never moves: the
;; heads of the 64 small lists (class 0 unused), their tails while sweeping,
;; and the mark stack (32 KiB, 8,192 blocks). When the mark stack is full, a
;; block is marked but not pushed and the overflow flag is set; after the
;; stack drains, every marked block is scanned again until a pass overflows no
;; more (each pass marks at least one block more, so this ends).
;;
;; A free block holds [next free block][its size in bytes]; nothing reads a
;; free block's header but the allocator.
(module
  (global $rts_ms_lists (mut i32) (i32.const 0))       ;; heads of the small lists: class c at lists + 4c
  (global $rts_ms_tails (mut i32) (i32.const 0))       ;; their tails, during a sweep
  (global $rts_ms_stack (mut i32) (i32.const 0))       ;; the mark stack: [stack, stack_end)
  (global $rts_ms_stack_end (mut i32) (i32.const 0))
  (global $rts_ms_sp (mut i32) (i32.const 0))          ;; next free entry of the mark stack
  (global $rts_ms_overflow (mut i32) (i32.const 0))    ;; a marked block was not pushed
  (global $rts_heap_start (mut i32) (i32.const 0))
  (global $rts_heap_end (mut i32) (i32.const 0))       ;; also where the bounds bitmap starts
  (global $rts_ms_marks (mut i32) (i32.const 0))       ;; the mark bitmap, after the bounds
  (global $rts_ms_classes (mut i64) (i64.const 0))     ;; bit c set when small list c is not empty
  (global $rts_ms_large (mut i32) (i32.const 0))       ;; the list of large free blocks
  (global $rts_ms_large_tail (mut i32) (i32.const 0))  ;; its tail, during a sweep
  (global $rts_bump (mut i32) (i32.const 0))           ;; the current chunk: [bump, bump_end)
  (global $rts_bump_end (mut i32) (i32.const 0))

  (func $rts_init (param $heap_base i32)
    (local $fixed i32)
    (local.set $fixed (call $rts_shadow_init (local.get $heap_base)))
    (global.set $rts_ms_lists (local.get $fixed))
    (global.set $rts_ms_tails (i32.add (local.get $fixed) (i32.const 256)))
    (global.set $rts_ms_stack (i32.add (local.get $fixed) (i32.const 512)))
    (global.set $rts_ms_stack_end (i32.add (global.get $rts_ms_stack) (i32.const 32768)))
    (global.set $rts_heap_start (global.get $rts_ms_stack_end))
    (if (i32.eqz (call $rts_ms_can_reach (i64.extend_i32_u (global.get $rts_heap_start))))
      (then (call $rts_out_of_memory)))
    (call $rts_memory_reach (global.get $rts_heap_start))
    (memory.fill (global.get $rts_ms_lists) (i32.const 0) (i32.const 512))
    ;; An empty heap, then 256 KiB of it (less when memory=fixed leaves less).
    (global.set $rts_heap_end (global.get $rts_heap_start))
    (global.set $rts_ms_marks (global.get $rts_heap_start))
    (if (i32.eqz (call $rts_ms_grow_to (i64.const 262144)))
      (then (call $rts_out_of_memory))))

  (func $rts_alloc (param $size i32) (result i32)
    (local $p i32)
    ;; Past 4 GiB once rounded: no heap holds it.
    (if (i32.gt_u (local.get $size) (i32.const 0xfffffff0)) (then (call $rts_out_of_memory)))
    (local.set $size (i32.and (i32.add (local.get $size) (i32.const 7)) (i32.const -8)))
    (if (i32.eqz (local.get $size)) (then (local.set $size (i32.const 8))))
    (if (i32.const ${stats}) (then (call $rts_stats_alloc (local.get $size))))
    (if (call $rts_gc_stress_due) (then (call $rts_collect_for (local.get $size))))
    (local.set $p (call $rts_ms_take (local.get $size)))
    (if (local.get $p) (then (return (local.get $p))))
    (call $rts_collect_for (local.get $size))
    (local.set $p (call $rts_ms_take (local.get $size)))
    (if (local.get $p) (then (return (local.get $p))))
    ;; Live data is under the threshold, yet no free block holds the request
    ;; (a large one, or free space in pieces): more heap, then a sweep that
    ;; joins the new space to a free block before it.
    (if (call $rts_ms_grow_to (call $rts_ms_max_u64
                                (i64.shl (call $rts_ms_heap_size) (i64.const 1))
                                (i64.add (call $rts_ms_heap_size) (i64.extend_i32_u (local.get $size)))))
      (then
        (local.set $p (call $rts_ms_take (local.get $size)))
        (if (local.get $p) (then (return (local.get $p))))
        (call $rts_collect_for (local.get $size))
        (local.set $p (call $rts_ms_take (local.get $size)))
        (if (local.get $p) (then (return (local.get $p))))))
    (call $rts_out_of_memory)
    (unreachable))

  ;; A string of length bytes (decisions/0019): the marker -1, then the length; the bytes are the caller's.
  (func $rts_alloc_string (param $length i32) (result i32)
    (local $b i32)
    (local.set $b (call $rts_alloc (i32.add (local.get $length) (i32.const 8))))
    (i32.store (local.get $b) (i32.const -1))
    (i32.store offset=4 (local.get $b) (local.get $length))
    (i32.add (local.get $b) (i32.const 4)))

  (func $rts_collect
    (call $rts_collect_for (i32.const 0)))

  ;; Collects; grows the heap when the live data and need more bytes fill more
  ;; than half of it.
  (func $rts_collect_for (param $need i32)
    (local $live i64) (local $want i64)
    (call $rts_stats_gc_begin)
    (call $rts_ms_mark_all)
    (local.set $live (i64.sub (call $rts_ms_heap_size) (call $rts_ms_sweep)))
    (call $rts_stats_gc_end (i32.const 1))
    (local.set $want (i64.shl (i64.add (local.get $live) (i64.extend_i32_u (local.get $need))) (i64.const 1)))
    (if (i64.gt_u (local.get $want) (call $rts_ms_heap_size))
      (then (drop (call $rts_ms_grow_to (call $rts_ms_max_u64 (local.get $want)
                                           (i64.shl (call $rts_ms_heap_size) (i64.const 1))))))))

  ;; ---- allocation ----

  ;; A block of size bytes (a multiple of 8) from the free space, or 0.
  (func $rts_ms_take (param $size i32) (result i32)
    (local $g i32) (local $head i32) (local $p i32) (local $more i64) (local $c i32)
    (local.set $g (i32.shr_u (local.get $size) (i32.const 3)))
    (if (i32.lt_u (local.get $g) (i32.const 64))
      (then
        (local.set $head (i32.add (global.get $rts_ms_lists) (i32.shl (local.get $g) (i32.const 2))))
        (local.set $p (i32.load (local.get $head)))
        (if (local.get $p)
          (then
            (call $rts_ms_pop (local.get $g) (local.get $p))
            (return (local.get $p))))))
    (block $no_chunk
      (loop $bump
        (if (i32.ge_u (i32.sub (global.get $rts_bump_end) (global.get $rts_bump)) (local.get $size))
          (then
            (local.set $p (global.get $rts_bump))
            (global.set $rts_bump (i32.add (local.get $p) (local.get $size)))
            (if (i32.lt_u (global.get $rts_bump) (global.get $rts_bump_end))
              (then (call $rts_ms_set_bound (global.get $rts_bump))))
            (return (local.get $p))))
        (br_if $no_chunk (i32.eqz (call $rts_ms_new_chunk (local.get $size))))
        (br $bump)))
    ;; The smallest larger small block, split.
    (if (i32.lt_u (local.get $g) (i32.const 63))
      (then
        (local.set $more (i64.and (global.get $rts_ms_classes)
                                  (i64.shl (i64.const -1) (i64.extend_i32_u (i32.add (local.get $g) (i32.const 1))))))
        (if (i64.ne (local.get $more) (i64.const 0))
          (then
            (local.set $c (i32.wrap_i64 (i64.ctz (local.get $more))))
            (local.set $p (i32.load (i32.add (global.get $rts_ms_lists) (i32.shl (local.get $c) (i32.const 2)))))
            (call $rts_ms_pop (local.get $c) (local.get $p))
            (call $rts_ms_set_bound (i32.add (local.get $p) (local.get $size)))
            (call $rts_ms_free (i32.add (local.get $p) (local.get $size))
                               (i32.shl (i32.sub (local.get $c) (local.get $g)) (i32.const 3)))
            (return (local.get $p))))))
    (i32.const 0))

  ;; Takes p, the head of small list c, off it.
  (func $rts_ms_pop (param $c i32) (param $p i32)
    (local $next i32)
    (local.set $next (i32.load (local.get $p)))
    (i32.store (i32.add (global.get $rts_ms_lists) (i32.shl (local.get $c) (i32.const 2))) (local.get $next))
    (if (i32.eqz (local.get $next))
      (then (global.set $rts_ms_classes
              (i64.and (global.get $rts_ms_classes)
                       (i64.xor (i64.shl (i64.const 1) (i64.extend_i32_u (local.get $c))) (i64.const -1)))))))

  ;; Makes the first large free block of at least size bytes the current chunk,
  ;; giving back what is left of the old one; 0 when there is none.
  (func $rts_ms_new_chunk (param $size i32) (result i32)
    (local $prev i32) (local $b i32) (local $next i32)
    (local.set $b (global.get $rts_ms_large))
    (block $found
      (loop $next_block
        (if (i32.eqz (local.get $b)) (then (return (i32.const 0))))
        (br_if $found (i32.ge_u (i32.load offset=4 (local.get $b)) (local.get $size)))
        (local.set $prev (local.get $b))
        (local.set $b (i32.load (local.get $b)))
        (br $next_block)))
    (local.set $next (i32.load (local.get $b)))
    (if (local.get $prev)
      (then (i32.store (local.get $prev) (local.get $next)))
      (else (global.set $rts_ms_large (local.get $next))))
    (if (i32.ne (global.get $rts_bump) (global.get $rts_bump_end))
      (then (call $rts_ms_free (global.get $rts_bump) (i32.sub (global.get $rts_bump_end) (global.get $rts_bump)))))
    (global.set $rts_bump (local.get $b))
    (global.set $rts_bump_end (i32.add (local.get $b) (i32.load offset=4 (local.get $b))))
    (i32.const 1))

  ;; Puts the free block [b, b+bytes), whose bound is set, at the head of its list.
  (func $rts_ms_free (param $b i32) (param $bytes i32)
    (local $g i32) (local $head i32)
    (local.set $g (i32.shr_u (local.get $bytes) (i32.const 3)))
    (i32.store offset=4 (local.get $b) (local.get $bytes))
    (if (i32.lt_u (local.get $g) (i32.const 64))
      (then
        (local.set $head (i32.add (global.get $rts_ms_lists) (i32.shl (local.get $g) (i32.const 2))))
        (i32.store (local.get $b) (i32.load (local.get $head)))
        (i32.store (local.get $head) (local.get $b))
        (global.set $rts_ms_classes
          (i64.or (global.get $rts_ms_classes) (i64.shl (i64.const 1) (i64.extend_i32_u (local.get $g))))))
      (else
        (i32.store (local.get $b) (global.get $rts_ms_large))
        (global.set $rts_ms_large (local.get $b)))))

  ;; Sets the bound bit of address a: a block starts there.
  (func $rts_ms_set_bound (param $a i32)
    (local $g i32) (local $byte i32)
    (local.set $g (i32.shr_u (i32.sub (local.get $a) (global.get $rts_heap_start)) (i32.const 3)))
    (local.set $byte (i32.add (global.get $rts_heap_end) (i32.shr_u (local.get $g) (i32.const 3))))
    (i32.store8 (local.get $byte)
      (i32.or (i32.load8_u (local.get $byte)) (i32.shl (i32.const 1) (i32.and (local.get $g) (i32.const 7))))))

  ;; ---- the heap's size and growth ----

  (func $rts_ms_heap_size (result i64)
    (i64.extend_i32_u (i32.sub (global.get $rts_heap_end) (global.get $rts_heap_start))))

  (func $rts_ms_max_u64 (param $a i64) (param $b i64) (result i64)
    (select (local.get $a) (local.get $b) (i64.gt_u (local.get $a) (local.get $b))))

  ;; Whether memory may reach end (exclusive): below the memory alternative's
  ;; limit (rts_memory_limit), and with the last 8 bytes of the 32-bit address
  ;; space left out so that an end is still an i32.
  (func $rts_ms_can_reach (param $end i64) (result i32)
    (i64.le_u (local.get $end)
              (select (call $rts_memory_limit) (i64.const 0xfffffff8)
                      (i64.lt_u (call $rts_memory_limit) (i64.const 0xfffffff8)))))

  ;; The largest heap memory allows: h bytes of heap and h/32 of bitmaps after
  ;; it, h a multiple of 512 so that each bitmap is whole i64 words.
  (func $rts_ms_max_heap (result i64)
    (local $limit i64)
    (local.set $limit (select (call $rts_memory_limit) (i64.const 0xfffffff8)
                              (i64.lt_u (call $rts_memory_limit) (i64.const 0xfffffff8))))
    (i64.and (i64.div_u (i64.mul (i64.sub (local.get $limit) (i64.extend_i32_u (global.get $rts_heap_start)))
                                 (i64.const 32))
                        (i64.const 33))
             (i64.const -512)))

  ;; Grows the heap in place towards h bytes, as far as memory allows; 1 when
  ;; it grew. The bounds are copied up to the new end (memory.copy moves
  ;; overlapping bytes correctly), the marks start clear, and the new space,
  ;; the old bitmaps' included, is one free block.
  (func $rts_ms_grow_to (param $h i64) (result i32)
    (local $old i32) (local $new i32) (local $old_bits i32) (local $new_bits i32)
    (local.set $h (i64.and (i64.add (local.get $h) (i64.const 511)) (i64.const -512)))
    (if (i64.gt_u (local.get $h) (call $rts_ms_max_heap)) (then (local.set $h (call $rts_ms_max_heap))))
    (if (i64.le_u (local.get $h) (call $rts_ms_heap_size)) (then (return (i32.const 0))))
    (local.set $old (global.get $rts_heap_end))
    (local.set $new (i32.add (global.get $rts_heap_start) (i32.wrap_i64 (local.get $h))))
    (local.set $old_bits (i32.shr_u (i32.sub (local.get $old) (global.get $rts_heap_start)) (i32.const 6)))
    (local.set $new_bits (i32.wrap_i64 (i64.shr_u (local.get $h) (i64.const 6))))
    (call $rts_memory_reach (i32.add (local.get $new) (i32.shl (local.get $new_bits) (i32.const 1))))
    (memory.copy (local.get $new) (local.get $old) (local.get $old_bits))
    (memory.fill (i32.add (local.get $new) (local.get $old_bits)) (i32.const 0)
                 (i32.sub (i32.shl (local.get $new_bits) (i32.const 1)) (local.get $old_bits)))
    (global.set $rts_heap_end (local.get $new))
    (global.set $rts_ms_marks (i32.add (local.get $new) (local.get $new_bits)))
    (call $rts_ms_set_bound (local.get $old))
    (call $rts_ms_free (local.get $old) (i32.sub (local.get $new) (local.get $old)))
    ;; What the collector takes: the fixed area, the heap and its bitmaps.
    (call $rts_stats_heap (i64.extend_i32_u (i32.sub (i32.add (local.get $new) (i32.shl (local.get $new_bits) (i32.const 1)))
                                                     (global.get $rts_ms_lists))))
    (i32.const 1))

  ;; ---- marking ----

  ;; Marks everything reachable from the shadow stack.
  (func $rts_ms_mark_all
    (local $k i32) (local $words i32) (local $w i64) (local $t i32)
    (global.set $rts_ms_sp (global.get $rts_ms_stack))
    (global.set $rts_ms_overflow (i32.const 0))
    (call $rts_gc_scan_roots)
    (call $rts_ms_drain)
    (local.set $words (i32.shr_u (i32.sub (global.get $rts_heap_end) (global.get $rts_heap_start)) (i32.const 9)))
    (block $done
      (loop $pass
        (br_if $done (i32.eqz (global.get $rts_ms_overflow)))
        (global.set $rts_ms_overflow (i32.const 0))
        ;; Scan every marked block again: those that were not pushed have
        ;; children still unmarked.
        (local.set $k (i32.const 0))
        (block $pass_done
          (loop $word
            (br_if $pass_done (i32.ge_u (local.get $k) (local.get $words)))
            (local.set $w (i64.load (i32.add (global.get $rts_ms_marks) (i32.shl (local.get $k) (i32.const 3)))))
            (block $bits_done
              (loop $bit
                (br_if $bits_done (i64.eqz (local.get $w)))
                (local.set $t (i32.wrap_i64 (i64.ctz (local.get $w))))
                (call $rts_gc_scan_object
                  (i32.add (global.get $rts_heap_start)
                           (i32.shl (i32.add (i32.shl (local.get $k) (i32.const 6)) (local.get $t)) (i32.const 3))))
                (call $rts_ms_drain)
                (local.set $w (i64.and (local.get $w) (i64.sub (local.get $w) (i64.const 1))))
                (br $bit)))
            (local.set $k (i32.add (local.get $k) (i32.const 1)))
            (br $word)))
        (br $pass))))

  ;; Scans the blocks on the mark stack until it is empty.
  (func $rts_ms_drain
    (block $done
      (loop $next
        (br_if $done (i32.eq (global.get $rts_ms_sp) (global.get $rts_ms_stack)))
        (global.set $rts_ms_sp (i32.sub (global.get $rts_ms_sp) (i32.const 4)))
        (call $rts_gc_scan_object (i32.load (global.get $rts_ms_sp)))
        (br $next))))

  ;; A slot that holds a pointer (gc/common.wat's walks): what it points to is marked.
  (func $rts_gc_visit_slot (param $slot i32)
    (call $rts_ms_mark (i32.load (local.get $slot))))

  ;; Marks the block p points into, unless p is outside the heap (null, static
  ;; data) or it is marked already; pushes it when it may hold pointers.
  (func $rts_ms_mark (param $p i32)
    (local $block i32) (local $g i32) (local $byte i32) (local $bit i32) (local $v i32)
    (if (i32.ge_u (i32.sub (local.get $p) (global.get $rts_heap_start))
                  (i32.sub (global.get $rts_heap_end) (global.get $rts_heap_start)))
      (then (return)))
    (local.set $block (i32.and (local.get $p) (i32.const -8)))
    (local.set $g (i32.shr_u (i32.sub (local.get $block) (global.get $rts_heap_start)) (i32.const 3)))
    (local.set $byte (i32.add (global.get $rts_ms_marks) (i32.shr_u (local.get $g) (i32.const 3))))
    (local.set $bit (i32.shl (i32.const 1) (i32.and (local.get $g) (i32.const 7))))
    (local.set $v (i32.load8_u (local.get $byte)))
    (if (i32.and (local.get $v) (local.get $bit)) (then (return)))
    (i32.store8 (local.get $byte) (i32.or (local.get $v) (local.get $bit)))
    ;; A string holds no pointers.
    (if (i32.eq (i32.load (local.get $block)) (i32.const -1)) (then (return)))
    (if (i32.eq (global.get $rts_ms_sp) (global.get $rts_ms_stack_end))
      (then
        (global.set $rts_ms_overflow (i32.const 1))
        (return)))
    (i32.store (global.get $rts_ms_sp) (local.get $block))
    (global.set $rts_ms_sp (i32.add (global.get $rts_ms_sp) (i32.const 4))))

  ;; ---- sweeping ----

  ;; Frees every unmarked block, joining each run of them into one free block,
  ;; and rebuilds the lists in address order; clears the marks. Returns the
  ;; free bytes.
  (func $rts_ms_sweep (result i64)
    (local $k i32) (local $words i32) (local $bounds i32) (local $w i64) (local $m i64) (local $keep i64)
    (local $bit i64) (local $run i32) (local $b i32) (local $free i64)
    (memory.fill (global.get $rts_ms_lists) (i32.const 0) (i32.const 512))
    (global.set $rts_ms_classes (i64.const 0))
    (global.set $rts_ms_large (i32.const 0))
    (global.set $rts_ms_large_tail (i32.const 0))
    (global.set $rts_bump (i32.const 0))
    (global.set $rts_bump_end (i32.const 0))
    (local.set $words (i32.shr_u (i32.sub (global.get $rts_heap_end) (global.get $rts_heap_start)) (i32.const 9)))
    (local.set $k (i32.const 0))
    (block $done
      (loop $word
        (br_if $done (i32.ge_u (local.get $k) (local.get $words)))
        (local.set $bounds (i32.add (global.get $rts_heap_end) (i32.shl (local.get $k) (i32.const 3))))
        (local.set $w (i64.load (local.get $bounds)))
        (local.set $m (i64.load (i32.add (global.get $rts_ms_marks) (i32.shl (local.get $k) (i32.const 3)))))
        (if (i64.eqz (local.get $m))
          (then
            ;; No block here lives: all join the open run, or the first opens one.
            (if (i64.ne (local.get $w) (i64.const 0))
              (then
                (if (i32.eqz (local.get $run))
                  (then
                    (local.set $keep (i64.and (local.get $w) (i64.sub (i64.const 0) (local.get $w))))
                    (local.set $run (call $rts_ms_address (local.get $k) (local.get $keep))))
                  (else (local.set $keep (i64.const 0))))
                (i64.store (local.get $bounds) (local.get $keep)))))
          (else
            (local.set $keep (local.get $w))
            (block $bits_done
              (loop $next_bit
                (br_if $bits_done (i64.eqz (local.get $w)))
                (local.set $bit (i64.and (local.get $w) (i64.sub (i64.const 0) (local.get $w))))
                (if (i64.ne (i64.and (local.get $m) (local.get $bit)) (i64.const 0))
                  (then
                    (if (local.get $run)
                      (then
                        (local.set $b (call $rts_ms_address (local.get $k) (local.get $bit)))
                        (local.set $free (i64.add (local.get $free)
                                                  (i64.extend_i32_u (i32.sub (local.get $b) (local.get $run)))))
                        (call $rts_ms_free_in_order (local.get $run) (i32.sub (local.get $b) (local.get $run)))
                        (local.set $run (i32.const 0)))))
                  (else
                    (if (local.get $run)
                      (then (local.set $keep (i64.xor (local.get $keep) (local.get $bit))))
                      (else (local.set $run (call $rts_ms_address (local.get $k) (local.get $bit)))))))
                (local.set $w (i64.xor (local.get $w) (local.get $bit)))
                (br $next_bit)))
            (i64.store (local.get $bounds) (local.get $keep))))
        (local.set $k (i32.add (local.get $k) (i32.const 1)))
        (br $word)))
    (if (local.get $run)
      (then
        (local.set $free (i64.add (local.get $free)
                                  (i64.extend_i32_u (i32.sub (global.get $rts_heap_end) (local.get $run)))))
        (call $rts_ms_free_in_order (local.get $run) (i32.sub (global.get $rts_heap_end) (local.get $run)))))
    (memory.fill (global.get $rts_ms_marks) (i32.const 0) (i32.shl (local.get $words) (i32.const 3)))
    (local.get $free))

  ;; The address of the granule of bitmap word k whose bit is the one set in bit.
  (func $rts_ms_address (param $k i32) (param $bit i64) (result i32)
    (i32.add (global.get $rts_heap_start)
             (i32.shl (i32.add (i32.shl (local.get $k) (i32.const 6)) (i32.wrap_i64 (i64.ctz (local.get $bit))))
                      (i32.const 3))))

  ;; Puts the free block [b, b+bytes) at the end of its list (the sweep goes
  ;; up the heap, so the lists come out in address order).
  (func $rts_ms_free_in_order (param $b i32) (param $bytes i32)
    (local $g i32) (local $tail i32)
    (local.set $g (i32.shr_u (local.get $bytes) (i32.const 3)))
    (i32.store (local.get $b) (i32.const 0))
    (i32.store offset=4 (local.get $b) (local.get $bytes))
    (if (i32.lt_u (local.get $g) (i32.const 64))
      (then
        (local.set $tail (i32.add (global.get $rts_ms_tails) (i32.shl (local.get $g) (i32.const 2))))
        (if (i32.load (local.get $tail))
          (then (i32.store (i32.load (local.get $tail)) (local.get $b)))
          (else (i32.store (i32.add (global.get $rts_ms_lists) (i32.shl (local.get $g) (i32.const 2))) (local.get $b))))
        (i32.store (local.get $tail) (local.get $b))
        (global.set $rts_ms_classes
          (i64.or (global.get $rts_ms_classes) (i64.shl (i64.const 1) (i64.extend_i32_u (local.get $g))))))
      (else
        (if (global.get $rts_ms_large_tail)
          (then (i32.store (global.get $rts_ms_large_tail) (local.get $b)))
          (else (global.set $rts_ms_large (local.get $b))))
        (global.set $rts_ms_large_tail (local.get $b)))))
)

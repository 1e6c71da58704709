;; feature gc, alternative copying (the default): a semispace copying collector
;; (Cheney 1970) over the heap layout of decisions/0019.
;; The heap is two equal spaces after the shadow stack; allocation bumps a
;; pointer through the current one. When it is full, everything reachable from
;; the shadow stack is copied into the other space, breadth first, leaving a
;; forwarding word (-2, then the new pointer) in each old block; the spaces
;; then swap. A heap starts at 256 KiB a space; when live data after a
;; collection fills more than half of a space, the spaces double (or grow to
;; fit), as far as memory allows: under memory=fixed the collector works
;; harder as the reservation fills, and "out of memory" comes only when the
;; live data and the request do not fit in half of what is left.
;; With gcstress=every:<N>, every Nth allocation collects first, to flush out
;; a pointer that is not a root. The roots and the layout are walked by
;; gc/common.wat, which calls this file's $rts_gc_visit_slot for each pointer.
(module
  (global $rts_heap_start (mut i32) (i32.const 0))
  (global $rts_space_size (mut i32) (i32.const 0))
  (global $rts_from (mut i32) (i32.const 0))     ;; the current space
  (global $rts_hp (mut i32) (i32.const 0))
  (global $rts_limit (mut i32) (i32.const 0))    ;; end of the current space
  (global $rts_to (mut i32) (i32.const 0))       ;; the other space
  (global $rts_to_hp (mut i32) (i32.const 0))

  (func $rts_init (param $heap_base i32)
    (global.set $rts_heap_start (call $rts_shadow_init (local.get $heap_base)))
    (call $rts_spaces (global.get $rts_heap_start) (i32.const 262144))
    (global.set $rts_hp (global.get $rts_from)))

  ;; Two spaces of size bytes from base; the first becomes current.
  (func $rts_spaces (param $base i32) (param $size i32)
    (local $end i64)
    (local.set $end (i64.add (i64.extend_i32_u (local.get $base)) (i64.shl (i64.extend_i32_u (local.get $size)) (i64.const 1))))
    (if (i64.gt_u (local.get $end) (i64.const 0xfffffff8)) (then (call $rts_out_of_memory)))
    (call $rts_memory_reach (i32.wrap_i64 (local.get $end)))
    (global.set $rts_space_size (local.get $size))
    (global.set $rts_from (local.get $base))
    (global.set $rts_limit (i32.add (local.get $base) (local.get $size)))
    (global.set $rts_to (i32.add (local.get $base) (local.get $size)))
    (call $rts_stats_heap (i64.shl (i64.extend_i32_u (local.get $size)) (i64.const 1))))

  (func $rts_alloc (param $size i32) (result i32)
    (local $p i32) (local $end i32)
    (local.set $size (i32.and (i32.add (local.get $size) (i32.const 7)) (i32.const -8)))
    (if (i32.const ${stats}) (then (call $rts_stats_alloc (local.get $size))))
    (if (call $rts_gc_stress_due) (then (call $rts_collect_for (local.get $size))))
    (local.set $p (global.get $rts_hp))
    (local.set $end (i32.add (local.get $p) (local.get $size)))
    (if (i32.or (i32.gt_u (local.get $end) (global.get $rts_limit)) (i32.lt_u (local.get $end) (local.get $p)))
      (then
        (call $rts_collect_for (local.get $size))
        (local.set $p (global.get $rts_hp))
        (local.set $end (i32.add (local.get $p) (local.get $size)))))
    (global.set $rts_hp (local.get $end))
    (local.get $p))

  (func $rts_alloc_string (param $length i32) (result i32)
    (local $b i32)
    (local.set $b (call $rts_alloc (i32.add (local.get $length) (i32.const 8))))
    (i32.store (local.get $b) (i32.const -1))
    (i32.store offset=4 (local.get $b) (local.get $length))
    (i32.add (local.get $b) (i32.const 4)))

  (func $rts_collect
    (call $rts_collect_for (i32.const 0)))

  ;; Collects so that need more bytes fit in the current space, growing the
  ;; spaces when live data fills more than half of one; one pause for the
  ;; statistics (core/stats.wat), a major collection.
  (func $rts_collect_for (param $need i32)
    (call $rts_stats_gc_begin)
    (call $rts_collect_spaces (local.get $need))
    (call $rts_stats_gc_end (i32.const 1)))

  (func $rts_collect_spaces (param $need i32)
    (local $live i32) (local $want i64) (local $room i64)
    (call $rts_flip)
    (local.set $live (i32.sub (global.get $rts_hp) (global.get $rts_from)))
    (local.set $want (i64.shl (i64.add (i64.extend_i32_u (local.get $live)) (i64.extend_i32_u (local.get $need)))
                              (i64.const 1)))
    (if (i64.le_u (local.get $want) (i64.extend_i32_u (global.get $rts_space_size))) (then (return)))
    ;; Grow: at least double; the new pair goes above both old spaces, so the
    ;; copy into it never overlaps the data it copies.
    (if (i64.lt_u (local.get $want) (i64.shl (i64.extend_i32_u (global.get $rts_space_size)) (i64.const 1)))
      (then (local.set $want (i64.shl (i64.extend_i32_u (global.get $rts_space_size)) (i64.const 1)))))
    (local.set $want (i64.and (i64.add (local.get $want) (i64.const 7)) (i64.const -8)))
    (call $rts_grow (local.get $want) (local.get $need)))

  ;; Moves the live data into a pair of spaces of size bytes each: above the old
  ;; pair when memory allows it, else as large as what is left allows.
  (func $rts_grow (param $size i64) (param $need i32)
    (local $old_end i32) (local $base i32) (local $top i64) (local $avail i64) (local $s i32)
    (local.set $old_end (i32.add (global.get $rts_heap_start) (i32.shl (global.get $rts_space_size) (i32.const 1))))
    (local.set $base (select (global.get $rts_from) (global.get $rts_to) (i32.gt_u (global.get $rts_from) (global.get $rts_to))))
    (local.set $base (i32.add (local.get $base) (global.get $rts_space_size)))
    ;; The copy goes above the current data: from base (after the higher space).
    (local.set $top (i64.add (i64.extend_i32_u (local.get $base)) (local.get $size)))
    (if (i32.eqz (call $rts_can_reach (local.get $top)))
      (then
        ;; Not that much: whatever fits above, if the live data and the request do.
        (local.set $avail (i64.sub (call $rts_reachable) (i64.extend_i32_u (local.get $base))))
        (local.set $size (i64.and (local.get $avail) (i64.const -8)))
        (if (i64.lt_u (local.get $size)
                      (i64.extend_i32_u (i32.add (i32.sub (global.get $rts_hp) (global.get $rts_from)) (local.get $need))))
          (then (call $rts_out_of_memory)))))
    (local.set $s (i32.wrap_i64 (local.get $size)))
    (call $rts_memory_reach (i32.wrap_i64 (i64.add (i64.extend_i32_u (local.get $base)) (local.get $size))))
    ;; Copy into [base, base+s), then make the pair [heap_start, heap_start+s') and
    ;; [base, base+s) when they do not overlap, else keep base's space alone with the lower one.
    (global.set $rts_to (local.get $base))
    (global.set $rts_to_hp (local.get $base))
    (call $rts_copy_all)
    (global.set $rts_from (local.get $base))
    (global.set $rts_hp (global.get $rts_to_hp))
    (global.set $rts_limit (i32.add (local.get $base) (local.get $s)))
    ;; The other space: below base when it fits there, else above.
    (if (i32.le_u (i32.add (global.get $rts_heap_start) (local.get $s)) (local.get $base))
      (then (global.set $rts_to (global.get $rts_heap_start)))
      (else
        (global.set $rts_to (i32.add (local.get $base) (local.get $s)))
        (if (i32.eqz (call $rts_can_reach (i64.add (i64.extend_i32_u (global.get $rts_to)) (i64.extend_i32_u (local.get $s)))))
          (then (call $rts_out_of_memory)))
        (call $rts_memory_reach (i32.add (global.get $rts_to) (local.get $s)))))
    (global.set $rts_space_size (local.get $s))
    ;; The heap's footprint: from its start to the end of the higher space
    ;; (the old pair's memory below the new one is reused, not given back).
    (call $rts_stats_heap (i64.extend_i32_u (i32.sub
      (i32.add (select (global.get $rts_from) (global.get $rts_to) (i32.gt_u (global.get $rts_from) (global.get $rts_to)))
               (local.get $s))
      (global.get $rts_heap_start)))))

  ;; Whether memory can be made to reach end (exclusive), asking for it if so.
  (func $rts_can_reach (param $end i64) (result i32)
    (if (i64.gt_u (local.get $end) (i64.const 0xfffffff8)) (then (return (i32.const 0))))
    (i64.le_u (local.get $end) (call $rts_reachable)))

  ;; How far memory can reach: the memory alternative's limit (rts_memory_limit).
  (func $rts_reachable (result i64)
    (call $rts_memory_limit))

  ;; A collection into the other space; the spaces swap.
  (func $rts_flip
    (local $old i32)
    (global.set $rts_to_hp (global.get $rts_to))
    (call $rts_copy_all)
    (local.set $old (global.get $rts_from))
    (global.set $rts_from (global.get $rts_to))
    (global.set $rts_to (local.get $old))
    (global.set $rts_hp (global.get $rts_to_hp))
    (global.set $rts_limit (i32.add (global.get $rts_from) (global.get $rts_space_size))))

  ;; Copies everything reachable from the shadow stack into to (from to_hp on):
  ;; the roots first, then each copied object in turn, breadth first.
  (func $rts_copy_all
    (local $scan i32)
    (call $rts_gc_scan_roots)
    (local.set $scan (global.get $rts_to))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $scan) (global.get $rts_to_hp)))
        (call $rts_gc_scan_object (local.get $scan))
        (local.set $scan (i32.add (local.get $scan) (call $rts_gc_object_size (local.get $scan))))
        (br $next))))

  ;; A slot that holds a pointer (gc/common.wat's walks): it gets the new address.
  (func $rts_gc_visit_slot (param $slot i32)
    (i32.store (local.get $slot) (call $rts_copy (i32.load (local.get $slot)))))

  ;; The new address of what p points to: p itself when it is outside the
  ;; current space (static data, null), else its copy, made on first sight.
  ;; A string is copied at its current length: a tail it lost when it shrank
  ;; is left behind.
  (func $rts_copy (param $p i32) (result i32)
    (local $block i32) (local $size i32) (local $new i32)
    (if (i32.or (i32.lt_u (local.get $p) (global.get $rts_from)) (i32.ge_u (local.get $p) (global.get $rts_limit)))
      (then (return (local.get $p))))
    (local.set $block (i32.and (local.get $p) (i32.const -8)))
    (if (i32.eq (i32.load (local.get $block)) (i32.const -2)) (then (return (i32.load offset=4 (local.get $block)))))
    (local.set $size (call $rts_gc_object_size (local.get $block)))
    (local.set $new (global.get $rts_to_hp))
    (memory.copy (local.get $new) (local.get $block) (local.get $size))
    (global.set $rts_to_hp (i32.add (local.get $new) (local.get $size)))
    (local.set $new (i32.add (local.get $new) (i32.sub (local.get $p) (local.get $block))))
    (i32.store (local.get $block) (i32.const -2))
    (i32.store offset=4 (local.get $block) (local.get $new))
    (local.get $new))
)

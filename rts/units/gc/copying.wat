;; feature gc, alternative copying (the default): a generational copying
;; collector over the heap layout of decisions/0019, with a nursery that is
;; reused (decisions/0021).
;;
;; A heap is a value: a descriptor in a region of its own (below), a nursery
;; and an old space, each a region from memory/pages.wat. Allocation bumps a
;; pointer through the nursery. When the nursery is full, a minor collection
;; copies what is reachable in it from the shadow stack into the old space
;; (Cheney 1970, breadth first, a forwarding word -2 and the new pointer left
;; in each old block), and the nursery is used again from its start, so that
;; short-lived allocation stays in cache. Old objects are never scanned by a
;; minor collection: Weft's data is immutable and every object is complete
;; before anything else is allocated (the compiler's evaluation order, and the
;; RTS's own code), so nothing old can point to something younger. When the
;; old space might not hold the nursery's survivors, a major collection copies
;; what is reachable in both into a new old space, large enough for all that
;; may survive and trimmed afterwards to twice the live data plus room for
;; two nurseries' survivors (grown in place instead when that is more), and
;; the previous old space is given back.
;;
;; A heap is born with a nursery of 2 KiB and no old space; its nursery
;; doubles at each collection that found it at least half full, up to
;; 256 KiB, so a heap that allocates little stays small and one that
;; allocates much soon collects in cache, and on up to 4 MiB (a 32nd of the
;; memory limit under memory=fixed) while much of it survives minor
;; collections (binary-trees' trees of a few MiB then die young instead of in
;; the old space). A request
;; larger than the nursery gets a nursery of its size until the next
;; collection. Under memory=fixed the collector works harder as the
;; reservation fills (smaller old spaces, more major collections), and "out of
;; memory" comes only when no region holds what may survive. With
;; gcstress=every:<N>, every Nth allocation collects first, to flush out a
;; pointer that is not a root. The roots and the layout are walked by
;; gc/common.wat, which calls this file's $rts_gc_visit_slot for each pointer;
;; a pointer outside the heap being collected (null, static data, another
;; heap) is left alone. It reports to core/stats.wat (weft run --stats):
;; minor and major collections, and through memory/pages.wat the regions.
;;
;; The descriptor, 28 bytes in a region of 32: [hp][nursery][nursery end]
;; [old space][old space's size][old space's hp][the nursery's next size].
;; The current heap's hp, nursery and nursery end live in globals;
;; $rts_heap_enter saves them and loads another heap's.
(module
  (global $rts_heap (mut i32) (i32.const 0))     ;; the current heap's descriptor
  (global $rts_hp (mut i32) (i32.const 0))
  (global $rts_nursery (mut i32) (i32.const 0))
  (global $rts_limit (mut i32) (i32.const 0))    ;; the nursery's end
  ;; During a collection: where copies go, and the two ranges being emptied.
  (global $rts_to_hp (mut i32) (i32.const 0))
  (global $rts_from1 (mut i32) (i32.const 0))
  (global $rts_from1_end (mut i32) (i32.const 0))
  (global $rts_from2 (mut i32) (i32.const 0))
  (global $rts_from2_end (mut i32) (i32.const 0))

  (func $rts_init (param $heap_base i32)
    (call $rts_regions_init (call $rts_shadow_init (local.get $heap_base)))
    (call $rts_heap_enter (call $rts_heap_new)))

  ;; A new heap: a nursery of 2 KiB, no old space yet.
  (func $rts_heap_new (result i32)
    (local $h i32) (local $n i32)
    (local.set $h (call $rts_region_alloc (i32.const 32)))
    (local.set $n (call $rts_region_alloc (i32.const 2048)))
    (if (i32.or (i32.eqz (local.get $h)) (i32.eqz (local.get $n))) (then (call $rts_out_of_memory)))
    (memory.fill (local.get $h) (i32.const 0) (i32.const 32))
    (i32.store (local.get $h) (local.get $n))
    (i32.store offset=4 (local.get $h) (local.get $n))
    (i32.store offset=8 (local.get $h) (i32.add (local.get $n) (i32.const 2048)))
    (i32.store offset=24 (local.get $h) (i32.const 4096))
    (local.get $h))

  ;; Makes h the heap that allocation and collection use.
  (func $rts_heap_enter (param $h i32)
    (if (global.get $rts_heap) (then (i32.store (global.get $rts_heap) (global.get $rts_hp))))
    (global.set $rts_heap (local.get $h))
    (global.set $rts_hp (i32.load (local.get $h)))
    (global.set $rts_nursery (i32.load offset=4 (local.get $h)))
    (global.set $rts_limit (i32.load offset=8 (local.get $h))))

  (func $rts_heap_current (result i32)
    (global.get $rts_heap))

  ;; Gives back the regions of h, which is not the current heap.
  (func $rts_heap_release (param $h i32)
    (call $rts_region_free (i32.load offset=4 (local.get $h))
                           (i32.sub (i32.load offset=8 (local.get $h)) (i32.load offset=4 (local.get $h))))
    (if (i32.load offset=12 (local.get $h))
      (then (call $rts_region_free (i32.load offset=12 (local.get $h)) (i32.load offset=16 (local.get $h)))))
    (call $rts_region_free (local.get $h) (i32.const 32)))

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

  ;; Objects laid out one after another in one allocation (proc/copy.wat):
  ;; nothing to record, the collector walks them by their headers.
  (func $rts_block_carved (param $block i32) (param $size i32))

  (func $rts_collect
    (call $rts_collect_for (i32.const 0)))

  ;; Collects the current heap so that need more bytes fit in its nursery:
  ;; one pause for the statistics (core/stats.wat), minor or major.
  (func $rts_collect_for (param $need i32)
    (local $h i32) (local $used i32) (local $major i32) (local $next i32) (local $survived i32)
    (if (i32.gt_u (local.get $need) (i32.const 0x7ffffff0)) (then (call $rts_out_of_memory)))
    (call $rts_stats_gc_begin)
    (local.set $h (global.get $rts_heap))
    (local.set $used (i32.sub (global.get $rts_hp) (global.get $rts_nursery)))
    ;; Minor when the old space surely holds every survivor, else major.
    (local.set $major
      (i32.lt_u (i32.sub (i32.load offset=16 (local.get $h))
                         (i32.sub (i32.load offset=20 (local.get $h)) (i32.load offset=12 (local.get $h))))
                (local.get $used)))
    (local.set $survived (i32.load offset=20 (local.get $h)))
    (if (local.get $major)
      (then (call $rts_major))
      (else (call $rts_minor)))
    (local.set $survived (i32.sub (i32.load offset=20 (local.get $h)) (local.get $survived)))
    ;; The nursery, empty now: its next size, or the request's when larger.
    ;; When it was at least half full, it doubles up to 256 KiB, and on to
    ;; 4 MiB (or a 32nd of what memory may reach, when less) after a minor
    ;; collection where more than an eighth of it survived: objects promoted
    ;; before they had time to die.
    (local.set $next (i32.load offset=24 (local.get $h)))
    (if (i32.and (i32.ge_u (i32.shl (local.get $used) (i32.const 1))
                           (i32.sub (global.get $rts_limit) (global.get $rts_nursery)))
                 (i32.or (i32.lt_u (local.get $next) (i32.const 262144))
                         (i32.and (i64.lt_u (i64.extend_i32_u (local.get $next))
                                            (call $rts_nursery_cap))
                                  (i32.and (i32.eqz (local.get $major))
                                           (i32.gt_u (i32.shl (local.get $survived) (i32.const 3)) (local.get $used))))))
      (then (i32.store offset=24 (local.get $h) (i32.shl (local.get $next) (i32.const 1)))))
    (if (i32.lt_u (local.get $next) (local.get $need)) (then (local.set $next (local.get $need))))
    (call $rts_nursery_resize (local.get $next))
    (call $rts_stats_gc_end (local.get $major)))

  ;; The largest nursery: 4 MiB, or a 32nd of what memory may reach.
  (func $rts_nursery_cap (result i64)
    (select (i64.const 4194304) (i64.shr_u (call $rts_memory_limit) (i64.const 5))
            (i64.lt_u (i64.const 4194304) (i64.shr_u (call $rts_memory_limit) (i64.const 5)))))

  ;; Makes the (empty) nursery size bytes, keeping it when it has that size
  ;; already or when memory holds no other.
  (func $rts_nursery_resize (param $size i32)
    (local $n i32) (local $have i32)
    (local.set $have (i32.sub (global.get $rts_limit) (global.get $rts_nursery)))
    (if (i32.ne (local.get $size) (local.get $have))
      (then
        (call $rts_region_free (global.get $rts_nursery) (local.get $have))
        (local.set $n (call $rts_region_alloc (local.get $size)))
        (if (i32.eqz (local.get $n))
          (then
            ;; Not that much: the old size again, when the request fits in it.
            (if (i32.lt_u (local.get $have) (local.get $size)) (then (call $rts_out_of_memory)))
            (local.set $size (local.get $have))
            (local.set $n (call $rts_region_alloc (local.get $size)))
            (if (i32.eqz (local.get $n)) (then (call $rts_out_of_memory)))))
        (global.set $rts_nursery (local.get $n))
        (global.set $rts_limit (i32.add (local.get $n) (local.get $size)))
        (i32.store offset=4 (global.get $rts_heap) (local.get $n))
        (i32.store offset=8 (global.get $rts_heap) (global.get $rts_limit))))
    (global.set $rts_hp (global.get $rts_nursery)))

  ;; The nursery's survivors into the old space, after its hp.
  (func $rts_minor
    (local $h i32)
    (local.set $h (global.get $rts_heap))
    (global.set $rts_from1 (global.get $rts_nursery))
    (global.set $rts_from1_end (global.get $rts_hp))
    (global.set $rts_from2 (i32.const 0))
    (global.set $rts_from2_end (i32.const 0))
    (i32.store offset=20 (local.get $h) (call $rts_copy_all (i32.load offset=20 (local.get $h)))))

  ;; Everything reachable, in the nursery and the old space, into a new old
  ;; space: one that holds all that may survive, trimmed (or grown in place)
  ;; once the copy says how much did, to twice the live data and room for two
  ;; nurseries' survivors. The previous old space is given back.
  (func $rts_major
    (local $h i32) (local $old i32) (local $old_used i32) (local $bound i64)
    (local $space i32) (local $size i32) (local $live i32) (local $want i64)
    (local.set $h (global.get $rts_heap))
    (local.set $old (i32.load offset=12 (local.get $h)))
    (local.set $old_used (i32.sub (i32.load offset=20 (local.get $h)) (local.get $old)))
    ;; What may survive: all of the old space's data and the nursery's.
    (local.set $bound (i64.add (i64.extend_i32_u (local.get $old_used))
                               (i64.extend_i32_u (i32.sub (global.get $rts_hp) (global.get $rts_nursery)))))
    (if (i64.gt_u (local.get $bound) (i64.const 0xfffffff0)) (then (call $rts_out_of_memory)))
    (local.set $size (i32.wrap_i64 (local.get $bound)))
    (local.set $space (call $rts_region_alloc (local.get $size)))
    (if (i32.eqz (local.get $space)) (then (call $rts_out_of_memory)))
    (global.set $rts_from1 (global.get $rts_nursery))
    (global.set $rts_from1_end (global.get $rts_hp))
    (global.set $rts_from2 (local.get $old))
    (global.set $rts_from2_end (i32.add (local.get $old) (local.get $old_used)))
    (local.set $live (i32.sub (call $rts_copy_all (local.get $space)) (local.get $space)))
    (if (local.get $old)
      (then (call $rts_region_free (local.get $old) (i32.load offset=16 (local.get $h)))))
    (local.set $want (i64.add (i64.shl (i64.extend_i32_u (local.get $live)) (i64.const 1))
                              (i64.extend_i32_u (i32.shl (i32.load offset=24 (local.get $h)) (i32.const 1)))))
    (if (i64.gt_u (local.get $want) (i64.const 0xfffffff0)) (then (local.set $want (i64.const 0xfffffff0))))
    (if (i64.lt_u (local.get $want) (i64.extend_i32_u (local.get $size)))
      (then
        (call $rts_region_shrink (local.get $space) (local.get $size) (i32.wrap_i64 (local.get $want)))
        (local.set $size (i32.wrap_i64 (local.get $want))))
      (else
        (if (call $rts_region_extend (local.get $space) (local.get $size) (i32.wrap_i64 (local.get $want)))
          (then (local.set $size (i32.wrap_i64 (local.get $want)))))))
    (i32.store offset=12 (local.get $h) (local.get $space))
    (i32.store offset=16 (local.get $h) (local.get $size))
    (i32.store offset=20 (local.get $h) (i32.add (local.get $space) (local.get $live))))

  ;; Copies everything reachable from the shadow stack that lies in the
  ;; ranges being emptied to to (and on): the roots first, then each copied
  ;; object in turn, breadth first. Returns where the copies end.
  (func $rts_copy_all (param $to i32) (result i32)
    (local $scan i32)
    (global.set $rts_to_hp (local.get $to))
    (call $rts_gc_scan_roots)
    (local.set $scan (local.get $to))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $scan) (global.get $rts_to_hp)))
        (call $rts_gc_scan_object (local.get $scan))
        (local.set $scan (i32.add (local.get $scan) (call $rts_object_size (local.get $scan))))
        (br $next)))
    (global.get $rts_to_hp))

  ;; A slot that holds a pointer (gc/common.wat's walks): it gets the new address.
  (func $rts_gc_visit_slot (param $slot i32)
    (i32.store (local.get $slot) (call $rts_copy (i32.load (local.get $slot)))))

  ;; The new address of what p points to: p itself when it is outside the
  ;; ranges being emptied (static data, null, the old space in a minor
  ;; collection, another heap), else its copy, made on first sight. A string
  ;; is copied at its current length: a tail it lost when it shrank is left
  ;; behind.
  (func $rts_copy (param $p i32) (result i32)
    (local $block i32) (local $size i32) (local $new i32)
    (if (i32.and (i32.ge_u (i32.sub (local.get $p) (global.get $rts_from1))
                           (i32.sub (global.get $rts_from1_end) (global.get $rts_from1)))
                 (i32.ge_u (i32.sub (local.get $p) (global.get $rts_from2))
                           (i32.sub (global.get $rts_from2_end) (global.get $rts_from2))))
      (then (return (local.get $p))))
    (local.set $block (i32.and (local.get $p) (i32.const -8)))
    (if (i32.eq (i32.load (local.get $block)) (i32.const -2)) (then (return (i32.load offset=4 (local.get $block)))))
    (local.set $size (call $rts_object_size (local.get $block)))
    (local.set $new (global.get $rts_to_hp))
    (memory.copy (local.get $new) (local.get $block) (local.get $size))
    (global.set $rts_to_hp (i32.add (local.get $new) (local.get $size)))
    (local.set $new (i32.add (local.get $new) (i32.sub (local.get $p) (local.get $block))))
    (i32.store (local.get $block) (i32.const -2))
    (i32.store offset=4 (local.get $block) (local.get $new))
    (local.get $new))
)

;; feature gc, alternative none: the bump allocator, which never collects.
;; Allocation moves a heap pointer up, 8-byte aligned, and nothing is ever
;; freed: the fastest for short runs, and the baseline the collectors are
;; measured against (docs/performance.md).
;;
;; A heap is a value (decisions/0021): a descriptor [hp][limit][chunk][size]
;; in a region of its own, and a chain of chunks, regions from
;; memory/pages.wat whose first 8 bytes hold [previous chunk][its size]. The
;; current heap's hp and limit are cached in globals; $rts_heap_enter saves
;; them and loads another heap's. A heap is born with a chunk of 2 KiB; a full
;; chunk grows in place when what follows it is free (the common case for one
;; heap at the top of memory), else a chunk twice its size (or as large as
;; the request) follows it. When memory holds no more, the program stops with
;; the runtime error "out of memory".
(module
  (global $rts_hp (mut i32) (i32.const 0))
  ;; The end of the current chunk: allocation below it needs no call.
  (global $rts_heap_limit (mut i32) (i32.const 0))
  ;; The current heap's descriptor.
  (global $rts_heap (mut i32) (i32.const 0))

  (func $rts_init (param $heap_base i32)
    (call $rts_regions_init (call $rts_shadow_init (local.get $heap_base)))
    (call $rts_heap_enter (call $rts_heap_new)))

  ;; A new heap with an empty chunk of 2 KiB.
  (func $rts_heap_new (result i32)
    (local $h i32) (local $chunk i32)
    (local.set $h (call $rts_region_alloc (i32.const 16)))
    (local.set $chunk (call $rts_region_alloc (i32.const 2048)))
    (if (i32.or (i32.eqz (local.get $h)) (i32.eqz (local.get $chunk))) (then (call $rts_out_of_memory)))
    (i32.store (local.get $chunk) (i32.const 0))
    (i32.store offset=4 (local.get $chunk) (i32.const 2048))
    (i32.store (local.get $h) (i32.add (local.get $chunk) (i32.const 8)))
    (i32.store offset=4 (local.get $h) (i32.add (local.get $chunk) (i32.const 2048)))
    (i32.store offset=8 (local.get $h) (local.get $chunk))
    (local.get $h))

  ;; Makes h the heap that allocation uses.
  (func $rts_heap_enter (param $h i32)
    (if (global.get $rts_heap)
      (then
        (i32.store (global.get $rts_heap) (global.get $rts_hp))
        (i32.store offset=4 (global.get $rts_heap) (global.get $rts_heap_limit))))
    (global.set $rts_heap (local.get $h))
    (global.set $rts_hp (i32.load (local.get $h)))
    (global.set $rts_heap_limit (i32.load offset=4 (local.get $h))))

  (func $rts_heap_current (result i32)
    (global.get $rts_heap))

  ;; Gives back every chunk of h, which is not the current heap, and h itself.
  (func $rts_heap_release (param $h i32)
    (local $chunk i32) (local $prev i32)
    (local.set $chunk (i32.load offset=8 (local.get $h)))
    (block $done
      (loop $next
        (br_if $done (i32.eqz (local.get $chunk)))
        (local.set $prev (i32.load (local.get $chunk)))
        (call $rts_region_free (local.get $chunk) (i32.load offset=4 (local.get $chunk)))
        (local.set $chunk (local.get $prev))
        (br $next)))
    (call $rts_region_free (local.get $h) (i32.const 16)))

  (func $rts_alloc (param $size i32) (result i32)
    (local $p i32) (local $end i32)
    (local.set $p (global.get $rts_hp))
    (local.set $end (i32.and (i32.add (i32.add (local.get $p) (local.get $size)) (i32.const 7)) (i32.const -8)))
    (if (i32.or (i32.gt_u (local.get $end) (global.get $rts_heap_limit)) (i32.lt_u (local.get $end) (local.get $p)))
      (then
        (call $rts_heap_more (local.get $size))
        (local.set $p (global.get $rts_hp))
        (local.set $end (i32.and (i32.add (i32.add (local.get $p) (local.get $size)) (i32.const 7)) (i32.const -8)))))
    (global.set $rts_hp (local.get $end))
    (if (i32.const ${stats}) (then (call $rts_stats_alloc (i32.sub (local.get $end) (local.get $p)))))
    (local.get $p))

  ;; Room for size more bytes: the chunk grows in place, or a new one follows it.
  (func $rts_heap_more (param $size i32)
    (local $chunk i32) (local $have i32) (local $more i32) (local $new i32)
    (if (i32.gt_u (local.get $size) (i32.const 0x7ffffff0)) (then (call $rts_out_of_memory)))
    (local.set $size (i32.and (i32.add (local.get $size) (i32.const 15)) (i32.const -8)))
    (local.set $chunk (i32.load offset=8 (global.get $rts_heap)))
    (local.set $have (i32.load offset=4 (local.get $chunk)))
    (local.set $more (select (local.get $have) (local.get $size) (i32.gt_u (local.get $have) (local.get $size))))
    (if (i32.gt_u (local.get $more) (i32.sub (i32.const 0x7ffffff0) (local.get $have))) (then (call $rts_out_of_memory)))
    (if (call $rts_region_extend (local.get $chunk) (local.get $have) (i32.add (local.get $have) (local.get $more)))
      (then
        (i32.store offset=4 (local.get $chunk) (i32.add (local.get $have) (local.get $more)))
        (global.set $rts_heap_limit (i32.add (local.get $chunk) (i32.add (local.get $have) (local.get $more))))
        (return)))
    ;; A new chunk: twice the old one, or just large enough when that cannot be had.
    (local.set $more (i32.add (local.get $more) (i32.const 8)))
    (local.set $new (call $rts_region_alloc (i32.shl (local.get $more) (i32.const 1))))
    (if (local.get $new)
      (then (local.set $more (i32.shl (local.get $more) (i32.const 1))))
      (else
        (local.set $more (i32.add (local.get $size) (i32.const 8)))
        (local.set $new (call $rts_region_alloc (local.get $more)))
        (if (i32.eqz (local.get $new)) (then (call $rts_out_of_memory)))))
    (i32.store (local.get $new) (local.get $chunk))
    (i32.store offset=4 (local.get $new) (local.get $more))
    (i32.store offset=8 (global.get $rts_heap) (local.get $new))
    (global.set $rts_hp (i32.add (local.get $new) (i32.const 8)))
    (global.set $rts_heap_limit (i32.add (local.get $new) (local.get $more))))

  ;; A string of length bytes (decisions/0019): the marker -1, then the length; the bytes are the caller's.
  (func $rts_alloc_string (param $length i32) (result i32)
    (local $b i32)
    (local.set $b (call $rts_alloc (i32.add (local.get $length) (i32.const 8))))
    (i32.store (local.get $b) (i32.const -1))
    (i32.store offset=4 (local.get $b) (local.get $length))
    (i32.add (local.get $b) (i32.const 4)))

  ;; Objects laid out one after another in one allocation (proc/copy.wat):
  ;; nothing to record, the collector walks them by their headers.
  (func $rts_block_carved (param $block i32) (param $size i32))

  (func $rts_collect)
)

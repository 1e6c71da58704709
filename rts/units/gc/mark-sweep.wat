;; feature gc, alternative mark-sweep: a non-moving precise collector over the
;; heap layout of decisions/0019. Choose it when memory is tight (memory=fixed)
;; or objects must stay where they were made, or to compare against the
;; copying collector: it needs no second space, so the same memory holds about
;; twice the live data, but allocation takes a free list instead of a bump, a
;; collection sweeps the whole heap, and free space fragments.
;;
;; A heap is a value (decisions/0021): a descriptor in a region of its own
;; (below) and one or more segments, each a region from memory/pages.wat laid
;; out as [header][heap: 8-byte granules][bounds bitmap][marks bitmap], one bit
;; per granule in each bitmap: the bounds (bit set where a block, free or in
;; use, starts; a block runs to the next set bit or the segment's end) and the
;; marks (set during a collection at the start of each block reached).
;; Keeping both off the objects leaves each object's word 0, the tag the
;; program reads, untouched, and makes a block's size the collector's own
;; record: core/strings.wat's show_string and show_char store a length shorter
;; than they allocated, and the whole block is still freed when it dies. A
;; block never spans two segments. The current heap's state that allocation
;; reads is cached in globals; $rts_heap_enter saves it in the descriptor and
;; loads another heap's.
;;
;; Allocation takes, for a request of g granules: the head of the free list of
;; exactly g granules (one list per size from 1 to 63 granules, 8 to 504
;; bytes); else a bump through the current chunk; else a new chunk, the first
;; block of the list of large free blocks (64 granules and up) that holds the
;; request (what is left of the old chunk goes to its list); else a larger
;; small block, split. When all fail it collects the current heap: marking
;; from the shadow stack (gc/common.wat walks the roots and the slots) with an
;; explicit mark stack, then an eager sweep of every segment that joins each
;; run of unmarked blocks into one free block and rebuilds the lists in sweep
;; order. A pointer is looked up in the heap's segments, largest first (the
;; largest is tried without a memory load); one in no segment of the current
;; heap (null, static data, another heap) is left alone.
;;
;; Growth. A heap is born with one segment of 2 KiB of granules, so that many
;; heaps are cheap. When the live data after a collection (and the request
;; that caused it) fills more than 3/4 of the heap, the heap grows to at least
;; twice its size (or to 4/3 of that live data, when more); when, below that,
;; no free block holds a request, the heap grows by the request (at least
;; doubling). Growth first extends the largest segment in place when what
;; follows its region is free (the usual case for a program with one heap, at
;; the top of memory): the bitmaps move up to the new end and the space they
;; held joins the free space. Else a new segment follows, at least as large as
;; the heap so far (so segments are few: one per doubling), kept in the list
;; in order of size. Under memory=fixed,
;; when that much is not to be had, growth tries halves down to what the
;; request needs; "out of memory" comes only when, after a collection, no
;; region holds what the heap needs (the free space may be there but in
;; pieces: nothing moves).
;; The policy was chosen on bench/run's binary_trees at depth 18 under
;; memory=grow (Wasmtime, best of 5): growing past 1/2 full to at least twice
;; the heap took 2.09 s and 78 MiB of memory (76 collections); past 3/4 full,
;; at least doubling, 2.43 s and 37 MiB (98 collections); past 3/4 full to
;; just 4/3 of the live data, 2.50 s and 37 MiB (118 collections, and no less
;; memory: the live data's peak, the stretch tree, takes a heap of about 32
;; MiB either way). Half the memory for about 15% more time: 3/4 and doubling.
;; (The collector before heaps were values, one heap from 256 KiB growing past
;; 1/2 full: 2.17 s and 70 MiB.)
;;
;; The mark stack (32 KiB, 8,192 blocks) and the small lists' tails during a
;; sweep are one region shared by all heaps (one collection at a time), taken
;; by $rts_init. When the mark stack is full, a block is marked but not pushed
;; and the overflow flag is set; after the stack drains, every marked block of
;; every segment is scanned again until a pass overflows no more (each pass
;; marks at least one block more, so this ends). With gcstress=every:<N>,
;; every Nth allocation collects first. It reports to core/stats.wat (weft run
;; --stats): every collection is a major one; the regions, and so the peak
;; memory, are counted by memory/pages.wat.
;;
;; The descriptor, 296 bytes: the heads of the 64 small lists (class c at 4c,
;; class 0 unused), then at 256 the class mask (i64, bit c set when list c is
;; not empty), 264 the list of large free blocks, 268 the chunk [bump,
;; bump_end) and at 276 and 280 where the granules and the bounds of the
;; chunk's segment start, 284 the segments, 288 the heap's bytes of granules
;; (all segments). A segment's header, 32 bytes: [next segment][its region's
;; size][granules' start][granules' end = the bounds bitmap][marks bitmap];
;; its granules are a multiple of 512 bytes, so each bitmap is whole i64
;; words. A free block holds [next free block][its size in bytes]; nothing
;; reads a free block's header but the allocator.
(module
  ;; The current heap: its descriptor (whose first 256 bytes are the small
  ;; lists' heads) and the fields of it that allocation reads, cached.
  (global $rts_heap (mut i32) (i32.const 0))
  (global $rts_ms_classes (mut i64) (i64.const 0))     ;; bit c set when small list c is not empty
  (global $rts_ms_large (mut i32) (i32.const 0))       ;; the list of large free blocks
  (global $rts_bump (mut i32) (i32.const 0))           ;; the current chunk: [bump, bump_end)
  (global $rts_bump_end (mut i32) (i32.const 0))
  (global $rts_ms_bump_start (mut i32) (i32.const 0))  ;; where the chunk's segment's granules start
  (global $rts_ms_bump_bounds (mut i32) (i32.const 0)) ;; and its bounds bitmap
  (global $rts_ms_segments (mut i32) (i32.const 0))    ;; the segments, largest first
  (global $rts_ms_size (mut i32) (i32.const 0))        ;; bytes of granules, all segments
  ;; Shared by all heaps: the sweep's tails and the mark stack [stack, stack_end).
  (global $rts_ms_tails (mut i32) (i32.const 0))       ;; tails of the small lists, during a sweep
  (global $rts_ms_large_tail (mut i32) (i32.const 0))  ;; the large list's tail, during a sweep
  (global $rts_ms_stack (mut i32) (i32.const 0))
  (global $rts_ms_stack_end (mut i32) (i32.const 0))
  (global $rts_ms_sp (mut i32) (i32.const 0))          ;; next free entry of the mark stack
  (global $rts_ms_overflow (mut i32) (i32.const 0))    ;; a marked block was not pushed
  ;; During marking: the largest segment's granules [first_start, first_start + first_size) and marks.
  (global $rts_ms_first_start (mut i32) (i32.const 0))
  (global $rts_ms_first_size (mut i32) (i32.const 0))
  (global $rts_ms_first_marks (mut i32) (i32.const 0))

  (func $rts_init (param $heap_base i32)
    (local $shared i32)
    (call $rts_regions_init (call $rts_shadow_init (local.get $heap_base)))
    (local.set $shared (call $rts_region_alloc (i32.const 33024)))
    (if (i32.eqz (local.get $shared)) (then (call $rts_out_of_memory)))
    (global.set $rts_ms_tails (local.get $shared))
    (global.set $rts_ms_stack (i32.add (local.get $shared) (i32.const 256)))
    (global.set $rts_ms_stack_end (i32.add (global.get $rts_ms_stack) (i32.const 32768)))
    (call $rts_heap_enter (call $rts_heap_new)))

  ;; ---- heaps ----

  ;; A new heap: one segment of 2 KiB, all of it the current chunk.
  (func $rts_heap_new (result i32)
    (local $h i32) (local $seg i32)
    (local.set $h (call $rts_region_alloc (i32.const 296)))
    (if (i32.eqz (local.get $h)) (then (call $rts_out_of_memory)))
    (local.set $seg (call $rts_ms_segment_new (i32.const 2048)))
    (if (i32.eqz (local.get $seg)) (then (call $rts_out_of_memory)))
    (memory.fill (local.get $h) (i32.const 0) (i32.const 296))
    (i32.store offset=268 (local.get $h) (i32.load offset=8 (local.get $seg)))
    (i32.store offset=272 (local.get $h) (i32.load offset=12 (local.get $seg)))
    (i32.store offset=276 (local.get $h) (i32.load offset=8 (local.get $seg)))
    (i32.store offset=280 (local.get $h) (i32.load offset=12 (local.get $seg)))
    (i32.store offset=284 (local.get $h) (local.get $seg))
    (i32.store offset=288 (local.get $h) (i32.const 2048))
    (local.get $h))

  ;; Makes h the heap that allocation and collection use.
  (func $rts_heap_enter (param $h i32)
    (local $c i32)
    (local.set $c (global.get $rts_heap))
    (if (local.get $c)
      (then
        (i64.store offset=256 (local.get $c) (global.get $rts_ms_classes))
        (i32.store offset=264 (local.get $c) (global.get $rts_ms_large))
        (i32.store offset=268 (local.get $c) (global.get $rts_bump))
        (i32.store offset=272 (local.get $c) (global.get $rts_bump_end))
        (i32.store offset=276 (local.get $c) (global.get $rts_ms_bump_start))
        (i32.store offset=280 (local.get $c) (global.get $rts_ms_bump_bounds))
        (i32.store offset=284 (local.get $c) (global.get $rts_ms_segments))
        (i32.store offset=288 (local.get $c) (global.get $rts_ms_size))))
    (global.set $rts_heap (local.get $h))
    (global.set $rts_ms_classes (i64.load offset=256 (local.get $h)))
    (global.set $rts_ms_large (i32.load offset=264 (local.get $h)))
    (global.set $rts_bump (i32.load offset=268 (local.get $h)))
    (global.set $rts_bump_end (i32.load offset=272 (local.get $h)))
    (global.set $rts_ms_bump_start (i32.load offset=276 (local.get $h)))
    (global.set $rts_ms_bump_bounds (i32.load offset=280 (local.get $h)))
    (global.set $rts_ms_segments (i32.load offset=284 (local.get $h)))
    (global.set $rts_ms_size (i32.load offset=288 (local.get $h))))

  (func $rts_heap_current (result i32)
    (global.get $rts_heap))

  ;; Gives back every segment of h, which is not the current heap, and h itself.
  (func $rts_heap_release (param $h i32)
    (local $seg i32) (local $next i32)
    (local.set $seg (i32.load offset=284 (local.get $h)))
    (block $done
      (loop $each
        (br_if $done (i32.eqz (local.get $seg)))
        (local.set $next (i32.load (local.get $seg)))
        (call $rts_region_free (local.get $seg) (i32.load offset=4 (local.get $seg)))
        (local.set $seg (local.get $next))
        (br $each)))
    (call $rts_region_free (local.get $h) (i32.const 296)))

  ;; ---- allocation ----

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
    ;; (a large one, or free space in pieces): the heap grows by at least the
    ;; request, and the new space alone holds it.
    (if (call $rts_ms_grow (call $rts_ms_max_u64 (call $rts_ms_heap_size) (i64.extend_i32_u (local.get $size)))
                           (i64.extend_i32_u (local.get $size)))
      (then
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

  ;; Objects laid out one after another in one allocation [block, block +
  ;; size) (proc/copy.wat): each after the first gets its bound, so that it is
  ;; a block of its own to the marking and the sweep.
  (func $rts_block_carved (param $block i32) (param $size i32)
    (local $seg i32) (local $at i32) (local $end i32)
    (local.set $seg (call $rts_ms_segment_of (local.get $block)))
    (local.set $end (i32.add (local.get $block) (local.get $size)))
    (local.set $at (i32.add (local.get $block) (call $rts_object_size (local.get $block))))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $at) (local.get $end)))
        (call $rts_ms_set_bound (i32.load offset=8 (local.get $seg)) (i32.load offset=12 (local.get $seg)) (local.get $at))
        (local.set $at (i32.add (local.get $at) (call $rts_object_size (local.get $at))))
        (br $next))))

  (func $rts_collect
    (call $rts_collect_for (i32.const 0)))

  ;; Collects the current heap; grows it when the live data and need more
  ;; bytes fill more than 3/4 of it.
  (func $rts_collect_for (param $need i32)
    (local $want i64) (local $size i64)
    (call $rts_stats_gc_begin)
    (call $rts_ms_mark_all)
    (local.set $size (call $rts_ms_heap_size))
    (local.set $want (i64.add (i64.sub (local.get $size) (call $rts_ms_sweep)) (i64.extend_i32_u (local.get $need))))
    (call $rts_stats_gc_end (i32.const 1))
    (if (i64.gt_u (i64.mul (local.get $want) (i64.const 4))
                  (i64.mul (local.get $size) (i64.const 3)))
      (then (drop (call $rts_ms_grow (call $rts_ms_growth (local.get $want) (local.get $size)) (i64.const 512))))))

  ;; How many bytes a heap of size bytes grows by when want bytes, live and
  ;; needed, fill more than 3/4 of it: to twice its size, or to 4/3 of want
  ;; when more.
  (func $rts_ms_growth (param $want i64) (param $size i64) (result i64)
    (call $rts_ms_max_u64 (local.get $size) (i64.sub (i64.div_u (i64.mul (local.get $want) (i64.const 4)) (i64.const 3)) (local.get $size))))

  ;; A block of size bytes (a multiple of 8) from the free space, or 0.
  (func $rts_ms_take (param $size i32) (result i32)
    (local $g i32) (local $head i32) (local $p i32) (local $more i64) (local $c i32) (local $seg i32)
    (local.set $g (i32.shr_u (local.get $size) (i32.const 3)))
    (if (i32.lt_u (local.get $g) (i32.const 64))
      (then
        (local.set $head (i32.add (global.get $rts_heap) (i32.shl (local.get $g) (i32.const 2))))
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
              (then (call $rts_ms_set_bound (global.get $rts_ms_bump_start) (global.get $rts_ms_bump_bounds)
                                            (global.get $rts_bump))))
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
            (local.set $p (i32.load (i32.add (global.get $rts_heap) (i32.shl (local.get $c) (i32.const 2)))))
            (call $rts_ms_pop (local.get $c) (local.get $p))
            (local.set $seg (call $rts_ms_segment_of (local.get $p)))
            (call $rts_ms_set_bound (i32.load offset=8 (local.get $seg)) (i32.load offset=12 (local.get $seg))
                                    (i32.add (local.get $p) (local.get $size)))
            (call $rts_ms_free (i32.add (local.get $p) (local.get $size))
                               (i32.shl (i32.sub (local.get $c) (local.get $g)) (i32.const 3)))
            (return (local.get $p))))))
    (i32.const 0))

  ;; Takes p, the head of small list c, off it.
  (func $rts_ms_pop (param $c i32) (param $p i32)
    (local $next i32)
    (local.set $next (i32.load (local.get $p)))
    (i32.store (i32.add (global.get $rts_heap) (i32.shl (local.get $c) (i32.const 2))) (local.get $next))
    (if (i32.eqz (local.get $next))
      (then (global.set $rts_ms_classes
              (i64.and (global.get $rts_ms_classes)
                       (i64.xor (i64.shl (i64.const 1) (i64.extend_i32_u (local.get $c))) (i64.const -1)))))))

  ;; Makes the first large free block of at least size bytes the current chunk,
  ;; giving back what is left of the old one; 0 when there is none.
  (func $rts_ms_new_chunk (param $size i32) (result i32)
    (local $prev i32) (local $b i32) (local $next i32) (local $seg i32)
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
    (local.set $seg (call $rts_ms_segment_of (local.get $b)))
    (global.set $rts_ms_bump_start (i32.load offset=8 (local.get $seg)))
    (global.set $rts_ms_bump_bounds (i32.load offset=12 (local.get $seg)))
    (i32.const 1))

  ;; Puts the free block [b, b+bytes), whose bound is set, at the head of its list.
  (func $rts_ms_free (param $b i32) (param $bytes i32)
    (local $g i32) (local $head i32)
    (local.set $g (i32.shr_u (local.get $bytes) (i32.const 3)))
    (i32.store offset=4 (local.get $b) (local.get $bytes))
    (if (i32.lt_u (local.get $g) (i32.const 64))
      (then
        (local.set $head (i32.add (global.get $rts_heap) (i32.shl (local.get $g) (i32.const 2))))
        (i32.store (local.get $b) (i32.load (local.get $head)))
        (i32.store (local.get $head) (local.get $b))
        (global.set $rts_ms_classes
          (i64.or (global.get $rts_ms_classes) (i64.shl (i64.const 1) (i64.extend_i32_u (local.get $g))))))
      (else
        (i32.store (local.get $b) (global.get $rts_ms_large))
        (global.set $rts_ms_large (local.get $b)))))

  ;; Sets the bound bit of address a, in the segment whose granules start at
  ;; start and whose bounds bitmap is at bounds: a block starts there.
  (func $rts_ms_set_bound (param $start i32) (param $bounds i32) (param $a i32)
    (local $g i32) (local $byte i32)
    (local.set $g (i32.shr_u (i32.sub (local.get $a) (local.get $start)) (i32.const 3)))
    (local.set $byte (i32.add (local.get $bounds) (i32.shr_u (local.get $g) (i32.const 3))))
    (i32.store8 (local.get $byte)
      (i32.or (i32.load8_u (local.get $byte)) (i32.shl (i32.const 1) (i32.and (local.get $g) (i32.const 7))))))

  ;; The segment of the current heap that holds address p, or 0.
  (func $rts_ms_segment_of (param $p i32) (result i32)
    (local $seg i32) (local $start i32)
    (local.set $seg (global.get $rts_ms_segments))
    (block $done
      (loop $each
        (br_if $done (i32.eqz (local.get $seg)))
        (local.set $start (i32.load offset=8 (local.get $seg)))
        (br_if $done (i32.lt_u (i32.sub (local.get $p) (local.get $start))
                               (i32.sub (i32.load offset=12 (local.get $seg)) (local.get $start))))
        (local.set $seg (i32.load (local.get $seg)))
        (br $each)))
    (local.get $seg))

  ;; ---- segments and growth ----

  (func $rts_ms_heap_size (result i64)
    (i64.extend_i32_u (global.get $rts_ms_size)))

  (func $rts_ms_max_u64 (param $a i64) (param $b i64) (result i64)
    (select (local.get $a) (local.get $b) (i64.gt_u (local.get $a) (local.get $b))))

  (func $rts_ms_round512 (param $n i64) (result i64)
    (i64.and (i64.add (local.get $n) (i64.const 511)) (i64.const -512)))

  ;; The region bytes of a segment of h bytes of granules (h a multiple of
  ;; 512): the header, the granules and both bitmaps; 0 when it would not fit
  ;; in the 32-bit address space.
  (func $rts_ms_segment_bytes (param $h i64) (result i32)
    (local $bytes i64)
    (local.set $bytes (i64.add (i64.add (i64.const 32) (local.get $h)) (i64.shr_u (local.get $h) (i64.const 5))))
    (if (result i32) (i64.gt_u (local.get $bytes) (i64.const 0xffffffe0))
      (then (i32.const 0))
      (else (i32.wrap_i64 (local.get $bytes)))))

  ;; A new segment of h bytes of granules (a multiple of 512), its bitmaps
  ;; clear but for the bound of its first granule, in no heap yet; 0 when no
  ;; region holds it.
  (func $rts_ms_segment_new (param $h i32) (result i32)
    (local $bytes i32) (local $seg i32) (local $start i32)
    (local.set $bytes (call $rts_ms_segment_bytes (i64.extend_i32_u (local.get $h))))
    (if (i32.eqz (local.get $bytes)) (then (return (i32.const 0))))
    (local.set $seg (call $rts_region_alloc (local.get $bytes)))
    (if (i32.eqz (local.get $seg)) (then (return (i32.const 0))))
    (local.set $start (i32.add (local.get $seg) (i32.const 32)))
    (i32.store (local.get $seg) (i32.const 0))
    (i32.store offset=4 (local.get $seg) (local.get $bytes))
    (i32.store offset=8 (local.get $seg) (local.get $start))
    (i32.store offset=12 (local.get $seg) (i32.add (local.get $start) (local.get $h)))
    (i32.store offset=16 (local.get $seg)
      (i32.add (i32.add (local.get $start) (local.get $h)) (i32.shr_u (local.get $h) (i32.const 6))))
    (memory.fill (i32.add (local.get $start) (local.get $h)) (i32.const 0) (i32.shr_u (local.get $h) (i32.const 5)))
    (i32.store8 (i32.add (local.get $start) (local.get $h)) (i32.const 1))
    (local.get $seg))

  ;; Grows the current heap by extra bytes (rounded up to 512), or when memory
  ;; does not hold that much, by as much as it holds down to least bytes
  ;; (halving); 1 when it grew. In place first, else a new segment at least
  ;; as large as the heap so far.
  (func $rts_ms_grow (param $extra i64) (param $least i64) (result i32)
    (local $x i64)
    (local.set $least (call $rts_ms_round512 (call $rts_ms_max_u64 (local.get $least) (i64.const 512))))
    (local.set $extra (call $rts_ms_max_u64 (call $rts_ms_round512 (local.get $extra)) (local.get $least)))
    (if (call $rts_ms_extend (local.get $extra)) (then (return (i32.const 1))))
    (local.set $x (call $rts_ms_max_u64 (local.get $extra) (call $rts_ms_round512 (call $rts_ms_heap_size))))
    (loop $halve
      (if (call $rts_ms_add_segment (local.get $x)) (then (return (i32.const 1))))
      (if (i64.le_u (local.get $x) (local.get $least)) (then (return (i32.const 0))))
      (local.set $x (call $rts_ms_max_u64 (call $rts_ms_round512 (i64.shr_u (local.get $x) (i64.const 1)))
                                          (local.get $least)))
      (if (call $rts_ms_extend (local.get $x)) (then (return (i32.const 1))))
      (br $halve))
    (i32.const 0))

  ;; Grows the largest segment in place by x bytes of granules (a multiple of
  ;; 512): 1 when what follows its region was free. The bounds are copied up
  ;; to the new end (memory.copy moves overlapping bytes correctly), the marks
  ;; start clear, and the new space, the old bitmaps' included, is one free
  ;; block.
  (func $rts_ms_extend (param $x i64) (result i32)
    (local $seg i32) (local $start i32) (local $old i32) (local $new i32) (local $h i64)
    (local $bytes i32) (local $old_bits i32) (local $new_bits i32)
    (local.set $seg (global.get $rts_ms_segments))
    (local.set $start (i32.load offset=8 (local.get $seg)))
    (local.set $old (i32.load offset=12 (local.get $seg)))
    (local.set $h (i64.add (i64.extend_i32_u (i32.sub (local.get $old) (local.get $start))) (local.get $x)))
    (local.set $bytes (call $rts_ms_segment_bytes (local.get $h)))
    (if (i32.eqz (local.get $bytes)) (then (return (i32.const 0))))
    (if (i32.eqz (call $rts_region_extend (local.get $seg) (i32.load offset=4 (local.get $seg)) (local.get $bytes)))
      (then (return (i32.const 0))))
    (local.set $new (i32.add (local.get $start) (i32.wrap_i64 (local.get $h))))
    (local.set $old_bits (i32.shr_u (i32.sub (local.get $old) (local.get $start)) (i32.const 6)))
    (local.set $new_bits (i32.wrap_i64 (i64.shr_u (local.get $h) (i64.const 6))))
    (memory.copy (local.get $new) (local.get $old) (local.get $old_bits))
    (memory.fill (i32.add (local.get $new) (local.get $old_bits)) (i32.const 0)
                 (i32.sub (i32.shl (local.get $new_bits) (i32.const 1)) (local.get $old_bits)))
    (i32.store offset=4 (local.get $seg) (local.get $bytes))
    (i32.store offset=12 (local.get $seg) (local.get $new))
    (i32.store offset=16 (local.get $seg) (i32.add (local.get $new) (local.get $new_bits)))
    (if (i32.eq (global.get $rts_ms_bump_bounds) (local.get $old))
      (then (global.set $rts_ms_bump_bounds (local.get $new))))
    (global.set $rts_ms_size (i32.add (global.get $rts_ms_size) (i32.wrap_i64 (local.get $x))))
    (call $rts_ms_set_bound (local.get $start) (local.get $new) (local.get $old))
    (call $rts_ms_free (local.get $old) (i32.sub (local.get $new) (local.get $old)))
    (i32.const 1))

  ;; Adds a segment of x bytes of granules (a multiple of 512) to the current
  ;; heap, all of it one free block: 1 when a region holds it.
  (func $rts_ms_add_segment (param $x i64) (result i32)
    (local $seg i32) (local $prev i32) (local $next i32) (local $h i32)
    (if (i64.gt_u (local.get $x) (i64.const 0xfffffe00)) (then (return (i32.const 0))))
    (local.set $h (i32.wrap_i64 (local.get $x)))
    (local.set $seg (call $rts_ms_segment_new (local.get $h)))
    (if (i32.eqz (local.get $seg)) (then (return (i32.const 0))))
    ;; In order of size, largest first.
    (local.set $next (global.get $rts_ms_segments))
    (block $found
      (loop $walk
        (br_if $found (i32.eqz (local.get $next)))
        (br_if $found (i32.lt_u (i32.sub (i32.load offset=12 (local.get $next)) (i32.load offset=8 (local.get $next)))
                                (local.get $h)))
        (local.set $prev (local.get $next))
        (local.set $next (i32.load (local.get $next)))
        (br $walk)))
    (i32.store (local.get $seg) (local.get $next))
    (if (local.get $prev)
      (then (i32.store (local.get $prev) (local.get $seg)))
      (else (global.set $rts_ms_segments (local.get $seg))))
    (global.set $rts_ms_size (i32.add (global.get $rts_ms_size) (local.get $h)))
    (call $rts_ms_free (i32.load offset=8 (local.get $seg)) (local.get $h))
    (i32.const 1))

  ;; ---- marking ----

  ;; Marks everything reachable from the shadow stack.
  (func $rts_ms_mark_all
    (local $seg i32)
    (local.set $seg (global.get $rts_ms_segments))
    (global.set $rts_ms_first_start (i32.load offset=8 (local.get $seg)))
    (global.set $rts_ms_first_size (i32.sub (i32.load offset=12 (local.get $seg)) (i32.load offset=8 (local.get $seg))))
    (global.set $rts_ms_first_marks (i32.load offset=16 (local.get $seg)))
    (global.set $rts_ms_sp (global.get $rts_ms_stack))
    (global.set $rts_ms_overflow (i32.const 0))
    (call $rts_gc_scan_roots)
    (call $rts_ms_drain)
    (block $done
      (loop $pass
        (br_if $done (i32.eqz (global.get $rts_ms_overflow)))
        (global.set $rts_ms_overflow (i32.const 0))
        ;; Scan every marked block again: those that were not pushed have
        ;; children still unmarked.
        (local.set $seg (global.get $rts_ms_segments))
        (block $segments_done
          (loop $each
            (br_if $segments_done (i32.eqz (local.get $seg)))
            (call $rts_ms_rescan (local.get $seg))
            (local.set $seg (i32.load (local.get $seg)))
            (br $each)))
        (br $pass))))

  ;; Scans every marked block of segment seg, draining the mark stack after each.
  (func $rts_ms_rescan (param $seg i32)
    (local $start i32) (local $marks i32) (local $k i32) (local $words i32) (local $w i64) (local $t i32)
    (local.set $start (i32.load offset=8 (local.get $seg)))
    (local.set $marks (i32.load offset=16 (local.get $seg)))
    (local.set $words (i32.shr_u (i32.sub (i32.load offset=12 (local.get $seg)) (local.get $start)) (i32.const 9)))
    (block $done
      (loop $word
        (br_if $done (i32.ge_u (local.get $k) (local.get $words)))
        (local.set $w (i64.load (i32.add (local.get $marks) (i32.shl (local.get $k) (i32.const 3)))))
        (block $bits_done
          (loop $bit
            (br_if $bits_done (i64.eqz (local.get $w)))
            (local.set $t (i32.wrap_i64 (i64.ctz (local.get $w))))
            (call $rts_gc_scan_object
              (i32.add (local.get $start)
                       (i32.shl (i32.add (i32.shl (local.get $k) (i32.const 6)) (local.get $t)) (i32.const 3))))
            (call $rts_ms_drain)
            (local.set $w (i64.and (local.get $w) (i64.sub (local.get $w) (i64.const 1))))
            (br $bit)))
        (local.set $k (i32.add (local.get $k) (i32.const 1)))
        (br $word))))

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

  ;; Marks the block p points into, unless p is in no segment of the current
  ;; heap (null, static data, another heap) or it is marked already; pushes it
  ;; when it may hold pointers.
  (func $rts_ms_mark (param $p i32)
    (local $start i32) (local $marks i32) (local $seg i32)
    (local $block i32) (local $g i32) (local $byte i32) (local $bit i32) (local $v i32)
    (local.set $start (global.get $rts_ms_first_start))
    (local.set $marks (global.get $rts_ms_first_marks))
    (if (i32.ge_u (i32.sub (local.get $p) (local.get $start)) (global.get $rts_ms_first_size))
      (then
        ;; Not in the largest segment: in one of the others, or in none.
        (local.set $seg (i32.load (global.get $rts_ms_segments)))
        (block $found
          (loop $each
            (if (i32.eqz (local.get $seg)) (then (return)))
            (local.set $start (i32.load offset=8 (local.get $seg)))
            (br_if $found (i32.lt_u (i32.sub (local.get $p) (local.get $start))
                                    (i32.sub (i32.load offset=12 (local.get $seg)) (local.get $start))))
            (local.set $seg (i32.load (local.get $seg)))
            (br $each)))
        (local.set $marks (i32.load offset=16 (local.get $seg)))))
    (local.set $block (i32.and (local.get $p) (i32.const -8)))
    (local.set $g (i32.shr_u (i32.sub (local.get $block) (local.get $start)) (i32.const 3)))
    (local.set $byte (i32.add (local.get $marks) (i32.shr_u (local.get $g) (i32.const 3))))
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

  ;; Frees every unmarked block of every segment, joining each run of them
  ;; into one free block, and rebuilds the lists in sweep order; clears the
  ;; marks. Returns the free bytes.
  (func $rts_ms_sweep (result i64)
    (local $seg i32) (local $free i64)
    (memory.fill (global.get $rts_heap) (i32.const 0) (i32.const 256))
    (memory.fill (global.get $rts_ms_tails) (i32.const 0) (i32.const 256))
    (global.set $rts_ms_classes (i64.const 0))
    (global.set $rts_ms_large (i32.const 0))
    (global.set $rts_ms_large_tail (i32.const 0))
    (global.set $rts_bump (i32.const 0))
    (global.set $rts_bump_end (i32.const 0))
    (local.set $seg (global.get $rts_ms_segments))
    (block $done
      (loop $each
        (br_if $done (i32.eqz (local.get $seg)))
        (local.set $free (i64.add (local.get $free) (call $rts_ms_sweep_segment (local.get $seg))))
        (local.set $seg (i32.load (local.get $seg)))
        (br $each)))
    (local.get $free))

  ;; Sweeps one segment; returns its free bytes.
  (func $rts_ms_sweep_segment (param $seg i32) (result i64)
    (local $start i32) (local $end i32) (local $marks i32)
    (local $k i32) (local $words i32) (local $bounds i32) (local $w i64) (local $m i64) (local $keep i64)
    (local $bit i64) (local $run i32) (local $b i32) (local $free i64)
    (local.set $start (i32.load offset=8 (local.get $seg)))
    (local.set $end (i32.load offset=12 (local.get $seg)))
    (local.set $marks (i32.load offset=16 (local.get $seg)))
    (local.set $words (i32.shr_u (i32.sub (local.get $end) (local.get $start)) (i32.const 9)))
    (block $done
      (loop $word
        (br_if $done (i32.ge_u (local.get $k) (local.get $words)))
        (local.set $bounds (i32.add (local.get $end) (i32.shl (local.get $k) (i32.const 3))))
        (local.set $w (i64.load (local.get $bounds)))
        (local.set $m (i64.load (i32.add (local.get $marks) (i32.shl (local.get $k) (i32.const 3)))))
        (if (i64.eqz (local.get $m))
          (then
            ;; No block here lives: all join the open run, or the first opens one.
            (if (i64.ne (local.get $w) (i64.const 0))
              (then
                (if (i32.eqz (local.get $run))
                  (then
                    (local.set $keep (i64.and (local.get $w) (i64.sub (i64.const 0) (local.get $w))))
                    (local.set $run (call $rts_ms_address (local.get $start) (local.get $k) (local.get $keep))))
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
                        (local.set $b (call $rts_ms_address (local.get $start) (local.get $k) (local.get $bit)))
                        (local.set $free (i64.add (local.get $free)
                                                  (i64.extend_i32_u (i32.sub (local.get $b) (local.get $run)))))
                        (call $rts_ms_free_in_order (local.get $run) (i32.sub (local.get $b) (local.get $run)))
                        (local.set $run (i32.const 0)))))
                  (else
                    (if (local.get $run)
                      (then (local.set $keep (i64.xor (local.get $keep) (local.get $bit))))
                      (else (local.set $run (call $rts_ms_address (local.get $start) (local.get $k) (local.get $bit)))))))
                (local.set $w (i64.xor (local.get $w) (local.get $bit)))
                (br $next_bit)))
            (i64.store (local.get $bounds) (local.get $keep))))
        (local.set $k (i32.add (local.get $k) (i32.const 1)))
        (br $word)))
    (if (local.get $run)
      (then
        (local.set $free (i64.add (local.get $free) (i64.extend_i32_u (i32.sub (local.get $end) (local.get $run)))))
        (call $rts_ms_free_in_order (local.get $run) (i32.sub (local.get $end) (local.get $run)))))
    (memory.fill (local.get $marks) (i32.const 0) (i32.shl (local.get $words) (i32.const 3)))
    (local.get $free))

  ;; The address of the granule of bitmap word k whose bit is the one set in
  ;; bit, in the segment whose granules start at start.
  (func $rts_ms_address (param $start i32) (param $k i32) (param $bit i64) (result i32)
    (i32.add (local.get $start)
             (i32.shl (i32.add (i32.shl (local.get $k) (i32.const 6)) (i32.wrap_i64 (i64.ctz (local.get $bit))))
                      (i32.const 3))))

  ;; Puts the free block [b, b+bytes) at the end of its list (the sweep goes
  ;; up each segment, so the lists come out in address order within one).
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
          (else (i32.store (i32.add (global.get $rts_heap) (i32.shl (local.get $g) (i32.const 2))) (local.get $b))))
        (i32.store (local.get $tail) (local.get $b))
        (global.set $rts_ms_classes
          (i64.or (global.get $rts_ms_classes) (i64.shl (i64.const 1) (i64.extend_i32_u (local.get $g))))))
      (else
        (if (global.get $rts_ms_large_tail)
          (then (i32.store (global.get $rts_ms_large_tail) (local.get $b)))
          (else (global.set $rts_ms_large (local.get $b))))
        (global.set $rts_ms_large_tail (local.get $b)))))
)

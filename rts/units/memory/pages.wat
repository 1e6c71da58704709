;; feature memory, shared by grow, fixed and host: address space, handed out
;; in regions.
;; Memory above the shadow stack is a sequence of regions that the collectors
;; (gc/*.wat) take and give back: $rts_region_alloc(size) returns a region of
;; at least size bytes, 16-aligned, or 0 when memory cannot hold it (the caller
;; decides whether that is "out of memory"); $rts_region_free(p, size) gives
;; it back; $rts_region_extend(p, size, new) grows one in place when what
;; follows it is free, $rts_region_shrink(p, size, new) gives back its tail. Every heap is made of regions, so the RTS can hold many
;; heaps, each as small as one region (decisions/0021).
;;
;; Free regions form one list in address order, each holding [next][size] in
;; its first 8 bytes; neighbours are joined when freed, and allocation takes
;; the first that fits (its low part; the rest stays free). Small regions (up
;; to 2 KiB: processes' descriptors, messages, saved stacks, a new heap's
;; nursery) are not put back on that list but kept, one list per size, for
;; the next request of their size: in a program of 10,000 processes the
;; address-ordered list is thousands long, and a ring of them passing a token
;; spent 58% of its time walking it, two allocations and two frees per
;; message; 100,000 processes ending one after another took time quadratic
;; in their number, each nursery's free walking the list. A small region kept
;; that way is not joined with its neighbours, until a request finds no room
;; below the memory's limit: then every kept region goes back onto the
;; address-ordered list, joined with its neighbours, and the request is tried
;; again, so that keeping them never makes "out of memory" come sooner. Above the break,
;; the end of the highest region in use, nothing is in use: a free region
;; that reaches the break is not kept on the list but lowers the break, so the
;; top of memory stays one piece that the last region can grow into. Sizes
;; are multiples of 16, so a split never leaves a piece too small to list.
;; The bytes in use are counted here for the statistics' peak heap (weft run
;; --stats): every heap's regions, collectors' own areas included.
;;
;; Memory itself is made to reach an address with $rts_memory_reach(end) (or
;; $rts_memory_try(end), which answers 0 instead of failing); each memory
;; alternative defines $rts_memory_more(end), which grows memory, asks the
;; host, or refuses at a fixed limit, answering 1 when memory now reaches end.
;; The memory's size in bytes is kept in a global rather than read with
;; memory.size at each request: Wasmtime 7's Cranelift compiles memory.size
;; as the byte length divided by 65,536 with a real div instruction. The
;; global may lag behind the memory (a host may grow it); then the slow path
;; reads the size again before it asks for more.
(module
  (data (i32.const 1792) "\0d\00\00\00out of memory")

  ;; The memory's size in bytes when last read; never more than it is.
  (global $rts_memory_known (mut i64) (i64.const 0))
  ;; The first region's address: everything a heap holds is at or above it.
  (global $rts_regions_start (mut i32) (i32.const 0))
  ;; The end of the highest region in use; everything above it is free.
  (global $rts_region_break (mut i32) (i32.const 0))
  ;; The first free region below the break (0: none), in address order.
  (global $rts_region_free_list (mut i32) (i32.const 0))
  ;; Bytes in regions now in use: what core/stats.wat's peak heap measures.
  (global $rts_region_in_use (mut i64) (i64.const 0))
  ;; The lists of free small regions, one per size: 128 heads for 16, 32, ...,
  ;; 2048 bytes, in the first region (0: none of that size).
  (global $rts_region_small (mut i32) (i32.const 0))

  ;; Makes memory reach end (exclusive), or ends the program with "out of memory".
  (func $rts_memory_reach (param $end i32)
    (if (i32.eqz (call $rts_memory_try (local.get $end)))
      (then (call $rts_out_of_memory))))

  ;; Makes memory reach end (exclusive): 1 when it does, 0 when it cannot.
  (func $rts_memory_try (param $end i32) (result i32)
    (if (i64.le_u (i64.extend_i32_u (local.get $end)) (global.get $rts_memory_known))
      (then (return (i32.const 1))))
    (if (i64.gt_u (i64.extend_i32_u (local.get $end)) (call $rts_memory_bytes))
      (then
        (if (i32.eqz (call $rts_memory_more (local.get $end)))
          (then (return (i32.const 0))))))
    (global.set $rts_memory_known (call $rts_memory_bytes))
    (i32.const 1))

  (func $rts_memory_bytes (result i64)
    (i64.shl (i64.extend_i32_u (memory.size)) (i64.const 16)))

  ;; Pages still needed for memory to reach end.
  (func $rts_pages_short_of (param $end i32) (result i32)
    (i32.sub (i32.wrap_i64 (i64.shr_u (i64.add (i64.extend_i32_u (local.get $end)) (i64.const 65535)) (i64.const 16)))
             (memory.size)))

  ;; Pages to ask for when memory must reach end: a quarter more than memory
  ;; has (at least 16 pages, 1 MiB), so that growth costs O(log n) requests
  ;; while memory stays within a quarter of what was needed, or just enough
  ;; when that is more.
  (func $rts_pages_to_ask (param $end i32) (result i32)
    (local $need i32) (local $more i32)
    (local.set $need (call $rts_pages_short_of (local.get $end)))
    (local.set $more (i32.shr_u (memory.size) (i32.const 2)))
    (if (i32.lt_u (local.get $more) (i32.const 16)) (then (local.set $more (i32.const 16))))
    (select (local.get $more) (local.get $need) (i32.gt_u (local.get $more) (local.get $need))))

  (func $rts_out_of_memory
    (call $rts_runtime_error (i32.const 1792) (i32.const 0)))

  ;; ---- regions ----

  ;; Regions start at base (after the shadow stack), 16-aligned.
  (func $rts_regions_init (param $base i32)
    (global.set $rts_region_break (i32.and (i32.add (local.get $base) (i32.const 15)) (i32.const -16)))
    (global.set $rts_regions_start (global.get $rts_region_break))
    (global.set $rts_region_free_list (i32.const 0))
    (global.set $rts_region_small (i32.const 0))
    (local.set $base (call $rts_region_alloc (i32.const 512)))
    (if (i32.eqz (local.get $base)) (then (call $rts_out_of_memory)))
    (memory.fill (local.get $base) (i32.const 0) (i32.const 512))
    (global.set $rts_region_small (local.get $base)))

  ;; Where the list of free regions of size (a multiple of 16) starts, when
  ;; regions of that size are kept apart (up to 2048 bytes); 0 otherwise.
  (func $rts_region_small_list (param $size i32) (result i32)
    (if (i32.or (i32.gt_u (local.get $size) (i32.const 2048)) (i32.eqz (global.get $rts_region_small)))
      (then (return (i32.const 0))))
    (i32.add (global.get $rts_region_small) (i32.sub (i32.shr_u (local.get $size) (i32.const 2)) (i32.const 4))))

  ;; A size as regions count it: a multiple of 16, at least 16; 0 when it
  ;; would pass 4 GiB.
  (func $rts_region_size (param $size i32) (result i32)
    (if (i32.gt_u (local.get $size) (i32.const 0xffffffe0)) (then (return (i32.const 0))))
    (if (i32.lt_u (local.get $size) (i32.const 16)) (then (return (i32.const 16))))
    (i32.and (i32.add (local.get $size) (i32.const 15)) (i32.const -16)))

  ;; Whether the break may move up to end: below the memory alternative's
  ;; limit ($rts_memory_limit), with the last 16 bytes of the 32-bit address
  ;; space left out so that an end is still an i32, and memory reaching it.
  (func $rts_region_can_end (param $end i64) (result i32)
    (if (i64.gt_u (local.get $end) (i64.const 0xfffffff0)) (then (return (i32.const 0))))
    (if (i64.gt_u (local.get $end) (call $rts_memory_limit)) (then (return (i32.const 0))))
    (call $rts_memory_try (i32.wrap_i64 (local.get $end))))

  ;; A region of at least size bytes (the size rounded up to 16), or 0 when
  ;; memory cannot hold one.
  (func $rts_region_alloc (param $size i32) (result i32)
    (local $prev i32) (local $r i32) (local $have i32) (local $rest i32) (local $end i64)
    (local.set $size (call $rts_region_size (local.get $size)))
    (if (i32.eqz (local.get $size)) (then (return (i32.const 0))))
    (local.set $prev (call $rts_region_small_list (local.get $size)))
    (if (local.get $prev)
      (then
        (local.set $r (i32.load (local.get $prev)))
        (if (local.get $r)
          (then
            (i32.store (local.get $prev) (i32.load (local.get $r)))
            (call $rts_region_count (local.get $size))
            (return (local.get $r))))
        (local.set $prev (i32.const 0))))
    (local.set $r (global.get $rts_region_free_list))
    (block $none
      (loop $next
        (br_if $none (i32.eqz (local.get $r)))
        (local.set $have (i32.load offset=4 (local.get $r)))
        (if (i32.ge_u (local.get $have) (local.get $size))
          (then
            (if (i32.gt_u (local.get $have) (local.get $size))
              (then
                ;; The high part stays free, in r's place on the list.
                (local.set $rest (i32.add (local.get $r) (local.get $size)))
                (i32.store (local.get $rest) (i32.load (local.get $r)))
                (i32.store offset=4 (local.get $rest) (i32.sub (local.get $have) (local.get $size)))
                (call $rts_region_link (local.get $prev) (local.get $rest)))
              (else (call $rts_region_link (local.get $prev) (i32.load (local.get $r)))))
            (call $rts_region_count (local.get $size))
            (return (local.get $r))))
        (local.set $prev (local.get $r))
        (local.set $r (i32.load (local.get $r)))
        (br $next)))
    (local.set $end (i64.add (i64.extend_i32_u (global.get $rts_region_break)) (i64.extend_i32_u (local.get $size))))
    (if (i32.eqz (call $rts_region_can_end (local.get $end)))
      (then
        ;; No room: the kept small regions go back, joined, and once more.
        (if (call $rts_region_small_return) (then (return (call $rts_region_alloc (local.get $size)))))
        (return (i32.const 0))))
    (local.set $r (global.get $rts_region_break))
    (global.set $rts_region_break (i32.wrap_i64 (local.get $end)))
    (call $rts_region_count (local.get $size))
    (local.get $r))

  ;; Puts every kept small region back onto the address-ordered list, joined
  ;; with its neighbours: 1 when there was one, 0 when there was none.
  (func $rts_region_small_return (result i32)
    (local $head i32) (local $r i32) (local $size i32) (local $any i32)
    (local.set $size (i32.const 16))
    (block $done
      (loop $sizes
        (br_if $done (i32.gt_u (local.get $size) (i32.const 2048)))
        (local.set $head (call $rts_region_small_list (local.get $size)))
        (block $empty
          (loop $each
            (local.set $r (i32.load (local.get $head)))
            (br_if $empty (i32.eqz (local.get $r)))
            (i32.store (local.get $head) (i32.load (local.get $r)))
            (call $rts_region_join (local.get $r) (local.get $size))
            (local.set $any (i32.const 1))
            (br $each)))
        (local.set $size (i32.add (local.get $size) (i32.const 16)))
        (br $sizes)))
    (local.get $any))

  ;; Counts bytes newly in use, for the statistics.
  (func $rts_region_count (param $bytes i32)
    (global.set $rts_region_in_use (i64.add (global.get $rts_region_in_use) (i64.extend_i32_u (local.get $bytes))))
    (call $rts_stats_heap (global.get $rts_region_in_use)))

  ;; Makes the free-list link after prev (the list's head when prev is 0) point to r.
  (func $rts_region_link (param $prev i32) (param $r i32)
    (if (local.get $prev)
      (then (i32.store (local.get $prev) (local.get $r)))
      (else (global.set $rts_region_free_list (local.get $r)))))

  ;; Gives back the region [p, p + size) (size as it was asked for): a small
  ;; one onto its size's list, any other joined with free neighbours; at the
  ;; top, the break comes down instead.
  (func $rts_region_free (param $p i32) (param $size i32)
    (local $prev i32)
    (local.set $size (call $rts_region_size (local.get $size)))
    (global.set $rts_region_in_use (i64.sub (global.get $rts_region_in_use) (i64.extend_i32_u (local.get $size))))
    (local.set $prev (call $rts_region_small_list (local.get $size)))
    (if (local.get $prev)
      (then
        (i32.store (local.get $p) (i32.load (local.get $prev)))
        (i32.store (local.get $prev) (local.get $p))
        (return)))
    (call $rts_region_join (local.get $p) (local.get $size)))

  ;; Puts the free region [p, p + size) (size a region size) on the
  ;; address-ordered list, joined with free neighbours; at the top, the break
  ;; comes down instead.
  (func $rts_region_join (param $p i32) (param $size i32)
    (local $before i32) (local $prev i32) (local $next i32)
    (local.set $next (global.get $rts_region_free_list))
    (block $found
      (loop $walk
        (br_if $found (i32.eqz (local.get $next)))
        (br_if $found (i32.gt_u (local.get $next) (local.get $p)))
        (local.set $before (local.get $prev))
        (local.set $prev (local.get $next))
        (local.set $next (i32.load (local.get $next)))
        (br $walk)))
    ;; prev < p < next (either may be 0); before is prev's predecessor.
    (if (i32.and (i32.ne (local.get $next) (i32.const 0))
                 (i32.eq (i32.add (local.get $p) (local.get $size)) (local.get $next)))
      (then
        (local.set $size (i32.add (local.get $size) (i32.load offset=4 (local.get $next))))
        (local.set $next (i32.load (local.get $next)))))
    (if (i32.and (i32.ne (local.get $prev) (i32.const 0))
                 (i32.eq (i32.add (local.get $prev) (i32.load offset=4 (local.get $prev))) (local.get $p)))
      (then
        (local.set $size (i32.add (local.get $size) (i32.load offset=4 (local.get $prev))))
        (local.set $p (local.get $prev))
        (local.set $prev (local.get $before))))
    (if (i32.eq (i32.add (local.get $p) (local.get $size)) (global.get $rts_region_break))
      (then
        ;; Nothing is free above the top region: next is 0.
        (global.set $rts_region_break (local.get $p))
        (call $rts_region_link (local.get $prev) (i32.const 0))
        (return)))
    (i32.store (local.get $p) (local.get $next))
    (i32.store offset=4 (local.get $p) (local.get $size))
    (call $rts_region_link (local.get $prev) (local.get $p)))

  ;; Grows the region [p, p + size) in place to new bytes (both as they were
  ;; asked for): 1 when done, 0 when what follows it is not free (or memory
  ;; cannot reach that far).
  (func $rts_region_extend (param $p i32) (param $size i32) (param $new i32) (result i32)
    (local $end i32) (local $want i32) (local $prev i32) (local $r i32) (local $have i32) (local $rest i32)
    (local.set $size (call $rts_region_size (local.get $size)))
    (local.set $new (call $rts_region_size (local.get $new)))
    (if (i32.eqz (local.get $new)) (then (return (i32.const 0))))
    (if (i32.le_u (local.get $new) (local.get $size)) (then (return (i32.const 1))))
    (local.set $end (i32.add (local.get $p) (local.get $size)))
    (local.set $want (i32.sub (local.get $new) (local.get $size)))
    (if (i32.ne (local.get $end) (global.get $rts_region_break))
      (then
        ;; The free region that starts at end, if any.
        (local.set $r (global.get $rts_region_free_list))
        (block $none
          (loop $walk
            (br_if $none (i32.eqz (local.get $r)))
            (br_if $none (i32.gt_u (local.get $r) (local.get $end)))
            (if (i32.eq (local.get $r) (local.get $end))
              (then
                (local.set $have (i32.load offset=4 (local.get $r)))
                (if (i32.gt_u (local.get $have) (local.get $want))
                  (then
                    (local.set $rest (i32.add (local.get $r) (local.get $want)))
                    (i32.store (local.get $rest) (i32.load (local.get $r)))
                    (i32.store offset=4 (local.get $rest) (i32.sub (local.get $have) (local.get $want)))
                    (call $rts_region_link (local.get $prev) (local.get $rest))
                    (call $rts_region_count (local.get $want))
                    (return (i32.const 1))))
                (if (i32.eq (local.get $have) (local.get $want))
                  (then
                    (call $rts_region_link (local.get $prev) (i32.load (local.get $r)))
                    (call $rts_region_count (local.get $want))
                    (return (i32.const 1))))
                ;; Too small; enough only if it reaches the break and the break can rise.
                (br_if $none (i32.ne (i32.add (local.get $r) (local.get $have)) (global.get $rts_region_break)))
                (if (i32.eqz (call $rts_region_can_end
                               (i64.add (i64.extend_i32_u (local.get $p)) (i64.extend_i32_u (local.get $new)))))
                  (then (return (i32.const 0))))
                (call $rts_region_link (local.get $prev) (i32.const 0))
                (global.set $rts_region_break (i32.add (local.get $p) (local.get $new)))
                (call $rts_region_count (local.get $want))
                (return (i32.const 1))))
            (local.set $prev (local.get $r))
            (local.set $r (i32.load (local.get $r)))
            (br $walk)))
        (return (i32.const 0))))
    (if (i32.eqz (call $rts_region_can_end (i64.add (i64.extend_i32_u (local.get $p)) (i64.extend_i32_u (local.get $new)))))
      (then (return (i32.const 0))))
    (global.set $rts_region_break (i32.add (local.get $p) (local.get $new)))
    (call $rts_region_count (local.get $want))
    (i32.const 1))

  ;; Gives back the tail of the region [p, p + size) beyond new bytes (both as
  ;; they were asked for), which stays a region of new bytes.
  (func $rts_region_shrink (param $p i32) (param $size i32) (param $new i32)
    (local.set $size (call $rts_region_size (local.get $size)))
    (local.set $new (call $rts_region_size (local.get $new)))
    (if (i32.lt_u (local.get $new) (local.get $size))
      (then (call $rts_region_free (i32.add (local.get $p) (local.get $new)) (i32.sub (local.get $size) (local.get $new))))))
)

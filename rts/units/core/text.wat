;; core: text functions of the standard library: parse_int, slice, split.
;; Strings are [length][UTF-8 bytes] (Note [Memory map] in README.md); lists
;; are cons cells [tag 1][layout][head slot @8][tail slot @16] ending in 0
;; (docs/decisions/0006-data-representation.md). parse_float lives in floats.wat.
(module
  ;; The layout record of a cons cell whose head is a pointer: two slots, bitmap 0b11.
  (data (i32.const 1568) "\02\00\00\00\03\00\00\00")

  ;; An Int written as Weft writes it: an optional sign, then decimal digits,
  ;; underscores allowed between digits (not first). Returns the value and 1,
  ;; or 0 and 0 for anything else, spaces and values outside Int included.
  (func $rts_parse_int (param $s i32) (result i64 i32)
    (local $p i32) (local $end i32) (local $c i32) (local $neg i32) (local $n i64) (local $digits i32)
    (local.set $p (i32.add (local.get $s) (i32.const 4)))
    (local.set $end (i32.add (local.get $p) (i32.load (local.get $s))))
    (if (i32.lt_u (local.get $p) (local.get $end))
      (then
        (local.set $c (i32.load8_u (local.get $p)))
        (if (i32.or (i32.eq (local.get $c) (i32.const 43)) (i32.eq (local.get $c) (i32.const 45)))
          (then
            (local.set $neg (i32.eq (local.get $c) (i32.const 45)))
            (local.set $p (i32.add (local.get $p) (i32.const 1)))))))
    (block $bad
      (block $done
        (loop $next
          (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
          (local.set $c (i32.load8_u (local.get $p)))
          (local.set $p (i32.add (local.get $p) (i32.const 1)))
          (if (i32.eq (local.get $c) (i32.const 95))
            (then
              (br_if $bad (i32.eqz (local.get $digits)))
              (br $next)))
          (local.set $c (i32.sub (local.get $c) (i32.const 48)))
          (br_if $bad (i32.gt_u (local.get $c) (i32.const 9)))
          ;; Accumulate the negative magnitude, so that the minimum fits: n*10 - c, checked.
          (br_if $bad (i64.lt_s (local.get $n) (i64.const -922337203685477580)))
          (local.set $n (i64.mul (local.get $n) (i64.const 10)))
          (br_if $bad (i64.lt_s (local.get $n) (i64.add (i64.const -9223372036854775808) (i64.extend_i32_u (local.get $c)))))
          (local.set $n (i64.sub (local.get $n) (i64.extend_i32_u (local.get $c))))
          (local.set $digits (i32.add (local.get $digits) (i32.const 1)))
          (br $next)))
      (br_if $bad (i32.eqz (local.get $digits)))
      ;; A trailing underscore is not a digit separator.
      (br_if $bad (i32.eq (i32.load8_u (i32.sub (local.get $end) (i32.const 1))) (i32.const 95)))
      (if (local.get $neg) (then (return (local.get $n) (i32.const 1))))
      (br_if $bad (i64.eq (local.get $n) (i64.const -9223372036854775808)))
      (return (i64.sub (i64.const 0) (local.get $n)) (i32.const 1)))
    (i64.const 0) (i32.const 0))

  ;; The byte address of code point i of a string (clamped to its end).
  (func $rts_code_point_at (param $s i32) (param $i i64) (result i32)
    (local $p i32) (local $end i32)
    (local.set $p (i32.add (local.get $s) (i32.const 4)))
    (local.set $end (i32.add (local.get $p) (i32.load (local.get $s))))
    (if (i64.le_s (local.get $i) (i64.const 0)) (then (return (local.get $p))))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        ;; Count a code point when the next byte starts one (is not 10xxxxxx).
        (if (i32.or (i32.ge_u (local.get $p) (local.get $end))
                    (i32.ne (i32.and (i32.load8_u (local.get $p)) (i32.const 0xc0)) (i32.const 0x80)))
          (then
            (local.set $i (i64.sub (local.get $i) (i64.const 1)))
            (br_if $done (i64.eqz (local.get $i)))))
        (br $next)))
    (local.get $p))

;; A new string of the bytes [from, to) of s, counted from its first byte
  ;; (offsets, not addresses: a collection while allocating may move s).
  (func $rts_substring (param $s i32) (param $from i32) (param $to i32) (result i32)
    (local $r i32) (local $n i32)
    (local.set $n (select (i32.sub (local.get $to) (local.get $from)) (i32.const 0)
                          (i32.gt_u (local.get $to) (local.get $from))))
    (call $rts_root_push (local.get $s))
    (local.set $r (call $rts_alloc_string (local.get $n)))
    (local.set $s (call $rts_root_pop))
    (memory.copy (i32.add (local.get $r) (i32.const 4))
                 (i32.add (i32.add (local.get $s) (i32.const 4)) (local.get $from)) (local.get $n))
    (local.get $r))

  ;; slice(s, from, to): code points from `from` up to but not including `to`,
  ;; both clamped to [0, length]; empty when to <= from.
  (func $rts_slice (param $s i32) (param $from i64) (param $to i64) (result i32)
    (local $bytes i32)
    (local.set $bytes (i32.add (local.get $s) (i32.const 4)))
    (call $rts_substring (local.get $s)
      (i32.sub (call $rts_code_point_at (local.get $s) (local.get $from)) (local.get $bytes))
      (i32.sub (call $rts_code_point_at (local.get $s) (local.get $to)) (local.get $bytes))))

  ;; A cons cell of a List of pointers: tag 1, the layout at 1568 (two slots, both pointers).
  (func $rts_cons (param $head i32) (param $tail i32) (result i32)
    (local $c i32)
    (call $rts_root_push (local.get $head))
    (call $rts_root_push (local.get $tail))
    (local.set $c (call $rts_alloc (i32.const 24)))
    (local.set $tail (call $rts_root_pop))
    (local.set $head (call $rts_root_pop))
    (i32.store (local.get $c) (i32.const 1))
    (i32.store offset=4 (local.get $c) (i32.const 1568))
    (i32.store offset=8 (local.get $c) (local.get $head))
    (i32.store offset=16 (local.get $c) (local.get $tail))
    (local.get $c))

  ;; A new list of xs's elements in reverse order. New cells, never a reversal
  ;; in place: a cell may only point to cells older than itself
  ;; (docs/decisions/0019-heap-layout-roots-and-collectors.md).
  (func $rts_reverse_copy (param $xs i32) (result i32)
    (local $out i32)
    (block $done
      (loop $step
        (br_if $done (i32.eqz (local.get $xs)))
        (call $rts_root_push (local.get $xs))
        (local.set $out (call $rts_cons (i32.load offset=8 (local.get $xs)) (local.get $out)))
        (local.set $xs (i32.load offset=16 (call $rts_root_pop)))
        (br $step)))
    (local.get $out))

  ;; One piece of split: the bytes [from, to) of the string in the frame's slot
  ;; 2, consed onto the pieces in its slot 0.
  (func $rts_split_piece (param $fp i32) (param $from i32) (param $to i32)
    (i32.store (local.get $fp)
      (call $rts_cons (call $rts_substring (i32.load offset=8 (local.get $fp)) (local.get $from) (local.get $to))
                      (i32.load (local.get $fp)))))

  ;; split(s, sep): the pieces between occurrences of sep, empty pieces kept
  ;; ("a,,b" gives ["a", "", "b"]); an empty sep splits into code points.
  ;; s, sep and the pieces so far (last first) live in a shadow-stack frame of
  ;; three slots, fp+8, fp+4 and fp+0; positions are offsets into s's bytes.
  (func $rts_split (param $s i32) (param $sep i32) (result i32)
    (local $fp i32) (local $p i32) (local $end i32) (local $start i32) (local $n i32) (local $out i32)
    (call $rts_root_push (local.get $s))
    (call $rts_root_push (local.get $sep))
    (call $rts_root_push (i32.const 0))
    (local.set $fp (global.get $rts_sp))
    (local.set $end (i32.load (local.get $s)))
    (local.set $n (i32.load (local.get $sep)))
    (if (i32.eqz (local.get $n))
      (then
        (block $done
          (loop $next
            (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
            (local.set $p (i32.add (local.get $p) (i32.const 1)))
            (if (i32.or (i32.ge_u (local.get $p) (local.get $end))
                        (i32.ne (i32.and (i32.load8_u offset=4 (i32.add (i32.load offset=8 (local.get $fp)) (local.get $p)))
                                         (i32.const 0xc0))
                                (i32.const 0x80)))
              (then
                (call $rts_split_piece (local.get $fp) (local.get $start) (local.get $p))
                (local.set $start (local.get $p))))
            (br $next))))
      (else
        (block $done
          (loop $next
            (br_if $done (i32.gt_u (i32.add (local.get $p) (local.get $n)) (local.get $end)))
            (if (i32.eqz (call $rts_bytes_differ
                           (i32.add (i32.add (i32.load offset=8 (local.get $fp)) (i32.const 4)) (local.get $p))
                           (i32.add (i32.load offset=4 (local.get $fp)) (i32.const 4))
                           (local.get $n)))
              (then
                (call $rts_split_piece (local.get $fp) (local.get $start) (local.get $p))
                (local.set $p (i32.add (local.get $p) (local.get $n)))
                (local.set $start (local.get $p))
                (br $next)))
            (local.set $p (i32.add (local.get $p) (i32.const 1)))
            (br $next)))
        (call $rts_split_piece (local.get $fp) (local.get $start) (local.get $end))))
    (local.set $out (i32.load (local.get $fp)))
    (global.set $rts_sp (i32.add (local.get $fp) (i32.const 12)))
    (call $rts_reverse_copy (local.get $out)))

  (func $rts_bytes_differ (param $a i32) (param $b i32) (param $n i32) (result i32)
    (local $i i32)
    (block $same
      (loop $next
        (br_if $same (i32.ge_u (local.get $i) (local.get $n)))
        (if (i32.ne (i32.load8_u (i32.add (local.get $a) (local.get $i))) (i32.load8_u (i32.add (local.get $b) (local.get $i))))
          (then (return (i32.const 1))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next)))
    (i32.const 0))
)

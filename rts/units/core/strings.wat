;; core: strings and show for the scalar types.
;; A string is a pointer to [length: i32][UTF-8 bytes] (Note [Memory map] in
;; README.md); strings are immutable, so concatenation allocates a new one.
;; Constant strings of show live at 1536..1791. Code that allocates while it
;; holds a string keeps it on the shadow stack across the allocation
;; (core/shadow_stack.wat), as a collector may move it.
(module
  (data (i32.const 1536) "\04\00\00\00true")
  (data (i32.const 1544) "\05\00\00\00false")
  (data (i32.const 1556) "\02\00\00\00()")

  (func $rts_concat (param $a i32) (param $b i32) (result i32)
    (local $la i32) (local $lb i32) (local $r i32)
    (local.set $la (i32.load (local.get $a)))
    (local.set $lb (i32.load (local.get $b)))
    (if (i32.eqz (local.get $la)) (then (return (local.get $b))))
    (if (i32.eqz (local.get $lb)) (then (return (local.get $a))))
    (call $rts_root_push (local.get $a))
    (call $rts_root_push (local.get $b))
    (local.set $r (call $rts_alloc_string (i32.add (local.get $la) (local.get $lb))))
    (local.set $b (call $rts_root_pop))
    (local.set $a (call $rts_root_pop))
    (memory.copy (i32.add (local.get $r) (i32.const 4)) (i32.add (local.get $a) (i32.const 4)) (local.get $la))
    (memory.copy (i32.add (i32.add (local.get $r) (i32.const 4)) (local.get $la))
                 (i32.add (local.get $b) (i32.const 4)) (local.get $lb))
    (local.get $r))

  ;; Compares bytewise, which for UTF-8 is code point order: -1, 0 or 1.
  (func $rts_str_cmp (param $a i32) (param $b i32) (result i32)
    (local $la i32) (local $lb i32) (local $n i32) (local $i i32) (local $x i32) (local $y i32)
    (local.set $la (i32.load (local.get $a)))
    (local.set $lb (i32.load (local.get $b)))
    (local.set $n (select (local.get $la) (local.get $lb) (i32.lt_u (local.get $la) (local.get $lb))))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $x (i32.load8_u offset=4 (i32.add (local.get $a) (local.get $i))))
        (local.set $y (i32.load8_u offset=4 (i32.add (local.get $b) (local.get $i))))
        (if (i32.ne (local.get $x) (local.get $y))
          (then (return (select (i32.const -1) (i32.const 1) (i32.lt_u (local.get $x) (local.get $y))))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next)))
    (i32.sub (i32.gt_u (local.get $la) (local.get $lb)) (i32.lt_u (local.get $la) (local.get $lb))))

  (func $rts_str_eq (param $a i32) (param $b i32) (result i32)
    (if (i32.eq (local.get $a) (local.get $b)) (then (return (i32.const 1))))
    (if (i32.ne (i32.load (local.get $a)) (i32.load (local.get $b))) (then (return (i32.const 0))))
    (i32.eqz (call $rts_str_cmp (local.get $a) (local.get $b))))

  ;; Decimal digits of an Int; the minimum is handled by working on the
  ;; magnitude as an unsigned number.
  (func $rts_show_int (param $n i64) (result i32)
    (local $m i64) (local $p i32) (local $len i32) (local $r i32)
    (local.set $m (select (i64.sub (i64.const 0) (local.get $n)) (local.get $n)
                          (i64.lt_s (local.get $n) (i64.const 0))))
    (local.set $p (i32.const 96))
    (loop $digit
      (local.set $p (i32.sub (local.get $p) (i32.const 1)))
      (i32.store8 (local.get $p) (i32.add (i32.const 48) (i32.wrap_i64 (i64.rem_u (local.get $m) (i64.const 10)))))
      (local.set $m (i64.div_u (local.get $m) (i64.const 10)))
      (br_if $digit (i64.ne (local.get $m) (i64.const 0))))
    (if (i64.lt_s (local.get $n) (i64.const 0))
      (then
        (local.set $p (i32.sub (local.get $p) (i32.const 1)))
        (i32.store8 (local.get $p) (i32.const 45))))
    (local.set $len (i32.sub (i32.const 96) (local.get $p)))
    (local.set $r (call $rts_alloc_string (local.get $len)))
    (memory.copy (i32.add (local.get $r) (i32.const 4)) (local.get $p) (local.get $len))
    (local.get $r))

  (func $rts_show_bool (param $b i32) (result i32)
    (select (i32.const 1536) (i32.const 1544) (local.get $b)))

  (func $rts_show_unit (result i32)
    (i32.const 1556))

  ;; A string as source writes it: quoted, with \" \\ \$ \n \t \r \0 escaped
  ;; and other control characters (and DEL) as \u{hex}.
  (func $rts_show_string (param $s i32) (result i32)
    (local $len i32) (local $i i32) (local $c i32) (local $r i32) (local $o i32)
    (local.set $len (i32.load (local.get $s)))
    ;; At most 6 bytes per input byte (\u{1f}); 8 makes it a shift. Plus the quotes.
    ;; The length is set to what was written at the end (a string may shrink, never grow).
    (call $rts_root_push (local.get $s))
    (local.set $r (call $rts_alloc_string (i32.add (i32.const 2) (i32.shl (local.get $len) (i32.const 3)))))
    (local.set $s (call $rts_root_pop))
    (local.set $o (i32.add (local.get $r) (i32.const 4)))
    (i32.store8 (local.get $o) (i32.const 34))
    (local.set $o (i32.add (local.get $o) (i32.const 1)))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $len)))
        (local.set $c (i32.load8_u offset=4 (i32.add (local.get $s) (local.get $i))))
        (local.set $o (call $rts_show_char_escaped (local.get $o) (local.get $c)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next)))
    (i32.store8 (local.get $o) (i32.const 34))
    (local.set $o (i32.add (local.get $o) (i32.const 1)))
    (i32.store (local.get $r) (i32.sub (i32.sub (local.get $o) (local.get $r)) (i32.const 4)))
    (local.get $r))

  ;; Writes byte c at o, escaped as show needs; returns the next output address.
  (func $rts_show_char_escaped (param $o i32) (param $c i32) (result i32)
    (local $e i32)
    (local.set $e
      (if (result i32) (i32.eq (local.get $c) (i32.const 34)) (then (i32.const 34))
        (else (if (result i32) (i32.eq (local.get $c) (i32.const 92)) (then (i32.const 92))
          (else (if (result i32) (i32.eq (local.get $c) (i32.const 10)) (then (i32.const 110))
            (else (if (result i32) (i32.eq (local.get $c) (i32.const 9)) (then (i32.const 116))
              (else (if (result i32) (i32.eq (local.get $c) (i32.const 13)) (then (i32.const 114))
                (else (if (result i32) (i32.eq (local.get $c) (i32.const 36)) (then (i32.const 36))
                  (else (if (result i32) (i32.eqz (local.get $c)) (then (i32.const 48))
                    (else (i32.const 0))))))))))))))))
    (if (local.get $e)
      (then
        (i32.store8 (local.get $o) (i32.const 92))
        (i32.store8 offset=1 (local.get $o) (local.get $e))
        (return (i32.add (local.get $o) (i32.const 2)))))
    (if (i32.or (i32.lt_u (local.get $c) (i32.const 32)) (i32.eq (local.get $c) (i32.const 127)))
      (then
        ;; \u{XX}
        (i32.store8 (local.get $o) (i32.const 92))
        (i32.store8 offset=1 (local.get $o) (i32.const 117))
        (i32.store8 offset=2 (local.get $o) (i32.const 123))
        (i32.store8 offset=3 (local.get $o) (call $rts_hex_digit (i32.shr_u (local.get $c) (i32.const 4))))
        (i32.store8 offset=4 (local.get $o) (call $rts_hex_digit (i32.and (local.get $c) (i32.const 15))))
        (i32.store8 offset=5 (local.get $o) (i32.const 125))
        (return (i32.add (local.get $o) (i32.const 6)))))
    (i32.store8 (local.get $o) (local.get $c))
    (i32.add (local.get $o) (i32.const 1)))

  (func $rts_hex_digit (param $d i32) (result i32)
    (i32.add (local.get $d)
      (select (i32.const 48) (i32.const 87) (i32.lt_u (local.get $d) (i32.const 10)))))
;; A Char as source writes it: quoted, with \' \\ \n \t \r \0 escaped, other
  ;; control characters and DEL as \u{hex}, anything else as its UTF-8 bytes.
  (func $rts_show_char (param $c i32) (result i32)
    (local $r i32) (local $o i32)
    (local.set $r (call $rts_alloc_string (i32.const 12)))
    (local.set $o (i32.add (local.get $r) (i32.const 4)))
    (i32.store8 (local.get $o) (i32.const 39))
    (local.set $o (i32.add (local.get $o) (i32.const 1)))
    (if (i32.eq (local.get $c) (i32.const 39))
      (then
        (i32.store16 (local.get $o) (i32.const 0x275c)) ;; \'
        (local.set $o (i32.add (local.get $o) (i32.const 2))))
      (else
        (if (i32.or (i32.eq (local.get $c) (i32.const 34)) (i32.eq (local.get $c) (i32.const 36)))
          ;; " and $ need no escape in a Char.
          (then
            (i32.store8 (local.get $o) (local.get $c))
            (local.set $o (i32.add (local.get $o) (i32.const 1))))
          (else
            (if (i32.lt_u (local.get $c) (i32.const 128))
              (then (local.set $o (call $rts_show_char_escaped (local.get $o) (local.get $c))))
              (else (local.set $o (call $rts_utf8_encode (local.get $o) (local.get $c)))))))))
    (i32.store8 (local.get $o) (i32.const 39))
    (local.set $o (i32.add (local.get $o) (i32.const 1)))
    (i32.store (local.get $r) (i32.sub (i32.sub (local.get $o) (local.get $r)) (i32.const 4)))
    (local.get $r))

  ;; Writes code point c (at least 0x80) at o as UTF-8; returns the next output address.
  (func $rts_utf8_encode (param $o i32) (param $c i32) (result i32)
    (if (i32.lt_u (local.get $c) (i32.const 0x800))
      (then
        (i32.store8 (local.get $o) (i32.or (i32.const 0xc0) (i32.shr_u (local.get $c) (i32.const 6))))
        (i32.store8 offset=1 (local.get $o) (i32.or (i32.const 0x80) (i32.and (local.get $c) (i32.const 0x3f))))
        (return (i32.add (local.get $o) (i32.const 2)))))
    (if (i32.lt_u (local.get $c) (i32.const 0x10000))
      (then
        (i32.store8 (local.get $o) (i32.or (i32.const 0xe0) (i32.shr_u (local.get $c) (i32.const 12))))
        (i32.store8 offset=1 (local.get $o)
          (i32.or (i32.const 0x80) (i32.and (i32.shr_u (local.get $c) (i32.const 6)) (i32.const 0x3f))))
        (i32.store8 offset=2 (local.get $o) (i32.or (i32.const 0x80) (i32.and (local.get $c) (i32.const 0x3f))))
        (return (i32.add (local.get $o) (i32.const 3)))))
    (i32.store8 (local.get $o) (i32.or (i32.const 0xf0) (i32.shr_u (local.get $c) (i32.const 18))))
    (i32.store8 offset=1 (local.get $o)
      (i32.or (i32.const 0x80) (i32.and (i32.shr_u (local.get $c) (i32.const 12)) (i32.const 0x3f))))
    (i32.store8 offset=2 (local.get $o)
      (i32.or (i32.const 0x80) (i32.and (i32.shr_u (local.get $c) (i32.const 6)) (i32.const 0x3f))))
    (i32.store8 offset=3 (local.get $o) (i32.or (i32.const 0x80) (i32.and (local.get $c) (i32.const 0x3f))))
    (i32.add (local.get $o) (i32.const 4)))
;; Code points in a string: the bytes that do not continue a UTF-8 sequence (10xxxxxx).
  (func $rts_str_length (param $s i32) (result i64)
    (local $i i32) (local $end i32) (local $n i64)
    (local.set $i (i32.add (local.get $s) (i32.const 4)))
    (local.set $end (i32.add (local.get $i) (i32.load (local.get $s))))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $end)))
        (if (i32.ne (i32.and (i32.load8_u (local.get $i)) (i32.const 0xc0)) (i32.const 0x80))
          (then (local.set $n (i64.add (local.get $n) (i64.const 1)))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next)))
    (local.get $n))

  ;; Elements of a list: cons cells (decisions/0006) keep the tail in slot 1, at offset 16.
  (func $rts_list_length (param $xs i32) (result i64)
    (local $n i64)
    (block $done
      (loop $next
        (br_if $done (i32.eqz (local.get $xs)))
        (local.set $n (i64.add (local.get $n) (i64.const 1)))
        (local.set $xs (i32.load offset=16 (local.get $xs)))
        (br $next)))
    (local.get $n))
;; Joins a List[String] whose pieces are in reverse order (the last piece
  ;; first) with one allocation and one copy each: used by show of a list.
  (func $rts_concat_reversed (param $pieces i32) (result i32)
    (local $p i32) (local $total i32) (local $r i32) (local $at i32) (local $s i32) (local $n i32)
    (local.set $p (local.get $pieces))
    (block $summed
      (loop $sum
        (br_if $summed (i32.eqz (local.get $p)))
        (local.set $total (i32.add (local.get $total) (i32.load (i32.load offset=8 (local.get $p)))))
        (local.set $p (i32.load offset=16 (local.get $p)))
        (br $sum)))
    (call $rts_root_push (local.get $pieces))
    (local.set $r (call $rts_alloc_string (local.get $total)))
    (local.set $pieces (call $rts_root_pop))
    (local.set $at (i32.add (i32.add (local.get $r) (i32.const 4)) (local.get $total)))
    (local.set $p (local.get $pieces))
    (block $copied
      (loop $copy
        (br_if $copied (i32.eqz (local.get $p)))
        (local.set $s (i32.load offset=8 (local.get $p)))
        (local.set $n (i32.load (local.get $s)))
        (local.set $at (i32.sub (local.get $at) (local.get $n)))
        (memory.copy (local.get $at) (i32.add (local.get $s) (i32.const 4)) (local.get $n))
        (local.set $p (i32.load offset=16 (local.get $p)))
        (br $copy)))
    (local.get $r))
)

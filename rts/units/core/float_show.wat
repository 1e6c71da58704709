;; core: show of a Float (Schubfach, then JavaScript's layout); see floats.wat.
(module
  ;; ---- show: Schubfach ----------------------------------------------------

  (func $rts_show_float (param $x f64) (result i32)
    (local $bits i64) (local $t i64) (local $bq i32) (local $mq i32) (local $c i64) (local $f i64)
    (local.set $bits (i64.reinterpret_f64 (local.get $x)))
    (local.set $t (i64.and (local.get $bits) (i64.const 0xfffffffffffff)))
    (local.set $bq (i32.wrap_i64 (i64.and (i64.shr_u (local.get $bits) (i64.const 52)) (i64.const 0x7ff))))
    (if (i32.eq (local.get $bq) (i32.const 0x7ff))
      (then
        (if (i64.ne (local.get $t) (i64.const 0)) (then (return (i32.const 27520))))
        (return (select (i32.const 27540) (i32.const 27528) (i64.lt_s (local.get $bits) (i64.const 0))))))
    (if (i32.eqz (local.get $bq))
      (then
        (if (i64.eqz (local.get $t)) (then (return (i32.const 27556))))
        (return (call $rts_float_text (local.get $bits)
                  (call $rts_shortest (i32.const -1074) (local.get $t))))))
    ;; x = c 2^-mq with 2^52 <= c < 2^53
    (local.set $mq (i32.sub (i32.const 1075) (local.get $bq)))
    (local.set $c (i64.or (local.get $t) (i64.const 0x10000000000000)))
    ;; An integer below 2^53 is its own shortest decimal (section 8.3 of the paper).
    (if (i32.and (i32.gt_s (local.get $mq) (i32.const 0)) (i32.lt_s (local.get $mq) (i32.const 53)))
      (then
        (local.set $f (i64.shr_u (local.get $c) (i64.extend_i32_u (local.get $mq))))
        (if (i64.eq (i64.shl (local.get $f) (i64.extend_i32_u (local.get $mq))) (local.get $c))
          (then (return (call $rts_float_text (local.get $bits) (local.get $f) (i32.const 0)))))))
    (call $rts_float_text (local.get $bits)
      (call $rts_shortest (i32.sub (i32.const 0) (local.get $mq)) (local.get $c))))

  ;; The shortest decimal f 10^e that reads back to c 2^q (c > 0), the
  ;; closest of those to it, ties to even f. Java's DoubleToDecimal.toDecimal
  ;; without the s >= 100 test and the tiny-subnormal path, which exist only
  ;; for Java's two-digit minimum.
  (func $rts_shortest (param $q i32) (param $c i64) (result i64 i32)
    (local $out i64) (local $cb i64) (local $cbl i64) (local $k i32) (local $h i64) (local $a i32)
    (local $g1 i64) (local $g0 i64) (local $vb i64) (local $vbl i64) (local $vbr i64)
    (local $s i64) (local $u i64) (local $uin i32) (local $win i32) (local $cmp i64)
    (local.set $out (i64.and (local.get $c) (i64.const 1)))
    (local.set $cb (i64.shl (local.get $c) (i64.const 2)))
    (if (i32.or (i64.ne (local.get $c) (i64.const 0x10000000000000)) (i32.eq (local.get $q) (i32.const -1074)))
      (then
        ;; regular spacing; k = floor(log10(2^q))
        (local.set $cbl (i64.sub (local.get $cb) (i64.const 2)))
        (local.set $k (i32.wrap_i64 (i64.shr_s (i64.mul (i64.extend_i32_s (local.get $q)) (i64.const 661971961083))
                                               (i64.const 41)))))
      (else
        ;; irregular spacing (c is a power of two); k = floor(log10(3/4 2^q))
        (local.set $cbl (i64.sub (local.get $cb) (i64.const 1)))
        (local.set $k (i32.wrap_i64 (i64.shr_s (i64.add (i64.mul (i64.extend_i32_s (local.get $q)) (i64.const 661971961083))
                                                        (i64.const -274743187321))
                                               (i64.const 41))))))
    ;; h = q + floor(log2(10^-k)) + 2
    (local.set $h (i64.add (i64.extend_i32_s (local.get $q))
                           (i64.add (i64.shr_s (i64.mul (i64.extend_i32_s (i32.sub (i32.const 0) (local.get $k)))
                                                        (i64.const 913124641741))
                                               (i64.const 38))
                                    (i64.const 2))))
    ;; g = floor(10^-k 2^-r) + 1 with 2^125 <= g < 2^126 is T/4 + 1 for the
    ;; table's T of 10^-k; split into g1 (high 63 bits) and g0 (low 63 bits).
    (local.set $a (i32.shl (i32.sub (i32.const 348) (local.get $k)) (i32.const 4)))
    (local.set $g1 (i64.shr_u (i64.load offset=16392 (local.get $a)) (i64.const 1)))
    (local.set $g0 (i64.add (i64.and (i64.or (i64.shl (i64.load offset=16392 (local.get $a)) (i64.const 62))
                                             (i64.shr_u (i64.load offset=16384 (local.get $a)) (i64.const 2)))
                                     (i64.const 0x7fffffffffffffff))
                            (i64.const 1)))
    (if (i64.lt_s (local.get $g0) (i64.const 0))
      (then
        (local.set $g0 (i64.const 0))
        (local.set $g1 (i64.add (local.get $g1) (i64.const 1)))))
    (local.set $vb (call $rts_rop (local.get $g1) (local.get $g0) (i64.shl (local.get $cb) (local.get $h))))
    (local.set $vbl (call $rts_rop (local.get $g1) (local.get $g0) (i64.shl (local.get $cbl) (local.get $h))))
    (local.set $vbr (call $rts_rop (local.get $g1) (local.get $g0)
                      (i64.shl (i64.add (local.get $cb) (i64.const 2)) (local.get $h))))
    (local.set $s (i64.shr_u (local.get $vb) (i64.const 2)))
    ;; One digit fewer: u' = 10 floor(s/10), w' = u' + 10; if exactly one is
    ;; in the rounding interval it is the unique shortest.
    (local.set $u (i64.mul (i64.div_u (local.get $s) (i64.const 10)) (i64.const 10)))
    (local.set $uin (i64.le_s (i64.add (local.get $vbl) (local.get $out)) (i64.shl (local.get $u) (i64.const 2))))
    (local.set $win (i64.le_s (i64.add (i64.shl (i64.add (local.get $u) (i64.const 10)) (i64.const 2)) (local.get $out))
                              (local.get $vbr)))
    (if (i32.ne (local.get $uin) (local.get $win))
      (then
        (return (select (local.get $u) (i64.add (local.get $u) (i64.const 10)) (local.get $uin))
                (local.get $k))))
    ;; u = s, w = s + 1: at least one is in; if both, the closer (ties: even).
    (local.set $uin (i64.le_s (i64.add (local.get $vbl) (local.get $out)) (i64.shl (local.get $s) (i64.const 2))))
    (local.set $win (i64.le_s (i64.add (i64.shl (i64.add (local.get $s) (i64.const 1)) (i64.const 2)) (local.get $out))
                              (local.get $vbr)))
    (if (i32.ne (local.get $uin) (local.get $win))
      (then
        (return (select (local.get $s) (i64.add (local.get $s) (i64.const 1)) (local.get $uin))
                (local.get $k))))
    (local.set $cmp (i64.sub (local.get $vb) (i64.shl (i64.add (i64.shl (local.get $s) (i64.const 1)) (i64.const 1))
                                                      (i64.const 1))))
    (select (local.get $s) (i64.add (local.get $s) (i64.const 1))
            (i32.or (i64.lt_s (local.get $cmp) (i64.const 0))
                    (i32.and (i64.eqz (local.get $cmp)) (i64.eqz (i64.and (local.get $s) (i64.const 1))))))
    (local.get $k))

  ;; Schubfach's r_o': the product cp g 2^-127, rounded to odd (section 9.9).
  (func $rts_rop (param $g1 i64) (param $g0 i64) (param $cp i64) (result i64)
    (local $z i64)
    (local.set $z (i64.add (i64.shr_u (i64.mul (local.get $g1) (local.get $cp)) (i64.const 1))
                           (call $rts_umulh (local.get $g0) (local.get $cp))))
    (i64.or (i64.add (call $rts_umulh (local.get $g1) (local.get $cp)) (i64.shr_u (local.get $z) (i64.const 63)))
            (i64.shr_u (i64.add (i64.and (local.get $z) (i64.const 0x7fffffffffffffff))
                                (i64.const 0x7fffffffffffffff))
                       (i64.const 63))))

  ;; Lays out f 10^e (f > 0) as JavaScript does, with ".0" on plain integers,
  ;; and "-" when the sign bit of bits is set. n is the position of the point:
  ;; the value is 0.d1...dlen x 10^n.
  (func $rts_float_text (param $bits i64) (param $f i64) (param $e i32) (result i32)
    (local $d i32) (local $len i32) (local $n i32) (local $o i32) (local $x i32)
    (block $done
      (loop $strip
        (br_if $done (i64.ne (i64.rem_u (local.get $f) (i64.const 10)) (i64.const 0)))
        (local.set $f (i64.div_u (local.get $f) (i64.const 10)))
        (local.set $e (i32.add (local.get $e) (i32.const 1)))
        (br $strip)))
    (local.set $d (call $rts_put_digits (local.get $f)))
    (local.set $len (i32.sub (i32.const 29184) (local.get $d)))
    (local.set $n (i32.add (local.get $e) (local.get $len)))
    (local.set $o (i32.const 28672))
    (if (i64.lt_s (local.get $bits) (i64.const 0))
      (then
        (i32.store8 (local.get $o) (i32.const 45))
        (local.set $o (i32.add (local.get $o) (i32.const 1)))))
    (if (i32.and (i32.ge_s (local.get $n) (local.get $len)) (i32.le_s (local.get $n) (i32.const 21)))
      (then
        ;; ddd000.0
        (memory.copy (local.get $o) (local.get $d) (local.get $len))
        (local.set $o (i32.add (local.get $o) (local.get $len)))
        (memory.fill (local.get $o) (i32.const 48) (i32.sub (local.get $n) (local.get $len)))
        (local.set $o (i32.add (local.get $o) (i32.sub (local.get $n) (local.get $len))))
        (i32.store16 (local.get $o) (i32.const 0x302e))
        (return (call $rts_text_string (i32.add (local.get $o) (i32.const 2))))))
    (if (i32.and (i32.gt_s (local.get $n) (i32.const 0)) (i32.le_s (local.get $n) (i32.const 21)))
      (then
        ;; dd.ddd
        (memory.copy (local.get $o) (local.get $d) (local.get $n))
        (local.set $o (i32.add (local.get $o) (local.get $n)))
        (i32.store8 (local.get $o) (i32.const 46))
        (memory.copy (i32.add (local.get $o) (i32.const 1)) (i32.add (local.get $d) (local.get $n))
                     (i32.sub (local.get $len) (local.get $n)))
        (return (call $rts_text_string
                  (i32.add (local.get $o) (i32.sub (i32.add (local.get $len) (i32.const 1)) (local.get $n)))))))
    (if (i32.and (i32.gt_s (local.get $n) (i32.const -6)) (i32.le_s (local.get $n) (i32.const 0)))
      (then
        ;; 0.000ddd
        (i32.store16 (local.get $o) (i32.const 0x2e30))
        (local.set $o (i32.add (local.get $o) (i32.const 2)))
        (memory.fill (local.get $o) (i32.const 48) (i32.sub (i32.const 0) (local.get $n)))
        (local.set $o (i32.sub (local.get $o) (local.get $n)))
        (memory.copy (local.get $o) (local.get $d) (local.get $len))
        (return (call $rts_text_string (i32.add (local.get $o) (local.get $len))))))
    ;; d.ddde+x, de-x
    (i32.store8 (local.get $o) (i32.load8_u (local.get $d)))
    (local.set $o (i32.add (local.get $o) (i32.const 1)))
    (if (i32.gt_u (local.get $len) (i32.const 1))
      (then
        (i32.store8 (local.get $o) (i32.const 46))
        (memory.copy (i32.add (local.get $o) (i32.const 1)) (i32.add (local.get $d) (i32.const 1))
                     (i32.sub (local.get $len) (i32.const 1)))
        (local.set $o (i32.add (local.get $o) (local.get $len)))))
    (local.set $x (i32.sub (local.get $n) (i32.const 1)))
    (i32.store8 (local.get $o) (i32.const 101))
    (i32.store8 offset=1 (local.get $o) (select (i32.const 45) (i32.const 43) (i32.lt_s (local.get $x) (i32.const 0))))
    (local.set $x (select (i32.sub (i32.const 0) (local.get $x)) (local.get $x) (i32.lt_s (local.get $x) (i32.const 0))))
    (local.set $o (i32.add (local.get $o) (i32.const 2)))
    (if (i32.ge_u (local.get $x) (i32.const 100))
      (then
        (i32.store8 (local.get $o) (i32.add (i32.const 48) (i32.div_u (local.get $x) (i32.const 100))))
        (local.set $o (i32.add (local.get $o) (i32.const 1)))))
    (if (i32.ge_u (local.get $x) (i32.const 10))
      (then
        (i32.store8 (local.get $o) (i32.add (i32.const 48) (i32.rem_u (i32.div_u (local.get $x) (i32.const 10)) (i32.const 10))))
        (local.set $o (i32.add (local.get $o) (i32.const 1)))))
    (i32.store8 (local.get $o) (i32.add (i32.const 48) (i32.rem_u (local.get $x) (i32.const 10))))
    (call $rts_text_string (i32.add (local.get $o) (i32.const 1))))

  ;; Writes the decimal digits of m (ASCII) to end just before 29184; returns
  ;; where they begin.
  (func $rts_put_digits (param $m i64) (result i32)
    (local $d i32)
    (local.set $d (i32.const 29184))
    (loop $digit
      (local.set $d (i32.sub (local.get $d) (i32.const 1)))
      (i32.store8 (local.get $d) (i32.add (i32.const 48) (i32.wrap_i64 (i64.rem_u (local.get $m) (i64.const 10)))))
      (local.set $m (i64.div_u (local.get $m) (i64.const 10)))
      (br_if $digit (i64.ne (local.get $m) (i64.const 0))))
    (local.get $d))

  ;; A new string holding the text built from 28672 up to end.
  (func $rts_text_string (param $end i32) (result i32)
    (local $len i32) (local $r i32)
    (local.set $len (i32.sub (local.get $end) (i32.const 28672)))
    (local.set $r (call $rts_alloc_string (local.get $len)))
    (memory.copy (i32.add (local.get $r) (i32.const 4)) (i32.const 28672) (local.get $len))
    (local.get $r))
)

;; core: Float text conversion, the same on every engine (done here in Wasm,
;; never by the host). Three entry points:
;;
;; $rts_show_float(x: f64) -> string
;;   What JavaScript's Number.prototype.toString prints, with ".0" added when
;;   that is an integer in plain notation (LANGUAGE.md): 0.1, 100.0,
;;   0.30000000000000004, 1e+21, 1.5e-7, 5e-324, NaN, Infinity, -Infinity.
;;   Both zeros print "0.0": JavaScript prints "0" for -0 too. The digits are
;;   the shortest that read back to x, the closest to x among those (ties to
;;   the even digit), found by Schubfach (R. Giulietti, "The Schubfach way to
;;   render doubles"; the algorithm of Java 19+'s Double.toString, less Java's
;;   rule of at least two digits: Java prints 4.9E-324 where JavaScript prints
;;   5e-324). Then JavaScript's layout: plain for decimal exponents
;;   -7 < e < 21, otherwise d.ddde+x / d.ddde-x.
;;
;; $rts_fixed(x: f64, digits: i32) -> string
;;   C's printf("%.*f", digits, x): the exact binary value rounded to `digits`
;;   places, ties (of the exact value) to even, the sign kept as C keeps it
;;   ("-0.00" for -0.0 and for -0.001). digits outside 0..100 is the runtime
;;   error "fixed: digits must be from 0 to 100" (C's own limit is the
;;   buffer; 100 places already show every double below 1e-100 as zero).
;;   NaN prints "nan" and infinities "inf" / "-inf", as C does; NaN never
;;   prints a sign (glibc writes "-nan"), since Wasm leaves the sign of a
;;   computed NaN to the engine and the output must not depend on it.
;;
;; $rts_parse_float(s: string) -> (value: f64, ok: i32)
;;   Correctly rounded (to nearest, ties to even) decimal to binary for the
;;   syntax of a Weft Float literal, with more forms allowed:
;;     [+-]? DIGITS ('.' DIGITS)? ([eE] [+-]? [0-9]+)?    DIGITS = [0-9][0-9_]*
;;   so "42", "-1.5", "1_000.25", "1e-9", "1.5E+00" are Floats; ".5", "5.",
;;   "1._5", " 1", "0x1p3" and "" are not (ok = 0, value 0). Also exactly
;;   "NaN", "Infinity", "+Infinity", "-Infinity", so that every string
;;   $rts_show_float makes reads back. Magnitudes past the largest double are
;;   Infinity (ok = 1), as IEEE rounding gives; tiny ones are 0 or -0. Any
;;   number of digits is read correctly: the first 19 significant digits go
;;   to the Eisel-Lemire fast path (D. Lemire, "Number parsing at a gigabyte
;;   per second"; as in Go's strconv), which gives up on ties, subnormals and
;;   overflow; then a decimal bignum (Go's strconv decimal: 800 digits, which
;;   covers the 767 significant digits of any halfway point, plus a sticky
;;   bit for digits beyond) decides.
;;
;; Data (Note [Memory map] in README.md): 16384..27519 the powers of ten
;; 10^-348..10^347 as 128-bit truncated significands, [low i64][high i64],
;; shared by Schubfach (g = T/4 + 1, Java's g1/g0 exactly) and Eisel-Lemire
;; (Go's detailedPowersOfTen exactly); 27520..27647 constant strings;
;; 27648..28671 the digits of the decimal bignum (one digit 0..9 a byte);
;; 28672..29183 text being built. $rts_fixed and $rts_parse_float share the
;; bignum, so neither may run inside the other (they never call out).
(module
  (data (i32.const 27520) "\03\00\00\00NaN")
  (data (i32.const 27528) "\08\00\00\00Infinity")
  (data (i32.const 27540) "\09\00\00\00-Infinity")
  (data (i32.const 27556) "\03\00\00\000.0")
  (data (i32.const 27564) "\03\00\00\00nan")
  (data (i32.const 27572) "\03\00\00\00inf")
  (data (i32.const 27580) "\04\00\00\00-inf")
  (data (i32.const 27588) "\23\00\00\00fixed: digits must be from 0 to 100")
  ;; Go's powtab: binary shifts that take a decimal with dp = i digits before
  ;; the point below 1 (or above 0.5) without overshooting.
  (data (i32.const 27628) "\01\03\06\09\0d\10\13\17\1a")

  ;; The decimal bignum: digits at 27648 + i for i < nd, value
  ;; 0.d0 d1 ... d(nd-1) x 10^dp, no trailing zeros (nd = 0 is zero); trunc
  ;; records nonzero digits dropped below the last one kept. Right shifts keep
  ;; at most 800 digits and none past `frac` places after the point.
  (global $rts_dec_nd (mut i32) (i32.const 0))
  (global $rts_dec_dp (mut i32) (i32.const 0))
  (global $rts_dec_trunc (mut i32) (i32.const 0))
  (global $rts_dec_frac (mut i32) (i32.const 0))

  ;; ---- 128-bit products -------------------------------------------------

  ;; The high 64 bits of the unsigned 128-bit product a*b, from 32-bit halves.
  (func $rts_umulh (param $a i64) (param $b i64) (result i64)
    (local $a0 i64) (local $a1 i64) (local $b0 i64) (local $b1 i64)
    (local $p01 i64) (local $p10 i64)
    (local.set $a0 (i64.and (local.get $a) (i64.const 0xffffffff)))
    (local.set $a1 (i64.shr_u (local.get $a) (i64.const 32)))
    (local.set $b0 (i64.and (local.get $b) (i64.const 0xffffffff)))
    (local.set $b1 (i64.shr_u (local.get $b) (i64.const 32)))
    (local.set $p01 (i64.mul (local.get $a0) (local.get $b1)))
    (local.set $p10 (i64.mul (local.get $a1) (local.get $b0)))
    (i64.add
      (i64.add (i64.mul (local.get $a1) (local.get $b1))
               (i64.add (i64.shr_u (local.get $p01) (i64.const 32))
                        (i64.shr_u (local.get $p10) (i64.const 32))))
      ;; the carry out of the middle column
      (i64.shr_u
        (i64.add (i64.add (i64.shr_u (i64.mul (local.get $a0) (local.get $b0)) (i64.const 32))
                          (i64.and (local.get $p01) (i64.const 0xffffffff)))
                 (i64.and (local.get $p10) (i64.const 0xffffffff)))
        (i64.const 32))))

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
    (local.set $r (call $rts_alloc (i32.add (local.get $len) (i32.const 4))))
    (i32.store (local.get $r) (local.get $len))
    (memory.copy (i32.add (local.get $r) (i32.const 4)) (i32.const 28672) (local.get $len))
    (local.get $r))

  ;; ---- the decimal bignum (Go's strconv decimal) -----------------------------

  ;; Sets the decimal to the unsigned integer m.
  (func $rts_dec_set_u64 (param $m i64)
    (local $d i32)
    (global.set $rts_dec_trunc (i32.const 0))
    (if (i64.eqz (local.get $m))
      (then
        (global.set $rts_dec_nd (i32.const 0))
        (global.set $rts_dec_dp (i32.const 0))
        (return)))
    (local.set $d (call $rts_put_digits (local.get $m)))
    (global.set $rts_dec_nd (i32.sub (i32.const 29184) (local.get $d)))
    (global.set $rts_dec_dp (global.get $rts_dec_nd))
    ;; ASCII to digit values, moving them to the bignum's buffer
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $d) (i32.const 29184)))
        (i32.store8 offset=27648 (i32.sub (local.get $d) (i32.sub (i32.const 29184) (global.get $rts_dec_nd)))
                    (i32.sub (i32.load8_u (local.get $d)) (i32.const 48)))
        (local.set $d (i32.add (local.get $d) (i32.const 1)))
        (br $next)))
    (call $rts_dec_trim))

  ;; Drops trailing zeros; zero has dp = 0.
  (func $rts_dec_trim
    (local $nd i32)
    (local.set $nd (global.get $rts_dec_nd))
    (block $done
      (loop $next
        (br_if $done (i32.eqz (local.get $nd)))
        (br_if $done (i32.load8_u offset=27647 (local.get $nd)))
        (local.set $nd (i32.sub (local.get $nd) (i32.const 1)))
        (br $next)))
    (global.set $rts_dec_nd (local.get $nd))
    (if (i32.eqz (local.get $nd)) (then (global.set $rts_dec_dp (i32.const 0)))))

  ;; Multiplies by 2^k (k <= 60, so a digit shifted plus the carry fits 64
  ;; bits). Works from the last digit, writing 19 places further on (2^60 adds
  ;; at most 19 digits), then moves the result to the front.
  (func $rts_dec_lshift (param $k i64)
    (local $r i32) (local $w i32) (local $n i64) (local $q i64) (local $nd i32) (local $i i32)
    (local.set $r (global.get $rts_dec_nd))
    (local.set $w (i32.add (local.get $r) (i32.const 19)))
    (block $done
      (loop $next
        (br_if $done (i32.eqz (local.get $r)))
        (local.set $r (i32.sub (local.get $r) (i32.const 1)))
        (local.set $n (i64.add (local.get $n)
                               (i64.shl (i64.load8_u offset=27648 (local.get $r)) (local.get $k))))
        (local.set $q (i64.div_u (local.get $n) (i64.const 10)))
        (local.set $w (i32.sub (local.get $w) (i32.const 1)))
        (i64.store8 offset=27648 (local.get $w) (i64.sub (local.get $n) (i64.mul (local.get $q) (i64.const 10))))
        (local.set $n (local.get $q))
        (br $next)))
    (block $done
      (loop $next
        (br_if $done (i64.eqz (local.get $n)))
        (local.set $q (i64.div_u (local.get $n) (i64.const 10)))
        (local.set $w (i32.sub (local.get $w) (i32.const 1)))
        (i64.store8 offset=27648 (local.get $w) (i64.sub (local.get $n) (i64.mul (local.get $q) (i64.const 10))))
        (local.set $n (local.get $q))
        (br $next)))
    (local.set $nd (i32.sub (i32.add (global.get $rts_dec_nd) (i32.const 19)) (local.get $w)))
    (global.set $rts_dec_dp (i32.add (global.get $rts_dec_dp) (i32.sub (local.get $nd) (global.get $rts_dec_nd))))
    (memory.copy (i32.const 27648) (i32.add (i32.const 27648) (local.get $w)) (local.get $nd))
    (if (i32.gt_u (local.get $nd) (i32.const 800))
      (then
        (local.set $i (i32.const 800))
        (block $done
          (loop $next
            (br_if $done (i32.ge_u (local.get $i) (local.get $nd)))
            (if (i32.load8_u offset=27648 (local.get $i)) (then (global.set $rts_dec_trunc (i32.const 1))))
            (local.set $i (i32.add (local.get $i) (i32.const 1)))
            (br $next)))
        (local.set $nd (i32.const 800))))
    (global.set $rts_dec_nd (local.get $nd))
    (call $rts_dec_trim))

  ;; Divides by 2^k (k <= 60), keeping at most 800 digits and none past
  ;; `frac` places after the point; what is dropped sets trunc.
  (func $rts_dec_rshift (param $k i64)
    (local $r i32) (local $w i32) (local $n i64) (local $dig i64) (local $mask i64) (local $nd i32) (local $limit i32)
    (local.set $nd (global.get $rts_dec_nd))
    ;; Pick up enough leading digits to cover the first shift.
    (block $picked
      (loop $pick
        (br_if $picked (i64.ne (i64.shr_u (local.get $n) (local.get $k)) (i64.const 0)))
        (if (i32.ge_u (local.get $r) (local.get $nd))
          (then
            (if (i64.eqz (local.get $n))
              (then
                (global.set $rts_dec_nd (i32.const 0))
                (global.set $rts_dec_dp (i32.const 0))
                (return)))
            (loop $more
              (local.set $n (i64.mul (local.get $n) (i64.const 10)))
              (local.set $r (i32.add (local.get $r) (i32.const 1)))
              (br_if $more (i64.eqz (i64.shr_u (local.get $n) (local.get $k)))))
            (br $picked)))
        (local.set $n (i64.add (i64.mul (local.get $n) (i64.const 10)) (i64.load8_u offset=27648 (local.get $r))))
        (local.set $r (i32.add (local.get $r) (i32.const 1)))
        (br $pick)))
    (global.set $rts_dec_dp (i32.sub (global.get $rts_dec_dp) (i32.sub (local.get $r) (i32.const 1))))
    (local.set $limit (i32.add (global.get $rts_dec_dp) (global.get $rts_dec_frac)))
    (if (i32.lt_s (local.get $limit) (i32.const 0)) (then (local.set $limit (i32.const 0))))
    (if (i32.gt_s (local.get $limit) (i32.const 800)) (then (local.set $limit (i32.const 800))))
    (local.set $mask (i64.sub (i64.shl (i64.const 1) (local.get $k)) (i64.const 1)))
    ;; Pick up a digit, put down a digit.
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $r) (local.get $nd)))
        (if (i32.lt_s (local.get $w) (local.get $limit))
          (then
            (i64.store8 offset=27648 (local.get $w) (i64.shr_u (local.get $n) (local.get $k)))
            (local.set $w (i32.add (local.get $w) (i32.const 1))))
          (else
            (if (i64.ne (i64.shr_u (local.get $n) (local.get $k)) (i64.const 0))
              (then (global.set $rts_dec_trunc (i32.const 1))))))
        (local.set $n (i64.add (i64.mul (i64.and (local.get $n) (local.get $mask)) (i64.const 10))
                               (i64.load8_u offset=27648 (local.get $r))))
        (local.set $r (i32.add (local.get $r) (i32.const 1)))
        (br $next)))
    ;; Put down the digits still in n.
    (block $done
      (loop $next
        (br_if $done (i64.eqz (local.get $n)))
        (local.set $w (call $rts_dec_put (local.get $w) (local.get $limit) (i64.shr_u (local.get $n) (local.get $k))))
        (local.set $n (i64.mul (i64.and (local.get $n) (local.get $mask)) (i64.const 10)))
        (br $next)))
    (global.set $rts_dec_nd (local.get $w))
    (call $rts_dec_trim))

  ;; Stores digit at w when w < limit and returns w + 1; otherwise records a
  ;; dropped nonzero digit and returns w.
  (func $rts_dec_put (param $w i32) (param $limit i32) (param $digit i64) (result i32)
    (if (i32.lt_s (local.get $w) (local.get $limit))
      (then
        (i64.store8 offset=27648 (local.get $w) (local.get $digit))
        (return (i32.add (local.get $w) (i32.const 1)))))
    (if (i64.ne (local.get $digit) (i64.const 0)) (then (global.set $rts_dec_trunc (i32.const 1))))
    (local.get $w))

  ;; Multiplies by 2^k for any k.
  (func $rts_dec_shift (param $k i32)
    (if (i32.eqz (global.get $rts_dec_nd)) (then (return)))
    (block $done
      (loop $next
        (br_if $done (i32.le_s (local.get $k) (i32.const 60)))
        (call $rts_dec_lshift (i64.const 60))
        (local.set $k (i32.sub (local.get $k) (i32.const 60)))
        (br $next)))
    (block $done
      (loop $next
        (br_if $done (i32.ge_s (local.get $k) (i32.const -60)))
        (call $rts_dec_rshift (i64.const 60))
        (local.set $k (i32.add (local.get $k) (i32.const 60)))
        (br $next)))
    (if (i32.gt_s (local.get $k) (i32.const 0)) (then (call $rts_dec_lshift (i64.extend_i32_u (local.get $k)))))
    (if (i32.lt_s (local.get $k) (i32.const 0))
      (then (call $rts_dec_rshift (i64.extend_i32_u (i32.sub (i32.const 0) (local.get $k)))))))

  ;; Whether dropping digits p.. (p < nd) rounds up: to nearest, ties (exact,
  ;; nothing dropped before) to even.
  (func $rts_dec_rounds_up (param $p i32) (result i32)
    (local $c i32)
    (local.set $c (i32.load8_u offset=27648 (local.get $p)))
    (if (i32.and (i32.eq (local.get $c) (i32.const 5))
                 (i32.eq (i32.add (local.get $p) (i32.const 1)) (global.get $rts_dec_nd)))
      (then
        (if (global.get $rts_dec_trunc) (then (return (i32.const 1))))
        (if (i32.eqz (local.get $p)) (then (return (i32.const 0))))
        (return (i32.and (i32.load8_u offset=27647 (local.get $p)) (i32.const 1)))))
    (i32.ge_u (local.get $c) (i32.const 5)))

  ;; Keeps p digits, rounded; p < 0 leaves zero.
  (func $rts_dec_round (param $p i32)
    (local $i i32) (local $c i32)
    (if (i32.lt_s (local.get $p) (i32.const 0))
      (then
        (global.set $rts_dec_nd (i32.const 0))
        (global.set $rts_dec_dp (i32.const 0))
        (return)))
    (if (i32.ge_s (local.get $p) (global.get $rts_dec_nd)) (then (return)))
    (if (i32.eqz (call $rts_dec_rounds_up (local.get $p)))
      (then
        (global.set $rts_dec_nd (local.get $p))
        (call $rts_dec_trim)
        (return)))
    (local.set $i (local.get $p))
    (block $done
      (loop $next
        (br_if $done (i32.eqz (local.get $i)))
        (local.set $i (i32.sub (local.get $i) (i32.const 1)))
        (local.set $c (i32.load8_u offset=27648 (local.get $i)))
        (if (i32.lt_u (local.get $c) (i32.const 9))
          (then
            (i32.store8 offset=27648 (local.get $i) (i32.add (local.get $c) (i32.const 1)))
            (global.set $rts_dec_nd (i32.add (local.get $i) (i32.const 1)))
            (return)))
        (br $next)))
    ;; all nines: 1 at the next place up
    (i32.store8 offset=27648 (i32.const 0) (i32.const 1))
    (global.set $rts_dec_nd (i32.const 1))
    (global.set $rts_dec_dp (i32.add (global.get $rts_dec_dp) (i32.const 1))))

  ;; ---- fixed ------------------------------------------------------------------

  (func $rts_fixed (param $x f64) (param $digits i32) (result i32)
    (local $bits i64) (local $t i64) (local $bq i32) (local $o i32) (local $i i32) (local $end i32)
    (if (i32.gt_u (local.get $digits) (i32.const 100))
      (then (call $rts_runtime_error (i32.const 27588) (i32.const 0))))
    (local.set $bits (i64.reinterpret_f64 (local.get $x)))
    (local.set $t (i64.and (local.get $bits) (i64.const 0xfffffffffffff)))
    (local.set $bq (i32.wrap_i64 (i64.and (i64.shr_u (local.get $bits) (i64.const 52)) (i64.const 0x7ff))))
    (if (i32.eq (local.get $bq) (i32.const 0x7ff))
      (then
        (if (i64.ne (local.get $t) (i64.const 0)) (then (return (i32.const 27564))))
        (return (select (i32.const 27580) (i32.const 27572) (i64.lt_s (local.get $bits) (i64.const 0))))))
    ;; The exact value, digits beyond digits + 1 places only as the sticky bit.
    (global.set $rts_dec_frac (i32.add (local.get $digits) (i32.const 1)))
    (if (i32.eqz (local.get $bq))
      (then
        (call $rts_dec_set_u64 (local.get $t))
        (call $rts_dec_shift (i32.const -1074)))
      (else
        (call $rts_dec_set_u64 (i64.or (local.get $t) (i64.const 0x10000000000000)))
        (call $rts_dec_shift (i32.sub (local.get $bq) (i32.const 1075)))))
    (call $rts_dec_round (i32.add (global.get $rts_dec_dp) (local.get $digits)))
    (local.set $o (i32.const 28672))
    (if (i64.lt_s (local.get $bits) (i64.const 0))
      (then
        (i32.store8 (local.get $o) (i32.const 45))
        (local.set $o (i32.add (local.get $o) (i32.const 1)))))
    (if (i32.le_s (global.get $rts_dec_dp) (i32.const 0))
      (then
        (i32.store8 (local.get $o) (i32.const 48))
        (local.set $o (i32.add (local.get $o) (i32.const 1))))
      (else
        (local.set $o (call $rts_dec_put_text (local.get $o) (i32.const 0) (global.get $rts_dec_dp)))))
    (if (local.get $digits)
      (then
        (i32.store8 (local.get $o) (i32.const 46))
        (local.set $o (call $rts_dec_put_text (i32.add (local.get $o) (i32.const 1))
                        (global.get $rts_dec_dp) (i32.add (global.get $rts_dec_dp) (local.get $digits))))))
    (call $rts_text_string (local.get $o)))

  ;; Writes the digits at places from..to-1 (0 is the first digit; places
  ;; before it or past nd are zeros) as ASCII at o; returns the end.
  (func $rts_dec_put_text (param $o i32) (param $from i32) (param $to i32) (result i32)
    (local $i i32)
    (local.set $i (local.get $from))
    (block $done
      (loop $next
        (br_if $done (i32.ge_s (local.get $i) (local.get $to)))
        (i32.store8 (local.get $o)
          (i32.add (i32.const 48)
            (if (result i32) (i32.and (i32.ge_s (local.get $i) (i32.const 0))
                                      (i32.lt_s (local.get $i) (global.get $rts_dec_nd)))
              (then (i32.load8_u offset=27648 (local.get $i)))
              (else (i32.const 0)))))
        (local.set $o (i32.add (local.get $o) (i32.const 1)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next)))
    (local.get $o))

  ;; ---- parse ------------------------------------------------------------------

  (func $rts_parse_float (param $s i32) (result f64 i32)
    (local $p i32) (local $end i32) (local $c i32) (local $d i32) (local $neg i32) (local $signed i32)
    (local $start i32) (local $run i32) (local $dot i32) (local $man i64) (local $nm i32) (local $nd i32)
    (local $dp i32) (local $trunc i32) (local $e i32) (local $eneg i32) (local $bits i64) (local $ok i32)
    (local $bits2 i64) (local $ok2 i32)
    (local.set $p (i32.add (local.get $s) (i32.const 4)))
    (local.set $end (i32.add (local.get $p) (i32.load (local.get $s))))
    (if (i32.eq (local.get $p) (local.get $end)) (then (return (f64.const 0) (i32.const 0))))
    (local.set $c (i32.load8_u (local.get $p)))
    (if (i32.or (i32.eq (local.get $c) (i32.const 43)) (i32.eq (local.get $c) (i32.const 45)))
      (then
        (local.set $neg (i32.eq (local.get $c) (i32.const 45)))
        (local.set $signed (i32.const 1))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))))
    (if (call $rts_text_is (local.get $p) (local.get $end) (i32.const 27532) (i32.const 8))
      (then
        (return (f64.reinterpret_i64 (i64.or (i64.const 0x7ff0000000000000)
                                             (i64.shl (i64.extend_i32_u (local.get $neg)) (i64.const 63))))
                (i32.const 1))))
    (if (i32.and (i32.eqz (local.get $signed)) (call $rts_text_is (local.get $p) (local.get $end) (i32.const 27524) (i32.const 3)))
      (then (return (f64.reinterpret_i64 (i64.const 0x7ff8000000000000)) (i32.const 1))))
    ;; DIGITS ('.' DIGITS)?, as Go's readFloat: the first 19 significant
    ;; digits in man, the point's place in dp, trunc for nonzero digits beyond.
    (local.set $start (local.get $p))
    (block $digits_end
      (loop $next
        (br_if $digits_end (i32.ge_u (local.get $p) (local.get $end)))
        (local.set $c (i32.load8_u (local.get $p)))
        (local.set $d (i32.sub (local.get $c) (i32.const 48)))
        (if (i32.lt_u (local.get $d) (i32.const 10))
          (then
            (local.set $run (i32.add (local.get $run) (i32.const 1)))
            (if (i32.and (i32.eqz (local.get $d)) (i32.eqz (local.get $nd)))
              (then (local.set $dp (i32.sub (local.get $dp) (i32.const 1))))
              (else
                (local.set $nd (i32.add (local.get $nd) (i32.const 1)))
                (if (i32.lt_u (local.get $nm) (i32.const 19))
                  (then
                    (local.set $man (i64.add (i64.mul (local.get $man) (i64.const 10)) (i64.extend_i32_u (local.get $d))))
                    (local.set $nm (i32.add (local.get $nm) (i32.const 1))))
                  (else
                    (if (local.get $d) (then (local.set $trunc (i32.const 1)))))))))
          (else
            (if (i32.eq (local.get $c) (i32.const 95))
              (then
                ;; '_' only inside a run of digits
                (if (i32.eqz (local.get $run)) (then (return (f64.const 0) (i32.const 0)))))
              (else
                (br_if $digits_end (i32.ne (local.get $c) (i32.const 46)))
                ;; '.' once, after digits
                (if (i32.or (local.get $dot) (i32.eqz (local.get $run))) (then (return (f64.const 0) (i32.const 0))))
                (local.set $dot (i32.const 1))
                (local.set $dp (local.get $nd))
                (local.set $run (i32.const 0))))))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (br $next)))
    (if (i32.eqz (local.get $run)) (then (return (f64.const 0) (i32.const 0))))
    (if (i32.eqz (local.get $dot)) (then (local.set $dp (local.get $nd))))
    ;; ([eE] [+-]? [0-9]+)?, the exponent saturating far beyond any double
    (if (i32.lt_u (local.get $p) (local.get $end))
      (then
        (if (i32.ne (i32.or (i32.load8_u (local.get $p)) (i32.const 32)) (i32.const 101))
          (then (return (f64.const 0) (i32.const 0))))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (if (i32.lt_u (local.get $p) (local.get $end))
          (then
            (local.set $c (i32.load8_u (local.get $p)))
            (if (i32.or (i32.eq (local.get $c) (i32.const 43)) (i32.eq (local.get $c) (i32.const 45)))
              (then
                (local.set $eneg (i32.eq (local.get $c) (i32.const 45)))
                (local.set $p (i32.add (local.get $p) (i32.const 1)))))))
        (if (i32.ge_u (local.get $p) (local.get $end)) (then (return (f64.const 0) (i32.const 0))))
        (block $exp_end
          (loop $next
            (br_if $exp_end (i32.ge_u (local.get $p) (local.get $end)))
            (local.set $d (i32.sub (i32.load8_u (local.get $p)) (i32.const 48)))
            (if (i32.ge_u (local.get $d) (i32.const 10)) (then (return (f64.const 0) (i32.const 0))))
            (if (i32.lt_u (local.get $e) (i32.const 100000000))
              (then (local.set $e (i32.add (i32.mul (local.get $e) (i32.const 10)) (local.get $d)))))
            (local.set $p (i32.add (local.get $p) (i32.const 1)))
            (br $next)))
        (local.set $dp (i32.add (local.get $dp)
                                (select (i32.sub (i32.const 0) (local.get $e)) (local.get $e) (local.get $eneg))))))
    (if (i64.eqz (local.get $man))
      (then (return (f64.reinterpret_i64 (i64.shl (i64.extend_i32_u (local.get $neg)) (i64.const 63))) (i32.const 1))))
    ;; Fast path; with digits dropped, man and man + 1 must agree.
    (call $rts_eisel_lemire (local.get $man) (i32.sub (local.get $dp) (local.get $nm)))
    (local.set $ok)
    (local.set $bits)
    (if (i32.and (local.get $ok) (local.get $trunc))
      (then
        (call $rts_eisel_lemire (i64.add (local.get $man) (i64.const 1)) (i32.sub (local.get $dp) (local.get $nm)))
        (local.set $ok2)
        (local.set $bits2)
        (local.set $ok (i32.and (local.get $ok2) (i64.eq (local.get $bits) (local.get $bits2))))))
    (if (i32.eqz (local.get $ok))
      (then
        (call $rts_dec_read (local.get $start) (local.get $end))
        (local.set $bits (call $rts_dec_to_bits))))
    (f64.reinterpret_i64 (i64.or (local.get $bits) (i64.shl (i64.extend_i32_u (local.get $neg)) (i64.const 63))))
    (i32.const 1))

  ;; Whether the bytes p..end are the n bytes at lit.
  (func $rts_text_is (param $p i32) (param $end i32) (param $lit i32) (param $n i32) (result i32)
    (local $i i32)
    (if (i32.ne (i32.sub (local.get $end) (local.get $p)) (local.get $n)) (then (return (i32.const 0))))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (if (i32.ne (i32.load8_u (i32.add (local.get $p) (local.get $i)))
                    (i32.load8_u (i32.add (local.get $lit) (local.get $i))))
          (then (return (i32.const 0))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next)))
    (i32.const 1))

  ;; Eisel-Lemire: the bits of man 10^e10 (man > 0) correctly rounded, and 1;
  ;; or 0 when the 128-bit power cannot decide (near a tie), and for
  ;; subnormal, overflowing and out-of-table results. Go's eiselLemire64.
  (func $rts_eisel_lemire (param $man i64) (param $e10 i32) (result i64 i32)
    (local $clz i64) (local $exp2 i32) (local $a i32) (local $xhi i64) (local $xlo i64)
    (local $yhi i64) (local $ylo i64) (local $mhi i64) (local $mlo i64) (local $msb i64) (local $mant i64)
    (if (i32.or (i32.lt_s (local.get $e10) (i32.const -348)) (i32.gt_s (local.get $e10) (i32.const 347)))
      (then (return (i64.const 0) (i32.const 0))))
    (local.set $clz (i64.clz (local.get $man)))
    (local.set $man (i64.shl (local.get $man) (local.get $clz)))
    ;; 217706 / 2^16 is log2(10) closely enough over the table's range
    (local.set $exp2 (i32.sub (i32.add (i32.shr_s (i32.mul (local.get $e10) (i32.const 217706)) (i32.const 16))
                                       (i32.const 1087))
                              (i32.wrap_i64 (local.get $clz))))
    (local.set $a (i32.shl (i32.add (local.get $e10) (i32.const 348)) (i32.const 4)))
    (local.set $xhi (call $rts_umulh (local.get $man) (i64.load offset=16392 (local.get $a))))
    (local.set $xlo (i64.mul (local.get $man) (i64.load offset=16392 (local.get $a))))
    ;; wider approximation
    (if (i32.and (i64.eq (i64.and (local.get $xhi) (i64.const 0x1ff)) (i64.const 0x1ff))
                 (i64.lt_u (i64.add (local.get $xlo) (local.get $man)) (local.get $man)))
      (then
        (local.set $yhi (call $rts_umulh (local.get $man) (i64.load offset=16384 (local.get $a))))
        (local.set $ylo (i64.mul (local.get $man) (i64.load offset=16384 (local.get $a))))
        (local.set $mhi (local.get $xhi))
        (local.set $mlo (i64.add (local.get $xlo) (local.get $yhi)))
        (if (i64.lt_u (local.get $mlo) (local.get $xlo)) (then (local.set $mhi (i64.add (local.get $mhi) (i64.const 1)))))
        (if (i32.and (i32.and (i64.eq (i64.and (local.get $mhi) (i64.const 0x1ff)) (i64.const 0x1ff))
                              (i64.eq (local.get $mlo) (i64.const -1)))
                     (i64.lt_u (i64.add (local.get $ylo) (local.get $man)) (local.get $man)))
          (then (return (i64.const 0) (i32.const 0))))
        (local.set $xhi (local.get $mhi))
        (local.set $xlo (local.get $mlo))))
    ;; shifting to 54 bits
    (local.set $msb (i64.shr_u (local.get $xhi) (i64.const 63)))
    (local.set $mant (i64.shr_u (local.get $xhi) (i64.add (local.get $msb) (i64.const 9))))
    (local.set $exp2 (i32.sub (local.get $exp2) (i32.xor (i32.wrap_i64 (local.get $msb)) (i32.const 1))))
    ;; half-way ambiguity
    (if (i32.and (i32.and (i64.eqz (local.get $xlo)) (i64.eqz (i64.and (local.get $xhi) (i64.const 0x1ff))))
                 (i64.eq (i64.and (local.get $mant) (i64.const 3)) (i64.const 1)))
      (then (return (i64.const 0) (i32.const 0))))
    ;; from 54 to 53 bits
    (local.set $mant (i64.shr_u (i64.add (local.get $mant) (i64.and (local.get $mant) (i64.const 1))) (i64.const 1)))
    (if (i64.ne (i64.shr_u (local.get $mant) (i64.const 53)) (i64.const 0))
      (then
        (local.set $mant (i64.shr_u (local.get $mant) (i64.const 1)))
        (local.set $exp2 (i32.add (local.get $exp2) (i32.const 1)))))
    ;; exponent 0 (subnormal) or 0x7ff (overflow): the slow path decides
    (if (i32.ge_u (i32.sub (local.get $exp2) (i32.const 1)) (i32.const 0x7fe))
      (then (return (i64.const 0) (i32.const 0))))
    (i64.or (i64.shl (i64.extend_i32_u (local.get $exp2)) (i64.const 52))
            (i64.and (local.get $mant) (i64.const 0xfffffffffffff)))
    (i32.const 1))

  ;; Reads the digits and exponent of a string the scanner accepted (from
  ;; after its sign) into the bignum, as Go's decimal.set.
  (func $rts_dec_read (param $p i32) (param $end i32)
    (local $c i32) (local $d i32) (local $all i32) (local $nd i32) (local $dp i32) (local $dot i32)
    (local $e i32) (local $eneg i32)
    (global.set $rts_dec_trunc (i32.const 0))
    (block $digits_end
      (loop $next
        (br_if $digits_end (i32.ge_u (local.get $p) (local.get $end)))
        (local.set $c (i32.load8_u (local.get $p)))
        (local.set $d (i32.sub (local.get $c) (i32.const 48)))
        (if (i32.lt_u (local.get $d) (i32.const 10))
          (then
            (if (i32.and (i32.eqz (local.get $d)) (i32.eqz (local.get $all)))
              (then (local.set $dp (i32.sub (local.get $dp) (i32.const 1))))
              (else
                (local.set $all (i32.add (local.get $all) (i32.const 1)))
                (if (i32.lt_u (local.get $nd) (i32.const 800))
                  (then
                    (i32.store8 offset=27648 (local.get $nd) (local.get $d))
                    (local.set $nd (i32.add (local.get $nd) (i32.const 1))))
                  (else
                    (if (local.get $d) (then (global.set $rts_dec_trunc (i32.const 1)))))))))
          (else
            (if (i32.eq (local.get $c) (i32.const 46))
              (then
                (local.set $dot (i32.const 1))
                (local.set $dp (local.get $all)))
              (else (br_if $digits_end (i32.ne (local.get $c) (i32.const 95)))))))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (br $next)))
    (if (i32.eqz (local.get $dot)) (then (local.set $dp (local.get $all))))
    (if (i32.lt_u (local.get $p) (local.get $end))
      (then
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (local.set $c (i32.load8_u (local.get $p)))
        (if (i32.or (i32.eq (local.get $c) (i32.const 43)) (i32.eq (local.get $c) (i32.const 45)))
          (then
            (local.set $eneg (i32.eq (local.get $c) (i32.const 45)))
            (local.set $p (i32.add (local.get $p) (i32.const 1)))))
        (block $exp_end
          (loop $next
            (br_if $exp_end (i32.ge_u (local.get $p) (local.get $end)))
            (if (i32.lt_u (local.get $e) (i32.const 100000000))
              (then (local.set $e (i32.add (i32.mul (local.get $e) (i32.const 10))
                                           (i32.sub (i32.load8_u (local.get $p)) (i32.const 48))))))
            (local.set $p (i32.add (local.get $p) (i32.const 1)))
            (br $next)))
        (local.set $dp (i32.add (local.get $dp)
                                (select (i32.sub (i32.const 0) (local.get $e)) (local.get $e) (local.get $eneg))))))
    (global.set $rts_dec_nd (local.get $nd))
    (global.set $rts_dec_dp (local.get $dp))
    (global.set $rts_dec_frac (i32.const 1000000))
    (call $rts_dec_trim))

  ;; The bignum (not zero) as the bits of the nearest double: Go's
  ;; decimal.floatBits. Scales by powers of two into [1/2, 1), takes 53 bits
  ;; rounded, and handles subnormals and overflow.
  (func $rts_dec_to_bits (result i64)
    (local $exp i32) (local $n i32) (local $mant i64)
    (if (i32.eqz (global.get $rts_dec_nd)) (then (return (i64.const 0))))
    (if (i32.gt_s (global.get $rts_dec_dp) (i32.const 310)) (then (return (i64.const 0x7ff0000000000000))))
    (if (i32.lt_s (global.get $rts_dec_dp) (i32.const -330)) (then (return (i64.const 0))))
    (block $done
      (loop $next
        (br_if $done (i32.le_s (global.get $rts_dec_dp) (i32.const 0)))
        (local.set $n (call $rts_powtab (global.get $rts_dec_dp)))
        (call $rts_dec_shift (i32.sub (i32.const 0) (local.get $n)))
        (local.set $exp (i32.add (local.get $exp) (local.get $n)))
        (br $next)))
    (block $done
      (loop $next
        (br_if $done (i32.eqz (i32.or (i32.lt_s (global.get $rts_dec_dp) (i32.const 0))
                                      (i32.and (i32.eqz (global.get $rts_dec_dp))
                                               (i32.lt_u (i32.load8_u (i32.const 27648)) (i32.const 5))))))
        (local.set $n (call $rts_powtab (i32.sub (i32.const 0) (global.get $rts_dec_dp))))
        (call $rts_dec_shift (local.get $n))
        (local.set $exp (i32.sub (local.get $exp) (local.get $n)))
        (br $next)))
    ;; now 1/2 <= value < 1; value = 0.1xxx in binary times 2^exp
    (local.set $exp (i32.sub (local.get $exp) (i32.const 1)))
    (if (i32.lt_s (local.get $exp) (i32.const -1022))
      (then
        (local.set $n (i32.sub (i32.const -1022) (local.get $exp)))
        (call $rts_dec_shift (i32.sub (i32.const 0) (local.get $n)))
        (local.set $exp (i32.add (local.get $exp) (local.get $n)))))
    (if (i32.ge_s (local.get $exp) (i32.const 1024)) (then (return (i64.const 0x7ff0000000000000))))
    (call $rts_dec_shift (i32.const 53))
    (local.set $mant (call $rts_dec_rounded_integer))
    (if (i64.eq (local.get $mant) (i64.const 0x20000000000000))
      (then
        (local.set $mant (i64.shr_u (local.get $mant) (i64.const 1)))
        (local.set $exp (i32.add (local.get $exp) (i32.const 1)))
        (if (i32.ge_s (local.get $exp) (i32.const 1024)) (then (return (i64.const 0x7ff0000000000000))))))
    ;; no implicit bit: subnormal
    (if (i64.eqz (i64.and (local.get $mant) (i64.const 0x10000000000000)))
      (then (local.set $exp (i32.const -1023))))
    (i64.or (i64.and (local.get $mant) (i64.const 0xfffffffffffff))
            (i64.shl (i64.extend_i32_u (i32.and (i32.add (local.get $exp) (i32.const 1023)) (i32.const 0x7ff)))
                     (i64.const 52))))

  ;; Go's powtab: for a decimal point i places off (i < 9), a power of two
  ;; that moves it without overshooting; beyond, 27 (10^8 < 2^27), and 60, the
  ;; most one pass of the bignum takes, from 19 places (2^60 < 10^19): that
  ;; halves the passes over up to 800 digits for long inputs far from 1.
  (func $rts_powtab (param $i i32) (result i32)
    (if (i32.ge_u (local.get $i) (i32.const 19)) (then (return (i32.const 60))))
    (if (i32.ge_u (local.get $i) (i32.const 9)) (then (return (i32.const 27))))
    (i32.load8_u offset=27628 (local.get $i)))

  ;; The integer part of the bignum (dp <= 20), rounded to nearest even.
  (func $rts_dec_rounded_integer (result i64)
    (local $n i64) (local $i i32)
    (if (i32.gt_s (global.get $rts_dec_dp) (i32.const 20)) (then (return (i64.const -1))))
    (block $done
      (loop $next
        (br_if $done (i32.ge_s (local.get $i) (global.get $rts_dec_dp)))
        (local.set $n (i64.mul (local.get $n) (i64.const 10)))
        (if (i32.lt_s (local.get $i) (global.get $rts_dec_nd))
          (then (local.set $n (i64.add (local.get $n) (i64.load8_u offset=27648 (local.get $i))))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next)))
    (if (i32.and (i32.ge_s (global.get $rts_dec_dp) (i32.const 0))
                 (i32.lt_s (global.get $rts_dec_dp) (global.get $rts_dec_nd)))
      (then
        (if (call $rts_dec_rounds_up (global.get $rts_dec_dp))
          (then (local.set $n (i64.add (local.get $n) (i64.const 1)))))))
    (local.get $n))

  ;; ---- the powers of ten ---------------------------------------------------

  ;; T(p) = floor(10^p 2^s) with 2^127 <= T(p) < 2^128 for p = -348..347, at
  ;; 16384 + 16 (p + 348) as [low 64 bits][high 64 bits]. Generated by
  ;; PowersOfTen in the backend's tests (dev.weft.backend.rts), which FloatsTest
  ;; checks this segment against; 11,136 bytes.
  (data (i32.const 16384)
    "\53\e4\60\cd\69\c8\32\17\88\02\1c\08\a0\d5\8f\fa" ;; 1e-348
    "\b4\8e\5c\20\42\bd\7f\0e\95\81\11\05\84\e5\99\9c" ;; 1e-347
    "\61\b2\73\a8\92\ac\1f\52\fa\e1\55\06\e5\5e\c0\c3" ;; 1e-346
    "\f9\9e\90\52\b7\97\a7\e6\78\5a\eb\47\9e\76\b0\f4" ;; 1e-345
    "\5c\63\9a\93\d2\be\28\90\8b\18\f3\ec\22\4a\ee\98" ;; 1e-344
    "\33\fc\80\38\87\ee\32\74\ae\de\2f\a8\ab\dc\29\bf" ;; 1e-343
    "\3f\3b\a1\06\29\aa\3f\11\5a\d6\3b\92\d6\53\f4\ee" ;; 1e-342
    "\07\c5\24\a4\59\ca\c7\4a\f8\65\65\1b\66\b4\58\95" ;; 1e-341
    "\49\f6\2d\0d\f0\bc\79\5d\76\bf\3e\a2\7f\e1\ae\ba" ;; 1e-340
    "\dc\73\79\10\2c\2c\d8\f4\53\6f\ce\8a\df\99\5a\e9" ;; 1e-339
    "\69\e8\4b\8a\9b\1b\07\79\94\05\c1\b6\2b\a0\d8\91" ;; 1e-338
    "\84\e2\de\6c\82\e2\48\97\f9\46\71\a4\36\c8\4e\b6" ;; 1e-337
    "\25\9b\16\08\23\1b\1b\fd\b7\98\8d\4d\44\7a\e2\e3" ;; 1e-336
    "\f7\20\0e\e5\f5\f0\30\fe\72\7f\78\b0\6a\8c\6d\8e" ;; 1e-335
    "\35\a9\51\5e\33\2d\bd\bd\4f\9f\96\5c\85\ef\08\b2" ;; 1e-334
    "\82\13\e6\35\80\78\2c\ad\23\47\bc\b3\66\2b\8b\de" ;; 1e-333
    "\31\cc\af\21\50\cb\3b\4c\76\ac\55\30\20\fb\16\8b" ;; 1e-332
    "\3d\bf\1b\2a\24\be\4a\df\93\17\6b\3c\e8\b9\dc\ad" ;; 1e-331
    "\0d\af\a2\34\ad\6d\1d\d7\78\dd\85\4b\62\e8\53\d9" ;; 1e-330
    "\68\ad\e5\40\8c\64\72\86\6b\aa\33\6f\3d\71\d4\87" ;; 1e-329
    "\c2\18\1f\51\af\fd\0e\68\06\95\00\cb\8c\8d\c9\a9" ;; 1e-328
    "\f2\de\66\25\1b\bd\12\02\48\ba\c0\fd\ef\f0\3b\d4" ;; 1e-327
    "\57\4b\60\f7\30\b6\4b\01\6d\74\98\fe\95\76\a5\84" ;; 1e-326
    "\2d\5e\38\35\bd\a3\9e\41\88\91\3e\7e\3b\d4\ce\a5" ;; 1e-325
    "\b9\75\86\82\ac\4c\06\52\ea\35\ce\5d\4a\89\42\cf" ;; 1e-324
    "\93\09\94\d1\eb\ef\43\73\b2\e1\a0\7a\ce\95\89\81" ;; 1e-323
    "\f8\0b\f9\c5\e6\eb\14\10\1f\1a\49\19\42\fb\eb\a1" ;; 1e-322
    "\f6\4e\77\77\e0\26\1a\d4\a6\60\9b\9f\12\fa\66\ca" ;; 1e-321
    "\b4\22\55\95\98\b0\20\89\d0\38\82\47\97\b8\00\fd" ;; 1e-320
    "\b0\35\55\5d\5f\6e\b4\55\82\63\b1\8c\5e\73\20\9e" ;; 1e-319
    "\1d\83\aa\34\f7\89\21\eb\62\bc\dd\2f\36\90\a8\c5" ;; 1e-318
    "\e4\23\d5\01\75\ec\e9\a5\7b\2b\d5\bb\43\b4\12\f7" ;; 1e-317
    "\6e\36\25\21\c9\33\b2\47\2d\3b\65\55\aa\b0\6b\9a" ;; 1e-316
    "\0a\84\6e\69\bb\c0\9e\99\f8\89\be\ea\d4\9c\06\c1" ;; 1e-315
    "\0d\25\ca\43\ea\70\06\c0\76\2c\6e\25\0a\44\48\f1" ;; 1e-314
    "\28\57\5e\6a\92\06\04\38\ca\db\64\57\86\2a\cd\96" ;; 1e-313
    "\f2\ec\f5\04\37\08\05\c6\bc\12\3e\ed\27\75\80\bc" ;; 1e-312
    "\2e\68\33\c6\44\4a\86\f7\6b\97\8d\e8\71\92\a0\eb" ;; 1e-311
    "\1d\21\e0\fb\6a\ee\b3\7a\a3\7e\58\31\87\5b\44\93" ;; 1e-310
    "\64\29\d8\ba\05\ea\60\59\4c\9e\ae\fd\68\72\15\b8" ;; 1e-309
    "\bd\33\8e\29\87\24\b9\6f\df\45\1a\3d\03\cf\1a\e6" ;; 1e-308
    "\56\e0\f8\79\d4\b6\d3\a5\ab\6b\30\06\62\c1\d0\8f" ;; 1e-307
    "\6c\18\77\98\89\a4\48\8f\96\86\bc\87\ba\f1\c4\b3" ;; 1e-306
    "\87\de\94\fe\ab\cd\1a\33\3c\a8\ab\29\29\2e\b6\e0" ;; 1e-305
    "\14\0b\1d\7f\8b\c0\f0\9f\25\49\0b\ba\d9\dc\71\8c" ;; 1e-304
    "\d9\4d\e4\5e\ae\f0\ec\07\6f\1b\8e\28\10\54\8e\af" ;; 1e-303
    "\50\61\9d\f6\d9\2c\e8\c9\4a\a2\b1\32\14\e9\71\db" ;; 1e-302
    "\d2\5c\22\3a\08\1c\31\be\6e\05\af\9f\ac\31\27\89" ;; 1e-301
    "\06\f4\aa\48\0a\63\bd\6d\ca\c6\9a\c7\17\fe\70\ab" ;; 1e-300
    "\08\b1\d5\da\cc\bb\2c\09\7d\78\81\b9\9d\3d\4d\d6" ;; 1e-299
    "\a5\8e\c5\08\60\f5\bb\25\4e\eb\f0\93\82\46\f0\85" ;; 1e-298
    "\4e\f2\f6\0a\b8\f2\2a\af\21\26\ed\38\23\58\6c\a7" ;; 1e-297
    "\e1\ae\b4\0d\66\af\f5\1a\aa\6f\28\07\2c\6e\47\d1" ;; 1e-296
    "\4d\ed\90\c8\9f\8d\d9\50\ca\45\79\84\db\a4\cc\82" ;; 1e-295
    "\a0\28\b5\ba\07\f1\0f\e5\3c\97\97\65\12\ce\7f\a3" ;; 1e-294
    "\c8\72\62\a9\49\ed\53\1e\0c\7d\fd\fe\96\c1\5f\cc" ;; 1e-293
    "\7a\0f\bb\13\9c\e8\e8\25\4f\dc\bc\be\fc\b1\77\ff" ;; 1e-292
    "\ac\e9\54\8c\61\91\b1\77\b1\09\36\f7\3d\cf\aa\9f" ;; 1e-291
    "\17\24\6a\ef\b9\f5\9d\d5\1d\8c\03\75\0d\83\95\c7" ;; 1e-290
    "\1d\ad\44\6b\28\73\05\4b\25\6f\44\d2\d0\e3\7a\f9" ;; 1e-289
    "\32\ec\0a\43\f9\67\e3\4e\77\c5\6a\83\62\ce\ec\9b" ;; 1e-288
    "\3f\a7\cd\93\f7\41\9c\22\d5\76\45\24\fb\01\e8\c2" ;; 1e-287
    "\0f\11\c1\78\75\52\43\6b\8a\d4\56\ed\79\02\a2\f3" ;; 1e-286
    "\a9\aa\78\6b\89\13\0a\83\d6\44\56\34\8c\41\45\98" ;; 1e-285
    "\53\d5\56\c6\6b\98\cc\23\0c\d6\6b\41\ef\91\56\be" ;; 1e-284
    "\a8\8a\ec\b7\86\be\bf\2c\8f\cb\c6\11\6b\36\ec\ed" ;; 1e-283
    "\a9\d6\f3\32\14\d7\f7\7b\39\3f\1c\eb\02\a2\b3\94" ;; 1e-282
    "\53\cc\b0\3f\d9\cc\f5\da\07\4f\e3\a5\83\8a\e0\b9" ;; 1e-281
    "\68\ff\9c\8f\0f\40\b3\d1\c9\22\5c\8f\24\ad\58\e8" ;; 1e-280
    "\a1\1f\c2\b9\09\08\10\23\be\95\99\d9\36\6c\37\91" ;; 1e-279
    "\8a\a7\32\28\0c\0a\d4\ab\2d\fb\ff\8f\44\47\85\b5" ;; 1e-278
    "\6c\51\3f\32\8f\0c\c9\16\f9\f9\ff\b3\15\99\e6\e2" ;; 1e-277
    "\e3\92\67\7f\d9\a7\3d\ae\3b\fc\7f\90\ad\1f\d0\8d" ;; 1e-276
    "\9c\77\41\df\cf\11\cd\99\4a\fb\9f\f4\98\27\44\b1" ;; 1e-275
    "\83\d5\11\d7\43\56\40\40\1d\fa\c7\31\7f\31\95\dd" ;; 1e-274
    "\72\25\6b\66\ea\35\28\48\52\fc\1c\7f\ef\3e\7d\8a" ;; 1e-273
    "\cf\ee\05\00\65\43\32\da\66\3b\e4\5e\ab\8e\1c\ad" ;; 1e-272
    "\82\6a\07\40\3e\d4\be\90\40\4a\9d\36\56\b2\63\d8" ;; 1e-271
    "\91\a2\04\e8\a6\44\77\5a\68\4e\22\e2\75\4f\3e\87" ;; 1e-270
    "\36\cb\05\a2\d0\15\15\71\02\e2\aa\5a\53\e3\0d\a9" ;; 1e-269
    "\03\3e\87\ca\44\5b\5a\0d\83\9a\55\31\28\5c\51\d3" ;; 1e-268
    "\c2\86\94\fe\0a\79\58\e8\91\80\d5\1e\99\d9\12\84" ;; 1e-267
    "\72\a8\39\be\4d\97\6e\62\b6\e0\8a\66\ff\8f\17\a5" ;; 1e-266
    "\8f\12\c8\2d\21\3d\0a\fb\e3\98\2d\40\ff\73\5d\ce" ;; 1e-265
    "\99\0b\9d\bc\34\66\e6\7c\8e\7f\1c\88\7f\68\fa\80" ;; 1e-264
    "\80\4e\c4\eb\c1\ff\1f\1c\72\9f\23\6a\9f\02\39\a1" ;; 1e-263
    "\20\62\b5\66\b2\ff\27\a3\4e\87\ac\44\47\43\87\c9" ;; 1e-262
    "\a8\ba\62\00\9f\ff\f1\4b\22\a9\d7\15\19\14\e9\fb" ;; 1e-261
    "\a9\b4\3d\60\c3\3f\77\6f\b5\c9\a6\ad\8f\ac\71\9d" ;; 1e-260
    "\d3\21\4d\38\b4\0f\55\cb\22\7c\10\99\b3\17\ce\c4" ;; 1e-259
    "\48\6a\60\46\a1\53\2a\7e\2b\9b\54\7f\a0\9d\01\f6" ;; 1e-258
    "\6d\42\fc\cb\44\74\da\2e\fb\e0\94\4f\84\02\c1\99" ;; 1e-257
    "\08\53\fb\fe\55\11\91\fa\39\19\7a\63\25\43\31\c0" ;; 1e-256
    "\ca\27\ba\7e\ab\55\35\79\88\9f\58\bc\ee\93\3d\f0" ;; 1e-255
    "\de\58\34\2f\8b\55\c1\4b\b5\63\b7\35\75\7c\26\96" ;; 1e-254
    "\16\6f\01\fb\ed\aa\b1\9e\a2\3c\25\83\92\1b\b0\bb" ;; 1e-253
    "\dc\ca\c1\79\a9\15\5e\46\cb\8b\ee\23\77\22\9c\ea" ;; 1e-252
    "\c9\1e\19\ec\89\cd\fa\0b\5f\17\75\76\8a\95\a1\92" ;; 1e-251
    "\7b\66\1f\67\ec\80\f9\ce\36\5d\12\14\ed\fa\49\b7" ;; 1e-250
    "\1a\40\e7\80\27\e1\b7\82\84\f4\16\59\a8\79\1c\e5" ;; 1e-249
    "\10\88\90\b0\b8\ec\b2\d1\d2\58\ae\37\09\cc\31\8f" ;; 1e-248
    "\15\aa\b4\dc\e6\a7\1f\86\07\ef\99\85\0b\3f\fe\b2" ;; 1e-247
    "\9a\d4\e1\93\e0\91\a7\67\c9\6a\00\67\ce\ce\bd\df" ;; 1e-246
    "\e0\24\6d\5c\2c\bb\c8\e0\bd\42\60\00\41\a1\d6\8b" ;; 1e-245
    "\18\6e\88\73\f7\e9\fa\58\6d\53\78\40\91\49\cc\ae" ;; 1e-244
    "\9e\89\6a\50\75\a4\39\af\48\68\96\90\f5\5b\7f\da" ;; 1e-243
    "\03\96\42\52\c9\06\84\6d\2d\01\5e\7a\79\99\8f\88" ;; 1e-242
    "\83\3b\d3\a6\7b\08\e5\c8\78\81\f5\d8\d7\7f\b3\aa" ;; 1e-241
    "\64\0a\88\90\9a\4a\1e\fb\d6\e1\32\cf\cd\5f\60\d5" ;; 1e-240
    "\7f\06\55\9a\a0\ee\f2\5c\26\cd\7f\a1\e0\3b\5c\85" ;; 1e-239
    "\1e\48\ea\c0\48\aa\2f\f4\6f\c0\df\c9\d8\4a\b3\a6" ;; 1e-238
    "\26\da\24\f1\da\94\3b\f1\8b\b0\57\fc\8e\1d\60\d0" ;; 1e-237
    "\58\08\b7\d6\08\3d\c5\76\57\ce\b6\5d\79\12\3c\82" ;; 1e-236
    "\6e\ca\64\0c\4b\8c\76\54\ed\81\24\b5\17\17\cb\a2" ;; 1e-235
    "\09\fd\7d\cf\5d\2f\94\a9\68\a2\6d\a2\dd\dc\7d\cb" ;; 1e-234
    "\4c\7c\5d\43\35\3b\f9\d3\02\0b\09\0b\15\54\5d\fe" ;; 1e-233
    "\af\6d\1a\4a\01\c5\7b\c4\e1\a6\e5\26\8d\54\fa\9e" ;; 1e-232
    "\1b\09\a1\9c\41\b6\9a\35\9a\10\9f\70\b0\e9\b8\c6" ;; 1e-231
    "\62\4b\c9\03\d2\63\01\c3\c0\d4\c6\8c\1c\24\67\f8" ;; 1e-230
    "\1d\cf\5d\42\63\de\e0\79\f8\44\fc\d7\91\76\40\9b" ;; 1e-229
    "\e4\42\f5\12\fc\15\59\98\36\56\fb\4d\36\94\10\c2" ;; 1e-228
    "\9d\93\b2\17\7b\5b\6f\3e\c4\2b\7a\e1\43\b9\94\f2" ;; 1e-227
    "\42\9c\cf\ee\2c\99\05\a7\5a\5b\ec\6c\ca\f3\9c\97" ;; 1e-226
    "\53\83\83\2a\78\ff\c6\50\31\72\27\08\bd\30\84\bd" ;; 1e-225
    "\28\64\24\35\56\bf\f8\a4\bd\4e\31\4a\ec\3c\e5\ec" ;; 1e-224
    "\99\be\36\e1\95\77\1b\87\36\d1\5e\ae\13\46\0f\94" ;; 1e-223
    "\3f\6e\84\59\7b\55\e2\28\84\85\f6\99\98\17\13\b9" ;; 1e-222
    "\cf\89\e5\2f\da\ea\1a\33\e5\26\74\c0\7e\dd\57\e7" ;; 1e-221
    "\21\76\ef\5d\c8\d2\f0\3f\4f\98\48\38\6f\ea\96\90" ;; 1e-220
    "\a9\53\6b\75\7a\07\ed\0f\63\be\5a\06\0b\a5\bc\b4" ;; 1e-219
    "\94\28\c6\12\59\49\e8\d3\fb\6d\f1\c7\4d\ce\eb\e1" ;; 1e-218
    "\5c\d9\bb\ab\d7\2d\71\64\bd\e4\f6\9c\f0\60\33\8d" ;; 1e-217
    "\b3\cf\aa\96\4d\79\8d\bd\ec\9d\34\c4\2c\39\80\b0" ;; 1e-216
    "\a0\83\55\fc\a0\d7\f0\ec\67\c5\41\f5\77\47\a0\dc" ;; 1e-215
    "\44\72\b5\9d\c4\86\16\f4\60\1b\49\f9\aa\2c\e4\89" ;; 1e-214
    "\d5\ce\22\c5\75\28\1c\31\39\62\9b\b7\d5\37\5d\ac" ;; 1e-213
    "\8b\82\6b\36\93\32\63\7d\c7\3a\82\25\cb\85\74\d7" ;; 1e-212
    "\97\31\03\02\9c\ff\5d\ae\bc\64\71\f7\9e\d3\a8\86" ;; 1e-211
    "\fc\fd\83\02\83\7f\f5\d9\eb\bd\4d\b5\86\08\53\a8" ;; 1e-210
    "\7b\fd\24\c3\63\df\72\d0\66\2d\a1\62\a8\ca\67\d2" ;; 1e-209
    "\6d\1e\f7\59\9e\cb\47\42\60\bc\a4\3d\a9\de\80\83" ;; 1e-208
    "\08\e6\74\f0\85\be\d9\52\78\eb\0d\8d\53\16\61\a4" ;; 1e-207
    "\8b\1f\92\6c\27\2e\90\67\56\66\51\70\e8\5b\79\cd" ;; 1e-206
    "\b6\53\db\a3\d8\1c\ba\00\f6\df\32\46\71\d9\6b\80" ;; 1e-205
    "\a4\28\d2\cc\0e\a4\e8\80\f3\97\bf\97\cd\cf\86\a0" ;; 1e-204
    "\cd\b2\06\80\12\cd\22\61\f0\7d\af\fd\c0\83\a8\c8" ;; 1e-203
    "\81\5f\08\20\57\80\6b\79\6c\5d\1b\3d\b1\a4\d2\fa" ;; 1e-202
    "\b0\3b\05\74\36\30\e3\cb\63\1a\31\c6\ee\a6\c3\9c" ;; 1e-201
    "\9c\8a\06\11\44\fc\db\be\fc\60\bd\77\aa\90\f4\c3" ;; 1e-200
    "\44\2d\48\15\55\fb\92\ee\3b\b9\ac\15\d5\b4\f1\f4" ;; 1e-199
    "\4a\1c\4d\2d\15\dd\1b\75\c5\f3\8b\2d\05\11\17\99" ;; 1e-198
    "\5d\63\a0\78\5a\d4\62\d2\b6\f0\ee\78\46\d5\5c\bf" ;; 1e-197
    "\34\7c\c8\16\71\89\fb\86\e4\ac\2a\17\98\0a\34\ef" ;; 1e-196
    "\a0\4d\3d\ae\e6\35\5d\d4\0e\ac\7a\0e\9f\86\80\95" ;; 1e-195
    "\09\a1\cc\59\60\83\74\89\12\57\19\d2\46\a8\e0\ba" ;; 1e-194
    "\4b\c9\3f\70\38\a4\d1\2b\d7\ac\9f\86\58\d2\98\e9" ;; 1e-193
    "\cf\dd\27\46\a3\06\63\7b\06\cc\23\54\77\83\ff\91" ;; 1e-192
    "\42\d5\b1\17\4c\c8\3b\1a\08\bf\2c\29\55\64\7f\b6" ;; 1e-191
    "\93\4a\9e\1d\5f\ba\ca\20\ca\ee\77\73\6a\3d\1f\e4" ;; 1e-190
    "\9c\ee\82\72\7b\b4\7e\54\3e\f5\2a\88\62\86\93\8e" ;; 1e-189
    "\43\aa\23\4f\9a\61\9e\e9\8d\b2\35\2a\fb\67\38\b2" ;; 1e-188
    "\d4\94\ec\e2\00\fa\05\64\31\1f\c3\f4\f9\81\c6\de" ;; 1e-187
    "\04\dd\d3\8d\40\bc\83\de\7e\f3\f9\38\3c\11\3c\8b" ;; 1e-186
    "\45\d4\48\b1\50\ab\24\96\5e\70\38\47\8b\15\0b\ae" ;; 1e-185
    "\57\09\9b\dd\24\d6\ad\3b\76\8c\06\19\ee\da\8d\d9" ;; 1e-184
    "\d6\e5\80\0a\d7\a5\4c\e5\c9\17\a4\cf\d4\a8\f8\87" ;; 1e-183
    "\4c\1f\21\cd\4c\cf\9f\5e\bc\1d\8d\03\0a\d3\f6\a9" ;; 1e-182
    "\1f\67\69\00\20\c3\47\76\2b\65\70\84\cc\87\74\d4" ;; 1e-181
    "\73\e0\41\00\f4\d9\ec\29\3b\3f\c6\d2\df\d4\c8\84" ;; 1e-180
    "\90\58\52\00\71\10\68\f4\09\cf\77\c7\17\0a\fb\a5" ;; 1e-179
    "\b4\ee\66\40\8d\14\82\71\cc\c2\55\b9\9d\cc\79\cf" ;; 1e-178
    "\30\55\40\48\d8\4c\f1\c6\bf\99\d5\93\e2\1f\ac\81" ;; 1e-177
    "\7c\6a\50\5a\0e\a0\ad\b8\2f\00\cb\38\db\27\17\a2" ;; 1e-176
    "\1c\85\e4\f0\11\08\d9\a6\3b\c0\fd\06\d2\f1\9c\ca" ;; 1e-175
    "\63\a6\1d\6d\16\4a\8f\90\4a\30\bd\88\46\2e\44\fd" ;; 1e-174
    "\fe\87\32\04\4e\8e\59\9a\2e\3e\76\15\ec\9c\4a\9e" ;; 1e-173
    "\fd\29\3f\85\e1\f1\ef\40\ba\cd\d3\1a\27\44\dd\c5" ;; 1e-172
    "\7c\f4\8e\e6\59\ee\2b\d1\28\c1\88\e1\30\95\54\f7" ;; 1e-171
    "\ce\58\19\30\f8\74\bb\82\b9\78\f5\8c\3e\dd\94\9a" ;; 1e-170
    "\01\af\1f\3c\36\52\6a\e3\e7\d6\32\30\8e\14\3a\c1" ;; 1e-169
    "\c1\9a\27\cb\c3\e6\44\dc\a1\8c\3f\bc\b1\99\88\f1" ;; 1e-168
    "\b9\c0\f8\5e\3a\10\ab\29\e5\b7\a7\15\0f\60\f5\96" ;; 1e-167
    "\e7\f0\b6\f6\48\d4\15\74\de\a5\11\db\12\b8\b2\bc" ;; 1e-166
    "\21\ad\64\34\5b\49\1b\11\56\0f\d6\91\17\66\df\eb" ;; 1e-165
    "\34\ec\be\00\d9\0d\b1\ca\95\c9\25\bb\ce\9f\6b\93" ;; 1e-164
    "\42\a7\ee\40\4f\51\5d\3d\fb\3b\ef\69\c2\87\46\b8" ;; 1e-163
    "\12\51\2a\11\a3\a5\b4\0c\fa\0a\6b\04\b3\29\58\e6" ;; 1e-162
    "\ab\72\ba\ea\85\e7\f0\47\dc\e6\c2\e2\0f\1a\f7\8f" ;; 1e-161
    "\56\0f\69\65\67\21\ed\59\93\a0\73\db\93\e0\f4\b3" ;; 1e-160
    "\2c\53\c3\3e\c1\69\68\30\b8\88\50\d2\b8\18\f2\e0" ;; 1e-159
    "\fb\13\3a\c7\18\42\41\1e\73\55\72\83\73\4f\97\8c" ;; 1e-158
    "\fa\98\08\f9\9e\92\d1\e5\cf\ea\4e\64\50\23\bd\af" ;; 1e-157
    "\39\bf\4a\b7\46\f7\45\df\83\a5\62\7d\24\6c\ac\db" ;; 1e-156
    "\83\b7\8e\32\8c\ba\8b\6b\72\a7\5d\ce\96\c3\4b\89" ;; 1e-155
    "\64\65\32\3f\2f\a9\6e\06\4f\11\f5\81\7c\b4\9e\ab" ;; 1e-154
    "\bd\fe\fe\0e\7b\53\0a\c8\a2\55\72\a2\9b\61\86\d6" ;; 1e-153
    "\36\5f\5f\e9\2c\74\06\bd\85\75\87\45\01\fd\13\86" ;; 1e-152
    "\04\37\b7\23\38\11\48\2c\e7\52\e9\96\41\fc\98\a7" ;; 1e-151
    "\c5\04\a5\2c\86\15\5a\f7\a0\a7\a3\fc\51\3b\7f\d1" ;; 1e-150
    "\fb\22\e7\db\73\4d\98\9a\c4\48\e6\3d\13\85\ef\82" ;; 1e-149
    "\ba\eb\e0\d2\d0\60\3e\c1\f5\da\5f\0d\58\66\ab\a3" ;; 1e-148
    "\a8\26\99\07\05\f9\8d\31\b3\d1\b7\10\ee\3f\96\cc" ;; 1e-147
    "\52\70\7f\49\46\77\f1\fd\1f\c6\e5\94\e9\cf\bb\ff" ;; 1e-146
    "\33\a6\ef\ed\8b\ea\b6\fe\d3\9b\0f\fd\f1\61\d5\9f" ;; 1e-145
    "\c0\8f\6b\e9\2e\a5\64\fe\c8\82\53\7c\6e\ba\ca\c7" ;; 1e-144
    "\b0\73\c6\a3\7a\ce\fd\3d\7b\63\68\1b\0a\69\bd\f9" ;; 1e-143
    "\4e\08\5c\a6\0c\a1\be\06\2d\3e\21\51\a6\61\16\9c" ;; 1e-142
    "\62\0a\f3\cf\4f\49\6e\48\b8\8d\69\e5\0f\fa\1b\c3" ;; 1e-141
    "\fa\cc\ef\c3\a3\db\89\5a\26\f1\c3\de\93\f8\e2\f3" ;; 1e-140
    "\1c\e0\75\5a\46\29\96\f8\b7\76\3a\6b\5c\db\6d\98" ;; 1e-139
    "\23\58\13\f1\97\b3\bb\f6\65\14\09\86\33\52\89\be" ;; 1e-138
    "\2c\2e\58\ed\7d\a0\6a\74\7f\59\8b\67\c0\a6\2b\ee" ;; 1e-137
    "\dc\1c\57\b4\4e\a4\c2\a8\ef\17\b7\40\38\48\db\94" ;; 1e-136
    "\13\e4\6c\61\62\4d\f3\92\eb\dd\e4\50\46\1a\12\ba" ;; 1e-135
    "\17\1d\c8\f9\ba\20\b0\77\66\15\1e\e5\d7\a0\96\e8" ;; 1e-134
    "\2e\12\1d\dc\74\14\ce\0a\60\cd\32\ef\86\24\5e\91" ;; 1e-133
    "\ba\56\24\13\92\99\81\0d\b8\80\ff\aa\a8\ad\b5\b5" ;; 1e-132
    "\69\6c\ed\97\f6\ff\e1\10\e6\60\bf\d5\12\19\23\e3" ;; 1e-131
    "\c1\63\f4\1e\fa\3f\8d\ca\8f\9c\97\c5\ab\ef\f5\8d" ;; 1e-130
    "\b2\7c\b1\a6\f8\8f\30\bd\b3\83\fd\b6\96\6b\73\b1" ;; 1e-129
    "\de\db\5d\d0\f6\b3\7c\ac\a0\e4\bc\64\7c\46\d0\dd" ;; 1e-128
    "\6b\a9\3a\42\7a\f0\cd\6b\e4\0e\f6\be\0d\2c\a2\8a" ;; 1e-127
    "\c6\53\c9\d2\98\6c\c1\86\9d\92\b3\2e\11\b7\4a\ad" ;; 1e-126
    "\b7\a8\7b\07\bf\c7\71\e8\44\77\60\7a\d5\64\9d\d8" ;; 1e-125
    "\72\49\ad\64\d7\1c\47\11\8b\4a\7c\6c\05\5f\62\87" ;; 1e-124
    "\cf\9b\d8\3d\0d\e4\98\d5\2d\5d\9b\c7\c6\f6\3a\a9" ;; 1e-123
    "\c3\c2\4e\8d\10\1d\ff\4a\79\34\82\79\78\b4\89\d3" ;; 1e-122
    "\ba\39\51\58\2a\72\df\ce\cb\60\f1\4b\cb\10\36\84" ;; 1e-121
    "\28\88\65\ee\b4\4e\97\c2\fe\b8\ed\1e\fe\94\43\a5" ;; 1e-120
    "\32\ea\fe\29\62\22\3d\73\3e\27\a9\a6\3d\7a\94\ce" ;; 1e-119
    "\5f\52\3f\5a\7d\35\06\08\87\b8\29\88\66\cc\1c\81" ;; 1e-118
    "\f7\26\cf\b0\dc\c2\07\ca\a8\26\34\2a\80\ff\63\a1" ;; 1e-117
    "\b5\f0\02\dd\93\b3\89\fc\52\30\c1\34\60\ff\bc\c9" ;; 1e-116
    "\e2\ac\43\d4\78\20\ac\bb\67\7c\f1\41\38\3f\2c\fc" ;; 1e-115
    "\0d\4c\aa\84\4b\94\4b\d5\c0\ed\36\29\83\a7\9b\9d" ;; 1e-114
    "\11\df\d4\65\5e\79\9e\0a\31\a9\84\f3\63\91\02\c5" ;; 1e-113
    "\d5\16\4a\ff\b5\17\46\4d\7d\d3\65\f0\bc\35\43\f6" ;; 1e-112
    "\45\4e\8e\bf\d1\ce\4b\50\2e\a4\3f\16\96\01\ea\99" ;; 1e-111
    "\d6\e1\71\2f\86\c2\5e\e4\39\8d\cf\9b\fb\81\64\c0" ;; 1e-110
    "\4c\5a\4e\bb\27\73\76\5d\88\70\c3\82\7a\a2\7d\f0" ;; 1e-109
    "\6f\f8\10\d5\f8\07\6a\3a\55\26\ba\91\8c\85\4e\96" ;; 1e-108
    "\8b\36\55\0a\f7\89\04\89\ea\af\28\b6\ef\26\e2\bb" ;; 1e-107
    "\2e\84\ea\cc\74\ac\45\2b\e5\db\b2\a3\ab\b0\da\ea" ;; 1e-106
    "\9d\92\12\00\c9\8b\0b\3b\6f\c9\4f\46\6b\ae\c8\92" ;; 1e-105
    "\44\37\17\40\bb\6e\ce\09\cb\bb\e3\17\06\da\7a\b7" ;; 1e-104
    "\15\05\1d\10\6a\0a\42\cc\bd\aa\dc\9d\87\90\59\e5" ;; 1e-103
    "\2d\23\12\4a\82\46\a9\9f\b6\ea\a9\c2\54\fa\57\8f" ;; 1e-102
    "\f9\ab\96\dc\22\98\93\47\64\65\54\f3\e9\f8\2d\b3" ;; 1e-101
    "\f7\56\bc\93\2b\7e\78\59\bd\7e\29\70\24\77\f9\df" ;; 1e-100
    "\5a\b6\55\3c\db\4e\eb\57\36\ef\19\c6\76\ea\fb\8b" ;; 1e-99
    "\f1\23\6b\0b\92\22\e6\ed\03\6b\a0\77\14\e5\fa\ae" ;; 1e-98
    "\ed\ec\45\8e\36\ab\5f\e9\c4\85\88\95\59\9e\b9\da" ;; 1e-97
    "\14\b4\eb\18\02\cb\db\11\9b\53\75\fd\f7\02\b4\88" ;; 1e-96
    "\19\a1\26\9f\c2\bd\52\d6\81\a8\d2\fc\b5\03\e1\aa" ;; 1e-95
    "\5f\49\f0\46\33\6d\e7\4b\a2\52\07\7c\a3\44\99\d5" ;; 1e-94
    "\db\2d\56\0c\40\a4\70\6f\a5\93\84\2d\e6\ca\7f\85" ;; 1e-93
    "\52\b9\6b\0f\50\cd\4c\cb\8e\b8\e5\b8\9f\bd\df\a6" ;; 1e-92
    "\a7\a7\46\13\a4\00\20\7e\b2\26\1f\a7\07\ad\97\d0" ;; 1e-91
    "\c8\28\0c\8c\66\00\d4\8e\2f\78\73\c8\24\cc\5e\82" ;; 1e-90
    "\fa\32\0f\2f\80\00\89\72\3b\56\90\fa\2d\7f\f6\a2" ;; 1e-89
    "\b9\ff\d2\3a\a0\40\2b\4f\ca\6b\34\79\f9\1e\b4\cb" ;; 1e-88
    "\a8\bf\87\49\c8\10\f6\e2\bc\86\81\d7\b7\26\a1\fe" ;; 1e-87
    "\c9\d7\f4\2d\7d\ca\d9\0d\36\f4\b0\e6\32\b8\24\9f" ;; 1e-86
    "\bb\0d\72\79\1c\3d\50\91\43\31\5d\a0\3f\e6\ed\c6" ;; 1e-85
    "\2a\91\ce\97\63\4c\a4\75\94\7d\74\88\cf\5f\a9\f8" ;; 1e-84
    "\ba\1a\e1\3e\be\af\86\c9\7c\ce\48\b5\e1\db\69\9b" ;; 1e-83
    "\68\61\99\ce\ad\5b\e8\fb\1b\02\9b\22\da\52\44\c2" ;; 1e-82
    "\c3\b9\3f\42\99\72\e2\fa\a2\c2\41\ab\90\67\d5\f2" ;; 1e-81
    "\1a\d4\67\c9\9f\87\cd\dc\a5\19\09\6b\ba\60\c5\97" ;; 1e-80
    "\20\c9\c1\bb\87\e9\00\54\0f\60\cb\05\e9\b8\b6\bd" ;; 1e-79
    "\68\3b\b2\aa\e9\23\01\29\13\38\3e\47\23\67\24\ed" ;; 1e-78
    "\21\65\af\0a\72\b6\a0\f9\0b\e3\86\0c\76\c0\36\94" ;; 1e-77
    "\69\3e\5b\8d\0e\e4\08\f8\ce\9b\a8\8f\93\70\44\b9" ;; 1e-76
    "\04\0e\b2\30\12\1d\0b\b6\c2\c2\92\73\b8\8c\95\e7" ;; 1e-75
    "\c2\48\6f\5e\2b\f2\c6\b1\b9\b9\3b\48\f3\77\bd\90" ;; 1e-74
    "\f3\1a\0b\36\b6\ae\38\1e\28\a8\4a\1a\f0\d5\ec\b4" ;; 1e-73
    "\b0\e1\8d\c3\63\da\c6\25\32\52\dd\20\6c\0b\28\e2" ;; 1e-72
    "\0e\ad\38\5a\7e\48\9c\57\5f\53\8a\94\23\07\59\8d" ;; 1e-71
    "\51\d8\c6\f0\9d\5a\83\2d\37\e8\ac\79\ec\48\af\b0" ;; 1e-70
    "\65\8e\f8\6c\45\31\e4\f8\44\22\18\98\27\1b\db\dc" ;; 1e-69
    "\ff\58\1b\64\cb\9e\8e\1b\6b\15\0f\bf\f8\f0\08\8a" ;; 1e-68
    "\3f\2f\22\3d\7e\46\72\e2\c5\da\d2\ee\36\2d\8b\ac" ;; 1e-67
    "\0f\bb\6a\cc\1d\d8\0e\5b\77\91\87\aa\84\f8\ad\d7" ;; 1e-66
    "\e9\b4\c2\9f\12\47\e9\98\ea\ba\94\ea\52\bb\cc\86" ;; 1e-65
    "\24\62\b3\47\d7\98\23\3f\a5\e9\39\a5\27\ea\7f\a8" ;; 1e-64
    "\ad\3a\a0\19\0d\7f\ec\8e\0e\64\88\8e\b1\e4\9f\d2" ;; 1e-63
    "\ac\24\04\30\68\cf\53\19\89\3e\15\f9\ee\ee\a3\83" ;; 1e-62
    "\d7\2d\05\3c\42\c3\a8\5f\2b\8e\5a\b7\aa\ea\8c\a4" ;; 1e-61
    "\4d\79\06\cb\12\f4\92\37\b6\31\31\65\55\25\b0\cd" ;; 1e-60
    "\d0\0b\e4\be\8b\d8\bb\e2\11\bf\3e\5f\55\17\8e\80" ;; 1e-59
    "\c4\0e\9d\ae\ae\ce\6a\5b\d6\6e\0e\b7\2a\9d\b1\a0" ;; 1e-58
    "\75\52\44\5a\5a\82\45\f2\8b\0a\d2\64\75\04\de\c8" ;; 1e-57
    "\12\67\d5\f0\f0\e2\d6\ee\2e\8d\06\be\92\85\15\fb" ;; 1e-56
    "\6b\60\85\96\d6\4d\46\55\3d\18\c4\b6\7b\73\ed\9c" ;; 1e-55
    "\86\b8\26\3c\4c\e1\97\aa\4c\1e\75\a4\5a\d0\28\c4" ;; 1e-54
    "\a8\66\30\4b\9f\d9\3d\d5\df\65\92\4d\71\04\33\f5" ;; 1e-53
    "\29\40\fe\8e\03\a8\46\e5\ab\7f\7b\d0\c6\e2\3f\99" ;; 1e-52
    "\33\d0\bd\72\04\52\98\de\96\5f\9a\84\78\db\8f\bf" ;; 1e-51
    "\40\44\6d\8f\85\66\3e\96\7c\f7\c0\a5\56\d2\73\ef" ;; 1e-50
    "\a8\4a\a4\79\13\00\e7\dd\ad\9a\98\27\76\63\a8\95" ;; 1e-49
    "\52\5d\0d\58\18\c0\60\55\59\c1\7e\b1\53\7c\12\bb" ;; 1e-48
    "\a6\b4\10\6e\1e\f0\b8\aa\af\71\de\9d\68\1b\d7\e9" ;; 1e-47
    "\e8\70\ca\04\13\96\b3\ca\0d\07\ab\62\21\71\26\92" ;; 1e-46
    "\22\0d\fd\c5\97\7b\60\3d\d1\c8\55\bb\69\0d\b0\b6" ;; 1e-45
    "\6a\50\7c\b7\7d\9a\b8\8c\05\3b\2b\2a\c4\10\5c\e4" ;; 1e-44
    "\42\b2\ad\92\8e\60\f3\77\e3\04\5b\9a\7a\8a\b9\8e" ;; 1e-43
    "\d3\1e\59\37\b2\38\f0\55\1c\c6\f1\40\19\ed\67\b2" ;; 1e-42
    "\88\66\2f\c5\de\46\6c\6b\a3\37\2e\91\5f\e8\01\df" ;; 1e-41
    "\15\a0\3d\3b\4b\ac\23\23\c6\e2\bc\ba\3b\31\61\8b" ;; 1e-40
    "\1a\08\0d\0a\5e\97\ec\ab\77\1b\6c\a9\8a\7d\39\ae" ;; 1e-39
    "\21\4a\90\8c\35\bd\e7\96\55\22\c7\53\ed\dc\c7\d9" ;; 1e-38
    "\54\2e\da\77\41\d6\50\7e\75\75\5c\54\14\ea\1c\88" ;; 1e-37
    "\e9\b9\d0\d5\d1\0b\e5\dd\d2\92\73\69\99\24\24\aa" ;; 1e-36
    "\64\e8\44\4b\c6\4e\5e\95\87\77\d0\c3\bf\2d\ad\d4" ;; 1e-35
    "\3e\11\0b\ef\3b\f1\5a\bd\b4\4a\62\da\97\3c\ec\84" ;; 1e-34
    "\8e\d5\cd\ea\8a\ad\b1\ec\61\dd\fa\d0\bd\4b\27\a6" ;; 1e-33
    "\f2\4a\81\a5\ed\18\de\67\ba\94\39\45\ad\1e\b1\cf" ;; 1e-32
    "\d7\ce\70\87\94\cf\ea\80\f4\fc\43\4b\2c\b3\ce\81" ;; 1e-31
    "\8d\02\4d\a9\79\83\25\a1\31\fc\14\5e\f7\5f\42\a2" ;; 1e-30
    "\30\43\a0\13\58\e4\6e\09\3e\3b\9a\35\f5\f7\d2\ca" ;; 1e-29
    "\fc\53\88\18\6e\9d\ca\8b\0d\ca\00\83\f2\b5\87\fd" ;; 1e-28
    "\7d\34\55\cf\64\a2\5e\77\48\7e\e0\91\b7\d1\74\9e" ;; 1e-27
    "\9d\81\2a\03\fe\4a\36\95\da\9d\58\76\25\06\12\c6" ;; 1e-26
    "\04\22\f5\83\bd\dd\83\3a\51\c5\ee\d3\ae\87\96\f7" ;; 1e-25
    "\42\35\79\72\96\6a\92\c4\52\3b\75\44\cd\14\be\9a" ;; 1e-24
    "\93\82\17\0f\3c\05\b7\75\27\8a\92\95\00\9a\6d\c1" ;; 1e-23
    "\38\63\dd\12\8b\c6\24\53\b1\2c\f7\ba\80\00\c9\f1" ;; 1e-22
    "\03\5e\ca\eb\16\fc\f6\d3\ee\7b\da\74\50\a0\1d\97" ;; 1e-21
    "\84\f5\bc\a6\1c\bb\f4\88\ea\1a\11\92\64\08\e5\bc" ;; 1e-20
    "\e5\32\6c\d0\e3\e9\31\2b\a5\61\95\b6\7d\4a\1e\ec" ;; 1e-19
    "\cf\9f\43\62\2e\32\ff\3a\07\5d\1d\92\8e\ee\92\93" ;; 1e-18
    "\c2\87\d4\fa\b9\fe\be\09\49\b4\a4\36\32\aa\77\b8" ;; 1e-17
    "\b3\a9\89\79\68\be\2e\4c\5b\e1\4d\c4\be\94\95\e6" ;; 1e-16
    "\10\0a\f6\4b\01\37\9d\0f\d9\ac\b0\3a\f7\7c\1d\90" ;; 1e-15
    "\94\8c\f3\9e\c1\84\84\53\0f\d8\5c\09\35\dc\24\b4" ;; 1e-14
    "\b9\6f\b0\06\f2\a5\65\28\13\0e\b4\4b\42\13\2e\e1" ;; 1e-13
    "\d3\45\2e\44\b7\87\3f\f9\cb\88\50\6f\09\cc\bc\8c" ;; 1e-12
    "\48\d7\39\15\a5\69\8f\f7\fe\aa\24\cb\0b\ff\eb\af" ;; 1e-11
    "\1b\4d\88\5a\0e\44\73\b5\be\d5\ed\bd\ce\fe\e6\db" ;; 1e-10
    "\30\30\95\f8\88\0a\68\31\97\a5\b4\36\41\5f\70\89" ;; 1e-9
    "\3d\7c\ba\36\2b\0d\c2\fd\fc\ce\61\84\11\77\cc\ab" ;; 1e-8
    "\4c\1b\69\04\76\90\32\3d\bc\42\7a\e5\d5\94\bf\d6" ;; 1e-7
    "\0f\b1\c1\c2\49\9a\3f\a6\b5\69\6c\af\05\bd\37\86" ;; 1e-6
    "\53\1d\72\33\dc\80\cf\0f\23\84\47\1b\47\ac\c5\a7" ;; 1e-5
    "\a8\a4\4e\40\13\61\c3\d3\2b\65\19\e2\58\17\b7\d1" ;; 1e-4
    "\e9\26\31\08\ac\1c\5a\64\3b\df\4f\8d\97\6e\12\83" ;; 1e-3
    "\a3\70\3d\0a\d7\a3\70\3d\0a\d7\a3\70\3d\0a\d7\a3" ;; 1e-2
    "\cc\cc\cc\cc\cc\cc\cc\cc\cc\cc\cc\cc\cc\cc\cc\cc" ;; 1e-1
    "\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\80" ;; 1e0
    "\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\a0" ;; 1e1
    "\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\c8" ;; 1e2
    "\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\fa" ;; 1e3
    "\00\00\00\00\00\00\00\00\00\00\00\00\00\00\40\9c" ;; 1e4
    "\00\00\00\00\00\00\00\00\00\00\00\00\00\00\50\c3" ;; 1e5
    "\00\00\00\00\00\00\00\00\00\00\00\00\00\00\24\f4" ;; 1e6
    "\00\00\00\00\00\00\00\00\00\00\00\00\00\80\96\98" ;; 1e7
    "\00\00\00\00\00\00\00\00\00\00\00\00\00\20\bc\be" ;; 1e8
    "\00\00\00\00\00\00\00\00\00\00\00\00\00\28\6b\ee" ;; 1e9
    "\00\00\00\00\00\00\00\00\00\00\00\00\00\f9\02\95" ;; 1e10
    "\00\00\00\00\00\00\00\00\00\00\00\00\40\b7\43\ba" ;; 1e11
    "\00\00\00\00\00\00\00\00\00\00\00\00\10\a5\d4\e8" ;; 1e12
    "\00\00\00\00\00\00\00\00\00\00\00\00\2a\e7\84\91" ;; 1e13
    "\00\00\00\00\00\00\00\00\00\00\00\80\f4\20\e6\b5" ;; 1e14
    "\00\00\00\00\00\00\00\00\00\00\00\a0\31\a9\5f\e3" ;; 1e15
    "\00\00\00\00\00\00\00\00\00\00\00\04\bf\c9\1b\8e" ;; 1e16
    "\00\00\00\00\00\00\00\00\00\00\00\c5\2e\bc\a2\b1" ;; 1e17
    "\00\00\00\00\00\00\00\00\00\00\40\76\3a\6b\0b\de" ;; 1e18
    "\00\00\00\00\00\00\00\00\00\00\e8\89\04\23\c7\8a" ;; 1e19
    "\00\00\00\00\00\00\00\00\00\00\62\ac\c5\eb\78\ad" ;; 1e20
    "\00\00\00\00\00\00\00\00\00\80\7a\17\b7\26\d7\d8" ;; 1e21
    "\00\00\00\00\00\00\00\00\00\90\ac\6e\32\78\86\87" ;; 1e22
    "\00\00\00\00\00\00\00\00\00\b4\57\0a\3f\16\68\a9" ;; 1e23
    "\00\00\00\00\00\00\00\00\00\a1\ed\cc\ce\1b\c2\d3" ;; 1e24
    "\00\00\00\00\00\00\00\00\a0\84\14\40\61\51\59\84" ;; 1e25
    "\00\00\00\00\00\00\00\00\c8\a5\19\90\b9\a5\6f\a5" ;; 1e26
    "\00\00\00\00\00\00\00\00\3a\0f\20\f4\27\8f\cb\ce" ;; 1e27
    "\00\00\00\00\00\00\00\40\84\09\94\f8\78\39\3f\81" ;; 1e28
    "\00\00\00\00\00\00\00\50\e5\0b\b9\36\d7\07\8f\a1" ;; 1e29
    "\00\00\00\00\00\00\00\a4\de\4e\67\04\cd\c9\f2\c9" ;; 1e30
    "\00\00\00\00\00\00\00\4d\96\22\81\45\40\7c\6f\fc" ;; 1e31
    "\00\00\00\00\00\00\20\f0\9d\b5\70\2b\a8\ad\c5\9d" ;; 1e32
    "\00\00\00\00\00\00\28\6c\05\e3\4c\36\12\19\37\c5" ;; 1e33
    "\00\00\00\00\00\00\32\c7\c6\1b\e0\c3\56\df\84\f6" ;; 1e34
    "\00\00\00\00\00\40\7f\3c\5c\11\6c\3a\96\0b\13\9a" ;; 1e35
    "\00\00\00\00\00\10\9f\4b\b3\15\07\c9\7b\ce\97\c0" ;; 1e36
    "\00\00\00\00\00\d4\86\1e\20\db\48\bb\1a\c2\bd\f0" ;; 1e37
    "\00\00\00\00\80\44\14\13\f4\88\0d\b5\50\99\76\96" ;; 1e38
    "\00\00\00\00\a0\55\d9\17\31\eb\50\e2\a4\3f\14\bc" ;; 1e39
    "\00\00\00\00\08\ab\cf\5d\fd\25\e5\1a\8e\4f\19\eb" ;; 1e40
    "\00\00\00\00\e5\ca\a1\5a\be\37\cf\d0\b8\d1\ef\92" ;; 1e41
    "\00\00\00\40\9e\3d\4a\f1\ad\05\03\05\27\c6\ab\b7" ;; 1e42
    "\00\00\00\d0\05\cd\9c\6d\19\c7\43\c6\b0\b7\96\e5" ;; 1e43
    "\00\00\00\a2\23\00\82\e4\6f\5c\ea\7b\ce\32\7e\8f" ;; 1e44
    "\00\00\80\8a\2c\80\a2\dd\8b\f3\e4\1a\82\bf\5d\b3" ;; 1e45
    "\00\00\20\ad\37\20\0b\d5\6e\30\9e\a1\62\2f\35\e0" ;; 1e46
    "\00\00\34\cc\22\f4\26\45\45\de\02\a5\9d\3d\21\8c" ;; 1e47
    "\00\00\41\7f\2b\b1\70\96\d6\95\43\0e\05\8d\29\af" ;; 1e48
    "\00\40\11\5f\76\dd\0c\3c\4c\7b\d4\51\46\f0\f3\da" ;; 1e49
    "\00\c8\6a\fb\69\0a\88\a5\0f\cd\24\f3\2b\76\d8\88" ;; 1e50
    "\00\7a\45\7a\04\0d\ea\8e\53\00\ee\ef\b6\93\0e\ab" ;; 1e51
    "\80\d8\d6\98\45\90\a4\72\68\80\e9\ab\a4\38\d2\d5" ;; 1e52
    "\50\47\86\7f\2b\da\a6\47\41\f0\71\eb\66\63\a3\85" ;; 1e53
    "\24\d9\67\5f\b6\90\90\99\51\6c\4e\a6\40\3c\0c\a7" ;; 1e54
    "\6d\cf\41\f7\e3\b4\f4\ff\65\07\e2\cf\50\4b\cf\d0" ;; 1e55
    "\a4\21\89\7a\0e\f1\f8\bf\9f\44\ed\81\12\8f\81\82" ;; 1e56
    "\0d\6a\2b\19\52\2d\f7\af\c7\95\68\22\d7\f2\21\a3" ;; 1e57
    "\90\44\76\9f\a6\f8\f4\9b\39\bb\02\eb\8c\6f\ea\cb" ;; 1e58
    "\b4\d5\53\47\d0\36\f2\02\08\6a\c3\25\70\0b\e5\fe" ;; 1e59
    "\90\65\94\2c\42\62\d7\01\45\22\9a\17\26\27\4f\9f" ;; 1e60
    "\f5\7e\b9\b7\d2\3a\4d\42\d6\aa\80\9d\ef\f0\22\c7" ;; 1e61
    "\b2\de\a7\65\87\89\e0\d2\8b\d5\e0\84\2b\ad\eb\f8" ;; 1e62
    "\2f\eb\88\9f\f4\55\cc\63\77\85\0c\33\3b\4c\93\9b" ;; 1e63
    "\fb\25\6b\c7\71\6b\bf\3c\d5\a6\cf\ff\49\1f\78\c2" ;; 1e64
    "\7a\ef\45\39\4e\46\ef\8b\8a\90\c3\7f\1c\27\16\f3" ;; 1e65
    "\ac\b5\cb\e3\f0\8b\75\97\56\3a\da\cf\71\d8\ed\97" ;; 1e66
    "\17\a3\be\1c\ed\ee\52\3d\ec\c8\d0\43\8e\4e\e9\bd" ;; 1e67
    "\dd\4b\ee\63\a8\aa\a7\4c\27\fb\c4\d4\31\a2\63\ed" ;; 1e68
    "\6a\ef\74\3e\a9\ca\e8\8f\f8\1c\fb\24\5f\45\5e\94" ;; 1e69
    "\44\2b\12\8e\53\fd\e2\b3\36\e4\39\ee\b6\d6\75\b9" ;; 1e70
    "\16\b6\96\71\a8\bc\db\60\44\5d\c8\a9\64\4c\d3\e7" ;; 1e71
    "\cd\31\fe\46\e9\55\89\bc\4a\3a\1d\ea\be\0f\e4\90" ;; 1e72
    "\41\be\bd\98\63\ab\ab\6b\dd\88\a4\a4\ae\13\1d\b5" ;; 1e73
    "\d1\2d\ed\7e\3c\96\96\c6\14\ab\cd\4d\9a\58\64\e2" ;; 1e74
    "\a2\3c\54\cf\e5\1d\1e\fc\ec\8a\a0\70\60\b7\7e\8d" ;; 1e75
    "\cb\4b\29\43\5f\a5\25\3b\a8\ad\c8\8c\38\65\de\b0" ;; 1e76
    "\be\9e\f3\13\b7\0e\ef\49\12\d9\fa\af\86\fe\15\dd" ;; 1e77
    "\37\43\78\6c\32\69\35\6e\ab\c7\fc\2d\14\bf\2d\8a" ;; 1e78
    "\04\54\96\07\7f\c3\c2\49\96\f9\7b\39\d9\2e\b9\ac" ;; 1e79
    "\06\e9\7b\c9\5e\74\33\dc\fb\f7\da\87\8f\7a\e7\d7" ;; 1e80
    "\a3\71\ed\3d\bb\28\a0\69\fd\da\e8\b4\99\ac\f0\86" ;; 1e81
    "\0c\ce\68\0d\ea\32\08\c4\bc\11\23\22\c0\d7\ac\a8" ;; 1e82
    "\90\01\c3\90\a4\3f\0a\f5\2b\d6\ab\2a\b0\0d\d8\d2" ;; 1e83
    "\fa\e0\79\da\c6\67\26\79\db\65\ab\1a\8e\08\c7\83" ;; 1e84
    "\38\59\18\91\b8\01\70\57\52\3f\56\a1\b1\ca\b8\a4" ;; 1e85
    "\86\6f\5e\b5\26\02\4c\ed\26\cf\ab\09\5e\fd\e6\cd" ;; 1e86
    "\b4\05\5b\31\58\81\4f\54\78\61\0b\c6\5a\5e\b0\80" ;; 1e87
    "\21\c7\b1\3d\ae\61\63\69\d6\39\8e\77\f1\75\dc\a0" ;; 1e88
    "\e9\38\1e\cd\19\3a\bc\03\4c\c8\71\d5\6d\93\13\c9" ;; 1e89
    "\23\c7\65\40\a0\48\ab\04\5f\3a\ce\4a\49\78\58\fb" ;; 1e90
    "\76\9c\3f\28\64\0d\eb\62\7b\e4\c0\ce\2d\4b\17\9d" ;; 1e91
    "\94\83\4f\32\bd\d0\a5\3b\9a\1d\71\42\f9\1d\5d\c4" ;; 1e92
    "\79\64\e3\7e\ec\44\8f\ca\00\65\0d\93\77\65\74\f5" ;; 1e93
    "\cb\1e\4e\cf\13\8b\99\7e\20\5f\e8\bb\6a\bf\68\99" ;; 1e94
    "\7e\a6\21\c3\d8\ed\3f\9e\e8\76\e2\6a\45\ef\c2\bf" ;; 1e95
    "\1e\10\ea\f3\4e\e9\cf\c5\a2\14\9b\c5\16\ab\b3\ef" ;; 1e96
    "\12\4a\72\58\d1\f1\a1\bb\e5\ec\80\3b\ee\4a\d0\95" ;; 1e97
    "\97\dc\8e\ae\45\6e\8a\2a\1f\28\61\ca\a9\5d\44\bb" ;; 1e98
    "\bd\93\32\1a\d7\09\2d\f5\26\72\f9\3c\14\75\15\ea" ;; 1e99
    "\56\9c\5f\70\26\26\3c\59\58\e7\1b\a6\2c\69\4d\92" ;; 1e100
    "\6c\83\77\0c\b0\2f\8b\6f\2e\e1\a2\cf\77\c3\e0\b6" ;; 1e101
    "\47\64\95\0f\9c\fb\6d\0b\7a\99\8b\c3\55\f4\98\e4" ;; 1e102
    "\ac\5e\bd\89\41\bd\24\47\ec\3f\37\9a\b5\98\df\8e" ;; 1e103
    "\57\b6\2c\ec\91\ec\ed\58\e7\0f\c5\00\e3\7e\97\b2" ;; 1e104
    "\ed\e3\37\67\b6\67\29\2f\e1\53\f6\c0\9b\5e\3d\df" ;; 1e105
    "\74\ee\82\00\d2\e0\79\bd\6c\f4\99\58\21\5b\86\8b" ;; 1e106
    "\11\aa\a3\80\06\59\d8\ec\87\71\c0\ae\e9\f1\67\ae" ;; 1e107
    "\95\94\cc\20\48\6f\0e\e8\e9\8d\70\1a\64\ee\01\da" ;; 1e108
    "\dd\dc\7f\14\8d\05\09\31\b2\58\86\90\fe\34\41\88" ;; 1e109
    "\15\d4\9f\59\f0\46\4b\bd\de\ee\a7\34\3e\82\51\aa" ;; 1e110
    "\1a\c9\07\70\ac\18\9e\6c\96\ea\d1\c1\cd\e2\e5\d4" ;; 1e111
    "\b0\dd\04\c6\6b\cf\e2\03\9e\32\23\99\c0\ad\0f\85" ;; 1e112
    "\1c\15\86\b7\46\83\db\84\45\ff\6b\bf\30\99\53\a6" ;; 1e113
    "\63\9a\67\65\18\64\12\e6\16\ff\46\ef\7c\7f\e8\cf" ;; 1e114
    "\7e\c0\60\3f\8f\7e\cb\4f\6e\5f\8c\15\ae\4f\f1\81" ;; 1e115
    "\9d\f0\38\0f\33\5e\be\e3\49\77\ef\9a\99\a3\6d\a2" ;; 1e116
    "\c5\2c\07\d3\bf\f5\ad\5c\1c\55\ab\01\80\0c\09\cb" ;; 1e117
    "\f6\f7\c8\c7\2f\73\d9\73\63\2a\16\02\a0\4f\cb\fd" ;; 1e118
    "\fa\9a\dd\dc\fd\e7\67\28\7e\da\4d\01\c4\11\9f\9e" ;; 1e119
    "\b8\01\15\54\fd\e1\81\b2\1d\51\a1\01\35\d6\46\c6" ;; 1e120
    "\26\42\1a\a9\7c\5a\22\1f\65\a5\09\42\c2\8b\d8\f7" ;; 1e121
    "\58\69\b0\e9\8d\78\75\33\5f\07\46\69\59\57\e7\9a" ;; 1e122
    "\ae\83\1c\64\b1\d6\52\00\37\89\97\c3\2f\2d\a1\c1" ;; 1e123
    "\9a\a4\23\bd\5d\8c\67\c0\84\6b\7d\b4\7b\78\09\f2" ;; 1e124
    "\e0\46\36\96\ba\b7\40\f8\32\63\ce\50\4d\eb\45\97" ;; 1e125
    "\98\d8\c3\3b\a9\e5\50\b6\ff\fb\01\a5\20\66\17\bd" ;; 1e126
    "\be\ce\b4\8a\13\1f\e5\a3\ff\7a\42\ce\a8\3f\5d\ec" ;; 1e127
    "\37\01\b1\36\6c\33\6f\c6\df\8c\e9\80\c9\47\ba\93" ;; 1e128
    "\84\41\5d\44\47\00\0b\b8\17\f0\23\e1\bb\d9\a8\b8" ;; 1e129
    "\e5\91\74\15\59\c0\0d\a6\1d\ec\6c\d9\2a\10\d3\e6" ;; 1e130
    "\2f\db\68\ad\37\98\c8\87\92\13\e4\c7\1a\ea\43\90" ;; 1e131
    "\fb\11\c3\98\45\be\ba\29\77\18\dd\79\a1\e4\54\b4" ;; 1e132
    "\7a\d6\f3\fe\d6\6d\29\f4\94\5e\54\d8\c9\1d\6a\e1" ;; 1e133
    "\0c\66\58\5f\a6\e4\99\18\1d\bb\34\27\9e\52\e2\8c" ;; 1e134
    "\8f\7f\2e\f7\cf\5d\c0\5e\e4\e9\01\b1\45\e7\1a\b0" ;; 1e135
    "\73\1f\fa\f4\43\75\70\76\5d\64\42\1d\17\a1\21\dc" ;; 1e136
    "\a8\53\1c\79\4a\49\06\6a\ba\7e\49\72\ae\04\95\89" ;; 1e137
    "\92\68\63\17\9d\db\87\04\69\de\db\0e\da\45\fa\ab" ;; 1e138
    "\b6\42\3c\5d\84\d2\a9\45\03\d6\92\92\50\d7\f8\d6" ;; 1e139
    "\b2\a9\45\ba\92\23\8a\0b\c2\c5\9b\5b\92\86\5b\86" ;; 1e140
    "\1e\14\d7\68\77\ac\6c\8e\32\b7\82\f2\36\68\f2\a7" ;; 1e141
    "\26\d9\0c\43\95\d7\07\32\ff\64\23\af\44\02\ef\d1" ;; 1e142
    "\b8\07\e8\49\bd\e6\44\7f\1f\1f\76\ed\6a\61\35\83" ;; 1e143
    "\a6\09\62\9c\6c\20\16\5f\e7\a6\d3\a8\c5\b9\02\a4" ;; 1e144
    "\0f\8c\7a\c3\87\a8\db\36\a1\90\08\13\37\68\03\cd" ;; 1e145
    "\89\97\2c\da\54\49\49\c2\64\5a\e5\6b\22\21\22\80" ;; 1e146
    "\6c\bd\b7\10\aa\9b\db\f2\fd\b0\de\06\6b\a9\2a\a0" ;; 1e147
    "\c7\ac\e5\94\94\82\92\6f\3d\5d\96\c8\c5\53\35\c8" ;; 1e148
    "\f9\17\1f\ba\39\23\77\cb\8c\f4\bb\3a\b7\a8\42\fa" ;; 1e149
    "\fb\6e\53\14\04\76\2a\ff\d7\78\b5\84\72\a9\69\9c" ;; 1e150
    "\ba\4a\68\19\85\13\f5\fe\0d\d7\e2\25\cf\13\84\c3" ;; 1e151
    "\69\5d\c2\5f\66\58\b2\7e\d1\8c\5b\ef\c2\18\65\f4" ;; 1e152
    "\61\7a\d9\fb\3f\77\2f\ef\02\38\99\d5\79\2f\bf\98" ;; 1e153
    "\fa\d8\cf\fa\0f\55\fb\aa\03\86\ff\4a\58\fb\ee\be" ;; 1e154
    "\38\cf\83\f9\53\2a\ba\95\84\67\bf\5d\2e\ba\aa\ee" ;; 1e155
    "\83\61\f2\7b\74\5a\94\dd\b2\a0\97\fa\5c\b4\2a\95" ;; 1e156
    "\e4\f9\ee\9a\11\71\f9\94\df\88\3d\39\74\61\75\ba" ;; 1e157
    "\5d\b8\aa\01\56\cd\37\7a\17\eb\8c\47\d1\b9\12\e9" ;; 1e158
    "\3a\b3\0a\c1\55\e0\62\ac\ee\12\b8\cc\22\b4\ab\91" ;; 1e159
    "\09\60\4d\31\6b\98\7b\57\aa\17\e6\7f\2b\a1\16\b6" ;; 1e160
    "\0b\b8\a0\fd\85\7e\5a\ed\94\9d\df\5f\76\49\9c\e3" ;; 1e161
    "\07\73\84\be\13\8f\58\14\7d\c2\eb\fb\e9\ad\41\8e" ;; 1e162
    "\c8\8f\25\ae\d8\b2\6e\59\1c\b3\e6\7a\64\19\d2\b1" ;; 1e163
    "\bb\f3\ae\d9\8e\5f\ca\6f\e3\5f\a0\99\bd\9f\46\de" ;; 1e164
    "\54\58\0d\48\b9\7b\de\25\ee\3b\04\80\d6\23\ec\8a" ;; 1e165
    "\6a\ae\10\9a\a7\1a\56\af\e9\4a\05\20\cc\2c\a7\ad" ;; 1e166
    "\04\da\94\80\51\a1\2b\1b\a4\9d\06\28\ff\f7\10\d9" ;; 1e167
    "\42\08\5d\f0\d2\44\fb\90\86\22\04\79\ff\9a\aa\87" ;; 1e168
    "\53\4a\74\ac\07\16\3a\35\28\2b\45\57\bf\41\95\a9" ;; 1e169
    "\e8\5c\91\97\89\9b\88\42\f2\75\16\2d\2f\92\fa\d3" ;; 1e170
    "\11\da\ba\fe\35\61\95\69\b7\09\2e\7c\5d\9b\7c\84" ;; 1e171
    "\95\90\69\7e\83\b9\fa\43\25\8c\39\db\34\c2\9b\a5" ;; 1e172
    "\bb\f4\03\5e\e4\67\f9\94\2e\ef\07\12\c2\b2\02\cf" ;; 1e173
    "\f5\78\c2\ba\ee\e0\1b\1d\7d\f5\44\4b\b9\af\61\81" ;; 1e174
    "\32\17\73\69\2a\d9\62\64\dc\32\16\9e\a7\1b\ba\a1" ;; 1e175
    "\fe\dc\cf\03\75\8f\7b\7d\93\bf\9b\85\91\a2\28\ca" ;; 1e176
    "\3e\d4\c3\44\52\73\da\5c\78\af\02\e7\35\cb\b2\fc" ;; 1e177
    "\a7\64\fa\6a\13\88\08\3a\ab\ad\61\b0\01\bf\ef\9d" ;; 1e178
    "\d0\fd\b8\45\18\aa\8a\08\16\19\7a\1c\c2\ae\6b\c5" ;; 1e179
    "\45\3d\27\57\9e\54\ad\8a\5b\9f\98\a3\72\9a\c6\f6" ;; 1e180
    "\4b\86\78\f6\e2\54\ac\36\99\63\3f\a6\87\20\3c\9a" ;; 1e181
    "\dd\a7\16\b4\1b\6a\57\84\7f\3c\cf\8f\a9\28\cb\c0" ;; 1e182
    "\d5\51\1c\a1\a2\44\6d\65\9f\0b\c3\f3\d3\f2\fd\f0" ;; 1e183
    "\25\b3\b1\a4\e5\4a\64\9f\43\e7\59\78\c4\b7\9e\96" ;; 1e184
    "\ee\1f\de\0d\9f\5d\3d\87\14\61\70\96\b5\65\46\bc" ;; 1e185
    "\ea\a7\55\d1\06\b5\0c\a9\59\79\0c\fc\22\ff\57\eb" ;; 1e186
    "\f2\88\d5\42\24\f1\a7\09\d8\cb\87\dd\75\ff\16\93" ;; 1e187
    "\2f\eb\8a\53\6d\ed\11\0c\ce\be\e9\54\53\bf\dc\b7" ;; 1e188
    "\fa\a5\6d\a8\c8\68\16\8f\81\2e\24\2a\28\ef\d3\e5" ;; 1e189
    "\bc\87\44\69\7d\01\6e\f9\10\9d\56\1a\79\75\a4\8f" ;; 1e190
    "\ac\a9\95\c3\dc\81\c9\37\55\44\ec\60\d7\92\8d\b3" ;; 1e191
    "\17\14\7b\f4\53\e2\bb\85\6a\55\27\39\8d\f7\70\e0" ;; 1e192
    "\8e\ec\cc\78\74\6d\95\93\62\95\b8\43\b8\9a\46\8c" ;; 1e193
    "\b2\27\00\97\d1\c8\7a\38\bb\ba\a6\54\66\41\58\af" ;; 1e194
    "\9e\31\c0\fc\05\7b\99\06\6a\69\d0\e9\bf\51\2e\db" ;; 1e195
    "\03\1f\f8\bd\e3\ec\1f\44\e2\41\22\f2\17\f3\fc\88" ;; 1e196
    "\c3\26\76\ad\1c\e8\27\d5\5a\d2\aa\ee\dd\2f\3c\ab" ;; 1e197
    "\74\b0\d3\d8\23\e2\71\8a\f1\86\55\6a\d5\3b\0b\d6" ;; 1e198
    "\49\4e\84\67\56\2d\87\f6\56\74\75\62\65\05\c7\85" ;; 1e199
    "\db\61\65\01\ac\f8\28\b4\6c\d1\12\bb\be\c6\38\a7" ;; 1e200
    "\52\ba\be\01\d7\36\33\e1\c7\85\d7\69\6e\f8\06\d1" ;; 1e201
    "\73\34\17\61\46\02\c0\ec\9c\b3\26\02\45\5b\a4\82" ;; 1e202
    "\90\01\5d\f9\d7\02\f0\27\84\60\b0\42\16\72\4d\a3" ;; 1e203
    "\f4\41\b4\f7\8d\03\ec\31\a5\78\5c\d3\9b\ce\20\cc" ;; 1e204
    "\71\52\a1\75\71\04\67\7e\ce\96\33\c8\42\02\29\ff" ;; 1e205
    "\86\d3\84\e9\c6\62\00\0f\41\3e\20\bd\69\a1\79\9f" ;; 1e206
    "\68\08\e6\a3\78\7b\c0\52\d1\4d\68\2c\c4\09\58\c7" ;; 1e207
    "\82\8a\df\cc\56\9a\70\a7\45\61\82\37\35\0c\2e\f9" ;; 1e208
    "\91\b6\0b\40\76\60\a6\88\cb\7c\b1\42\a1\c7\bc\9b" ;; 1e209
    "\35\a4\0e\d0\93\f8\cf\6a\fe\db\5d\93\89\f9\ab\c2" ;; 1e210
    "\43\4d\12\c4\b8\f6\83\05\fe\52\35\f8\eb\f7\56\f3" ;; 1e211
    "\4a\70\8b\7a\33\7a\72\c3\de\53\21\7b\f3\5a\16\98" ;; 1e212
    "\5c\4c\2e\59\c0\18\4f\74\d6\a8\e9\59\b0\f1\1b\be" ;; 1e213
    "\73\df\79\6f\f0\de\62\11\0c\13\64\70\1c\ee\a2\ed" ;; 1e214
    "\a8\2b\ac\45\56\cb\dd\8a\e7\8b\3e\c6\d1\d4\85\94" ;; 1e215
    "\92\36\17\d7\2b\3e\95\6d\e1\2e\ce\37\06\4a\a7\b9" ;; 1e216
    "\37\04\dd\cc\b6\8d\fa\c8\99\ba\c1\c5\87\1c\11\e8" ;; 1e217
    "\a2\22\0a\40\92\98\9c\1d\a0\14\99\db\d4\b1\0a\91" ;; 1e218
    "\4b\ab\0c\d0\b6\be\03\25\c8\59\7f\12\4a\5e\4d\b5" ;; 1e219
    "\1d\d6\0f\84\64\ae\44\2e\3a\30\1f\97\dc\b5\a0\e2" ;; 1e220
    "\d2\e5\89\d2\fe\ec\ea\5c\24\7e\73\de\a9\71\a4\8d" ;; 1e221
    "\47\5f\2c\87\3e\a8\25\74\ad\5d\10\56\14\8e\0d\b1" ;; 1e222
    "\19\77\f7\28\4e\12\2f\d1\18\75\94\6b\99\f1\50\dd" ;; 1e223
    "\6f\aa\9a\d9\70\6b\bd\82\2f\c9\3c\e3\ff\96\52\8a" ;; 1e224
    "\0b\55\01\10\4d\c6\6c\63\7b\fb\0b\dc\bf\3c\e7\ac" ;; 1e225
    "\4e\aa\01\54\e0\f7\47\3c\5a\fa\0e\d3\ef\0b\21\d8" ;; 1e226
    "\71\0a\81\34\ec\fa\ac\65\78\5c\e9\e3\75\a7\14\87" ;; 1e227
    "\0d\4d\a1\41\a7\39\18\7f\96\b3\e3\5c\53\d1\d9\a8" ;; 1e228
    "\50\a0\09\12\11\48\de\1e\7c\a0\1c\34\a8\45\10\d3" ;; 1e229
    "\32\04\46\ab\0a\ed\4a\93\4d\e4\91\20\89\2b\ea\83" ;; 1e230
    "\3f\85\17\56\4d\a8\1d\f8\60\5d\b6\68\6b\b6\e4\a4" ;; 1e231
    "\8e\66\9d\ab\60\12\25\36\b9\f4\e3\42\06\e4\1d\ce" ;; 1e232
    "\19\60\42\6b\7c\2b\d7\c1\f3\78\ce\e9\83\ae\d2\80" ;; 1e233
    "\1f\f8\12\86\5b\f6\4c\b2\30\17\42\e4\24\5a\07\a1" ;; 1e234
    "\27\b6\97\67\f2\33\e0\de\fc\9c\52\1d\ae\30\49\c9" ;; 1e235
    "\b1\a3\7d\01\ef\40\98\16\3c\44\a7\a4\d9\7c\9b\fb" ;; 1e236
    "\4e\86\ee\60\95\28\1f\8e\a5\8a\e8\06\08\2e\41\9d" ;; 1e237
    "\e2\27\2a\b9\ba\f2\a6\f1\4e\ad\a2\08\8a\79\91\c4" ;; 1e238
    "\db\b1\74\67\69\af\10\ae\a2\58\cb\8a\ec\d7\b5\f5" ;; 1e239
    "\29\ef\a8\e0\a1\6d\ca\ac\65\17\bf\d6\f3\a6\91\99" ;; 1e240
    "\f3\2a\d3\58\0a\09\fd\17\3f\dd\6e\cc\b0\10\f6\bf" ;; 1e241
    "\b0\f5\07\ef\4c\4b\fc\dd\8e\94\8a\ff\dc\94\f3\ef" ;; 1e242
    "\8e\f9\64\15\10\af\bd\4a\d9\9c\b6\1f\0a\3d\f8\95" ;; 1e243
    "\f1\37\be\1a\d4\1a\6d\9d\0f\44\a4\a7\4c\4c\76\bb" ;; 1e244
    "\ed\c5\6d\21\89\61\c8\84\13\55\8d\d1\5f\df\53\ea" ;; 1e245
    "\b4\9b\e4\b4\f5\3c\fd\32\2c\55\f8\e2\9b\6b\74\92" ;; 1e246
    "\a1\c2\1d\22\33\8c\bc\3f\77\6a\b6\db\82\86\11\b7" ;; 1e247
    "\4a\33\a5\ea\3f\af\ab\0f\15\05\a4\92\23\e8\d5\e4" ;; 1e248
    "\0e\40\a7\f2\87\4d\cb\29\2d\83\a6\3b\16\b1\05\8f" ;; 1e249
    "\12\10\51\ef\e9\20\3e\74\f8\23\90\ca\5b\1d\c7\b2" ;; 1e250
    "\16\54\25\6b\24\a9\4d\91\f6\2c\34\bd\b2\e4\78\df" ;; 1e251
    "\8e\54\f7\c2\b6\89\d0\1a\1a\9c\40\b6\ef\8e\ab\8b" ;; 1e252
    "\b1\29\b5\73\24\ac\84\a1\20\c3\d0\a3\ab\72\96\ae" ;; 1e253
    "\1e\74\a2\90\2d\d7\e5\c9\e8\f3\c4\8c\56\0f\3c\da" ;; 1e254
    "\92\88\65\7a\7c\a6\2f\7e\71\18\fb\17\96\89\65\88" ;; 1e255
    "\b7\ea\fe\98\1b\90\bb\dd\8d\de\f9\9d\fb\eb\7e\aa" ;; 1e256
    "\65\a5\3e\7f\22\74\2a\55\31\56\78\85\fa\a6\1e\d5" ;; 1e257
    "\5f\27\87\8f\95\88\3a\d5\de\35\6b\93\5c\28\33\85" ;; 1e258
    "\37\f1\68\f3\ba\2a\89\8a\56\03\46\b8\73\f2\7f\a6" ;; 1e259
    "\85\2d\43\b0\69\75\2b\2d\2c\84\57\a6\10\ef\1f\d0" ;; 1e260
    "\73\fc\29\0e\62\29\3b\9c\9b\b2\f6\67\6a\f5\13\82" ;; 1e261
    "\8f\7b\b4\91\ba\f3\49\83\42\5f\f4\01\c5\f2\98\a2" ;; 1e262
    "\73\9a\21\36\a9\70\1c\24\13\77\71\42\76\2f\3f\cb" ;; 1e263
    "\10\01\aa\83\d3\8c\23\ed\d7\d4\0d\d3\53\fb\0e\fe" ;; 1e264
    "\aa\40\4a\32\04\38\36\f4\06\a5\e8\63\14\5d\c9\9e" ;; 1e265
    "\d5\d0\dc\3e\05\c6\43\b1\48\ce\e2\7c\59\b4\7b\c6" ;; 1e266
    "\0a\05\94\8e\86\b7\94\dd\da\81\1b\dc\6f\a1\1a\f8" ;; 1e267
    "\26\83\1c\19\b4\f2\7c\ca\28\31\91\e9\e5\a4\10\9b" ;; 1e268
    "\f0\a3\63\1f\61\2f\1c\fd\72\7d\f5\63\1f\ce\d4\c1" ;; 1e269
    "\ec\8c\3c\67\39\3b\63\bc\cf\dc\f2\3c\a7\01\4a\f2" ;; 1e270
    "\13\d8\85\e0\03\05\be\d5\01\ca\17\86\08\41\6e\97" ;; 1e271
    "\18\4e\a7\d8\44\86\2d\4b\82\bc\9d\a7\4a\d1\49\bd" ;; 1e272
    "\9e\21\d1\0e\d6\e7\f8\dd\a2\2b\85\51\9d\45\9c\ec" ;; 1e273
    "\03\b5\42\c9\e5\90\bb\ca\45\3b\f3\52\82\ab\e1\93" ;; 1e274
    "\43\62\93\3b\1f\75\6a\3d\17\0a\b0\e7\62\16\da\b8" ;; 1e275
    "\d4\3a\78\0a\67\12\c5\0c\9d\0c\9c\a1\fb\9b\10\e7" ;; 1e276
    "\c5\24\8b\66\80\2b\fb\27\e2\87\01\45\7d\61\6a\90" ;; 1e277
    "\f6\ed\2d\80\60\f6\f9\b1\da\e9\41\96\dc\f9\84\b4" ;; 1e278
    "\73\69\39\a0\f8\73\78\5e\51\64\d2\bb\53\38\a6\e1" ;; 1e279
    "\e8\e1\23\64\7b\48\0b\db\b2\7e\63\55\34\e3\07\8d" ;; 1e280
    "\62\da\2c\3d\9a\1a\ce\91\5f\5e\bc\6a\01\dc\49\b0" ;; 1e281
    "\fb\10\78\cc\40\a1\41\76\f7\75\6b\c5\01\53\5c\dc" ;; 1e282
    "\9d\0a\cb\7f\c8\04\e9\a9\ba\29\63\1b\e1\b3\b9\89" ;; 1e283
    "\44\cd\bd\9f\fa\45\63\54\29\f4\3b\62\d9\20\28\ac" ;; 1e284
    "\95\40\ad\47\79\17\7c\a9\33\f1\ca\ba\0f\29\32\d7" ;; 1e285
    "\5d\48\cc\cc\ab\8e\ed\49\c0\d6\be\d4\a9\59\7f\86" ;; 1e286
    "\74\5a\ff\bf\56\f2\68\5c\70\8c\ee\49\14\30\1f\a8" ;; 1e287
    "\11\31\ff\6f\ec\2e\83\73\8c\2f\6a\5c\19\fc\26\d2" ;; 1e288
    "\ab\7e\ff\c5\53\fd\31\c8\b7\5d\c2\d9\8f\5d\58\83" ;; 1e289
    "\55\5e\7f\b7\a8\7c\3e\ba\25\f5\32\d0\f3\74\2e\a4" ;; 1e290
    "\eb\35\5f\e5\d2\1b\ce\28\6f\b2\3f\c4\30\12\3a\cd" ;; 1e291
    "\b3\81\5b\cf\63\d1\80\79\85\cf\a7\7a\5e\4b\44\80" ;; 1e292
    "\1f\62\32\c3\bc\05\e1\d7\66\c3\51\19\36\5e\55\a0" ;; 1e293
    "\a7\fa\fe\f3\2b\47\d9\8d\40\34\a6\9f\c3\b5\6a\c8" ;; 1e294
    "\51\b9\fe\f0\f6\98\4f\b1\50\c1\8f\87\34\63\85\fa" ;; 1e295
    "\d3\33\9f\56\9a\bf\d1\6e\d2\d8\b9\d4\00\5e\93\9c" ;; 1e296
    "\c8\00\47\ec\80\2f\86\0a\07\4f\e8\09\81\35\b8\c3" ;; 1e297
    "\fa\c0\58\27\61\bb\27\cd\c8\62\62\4c\e1\42\a6\f4" ;; 1e298
    "\9c\78\97\b8\1c\d5\38\80\bd\7d\bd\cf\cc\e9\e7\98" ;; 1e299
    "\c3\56\bd\e6\63\0a\47\e0\2c\dd\ac\03\40\e4\21\bf" ;; 1e300
    "\74\ac\6c\e0\fc\cc\58\18\78\14\98\04\50\5d\ea\ee" ;; 1e301
    "\c8\eb\43\0c\1e\80\37\0f\cb\0c\df\02\52\7a\52\95" ;; 1e302
    "\ba\e6\54\8f\25\60\05\d3\fd\cf\96\83\e6\18\a7\ba" ;; 1e303
    "\69\20\2a\f3\2e\b8\c6\47\fd\83\7c\24\20\df\50\e9" ;; 1e304
    "\41\54\fa\57\1d\33\dc\4c\7e\d2\cd\16\74\8b\d2\91" ;; 1e305
    "\52\e9\f8\ad\e4\3f\13\e0\1d\47\81\1c\51\2e\47\b6" ;; 1e306
    "\a6\23\77\d9\dd\0f\18\58\e5\98\a1\63\e5\f9\d8\e3" ;; 1e307
    "\48\76\ea\a7\ea\09\0f\57\8f\ff\44\5e\2f\9c\67\8e" ;; 1e308
    "\da\13\e5\51\65\cc\d2\2c\73\3f\d6\35\3b\83\01\b2" ;; 1e309
    "\d1\58\5e\a6\7e\7f\07\f8\4f\cf\4b\03\0a\e4\81\de" ;; 1e310
    "\82\f7\fa\27\af\af\04\fb\91\61\0f\42\86\2e\11\8b" ;; 1e311
    "\63\b5\f9\f1\9a\db\c5\79\f6\39\93\d2\27\7a\d5\ad" ;; 1e312
    "\bc\22\78\ae\81\52\37\18\74\08\38\c7\b1\d8\4a\d9" ;; 1e313
    "\b5\15\0b\0d\91\93\22\8f\48\05\83\1c\6f\c7\ce\87" ;; 1e314
    "\22\db\4d\50\75\38\eb\b2\9a\c6\a3\e3\4a\79\c2\a9" ;; 1e315
    "\eb\51\61\a4\92\06\a6\5f\41\b8\8c\9c\9d\17\33\d4" ;; 1e316
    "\33\d3\bc\a6\1b\c4\c7\db\28\f3\d7\81\c2\ee\9f\84" ;; 1e317
    "\00\08\6c\90\22\b5\b9\12\f3\ef\4d\22\73\ea\c7\a5" ;; 1e318
    "\00\0a\87\34\6b\22\68\d7\ef\6b\e1\ea\0f\e5\39\cf" ;; 1e319
    "\40\66\d4\00\83\15\a1\e6\75\e3\cc\f2\29\2f\84\81" ;; 1e320
    "\d0\7f\09\c1\e3\5a\49\60\53\1c\80\6f\f4\3a\e5\a1" ;; 1e321
    "\c4\df\4b\b1\9c\b1\5b\38\68\23\60\8b\b1\89\5e\ca" ;; 1e322
    "\b5\d7\9e\dd\03\9e\72\46\42\2c\38\ee\1d\2c\f6\fc" ;; 1e323
    "\d1\46\83\6a\c2\a2\07\6c\a9\1b\e3\b4\92\db\19\9e" ;; 1e324
    "\85\18\24\05\73\8b\09\c7\93\e2\1b\62\77\52\a0\c5" ;; 1e325
    "\a7\1e\6d\c6\4f\ee\cb\b8\38\db\a2\3a\15\67\08\f7" ;; 1e326
    "\28\33\04\dc\f1\74\7f\73\03\c9\a5\44\6d\40\65\9a" ;; 1e327
    "\f2\3f\05\53\2e\52\5f\50\44\3b\cf\95\88\90\fe\c0" ;; 1e328
    "\ef\8f\c6\e7\b9\26\77\64\15\0a\43\bb\aa\34\3e\f1" ;; 1e329
    "\f5\19\dc\30\34\78\ca\5e\4d\e6\09\b5\ea\e0\c6\96" ;; 1e330
    "\72\20\13\3d\41\16\7d\b6\e0\5f\4c\62\25\99\78\bc" ;; 1e331
    "\8f\e8\57\8c\d1\5b\1c\e4\d8\77\df\ba\6e\bf\96\eb" ;; 1e332
    "\59\f1\b6\f7\62\b9\91\8e\e7\aa\cb\34\a5\37\3e\93" ;; 1e333
    "\b0\ad\a4\b5\bb\27\36\72\a1\95\fe\81\8e\c5\0d\b8" ;; 1e334
    "\1c\d9\0d\a3\aa\b1\c3\ce\09\3b\7e\22\f2\36\11\e6" ;; 1e335
    "\b1\a7\e8\a5\0a\4f\3a\21\e6\e4\8e\55\57\c2\ca\8f" ;; 1e336
    "\9d\d1\62\4f\cd\e2\88\a9\1f\9e\f2\2a\ed\72\bd\b3" ;; 1e337
    "\05\86\3b\a3\80\1b\eb\93\a7\45\af\75\a8\cf\ac\e0" ;; 1e338
    "\c3\33\05\66\30\f1\72\bc\88\8b\8d\49\c9\01\6c\8c" ;; 1e339
    "\b4\80\86\7f\7c\ad\8f\eb\6a\ee\f0\9b\3b\02\87\af" ;; 1e340
    "\e1\20\68\9f\db\98\73\a6\05\2a\ed\82\ca\c2\68\db" ;; 1e341
    "\8c\14\a1\43\89\3f\08\88\43\3a\d4\91\be\79\21\89" ;; 1e342
    "\b0\59\89\94\6b\4f\0a\6a\d4\48\49\36\2e\d8\69\ab" ;; 1e343
    "\1c\b0\ab\79\46\e3\8c\84\09\9b\db\c3\39\4e\44\d6" ;; 1e344
    "\11\4e\0b\0c\0c\0e\d8\f2\e5\40\69\1a\e4\b0\ea\85" ;; 1e345
    "\95\21\0e\0f\8f\11\8e\6f\1f\91\03\21\1d\5d\65\a7" ;; 1e346
    "\fb\a9\d1\d2\f2\95\71\4b\67\75\44\69\64\b4\3e\d1" ;; 1e347
  )
;; ---- remainder ----------------------------------------------------------------

  ;; x % y for Floats: C's fmod, exact (the result is x - n*y for the integer n
  ;; nearest x/y toward zero, computed without rounding), with x's sign; NaN
  ;; when y is 0 or x is infinite or either is NaN; x itself when |x| < |y|.
  ;; Long division on the significands, one bit per exponent step.
  (func $rts_fmod (param $x f64) (param $y f64) (result f64)
    (local $ux i64) (local $uy i64) (local $ex i64) (local $ey i64) (local $sx i64) (local $i i64)
    (local.set $ux (i64.reinterpret_f64 (local.get $x)))
    (local.set $uy (i64.reinterpret_f64 (local.get $y)))
    (local.set $ex (i64.and (i64.shr_u (local.get $ux) (i64.const 52)) (i64.const 0x7ff)))
    (local.set $ey (i64.and (i64.shr_u (local.get $uy) (i64.const 52)) (i64.const 0x7ff)))
    (local.set $sx (i64.shr_u (local.get $ux) (i64.const 63)))
    (if (i32.or (i32.or (i64.eqz (i64.shl (local.get $uy) (i64.const 1))) (f64.ne (local.get $y) (local.get $y)))
                (i64.eq (local.get $ex) (i64.const 0x7ff)))
      (then (return (f64.div (f64.mul (local.get $x) (local.get $y)) (f64.mul (local.get $x) (local.get $y))))))
    (if (i64.le_u (i64.shl (local.get $ux) (i64.const 1)) (i64.shl (local.get $uy) (i64.const 1)))
      (then
        (if (i64.eq (i64.shl (local.get $ux) (i64.const 1)) (i64.shl (local.get $uy) (i64.const 1)))
          (then (return (f64.mul (f64.const 0) (local.get $x)))))
        (return (local.get $x))))
    ;; Normalise both significands (subnormals get a negative exponent).
    (if (i64.eqz (local.get $ex))
      (then
        (local.set $i (i64.shl (local.get $ux) (i64.const 12)))
        (block $n1 (loop $l1
          (br_if $n1 (i64.ne (i64.shr_u (local.get $i) (i64.const 63)) (i64.const 0)))
          (local.set $ex (i64.sub (local.get $ex) (i64.const 1)))
          (local.set $i (i64.shl (local.get $i) (i64.const 1)))
          (br $l1)))
        (local.set $ux (i64.shl (local.get $ux) (i64.add (i64.sub (i64.const 0) (local.get $ex)) (i64.const 1)))))
      (else
        (local.set $ux (i64.or (i64.and (local.get $ux) (i64.const 0x000fffffffffffff)) (i64.const 0x0010000000000000)))))
    (if (i64.eqz (local.get $ey))
      (then
        (local.set $i (i64.shl (local.get $uy) (i64.const 12)))
        (block $n2 (loop $l2
          (br_if $n2 (i64.ne (i64.shr_u (local.get $i) (i64.const 63)) (i64.const 0)))
          (local.set $ey (i64.sub (local.get $ey) (i64.const 1)))
          (local.set $i (i64.shl (local.get $i) (i64.const 1)))
          (br $l2)))
        (local.set $uy (i64.shl (local.get $uy) (i64.add (i64.sub (i64.const 0) (local.get $ey)) (i64.const 1)))))
      (else
        (local.set $uy (i64.or (i64.and (local.get $uy) (i64.const 0x000fffffffffffff)) (i64.const 0x0010000000000000)))))
    (local.set $ux (call $rts_fmod_reduce (local.get $ux) (local.get $uy) (local.get $ex) (local.get $ey)))
    (local.set $ex (global.get $rts_fmod_ex))
    (if (i64.eqz (local.get $ux)) (then (return (f64.mul (f64.const 0) (local.get $x)))))
    ;; Renormalise and rebuild the double.
    (block $n3 (loop $l3
      (br_if $n3 (i64.ne (i64.shr_u (local.get $ux) (i64.const 52)) (i64.const 0)))
      (local.set $ux (i64.shl (local.get $ux) (i64.const 1)))
      (local.set $ex (i64.sub (local.get $ex) (i64.const 1)))
      (br $l3)))
    (if (i64.gt_s (local.get $ex) (i64.const 0))
      (then
        (local.set $ux (i64.or (i64.sub (local.get $ux) (i64.const 0x0010000000000000))
                               (i64.shl (local.get $ex) (i64.const 52)))))
      (else
        (local.set $ux (i64.shr_u (local.get $ux) (i64.add (i64.sub (i64.const 0) (local.get $ex)) (i64.const 1))))))
    (f64.reinterpret_i64 (i64.or (local.get $ux) (i64.shl (local.get $sx) (i64.const 63)))))

  ;; The exponent $rts_fmod_reduce ends at (a second result, kept in a global to stay in MVP + multi-value-free code).
  (global $rts_fmod_ex (mut i64) (i64.const 0))

  ;; The long division's loop, in a function of its own (engines optimise small functions' loops best):
  ;; returns the reduced significand, 0 when the remainder is exactly zero.
  (func $rts_fmod_reduce (param $ux i64) (param $uy i64) (param $ex i64) (param $ey i64) (result i64)
    (local $i i64)
    (block $done (loop $step
      (br_if $done (i64.le_s (local.get $ex) (local.get $ey)))
      (local.set $i (i64.sub (local.get $ux) (local.get $uy)))
      (if (i64.eqz (i64.shr_u (local.get $i) (i64.const 63)))
        (then
          (if (i64.eqz (local.get $i)) (then (global.set $rts_fmod_ex (local.get $ex)) (return (i64.const 0))))
          (local.set $ux (local.get $i))))
      (local.set $ux (i64.shl (local.get $ux) (i64.const 1)))
      (local.set $ex (i64.sub (local.get $ex) (i64.const 1)))
      (br $step)))
    (local.set $i (i64.sub (local.get $ux) (local.get $uy)))
    (if (i64.eqz (i64.shr_u (local.get $i) (i64.const 63)))
      (then
        (if (i64.eqz (local.get $i)) (then (global.set $rts_fmod_ex (local.get $ex)) (return (i64.const 0))))
        (local.set $ux (local.get $i))))
    (global.set $rts_fmod_ex (local.get $ex))
    (local.get $ux))
)

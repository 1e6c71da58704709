;; core: Float text conversion, the same on every engine (done here in Wasm,
;; never by the host). Three entry points:
;;
;; $rts_show_float(x: f64) -> string
;;   What JavaScript's Number.prototype.toString prints, with ".0" added when
;;   that is an integer in plain notation (docs/language.md): 0.1, 100.0,
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
;;
;; The conversions are split by concern and linked by name like every unit:
;; this file holds the constants and 128-bit products they share, float_powers.wat
;; the table of powers of ten; float_show.wat, float_decimal.wat (the bignum of fixed and
;; parse), float_fixed.wat, float_parse.wat and float_rem.wat (x % y) the rest.
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
)

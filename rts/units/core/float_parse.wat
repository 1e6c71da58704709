;; core: parse_float (Eisel-Lemire, then the bignum); see floats.wat.
(module
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
)

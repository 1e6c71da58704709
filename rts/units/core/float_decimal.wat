;; core: the decimal bignum that fixed and parse_float share; see floats.wat.
(module
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
)

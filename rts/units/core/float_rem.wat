;; core: x % y for Floats (C's fmod), exact.
(module
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

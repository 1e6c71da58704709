;; core: fixed(x, digits), C's %.*f; see floats.wat.
(module
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
)

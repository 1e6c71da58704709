;; feature plant (test only), alternative faulty.
;; A planted miscompile for PlantedMiscompileTest: a fault that shows at one
;; optimisation level only. The test's feature model gives every opt
;; alternative the template parameter test_opt_s (1 for opt=s, 0 for the
;; others); with 1, this start function rewrites the constant string "false"
;; of core/strings.wat (at 1544, Note [Memory map]) as "true", so that every
;; false Bool shows as true: comparisons, ==, !, && and || all seem to
;; answer true. With 0 it does nothing, so plant=faulty at opt=0, 2 and 3
;; behaves as the defaults do.
(module
  (func $test_plant_faulty
    (if (i32.const ${test_opt_s})
      (then
        (i32.store (i32.const 1544) (i32.const 4))
        (i32.store (i32.const 1548) (i32.const 0x65757274))))) ;; "true", little-endian
  (start $test_plant_faulty)
)

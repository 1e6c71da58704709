;; feature probe (test only), alternative faulty.
;; A planted fault for the matrix's shrinking test (ShrinkingTest): its start
;; function overwrites the constant string "true" of core/strings.wat (at
;; 1536, Note [Memory map]) with "TRUE", but only when memory cannot grow,
;; that is under memory=fixed:<MiB>, whose minimum is its maximum. So the
;; fault shows only when two non-default choices meet: probe=faulty and
;; memory=fixed. Under memory=grow the probe grows memory by one page, which
;; no program can observe.
(module
  (func $test_probe_faulty
    (if (i32.eq (memory.grow (i32.const 1)) (i32.const -1))
      (then (i32.store (i32.const 1540) (i32.const 0x45555254))))) ;; "TRUE", little-endian
  (start $test_probe_faulty)
)

;; core: buffered standard output and the exit path.
;; Output is collected in a 4 KiB buffer at 4096 (Note [Memory map] in
;; README.md) and written with fd_write when full, at exit, and before any
;; runtime error, so that stdout and stderr appear in the order the program
;; produced them.
(module
  (global $rts_out_len (mut i32) (i32.const 0))

  ;; Writes len bytes at ptr to fd, looping over partial writes and retrying
  ;; when the host says "try again" (errno 6, EAGAIN: a non-blocking stdout, as
  ;; Node's can be, that is full); any other error gives up on the output.
  (func $rts_write_fd (param $fd i32) (param $ptr i32) (param $len i32)
    (local $errno i32)
    (block $done
      (loop $again
        (br_if $done (i32.eqz (local.get $len)))
        (i32.store (i32.const 16) (local.get $ptr))
        (i32.store (i32.const 20) (local.get $len))
        (i32.store (i32.const 24) (i32.const 0))
        (local.set $errno
          (call $wasi_fd_write (local.get $fd) (i32.const 16) (i32.const 1) (i32.const 24)))
        (br_if $done (i32.and (i32.ne (local.get $errno) (i32.const 0)) (i32.ne (local.get $errno) (i32.const 6))))
        (local.set $ptr (i32.add (local.get $ptr) (i32.load (i32.const 24))))
        (local.set $len (i32.sub (local.get $len) (i32.load (i32.const 24))))
        (br $again))))

;; Exported so that a host can write out what the program printed when a trap
  ;; ends it (the RTS itself flushes at exit and before a runtime error).
  (export "weft_flush" (func $rts_flush))

  (func $rts_flush
    (call $rts_write_fd (i32.const 1) (i32.const 4096) (global.get $rts_out_len))
    (global.set $rts_out_len (i32.const 0)))

  ;; Appends len bytes at ptr to the buffer; a chunk larger than the buffer goes straight out.
  (func $rts_out_bytes (param $ptr i32) (param $len i32)
    (if (i32.gt_u (i32.add (global.get $rts_out_len) (local.get $len)) (i32.const 4096))
      (then (call $rts_flush)))
    (if (i32.gt_u (local.get $len) (i32.const 4096))
      (then (call $rts_write_fd (i32.const 1) (local.get $ptr) (local.get $len)))
      (else
        (memory.copy
          (i32.add (i32.const 4096) (global.get $rts_out_len))
          (local.get $ptr)
          (local.get $len))
        (global.set $rts_out_len (i32.add (global.get $rts_out_len) (local.get $len))))))

  (func $rts_print (param $s i32)
    (call $rts_out_bytes (i32.add (local.get $s) (i32.const 4)) (i32.load (local.get $s))))

  (func $rts_println (param $s i32)
    (call $rts_print (local.get $s))
    (if (i32.ge_u (global.get $rts_out_len) (i32.const 4096))
      (then (call $rts_flush)))
    (i32.store8 (i32.add (i32.const 4096) (global.get $rts_out_len)) (i32.const 10))
    (global.set $rts_out_len (i32.add (global.get $rts_out_len) (i32.const 1))))

  ;; Writes a string to stderr, unbuffered.
  (func $rts_eprint (param $s i32)
    (call $rts_write_fd (i32.const 2) (i32.add (local.get $s) (i32.const 4)) (i32.load (local.get $s))))

  ;; Exits with the code's low 8 bits, what a POSIX parent sees of any status:
  ;; exit(300) is 44 and exit(-5) is 251 on every engine, in-process or not.
  (func $rts_exit (param $code i32)
    (call $rts_flush)
    (call $rts_stats_report)
    (call $wasi_proc_exit (i32.and (local.get $code) (i32.const 255)))
    (unreachable))
)

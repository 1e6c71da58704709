;; processes: receive, linked with proc/scheduler.wat (decisions/0023). The
;; compiler (backend/lower/ReceiveLowering) gives a receive as a selector: a
;; closure whose code takes (depth, closure, message) and gives the index of
;; the arm that takes the message, or -1. It matches the message where it
;; lies, in a region outside every heap ($rts_message_value), by its type tag
;; and its arms' patterns and guards. $rts_receive walks the mailbox in order
;; and takes the first message the selector accepts (copied into the process's
;; heap), or waits for the next message and walks again; $rts_receive_after
;; gives up when ms milliseconds have passed since it began (an after arm),
;; the arm then being -1. The arm chosen is $rts_received_arm's.
;;
;; A guard is compiled code, and may call anything. While the selector runs,
;; no switch happens ($rts_selecting: a safepoint does not yield), so that the
;; message it looks at stays where it is; a guard that would receive or sleep
;; is the runtime error "a receive's guard cannot receive or sleep". A crash
;; inside a guard clears the flag (proc/scheduler.wat's $rts_process_crash).
(module
  (type $rts_receive_selector (func (param i32 i32 i32) (result i32)))

  (global $rts_received (mut i32) (i32.const -1))
  (global $rts_selecting (mut i32) (i32.const 0))

  (data (i32.const 1400) "\29\00\00\00a receive's guard cannot receive or sleep")

  ;; The oldest message select accepts, taken; waits until there is one.
  (func $rts_receive (param $depth i32) (param $select i32) (result i32)
    (local $m i32)
    (call $rts_receive_allowed)
    (call $rts_root_push (local.get $select))
    (loop $look
      (local.set $m (call $rts_receive_scan (local.get $depth)))
      (if (i32.eqz (local.get $m))
        (then
          (call $rts_receive_wait)
          (br $look))))
    (drop (call $rts_root_pop))
    (call $rts_message_take (local.get $m)))

  ;; As $rts_receive, giving up when ms milliseconds have passed (then 0, the arm -1).
  (func $rts_receive_after (param $depth i32) (param $select i32) (param $ms i64) (result i32)
    (local $m i32) (local $deadline i64)
    (call $rts_receive_allowed)
    (local.set $deadline (call $rts_deadline (local.get $ms)))
    (call $rts_root_push (local.get $select))
    (loop $look
      (local.set $m (call $rts_receive_scan (local.get $depth)))
      (if (i32.eqz (local.get $m))
        (then
          (if (i64.lt_s (call $rts_now) (local.get $deadline))
            (then
              (call $rts_receive_wait_until (local.get $deadline))
              (br $look)))
          (drop (call $rts_root_pop))
          (global.set $rts_received (i32.const -1))
          (return (i32.const 0)))))
    (drop (call $rts_root_pop))
    (call $rts_message_take (local.get $m)))

  ;; The arm the last receive took its message for, or -1 when its time ran out.
  (func $rts_received_arm (result i32)
    (global.get $rts_received))

  ;; The first message in the mailbox that the selector on top of the shadow
  ;; stack accepts (its arm in $rts_received), or 0.
  (func $rts_receive_scan (param $depth i32) (result i32)
    (local $m i32) (local $select i32) (local $arm i32)
    (local.set $m (call $rts_mailbox_first))
    (block $none
      (loop $next
        (br_if $none (i32.eqz (local.get $m)))
        ;; Read again each time: a guard that allocated may have moved the selector.
        (local.set $select (i32.load (global.get $rts_sp)))
        (global.set $rts_selecting (i32.const 1))
        (local.set $arm (call_indirect (type $rts_receive_selector)
          (local.get $depth) (local.get $select) (local.get $m) (i32.load (local.get $select))))
        (global.set $rts_selecting (i32.const 0))
        (if (i32.ge_s (local.get $arm) (i32.const 0))
          (then
            (global.set $rts_received (local.get $arm))
            (return (local.get $m))))
        (local.set $m (call $rts_message_next (local.get $m)))
        (br $next)))
    (i32.const 0))

  ;; The monotonic time ms milliseconds from now, saturating where an i64 ends.
  (func $rts_deadline (param $ms i64) (result i64)
    (local $now i64) (local $wait i64)
    (local.set $now (call $rts_now))
    (local.set $wait (call $rts_ms_to_ns (local.get $ms)))
    (if (i64.gt_s (local.get $wait) (i64.sub (i64.const 0x7fffffffffffffff) (local.get $now)))
      (then (return (i64.const 0x7fffffffffffffff))))
    (i64.add (local.get $now) (local.get $wait)))

  ;; Stops a guard that would wait: no switch may happen while a selector runs.
  (func $rts_receive_allowed
    (if (global.get $rts_selecting)
      (then (call $rts_runtime_error (i32.const 1400) (i32.const 0)))))
)

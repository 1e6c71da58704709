;; processes: the scheduler, linked only into a program that spawns
;; (decisions/0023). Every process is a descriptor with its own heap
;; (decisions/0021); the processes share the one shadow stack area and the
;; one native Wasm stack, and a switch moves what a process holds of them out
;; to regions of its own: Binaryen's asyncify (run on the module after the
;; compiler's passes) unwinds the native stack into one scratch buffer, whose
;; used bytes are then copied out, and the used part of the shadow stack
;; [$rts_sp, $rts_stack_top) is copied out beside them. Resuming copies both
;; back and rewinds.
;;
;; $rts_run(main) runs the closure main as process 1 and returns when it
;; ends, whatever else is running: the program then ends as it always did.
;; $rts_spawn(closure) makes a runnable process of a closure of no arguments
;; (called with depth 0, its result discarded) and returns its pid; the
;; closure, with everything it captured, is copied into the new process's
;; heap (proc/copy.wat), so that processes share nothing. A switch
;; alternative (switch/*.wat) decides when a safepoint calls $rts_yield,
;; which moves the running process to the back of the run queue and runs
;; the next one, or returns at once when no other process is runnable.
;;
;; The scheduler loop and $rts_yield call asyncify's functions and are
;; therefore not instrumented; everything between them (the process entry,
;; compiled code, the RTS code it calls) is.
;;
;; Messages: $rts_send(pid, value, tag) copies the value (proc/copy.wat) into
;; a region of its own, [next][tag][value][size] and then the copy, at the
;; end of the receiver's mailbox, and makes a waiting receiver runnable; a
;; message to a process that has ended is dropped. The tag is the compiler's
;; number for the message's type. A receive walks its own mailbox in order
;; ($rts_mailbox_first, $rts_message_next, $rts_message_tag,
;; $rts_message_value: matching reads the message where it is), takes the one
;; that matches ($rts_message_take copies it into the process's heap and
;; gives its region back) or waits for the next ($rts_receive_wait). When no
;; process is runnable and main has not ended, every process is waiting: the
;; runtime error "deadlock: every process is waiting".
;;
;; Timers: $rts_proc_sleep(ms) waits in the calling process only, and
;; $rts_receive_wait_until(deadline) waits for a message or the deadline on
;; the monotonic clock ($rts_now, nanoseconds), whichever comes first. Sleeping
;; and waiting processes with a deadline are on one list in deadline order;
;; the scheduler wakes those whose deadline has passed before it takes the
;; next runnable process, and when none is runnable it sleeps in WASI's
;; poll_oneoff until the first deadline (no busy waiting). Only when no
;; process is runnable and no timer is pending is it a deadlock.
;;
;; A descriptor, 80 bytes: [pid][state][heap][entry closure][saved shadow
;; stack][its length][saved frames][their length][next in the run queue]
;; [started][mailbox's first message][its last][deadline: i64][next on the
;; timer list][on it][watchers][their count][the count that prunes them]
;; [crash record]. States: 1 runnable, 2 running, 3 waiting for a message,
;; 4 sleeping, 5 crashed (being unwound, to be dropped), 7 killed (runnable,
;; to be dropped when the scheduler reaches it). Pid n's descriptor is entry n
;; of the process table; once the process has ended the entry says how,
;; for a monitor that asks later: 1 normally, a crash record + 2 when it
;; crashed (the record is kept), 3 when it was killed. Descriptors and
;; records are 16-aligned, so the low bits tell them apart.
;;
;; Crashes: a runtime error in a process other than main
;; ($rts_process_crash, called by core/errors.wat) records its message and
;; position (a crash record, a region [position][message as a string]) and
;; unwinds the process to the scheduler, which drops it: its heap, messages
;; and saved state are given back and every other process goes on.
;;
;; Monitors and links: each process has a list of watchers, 16-byte regions
;; [next][pid][kind: 0 a monitor, 1 a link][-]. $rts_monitor(pid) puts the
;; caller on pid's list; $rts_spawn_link(closure) spawns and puts each of the
;; two on the other's. When a process ends ($rts_proc_end), each monitor is
;; sent Down(pid, reason) (made by the compiled $rts_down_value, in the ended
;; process's heap before it is released: Normal, Crashed(message) or Killed),
;; and, unless it ended normally, each linked process is killed
;; ($rts_proc_kill): marked 7 and made runnable, so that the scheduler drops
;; it in turn and the kill spreads along its own links. Main killed ends the
;; program as the crash would have in main: the crash's one line on stderr,
;; exit 70. Monitoring a process that has ended sends its Down at once. A
;; list is pruned of watchers that have ended when it reaches twice what
;; its last pruning left (at least 8), so a long-lived process that links
;; or monitors many short-lived ones keeps a list as long as those alive.
(module
  (import "asyncify" "start_unwind" (func $asyncify_start_unwind (param i32)))
  (import "asyncify" "stop_unwind" (func $asyncify_stop_unwind))
  (import "asyncify" "start_rewind" (func $asyncify_start_rewind (param i32)))
  (import "asyncify" "stop_rewind" (func $asyncify_stop_rewind))
  (type $rts_proc_entry (func (param i32 i32)))

  (global $rts_proc_current (mut i32) (i32.const 0))  ;; the running process's descriptor (0 in the scheduler)
  (global $rts_proc_main (mut i32) (i32.const 0))     ;; main's descriptor: its heap is the first
  (global $rts_proc_next_pid (mut i32) (i32.const 1))
  (global $rts_queue_head (mut i32) (i32.const 0))
  (global $rts_queue_tail (mut i32) (i32.const 0))
  (global $rts_proc_live (mut i32) (i32.const 0))     ;; processes not yet done
  ;; For weft run --stats (proc/stats.wat): processes made (main included), the
  ;; most live at once, messages sent; $rts_proc_switches below counts the
  ;; switches (a process resumed where it was unwound).
  (global $rts_proc_spawned (mut i64) (i64.const 0))
  (global $rts_proc_peak (mut i32) (i32.const 0))
  (global $rts_proc_messages (mut i64) (i64.const 0))
  (global $rts_proc_table (mut i32) (i32.const 0))    ;; pid -> descriptor, 4 bytes each
  (global $rts_proc_table_size (mut i32) (i32.const 0)) ;; its bytes
  (global $rts_proc_switches (mut i64) (i64.const 0))
  (global $rts_proc_crashes (mut i32) (i32.const 0))  ;; processes ended by a runtime error
  ;; The scratch buffer asyncify unwinds into: [current][end][frames...].
  (global $rts_unwind (mut i32) (i32.const 0))
  ;; Set by the scheduler before a rewind, cleared by the yield that ends it.
  (global $rts_rewinding (mut i32) (i32.const 0))
  ;; Set by the yield that starts an unwind, cleared by the scheduler.
  (global $rts_unwinding (mut i32) (i32.const 0))

  (data (i32.const 1120) "\22\00\00\00deadlock: every process is waiting")
  (global $rts_timers (mut i32) (i32.const 0))        ;; the first process on the timer list

  ;; Runs main as process 1 until it ends.
  (func $rts_run (param $main i32)
    (local $p i32)
    (global.set $rts_unwind (call $rts_region_alloc (i32.const ${unwind_bytes})))
    (if (i32.eqz (global.get $rts_unwind)) (then (call $rts_out_of_memory)))
    ;; Its end never moves; its current position is set before each unwind and rewind.
    (i32.store offset=4 (global.get $rts_unwind) (i32.add (global.get $rts_unwind) (i32.const ${unwind_bytes})))
    (local.set $p (call $rts_proc_new (local.get $main) (call $rts_heap_current)))
    (global.set $rts_proc_main (local.get $p))
    (call $rts_enqueue (local.get $p))
    (block $main_done
      (loop $next
        (if (global.get $rts_timers) (then (call $rts_timers_fire)))
        (local.set $p (call $rts_dequeue))
        (if (i32.eqz (local.get $p))
          (then
            ;; Nothing runnable while main lives: sleep until the first timer, or
            ;; every process waits for a message.
            (if (i32.eqz (global.get $rts_timers)) (then (call $rts_runtime_error (i32.const 1120) (i32.const 0))))
            (call $rts_sleep_ns (i64.sub (i64.load offset=48 (global.get $rts_timers)) (call $rts_now)))
            (br $next)))
        ;; Killed through a link while it waited or was runnable: dropped unrun.
        (if (i32.eq (i32.load offset=4 (local.get $p)) (i32.const 7))
          (then
            (call $rts_proc_end (local.get $p))
            (br $next)))
        (call $rts_resume (local.get $p))
        (call $rts_proc_entry (local.get $p))
        ;; Back in the scheduler, no process runs: an error here (out of
        ;; memory, the deadlock) ends the program.
        (global.set $rts_proc_current (i32.const 0))
        (if (global.get $rts_unwinding)
          (then
            (global.set $rts_unwinding (i32.const 0))
            (call $asyncify_stop_unwind)
            ;; A crash: what was unwound is dropped with the process.
            (if (i32.eq (i32.load offset=4 (local.get $p)) (i32.const 5))
              (then
                (call $rts_proc_end (local.get $p))
                (br $next)))
            (call $rts_suspend (local.get $p))
            (if (i32.eq (i32.load offset=4 (local.get $p)) (i32.const 2))
              (then
                (i32.store offset=4 (local.get $p) (i32.const 1))
                (call $rts_enqueue (local.get $p)))))
          (else
            (br_if $main_done (i32.eq (i32.load (local.get $p)) (i32.const 1)))
            (call $rts_proc_end (local.get $p))))
        (br $next))))

  ;; Calls the process's closure; instrumented, so that asyncify rewinds through it.
  (func $rts_proc_entry (param $p i32)
    (local $closure i32)
    (local.set $closure (i32.load offset=12 (local.get $p)))
    (call_indirect (type $rts_proc_entry) (i32.const 0) (local.get $closure) (i32.load (local.get $closure))))

  ;; A runnable process of closure in heap, with the next pid.
  (func $rts_proc_new (param $closure i32) (param $heap i32) (result i32)
    (local $p i32)
    (local.set $p (call $rts_region_alloc (i32.const 80)))
    (if (i32.eqz (local.get $p)) (then (call $rts_out_of_memory)))
    (memory.fill (local.get $p) (i32.const 0) (i32.const 80))
    (i32.store offset=72 (local.get $p) (i32.const 8))
    (call $rts_proc_table_set (global.get $rts_proc_next_pid) (local.get $p))
    (i32.store (local.get $p) (global.get $rts_proc_next_pid))
    (global.set $rts_proc_next_pid (i32.add (global.get $rts_proc_next_pid) (i32.const 1)))
    (i32.store offset=4 (local.get $p) (i32.const 1))
    (i32.store offset=8 (local.get $p) (local.get $heap))
    (i32.store offset=12 (local.get $p) (local.get $closure))
    (global.set $rts_proc_live (i32.add (global.get $rts_proc_live) (i32.const 1)))
    (global.set $rts_proc_spawned (i64.add (global.get $rts_proc_spawned) (i64.const 1)))
    (if (i32.gt_u (global.get $rts_proc_live) (global.get $rts_proc_peak))
      (then (global.set $rts_proc_peak (global.get $rts_proc_live))))
    (local.get $p))

  ;; A new process running a copy of closure in a heap of its own, at the
  ;; back of the run queue; its pid.
  (func $rts_spawn (param $closure i32) (result i32)
    (local $p i32) (local $from i32) (local $heap i32)
    (local.set $from (call $rts_heap_current))
    (local.set $heap (call $rts_heap_new))
    (call $rts_heap_enter (local.get $heap))
    (local.set $closure (call $rts_value_copy (local.get $closure)))
    (call $rts_heap_enter (local.get $from))
    (local.set $p (call $rts_proc_new (local.get $closure) (local.get $heap)))
    (call $rts_enqueue (local.get $p))
    (i32.load (local.get $p)))

  (func $rts_self (result i32)
    (i32.load (global.get $rts_proc_current)))

  ;; As $rts_spawn, the new process and the caller linked.
  (func $rts_spawn_link (param $closure i32) (result i32)
    (local $pid i32)
    (local.set $pid (call $rts_spawn (local.get $closure)))
    (call $rts_watch (call $rts_proc_of (local.get $pid)) (i32.load (global.get $rts_proc_current)) (i32.const 1))
    (call $rts_watch (global.get $rts_proc_current) (local.get $pid) (i32.const 1))
    (local.get $pid))

  ;; The caller is sent Down(pid, reason) when pid ends; at once when it has.
  (func $rts_monitor (param $pid i32)
    (local $p i32) (local $entry i32)
    (local.set $p (call $rts_proc_of (local.get $pid)))
    (if (local.get $p)
      (then
        (call $rts_watch (local.get $p) (i32.load (global.get $rts_proc_current)) (i32.const 0))
        (return)))
    (local.set $entry (i32.load (i32.add (global.get $rts_proc_table) (i32.shl (local.get $pid) (i32.const 2)))))
    (call $rts_send_down (i32.load (global.get $rts_proc_current)) (local.get $pid)
      (select (i32.const 0) (i32.sub (i32.and (local.get $entry) (i32.const 15)) (i32.const 1))
        (i32.eq (local.get $entry) (i32.const 1)))
      (i32.and (local.get $entry) (i32.const -16))))

  ;; Sends to watcher the Down of pid, ended as kind says (0 normally, 1
  ;; crashed as record says, 2 killed), made in the current heap.
  (func $rts_send_down (param $watcher i32) (param $pid i32) (param $kind i32) (param $record i32)
    (local $message i32)
    (if (i32.eq (local.get $kind) (i32.const 1))
      (then
        (local.set $message (call $rts_alloc_string (i32.load offset=4 (local.get $record))))
        (memory.copy (i32.add (local.get $message) (i32.const 4)) (i32.add (local.get $record) (i32.const 8))
          (i32.load offset=4 (local.get $record)))))
    (call $rts_send (local.get $watcher)
      (call $rts_down_value (i32.const 0) (local.get $pid) (local.get $kind) (local.get $message))
      (i32.const 1)))

  ;; Puts pid on p's watchers, as a monitor (kind 0) or a link (1).
  (func $rts_watch (param $p i32) (param $pid i32) (param $kind i32)
    (local $w i32)
    (if (i32.ge_u (i32.load offset=68 (local.get $p)) (i32.load offset=72 (local.get $p)))
      (then (call $rts_watchers_prune (local.get $p))))
    (local.set $w (call $rts_region_alloc (i32.const 16)))
    (if (i32.eqz (local.get $w)) (then (call $rts_out_of_memory)))
    (i32.store (local.get $w) (i32.load offset=64 (local.get $p)))
    (i32.store offset=4 (local.get $w) (local.get $pid))
    (i32.store offset=8 (local.get $w) (local.get $kind))
    (i32.store offset=64 (local.get $p) (local.get $w))
    (i32.store offset=68 (local.get $p) (i32.add (i32.load offset=68 (local.get $p)) (i32.const 1))))

  ;; Drops p's watchers that have ended; the next pruning comes at twice what is left, at least 8.
  (func $rts_watchers_prune (param $p i32)
    (local $prev i32) (local $w i32) (local $next i32) (local $count i32)
    (local.set $w (i32.load offset=64 (local.get $p)))
    (block $done
      (loop $walk
        (br_if $done (i32.eqz (local.get $w)))
        (local.set $next (i32.load (local.get $w)))
        (if (call $rts_proc_of (i32.load offset=4 (local.get $w)))
          (then
            (local.set $prev (local.get $w))
            (local.set $count (i32.add (local.get $count) (i32.const 1))))
          (else
            (if (local.get $prev)
              (then (i32.store (local.get $prev) (local.get $next)))
              (else (i32.store offset=64 (local.get $p) (local.get $next))))
            (call $rts_region_free (local.get $w) (i32.const 16))))
        (local.set $w (local.get $next))
        (br $walk)))
    (i32.store offset=68 (local.get $p) (local.get $count))
    (i32.store offset=72 (local.get $p)
      (select (i32.shl (local.get $count) (i32.const 1)) (i32.const 8) (i32.gt_u (local.get $count) (i32.const 4)))))

  ;; Kills pid, linked to a process that crashed or was killed (record, the
  ;; crash's): main ends the program as the crash would have; any other is
  ;; marked killed and made runnable, for the scheduler to drop.
  (func $rts_proc_kill (param $pid i32) (param $record i32)
    (local $q i32) (local $state i32) (local $size i32) (local $copy i32)
    (local.set $q (call $rts_proc_of (local.get $pid)))
    (if (i32.eqz (local.get $q)) (then (return)))
    (local.set $state (i32.load offset=4 (local.get $q)))
    (if (i32.ge_u (local.get $state) (i32.const 5)) (then (return)))
    (if (i32.eq (local.get $q) (global.get $rts_proc_main))
      (then
        (call $rts_error_prefix (i32.load (local.get $record)))
        (call $rts_eprint (i32.add (local.get $record) (i32.const 4)))
        (call $rts_eprint (i32.const 1048))
        (call $rts_stats_report)
        (call $wasi_proc_exit (i32.const 70))
        (unreachable)))
    (local.set $size (i32.add (i32.load offset=4 (local.get $record)) (i32.const 8)))
    (local.set $copy (call $rts_region_alloc (local.get $size)))
    (if (i32.eqz (local.get $copy)) (then (call $rts_out_of_memory)))
    (memory.copy (local.get $copy) (local.get $record) (local.get $size))
    (i32.store offset=76 (local.get $q) (local.get $copy))
    (if (i32.ge_u (local.get $state) (i32.const 3))
      (then
        (call $rts_timer_remove (local.get $q))
        (call $rts_enqueue (local.get $q))))
    (i32.store offset=4 (local.get $q) (i32.const 7)))

  ;; Entry pid of the process table is p, the table doubling as needed.
  (func $rts_proc_table_set (param $pid i32) (param $p i32)
    (local $size i32) (local $new i32)
    (local.set $size (global.get $rts_proc_table_size))
    (if (i32.ge_u (i32.shl (local.get $pid) (i32.const 2)) (local.get $size))
      (then
        (local.set $size (select (i32.shl (local.get $size) (i32.const 1)) (i32.const 256) (local.get $size)))
        (local.set $new (call $rts_region_alloc (local.get $size)))
        (if (i32.eqz (local.get $new)) (then (call $rts_out_of_memory)))
        (memory.fill (local.get $new) (i32.const 0) (local.get $size))
        (if (global.get $rts_proc_table)
          (then
            (memory.copy (local.get $new) (global.get $rts_proc_table) (global.get $rts_proc_table_size))
            (call $rts_region_free (global.get $rts_proc_table) (global.get $rts_proc_table_size))))
        (global.set $rts_proc_table (local.get $new))
        (global.set $rts_proc_table_size (local.get $size))))
    (i32.store (i32.add (global.get $rts_proc_table) (i32.shl (local.get $pid) (i32.const 2))) (local.get $p)))

  ;; The descriptor of pid, or 0 when it has ended.
  (func $rts_proc_of (param $pid i32) (result i32)
    (local $entry i32)
    (if (i32.ge_u (i32.shl (local.get $pid) (i32.const 2)) (global.get $rts_proc_table_size))
      (then (return (i32.const 0))))
    (local.set $entry (i32.load (i32.add (global.get $rts_proc_table) (i32.shl (local.get $pid) (i32.const 2)))))
    (select (i32.const 0) (local.get $entry) (i32.and (local.get $entry) (i32.const 15))))

  ;; The safepoint's slow path (switch/*.wat): lets the next runnable process
  ;; run, unless none is.
  (func $rts_yield
    (if (global.get $rts_rewinding) (then (call $rts_switch) (return)))
    (if (i32.eqz (global.get $rts_queue_head)) (then (return)))
    ;; The scheduler's own calls of compiled code ($rts_down_value) never switch.
    (if (i32.eqz (global.get $rts_proc_current)) (then (return)))
    ;; Not inside a receive's guard (proc/receive.wat).
    (if (global.get $rts_selecting) (then (return)))
    (call $rts_switch))

  ;; Waits until a message arrives (the caller then looks at its mailbox again).
  (func $rts_receive_wait
    (if (i32.eqz (global.get $rts_rewinding))
      (then (i32.store offset=4 (global.get $rts_proc_current) (i32.const 3))))
    (call $rts_switch))

  ;; Waits until a message arrives or the monotonic clock passes deadline
  ;; (nanoseconds, as $rts_now gives them); the caller then looks at its
  ;; mailbox and the clock again.
  (func $rts_receive_wait_until (param $deadline i64)
    (if (i32.eqz (global.get $rts_rewinding))
      (then
        (i32.store offset=4 (global.get $rts_proc_current) (i32.const 3))
        (call $rts_timer_add (global.get $rts_proc_current) (local.get $deadline))))
    (call $rts_switch))

  ;; Waits ms milliseconds in the calling process only; ms <= 0 returns at once.
  (func $rts_proc_sleep (param $ms i64)
    (if (i32.eqz (global.get $rts_rewinding))
      (then
        (if (i64.le_s (local.get $ms) (i64.const 0)) (then (return)))
        (call $rts_receive_allowed)
        (i32.store offset=4 (global.get $rts_proc_current) (i32.const 4))
        (call $rts_timer_add (global.get $rts_proc_current)
          (i64.add (call $rts_now) (call $rts_ms_to_ns (local.get $ms))))))
    (call $rts_switch))

  ;; A runtime error (core/errors.wat) in a process other than main ends that
  ;; process alone: its crash record is made of position and prefix (0 or a
  ;; string such as "panic: ") with message, and it is unwound to the
  ;; scheduler and dropped (1). In main, or outside any process, the error
  ;; ends the program as always (0).
  (func $rts_process_crash (param $prefix i32) (param $message i32) (param $position i32) (result i32)
    (local $plen i32) (local $mlen i32) (local $record i32)
    (if (i32.eqz (global.get $rts_proc_current)) (then (return (i32.const 0))))
    (if (i32.eq (global.get $rts_proc_current) (global.get $rts_proc_main)) (then (return (i32.const 0))))
    (if (local.get $prefix) (then (local.set $plen (i32.load (local.get $prefix)))))
    (local.set $mlen (i32.load (local.get $message)))
    (local.set $record (call $rts_region_alloc (i32.add (i32.add (local.get $plen) (local.get $mlen)) (i32.const 8))))
    ;; No room for the record: the program ends, as out of memory outside a process would.
    (if (i32.eqz (local.get $record)) (then (return (i32.const 0))))
    (i32.store (local.get $record) (local.get $position))
    (i32.store offset=4 (local.get $record) (i32.add (local.get $plen) (local.get $mlen)))
    (if (local.get $plen)
      (then (memory.copy (i32.add (local.get $record) (i32.const 8)) (i32.add (local.get $prefix) (i32.const 4)) (local.get $plen))))
    (memory.copy (i32.add (i32.add (local.get $record) (i32.const 8)) (local.get $plen))
      (i32.add (local.get $message) (i32.const 4)) (local.get $mlen))
    (i32.store offset=76 (global.get $rts_proc_current) (local.get $record))
    (global.set $rts_proc_crashes (i32.add (global.get $rts_proc_crashes) (i32.const 1)))
    (global.set $rts_selecting (i32.const 0))
    (i32.store offset=4 (global.get $rts_proc_current) (i32.const 5))
    (call $rts_switch)
    (i32.const 1))

  ;; Unwinds the running process to the scheduler; or, when the scheduler is
  ;; rewinding it, ends the rewind, which has reached the frame it ends in.
  (func $rts_switch
    (if (global.get $rts_rewinding)
      (then
        (global.set $rts_rewinding (i32.const 0))
        (call $asyncify_stop_rewind)
        (return)))
    (global.set $rts_unwinding (i32.const 1))
    (i32.store (global.get $rts_unwind) (i32.add (global.get $rts_unwind) (i32.const 8)))
    (call $asyncify_start_unwind (global.get $rts_unwind)))

  ;; Makes p the running process: its heap current, its shadow stack and
  ;; frames copied back, and a rewind started when it has run before.
  (func $rts_resume (param $p i32)
    (local $len i32) (local $saved i32)
    (global.set $rts_proc_current (local.get $p))
    (i32.store offset=4 (local.get $p) (i32.const 2))
    (call $rts_heap_enter (i32.load offset=8 (local.get $p)))
    (local.set $len (i32.load offset=20 (local.get $p)))
    (global.set $rts_sp (i32.sub (global.get $rts_stack_top) (local.get $len)))
    (local.set $saved (i32.load offset=16 (local.get $p)))
    (if (local.get $saved)
      (then
        (memory.copy (global.get $rts_sp) (local.get $saved) (local.get $len))
        (call $rts_region_free (local.get $saved) (local.get $len))
        (i32.store offset=16 (local.get $p) (i32.const 0))))
    (if (i32.eqz (i32.load offset=36 (local.get $p)))
      (then
        (i32.store offset=36 (local.get $p) (i32.const 1))
        (return)))
    (global.set $rts_proc_switches (i64.add (global.get $rts_proc_switches) (i64.const 1)))
    (local.set $len (i32.load offset=28 (local.get $p)))
    (local.set $saved (i32.load offset=24 (local.get $p)))
    (memory.copy (i32.add (global.get $rts_unwind) (i32.const 8)) (local.get $saved) (local.get $len))
    (call $rts_region_free (local.get $saved) (local.get $len))
    (i32.store offset=24 (local.get $p) (i32.const 0))
    (i32.store (global.get $rts_unwind) (i32.add (i32.add (global.get $rts_unwind) (i32.const 8)) (local.get $len)))
    (global.set $rts_rewinding (i32.const 1))
    (call $asyncify_start_rewind (global.get $rts_unwind)))

  ;; Copies what the unwound process p holds of the shadow stack and of the
  ;; scratch buffer into regions of its own.
  (func $rts_suspend (param $p i32)
    (local $len i32) (local $saved i32)
    (local.set $len (i32.sub (global.get $rts_stack_top) (global.get $rts_sp)))
    (i32.store offset=20 (local.get $p) (local.get $len))
    (if (local.get $len)
      (then
        (local.set $saved (call $rts_region_alloc (local.get $len)))
        (if (i32.eqz (local.get $saved)) (then (call $rts_out_of_memory)))
        (memory.copy (local.get $saved) (global.get $rts_sp) (local.get $len))
        (i32.store offset=16 (local.get $p) (local.get $saved))))
    (global.set $rts_sp (global.get $rts_stack_top))
    (local.set $len (i32.sub (i32.load (global.get $rts_unwind)) (i32.add (global.get $rts_unwind) (i32.const 8))))
    (local.set $saved (call $rts_region_alloc (local.get $len)))
    (if (i32.eqz (local.get $saved)) (then (call $rts_out_of_memory)))
    (memory.copy (local.get $saved) (i32.add (global.get $rts_unwind) (i32.const 8)) (local.get $len))
    (i32.store offset=24 (local.get $p) (local.get $saved))
    (i32.store offset=28 (local.get $p) (local.get $len)))

  ;; A process that returned, crashed or was killed: its monitors are sent
  ;; its Down and, unless it returned, its links are killed; its heap,
  ;; messages, saved state and descriptor are given back (main's heap becomes
  ;; current first: a heap is released when it is not), its crash record kept
  ;; in the process table for monitors that ask later.
  (func $rts_proc_end (param $p i32)
    (local $m i32) (local $next i32) (local $kind i32) (local $record i32) (local $pid i32)
    (global.set $rts_proc_live (i32.sub (global.get $rts_proc_live) (i32.const 1)))
    (local.set $pid (i32.load (local.get $p)))
    (local.set $record (i32.load offset=76 (local.get $p)))
    (local.set $kind (select (i32.const 1)
      (select (i32.const 2) (i32.const 0) (i32.eq (i32.load offset=4 (local.get $p)) (i32.const 7)))
      (i32.eq (i32.load offset=4 (local.get $p)) (i32.const 5))))
    (call $rts_proc_table_set (local.get $pid)
      (select (i32.const 1) (select (i32.or (local.get $record) (i32.const 2)) (i32.const 3)
        (i32.eq (local.get $kind) (i32.const 1))) (i32.eqz (local.get $kind))))
    (if (i32.load offset=16 (local.get $p))
      (then (call $rts_region_free (i32.load offset=16 (local.get $p)) (i32.load offset=20 (local.get $p)))))
    (if (i32.load offset=24 (local.get $p))
      (then (call $rts_region_free (i32.load offset=24 (local.get $p)) (i32.load offset=28 (local.get $p)))))
    ;; Its watchers, the Downs made in its own heap.
    (global.set $rts_sp (global.get $rts_stack_top))
    (call $rts_heap_enter (i32.load offset=8 (local.get $p)))
    (local.set $m (i32.load offset=64 (local.get $p)))
    (block $done
      (loop $next_watcher
        (br_if $done (i32.eqz (local.get $m)))
        (local.set $next (i32.load (local.get $m)))
        (if (i32.load offset=8 (local.get $m))
          (then
            (if (local.get $kind) (then (call $rts_proc_kill (i32.load offset=4 (local.get $m)) (local.get $record)))))
          (else
            (if (call $rts_proc_of (i32.load offset=4 (local.get $m)))
              (then (call $rts_send_down (i32.load offset=4 (local.get $m)) (local.get $pid) (local.get $kind) (local.get $record))))))
        (call $rts_region_free (local.get $m) (i32.const 16))
        (local.set $m (local.get $next))
        (br $next_watcher)))
    (if (i32.eq (local.get $kind) (i32.const 2))
      (then (call $rts_region_free (local.get $record) (i32.add (i32.load offset=4 (local.get $record)) (i32.const 8)))))
    (local.set $m (i32.load offset=40 (local.get $p)))
    (block $done
      (loop $next_message
        (br_if $done (i32.eqz (local.get $m)))
        (local.set $next (i32.load (local.get $m)))
        (call $rts_region_free (local.get $m) (i32.add (i32.load offset=12 (local.get $m)) (i32.const 16)))
        (local.set $m (local.get $next))
        (br $next_message)))
    (global.set $rts_sp (global.get $rts_stack_top))
    (call $rts_heap_enter (i32.load offset=8 (global.get $rts_proc_main)))
    (call $rts_heap_release (i32.load offset=8 (local.get $p)))
    (call $rts_region_free (local.get $p) (i32.const 80)))

  (func $rts_enqueue (param $p i32)
    (i32.store offset=32 (local.get $p) (i32.const 0))
    (if (global.get $rts_queue_tail)
      (then (i32.store offset=32 (global.get $rts_queue_tail) (local.get $p)))
      (else (global.set $rts_queue_head (local.get $p))))
    (global.set $rts_queue_tail (local.get $p)))

  ;; The first runnable process, taken off the queue; 0 when there is none.
  (func $rts_dequeue (result i32)
    (local $p i32)
    (local.set $p (global.get $rts_queue_head))
    (if (local.get $p)
      (then
        (global.set $rts_queue_head (i32.load offset=32 (local.get $p)))
        (if (i32.eqz (global.get $rts_queue_head)) (then (global.set $rts_queue_tail (i32.const 0))))))
    (local.get $p))

  ;; ---- messages ----

  ;; Sends a copy of value, of the type numbered tag, to pid.
  (func $rts_send (param $pid i32) (param $value i32) (param $tag i32)
    (local $p i32) (local $size i32) (local $m i32)
    (global.set $rts_proc_messages (i64.add (global.get $rts_proc_messages) (i64.const 1)))
    (local.set $p (call $rts_proc_of (local.get $pid)))
    (if (i32.eqz (local.get $p)) (then (return)))
    (local.set $size (call $rts_value_size (local.get $value)))
    (local.set $m (call $rts_region_alloc (i32.add (local.get $size) (i32.const 16))))
    (if (i32.eqz (local.get $m)) (then (call $rts_out_of_memory)))
    (i32.store (local.get $m) (i32.const 0))
    (i32.store offset=4 (local.get $m) (local.get $tag))
    (i32.store offset=8 (local.get $m) (call $rts_value_copy_to (local.get $value) (i32.add (local.get $m) (i32.const 16))))
    (i32.store offset=12 (local.get $m) (local.get $size))
    (if (i32.load offset=44 (local.get $p))
      (then (i32.store (i32.load offset=44 (local.get $p)) (local.get $m)))
      (else (i32.store offset=40 (local.get $p) (local.get $m))))
    (i32.store offset=44 (local.get $p) (local.get $m))
    (if (i32.eq (i32.load offset=4 (local.get $p)) (i32.const 3))
      (then
        (call $rts_timer_remove (local.get $p))
        (i32.store offset=4 (local.get $p) (i32.const 1))
        (call $rts_enqueue (local.get $p)))))

  ;; The running process's oldest message, or 0.
  (func $rts_mailbox_first (result i32)
    (i32.load offset=40 (global.get $rts_proc_current)))

  (func $rts_message_next (param $m i32) (result i32)
    (i32.load (local.get $m)))

  (func $rts_message_tag (param $m i32) (result i32)
    (i32.load offset=4 (local.get $m)))

  ;; The message's value where it lies, for matching; it is not in any heap.
  (func $rts_message_value (param $m i32) (result i32)
    (i32.load offset=8 (local.get $m)))

  ;; Takes message m out of the running process's mailbox: its value, copied
  ;; into the process's heap.
  (func $rts_message_take (param $m i32) (result i32)
    (local $p i32) (local $prev i32) (local $at i32) (local $v i32)
    (local.set $p (global.get $rts_proc_current))
    (local.set $at (i32.load offset=40 (local.get $p)))
    (block $found
      (loop $walk
        (br_if $found (i32.eq (local.get $at) (local.get $m)))
        (local.set $prev (local.get $at))
        (local.set $at (i32.load (local.get $at)))
        (br $walk)))
    (if (local.get $prev)
      (then (i32.store (local.get $prev) (i32.load (local.get $m))))
      (else (i32.store offset=40 (local.get $p) (i32.load (local.get $m)))))
    (if (i32.eq (i32.load offset=44 (local.get $p)) (local.get $m))
      (then (i32.store offset=44 (local.get $p) (local.get $prev))))
    (local.set $v (call $rts_value_copy (i32.load offset=8 (local.get $m))))
    (call $rts_region_free (local.get $m) (i32.add (i32.load offset=12 (local.get $m)) (i32.const 16)))
    (local.get $v))

  ;; ---- timers ----

  ;; The monotonic clock in nanoseconds (read into 240..247).
  (func $rts_now (result i64)
    (drop (call $wasi_clock_time_get (i32.const 1) (i64.const 1000) (i32.const 240)))
    (i64.load (i32.const 240)))

  ;; Milliseconds as nanoseconds, saturating where an i64 ends.
  (func $rts_ms_to_ns (param $ms i64) (result i64)
    (if (result i64) (i64.gt_s (local.get $ms) (i64.const 9223372036854))
      (then (i64.const 0x3fffffffffffffff))
      (else (i64.mul (local.get $ms) (i64.const 1000000)))))

  ;; Puts p on the timer list at deadline, in deadline order (after the timers of the same deadline).
  (func $rts_timer_add (param $p i32) (param $deadline i64)
    (local $prev i32) (local $at i32)
    (i64.store offset=48 (local.get $p) (local.get $deadline))
    (i32.store offset=60 (local.get $p) (i32.const 1))
    (local.set $at (global.get $rts_timers))
    (block $found
      (loop $walk
        (br_if $found (i32.eqz (local.get $at)))
        (br_if $found (i64.gt_s (i64.load offset=48 (local.get $at)) (local.get $deadline)))
        (local.set $prev (local.get $at))
        (local.set $at (i32.load offset=56 (local.get $at)))
        (br $walk)))
    (i32.store offset=56 (local.get $p) (local.get $at))
    (if (local.get $prev)
      (then (i32.store offset=56 (local.get $prev) (local.get $p)))
      (else (global.set $rts_timers (local.get $p)))))

  ;; Takes p off the timer list, if it is on it.
  (func $rts_timer_remove (param $p i32)
    (local $prev i32) (local $at i32)
    (if (i32.eqz (i32.load offset=60 (local.get $p))) (then (return)))
    (i32.store offset=60 (local.get $p) (i32.const 0))
    (local.set $at (global.get $rts_timers))
    (block $found
      (loop $walk
        (br_if $found (i32.eq (local.get $at) (local.get $p)))
        (local.set $prev (local.get $at))
        (local.set $at (i32.load offset=56 (local.get $at)))
        (br $walk)))
    (if (local.get $prev)
      (then (i32.store offset=56 (local.get $prev) (i32.load offset=56 (local.get $p))))
      (else (global.set $rts_timers (i32.load offset=56 (local.get $p))))))

  ;; Makes runnable every process whose deadline has passed.
  (func $rts_timers_fire
    (local $now i64) (local $p i32)
    (local.set $now (call $rts_now))
    (block $done
      (loop $next
        (local.set $p (global.get $rts_timers))
        (br_if $done (i32.eqz (local.get $p)))
        (br_if $done (i64.gt_s (i64.load offset=48 (local.get $p)) (local.get $now)))
        (global.set $rts_timers (i32.load offset=56 (local.get $p)))
        (i32.store offset=60 (local.get $p) (i32.const 0))
        (i32.store offset=4 (local.get $p) (i32.const 1))
        (call $rts_enqueue (local.get $p))
        (br $next))))

)

package dev.weft.matrix.generate;

import dev.weft.matrix.generate.GenType.Data;
import dev.weft.matrix.generate.GenType.ListOf;
import dev.weft.matrix.generate.GenType.OptionOf;
import dev.weft.matrix.generate.GenType.Pair;
import dev.weft.matrix.generate.GenType.Prim;
import dev.weft.matrix.generate.GenType.Rec;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The processes section of some programs: declarations before {@code main}
 * (a message type {@code Reply}, and the busy and chatty workers' functions
 * when used) and statements at the end of main, in episodes: replies from
 * workers whose closures capture main's locals, taken out of order by tag or
 * by constructor; raw messages of several types taken by typed binders; a
 * receive with an {@code after} of 1 to 5 ms that nothing can satisfy;
 * monitors of workers that end normally and that crash (division by a zero
 * divisor, {@code panic}), and again once they have ended; {@code spawn_link}
 * of a worker that ends normally; busy loops beside a chatty worker;
 * {@code pmap}; {@code async} with {@code await} and {@code await_timeout}.
 *
 * <p>The output does not depend on scheduling: only main prints, and every
 * receive can take exactly one message when it runs. Each message carries a
 * tag no other message of the program has, or is the only one of its type
 * (or constructor) in flight; an episode takes every message it causes
 * (Downs included) before the next begins; no worker spawns, so pids, which
 * show in creation order, are numbered alike on every run; and an
 * {@code after} arm waits for what no process sends. A crash in a worker
 * prints nothing (docs/language.md, "Processes"), only its monitor's
 * {@code Down} tells of it; no worker linked to main crashes. The one
 * timing assumption is {@code await_timeout}'s 10 s for a task of a few
 * thousand calls.
 *
 * <p>Cost: at most {@value #MAX_PROCESSES} processes besides main, busy
 * loops of 1,000 to 4,000 steps, and the calls' budget of {@link Gen}.
 */
final class Processes {
    static final int MAX_PROCESSES = 18;
    /** Tags of the chatty worker's messages start above every reply's tag. */
    private static final int CHAT_BASE = 1000;
    private static final int BUDGET = 240;

    /** What the section adds: lines before main, and main's closing statements. */
    record Section(List<String> declarations, List<String> statements) {}

    /** A constructor of the message type {@code Reply}: {@code RpA(Int, T)}, the Int its tag. */
    private record Payload(String ctor, GenType type) {}

    /** A worker's reply still to be received: its constructor and tag. */
    private record Pending(Payload payload, int tag) {}

    private final Gen g;
    private final Expressions ex;
    private final Scope scope;
    private final List<Payload> payloads = new ArrayList<>();
    private final List<String> out = new ArrayList<>();
    private int tags;
    private int processes;
    private boolean chatting;

    private Processes(Gen g, Expressions ex, Scope scope) {
        this.g = g;
        this.ex = ex;
        this.scope = scope;
    }

    /** The section for a main whose statements so far leave {@code scope} bound. */
    static Section write(Gen g, Expressions ex, Scope scope) {
        return new Processes(g, ex, scope).section();
    }

    private Section section() {
        g.budget = BUDGET;
        g.multiplier = 1;
        payloads.add(new Payload("RpInt", Prim.INT));
        String[] names = {"RpA", "RpB", "RpC"};
        for (int i = 0, n = g.between(2, 3); i < n; i++) payloads.add(new Payload(names[i], payloadType()));
        out.add("me = self()");
        for (int i = g.between(2, 5); i > 0 && processes < MAX_PROCESSES - 2; i--) {
            new Menu<Boolean>()
                    .add(3, this::replies)
                    .add(2, this::typedMessages)
                    .add(1.5, this::timeout)
                    .add(2, this::monitors)
                    .add(1.2, this::linked)
                    .add(1.2, this::busyAndChatty)
                    .add(1.2, this::pmap)
                    .add(1.5, this::tasks)
                    .pick(g.random);
        }
        List<String> declarations = new ArrayList<>();
        declarations.add("type Reply = " + String.join(" | ", payloads.stream()
                .map(p -> p.ctor() + "(Int, " + p.type().text() + ")").toList()));
        if (chatting) {
            declarations.add("busy_loop(n: Int, acc: Int) -> Int = if n <= 0 { acc } else {");
            declarations.add("    busy_loop(n - 1, (acc * 31 + n) % 1000003)");
            declarations.add("}");
            declarations.add("chatter(to: Pid, i: Int, n: Int, x: Int) -> Unit = if i > n { () } else {");
            declarations.add("    send(to, RpInt(" + CHAT_BASE + " + i, x * i + i))");
            declarations.add("    chatter(to, i + 1, n, x)");
            declarations.add("}");
            declarations.add("gather(n: Int, acc: Int) -> Int = if n <= 0 { acc } else {");
            declarations.add("    receive { RpInt(t, v) if t == " + CHAT_BASE + " + n -> gather(n - 1, acc * 7 + v) }");
            declarations.add("}");
        }
        return new Section(declarations, out);
    }

    /** A reply's payload type: a String, a list, a tuple, the program's variant or record, or any comparable type. */
    private GenType payloadType() {
        return new Menu<GenType>()
                .add(2, () -> Prim.STRING)
                .add(2, () -> new ListOf(ex.comparable(1)))
                .add(2, () -> new Pair(ex.comparable(1), ex.comparable(1)))
                .add(2, () -> data())
                .add(1.5, () -> new Rec(g.record, ex.comparable(1)))
                .add(2, () -> ex.comparable(2))
                .pick(g.random);
    }

    private GenType data() {
        GenType.VariantDecl v = g.pick(g.variants);
        return new Data(v, v.parameterised() ? java.util.Optional.of(ex.comparable(1)) : java.util.Optional.empty());
    }

    private boolean room(int more) {
        return processes + more <= MAX_PROCESSES;
    }

    private int tag() {
        return ++tags;
    }

    /** A worker's body that sends one reply: {@code send(me, RpA(3, e))}, sometimes after {@code sleep(1)}. */
    private String reply(Pending p, boolean sleep) {
        String send = "send(me, " + p.payload().ctor() + "(" + p.tag() + ", "
                + ex.gen(p.payload().type(), scope, 3, true).text() + "))";
        return sleep ? "{ sleep(1); " + send + " }" : send;
    }

    /** The receive that takes the reply of tag p, by the tag in a guard or, when it is the only one in flight with its constructor, by the constructor. */
    private void take(Pending p, List<Pending> inFlight, String label) {
        String t = g.fresh("t");
        String v = g.fresh("v");
        String ctor = p.payload().ctor();
        boolean alone = inFlight.stream().filter(q -> q.payload().equals(p.payload())).count() == 1;
        String print = "println(\"" + label + " ${" + t + "}: \" ++ show(" + v + "))";
        if (alone && g.chance(0.4)) {
            out.add("receive { " + ctor + "(" + t + ", " + v + ") -> " + print + " }");
        } else if (g.chance(0.3)) {
            // Arms of every constructor, all guarded by the one tag: only this reply's can match.
            out.add("receive {");
            for (Payload q : payloads) {
                String tq = q.equals(p.payload()) ? t : g.fresh("t");
                String vq = q.equals(p.payload()) ? v : g.fresh("v");
                String body = q.equals(p.payload()) ? print
                        : "println(\"wrong constructor " + q.ctor() + ": \" ++ show(" + vq + "))";
                out.add("    " + q.ctor() + "(" + tq + ", " + vq + ") if " + tq + " == " + p.tag() + " -> " + body);
            }
            out.add("}");
        } else {
            out.add("receive { " + ctor + "(" + t + ", " + v + ") if " + t + " == " + p.tag() + " -> " + print + " }");
        }
        inFlight.remove(p);
    }

    /** Two to four workers reply; main takes the replies in another order than it spawned them. */
    private Boolean replies() {
        int k = Math.min(g.between(2, 4), MAX_PROCESSES - processes);
        if (k < 2) return null;
        out.add("# replies, taken in another order than sent");
        List<Pending> inFlight = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            Pending p = new Pending(g.pick(payloads), tag());
            out.add("spawn(() -> " + reply(p, g.chance(0.25)) + ")");
            inFlight.add(p);
        }
        processes += k;
        List<Pending> order = new ArrayList<>(inFlight);
        Collections.shuffle(order, g.random);
        if (order.equals(inFlight)) Collections.reverse(order);
        for (Pending p : order) take(p, inFlight, "reply");
        return true;
    }

    /** Workers send values of two or three different types as they are; main takes each by a typed binder. */
    private Boolean typedMessages() {
        int k = Math.min(g.between(2, 3), MAX_PROCESSES - processes);
        if (k < 2) return null;
        List<GenType> types = new ArrayList<>();
        for (int tries = 0; types.size() < k && tries < 20; tries++) {
            GenType t = new Menu<GenType>()
                    .add(3, () -> Prim.INT).add(2, () -> Prim.STRING).add(1, () -> Prim.FLOAT).add(1, () -> Prim.BOOL)
                    .add(1, () -> Prim.CHAR).add(0.3, () -> Prim.UNIT)
                    .add(2, () -> new ListOf(ex.comparable(1))).add(2, () -> new Pair(ex.comparable(1), ex.comparable(1)))
                    .add(1, () -> new OptionOf(ex.comparable(1))).add(1.5, this::data)
                    .add(1, () -> new Rec(g.record, ex.comparable(1)))
                    .pick(g.random);
            if (!types.contains(t)) types.add(t);
        }
        if (types.size() < 2) return null;
        out.add("# messages of different types, each taken by its type");
        for (GenType t : types) {
            String m = g.fresh("m");
            out.add("spawn(() -> { " + m + ": " + t.text() + " = " + ex.gen(t, scope, 3, true).text() + "; send(me, " + m + ") })");
        }
        processes += types.size();
        List<GenType> order = new ArrayList<>(types);
        Collections.shuffle(order, g.random);
        for (GenType t : order) {
            String m = g.fresh("m");
            out.add("receive { " + m + ": " + t.text() + " -> println(\"a " + t.text() + ": \" ++ show(" + m + ")) }");
        }
        return true;
    }

    /** A receive whose arm nothing will satisfy, and its after arm of 1 to 5 ms. */
    private Boolean timeout() {
        int ms = g.between(1, 5);
        out.add("# a receive nothing can satisfy times out");
        String line = "after " + ms + " -> println(\"nothing after " + ms + " ms\")";
        switch (g.between(0, 2)) {
            case 0 -> {
                Payload p = g.pick(payloads);
                String t = g.fresh("t");
                String v = g.fresh("v");
                out.add("receive {");
                out.add("    " + p.ctor() + "(" + t + ", " + v + ") if " + t + " < 0 -> println(\"never: \" ++ show(" + v + "))");
                out.add("    " + line);
                out.add("}");
            }
            case 1 -> {
                // No process sends a pid in a pair.
                String m = g.fresh("m");
                out.add("receive {");
                out.add("    " + m + ": (Pid, Int) -> println(\"never a pid\")");
                out.add("    " + line);
                out.add("}");
            }
            default -> out.add("receive { " + line + " }");
        }
        return true;
    }

    /** The receive of the Down of {@code w}; {@code show} of the pid too sometimes (pids are numbered in creation order). */
    private void down(String w, String label) {
        String q = g.fresh("q");
        String r = g.fresh("r");
        String print = g.chance(0.3) ? "println(\"" + label + " \" ++ show(" + q + ") ++ \": \" ++ show(" + r + "))"
                : "println(\"" + label + ": \" ++ show(" + r + "))";
        out.add("receive { Down(" + q + ", " + r + ") if " + q + " == " + w + " -> " + print + " }");
    }

    /** Monitors of a worker that returns and of one that crashes; each monitored again once it has ended. */
    private Boolean monitors() {
        if (!room(2)) return null;
        out.add("# monitors: a worker that returns, one that crashes, and each again once ended");
        String ok = g.fresh("w");
        Pending sent = null;
        if (g.chance(0.5)) {
            sent = new Pending(g.pick(payloads), tag());
            out.add(ok + " = spawn(() -> " + reply(sent, false) + ")");
        } else {
            out.add(ok + " = spawn(() -> " + ex.gen(ex.comparable(1), scope, 3).text() + ")");
        }
        out.add("monitor(" + ok + ")");
        if (sent != null) take(sent, new ArrayList<>(List.of(sent)), "monitored reply");
        down(ok, ok + " down");
        String bad = g.fresh("w");
        Pending before = null;
        if (g.chance(0.5)) {
            List<Scope.Var> ints = scope.ofType(Prim.INT);
            String x = ints.isEmpty() ? g.pick(Literals.SMALL_INTS) : g.pick(ints).name();
            String zero = g.fresh("z");
            out.add(zero + " = " + (x.startsWith("-") ? "(" + x + ")" : x) + " - " + (x.startsWith("-") ? "(" + x + ")" : x));
            String crash = "send(me, RpInt(" + tag() + ", " + ex.gen(Prim.INT, scope, 2).operand() + " " + g.pick("/", "%")
                    + " " + zero + "))";
            if (g.chance(0.4)) {
                // A reply first, then the crash: the reply is there before the Down.
                before = new Pending(g.pick(payloads), tag());
                crash = "{ " + reply(before, false) + "; " + crash + " }";
            }
            out.add(bad + " = spawn(() -> " + crash + ")");
        } else {
            out.add(bad + " = spawn(() -> panic(" + ex.gen(Prim.STRING, scope, 2).text() + "))");
        }
        out.add("monitor(" + bad + ")");
        if (before != null) take(before, new ArrayList<>(List.of(before)), "reply before the crash");
        down(bad, bad + " down");
        List<String> again = new ArrayList<>(List.of(ok, bad));
        Collections.shuffle(again, g.random);
        for (String w : again.subList(0, g.between(1, 2))) {
            out.add("monitor(" + w + ")");
            down(w, w + " down again");
        }
        processes += 2;
        return true;
    }

    /** A worker linked to main that ends normally: main lives on. */
    private Boolean linked() {
        if (!room(1)) return null;
        out.add("# a linked worker that ends normally");
        String w = g.fresh("w");
        if (g.chance(0.6)) {
            Pending p = new Pending(g.pick(payloads), tag());
            out.add(w + " = spawn_link(() -> " + reply(p, g.chance(0.3)) + ")");
            take(p, new ArrayList<>(List.of(p)), "linked reply");
        } else {
            out.add(w + " = spawn_link(() -> " + ex.gen(ex.comparable(1), scope, 3).text() + ")");
        }
        if (g.chance(0.6)) {
            out.add("monitor(" + w + ")");
            down(w, w + " down");
        }
        processes += 1;
        return true;
    }

    /** One or two busy loops beside a chatty worker whose messages main gathers newest first. */
    private Boolean busyAndChatty() {
        int busy = g.between(1, 2);
        if (!room(busy + 1)) return null;
        chatting = true;
        out.add("# busy workers beside a chatty one");
        List<Pending> results = new ArrayList<>();
        for (int i = 0; i < busy; i++) {
            Pending p = new Pending(payloads.get(0), tag());
            results.add(p);
            out.add("spawn(() -> send(me, RpInt(" + p.tag() + ", busy_loop(" + g.between(1000, 4000) + ", "
                    + ex.gen(Prim.INT, scope, 2).text() + "))))");
        }
        int n = g.between(3, 12);
        out.add("spawn(() -> chatter(me, 1, " + n + ", " + ex.gen(Prim.INT, scope, 2).text() + "))");
        List<Pending> inFlight = new ArrayList<>(results);
        // The chatter's RpInts are in flight too: a busy result is taken by its tag, never by RpInt alone.
        inFlight.add(new Pending(payloads.get(0), CHAT_BASE));
        Collections.reverse(results);
        boolean chatFirst = g.chance(0.5);
        if (chatFirst) out.add("println(\"gathered: ${gather(" + n + ", 0)}\")");
        for (Pending p : results) take(p, inFlight, "busy");
        if (!chatFirst) out.add("println(\"gathered: ${gather(" + n + ", 0)}\")");
        processes += busy + 1;
        return true;
    }

    /** pmap of a generated lambda over a list of one to four generated elements. */
    private Boolean pmap() {
        int n = g.between(1, 4);
        if (!room(n)) return null;
        out.add("# pmap");
        GenType from = g.chance(0.6) ? ex.simple() : ex.comparable(1);
        GenType to = ex.comparable(1);
        List<String> items = new ArrayList<>();
        for (int i = 0; i < n; i++) items.add(ex.gen(from, scope, 2, true).text());
        String xs = g.fresh("ps");
        String ys = g.fresh("ps");
        out.add(xs + ": " + new ListOf(from).text() + " = [" + String.join(", ", items) + "]");
        String f = g.costlier(n, () -> ex.lambda(new GenType.Fun(List.of(from), to), scope, 3).text());
        out.add(ys + ": " + new ListOf(to).text() + " = pmap(" + xs + ", " + f + ")");
        out.add("println(\"pmap: \" ++ show(" + ys + "))");
        processes += n;
        return true;
    }

    /** Tasks awaited in another order than started, and one awaited with a timeout it never reaches. */
    private Boolean tasks() {
        int n = g.between(1, 3);
        if (!room(n + 1)) return null;
        out.add("# tasks");
        List<String> started = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            GenType t = ex.comparable(1);
            String task = g.fresh("task");
            out.add(task + ": Task[" + t.text() + "] = async(() -> " + ex.gen(t, scope, 3, true).text() + ")");
            started.add(task);
        }
        Collections.reverse(started);
        for (String task : started) out.add("println(\"await: \" ++ show(await(" + task + ")))");
        GenType t = ex.comparable(1);
        String task = g.fresh("task");
        out.add(task + ": Task[" + t.text() + "] = async(() -> " + ex.gen(t, scope, 3, true).text() + ")");
        out.add("println(\"await_timeout: \" ++ show(await_timeout(" + task + ", 10000)))");
        processes += n + 1;
        return true;
    }
}

package dev.weft.matrix.generate;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The process constructs a generated program uses, read from its text: the
 * shapes {@link Processes} writes them in. Tests count them over many seeds
 * to show that each construct is generated, and pick programs that cover
 * them all.
 */
public final class ProcessConstructs {
    /** What a processes section may hold. */
    public enum Construct {
        /** A worker whose closure computes a value and sends it to main. */
        REPLY,
        INT_MESSAGE, STRING_MESSAGE, VARIANT_MESSAGE, RECORD_MESSAGE, TUPLE_MESSAGE, LIST_MESSAGE,
        /** A receive that takes a reply by its constructor alone. */
        BY_CONSTRUCTOR,
        /** A receive that takes a reply by its tag, in a guard. */
        BY_TAG,
        /** A receive of raw messages by a typed binder. */
        BY_TYPE,
        /** A receive with an after arm of 1 to 5 ms. */
        AFTER,
        MONITOR_NORMAL, MONITOR_DIVISION_BY_ZERO, MONITOR_PANIC,
        /** A monitor of a process that has already ended (its Down received). */
        MONITOR_ENDED,
        LINK, BUSY, CHATTY,
        /** sleep(1) in a worker. */
        SLEEP,
        PMAP, AWAIT, AWAIT_TIMEOUT
    }

    private static final Pattern REPLY = Pattern.compile("spawn(?:_link)?\\(\\(\\) -> (?:\\{ sleep\\(1\\); )?send\\(me, Rp");
    private static final Pattern SENT_CTOR = Pattern.compile("send\\(me, (Rp\\w+)\\(");
    private static final Pattern PAYLOAD = Pattern.compile("(Rp\\w+)\\(Int, (.*?)\\)(?= \\| Rp|$)");
    private static final Pattern TYPED_SEND = Pattern.compile("spawn\\(\\(\\) -> \\{ m\\d+: (.*?) = ");
    private static final Pattern RECORD_DECL = Pattern.compile("(?m)^type (\\w+)\\[a\\] = \\{");
    private static final Pattern SPAWNED = Pattern.compile("(?m)^    (w\\d+) = (spawn.*)$");
    private static final Pattern MONITOR = Pattern.compile("monitor\\((w\\d+)\\)");

    private ProcessConstructs() {}

    /** Whether the program has a processes section. */
    public static boolean hasProcesses(String program) {
        return program.contains("\n    me = self()\n");
    }

    public static Set<Construct> in(String program) {
        Set<Construct> found = EnumSet.noneOf(Construct.class);
        if (!hasProcesses(program)) return found;
        if (REPLY.matcher(program).find()) found.add(Construct.REPLY);
        messageTypes(program, found);
        if (Pattern.compile("receive \\{ Rp\\w+\\(t\\d+, v\\d+\\) -> ").matcher(program).find()) found.add(Construct.BY_CONSTRUCTOR);
        if (Pattern.compile("Rp\\w+\\(t\\d+, v\\d+\\) if t\\d+ == \\d+ -> ").matcher(program).find()) found.add(Construct.BY_TAG);
        if (Pattern.compile("receive \\{ m\\d+: .* -> ").matcher(program).find()) found.add(Construct.BY_TYPE);
        if (Pattern.compile("after [1-5] -> ").matcher(program).find()) found.add(Construct.AFTER);
        monitors(program, found);
        if (program.contains(" = spawn_link(() -> ")) found.add(Construct.LINK);
        if (program.contains("\nbusy_loop(n: Int, acc: Int) -> Int = ") && program.contains(", busy_loop(")) found.add(Construct.BUSY);
        if (program.contains("spawn(() -> chatter(me, ")) found.add(Construct.CHATTY);
        if (program.contains("{ sleep(1); send(me, ")) found.add(Construct.SLEEP);
        if (Pattern.compile(" = pmap\\(ps\\d+, ").matcher(program).find()) found.add(Construct.PMAP);
        if (Pattern.compile("show\\(await\\(task\\d+\\)\\)").matcher(program).find()) found.add(Construct.AWAIT);
        if (Pattern.compile("await_timeout\\(task\\d+, 10000\\)").matcher(program).find()) found.add(Construct.AWAIT_TIMEOUT);
        return found;
    }

    /** The types of the messages sent: the payloads of the Reply constructors sent, and the typed sends. */
    private static void messageTypes(String program, Set<Construct> found) {
        Set<String> records = new HashSet<>();
        for (Matcher m = RECORD_DECL.matcher(program); m.find(); ) records.add(m.group(1));
        Map<String, String> payloads = new HashMap<>();
        String reply = program.lines().filter(l -> l.startsWith("type Reply = ")).findFirst().orElse("");
        for (Matcher m = PAYLOAD.matcher(reply); m.find(); ) payloads.put(m.group(1), m.group(2));
        Set<String> types = new HashSet<>();
        for (Matcher m = SENT_CTOR.matcher(program); m.find(); ) types.add(payloads.get(m.group(1)));
        if (program.contains("spawn(() -> chatter(me, ")) types.add("Int");
        for (Matcher m = TYPED_SEND.matcher(program); m.find(); ) types.add(m.group(1));
        for (String t : types) {
            if (t == null) continue;
            if (t.equals("Int")) found.add(Construct.INT_MESSAGE);
            else if (t.equals("String")) found.add(Construct.STRING_MESSAGE);
            else if (t.startsWith("List[")) found.add(Construct.LIST_MESSAGE);
            else if (t.startsWith("(")) found.add(Construct.TUPLE_MESSAGE);
            else if (records.contains(t.replaceFirst("\\[.*", ""))) found.add(Construct.RECORD_MESSAGE);
            else if (Character.isUpperCase(t.charAt(0)) && !t.startsWith("Option[")
                    && !List.of("Float", "Bool", "Char", "Unit").contains(t)) found.add(Construct.VARIANT_MESSAGE);
        }
    }

    /** Monitored workers by how they end, read from the line that spawns each. */
    private static void monitors(String program, Set<Construct> found) {
        Map<String, String> spawned = new HashMap<>();
        for (Matcher m = SPAWNED.matcher(program); m.find(); ) spawned.put(m.group(1), m.group(2));
        Map<String, Integer> times = new HashMap<>();
        for (Matcher m = MONITOR.matcher(program); m.find(); ) {
            String w = m.group(1);
            String body = spawned.getOrDefault(w, "");
            if (times.merge(w, 1, Integer::sum) == 2) found.add(Construct.MONITOR_ENDED);
            if (body.startsWith("spawn(() -> panic(")) found.add(Construct.MONITOR_PANIC);
            else if (Pattern.compile(" [/%] z\\d+\\)\\)").matcher(body).find()) found.add(Construct.MONITOR_DIVISION_BY_ZERO);
            else found.add(Construct.MONITOR_NORMAL);
        }
    }
}

package dev.weft.matrix;

/**
 * One of {@code count} parts of a run, written {@code index/count} with
 * {@code index} from 1. A shard takes whole programs (so each program's module
 * is still compiled once per vector): the programs in name order, dealt round
 * robin, so the parts are the same on every machine and differ in size by at
 * most one program.
 */
public record Shard(int index, int count) {
    public static final Shard ALL = new Shard(1, 1);

    public Shard {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("shard " + index + "/" + count + " must be i/n with 1 <= i <= n");
        }
    }

    /** Reads {@code i/n}. */
    public static Shard parse(String text) {
        String[] parts = text.strip().split("/", -1);
        try {
            if (parts.length == 2) return new Shard(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
        } catch (NumberFormatException e) {
            // the message below says what is expected
        }
        throw new IllegalArgumentException("shard '" + text + "' is not i/n with whole numbers, as in 2/4");
    }

    /** Whether the program at this position of the name-ordered list belongs to this shard. */
    public boolean takes(int programPosition) {
        return programPosition % count == index - 1;
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}

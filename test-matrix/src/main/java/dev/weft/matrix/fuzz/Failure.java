package dev.weft.matrix.fuzz;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * What the toolchain did wrong with an input.
 *
 * @param signature what identifies the failure: two inputs with one signature are the same bug to
 *     the campaign (counted once, shrunk once), and shrinking keeps an input only while its
 *     signature stays. For an exception, the stage, the exception's class and the first frame in
 *     Weft's code (not the JDK's: every IndexOutOfBoundsException's top frame is in
 *     {@code Preconditions}); for a StackOverflowError the class alone, since where the stack runs
 *     out is any frame of the recursion
 * @param summary one line for the user
 * @param detail the stack trace or the offending diagnostic
 */
public record Failure(String signature, String summary, String detail) {

    public static Failure thrown(String stage, Throwable t) {
        String frame = "";
        if (!(t instanceof StackOverflowError)) {
            for (StackTraceElement e : t.getStackTrace()) {
                if (e.getClassName().startsWith("dev.weft.") && !e.getClassName().startsWith("dev.weft.matrix.fuzz.")) {
                    frame = " at " + e.getClassName() + "." + e.getMethodName();
                    break;
                }
            }
        }
        StringWriter trace = new StringWriter();
        t.printStackTrace(new PrintWriter(trace));
        String text = trace.toString();
        // A StackOverflowError's trace is 1,024 frames of the same few: the first 40 lines say enough.
        String shortened = text.lines().limit(40).reduce((a, b) -> a + "\n" + b).orElse("");
        return new Failure(stage + ": " + t.getClass().getName() + frame,
                stage + " threw " + t, shortened);
    }

    public static Failure timeout(long boundMillis) {
        return new Failure("timeout", "did not finish within " + boundMillis + " ms (the bound for its size)", "");
    }

    /** A rule about the toolchain's results that this input broke, such as a diagnostic without a position. */
    public static Failure broken(String signature, String detail) {
        return new Failure(signature, signature, detail);
    }

    public boolean isTimeout() { return signature.equals("timeout"); }
}

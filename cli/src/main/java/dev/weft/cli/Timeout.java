package dev.weft.cli;

import java.time.Duration;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The value of {@code --timeout}: a positive number of seconds, with decimals
 * ({@code 60}, {@code 0.5}), as a Duration to the millisecond. Anything else
 * is a usage error (exit 2) that says what is wanted.
 */
final class Timeout implements ITypeConverter<Duration> {
    @Override
    public Duration convert(String text) {
        double seconds;
        try {
            seconds = Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            throw new TypeConversionException("'" + text + "' is not a number of seconds; write one, as 60 or 0.5");
        }
        long millis = Math.round(seconds * 1000);
        if (!(seconds > 0) || Double.isInfinite(seconds) || millis < 1) {
            throw new TypeConversionException("'" + text + "' is not a positive number of seconds (at least 0.001); "
                    + "write one, as 60 or 0.5");
        }
        return Duration.ofMillis(millis);
    }
}

package dev.servicedesk.common;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Instants as {@link Instant#toString()} writes them ("2026-03-01T09:30:00Z", a fraction in groups
 * of three digits when there is one), without going through a {@code DateTimeFormatter}: every
 * response is full of them, and its formatter took near a tenth of a ticket list's time.
 */
public final class InstantText {
    private static final long FIRST = Instant.parse("0000-01-01T00:00:00Z").getEpochSecond();
    private static final long LAST = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();
    private static final int SECONDS_PER_DAY = 86_400;

    private InstantText() {}

    /** The instant's text, as {@link Instant#toString()} would write it. */
    public static String of(Instant instant) {
        char[] buffer = new char[40];
        return new String(buffer, 0, write(instant, buffer));
    }

    /** Jackson's module that writes instants through {@link #write}, for every mapper of ours. */
    public static SimpleModule module() {
        return new SimpleModule("instant-text").addSerializer(Instant.class, new Serializer());
    }

    /** The instant's text, in {@code buffer} (of 40 characters at least); answers its length. */
    static int write(Instant instant, char[] buffer) {
        long seconds = instant.getEpochSecond();
        if (seconds < FIRST || seconds > LAST) {
            String text = instant.toString();
            text.getChars(0, text.length(), buffer, 0);
            return text.length();
        }
        LocalDate date = LocalDate.ofEpochDay(Math.floorDiv(seconds, SECONDS_PER_DAY));
        int secondOfDay = (int) Math.floorMod(seconds, SECONDS_PER_DAY);
        digits(buffer, 0, date.getYear(), 4);
        buffer[4] = '-';
        digits(buffer, 5, date.getMonthValue(), 2);
        buffer[7] = '-';
        digits(buffer, 8, date.getDayOfMonth(), 2);
        buffer[10] = 'T';
        digits(buffer, 11, secondOfDay / 3600, 2);
        buffer[13] = ':';
        digits(buffer, 14, secondOfDay / 60 % 60, 2);
        buffer[16] = ':';
        digits(buffer, 17, secondOfDay % 60, 2);
        int length = 19;
        int nanos = instant.getNano();
        if (nanos > 0) {
            buffer[length++] = '.';
            if (nanos % 1_000_000 == 0) {
                length = digits(buffer, length, nanos / 1_000_000, 3);
            } else if (nanos % 1_000 == 0) {
                length = digits(buffer, length, nanos / 1_000, 6);
            } else {
                length = digits(buffer, length, nanos, 9);
            }
        }
        buffer[length++] = 'Z';
        return length;
    }

    /** {@code value} in {@code width} decimal digits from {@code at}, zero-padded; answers where they end. */
    private static int digits(char[] buffer, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            buffer[i] = (char) ('0' + value % 10);
            value /= 10;
        }
        return at + width;
    }

    /** Jackson's serializer for instants, through {@link #write}. */
    static final class Serializer extends StdScalarSerializer<Instant> {
        Serializer() {
            super(Instant.class);
        }

        @Override
        public void serialize(Instant value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            char[] buffer = new char[40];
            generator.writeString(buffer, 0, write(value, buffer));
        }
    }
}

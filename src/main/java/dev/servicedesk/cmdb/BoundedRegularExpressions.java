package dev.servicedesk.cmdb;

import com.networknt.schema.regex.RegularExpression;
import com.networknt.schema.regex.RegularExpressionFactory;
import com.networknt.schema.regex.RegularExpressions;
import java.util.regex.Pattern;

/**
 * The regular expressions of attribute schemas ({@code pattern}, {@code patternProperties}),
 * matched as the library's own JDK factory matches them, but given up after {@value #BUDGET_MILLIS}
 * ms: an expression that backtracks without end (say {@code (.*a){20}b} on sixty a's) cannot
 * hold the event loop it runs on. Giving up throws, and the check answers that the schema
 * cannot check the value.
 */
final class BoundedRegularExpressions implements RegularExpressionFactory {
    static final long BUDGET_MILLIS = 50;

    /** The match took longer than the budget. */
    static final class TooSlow extends RuntimeException {
        TooSlow() {
            super("a regular expression took longer than " + BUDGET_MILLIS + " ms", null, false, false);
        }
    }

    @Override
    public RegularExpression getRegularExpression(String regex) {
        Pattern pattern = Pattern.compile(
                RegularExpressions.replaceLongformCharacterProperties(RegularExpressions.replaceDollarAnchors(regex)));
        return value -> pattern.matcher(new Bounded(value, System.nanoTime() + BUDGET_MILLIS * 1_000_000))
                .find();
    }

    /** The value, read by the matcher one character at a time: every so many reads check the clock. */
    private static final class Bounded implements CharSequence {
        private final String value;
        private final long deadline;
        private int reads;

        Bounded(String value, long deadline) {
            this.value = value;
            this.deadline = deadline;
        }

        @Override
        public char charAt(int index) {
            if ((++reads & 0x3FF) == 0 && System.nanoTime() > deadline) {
                throw new TooSlow();
            }
            return value.charAt(index);
        }

        @Override
        public int length() {
            return value.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return value.subSequence(start, end);
        }

        @Override
        public String toString() {
            return value;
        }
    }
}

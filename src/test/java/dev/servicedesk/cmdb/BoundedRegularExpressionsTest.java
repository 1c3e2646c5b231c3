package dev.servicedesk.cmdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.regex.RegularExpression;
import org.junit.jupiter.api.Test;

/** Regular expressions of attribute schemas: matched as JSON Schema matches them, given up when they backtrack without end. */
class BoundedRegularExpressionsTest {
    private final BoundedRegularExpressions expressions = new BoundedRegularExpressions();

    @Test
    void shouldMatchAnywhereInTheValueAsJsonSchemaDoes() {
        RegularExpression tag = expressions.getRegularExpression("[A-Z]{3}-\\d+$");
        assertThat(tag.matches("asset SRV-0412")).isTrue();
        assertThat(tag.matches("SRV-0412 asset")).isFalse();
        assertThat(expressions.getRegularExpression("^\\p{Letter}+$").matches("Überweisung"))
                .isTrue();
    }

    @Test
    void shouldGiveUpOnAnExpressionThatBacktracksWithoutEnd() {
        RegularExpression catastrophic = expressions.getRegularExpression("(.*a){20}b");
        long started = System.nanoTime();
        assertThatThrownBy(() -> catastrophic.matches("a".repeat(60)))
                .isInstanceOf(BoundedRegularExpressions.TooSlow.class);
        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(2_000);
    }
}

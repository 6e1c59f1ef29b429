package dev.conflictstream.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class FailureWindowTest {
    static final long SECOND = 1_000_000_000L;

    @Test
    void tooManyOnlyWhenTheFailuresFallWithinTheWindow() {
        FailureWindow window = new FailureWindow(3, Duration.ofSeconds(10));

        assertThat(window.tooMany(0)).isFalse();
        assertThat(window.tooMany(5 * SECOND)).isFalse();
        assertThat(window.tooMany(20 * SECOND)).as("the first two are outside the window").isFalse();
        assertThat(window.tooMany(21 * SECOND)).isFalse();
        assertThat(window.tooMany(22 * SECOND)).as("three within ten seconds").isTrue();
    }
}

package dev.conflictstream.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WarmUpTest {

    @ParameterizedTest(name = "{0} articles, JIT {1} of {2} ms of CPU: settled {3}")
    @CsvSource(nullValues = "none", value = {
            // published, JIT ms in the last round, process ms in the last round, settled
            "5000,   10,  1000, false", // never before the minimum, however quiet the JIT
            "10000,  300, 1000, false", // the broker's code still compiling
            "10000,  79,  1000, true",
            "10000,  80,  1000, false", // at the threshold: not under it
            "25000,  200, 1000, false",
            "60000,  500, 1000, true",  // the maximum stops it, settled or not
            "20000,  none, 1000, false", // no JIT figure (no /proc): a fixed count instead
            "30000,  none, 1000, true",
            "15000,  0,   0,    false", // nothing measured in the round
    })
    void settlesOnceTheJitIsQuietBetweenTheBounds(int published, Long jitMs, long processMs, boolean settled) {
        Long jitNanos = jitMs == null ? null : jitMs * 1_000_000;
        assertThat(WarmUp.settled(published, jitNanos, processMs * 1_000_000)).isEqualTo(settled);
    }

    @ParameterizedTest
    @CsvSource({"auto, -1", "AUTO, -1", " 2000 , 2000", "0, 0"})
    void parsesAutoOrACount(String value, int articles) {
        WarmUp warmUp = WarmUp.parse(value);
        assertThat(warmUp.articles()).isEqualTo(articles);
        assertThat(warmUp.auto()).isEqualTo(articles == WarmUp.AUTO);
    }

    @ParameterizedTest
    @CsvSource({"-5", "lots"})
    void rejectsAnythingElse(String value) {
        assertThatThrownBy(() -> WarmUp.parse(value)).isInstanceOf(IllegalArgumentException.class);
    }
}

package dev.conflictstream.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PacerTest {

    @Test
    void recordIsDueIndexOverRateAfterTheStart() {
        Pacer pacer = new Pacer(1000); // one per millisecond
        assertThat(pacer.nanosUntilDue(0, 0)).isZero();
        assertThat(pacer.nanosUntilDue(5, 0)).isEqualTo(5_000_000);
        assertThat(pacer.nanosUntilDue(5, 4_000_000)).isEqualTo(1_000_000);
    }

    @Test
    void aLateSenderCatchesUpInsteadOfDrifting() {
        Pacer pacer = new Pacer(500);
        // record 10 is due at 20 ms; at 50 ms it and the next 14 are sent at once
        assertThat(pacer.nanosUntilDue(10, 50_000_000)).isZero();
        assertThat(pacer.nanosUntilDue(25, 50_000_000)).isZero();
        assertThat(pacer.nanosUntilDue(26, 50_000_000)).isEqualTo(2_000_000);
    }

    @Test
    void zeroOrNegativeRateNeverWaits() {
        assertThat(new Pacer(0).nanosUntilDue(1_000_000, 0)).isZero();
        assertThat(new Pacer(0).unlimited()).isTrue();
        assertThat(new Pacer(-1).nanosUntilDue(7, 0)).isZero();
    }
}

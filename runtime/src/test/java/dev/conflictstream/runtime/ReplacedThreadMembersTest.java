package dev.conflictstream.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReplacedThreadMembersTest {
    @Test
    void namesTheStaticMemberOfAStreamThreadAsStreamsSuffixesIt() {
        assertThat(ReplacedThreadMembers.memberOf("conflictstream-aggregate-v2-3f2a",
                "conflictstream-aggregate-v2-bf88a6ba-dfdb-413b-8a48-4e8c83e1fbf7-StreamThread-1"))
                .isEqualTo("conflictstream-aggregate-v2-3f2a-1");
        assertThat(ReplacedThreadMembers.memberOf("id", "app-uuid-StreamThread-12")).isEqualTo("id-12");
    }

    @Test
    void aThreadWithoutStaticMembershipOrNotAStreamThreadHasNone() {
        assertThat(ReplacedThreadMembers.memberOf(null, "app-uuid-StreamThread-1")).isNull();
        assertThat(ReplacedThreadMembers.memberOf("id", "app-uuid-GlobalStreamThread")).isNull();
    }

    @Test
    void aMemberWhoseThreadNameALiveReplacementTookIsLeftAlone() throws InterruptedException {
        Thread dead = new Thread(() -> { }, "app-uuid-StreamThread-1");
        dead.start();
        dead.join();
        assertThat(ReplacedThreadMembers.nameTakenByALiveThread(dead)).as("no thread of that name lives").isFalse();

        java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
        Thread replacement = new Thread(() -> {
            try {
                done.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "app-uuid-StreamThread-1");
        replacement.start();
        try {
            assertThat(ReplacedThreadMembers.nameTakenByALiveThread(dead)).as("index 1 reused by a live thread").isTrue();
        } finally {
            done.countDown();
            replacement.join();
        }
    }
}

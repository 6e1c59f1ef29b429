package dev.conflictstream.enrich.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LongIntMapTest {

    @Test
    void putOrAndGetAgreeWithAHashMapThroughGrowth() {
        Random r = new Random(3);
        LongIntMap m = new LongIntMap();
        Map<Long, Integer> ref = new HashMap<>();
        for (int i = 0; i < 5000; i++) {
            long k = i % 3 == 0 ? i : r.nextLong();
            int v = 1 << (i % 32); // the sign bit too
            if (i % 2 == 0) {
                m.put(k, v);
                ref.put(k, v);
            } else {
                m.or(k, v);
                ref.merge(k, v, (a, b) -> a | b);
            }
            if (i % 5 == 0) { // or into a present key
                m.or(k, 2);
                ref.merge(k, 2, (a, b) -> a | b);
            }
        }
        for (Map.Entry<Long, Integer> e : ref.entrySet()) assertEquals((int) e.getValue(), m.get(e.getKey()));
        for (int i = 0; i < 10_000; i++) {
            long k = r.nextLong();
            assertEquals(ref.getOrDefault(k, 0), m.get(k));
        }
        assertEquals(0, m.get(LongIntMap.h("absent")));
    }

    @Test
    void longValuesAndKeysSurviveGrowth() {
        Random r = new Random(5);
        LongIntMap m = new LongIntMap();
        Map<Long, Long> ref = new HashMap<>();
        for (int i = 0; i < 3000; i++) {
            long k = r.nextLong();
            long bits = 1L << (i % 64); // the high half and the sign bit too
            m.orLong(k, bits);
            ref.merge(k, bits, (a, b) -> a | b);
        }
        for (Map.Entry<Long, Long> e : ref.entrySet()) {
            assertEquals((long) e.getValue(), m.getLong(e.getKey()));
            assertEquals((int) (long) e.getValue(), m.get(e.getKey()));
        }
        Set<Long> keys = new HashSet<>();
        m.forEachKey(keys::add);
        assertEquals(ref.keySet(), keys);
    }
}

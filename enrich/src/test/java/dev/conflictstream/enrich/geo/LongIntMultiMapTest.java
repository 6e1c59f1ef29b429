package dev.conflictstream.enrich.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LongIntMultiMapTest {

    @Test
    void everyKeyIsFoundWithItsValuesAndTheFilterNeverRejectsOne() {
        for (int n : new int[] {0, 1, 2, 3, 63, 64, 65, 1000, 200_000}) {
            Random r = new Random(n);
            LongIntMultiMap m = new LongIntMultiMap();
            Map<Long, Integer> first = new HashMap<>();
            for (int i = 0; i < n; i++) {
                long k = i % 7 == 0 ? i : r.nextLong(); // small keys too, as well as spread ones
                m.add(k, i);
                m.add(k, i + 1);
                first.putIfAbsent(k, i);
            }
            m.freeze();
            assertEquals(first.size(), m.size());
            for (Map.Entry<Long, Integer> e : first.entrySet()) {
                assertTrue(m.mayContain(e.getKey()), "filter rejected a key of the map");
                int list = m.find(e.getKey());
                assertTrue(list >= 0);
                assertEquals(e.getValue(), m.get(list, 0));
            }
        }
    }

    @Test
    void eachListHasItsDistinctValuesInInsertionOrder() {
        LongIntMultiMap m = new LongIntMultiMap();
        for (int round = 0; round < 2; round++) { // each pair added twice: kept once
            for (long k = 1; k <= 1000; k++) for (int v = 0; v <= k % 5; v++) m.add(k * 0x9E3779B97F4A7C15L, (int) k * 10 + v);
        }
        m.freeze();
        for (long k = 1; k <= 1000; k++) {
            int list = m.find(k * 0x9E3779B97F4A7C15L);
            assertEquals(k % 5 + 1, m.length(list));
            for (int v = 0; v <= k % 5; v++) assertEquals((int) k * 10 + v, m.get(list, v));
        }
    }

    @Test
    void absentKeysAreMissesAndTheFilterRejectsMostOfThem() {
        Random r = new Random(7);
        LongIntMultiMap m = new LongIntMultiMap();
        Set<Long> keys = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            long k = r.nextLong();
            keys.add(k);
            m.add(k, i);
        }
        m.freeze();
        int passed = 0, tried = 0;
        for (int i = 0; i < 200_000; i++) {
            long k = r.nextLong();
            if (keys.contains(k)) continue;
            tried++;
            if (m.mayContain(k)) passed++;
            assertEquals(-1, m.find(k));
        }
        // 16 bits per key, two bits in one word: about 1.5% false positives
        assertTrue(passed < tried * 0.04, "false positive rate " + (double) passed / tried);
    }

    @Test
    void nameKeysOfAGazetteerAreFound() {
        LongIntMultiMap m = new LongIntMultiMap();
        String[] names = {"Kyiv", "Kursk", "Sumy", "Kursk Oblast", "Bakhmut", "Al Hudaydah", "Ma'rib"};
        for (int i = 0; i < names.length; i++) m.add(NameKey.of(names[i]), i);
        m.freeze();
        for (int i = 0; i < names.length; i++) assertEquals(i, m.get(m.find(NameKey.of(names[i])), 0));
        assertEquals(-1, m.find(NameKey.of("Atlantis")));
    }
}

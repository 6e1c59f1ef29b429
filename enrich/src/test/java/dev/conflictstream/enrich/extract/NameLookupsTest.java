package dev.conflictstream.enrich.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class NameLookupsTest {

    @Test
    void answersAsTheIndexDoesAndAsksItOncePerRepeatedKey() {
        int[] asked = {0};
        // an index that knows every key divisible by 3 (list id: key / 3 mod 1000), absent otherwise
        NameLookups lookups = new NameLookups(key -> {
            asked[0]++;
            return Math.floorMod(key, 3) == 0 ? (int) Math.floorMod(key / 3, 1000) : -1;
        }, 16);
        Random r = new Random(5);
        long[] keys = new long[200]; // many more keys than slots: collisions must still answer right
        for (int i = 0; i < keys.length; i++) keys[i] = r.nextLong();
        keys[7] = 0; // a zero key is a key like any other
        for (int round = 0; round < 3; round++) {
            for (long key : keys) {
                int expected = Math.floorMod(key, 3) == 0 ? (int) Math.floorMod(key / 3, 1000) : -1;
                assertEquals(expected, lookups.find(key));
            }
        }
        int before = asked[0];
        for (int i = 0; i < 10; i++) assertEquals(lookups.find(keys[5]), lookups.find(keys[5]));
        assertEquals(before + 1, asked[0], "a key asked again and again is answered from its slot");
        assertTrue(asked[0] <= 3 * keys.length + 1);
    }
}

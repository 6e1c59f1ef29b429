package dev.conflictstream.schema.topic;

import dev.conflictstream.schema.Place;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.utils.Utils;

/**
 * How the events topic is partitioned: by the tally region of the event's place, not by the
 * event id. Every key of the aggregate (incident groups, incidents, tallies) starts with the
 * region, so all state an event touches lives in the partition the event arrives on: the
 * aggregate needs no repartition topic at all, and a region's tallies have one owner.
 *
 * <p>The partition of a region is Kafka's default for the region code as a UTF-8 key
 * ({@code murmur2 % partitions}), the same function the query API uses to find the instance
 * that owns a store key.
 */
public final class RegionPartitioning {
    /** Region code of events without any place. */
    public static final String UNLOCATED = "XX.00";
    /** Separator of the parts of every aggregate key; the region is the first part. */
    public static final char SEPARATOR = '|';

    private RegionPartitioning() {}

    /**
     * The tally region of a place: its GeoNames admin-1 code; {@code CC.00} (GeoNames' own
     * "no admin-1" code) when only the country is known; {@value #UNLOCATED} without a place.
     */
    public static String regionCode(Place place) {
        if (place == null) {
            return UNLOCATED;
        }
        String admin1 = place.getAdmin1Code();
        if (admin1 != null && !admin1.isBlank()) {
            return admin1;
        }
        return place.getCountryCode() + ".00";
    }

    /** The partition of {@code regionCode} among {@code partitions}. */
    public static int partition(String regionCode, int partitions) {
        return Utils.toPositive(Utils.murmur2(regionCode.getBytes(StandardCharsets.UTF_8))) % partitions;
    }

    /** Region part of an aggregate key ({@code REGION|...}, or a bare region code). */
    public static String regionOf(String key) {
        int bar = key.indexOf(SEPARATOR);
        return bar < 0 ? key : key.substring(0, bar);
    }
}

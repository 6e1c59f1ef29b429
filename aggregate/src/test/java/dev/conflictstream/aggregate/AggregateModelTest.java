package dev.conflictstream.aggregate;

import static dev.conflictstream.aggregate.TestEvents.BATTLE;
import static dev.conflictstream.aggregate.TestEvents.STRIKE;
import static dev.conflictstream.aggregate.TestEvents.event;
import static dev.conflictstream.aggregate.TestEvents.figure;
import static dev.conflictstream.aggregate.TestEvents.place;

import dev.conflictstream.schema.CasualtyEstimate;
import dev.conflictstream.schema.CasualtyFigure;
import dev.conflictstream.schema.ConflictEvent;
import dev.conflictstream.schema.Evidence;
import dev.conflictstream.schema.Incident;
import dev.conflictstream.schema.Place;
import dev.conflictstream.schema.RegionTally;
import dev.conflictstream.schema.Report;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.TestOutputTopic;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Model-based test of the incremental aggregate: random, seeded sequences of upserts,
 * corrections, retractions, stale versions and replays go through the production topology
 * ({@link AggregateDriver}); after every operation its incidents, all-time and daily tallies must
 * equal those a naive model recomputes from scratch from the set of current events, and the
 * compacted output topics (last value per key, tombstones remove) must equal the stores.
 *
 * <p>The model shares no code with the aggregate (only the generated Avro classes): its keys,
 * day rule, merge rules and sums are written out here from the README ("Merge rules", "Why the
 * tallies are exact") and the schema docs. Not compared: a tally's {@code updatedAt}, documented
 * as a freshness hint that is not exact under retraction or replay.
 *
 * <p>Seeds cycle through four universes ({@link Universe#of}): wide (2 regions plus country-only and
 * unlocated places, 2 types, towns and region-only places, 2025-01-28..02-03 across the month
 * boundary), narrow (one region, mostly one type, 5 days), and two hot ones whose days hold more
 * than 10 reports, so the exact-removal path of {@code IncidentFigures} is taken, once with a wide
 * spread of figures and once with few stated figures and few precise places. A failure names the
 * seed and the operation index and
 * prints a shrunk failing sequence of operations.
 */
class AggregateModelTest {
    private static final int LATEST = 10;
    /** Time spent shrinking a failing sequence; {@code -Daggregate.model.shrinkMillis=0} skips it. */
    private static final long SHRINK_BUDGET_MS = Long.getLong("aggregate.model.shrinkMillis", 60_000);

    @TempDir
    Path stateDir;
    private int runs;

    /** Streams' default record cache; none; one so small that it evicts, and so flushes, in the middle of a record. */
    private static final long DEFAULT_CACHE = -1, NO_CACHE = 0, EVICTING_CACHE = 1;

    static Stream<Arguments> seeds() {
        return Stream.concat(LongStream.rangeClosed(1, 20).mapToObj(seed -> Arguments.of(seed, DEFAULT_CACHE)),
                LongStream.rangeClosed(1, 4).boxed().flatMap(seed ->
                        Stream.of(Arguments.of(seed, NO_CACHE), Arguments.of(seed, EVICTING_CACHE))));
    }

    @ParameterizedTest(name = "seed {0}, cache bytes {1}")
    @MethodSource("seeds")
    void incrementalAggregateEqualsANaiveRecomputationAfterEveryOperation(long seed, long cacheBytes) {
        List<Op> ops = generate(seed);
        Failure failure = run(ops, cacheBytes);
        if (failure == null) {
            return;
        }
        List<Op> shrunk = shrink(ops.subList(0, failure.index + 1), cacheBytes);
        Failure minimal = run(shrunk, cacheBytes);
        StringBuilder message = new StringBuilder()
                .append("seed ").append(seed).append(" (").append(Universe.of(seed).name).append("), operation #").append(failure.index).append(" (")
                .append(ops.get(failure.index)).append("): ").append(failure.message)
                .append("\n\nShrunk failing sequence (").append(shrunk.size()).append(" operations)");
        if (minimal != null) {
            message.append(", fails at its operation #").append(minimal.index).append(": ").append(minimal.message);
        }
        message.append('\n');
        for (int i = 0; i < shrunk.size(); i++) {
            message.append("  ").append(i).append(": ").append(shrunk.get(i)).append('\n');
        }
        Assertions.fail(message.toString());
    }

    // ---------------------------------------------------------------------------------------
    // Operations

    /** One input record: an upsert ({@code event} set) or a tombstone of {@code eventId} at {@code at}. */
    record Op(String kind, String eventId, ConflictEvent event, Instant at) {
        long version() {
            return event == null ? at.toEpochMilli() : event.getIngestedAt().toEpochMilli();
        }

        @Override
        public String toString() {
            if (event == null) {
                return kind + " retract(" + eventId + ", at=" + at + ")";
            }
            return kind + " send(" + eventId + " " + event.getEventType() + "/" + event.getSubEventType()
                    + " place=" + placeName(event.getPlace()) + " prec=" + event.getGeoPrecision()
                    + " date=" + event.getEventDate() + " pub=" + event.getPublishedDate()
                    + " killed=" + figureText(event.getKilled()) + " injured=" + figureText(event.getInjured())
                    + " " + event.getExtractorVersion() + " evidence='" + event.getEvidence().getText() + "'"
                    + " ingestedAt=" + event.getIngestedAt() + ")";
        }

        private static String placeName(Place place) {
            return place == null ? "none" : place.getName() + "(" + place.getGeonameId() + "," + place.getAdmin1Code() + ")";
        }

        private static String figureText(CasualtyFigure f) {
            return f == null ? "null" : f.getLow() + ".." + f.getHigh();
        }
    }

    private record Spot(Place place, int precision) {}

    private static final Place SUMY = TestEvents.SUMY;
    private static final Place OKHTYRKA = place(712165L, "Okhtyrka", "UA", "UA.21", "Sumy Oblast");
    private static final Place SUMY_OBLAST = TestEvents.SUMY_OBLAST;
    private static final Place SUDZHA = TestEvents.SUDZHA;
    private static final Place KURSK_OBLAST = place(null, "Kursk Oblast", "RU", "RU.41", "Kursk Oblast");
    private static final Place UKRAINE = TestEvents.UKRAINE;
    private static final Map<String, String> REGION_NAMES = Map.of("UA.21", "Sumy Oblast", "RU.41", "Kursk Oblast");

    /**
     * The little world one seed draws from: {@code ops} operations, {@code newShare} percent of them new events;
     * casualty lows below {@code figures} (a wide spread often leaves one report alone holding an extreme),
     * {@code nullFigures} percent of figures not stated.
     */
    private record Universe(String name, List<Spot> spots, List<Spot> rareSpots, double strikeShare, LocalDate firstDate,
                            int dates, int publishedDates, int ops, int newShare, int figures, int nullFigures) {
        static Universe of(long seed) {
            return switch ((int) (seed % 6)) {
                case 0, 3 -> new Universe("wide: two regions, towns and region-only places, a week across the month boundary",
                        List.of(new Spot(SUMY, 1), new Spot(SUMY, 2), new Spot(SUMY, 3), new Spot(SUMY_OBLAST, 3),
                                new Spot(OKHTYRKA, 1), new Spot(SUDZHA, 1), new Spot(SUDZHA, 3), new Spot(KURSK_OBLAST, 3)),
                        List.of(new Spot(UKRAINE, 3), new Spot(UKRAINE, 1), new Spot(null, 0)),
                        0.5, LocalDate.of(2025, 1, 28), 7, 10, 300, 30, 7, 35);
                case 1, 4 -> new Universe("narrow: one region, mostly one type, five days",
                        List.of(new Spot(SUMY, 1), new Spot(SUMY, 2), new Spot(SUMY, 3), new Spot(SUMY_OBLAST, 3)),
                        List.of(new Spot(SUDZHA, 1)), 0.85, LocalDate.of(2025, 1, 29), 5, 3, 300, 30, 7, 35);
                case 2 -> new Universe("hot: days of more than 10 reports, so removals take the exact path",
                        List.of(new Spot(SUMY, 1), new Spot(SUMY, 1), new Spot(SUMY, 2), new Spot(SUMY, 2), new Spot(SUMY, 3),
                                new Spot(SUMY_OBLAST, 3)),
                        List.of(new Spot(SUDZHA, 1)), 0.95, LocalDate.of(2025, 1, 30), 4, 3, 400, 45, 30, 35);
                default -> new Universe("hot, early and late: precise places and stated figures come from early reports"
                        + " (pub null or 01-27), later ones (01-28, 01-29) are vague, so the holders are not among the latest 10",
                        List.of(new Spot(SUMY, 2), new Spot(SUMY, 2), new Spot(SUMY, 2), new Spot(SUMY, 2), new Spot(SUMY, 2),
                                new Spot(SUMY, 1)),
                        List.of(new Spot(SUDZHA, 1), new Spot(SUMY_OBLAST, 3)), 0.95, LocalDate.of(2025, 1, 31), 3, 3, 500, 50,
                        30, 85);
            };
        }
    }

    /** The operations of {@code seed}: drawn against the model's state, so corrections and stale versions hit known events. */
    static List<Op> generate(long seed) {
        Random random = new Random(seed);
        Universe u = Universe.of(seed);
        Model model = new Model();
        List<Op> ops = new ArrayList<>(u.ops);
        long clock = Instant.parse("2025-02-04T00:00:00Z").toEpochMilli();
        int articles = 0;
        for (int i = 0; i < u.ops; i++) {
            clock += random.nextInt(120_000);
            List<String> known = new ArrayList<>(model.versions.keySet());
            List<String> live = new ArrayList<>(model.live.keySet());
            int r = random.nextInt(100);
            int rest = 100 - u.newShare; // of the rest: 43% corrections, 20% retractions, 17% stale versions, 20% replays
            Op op;
            if (known.isEmpty() || r < u.newShare) {
                String id = "a" + articles++ + "#" + random.nextInt(3);
                op = new Op("new", id, randomEvent(random, u, id, Instant.ofEpochMilli(clock)), null);
            } else if (r < u.newShare + rest * 43 / 100) {
                String id = pick(random, live.isEmpty() || random.nextInt(5) == 0 ? known : live);
                long version = model.versions.get(id) + (random.nextInt(4) == 0 ? 0 : 1 + random.nextInt(600_000));
                ConflictEvent current = model.live.get(id);
                ConflictEvent next = current == null ? randomEvent(random, u, id, Instant.ofEpochMilli(version))
                        : mutate(random, u, current, Instant.ofEpochMilli(version));
                op = new Op(current == null ? "resurrect" : "correct", id, next, null);
            } else if (r < u.newShare + rest * 63 / 100) {
                if (random.nextInt(20) == 0) {
                    op = new Op("retract-unknown", "u" + i + "#0", null, Instant.ofEpochMilli(clock));
                } else {
                    String id = pick(random, live.isEmpty() || random.nextInt(7) == 0 ? known : live);
                    long at = model.versions.get(id) + (random.nextInt(4) == 0 ? 0 : 1 + random.nextInt(600_000));
                    op = new Op("retract", id, null, Instant.ofEpochMilli(at));
                }
            } else if (r < u.newShare + rest * 80 / 100) {
                String id = pick(random, known);
                long version = model.versions.get(id) - 1 - random.nextInt(600_000);
                ConflictEvent current = model.live.get(id);
                if (current != null && random.nextBoolean()) {
                    op = new Op("stale-retract", id, null, Instant.ofEpochMilli(version));
                } else {
                    op = new Op("stale", id, current == null ? randomEvent(random, u, id, Instant.ofEpochMilli(version))
                            : mutate(random, u, current, Instant.ofEpochMilli(version)), null);
                }
            } else {
                String id = pick(random, known);
                ConflictEvent current = model.live.get(id);
                op = current != null ? new Op("replay", id, current, null)
                        : new Op("replay-retract", id, null, Instant.ofEpochMilli(model.versions.get(id)));
            }
            model.apply(op);
            ops.add(op);
        }
        return ops;
    }

    private static <T> T pick(Random random, List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    private static ConflictEvent randomEvent(Random random, Universe u, String id, Instant ingestedAt) {
        String type = random.nextDouble() < u.strikeShare ? STRIKE : BATTLE;
        Spot spot = randomSpot(random, u);
        LocalDate date = u.firstDate.plusDays(random.nextInt(u.dates));
        if (u.nullFigures > 50) { // early and late reports
            boolean early = random.nextInt(10) < 3; // late: vague, no figure
            Spot vague = random.nextInt(12) == 0 ? pick(random, u.rareSpots) : new Spot(SUMY, 2);
            boolean precise = early && random.nextInt(4) == 0;
            return event(id, type, precise ? SUMY : vague.place, date, ingestedAt)
                    .setGeoPrecision(precise ? 1 : vague.precision)
                    .setSubEventType(subEventType(random, type))
                    .setPublishedDate(early ? (random.nextBoolean() ? null : LocalDate.of(2025, 1, 27))
                            : LocalDate.of(2025, 1, 28 + random.nextInt(2)))
                    .setKilled(early && random.nextInt(10) < 7 ? randomFigure(random, u, "killed", 0) : null)
                    .setInjured(early && random.nextInt(10) < 3 ? randomFigure(random, u, "injured", 0) : null)
                    .setExtractorVersion(random.nextInt(5) < 3 ? "rules-1" : "rules-2")
                    .build();
        }
        return event(id, type, spot.place, date, ingestedAt)
                .setGeoPrecision(spot.precision)
                .setSubEventType(subEventType(random, type))
                .setPublishedDate(randomPublished(random, u))
                .setKilled(randomFigure(random, u, "killed"))
                .setInjured(randomFigure(random, u, "injured"))
                .setExtractorVersion(random.nextInt(5) < 3 ? "rules-1" : "rules-2")
                .build();
    }

    /** A correction: a few fields change (possibly none but the ingest time: a re-ingested article). */
    private static ConflictEvent mutate(Random random, Universe u, ConflictEvent current, Instant ingestedAt) {
        ConflictEvent.Builder b = ConflictEvent.newBuilder(current).setIngestedAt(ingestedAt);
        if (random.nextInt(7) == 0) {
            return b.build(); // re-ingested, nothing else changed
        }
        double p = 0.3;
        if (random.nextDouble() < p) {
            b.setKilled(randomFigure(random, u, "killed"));
        }
        if (random.nextDouble() < p) {
            b.setInjured(randomFigure(random, u, "injured"));
        }
        if (random.nextDouble() < p) {
            LocalDate date = random.nextBoolean() ? current.getEventDate().plusDays(random.nextBoolean() ? 1 : -1)
                    : u.firstDate.plusDays(random.nextInt(u.dates));
            b.setEventDate(date);
        }
        if (random.nextDouble() < p) {
            Spot spot = randomSpot(random, u);
            b.setPlace(spot.place).setGeoPrecision(spot.precision);
        }
        if (random.nextDouble() < p * 0.5) {
            String type = current.getEventType().equals(STRIKE) ? BATTLE : STRIKE;
            b.setEventType(type).setSubEventType(subEventType(random, type));
        } else if (random.nextDouble() < p) {
            b.setSubEventType(subEventType(random, current.getEventType()));
        }
        if (random.nextDouble() < p) {
            b.setPublishedDate(randomPublished(random, u));
        }
        if (random.nextDouble() < p) {
            b.setExtractorVersion(current.getExtractorVersion().equals("rules-1") ? "rules-2" : "rules-1");
        }
        if (random.nextDouble() < p * 0.5) {
            b.setEvidence(Evidence.newBuilder(current.getEvidence()).setText("evidence of " + current.getEventId()
                    + " v" + ingestedAt.toEpochMilli()).build());
        }
        return b.build();
    }

    private static Spot randomSpot(Random random, Universe u) {
        return random.nextInt(12) == 0 ? pick(random, u.rareSpots) : pick(random, u.spots);
    }

    private static String subEventType(Random random, String type) {
        return STRIKE.equals(type) ? (random.nextBoolean() ? "Air/drone strike" : "Shelling/artillery/missile attack")
                : (random.nextBoolean() ? "Armed clash" : "Government regains territory");
    }

    private static LocalDate randomPublished(Random random, Universe u) {
        return random.nextInt(10) == 0 ? null : LocalDate.of(2025, 1, 27).plusDays(random.nextInt(u.publishedDates));
    }

    private static CasualtyFigure randomFigure(Random random, Universe u, String what) {
        return randomFigure(random, u, what, u.nullFigures);
    }

    private static CasualtyFigure randomFigure(Random random, Universe u, String what, int nullFigures) {
        if (random.nextInt(100) < nullFigures) {
            return null;
        }
        int low = random.nextInt(u.figures);
        int high = random.nextBoolean() ? low : low + 1 + random.nextInt(u.figures / 2);
        return figure(low, high, low == high ? low + " " + what : low + " to " + high + " " + what);
    }

    // ---------------------------------------------------------------------------------------
    // Running against the aggregate

    private record Failure(int index, String message) {}

    /** Runs {@code ops} through a fresh aggregate, checking after each; the first mismatch, or null. */
    private Failure run(List<Op> ops, long cacheBytes) {
        Model model = new Model();
        Map<String, Incident> incidentTopic = new TreeMap<>();
        Map<String, RegionTally> tallyTopic = new TreeMap<>();
        Map<String, RegionTally> dailyTopic = new TreeMap<>();
        int i = 0;
        Path dir = stateDir.resolve("run-" + runs++);
        try (AggregateDriver agg = cacheBytes < 0 ? new AggregateDriver(dir) : AggregateDriver.withCacheBytes(dir, cacheBytes)) {
            for (; i < ops.size(); i++) {
                Op op = ops.get(i);
                boolean noOutput = model.apply(op);
                if (op.event == null) {
                    agg.retract(op.eventId, op.at);
                } else {
                    agg.send(op.event);
                }
                int written = drain(agg.incidentTopic, incidentTopic) + drain(agg.tallyTopic, tallyTopic)
                        + drain(agg.dailyTallyTopic, dailyTopic);
                String mismatch = check(agg, model, incidentTopic, tallyTopic, dailyTopic);
                if (mismatch == null && noOutput && written > 0) {
                    mismatch = "a stale version, a replay or a retraction of a retracted event wrote " + written
                            + " records to the output topics";
                }
                if (mismatch != null) {
                    return new Failure(i, mismatch);
                }
            }
        } catch (RuntimeException | AssertionError e) {
            return new Failure(Math.min(i, ops.size() - 1), "threw " + e);
        }
        return null;
    }

    private static <V> int drain(TestOutputTopic<String, V> topic, Map<String, V> compacted) {
        List<KeyValue<String, V>> records = topic.readKeyValuesToList();
        for (KeyValue<String, V> kv : records) {
            if (kv.value == null) {
                compacted.remove(kv.key);
            } else {
                compacted.put(kv.key, kv.value);
            }
        }
        return records.size();
    }

    private static String check(AggregateDriver agg, Model model, Map<String, Incident> incidentTopic,
                                Map<String, RegionTally> tallyTopic, Map<String, RegionTally> dailyTopic) {
        Map<String, Incident> expected = model.incidents();
        Map<String, Incident> incidents = agg.incidents();
        Map<String, RegionTally> tallies = AggregateDriver.contents(agg.tallies());
        Map<String, RegionTally> daily = AggregateDriver.contents(agg.dailyTallies());
        String mismatch = diff("incidents (stores vs model)", expected, incidents);
        if (mismatch == null) {
            mismatch = diff("region tallies (store vs model, without updatedAt)", Model.tallies(expected, false),
                    withoutUpdatedAt(tallies));
        }
        if (mismatch == null) {
            mismatch = diff("daily region tallies (store vs model, without updatedAt)", Model.tallies(expected, true),
                    withoutUpdatedAt(daily));
        }
        if (mismatch == null) {
            mismatch = diff("incidents topic, compacted (stores vs topic)", incidents, incidentTopic);
        }
        if (mismatch == null) {
            mismatch = diff("region tallies topic, compacted (store vs topic)", tallies, tallyTopic);
        }
        if (mismatch == null) {
            mismatch = diff("daily region tallies topic, compacted (store vs topic)", daily, dailyTopic);
        }
        return mismatch;
    }

    private static Map<String, RegionTally> withoutUpdatedAt(Map<String, RegionTally> tallies) {
        Map<String, RegionTally> result = new TreeMap<>();
        tallies.forEach((k, v) -> result.put(k, RegionTally.newBuilder(v).setUpdatedAt(Instant.EPOCH).build()));
        return result;
    }

    private static <V> String diff(String what, Map<String, V> expected, Map<String, V> actual) {
        if (new TreeMap<>(expected).equals(new TreeMap<>(actual))) {
            return null;
        }
        StringBuilder out = new StringBuilder(what).append(" differ:");
        TreeSet<String> keys = new TreeSet<>(expected.keySet());
        keys.addAll(actual.keySet());
        int shown = 0;
        for (String key : keys) {
            V e = expected.get(key);
            V a = actual.get(key);
            if (!Objects.equals(e, a) && shown++ < 3) {
                out.append("\n  key ").append(key);
                if (e instanceof SpecificRecord er && a instanceof SpecificRecord ar) {
                    for (Schema.Field field : er.getSchema().getFields()) {
                        Object ef = er.get(field.pos());
                        Object af = ar.get(field.pos());
                        if (!Objects.equals(ef, af)) {
                            out.append("\n    ").append(field.name()).append(": expected ").append(ef).append(", actual ").append(af);
                        }
                    }
                } else {
                    out.append("\n    expected: ").append(e).append("\n    actual:   ").append(a);
                }
            }
        }
        return out.toString();
    }

    /** Drops chunks of operations while the rest still fails (bounded in time): a short reproduction. */
    private List<Op> shrink(List<Op> failing, long cacheBytes) {
        long deadline = System.currentTimeMillis() + SHRINK_BUDGET_MS;
        List<Op> current = new ArrayList<>(failing);
        for (int chunk = Math.max(1, current.size() / 2); chunk >= 1; chunk /= 2) {
            for (int at = 0; at < current.size() && System.currentTimeMillis() < deadline; ) {
                List<Op> candidate = new ArrayList<>(current.subList(0, at));
                candidate.addAll(current.subList(Math.min(current.size(), at + chunk), current.size()));
                Failure f = candidate.isEmpty() ? null : run(candidate, cacheBytes);
                if (f != null) {
                    current = new ArrayList<>(candidate.subList(0, f.index + 1));
                } else {
                    at += chunk;
                }
            }
        }
        return current;
    }

    // ---------------------------------------------------------------------------------------
    // The model: the set of current events, and everything recomputed from it naively

    static final class Model {
        /** Newest version applied per event id (retracted ones included). */
        final Map<String, Long> versions = new HashMap<>();
        /** The current events. */
        final Map<String, ConflictEvent> live = new TreeMap<>();

        /** Applies the version rule; true when the aggregate must not write anything (stale, replay, retracting the retracted). */
        boolean apply(Op op) {
            Long newest = versions.get(op.eventId);
            long version = op.version();
            if (newest != null && version < newest) {
                return true;
            }
            ConflictEvent current = live.get(op.eventId);
            boolean unchanged = op.event == null ? current == null : op.event.equals(current);
            versions.put(op.eventId, newest == null ? version : Math.max(newest, version));
            if (op.event == null) {
                live.remove(op.eventId);
            } else {
                live.put(op.eventId, op.event);
            }
            return unchanged;
        }

        static String region(Place place) {
            if (place == null) {
                return "XX.00";
            }
            if (place.getAdmin1Code() != null && !place.getAdmin1Code().isBlank()) {
                return place.getAdmin1Code();
            }
            return place.getCountryCode() + ".00";
        }

        static String placeKey(ConflictEvent e) {
            Place place = e.getPlace();
            if (place == null) {
                return "event:" + e.getEventId();
            }
            if (place.getGeonameId() != null && e.getGeoPrecision() < 3) {
                return "geonames:" + place.getGeonameId();
            }
            return place.getAdmin1Code() != null && !place.getAdmin1Code().isBlank() ? "admin1" : "country";
        }

        /** region|YYYY-MM|type|place: the reports that may be one incident. */
        static String group(ConflictEvent e) {
            return region(e.getPlace()) + "|" + YearMonth.from(e.getEventDate()) + "|" + e.getEventType() + "|" + placeKey(e);
        }

        static LocalDate published(ConflictEvent e) {
            return e.getPublishedDate() == null ? LocalDate.EPOCH : e.getPublishedDate();
        }

        /** Latest first: publication date, then event id, both descending. */
        static final Comparator<Report> LATEST_FIRST = Comparator.comparing(Report::getPublishedDate)
                .thenComparing(Report::getEventId).reversed();

        static Report report(ConflictEvent e) {
            return Report.newBuilder()
                    .setEventId(e.getEventId())
                    .setArticleId(e.getArticleId())
                    .setEvidence(e.getEvidence().getText())
                    .setKilled(e.getKilled())
                    .setInjured(e.getInjured())
                    .setIngestedAt(e.getIngestedAt())
                    .setPublishedDate(published(e))
                    .setExtractorVersion(e.getExtractorVersion())
                    .setSubEventType(e.getSubEventType())
                    .setGeoPrecision(e.getGeoPrecision())
                    .setPlace(e.getPlace())
                    .setEventDate(e.getEventDate())
                    .setDatePrecision(e.getDatePrecision())
                    .setActors(e.getActors())
                    .setArticleUrl(e.getArticleUrl())
                    .setArticleTitle(e.getArticleTitle())
                    .setArticleSource(e.getArticleSource())
                    .build();
        }

        /** Every incident: per group, the day rule over its distinct dates. */
        Map<String, Incident> incidents() {
            Map<String, List<ConflictEvent>> groups = new TreeMap<>();
            for (ConflictEvent e : live.values()) {
                groups.computeIfAbsent(group(e), g -> new ArrayList<>()).add(e);
            }
            Map<String, Incident> incidents = new TreeMap<>();
            for (List<ConflictEvent> members : groups.values()) {
                List<LocalDate> dates = new ArrayList<>(new TreeSet<>(members.stream().map(ConflictEvent::getEventDate).toList()));
                int i = 0;
                while (i < dates.size()) {
                    LocalDate first = dates.get(i);
                    boolean pair = i + 1 < dates.size() && dates.get(i + 1).equals(first.plusDays(1));
                    List<ConflictEvent> reports = members.stream()
                            .filter(e -> e.getEventDate().equals(first) || pair && e.getEventDate().equals(first.plusDays(1)))
                            .toList();
                    Incident incident = incident(first, reports);
                    incidents.put(incident.getIncidentId(), incident);
                    i += pair ? 2 : 1;
                }
            }
            return incidents;
        }

        static Incident incident(LocalDate first, List<ConflictEvent> events) {
            ConflictEvent any = events.get(0);
            String region = region(any.getPlace());
            List<Report> reports = events.stream().map(Model::report).sorted(LATEST_FIRST).toList();
            Place place = null;
            int precision = Integer.MAX_VALUE;
            for (Report r : reports) { // latest first: the first of the lowest precision wins ties
                if (r.getPlace() != null && r.getGeoPrecision() < precision) {
                    place = r.getPlace();
                    precision = r.getGeoPrecision();
                }
            }
            Map<String, Integer> versions = new TreeMap<>();
            reports.forEach(r -> versions.merge(r.getExtractorVersion(), 1, Integer::sum));
            return Incident.newBuilder()
                    .setIncidentId(region + "|" + first + "|" + any.getEventType() + "|" + placeKey(any))
                    .setEventType(any.getEventType())
                    .setSubEventType(reports.get(0).getSubEventType())
                    .setPlace(place)
                    .setEventDate(first)
                    .setRegionCode(region)
                    .setKilled(estimate(reports, Report::getKilled))
                    .setInjured(estimate(reports, Report::getInjured))
                    .setReports(new ArrayList<>(reports.subList(0, Math.min(LATEST, reports.size()))))
                    .setReportCount(reports.size())
                    .setReportsByExtractorVersion(versions)
                    .setUpdatedAt(reports.stream().map(Report::getIngestedAt).max(Comparator.naturalOrder()).orElseThrow())
                    .build();
        }

        /** Over the reports stating a figure: lowest low, highest high, best = low of the latest. */
        static CasualtyEstimate estimate(List<Report> latestFirst, Function<Report, CasualtyFigure> figure) {
            List<CasualtyFigure> stated = latestFirst.stream().map(figure).filter(Objects::nonNull).toList();
            if (stated.isEmpty()) {
                return CasualtyEstimate.newBuilder().setLow(0).setBest(0).setHigh(0).setStated(false).build();
            }
            return CasualtyEstimate.newBuilder()
                    .setLow(stated.stream().mapToInt(CasualtyFigure::getLow).min().orElseThrow())
                    .setBest(stated.get(0).getLow())
                    .setHigh(stated.stream().mapToInt(CasualtyFigure::getHigh).max().orElseThrow())
                    .setStated(true)
                    .build();
        }

        /** Sums over incidents per region (all-time) or per region and first date (daily); updatedAt left at 0. */
        static Map<String, RegionTally> tallies(Map<String, Incident> incidents, boolean daily) {
            Map<String, List<Incident>> byKey = new TreeMap<>();
            for (Incident incident : incidents.values()) {
                String key = daily ? incident.getRegionCode() + "|" + incident.getEventDate() : incident.getRegionCode();
                byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(incident);
            }
            Map<String, RegionTally> tallies = new TreeMap<>();
            byKey.forEach((key, list) -> {
                String region = list.get(0).getRegionCode();
                Map<String, Long> byType = list.stream().collect(Collectors.groupingBy(Incident::getEventType, TreeMap::new,
                        Collectors.counting()));
                Map<String, Long> byVersion = new TreeMap<>();
                list.forEach(i -> i.getReportsByExtractorVersion().forEach((v, n) -> byVersion.merge(v, n.longValue(), Long::sum)));
                tallies.put(key, RegionTally.newBuilder()
                        .setAdmin1Code(region)
                        .setAdmin1Name(region.equals("XX.00") ? "Unlocated"
                                : region.endsWith(".00") ? region.substring(0, 2) + " (region not known)" : REGION_NAMES.get(region))
                        .setCountryCode(region.substring(0, region.indexOf('.')))
                        .setDate(daily ? list.get(0).getEventDate() : null)
                        .setIncidents(list.size())
                        .setIncidentsByType(byType)
                        .setKilled(sum(list, Incident::getKilled))
                        .setInjured(sum(list, Incident::getInjured))
                        .setKilledStatedIncidents(list.stream().filter(i -> i.getKilled().getStated()).count())
                        .setInjuredStatedIncidents(list.stream().filter(i -> i.getInjured().getStated()).count())
                        .setReports(list.stream().mapToLong(Incident::getReportCount).sum())
                        .setReportsByExtractorVersion(byVersion)
                        .setUpdatedAt(Instant.EPOCH)
                        .build());
            });
            return tallies;
        }

        static CasualtyEstimate sum(List<Incident> incidents, Function<Incident, CasualtyEstimate> estimate) {
            return CasualtyEstimate.newBuilder()
                    .setLow(incidents.stream().mapToInt(i -> estimate.apply(i).getLow()).sum())
                    .setBest(incidents.stream().mapToInt(i -> estimate.apply(i).getBest()).sum())
                    .setHigh(incidents.stream().mapToInt(i -> estimate.apply(i).getHigh()).sum())
                    .setStated(incidents.stream().anyMatch(i -> estimate.apply(i).getStated()))
                    .build();
        }
    }
}

package dev.conflictstream.bench;

import dev.conflictstream.schema.CasualtyEstimate;
import dev.conflictstream.schema.CasualtyFigure;
import dev.conflictstream.schema.ConflictEvent;
import dev.conflictstream.schema.Evidence;
import dev.conflictstream.schema.FigureQualifier;
import dev.conflictstream.schema.Incident;
import dev.conflictstream.schema.Place;
import dev.conflictstream.schema.RegionTally;
import dev.conflictstream.schema.Report;
import dev.conflictstream.schema.serde.AvroBytes;
import dev.conflictstream.schema.serde.ConfluentAvroSerde;
import dev.conflictstream.schema.serde.InMemorySchemaRegistryClient;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificDatumWriter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Nanoseconds to encode and to decode one record of each class the aggregate's stream thread
 * reads and writes most, through the same calls the pipeline makes: {@link ConfluentAvroSerde}
 * for topic values (events in, incidents out) and {@link AvroBytes} with the class's own data
 * model for state store values (reports, region tallies; what the aggregate's
 * {@code AvroBinarySerde} does). The records are shaped like the pipeline's: an event with a
 * place, both figures and evidence; an incident holding 20 reports; a tally with six event types
 * and two extractor versions. Issue 9: how much the generated custom coders save.
 *
 * <pre>java -jar bench/target/benchmarks.jar AvroRecordsBenchmark</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx512m"})
@Threads(1)
public class AvroRecordsBenchmark {
    static final int REPORTS_PER_INCIDENT = 20;
    private static final byte[] NO_HEADER = {};

    private ConfluentAvroSerde<ConflictEvent> eventSerde;
    private ConfluentAvroSerde<Incident> incidentSerde;
    private StoreSerde<Report> reportSerde;
    private StoreSerde<RegionTally> tallySerde;

    private ConflictEvent event;
    private Incident incident;
    private Report report;
    private RegionTally tally;

    private byte[] eventBytes;
    private byte[] incidentBytes;
    private byte[] reportBytes;
    private byte[] tallyBytes;

    @Setup
    public void setup() throws IOException {
        InMemorySchemaRegistryClient registry = new InMemorySchemaRegistryClient();
        eventSerde = ConfluentAvroSerde.forRecord(registry, "conflict.events.v1-value", ConflictEvent.class);
        incidentSerde = ConfluentAvroSerde.forRecord(registry, "conflict.incidents.v1-value", Incident.class);
        reportSerde = new StoreSerde<>(Report.getClassSchema());
        tallySerde = new StoreSerde<>(RegionTally.getClassSchema());

        event = Samples.event(0);
        incident = Samples.incident(REPORTS_PER_INCIDENT);
        report = Samples.report(0);
        tally = Samples.tally();

        eventBytes = eventSerde.serialize(event);
        incidentBytes = incidentSerde.serialize(incident);
        reportBytes = reportSerde.write(report);
        tallyBytes = tallySerde.write(tally);
        check(eventSerde.deserialize(eventBytes).equals(event), "ConflictEvent");
        check(incidentSerde.deserialize(incidentBytes).equals(incident), "Incident");
        check(reportSerde.read(reportBytes).equals(report), "Report");
        check(tallySerde.read(tallyBytes).equals(tally), "RegionTally");
        System.out.printf("%nbytes: event %d, incident %d, report %d, tally %d%n",
                eventBytes.length, incidentBytes.length, reportBytes.length, tallyBytes.length);
    }

    private static void check(boolean roundTrips, String what) {
        if (!roundTrips) {
            throw new IllegalStateException(what + " does not survive encoding and decoding");
        }
    }

    @Benchmark
    public byte[] encodeConflictEvent() {
        return eventSerde.serialize(event);
    }

    @Benchmark
    public ConflictEvent decodeConflictEvent() {
        return eventSerde.deserialize(eventBytes);
    }

    @Benchmark
    public byte[] encodeIncident() {
        return incidentSerde.serialize(incident);
    }

    @Benchmark
    public Incident decodeIncident() {
        return incidentSerde.deserialize(incidentBytes);
    }

    @Benchmark
    public byte[] encodeReport() throws IOException {
        return reportSerde.write(report);
    }

    @Benchmark
    public Report decodeReport() throws IOException {
        return reportSerde.read(reportBytes);
    }

    @Benchmark
    public byte[] encodeRegionTally() throws IOException {
        return tallySerde.write(tally);
    }

    @Benchmark
    public RegionTally decodeRegionTally() throws IOException {
        return tallySerde.read(tallyBytes);
    }

    /** The aggregate's store serde (package-private there), call for call. */
    private static final class StoreSerde<T> {
        final SpecificDatumWriter<T> writer;
        final SpecificDatumReader<T> reader;

        StoreSerde(Schema schema) {
            writer = new SpecificDatumWriter<>(schema, AvroBytes.model(schema));
            reader = new SpecificDatumReader<>(schema, schema, AvroBytes.model(schema));
        }

        byte[] write(T value) throws IOException {
            return AvroBytes.write(writer, value, NO_HEADER);
        }

        T read(byte[] bytes) throws IOException {
            return AvroBytes.read(reader, bytes, 0, bytes.length);
        }
    }

    /** Records shaped like the pipeline's, with the field sizes seen in the benchmark corpus. */
    static final class Samples {
        static final Instant INGESTED = Instant.parse("2025-02-07T09:41:17.123Z");
        static final LocalDate DAY = LocalDate.of(2025, 2, 7);

        static Place place() {
            return Place.newBuilder().setGeonameId(692194L).setName("Sumy").setMention("Sumy")
                    .setLatitude(50.9216).setLongitude(34.80029).setCountryCode("UA")
                    .setAdmin1Code("UA.21").setAdmin1Name("Sumy Oblast").build();
        }

        static CasualtyFigure figure(int low, int high, String text) {
            return CasualtyFigure.newBuilder().setLow(low).setHigh(high)
                    .setQualifier(low == high ? FigureQualifier.EXACT : FigureQualifier.RANGE).setText(text).build();
        }

        static ConflictEvent event(int i) {
            String evidence = "Two people were killed and five injured when a Russian drone struck a residential "
                    + "building in Sumy on Friday night, the regional military administration said.";
            return ConflictEvent.newBuilder()
                    .setEventId("3f9a0c41d2e87b6a#" + i + "#Explosions/Remote violence")
                    .setArticleId("3f9a0c41d2e87b6a")
                    .setEventType("Explosions/Remote violence").setSubEventType("Air/drone strike")
                    .setPlace(place()).setGeoPrecision(1).setEventDate(DAY).setDatePrecision(1)
                    .setActors(List.of("Military Forces of Russia", "Civilians (Ukraine)"))
                    .setKilled(figure(2, 2, "Two people were killed"))
                    .setInjured(figure(5, 5, "five injured"))
                    .setClaimedBy(null).setConfidence(0.85)
                    .setEvidence(Evidence.newBuilder().setStart(412).setEnd(412 + evidence.length()).setText(evidence).build())
                    .setPublishedDate(DAY.plusDays(1)).setIngestedAt(INGESTED)
                    .setExtractorVersion("rules-5")
                    .setArticleUrl("https://news.example.org/2025/02/08/sumy-drone-strike-kills-two")
                    .setArticleTitle("Russian drone strike on Sumy kills two, injures five")
                    .setArticleSource("Example Wire")
                    .build();
        }

        static Report report(int i) {
            ConflictEvent e = event(i);
            return Report.newBuilder()
                    .setEventId(e.getEventId()).setArticleId(e.getArticleId() + i)
                    .setEvidence(e.getEvidence().getText())
                    .setKilled(e.getKilled()).setInjured(i % 2 == 0 ? e.getInjured() : null)
                    .setIngestedAt(INGESTED.plusSeconds(i)).setPublishedDate(DAY.plusDays(1))
                    .setExtractorVersion("rules-5").setSubEventType(e.getSubEventType())
                    .setGeoPrecision(1).setPlace(place()).setEventDate(DAY).setDatePrecision(1)
                    .setActors(e.getActors())
                    .setArticleUrl(e.getArticleUrl() + "-" + i).setArticleTitle(e.getArticleTitle())
                    .setArticleSource(i % 3 == 0 ? null : "Outlet " + i)
                    .build();
        }

        static Incident incident(int reports) {
            List<Report> list = new ArrayList<>();
            for (int i = 0; i < reports; i++) {
                list.add(report(i));
            }
            CasualtyEstimate killed = CasualtyEstimate.newBuilder().setLow(2).setBest(2).setHigh(3).setStated(true).build();
            CasualtyEstimate injured = CasualtyEstimate.newBuilder().setLow(5).setBest(5).setHigh(5).setStated(true).build();
            return Incident.newBuilder()
                    .setIncidentId("UA.21|2025-02-07|Explosions/Remote violence|692194")
                    .setEventType("Explosions/Remote violence").setSubEventType("Air/drone strike")
                    .setPlace(place()).setEventDate(DAY).setRegionCode("UA.21")
                    .setKilled(killed).setInjured(injured).setReports(list).setReportCount(reports)
                    .setReportsByExtractorVersion(Map.of("rules-5", reports))
                    .setUpdatedAt(INGESTED.plusSeconds(reports))
                    .build();
        }

        static RegionTally tally() {
            Map<String, Long> byType = new LinkedHashMap<>();
            byType.put("Battles", 412L);
            byType.put("Explosions/Remote violence", 1893L);
            byType.put("Violence against civilians", 57L);
            byType.put("Protests", 12L);
            byType.put("Riots", 3L);
            byType.put("Strategic developments", 88L);
            Map<String, Long> byVersion = new LinkedHashMap<>();
            byVersion.put("rules-4", 1210L);
            byVersion.put("rules-5", 3977L);
            return RegionTally.newBuilder()
                    .setAdmin1Code("UA.21").setAdmin1Name("Sumy Oblast").setCountryCode("UA")
                    .setDate(DAY).setIncidents(2465L).setIncidentsByType(byType)
                    .setKilled(CasualtyEstimate.newBuilder().setLow(812).setBest(903).setHigh(1204).setStated(true).build())
                    .setInjured(CasualtyEstimate.newBuilder().setLow(1500).setBest(1622).setHigh(2010).setStated(true).build())
                    .setReports(5187L).setKilledStatedIncidents(1320L).setInjuredStatedIncidents(990L)
                    .setReportsByExtractorVersion(byVersion).setUpdatedAt(INGESTED)
                    .build();
        }
    }
}

package dev.conflictstream.enrich.eval;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.conflictstream.enrich.extract.ExtractedEvent;
import dev.conflictstream.enrich.extract.Extraction;
import dev.conflictstream.enrich.extract.Figure;
import dev.conflictstream.enrich.extract.PlaceMention;
import dev.conflictstream.enrich.geo.ResolvedPlace;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * Turns (document id, {@link Extraction}) into one JSON line of the evaluation Predictions format
 * (shared/eval/FORMAT.md): events with type, region, place, figures (killed/injured = the low value,
 * null when not stated), confidence and evidence span; places with their offsets.
 */
public final class PredictionsWriter {
    private static final JsonFactory JSON = new JsonFactory();

    private PredictionsWriter() {}

    /** One line, without the trailing newline. */
    public static String toJsonLine(String id, Extraction x) {
        StringWriter w = new StringWriter(256 + 256 * x.events().size() + 160 * x.places().size());
        try (JsonGenerator j = JSON.createGenerator(w)) {
            j.writeStartObject();
            j.writeStringField("id", id);
            j.writeArrayFieldStart("events");
            for (ExtractedEvent e : x.events()) {
                j.writeStartObject();
                j.writeStringField("type", e.type());
                j.writeStringField("subtype", e.subtype());
                ResolvedPlace p = e.place();
                j.writeStringField("country", p == null ? null : p.countryCode());
                j.writeStringField("admin1_code", p == null ? null : p.admin1Code());
                j.writeStringField("admin1_name", p == null ? null : p.admin1Name());
                j.writeStringField("place", p == null ? null : p.name());
                if (p == null || p.geonameId() == null) j.writeNullField("geonameid");
                else j.writeNumberField("geonameid", p.geonameId());
                if (p == null) {
                    j.writeNullField("lat");
                    j.writeNullField("lon");
                } else {
                    j.writeNumberField("lat", p.latitude());
                    j.writeNumberField("lon", p.longitude());
                }
                j.writeNumberField("geo_precision", e.geoPrecision());
                j.writeStringField("date", e.date() == null ? null : e.date().toString());
                j.writeNumberField("time_precision", e.datePrecision());
                figure(j, "killed", e.killed());
                figure(j, "injured", e.injured());
                j.writeNumberField("confidence", e.confidence());
                j.writeObjectFieldStart("evidence");
                j.writeNumberField("start", e.evidenceStart());
                j.writeNumberField("end", e.evidenceEnd());
                j.writeEndObject();
                j.writeEndObject();
            }
            j.writeEndArray();
            j.writeArrayFieldStart("places");
            for (PlaceMention m : x.places()) {
                ResolvedPlace p = m.place();
                j.writeStartObject();
                j.writeNumberField("start", m.start());
                j.writeNumberField("end", m.end());
                j.writeStringField("name", p.name());
                if (p.geonameId() == null) j.writeNullField("geonameid");
                else j.writeNumberField("geonameid", p.geonameId());
                j.writeNumberField("lat", p.latitude());
                j.writeNumberField("lon", p.longitude());
                j.writeStringField("country", p.countryCode());
                j.writeStringField("admin1_code", p.admin1Code());
                j.writeEndObject();
            }
            j.writeEndArray();
            j.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    private static void figure(JsonGenerator j, String name, Figure f) throws IOException {
        if (f == null) j.writeNullField(name);
        else j.writeNumberField(name, f.low());
    }
}

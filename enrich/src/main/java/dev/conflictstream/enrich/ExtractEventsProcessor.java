package dev.conflictstream.enrich;

import dev.conflictstream.enrich.extract.Extraction;
import dev.conflictstream.schema.Article;
import dev.conflictstream.schema.ConflictEvent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Consumes articles, produces their events as upserts. It keeps, per article, the ids of the
 * events its last extraction produced; when the article comes again (re-ingested, replayed,
 * or a newer extractor), events that are no longer produced are retracted with a tombstone,
 * so the events topic always holds exactly the latest extraction of every article.
 * An article tombstone retracts all its events.
 */
final class ExtractEventsProcessor implements Processor<String, Article, String, ConflictEvent> {
    private final Function<Article, Extraction> extractor;
    private final String extractorVersion;
    private final EnrichMetrics metrics;
    private ProcessorContext<String, ConflictEvent> context;
    private KeyValueStore<String, List<String>> emitted;

    ExtractEventsProcessor(Function<Article, Extraction> extractor, String extractorVersion, EnrichMetrics metrics) {
        this.extractor = extractor;
        this.extractorVersion = extractorVersion;
        this.metrics = metrics;
    }

    @Override
    public void init(ProcessorContext<String, ConflictEvent> context) {
        this.context = context;
        this.emitted = context.getStateStore(EnrichTopology.ARTICLE_EVENTS_STORE);
    }

    @Override
    public void process(Record<String, Article> record) {
        String articleId = record.key();
        List<ConflictEvent> events = List.of();
        if (record.value() != null) {
            Extraction extraction = extractor.apply(record.value());
            metrics.recordArticle(extraction);
            events = EventRecords.of(record.value(), extraction.events(), extractorVersion);
        }
        Set<String> current = new HashSet<>();
        for (ConflictEvent event : events) {
            current.add(event.getEventId());
        }
        List<String> previous = emitted.get(articleId);
        int retracted = 0;
        if (previous != null) {
            for (String id : previous) {
                if (!current.contains(id)) {
                    context.forward(record.withKey(id).withValue(null));
                    retracted++;
                }
            }
        }
        metrics.recordRetractions(retracted);
        for (ConflictEvent event : events) {
            context.forward(record.withKey(event.getEventId()).withValue(event));
        }
        if (events.isEmpty()) {
            emitted.delete(articleId);
        } else {
            emitted.put(articleId, new ArrayList<>(current));
        }
    }
}

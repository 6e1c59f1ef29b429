package dev.conflictstream.enrich;

import dev.conflictstream.enrich.extract.Extraction;
import dev.conflictstream.schema.Article;
import dev.conflictstream.schema.ConflictEvent;
import dev.conflictstream.schema.topic.RegionPartitioning;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Consumes articles, produces their events as upserts. It keeps, per article, the ids of the
 * events its last extraction produced; when the article comes again (re-ingested, replayed,
 * or a newer extractor), events that are no longer produced are retracted with a tombstone,
 * so the events topic always holds exactly the latest extraction of every article. An event
 * whose region changed is retracted in its old region's partition before it is published in
 * the new one. An article tombstone retracts all its events. A late copy of an older version
 * of an article than the one last extracted is skipped (and counted), as the aggregate skips
 * its events.
 */
final class ExtractEventsProcessor implements Processor<String, Article, String, RoutedEvent> {
    private final Function<Article, Extraction> extractor;
    private final String extractorVersion;
    private final EnrichMetrics metrics;
    private ProcessorContext<String, RoutedEvent> context;
    private KeyValueStore<String, List<String>> emitted;

    ExtractEventsProcessor(Function<Article, Extraction> extractor, String extractorVersion, EnrichMetrics metrics) {
        this.extractor = extractor;
        this.extractorVersion = extractorVersion;
        this.metrics = metrics;
    }

    @Override
    public void init(ProcessorContext<String, RoutedEvent> context) {
        this.context = context;
        this.emitted = context.getStateStore(EnrichTopology.ARTICLE_EVENTS_STORE);
    }

    @Override
    public void process(Record<String, Article> record) {
        String articleId = record.key();
        long version = record.value() == null ? record.timestamp() : record.value().getIngestedAt().toEpochMilli();
        PublishedArticle before = PublishedArticle.parse(emitted.get(articleId));
        if (version < before.version()) {
            // A late copy of an older version: the aggregate ignores its events, and remembering them
            // would send later retractions to the partitions of regions it no longer holds them in.
            metrics.recordStaleArticle();
            return;
        }
        List<ConflictEvent> events = List.of();
        if (record.value() != null) {
            Extraction extraction = extractor.apply(record.value());
            metrics.recordArticle(extraction);
            events = EventRecords.of(record.value(), extraction.events(), extractorVersion);
        }
        Map<String, String> current = new LinkedHashMap<>();
        for (ConflictEvent event : events) {
            current.put(event.getEventId(), RegionPartitioning.regionCode(event.getPlace()));
        }
        int retracted = 0;
        for (PublishedEvent published : before.events()) {
            String region = current.get(published.eventId());
            if (region == null || !region.equals(published.region())) {
                // gone, or moved to another region: retract it where the aggregate holds it
                context.forward(record.withKey(published.eventId()).withValue(RoutedEvent.retraction(published.region())));
                retracted += region == null ? 1 : 0;
            }
        }
        metrics.recordRetractions(retracted);
        for (ConflictEvent event : events) {
            context.forward(record.withKey(event.getEventId()).withValue(RoutedEvent.upsert(event)));
        }
        List<PublishedEvent> published = new ArrayList<>(current.size());
        current.forEach((id, region) -> published.add(new PublishedEvent(id, region)));
        emitted.put(articleId, new PublishedArticle(version, published).format());
    }
}

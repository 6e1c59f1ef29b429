package dev.conflictstream.enrich;

import dev.conflictstream.enrich.extract.Extraction;
import dev.conflictstream.runtime.CommitPacing;
import dev.conflictstream.schema.Article;
import dev.conflictstream.schema.serde.TopicSerdes;
import dev.conflictstream.schema.topic.Topics;
import java.util.ArrayList;
import java.util.function.Function;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.Stores;

/**
 * articles -> extract-events -> events. Events are upserts keyed by event id and partitioned by
 * region ({@link dev.conflictstream.schema.topic.RegionPartitioning}), so the aggregate finds
 * all the state an event touches in the partition it reads it from; the
 * {@value #ARTICLE_EVENTS_STORE} store remembers which events each article produced, and under
 * which region, so a re-extraction retracts the ones that disappeared or moved, in the
 * partition that holds them.
 */
public final class EnrichTopology {
    public static final String ARTICLE_EVENTS_STORE = "article-event-ids";
    public static final String SOURCE = "read-articles";
    public static final String EXTRACT = "extract-events";
    public static final String SINK = "write-events";

    private EnrichTopology() {}

    /**
     * @param extractor turns one article into its events and place mentions (pure)
     * @param extractorVersion stamped on every event
     * @param pacing when to commit: often while the articles are live, less through a backlog
     */
    public static Topology build(TopicSerdes serdes, Function<Article, Extraction> extractor, String extractorVersion,
                                 EnrichMetrics metrics, CommitPacing pacing) {
        StreamsBuilder builder = new StreamsBuilder();
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(ARTICLE_EVENTS_STORE),
                Serdes.String(), Serdes.ListSerde(ArrayList.class, Serdes.String())));
        builder.stream(Topics.ARTICLES.name(), Consumed.<String, Article>with(serdes.key(Topics.ARTICLES), serdes.value(Topics.ARTICLES))
                        .withName(SOURCE))
                .<String, RoutedEvent>process(pacing.around(() -> new ExtractEventsProcessor(extractor, extractorVersion, metrics)),
                        Named.as(EXTRACT), ARTICLE_EVENTS_STORE)
                .to(Topics.EVENTS.name(), Produced.with(serdes.key(Topics.EVENTS),
                                RoutedEvent.serde(serdes.value(Topics.EVENTS)))
                        .withStreamPartitioner(RoutedEvent.partitioner())
                        .withName(SINK));
        return builder.build();
    }
}

package dev.conflictstream.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedReaderTest {

    @Test
    void readsRssItemsWithHtmlStripped() {
        String rss = """
                <?xml version="1.0"?>
                <rss version="2.0"><channel><title>Frontline Wire</title>
                <item><title>Strike on Kharkiv</title><link>https://example.org/a?utm_source=x</link>
                <pubDate>Sat, 08 Feb 2025 06:00:00 GMT</pubDate>
                <description><![CDATA[<p>Two people were <b>killed</b> in Kharkiv.</p>]]></description></item>
                <item><title>No body</title></item>
                </channel></rss>""";

        List<ReadResult> results = FeedReader.read(rss, "feed.xml");

        assertThat(results).hasSize(2);
        ArticleDraft article = ((ReadResult.Parsed) results.get(0)).article();
        assertThat(article.text()).isEqualTo("Two people were killed in Kharkiv.");
        assertThat(article.published()).isEqualTo(LocalDate.of(2025, 2, 8));
        assertThat(article.source()).isEqualTo("Frontline Wire");
        assertThat(article.url()).isEqualTo("https://example.org/a?utm_source=x");
        assertThat(results.get(1)).isInstanceOf(ReadResult.Rejected.class);
    }

    @Test
    void readsAtomEntries() {
        String atom = """
                <feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title>
                <entry><title>Clashes near Pokrovsk</title><link href="https://example.org/b"/>
                <published>2025-02-09T08:00:00Z</published><summary>Fighting continued near Pokrovsk.</summary></entry>
                </feed>""";

        ArticleDraft article = ((ReadResult.Parsed) FeedReader.read(atom, "feed.atom").get(0)).article();

        assertThat(article.url()).isEqualTo("https://example.org/b");
        assertThat(article.published()).isEqualTo(LocalDate.of(2025, 2, 9));
        assertThat(article.text()).isEqualTo("Fighting continued near Pokrovsk.");
    }

    @Test
    void rejectsMalformedXmlAsOneRecord() {
        List<ReadResult> results = FeedReader.read("<rss><channel><item>", "broken.xml");

        assertThat(results).singleElement().isInstanceOf(ReadResult.Rejected.class);
    }
}

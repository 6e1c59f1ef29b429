package dev.conflictstream.ingest.read;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * RSS 2.0 {@code <item>}s and Atom {@code <entry>}s, read with the JDK's StAX parser (no
 * DTDs, no external entities). The body is the richest text the item carries
 * (content:encoded, content, description, summary) with markup removed.
 */
public final class FeedReader {
    private static final Pattern TAGS = Pattern.compile("<[^>]*>");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\x0B\\f]+");
    private static final List<String> BODY_FIELDS = List.of("encoded", "content", "description", "summary");
    private static final List<String> DATE_FIELDS = List.of("pubDate", "published", "updated", "date");

    private FeedReader() {}

    public static List<ReadResult> read(String xml, String origin) {
        List<ReadResult> results = new ArrayList<>();
        try {
            XMLStreamReader reader = factory().createXMLStreamReader(new StringReader(xml));
            Map<String, String> item = null;
            String field = null;
            StringBuilder value = new StringBuilder();
            int itemNumber = 0;
            String feedTitle = null;
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = reader.getLocalName();
                    if (name.equals("item") || name.equals("entry")) {
                        item = new HashMap<>();
                        itemNumber++;
                    } else if (item != null && name.equals("link") && reader.getAttributeValue(null, "href") != null) {
                        item.putIfAbsent("link", reader.getAttributeValue(null, "href"));
                    }
                    field = name;
                    value.setLength(0);
                } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                    value.append(reader.getText());
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    String name = reader.getLocalName();
                    if (item != null && (name.equals("item") || name.equals("entry"))) {
                        results.add(toArticle(item, feedTitle, origin + " item " + itemNumber));
                        item = null;
                    } else if (item != null && name.equals(field) && !value.isEmpty()) {
                        item.putIfAbsent(name, value.toString().trim());
                    } else if (item == null && name.equals("title") && feedTitle == null) {
                        feedTitle = value.toString().trim();
                    }
                    field = null;
                    value.setLength(0);
                }
            }
        } catch (XMLStreamException e) {
            results.add(new ReadResult.Rejected(origin, "invalid-feed", "not well-formed RSS/Atom: " + e.getMessage(), ""));
        }
        return results;
    }

    private static ReadResult toArticle(Map<String, String> item, String feedTitle, String origin) {
        String body = BODY_FIELDS.stream().map(item::get).filter(v -> v != null && !v.isBlank()).findFirst()
                .map(FeedReader::plainText).orElse("");
        if (body.isBlank()) {
            return new ReadResult.Rejected(origin, "missing-text", "feed item has no description or content", item.toString());
        }
        String date = DATE_FIELDS.stream().map(item::get).filter(v -> v != null).findFirst().orElse(null);
        var published = Dates.parse(date);
        if (date != null && published.isEmpty()) {
            return new ReadResult.Rejected(origin, "invalid-date", "feed item date is not a date: " + date, item.toString());
        }
        return new ReadResult.Parsed(new ArticleDraft(item.get("link"), item.getOrDefault("guid", item.get("id")),
                item.get("title"), published.orElse(null), feedTitle, body, origin));
    }

    static String plainText(String html) {
        String text = TAGS.matcher(html).replaceAll(" ")
                .replace("&nbsp;", " ").replace("&amp;", "&").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">");
        return SPACES.matcher(text).replaceAll(" ").strip();
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }

    static boolean looksLikeFeed(String content) {
        String head = content.substring(0, Math.min(content.length(), 512)).toLowerCase(Locale.ROOT);
        return head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:rdf");
    }
}

package dev.conflictstream.enrich.extract;

import static dev.conflictstream.enrich.extract.ExtractorFixture.EXTRACTOR;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Scores a held-out place file ({@code group | text | mention | expected admin-1}, one text a line) and prints the
 * accuracy per group, never the rows, so that reading the output cannot tune the rules to the rows. An expected
 * {@value #NO_PLACE} says the mention must not be reported as a place at all (a person's name such as "Kent Dallas").
 */
final class HeldOutPlaceSet {
    /** The expected value of a mention that is no place. */
    static final String NO_PLACE = "-";

    private HeldOutPlaceSet() {}

    /** Overall accuracy of the file at {@code resource}; prints "name: group ok/all ...; all ok/all = acc". */
    static double accuracy(String name, String resource) {
        Map<String, int[]> byGroup = new TreeMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(HeldOutPlaceSet.class.getResourceAsStream(resource)), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\\|", -1);
                int[] c = byGroup.computeIfAbsent(f[0], k -> new int[2]);
                c[1]++;
                if (f[3].equals(resolved(f[1], f[2]))) c[0]++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int ok = 0, all = 0;
        StringBuilder report = new StringBuilder(name).append(':');
        for (Map.Entry<String, int[]> en : byGroup.entrySet()) {
            ok += en.getValue()[0];
            all += en.getValue()[1];
            report.append(String.format(" %s %d/%d", en.getKey(), en.getValue()[0], en.getValue()[1]));
        }
        double acc = (double) ok / all;
        System.out.printf("%s; all %d/%d = %.3f%n", report, ok, all, acc);
        return acc;
    }

    /**
     * The admin-1 code of the mention named {@code mention} ({@value #NO_PLACE} when no place mention has that text),
     * or of the first event with a region when it is empty.
     */
    private static String resolved(String text, String mention) {
        Extraction x = EXTRACTOR.extract(new ArticleText("heldout", null, text, AcledNotesTest.eventDate(text)));
        if (mention.isEmpty()) {
            return x.events().stream().map(e -> e.place() == null ? null : e.place().admin1Code())
                    .filter(Objects::nonNull).findFirst().orElse(null);
        }
        List<PlaceMention> named = x.places().stream().filter(p -> p.mention().equals(mention)).toList();
        if (named.isEmpty()) return NO_PLACE;
        return named.stream().map(p -> p.place().admin1Code()).filter(Objects::nonNull).findFirst().orElse(null);
    }
}

package dev.conflictstream.launcher.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.conflictstream.launcher.LocalPipeline;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The map in a real browser: the pipeline on the bundled samples, the page served by the
 * aggregate, opened in headless Chromium. Sumy and Kursk are drawn and coloured; a real click on
 * the Sumy air strike shows both reports' evidence ("at least two", then "has risen to three"); on the
 * Odesa drone attack (an RSS sample) the headline links to the article.
 * Leaves a screenshot at target/map-screenshot.png. Skipped, saying why, without Chromium
 * (./test installs Debian's chromium when run as root).
 */
class MapBrowserTest {
    private static final Path SAMPLES = Path.of("../samples");
    private static final Path SCREENSHOT = Path.of("target/map-screenshot.png");
    /** The fill of a region with nothing reported (map.js EMPTY). */
    private static final String EMPTY_FILL = "#f4f1ea";
    private static final String SUMY_STRIKE = ".incident-UA-21.type-explosions-remote-violence";

    @TempDir
    Path dataDir;
    @TempDir
    Path browserDir;

    @Test
    void drawsSumyAndKurskAndAClickOnTheSumyStrikeShowsItsEvidence() throws Exception {
        Optional<Path> chromium = HeadlessChromium.find();
        assumeTrue(chromium.isPresent(), "no chromium on PATH: skipping the map's browser test "
                + "(./test installs the Debian package when run as root: apt-get install chromium)");
        try (LocalPipeline pipeline = LocalPipeline.startOnFreePorts(dataDir)) {
            assertThat(pipeline.ingest(List.of(SAMPLES), new PrintStream(new ByteArrayOutputStream())).published()).isPositive();
            assertThat(pipeline.awaitProcessed(Duration.ofSeconds(90))).isTrue();

            try (HeadlessChromium browser = new HeadlessChromium(chromium.get(), browserDir.resolve("profile"), 1400, 900)) {
                browser.open("http://127.0.0.1:" + pipeline.aggregate().httpPort() + "/");
                await("the map loads its regions and incidents").atMost(Duration.ofSeconds(60)).ignoreExceptions()
                        .until(() -> browser.evaluate("document.body.dataset.loaded === 'true' && "
                                + "document.querySelectorAll('" + SUMY_STRIKE + "').length === 1").asBoolean());

                for (String region : List.of("UA-21", "RU-41")) {
                    JsonNode path = browser.evaluate("(() => { const p = document.querySelector('path.region-" + region + "');"
                            + " return p && { d: p.getAttribute('d').length, fill: p.getAttribute('fill') }; })()");
                    assertThat(path.isObject()).as(region + " is drawn").isTrue();
                    assertThat(path.get("d").asInt()).as(region + "'s outline").isGreaterThan(50);
                    assertThat(path.get("fill").asText()).as(region + " is coloured by its incidents").isNotEqualTo(EMPTY_FILL);
                }

                // The strike shares its point with a smaller marker drawn on top: click inside its ring, off centre.
                String details = clickIncident(browser, SUMY_STRIKE, "[49.5, 35.0]", "at least two");
                assertThat(details).contains("Explosions/Remote violence").contains("at least two").contains("three")
                        .contains("killed");
                browser.screenshot(SCREENSHOT);

                // A region: its figures and its incidents. A click near Zheleznogorsk (no marker there), inside RU.41.
                JsonNode kursk = browser.evaluate("(() => { const p = map.latLngToContainerPoint([52.25, 35.5]);"
                        + " const r = document.getElementById('map').getBoundingClientRect(); return { x: r.left + p.x, y: r.top + p.y }; })()");
                browser.click(kursk.get("x").asDouble(), kursk.get("y").asDouble());
                assertThat(await("Kursk's details").atMost(Duration.ofSeconds(10))
                        .until(() -> browser.evaluate("document.getElementById('details').innerText").asText(),
                                text -> text.contains("(RU.41)"))).contains("Kursk Oblast (RU.41)").contains("2 incidents").contains("Battles: 2");

                // An article with a URL (the RSS sample): its headline links to it.
                clickIncident(browser, ".incident-UA-17", "[46.5, 30.7]", "Odesa");
                assertThat(browser.evaluate("[...document.querySelectorAll('#details a')].map(a => a.href + ' ' + a.textContent)"
                        + ".join('\\n')").asText()).contains("https://example.org/frontline/odesa-drone-attack Drone attack on Odesa port");
            }
        }
        assertThat(SCREENSHOT).exists();
    }

    /** Centres the map, clicks the incident's marker with real mouse events, and returns the details once they show {@code expected}. */
    private static String clickIncident(HeadlessChromium browser, String selector, String center, String expected) {
        try {
            browser.evaluate("map.setView(" + center + ", 6, { animate: false }); true");
            JsonNode ring = browser.evaluate("(() => { const r = document.querySelector('" + selector + "').getBoundingClientRect();"
                    + " return { x: r.left + r.width * 0.15, y: r.top + r.height / 2 }; })()");
            browser.click(ring.get("x").asDouble(), ring.get("y").asDouble());
            return await("the details of " + selector).atMost(Duration.ofSeconds(10))
                    .until(() -> browser.evaluate("document.getElementById('details').innerText").asText(), text -> text.contains(expected));
        } catch (Exception e) {
            throw new AssertionError("could not click " + selector, e);
        }
    }
}

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
 * the Sumy air strike shows both reports' evidence ("at least two", then "has risen to three").
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

                // Zoom in on Sumy; the strike shares its point with a smaller marker drawn on top, so
                // click inside the strike's ring, away from the centre.
                browser.evaluate("map.setView([49.5, 35.0], 6, { animate: false }); true");
                JsonNode ring = browser.evaluate("(() => { const r = document.querySelector('" + SUMY_STRIKE + "').getBoundingClientRect();"
                        + " return { x: r.left + r.width * 0.15, y: r.top + r.height / 2 }; })()");
                browser.click(ring.get("x").asDouble(), ring.get("y").asDouble());
                String details = await("the strike's details").atMost(Duration.ofSeconds(10))
                        .until(() -> browser.evaluate("document.getElementById('details').innerText").asText(),
                                text -> text.contains("at least two"));
                assertThat(details).contains("Explosions/Remote violence").contains("at least two").contains("three")
                        .contains("killed");
                browser.screenshot(SCREENSHOT);
            }
        }
        assertThat(SCREENSHOT).exists();
    }
}

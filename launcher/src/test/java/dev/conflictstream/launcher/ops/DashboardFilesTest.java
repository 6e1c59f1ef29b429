package dev.conflictstream.launcher.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What Grafana's file provisioning needs from every dashboard, checked without Grafana. */
class DashboardFilesTest {

    @Test
    void threeDashboardsWithUniqueUidsAndTitles() {
        List<Path> files = Dashboards.files();
        assertThat(files).extracting(f -> f.getFileName().toString())
                .contains("pipeline-overview.json", "extraction-quality.json", "regions.json");
        Set<String> uids = new HashSet<>();
        Set<String> titles = new HashSet<>();
        for (Path file : files) {
            JsonNode dashboard = Dashboards.read(file);
            assertThat(dashboard.path("uid").asText()).as(file + " uid").isNotBlank();
            assertThat(uids.add(dashboard.path("uid").asText())).as(file + " uid unique").isTrue();
            assertThat(titles.add(dashboard.path("title").asText())).as(file + " title unique").isTrue();
            assertThat(dashboard.path("id").isNull() || dashboard.path("id").isMissingNode())
                    .as(file + ": provisioned dashboards carry no numeric id").isTrue();
        }
    }

    @Test
    void everyQueryUsesTheProvisionedPrometheusDatasource() {
        assertThat(Dashboards.queries()).isNotEmpty().allSatisfy(query ->
                assertThat(query.datasourceUid()).as(query.toString()).isEqualTo("prometheus"));
    }

    @Test
    void everyDataPanelHasAQuery() {
        assertThat(Dashboards.panelsWithoutTargets()).isEmpty();
    }
}

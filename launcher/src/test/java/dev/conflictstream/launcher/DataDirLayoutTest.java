package dev.conflictstream.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirLayoutTest {

    @Test
    void movesADataDirOfAnEarlierReleaseAsideWholeAndStartsAFreshOne(@TempDir Path tmp) throws Exception {
        Path data = tmp.resolve("data");
        Files.createDirectories(data.resolve("kafka"));
        Files.writeString(data.resolve("kafka/meta.properties"), "cluster.id=old");

        assertThat(DataDirLayout.ensureCurrent(data)).contains(tmp.resolve("data.layout-1"));
        assertThat(tmp.resolve("data.layout-1/kafka/meta.properties")).hasContent("cluster.id=old");
        assertThat(data.resolve("kafka")).doesNotExist();
        assertThat(DataDirLayout.layoutOf(data)).isEqualTo(DataDirLayout.CURRENT);
    }

    @Test
    void keepsADataDirOfThisReleaseAndMarksANewOne(@TempDir Path tmp) throws Exception {
        Path data = tmp.resolve("data");
        assertThat(DataDirLayout.ensureCurrent(data)).isEmpty();
        Files.createDirectories(data.resolve("kafka"));

        assertThat(DataDirLayout.ensureCurrent(data)).isEmpty();
        assertThat(data.resolve("kafka")).exists();
    }
}

package dev.conflictstream.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that are not articles are rejections that say why in plain words; the walk goes on. */
class ArticleFilesTest {

    @Test
    void rejectsMissingEmptyAndBinaryFilesInPlainWords(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve("a-image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', (byte) 0xff, (byte) 0xfe, 0, 1});
        Files.writeString(dir.resolve("b-empty.txt"), "");
        Files.writeString(dir.resolve("c-article.txt"), "Strike\n\nTwo people were killed in Kharkiv.");
        List<ReadResult> results = new ArrayList<>();

        ArticleFiles.read(List.of(dir.resolve("missing.txt"), dir), results::add);

        assertThat(results).hasSize(4);
        assertThat(results.subList(0, 3)).allSatisfy(r -> assertThat(r).isInstanceOf(ReadResult.Rejected.class));
        assertThat(((ReadResult.Rejected) results.get(0)).reason()).isEqualTo(ReadResult.NOT_FOUND);
        ReadResult.Rejected binary = (ReadResult.Rejected) results.get(1);
        assertThat(binary.reason()).isEqualTo("not-text");
        assertThat(binary.message()).isEqualTo("not UTF-8 text (a binary file, or another encoding?)");
        assertThat(((ReadResult.Rejected) results.get(2)).message()).isEqualTo("file has no text");
        assertThat(results.get(3)).isInstanceOf(ReadResult.Parsed.class);
    }
}

package dev.conflictstream.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TextArticleReaderTest {
    static final Path SEED = Path.of("../samples/kursk-2025-02-07.txt");

    @Test
    void readsTitleDateAndBodyOfTheSeedArticleWithoutSiteBoilerplate() throws Exception {
        ReadResult result = TextArticleReader.read(Files.readString(SEED), SEED.toString());

        assertThat(result).isInstanceOf(ReadResult.Parsed.class);
        ArticleDraft article = ((ReadResult.Parsed) result).article();
        assertThat(article.title()).isEqualTo("Ukrainian Forces Advance into Kursk Region, Reports Indicate");
        assertThat(article.published()).isEqualTo(LocalDate.of(2025, 2, 7));
        assertThat(article.text()).startsWith("The Institute for the Study of War (ISW)")
                .endsWith("critical geopolitical developments.")
                .doesNotContain("More Quick Read Articles");
    }

    @Test
    void keepsTheBodyWhenThereIsNoDateLine() {
        ReadResult result = TextArticleReader.read("Shelling in Kharkiv\n\nTwo people were killed.\nShare this article\n", "a.txt");

        ArticleDraft article = ((ReadResult.Parsed) result).article();
        assertThat(article.published()).isNull();
        assertThat(article.text()).isEqualTo("Two people were killed.");
    }

    @Test
    void rejectsAnEmptyFileNamingIt() {
        ReadResult result = TextArticleReader.read("\n\n", "empty.txt");

        assertThat(result).isEqualTo(new ReadResult.Rejected("empty.txt", "empty", "file has no text", "\n\n"));
    }
}

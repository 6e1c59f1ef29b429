package dev.conflictstream.launcher;

import dev.conflictstream.enrich.eval.ArticleCorpus;
import dev.conflictstream.enrich.extract.ArticleText;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;

/** The article streams {@code ./pipeline bench --corpus} can publish; all are built from the eval/dev texts. */
enum BenchCorpus {
    /**
     * {@link ArticleCorpus} as is: the ~2,000 eval texts recombined, one publication day per
     * 1,000 articles. Copies of a text fall within days of each other, so reports concentrate in
     * few incident groups: the aggregate's worst case.
     */
    REPEAT,
    /** The same articles with publication dates spread over four years in no order ({@link DateSpreadCorpus}). */
    VARIED,
    /** The same articles in date order, 100 a day, as a replay or a live feed delivers them ({@link DateSpreadCorpus#chronological}). */
    CHRONOLOGICAL;

    Iterator<ArticleText> open(Path evalDir) throws IOException {
        ArticleCorpus corpus = ArticleCorpus.fromEvalDir(evalDir);
        return switch (this) {
            case REPEAT -> corpus;
            case VARIED -> new DateSpreadCorpus(corpus);
            case CHRONOLOGICAL -> DateSpreadCorpus.chronological(corpus);
        };
    }
}

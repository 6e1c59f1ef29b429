package dev.conflictstream.enrich.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.conflictstream.enrich.geo.NameKey;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FoldedWordsTest {

    @Test
    void everyKeyIsTheOneNameKeyFoldsWhateverTheOrderOfTheAsks() {
        // repeated spellings, the same word in other cases and accents, words whose slots collide (many more
        // spellings than slots), Russian spellings the Slavic key rewrites and Arabic names with sun letters
        StringBuilder text = new StringBuilder("Shelling kills one in Stanitsa Luganskaya. Deir ez-Zor, Ezzor, Avdeyevka, "
                + "AVDEYEVKA, Avdeyevka and Gorlovka; Kiev, KIEV, Kyiv, Kýiv, Dobropolye, Zolotoye Shchastye. ");
        Random r = new Random(9);
        String letters = "abcdeghiklmnoprstuyzAGKSZéо";
        for (int w = 0; w < 400; w++) {
            int len = 2 + r.nextInt(9);
            for (int c = 0; c < len; c++) text.append(letters.charAt(r.nextInt(letters.length())));
            text.append(r.nextInt(5) == 0 ? ", " : " ");
        }
        Tokens t = new Tokens(text.toString());
        FoldedWords words = new FoldedWords(t);
        for (int round = 0; round < 3; round++) {
            for (int ask = 0; ask < 4 * t.n; ask++) {
                int k = round == 0 ? ask % t.n : r.nextInt(t.n);
                boolean later = r.nextBoolean();
                long variant = NameKey.variantToken(t.text, t.start[k], t.end[k], later);
                int which = r.nextInt(3);
                if (which == 0) {
                    assertEquals(variant, words.variant(k, later), t.word(k));
                } else if (which == 1) {
                    assertEquals(NameKey.arabicToken(t.text, t.start[k], t.end[k], later, variant), words.arabic(k, later),
                            t.word(k));
                } else {
                    assertEquals(NameKey.slavicToken(t.text, t.start[k], t.end[k], later, variant), words.slavic(k, later),
                            t.word(k));
                }
            }
        }
    }
}

package dev.conflictstream.enrich.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenWordsTest {

    /** Sentences of the kind the rules read: dates, tolls, triggers, places with connectors, number words. */
    private static final List<String> SENTENCES = List.of(
            "On Monday, 12 March 2024, the death toll rose to twenty-three after shelling near Deir ez Zor.",
            "Dozens of people were killed and several wounded when troops attacked the village of Ras al Ain on Sunday.",
            "The number of dead has climbed to 40, according to the Ministry of Health in Sept. and Oct.",
            "Gunmen KILLED three civilians; a dozen others died in hospital, officials said on Friday.",
            "Rebels seized the town of Bir el Abed in northern Sinai, a few hundred km from the border.",
            "McDonald kiA ShOT DeAd on TuEsDaY: noise, not words, in the middle of a sentence.",
            "The army lost 12 soldiers, more than the RebELs and CiViLiAnS said; ProTesTers gathered.");

    /** Every class bit of every token agrees with the lookups the rules made before: the Lexicon and each set. */
    @Test
    void tokenBitsAgreeWithEachRulesOwnLookup() {
        for (String s : SENTENCES) {
            Tokens t = new Tokens(s).classify();
            for (int k = 0; k < t.n; k++) assertAgrees(t, k, s);
        }
    }

    /** The same for every word of every set: a bit is set exactly when the set holds the word. */
    @Test
    void everyWordOfEverySetHasItsBit() {
        for (LongIntMap set : List.of(Lexicon.WORDS, PlaceFinder.CONNECTOR, Triggers.SINGLE, Triggers.PAIR_FIRST,
                Triggers.NEAR_HEAD, Casualties.RISE, Numbers.UNITS, Numbers.TENS, Numbers.VAGUE, Extractor.DEATH,
                Lexicon.MONTH_NO, Lexicon.WEEKDAY_NO, Casualties.LOST, Casualties.QUALIFIER, EventTyping.MILITARY_PERSON,
                EventTyping.CIVILIAN_TARGET, EventTyping.VICTIM_END, EventTyping.LEADER, Extractor.ADDITIVE, Dates.CUE,
                Casualties.FIND_CUE, Casualties.BE, Casualties.AGGREGATE_CUE)) {
            set.forEachKey(h -> assertBits(h, "word " + h));
        }
        assertEquals(0, TokenWords.of(LongIntMap.h("zzyzx")));
    }

    private static void assertAgrees(Tokens t, int k, String sentence) {
        long h = t.hash[k];
        String where = t.word(k) + " in \"" + sentence + "\"";
        assertBits(h, where);
        assertEquals(t.is(k, Tokens.MIXED) ? 0 : Lexicon.classes(h), t.lexicon(k), where);
        for (int bit = 0; bit < 32; bit++) assertEquals(Lexicon.has(h, 1 << bit), t.wordIs(k, 1 << bit), where);
    }

    private static void assertBits(long h, String where) {
        long w = TokenWords.of(h);
        assertEquals(Lexicon.classes(h), TokenWords.lexicon(w), where);
        assertEquals(PlaceFinder.CONNECTOR.get(h) != 0, (w & TokenWords.CONNECTOR) != 0, where);
        assertEquals(Triggers.SINGLE.get(h) != 0, (w & TokenWords.TRIGGER_SINGLE) != 0, where);
        assertEquals(Triggers.PAIR_FIRST.get(h) != 0, (w & TokenWords.TRIGGER_PAIR) != 0, where);
        assertEquals(Triggers.NEAR_HEAD.get(h) != 0, (w & TokenWords.TRIGGER_NEAR) != 0, where);
        assertEquals(Casualties.RISE.get(h) != 0, (w & TokenWords.RISE) != 0, where);
        assertEquals(Numbers.UNITS.get(h) != 0 || Numbers.TENS.get(h) != 0 || Numbers.VAGUE.get(h) != 0,
                (w & TokenWords.NUMBER_WORD) != 0, where);
        assertEquals(Extractor.DEATH.get(h) != 0, (w & TokenWords.DEATH) != 0, where);
        assertEquals(Lexicon.month(h) != 0, (w & TokenWords.MONTH_NAME) != 0, where);
        assertEquals(Lexicon.weekday(h) != 0, (w & TokenWords.WEEKDAY_NAME) != 0, where);
        assertEquals(Casualties.LOST.get(h) != 0, (w & TokenWords.LOST) != 0, where);
        assertEquals(Casualties.QUALIFIER.get(h) != 0, (w & TokenWords.QUALIFIER) != 0, where);
        assertEquals(EventTyping.MILITARY_PERSON.get(h) != 0, (w & TokenWords.MILITARY_PERSON) != 0, where);
        assertEquals(EventTyping.CIVILIAN_TARGET.get(h) != 0, (w & TokenWords.CIVILIAN_TARGET) != 0, where);
        assertEquals(EventTyping.VICTIM_END.get(h) != 0, (w & TokenWords.VICTIM_END) != 0, where);
        assertEquals(EventTyping.LEADER.get(h) != 0, (w & TokenWords.LEADER) != 0, where);
        assertEquals(Extractor.ADDITIVE.get(h) != 0, (w & TokenWords.ADDITIVE) != 0, where);
        assertEquals(Dates.CUE.get(h) != 0, (w & TokenWords.DATE_WORD) != 0, where);
        assertEquals(Casualties.FIND_CUE.get(h) != 0, (w & TokenWords.FIGURE_CUE) != 0, where);
        assertEquals(Casualties.isBe(h), (w & TokenWords.BE) != 0, where);
        assertEquals(Casualties.AGGREGATE_CUE.get(h) != 0, (w & TokenWords.AGGREGATE_CUE) != 0, where);
        assertEquals(Lexicon.month(h), TokenWords.month(w), where);
        assertEquals(Lexicon.weekday(h), TokenWords.weekday(w), where);
    }
}

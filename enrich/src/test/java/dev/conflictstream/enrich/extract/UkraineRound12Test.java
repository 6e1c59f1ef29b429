package dev.conflictstream.enrich.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Ukraine round (issue 10): the families real ACLED notes from Ukraine showed, one table per rule. The notes are
 * our own words in the style of ACLED's notes on the Ukrainian front; the real notes were read, never copied.
 */
class UkraineRound12Test {
    /**
     * "Town, Region": a small place named with its admin-1 region after a comma (by the name the region shares with
     * its seat, or by a spelling only the seat carries, "Zaporizhia") is never a namesake in another region; with no
     * town of the name inside the region the event falls back to that region. Lists of towns ("Lagos, Kano and
     * Kaduna") and notable towns keep their own readings. Columns: text | mention (empty: the first event with an
     * admin-1 region) | expected admin-1.
     */
    @ParameterizedTest(name = "[{index}] {2}: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        On 6 May 2024, Russian forces shelled near Kalynivka, Donetsk. Casualties unknown.||UA.05
        On 7 May 2024, Russian forces shelled near Mykolaivka, Sumy. Casualties unknown.||UA.21
        On 8 May 2024, Russian forces fired mortars near Oleksandrivka, Luhansk. Casualties unknown.||UA.14
        On 9 May 2024, Russian forces shelled near Novoselivka, Luhansk. Casualties unknown.||UA.14
        On 10 May 2024, Russian forces shelled near Mala Tokmachka, Zaporizhia. Casualties unknown.||UA.26
        On 11 May 2024, Russian forces shelled Kharkiv, Kharkiv. Casualties unknown.||UA.07
        Gunmen attacked villages in Lagos, Kano and Kaduna on Sunday.|Kano|NG.29
        """)
    void aRegionAfterTheCommaHoldsThePlace(String text, String mention, String admin1) {
        PlaceReadingsTest.check(text, mention, admin1);
    }

    /**
     * Territory taken: "overtook", "established control over" and "seized control over" a place (ACLED's words for
     * an advance) are a takeover, also after a clash told in the same sentence; "fired heavy weapons at" a town is
     * artillery. Columns as in {@link AcledNotesTest}: note | type | sub-event type | admin-1 (not checked) | killed.
     */
    @ParameterizedTest(name = "[{index}] {1} / {2}: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        On 3 May 2024, after two days of fighting, Russian forces overtook Ocheretyne, Donetsk. Casualties unknown.|Battles|Non-state actor overtakes territory||
        On 4 May 2024, following clashes with Ukrainian troops, Russian forces established control over Kreminna, Luhansk.|Battles|Non-state actor overtakes territory||
        On 5 May 2024, Russian forces seized control over Vuhledar, Donetsk. Casualties unknown.|Battles|Non-state actor overtakes territory||
        On 6 May 2024, Russian forces fired heavy weapons at Kupiansk, Kharkiv, killing a woman.|Explosions/Remote violence|Shelling/artillery/missile attack||1
        """)
    void codesTheNoteAsAcledDoes(String note, String type, String subtype, String admin1, String killed) {
        AcledNotesTest.check(note, type, subtype, admin1, killed);
    }
}

package dev.conflictstream.enrich.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Places round 13 (news spellings of Arabic-script places: Syria, Yemen, Libya, Sudan, Iraq), one table per rule.
 * Columns: text | mention (empty: the first event with an admin-1 region) | expected admin-1 ("(none)": no place of that
 * name).
 */
class PlacesRound13Test {
    /**
     * A news spelling meets GeoNames' romanisation by the Arabic key ({@code NameKey.arabic}): an e where GeoNames writes
     * the fatha a ("Tel"/"Tall", "Beni"/"Bani", "Yefren"/"Yafran"), "aw" written o ("Zor"/"Zawr"), marks and the article
     * dropped; small towns of Arabic-speaking countries are indexed too.
     */
    @ParameterizedTest(name = "[{index}] {2}: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        A car bomb went off in Tel Abyad near the Turkish border, killing four.||SY.04
        Two Libyan brigades clashed near Beni Walid on Saturday.||LY.72
        Gunmen kidnapped a doctor in Yefren, in the Nafusa mountains of Libya.||LY.80
        Tribal fighters ambushed a Houthi convoy near Lawder in Abyan.|Lawder|YE.01
        RSF fighters burned houses in Rehed el Berdi, South Darfur.||SD.49
        Coalition aircraft struck a Houthi camp in Hadramout.||YE.04
        Houthi rockets killed two farmers in Saada governorate.||YE.15
        """)
    void newsSpellingsMeetArabicRomanisations(String text, String mention, String admin1) {
        PlaceReadingsTest.check(text, mention, admin1);
    }
}

package dev.conflictstream.enrich.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Names derived by rule: Slavic keys of Russian and Ukrainian spellings, French forms of compass-word regions. */
class DerivedNamesTest {
    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
        "Krasnogorovka, Krasnohorivka", "Stanitsa Luganskaya, Stanytsia Luhanska", "Shchastye, Shchastia",
        "Avdeyevka, Avdiivka", "Yasinovataya, Yasynuvata", "Zolotoye, Zolote", "Velikaya Novoselka, Velyka Novosilka",
        "Gorlovka, Horlivka", "Dobropolye, Dobropillia", "Belozerka, Bilozerka", "Kharkov, Kharkiv", "Vysokopolye, Vysokopillia",
        "Novgorodskoye, Novhorodske",
    })
    void russianSpellingsMeetUkrainianOnes(String russian, String ukrainian) {
        assertThat(NameKey.slavic(russian)).isEqualTo(NameKey.slavic(ukrainian));
    }

    @ParameterizedTest(name = "{0} != {1}")
    @CsvSource({"Kramatorsk, Kremenchuk", "Luhansk, Lutsk", "Kharkiv, Kherson"})
    void otherNamesStayApart(String a, String b) {
        assertThat(NameKey.slavic(a)).isNotEqualTo(NameKey.slavic(b));
    }

    /** News spellings of Arabic names meet GeoNames' romanisation by rule (NameKey.arabic): marks, article, e as a. */
    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
        "Tel Abyad|Tall Abyaḑ", "Deraa|Dar‘ā", "Derna|Darnah", "Qayyarah|Al Qayyārah", "Jaar|Ja‘ār",
        "Deir ez-Zor|Dayr az Zawr", "Saada|Şa‘dah", "Hodeidah|Al Ḩudaydah", "Beit Hanoun|Bayt Ḩānūn", "Beni Walid|Banī Walīd", "Hadramout|Ḩaḑramawt",
    })
    void newsSpellingsMeetArabicRomanisations(String news, String geonames) {
        assertThat(NameKey.arabic(news)).isEqualTo(NameKey.arabic(geonames));
    }

    @ParameterizedTest(name = "{0} != {1}")
    @CsvSource(delimiter = '|', value = {"Homs|Hama", "Idlib|Irbid", "Tartus|Tarhunah", "Derna|Dar‘ā", "Tel Abyad|Tell Rifaat"})
    void otherArabicNamesStayApart(String a, String b) {
        assertThat(NameKey.arabic(a)).isNotEqualTo(NameKey.arabic(b));
    }

    @Test
    void theArabicKeyIsNeverAPlainVariantKey() {
        assertThat(NameKey.arabic("Raqqa")).isNotEqualTo(NameKey.variant("Raqqa"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(nullValues = "-", value = {
        "North-West, Nord-Ouest", "South-West, Sud-Ouest", "Far North, Extreme-Nord", "North Kivu, Nord-Kivu",
        "East, Est", "Centre, -", "Central, -", "Littoral, -", "Nord-Ouest, -",
    })
    void compassRegionsHaveTheirFrenchForm(String name, String french) {
        assertThat(CompassNames.french(name)).isEqualTo(french == null ? java.util.List.of() : java.util.List.of(french));
    }
}

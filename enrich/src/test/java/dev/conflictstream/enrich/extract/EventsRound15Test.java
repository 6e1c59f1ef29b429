package dev.conflictstream.enrich.extract;

import static dev.conflictstream.enrich.extract.ExtractorFixture.EXTRACTOR;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Events round 15, one table per rule: deaths told as martyrdom, a wounded victim who died later, companions counted with
 * the victim, one more victim after a count, counts per side; people taken away in the passive, fire bombs thrown at
 * buildings, fire at positions that hit buildings, shutdowns forced by a crowd, aircraft in support of a ground assault,
 * a past verb after a role phrase. Notes and wire sentences in our own words, in the styles of several regions.
 */
class EventsRound15Test {
    @ParameterizedTest(name = "[{index}] killed {1} / injured {2}: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        # martyrdom: the South Asian word for the state's dead
        On 3 November 2025, four FC soldiers were martyred in an attack on a post in Turbat (Balochistan).|4|
        On 4 November 2025, a police constable embraced martyrdom when terrorists opened fire on a mobile in Lakki Marwat (Khyber Pakhtunkhwa).|1|
        # the wounded victim who died later: a pronoun and an adverb of time, or "and died" after the clause's passive
        On 5 November 2025, a farmer was shot and injured by bandits near Funtua (Katsina). She later died of her wounds.|1|
        On 6 November 2025, a vendor was beaten by a group of men in Chattogram (Chittagong) and died in hospital the same night.|1|
        # a couple is two, with their child three
        On 7 November 2025, gunmen killed a couple in their house in Tillaberi (Tillaberi).|2|
        On 8 November 2025, attackers shot dead a couple and their son on a farm near Bokkos (Plateau).|3|
        # one more after a count: "and a third died", "and another died" (not "and a third was wounded")
        On 9 November 2025, two farmers were killed on the spot and a third died later in hospital after gunmen attacked them near Djibo (Sahel).|3|
        On 10 November 2025, three soldiers were killed in an ambush near Kidal (Kidal), and another died of his injuries.|4|
        On 13 November 2025, two soldiers were killed and a third was wounded in an IED blast near Gao (Gao).|2|
        # per side: "on each side", "on either side" double; "on both sides" is a total
        On 11 November 2025, two clan militias fought near Dhusamareb (Galgaduud), leaving three dead on each side.|6|
        On 12 November 2025, Fulani and Dogon militiamen clashed near Bankass (Mopti); two people were killed on either side.|4|
        On 14 November 2025, clashes on both sides of the border near Kurram (Khyber Pakhtunkhwa) left five dead.|5|
        # review fixes: a second event's count is no "one more"; "either side of" a place is no per-side count
        On 15 November 2025, two people were killed in Kabul and another blast killed four in Herat (Herat).|2|
        On 16 November 2025, two civilians were killed on either side of the border near Chaman (Balochistan).|2|
        """)
    void countsTheDead(String note, String killed, String injured) {
        AcledNotesTest.checkFigures(note, killed, injured);
    }

    @ParameterizedTest(name = "[{index}] {1} / {2}: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        # people taken away in the passive, by people or an armed group; by the police an arrest
        On 3 November 2025, a trader was taken away by gunmen from his shop in Katsina (Katsina).|Violence against civilians|Abduction/forced disappearance||
        On 4 November 2025, two nurses were taken away by armed men near Kalehe (South Kivu).|Violence against civilians|Abduction/forced disappearance||
        On 5 November 2025, a rancher was carried off by cartel gunmen near Culiacan (Sinaloa).|Violence against civilians|Abduction/forced disappearance||
        On 5 November 2025, bandits carried off three schoolgirls from a village near Gusau (Zamfara).|Violence against civilians|Abduction/forced disappearance||
        On 6 November 2025, a student leader was taken away by police from a hostel in Dhaka (Dhaka).|Strategic developments|Arrests||
        # fire bombs thrown at a building: property destruction, an attack when people are hurt, a riot when a crowd throws
        On 7 November 2025, unidentified men threw a petrol bomb at the home of a journalist in Sylhet (Sylhet), burning the front door.|Strategic developments|Looting/property destruction||
        On 8 November 2025, unknown assailants hurled Molotov cocktails at a party office in Kandy (Central), injuring a guard.|Violence against civilians|Attack||
        On 9 November 2025, protesters threw petrol bombs at a police station in Kisumu (Kisumu).|Riots|Violent demonstration||
        On 21 November 2025, youths threw Molotov cocktails at police in Nairobi (Nairobi).|Riots|Mob violence||
        # fire at positions that hit buildings, in its sentence or the next, is shelling; without, or exchanged, a clash
        On 10 November 2025, army troops fired at rebel positions near Bambari (Ouaka), hitting several houses in the town.|Explosions/Remote violence|Shelling/artillery/missile attack||
        On 11 November 2025, RSF fighters fired on army positions near El Obeid (North Kordofan). Two homes were damaged.|Explosions/Remote violence|Shelling/artillery/missile attack||
        On 18 November 2025, soldiers and militants exchanged fire at positions near Djibo (Sahel).|Battles|Armed clash||
        On 19 November 2025, Russian forces fired at Ukrainian positions near Kupiansk (Kharkiv).|Battles|Armed clash||
        # a shutdown forced by a crowd
        On 12 November 2025, a crowd of young men forced shopkeepers to close their shops in Mombasa (Mombasa) after a boy was shot by police.|Riots|Violent demonstration||
        On 13 November 2025, supporters of an opposition party forced traders to shut their stalls in Lahore (Punjab) during a strike.|Riots|Violent demonstration||
        # aircraft in support of ground forces assaulting an armed group: one battle; aircraft alone strike
        On 14 November 2025, soldiers, backed by helicopters, attacked JNIM militants near Boni (Sahel).|Battles|Armed clash||
        On 15 November 2025, the army, with the support of drones from an allied force, attacked ADF rebels near Eringeti (North Kivu).|Battles|Armed clash||
        On 20 November 2025, drones attacked a gathering of militants near Jilib (Middle Juba).|Explosions/Remote violence|Air/drone strike||
        # a past verb after a role phrase is the event
        Trader Accused of Hoarding Beaten by Mob in Bogra|Riots|Mob violence||
        Bandit Leader Wanted for Kidnappings Found Dead in Zamfara Forest|Violence against civilians|Attack||1
        # review fixes: the passive's agent is the phrase right after "by" (not a source after a comma)
        On 22 November 2025, a businessman was taken away by gunmen in Maiduguri (Borno), police said.|Violence against civilians|Abduction/forced disappearance||
        On 23 November 2025, a lawyer was taken away by men wearing police uniforms from her office in Peshawar (Khyber Pakhtunkhwa).|Violence against civilians|Abduction/forced disappearance||
        On 24 November 2025, two herders were carried off by suspected members of an armed group near Kidal (Kidal).|Violence against civilians|Abduction/forced disappearance||
        On 25 November 2025, kidnappers carried off a pastor near Kaduna (Kaduna).|Violence against civilians|Abduction/forced disappearance||
        # a shutdown forced by rioters or youths
        On 26 November 2025, youths forced traders to close their shops in Kisii (Kisii).|Riots|Violent demonstration||
        # "a couple" before a number or "of" and a number is no pair (no count rather than two)
        On 17 November 2025, the floods and the fighting near Malakal (Upper Nile) killed a couple hundred people.|Battles|Armed clash||
        On 18 November 2025, militants killed a couple of dozen villagers near Djibo (Sahel).|Violence against civilians|Attack||
        # an arrest after a role phrase with a relative clause
        On 27 November 2025, police arrested a man linked to the gang that shot a trader last year in Kumasi (Ashanti).|Strategic developments|Arrests||
        """)
    void codesTheNote(String note, String type, String subtype, String admin1, String killed) {
        AcledNotesTest.check(note, type, subtype, admin1, killed);
    }

    /** The round's phrases where they tell no event: a person taken by water, shops closed by no crowd, a role alone. */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        On 16 November 2025, a fisherman was taken away by the current near Kisumu (Kisumu).
        On 17 November 2025, shops were forced to close in Karachi (Sindh) by a power cut.
        A Commander Suspected of Planning Attacks on Schools
        On 28 November 2025, security was tightened in Karachi (Sindh) for Ashura, which marks the martyrdom of Imam Hussein and 72 companions.
        On 29 November 2025, schools were closed in Lahore (Punjab) for Martyrdom Day.
        """)
    void phrasesThatTellNoEvent(String note) {
        ArticleText a = new ArticleText("acled", null, note, AcledNotesTest.eventDate(note));
        assertThat(EXTRACTOR.extract(a).events()).as("\n" + EXTRACTOR.explain(a)).isEmpty();
    }

    /** Review fixes: phrases of the round that must not code this sub-type (the sentence may code another). */
    @ParameterizedTest(name = "[{index}] not {1}: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        # taken away or carried off by no armed agent, or the dead and wounded evacuated
        On 1 December 2025, three wounded soldiers were taken away by medics after an ambush near Gao (Gao).|Abduction/forced disappearance
        On 1 December 2025, the bodies were taken away by residents after an attack near Djibo (Sahel).|Abduction/forced disappearance
        On 2 December 2025, flash floods carried off two children near Kalehe (South Kivu).|Abduction/forced disappearance
        On 2 December 2025, militants carried off the bodies of their comrades after a clash near Kidal (Kidal).|Abduction/forced disappearance
        # a shutdown forced by no crowd
        On 3 December 2025, residents said the curfew forced traders to close their shops early in Kismayo (Lower Juba).|Violent demonstration
        On 3 December 2025, Al-Shabaab fighters forced traders to shut their shops in Beledweyne (Hiraan).|Violent demonstration
        On 4 December 2025, police forced shop owners to close in Karachi (Sindh).|Violent demonstration
        # fire at a checkpoint that hit a vehicle, or a building hit in another story
        On 5 December 2025, militants fired on a police checkpoint in Quetta (Balochistan), hitting a passing bus.|Shelling/artillery/missile attack
        On 6 December 2025, soldiers fired at rebel positions near Bambari (Ouaka). Separately, two homes were damaged by a storm in Bangui (Bangui).|Shelling/artillery/missile attack
        On 6 December 2025, soldiers fired at rebel positions near Bambari (Ouaka). In another incident, a school was hit by stray bullets in Bangui (Bangui).|Shelling/artillery/missile attack
        # an old attack in a relative clause after a role phrase
        On 7 December 2025, police arrested a man linked to the gang that shot a trader last year in Kumasi (Ashanti).|Attack
        # a killing remembered
        On 8 December 2025, thousands marched in Karachi (Sindh) to mark the martyrdom of Imam Hussein and 72 companions.|Attack
        """)
    void doesNotCode(String note, String subtype) {
        ArticleText a = new ArticleText("acled", null, note, AcledNotesTest.eventDate(note));
        assertThat(EXTRACTOR.extract(a).events()).as("\n" + EXTRACTOR.explain(a)).noneMatch(e -> e.subtype().equals(subtype));
    }
}

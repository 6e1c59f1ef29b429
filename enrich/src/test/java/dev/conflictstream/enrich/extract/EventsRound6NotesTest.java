package dev.conflictstream.enrich.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Events round 6: notes for the error families issue 10 lists for ACLED notes outside Ukraine (one-event rule,
 * violence against civilians, strategic developments, missing triggers, remnants of war, casualty idioms and tolls),
 * one group per rule. Written for the round and used to develop it, apart from {@link HeldOutEventsTest}'s
 * {@code events6.psv}, which measures it.
 *
 * <p>Columns as in {@link AcledNotesTest}: note | type | sub-event type | admin-1 (not checked) | killed
 * ({@code 0}: none stated, or none).
 */
class EventsRound6NotesTest {
    @ParameterizedTest(name = "[{index}] {1} / {2}: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        # two sides firing told with other verbs (traded gunfire, battled, gun battle, came under fire); strikes in support are the battle
        On 3 February 2025, ISWAP fighters and soldiers traded gunfire for two hours in Malam Fatori (Borno), with jets bombing the attackers in support. Seven soldiers were killed.|Battles|Armed clash||7
        On 4 February 2025, CMA rebels battled FAMa troops near Anefis (Kidal), backed by drone strikes. Twelve rebels died.|Battles|Armed clash||12
        Gunmen attacked a military checkpoint in Kurram on Friday, sparking a gun battle in which four soldiers and six attackers died, officials said.|Battles|Armed clash||10
        On 6 February 2025, police officers came under fire from bandits in Tsafe (Zamfara); a police inspector lost his life.|Battles|Armed clash||1
        On 10 February 2025, a gun battle broke out between two criminal groups in Tierra Caliente, Guerrero (Guerrero). Nine bodies were left at the scene.|Battles|Armed clash||9
        On 6 February 2025, rival gang members engaged in a shootout in Port-au-Prince (Ouest), killing a bystander.|Battles|Armed clash||1
        On 17 January 2025, SADC troops and insurgents exchanged gunfire near Mocimboa da Praia (Cabo Delgado). Three insurgents were killed.|Battles|Armed clash||3
        # people neutralised are killed in combat, not a munition disrupted
        On 5 February 2025, the army repelled an attack by IS-Sahel militants on its post at Tahoua (Tahoua); ten assailants were neutralized.|Battles|Armed clash||10
        On 17 March 2025, the military eliminated 8 terrorists in an operation near Kaya (Centre-Nord).|Battles|Armed clash||8
        # victims named by office, faith, kin or chance are civilians, one each when singular
        On 15 February 2025, unidentified gunmen killed a pastor on his way to church in Kaduna (Kaduna).|Violence against civilians|Attack||1
        On 11 January 2025, unidentified armed men killed two brothers in their home in Tierralta (Cordoba). The motive is unknown.|Violence against civilians|Attack||2
        On 16 February 2025, Anglophone separatists killed a traditional ruler in Batibo (Nord-Ouest).|Violence against civilians|Attack||1
        On 18 February 2025, suspected TTP militants gunned down a polio worker in Bajaur (Khyber Pakhtunkhwa).|Violence against civilians|Attack||1
        A taxi driver was shot dead by unknown assailants in Port-au-Prince on Monday, witnesses said.|Violence against civilians|Attack||1
        On 10 February 2025, a teacher was killed by unidentified assailants in Mogadishu (Banadir).|Violence against civilians|Attack||1
        # deaths told by idioms: lost his life, remains of, gunned down
        On 19 February 2025, the remains of three kidnapped traders were discovered in a forest in Kogi (Kogi).|Violence against civilians|Attack||3
        On 2 July 2025, a teacher lost her life when gunmen opened fire on a school bus in Gusau (Zamfara).|Violence against civilians|Attack||1
        On 4 July 2025, gunmen gunned down two moto-taxi drivers in Butembo (North Kivu).|Violence against civilians|Attack||2
        # an event named as the reason of another (following the attacks) codes only when nothing else does
        On 1 May 2025, Burkinabe army reinforcements were sent to Djibo (Sahel) following the attacks.|Strategic developments|Change to group/activity||0
        On 6 July 2025, three vendors were shot dead in Kinshasa (Kinshasa) after the clashes of last week.|Violence against civilians|Attack||3
        On 7 July 2025, the army deployed troops to Mopti (Mopti) in response to the recent attacks.|Strategic developments|Change to group/activity||0
        On 8 July 2025, in retaliation for the killing, youths torched the house of the suspect in Kisumu (Kisumu).|Riots|Mob violence||0
        # a move into a place with nobody resisting, later in the sentence: non-violent transfer
        On 6 March 2025, FLA fighters entered Ber (Tombouctou) after the army left the town, without any clashes.|Strategic developments|Non-violent transfer of territory||0
        On 10 March 2025, the Houthis took over the headquarters of an NGO in Sanaa (Amanat al Asimah) without resistance.|Strategic developments|Non-violent transfer of territory||0
        # munitions destroyed by their finders; cluster submunitions and mines a vehicle hits: remote explosives
        On 9 March 2025, the army safely detonated a roadside bomb found near Bosaso (Bari).|Strategic developments|Disrupted weapons use||0
        On 23 March 2025, two children were injured by a cluster submunition they found near Khiam (Nabatieh).|Explosions/Remote violence|Remote explosive/landmine/IED||0
        On 21 March 2025, three herders died after their donkey stepped on an explosive device near Menaka (Menaka).|Explosions/Remote violence|Remote explosive/landmine/IED||3
        On 9 July 2025, the bomb disposal unit carried out a controlled explosion of a suspicious bag in Mombasa (Mombasa).|Strategic developments|Disrupted weapons use||0
        On 3 July 2025, a minibus hits a landmine near Gao (Gao), killing four passengers.|Explosions/Remote violence|Remote explosive/landmine/IED||4
        # arrests told as rounding up
        On 8 May 2025, police rounded up 40 suspected gang members in San Salvador (San Salvador).|Strategic developments|Arrests||0
        On 7 May 2025, seven suspected ISIS members were arrested by the Iraqi intelligence service in Mosul (Ninewa).|Strategic developments|Arrests||0
        # a toll of a whole state or country is no incident's figure
        On 29 March 2025, bandits killed a vigilante in Gusau (Zamfara). In the last 24 hours, 30 people were killed across the state.|Battles|Armed clash||1
        On 5 July 2025, militants attacked an army post in Kidal (Kidal), killing a soldier. Eleven soldiers have died nationwide in such attacks.|Battles|Armed clash||1
        # a count shared by death and injury is neither's; "including N dead" after casualties is the deaths
        On 2 August 2025, a suicide car bomb struck a base in Afgoye (Lower Shabelle), leaving 9 dead or injured.|Explosions/Remote violence|Suicide bomb||0
        On 1 August 2025, militants attacked a convoy near Bardera (Gedo), killing and wounding 12 soldiers.|Battles|Armed clash||0
        On 3 August 2025, an IED hit a minibus in Bannu (Khyber Pakhtunkhwa), causing 14 casualties, including 3 dead.|Explosions/Remote violence|Remote explosive/landmine/IED||3
        # an exchange of artillery or mortar fire between two sides is a battle (events round 8: ACLED codes real notes
        # so; round 6 had made it shelling)
        On 22 August 2025, Thai and Cambodian troops exchanged artillery fire along the border near Ta Muen Thom (Surin). One Thai soldier was killed.|Battles|Armed clash||1
        On 23 August 2025, Kyrgyz and Tajik border guards traded mortar fire near Batken (Batken), wounding three civilians.|Battles|Armed clash||0
        # agreements to exchange prisoners; a ceasefire ended is a change of activity
        On 10 August 2025, the Houthis and the government agreed to exchange 200 prisoners in Muscat (Muscat).|Strategic developments|Agreement||0
        On 11 August 2025, the TTP announced the end of its ceasefire with the government in Peshawar (Khyber Pakhtunkhwa).|Strategic developments|Change to group/activity||0
        # protests told as gatherings at a seat of power, agitations, strikes people go on; what a protest remembers is no event
        On 4 September 2025, supporters of former president Zuma gathered outside the court in Pietermaritzburg (KwaZulu-Natal).|Protests|Peaceful protest||0
        On 5 September 2025, farmers in Punjab (Punjab) staged a rail roko agitation, sitting on railway tracks in Amritsar.|Protests|Peaceful protest||0
        On 26 September 2025, workers at the port of Mombasa (Mombasa) went on a sit-down strike over privatisation plans.|Protests|Peaceful protest||0
        On 10 September 2025, relatives of the victims of the Beirut port explosion protested near the Justice Palace in Beirut (Beirut).|Protests|Peaceful protest||0
        # a one-sided attack on a civilian place told by another verb of the sentence
        On 6 August 2025, gunmen stormed a bar in Irapuato (Guanajuato) and opened fire. There are six dead and three injured.|Violence against civilians|Attack||6
        # a similar incident told for comparison after the lead is another event
        On 4 August 2025, gunmen attacked a village in Bokkos (Plateau). Two people were killed. The two victims were farmers.|Violence against civilians|Attack||2
        On 9 October 2025, gunmen killed two traders in Zurmi (Zamfara). Three others were killed in a similar attack on Monday.|Violence against civilians|Attack||2
        """)
    void codesTheNoteAsAcledDoes(String note, String type, String subtype, String admin1, String killed) {
        AcledNotesTest.check(note, type, subtype, admin1, killed);
    }
}

package dev.conflictstream.enrich.extract;

import dev.conflictstream.enrich.extract.PlaceFinder.Mention;
import dev.conflictstream.enrich.geo.Gazetteer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;

/**
 * Rule-based event extractor: article text in, ACLED-coded events and resolved place mentions out.
 *
 * <p>Per article: tokenize once ({@link Tokens}), find and resolve places ({@link PlaceFinder}), then
 * per sentence read dates ({@link Dates}), triggers ({@link Triggers}) with the hypothetical /
 * negation / background filters, and casualty figures ({@link Casualties}). Sentence events are
 * merged as ACLED does ({@link EventDrafts}: a follow-up sentence without its own place belongs to the
 * event before it) and each event gets the place of its own sentence, else the nearest earlier one,
 * else the article's focus ({@link EventPlacer}, which also makes the same type, region and day one
 * event). Pure, deterministic and thread-safe: no state survives a call except the immutable
 * gazetteer and word tables; {@link #explain} traces the reasoning through a {@link Trace}.
 */
public final class Extractor {
    public static final String VERSION = "rules-16";

    /** Tuning switches that change output; the defaults are what {@link #VERSION} means. */
    public record Options(boolean demonymsAsPlaces) {
        public static final Options DEFAULT = new Options(true);
    }

    private static final long H_HAD = LongIntMap.h("had");
    /** Headline "X will pay as missiles kill 23": "as" opening a clause ends the look-back ("such as", "as well as" do not). */
    private static final long H_AS = LongIntMap.h("as"), H_SUCH = LongIntMap.h("such"), H_WELL = LongIntMap.h("well");
    private static final LongIntMap RELATIVE_PRONOUN = LongIntMap.words("who", "which", "that");
    private static final long H_TO = LongIntMap.h("to"), H_IF = LongIntMap.h("if"), H_UNLESS = LongIntMap.h("unless"),
            H_SHOULD = LongIntMap.h("should"), H_DUE = LongIntMap.h("due"), H_LED = LongIntMap.h("led"),
            H_ACCORDING = LongIntMap.h("according"), H_THE = LongIntMap.h("the"),
            H_POLICE = LongIntMap.h("police"), H_COALITION = LongIntMap.h("coalition"),
            H_TALIBAN = LongIntMap.h("taliban"), H_LOCAL = LongIntMap.h("local"),
            H_AUTHORITIES = LongIntMap.h("authorities"), H_ALSO = LongIntMap.h("also");
    static final LongIntMap ADDITIVE = new LongIntMap();
    static final LongIntMap DEATH = new LongIntMap();
    /**
     * Deaths from nature, disease or accident: a sentence with no trigger that names one ("Storm kills 3 in Texas",
     * "Floods leave 40 dead", "a bus collision kills 12", "Quake toll rises") is no conflict event; so is a blaze ("Fire kills 5 in
     * a market", "a fire in the house killed two": {@link Triggers#blaze}), but not "sniper fire kills a soldier"; "crash" is
     * left out: an aircraft that crashes in a war may have been shot down.
     */
    private static final LongIntMap NON_CONFLICT_CAUSE = LongIntMap.words("storm", "storms", "flood", "floods", "flooding",
            "quake", "earthquake", "earthquakes", "landslide", "landslides", "mudslide", "tornado", "tornadoes",
            "cyclone", "hurricane", "typhoon", "heatwave", "avalanche", "lightning", "drought",
            "accident", "accidents", "collision", "derailment", "capsized", "capsizes", "drowned", "drowning", "stampede",
            "blaze", "cholera", "outbreak", "epidemic", "covid", "virus", "disease", "overdose");

    static {
        for (String w : new String[] {"also", "other", "another", "additional", "additionally", "further", "second",
                "separate", "later", "subsequently"}) {
            ADDITIVE.put(LongIntMap.h(w), 1);
        }
        for (String w : new String[] {"killed", "dead", "died", "dies", "death", "deaths", "slain", "bodies", "killing",
                "killings", "kills", "perished", "deadly", "fatalities",
                // headline present with no count: "troops kill militants" ("to kill", "will kill" stay suppressed)
                "kill"}) {
            DEATH.put(LongIntMap.h(w), 1);
        }
    }

    private final Gazetteer g;
    private final PlaceFinder finder;
    private final EventPlacer placer;
    /** the country a demonym, country or capital token names, for event typing */
    private final LongFunction<String> countryCodes = this::countryCodeOf;

    public Extractor(Gazetteer gazetteer) {
        this(gazetteer, Options.DEFAULT);
    }

    public Extractor(Gazetteer gazetteer, Options options) {
        this.g = gazetteer;
        this.finder = new PlaceFinder(gazetteer, options.demonymsAsPlaces());
        this.placer = new EventPlacer(gazetteer);
    }

    /**
     * Runs only the tokenizer and sentence splitter over a text and returns the token count: the
     * floor the benchmark compares the whole extractor against.
     */
    public static int tokenizeOnly(String text) {
        return new Tokens(text).n;
    }

    public Extraction extract(ArticleText article) {
        return run(article, Trace.NONE);
    }

    /** Human-readable trace: sentences, place candidates and winners, triggers, numbers and how read. */
    public String explain(ArticleText article) {
        Trace trace = Trace.recording();
        Extraction x = run(article, trace);
        trace.add("== events\n");
        for (ExtractedEvent e : x.events()) trace.add("  ").add(e).end();
        return trace.toString();
    }

    /** An ACLED note's opening: an optional label, then "On 3 May 2020," / "Around 3 May 2020" / "As reported on 3 May". */
    private static final java.util.regex.Pattern ACLED_NOTE = java.util.regex.Pattern.compile(
            "(?:[A-Z][A-Za-z /-]{0,40}: )?(?:On|Around|As reported on|On or around) \\d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]+,? \\d{4}");

    /** What the sentences of one article have told so far; one per {@link #run}. */
    private static final class Article {
        final Tokens t;
        final String text;
        final LocalDate published;
        final List<Mention> mentions;
        final Trace trace;
        /** the text opens as an ACLED note does ("On 3 May 2020, ..."): ACLED's conventions for its notes apply */
        final boolean acledNote;
        /** where a scene place mention starts: the places a territory verb can take */
        final boolean[] placeStart;
        final boolean[] paragraphHasTrigger;
        final int[] paragraphTokens;
        /** the region the article is about, from its scene mentions (not sides or demonyms) */
        String sceneRegion;
        final EventDrafts drafts;
        /** Triggers.at's out-parameter: the tokens the trigger spans */
        final int[] span = new int[1];
        /** the first mention not before the sentence being read */
        int mention;
        /** the paragraph of the last background sentence, or -1 */
        int backgroundParagraph = -1;
        /** the sentence being read (one object, reset per sentence) */
        final Sentence sentence = new Sentence();

        Article(Tokens t, String text, LocalDate published, List<Mention> mentions, Trace trace, Gazetteer g) {
            this.t = t;
            this.text = text;
            this.published = published;
            this.acledNote = ACLED_NOTE.matcher(text).lookingAt();
            this.mentions = mentions;
            this.trace = trace;
            placeStart = new boolean[Math.max(1, t.n)];
            for (Mention m : mentions) if (m.scene()) placeStart[m.start] = true;
            paragraphHasTrigger = new boolean[t.n == 0 ? 1 : t.paragraph[t.n - 1] + 1];
            paragraphTokens = new int[paragraphHasTrigger.length];
            for (int i = 0; i < t.n; i++) paragraphTokens[t.paragraph[i]]++;
            drafts = new EventDrafts(g);
        }
    }

    /** What one sentence [st, en) says: its date, its strongest trigger, its figures and its own place. */
    private static final class Sentence {
        int s, st, en;
        Dates.Found date;
        Triggers.Trigger best;
        int bestAt, disruptedAt;
        /** the figures are a running tally ("since", "so far", "this year", "total") */
        boolean aggregate;
        Figure killed, injured;
        Mention own;
        /** the own place is a place of the article's region standing in for a small town elsewhere */
        boolean anchored;

        void start(Tokens t, int sentence) {
            s = sentence;
            st = t.sentStart[sentence];
            en = t.sentEnd[sentence];
            date = null;
            best = null;
            bestAt = -1;
            disruptedAt = -1;
            aggregate = false;
            killed = null;
            injured = null;
            own = null;
            anchored = false;
        }
    }

    private Extraction run(ArticleText a, Trace trace) {
        String text = a.text() == null ? "" : a.text();
        Tokens t = new Tokens(text).classify();
        List<Mention> mentions = findPlaces(t, text, trace);
        Article art = new Article(t, text, a.published(), mentions, trace, g);
        List<Mention> scene = new ArrayList<>();
        for (Mention m : mentions) if (m.scene()) scene.add(m);
        art.sceneRegion = placer.focusRegion(scene);
        for (int s = 0; s < t.sentences; s++) readSentence(art, s);
        List<ExtractedEvent> events = placer.place(t, text, mentions, art.drafts.all(), art.paragraphHasTrigger,
                art.paragraphTokens);
        return new Extraction(List.copyOf(events), List.copyOf(placeMentions(t, text, mentions)));
    }

    /** The resolved place mentions of the text; the trace lists them with their candidates and scores. */
    private List<Mention> findPlaces(Tokens t, String text, Trace trace) {
        Trace skipped = trace.on() ? Trace.recording() : Trace.NONE;
        List<Mention> mentions = finder.find(t, skipped);
        if (trace.on()) {
            trace.add("== places\n").add(skipped);
            for (Mention m : mentions) {
                trace.add("  '").add(text, t.start[m.start], t.end[m.end - 1]).add("' candidates=")
                        .add(m.candidates.length).add(" -> ").add(g.name(m.entity)).add(" [")
                        .add(g.countryCode(m.entity)).add(' ').add(g.admin1Code(m.entity)).add("] score=")
                        .add(Math.round(m.score)).add(m.why).add(m.demonym ? " demonym" : "")
                        .add(m.actorUse ? " actor" : "").add(m.homeland ? " homeland" : "").add(m.relative ? " relative" : "").add('\n');
            }
        }
        return mentions;
    }

    private List<PlaceMention> placeMentions(Tokens t, String text, List<Mention> mentions) {
        List<PlaceMention> places = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            int s0 = t.start[m.start], e0 = t.end[m.end - 1];
            String mention = text.substring(s0, e0);
            places.add(new PlaceMention(s0, e0, mention, g.toPlace(m.entity, mention)));
        }
        return places;
    }

    /** Reads sentence s: skips it (garbled, background, conditional), or drafts its event, or completes the last. */
    private void readSentence(Article a, int s) {
        Tokens t = a.t;
        Trace trace = a.trace;
        Sentence x = a.sentence;
        x.start(t, s);
        int st = x.st, en = x.en;
        if (st >= en) return;
        if (t.garbled[s]) {
            if (trace.on()) trace.add("== sentence ").add(s).add(": bytes read as text, skipped\n");
            return;
        }
        if (trace.on()) trace.add("== sentence ").add(s).add(" [").add(t.start[st]).add(',')
                .add(t.end[en - 1]).add(") ").add(a.text, t.start[st], Math.min(t.end[en - 1], t.start[st] + 160))
                .add('\n');
        x.date = Dates.find(t, st, en, a.published);
        boolean afterBackground = a.backgroundParagraph == t.paragraph[st];
        a.backgroundParagraph = -1;
        if (x.date.background() || a.drafts.recapOfEarlierDays(x.date)) {
            if (trace.on()) trace.add("    background (dated or 'since'): skipped\n");
            a.backgroundParagraph = t.paragraph[st];
            return;
        }
        // "Three others were killed in a similar attack on Monday": after the lead, another incident told for comparison
        if (s > 0 && similarIncident(t, st, en)) {
            if (trace.on()) trace.add("    a similar incident, told for comparison: skipped\n");
            a.backgroundParagraph = t.paragraph[st];
            return;
        }
        long firstHash = t.hash[st];
        if (firstHash == H_IF || firstHash == H_UNLESS || firstHash == H_SHOULD) {
            if (trace.on()) trace.add("    conditional sentence: skipped\n");
            return;
        }
        readTriggers(a, x);
        readFigures(a, x);
        if (x.best == null && harmsWithoutTrigger(a, x, afterBackground)) {
            a.backgroundParagraph = t.paragraph[st];
            return;
        }
        if ((x.killed != null || x.injured != null) && Casualties.recentWindow(t, st, en)) {
            if (trace.on()) trace.add("    figures are a tally of a recent window (last 24 hours / past week): dropped\n");
            x.killed = null;
            x.injured = null;
        }
        placeSentence(a, x);
        if (x.best == null) {
            // a sentence without an event can still say where the previous one happened
            a.drafts.followUp(t, st, en, x.own, x.killed, x.injured, x.date);
            return;
        }
        a.paragraphHasTrigger[t.paragraph[st]] = true;
        a.drafts.add(draft(a, x));
    }

    /** The sentence's strongest trigger that states an event (not planned, negated, a modifier, or taking no place). */
    private void readTriggers(Article a, Sentence x) {
        Tokens t = a.t;
        Trace trace = a.trace;
        int st = x.st, en = x.en;
        Triggers.Trigger label = NoteLabels.at(t, st, en);
        if (label != null) {
            if (trace.on()) trace.add("    ACLED label '").add(label.word()).add("' -> ").add(label.type()).add(" / ")
                    .add(label.subtype()).add('\n');
            x.best = label;
            x.bestAt = st;
            return;
        }
        for (int k = st; k < en; k++) {
            Triggers.Trigger tr = Triggers.at(t, k, en, a.span);
            if (tr == null) continue;
            String blocked = suppressed(t, st, k);
            // "farmers blocked roads to protest against ...": the protest is the purpose of what they did, not a
            // plan (plans, threats and modals before it still suppress it)
            if ("to".equals(blocked) && tr.type().equals(Triggers.PROTESTS)) blocked = suppressedBeforeTo(t, st, k);
            if (blocked != null) {
                if (trace.on()) trace.add("    trigger '").add(tr.word()).add("' suppressed by '").add(blocked).add("'\n");
                continue;
            }
            String modifier = Triggers.modifierUse(t, k, st, en);
            if (modifier != null) {
                if (trace.on()) trace.add("    '").add(t.word(k)).add("' ").add(modifier).add(": not a trigger\n");
                continue;
            }
            // events round 18: a pair of its own ("seized power") is no verb of taking
            if (Triggers.taking(t.hash[k]) && (a.span[0] == 1 || Triggers.near(tr) || Triggers.powerThing(t, k + a.span[0], en))) {
                // "captured the town of ...": territory; "captured two militants", "captured in Kandahar": an arrest
                int object = Triggers.takenObject(t, k, en, a.placeStart);
                tr = object == Triggers.OBJECT_PLACE ? Triggers.TERRITORY
                        : object == Triggers.OBJECT_WEAPONS ? Triggers.WEAPONS_SEIZED
                        : object == Triggers.OBJECT_GOODS ? Triggers.GOODS_SEIZED : Triggers.CAPTURE_PERSON;
            } else if (Triggers.takenAway(tr) && !takesPeople(t, st, k, k + a.span[0], en, a.placeStart)) {
                // events round 14: "took away their phones", "was taken away by the current": nobody taken as the object
                if (trace.on()) trace.add("    '").add(tr.word()).add("' takes no person: not a trigger\n");
                k += a.span[0] - 1;
                continue;
            } else if (Triggers.shutdownForced(tr) && !Triggers.crowdForces(t, st, k)) {
                // events round 15: "shops were forced to close", "the lockdown forced schools to shut": no crowd's act
                if (trace.on()) trace.add("    '").add(tr.word()).add("' forced by no crowd: not a trigger\n");
                continue;
            } else if (Triggers.territory(tr) && Triggers.takenObject(t, k + a.span[0] - 1, en, a.placeStart) != Triggers.OBJECT_PLACE) {
                // "took control of the situation in Kharkiv", "liberated three hostages": no place taken
                if (trace.on()) trace.add("    '").add(tr.word()).add("' takes no place: not a trigger\n");
                k += a.span[0] - 1;
                continue;
            }
            // "reinforcements were sent to Djibo following the attacks": an event named as the reason of another is
            // told before; it codes the sentence only when nothing else does
            // "55 people were arrested for participating in protests": the protest is what they were arrested for
            if (retrospective(t, st, k) && !tr.type().equals(Triggers.PROTESTS)
                    || tr.type().equals(Triggers.PROTESTS) && takingPartFor(t, st, k) || toldAsWhatFollowed(t, st, k)) {
                if (trace.on()) trace.add("    '").add(tr.word()).add("' names an earlier event: lowest priority\n");
                tr = new Triggers.Trigger(tr.type(), tr.subtype(), RETROSPECTIVE_PRIORITY, tr.word());
            }
            if (x.disruptedAt < 0 && tr.subtype().equals("Disrupted weapons use")) x.disruptedAt = k;
            if (trace.on()) trace.add("    trigger '").add(tr.word()).add("' -> ").add(tr.type()).add(" / ")
                    .add(tr.subtype()).add('\n');
            if (x.best == null || tr.priority() > x.best.priority()) {
                x.best = tr;
                x.bestAt = k;
            }
            // a pair's words are read; a near phrase's inner words ("with a guided bomb") may hold triggers of their own
            if (!Triggers.near(tr)) k += a.span[0] - 1;
        }
    }

    /** The sentence's killed and injured figures, unless a tally; a result trigger in a tally is no event either. */
    private void readFigures(Article a, Sentence x) {
        Tokens t = a.t;
        Trace trace = a.trace;
        int st = x.st, en = x.en;
        x.aggregate = Casualties.aggregate(t, st, en);
        if (x.best != null && x.best.priority() == Triggers.RESULT && (x.aggregate || Casualties.recentWindow(t, st, en)
                || Casualties.dailyWindow(t, st, en))) {
            // "the enemy lost 900 soldiers in the last 24 hours": a ministry's tally of the front, no incident
            if (trace.on()) trace.add("    '").add(x.best.word()).add("' in a tally: no event\n");
            x.best = null;
        }
        // "..., an issue that killed 3 people in June": the clause of a recap date tells no figure of today's event
        int figuresEnd = x.date.recapClause() >= 0 ? x.date.recapClause() : en;
        x.killed = Casualties.find(t, st, figuresEnd, Lexicon.KILL, trace);
        x.injured = Casualties.find(t, st, figuresEnd, Lexicon.INJURE, trace);
        if ((x.killed != null || x.injured != null) && x.aggregate) {
            if (trace.on()) trace.add("    figures are a tally (since / so far / this year / total): dropped\n");
            x.killed = null;
            x.injured = null;
        }
        if (x.killed != null && x.killed.low() > 0 && killedSuppressed(t, st, en)) x.killed = null;
        // events round 12: ACLED codes "more than 20" in its own notes as 20 (a news report's "more than 20" stays 21,
        // the next integer, as ISAF's releases were coded)
        if (a.acledNote && x.killed != null && x.killed.qualifier() == Qualifier.MORE_THAN && x.killed.low() > 1) {
            x.killed = new Figure(x.killed.low() - 1, x.killed.high(), Qualifier.MORE_THAN, x.killed.text());
        }
        // (only a riot's: "Russia protests over a photographer's killing" is a protest note about the killing, UCDP's event)
        // and property a crowd destroys: "set ablaze a police post after a man died in custody"
        if (x.killed != null && x.best != null && (x.best.type().equals(Triggers.RIOTS)
                || x.best.subtype().equals("Looting/property destruction")) && Casualties.causeOfUnrest(t, x.bestAt, en)) {
            // "a mob attacked a police station after a youth died in custody": the death the crowd answers
            if (trace.on()) trace.add("    deaths are the cause of the unrest: dropped\n");
            x.killed = null;
        }
        if (x.killed != null && x.best != null && x.best.type().equals(Triggers.PROTESTS)
                && Casualties.causeBeforeProtest(t, st, x.bestAt)) {
            if (trace.on()) trace.add("    deaths before the protest are its cause: dropped\n");
            x.killed = null;
        }
    }

    /**
     * A sentence without a trigger that states harm: the toll of the background sentence before it (true: the
     * sentence is background too), else its own event, violence against civilians or a fallback killing.
     */
    private boolean harmsWithoutTrigger(Article a, Sentence x, boolean afterBackground) {
        Tokens t = a.t;
        int st = x.st, en = x.en;
        boolean harmed = x.killed != null && x.killed.low() > 0 || x.injured != null && x.injured.low() > 0
                || x.killed == null && deathWord(t, st, en);
        if (!harmed || t.anyWord(st, en, NON_CONFLICT_CAUSE) || Triggers.blazeIn(t, st, en)) return false;
        if (afterBackground && x.date.date() == null) {
            // "In 2014, rebels seized the city. Dozens were killed.": the toll of the background before it
            if (a.trace.on()) a.trace.add("    deaths without a trigger or a date after a background sentence: background\n");
            return true;
        }
        if (!x.aggregate) {
            x.best = EventTyping.civilianVictims(t, st, en, false) ? Triggers.KILL_CIVILIANS : Triggers.KILL_FALLBACK;
            x.bestAt = st;
            if (a.trace.on()) a.trace.add("    deaths without a trigger -> ").add(x.best.type()).add('\n');
        }
        return false;
    }

    /** The sentence's own place among its mentions, anchored in the article's region when it is a small town elsewhere. */
    private void placeSentence(Article a, Sentence x) {
        List<Mention> mentions = a.mentions;
        while (a.mention < mentions.size() && mentions.get(a.mention).start < x.st) a.mention++;
        int mi = a.mention, mj = mi;
        while (mj < mentions.size() && mentions.get(mj).start < x.en) mj++;
        x.own = pickPlace(mentions, mi, mj, x.bestAt);
        if (x.own == null || a.sceneRegion == null || !weakOffRegion(x.own, a.sceneRegion)) return;
        // "near the villages of Kotlyne and Udachne, southwest of Pokrovsk" in a Donetsk report: a small
        // town of another region does not place the event when the sentence names a place of the
        // article's region; the event is anchored near that place
        Mention inRegion = null;
        for (int i = mi; i < mj && inRegion == null; i++) {
            Mention m = mentions.get(i);
            if (m.scene() && !m.origin && g.kind(m.entity) != Gazetteer.KIND_COUNTRY
                    && a.sceneRegion.equals(g.admin1Code(m.entity))) inRegion = m;
        }
        if (inRegion == null) return;
        if (a.trace.on()) a.trace.add("    place ").add(g.name(x.own.entity)).add(" (").add(g.admin1Code(x.own.entity))
                .add(") is a small town outside the article's region ").add(a.sceneRegion).add(": anchored on ")
                .add(g.name(inRegion.entity)).add('\n');
        x.own = inRegion;
        x.anchored = g.kind(x.own.entity) == Gazetteer.KIND_PLACE;
    }

    /** The event of a sentence with a trigger: its coding after precedence, place, date, figures, claims, actors. */
    private EventDrafts.Draft draft(Article a, Sentence x) {
        Tokens t = a.t;
        int st = x.st, en = x.en;
        Mention own = x.own;
        Triggers.Trigger typed = NoteLabels.isLabel(x.best) ? x.best : EventTyping.refine(x.best, x.bestAt, t, st, en,
                x.killed, x.injured, x.disruptedAt, own == null ? null : g.countryCode(own.entity), countryCodes);
        // protest typing builds a new trigger even when the coding stays: compare the coding, not the object
        boolean recoded = !typed.type().equals(x.best.type()) || !typed.subtype().equals(x.best.subtype());
        if (a.trace.on() && recoded) a.trace.add("    precedence: ").add(x.best.subtype()).add(" -> ")
                .add(typed.type()).add(" / ").add(typed.subtype()).add('\n');
        EventDrafts.Draft d = new EventDrafts.Draft();
        d.trigger = typed;
        d.place = own;
        d.ownPlace = own != null;
        d.relative = own != null && (own.relative || x.anchored);
        boolean dated = x.date.date() != null;
        d.date = dated ? x.date.date() : a.published;
        d.datePrecision = dated ? x.date.precision() : Dates.DAY;
        d.explicitDate = dated;
        d.killed = new EventFigures(x.killed);
        d.injured = new EventFigures(x.injured);
        d.sentence = x.s;
        d.paragraph = t.paragraph[st];
        d.evStart = t.start[st];
        d.evEnd = t.end[en - 1];
        d.additive = additive(t, st, en);
        // "Also killed were ...", and since events round 8 "Three militants were also killed": more deaths on top
        d.alsoKilled = t.hash[st] == H_ALSO || st + 1 < en && t.hash[st + 1] == H_ALSO || alsoBeforeDeath(t, st, en);
        d.killedSide = x.killed != null && x.killed.low() > 0 ? Casualties.victimSide(t, st, en) : 0;
        d.killedMore = Casualties.countedAsMore(t, st, en, x.killed);
        d.injuredMore = Casualties.countedAsMore(t, st, en, x.injured);
        d.killedRestated = Casualties.restated(t, st, en, x.killed);
        d.killedTotal = x.killed != null && Casualties.fatalityTally(t, st, en);
        d.injuredRestated = Casualties.restated(t, st, en, x.injured);
        d.exchangeOfFire = EventTyping.exchangeOfFire(typed, t, st, en);
        d.oneArrested = typed.subtype().equals("Arrests") && EventTyping.pronounSubject(t, st, en);
        claims(t, st, en, d);
        actors(t, st, en, d);
        if (a.trace.on()) a.trace.add("    event ").add(d.trigger.type()).add(" / ").add(d.trigger.subtype())
                .add(" place=").add(own == null ? "-" : g.name(own.entity)).add(" date=").add(d.date).add(d.datePrecision > Dates.DAY ? d.datePrecision == Dates.WEEK ? " (week)" : " (month)" : "")
                .add(d.claimed ? " claimed" + (d.claimedBy != null ? " by " + d.claimedBy : "") : "").add('\n');
        return d;
    }

    private static final long H_SIMILAR = LongIntMap.h("similar");
    private static final LongIntMap INCIDENT = LongIntMap.words("attack", "attacks", "incident", "incidents", "ambush",
            "ambushes", "raid", "raids", "bombing", "bombings", "killing", "killings", "assault", "assaults", "blast",
            "blasts", "explosion", "explosions", "strike", "strikes", "kidnapping", "kidnappings", "abduction", "abductions");

    /** "in a similar attack", "a similar incident": another incident of the same kind, up to 2 tokens after "similar". */
    private static boolean similarIncident(Tokens t, int st, int en) {
        for (int k = st; k < en; k++) {
            if (t.hash[k] != H_SIMILAR) continue;
            for (int j = k + 1; j < Math.min(en, k + 3); j++) if (INCIDENT.get(t.hash[j]) != 0) return true;
        }
        return false;
    }

    /** Below every trigger, above none: an event named only as the reason of another. */
    private static final int RETROSPECTIVE_PRIORITY = 11;
    private static final LongIntMap REFERRING = LongIntMap.words("the", "these", "those", "recent", "that", "this");
    private static final LongIntMap AFTERWARDS = LongIntMap.words("following", "after", "since", "for");

    /**
     * "following the attacks", "after the recent clashes", "in retaliation for the attack": the trigger names an event
     * told before, as the reason or time of what the sentence reports.
     */
    private static boolean retrospective(Tokens t, int st, int k) {
        if (victimsOf(t, st, k)) return true;
        if (k - 2 < st || REFERRING.get(t.hash[k - 1]) == 0) return false;
        if (afterwards(t, st, k - 2)) return true;
        // "after the recent clashes"
        return k - 3 >= st && t.hash[k - 1] == H_RECENT_R && REFERRING.get(t.hash[k - 2]) != 0 && afterwards(t, st, k - 3);
    }

    private static final long H_BEFORE_R = LongIntMap.h("before"), H_BEING_R = LongIntMap.h("being");

    /** "a suspect was beaten by a crowd before being detained": what followed the event, told after "before (being)". */
    private static boolean toldAsWhatFollowed(Tokens t, int st, int k) {
        return k - 1 >= st && t.hash[k - 1] == H_BEFORE_R
                || k - 2 >= st && t.hash[k - 2] == H_BEFORE_R && t.hash[k - 1] == H_BEING_R;
    }

    private static final LongIntMap TAKING_PART = LongIntMap.words("participating", "participation", "taking", "joining",
            "organising", "organizing", "attending", "leading", "inciting");
    private static final long H_FOR_R = LongIntMap.h("for");

    /** "arrested for participating in protests", "for taking part in the march": "for" and a joining word before k. */
    private static boolean takingPartFor(Tokens t, int st, int k) {
        for (int j = k - 2; j >= Math.max(st, k - 5); j--) {
            if ((t.gap[j + 1] & (Tokens.G_COMMA | Tokens.G_COLON)) != 0) return false;
            if (t.hash[j] == H_FOR_R && TAKING_PART.get(t.hash[j + 1]) != 0) return true;
        }
        return false;
    }

    private static final LongIntMap REMEMBERED = LongIntMap.words("victims", "victim", "relatives", "families",
            "survivors", "anniversary", "memory", "commemoration", "remembrance", "martyrs");
    private static final long H_OF_R = LongIntMap.h("of");

    /**
     * "relatives of the victims of the port explosion protested", "the anniversary of the massacre": the trigger is what
     * people remember, up to 5 tokens after "victims of" in its clause.
     */
    private static boolean victimsOf(Tokens t, int st, int k) {
        for (int j = k - 1; j >= Math.max(st + 1, k - 5); j--) {
            if ((t.gap[j + 1] & (Tokens.G_COMMA | Tokens.G_COLON)) != 0) return false;
            if (t.hash[j] == H_OF_R && REMEMBERED.get(t.hash[j - 1]) != 0) return true;
        }
        return false;
    }

    /** "following", "after", "since", "for" (retaliation for), or "in response / reaction to". */
    private static boolean afterwards(Tokens t, int st, int p) {
        return AFTERWARDS.get(t.hash[p]) != 0 || t.hash[p] == H_TO && p - 1 >= st && RESPONSE.get(t.hash[p - 1]) != 0;
    }

    private static final long H_RECENT_R = LongIntMap.h("recent");
    private static final LongIntMap RESPONSE = LongIntMap.words("response", "reaction", "reply", "retaliation");

    /**
     * The taking-away trigger at k (its words end before {@code after}) takes people: in the passive ("a herder was
     * taken away by armed men", events round 15) an armed, unknown or state agent after "by" and no dead or wounded as
     * its subject ("the wounded were taken away by medics" is an evacuation); in the active a person as its object,
     * neither the dead nor the wounded, and no natural force as the subject ("floods carried off two children").
     */
    private static boolean takesPeople(Tokens t, int st, int k, int after, int en, boolean[] placeStart) {
        if (EventTyping.passiveAt(t, st, k) || after < en && Triggers.agentEnd(t, after, en) > 0) {
            return Triggers.takenByArmed(t, after, en) && !Triggers.evacuated(t, st, k);
        }
        return Triggers.takenObject(t, k + 1, en, placeStart) == Triggers.OBJECT_PERSON
                && !Triggers.evacuated(t, after, Math.min(en, after + 4)) && !t.anyWord(st, k, NON_CONFLICT_CAUSE)
                && !t.anyWord(st, k, WATER);
    }

    /** Water that carries people off ("the river carried off two boys"), besides the floods of {@link #NON_CONFLICT_CAUSE}. */
    private static final LongIntMap WATER = LongIntMap.words("river", "rivers", "current", "currents", "waters", "waves", "torrent");

    /** Why the trigger at k does not state an event, or null: a modal, plan, negation or recap word before it. */
    private static String suppressed(Tokens t, int st, int k) {
        // "police officers who had arrested a motorcyclist": a relative clause tells what happened before
        if (k - 2 >= st && t.hash[k - 1] == H_HAD && RELATIVE_PRONOUN.get(t.hash[k - 2]) != 0) return "who had";
        if (k - 1 >= st && t.hash[k - 1] == H_TO && !(k - 2 >= st && (t.hash[k - 2] == H_DUE || t.hash[k - 2] == H_LED))) {
            return "to";
        }
        for (int j = k - 1; j >= Math.max(st, k - 6); j--) {
            // "a soldier or a bandit (witnesses do not agree) shot a trader": an aside in brackets negates nothing outside
            if ((t.gap[j + 1] & (Tokens.G_COMMA | Tokens.G_COLON | Tokens.G_PAREN)) != 0) break;
            if (verbAfterRole(t, j, k)) break;
            if (role(t, j, k)) return t.word(j);
            if (t.hash[j] == H_AS && t.hash[j + 1] != H_WELL && !(j - 1 >= st && t.hash[j - 1] == H_SUCH)) break;
            int c = t.classes(j);
            if ((c & (Lexicon.MODAL | Lexicon.PLAN | Lexicon.NEG | Lexicon.BACKGROUND)) != 0) {
                if ((c & Lexicon.MODAL) != 0 && t.is(j, Tokens.CAP) && !t.sentenceInitial(j)) continue; // "May"
                // "foiled a terror plot and seized suicide vests": a plan undone is no hypothesis of what follows
                if ((c & Lexicon.PLAN) != 0 && foiled(t, st, j)) continue;
                return t.word(j);
            }
        }
        return null;
    }

    /** A person's part in attacks, before a preposition: "responsible for", "linked to", "suspected of", "wanted for". */
    private static final LongIntMap ROLE = LongIntMap.words("responsible", "involvement", "linked", "connected",
            "suspected", "accused", "wanted", "known", "notorious");
    private static final LongIntMap ROLE_PREPOSITION = LongIntMap.words("for", "in", "to", "of", "with");
    /** A person's part in attacks as a gerund: "coordinating and leading attacks", "facilitating IED attacks". */
    private static final LongIntMap ROLE_GERUND = LongIntMap.words("coordinating", "facilitating", "orchestrating",
            "masterminding", "financing", "funding", "plotting");

    /**
     * Events round 14 (role descriptions). The word at j tells someone's part in attacks, not that one happened: "the
     * leader is responsible for IED attacks against the army", "a commander linked to the bombing of the market", "a
     * facilitator coordinating and financing attacks", "two men suspected of involvement in the attack were arrested"
     * (the arrest is the event). A role word needs its preposition right after it, the trigger at k after them, and no
     * verb of its own between ("suspected militants attacked a post", "a man suspected of theft was lynched" are
     * events); a gerund stands alone ("launched coordinated attacks" is one too).
     */
    private static boolean role(Tokens t, int j, int k) {
        // "Facilitator Linked to Election Attacks Captured in Ghazni": a verb after the attacks is the event
        if (t.end[k] - t.start[k] > 4 && t.text.regionMatches(true, t.end[k] - 2, "ed", 0, 2)) return false;
        if (ROLE_GERUND.get(t.hash[j]) != 0) return true;
        // "suspected of", "responsible for"; not "suspected militants in a gunfight"
        if (ROLE.get(t.hash[j]) == 0 || j + 1 >= k || ROLE_PREPOSITION.get(t.hash[j + 1]) == 0) return false;
        for (int m = j + 2; m < k; m++) {
            // "a man suspected of witchcraft was lynched": a verb of its own after the role is the event
            if (AUXILIARY.get(t.hash[m]) != 0) return false;
        }
        return true;
    }

    private static final LongIntMap AUXILIARY = LongIntMap.words("was", "were", "is", "are", "has", "have", "had", "been");

    /**
     * Events round 15. The trigger at k is the main verb after a role phrase opened at j: a headline
     * of a person "Linked to" or "Accused of" something, then a past death verb (a past form, regular or irregular, after the role's object): the
     * role hides only a trigger inside its phrase, and the words before the role belong to the subject, not the verb.
     */
    private static boolean verbAfterRole(Tokens t, int j, int k) {
        // (the death word of "Shot Dead" too: the past form right before it)
        // "a man linked to the gang that shot a trader": a verb after a relative pronoun tells the role, not the event
        return ROLE.get(t.hash[j]) != 0 && j + 2 < k && ROLE_PREPOSITION.get(t.hash[j + 1]) != 0
                && (pastForm(t, k) || k - 1 > j + 2 && pastForm(t, k - 1)) && t.first(j + 2, k, RELATIVE_PRONOUN) < 0;
    }

    private static boolean pastForm(Tokens t, int k) {
        return IRREGULAR_PAST.get(t.hash[k]) != 0 || t.end[k] - t.start[k] > 4 && t.text.regionMatches(true, t.end[k] - 2, "ed", 0, 2);
    }
    /** Irregular past participles that start a trigger ("shot dead", "found dead", "hit by a drone"). */
    private static final LongIntMap IRREGULAR_PAST = LongIntMap.words("shot", "slain", "found", "hit", "struck", "beaten",
            "caught", "held", "taken", "blown", "overrun", "burnt", "stabbed", "hanged");

    private static final LongIntMap FOILING = LongIntMap.words("foiled", "thwarted", "busted", "averted", "uncovered",
            "frustrated", "foil", "foils", "thwarts");

    /** A foiling verb up to 3 tokens before the plan word at j: "foiled a terror plot", "thwarted an attempt". */
    private static boolean foiled(Tokens t, int st, int j) {
        for (int m = j - 1; m >= Math.max(st, j - 3); m--) if (FOILING.get(t.hash[m]) != 0) return true;
        return false;
    }

    /** The modal, plan, negation or recap word before "to <trigger>", or null. */
    private static String suppressedBeforeTo(Tokens t, int st, int k) {
        return k - 2 >= st ? suppressed(t, st, k - 1) : null;
    }

    private static boolean killedSuppressed(Tokens t, int st, int en) {
        for (int k = st; k < en; k++) {
            if (t.has(k, Lexicon.KILL)) return suppressed(t, st, k) != null && !"to".equals(suppressed(t, st, k));
        }
        return false;
    }

    /** A death stated without a number ("buries its dead", "the death of its representative"), not negated or hypothetical. */
    private static boolean deathWord(Tokens t, int st, int en) {
        for (int k = st; k < en; k++) {
            if (!t.in(k, TokenWords.DEATH) || t.is(k, Tokens.MIXED)) continue;
            if (suppressed(t, st, k) != null) return false;
            return true;
        }
        return false;
    }

    /**
     * "Two assailants were also killed": "also" right before a death word, with a count of its own before it ("he was
     * also killed" after a lead of three tells one of them).
     */
    private static boolean alsoBeforeDeath(Tokens t, int st, int en) {
        for (int k = st + 1; k < en; k++) {
            if (t.hash[k - 1] != H_ALSO || !t.has(k, Lexicon.KILL)) continue;
            for (int j = Math.max(st, k - 6); j < k - 1; j++) if (Numbers.isNumberToken(t, j)) return true;
        }
        return false;
    }

    private static boolean additive(Tokens t, int st, int en) {
        for (int k = st; k < en; k++) if (t.in(k, TokenWords.ADDITIVE)) return true;
        return false;
    }

    /** The sentence's own place: the most specific usable mention, an explicit region overriding a town elsewhere. */
    private Mention pickPlace(List<Mention> ms, int from, int to, int trigger) {
        Mention best = null, region = null;
        int bestRank = 9;
        // "shelling from Belgorod hits Kharkiv": where the fire came from is the scene only when nothing else is named
        boolean target = false;
        for (int i = from; i < to && !target; i++) target = ms.get(i).scene() && !ms.get(i).origin;
        for (int i = from; i < to; i++) {
            Mention m = ms.get(i);
            if (!m.scene() || target && m.origin) continue;
            int kind = g.kind(m.entity);
            // "in Djibo in northern Burkina Faso": the compass part of a country named with it qualifies the country and
            // is vaguer than any place the sentence names, the country included (which falls to that region when the
            // article names no other); a bare "in the east" stays the region it names
            boolean vague = m.compassCountry != null;
            int rank = vague ? 3 : kind == Gazetteer.KIND_PLACE ? 0 : kind == Gazetteer.KIND_ADMIN1 ? 1 : 2;
            if (kind == Gazetteer.KIND_ADMIN1 && region == null && !vague) region = m;
            // a place after a locative ("in Slavyansk") beats a bare one ("Kiev resumes ...")
            boolean loc = locative(m);
            if (rank < bestRank || rank == bestRank && best != null && (loc && !locative(best)
                    || loc == locative(best) && Math.abs(m.start - trigger) < Math.abs(best.start - trigger)
                    && m.start > trigger)) {
                best = m;
                bestRank = rank;
            }
        }
        if (best != null && region != null && best != region
                && !g.admin1Code(region.entity).equals(g.admin1Code(best.entity))
                && !namesRegionOf(ms, from, to, best)) {
            return region;
        }
        return best;
    }

    /** Another region mention of the sentence is the town's own ("the Sinaloa Cartel in Frontera Comalapa (Chiapas)"). */
    private boolean namesRegionOf(List<Mention> ms, int from, int to, Mention town) {
        String a1 = g.admin1Code(town.entity);
        for (int i = from; i < to; i++) {
            Mention m = ms.get(i);
            if (m.scene() && g.kind(m.entity) == Gazetteer.KIND_ADMIN1 && a1 != null
                    && a1.equals(g.admin1Code(m.entity))) return true;
        }
        return false;
    }

    /** A town of under 50,000 people, not an admin seat, outside {@code region}. */
    private boolean weakOffRegion(Mention m, String region) {
        int e = m.entity;
        return g.kind(e) == Gazetteer.KIND_PLACE && !region.equals(g.admin1Code(e)) && g.population(e) < 50_000
                && g.featureRank(e) < Gazetteer.FC_PPLA2;
    }

    private boolean locative(Mention m) {
        return m.locative;
    }

    private void claims(Tokens t, int st, int en, EventDrafts.Draft d) {
        for (int k = st; k < en; k++) {
            if (!t.has(k, Lexicon.CLAIM)) continue;
            d.claimed = true;
            if (t.hash[k] == H_ACCORDING && k + 2 < en && t.hash[k + 1] == H_TO) {
                int a = k + 2, b = a;
                while (b < en && b < a + 5 && (t.gap[b] & (Tokens.G_COMMA | Tokens.G_PERIOD | Tokens.G_STOP)) == 0 || b == a) b++;
                if (t.hash[a] == H_THE) a++;
                if (a < b) d.claimedBy = Casualties.span(t, a, b);
                return;
            }
            // capitalised run just before the verb: "the Russian Defense Ministry claims"
            int b = k, a = k;
            while (a - 1 >= st && t.is(a - 1, Tokens.CAP) && !t.sentenceInitial(a - 1) && (t.gap[a] & Tokens.G_COMMA) == 0) a--;
            if (a - 1 >= st && t.is(a - 1, Tokens.CAP) && t.sentenceInitial(a - 1) && t.hash[a - 1] != H_THE) a--;
            if (a < b && !(b - a == 1 && t.has(a, Lexicon.STOP_NAME))) d.claimedBy = Casualties.span(t, a, b);
            return;
        }
    }

    private void actors(Tokens t, int st, int en, EventDrafts.Draft d) {
        for (int k = st; k < en; k++) {
            long h = t.hash[k];
            if (h == H_TALIBAN) d.actors.add("Taliban");
            else if (t.wordIs(k, Lexicon.NON_STATE)) d.actors.add("Rebels/Insurgents");
            else if (t.wordIs(k, Lexicon.PROTESTER)) d.actors.add("Protesters");
            else if (t.wordIs(k, Lexicon.CIVILIAN) && !t.wordIs(k, Lexicon.FORCE) && h != H_LOCAL) d.actors.add("Civilians");
            else if (h == H_COALITION) d.actors.add("Coalition Forces");
            if (k + 1 < en && t.has(k + 1, Lexicon.FORCE) && t.is(k, Tokens.CAP)) {
                String country = countryOf(h);
                if (country != null) {
                    boolean police = t.hash[k + 1] == H_POLICE;
                    boolean authorities = t.hash[k + 1] == H_AUTHORITIES;
                    d.actors.add((police ? "Police Forces of " : authorities ? "Government of " : "Military Forces of ") + country);
                }
            }
        }
    }

    /** Country name for a demonym, country or capital token ("Russian", "Kiev"), else null. */
    private String countryOf(long h) {
        String code = countryCodeOf(h);
        int c = code == null ? -1 : g.countryEntity(code);
        return c < 0 ? null : g.name(c);
    }

    /** Country code for a demonym, country or capital token ("Russian", "Kiev"), else null. */
    private String countryCodeOf(long h) {
        int list = g.find(h);
        if (list < 0) return null;
        for (int i = 0; i < g.postings(list); i++) {
            int p = g.posting(list, i), e = p >> 2;
            if (g.kind(e) == Gazetteer.KIND_COUNTRY) return g.countryCode(e);
            if (g.kind(e) == Gazetteer.KIND_PLACE && g.featureRank(e) == Gazetteer.FC_PPLC) return g.countryCode(e);
        }
        return null;
    }
}

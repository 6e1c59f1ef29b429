package dev.conflictstream.enrich.extract;

import dev.conflictstream.enrich.geo.Gazetteer;
import dev.conflictstream.enrich.geo.ResolvedPlace;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Rule-based event extractor: article text in, ACLED-coded events and resolved place mentions out.
 *
 * <p>Per article: tokenize once ({@link Tokens}), find and resolve places ({@link PlaceFinder}), then
 * per sentence read dates ({@link Dates}), triggers ({@link Triggers}) with the hypothetical /
 * negation / background filters, and casualty figures ({@link Casualties}). Sentence events are
 * merged as ACLED does (a follow-up sentence without its own place belongs to the event before it;
 * the same type, region and day is one event) and each event gets the place of its own sentence,
 * else the nearest earlier one, else the article's focus. Pure, deterministic and thread-safe: no
 * state survives a call except the immutable gazetteer and word tables.
 */
public final class Extractor {
    public static final String VERSION = "rules-3";

    /** Tuning switches that change output; the defaults are what {@link #VERSION} means. */
    public record Options(boolean demonymsAsPlaces) {
        public static final Options DEFAULT = new Options(true);
    }

    private static final long H_TO = LongIntMap.h("to"), H_IF = LongIntMap.h("if"), H_UNLESS = LongIntMap.h("unless"),
            H_SHOULD = LongIntMap.h("should"), H_DUE = LongIntMap.h("due"), H_LED = LongIntMap.h("led"),
            H_ACCORDING = LongIntMap.h("according"), H_THE = LongIntMap.h("the"),
            H_POLICE = LongIntMap.h("police"), H_COALITION = LongIntMap.h("coalition"),
            H_TALIBAN = LongIntMap.h("taliban"), H_LOCAL = LongIntMap.h("local"),
            H_AUTHORITIES = LongIntMap.h("authorities"), H_ALSO = LongIntMap.h("also");
    private static final LongIntMap ADDITIVE = new LongIntMap();
    private static final LongIntMap DEATH = new LongIntMap();

    static {
        for (String w : new String[] {"also", "other", "another", "additional", "additionally", "further", "second",
                "separate", "later", "subsequently"}) {
            ADDITIVE.put(LongIntMap.h(w), 1);
        }
        for (String w : new String[] {"killed", "dead", "died", "dies", "death", "deaths", "slain", "bodies", "killing",
                "killings", "kills", "perished", "deadly", "fatalities"}) {
            DEATH.put(LongIntMap.h(w), 1);
        }
    }

    private final Gazetteer g;
    private final PlaceFinder finder;

    public Extractor(Gazetteer gazetteer) {
        this(gazetteer, Options.DEFAULT);
    }

    public Extractor(Gazetteer gazetteer, Options options) {
        this.g = gazetteer;
        this.finder = new PlaceFinder(gazetteer, options.demonymsAsPlaces());
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

    /** One sentence's event while merging. */
    private static final class Draft {
        Triggers.Trigger trigger;
        PlaceFinder.Mention place;
        boolean ownPlace, relative;
        LocalDate date;
        int datePrecision;
        boolean explicitDate;
        EventFigures killed, injured;
        String claimedBy;
        boolean claimed;
        int sentence, paragraph, evStart, evEnd;
        boolean additive, alsoKilled;
        /** the sentence's killed / injured count is marked as more ("three more", "two other") */
        boolean killedMore, injuredMore;
        Set<String> actors = new LinkedHashSet<>();
    }

    private Extraction run(ArticleText a, Trace trace) {
        String text = a.text() == null ? "" : a.text();
        LocalDate pub = a.published();
        Tokens t = new Tokens(text).classify();
        Trace skipped = trace.on() ? Trace.recording() : Trace.NONE;
        List<PlaceFinder.Mention> mentions = finder.find(t, skipped);
        if (trace.on()) {
            trace.add("== places\n").add(skipped);
            for (PlaceFinder.Mention m : mentions) {
                trace.add("  '").add(text, t.start[m.start], t.end[m.end - 1]).add("' candidates=")
                        .add(m.candidates.length).add(" -> ").add(g.name(m.entity)).add(" [")
                        .add(g.countryCode(m.entity)).add(' ').add(g.admin1Code(m.entity)).add("] score=")
                        .add(Math.round(m.score)).add(m.why).add(m.demonym ? " demonym" : "")
                        .add(m.actorUse ? " actor" : "").add(m.relative ? " relative" : "").add('\n');
            }
        }
        // where a scene place mention starts: the places a territory verb can take
        boolean[] placeStart = new boolean[Math.max(1, t.n)];
        for (PlaceFinder.Mention m : mentions) if (m.scene()) placeStart[m.start] = true;
        boolean[] paragraphHasTrigger = new boolean[t.n == 0 ? 1 : t.paragraph[t.n - 1] + 1];
        int[] paragraphTokens = new int[paragraphHasTrigger.length];
        for (int i = 0; i < t.n; i++) paragraphTokens[t.paragraph[i]]++;

        List<Draft> drafts = new ArrayList<>();
        int[] span = new int[1];
        int mi = 0;
        // the region the article is about, from its scene mentions (not sides or demonyms)
        String sceneRegion = null;
        {
            List<PlaceFinder.Mention> scene = new ArrayList<>();
            for (PlaceFinder.Mention m : mentions) if (m.scene()) scene.add(m);
            sceneRegion = focusRegion(scene);
        }
        int backgroundParagraph = -1; // the paragraph of the last background sentence
        for (int s = 0; s < t.sentences; s++) {
            int st = t.sentStart[s], en = t.sentEnd[s];
            if (st >= en) continue;
            if (t.garbled[s]) {
                if (trace.on()) trace.add("== sentence ").add(s).add(": bytes read as text, skipped\n");
                continue;
            }
            if (trace.on()) trace.add("== sentence ").add(s).add(" [").add(t.start[st]).add(',')
                    .add(t.end[en - 1]).add(") ").add(text, t.start[st], Math.min(t.end[en - 1], t.start[st] + 160))
                    .add('\n');
            Dates.Found date = Dates.find(t, st, en, pub);
            boolean afterBackground = backgroundParagraph == t.paragraph[st];
            backgroundParagraph = -1;
            if (date.background()) {
                if (trace.on()) trace.add("    background (dated or 'since'): skipped\n");
                backgroundParagraph = t.paragraph[st];
                continue;
            }
            long firstHash = t.hash[st];
            if (firstHash == H_IF || firstHash == H_UNLESS || firstHash == H_SHOULD) {
                if (trace.on()) trace.add("    conditional sentence: skipped\n");
                continue;
            }
            Triggers.Trigger best = null;
            int bestAt = -1, disruptedAt = -1;
            for (int k = st; k < en; k++) {
                Triggers.Trigger tr = Triggers.at(t, k, en, span);
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
                if (Triggers.taking(t.hash[k])) {
                    // "captured the town of ...": territory; "captured two militants", "captured in Kandahar": an arrest
                    int object = Triggers.takenObject(t, k, en, placeStart);
                    tr = object == Triggers.OBJECT_PLACE ? Triggers.TERRITORY
                            : object == Triggers.OBJECT_WEAPONS ? Triggers.WEAPONS_SEIZED : Triggers.CAPTURE_PERSON;
                } else if (Triggers.territory(tr) && Triggers.takenObject(t, k + span[0] - 1, en, placeStart) != Triggers.OBJECT_PLACE) {
                    // "took control of the situation in Kharkiv", "liberated three hostages": no place taken
                    if (trace.on()) trace.add("    '").add(tr.word()).add("' takes no place: not a trigger\n");
                    k += span[0] - 1;
                    continue;
                }
                if (disruptedAt < 0 && tr.subtype().equals("Disrupted weapons use")) disruptedAt = k;
                if (trace.on()) trace.add("    trigger '").add(tr.word()).add("' -> ").add(tr.type()).add(" / ")
                        .add(tr.subtype()).add('\n');
                if (best == null || tr.priority() > best.priority()) {
                    best = tr;
                    bestAt = k;
                }
                k += span[0] - 1;
            }
            boolean aggregate = Casualties.aggregate(t, st, en);
            if (best != null && best.priority() == Triggers.RESULT && (aggregate || Casualties.recentWindow(t, st, en)
                    || Casualties.dailyWindow(t, st, en))) {
                // "the enemy lost 900 soldiers in the last 24 hours": a ministry's tally of the front, no incident
                if (trace.on()) trace.add("    '").add(best.word()).add("' in a tally: no event\n");
                best = null;
            }
            Figure killed = Casualties.find(t, st, en, Lexicon.KILL, trace);
            Figure injured = Casualties.find(t, st, en, Lexicon.INJURE, trace);
            if ((killed != null || injured != null) && aggregate) {
                if (trace.on()) trace.add("    figures are a tally (since / so far / this year / total): dropped\n");
                killed = null;
                injured = null;
            }
            if (killed != null && killed.low() > 0 && killedSuppressed(t, st, en)) killed = null;
            boolean harmed = killed != null && killed.low() > 0 || injured != null && injured.low() > 0
                    || killed == null && deathWord(t, st, en);
            if (best == null && harmed && afterBackground && date.date() == null) {
                // "In 2014, rebels seized the city. Dozens were killed.": the toll of the background before it
                if (trace.on()) trace.add("    deaths without a trigger or a date after a background sentence: background\n");
                backgroundParagraph = t.paragraph[st];
                continue;
            }
            if (best == null && harmed && !aggregate) {
                best = EventTyping.civilianVictims(t, st, en, false) ? Triggers.KILL_CIVILIANS : Triggers.KILL_FALLBACK;
                bestAt = st;
                if (trace.on()) trace.add("    deaths without a trigger -> ").add(best.type()).add('\n');
            }
            if ((killed != null || injured != null) && Casualties.recentWindow(t, st, en)) {
                if (trace.on()) trace.add("    figures are a tally of a recent window (last 24 hours / past week): dropped\n");
                killed = null;
                injured = null;
            }
            // mentions of this sentence
            while (mi < mentions.size() && mentions.get(mi).start < st) mi++;
            int mj = mi;
            while (mj < mentions.size() && mentions.get(mj).start < en) mj++;
            PlaceFinder.Mention own = pickPlace(mentions, mi, mj, bestAt);
            boolean anchored = false;
            if (own != null && sceneRegion != null && weakOffRegion(own, sceneRegion)) {
                // "near the villages of Kotlyne and Udachne, southwest of Pokrovsk" in a Donetsk report: a small
                // town of another region does not place the event when the sentence names a place of the
                // article's region; the event is anchored near that place
                PlaceFinder.Mention inRegion = null;
                for (int i = mi; i < mj && inRegion == null; i++) {
                    PlaceFinder.Mention m = mentions.get(i);
                    if (m.scene() && g.kind(m.entity) != Gazetteer.KIND_COUNTRY
                            && sceneRegion.equals(g.admin1Code(m.entity))) inRegion = m;
                }
                if (inRegion != null) {
                    if (trace.on()) trace.add("    place ").add(g.name(own.entity)).add(" (").add(g.admin1Code(own.entity))
                            .add(") is a small town outside the article's region ").add(sceneRegion).add(": anchored on ")
                            .add(g.name(inRegion.entity)).add('\n');
                    own = inRegion;
                    anchored = g.kind(own.entity) == Gazetteer.KIND_PLACE;
                }
            }
            if (best == null) {
                // a sentence without an event can still say where the previous one happened
                refine(drafts, own, t.paragraph[st]);
                if (!drafts.isEmpty() && drafts.get(drafts.size() - 1).paragraph == t.paragraph[st]) {
                    // "No casualties were reported." completes the event before it
                    Draft last = drafts.get(drafts.size() - 1);
                    last.killed.completeLead(killed);
                    last.injured.completeLead(injured);
                    // "Police used tear gas to disperse them." after a protest: a protest with intervention
                    last.trigger = EventTyping.protestFollowUp(last.trigger, t, st, en, last.killed.figure());
                }
                if (date.date() != null && !drafts.isEmpty()) {
                    Draft last = drafts.get(drafts.size() - 1);
                    if (last.paragraph == t.paragraph[st] && !last.explicitDate) {
                        last.date = date.date();
                        last.datePrecision = date.precision();
                        last.explicitDate = true;
                    }
                }
                continue;
            }
            paragraphHasTrigger[t.paragraph[st]] = true;
            Triggers.Trigger typed = EventTyping.refine(best, bestAt, t, st, en, killed, injured, disruptedAt,
                    own == null ? null : g.countryCode(own.entity), this::countryCodeOf);
            // protest typing builds a new trigger even when the coding stays: compare the coding, not the object
            boolean recoded = !typed.type().equals(best.type()) || !typed.subtype().equals(best.subtype());
            if (trace.on() && recoded) trace.add("    precedence: ").add(best.subtype()).add(" -> ")
                    .add(typed.type()).add(" / ").add(typed.subtype()).add('\n');
            Draft d = new Draft();
            d.trigger = typed;
            d.place = own;
            d.ownPlace = own != null;
            d.relative = own != null && (own.relative || anchored);
            d.date = date.date() != null ? date.date() : pub;
            d.datePrecision = date.date() != null ? date.precision() : Dates.DAY;
            d.explicitDate = date.date() != null;
            d.killed = new EventFigures(killed);
            d.injured = new EventFigures(injured);
            d.sentence = s;
            d.paragraph = t.paragraph[st];
            d.evStart = t.start[st];
            d.evEnd = t.end[en - 1];
            d.additive = additive(t, st, en);
            d.alsoKilled = t.hash[st] == H_ALSO || st + 1 < en && t.hash[st + 1] == H_ALSO;
            d.killedMore = Casualties.countedAsMore(t, st, en, killed);
            d.injuredMore = Casualties.countedAsMore(t, st, en, injured);
            claims(t, st, en, d);
            actors(t, st, en, d);
            if (trace.on()) trace.add("    event ").add(d.trigger.type()).add(" / ").add(d.trigger.subtype())
                    .add(" place=").add(own == null ? "-" : g.name(own.entity)).add(" date=").add(d.date).add(d.datePrecision > Dates.DAY ? d.datePrecision == Dates.WEEK ? " (week)" : " (month)" : "")
                    .add(d.claimed ? " claimed" + (d.claimedBy != null ? " by " + d.claimedBy : "") : "").add('\n');
            merge(drafts, d);
        }
        // header lines (datelines, bylines): their places are the last resort for events
        List<PlaceFinder.Mention> usable = new ArrayList<>();
        for (PlaceFinder.Mention m : mentions) {
            int p = t.paragraph[m.start];
            boolean header = !paragraphHasTrigger[p] && paragraphTokens[p] <= 12 && p <= 3 && t.paragraph[t.n - 1] > p;
            if (m.scene() && !header) usable.add(m);
        }
        // "3 DPR civilians killed", "Donetsk rebels say ...": a region named as a side still locates the
        // event at region level; a capital as a side ("...: Kiev military", "Kiev's forces") is the
        // government, not a place
        List<PlaceFinder.Mention> sides = new ArrayList<>();
        for (PlaceFinder.Mention m : mentions) if (!notASide(m)) sides.add(m);
        String focusRegion = focusRegion(usable.isEmpty() ? sides : usable);
        if (focusRegion == null) {
            sides.removeIf(m -> !m.actorUse);
            focusRegion = focusRegion(sides);
        }
        String focusCountry = focusCountry(mentions);
        int focusEntity = focusRegion == null ? -1 : g.admin1Entity(focusRegion); // -1: a code without an admin-1 entry
        List<ExtractedEvent> events = new ArrayList<>();
        List<Boolean> dated = new ArrayList<>();
        for (Draft d : drafts) {
            int precision;
            ResolvedPlace place;
            boolean inherited = false;
            if (d.place == null) {
                d.place = nearestEarlier(usable, t, d);
                inherited = true;
            }
            if (d.place != null && g.kind(d.place.entity) == Gazetteer.KIND_COUNTRY && focusEntity >= 0
                    && g.countryCode(d.place.entity).equals(g.countryCode(focusEntity))) {
                // only the country in the sentence, a region of it named in the article: the region
                place = g.toPlace(focusEntity, null);
                precision = 3;
                inherited = true;
            } else if (d.place != null) {
                int e = d.place.entity;
                String mention = text.substring(t.start[d.place.start], t.end[d.place.end - 1]);
                place = g.toPlace(e, mention);
                int kind = g.kind(e);
                precision = kind == Gazetteer.KIND_PLACE ? (d.relative || inherited ? 2 : 1) : 3;
            } else if (focusEntity >= 0) {
                place = g.toPlace(focusEntity, null);
                precision = 3;
                inherited = true;
            } else if (focusCountry != null && g.countryEntity(focusCountry) >= 0) {
                // only a country (or its people and forces) is named: country-level, no region
                place = g.toPlace(g.countryEntity(focusCountry), null);
                precision = 3;
                inherited = true;
            } else {
                place = null;
                precision = 0;
            }
            double conf = 0.75 + (d.ownPlace ? 0.1 : inherited && place != null ? -0.1 : -0.25)
                    - (d.claimed ? 0.15 : 0) - (d.trigger.priority() <= 12 ? 0.1 : 0);
            conf = Math.round(Math.max(0.05, Math.min(0.99, conf)) * 100) / 100.0;
            // a headline (the article's first sentence, when paragraphs follow) or a follow-up without a place
            // and a date of its own ("the artillery fire hit a residential street") joins the dated report
            boolean headline = d.paragraph == t.paragraph[0] && t.paragraph[t.n - 1] > d.paragraph
                    && d.sentence == t.sentence[0];
            dated.add(d.explicitDate || !(headline || !d.ownPlace));
            events.add(new ExtractedEvent(d.trigger.type(), d.trigger.subtype(), place, precision, d.date,
                    d.date == null ? 0 : d.datePrecision, List.copyOf(d.actors), d.killed.figure(), d.injured.figure(), d.claimedBy, conf, d.evStart,
                    d.evEnd));
        }
        events = dedupe(events, dated);
        List<PlaceMention> places = new ArrayList<>(mentions.size());
        for (PlaceFinder.Mention m : mentions) {
            int s0 = t.start[m.start], e0 = t.end[m.end - 1];
            String mention = text.substring(s0, e0);
            places.add(new PlaceMention(s0, e0, mention, g.toPlace(m.entity, mention)));
        }
        return new Extraction(List.copyOf(events), List.copyOf(places));
    }

    /** Why the trigger at k does not state an event, or null: a modal, plan, negation or recap word before it. */
    private static String suppressed(Tokens t, int st, int k) {
        if (k - 1 >= st && t.hash[k - 1] == H_TO && !(k - 2 >= st && (t.hash[k - 2] == H_DUE || t.hash[k - 2] == H_LED))) {
            return "to";
        }
        for (int j = k - 1; j >= Math.max(st, k - 6); j--) {
            if ((t.gap[j + 1] & (Tokens.G_COMMA | Tokens.G_COLON)) != 0) break;
            int c = Lexicon.classes(t.hash[j]);
            if ((c & (Lexicon.MODAL | Lexicon.PLAN | Lexicon.NEG | Lexicon.BACKGROUND)) != 0) {
                if ((c & Lexicon.MODAL) != 0 && t.is(j, Tokens.CAP) && !t.sentenceInitial(j)) continue; // "May"
                return t.word(j);
            }
        }
        return null;
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
            if (DEATH.get(t.hash[k]) == 0 || t.is(k, Tokens.MIXED)) continue;
            if (suppressed(t, st, k) != null) return false;
            return true;
        }
        return false;
    }

    private static boolean additive(Tokens t, int st, int en) {
        for (int k = st; k < en; k++) if (ADDITIVE.get(t.hash[k]) != 0) return true;
        return false;
    }

    /** The sentence's own place: the most specific usable mention, an explicit region overriding a town elsewhere. */
    private PlaceFinder.Mention pickPlace(List<PlaceFinder.Mention> ms, int from, int to, int trigger) {
        PlaceFinder.Mention best = null, region = null;
        int bestRank = 9;
        for (int i = from; i < to; i++) {
            PlaceFinder.Mention m = ms.get(i);
            if (!m.scene()) continue;
            int kind = g.kind(m.entity);
            int rank = kind == Gazetteer.KIND_PLACE ? 0 : kind == Gazetteer.KIND_ADMIN1 ? 1 : 2;
            if (kind == Gazetteer.KIND_ADMIN1 && region == null) region = m;
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
    private boolean namesRegionOf(List<PlaceFinder.Mention> ms, int from, int to, PlaceFinder.Mention town) {
        String a1 = g.admin1Code(town.entity);
        for (int i = from; i < to; i++) {
            PlaceFinder.Mention m = ms.get(i);
            if (m.scene() && g.kind(m.entity) == Gazetteer.KIND_ADMIN1 && a1 != null
                    && a1.equals(g.admin1Code(m.entity))) return true;
        }
        return false;
    }

    /** A capital named as a side or a source (the government), or a name lent to talks or a unit. */
    private boolean notASide(PlaceFinder.Mention m) {
        return m.borrowed || m.actorUse && g.kind(m.entity) == Gazetteer.KIND_PLACE && g.featureRank(m.entity) == Gazetteer.FC_PPLC;
    }

    /** A town of under 50,000 people, not an admin seat, outside {@code region}. */
    private boolean weakOffRegion(PlaceFinder.Mention m, String region) {
        int e = m.entity;
        return g.kind(e) == Gazetteer.KIND_PLACE && !region.equals(g.admin1Code(e)) && g.population(e) < 50_000
                && g.featureRank(e) < Gazetteer.FC_PPLA2;
    }

    private boolean locative(PlaceFinder.Mention m) {
        return m.locative;
    }

    private void refine(List<Draft> drafts, PlaceFinder.Mention m, int paragraph) {
        if (m == null || drafts.isEmpty()) return;
        Draft d = drafts.get(drafts.size() - 1);
        if (d.paragraph != paragraph || g.kind(m.entity) != Gazetteer.KIND_PLACE) return;
        if (d.place == null) {
            d.place = m;
            d.relative = m.relative;
            return;
        }
        int dk = g.kind(d.place.entity);
        boolean sameRegion = g.admin1Code(m.entity) != null && g.admin1Code(m.entity).equals(g.admin1Code(d.place.entity));
        if (sameRegion && (dk != Gazetteer.KIND_PLACE || m.relative)) {
            d.place = m;
            d.relative = m.relative;
        }
    }

    private void merge(List<Draft> drafts, Draft d) {
        if (d.alsoKilled && d.place == null && d.killed.reportsDeaths()) {
            // "Also killed in the strike were ...": more deaths of the event that last reported deaths
            for (int i = drafts.size() - 1; i >= 0; i--) {
                Draft q = drafts.get(i);
                if (d.sentence - q.sentence > 4) break;
                if (q.killed.reportsDeaths()) {
                    absorb(q, d);
                    return;
                }
            }
        }
        if (!drafts.isEmpty()) {
            Draft last = drafts.get(drafts.size() - 1);
            if (d.place == null && last.paragraph == d.paragraph && d.sentence - last.sentence <= 2) {
                absorb(last, d);
                return;
            }
            for (Draft q : drafts) {
                if (q.paragraph == d.paragraph && q.trigger.type().equals(d.trigger.type())
                        && (q.place == null || d.place == null || sameRegion(q.place, d.place))) {
                    absorb(q, d);
                    return;
                }
            }
        }
        drafts.add(d);
    }

    private boolean sameRegion(PlaceFinder.Mention a, PlaceFinder.Mention b) {
        String x = g.admin1Code(a.entity), y = g.admin1Code(b.entity);
        return x != null ? x.equals(y) : y == null && g.countryCode(a.entity).equals(g.countryCode(b.entity));
    }

    private static void absorb(Draft into, Draft d) {
        // civilians harmed as collateral of the event before add to its figures and keep its type (ACLED)
        boolean collateral = d.trigger == Triggers.KILL_CIVILIANS && !into.trigger.type().equals(Triggers.VAC);
        if (d.trigger.priority() > into.trigger.priority() && into.trigger.priority() <= 12 && !collateral) {
            into.trigger = d.trigger;
        }
        into.killed.join(d.killed.figure(), EventFigures.Link.of(d.alsoKilled || collateral, d.killedMore, d.additive));
        into.injured.join(d.injured.figure(), EventFigures.Link.of(collateral, d.injuredMore, d.additive));
        if (into.place == null && d.place != null) {
            into.place = d.place;
            into.ownPlace = d.ownPlace;
            into.relative = d.relative;
        }
        if (!into.explicitDate && d.explicitDate) {
            into.date = d.date;
            into.datePrecision = d.datePrecision;
            into.explicitDate = true;
        }
        into.actors.addAll(d.actors);
        if (into.claimedBy == null) into.claimedBy = d.claimedBy;
    }

    private PlaceFinder.Mention nearestEarlier(List<PlaceFinder.Mention> usable, Tokens t, Draft d) {
        PlaceFinder.Mention earlier = null, laterSamePara = null;
        for (PlaceFinder.Mention m : usable) {
            if (t.start[m.start] < d.evStart) {
                if (g.kind(m.entity) != Gazetteer.KIND_COUNTRY || earlier == null || t.paragraph[earlier.start] != t.paragraph[m.start]) {
                    earlier = m;
                }
            } else if (laterSamePara == null && t.paragraph[m.start] == d.paragraph) {
                laterSamePara = m;
            }
        }
        if (laterSamePara != null && (earlier == null || t.paragraph[earlier.start] != d.paragraph)) return laterSamePara;
        return earlier;
    }

    private String focusRegion(List<PlaceFinder.Mention> ms) {
        java.util.Map<String, Integer> votes = new java.util.TreeMap<>();
        for (PlaceFinder.Mention m : ms) {
            String a1 = g.admin1Code(m.entity);
            if (a1 != null && !m.demonym && g.kind(m.entity) != Gazetteer.KIND_COUNTRY) votes.merge(a1, 1, Integer::sum);
        }
        String best = null;
        int bv = 0;
        for (var e : votes.entrySet()) if (e.getValue() > bv) { bv = e.getValue(); best = e.getKey(); }
        return best;
    }

    private String focusCountry(List<PlaceFinder.Mention> ms) {
        java.util.Map<String, Integer> votes = new java.util.TreeMap<>();
        for (PlaceFinder.Mention m : ms) if (!m.broad && !m.borrowed) votes.merge(g.countryCode(m.entity), m.demonym ? 1 : 2, Integer::sum);
        String best = null;
        int bv = 0;
        for (var e : votes.entrySet()) if (e.getValue() > bv) { bv = e.getValue(); best = e.getKey(); }
        return best;
    }

    private void claims(Tokens t, int st, int en, Draft d) {
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

    private void actors(Tokens t, int st, int en, Draft d) {
        for (int k = st; k < en; k++) {
            long h = t.hash[k];
            if (h == H_TALIBAN) d.actors.add("Taliban");
            else if (Lexicon.has(h, Lexicon.NON_STATE)) d.actors.add("Rebels/Insurgents");
            else if (Lexicon.has(h, Lexicon.PROTESTER)) d.actors.add("Protesters");
            else if (Lexicon.has(h, Lexicon.CIVILIAN) && !Lexicon.has(h, Lexicon.FORCE) && h != H_LOCAL) d.actors.add("Civilians");
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

    /** ACLED: the same type, sub-type, region and day is one event. */
    private static List<ExtractedEvent> dedupe(List<ExtractedEvent> in, List<Boolean> dated) {
        List<ExtractedEvent> out = new ArrayList<>();
        List<Boolean> outDated = new ArrayList<>();
        outer:
        for (int n = 0; n < in.size(); n++) {
            ExtractedEvent e = in.get(n);
            for (int i = 0; i < out.size(); i++) {
                ExtractedEvent o = out.get(i);
                boolean same = o.type().equals(e.type()) && o.subtype().equals(e.subtype());
                boolean context = !same && violent(o) && violent(e);
                // a headline or sentence without its own date ("Russian Shelling Kills Three in Kharkiv Region")
                // is the dated report of the same type and region a few days before
                boolean sameDay = java.util.Objects.equals(o.date(), e.date()) || (!outDated.get(i) || !dated.get(n))
                        && o.date() != null && e.date() != null && Math.abs(o.date().toEpochDay() - e.date().toEpochDay()) <= 3;
                if ((same || context) && sameDay && java.util.Objects.equals(region(o), region(e))) {
                    boolean useE = !outDated.get(i) && dated.get(n);
                    java.time.LocalDate date = useE ? e.date() : o.date();
                    // ACLED: strikes in the context of a battle and collateral deaths are one event; civilians
                    // harmed as collateral add to its fatalities
                    boolean collateral = context && (o.type().equals(Triggers.VAC) != e.type().equals(Triggers.VAC));
                    Figure k = collateral ? EventFigures.combine(o.killed(), e.killed(), true) : EventFigures.larger(o.killed(), e.killed());
                    Figure inj = collateral ? EventFigures.combine(o.injured(), e.injured(), true) : EventFigures.larger(o.injured(), e.injured());
                    List<String> actors = new ArrayList<>(new LinkedHashSet<>(concat(o.actors(), e.actors())));
                    ResolvedPlace p = o.geoPrecision() <= e.geoPrecision() || e.place() == null ? o.place() : e.place();
                    int prec = p == o.place() ? o.geoPrecision() : e.geoPrecision();
                    out.set(i, new ExtractedEvent(o.type(), o.subtype(), p, prec, date, useE ? e.datePrecision() : o.datePrecision(),
                            List.copyOf(actors), k, inj, o.claimedBy() != null ? o.claimedBy() : e.claimedBy(),
                            Math.max(o.confidence(), e.confidence()), o.evidenceStart(), o.evidenceEnd()));
                    outDated.set(i, outDated.get(i) || dated.get(n));
                    continue outer;
                }
            }
            out.add(e);
            outDated.add(dated.get(n));
        }
        return out;
    }

    private static boolean violent(ExtractedEvent e) {
        return e.type().equals(Triggers.BATTLES) || e.type().equals(Triggers.ERV) || e.type().equals(Triggers.VAC);
    }

    private static String region(ExtractedEvent e) {
        return e.place() == null ? null : e.place().admin1Code() != null ? e.place().admin1Code() : e.place().countryCode();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> r = new ArrayList<>(a);
        r.addAll(b);
        return r;
    }
}

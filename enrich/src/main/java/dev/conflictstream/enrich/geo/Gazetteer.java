package dev.conflictstream.enrich.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * GeoNames cities500 + admin-1 regions + countries + areas (sub-regions finer than admin-1, continents,
 * seas, well-known regions), indexed by {@link NameKey} of every Latin name.
 *
 * <p>Consumes the compact files under {@code /gazetteer/} on the classpath (built by
 * tools/gazetteer/build.sh) and a curated alias file; keeps one flat array per field (about 60 MB on
 * the heap) and a hash index from a name key to the entities that carry that name. Immutable and
 * thread-safe after loading. Entities are numbered: places first, then admin-1 regions, then countries,
 * then areas.
 *
 * <p>A posting in the index is {@code entity << 2 | flags}: {@link #ALT} when the name is an
 * alternate name (not the GeoNames primary/ASCII name), {@link #DEMONYM} when it is an adjective of
 * place ("Turkish").
 */
public final class Gazetteer {
    public static final int KIND_PLACE = 0, KIND_ADMIN1 = 1, KIND_COUNTRY = 2, KIND_AREA = 3;
    public static final int ALT = 1, DEMONYM = 2;

    /** Feature-code ranks: higher is a more important populated place. */
    public static final int FC_OTHER = 0, FC_PPL = 1, FC_PPLA4 = 2, FC_PPLA3 = 3, FC_PPLA2 = 4, FC_PPLA = 5,
            FC_PPLC = 6, FC_HIST = -1;

    private final byte[] kind;
    /** Places round 12: the districts of other countries (GeoNames admin-2, subregions.tsv rows marked admin2). */
    private final java.util.BitSet district = new java.util.BitSet();
    private final long[] geonameId;
    private final String[] name;
    private final float[] lat;
    private final float[] lon;
    private final String[] country;
    private final String[] admin1;
    /** Per entity: the entity of its admin-1 region ({@link #admin1Entity} of its code), or -1; read by {@link #toPlace}. */
    private final int[] admin1Of;
    private final int[] population;
    private final byte[] fcode;
    private final int size;
    private final LongIntMultiMap index = new LongIntMultiMap();
    /** {@link NameKey#variant} of the names of notable entities -> postings, for spellings no name carries. */
    private final LongIntMultiMap variants = new LongIntMultiMap();
    /** The proper prefixes of the keys of {@link #index} and of {@link #variants}: whether a name may be longer. */
    private final NamePrefixes namePrefixes = new NamePrefixes(), variantPrefixes = new NamePrefixes();
    private final Map<String, Integer> admin1ByCode = new HashMap<>();
    private final Map<String, Integer> countryByCode = new HashMap<>();

    private Gazetteer(int capacity) {
        kind = new byte[capacity];
        geonameId = new long[capacity];
        name = new String[capacity];
        lat = new float[capacity];
        lon = new float[capacity];
        country = new String[capacity];
        admin1 = new String[capacity];
        admin1Of = new int[capacity];
        population = new int[capacity];
        fcode = new byte[capacity];
        size = capacity;
    }

    /** Loads the gazetteer shipped on the classpath. Takes 1-3 s. */
    public static Gazetteer loadDefault() {
        try (InputStream places = resource("places.tsv.gz");
             InputStream admin1 = resource("admin1.tsv");
             InputStream countries = resource("countries.tsv");
             InputStream subregions = resource("subregions.tsv");
             InputStream areas = resource("areas.tsv");
             InputStream aliases = resource("aliases.tsv")) {
            return load(new GZIPInputStream(places, 1 << 16), admin1, countries, subregions, areas, aliases);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load gazetteer from classpath", e);
        }
    }

    private static InputStream resource(String file) {
        InputStream in = Gazetteer.class.getResourceAsStream("/gazetteer/" + file);
        if (in == null) throw new IllegalStateException("gazetteer resource missing: /gazetteer/" + file);
        return in;
    }

    /** Loads from the six streams (formats: see tools/gazetteer/build.mjs, areas.tsv and aliases.tsv). */
    public static Gazetteer load(InputStream placesTsv, InputStream admin1Tsv, InputStream countriesTsv,
            InputStream subregionsTsv, InputStream areasTsv, InputStream aliasesTsv) throws IOException {
        List<String[]> places = readTsv(placesTsv);
        List<String[]> regions = readTsv(admin1Tsv);
        List<String[]> countries = readTsv(countriesTsv);
        List<String[]> subregions = readTsv(subregionsTsv);
        List<String[]> areas = readTsv(areasTsv);
        Gazetteer g = new Gazetteer(places.size() + regions.size() + countries.size() + subregions.size() + areas.size());
        Map<String, String> interned = new HashMap<>();
        int e = 0;
        for (String[] f : places) {
            g.kind[e] = KIND_PLACE;
            g.geonameId[e] = Long.parseLong(f[0]);
            g.name[e] = f[1];
            g.lat[e] = Float.parseFloat(f[4]);
            g.lon[e] = Float.parseFloat(f[5]);
            g.fcode[e] = (byte) featureRank(f[6]);
            g.country[e] = interned.computeIfAbsent(f[7], k -> k);
            g.admin1[e] = f[8].isEmpty() || f[8].equals("00") ? null
                    : interned.computeIfAbsent(f[7] + "." + f[8], k -> k);
            g.population[e] = parseIntSafe(f[9]);
            g.addName(f[1], e, 0);
            g.addName(f[2], e, 0);
            if (!f[3].isEmpty()) {
                long own = SLAVIC_COUNTRY.equals(f[7]) ? NameKey.slavic(f[1]) : 0;
                for (String alt : f[3].split(";")) {
                    boolean same = sameNameSpelledOtherwise(own, alt);
                    g.addExactName(alt, e, same ? 0 : ALT);
                    // "Nikolayev" for Mykolayiv, which GeoNames knows as "Nikolaev": the other Russian spellings of a
                    // notable Ukrainian town's Russian name, by their Slavic key (asked only where the Slavic keys are)
                    if (own != 0 && !same && g.notable(e) && russianSpelling(alt)) g.variants.add(NameKey.slavic(alt, g.variantPrefixes::add), e << 2 | ALT);
                }
            }
            e++;
        }
        for (String[] f : regions) {
            g.kind[e] = KIND_ADMIN1;
            g.name[e] = f[1];
            g.lat[e] = Float.parseFloat(f[2]);
            g.lon[e] = Float.parseFloat(f[3]);
            g.country[e] = interned.computeIfAbsent(f[0].substring(0, 2), k -> k);
            g.admin1[e] = interned.computeIfAbsent(f[0], k -> k);
            g.population[e] = parseIntSafe(f[4]);
            g.admin1ByCode.put(f[0], e);
            g.addName(f[1], e, 0);
            String base = stripRegionWord(f[1], REGION_SUFFIX);
            if (!base.equals(f[1])) g.addName(base, e, 0);
            // "Cauca" for "Cauca Department": an alternate name, so a notable town of the name keeps it ("Beni")
            String bare = stripRegionWord(f[1], FOREIGN_REGION_SUFFIX);
            if (!bare.equals(f[1])) g.addName(bare, e, ALT);
            // "Nord-Ouest" for Cameroon's "North-West", "Nord-Kivu" for "North Kivu"
            for (String fr : CompassNames.french(base)) g.addName(fr, e, ALT);
            e++;
        }
        for (String[] f : countries) {
            g.kind[e] = KIND_COUNTRY;
            g.name[e] = f[1];
            g.lat[e] = Float.parseFloat(f[2]);
            g.lon[e] = Float.parseFloat(f[3]);
            g.country[e] = interned.computeIfAbsent(f[0], k -> k);
            g.population[e] = Integer.MAX_VALUE;
            g.countryByCode.put(f[0], e);
            g.addName(f[1], e, 0);
            if (f.length > 4 && !f[4].isEmpty()) for (String alt : f[4].split(";")) g.addExactName(alt, e, ALT);
            if (f.length > 5 && !f[5].isEmpty()) for (String dem : f[5].split(";")) {
                g.addName(dem, e, DEMONYM);
                g.addName(dem + "s", e, DEMONYM);
            }
            e++;
        }
        // sub-regions: name, lat, lon, country, admin-1 code; a district of another country (GeoNames admin-2, marked
        // "admin2", named "<name> District") under its exact key only: it is asked for with a unit word after a name
        for (String[] f : subregions) {
            g.setArea(e, f[1], f[2], f[3], interned);
            g.name[e] = f[0];
            g.admin1[e] = interned.computeIfAbsent(f[4], k -> k);
            if (f.length > 5 && f[5].equals("admin2")) {
                g.district.set(e);
                g.addExactName(f[0], e, 0);
            } else {
                g.addName(f[0], e, 0);
            }
            e++;
        }
        // curated areas: names(;), lat, lon, country (optional), demonyms(;)
        for (String[] f : areas) {
            String[] names = f[0].split(";");
            g.setArea(e, f[1], f[2], f.length > 3 ? f[3] : "", interned);
            g.name[e] = names[0];
            for (String n : names) g.addName(n, e, 0);
            if (f.length > 4 && !f[4].isEmpty()) for (String dem : f[4].split(";")) {
                g.addName(dem, e, DEMONYM);
                g.addName(dem + "s", e, DEMONYM);
            }
            e++;
        }
        g.fillMissingAdmin1(places.size());
        g.linkAdmin1();
        Map<Long, Integer> byGeonameId = new HashMap<>();
        for (int i = 0; i < places.size(); i++) byGeonameId.put(g.geonameId[i], i);
        for (String[] f : readTsv(aliasesTsv)) {
            String alias = f[0], target = f[1];
            int flags = f.length > 2 && f[2].equals("demonym") ? DEMONYM : 0;
            Integer ent;
            if (target.matches("\\d+")) ent = byGeonameId.get(Long.parseLong(target));
            else if (target.length() == 2) ent = g.countryByCode.get(target);
            else ent = g.admin1ByCode.get(target);
            if (ent == null) throw new IllegalStateException("alias target not in gazetteer: " + alias + " -> " + target);
            g.addName(alias, ent, flags);
        }
        g.index.freeze();
        g.variants.freeze();
        g.namePrefixes.freeze();
        g.variantPrefixes.freeze();
        return g;
    }

    /** How far (degrees, about 30 km) a place without a known admin-1 region looks for a neighbour that has one. */
    private static final double FILL_ADMIN1_MAX_DEG = 0.3;

    /**
     * GeoNames leaves some places without an admin-1 code, or with one that names no region (Nouakchott, a capital
     * split into three regions of its own; codes retired by a reform): such a place takes the region of the nearest
     * place of its country whose region is known, when one lies within {@link #FILL_ADMIN1_MAX_DEG}; else it keeps what it had.
     * A few hundred places; each scans the places of its own country only.
     */
    private void fillMissingAdmin1(int placeCount) {
        Map<String, List<Integer>> known = null;
        for (int i = 0; i < placeCount; i++) {
            if (admin1[i] != null && admin1ByCode.containsKey(admin1[i])) continue;
            if (known == null) {
                known = new HashMap<>();
                for (int j = 0; j < placeCount; j++) {
                    if (admin1[j] != null && admin1ByCode.containsKey(admin1[j])) {
                        known.computeIfAbsent(country[j], k -> new ArrayList<>()).add(j);
                    }
                }
            }
            List<Integer> same = known.get(country[i]);
            if (same == null) continue;
            double c = Math.cos(Math.toRadians(lat[i])), best = FILL_ADMIN1_MAX_DEG * FILL_ADMIN1_MAX_DEG;
            String found = null;
            for (int j : same) {
                double dy = lat[j] - lat[i], dx = (lon[j] - lon[i]) * c;
                double d = dx * dx + dy * dy;
                if (d < best) { best = d; found = admin1[j]; }
            }
            if (found != null) admin1[i] = found;
        }
    }

    /**
     * Each entity's region once, as an entity, so placing a mention reads an array instead of a map by code string
     * (a few cache misses per mention: the code, the map's node, the key it compares).
     */
    private void linkAdmin1() {
        for (int e = 0; e < size; e++) admin1Of[e] = admin1Entity(admin1[e]);
    }

    private void setArea(int e, String lat, String lon, String cc, Map<String, String> interned) {
        kind[e] = KIND_AREA;
        this.lat[e] = Float.parseFloat(lat);
        this.lon[e] = Float.parseFloat(lon);
        country[e] = cc.isEmpty() ? null : interned.computeIfAbsent(cc, k -> k);
    }

    /** Region words of admin-1 names: the bare name is a name of the region too ("Kursk" for "Kursk Oblast"). */
    private static final String[] REGION_SUFFIX = {" oblast'", " oblast", " province", " region", " krai", " kray",
        " governorate", " state", " republic", " city", " autonomous okrug", " county", " district"};
    /** Region words as other countries' admin-1 names are romanised ("Cauca Department", "Muhafazat Hadramaout",
     *  "Wilayat Khartoum"): the bare name is an alternate name of the region. */
    private static final String[] FOREIGN_REGION_SUFFIX = {" department", " division", " wilayah",
        " wilaya", " prefecture", "muhafazat ", "muhafazah ", "wilayat ", "wilayah ", "province of ",
        "departamento de ", "departamento del ", "provincia de ", "provincia del ", "region of "};

    /** The name without a region word: a suffix (" department", with its space first) or a prefix ("muhafazat "). */
    private static String stripRegionWord(String n, String[] words) {
        String lower = n.toLowerCase(Locale.ROOT);
        for (String w : words) {
            boolean prefix = w.endsWith(" ");
            if (n.length() <= w.length() + 2) continue;
            if (prefix ? lower.startsWith(w) : lower.endsWith(w)) {
                return (prefix ? n.substring(w.length()) : n.substring(0, n.length() - w.length())).trim();
            }
        }
        return n;
    }

    /** A name under its exact key, and for a notable entity under its variant key too. */
    private void addName(String n, int entity, int flags) {
        if (addExactName(n, entity, flags) && (flags & DEMONYM) == 0) {
            if (notable(entity)) variants.add(NameKey.variant(n, variantPrefixes::add), entity << 2 | flags);
            // "Krasnogorovka", "Stanitsa Luganskaya", "Bogatyr": Russian spellings of Ukrainian names, villages too (the
            // Slavic keys are asked only in articles about Ukraine or Russia and in short notes)
            if (SLAVIC_COUNTRY.equals(country[entity])) variants.add(NameKey.slavic(n, variantPrefixes::add), entity << 2 | flags);
            // "Qaim", "Tel Abyad", "Derna": news spellings of Arabic names, small towns too (asked only in articles
            // about the Arab world and in short notes)
            if (country[entity] != null && ARABIC_COUNTRIES.contains(country[entity])) variants.add(NameKey.arabic(n, variantPrefixes::add), entity << 2 | flags);
        }
    }

    /** A name under its exact key only: GeoNames' alternate names (exonyms, old and foreign spellings) are too many and
     *  too odd to fold further ("They" would meet an alternate name of Thailand). */
    private boolean addExactName(String n, int entity, int flags) {
        long key = NameKey.of(n, namePrefixes::add);
        if (key == 0) return false;
        index.add(key, entity << 2 | flags);
        return true;
    }

    /** Regions, countries, areas, and towns of 5,000+ people or admin seats down to the second level: the
     *  entities a transliteration variant may name (a variant of a hamlet's name is more often a word). */
    private boolean notable(int e) {
        return kind[e] != KIND_PLACE || population[e] >= VARIANT_MIN_POPULATION || fcode[e] >= FC_PPLA2;
    }

    private static final int VARIANT_MIN_POPULATION = 5_000;
    /**
     * "Ochakov" for Ochakiv, "Kupyansk" for Kupiansk: an alternate name of a Ukrainian place whose {@link NameKey#slavic}
     * key is its own name's (key {@code own}, 0: not Ukrainian) is the Russian romanisation of that very name, the
     * spelling half the wire copy uses; it scores as the name itself, not as an exonym or an old name.
     */
    private static boolean sameNameSpelledOtherwise(long own, String alt) {
        return own != 0 && NameKey.slavic(alt) == own;
    }

    /** An alternate name written the way Russian names are romanised into English: Latin letters (a hyphen, a space
     *  or an apostrophe between them), at least {@link #RUSSIAN_SPELLING_MIN} letters. */
    private static boolean russianSpelling(String alt) {
        int letters = 0;
        for (int i = 0; i < alt.length(); i++) {
            char c = alt.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') letters++;
            else if (c != ' ' && c != '-' && c != '\'' && c != '\u2019') return false;
        }
        return letters >= RUSSIAN_SPELLING_MIN;
    }

    private static final int RUSSIAN_SPELLING_MIN = 6;

    /** The Arabic-speaking countries whose names are indexed under {@link NameKey#arabic} keys too (the Arab League
     *  but Somalia, Djibouti and the Comoros, whose names are not romanised from Arabic). */
    public static final java.util.Set<String> ARABIC_COUNTRIES = java.util.Set.of("DZ", "BH", "EG", "IQ", "JO", "KW",
            "LB", "LY", "MR", "MA", "OM", "PS", "QA", "SA", "SD", "SY", "TN", "AE", "YE", "EH");

    /** The country whose names are indexed under {@link NameKey#slavic} keys too. */
    private static final String SLAVIC_COUNTRY = "UA";

    private static int featureRank(String fc) {
        return switch (fc) {
            case "PPLC" -> FC_PPLC;
            case "PPLA" -> FC_PPLA;
            case "PPLA2" -> FC_PPLA2;
            case "PPLA3" -> FC_PPLA3;
            case "PPLA4" -> FC_PPLA4;
            case "PPLH", "PPLQ", "PPLW", "PPLCH" -> FC_HIST;
            case "PPL", "PPLL", "PPLS", "PPLF", "PPLR", "PPLG" -> FC_PPL;
            default -> FC_OTHER;
        };
    }

    private static int parseIntSafe(String s) {
        try {
            long v = Long.parseLong(s.trim());
            return (int) Math.min(Integer.MAX_VALUE - 1, v);
        } catch (NumberFormatException ex) {
            return 0;
        }
    }

    private static List<String[]> readTsv(InputStream in) throws IOException {
        List<String[]> rows = new ArrayList<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        String line;
        while ((line = r.readLine()) != null) {
            if (line.isEmpty() || line.charAt(0) == '#') continue;
            rows.add(line.split("\t", -1));
        }
        return rows;
    }

    // ---- lookups ----

    /** Posting list id for a name key, or -1. */
    public int find(long key) { return index.find(key); }

    public int postings(int list) { return index.length(list); }

    public int posting(int list, int i) { return index.get(list, i); }

    /** Posting list id for a {@link NameKey#variant} key in the variant index, or -1; read it with
     *  {@link #variantPostings} and {@link #variantPosting}. */
    public int findVariant(long key) { return variants.find(key); }

    public int variantPostings(int list) { return variants.length(list); }

    public int variantPosting(int list, int i) { return variants.get(list, i); }

    /**
     * False when no name of the index is longer than the token sequence of {@code key} and starts with it: "President"
     * starts no name of two or more words, "Deir" does ("Deir ez-Zor"). True also for about 1.5% of the other keys.
     */
    public boolean nameMayContinue(long key) { return namePrefixes.mayContinue(key); }

    /** {@link #nameMayContinue} for the keys of the variant index ({@link NameKey#variant}, {@link NameKey#slavic},
     *  {@link NameKey#arabic}). */
    public boolean variantMayContinue(long key) { return variantPrefixes.mayContinue(key); }

    public int size() { return size; }

    public int kind(int e) { return kind[e]; }

    /** Entity e is a district of a country other than the US (GeoNames admin-2), known as "name District". */
    public boolean isDistrict(int e) { return district.get(e); }

    public long geonameId(int e) { return geonameId[e]; }

    public String name(int e) { return name[e]; }

    public double latitude(int e) { return lat[e]; }

    public double longitude(int e) { return lon[e]; }

    public String countryCode(int e) { return country[e]; }

    public String admin1Code(int e) { return admin1[e]; }

    public int population(int e) { return population[e]; }

    public int featureRank(int e) { return fcode[e]; }

    /** Entity of an admin-1 code (CC.NN), or -1. */
    public int admin1Entity(String code) {
        Integer e = code == null ? null : admin1ByCode.get(code);
        return e == null ? -1 : e;
    }

    /** Entity of a country code, or -1. */
    public int countryEntity(String cc) {
        Integer e = cc == null ? null : countryByCode.get(cc);
        return e == null ? -1 : e;
    }

    public String admin1Name(String code) {
        int e = admin1Entity(code);
        return e < 0 ? null : name[e];
    }

    /** The entity as a {@link ResolvedPlace}, spelled {@code mention} in the text. */
    public ResolvedPlace toPlace(int e, String mention) {
        Long id = kind[e] == KIND_PLACE ? geonameId[e] : null;
        int a1 = admin1Of[e];
        return new ResolvedPlace(id, name[e], mention, round(lat[e]), round(lon[e]), country[e], admin1[e],
                a1 < 0 ? null : name[a1]);
    }

    /** The admin-1 region of a place as a region-only {@link ResolvedPlace}, or null. */
    public ResolvedPlace regionOf(int e, String mention) {
        int r = admin1Of[e];
        return r < 0 ? null : toPlace(r, mention);
    }

    private static double round(float v) {
        return Math.round(v * 10000.0) / 10000.0;
    }
}

package dev.conflictstream.enrich.extract;

import dev.conflictstream.enrich.extract.PlaceFinder.Mention;
import dev.conflictstream.enrich.geo.Gazetteer;
import java.util.List;

/**
 * "shelled near a village, Donetsk": ACLED's notes name a place and then its admin-1 region after a comma, often by
 * the name the region shares with its seat (Donetsk, Kharkiv, Kherson), or a spelling only the seat carries
 * (Zaporizhia). Where no town of the place's name
 * lies in that region (cities500 holds few front-line villages), a namesake in another region is no reading: the
 * mention stays unresolved and the event falls back to the region named after it, as it does for ACLED's qualifying
 * brackets ("Complexo da Mare (Rio de Janeiro)"). Consumes the mentions and their candidates; keeps nothing.
 *
 * <p>Not for lists, where a comma joins towns ("in Lagos, Kano and Kaduna": Kaduna is a state too), and not for a
 * notable town ({@link #NOTABLE_TOWN}+ people), which a writer names on its own rather than qualifies.
 */
final class RegionAfterComma {
    /** a town this large is named on its own; a region after it more likely begins a list */
    static final int NOTABLE_TOWN = 50_000;
    private static final long H_AND = LongIntMap.h("and"), H_OR = LongIntMap.h("or");

    private final Gazetteer g;

    RegionAfterComma(Gazetteer g) {
        this.g = g;
    }

    /**
     * The admin-1 region that the mention right after town mention {@code k} (joined by a comma) can name, when
     * the pair stands alone: no list of places goes on before or after it; -1 otherwise.
     */
    int region(Tokens t, List<Mention> ms, int k) {
        Mention town = ms.get(k), next = ms.get(k + 1);
        int after = next.end;
        if (after < t.n && t.sentence[after] == t.sentence[next.start]) {
            if (t.hash[after] == H_AND || t.hash[after] == H_OR) return -1;
            if (k + 2 < ms.size() && ms.get(k + 2).start == after && (t.gap[after] & Tokens.G_COMMA) != 0) return -1;
        }
        if (k > 0 && ms.get(k - 1).end == town.start && (t.gap[town.start] & Tokens.G_COMMA) != 0) return -1;
        int seat = -1;
        for (int p : next.candidates) {
            int e = p >> 2;
            if ((p & Gazetteer.DEMONYM) != 0) continue;
            if (g.kind(e) == Gazetteer.KIND_ADMIN1) return e;
            // "Zaporizhia": a spelling only the seat carries still names the seat's region
            if (seat < 0 && g.kind(e) == Gazetteer.KIND_PLACE && g.featureRank(e) >= Gazetteer.FC_PPLA) {
                seat = g.admin1Entity(g.admin1Code(e));
            }
        }
        return seat;
    }

    /** The town's reading {@code winner} is a small place outside {@code region}, and no candidate lies inside it. */
    boolean fallsBack(Mention town, int region, int winner) {
        if (region < 0 || g.kind(winner) != Gazetteer.KIND_PLACE || g.population(winner) >= NOTABLE_TOWN) return false;
        String a1 = g.admin1Code(region);
        for (int p : town.candidates) {
            int e = p >> 2;
            if (g.kind(e) == Gazetteer.KIND_PLACE && a1.equals(g.admin1Code(e))) return false;
        }
        return true;
    }
}

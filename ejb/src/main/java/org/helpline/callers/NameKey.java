package org.helpline.callers;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.commons.codec.language.DoubleMetaphone;
import org.apache.commons.codec.language.Soundex;

/**
 * What makes name look-ups forgiving: a plain lower-case key without accents or punctuation, and the
 * phonetic codes of each part, from commons-codec's encoders, so that "Jon Smyth" finds "John Smith" and
 * "Kathryn" finds "Catherine" while the adviser types. Each part has its Double Metaphone codes (primary,
 * and alternate where the name may be said two ways: "Jon" is JN or AN) and its Soundex code, as each
 * catches what the other misses: Double Metaphone hears "Geoff" as "Jeff" and "Sean" as "Sian", which
 * Soundex does not, and Soundex hears "Farquarson" as "Farquharson" and "Shivaun" as "Siobhan", which
 * Double Metaphone does not. Neither hears "Neve" as "Niamh".
 */
public final class NameKey {

    /** The length of the {@code name_sounds} column. */
    static final int MAX_SOUNDS = 200;

    /** Its encoding methods keep no state; only its maximum code length (4, as is usual) could change. */
    private static final DoubleMetaphone DOUBLE_METAPHONE = new DoubleMetaphone();

    private NameKey() {
    }

    /** Lower case, accents and punctuation removed, single spaces: "Siân O'Neill" is "sian oneill". */
    public static String plain(String name) {
        if (name == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return decomposed.toLowerCase(Locale.ROOT)
                .replaceAll("['’`]", "")
                .replaceAll("[^a-z0-9]+", " ")
                .strip();
    }

    /**
     * The {@link #codes} of each part of the name, each once, space-separated and padded: "Jon Smyth" is
     * " JN AN J500 SM0 XMT S530 ", as is "John Smith". At most {@value #MAX_SOUNDS} characters, as the
     * column holds.
     */
    public static String sounds(String name) {
        Set<String> codes = new LinkedHashSet<>();
        for (String part : plain(name).split(" ")) {
            codes.addAll(codes(part));
        }
        if (codes.isEmpty()) {
            return "";
        }
        StringBuilder sounds = new StringBuilder(" ");
        for (String code : codes) {
            if (sounds.length() + code.length() + 1 > MAX_SOUNDS) {
                break;
            }
            sounds.append(code).append(' ');
        }
        return sounds.toString();
    }

    /**
     * The phonetic codes of one word of a name (as {@link #plain} gives it): its Double Metaphone primary
     * code, its alternate if that differs, and its Soundex code; none for a word that does not start with
     * a letter. A word typed matches a stored name that has any one of them.
     */
    public static List<String> codes(String word) {
        if (word == null || word.isEmpty() || !Character.isLetter(word.charAt(0))) {
            return List.of();
        }
        String primary = DOUBLE_METAPHONE.doubleMetaphone(word);
        String alternate = DOUBLE_METAPHONE.doubleMetaphone(word, true);
        String soundex = Soundex.US_ENGLISH.encode(word);
        Set<String> codes = new LinkedHashSet<>();
        for (String code : new String[] {primary, alternate, soundex}) {
            if (code != null && !code.isEmpty()) {
                codes.add(code);
            }
        }
        return List.copyOf(codes);
    }
}

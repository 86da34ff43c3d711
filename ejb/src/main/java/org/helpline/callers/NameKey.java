package org.helpline.callers;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.commons.codec.language.DoubleMetaphone;

/**
 * What makes name look-ups forgiving: a plain lower-case key without accents or punctuation, and the
 * Double Metaphone codes of each part (commons-codec's encoder, primary and alternate), so that "Jon
 * Smyth" finds "John Smith" and "Kathryn" finds "Catherine" while the adviser types. Double Metaphone does
 * not know Irish spellings: "Siobhan" and "Shivaun" sound alike to a person, not to it.
 */
public final class NameKey {

    /** The length of the {@code name_sounds} column. */
    static final int MAX_SOUNDS = 200;

    /** Its encoding methods keep no state; only its maximum code length (4, as is usual) could change. */
    private static final DoubleMetaphone ENCODER = new DoubleMetaphone();

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
     * The Double Metaphone codes of each part of the name, its primary code and, where the name may be said
     * two ways, its alternate, each once, space-separated and padded: "Jon Smyth" is " JN AN SM0 XMT ", as is
     * "John Smith". At most {@value #MAX_SOUNDS} characters, as the column holds.
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
     * The Double Metaphone codes of one word of a name (as {@link #plain} gives it): its primary code,
     * then its alternate if that differs; none for a word that does not start with a letter.
     */
    public static List<String> codes(String word) {
        if (word == null || word.isEmpty() || !Character.isLetter(word.charAt(0))) {
            return List.of();
        }
        String primary = ENCODER.doubleMetaphone(word);
        String alternate = ENCODER.doubleMetaphone(word, true);
        Set<String> codes = new LinkedHashSet<>();
        for (String code : new String[] {primary, alternate}) {
            if (code != null && !code.isEmpty()) {
                codes.add(code);
            }
        }
        return List.copyOf(codes);
    }
}

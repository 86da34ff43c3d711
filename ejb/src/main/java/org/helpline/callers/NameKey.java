package org.helpline.callers;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What makes name look-ups forgiving: a plain lower-case key without accents or punctuation, and the
 * Soundex code of each part, so that "Jon Smyth" finds "John Smith" while the adviser types.
 */
public final class NameKey {

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

    /** The Soundex codes of each part of the name, space-separated and padded: " J500 S530 ". */
    public static String sounds(String name) {
        String plain = plain(name);
        if (plain.isEmpty()) {
            return "";
        }
        return " " + Arrays.stream(plain.split(" "))
                .filter(part -> !part.isEmpty() && Character.isLetter(part.charAt(0)))
                .map(NameKey::soundex)
                .collect(Collectors.joining(" ")) + " ";
    }

    /** American Soundex of one lower-case word. */
    static String soundex(String word) {
        StringBuilder code = new StringBuilder().append(Character.toUpperCase(word.charAt(0)));
        char previous = digit(word.charAt(0));
        for (int i = 1; i < word.length() && code.length() < 4; i++) {
            char c = word.charAt(i);
            char d = digit(c);
            if (d != '0' && d != previous) {
                code.append(d);
            }
            if (c != 'h' && c != 'w') {
                previous = d;
            }
        }
        while (code.length() < 4) {
            code.append('0');
        }
        return code.toString();
    }

    private static char digit(char c) {
        switch (c) {
            case 'b', 'f', 'p', 'v':
                return '1';
            case 'c', 'g', 'j', 'k', 'q', 's', 'x', 'z':
                return '2';
            case 'd', 't':
                return '3';
            case 'l':
                return '4';
            case 'm', 'n':
                return '5';
            case 'r':
                return '6';
            default:
                return '0';
        }
    }
}

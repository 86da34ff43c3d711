package org.helpline.email;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.helpline.safeguarding.RiskKind;

/**
 * The admins' lists of words and phrases that suggest a risk (EmailSettings), found in an email's subject and
 * text: whole words only ("overdose" is found in "an overdose", "hit me" not in "white meat"), any case, curly
 * apostrophes as straight ones, and not in lines quoted from an earlier email ("> ..."), so that a reply quoting
 * the helpline's own information does not raise an alarm.
 */
public final class RiskWords {

    /** A phrase is kept to this many characters; a list to this many phrases. */
    public static final int PHRASE_MAX = 100;
    public static final int PHRASES_MAX = 300;

    private final Map<RiskKind, List<Pattern>> patterns = new EnumMap<>(RiskKind.class);
    private final Map<Pattern, String> phrases = new java.util.HashMap<>();

    RiskWords(Map<RiskKind, String> lists) {
        lists.forEach((kind, list) -> {
            List<Pattern> kindPatterns = new ArrayList<>();
            for (String phrase : lines(list)) {
                Pattern pattern = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(normalise(phrase))
                        + "(?![\\p{L}\\p{N}])");
                kindPatterns.add(pattern);
                phrases.put(pattern, phrase);
            }
            patterns.put(kind, kindPatterns);
        });
    }

    /** The phrases of a list, one a line, blank lines and surrounding spaces dropped. */
    public static List<String> lines(String list) {
        List<String> lines = new ArrayList<>();
        if (list != null) {
            for (String line : list.split("\\R")) {
                String phrase = line.strip().replaceAll("\\s+", " ");
                if (!phrase.isEmpty()) {
                    lines.add(phrase);
                }
            }
        }
        return lines;
    }

    /** What was found: each kind of risk with the phrases that suggested it, in list order. */
    public Map<RiskKind, Set<String>> find(String subject, String text) {
        String written = normalise((subject == null ? "" : subject) + "\n" + unquoted(text));
        Map<RiskKind, Set<String>> found = new EnumMap<>(RiskKind.class);
        patterns.forEach((kind, list) -> {
            for (Pattern pattern : list) {
                if (pattern.matcher(written).find()) {
                    found.computeIfAbsent(kind, k -> new LinkedHashSet<>()).add(phrases.get(pattern));
                }
            }
        });
        return found;
    }

    private static String unquoted(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder kept = new StringBuilder();
        for (String line : text.split("\\R")) {
            if (!line.stripLeading().startsWith(">")) {
                kept.append(line).append('\n');
            }
        }
        return kept.toString();
    }

    private static String normalise(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.UK)
                .replace('\u2019', '\'').replace('\u2018', '\'').replaceAll("\\s+", " ");
    }
}

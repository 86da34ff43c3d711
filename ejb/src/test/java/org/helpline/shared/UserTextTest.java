package org.helpline.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class UserTextTest {

    private static final Path BUNDLE = Path.of("src/main/resources/" + UserText.BUNDLE + ".properties");

    /** The sources that may name the bundle's keys: this module's and the web module's. */
    private static final List<Path> SOURCES = List.of(Path.of("src/main/java"), Path.of("../web/src/main/java"));

    /** A Bean Validation template naming a key, as a constraint's message or a cross-field rule gives it. */
    private static final Pattern TEMPLATE = Pattern.compile("\"\\{([A-Za-z][\\w.]*)}\"");

    private static final Pattern USER_TEXT = Pattern.compile("\\bUserText\\.of");

    private static final Pattern PLACE = Pattern.compile("\\{([^}]*)}");

    /** What a field name given as a literal looks like: {@code followUpDue}, {@code contact.summary}. */
    private static final Pattern FIELD = Pattern.compile("\"[a-z][A-Za-z0-9]*(\\.[a-z][A-Za-z0-9]*)*\"");

    /** What a problem's type looks like: {@code not-found}. */
    private static final Pattern PROBLEM_TYPE = Pattern.compile("\"[a-z]+(-[a-z]+)*\"");

    private static final Pattern ANY = Pattern.compile("(?s).*");

    /**
     * Files the contact form's rebuild (issue 25) is changing, whose last literal refusals it has yet to move
     * into the bundle: take a file off this list once it has.
     */
    private static final Set<String> BEING_REBUILT = Set.of();

    @Test
    void aTextTakesItsValuesAsJavaWritesThemAndKeepsItsApostrophes() {
        assertEquals("Choose the month", UserText.of("month.required"));
        assertEquals("Ask the caller's consent to pass their details to Carers Trust",
                UserText.of("referral.consent.service", "Carers Trust"));
        assertEquals("The event is longer than 8192 characters", UserText.of("callEvent.body.size", 8192));
        assertEquals("Follow-up 12345 is not one of Ann O'Neil's open follow-ups, so this call cannot complete it",
                UserText.of("followUp.doneByCall.notTheirs", 12345L, "Ann O'Neil"));
        assertEquals("Case HL-2026-000123 not found",
                new NotFoundException(UserText.of("notFound.case", "HL-2026-000123")).getMessage());
        assertThrows(MissingResourceException.class, () -> UserText.of("no.such.key"));
    }

    @Test
    void everyKeyTheSourcesNameIsInTheBundleAndEveryKeyInTheBundleIsNamed() throws IOException {
        Map<String, String> bundle = bundle();
        Map<String, List<String>> named = new TreeMap<>();
        List<String> notLiteral = new ArrayList<>();
        for (Path root : SOURCES) {
            for (Path file : JavaCalls.sources(root)) {
                String code = JavaCalls.code(file);
                for (JavaCalls.Call call : JavaCalls.calls(file, code, USER_TEXT)) {
                    String key = call.arguments().isEmpty() ? "" : call.arguments().get(0);
                    if (key.matches("\"[^\"]+\"")) {
                        named.computeIfAbsent(key.substring(1, key.length() - 1), k -> new ArrayList<>()).add(where(call));
                    } else {
                        notLiteral.add(call.toString());
                    }
                }
                Matcher template = TEMPLATE.matcher(code);
                while (template.find()) {
                    if (!template.group(1).startsWith("jakarta.") && !template.group(1).startsWith("org.hibernate.")) {
                        named.computeIfAbsent(template.group(1), k -> new ArrayList<>()).add(file.getFileName().toString());
                    }
                }
            }
        }
        assertEquals(List.of(), notLiteral, "UserText.of names its key as a literal, so that this test can find it");
        Map<String, List<String>> missing = new TreeMap<>(named);
        missing.keySet().removeAll(bundle.keySet());
        assertEquals(Map.of(), missing, "keys named in the sources but not in " + BUNDLE);
        Set<String> unused = new TreeSet<>(bundle.keySet());
        unused.removeAll(named.keySet());
        assertEquals(Set.of(), unused, "keys in " + BUNDLE + " that no source names");
    }

    /**
     * A text's places are plain {@code {0}}, {@code {1}}... (UserText hands MessageFormat its values as strings,
     * so a format such as {@code {0,number}} would fail), numbered from 0 without a gap; and every call gives
     * exactly as many values as its text has places.
     */
    @Test
    void everyCallGivesItsTextTheValuesItsPlacesAsk() throws IOException {
        Map<String, String> bundle = bundle();
        Map<String, Integer> places = new HashMap<>();
        List<String> wrong = new ArrayList<>();
        bundle.forEach((key, text) -> {
            TreeSet<Integer> numbers = new TreeSet<>();
            Matcher place = PLACE.matcher(text);
            while (place.find()) {
                if (place.group(1).matches("\\d")) {
                    numbers.add(Integer.parseInt(place.group(1)));
                } else {
                    wrong.add(key + ": {" + place.group(1) + "} is not a plain place");
                }
            }
            if (!numbers.isEmpty() && numbers.size() != numbers.last() + 1) {
                wrong.add(key + ": places " + numbers + " leave a gap");
            }
            places.put(key, numbers.size());
            // what UserText hands MessageFormat must read as a pattern (this throws where it does not)
            new MessageFormat(text.replace("'", "''"));
        });
        for (Path root : SOURCES) {
            for (Path file : JavaCalls.sources(root)) {
                for (JavaCalls.Call call : JavaCalls.calls(file, JavaCalls.code(file), USER_TEXT)) {
                    String key = call.arguments().get(0).replace("\"", "");
                    int given = call.arguments().size() - 1;
                    if (places.containsKey(key) && places.get(key) != given) {
                        wrong.add(where(call) + ": " + key + " has " + places.get(key) + " places, given " + given);
                    }
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    /**
     * What a refusal or a confirmation says is kept in the bundle: no service or entity gives a Helpline exception
     * (or the text rules that throw one) a literal message, no REST resource gives one to a problem response, and
     * no backing bean to a page's message. A literal may only name the field at fault (or a problem's type, or a
     * page's panel), or a bundle key in braces. The contact form's page (view/calls) is the rebuild's.
     */
    @Test
    void noRefusalKeepsLiteralText() {
        Path domain = Path.of("src/main/java");
        Map<String, String> parents = exceptionParents(domain);
        Set<String> withField = descendants(parents, "InvalidInputException");
        Set<String> withoutField = descendants(parents, "HelplineException");
        withoutField.removeAll(withField);
        Map<Integer, Pattern> fieldFirst = Map.of(0, FIELD);
        List<Refusing> refusing = List.of(
                new Refusing(Pattern.compile("\\bnew\\s+(?:" + String.join("|", withField) + ")\\b"), fieldFirst),
                new Refusing(Pattern.compile("\\b(?:" + String.join("|", withField) + ")\\.conflict\\b"), fieldFirst),
                new Refusing(Pattern.compile("\\bnew\\s+(?:" + String.join("|", withoutField) + ")\\b"), Map.of()),
                new Refusing(Pattern.compile("\\bText\\.(?:required|optional)\\b"), Map.of(1, FIELD)),
                new Refusing(Pattern.compile("\\bitems\\.require\\b"), Map.of(2, FIELD)),
                // Telephony's refusals keep a line in the log, for whoever runs the phone system, shown to nobody
                new Refusing(Pattern.compile("(?:\\bthrow\\s+|->\\s*)refused\\b"), Map.of(1, ANY)),
                new Refusing(Pattern.compile("\\bnew\\s+Problem\\.FieldError\\b"), fieldFirst),
                new Refusing(Pattern.compile("(?<!Downloads\\.)\\bproblem\\b"), Map.of(1, PROBLEM_TYPE)),
                // the pages: a message for the page, a panel's confirmation, a download's problem
                new Refusing(Pattern.compile("\\bMessages\\.(?:info|show)\\b"), Map.of(1, FIELD)),
                new Refusing(Pattern.compile("\\bnew\\s+FacesMessage\\b"), Map.of()),
                // (act's last argument is the action itself, whose own calls are read on their own)
                new Refusing(Pattern.compile("\\b(?:done|act)\\b"), Map.of(0, FIELD, 2, ANY)),
                new Refusing(Pattern.compile("\\bDownloads\\.problem\\b"), Map.of(3, FIELD)));
        List<String> literal = new ArrayList<>();
        List<Path> files = new ArrayList<>(JavaCalls.sources(domain));
        files.addAll(JavaCalls.sources(Path.of("../web/src/main/java")));
        for (Path file : files) {
            String name = file.toString().replace('\\', '/').replaceFirst("^.*/org/helpline/", "");
            if (BEING_REBUILT.contains(name)) {
                continue;
            }
            String code = JavaCalls.code(file);
            for (Refusing rule : refusing) {
                for (JavaCalls.Call call : JavaCalls.calls(file, code, rule.callee())) {
                    List<String> arguments = call.arguments();
                    for (int i = 0; i < arguments.size(); i++) {
                        String argument = arguments.get(i);
                        Pattern mayBe = rule.literalAt().get(i);
                        if ((mayBe == null || !mayBe.matcher(argument).matches()) && !withoutUserText(argument).isEmpty()) {
                            literal.add(call.toString());
                            break;
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), literal, "refusals with literal text; keep the text in " + BUNDLE
                + " and give UserText.of(key, values...)");
        assertFalse(withField.isEmpty() || withoutField.isEmpty(), "the exception classes were found");
    }

    /**
     * A call that refuses, and the arguments that may be literals, by position: the shape each must have (a field
     * name, a problem's type; anything, for a line that only goes to the log).
     */
    private record Refusing(Pattern callee, Map<Integer, Pattern> literalAt) {
    }

    /** The literals of an argument outside any UserText.of(...) within it, keys in braces left out too. */
    private static List<String> withoutUserText(String argument) {
        String rest = argument;
        Matcher call = USER_TEXT.matcher(rest);
        while (call.find()) {
            int open = rest.indexOf('(', call.end());
            int close = open + 1;
            for (int depth = 1; depth > 0; close++) {
                char c = rest.charAt(close);
                if (c == '"') {
                    close = rest.indexOf('"', close + 1);
                    while (rest.charAt(close - 1) == '\\') {
                        close = rest.indexOf('"', close + 1);
                    }
                } else if (c == '(') {
                    depth++;
                } else if (c == ')') {
                    depth--;
                }
            }
            rest = rest.substring(0, call.start()) + rest.substring(close);
            call = USER_TEXT.matcher(rest);
        }
        return JavaCalls.literals(rest).stream().filter(l -> !TEMPLATE.matcher(l).matches()).toList();
    }

    /** Each exception class declared in the sources, by the class it extends. */
    private static Map<String, String> exceptionParents(Path sources) {
        Pattern declared = Pattern.compile("\\bclass\\s+(\\w+Exception)\\s+extends\\s+(\\w+)");
        Map<String, String> parents = new HashMap<>();
        for (Path file : JavaCalls.sources(sources)) {
            Matcher found = declared.matcher(JavaCalls.code(file));
            while (found.find()) {
                parents.put(found.group(1), found.group(2));
            }
        }
        return parents;
    }

    private static Set<String> descendants(Map<String, String> parents, String root) {
        Set<String> found = new TreeSet<>();
        for (String type : parents.keySet()) {
            for (String at = type; at != null; at = parents.get(at)) {
                if (at.equals(root)) {
                    found.add(type);
                    break;
                }
            }
        }
        found.add(root);
        return found;
    }

    private static String where(JavaCalls.Call call) {
        return call.file().getFileName() + ":" + call.line();
    }

    private static Map<String, String> bundle() throws IOException {
        assertTrue(Files.isRegularFile(BUNDLE), BUNDLE.toAbsolutePath().toString());
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(BUNDLE, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        Map<String, String> bundle = new TreeMap<>();
        properties.stringPropertyNames().forEach(key -> bundle.put(key, properties.getProperty(key)));
        return bundle;
    }
}

package org.helpline.callers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The services find a caller's records by id only through {@link CallerRecords}, so that the rule of who may
 * touch them cannot be left out of a new method: a plain {@code em.find} of a {@link CallerRecord} anywhere else
 * fails this test, unless it is one of the few below, each of which applies a rule of its own first (or works on
 * ids that a checked query gave it). {@code RecordAccessIT} proves the same from outside, through every operation
 * and page that takes an id.
 */
class OneRecordRuleTest {

    /** Where a plain look-up is right, and why. */
    private static final Map<String, String> ALLOWED = Map.of(
            "callers/CallerRecords.java", "the rule itself",
            "callers/CallerLookup.java", "a caller shown as a match may be linked with the match's token (mayLink)",
            "calls/ContactLog.java", "the caller being linked by a match's token, and that caller's case (mayLink)",
            "supervision/Reviews.java", "sampling, by supervisors, contacts that a query of the month just found",
            "privacy/Erasure.java", "shredding a caller that erase or retention has already found and checked");

    private static final Pattern FIND = Pattern.compile("\\bem\\.find\\((\\w+)\\.class");

    @Test
    void noServiceFindsACallersRecordAroundTheRule() throws IOException, ClassNotFoundException {
        Path sources = Path.of("src/main/java/org/helpline");
        List<String> around = new ArrayList<>();
        int finds = 0;
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                String where = sources.relativize(file).toString().replace('\\', '/');
                Matcher find = FIND.matcher(source);
                while (find.find()) {
                    finds++;
                    Class<?> type = typeNamed(find.group(1), source, file);
                    if (type != null && CallerRecord.class.isAssignableFrom(type) && !ALLOWED.containsKey(where)) {
                        around.add(where + ": em.find(" + find.group(1) + ".class, ...)");
                    }
                }
            }
        }
        assertTrue(finds > 5, "the sources are read: " + finds);
        assertEquals(List.of(), around, "find these through CallerRecords.find, which applies who may touch them");
    }

    /** The class a simple name in {@code source} stands for: imported, or in the file's own package. */
    private static Class<?> typeNamed(String simpleName, String source, Path file) throws ClassNotFoundException {
        Matcher imported = Pattern.compile("import ([\\w.]+\\." + simpleName + ");").matcher(source);
        if (imported.find()) {
            return Class.forName(imported.group(1));
        }
        Matcher pkg = Pattern.compile("package ([\\w.]+);").matcher(source);
        if (pkg.find()) {
            try {
                return Class.forName(pkg.group(1) + "." + simpleName);
            } catch (ClassNotFoundException notInPackage) {
                return null;
            }
        }
        return null;
    }
}

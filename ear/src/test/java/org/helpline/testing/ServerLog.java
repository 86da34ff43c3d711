package org.helpline.testing;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The log of the server the tests deployed to (the build's WildFly under target/server), read from a mark: what
 * the server wrote while a test ran, as whole records (a line with its time, and the stack trace lines after it).
 */
public final class ServerLog {

    private static final Pattern RECORD_START = Pattern.compile("(?m)^(?=\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d,\\d{3} )");

    private final Path file;
    private final long start;

    private ServerLog(Path file) throws IOException {
        this.file = file;
        this.start = Files.size(file);
    }

    /** From now on, server.log (or, by {@link #json()}, server.json). */
    public static ServerLog mark() throws IOException {
        return new ServerLog(find());
    }

    /** The JSON log beside server.log, from now on. */
    public static ServerLog json() throws IOException {
        return new ServerLog(find().resolveSibling("server.json"));
    }

    /** Everything written since the mark. */
    public String since() throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "r")) {
            long length = f.length();
            long from = length < start ? 0 : start; // rotated meanwhile
            byte[] bytes = new byte[(int) (length - from)];
            f.seek(from);
            f.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    /** The records written since the mark, each with its stack trace if it has one. */
    public List<String> records() throws IOException {
        List<String> records = new ArrayList<>();
        for (String record : RECORD_START.split(since())) {
            if (!record.isBlank()) {
                records.add(record);
            }
        }
        return records;
    }

    /** Whether a record holds a stack trace. */
    public static boolean hasStackTrace(String record) {
        return record.contains("\tat ") || record.contains("Caused by");
    }

    private static Path find() throws IOException {
        try (Stream<Path> found = Files.find(Path.of("target/server"), 5,
                (p, a) -> p.endsWith(Path.of("standalone", "log", "server.log")))) {
            return found.findFirst().orElseThrow(() -> new IllegalStateException("no server.log under target/server"));
        }
    }
}

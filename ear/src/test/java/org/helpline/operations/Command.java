package org.helpline.operations;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;

import org.helpline.testing.ScratchDatabase;

/**
 * A command run as the charity's IT volunteer would run it, from the repository's top folder: one of the
 * {@code ops/} scripts, or {@code psql}, with the database named by the server's variables.
 */
final class Command {

    /** The repository's top folder, where {@code ops/} is (set by the build). */
    static final Path REPOSITORY = Path.of(System.getProperty("helpline.repository.dir"));

    private final List<String> words;
    private final Map<String, String> environment;
    private Path input;

    /** What it printed (standard output and error together) and how it ended. */
    record Outcome(int status, String output) {

        @Override
        public String toString() {
            return "exit " + status + ":\n" + output;
        }
    }

    private Command(List<String> words, Map<String, String> environment) {
        this.words = words;
        this.environment = environment;
    }

    /** {@code ops/<script> <arguments>} on {@code database}, named as a server names it (HELPLINE_DB_*). */
    static Command ops(ScratchDatabase database, String script, String... arguments) {
        List<String> words = new ArrayList<>(List.of(REPOSITORY.resolve("ops").resolve(script).toString()));
        words.addAll(List.of(arguments));
        return new Command(words, Map.of("HELPLINE_DB_URL", database.url(), "HELPLINE_DB_USER", ScratchDatabase.user(),
                "HELPLINE_DB_PASSWORD", ScratchDatabase.password()));
    }

    /** Loads a gzipped plain SQL dump into {@code database} with psql, in one transaction, stopping at an error. */
    static Outcome loadDump(ScratchDatabase database, Path gzipped) {
        Command psql = new Command(List.of("psql", "--no-psqlrc", "--quiet", "--set=ON_ERROR_STOP=1",
                "--single-transaction", "--output=/dev/null", "--dbname=" + database.url().substring("jdbc:".length())),
                Map.of("PGUSER", ScratchDatabase.user(), "PGPASSWORD", ScratchDatabase.password()));
        psql.input = gzipped;
        return psql.run();
    }

    Outcome run() {
        ProcessBuilder builder = new ProcessBuilder(words).directory(REPOSITORY.toFile()).redirectErrorStream(true);
        builder.environment().putAll(environment);
        try {
            // Output to a file, so that a command that stops reading its input (psql at an error) cannot
            // block on writing while this writes to it.
            Path output = Files.createTempFile("helpline-command", ".out");
            try {
                Process process = builder.redirectOutput(output.toFile()).start();
                try (OutputStream to = process.getOutputStream()) {
                    if (input != null) {
                        try (InputStream sql = new GZIPInputStream(Files.newInputStream(input))) {
                            sql.transferTo(to);
                        }
                    }
                } catch (IOException stoppedReading) {
                    if (!process.waitFor(10, TimeUnit.SECONDS) || process.exitValue() == 0) {
                        throw stoppedReading;
                    }
                    // it stopped at an error: its exit status and output say which
                }
                if (!process.waitFor(5, TimeUnit.MINUTES)) {
                    process.destroyForcibly();
                    throw new IllegalStateException(words + " did not finish within 5 minutes");
                }
                return new Outcome(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
            } finally {
                Files.delete(output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not run " + words, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

package org.helpline.shared.seeds;

import static org.helpline.shared.JsonValues.JSON;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import jakarta.json.JsonArray;
import jakarta.json.JsonReader;

/** Reads the JSON files of {@code seeds/}, which the build copies into the EJB jar. */
public final class SeedFiles {

    private SeedFiles() {
    }

    /** A seed file's top-level array; {@code file} is relative to {@code seeds/}. */
    public static JsonArray read(String file) {
        String path = "seeds/" + file;
        try (InputStream in = SeedFiles.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Seed file missing from the build: " + path);
            }
            try (JsonReader reader = JSON.createReader(in)) {
                return reader.readArray();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read seed file " + path, e);
        }
    }
}

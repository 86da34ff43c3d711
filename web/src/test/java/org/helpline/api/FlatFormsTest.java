package org.helpline.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Every form built of flattened parts is described flat: none is missing from FlatForms' list. */
class FlatFormsTest {

    @Test
    void everyFormWithFlattenedPartsIsListed() throws IOException {
        Path sources = Path.of("../ejb/src/main/java");
        Set<String> using;
        try (Stream<Path> files = Files.walk(sources)) {
            using = files.filter(f -> f.toString().endsWith(".java")).filter(f -> {
                try {
                    String text = Files.readString(f);
                    return text.contains("@Flattened") && !f.endsWith("Flattened.java");
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).map(f -> f.getFileName().toString().replace(".java", "")).collect(Collectors.toSet());
        }
        assertEquals(using, FlatForms.FORMS.stream().map(Class::getSimpleName).collect(Collectors.toSet()));
    }
}

package org.helpline.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The browser tests reach the contact form through its page object, {@code ContactFormPage}, never by the
 * form's selectors, so that when the page changes one class changes with it. Reads the test sources; needs
 * no server.
 */
class ContactFormSelectorsIT {

    /** A CSS selector into the form called "log", as Java source spells it (split, so as not to find itself). */
    private static final String SELECTOR = "#log" + "\\\\:";

    /** The access log's table: another page, whose form happens to be called "log" too. */
    private static final String ACCESS_LOG = SELECTOR + "refusals";

    private static final String PAGE_OBJECT = "ContactFormPage.java";

    @Test
    void onlyThePageObjectHoldsTheContactFormsSelectors() throws IOException {
        List<String> found = new ArrayList<>();
        boolean pageObjectSeen = false;
        try (Stream<Path> files = Files.walk(testSources())) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                List<String> lines = Files.readAllLines(file);
                if (file.getFileName().toString().equals(PAGE_OBJECT)) {
                    pageObjectSeen = lines.stream().anyMatch(line -> line.contains(SELECTOR));
                    continue;
                }
                for (int i = 0; i < lines.size(); i++) {
                    if (lines.get(i).replace(ACCESS_LOG, "").contains(SELECTOR)) {
                        found.add(testSources().relativize(file) + ":" + (i + 1) + ": " + lines.get(i).strip());
                    }
                }
            }
        }
        assertTrue(pageObjectSeen, "the check looks for what the page object uses (" + SELECTOR + ")");
        assertEquals(List.of(), found, "contact form selectors outside " + PAGE_OBJECT
                + ": give the page object a method for the step instead");
    }

    private static Path testSources() {
        String repository = System.getProperty("helpline.repository.dir");
        if (repository == null) {
            fail("Set helpline.repository.dir to the repository (ear/pom.xml does, for failsafe)");
        }
        return Path.of(repository, "ear", "src", "test", "java");
    }
}

package org.helpline.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.helpline.testing.Browser;
import org.helpline.testing.BrowserTest;
import org.helpline.testing.ContactForms;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

/**
 * A canary phrase in a caller's name and notes, then everything that makes the server complain: fields over
 * their limit, nonsense in addresses, missing pages, pages the role may not open. Afterwards neither the
 * server's log (plain or JSON) nor any page it answered holds the canary or a stack trace.
 */
class HealthDataStaysOutOfLogsIT extends BrowserTest {

    @Test
    void noCanaryInTheLogOrOnAnErrorPage() throws IOException {
        Path log = serverLog();
        long logStart = Files.size(log);
        Path json = log.resolveSibling("server.json");
        long jsonStart = Files.size(json);
        String canary = "Canary" + ContactForms.unique();
        String name = ContactForms.uniqueName("Canary", "Caller");

        browser.open("/").signIn("adviser", "adviser-demo-2026");
        browser.fillNamedCall(ContactForms.uniqueMobile(), name, "PIP", "Said " + canary + " and that she feels hopeless.");
        browser.saveIntoNewCaseAndOpenIt("Canary case " + canary);
        String casePath = browser.path() + "?" + browser.driver().getCurrentUrl().replaceAll(".*\\?", "");

        // A note far over its limit, on the case.
        setValue("case:note", canary + " ".repeat(3) + "x".repeat(30_000));
        browser.submit("#case\\:addNote");
        assertNoTrace(browser.pageText(), "the case page after a note too long");
        assertTrue(browser.pageText().contains("Case HL-"), "still on the case");

        // A contact whose summary is over its limit.
        browser.fillNamedCall(ContactForms.uniqueMobile(), name + " again", "PIP", "x");
        setValue("log:summary", canary + " " + "y".repeat(20_000));
        browser.submit("#log\\:save");
        browser.waitFor("#log\\:summary ~ .field-error");
        assertNoTraceOrCanary(browser.text("#log\\:summary ~ .field-error"), canary, "the summary's message");
        assertNoTrace(browser.pageText(), "the log page after a summary too long");

        // Nonsense and the canary in addresses, missing pages, and pages an adviser may not open.
        for (String path : new String[] {"/cases/view.xhtml?id=" + canary, "/followups/work.xhtml?id=" + canary,
                "/no-such-page-" + canary + ".xhtml", "/admin/history.xhtml?record=caller&id=" + canary,
                "/reports/monthly/export?month=" + canary + "&format=pdf", "/search.xhtml?text=" + canary,
                casePath + "&note=" + canary, "/jakarta.faces.resource/" + canary + ".js.xhtml"}) {
            Browser.Fetched answer = browser.fetch(path);
            assertTrue(answer.status() < 500, path + " answered " + answer.status());
            String page = answer.text().replaceAll("(?s)<script.*?</script>", "");
            assertNoTrace(page, path);
            if (answer.status() >= 400 || page.contains("not found") || page.contains("Not allowed")) {
                assertFalse(page.contains(canary), path + ": the error page shows the canary");
            }
        }

        for (String logged : new String[] {tail(log, logStart), tail(json, jsonStart)}) {
            assertFalse(logged.isEmpty(), "the server logged something while the test ran");
            assertFalse(logged.contains(canary), "the canary is in the log");
            assertFalse(logged.contains(name.substring(name.lastIndexOf(' ') + 1)), "the caller's name is in the log");
            assertFalse(logged.contains("hopeless"), "the notes are in the log");
        }
    }

    private void setValue(String id, String value) {
        ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById(arguments[0]).value = arguments[1]",
                id, value);
    }

    private static void assertNoTraceOrCanary(String text, String canary, String where) {
        assertFalse(text.contains(canary), where + " shows the canary");
        assertNoTrace(text, where);
    }

    private static void assertNoTrace(String text, String where) {
        assertFalse(text.matches("(?s).*\\b(java|jakarta|org)\\.[a-z.]+\\.[A-Z]\\w*(Exception|Error)\\b.*"), where + " shows an exception");
        assertEquals(-1, text.indexOf("\tat "), where + " shows a stack trace");
    }

    /** The log of the server the tests deployed to (the build's WildFly under target/server). */
    private static Path serverLog() throws IOException {
        try (Stream<Path> found = Files.find(Path.of("target/server"), 5,
                (p, a) -> p.endsWith(Path.of("standalone", "log", "server.log")))) {
            return found.findFirst().orElseThrow(() -> new IllegalStateException("no server.log under target/server"));
        }
    }

    private static String tail(Path file, long from) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "r")) {
            long length = f.length();
            if (length < from) {
                from = 0; // rotated meanwhile
            }
            byte[] bytes = new byte[(int) (length - from)];
            f.seek(from);
            f.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }
}

package org.helpline.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.helpline.testing.Browser;
import org.helpline.testing.BrowserTest;
import org.helpline.testing.ContactFormPage;
import org.helpline.testing.ContactForms;
import org.helpline.testing.ServerLog;
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
        ServerLog log = ServerLog.mark();
        ServerLog json = ServerLog.json();
        String canary = "Canary" + ContactForms.unique();
        String name = ContactForms.uniqueName("Canary", "Caller");

        browser.open("/").signIn("adviser", "adviser-demo-2026");
        browser.fillNamedCall(ContactForms.uniqueMobile(), name, "PIP", "Said " + canary + " and that she feels hopeless.");
        browser.saveIntoNewCaseAndOpenIt("Canary case " + canary);
        String casePath = browser.path() + "?" + browser.driver().getCurrentUrl().replaceAll(".*\\?", "");

        // A note far over its limit, on the case.
        browser.openPanel("notePanel");
        setValue("case:note", canary + " ".repeat(3) + "x".repeat(30_000));
        browser.submit("#case\\:addNote");
        assertNoTrace(browser.pageText(), "the case page after a note too long");
        assertTrue(browser.pageText().contains("Case HL-"), "still on the case");

        // A contact whose summary is over its limit.
        ContactFormPage form = new ContactFormPage(browser).fillNamedCall(ContactForms.uniqueMobile(), name + " again", "PIP", "x");
        setValue("log:summary", canary + " " + "y".repeat(20_000));
        form.submit();
        assertNoTraceOrCanary(form.waitForErrorAt("summary"), canary, "the summary's message");
        assertNoTrace(browser.pageText(), "the log page after a summary too long");

        // Nonsense and the canary in addresses, missing pages, and pages an adviser may not open.
        for (String path : new String[] {"/cases/view.xhtml?id=" + canary, "/callers/view.xhtml?id=" + canary,
                "/followups/work.xhtml?id=" + canary,
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

        for (String logged : new String[] {log.since(), json.since()}) {
            assertFalse(logged.isEmpty(), "the server logged something while the test ran");
            assertFalse(logged.contains(canary), "the canary is in the log");
            assertFalse(logged.contains(name.substring(name.lastIndexOf(' ') + 1)), "the caller's name is in the log");
            assertFalse(logged.contains("hopeless"), "the notes are in the log");
        }
    }

    /**
     * Sign-in forms as a script would send them, not a browser: no page state, a forged one, an empty one, a field
     * far over any limit, wrong field names, a body that is not a form. Each is refused with 400 (or just shows the
     * sign-in page again), nobody is signed in, and the log holds one line for it with its request id and no stack
     * trace.
     */
    @Test
    void aMalformedSignInIsOneLineInTheLogWithoutAStackTrace() throws Exception {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        URI login = URI.create("http://127.0.0.1:" + Integer.getInteger("helpline.http.port", 8180) + "/helpline/login.xhtml");
        String run = ContactForms.unique();
        String form = "application/x-www-form-urlencoded";
        String[][] posts = {
            {"none", form, "login=login&login%3Ausername=admin&login%3Apassword=x&login%3AsignIn="},
            {"forged", form, "login=login&login%3Ausername=admin&login%3Apassword=x&login%3AsignIn=&jakarta.faces.ViewState=forged"},
            {"stateless", form, "login=login&login%3Ausername=admin&login%3Apassword=x&login%3AsignIn=&jakarta.faces.ViewState=stateless"},
            {"empty", form, "login%3AsignIn=&jakarta.faces.ViewState="},
            {"numbers", form, "login=login&jakarta.faces.ViewState=-1234%3A5678"},
            {"oversized", form, "login=login&login%3Ausername=" + "a".repeat(200_000) + "&login%3AsignIn=&jakarta.faces.ViewState=x"},
            {"names", form, "user=admin&pass=x&submit=1&jakarta.faces.ViewState=" + "A".repeat(20_000)},
            {"multipart", "multipart/form-data; boundary=xyz", "--xyz\r\nContent-Disposition: form-data; name=\"login\"\r\n\r\nlog"},
        };
        ServerLog log = ServerLog.mark();
        List<String> refused = new ArrayList<>();
        for (String[] post : posts) {
            String id = "signin-" + run + "-" + post[0];
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(login).header("Content-Type", post[1])
                    .header("X-Request-Id", id).POST(HttpRequest.BodyPublishers.ofString(post[2])).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(answer.statusCode() == 400 || answer.statusCode() == 200, post[0] + " answered " + answer.statusCode());
            assertNoTrace(answer.body().replaceAll("(?s)<script.*?</script>", ""), post[0]);
            assertTrue(answer.headers().firstValue("Location").isEmpty(), post[0] + " signed someone in");
            if (answer.statusCode() == 400) {
                refused.add(id);
            }
        }
        assertTrue(refused.size() >= 6, "refused: " + refused);

        List<String> records = log.records();
        assertEquals(List.of(), records.stream().filter(ServerLog::hasStackTrace).toList(), "no stack trace for a malformed sign-in");
        for (String id : refused) {
            List<String> mine = records.stream().filter(r -> r.contains("[" + id + "]") && r.contains("Refused")).toList();
            assertEquals(1, mine.size(), id + ": " + mine);
            assertTrue(mine.get(0).matches("(?s)\\S+ \\S+ (WARN|INFO) .*"), mine.get(0));
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
}

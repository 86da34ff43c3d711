package org.helpline.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.helpline.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * Every form, every text field at once, filled with hostile input and submitted as a person would: the
 * page that comes back is a Helpline page (never "Something went wrong"), no script or element from the
 * input ran or appeared, and no exception is shown.
 */
class HostileFormsIT extends BrowserTest {

    private static final String MARK = "data-pwned";

    private static final List<String> HOSTILE = List.of(
            "<script>window.__pwned=1</script><img src=x onerror=window.__pwned=1 " + MARK + "=1>",
            "\"><svg onload=window.__pwned=1 " + MARK + "=1>",
            "'; drop table contact; --",
            "Zoë \uD83E\uDDE0 \u202Eevil\u202C",
            "99999999999999999999999999",
            "-1",
            "2026-13-45",
            "A".repeat(20_000));

    /** A page, who may open it, its form, and the button that submits it. */
    private record Form(String user, String password, String page, String formId, String button) {
    }

    private static final List<Form> FORMS = List.of(
            new Form("adviser", "adviser-demo-2026", "/calls/log.xhtml", "log", "save"),
            new Form("adviser", "adviser-demo-2026", "/search.xhtml", "search", "go"),
            new Form("adviser", "adviser-demo-2026", "/directory/index.xhtml", "directory", "find"),
            new Form("supervisor", "supervisor-demo-2026", "/reports/monthly.xhtml", "report", "show"),
            new Form("admin", "admin-demo-2026", "/admin/user.xhtml", "user", "save"),
            new Form("admin", "admin-demo-2026", "/admin/history.xhtml", "history", "show"),
            new Form("admin", "admin-demo-2026", "/admin/access-log.xhtml", "accessLog", "show"),
            new Form("admin", "admin-demo-2026", "/admin/service.xhtml", "service", "save"),
            new Form("admin", "admin-demo-2026", "/admin/article.xhtml", "article", "save"));

    @Test
    void hostileInputInEveryFieldOfEveryFormNeverBreaksAPageOrRunsAScript() {
        List<String> wrong = new ArrayList<>();
        String signedInAs = null;
        int submitted = 0;
        for (Form form : FORMS) {
            if (!form.user().equals(signedInAs)) {
                browser.driver().manage().deleteAllCookies();
                browser.open("/").signIn(form.user(), form.password());
                signedInAs = form.user();
            }
            for (String value : HOSTILE) {
                browser.open(form.page());
                List<WebElement> button = browser.findAll("#" + form.formId() + "\\:" + form.button());
                if (button.isEmpty()) {
                    wrong.add(form.page() + ": no #" + form.formId() + ":" + form.button() + " to press");
                    break;
                }
                int filled = ((Number) js().executeScript("""
                        const form = document.getElementById(arguments[0]);
                        let n = 0;
                        form.querySelectorAll('input, textarea, select').forEach(el => {
                            const type = (el.getAttribute('type') || 'text').toLowerCase();
                            if (el.tagName === 'SELECT') {
                                const o = document.createElement('option');
                                o.value = arguments[1]; o.text = 'tampered';
                                el.appendChild(o); el.value = arguments[1]; n++;
                            } else if (['hidden', 'submit', 'button', 'checkbox', 'radio', 'file'].indexOf(type) < 0) {
                                el.removeAttribute('maxlength');
                                el.setAttribute('type', 'text');
                                el.value = arguments[1]; n++;
                            }
                        });
                        return n;""", form.formId(), value)).intValue();
                if (filled == 0) {
                    wrong.add(form.page() + ": no fields to fill");
                    break;
                }
                press("#" + form.formId() + "\\:" + form.button());
                submitted++;
                String where = form.page() + " with " + (value.length() > 30 ? value.substring(0, 30) + "…" : value);
                if (browser.findAll("main#main").isEmpty()) {
                    wrong.add(where + ": not a Helpline page");
                    continue;
                }
                String heading = browser.text("main h1");
                if (heading.equals("Something went wrong")
                        || Boolean.TRUE.equals(js().executeScript("return window.__ajaxFailed === true"))) {
                    wrong.add(where + ": server error");
                }
                if (!browser.driver().findElements(By.cssSelector("[" + MARK + "]")).isEmpty()
                        || Boolean.TRUE.equals(js().executeScript("return window.__pwned === 1"))) {
                    wrong.add(where + ": the input ran or made an element");
                }
                String text = browser.pageText();
                if (text.matches("(?s).*\\b(java|jakarta|org)\\.[a-z.]+\\.[A-Z]\\w*(Exception|Error)\\b.*")) {
                    wrong.add(where + ": shows an exception");
                }
            }
        }
        System.out.println("Hostile forms: " + submitted + " submissions");
        assertEquals(List.of(), wrong);
    }

    @Test
    void aFormSentFromAnExpiredPageSavesNothingSaysSoAndStillSignsOut() {
        browser.open("/").signIn("admin", "admin-demo-2026");
        browser.open("/admin/user.xhtml");
        String username = "exp-" + java.util.UUID.randomUUID().toString().substring(0, 6);
        browser.find("#user\\:displayName").sendKeys("Expired Eve");
        browser.find("#user\\:username").sendKeys(username);
        js().executeScript("document.querySelectorAll('input[name=\"jakarta.faces.ViewState\"]')"
                + ".forEach(i => i.value = '1234567890:987654321');");
        browser.submit("#user\\:save");
        assertEquals("That page had expired", browser.text("main h1"));
        browser.assertAccessible().screenshot("expired-form");
        browser.open("/admin/users.xhtml");
        assertEquals(false, browser.text("#staff\\:users").contains(username), "nothing saved");

        browser.open("/admin/user.xhtml");
        js().executeScript("document.querySelectorAll('input[name=\"jakarta.faces.ViewState\"]')"
                + ".forEach(i => i.value = 'x');");
        browser.submit("#user\\:save");
        browser.find("#signOutForm\\:signOutLink").sendKeys(org.openqa.selenium.Keys.ENTER);
        browser.waitForPath("/login.xhtml");
        browser.open("/admin/users.xhtml");
        assertEquals("/login.xhtml", browser.path(), "signed out from the error page");
    }

    /**
     * Presses a button that submits the page or sends an Ajax request, and waits until either is done: the
     * new page has loaded, or PrimeFaces says the request is complete (with its update applied).
     */
    private void press(String css) {
        js().executeScript("window.helplineOldPage = true; window.__ajaxFailed = false; window.__ajaxDone = false;"
                + "if (window.jQuery) { jQuery(document).on('pfAjaxError', function () { window.__ajaxFailed = true; })"
                + ".on('pfAjaxComplete', function () { window.__ajaxDone = true; }); }");
        browser.find(css).click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20))
                .until(d -> Boolean.TRUE.equals(js().executeScript("return document.readyState === 'complete' && "
                        + "(window.helplineOldPage === undefined || window.__ajaxDone && PrimeFaces.ajax.Queue.isEmpty());")));
    }

    private JavascriptExecutor js() {
        return (JavascriptExecutor) browser.driver();
    }
}

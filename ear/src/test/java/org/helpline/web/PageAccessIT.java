package org.helpline.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.helpline.testing.Browser;
import org.helpline.testing.BrowserTest;
import org.helpline.testing.ContactForms;
import org.junit.jupiter.api.Test;

/**
 * Every role against every page that takes a record's number, with the real number, a missing one and
 * nonsense, through the address bar as a person could type it: a caller's name shows only where the role
 * may see it, nothing answers 500 or shows a stack trace, and a page the role may not open says so.
 */
class PageAccessIT extends BrowserTest {

    private static final Map<String, String> PASSWORDS = new LinkedHashMap<>();

    /** A Java exception's class name or a stack frame, as an error page must never show. */
    private static final Pattern STACK_TRACE = Pattern.compile("\\b(java|jakarta|org|io)\\.[a-z]+(\\.[A-Za-z]+)*"
            + "\\.[A-Z][A-Za-z]*(Exception|Error)\\b|\\bat [a-z]+\\.[a-z]+\\.[A-Za-z.$]+\\(");

    static {
        PASSWORDS.put("adviser", "adviser-demo-2026");
        PASSWORDS.put("adviser2", "adviser2-demo-2026");
        PASSWORDS.put("supervisor", "supervisor-demo-2026");
        PASSWORDS.put("manager", "manager-demo-2026");
        PASSWORDS.put("admin", "admin-demo-2026");
    }

    @Test
    void aCallersNameShowsOnlyToThoseWhoMaySeeItWhateverIsTypedInTheAddress() {
        // The adviser logs a named call that opens a case.
        String name = ContactForms.uniqueName("Rhian", "Address");
        browser.open("/").signIn("adviser", PASSWORDS.get("adviser"));
        browser.fillNamedCall(ContactForms.uniqueMobile(), name, "PIP", "Wants help with a PIP form.");
        browser.saveIntoNewCaseAndOpenIt("Address bar probe");
        String caseId = browser.driver().getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");
        browser.driver().manage().deleteAllCookies();

        // The admin's history of the case names its caller's number, for the caller's own pages.
        browser.open("/").signIn("admin", PASSWORDS.get("admin"));
        String caseHistory = browser.fetch("/admin/history.xhtml?record=case&id=" + caseId).text();
        Matcher m = Pattern.compile("Caller (\\d+)").matcher(caseHistory);
        assertTrue(m.find(), "the case's history names its caller");
        String callerId = m.group(1);
        browser.driver().manage().deleteAllCookies();

        List<String> pages = new ArrayList<>();
        for (String id : List.of(caseId, callerId, String.valueOf(Long.parseLong(caseId) + 7_000_000), "0", "-1",
                "abc", "99999999999999999999", "%3Cscript%3Ealert(1)%3C/script%3E")) {
            pages.add("/cases/view.xhtml?id=" + id);
            pages.add("/callers/view.xhtml?id=" + id);
            pages.add("/calls/log.xhtml?caller=" + id);
            pages.add("/followups/work.xhtml?id=" + id);
            pages.add("/calls/log.xhtml?followUp=" + id);
            pages.add("/calls/log.xhtml?call=" + id);
            pages.add("/supervision/alert.xhtml?id=" + id);
            pages.add("/supervision/review.xhtml?id=" + id);
            pages.add("/supervision/caseload.xhtml?adviser=adviser&id=" + id);
            pages.add("/admin/user.xhtml?id=" + id);
            pages.add("/admin/history.xhtml?record=caller&id=" + id);
            pages.add("/admin/history.xhtml?record=case&id=" + id);
            pages.add("/admin/access-log.xhtml?caller=" + id);
            pages.add("/emails/enquiry.xhtml?id=" + id);
            pages.add("/emails/attachment?id=" + id);
        }
        pages.add("/reports/monthly.xhtml");
        pages.add("/reports/monthly.xhtml?month=2026-13");
        pages.add("/reports/monthly.xhtml?month=9999-12");
        pages.add("/reports/monthly.xhtml?month=%3Cscript%3Ealert(1)%3C/script%3E");
        pages.add("/reports/changes.xhtml");
        pages.add("/supervision/caseload.xhtml?list=OPEN_CASES&adviser=%2Fe%00");
        pages.add("/search.xhtml");
        pages.add("/calls/missed.xhtml");
        pages.add("/emails/queue.xhtml");
        pages.add("/admin/phone-systems.xhtml");
        pages.add("/api-docs.xhtml");

        // Where each user may see the caller's name: the adviser and the supervisor on the case, the caller's
        // page and the contact form opened for the caller; the admin
        // in the caller's history; supervisors and admins in the adviser's caseload (whatever else the address
        // says). Nobody else, on no page, with no number.
        Set<String> callersOwnPages = Set.of("/cases/view.xhtml?id=" + caseId, "/callers/view.xhtml?id=" + callerId,
                "/calls/log.xhtml?caller=" + callerId);
        Map<String, Set<String>> mayShowName = Map.of(
                "adviser", callersOwnPages,
                "supervisor", callersOwnPages,
                "admin", Set.of("/admin/history.xhtml?record=caller&id=" + callerId));
        Set<String> overseers = Set.of("supervisor", "admin");
        List<String> wrong = new ArrayList<>();
        int fetched = 0;
        for (var user : PASSWORDS.entrySet()) {
            Browser b = browser;
            b.open("/").signIn(user.getKey(), user.getValue());
            for (String page : pages) {
                Browser.Fetched answer = b.fetch(page);
                fetched++;
                String body = answer.text();
                boolean showsName = body.contains(name);
                boolean allowed = mayShowName.getOrDefault(user.getKey(), Set.of()).contains(page)
                        || overseers.contains(user.getKey()) && page.startsWith("/supervision/caseload.xhtml");
                // PrimeFaces names the error pages' exception types in its settings script: look at the page, not that.
                Matcher trace = STACK_TRACE.matcher(body.replaceAll("(?s)<script.*?</script>", ""));
                boolean traced = trace.find();
                if (answer.status() >= 500 || traced) {
                    wrong.add(user.getKey() + " " + page + ": answered " + answer.status()
                            + (traced ? " showing " + trace.group() : ""));
                }
                if (body.contains("<script>alert(1)")) {
                    wrong.add(user.getKey() + " " + page + ": reflected the script");
                }
                if (showsName && !allowed) {
                    wrong.add(user.getKey() + " " + page + ": shows the caller's name");
                }
                if (allowed && !showsName && !page.startsWith("/supervision/")) {
                    wrong.add(user.getKey() + " " + page + ": should show the caller's name but does not");
                }
            }
            b.driver().manage().deleteAllCookies();
        }
        assertTrue(fetched > 400, "pages fetched: " + fetched);
        assertEquals(List.of(), wrong);
    }

    /**
     * Every page that takes a record's number or code, opened by a role that may open it with one that names
     * nothing: it says "not found" and answers 404, not 200. A staff account's page with a number that names no
     * account does not offer to add one (no number at all does).
     */
    @Test
    void aPageForARecordThatIsNotThereAnswers404() {
        Map<String, List<String>> pagesByUser = new LinkedHashMap<>();
        pagesByUser.put("supervisor", List.of("/cases/view.xhtml?id=987654321", "/cases/view.xhtml", "/cases/view.xhtml?id=abc",
                "/followups/work.xhtml?id=987654321", "/supervision/alert.xhtml?id=987654321",
                "/supervision/review.xhtml?id=987654321", "/supervision/review.xhtml?contact=987654321",
                "/calls/log.xhtml?followUp=987654321", "/calls/log.xhtml?call=987654321",
                "/emails/enquiry.xhtml?id=987654321", "/emails/enquiry.xhtml"));
        pagesByUser.put("admin", List.of("/admin/user.xhtml?id=999", "/admin/user.xhtml?id=987654321", "/admin/user.xhtml?id=abc",
                "/admin/history.xhtml?record=case&id=987654321", "/admin/history.xhtml?record=caller&id=987654321",
                "/admin/article.xhtml?code=no-such-article", "/admin/service.xhtml?code=no-such-service"));
        List<String> wrong = new ArrayList<>();
        for (var user : pagesByUser.entrySet()) {
            browser.open("/").signIn(user.getKey(), PASSWORDS.get(user.getKey()));
            for (String page : user.getValue()) {
                Browser.Fetched answer = browser.fetch(page);
                String body = answer.text();
                if (answer.status() != 404) {
                    wrong.add(user.getKey() + " " + page + ": answered " + answer.status());
                }
                if (!body.toLowerCase(java.util.Locale.ROOT).contains("not found")) {
                    wrong.add(user.getKey() + " " + page + ": does not say not found");
                }
                if (body.contains("Add a member of staff") || body.contains("id=\"user:displayName\"")) {
                    wrong.add(user.getKey() + " " + page + ": offers the staff form");
                }
            }
            browser.driver().manage().deleteAllCookies();
        }
        assertEquals(List.of(), wrong);

        // Where nothing is asked for, nothing is missing: the pages answer 200 as before.
        browser.open("/").signIn("admin", PASSWORDS.get("admin"));
        Browser.Fetched adding = browser.fetch("/admin/user.xhtml");
        assertEquals(200, adding.status());
        assertTrue(adding.text().contains("Add a member of staff"), "no number is how to add an account");
        assertEquals(200, browser.fetch("/admin/history.xhtml").status());
        browser.driver().manage().deleteAllCookies();
        browser.open("/").signIn("supervisor", PASSWORDS.get("supervisor"));
        assertEquals(200, browser.fetch("/calls/log.xhtml").status());
    }
}

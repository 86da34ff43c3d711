package org.helpline.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

import org.helpline.telephony.Signatures;
import org.helpline.testing.ApiClient;
import org.helpline.testing.BrowserTest;
import org.helpline.testing.PhoneEvents;
import org.helpline.testing.StaysSignedIn;

/**
 * The API from the pages: an admin issues a token to a staff account by keyboard, sees its secret once, an
 * integration uses it, and revoking it shuts it out; staff read the API's description on its own page.
 */
@StaysSignedIn(user = "admin", password = "admin-demo-2026")
class ApiPagesIT extends BrowserTest {

    @Test
    void anAdminIssuesAScopedTokenByKeyboardAndRevokesIt() {
        browser.open("/admin/users.xhtml");
        browser.rowContaining("#staff\\:users", "Tom Okafor").findElement(By.cssSelector("a")).sendKeys(Keys.ENTER);
        browser.waitForPath("/admin/user.xhtml");

        browser.find("#apiTokens\\:issueToken").sendKeys(Keys.ENTER);
        browser.waitFor("#apiTokens .field-error");
        assertTrue(browser.text("#apiTokens").contains("Say what the token is for"), browser.text("#apiTokens"));
        browser.assertAccessible();

        browser.find("#apiTokens\\:tokenName").sendKeys("Browser test CRM");
        browser.find("#apiTokens\\:tokenRoles input[type='checkbox']").sendKeys(Keys.SPACE);
        browser.find("#apiTokens\\:issueToken").sendKeys(Keys.ENTER);
        browser.waitFor("#apiTokens\\:issuedSecret");
        String secret = browser.find("#apiTokens\\:issuedSecret").getAttribute("value");
        assertTrue(secret.startsWith("hlp_"), secret);
        assertTrue(browser.text("#apiTokens\\:tokens").contains("Browser test CRM"));
        browser.assertAccessible().screenshot("api-token-issued");

        ApiClient integration = new ApiClient(secret);
        assertEquals(200, integration.get("/resources?q=fatigue").status(), "the new token works at once");
        assertEquals(403, integration.get("/reports/monthly/2026-11").status(), "with only the adviser's role");
        // From the signed-in admin's own browser, as the API page does: the token counts, the session never does.
        assertEquals(200L, fetchStatus("/helpline/api/v1/resources?q=fatigue", secret), "a token from a signed-in browser");
        assertEquals(401L, fetchStatus("/helpline/api/v1/resources?q=fatigue", null), "a session alone is not let in");

        browser.rowContaining("#apiTokens\\:tokens", "Browser test CRM").findElement(By.cssSelector("button"))
                .sendKeys(Keys.ENTER);
        browser.waitFor(".form-info");
        assertTrue(browser.text("#messages").contains("revoked"), browser.text("#messages"));
        assertTrue(browser.findAll("#apiTokens\\:issuedSecret").isEmpty(), "the secret is not shown again");
        assertTrue(browser.rowContaining("#apiTokens\\:tokens", "Browser test CRM").getText().contains("Revoked"));
        assertEquals(401, integration.get("/resources?q=fatigue").status(), "a revoked token is refused");
    }

    @Test
    void anAdminAddsAPhoneSystemWhoseSecretSignsItsEventsUntilItIsSwitchedOff() {
        browser.find("#navPhoneSystems").sendKeys(Keys.ENTER);
        browser.waitForPath("/admin/phone-systems.xhtml");
        assertTrue(browser.text("#systems\\:list").contains("demo-pbx"), "the demo's phone system is listed");
        browser.assertAccessible();

        browser.find("#addSystem\\:systemCode").sendKeys("Not a code!", Keys.ENTER);
        browser.waitFor("#addSystem .field-error");
        assertTrue(browser.text("#addSystem").contains("small letters, digits or dashes"), browser.text("#addSystem"));
        String code = "pbx-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        browser.find("#addSystem\\:systemCode").clear();
        browser.find("#addSystem\\:systemCode").sendKeys(code, Keys.TAB, "Second site switchboard", Keys.ENTER);
        browser.waitFor("#secret");
        String secret = browser.find("#secret").getAttribute("value");
        assertEquals(secret, browser.driver().switchTo().activeElement().getAttribute("value"), "the secret has the focus");
        browser.assertAccessible().screenshot("phone-system-added");

        String body = PhoneEvents.event(PhoneEvents.id("call"), "RINGING", "07700 900777", null);
        String timestamp = PhoneEvents.now();
        assertEquals(202, PhoneEvents.post(code, timestamp, Signatures.sign(secret, timestamp, body), body).status(),
                "events signed with the new secret are taken in");

        browser.rowContaining("#systems\\:list", code).findElement(By.cssSelector("button[id$='switchOff']")).sendKeys(Keys.ENTER);
        browser.waitFor(".form-info");
        assertTrue(browser.rowContaining("#systems\\:list", code).getText().contains("Refused"));
        String later = PhoneEvents.event(PhoneEvents.id("call"), "RINGING", "07700 900777", null);
        assertEquals(401, PhoneEvents.post(code, timestamp, Signatures.sign(secret, timestamp, later), later).status(),
                "a switched-off system is refused");
    }

    /** What the page's own script gets back for a GET, with the browser's cookies and, if given, a token. */
    private long fetchStatus(String path, String token) {
        Object status = ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "const headers = arguments[1] ? {Authorization: 'Bearer ' + arguments[1]} : {};"
                        + "fetch(arguments[0], {headers: headers, credentials: 'same-origin'})"
                        + ".then(r => done(r.status), e => done(-1));", path, token);
        return ((Number) status).longValue();
    }

    @Test
    void staffReadTheApiDescriptionOnItsPage() {
        browser.find("#navApi").sendKeys(Keys.ENTER);
        browser.waitForPath("/api-docs.xhtml");
        browser.waitFor("#swagger-ui .opblock-tag");
        String described = browser.text("#swagger-ui");
        for (String tag : new String[] {"Callers", "Contacts", "Cases", "Follow-ups", "Referrals", "Resources", "Reports"}) {
            assertTrue(described.contains(tag), tag + " in " + described);
        }
        browser.assertAccessible().screenshot("api-docs");
    }
}

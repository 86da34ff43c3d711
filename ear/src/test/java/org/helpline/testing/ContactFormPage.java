package org.helpline.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The log-a-contact page as an adviser at the keyboard uses it: the cursor, Tab (counted), the shortcuts, the
 * topic picker and the error summary. Field ids are the page's ({@code summary}, {@code followUpReason}); tests
 * name fields and parts, never selectors: this class alone knows how the page names them (a check,
 * {@code ContactFormSelectorsIT}, keeps it so).
 */
public final class ContactFormPage {

    private final Browser browser;
    private int moves;

    public ContactFormPage(Browser browser) {
        this.browser = browser;
    }

    public ContactFormPage open() {
        browser.open("/calls/log.xhtml");
        waiting().until(d -> "log:phone".equals(focusedId()));
        return this;
    }

    /** The CSS selector of the element with this id in the form. */
    private static String css(String id) {
        return "#log\\:" + id;
    }

    /** The input for a field of the form. */
    public WebElement field(String id) {
        return part(id);
    }

    /** A part of the form: a panel ({@code matches}, {@code riskProtocol}), a banner, a button, a field. */
    public WebElement part(String id) {
        return browser.find(css(id));
    }

    public String value(String id) {
        return field(id).getAttribute("value");
    }

    /** The text a part of the form shows. */
    public String text(String id) {
        return part(id).getText();
    }

    /** Whether the page has the part now (a banner, a field shown on demand). */
    public boolean has(String id) {
        return !browser.findAll(css(id)).isEmpty();
    }

    /** Waits for a part to show, and answers it. */
    public WebElement waitFor(String id) {
        return browser.waitFor(css(id));
    }

    /** The elements matching {@code inside} (CSS) in a part: the boxes of a list, the articles of a panel. */
    public List<WebElement> within(String id, String inside) {
        return browser.findAll(css(id) + " " + inside);
    }

    /** A part shown beside the form, in its side column (fails if it is not there). */
    public WebElement beside(String id) {
        return browser.find("aside " + css(id));
    }

    /** Puts the cursor in a field directly, as a click would: not a keyboard move, nor counted as one. */
    public ContactFormPage focus(String id) {
        field(id).sendKeys("");
        return this;
    }

    public WebElement focused() {
        return browser.driver().switchTo().activeElement();
    }

    public String focusedId() {
        return focused().getAttribute("id");
    }

    /** Types into whatever has the cursor. */
    public ContactFormPage type(CharSequence... keys) {
        focused().sendKeys(keys);
        return this;
    }

    /** Tab, counted as a move beyond typing. */
    public ContactFormPage tab() {
        moves++;
        focused().sendKeys(Keys.TAB);
        return this;
    }

    /** Tab until the cursor is in {@code id}, each counted. */
    public ContactFormPage tabTo(String id) {
        for (int i = 0; i < 40 && !("log:" + id).equals(focusedId()); i++) {
            tab();
        }
        if (!("log:" + id).equals(focusedId())) {
            throw new AssertionError("Tab never reached " + id + "; the cursor is in " + focusedId());
        }
        return this;
    }

    /** The Tab and arrow presses so far. */
    public int moves() {
        return moves;
    }

    public ContactFormPage alt(String key) {
        new Actions(browser.driver()).keyDown(Keys.ALT).sendKeys(key).keyUp(Keys.ALT).perform();
        return this;
    }

    /**
     * In the topic box: types, waits for the first match to be highlighted with no search still on its way (Enter
     * while the list is being replaced chooses nothing, as it would for a person), and takes it with Enter.
     */
    public ContactFormPage pickTopic(String typed) {
        int before = chosenTopics().size();
        type(typed);
        browser.waitFor(".ui-autocomplete-panel .ui-autocomplete-item.ui-state-highlight");
        waiting().until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                "return !window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty();")));
        type(Keys.ENTER);
        waiting().until(d -> chosenTopics().size() == before + 1 && "log:topics_input".equals(focusedId()));
        return this;
    }

    /** The topics chosen so far, one list item each (counted without reading them, which an update may replace). */
    public List<WebElement> chosenTopics() {
        return within("chosenTopics", "li");
    }

    /** The callers whose details match what was typed, as the side panel reads. */
    public String matches() {
        return text("matches");
    }

    /** The caller linked to the contact, as the form shows them. */
    public String linkedCaller() {
        return text("linkedCaller");
    }

    /** Alt+L: links the first matching caller, and waits for them to show as linked. */
    public ContactFormPage linkFirstMatch() {
        alt("l");
        waitFor("linkedCaller");
        return this;
    }

    /** Space on the focused box, waiting for the part it shows ({@code shows}) to appear. */
    public ContactFormPage tick(String shows) {
        type(Keys.SPACE);
        if (shows != null) {
            waitFor(shows);
        }
        return this;
    }

    /** Waits until the draft says it was kept after {@code afterThis} was typed. */
    public ContactFormPage waitForDraft() {
        String before = draftStatus();
        waiting().until(d -> {
            String now = draftStatus();
            return now.startsWith("Draft kept at") && !now.equals(before);
        });
        return this;
    }

    /** What the form says of its draft: "" until one is kept, then "Draft kept at" a time. */
    public String draftStatus() {
        return text("draftStatus");
    }

    /** Waits for the banner offering an unsaved contact back, and answers what it says. */
    public String draftBanner() {
        return waitFor("draftBanner").getText();
    }

    /** Enter on the banner's "Restore it"; the form fills in by Ajax, for the test to wait for what it expects. */
    public ContactFormPage restoreDraft() {
        part("restoreDraft").sendKeys(Keys.ENTER);
        return this;
    }

    /** Enter on the banner's "Discard it". */
    public ContactFormPage discardDraft() {
        part("discardDraft").sendKeys(Keys.ENTER);
        return this;
    }

    /** The error summary's messages, in order, once it shows. */
    public List<String> errors() {
        browser.waitFor("#errorSummary");
        return browser.findAll("#errorSummary li a").stream().map(WebElement::getText).toList();
    }

    /** Follows the error summary's link to {@code message}'s field by keyboard; answers the id the cursor lands in. */
    public String followError(String messageStart) {
        WebElement link = browser.findAll("#errorSummary li a").stream().filter(a -> a.getText().startsWith(messageStart))
                .findFirst().orElseThrow(() -> new AssertionError("No error " + messageStart + " in " + errors()));
        link.sendKeys(Keys.ENTER);
        return focusedId();
    }

    /** The message shown at a field, or "". */
    public String errorAt(String id) {
        List<WebElement> errors = field(id).findElements(By.xpath("ancestor::div[contains(concat(' ', normalize-space(@class), ' '), ' field ')][1]"
                + "//*[contains(@class,'field-error')]"));
        return errors.isEmpty() ? "" : errors.get(0).getText();
    }

    /** Waits for a message at a field, and answers it. */
    public String waitForErrorAt(String id) {
        return waiting().until(d -> {
            String message = errorAt(id);
            return message.isEmpty() ? null : message;
        });
    }

    /** The call timer's seconds so far. */
    public int timerSeconds() {
        String text = browser.text("#timer").replaceAll("[^0-9:]", "");
        String[] parts = text.split(":");
        return Integer.parseInt(parts[0]) * 60 + Integer.parseInt(parts[1]);
    }

    /** Ticks "risk to life" and waits for the protocol to show beside the form. */
    public ContactFormPage raiseRiskToLife() {
        browser.find("input[value='RISK_TO_LIFE']").sendKeys(Keys.SPACE);
        waitFor("riskProtocol");
        return this;
    }

    /** Chooses to open a new case with the contact, called {@code title}. */
    public ContactFormPage intoNewCase(String title) {
        new Select(field("caseChoice")).selectByValue("OPEN_NEW");
        waitFor("newCaseTitle").sendKeys(title);
        return this;
    }

    /** Ticks "Follow-up needed" with Space and types the reason once its field shows. */
    public ContactFormPage followUp(String reason) {
        field("followUpNeeded").sendKeys(Keys.SPACE);
        waitFor("followUpReason").sendKeys(reason);
        return this;
    }

    /**
     * Puts the follow-up in the team queue: Enter opens the fold it shares with the window and the number, under
     * the follow-up's own fields, and Space ticks it.
     */
    public ContactFormPage toTeamQueue() {
        browser.find(css("followUpSection") + " details > summary").sendKeys(Keys.ENTER);
        field("followUpToTeam").sendKeys(Keys.SPACE);
        return this;
    }

    /** Ticks "Referral needed" with Space and answers the list of services once it shows. */
    public Select needReferral() {
        field("referralNeeded").sendKeys(Keys.SPACE);
        return new Select(waitFor("service"));
    }

    /** Refers the caller to {@code service} (its code), with their consent ticked with Space. */
    public ContactFormPage referTo(String service) {
        needReferral().selectByValue(service);
        field("consent").sendKeys(Keys.SPACE);
        return this;
    }

    /**
     * Opens the form and fills in a named caller who consents, one topic (the first match for {@code topicTyped})
     * and a summary, each into its own field; saving is left to the test.
     */
    public ContactFormPage fillNamedCall(String phone, String name, String topicTyped, String summary) {
        browser.open("/calls/log.xhtml");
        field("phone").sendKeys(phone);
        field("fullName").sendKeys(name);
        field("consentGiven").sendKeys(Keys.SPACE);
        field("topics_input").sendKeys(topicTyped);
        browser.waitFor(".ui-autocomplete-panel .ui-autocomplete-item.ui-state-highlight");
        field("topics_input").sendKeys(Keys.ENTER);
        browser.waitFor(css("chosenTopics") + " li");
        field("summary").sendKeys(summary);
        return this;
    }

    /** Clicks Save and waits for the page the save answers with. */
    public ContactFormPage submit() {
        browser.submit(css("save"));
        return this;
    }

    /** Saves the filled-in form into a new case called {@code title}, failing unless the page says it did. */
    public ContactFormPage saveIntoNewCase(String title) {
        intoNewCase(title);
        submit();
        browser.waitFor(".form-info");
        if (!browser.text(".form-info").contains("on case HL-")) {
            fail("Not saved into a case: " + browser.text(".form-info"));
        }
        return this;
    }

    /** Waits for the banner saying what was saved, and answers what it says. */
    public String savedBanner() {
        return browser.waitFor("#savedBanner").getText();
    }

    /** Waits, looking again when an ajax update replaced the element being read. */
    public WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(15));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }
}

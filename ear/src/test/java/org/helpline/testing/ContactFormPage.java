package org.helpline.testing;

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
 * name fields, never selectors.
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

    /** The input for a field of the form. */
    public WebElement field(String id) {
        return browser.find("#log\\:" + id);
    }

    public String value(String id) {
        return field(id).getAttribute("value");
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

    /** In the topic box: types, waits for the first match to be highlighted, and takes it with Enter. */
    public ContactFormPage pickTopic(String typed) {
        int before = browser.findAll("#log\\:chosenTopics li").size();
        type(typed);
        browser.waitFor(".ui-autocomplete-panel .ui-autocomplete-item.ui-state-highlight");
        type(Keys.ENTER);
        waiting().until(d -> browser.findAll("#log\\:chosenTopics li").size() == before + 1
                && "log:topics_input".equals(focusedId()));
        return this;
    }

    /** Space on the focused box, waiting for the part it shows ({@code shows}) to appear. */
    public ContactFormPage tick(String shows) {
        type(Keys.SPACE);
        if (shows != null) {
            browser.waitFor("#log\\:" + shows);
        }
        return this;
    }

    /** Waits until the draft says it was kept after {@code afterThis} was typed. */
    public ContactFormPage waitForDraft() {
        String before = browser.text("#log\\:draftStatus");
        waiting().until(d -> {
            String now = browser.text("#log\\:draftStatus");
            return now.startsWith("Draft kept at") && !now.equals(before);
        });
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

    /** The call timer's seconds so far. */
    public int timerSeconds() {
        String text = browser.text("#timer").replaceAll("[^0-9:]", "");
        String[] parts = text.split(":");
        return Integer.parseInt(parts[0]) * 60 + Integer.parseInt(parts[1]);
    }

    /** Ticks "risk to life" and waits for the protocol to show beside the form. */
    public ContactFormPage raiseRiskToLife() {
        browser.find("input[value='RISK_TO_LIFE']").sendKeys(Keys.SPACE);
        browser.waitFor("#log\\:riskProtocol");
        return this;
    }

    /** Chooses to open a new case with the contact, called {@code title}. */
    public ContactFormPage intoNewCase(String title) {
        new Select(browser.find("#log\\:caseChoice")).selectByValue("OPEN_NEW");
        browser.waitFor("#log\\:newCaseTitle").sendKeys(title);
        return this;
    }

    /** Waits, looking again when an ajax update replaced the element being read. */
    public WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(15));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }
}

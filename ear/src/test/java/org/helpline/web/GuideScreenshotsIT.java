package org.helpline.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.helpline.testing.Browser;
import org.helpline.testing.BrowserTest;
import org.helpline.testing.ContactFormPage;
import org.helpline.testing.ContactForms;
import org.helpline.testing.SupervisionPages;
import org.helpline.testing.TestMail;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Walks the tasks of the adviser's and the supervisor's guides ({@code docs/*-guide.md}) as a person would,
 * checks what each step should do, and takes the guides' pictures from the real pages
 * ({@code <guide>-<step>.png}, under ear/target in a test run, into docs/images when refreshed), so that the
 * pictures never drift from the product. Each test then checks that its guide shows exactly the pictures this
 * run took, and that docs/images has them.
 */
class GuideScreenshotsIT extends BrowserTest {

    /** The same size for every picture, so that the guides look alike from page to page. */
    private static final Dimension WINDOW = new Dimension(1280, 800);

    private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]*\\]\\(images/([^)]+\\.png)\\)");

    private final Set<String> taken = new TreeSet<>();

    @BeforeEach
    void startEachGuideAlike() {
        browser.driver().manage().window().setSize(WINDOW);
        taken.clear(); // one instance walks both guides (see BrowserTest)
    }

    @Test
    void theAdvisersGuide() throws IOException {
        String caller = "Carys Morgan";
        String mobile = ContactForms.uniqueMobile();
        browser.open("/").signIn("adviser", "adviser-demo-2026");
        assertTrue(browser.text("#myWork").contains("Log a contact"), browser.text("main"));
        picture("adviser-home", browser.assertAccessible());

        // Log a call, by keyboard, with the timer filling in the duration.
        browser.find("#home\\:logLink").sendKeys(Keys.ENTER);
        browser.waitForPath("/calls/log.xhtml");
        clearOldDrafts();
        assertEquals("log:phone", focusedId(), "the cursor starts in the phone field");
        type(mobile, Keys.TAB, caller);
        form().field("consentGiven").sendKeys(Keys.SPACE);
        form().focus("topics_input");
        pickTopic("fatig");
        type(Keys.TAB, "Fatigue is making full days at work hard; asked what helps.");
        waiting().until(d -> browser.text("#timer").matches("\\(call time \\d\\d:\\d\\d\\)")
                && !"0".equals(form().value("durationSeconds")));
        assertTrue(form().text("information").contains("FACETS"), "the vetted articles on fatigue are beside the form");
        picture("adviser-log-call", browser.assertAccessible());
        alt("s");
        String savedFirst = browser.waitFor(".form-info").getText();
        assertTrue(savedFirst.startsWith("Contact saved with " + caller + "."), savedFirst);
        picture("adviser-log-saved", browser.assertAccessible());

        browser.open("/");
        browser.rowContaining("#home\\:today", caller);

        // A non-data call: Alt+X arms the letters, S logs a silent call.
        browser.open("/calls/log.xhtml");
        alt("x");
        waiting().until(d -> browser.find("#nonDataGroup").getAttribute("class").contains("armed"));
        picture("adviser-non-data", browser.find("#nonDataGroup"));
        type("s");
        assertTrue(browser.waitFor(".form-info").getText().contains("Silent call logged"), browser.text(".form-info"));
        alt("n");
        waiting().until(d -> browser.findAll(".form-info").isEmpty() && "log:phone".equals(focusedId()));

        // The same caller rings again: found by their number in any format, linked with Alt+L.
        type("+44 " + mobile.substring(1).replace(" ", ""));
        waiting().until(d -> form().matches().contains(caller));
        assertTrue(form().matches().contains("full days at work"), "with their last contact");
        picture("adviser-repeat-caller", browser.assertAccessible());
        alt("l");
        waiting().until(d -> form().linkedCaller().contains(caller));
        waiting().until(d -> "log:callerType".equals(focusedId()));
        type("p", Keys.TAB);
        pickTopic("fatig");
        type(Keys.TAB, "Rang back: fatigue no better; keen to try the FACETS course.");
        form().intoNewCase("Fatigue at work").referTo("facets")
                .followUp("Ring back to hear how the first week of pacing went");
        picture("adviser-refer-and-follow-up", browser.assertAccessible(), form().part("followUpSection"));
        alt("s");
        String saved = browser.waitFor(".form-info").getText();
        Matcher number = Pattern.compile("on case (HL-\\d{4}-\\d{6})").matcher(saved);
        assertTrue(number.find(), saved);
        String caseNumber = number.group(1);

        // The case: its timeline, a note, a status, the FACETS referral moved on.
        browser.open("/");
        browser.rowContaining("#home\\:myCases", caseNumber).findElement(By.linkText(caseNumber)).sendKeys(Keys.ENTER);
        browser.waitForPath("/cases/view.xhtml");
        assertTrue(browser.text("#referrals").contains("FACETS fatigue-management course · Sent"), browser.text("#referrals"));
        // The referral's own check is booked on the case (the follow-up list, soonest first, may show it on a later page).
        assertTrue(browser.text("#openFollowUps").contains("Check the FACETS team received the referral"),
                browser.text("#openFollowUps"));
        browser.openPanel("notePanel").find("#case\\:note").sendKeys("Posted the fatigue booklet.");
        browser.submit("#case\\:addNote");
        assertTrue(browser.text("#timeline li").contains("Posted the fatigue booklet."), browser.text("#timeline"));
        browser.openPanel("statusPanel");
        new Select(browser.find("#case\\:status")).selectByVisibleText("Awaiting caller");
        browser.submit("#case\\:moveTo");
        assertEquals("Awaiting caller", browser.text("#facts dd#status"));
        picture("adviser-case", browser.assertAccessible());
        new Select(browser.find("#referrals select")).selectByVisibleText("Accepted");
        browser.submit("#referrals button");
        assertTrue(browser.text("#referrals").contains("FACETS fatigue-management course · Accepted"), browser.text("#referrals"));
        picture("adviser-referral", browser.assertAccessible().find("#referrals"));

        // The caller's page, from the case page's header.
        browser.find("#case\\:callerLink").sendKeys(Keys.ENTER);
        browser.waitForPath("/callers/view.xhtml");
        assertTrue(browser.text("#openReferrals").contains("FACETS"), browser.text("#openReferrals"));
        picture("adviser-caller", browser.assertAccessible());

        // The callback: listed under Follow-ups, worked, and logged.
        browser.find("#navFollowUps").sendKeys(Keys.ENTER);
        browser.waitForPath("/followups/mine.xhtml");
        WebElement callback = rowWith("#followUps\\:mine", caller, "first week of pacing");
        picture("adviser-follow-ups", browser.assertAccessible());
        callback.findElement(By.cssSelector("a, button")).sendKeys(Keys.ENTER);
        browser.waitForPath("/followups/work.xhtml");
        assertTrue(browser.text("#facts").contains("first week of pacing"), browser.text("#facts"));
        new Select(browser.find("#followUp\\:attempt")).selectByVisibleText("Reached the caller");
        browser.find("#followUp\\:note").sendKeys("Pacing is helping a little");
        picture("adviser-follow-up-work", browser.assertAccessible());
        browser.find("#followUp\\:recordAttempt").sendKeys(Keys.ENTER);
        browser.waitForPath("/calls/log.xhtml");
        assertEquals("OUTBOUND", form().value("direction"));
        assertTrue(form().linkedCaller().contains(caller), form().linkedCaller());
        assertTrue(form().value("summary").contains("Pacing is helping a little"));
        form().focus("topics_input");
        pickTopic("fatig");
        alt("s");
        assertTrue(browser.waitFor(".form-info").getText().startsWith("Contact saved"), browser.text(".form-info"));

        // A risk to life: the protocol and the crisis lines, the supervisors alerted, and their sign-off.
        String riskSummary = "Said she cannot see a way forward; agreed to ring Samaritans tonight.";
        form().fillNamedCall(ContactForms.uniqueMobile(), "Joanne Pryce", "suicid", riskSummary).raiseRiskToLife();
        assertTrue(form().text("riskProtocol").contains("A supervisor is alerted when you save"));
        assertTrue(browser.text("#crisisLines").contains("116 123"), "the crisis lines from the directory");
        browser.assertAccessible();
        picture("adviser-risk-protocol", form().part("riskProtocol"));
        alt("s");
        assertTrue(browser.waitFor(".form-info").getText().contains("Supervisors have been alerted"), browser.text(".form-info"));
        try (Browser supervisor = new Browser()) {
            supervisor.open("/").signIn("supervisor", "supervisor-demo-2026");
            signOffAlertFor(supervisor, "Joanne Pryce", "CRISIS_LINE_SIGNPOSTED");
        }
        browser.open("/");
        waiting().until(d -> browser.text("#signOutForm\\:navNotices").matches("Notices \\(\\d+ new\\)"));
        browser.find("#signOutForm\\:navNotices").sendKeys(Keys.ENTER);
        browser.waitForPath("/notices.xhtml");
        assertTrue(browser.find("#notices\\:list li").getText().contains("Morag Campbell signed off"),
                browser.find("#notices\\:list li").getText());
        picture("adviser-notices", browser.assertAccessible());

        // An email: in the queue, taken, read and answered with an information article, by keyboard.
        String subject = "Fatigue management course";
        TestMail.send("From: \"Priya Shah\" <" + TestMail.uniqueAddress("priya.shah") + ">\r\nTo: " + TestMail.HELPLINE
                + "\r\nSubject: " + subject + "\r\nMessage-ID: " + TestMail.uniqueId() + "\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: text/plain; charset=utf-8\r\n\r\nHello,\r\n\r\nI was diagnosed with relapsing "
                + "remitting MS last year. The tiredness is the hardest part: by mid-afternoon I can barely think. My MS "
                + "nurse mentioned a course about managing fatigue. Is there one I could join online?\r\n\r\nPriya\r\n");
        browser.open("/").find("#navEmails").sendKeys(Keys.ENTER);
        browser.waitForPath("/emails/queue.xhtml");
        waiting().until(d -> {
            if (browser.text("#queue\\:waiting").contains(subject)) {
                return true;
            }
            browser.find("#queue\\:refresh").sendKeys(Keys.ENTER);
            return false;
        });
        picture("adviser-email-queue", browser.assertAccessible());
        browser.rowContaining("#queue\\:waiting", subject).findElement(By.cssSelector("button")).sendKeys(Keys.ENTER);
        browser.waitForPath("/emails/enquiry.xhtml");
        browser.find("#enquiryForm\\:text").sendKeys("Dear Priya,", Keys.ENTER, Keys.ENTER, "Thank you for writing. "
                + "Yes: FACETS is a course for people with MS about managing fatigue, and it runs online. Here is our "
                + "information about it; reply to this email if you would like us to refer you.");
        Select articles = new Select(browser.find("#enquiryForm\\:article"));
        articles.getOptions().stream().filter(o -> o.getText().contains("FACETS")).findFirst().orElseThrow()
                .click();
        browser.find("#enquiryForm\\:insertArticle").sendKeys(Keys.ENTER);
        waiting().until(d -> browser.find("#enquiryForm\\:text").getAttribute("value").length() > 300
                && "enquiryForm:text".equals(focusedId()));
        browser.assertAccessible();
        picture("adviser-email-reply", browser, browser.find("#replyHeading"));
        browser.find("#enquiryForm\\:send").sendKeys(Keys.ENTER);
        waiting().until(d -> browser.text("#enquiryForm\\:messages").contains("Reply sent to"));

        // A draft outlives a closed tab: offered back when the form opens again.
        browser.open("/calls/log.xhtml");
        String draft = "Caller asking about " + ContactForms.unique() + " and the FACETS course.";
        form().field("summary").sendKeys(draft);
        waiting().until(d -> form().draftStatus().startsWith("Draft kept at"));
        browser.close();
        browser = new Browser();
        browser.driver().manage().window().setSize(WINDOW);
        browser.open("/").signIn("adviser", "adviser-demo-2026");
        browser.open("/calls/log.xhtml");
        assertTrue(form().draftBanner().contains("unsaved contact"));
        picture("adviser-draft", browser.assertAccessible());
        form().restoreDraft();
        waiting().until(d -> draft.equals(form().value("summary")));
        clearOldDrafts();

        assertTheGuideShowsWhatWasTaken("adviser");
    }

    @Test
    void theSupervisorsGuide() throws IOException {
        String caller = "Bryn Lewis";
        String summary = "Low since his diagnosis; said he has thought of ending his life. Safe tonight.";
        browser.open("/").signIn("adviser", "adviser-demo-2026");
        form().fillNamedCall(ContactForms.uniqueMobile(), caller, "suicid", summary).raiseRiskToLife()
                .intoNewCase("Low mood after diagnosis").submit();
        String saved = browser.waitFor(".form-info").getText();
        assertTrue(saved.contains("Supervisors have been alerted"), saved);
        Matcher number = Pattern.compile("on case (HL-\\d{4}-\\d{6})").matcher(saved);
        assertTrue(number.find(), saved);
        browser.submit("#signOutForm\\:signOut");

        browser.open("/").signIn("supervisor", "supervisor-demo-2026");
        assertTrue(browser.text("#home\\:alerts").contains("Risk to life"), browser.text("#home\\:alerts"));
        picture("supervisor-home", browser.assertAccessible(), browser.find("#supervisorAlerts"));

        // The safeguarding queue and the sign-off.
        supervision().open("#navSafeguarding", "/supervision/safeguarding.xhtml");
        browser.rowContaining("#queue\\:open", caller);
        picture("supervisor-safeguarding", browser.assertAccessible());
        supervision().reviewAlert(browser.rowContaining("#queue\\:open", caller));
        assertEquals(summary, browser.text("#summary"));
        supervision().actionTaken("CALLBACK_ARRANGED");
        browser.find("#alert\\:actionNote").sendKeys("Asha rings him back tomorrow morning; Samaritans number given.");
        picture("supervisor-sign-off", browser.assertAccessible());
        supervision().signOff();
        assertTrue(browser.rowContaining("#queue\\:signedOff", "Risk to life").getText().contains("Follow-up call arranged"));

        // Caseloads: each number opens what it counts; one case handed to another adviser.
        supervision().open("#navCaseloads", "/supervision/caseloads.xhtml");
        WebElement asha = browser.rowContaining("#caseloads\\:table", "Asha Patel");
        picture("supervisor-caseloads", browser.assertAccessible(), browser.find("#caseloads\\:apply"));
        WebElement openCases = asha.findElements(By.tagName("a")).get(0);
        String count = openCases.getText();
        openCases.sendKeys(Keys.ENTER);
        browser.waitForPath("/supervision/caseload.xhtml");
        assertTrue(browser.text("#count").startsWith(count + " item"), browser.text("#count") + " vs " + count);
        browser.open("/search.xhtml");
        type(number.group(1), Keys.ENTER);
        browser.waitFor("#search\\:results");
        browser.rowContaining("#search\\:results", caller).findElement(By.linkText(number.group(1))).sendKeys(Keys.ENTER);
        browser.waitForPath("/cases/view.xhtml");
        browser.openPanel("reassignPanel");
        new Select(browser.find("#case\\:reassignTo")).selectByValue("adviser2");
        browser.find("#case\\:reassignReason").sendKeys("Asha is on leave until Monday");
        picture("supervisor-reassign", browser.assertAccessible().find("#case\\:reassignTo")
                .findElement(By.xpath("ancestor::details")));
        browser.submit("#case\\:reassign");
        assertEquals("Tom Okafor", browser.text("#caseOwner"));
        assertTrue(browser.text("#timeline").contains("from Asha Patel to Tom Okafor"), browser.text("#timeline"));

        // A quality review of the contact, from its case.
        browser.find("#timeline a[href*='review.xhtml']").sendKeys(Keys.ENTER);
        browser.waitForPath("/supervision/review.xhtml");
        supervision().allPointsMet("Calm and direct; you asked the question that mattered.");
        picture("supervisor-review", browser.assertAccessible());
        browser.submit("#review\\:save");
        browser.waitForPath("/supervision/reviews.xhtml");
        assertTrue(browser.text(".form-info").contains("Review saved"), browser.text(".form-info"));
        new Select(browser.find("#reviews\\:month")).selectByIndex(0);
        browser.submit("#reviews\\:showFigures");
        assertTrue(browser.rowContaining("#reviews\\:figures", "Asha Patel").getText().matches("(?s).*\\d+%.*"),
                "the adviser's average for this month, the contact's");
        picture("supervisor-reviews", browser.assertAccessible(), browser.find("#waitingHeading"));

        // The cracks list and the wallboard.
        supervision().open("#navCracks", "/supervision/cracks.xhtml");
        assertTrue(browser.text("#quietHeading").contains("14 days"), browser.text("#quietHeading"));
        assertTrue(browser.findAll("#cracks\\:escalated").size() == 1, "the escalated follow-ups have their own list");
        picture("supervisor-cracks", browser.assertAccessible());
        // A long-lived test database may have called everyone back already: then the list says so.
        WebElement firstQuiet = browser.find("#cracks\\:quiet tbody tr");
        String quietCaller = firstQuiet.findElement(By.tagName("td")).getText();
        if (!quietCaller.startsWith("Nobody: every caller with open work")) {
            new Select(firstQuiet.findElement(By.tagName("select"))).selectByValue("adviser2");
            firstQuiet.findElement(By.tagName("button")).sendKeys(Keys.ENTER);
            waiting().until(d -> !browser.text("#cracks\\:quiet").contains(quietCaller));
        }

        supervision().open("#navWallboard", "/supervision/wallboard.xhtml");
        waiting().until(d -> "live".equals(browser.find("#liveStatus").getAttribute("data-state")));
        assertTrue(Integer.parseInt(browser.text("#contactsToday")) >= 1, "today's contacts include the one logged above");
        assertTrue(browser.text("#signedIn").contains("Morag Campbell"), browser.text("#signedIn"));
        picture("supervisor-wallboard", browser.assertAccessible());

        // The monthly report, read and exported.
        browser.find("#navReports").sendKeys(Keys.ENTER);
        browser.waitForPath("/reports/monthly.xhtml");
        assertTrue(browser.text("#contacts").contains("All contacts"), browser.text("#contacts"));
        assertEquals(1, browser.findAll("#channel canvas").size(), "a chart over the table");
        picture("supervisor-report", browser.assertAccessible());
        assertTrue(browser.text("#summary").contains("At a glance"), "the summary first");
        assertEquals(1, browser.findAll("#summary canvas").size(), "the 13 months' trend");
        // The summary is taller than the window: a taller window for its picture, so that it is whole.
        browser.driver().manage().window().setSize(new Dimension(WINDOW.getWidth(), 1400));
        picture("supervisor-report-summary", browser.find("#summary"));
        browser.driver().manage().window().setSize(WINDOW);
        picture("supervisor-report-section", browser.find("#channel"));
        for (String[] export : new String[][] {{"xlsx", "application/vnd.openxmlformats"}, {"zip", "application/zip"},
                {"pdf", "application/pdf"}}) {
            String link = browser.find("#export-" + export[0]).getAttribute("href");
            Browser.Fetched file = browser.fetch(link.substring(link.indexOf("/reports/")));
            assertEquals(200, file.status(), link);
            assertTrue(file.contentType().startsWith(export[1]) && file.body().length > 0, link + ": " + file.contentType());
        }

        assertTheGuideShowsWhatWasTaken("supervisor");
    }

    /** A picture of the page as the browser shows it from the top. */
    private void picture(String name, Browser page) throws IOException {
        ChromeDriver driver = (ChromeDriver) page.driver();
        driver.executeScript("window.scrollTo(0, 0);");
        save(name, driver);
    }

    /** A picture of the page scrolled down to {@code from}, for a step below the first screenful. */
    private void picture(String name, Browser page, WebElement from) throws IOException {
        ChromeDriver driver = (ChromeDriver) page.driver();
        driver.executeScript("arguments[0].scrollIntoView({block: 'start'});", from);
        save(name, driver);
    }

    /** A picture of one part of the page. */
    private void picture(String name, WebElement part) throws IOException {
        ((ChromeDriver) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'start'});", part);
        save(name, part);
    }

    private void save(String name, TakesScreenshot what) throws IOException {
        Path images = images();
        Files.createDirectories(images);
        Files.write(images.resolve(name + ".png"), what.getScreenshotAs(OutputType.BYTES));
        taken.add(name + ".png");
    }

    /**
     * Where the pictures are written: {@code ear/target/guide-images} in a test run, so that it leaves the work
     * tree as it was; {@code docs/images} when they are refreshed (docs/development.md says how).
     */
    private static Path images() {
        String dir = System.getProperty("helpline.guide.images.dir");
        return dir == null || dir.isBlank() ? docs().resolve("images") : Path.of(dir);
    }

    private static Path docs() {
        String dir = System.getProperty("helpline.docs.dir");
        if (dir == null) {
            fail("Set helpline.docs.dir to the repository's docs/ folder (ear/pom.xml does, for failsafe)");
        }
        return Path.of(dir);
    }

    /** The guide shows every picture this run took for it, and none that it did not take. */
    private void assertTheGuideShowsWhatWasTaken(String guide) throws IOException {
        Set<String> shown = new TreeSet<>();
        Matcher image = IMAGE.matcher(Files.readString(docs().resolve(guide + "-guide.md")));
        while (image.find()) {
            shown.add(image.group(1));
        }
        Set<String> ours = new TreeSet<>(taken.stream().filter(name -> name.startsWith(guide + "-")).toList());
        assertEquals(ours, shown, guide + "-guide.md shows exactly the pictures this run took");
        for (String name : shown) {
            assertTrue(Files.size(images().resolve(name)) > 0, name);
            assertTrue(Files.isRegularFile(docs().resolve("images").resolve(name)),
                    "docs/images holds " + name + ": refresh the pictures (docs/development.md) and commit them");
        }
    }

    private SupervisionPages supervision() {
        return new SupervisionPages(browser);
    }

    private static void signOffAlertFor(Browser supervisor, String caller, String action) {
        supervisor.open("/supervision/safeguarding.xhtml");
        new SupervisionPages(supervisor).reviewAlert(supervisor.rowContaining("#queue\\:open", caller))
                .actionTaken(action).signOff();
    }

    /** Earlier runs' unsaved forms are offered back as drafts; a guide's pictures start from an empty form. */
    private void clearOldDrafts() {
        ContactFormPage form = form();
        for (int i = 0; i < 50; i++) {
            browser.open("/calls/log.xhtml");
            if (!form.has("discardDraft")) {
                break;
            }
            form.discardDraft();
            waiting().until(d -> !form.has("draftBanner"));
        }
        assertFalse(form.has("draftBanner"), "old drafts cleared");
    }

    /** The first row of a table that has all of {@code texts}. */
    private WebElement rowWith(String tableCss, String... texts) {
        return browser.findAll(tableCss + " tbody tr").stream()
                .filter(row -> Arrays.stream(texts).allMatch(row.getText()::contains)).findFirst()
                .orElseThrow(() -> new AssertionError(String.join(" and ", texts) + " not in " + browser.text(tableCss)));
    }

    /** The contact form on the page open now, in the browser open now (the guide swaps it for a new one). */
    private ContactFormPage form() {
        return new ContactFormPage(browser);
    }

    private String focusedId() {
        return browser.driver().switchTo().activeElement().getAttribute("id");
    }

    private void type(CharSequence... keys) {
        browser.driver().switchTo().activeElement().sendKeys(keys);
    }

    private void alt(String key) {
        new Actions(browser.driver()).keyDown(Keys.ALT).sendKeys(key).keyUp(Keys.ALT).perform();
    }

    /** Types into the focused topic box and takes the first suggestion with Enter. */
    private void pickTopic(String typed) {
        int before = form().chosenTopics().size();
        type(typed);
        waiting().until(d -> browser.findAll(".ui-autocomplete-panel .ui-autocomplete-item.ui-state-highlight").stream()
                .anyMatch(item -> item.isDisplayed() && item.getText().toLowerCase().contains(typed)));
        type(Keys.ENTER);
        waiting().until(d -> form().chosenTopics().size() == before + 1);
    }

    /** Waits, looking again when an ajax update replaced the element being read; generously, for a busy machine. */
    private WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(30));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }
}

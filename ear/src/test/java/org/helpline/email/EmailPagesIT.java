package org.helpline.email;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.helpline.testing.BrowserTest;
import org.helpline.testing.ContactFormPage;
import org.helpline.testing.StaysSignedIn;
import org.helpline.testing.TestMail;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The email queue, an enquiry and a reply, by keyboard alone, with the accessibility check on each page. */
@StaysSignedIn(user = "adviser", password = "adviser-demo-2026")
class EmailPagesIT extends BrowserTest {

    @Test
    void anAdviserTakesAnEmailFromTheQueueAndReadsItByKeyboard() {
        String id = TestMail.uniqueId();
        String subject = "Driving and MS " + id.substring(1, 9);
        String raw = "From: \"Dai Jones\" <" + TestMail.uniqueAddress("Dai") + ">\r\nTo: " + TestMail.HELPLINE
                + "\r\nSubject: " + subject + "\r\nMessage-ID: " + id + "\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/mixed; boundary=\"b\"\r\n\r\n--b\r\nContent-Type: multipart/alternative; "
                + "boundary=\"a\"\r\n\r\n--a\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nDo I have to tell the "
                + "DVLA about my diagnosis?\r\n--a\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>Do I have to "
                + "tell the <b>DVLA</b> about my diagnosis?</p><script>alert('x')</script>\r\n--a--\r\n--b\r\n"
                + "Content-Type: text/plain; name=\"notes.txt\"\r\nContent-Disposition: attachment; filename=\"notes.txt\""
                + "\r\n\r\nMy notes\r\n--b--\r\n";
        TestMail.send(raw);

        browser.open("/").find("#navEmails").sendKeys(Keys.ENTER);
        browser.waitForPath("/emails/queue.xhtml");
        waiting(30).until(d -> {
            if (browser.text("#queue\\:waiting").contains(subject)) {
                return true;
            }
            browser.find("#queue\\:refresh").sendKeys(Keys.ENTER);
            return false;
        });
        WebElement row = browser.rowContaining("#queue\\:waiting", subject);
        assertTrue(row.getText().contains("Dai Jones"), row.getText());
        assertTrue(row.getText().contains("New to us"), row.getText());
        browser.assertAccessible();

        row.findElement(By.cssSelector("button")).sendKeys(Keys.ENTER);
        browser.waitForPath("/emails/enquiry.xhtml");
        String enquiry = browser.driver().getCurrentUrl();
        assertTrue(enquiry.contains("?id="), enquiry);
        assertTrue(browser.text("#status").contains("by you"), browser.text("#status"));
        String page = browser.pageText();
        assertTrue(page.contains("Do I have to tell the DVLA about my diagnosis?"), page);
        assertTrue(page.contains("notes.txt"), page);
        assertFalse(browser.driver().getPageSource().contains("alert('x')"), "no script from the email reaches the page");
        browser.assertAccessible();

        browser.find("#enquiryForm\\:release").sendKeys(Keys.ENTER);
        waiting(10).until(d -> browser.text("#status").startsWith("Waiting"));
        assertEquals("Waiting", browser.text("#status"));

        // Taken again, from a link that carries more than the enquiry's id (anyone can write such a link): the page
        // posts back with the id alone, so nothing else in the address is taken as what the adviser typed.
        browser.driver().get(enquiry + "&enquiryForm%3Atext=Written+by+a+link");
        browser.find("#enquiryForm\\:take").sendKeys(Keys.ENTER);
        waiting(10).until(d -> browser.text("#status").contains("by you"));
        assertEquals(enquiry, browser.driver().getCurrentUrl(), "posted back to the enquiry's own address");
        browser.find("#enquiryForm\\:send").sendKeys(Keys.ENTER);
        waiting(10).until(d -> !browser.text("#enquiryForm\\:textMessage").isEmpty());
        assertTrue(browser.text("#enquiryForm\\:textMessage").contains("Write the reply"), "the refusal is at the field");

        WebElement text = browser.find("#enquiryForm\\:text");
        text.sendKeys("Thank you for asking. Here is what we know about driving with MS.");
        WebElement article = browser.find("#enquiryForm\\:article");
        Select articles = new Select(article);
        String title = articles.getOptions().get(1).getText();
        article.sendKeys(Keys.ARROW_DOWN);
        browser.find("#enquiryForm\\:insertArticle").sendKeys(Keys.ENTER);
        waiting(10).until(d ->
                browser.find("#enquiryForm\\:text").getAttribute("value").contains(title.replace(" (due for review)", "")));
        assertTrue(browser.find("#enquiryForm\\:text").getAttribute("value").startsWith("Thank you for asking."));
        // The request done: the cursor is back at the end of the reply, to go on typing.
        waiting(10).until(d -> "enquiryForm:text".equals(browser.driver().switchTo().activeElement().getAttribute("id")));
        browser.assertAccessible();
        browser.find("#enquiryForm\\:send").sendKeys(Keys.ENTER);
        waiting(15).until(d -> browser.text("#enquiryForm\\:messages").contains("Reply sent to"));
        assertTrue(browser.text("#status").startsWith("Answered"), browser.text("#status"));
        assertTrue(browser.pageText().contains("Reply from"), "the reply is shown in the enquiry");

        // The outcome logged: the email becomes a contact, from the contact form it opens, by keyboard.
        browser.findAll("a[id$='logContact']").get(0).sendKeys(Keys.ENTER);
        browser.waitForPath("/calls/log.xhtml");
        ContactFormPage form = new ContactFormPage(browser);
        assertEquals("email", form.value("channel"));
        assertTrue(form.value("summary").contains("Do I have to tell the DVLA about my diagnosis?"), form.value("summary"));
        assertTrue(browser.text("#emailBanner").contains("Logging the email"), browser.text("#emailBanner"));
        browser.assertAccessible();
        form.field("consentGiven").sendKeys(Keys.SPACE);
        form.focus("topics_input");
        form.pickTopic("driv");
        form.alt("s");
        waiting(15).until(d -> browser.text(".form-info").startsWith("Contact saved"));
        browser.driver().get(enquiry);
        browser.waitFor("#emailsHeading");
        assertTrue(browser.pageText().contains("Logged as a contact."), browser.pageText());
    }

    @Test
    void anAdminKeepsTheEmailSettingsAndABadOneIsRefusedAtItsField() {
        try (org.helpline.testing.Browser admin = new org.helpline.testing.Browser()) {
            admin.open("/").signIn("admin", "admin-demo-2026");
            admin.find("#navEmailSettings").sendKeys(Keys.ENTER);
            admin.waitForPath("/admin/email.xhtml");
            assertTrue(admin.find("#emailSettings\\:acknowledgement").getAttribute("value").contains("{answer by}"));
            admin.assertAccessible();
            WebElement words = admin.find("#emailSettings\\:selfHarmWords");
            String before = words.getAttribute("value");
            words.sendKeys(Keys.END, Keys.ENTER, "x");
            admin.find("#emailSettings\\:save").sendKeys(Keys.ENTER);
            new WebDriverWait(admin.driver(), Duration.ofSeconds(10)).ignoring(org.openqa.selenium.WebDriverException.class)
                    .until(d -> !admin.text("#emailSettings\\:selfHarmWordsMessage").isEmpty());
            assertTrue(admin.text("#emailSettings\\:selfHarmWordsMessage").contains("3 to 100 characters"));
            admin.assertAccessible();
            assertEquals(before + "\nx", admin.find("#emailSettings\\:selfHarmWords").getAttribute("value").replace("\r", ""),
                    "what was typed stays for correcting");
        }
    }

    private WebDriverWait waiting(int seconds) {
        WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(seconds), Duration.ofMillis(250));
        // A form posted without Ajax loads the page again: an element found just before may belong to the old one.
        wait.ignoring(StaleElementReferenceException.class).ignoring(org.openqa.selenium.NoSuchElementException.class)
                .ignoring(org.openqa.selenium.WebDriverException.class);
        return wait;
    }
}

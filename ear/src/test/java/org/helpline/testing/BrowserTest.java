package org.helpline.testing;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/** A test that drives the deployed EAR from a fresh headless Chromium per test method. */
@Tag("browser")
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class BrowserTest {

    protected Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = new Browser();
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }
}

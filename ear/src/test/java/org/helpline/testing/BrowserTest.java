package org.helpline.testing;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/** A test that drives the deployed EAR from a fresh headless Chromium per test method. */
@ExtendWith(ArquillianExtension.class)
public abstract class BrowserTest {

    protected Browser browser;

    @Deployment(testable = false)
    public static EnterpriseArchive deployment() {
        return Deployments.helpline();
    }

    @BeforeEach
    void openBrowser() {
        browser = new Browser();
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }
}

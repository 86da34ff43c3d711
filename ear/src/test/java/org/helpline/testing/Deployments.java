package org.helpline.testing;

import java.io.File;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The EAR the build produced, as Arquillian deploys it. */
public final class Deployments {

    private Deployments() {
    }

    /** The built EAR, unchanged: for tests that drive it from outside (browser, HTTP). */
    public static EnterpriseArchive helpline() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("helpline.ear")));
    }

    /**
     * The built EAR plus one EJB module holding the test classes and the {@link SignedIn} helpers, for tests
     * that run inside the server and call the services directly.
     */
    public static EnterpriseArchive helplineWith(Class<?>... testClasses) {
        JavaArchive tests = ShrinkWrap.create(JavaArchive.class, "helpline-tests.jar")
                .addClasses(testClasses)
                .addPackage(SignedIn.class.getPackage())
                .addAsManifestResource(EmptyAsset.INSTANCE, "beans.xml");
        EnterpriseArchive ear = helpline().addAsModule(tests);
        // Arquillian runs these tests through a servlet it adds to the WAR; every URL there needs a
        // signed-in user, so the test deployment alone declares that one servlet open.
        ear.getAsType(WebArchive.class, "helpline.war").addAsLibrary(
                ShrinkWrap.create(JavaArchive.class, "arquillian-runner-open.jar")
                        .addAsManifestResource(new StringAsset(OPEN_TEST_RUNNER), "web-fragment.xml"));
        return ear;
    }

    private static final String OPEN_TEST_RUNNER = """
            <web-fragment xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0">
                <name>arquillian_runner_open</name>
                <security-constraint>
                    <web-resource-collection>
                        <web-resource-name>Arquillian test runner</web-resource-name>
                        <url-pattern>/ArquillianServletRunnerEE9</url-pattern>
                    </web-resource-collection>
                </security-constraint>
            </web-fragment>
            """;
}

package org.helpline.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/** The EAR the build produced, as Arquillian deploys it. */
public final class Deployments {

    private Deployments() {
    }

    /** The built EAR, unchanged: for tests that drive it from outside (browser, HTTP). */
    public static EnterpriseArchive helpline() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("helpline.ear")));
    }

    /**
     * The one deployment of a test run ({@link org.helpline.testing.suite.OneDeployment}): the built EAR
     * with every test class that runs inside the server, found among the compiled tests, so a new test
     * class is in it without being listed anywhere.
     */
    public static EnterpriseArchive helplineWithTests() {
        return helplineWith(inServerTestClasses());
    }

    /** Arquillian test classes ({@code *IT}) not marked {@link RunAsClient}: browser and HTTP tests are. */
    static Class<?>[] inServerTestClasses() {
        Path classes = testClassesDirectory();
        try (Stream<Path> files = Files.walk(classes)) {
            return files.map(file -> classes.relativize(file).toString())
                    .filter(name -> name.endsWith("IT.class"))
                    .map(name -> name.substring(0, name.length() - ".class".length()).replace(File.separatorChar, '.'))
                    .sorted()
                    .map(Deployments::load)
                    .filter(Deployments::runsInsideTheServer)
                    .toArray(Class<?>[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean runsInsideTheServer(Class<?> test) {
        ExtendWith extensions = test.getAnnotation(ExtendWith.class);
        return extensions != null && Arrays.asList(extensions.value()).contains(ArquillianExtension.class)
                && !test.isAnnotationPresent(RunAsClient.class);
    }

    private static Path testClassesDirectory() {
        try {
            return Path.of(Deployments.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, Deployments.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The built EAR plus one EJB module holding the test classes and the {@link SignedIn} helpers, for tests
     * that run inside the server and call the services directly.
     */
    static EnterpriseArchive helplineWith(Class<?>... testClasses) {
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

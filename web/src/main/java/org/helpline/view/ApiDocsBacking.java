package org.helpline.view;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** {@code api-docs.xhtml}: where Swagger UI's scripts are, by the version of the webjar that carries them. */
@Named
@ApplicationScoped
public class ApiDocsBacking {

    private static final String POM = "/META-INF/maven/org.webjars/swagger-ui/pom.properties";

    private volatile String swaggerUi;

    /** The path, from the application's root, of Swagger UI's files: {@code webjars/swagger-ui/5.35.0}. */
    public String getSwaggerUi() {
        if (swaggerUi == null) {
            Properties pom = new Properties();
            try (InputStream in = ApiDocsBacking.class.getResourceAsStream(POM)) {
                if (in == null) {
                    throw new IllegalStateException("Swagger UI's webjar is missing from the application");
                }
                pom.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            swaggerUi = "webjars/swagger-ui/" + pom.getProperty("version");
        }
        return swaggerUi;
    }
}

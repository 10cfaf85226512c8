package org.commonplace.testsupport;

import java.io.File;
import java.net.URISyntaxException;
import org.assertj.core.api.Assertions;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR this build produced, as the integration tests deploy it (plus, in-container, the test classes). */
public final class Deployments {

    private Deployments() {
    }

    /** The application exactly as built, for tests that drive it from outside. */
    public static WebArchive application() {
        return ShrinkWrap.create(ZipImporter.class, "commonplace.war")
                .importFrom(new File("target/commonplace.war"))
                .as(WebArchive.class);
    }

    /** The application plus the test classes and AssertJ, for tests that run inside the server. */
    public static WebArchive withTests(Class<?>... testClasses) {
        WebArchive war = application().addClasses(testClasses).addClass(Deployments.class).addClass(TestData.class);
        return war.addAsLibrary(jarOf(Assertions.class));
    }

    private static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}

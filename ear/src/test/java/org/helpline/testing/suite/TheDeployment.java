package org.helpline.testing.suite;

import org.helpline.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** The deployment {@link OneDeployment} makes once for the run: the built EAR and the in-server tests. */
public final class TheDeployment {

    private TheDeployment() {
    }

    @Deployment
    public static EnterpriseArchive deployment() {
        return Deployments.helplineWithTests();
    }
}

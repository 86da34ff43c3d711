package org.helpline.testing.suite;

import org.jboss.arquillian.container.spi.client.deployment.DeploymentScenario;
import org.jboss.arquillian.container.spi.event.DeployManagedDeployments;
import org.jboss.arquillian.container.spi.event.UnDeployManagedDeployments;
import org.jboss.arquillian.container.test.impl.client.deployment.event.GenerateDeployment;
import org.jboss.arquillian.core.api.Event;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.arquillian.test.spi.TestClass;
import org.jboss.arquillian.test.spi.annotation.ClassScoped;
import org.jboss.arquillian.test.spi.context.ClassContext;
import org.jboss.arquillian.test.spi.event.suite.AfterSuite;

/**
 * One deployment for the whole test run, instead of one per test class: the EAR with every in-server test
 * class ({@link TheDeployment}) is deployed before the first Arquillian test class and undeployed after the
 * last. Deploying the EAR costs seconds each time (Weld, Hibernate, Faces, the REST application), and 50
 * classes paid it; now the run pays it once.
 *
 * <p>Arquillian generates, deploys and undeploys a test class's deployments on events it fires around
 * each class; this extension lets the first of each through and, for every later class, hands Arquillian
 * the deployment already made. Test classes therefore declare no {@code @Deployment} of their own; those
 * that drive the server from outside (browser, HTTP) say {@code @RunAsClient}.
 */
public final class OneDeployment implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(Lifecycle.class);
    }

    /** Observes Arquillian's class and suite events; one instance lives for the whole run. */
    public static final class Lifecycle {

        @Inject
        @ClassScoped
        private InstanceProducer<DeploymentScenario> classScenario;

        @Inject
        private Instance<ClassContext> classContext;

        @Inject
        private Event<GenerateDeployment> generate;

        @Inject
        private Event<UnDeployManagedDeployments> undeploy;

        private DeploymentScenario suiteScenario;
        private boolean generating;
        private boolean deployed;
        private boolean undeployingAtEnd;

        public void generate(@Observes EventContext<GenerateDeployment> event) {
            if (generating) {
                event.proceed();
            } else if (suiteScenario == null) {
                generating = true;
                try {
                    generate.fire(new GenerateDeployment(new TestClass(TheDeployment.class)));
                } finally {
                    generating = false;
                }
                suiteScenario = classScenario.get();
            } else {
                classScenario.set(suiteScenario);
            }
        }

        public void deploy(@Observes EventContext<DeployManagedDeployments> event) {
            if (!deployed) {
                event.proceed();
                deployed = true;
            }
        }

        /** After each class: nothing (the next class uses the same deployment); after the run: undeploy. */
        public void undeploy(@Observes EventContext<UnDeployManagedDeployments> event) {
            if (undeployingAtEnd) {
                event.proceed();
            }
        }

        /** Before the container stops (which observes the same event at the default precedence, 0). */
        public void undeployAtTheEnd(@Observes(precedence = 100) AfterSuite event) {
            if (!deployed) {
                return;
            }
            ClassContext context = classContext.get();
            context.activate(TheDeployment.class);
            try {
                classScenario.set(suiteScenario);
                undeployingAtEnd = true;
                undeploy.fire(new UnDeployManagedDeployments());
            } finally {
                undeployingAtEnd = false;
                deployed = false;
                context.deactivate();
                context.destroy(TheDeployment.class);
            }
        }
    }
}

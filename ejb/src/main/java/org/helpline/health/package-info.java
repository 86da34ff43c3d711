/**
 * Health checks the server reports at the management interface's {@code /health} endpoints.
 * <p>
 * WildFly's MicroProfile Health looks for checks with the bean manager of the EAR itself, which sees
 * only the EAR's {@code lib/}. So this package is built into a jar of its own ({@code
 * helpline-health.jar}, see the EJB module's pom) that the EAR carries in {@code lib/}; it must
 * not use anything from the other packages.
 */
package org.helpline.health;

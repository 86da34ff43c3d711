package org.helpline.testing;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;

import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Runs test code as the second demo adviser, Tom Okafor: someone else's colleague. */
@Stateless
@PermitAll
@RunAs("ADVISER")
@RunAsPrincipal("adviser2")
public class AsSecondAdviser extends SignedIn {
}

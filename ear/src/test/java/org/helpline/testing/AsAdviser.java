package org.helpline.testing;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;

import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Runs test code as the demo adviser, Asha Patel. */
@Stateless
@PermitAll
@RunAs("ADVISER")
@RunAsPrincipal("adviser")
public class AsAdviser extends SignedIn {
}

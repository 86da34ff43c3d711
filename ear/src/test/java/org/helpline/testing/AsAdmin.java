package org.helpline.testing;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;

import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Runs test code as the demo admin, Rhys Evans. */
@Stateless
@PermitAll
@RunAs("ADMIN")
@RunAsPrincipal("admin")
public class AsAdmin extends SignedIn {
}

package org.helpline.testing;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;

import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Runs test code as the demo supervisor, Morag Campbell. */
@Stateless
@PermitAll
@RunAs("SUPERVISOR")
@RunAsPrincipal("supervisor")
public class AsSupervisor extends SignedIn {
}

package org.helpline.testing;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;

import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Runs test code as the demo manager, Priya Shah: reports only. */
@Stateless
@PermitAll
@RunAs("MANAGER")
@RunAsPrincipal("manager")
public class AsManager extends SignedIn {
}

package org.helpline.testing;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;

/** Runs test set-up in a transaction with nobody signed in, straight against the beans it uses. */
@Stateless
@PermitAll
public class AsNobody extends SignedIn {
}

package org.helpline.security;

import java.io.Serializable;
import java.time.Instant;
import java.util.logging.Logger;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.helpline.shared.InvalidInputException;
import org.helpline.shared.UserText;

/**
 * Each member of staff sets up, or turns off, their own second factor: an authenticator app on their phone
 * whose six-digit code they type after their password. Admins reset it for a lost phone through
 * {@link StaffAdministration#resetSecondFactor}.
 */
@Stateless
@RolesAllowed({Roles.ADVISER, Roles.SUPERVISOR, Roles.MANAGER, Roles.ADMIN})
public class SecondFactors {

    private static final Logger LOG = Logger.getLogger(SecondFactors.class.getName());

    @Inject
    CurrentStaff staff;

    @Inject
    SecondFactorPolicy policy;

    @Inject
    SecretsAtRest secrets;

    /** Whether the signed-in person has a second factor, since when, and whether their role needs one. */
    public record Status(boolean on, Instant since, boolean required) implements Serializable {
    }

    /** What to put into an authenticator app: the secret to type, and the address its QR code carries. */
    public record SetUp(String secret, String keyUri) implements Serializable {
    }

    public Status status() {
        UserAccount account = staff.account();
        return new Status(account.hasSecondFactor(), account.getSecondFactorSince(), policy.isRequiredFor(account));
    }

    /** The secret to set up an app with; it counts once {@link #confirm} has a code made from it. */
    public SetUp begin() {
        UserAccount account = staff.account();
        if (account.hasSecondFactor()) {
            throw new InvalidInputException("code", UserText.of("secondFactor.already"));
        }
        String secret = account.beginSecondFactor(secrets.cipher());
        return new SetUp(secret, Totp.keyUri(policy.issuer(), account.getUsername(), secret));
    }

    public void confirm(String code) {
        UserAccount account = staff.account();
        if (account.hasSecondFactor()) {
            return;
        }
        if (!account.isSettingUpSecondFactor()) {
            throw new InvalidInputException("code", UserText.of("secondFactor.setUp.gone"));
        }
        if (!account.confirmSecondFactor(code, Instant.now(), secrets.cipher())) {
            throw new InvalidInputException("code", UserText.of("secondFactor.code.wrong"));
        }
        LOG.info(() -> account.getUsername() + " set up a second factor");
    }

    /** Turns it off, with a current code to show the phone is at hand; refused where the role needs one. */
    public void turnOff(String code) {
        UserAccount account = staff.account();
        if (!account.hasSecondFactor()) {
            return;
        }
        if (policy.isRequiredFor(account)) {
            throw new InvalidInputException("code", UserText.of("secondFactor.required"));
        }
        if (!account.acceptsCode(code, Instant.now(), secrets.cipher())) {
            throw new InvalidInputException("code", UserText.of("secondFactor.code.wrong"));
        }
        account.removeSecondFactor();
        LOG.info(() -> account.getUsername() + " turned off their second factor");
    }
}

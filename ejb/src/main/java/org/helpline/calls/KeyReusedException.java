package org.helpline.calls;

import org.helpline.shared.InvalidInputException;
import org.helpline.shared.UserText;

/**
 * An idempotency key sent again with a different contact: not a retry, so refused (409 through the API)
 * rather than answered with the contact the key logged first.
 */
public class KeyReusedException extends InvalidInputException {

    private static final long serialVersionUID = 1L;

    public KeyReusedException() {
        super("idempotencyKey", UserText.of("contact.idempotencyKey.reused"), true);
    }
}

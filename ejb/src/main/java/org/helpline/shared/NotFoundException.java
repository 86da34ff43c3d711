package org.helpline.shared;

/**
 * A record does not exist, or the caller of the service may not see it: both answer the same, so a
 * response never reveals that a record the user may not see exists.
 */
public class NotFoundException extends HelplineException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String what) {
        super(what + " not found");
    }
}

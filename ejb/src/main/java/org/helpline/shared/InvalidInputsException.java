package org.helpline.shared;

import java.util.List;

import org.helpline.shared.forms.FieldRefusal;

/**
 * Every field of one form that its rules refuse, found in one pass, so that the page can list them all at
 * once and the API can name them all. It reads as its first refusal where only one is shown.
 */
public class InvalidInputsException extends InvalidInputException {

    private static final long serialVersionUID = 1L;

    private final List<FieldRefusal> refusals;

    public InvalidInputsException(List<FieldRefusal> refusals) {
        super(refusals.get(0).field(), refusals.get(0).message());
        this.refusals = List.copyOf(refusals);
    }

    @Override
    public List<FieldRefusal> getRefusals() {
        return refusals;
    }
}

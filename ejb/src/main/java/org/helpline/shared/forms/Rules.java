package org.helpline.shared.forms;

import jakarta.validation.ConstraintValidatorContext;

/**
 * What a form's cross-field rules report to: each refusal names the field (its Java property, relative to the
 * object checked) and a message, or a key of {@code ValidationMessages} in braces, as Bean Validation's
 * messages are.
 */
public final class Rules {

    private final ConstraintValidatorContext context;
    private boolean passed = true;

    Rules(ConstraintValidatorContext context) {
        this.context = context;
    }

    /** Refuses {@code field} when {@code broken}; answers whether the rule held. */
    public boolean require(boolean holds, String field, String message) {
        if (!holds) {
            refuse(field, message);
        }
        return holds;
    }

    public void refuse(String field, String message) {
        if (passed) {
            context.disableDefaultConstraintViolation();
        }
        passed = false;
        var violation = context.buildConstraintViolationWithTemplate(message);
        if (field.contains(".")) {
            String[] nodes = field.split("\\.");
            var node = violation.addPropertyNode(nodes[0]);
            for (int i = 1; i < nodes.length; i++) {
                node = node.addPropertyNode(nodes[i]);
            }
            node.addConstraintViolation();
        } else {
            violation.addPropertyNode(field).addConstraintViolation();
        }
    }

    boolean passed() {
        return passed;
    }

    /** A form, or part of one, with rules across its fields; {@link CrossFieldRules} runs them. */
    public interface Checked {
        void check(Rules rules);
    }
}

package org.helpline.shared.forms;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * The rules across a form's fields, kept in the form's own {@link Rules.Checked#check} method, run by Bean
 * Validation beside the constraints on each field, so that one validation finds every refusal.
 */
@Documented
@Constraint(validatedBy = CrossFieldRules.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface CrossFieldRules {

    String message() default "{helpline.form.rules}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<CrossFieldRules, Rules.Checked> {
        @Override
        public boolean isValid(Rules.Checked form, ConstraintValidatorContext context) {
            if (form == null) {
                return true;
            }
            Rules rules = new Rules(context);
            form.check(rules);
            return rules.passed();
        }
    }
}

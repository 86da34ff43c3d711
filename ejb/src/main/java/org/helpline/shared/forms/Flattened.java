package org.helpline.shared.forms;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a part of a form whose fields sit at the top level of the form's JSON, beside the form's own: the
 * contact form is built of parts in Java but is one flat object on the wire and in drafts ({@link FlatJson}).
 * A part's fields are named as their JSON properties, so no two flattened parts may share a field name.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Flattened {
}

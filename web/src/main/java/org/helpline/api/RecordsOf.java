package org.helpline.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.helpline.callers.CallerRecord;

/**
 * On a resource class: the kind of record its {@code {id}} path parameter names, so that {@link RecordGate}
 * can answer "not found" for a record the token's user may not touch before anything else of the request is
 * read. Every resource with an {@code {id}} must say; one that does not is refused.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RecordsOf {

    Class<? extends CallerRecord> value();
}

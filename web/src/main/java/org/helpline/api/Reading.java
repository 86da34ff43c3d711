package org.helpline.api;

import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Turns records into their API form inside one read transaction, so that what the form shows of a record
 * (its owner, its topics, its timeline) loads with it. Changes are never made here: a service commits a
 * change first, and the answer is read afresh afterwards, carrying the version it was saved at.
 */
@ApplicationScoped
public class Reading {

    @Transactional
    public <T> T of(Supplier<T> read) {
        return read.get();
    }
}

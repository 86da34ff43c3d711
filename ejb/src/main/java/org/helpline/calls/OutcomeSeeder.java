package org.helpline.calls;

import jakarta.enterprise.context.Dependent;
import jakarta.json.JsonObject;

import org.helpline.shared.persistence.ReferenceItem;
import org.helpline.shared.seeds.ReferenceItemSeeder;

/** Seeds {@link Outcome}s from {@code seeds/reference/outcomes.json}. */
@Dependent
public class OutcomeSeeder extends ReferenceItemSeeder {

    @Override
    public String file() {
        return "reference/outcomes.json";
    }

    @Override
    protected String kind() {
        return "outcome";
    }

    @Override
    protected ReferenceItem create(JsonObject record, int sortOrder) {
        return Outcome.fromSeed(record, sortOrder);
    }
}

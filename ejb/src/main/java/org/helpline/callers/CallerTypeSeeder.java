package org.helpline.callers;

import jakarta.enterprise.context.Dependent;
import jakarta.json.JsonObject;

import org.helpline.shared.persistence.ReferenceItem;
import org.helpline.shared.seeds.ReferenceItemSeeder;

/** Seeds {@link CallerType}s from {@code seeds/reference/caller-types.json}. */
@Dependent
public class CallerTypeSeeder extends ReferenceItemSeeder {

    @Override
    public String file() {
        return "reference/caller-types.json";
    }

    @Override
    protected String kind() {
        return "caller_type";
    }

    @Override
    protected ReferenceItem create(JsonObject record, int sortOrder) {
        return CallerType.fromSeed(record, sortOrder);
    }
}

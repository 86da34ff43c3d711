package org.helpline.calls;

import jakarta.enterprise.context.Dependent;
import jakarta.json.JsonObject;

import org.helpline.shared.persistence.ReferenceItem;
import org.helpline.shared.seeds.ReferenceItemSeeder;

/** Seeds {@link HelplineLine}s from {@code seeds/reference/lines.json}. */
@Dependent
public class HelplineLineSeeder extends ReferenceItemSeeder {

    @Override
    public String file() {
        return "reference/lines.json";
    }

    @Override
    protected String kind() {
        return "helpline_line";
    }

    @Override
    protected ReferenceItem create(JsonObject record, int sortOrder) {
        return HelplineLine.fromSeed(record, sortOrder);
    }
}

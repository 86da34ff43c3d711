package org.helpline.calls;

import jakarta.enterprise.context.Dependent;
import jakarta.json.JsonObject;

import org.helpline.shared.persistence.ReferenceItem;
import org.helpline.shared.seeds.ReferenceItemSeeder;

/** Seeds {@link Channel}s from {@code seeds/reference/channels.json}. */
@Dependent
public class ChannelSeeder extends ReferenceItemSeeder {

    @Override
    public String file() {
        return "reference/channels.json";
    }

    @Override
    protected String kind() {
        return "channel";
    }

    @Override
    protected ReferenceItem create(JsonObject record, int sortOrder) {
        return Channel.fromSeed(record, sortOrder);
    }
}

package org.helpline.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

import org.helpline.calls.ContactForm;
import org.helpline.shared.forms.Flattened;

/**
 * The API description of a form built of {@link Flattened} parts shows it as it travels: one flat object with
 * the parts' fields beside the form's own, not the parts as nested objects (the schema generator sees the Java
 * classes). Registered as {@code mp.openapi.filter}; a unit test checks every form with flattened parts is listed.
 */
public class FlatForms implements OASFilter {

    /** The forms the API takes that are built of flattened parts. */
    static final List<Class<?>> FORMS = List.of(ContactForm.class);

    private static final String REF = "#/components/schemas/";

    @Override
    public void filterOpenAPI(OpenAPI api) {
        if (api.getComponents() == null || api.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> schemas = api.getComponents().getSchemas();
        for (Class<?> form : FORMS) {
            Schema schema = schemas.get(form.getSimpleName());
            if (schema == null || schema.getProperties() == null) {
                continue;
            }
            Map<String, Schema> flat = new LinkedHashMap<>();
            for (Map.Entry<String, Schema> property : schema.getProperties().entrySet()) {
                String partName = flattened(form, property.getKey()) ? referenced(property.getValue()) : null;
                Schema part = partName == null ? null : schemas.get(partName);
                if (part != null && part.getProperties() != null) {
                    flat.putAll(part.getProperties());
                    api.getComponents().removeSchema(partName);
                } else {
                    flat.put(property.getKey(), property.getValue());
                }
            }
            schema.setProperties(flat);
        }
    }

    static boolean flattened(Class<?> form, String property) {
        try {
            return form.getDeclaredField(property).isAnnotationPresent(Flattened.class);
        } catch (NoSuchFieldException notAField) {
            return false;
        }
    }

    /** The component a property refers to, directly or as the one schema of an allOf. */
    private static String referenced(Schema property) {
        String ref = property.getRef();
        if (ref == null && property.getAllOf() != null && property.getAllOf().size() == 1) {
            ref = property.getAllOf().get(0).getRef();
        }
        return ref != null && ref.startsWith(REF) ? ref.substring(REF.length()) : null;
    }
}

package org.helpline.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Valid;

import org.eclipse.microprofile.openapi.OASFactory;
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
            Set<String> required = new LinkedHashSet<>(schema.getRequired() == null ? List.of() : schema.getRequired());
            for (Map.Entry<String, Schema> property : schema.getProperties().entrySet()) {
                String name = property.getKey();
                String partName = referenced(property.getValue());
                Schema part = partName == null ? null : schemas.get(partName);
                if (part != null && flattened(form, name) && part.getProperties() != null) {
                    flat.putAll(part.getProperties());
                    if (part.getRequired() != null) {
                        required.addAll(part.getRequired());
                    }
                    api.getComponents().removeSchema(partName);
                } else if (part != null && !cascaded(form, name) && part.getRequired() != null) {
                    // checked only when the form asks for it (a follow-up when one is needed): nothing in it is
                    // required otherwise, which the description says
                    flat.put(name, OASFactory.createSchema().type(part.getType()).properties(part.getProperties())
                            .description("Checked only when " + name + "Needed is true; then "
                                    + String.join(", ", part.getRequired()) + " must be given."));
                } else {
                    flat.put(name, property.getValue());
                }
            }
            schema.setProperties(flat);
            schema.setRequired(required.isEmpty() ? null : new ArrayList<>(required));
        }
    }

    static boolean flattened(Class<?> form, String property) {
        try {
            return form.getDeclaredField(property).isAnnotationPresent(Flattened.class);
        } catch (NoSuchFieldException notAField) {
            return false;
        }
    }

    /** Whether the form always checks the part in {@code property} (Bean Validation's {@code @Valid}). */
    static boolean cascaded(Class<?> form, String property) {
        try {
            return form.getDeclaredField(property).isAnnotationPresent(Valid.class);
        } catch (NoSuchFieldException notAField) {
            return true;
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

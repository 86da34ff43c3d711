package org.helpline.view;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.el.ValueExpression;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.EditableValueHolder;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitHint;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;

import org.helpline.shared.HelplineException;
import org.helpline.shared.InvalidInputException;
import org.helpline.shared.forms.FieldRefusal;

/**
 * The one place the pages turn a service's refusal into what the adviser sees: each refused field's message at
 * its input, in the order the inputs stand on the page (the error summary lists them so), or at the top of the
 * page. A field is found by its input's id ({@code summary}) or, failing that, by the property the input is bound
 * to ({@code followUp.dueFrom} is the input whose value is {@code #{...followUp.dueFrom}}); one item of a list,
 * such as {@code completesFollowUps[1]}, is shown at the list's.
 */
public final class Messages {

    private Messages() {
    }

    public static void show(FacesContext faces, String formId, HelplineException refusal) {
        UIComponent form = faces.getViewRoot().findComponent(formId);
        List<FieldRefusal> refusals = refusal instanceof InvalidInputException invalid ? invalid.getRefusals() : List.of();
        if (form == null || refusals.isEmpty()) {
            faces.addMessage(null, error(refusal.getMessage()));
            faces.validationFailed();
            return;
        }
        Inputs inputs = inputsOf(faces, form);
        Map<String, Integer> order = inputs.order();
        List<Map.Entry<String, FieldRefusal>> placed = new ArrayList<>();
        for (FieldRefusal r : refusals) {
            placed.add(Map.entry(clientIdFor(faces, form, inputs, r.field()), r));
        }
        placed.sort((a, b) -> Integer.compare(order.getOrDefault(a.getKey(), Integer.MAX_VALUE),
                order.getOrDefault(b.getKey(), Integer.MAX_VALUE)));
        for (Map.Entry<String, FieldRefusal> p : placed) {
            faces.addMessage(p.getKey().isEmpty() ? null : p.getKey(), error(p.getValue().message()));
        }
        faces.validationFailed();
    }

    public static void info(FacesContext faces, String text) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    private static FacesMessage error(String text) {
        return new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null);
    }

    /** The client id of the input a field names, or "" (the top of the page) when the page has none. */
    private static String clientIdFor(FacesContext faces, UIComponent form, Inputs inputs, String field) {
        String name = field.replaceFirst("\\[\\d+]$", "");
        UIComponent byId = name.contains(".") ? null : form.findComponent(name);
        if (byId != null) {
            return byId.getClientId(faces);
        }
        String suffix = "." + name + "}";
        for (Map.Entry<String, String> input : inputs.bound().entrySet()) {
            if (input.getValue().endsWith(suffix)) {
                return input.getKey();
            }
        }
        return "";
    }

    /** A form's components by client id in page order, and what each input is bound to. */
    private record Inputs(Map<String, Integer> order, Map<String, String> bound) {
    }

    private static Inputs inputsOf(FacesContext faces, UIComponent form) {
        Map<String, Integer> order = new LinkedHashMap<>();
        Map<String, String> bound = new LinkedHashMap<>();
        form.visitTree(VisitContext.createVisitContext(faces, null, EnumSet.of(VisitHint.SKIP_UNRENDERED)),
                (context, target) -> {
                    String clientId = target.getClientId(faces);
                    order.putIfAbsent(clientId, order.size());
                    if (target instanceof EditableValueHolder) {
                        ValueExpression value = target.getValueExpression("value");
                        if (value != null) {
                            bound.putIfAbsent(clientId, value.getExpressionString());
                        }
                    }
                    return VisitResult.ACCEPT;
                });
        return new Inputs(order, bound);
    }
}

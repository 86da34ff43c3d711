package org.helpline.view;

import java.util.EnumSet;
import java.util.Iterator;

import jakarta.el.ELException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitHint;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;

/**
 * Keeps what was typed in a form that is not being submitted: each input whose text reads (converts) goes into
 * the model, whatever the rules would say of it, and one that does not read yet is left as it was. For keeping
 * drafts as the adviser types, from an {@code immediate} request that skips validation.
 */
public final class FormValues {

    private FormValues() {
    }

    public static void keepTyped(FacesContext faces, UIComponent form) {
        if (form == null) {
            return;
        }
        form.visitTree(VisitContext.createVisitContext(faces, null, EnumSet.of(VisitHint.SKIP_UNRENDERED)),
                (context, target) -> {
                    if (target instanceof UIInput input && input.getSubmittedValue() != null) {
                        try {
                            input.validate(faces);
                            if (input.isValid()) {
                                input.updateModel(faces);
                            }
                        } catch (ELException notTaken) {
                            // the model refused it: kept as it was
                        }
                        input.resetValue();
                    }
                    return VisitResult.ACCEPT;
                });
        // What did not read yet is not an error of this request: nothing is shown for it.
        for (Iterator<FacesMessage> messages = faces.getMessages(); messages.hasNext();) {
            messages.next();
            messages.remove();
        }
    }
}

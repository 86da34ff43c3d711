package org.helpline.view.admin;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.helpline.audit.AuditTrail;
import org.helpline.audit.AuditedRecord;
import org.helpline.audit.RecordHistory;
import org.helpline.shared.HelplineException;
import org.helpline.shared.InvalidInputException;
import org.helpline.shared.NotFoundException;
import org.helpline.shared.UserText;
import org.helpline.view.Messages;

/** {@code admin/history.xhtml?record=&id=}: every change to one record, who made it and when, field by field. */
@Named
@ViewScoped
public class HistoryBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditTrail trail;

    private String record = AuditedRecord.CALLER.code();
    private Long id;
    private RecordHistory history;
    private boolean missing;

    /** When the page opens with a record named in its address, shows its history straight away. */
    public void load() {
        if (id != null && history == null) {
            show();
        }
    }

    public void show() {
        history = null;
        missing = false;
        try {
            AuditedRecord kind = AuditedRecord.ofCode(record)
                    .orElseThrow(() -> new InvalidInputException("record", UserText.of("audit.record.required")));
            history = trail.history(kind, id);
        } catch (HelplineException refusal) {
            missing = refusal instanceof NotFoundException;
            Messages.show(faces(), "history", refusal);
        }
    }

    public List<AuditedRecord> getRecords() {
        return List.of(AuditedRecord.values());
    }

    public String getRecord() {
        return record;
    }

    public void setRecord(String record) {
        this.record = record;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    /** Whether the record asked for is not there: the page says so, with 404. */
    public boolean isMissing() {
        return missing;
    }

    public RecordHistory getHistory() {
        return history;
    }

    /** The current request's context: a page bean outlives the request and may be copied to another server. */
    private static FacesContext faces() {
        return FacesContext.getCurrentInstance();
    }
}

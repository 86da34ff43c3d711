package org.helpline.view.calls;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.helpline.shared.UserText;
import org.helpline.view.PagedTable;
import org.helpline.callers.PhoneNumber;
import org.helpline.followups.FollowUp;
import org.helpline.shared.HelplineException;
import org.helpline.telephony.MissedCalls;
import org.helpline.telephony.MissedNumber;
import org.helpline.view.Formats;
import org.helpline.view.Messages;
import org.helpline.view.callers.RiskMarks;

/**
 * {@code calls/missed.xhtml}: the numbers that rang and were not answered, one row each; a callback
 * booked from a row in one click, or the rows ticked marked dealt with. Every rule is {@link MissedCalls}'.
 */
@Named
@ViewScoped
public class MissedBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MissedCalls missed;

    @Inject
    RiskMarks riskMarks;

    private PagedTable<MissedNumber> waiting;
    private long waitingCount;
    private final Map<String, Boolean> chosen = new HashMap<>();

    @PostConstruct
    void load() {
        waitingCount = missed.countWaiting();
        waiting = PagedTable.of(() -> waitingCount, rows -> {
            List<MissedNumber> page = missed.waiting(rows);
            riskMarks.primeIds(page.stream().flatMap(m -> m.callerIds().stream()).toList());
            return page;
        }, MissedNumber::number);
        chosen.clear();
    }

    public void bookCallback(String number) {
        try {
            FollowUp callback = missed.bookCallback(number);
            Messages.info(faces(), UserText.of("missed.callbackBooked", PhoneNumber.display(callback.getNumberToRing()),
                    Formats.time(callback.getDueUntil())));
        } catch (HelplineException refusal) {
            Messages.show(faces(), "missed", refusal);
        }
        load();
    }

    public void markHandled() {
        List<String> numbers = chosen.entrySet().stream().filter(e -> Boolean.TRUE.equals(e.getValue()))
                .map(Map.Entry::getKey).toList();
        try {
            int calls = missed.markHandled(numbers);
            Messages.info(faces(), calls == 1 ? UserText.of("missed.markedOne") : UserText.of("missed.marked", calls));
        } catch (HelplineException refusal) {
            Messages.show(faces(), "missed", refusal);
        }
        load();
    }

    public long getWaitingCount() {
        return waitingCount;
    }

    public PagedTable<MissedNumber> getWaiting() {
        return waiting;
    }

    public Map<String, Boolean> getChosen() {
        return chosen;
    }

    /** The current request's context: a page bean outlives the request and may be copied to another server. */
    private static FacesContext faces() {
        return FacesContext.getCurrentInstance();
    }
}

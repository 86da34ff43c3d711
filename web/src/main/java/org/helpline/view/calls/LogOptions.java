package org.helpline.view.calls;

import java.io.Serializable;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.helpline.callers.CallerType;
import org.helpline.callers.ContactMethod;
import org.helpline.callers.MsType;
import org.helpline.calls.Channel;
import org.helpline.calls.ContactOptions;
import org.helpline.calls.Direction;
import org.helpline.calls.HelplineLine;
import org.helpline.calls.NonDataKind;
import org.helpline.calls.Outcome;
import org.helpline.followups.FollowUpKind;
import org.helpline.resources.ResourceDirectory;
import org.helpline.resources.SupportService;
import org.helpline.safeguarding.RiskKind;
import org.helpline.safeguarding.RiskLevel;
import org.helpline.shared.Scripts;

/** The contact form's choices and scripts, read once per view: getters run several times a request. */
@Named
@ViewScoped
public class LogOptions implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ContactOptions options;

    @Inject
    Scripts scripts;

    @Inject
    ResourceDirectory directory;

    private List<Channel> channels;
    private List<HelplineLine> lines;
    private List<CallerType> callerTypes;
    private List<Outcome> outcomes;
    private List<SupportService> crisisLines;

    @PostConstruct
    void start() {
        channels = options.channels();
        lines = options.lines();
        callerTypes = options.callerTypes();
        outcomes = options.outcomes();
    }

    public List<Channel> getChannels() {
        return channels;
    }

    public List<HelplineLine> getLines() {
        return lines;
    }

    public List<CallerType> getCallerTypes() {
        return callerTypes;
    }

    public List<Outcome> getOutcomes() {
        return outcomes;
    }

    public Direction[] getDirections() {
        return Direction.values();
    }

    public MsType[] getMsTypes() {
        return MsType.values();
    }

    public ContactMethod[] getContactMethods() {
        return ContactMethod.values();
    }

    public RiskKind[] getRiskKinds() {
        return RiskKind.values();
    }

    public RiskLevel[] getRiskLevels() {
        return RiskLevel.values();
    }

    public FollowUpKind[] getFollowUpKinds() {
        return FollowUpKind.values();
    }

    public NonDataKind[] getNonDataKinds() {
        return NonDataKind.values();
    }

    public Scripts.Script getConsentScript() {
        return scripts.get(Scripts.CONSENT);
    }

    public Scripts.Script getRiskScript() {
        return scripts.get(Scripts.RISK_TO_LIFE);
    }

    /** Crisis lines from the directory, read when the risk-to-life protocol first shows. */
    public List<SupportService> getCrisisLines() {
        if (crisisLines == null) {
            crisisLines = directory.crisisLines();
        }
        return crisisLines;
    }
}

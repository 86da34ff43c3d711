package org.helpline.view.callers;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.helpline.resources.ResourceDirectory;
import org.helpline.resources.SupportService;
import org.helpline.shared.Scripts;

/**
 * The on-screen protocol for a caller at risk to life, for the caller header wherever it shows: the script
 * to follow and the crisis lines to offer, read once per request.
 */
@Named
@RequestScoped
public class RiskProtocol {

    @Inject
    Scripts scripts;

    @Inject
    ResourceDirectory directory;

    private List<SupportService> crisisLines;

    public Scripts.Script getScript() {
        return scripts.get(Scripts.RISK_TO_LIFE);
    }

    public List<SupportService> getCrisisLines() {
        if (crisisLines == null) {
            crisisLines = directory.crisisLines();
        }
        return crisisLines;
    }
}

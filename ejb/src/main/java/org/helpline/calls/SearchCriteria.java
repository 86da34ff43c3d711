package org.helpline.calls;

import java.io.Serializable;
import java.time.LocalDate;

import org.helpline.cases.CaseStatus;

/**
 * What an adviser searches contacts and cases by: words (in summaries, information given, caller
 * names, case titles and case notes), a phone number in any format, a case number, and filters.
 */
public class SearchCriteria implements Serializable {

    private static final long serialVersionUID = 1L;

    private String text;
    private LocalDate from;
    private LocalDate to;
    private String topic;
    private String adviser;
    private String line;
    private CaseStatus caseStatus;

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public String getAdviser() {
        return adviser;
    }

    public void setAdviser(String adviser) {
        this.adviser = adviser;
    }

    public String getLine() {
        return line;
    }

    public void setLine(String line) {
        this.line = line;
    }

    public CaseStatus getCaseStatus() {
        return caseStatus;
    }

    public void setCaseStatus(CaseStatus caseStatus) {
        this.caseStatus = caseStatus;
    }
}

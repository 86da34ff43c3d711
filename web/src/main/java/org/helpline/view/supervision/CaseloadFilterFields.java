package org.helpline.view.supervision;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.helpline.cases.CaseStatus;
import org.helpline.shared.HelplineTime;
import org.helpline.supervision.CaseloadFilter;
import org.helpline.topics.Topic;

/** The caseload filter as the pages hold it: plain strings, so the same fields travel in links. */
public class CaseloadFilterFields implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A topic to choose: "Symptoms" or "Symptoms › Fatigue". */
    public record TopicOption(String code, String label) implements Serializable {
    }

    private String line;
    private String status;
    private String topic;
    private LocalDate since;

    public CaseloadFilter filter() {
        CaseloadFilter week = CaseloadFilter.thisWeek(LocalDate.now(HelplineTime.CLOCK));
        return new CaseloadFilter(blank(line) ? null : line, blank(status) ? null : CaseStatus.valueOf(status),
                blank(topic) ? null : topic, since == null ? week.contactsSince() : since);
    }

    public static List<TopicOption> topicOptions(List<Topic> taxonomy) {
        List<TopicOption> options = new ArrayList<>();
        for (Topic top : taxonomy) {
            options.add(new TopicOption(top.getCode(), top.getLabel()));
            top.getSubtopics().forEach(sub -> options.add(new TopicOption(sub.getCode(), top.getLabel() + " › " + sub.getLabel())));
        }
        return options;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public String getLine() {
        return line;
    }

    public void setLine(String line) {
        this.line = line;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public LocalDate getSince() {
        return since;
    }

    public void setSince(LocalDate since) {
        this.since = since;
    }

    /** The day contacts are counted from, as the links carry it. */
    public String getSinceText() {
        return filter().contactsSince().toString();
    }

    public void setSinceText(String text) {
        try {
            this.since = text == null || text.isBlank() ? null : LocalDate.parse(text);
        } catch (RuntimeException e) {
            this.since = null;
        }
    }
}

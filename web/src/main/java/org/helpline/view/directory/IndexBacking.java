package org.helpline.view.directory;

import java.io.Serializable;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.helpline.resources.ResourceDirectory;
import org.helpline.resources.SupportService;
import org.helpline.topics.Topic;
import org.helpline.topics.TopicCatalogue;

/** {@code directory/index.xhtml}: finding a service to refer a caller to. */
@Named("directoryBacking")
@ViewScoped
public class IndexBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ResourceDirectory directory;

    @Inject
    TopicCatalogue topics;

    private String text;
    private String topic;
    private String area;
    private List<SupportService> services;

    @PostConstruct
    void load() {
        find();
    }

    public void find() {
        services = directory.find(text, topic, area);
    }

    public List<SupportService> getServices() {
        return services;
    }

    public List<Topic> getTaxonomy() {
        return topics.taxonomy();
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public String getArea() {
        return area;
    }

    public void setArea(String area) {
        this.area = area;
    }
}

package org.helpline.view.calls;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.helpline.information.ArticleCard;
import org.helpline.information.InformationLibrary;
import org.helpline.resources.ResourceDirectory;
import org.helpline.resources.SupportService;
import org.helpline.topics.TopicCatalogue;
import org.helpline.topics.TopicChoice;
import org.primefaces.event.SelectEvent;

/**
 * The contact form's topics and what follows from them: the topic picker, the vetted articles and scam alerts
 * to give, and the services to refer to (those for these topics first).
 */
@Named
@ViewScoped
public class LogTopics implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TopicCatalogue catalogue;

    @Inject
    InformationLibrary library;

    @Inject
    ResourceDirectory directory;

    @Inject
    LogBacking page;

    private final Map<String, String> labels = new LinkedHashMap<>();
    private String query;
    private List<ArticleCard> alerts;
    private List<ArticleCard> articles = List.of();
    private List<String> articlesFor;

    @PostConstruct
    void start() {
        alerts = library.activeAlerts();
    }

    private List<String> chosen() {
        return page.getForm().getContact().getTopics();
    }

    public List<String> complete(String typed) {
        List<String> codes = new ArrayList<>();
        for (TopicChoice choice : catalogue.complete(typed, 12)) {
            labels.put(choice.code(), choice.label());
            codes.add(choice.code());
        }
        return codes;
    }

    public void add(SelectEvent<String> selected) {
        String code = selected.getObject();
        if (code != null && !chosen().contains(code)) {
            chosen().add(code);
        }
        query = null;
    }

    public void remove(String code) {
        chosen().remove(code);
        LogBacking.faces().getPartialViewContext().getEvalScripts()
                .add("document.getElementById('log:topics_input').focus()");
    }

    /** Labels for topics chosen elsewhere (a restored draft). */
    void labelsFor(List<String> codes) {
        if (!labels.keySet().containsAll(codes)) {
            catalogue.complete("", 200).forEach(choice -> labels.put(choice.code(), choice.label()));
        }
    }

    public String label(String code) {
        return labels.getOrDefault(code, code);
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    /** Published articles for the topics chosen so far; read again only when the topics change. */
    public List<ArticleCard> getArticles() {
        if (!chosen().equals(articlesFor)) {
            articlesFor = List.copyOf(chosen());
            articles = library.forTopics(articlesFor);
        }
        return articles;
    }

    public List<ArticleCard> getAlerts() {
        return alerts;
    }

    /** What the adviser can tick as given: the articles for these topics, then the scam alerts. */
    public List<ArticleCard> getGivable() {
        List<ArticleCard> givable = new ArrayList<>(getArticles());
        givable.addAll(alerts);
        return givable;
    }

    /** Services matching the topics chosen so far, then every other service taking referrals. */
    public List<SupportService> getServicesToOffer() {
        List<SupportService> offer = new ArrayList<>(directory.suggestedFor(chosen()));
        directory.referrable().stream().filter(s -> offer.stream().noneMatch(o -> o.getCode().equals(s.getCode())))
                .forEach(offer::add);
        return offer;
    }
}

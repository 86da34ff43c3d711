package org.helpline.view.admin;

import java.time.LocalDate;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.helpline.view.PagedTable;
import org.helpline.information.Article;
import org.helpline.information.InformationLibrary;
import org.helpline.shared.HelplineTime;

/** {@code admin/articles.xhtml}: the vetted information, articles past their review date first. */
@Named
@RequestScoped
public class ArticlesBacking {

    @Inject
    InformationLibrary library;

    private PagedTable<Article> articles;
    private Long staleCount;
    private final LocalDate today = LocalDate.now(HelplineTime.CLOCK);

    @PostConstruct
    void load() {
        articles = PagedTable.of(library::count, library::all, Article::getId);
    }

    public PagedTable<Article> getArticles() {
        return articles;
    }

    public boolean stale(Article article) {
        return article.isStaleOn(today);
    }

    public long getStaleCount() {
        if (staleCount == null) {
            staleCount = library.countStale();
        }
        return staleCount;
    }
}

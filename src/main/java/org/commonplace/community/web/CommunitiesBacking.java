package org.commonplace.community.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.commonplace.community.CommunityService;
import org.commonplace.shared.PageRequest;
import org.commonplace.space.CurrentViewer;
import org.commonplace.web.QueryLinks;

/** {@code /communities}: approved entries with topic and platform facets (GET links). */
@Named("communities")
@RequestScoped
public class CommunitiesBacking {

    static final int PAGE_SIZE = 20;

    @Inject
    CommunityService communities;

    @Inject
    CurrentViewer viewer;

    private String topic;
    private String platform;
    private Integer page;
    private CommunityService.Listing listing;

    public void load() {
        listing = communities.list(new CommunityService.Filter(topic, platform), new PageRequest(page == null ? 1 : page, PAGE_SIZE));
    }

    public String topicLink(String value) {
        return QueryLinks.of("/communities", "topic", value, "platform", platform);
    }

    public String platformLink(String value) {
        return QueryLinks.of("/communities", "topic", topic, "platform", value);
    }

    public String pageLink(int n) {
        return QueryLinks.of("/communities", "topic", topic, "platform", platform, "page", n > 1 ? n : null);
    }

    public boolean isSignedIn() {
        return viewer.get().signedIn();
    }

    public boolean isReviewer() {
        return CommunityService.mayReview(viewer.get());
    }

    public CommunityService.Listing getListing() {
        return listing;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public String getPlatform() {
        return platform;
    }

    public void setPlatform(String platform) {
        this.platform = platform;
    }

    public Integer getPage() {
        return page;
    }

    public void setPage(Integer page) {
        this.page = page;
    }
}

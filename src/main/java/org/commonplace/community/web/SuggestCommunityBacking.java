package org.commonplace.community.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import org.commonplace.community.Activity;
import org.commonplace.community.Community;
import org.commonplace.community.CommunityService;
import org.commonplace.shared.BusinessException;
import org.commonplace.space.CurrentViewer;
import org.commonplace.web.Messages;
import org.omnifaces.util.Faces;

/** {@code /communities/suggest}: a member suggests a community; it waits for an editor before it is listed. */
@Named("suggestCommunity")
@ViewScoped
public class SuggestCommunityBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CommunityService communities;

    @Inject
    CurrentViewer viewer;

    private final String formKey = UUID.randomUUID().toString();
    private String name;
    private String url;
    private String platform;
    private String topics;
    private String audience;
    private String description;
    private Activity activity;

    public void suggest() {
        try {
            communities.suggest(viewer.get(), Community.Details.of(name, url, platform, topics, audience, description, activity), formKey);
            Messages.info("communities.suggested");
            Faces.redirect("communities");
        } catch (BusinessException e) {
            Messages.show(e, "suggestForm");
        }
    }

    public boolean isSignedIn() {
        return viewer.get().signedIn();
    }

    public List<Activity> getActivities() {
        return List.of(Activity.values());
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getPlatform() {
        return platform;
    }

    public void setPlatform(String platform) {
        this.platform = platform;
    }

    public String getTopics() {
        return topics;
    }

    public void setTopics(String topics) {
        this.topics = topics;
    }

    public String getAudience() {
        return audience;
    }

    public void setAudience(String audience) {
        this.audience = audience;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Activity getActivity() {
        return activity;
    }

    public void setActivity(Activity activity) {
        this.activity = activity;
    }
}

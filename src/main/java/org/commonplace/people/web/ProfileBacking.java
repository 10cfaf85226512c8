package org.commonplace.people.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.commonplace.people.DirectoryService;
import org.commonplace.space.CurrentViewer;

/** {@code /people/{username}}: a profile with the person's work counted over what the reader may see. */
@Named("profile")
@RequestScoped
public class ProfileBacking {

    @Inject
    DirectoryService directory;

    @Inject
    CurrentViewer viewer;

    private String username;
    private DirectoryService.Profile profile;

    public void load() {
        profile = directory.profile(viewer.get(), username);
    }

    /** Whether the reader is looking at their own profile (and may edit it). */
    public boolean isOwn() {
        return viewer.get().signedIn() && profile.username().equalsIgnoreCase(viewer.get().username());
    }

    /** The directory filtered by one of this person's tags. */
    public String tagLink(String tag) {
        return org.commonplace.web.QueryLinks.of("/people", "tag", tag);
    }

    public DirectoryService.Profile getProfile() {
        return profile;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }
}

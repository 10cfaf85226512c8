package org.commonplace.people;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.Objects;
import java.util.regex.Pattern;
import org.commonplace.shared.BaseEntity;
import org.commonplace.markup.SafeUrls;
import org.commonplace.shared.InvalidInputException;
import org.commonplace.shared.Tags;

/** A person known to Commonplace. Usernames and e-mail addresses are unique without regard to case. */
@Entity
@Table(name = "account")
public class Account extends BaseEntity {

    public static final int USERNAME_MIN = 2;
    public static final int USERNAME_MAX = 40;
    public static final int DISPLAY_NAME_MAX = 80;
    public static final int EMAIL_MAX = 254;
    public static final int ORGANISATION_MAX = 120;
    /** At most this many expertise tags (each up to {@link Tags#TAG_MAX} characters). */
    public static final int EXPERTISE_TAGS_MAX = 10;
    public static final int LINKS_MAX = 5;
    public static final int LINK_MAX = 200;
    public static final int BIO_MAX = 4000;
    public static final int CONSULTING_TERMS_MAX = 500;
    public static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{1,39}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    @Column(nullable = false, length = USERNAME_MAX)
    private String username;

    @Column(name = "username_key", nullable = false, length = USERNAME_MAX)
    private String usernameKey;

    @Column(name = "display_name", nullable = false, length = DISPLAY_NAME_MAX)
    private String displayName;

    @Column(length = EMAIL_MAX)
    private String email;

    @Column(name = "email_key", length = EMAIL_MAX)
    private String emailKey;

    @Column(name = "password_hash", length = 200)
    private String passwordHash;

    /** Goes up whenever the password changes, so cached verifications of the old one stop counting. */
    @Column(name = "credential_version", nullable = false)
    private int credentialVersion;

    @Column(name = "site_admin", nullable = false)
    private boolean siteAdmin;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AccountStatus status;

    @Column(length = ORGANISATION_MAX)
    private String organisation;

    @ElementCollection
    @CollectionTable(name = "account_expertise", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "tag", length = Tags.TAG_MAX)
    @OrderBy
    private Set<String> expertise = new LinkedHashSet<>();

    /** Profile links, one per line. */
    @Column(name = "profile_links", length = 1100)
    private String links;

    @Column(name = "profile_updated_at")
    private Instant profileUpdatedAt;

    @Column(length = BIO_MAX)
    private String bio;

    @Column(nullable = false)
    private boolean consulting;

    @Column(name = "consulting_terms", length = CONSULTING_TERMS_MAX)
    private String consultingTerms;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Account() {
    }

    public Account(String username, String displayName, String email, AccountStatus status, Instant createdAt) {
        this.username = requireUsername(username);
        this.usernameKey = key(username);
        rename(displayName);
        changeEmail(email);
        this.status = Objects.requireNonNull(status, "status is required");
        this.createdAt = Objects.requireNonNull(createdAt, "creation time is required");
    }

    /** The case-insensitive form under which usernames are unique and looked up. */
    public static String key(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }

    public static String emailKey(String email) {
        return email == null || email.isBlank() ? null : email.trim().toLowerCase(Locale.ROOT);
    }

    public static String requireUsername(String username) {
        if (username == null || !USERNAME.matcher(username.trim()).matches()) {
            throw new InvalidInputException("username",
                    "A username has 2 to 40 letters, digits, dots, dashes or underscores, and starts with a letter or digit.");
        }
        return username.trim();
    }

    public final void rename(String newDisplayName) {
        String name = newDisplayName == null ? "" : newDisplayName.strip();
        if (name.isEmpty() || name.length() > DISPLAY_NAME_MAX) {
            throw new InvalidInputException("displayName", "A display name has 1 to " + DISPLAY_NAME_MAX + " characters.");
        }
        this.displayName = name;
    }

    public final void changeEmail(String newEmail) {
        if (newEmail == null || newEmail.isBlank()) {
            this.email = null;
            this.emailKey = null;
            return;
        }
        String trimmed = newEmail.trim();
        if (trimmed.length() > EMAIL_MAX || !EMAIL.matcher(trimmed).matches()) {
            throw new InvalidInputException("email", "That does not look like an e-mail address.");
        }
        this.email = trimmed;
        this.emailKey = emailKey(trimmed);
    }

    /** Sets a new password hash; sessions keep working, but cached API credentials of the old one do not. */
    public void changePasswordHash(String newHash) {
        this.passwordHash = Objects.requireNonNull(newHash, "password hash is required");
        this.credentialVersion++;
        if (status == AccountStatus.PLACEHOLDER) {
            status = AccountStatus.ACTIVE;
        }
    }

    /** Replaces the hash with a stronger one of the same password (parameters changed); not a password change. */
    public void upgradePasswordHash(String strongerHash) {
        this.passwordHash = Objects.requireNonNull(strongerHash, "password hash is required");
    }

    /**
     * Replaces the profile. Expertise tags are normalised ({@link Tags}); links must be absolute http(s) addresses.
     *
     * @throws InvalidInputException naming the field whose limit is broken
     */
    public void updateProfile(String organisation, List<String> expertise, String bio, List<String> links, boolean consulting,
            String consultingTerms, Instant now) {
        this.organisation = limited(organisation, ORGANISATION_MAX, "organisation", "An organisation");
        List<String> tags = Tags.check(expertise == null ? List.of() : expertise, EXPERTISE_TAGS_MAX, "expertise", "Expertise");
        this.bio = limited(bio, BIO_MAX, "bio", "A bio");
        this.links = checkLinks(links);
        this.consulting = consulting;
        this.consultingTerms = consulting ? limited(consultingTerms, CONSULTING_TERMS_MAX, "consultingTerms", "Consulting terms") : null;
        this.expertise.retainAll(tags);
        this.expertise.addAll(tags);
        this.profileUpdatedAt = Objects.requireNonNull(now, "time is required");
    }

    private static String checkLinks(List<String> links) {
        List<String> kept = new ArrayList<>();
        for (String raw : links == null ? List.<String>of() : links) {
            String link = raw == null ? "" : raw.strip();
            if (link.isEmpty() || kept.contains(link)) {
                continue;
            }
            if (link.length() > LINK_MAX) {
                throw new InvalidInputException("links", "A link has at most " + LINK_MAX + " characters.");
            }
            if (!SafeUrls.isWebAddress(link)) {
                throw new InvalidInputException("links", "\"" + (link.length() > 60 ? link.substring(0, 57) + "..." : link)
                        + "\" is not a web address. Links start with https:// or http://.");
            }
            kept.add(link);
        }
        if (kept.size() > LINKS_MAX) {
            throw new InvalidInputException("links", "At most " + LINKS_MAX + " links, one per line.");
        }
        return kept.isEmpty() ? null : String.join("\n", kept);
    }

    private static String limited(String value, int max, String field, String what) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.length() > max) {
            throw new InvalidInputException(field, what + " has at most " + max + " characters.");
        }
        return v;
    }

    public void grantSiteAdmin() {
        this.siteAdmin = true;
    }

    public void suspend() {
        this.status = AccountStatus.SUSPENDED;
        this.credentialVersion++;
    }

    public void reinstate() {
        if (status == AccountStatus.SUSPENDED) {
            this.status = passwordHash == null ? AccountStatus.PLACEHOLDER : AccountStatus.ACTIVE;
        }
    }

    public boolean canSignIn() {
        return status == AccountStatus.ACTIVE && passwordHash != null;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public int getCredentialVersion() {
        return credentialVersion;
    }

    public boolean isSiteAdmin() {
        return siteAdmin;
    }

    public AccountStatus getStatus() {
        return status;
    }

    public String getOrganisation() {
        return organisation;
    }

    /** Expertise tags in alphabetical order. */
    public List<String> getExpertise() {
        return List.copyOf(expertise);
    }

    public List<String> getLinks() {
        return links == null ? List.of() : List.of(links.split("\n"));
    }

    /** Whether the person has said anything about themselves. */
    public boolean hasProfile() {
        return organisation != null || bio != null || !expertise.isEmpty() || links != null || consulting;
    }

    public Instant getProfileUpdatedAt() {
        return profileUpdatedAt;
    }

    public String getBio() {
        return bio;
    }

    public boolean isConsulting() {
        return consulting;
    }

    public String getConsultingTerms() {
        return consultingTerms;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}

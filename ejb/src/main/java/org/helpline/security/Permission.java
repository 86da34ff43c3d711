package org.helpline.security;

/**
 * What a member of staff can do. Which roles may do each is data, in the {@code role_permission} table
 * (seeded by the V16 and V17 migrations, shown on the admin permissions page), read by {@link Permissions}; each
 * service method names the permission it needs with {@link RequiresPermission}.
 */
public enum Permission {
    VIEW_CALLER("Find a caller and see their details"),
    LOG_CONTACT("Log a contact"),
    VIEW_CONTACT("Search and read contacts"),
    VIEW_CASE("Open a case"),
    WORK_CASE("Take, move on and add notes to a case"),
    CLOSE_CASE("Close a case"),
    REOPEN_CASE("Reopen a case"),
    BOOK_FOLLOW_UP("Book a follow-up"),
    WORK_FOLLOW_UP("Work on follow-ups"),
    REFER("Refer a caller to a service and keep the referral up to date"),
    REASSIGN("Reassign cases and follow-ups to someone else"),
    SIGN_OFF_SAFEGUARDING("Sign off safeguarding alerts"),
    VIEW_CASELOADS("See everyone's caseloads, the wallboard and who may be falling through the cracks"),
    REVIEW_CONTACTS("Review the quality of contacts"),
    VIEW_REPORTS("Read the monthly report"),
    EXPORT_REPORTS("Export the monthly report"),
    PUBLISH_REPORTS("Publish a month's report"),
    MANAGE_USERS("Add, change, disable and reset staff accounts"),
    MANAGE_REFERENCE_DATA("Keep the topics, services and information articles"),
    VIEW_AUDIT("Read the audit trail and the access log"),
    EXPORT_CALLER_DATA("Give a caller everything held about them (subject access)"),
    ERASE_CALLER_DATA("Erase a caller's identifying data on request"),
    ANSWER_EMAIL("Read and answer the helpline's email"),
    OPEN_EMAIL_ATTACHMENTS("Open the attachments of emails to the helpline");

    private final String label;

    Permission(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
